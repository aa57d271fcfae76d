"""The backup archive format (``*.mdbak``) and reading archives.

One self-checking file::

    ARCHIVE_MAGIC (8) | format version (2, big-endian) | header length (4, big-endian) | header (UTF-8 JSON)
    | encrypted stream (storage.crypto_stream; key = HKDF(MK, "backup-v1"); associated data = everything before it)

Format 2 (written now): the JSON header in clear holds only the format, its version, the id of
the key and the book's key file, which is already wrapped by the passphrase (its book id and
key ids are therefore readable too). Everything else (dates, case count, schema revision, audit
chain head, the list of members with their sizes and SHA-256) is the manifest: the first bytes of
the encrypted stream, ``length (4, big-endian) | manifest (UTF-8 JSON)``. Format 1 kept all of that
in the clear header and is still read. The stream then holds the members one after another: the database copy made
with SQLite's online backup API (encrypted to encrypted, same key, so safe while the
application writes and never a raw copy of a live file), the key file, and the evidence
vault's files. Any change to the header or the stream, a cut-off end or data appended
after it makes the stream fail authentication.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import BinaryIO


from mediation_desk.domain import clock
from mediation_desk.domain.errors import BackupInvalid, OperationCancelled, WrongKey
from mediation_desk.storage.crypto_stream import StreamCorrupt, StreamReader
from mediation_desk.storage.fsutil import fsync_dir, private_opener
from mediation_desk.storage.keys import KeyFile, KeyringStore, derive_key, key_id


Progress = Callable[[int, int], bool]  # (done_bytes, total_bytes) -> keep going?


ARCHIVE_MAGIC = b"MDBACKUP"


ARCHIVE_VERSION = 2
CLEAR_HEADER_FIELDS = ("format", "version", "key_id", "keyfile")  # format 2: all that is readable without a key


ARCHIVE_FORMAT = "mediation-desk-backup"


BACKUP_KEY_LABEL = "backup-v1"


BACKUP_SUFFIX = ".mdbak"


_PREFIX = struct.Struct(">8sHI")


MAX_HEADER_LEN = 64 << 20


IO_CHUNK = 1 << 20


DB_MEMBER = "casebook.db"


KEY_MEMBER = "casebook.key"


VAULT_PREFIX = "vault/"


@dataclass(frozen=True)
class BackupMember:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class BackupHeader:
    format_version: int
    book_id: str
    created_at: datetime
    app_version: str
    schema_revision: str | None
    case_count: int
    audit_head: tuple[int, str] | None
    key_id: str
    keyfile: dict
    members: tuple[BackupMember, ...]
    prefix: bytes = field(repr=False)  # the bytes before the stream; the stream's associated data
    sealed: bool = False  # format 2 read without a key: only book_id, key_id and keyfile are known
    manifest_size: int = 0  # format 2: bytes of the stream before the first member

    @property
    def stream_offset(self) -> int:
        return len(self.prefix)

    @property
    def total_size(self) -> int:
        return sum(m.size for m in self.members)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size_bytes: int
    sha256: str
    created_at: datetime
    book_id: str
    case_count: int
    audit_head: tuple[int, str] | None
    schema_revision: str | None
    key_id: str
    member_count: int


def _invalid(zh: str, en: str, detail: str | None = None) -> BackupInvalid:
    return BackupInvalid(zh, en, detail=detail)


def _now_utc() -> datetime:
    return clock.now().astimezone(timezone.utc).replace(microsecond=0)


def _check_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise OperationCancelled()


def _sha256_file(path: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while piece := fh.read(IO_CHUNK):
            h.update(piece)
            size += len(piece)
    return size, h.hexdigest()


class _HashingWriter:
    """Passes writes to ``fh`` and hashes them (the archive's own checksum)."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.h = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.h.update(data)
        self.size += len(data)
        return self.fh.write(data)


@contextmanager
def _atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Write ``path`` through a temp file in its folder; fsync and rename only on success."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        with open(tmp, "xb", opener=private_opener) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    finally:
        if tmp.exists():
            tmp.unlink()


def _valid_member_name(name: str) -> bool:
    if name in (DB_MEMBER, KEY_MEMBER):
        return True
    if not name.startswith(VAULT_PREFIX) or "\\" in name or "\x00" in name or ":" in name:
        return False
    parts = PurePosixPath(name).parts
    return len(parts) >= 2 and not PurePosixPath(name).is_absolute() and all(
        p not in ("", ".", "..") for p in parts) and "/".join(parts) == name


def _audit_head_json(head: tuple[int, str] | None) -> list | None:
    return None if head is None else [head[0], head[1]]


def _parse_head(raw: object) -> tuple[int, str] | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = json.loads(raw)
    if not isinstance(raw, (list, tuple)) or len(raw) != 2:
        raise ValueError("bad audit head")
    return int(raw[0]), str(raw[1])


def _read_manifest(path: Path, sealed: BackupHeader, master_key: bytes) -> tuple[dict, int]:
    """Format 2: the manifest at the start of the encrypted stream, and its size in the stream."""
    if key_id(master_key) != sealed.key_id:
        raise _invalid("这个密钥不属于该备份文件（备份来自另一个密钥或案件库）。", "This key does not belong to the backup.")
    try:
        with open(path, "rb") as fh:
            fh.seek(sealed.stream_offset)
            reader = StreamReader(fh, derive_key(master_key, BACKUP_KEY_LABEL), sealed.prefix)
            raw_len = reader.read(4)
            if len(raw_len) < 4:
                raise _invalid("备份文件不完整（数据被截断）。", "The backup file is incomplete (truncated).")
            n = int.from_bytes(raw_len, "big")
            if n > MAX_HEADER_LEN:
                raise _invalid("备份文件的内容清单已损坏。", "The backup's manifest is damaged.")
            data = reader.read(n)
            if len(data) < n:
                raise _invalid("备份文件不完整（数据被截断）。", "The backup file is incomplete (truncated).")
    except StreamCorrupt as exc:
        raise _invalid("备份文件已损坏或被改动（可能不完整），不能使用。",
                       "The backup file is damaged, altered or incomplete and cannot be used.",
                       detail=exc.en) from None
    except OSError as exc:
        raise _invalid(f"读取备份文件时出错：{exc.strerror or exc}", f"Error reading the backup: {exc}") from None
    return json.loads(data.decode("utf-8")), 4 + n


def read_backup_header(path: Path, master_key: bytes | None = None) -> BackupHeader:
    """The archive's header; refuses anything that is not a backup of ours.

    Without ``master_key`` a format-2 archive gives only what is in clear (``sealed``: book id, key id,
    key file); with it, the encrypted manifest is read as well (dates, counts, members)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            start = fh.read(_PREFIX.size)
            if len(start) < len(ARCHIVE_MAGIC) or start[:len(ARCHIVE_MAGIC)] != ARCHIVE_MAGIC:
                raise _invalid("这不是本程序的备份文件。", "This is not a mediation-desk backup file.")
            if len(start) < _PREFIX.size:
                raise _invalid("备份文件不完整（文件头被截断）。", "The backup file is incomplete (truncated header).")
            _magic, version, hlen = _PREFIX.unpack(start)
            if version > ARCHIVE_VERSION:
                raise _invalid(f"备份文件由更新版本的程序创建（格式版本 {version}），请先升级程序。",
                               f"The backup was made by a newer version (format {version}); upgrade first.")
            if version < 1:
                raise _invalid(f"不认识的备份格式版本 {version}。", f"Unknown backup format version {version}.")
            if not 2 <= hlen <= MAX_HEADER_LEN:
                raise _invalid("备份文件头已损坏。", "The backup header is damaged.")
            header_bytes = fh.read(hlen)
    except FileNotFoundError:
        raise _invalid(f"找不到备份文件：{path}", f"Backup file not found: {path}") from None
    except IsADirectoryError:
        raise _invalid(f"这不是备份文件：{path}", f"Not a backup file: {path}") from None
    except OSError as exc:
        raise _invalid(f"无法读取备份文件：{path}（{exc.strerror or exc}）", f"Cannot read {path}: {exc}") from None
    if len(header_bytes) < hlen:
        raise _invalid("备份文件不完整（文件头被截断）。", "The backup file is incomplete (truncated header).")
    try:
        obj = json.loads(header_bytes.decode("utf-8"))
        if obj.get("format") != ARCHIVE_FORMAT or int(obj.get("version", 0)) != version:
            raise ValueError("format mismatch")
        if version >= 2:
            keyfile = dict(obj["keyfile"])
            sealed = BackupHeader(
                format_version=version, book_id=str(keyfile["book_id"]), created_at=None,  # type: ignore[arg-type]
                app_version="", schema_revision=None, case_count=0, audit_head=None, key_id=str(obj["key_id"]),
                keyfile=keyfile, members=(), prefix=start + header_bytes, sealed=True)
            if master_key is None:
                return sealed
            obj, manifest_size = _read_manifest(path, sealed, master_key)
            obj = {**obj, "keyfile": keyfile, "key_id": sealed.key_id}
            if str(obj.get("book_id")) != sealed.book_id:
                raise ValueError("book id of the manifest differs from the key file's")
        else:
            manifest_size = 0
        members = tuple(BackupMember(str(m["name"]), int(m["size"]), str(m["sha256"])) for m in obj["members"])
        created = datetime.fromisoformat(obj["created_at"])
        head = _parse_head(obj.get("audit_head"))
        result = BackupHeader(
            format_version=version, book_id=str(obj["book_id"]), created_at=created,
            app_version=str(obj.get("app_version", "")), schema_revision=obj.get("schema_revision"),
            case_count=int(obj["case_count"]), audit_head=head, key_id=str(obj["key_id"]),
            keyfile=dict(obj["keyfile"]), members=members, prefix=start + header_bytes,
            manifest_size=manifest_size)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
        raise _invalid("备份文件头已损坏，无法读取。", "The backup header is damaged.", detail=str(exc)) from None
    names = [m.name for m in members]
    if (names.count(DB_MEMBER) != 1 or names.count(KEY_MEMBER) != 1 or len(set(names)) != len(names)
            or not all(_valid_member_name(n) for n in names) or any(m.size < 0 for m in members)):
        raise _invalid("备份文件的内容清单无效。", "The backup's member list is invalid.")
    return result


def _read_members(path: Path, header: BackupHeader, master_key: bytes,
                  sink: Callable[[BackupMember], BinaryIO | None], progress: Progress | None,
                  done: int, total: int) -> int:
    """Decrypt the stream member by member, checking sizes and hashes; returns progress done."""
    key = derive_key(master_key, BACKUP_KEY_LABEL)
    try:
        with open(path, "rb") as fh:
            fh.seek(header.stream_offset)
            reader = StreamReader(fh, key, header.prefix)
            if header.manifest_size and len(reader.read(header.manifest_size)) < header.manifest_size:
                raise _invalid("备份文件不完整（数据被截断）。", "The backup file is incomplete (truncated).")
            for member in header.members:
                out = sink(member)
                h = hashlib.sha256()
                remaining = member.size
                while remaining > 0:
                    piece = reader.read(min(IO_CHUNK, remaining))
                    if not piece:
                        raise _invalid("备份文件不完整（数据被截断）。", "The backup file is incomplete (truncated).")
                    h.update(piece)
                    if out is not None:
                        out.write(piece)
                    remaining -= len(piece)
                    done += len(piece)
                    _check_progress(progress, done, total)
                if h.hexdigest() != member.sha256:
                    raise _invalid(f"备份文件已损坏：{member.name} 的校验值不符。",
                                   f"The backup is damaged: checksum mismatch for {member.name}.")
            if reader.drain() != 0:
                raise _invalid("备份文件已损坏：数据比清单多。", "The backup is damaged: more data than listed.")
    except StreamCorrupt as exc:
        raise _invalid("备份文件已损坏或被改动（可能不完整），不能使用。",
                       "The backup file is damaged, altered or incomplete and cannot be used.",
                       detail=exc.en) from None
    except OSError as exc:
        raise _invalid(f"读取备份文件时出错：{exc.strerror or exc}", f"Error reading the backup: {exc}") from None
    return done


def check_backup(path: Path, master_key: bytes, progress: Progress | None = None) -> BackupHeader:
    """Decrypt and hash the whole archive without writing anything; raises BackupInvalid if it fails."""
    header = read_backup_header(path)
    if header.key_id != key_id(master_key):
        raise _invalid("这个密钥不属于该备份文件（备份来自另一个密钥或案件库）。",
                       "This key does not belong to the backup.")
    if header.sealed:
        header = read_backup_header(path, master_key)
    _read_members(Path(path), header, master_key, lambda m: None, progress, 0, header.total_size)
    return header


def backup_master_key(header: BackupHeader, passphrase: str | None, keyring: KeyringStore | None = None) -> bytes:
    """The book's master key for this archive: from its embedded key file, or the keyring."""
    if passphrase is None:
        from mediation_desk.storage.book import NeedPassphrase

        keyring = keyring or KeyringStore()
        mk = keyring.get(header.book_id)
        if mk is None or key_id(mk) != header.key_id:
            reason = keyring.unavailable_reason or "系统密钥环中没有这个备份的密钥"
            raise NeedPassphrase(f"{reason}，请输入备份时案件库的口令。",
                                 "Enter the case book's passphrase as it was when the backup was made.")
        return mk
    try:
        keyfile = KeyFile(book_id=str(header.keyfile["book_id"]), slots=dict(header.keyfile["slots"]))
    except (KeyError, TypeError, ValueError):
        raise _invalid("备份中的密钥文件已损坏。", "The key file inside the backup is damaged.") from None
    if keyfile.book_id != header.book_id:
        raise _invalid("备份中的密钥文件属于另一个案件库。", "The backup's key file belongs to another book.")
    try:
        keys = keyfile.unwrap_all(passphrase)
    except WrongKey:
        raise WrongKey("口令不正确，无法打开这个备份。没有任何文件被改动。",
                       "Wrong passphrase for this backup. Nothing was changed.") from None
    for _slot, mk in keys:
        if key_id(mk) == header.key_id:
            return mk
    raise _invalid("备份中的密钥与备份数据不符，无法恢复。", "The backup's key does not match its data.")

def _remove_db_files(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
              path.with_name(path.name + "-shm")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
