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
from mediation_desk.domain.errors import BookError, BookNewerThanApp
from mediation_desk.storage import schema
from mediation_desk.storage.fsutil import fsync_dir
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


def restore_book(input: Path, target: AppPaths, passphrase: str | None,  # noqa: A002
                 keyring: KeyringStore | None = None, progress: Progress | None = None) -> RestoreResult:
    """Restore an archive into ``target`` (a book there is renamed aside, never overwritten).

    Order: read the header; unlock the key (passphrase or keyring); check the whole archive;
    extract into a staging folder beside the target; check the staged database (page HMACs,
    integrity_check, audit chain against the header's head); then swap it into place. Any
    failure leaves the target as it was and removes the staging folder. The book at the
    target must be closed by the caller.
    """
    source = Path(input)
    header = read_backup_header(source)
    if header.schema_revision is not None and header.schema_revision not in schema.known_revisions():
        raise BookNewerThanApp(
            f"这个备份来自更新版本的程序（数据结构版本 {header.schema_revision}），请先升级程序。没有任何文件被改动。",
            f"The backup comes from a newer version (schema {header.schema_revision}); upgrade first. Nothing changed.")
    keyring = keyring or KeyringStore()
    mk = backup_master_key(header, passphrase, keyring)
    total = header.total_size * 2
    done = _read_members(source, header, mk, lambda m: None, progress, 0, total)  # check before touching anything

    data_dir = Path(target.data_dir)
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = data_dir.with_name(f".{data_dir.name}.restore-{_timestamp()}-{uuid.uuid4().hex[:8]}")
    staging.mkdir()
    moved_aside: Path | None = None
    try:
        open_files: list[BinaryIO] = []

        def sink(member: BackupMember) -> BinaryIO:
            for f in open_files:
                f.close()
            open_files.clear()
            dest = staging.joinpath(*member.name.split("/"))
            dest.parent.mkdir(parents=True, exist_ok=True)
            f = open(dest, "xb")
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
        record_restore(staged.db_path, db_key(mk), archive=source, created_at=header.created_at,
                       archive_head=header.audit_head, replacing=data_dir.exists() and any(data_dir.iterdir()))
        fsync_dir(staging)
        # swap into place
        if data_dir.exists():
            if data_dir.is_dir() and not any(data_dir.iterdir()):
                data_dir.rmdir()
            else:
                moved_aside = _aside_path(data_dir)
                os.rename(data_dir, moved_aside)
        try:
            os.rename(staging, data_dir)
        except OSError:
            if moved_aside is not None and not data_dir.exists():
                os.rename(moved_aside, data_dir)
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

