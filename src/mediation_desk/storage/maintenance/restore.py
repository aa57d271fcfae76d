"""Restoring an archive.

Restore never leaves a half-restored book: the whole archive is checked first, the members
are extracted into a staging folder beside the target, the staged database is opened and
checked (page HMACs, ``integrity_check``, audit chain), and only then is it moved into
place; a book already there is renamed aside first.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO


from mediation_desk.domain import clock
from mediation_desk.config import AppPaths
from mediation_desk.domain.errors import BookError, BookNewerThanApp, ConflictError
from mediation_desk.storage import schema
from mediation_desk.storage.booklock import EXCLUSIVE, BookLock, is_lock_artefact, make_private_dir
from mediation_desk.storage.engine import connect_raw
from mediation_desk.storage.fsutil import fsync_dir, private_opener
from mediation_desk.storage.keys import KeyFile, KeyringStore, db_key
from mediation_desk.storage.maintenance.anchor import record_restore
from mediation_desk.storage.maintenance.archive import (BackupMember, Progress, _invalid, _read_members,
                                                        backup_master_key, read_backup_header)
from mediation_desk.storage.maintenance.verify import Finding, _check_database


@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    moved_aside: Path | None
    book_id: str
    case_count: int
    audit_head: tuple[int, str] | None
    schema_revision: str | None
    backup_created_at: datetime
    keyring_stored: bool




def _timestamp() -> str:
    return clock.now().strftime("%Y%m%d-%H%M%S")


def _aside_path(data_dir: Path) -> Path:
    base = data_dir.with_name(f"{data_dir.name}.before-restore-{_timestamp()}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


class OtherBookRestore(ConflictError):
    """The archive belongs to another book than the one at the target: the user must confirm, seeing both names."""

    def __init__(self, *, current_org: str, archive_org: str, current_book_id: str, archive_book_id: str) -> None:
        super().__init__(
            f"这个备份属于另一个案件库：备份是“{archive_org}”的案件库（编号 {archive_book_id[:8]}），而这里现有的是"
            f"“{current_org}”的案件库（编号 {current_book_id[:8]}）。"
            "恢复会用备份换掉现有案件库（现有案件库会被移到旁边保留）。确认要替换时请明确选择替换，未做任何改动。",
            f"This backup belongs to another case book: the backup is the book of \"{archive_org}\" (id "
            f"{archive_book_id[:8]}), the book here is the book of \"{current_org}\" (id {current_book_id[:8]}). Restoring would swap the books (the current one is moved aside). "
            "Confirm the replacement explicitly; nothing was changed.")
        self.current_org, self.archive_org = current_org, archive_org
        self.current_book_id, self.archive_book_id = current_book_id, archive_book_id


def _book_id_at(data_dir: Path) -> str | None:
    """The id of the book at ``data_dir`` (from its key file, readable without a key), or None."""
    key_path = AppPaths(data_dir).key_path
    if not key_path.exists():
        return None
    try:
        return KeyFile.load(key_path).book_id
    except BookError:
        return None


def _organisation_name(paths: AppPaths, passphrase: str | None, keyring: KeyringStore | None, *,
                       mk: bytes | None = None) -> str | None:
    """The organisation's name in a book, if its key can be had (the given key, the passphrase or the keyring)."""
    try:
        if mk is None:
            keyfile = KeyFile.load(paths.key_path)
            if passphrase is not None:
                mk = keyfile.unwrap_all(passphrase)[0][1]
            elif keyring is not None:
                mk = keyring.get(keyfile.book_id)
        if mk is None:
            return None
        conn = connect_raw(paths.db_path, db_key(mk))
        try:
            row = conn.execute("SELECT name FROM organisation ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
        return str(row[0]) if row and row[0] else None
    except Exception:  # noqa: BLE001 - a name is only shown; any failure shows the book id instead
        return None


def _remove_lock_artefacts(data_dir: Path) -> None:
    for p in data_dir.iterdir():
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink()


def restore_book(input: Path, target: AppPaths, passphrase: str | None,  # noqa: A002
                 keyring: KeyringStore | None = None, progress: Progress | None = None, *,
                 replace_other_book: bool = False) -> RestoreResult:
    """Restore an archive into ``target`` (a book there is renamed aside, never overwritten).

    Order: read the header; unlock the key (passphrase or keyring); check the whole archive;
    extract into a staging folder beside the target; check the staged database (page HMACs,
    integrity_check, audit chain against the header's head); then swap it into place. Any
    failure leaves the target as it was and removes the staging folder. The restore holds the
    book's exclusive lock throughout: a program that has the book open (this one included) makes
    it fail with :class:`BookLocked` naming the holder. An archive of another book than the one
    at the target is refused with :class:`OtherBookRestore` (both organisations' names) unless
    ``replace_other_book``.
    """
    source = Path(input)
    header = read_backup_header(source)
    keyring = keyring or KeyringStore()
    mk = backup_master_key(header, passphrase, keyring)
    if header.sealed:
        header = read_backup_header(source, mk)  # format 2: the facts are in the encrypted manifest
    if header.schema_revision is not None and header.schema_revision not in schema.known_revisions():
        raise BookNewerThanApp(
            f"这个备份来自更新版本的程序（数据结构版本 {header.schema_revision}），请先升级程序。没有任何文件被改动。",
            f"The backup comes from a newer version (schema {header.schema_revision}); upgrade first. Nothing changed.")
    data_dir = Path(target.data_dir)
    created = not data_dir.exists()
    make_private_dir(data_dir)
    # Exclusive: refused, naming the holder, while another program has the book open; its leftovers of
    # killed programs (restore staging folders, evidence temp files) go first.
    lock = BookLock.acquire(data_dir, EXCLUSIVE, "restore")
    try:
        result = _restore_locked(source, header, mk, data_dir, passphrase, keyring, progress, replace_other_book,
                                 lock)
    except BaseException:
        if created and data_dir.is_dir() and all(is_lock_artefact(p) for p in data_dir.iterdir()):
            _remove_lock_artefacts(data_dir)
            lock.release()
            try:
                data_dir.rmdir()
            except OSError:
                pass
        raise
    finally:
        lock.release()
    return result


def _restore_locked(source: Path, header, mk: bytes, data_dir: Path, passphrase: str | None,  # noqa: ANN001
                    keyring: KeyringStore, progress: Progress | None, replace_other_book: bool,
                    lock: BookLock) -> RestoreResult:
    total = header.total_size * 2
    done = _read_members(source, header, mk, lambda m: None, progress, 0, total)  # check before touching anything
    current_id = _book_id_at(data_dir)  # another book's: refused below, once the archive's name can be read
    staging = data_dir.with_name(f".{data_dir.name}.restore-{_timestamp()}-{uuid.uuid4().hex[:8]}")
    staging.mkdir(mode=0o700)
    moved_aside: Path | None = None
    try:
        open_files: list[BinaryIO] = []

        def sink(member: BackupMember) -> BinaryIO:
            for f in open_files:
                f.close()
            open_files.clear()
            dest = staging.joinpath(*member.name.split("/"))
            for folder in reversed([d for d in dest.parents if d != staging and staging in d.parents]):
                folder.mkdir(mode=0o700, exist_ok=True)  # each level private (mkdir's parents take the umask)
            f = open(dest, "xb", opener=private_opener)
            open_files.append(f)
            return f

        try:
            _read_members(source, header, mk, sink, progress, done, total)
        finally:
            for f in open_files:
                f.close()
        for p in sorted(staging.rglob("*")):
            if p.is_file():
                with open(p, "rb+") as f:
                    os.fsync(f.fileno())
        staged = AppPaths(staging)
        keyfile = KeyFile.load(staged.key_path)
        if keyfile.book_id != header.book_id:
            raise _invalid("备份中的密钥文件属于另一个案件库。", "The backup's key file belongs to another book.")
        report = _check_database(staged.db_path, db_key(mk), expected_head=header.audit_head,
                                 require_head_revision=False, key_known_good=False)
        if report.case_count is not None and report.case_count != header.case_count:
            report.findings.append(Finding("error", "备份中的案件数与文件头不一致。",
                                           "The case count differs from the backup header.", check="cases"))
        if not report.ok:
            first = report.errors[0]
            raise _invalid(f"备份中的案件库未通过校验，未做任何改动：{first.zh}",
                           f"The book inside the backup failed its checks; nothing was changed: {first.en}",
                           detail="; ".join(f.en for f in report.errors))
        if current_id is not None and current_id != header.book_id and not replace_other_book:
            raise OtherBookRestore(
                current_org=_organisation_name(AppPaths(data_dir), passphrase, keyring) or current_id,
                archive_org=_organisation_name(staged, None, None, mk=mk) or header.book_id,
                current_book_id=current_id, archive_book_id=header.book_id)
        record_restore(staged.db_path, db_key(mk), archive=source, created_at=header.created_at,
                       archive_head=header.audit_head, replacing=data_dir.exists() and any(data_dir.iterdir()))
        fsync_dir(staging)
        # swap into place
        if data_dir.exists():
            if data_dir.is_dir() and all(is_lock_artefact(p) for p in data_dir.iterdir()):
                lock.before_rename()
                _remove_lock_artefacts(data_dir)
                data_dir.rmdir()
            else:
                moved_aside = _aside_path(data_dir)
                lock.before_rename()
                os.rename(data_dir, moved_aside)
                lock.moved_to(moved_aside)
        try:
            os.rename(staging, data_dir)
        except OSError:
            if moved_aside is not None and not data_dir.exists():
                os.rename(moved_aside, data_dir)
                lock.moved_to(data_dir)
                moved_aside = None
            raise
        fsync_dir(data_dir.parent)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            raise BookError(f"恢复失败，原有案件库未被改动：{exc.strerror or exc}",
                            f"The restore failed; the existing book was not changed: {exc}", detail=str(exc)) from None
        raise
    stored = keyring.set(header.book_id, mk)
    return RestoreResult(data_dir=data_dir, moved_aside=moved_aside, book_id=header.book_id,
                         case_count=header.case_count, audit_head=header.audit_head,
                         schema_revision=header.schema_revision, backup_created_at=header.created_at,
                         keyring_stored=stored)

