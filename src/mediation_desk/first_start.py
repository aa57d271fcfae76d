"""The work behind the first-run assistant (``ui.dialogs.first_run``): creating the organisation's
book, its recovery sheet, checking a chosen folder, restoring a backup and preparing the demo.

Imported when the assistant is shown (never on an ordinary start); everything here runs on the
worker thread. Like ``app.py`` it knows both the storage and the services.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mediation_desk.config import AppPaths
from mediation_desk.domain import clock
from mediation_desk.domain.errors import BookError
from mediation_desk.domain.first_start import DEMO_PASSPHRASE, DEMO_PASSWORD
from mediation_desk.domain.users import Principal
from mediation_desk.services import accounts
from mediation_desk.storage.book import Book, create_book, open_book, read_meta
from mediation_desk.storage.keys import KeyringStore
from mediation_desk.ui.dialogs.first_run import FirstStartActions, NewBook, ServerConnection

log = logging.getLogger("mediation_desk")

DEMO_CASES = 120  # enough to page, search and count; made in well under a minute


def create_organisation_book(paths: AppPaths, keyring: KeyringStore, new: NewBook) -> tuple[Book, Principal]:
    """Everything is checked before the book is made, so a refusal leaves no half-made book behind."""
    accounts.validate_setup(org=new.org, admin_username=new.username, admin_display_name=new.display_name,
                            admin_password=new.password)
    book = create_book(paths, new.passphrase, keyring)
    try:
        principal = accounts.setup_organisation(book.uow, org=new.org, admin_username=new.username,
                                                admin_display_name=new.display_name, admin_password=new.password)
    except BaseException:
        book.close()
        raise
    log.info("book created: %s", paths.data_dir)
    return book, principal


def recovery_sheet(book: Book, principal: Principal, new: NewBook) -> bytes:
    from mediation_desk.documents.engine import DocumentEngine
    from mediation_desk.services.documents import BookSheetFacts, book_recovery_sheet

    meta = read_meta(book.engine)
    org = accounts.get_organisation(book.uow)
    facts = BookSheetFacts(org_name=org.name if org else new.org.name, org_kind=new.org.kind.label,
                           book_id=book.book_id, key_id=meta.get("key_id", ""), data_dir=str(book.paths.data_dir),
                           created_at=clock.today(), admin=principal.username,
                           passphrase_location=new.passphrase_location, keeper=new.keeper,
                           made_by=principal.display_name)
    engine = DocumentEngine()
    try:
        return book_recovery_sheet(engine, principal, facts=facts)
    finally:
        engine.close()


def check_folder(folder: Path) -> bool:
    return AppPaths.resolve(folder).book_exists()


def restore_into(paths: AppPaths, keyring: KeyringStore, archive: Path, passphrase: str,
                 progress: Callable[[int, int], bool]) -> Book:
    from mediation_desk.storage.maintenance import restore_book

    restore_book(archive, paths, passphrase, keyring, progress=progress)
    log.info("restored %s into %s", archive.name, paths.data_dir)
    return open_book(paths, passphrase, keyring)


def prepare_demo(paths: AppPaths, keyring: KeyringStore, progress: Callable[[int, int], bool]) -> Book:
    """The demo's own folder (beside the real one): made on first use, reused afterwards."""
    demo = paths.demo()
    if demo.book_exists():
        return open_book(demo, DEMO_PASSPHRASE, keyring)
    if demo.db_path.exists() or demo.key_path.exists():
        raise BookError(f"演示文件夹中的案件库不完整：{demo.data_dir}。请删除该文件夹后重试。",
                        f"The demo folder holds an incomplete book: {demo.data_dir}. Delete it and try again.")
    from mediation_desk.services.demo import create_demo

    book = create_book(demo, DEMO_PASSPHRASE, keyring, demo=True)
    try:
        create_demo(book.uow, cases=DEMO_CASES, password=DEMO_PASSWORD, progress=progress)
    except BaseException:  # cancelled or failed: no half-made demo is left to be opened next time
        book.close()
        shutil.rmtree(demo.data_dir, ignore_errors=True)
        raise
    log.info("demo book created: %s", demo.data_dir)
    return book


def connect_office(paths: AppPaths, connection: ServerConnection, password: str, remember: bool) -> Any:
    """Open the office book the assistant named; once it opens, keep the connection (no password) in the
    data folder and the password in the keyring when asked to (forgotten there otherwise)."""
    from mediation_desk.storage.office import open_office_book
    from mediation_desk.storage.office_profile import DbPasswordStore, OfficeProfile, save_profile

    profile = OfficeProfile(host=connection.host, port=connection.port, database=connection.database,
                            user=connection.user, ca_file=str(Path(connection.ca_file).expanduser()))
    book = open_office_book(profile.url(), password)
    try:
        save_profile(paths.data_dir, profile)
    except OSError as exc:
        book.close()
        raise BookError(f"无法保存服务器连接设置：{exc.strerror}", f"Cannot save the connection: {exc}") from None
    store = DbPasswordStore()
    if remember:
        store.remember(profile.url(), password)
    else:
        store.forget(profile.url())
    log.info("office book connected: %s", book.location)
    return book


def first_start_actions(paths: AppPaths, keyring: KeyringStore) -> FirstStartActions:
    def restore(archive: Path, passphrase: str, progress: Callable[[int, int], bool]) -> Any:
        return restore_into(paths, keyring, archive, passphrase, progress)

    return FirstStartActions(
        create=lambda new: create_organisation_book(paths, keyring, new),
        sheet=recovery_sheet,
        check_folder=check_folder,
        restore=restore,
        demo=lambda progress: prepare_demo(paths, keyring, progress),
        office=lambda connection, password, remember: connect_office(paths, connection, password, remember),
    )
