"""Writing backup archives (see ``archive``), by hand or on a schedule with rotation."""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.domain import clock
from mediation_desk import __version__
from mediation_desk.config import AppPaths
from mediation_desk.domain.errors import BookError
from mediation_desk.storage.crypto_stream import StreamWriter
from mediation_desk.storage.engine import connect_raw
from mediation_desk.storage.keys import db_key, derive_key, key_id
from mediation_desk.storage.vault import TEMP_NAME_RE
from mediation_desk.storage.maintenance.archive import (ARCHIVE_FORMAT, ARCHIVE_MAGIC, ARCHIVE_VERSION,
                                                        BACKUP_KEY_LABEL, BACKUP_SUFFIX, BackupInfo, BackupMember,
                                                        DB_MEMBER, IO_CHUNK, KEY_MEMBER, Progress, VAULT_PREFIX,
                                                        _HashingWriter, _PREFIX, _atomic_output, _audit_head_json,
                                                        _check_progress, _now_utc, _remove_db_files, _sha256_file,
                                                        _valid_member_name)
from mediation_desk.storage.engine import BookDamaged, damage_error
from mediation_desk.storage.maintenance.archive import check_backup
from mediation_desk.storage.maintenance.verify import _check_database, _check_vault, _db_facts, _open_keyed


def _check_written(output: Path, master_key: bytes) -> None:
    """Read the new archive back whole (decrypt, sizes, hashes); a failure removes it and raises."""
    try:
        check_backup(output, master_key)
    except BaseException:
        try:
            output.unlink()
        except OSError:
            pass
        raise


def _backup_members(paths: AppPaths) -> list[tuple[str, Path]]:
    out: list[tuple[str, Path]] = []
    if paths.vault_dir.is_dir():
        for p in sorted(paths.vault_dir.rglob("*")):
            if p.is_file() and not p.is_symlink() and not TEMP_NAME_RE.match(p.name):  # not yet in the vault
                name = VAULT_PREFIX + p.relative_to(paths.vault_dir).as_posix()
                if not _valid_member_name(name):
                    raise BookError(f"证据库中有无法备份的文件名：{p.name}", f"Vault file name not allowed: {p.name}")
                out.append((name, p))
    return out


def backup_book(book, output: Path, progress: Progress | None = None) -> BackupInfo:  # noqa: ANN001
    """Write one encrypted, self-checking archive of the book to ``output`` (atomically).

    Safe while the application keeps writing: the database is copied through SQLite's
    online backup API in a single step, so the copy is one consistent snapshot.
    ``progress(done, total)`` returning False cancels: :class:`OperationCancelled` is raised
    and no file is left behind.
    """
    output = Path(output).expanduser().absolute()
    db = book.paths.db_path.absolute()
    own = {db, book.paths.key_path.absolute(), *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))}
    if output in own:
        raise BookError("备份文件不能覆盖案件库本身，请另选文件名。", "The backup cannot overwrite the case book itself.")
    output.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    raw_key = db_key(book.master_key)
    tmp_db = output.with_name(f".{output.name}.db-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        _check_progress(progress, 0, 0)
        # 1. consistent encrypted copy of the database
        src = connect_raw(book.paths.db_path, raw_key)
        try:
            os.close(os.open(tmp_db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private, like the book
            dst = _open_keyed(tmp_db, raw_key)
            try:
                src.backup(dst)  # pages=-1: one step, one read transaction on the source
                revision, case_count, head, meta = _db_facts(dst)
            finally:
                dst.close()
        except sqlcipher.DatabaseError as exc:
            if damage_error(exc) is not None:
                raise BookDamaged("案件库文件已损坏，没有写入备份，已有的备份都保留着。请运行“校验”查看损坏范围。",
                                  "The case book file is damaged, so no backup was written and the existing backups "
                                  "were kept. Run verify to see what is damaged.", detail=str(exc)) from None
            raise BookError("无法复制案件库（可能已损坏或磁盘已满），备份未完成。",
                            "The case book could not be copied (damaged, or the disk is full); no backup was written.",
                            detail=str(exc)) from None
        finally:
            src.close()
        if meta.get("book_id", book.book_id) != book.book_id:
            raise BookError("案件库的编号与密钥文件不符，备份未完成。", "The book id does not match its key file.")
        _check_before_writing(book, tmp_db, raw_key)
        keyfile_bytes = book.paths.key_path.read_bytes()
        keyfile_obj = json.loads(keyfile_bytes.decode("utf-8"))
        # 2. members, their sizes and hashes
        vault = _backup_members(book.paths)
        db_size, db_sha = _sha256_file(tmp_db)
        members = [BackupMember(DB_MEMBER, db_size, db_sha),
                   BackupMember(KEY_MEMBER, len(keyfile_bytes), hashlib.sha256(keyfile_bytes).hexdigest())]
        for name, p in vault:
            size, sha = _sha256_file(p)
            members.append(BackupMember(name, size, sha))
        total = sum(m.size for m in members)
        created = _now_utc()
        # Only the format and the key file (already wrapped by the passphrase) are in clear; the facts of the
        # book go into the manifest at the start of the encrypted stream.
        header_obj = {"format": ARCHIVE_FORMAT, "version": ARCHIVE_VERSION, "key_id": key_id(book.master_key),
                      "keyfile": keyfile_obj}
        manifest = {
            "book_id": book.book_id, "created_at": created.isoformat(), "app_version": __version__,
            "schema_revision": revision, "case_count": case_count, "audit_head": _audit_head_json(head),
            "key_id": key_id(book.master_key),
            "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in members],
        }
        manifest_bytes = json.dumps(manifest, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode("ascii")
        header_bytes = json.dumps(header_obj, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode("ascii")
        prefix = _PREFIX.pack(ARCHIVE_MAGIC, ARCHIVE_VERSION, len(header_bytes)) + header_bytes
        # 3. the archive: prefix, then the members through one authenticated stream
        done = 0
        _check_progress(progress, done, total)
        with _atomic_output(output) as raw_out:
            out = _HashingWriter(raw_out)
            out.write(prefix)
            writer = StreamWriter(out, derive_key(book.master_key, BACKUP_KEY_LABEL), prefix)  # type: ignore[arg-type]
            writer.write(len(manifest_bytes).to_bytes(4, "big") + manifest_bytes)
            sources: list[tuple[BackupMember, Path | bytes]] = [(members[0], tmp_db), (members[1], keyfile_bytes)]
            sources += [(m, p) for m, (_n, p) in zip(members[2:], vault)]
            for member, source in sources:
                h = hashlib.sha256()
                size = 0
                if isinstance(source, bytes):
                    h.update(source)
                    writer.write(source)
                    size = len(source)
                    done += size
                else:
                    with open(source, "rb") as fh:
                        while piece := fh.read(IO_CHUNK):
                            h.update(piece)
                            writer.write(piece)
                            size += len(piece)
                            done += len(piece)
                            _check_progress(progress, done, total)
                if size != member.size or h.hexdigest() != member.sha256:
                    raise BookError(f"文件在备份过程中被改动（{member.name}），请重新备份。",
                                    f"A file changed during the backup ({member.name}); run the backup again.")
            writer.close()
            _check_progress(progress, total, total)  # the last chance to cancel: the rename follows
        _check_written(output, book.master_key)
        return BackupInfo(path=output, size_bytes=out.size, sha256=out.h.hexdigest(), created_at=created,
                          book_id=book.book_id, case_count=case_count, audit_head=head, schema_revision=revision,
                          key_id=key_id(book.master_key), member_count=len(members))
    except OSError as exc:
        raise BookError(f"无法写入备份文件：{output}（{exc.strerror or exc}）。备份未完成。",
                        f"Cannot write the backup file {output}: {exc}. No backup was written.",
                        detail=str(exc)) from None
    finally:
        _remove_db_files(tmp_db)


def _check_before_writing(book, snapshot: Path, raw_key: bytes) -> None:  # noqa: ANN001
    """A damaged book is never backed up as good: the snapshot's pages, structure and audit chain, and every
    evidence file it registers (decrypted and hashed), are checked before an archive is written."""
    report = _check_database(snapshot, raw_key, require_head_revision=False)
    if report.ok:
        _check_vault(book, report, None, db_path=snapshot, strays=False)
    if not report.ok:
        first = report.errors[0]
        more = len(report.errors) - 1
        raise BookDamaged(
            f"案件库未通过检查，没有写入备份，已有的备份都保留着：{first.zh}"
            + (f"（另有{more}处问题，请运行“校验”查看）" if more else ""),
            f"The case book failed its checks, so no backup was written and the existing backups were kept: "
            f"{first.en}" + (f" ({more} more problem(s); run verify)" if more else ""),
            detail="; ".join(f.en for f in report.errors))


def backup_file_pattern(book_id: str) -> re.Pattern[str]:
    return re.compile(rf"^mediation-desk-{re.escape(book_id[:8])}-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(BACKUP_SUFFIX)}$")


def list_backups(folder: Path, book_id: str) -> list[Path]:
    """This book's automatic backups in ``folder``, oldest first."""
    pattern = backup_file_pattern(book_id)
    found: list[tuple[str, int, Path]] = []
    if Path(folder).is_dir():
        for p in Path(folder).iterdir():
            m = pattern.match(p.name)
            if m and p.is_file():
                found.append((m.group(1), int(m.group(2) or 1), p))
    return [p for _t, _n, p in sorted(found)]


STALE_TEMP_AGE_S = 24 * 3600


def _remove_stale_temp_files(folder: Path, book_id: str) -> None:
    """Temp files of this book's backups left by a crash (encrypted, but useless) once a day old."""
    import time

    pattern = re.compile(rf"^\.mediation-desk-{re.escape(book_id[:8])}-.*{re.escape(BACKUP_SUFFIX)}\.(?:tmp|db)-\d+-[0-9a-f]+(?:-journal|-wal|-shm)?$")
    cutoff = time.time() - STALE_TEMP_AGE_S
    for p in folder.iterdir():
        try:
            if pattern.match(p.name) and p.is_file() and p.stat().st_mtime < cutoff:
                p.unlink()
        except OSError:
            pass


def backup_to_folder(book, folder: Path, keep: int, progress: Progress | None = None) -> BackupInfo:  # noqa: ANN001
    """A new ``mediation-desk-<id8>-<YYYYMMDD-HHMMSS>.mdbak`` in ``folder``; keeps the newest ``keep``."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    folder = Path(folder).expanduser()
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    base = f"mediation-desk-{book.book_id[:8]}-{stamp}"
    # Within one second, number the files upwards so the newest always sorts last.
    pattern = backup_file_pattern(book.book_id)
    taken = [int(m.group(2) or 1) for p in (folder.iterdir() if folder.is_dir() else ())
             if (m := pattern.match(p.name)) and m.group(1) == stamp]
    n = max(taken, default=0) + 1
    output = folder / (f"{base}{BACKUP_SUFFIX}" if n == 1 else f"{base}-{n}{BACKUP_SUFFIX}")
    info = backup_book(book, output, progress)  # raises for a damaged book: then nothing below runs
    _remove_stale_temp_files(folder, book.book_id)
    # Rotation runs only after the new archive was checked before writing and read back whole: the newest
    # archive that verified (this one) is never among those removed.
    for old in list_backups(folder, book.book_id)[:-keep]:
        if old != output:
            try:
                old.unlink()
            except OSError:
                pass  # a file we cannot remove stays; the next run tries again
    return info

