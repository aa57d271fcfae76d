"""Creating, opening, re-keying and re-protecting one organisation's case book."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timezone
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from mediation_desk.domain import clock
from mediation_desk.config import AppPaths
from mediation_desk.domain.errors import BookError, BookNewerThanApp, WrongKey
from mediation_desk.domain.first_start import refuse_demo_secret
from mediation_desk.storage import handoff_keys, orm, schema, vault
from mediation_desk.storage.booklock import EXCLUSIVE, SHARED, BookLock, make_private_dir, make_tree_private
from mediation_desk.storage.engine import BookDamaged, connect_raw, create_book_engine, damage_error
from mediation_desk.storage.keys import (KeyFile, KeyringStore, check_passphrase_strength, db_key, key_id,
                                         new_master_key, wrap_master_key)
from mediation_desk.storage.unit_of_work import SqlUnitOfWork


DEMO_META_KEY = "demo"  # book_meta: "1" in the demo's book


class NeedPassphrase(BookError):
    """The keyring could not open the book: ask for the passphrase."""


@dataclass
class Book:
    paths: AppPaths
    book_id: str
    master_key: bytes
    engine: Engine
    keyring: KeyringStore
    notices: list[str] = field(default_factory=list)
    upgraded_from: str | None = None
    pre_upgrade_backup: Path | None = None
    lock: BookLock | None = None
    damaged: bool = False  # damage was met while opening (see ``notices``)

    @property
    def uow(self) -> SqlUnitOfWork:
        if not hasattr(self, "_uow"):
            self._uow = SqlUnitOfWork(self.engine)
        return self._uow

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def guard(self) -> None:
        """Raises :class:`BookReplaced` once the book's folder was moved away or replaced under this program."""
        if self.lock is not None:
            self.lock.check()

    @property
    def is_demo(self) -> bool:
        """The demo's book (made by ``create_book(demo=True)``): its windows and documents say 演示数据."""
        if not hasattr(self, "_is_demo"):
            self._is_demo = read_meta(self.engine).get(DEMO_META_KEY) == "1"
        return self._is_demo

    def derived_key(self, label: str) -> bytes:
        from mediation_desk.storage.keys import derive_key

        return derive_key(self.master_key, label)

    def reconnect(self) -> None:
        self.engine.dispose()
        self.engine = create_book_engine(self.paths.db_path, db_key(self.master_key), guard=self.guard)
        if hasattr(self, "_uow"):
            del self._uow


def _keyring_notice(keyring: KeyringStore) -> list[str]:
    if keyring.available:
        return []
    return [f"{keyring.unavailable_reason}：每次打开案件库都需要输入口令。"]


def create_book(paths: AppPaths, passphrase: str, keyring: KeyringStore | None = None, *,
                demo: bool = False) -> Book:
    """A new, empty, encrypted book at the latest schema. ``demo``: the demo's book, which may use the
    demo's published passphrase and says so in its meta (``demo`` = ``1``); a real book may not."""
    keyring = keyring or KeyringStore()
    if paths.db_path.exists():
        raise BookError(f"此位置已有案件库：{paths.data_dir}", f"A case book already exists in {paths.data_dir}")
    check_passphrase_strength(passphrase)
    if not demo:
        refuse_demo_secret(passphrase, "passphrase")
    make_private_dir(paths.data_dir)
    lock = BookLock.acquire(paths.data_dir, EXCLUSIVE, "desk")
    try:
        if paths.db_path.exists():
            raise BookError(f"此位置已有案件库：{paths.data_dir}", f"A case book already exists in {paths.data_dir}")
        book_id = str(uuid.uuid4())
        mk = new_master_key()
        KeyFile(book_id=book_id, slots={"current": wrap_master_key(mk, passphrase, book_id, "current")}).save(
            paths.key_path)
        os.close(os.open(paths.db_path, os.O_WRONLY | os.O_CREAT, 0o600))  # SQLite's -wal and -shm take its mode
        book = Book(paths=paths, book_id=book_id, master_key=mk, engine=None, keyring=keyring,  # type: ignore[arg-type]
                    notices=_keyring_notice(keyring), lock=lock)
        book.engine = create_book_engine(paths.db_path, db_key(mk), create=True, guard=book.guard)
        with book.engine.connect() as conn:
            schema.upgrade(conn)
            conn.commit()
        with book.engine.begin() as conn:
            now = clock.now().astimezone(timezone.utc).isoformat(timespec="seconds")
            conn.execute(orm.BookMeta.__table__.insert(), [{"key": "book_id", "value": book_id},
                                                           {"key": "created_at", "value": now},
                                                           {"key": "key_id", "value": key_id(mk)}]
                         + ([{"key": DEMO_META_KEY, "value": "1"}] if demo else []))
        lock.change(SHARED, "desk")
    except BaseException:
        lock.release()
        raise
    keyring.set(book_id, mk)
    return book


def open_book(paths: AppPaths, passphrase: str | None = None, keyring: KeyringStore | None = None, *,
              backup_before_upgrade: Callable[[Book], Path] | None = None, upgrade: bool = True) -> Book:
    """Unlock with the keyring (no passphrase) or the passphrase; check and upgrade the schema."""
    keyring = keyring or KeyringStore()
    if not paths.db_path.exists():
        raise BookError(f"找不到案件库：{paths.data_dir}", f"No case book in {paths.data_dir}")
    lock = BookLock.acquire(paths.data_dir, SHARED, "desk")
    try:
        book = _open_locked(paths, passphrase, keyring, lock)
    except BaseException:
        lock.release()
        raise
    try:
        _check_schema(book, backup_before_upgrade, upgrade)
        _settle_evidence_keys(book)
    except BaseException as exc:
        book.close()
        damaged = damage_error(getattr(exc, "orig", None) or exc)
        if damaged is not None:
            raise damaged from None
        raise
    return book


def _unlock(paths: AppPaths, passphrase: str | None, keyring: KeyringStore) -> tuple[KeyFile, str, bytes]:
    """(key file, slot, master key) that opens the database; raises NeedPassphrase, WrongKey or BookDamaged."""
    keyfile = KeyFile.load(paths.key_path)
    if passphrase is None:
        mk = keyring.get(keyfile.book_id)
        if mk is None:
            reason = keyring.unavailable_reason or "系统密钥环中没有本案件库的密钥"
            raise NeedPassphrase(f"{reason}，请输入案件库口令。", "Enter the case book's passphrase.")
        candidates = [("keyring", mk)]
    else:
        candidates = keyfile.unwrap_all(passphrase)
    opened: tuple[str, bytes] | None = None
    for slot, mk in candidates:
        try:
            connect_raw(paths.db_path, db_key(mk)).close()
            opened = (slot, mk)
            break
        except WrongKey:
            continue
    if opened is None:
        if passphrase is None:
            raise NeedPassphrase("系统密钥环中的密钥已失效，请输入案件库口令。", "The keyring's key is stale; enter the passphrase.")
        raise WrongKey("口令正确但无法解开案件库：密钥文件与案件库不匹配。案件库文件未被改动。",
                       "The key file does not match this case book. The file was not changed.")
    slot, mk = opened
    return keyfile, slot, mk


def unlock_for_verify(paths: AppPaths, passphrase: str | None = None, keyring: KeyringStore | None = None) -> Book:
    """The book's key and folder without opening the database through SQLAlchemy, so ``verify_book`` can
    run and report on a book that does not open (damaged pages, a truncated file). When the database
    itself cannot be unlocked, the key the key file gives is used and verify names the damage."""
    keyring = keyring or KeyringStore()
    if not paths.db_path.exists():
        raise BookError(f"找不到案件库：{paths.data_dir}", f"No case book in {paths.data_dir}")
    lock = BookLock.acquire(paths.data_dir, SHARED, "verify", clean=False)
    try:
        try:
            keyfile, _slot, mk = _unlock(paths, passphrase, keyring)
        except BookDamaged:
            keyfile = KeyFile.load(paths.key_path)
            if passphrase is None:
                found = keyring.get(keyfile.book_id)
                if found is None:
                    raise NeedPassphrase("请输入案件库口令。", "Enter the case book's passphrase.") from None
                mk = found
            else:
                mk = keyfile.unwrap_all(passphrase)[0][1]
    except BaseException:
        lock.release()
        raise
    return Book(paths=paths, book_id=keyfile.book_id, master_key=mk, engine=None, keyring=keyring,  # type: ignore[arg-type]
                lock=lock)


def _open_locked(paths: AppPaths, passphrase: str | None, keyring: KeyringStore, lock: BookLock) -> Book:
    keyfile, slot, mk = _unlock(paths, passphrase, keyring)
    if slot == "pending" and passphrase is not None:  # a re-key finished but its key file was not finalised
        # The wrapping is bound to its slot name, so the key is wrapped again as "current".
        keyfile.slots = {"current": wrap_master_key(mk, passphrase, keyfile.book_id, "current")}
        keyfile.save(paths.key_path)
    elif not keyfile.checked:
        keyfile.save(paths.key_path)  # an older key file gains its content check
    if passphrase is not None:
        keyring.set(keyfile.book_id, mk)
    make_tree_private(paths.data_dir)
    book = Book(paths=paths, book_id=keyfile.book_id, master_key=mk, engine=None, keyring=keyring,  # type: ignore[arg-type]
                notices=_keyring_notice(keyring), lock=lock)
    book.engine = create_book_engine(paths.db_path, db_key(mk), guard=book.guard)
    return book


def _settle_evidence_keys(book: Book) -> None:
    """After a re-key cut short: make the wraps under the key that opened the book the current ones."""
    conn = connect_raw(book.paths.db_path, db_key(book.master_key))
    try:
        vault.settle_keys(conn, book.master_key)
        handoff_keys.settle_keys(conn, book.master_key)
    except Exception as exc:  # noqa: BLE001 - damage in the evidence register must not hide the rest of the book
        damaged = damage_error(exc)
        if damaged is None:
            raise
        book.notices.append("案件库的证据登记部分已损坏：其他案件仍可查看，但备份会被拒绝。请运行“校验”查看损坏范围，并从备份恢复。")
        book.damaged = True
    finally:
        conn.close()


def _check_schema(book: Book, backup_before_upgrade: Callable[[Book], Path] | None, upgrade: bool) -> None:
    with book.engine.connect() as conn:
        rev = schema.current_revision(conn)
    head = schema.head_revision()
    if rev == head:
        return
    if rev is not None and rev not in schema.known_revisions():
        raise BookNewerThanApp(
            f"此案件库由更新版本的程序创建（数据结构版本 {rev}），本程序只认识到版本 {head}。请先升级程序，案件库未被改动。",
            f"This case book was written by a newer version (schema {rev}); this program knows up to {head}. "
            "Upgrade the program; the book was not changed.")
    if not upgrade:
        raise BookError(f"案件库的数据结构版本 {rev} 较旧，需要升级到 {head}。",
                        f"The case book's schema {rev} is older than {head} and must be upgraded.")
    if book.lock is not None:
        book.lock.change(EXCLUSIVE, "upgrade")  # no other program may work in the book while it changes shape
    try:
        if backup_before_upgrade is not None:
            book.pre_upgrade_backup = backup_before_upgrade(book)
        with book.engine.connect() as conn:
            schema.upgrade(conn)
            conn.commit()
    finally:
        if book.lock is not None and book.lock.held:
            book.lock.change(SHARED, "desk")
    book.upgraded_from = rev


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return schema.current_revision(conn)


def change_passphrase(paths: AppPaths, old: str, new: str) -> None:
    """Re-wrap the master key(s) under a new passphrase. The database is not touched."""
    check_passphrase_strength(new)
    refuse_demo_secret(new, "passphrase")
    keyfile = KeyFile.load(paths.key_path)
    keys = dict(keyfile.unwrap_all(old))
    keyfile.slots = {slot: wrap_master_key(mk, new, keyfile.book_id, slot) for slot, mk in keys.items()}
    keyfile.save(paths.key_path)


def _rekey_database(conn, new_mk: bytes) -> None:  # noqa: ANN001 - a keyed DB-API connection
    conn.execute(f"PRAGMA rekey = \"x'{db_key(new_mk).hex()}'\"")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _finalise_keyfile(keyfile: KeyFile, path: Path, new_mk: bytes, passphrase: str) -> None:
    keyfile.slots = {"current": wrap_master_key(new_mk, passphrase, keyfile.book_id, "current")}
    keyfile.save(path)


def rekey(book: Book, passphrase: str) -> str:
    """Replace the master key: re-encrypt every database page (PRAGMA rekey) without losing data.

    Crash-safe order: (1) the new key is added to the key file as ``pending``; (2) in one
    transaction, every evidence data key is wrapped under the new key too, beside its wrap under
    the old one (``vault.prepare_rekey``); (3) the database is re-keyed in one transaction;
    (4) the key file keeps only the new key; (5) the new wraps become the current ones
    (``vault.settle_keys``). At any point the old or the new key opens the book (``open_book``
    promotes ``pending`` and settles the wraps), and whichever opens it also opens every
    evidence file. Evidence files themselves are never rewritten. Returns the new key id.
    """
    keyfile = KeyFile.load(book.paths.key_path)
    current = dict(keyfile.unwrap_all(passphrase))
    if current.get("current") != book.master_key:
        raise WrongKey("口令与当前打开的案件库不符。", "The passphrase does not belong to the open book.")
    if book.lock is None:
        return _rekey(book, passphrase, keyfile)
    book.lock.change(EXCLUSIVE, "rekey")  # refused, naming the holder, while another program has the book open
    try:
        return _rekey(book, passphrase, keyfile)
    finally:
        if book.lock.held:
            book.lock.change(SHARED, "desk")


def _rekey(book: Book, passphrase: str, keyfile: KeyFile) -> str:
    old_mk, new_mk = book.master_key, new_master_key()
    keyfile.slots["pending"] = wrap_master_key(new_mk, passphrase, keyfile.book_id, "pending")
    keyfile.save(book.paths.key_path)
    book.engine.dispose()
    conn = connect_raw(book.paths.db_path, db_key(old_mk))
    try:
        vault.prepare_rekey(conn, old_mk, new_mk)
        handoff_keys.prepare_rekey(conn, book.book_id, old_mk, new_mk)
        _rekey_database(conn, new_mk)
    finally:
        conn.close()
    _finalise_keyfile(keyfile, book.paths.key_path, new_mk, passphrase)
    book.master_key = new_mk
    book.keyring.set(book.book_id, new_mk)
    conn = connect_raw(book.paths.db_path, db_key(new_mk))
    try:
        vault.settle_keys(conn, new_mk, previous=old_mk)  # also re-wraps items added during the re-key
        handoff_keys.settle_keys(conn, new_mk)
    finally:
        conn.close()
    book.reconnect()
    with book.engine.begin() as c:
        c.execute(orm.BookMeta.__table__.update().where(orm.BookMeta.key == "key_id"), {"value": key_id(new_mk)})
    return key_id(new_mk)


def read_meta(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {k: v for k, v in conn.execute(select(orm.BookMeta.key, orm.BookMeta.value))}


def audit_head(engine: Engine) -> tuple[int, str] | None:
    raw = read_meta(engine).get("audit_head")
    if not raw:
        return None
    head = json.loads(raw)
    return int(head[0]), str(head[1])


def sqlcipher_checks(engine: Engine) -> list[str]:
    """``cipher_integrity_check`` (page HMACs) plus SQLite's ``integrity_check``; empty when sound."""
    problems: list[str] = []
    with engine.connect() as conn:
        for row in conn.execute(text("PRAGMA cipher_integrity_check")):
            problems.append(str(row[0]))
        for row in conn.execute(text("PRAGMA integrity_check")):
            if row[0] != "ok":
                problems.append(str(row[0]))
    return problems
