"""Backup, restore and verification of a whole case book.

Backup archive (``*.mdbak``), one self-checking file::

    ARCHIVE_MAGIC (8) | format version (2, big-endian) | header length (4, big-endian) | header (UTF-8 JSON)
    | encrypted stream (storage.crypto_stream; key = HKDF(MK, "backup-v1"); associated data = everything before it)

The JSON header can be read without a key (book id, dates, counts, schema revision, the
key file, which is already wrapped by the passphrase, and the list of members with their
size and SHA-256). The stream holds the members one after another: the database copy made
with SQLite's online backup API (encrypted to encrypted, same key, so safe while the
application writes and never a raw copy of a live file), the key file, and the evidence
vault's files. Any change to the header or the stream, a cut-off end or data appended
after it makes the stream fail authentication.

Restore never leaves a half-restored book: the whole archive is checked first, the members
are extracted into a staging folder beside the target, the staged database is opened and
checked (page HMACs, ``integrity_check``, audit chain), and only then is it moved into
place; a book already there is renamed aside first.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import struct
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import BinaryIO

import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.domain import clock
from mediation_desk import __version__
from mediation_desk.config import AppPaths
from mediation_desk.domain.audit import AuditEntry, verify_chain
from mediation_desk.domain.errors import (BackupInvalid, BookError, BookNewerThanApp, OperationCancelled,
                                          WrongKey)
from mediation_desk.services.ports import EvidenceFile
from mediation_desk.storage import schema
from mediation_desk.storage.crypto_stream import StreamCorrupt, StreamReader, StreamWriter
from mediation_desk.storage.engine import BUSY_TIMEOUT_MS, connect_raw, key_pragma
from mediation_desk.storage.fsutil import fsync_dir
from mediation_desk.storage.keys import KeyFile, KeyringStore, db_key, derive_key, key_id
from mediation_desk.storage.vault import TEMP_NAME_RE, Vault

Progress = Callable[[int, int], bool]  # (done_bytes, total_bytes) -> keep going?

ARCHIVE_MAGIC = b"MDBACKUP"
ARCHIVE_VERSION = 1
ARCHIVE_FORMAT = "mediation-desk-backup"
BACKUP_KEY_LABEL = "backup-v1"
BACKUP_SUFFIX = ".mdbak"
_PREFIX = struct.Struct(">8sHI")
MAX_HEADER_LEN = 64 << 20
IO_CHUNK = 1 << 20
DB_MEMBER = "casebook.db"
KEY_MEMBER = "casebook.key"
VAULT_PREFIX = "vault/"


# --------------------------------------------------------------------------- data


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


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" or "warning"
    zh: str
    en: str
    row_id: int | None = None
    check: str = ""
    evidence_id: int | None = None  # the evidence item a "vault" finding is about


@dataclass
class VerifyReport:
    findings: list[Finding] = field(default_factory=list)
    case_count: int | None = None
    audit_rows: int | None = None
    schema_revision: str | None = None

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


# --------------------------------------------------------------------------- helpers


def _invalid(zh: str, en: str, detail: str | None = None) -> BackupInvalid:
    return BackupInvalid(zh, en, detail=detail)


def _now_utc() -> datetime:
    return clock.now().astimezone(timezone.utc).replace(microsecond=0)


def _check_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise OperationCancelled()


def _open_keyed(path: Path, raw_key: bytes) -> sqlcipher.Connection:
    """A keyed connection without the book's PRAGMAs (used for the backup copy)."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(key_pragma(raw_key))
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _remove_db_files(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
              path.with_name(path.name + "-shm")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


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
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        with open(tmp, "xb") as fh:
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


# --------------------------------------------------------------------------- database facts and checks


def _db_facts(conn: sqlcipher.Connection) -> tuple[str | None, int, tuple[int, str] | None, dict[str, str]]:
    """(schema revision, case count, audit head, book_meta) of a keyed connection."""
    meta = {k: v for k, v in conn.execute("SELECT key, value FROM book_meta")}
    return _revision(conn), _case_count(conn), _parse_head(meta.get("audit_head")), meta


def _revision(conn: sqlcipher.Connection) -> str | None:
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if rows else None


def _case_count(conn: sqlcipher.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])


def _audit_entries(conn: sqlcipher.Connection) -> Iterator[AuditEntry]:
    cur = conn.execute("SELECT id, at, actor, action, entity, entity_id, changes, prev_hash, hash "
                       "FROM audit_log ORDER BY id")
    while rows := cur.fetchmany(1000):
        for r in rows:
            yield AuditEntry(id=int(r[0]), at=r[1], actor=r[2], action=r[3], entity=r[4], entity_id=str(r[5]),
                             changes=r[6], prev_hash=r[7], hash=r[8])


_PAGE_RE = re.compile(r"page (\d+)")


def _page_list(pages: list[str]) -> str:
    shown = "、".join(pages[:5])
    return shown + (f"等{len(pages)}页" if len(pages) > 5 else "页")


def _damaged(check: str, what_zh: str, what_en: str, exc: Exception) -> Finding:
    return Finding("error", f"{what_zh}无法完成：数据库文件已损坏，请从备份恢复。",
                   f"{what_en} could not finish: the database file is damaged ({exc}); restore from a backup.",
                   check=check)


def _check_pages(conn: sqlcipher.Connection, add: Callable[[Finding], None]) -> set[int]:
    """``cipher_integrity_check``: the HMAC of every page (also works when page 1 is damaged)."""
    hmac: list[str] = []
    short: list[str] = []
    try:
        for (msg,) in conn.execute("PRAGMA cipher_integrity_check"):
            msg = str(msg)
            m = _PAGE_RE.search(msg)
            if m and "HMAC" in msg:
                hmac.append(m.group(1))
            elif m and "size" in msg:
                short.append(m.group(1))
            else:
                add(Finding("error", f"数据库加密校验发现问题：{msg}", f"Encryption check found a problem: {msg}",
                            check="cipher"))
    except sqlcipher.DatabaseError as exc:
        add(_damaged("cipher", "数据库加密校验", "The encryption check", exc))
    if hmac:
        add(Finding("error", f"数据库第{_page_list(hmac)}的加密校验失败：文件被改动或已损坏，请从备份恢复。",
                    f"Page HMAC verification failed for page(s) {', '.join(hmac[:20])}: the file was altered or is "
                    "damaged; restore from a backup.", check="cipher"))
    if short:
        add(Finding("error", f"数据库文件不完整：第{_page_list(short)}被截断，请从备份恢复。",
                    f"The database file is truncated at page(s) {', '.join(short[:20])}; restore from a backup.",
                    check="cipher"))
    return {int(p) for p in hmac + short}


def _check_database(db_path: Path, raw_key: bytes, *, expected_head: tuple[int, str] | None | str = "meta",
                    require_head_revision: bool = True, key_known_good: bool = True) -> VerifyReport:
    """Every check of one database file with its key, as findings; never raises for damage it finds.

    ``expected_head`` is the audit chain head to hold the rows against: ``"meta"`` takes
    ``book_meta.audit_head`` from the database itself. ``key_known_good`` says the key is
    the one the book was opened with, so a page 1 that does not decrypt means damage.
    """
    report = VerifyReport()
    add = report.findings.append
    if not db_path.exists():
        add(Finding("error", f"找不到数据库文件：{db_path.name}", f"Database file not found: {db_path}", check="open"))
        return report
    try:
        conn = sqlcipher.connect(str(db_path), isolation_level=None, check_same_thread=False)
        conn.execute(key_pragma(raw_key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlcipher.Error as exc:
        add(Finding("error", "无法打开数据库文件。", f"The database file cannot be opened ({exc}).", check="open"))
        return report
    try:
        bad_pages = _check_pages(conn, add)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            if bad_pages:
                pass  # already named by the page check
            elif "not a database" in str(exc) and not key_known_good:
                add(Finding("error", "密钥不能解开这个数据库。", "The key does not open this database.", check="open"))
            elif "not a database" in str(exc):
                add(Finding("error", "数据库文件头无法解密：文件被改动、替换或已损坏，请从备份恢复。",
                            f"The database header cannot be decrypted ({exc}); restore from a backup.", check="open"))
            else:
                add(_damaged("open", "读取数据库", "Reading the database", exc))
            return report
        # SQLite's own structure check
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                lines = [ln for p in problems for ln in p.splitlines() if ln.strip() and not ln.startswith("***")]
                pages = sorted({int(x) for ln in lines for x in _PAGE_RE.findall(ln)})
                where = f"，涉及第{_page_list([str(p) for p in pages])}" if pages else ""
                add(Finding("error", f"数据库内部结构检查发现{len(lines)}处问题{where}，请从备份恢复。",
                            f"integrity_check found {len(lines)} problem(s): {'; '.join(lines[:3])}",
                            check="integrity"))
        except sqlcipher.DatabaseError as exc:
            add(_damaged("integrity", "数据库内部结构检查", "integrity_check", exc))
        # schema revision
        try:
            revision = _revision(conn)
            report.schema_revision = revision
            head = schema.head_revision()
            if revision != head:
                if revision is not None and revision not in schema.known_revisions():
                    add(Finding("error", f"案件库的数据结构版本 {revision} 比本程序新，请升级程序。",
                                f"The schema revision {revision} is newer than this program.", check="schema"))
                elif require_head_revision:
                    add(Finding("error", f"案件库的数据结构版本为 {revision or '无'}，应为 {head}。",
                                f"The schema revision is {revision or 'none'}, expected {head}.", check="schema"))
        except sqlcipher.DatabaseError as exc:
            add(_damaged("schema", "读取数据结构版本", "Reading the schema revision", exc))
        try:
            report.case_count = _case_count(conn)
        except sqlcipher.DatabaseError as exc:
            add(_damaged("cases", "统计案件", "Counting the cases", exc))
        # the audit chain
        try:
            meta_head = _parse_head(dict(conn.execute("SELECT key, value FROM book_meta")).get("audit_head"))
        except (sqlcipher.DatabaseError, ValueError) as exc:
            add(Finding("error", "无法读取审计链头（元数据已损坏）。", f"The audit chain head cannot be read ({exc}).",
                        check="audit"))
            return report
        if expected_head != "meta" and meta_head != expected_head:
            add(Finding("error", "案件库记录的审计链头与备份文件头不一致。",
                        "The audit chain head in the database differs from the backup header.", check="audit"))
        head_to_check = meta_head if expected_head == "meta" else expected_head
        rows = 0

        def counted() -> Iterator[AuditEntry]:
            nonlocal rows
            for e in _audit_entries(conn):
                rows += 1
                yield e

        try:
            for p in verify_chain(counted(), head_to_check):  # type: ignore[arg-type]
                add(Finding("error", p.zh, p.en, row_id=p.row_id, check="audit"))
            report.audit_rows = rows
        except sqlcipher.DatabaseError as exc:
            add(Finding("error", f"审计记录读到第{rows}条后无法继续：数据库已损坏，请从备份恢复。",
                        f"The audit rows cannot be read past row {rows} ({exc}).", check="audit"))
    finally:
        conn.close()
    return report


def verify_book(book, progress: Progress | None = None) -> VerifyReport:  # noqa: ANN001 - storage.book.Book
    """Check an open book: page HMACs, SQLite structure, schema revision, audit chain, key file, and
    every evidence file (exists, decrypts, matches its SHA-256; files that belong to no item).

    ``progress(done_bytes, total_bytes)`` follows the evidence check; returning False cancels it
    (:class:`OperationCancelled`).
    """
    report = _check_database(book.paths.db_path, db_key(book.master_key))
    try:
        keyfile = KeyFile.load(book.paths.key_path)
        current = keyfile.slots.get("current", {}).get("key_id")
        if keyfile.book_id != book.book_id:
            report.findings.append(Finding("error", "密钥文件属于另一个案件库。",
                                           "The key file belongs to another case book.", check="keyfile"))
        elif current != key_id(book.master_key) and keyfile.slots.get("pending", {}).get("key_id") != key_id(
                book.master_key):
            report.findings.append(Finding("warning", "密钥文件中的口令保护密钥与当前密钥不符：请重新设置口令。",
                                           "The key file does not hold the current key; set the passphrase again.",
                                           check="keyfile"))
    except BookError as exc:
        report.findings.append(Finding("error", exc.zh, exc.en, check="keyfile"))
    _check_vault(book, report, progress)
    return report


_EVIDENCE_SQL = ("SELECT e.id, e.uid, e.case_id, c.number, e.number, e.title, e.size, e.sha256, e.wrapped_dek, "
                 "e.dek_key_id, e.wrapped_dek_next, e.dek_next_key_id, e.format_version "
                 "FROM evidence_items e LEFT JOIN cases c ON c.id = e.case_id ORDER BY e.id")


def _check_vault(book, report: VerifyReport, progress: Progress | None) -> None:  # noqa: ANN001
    """Each registered item's file, then files that no item owns; damage to one item spares the others."""
    add = report.findings.append
    try:
        conn = sqlcipher.connect(str(book.paths.db_path), isolation_level=None, check_same_thread=False)
    except sqlcipher.Error:
        return  # already reported by the database check
    try:
        conn.execute(key_pragma(db_key(book.master_key)))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'evidence_items'"
                            ).fetchone() is None:
                return  # a book from before the vault
            rows = conn.execute(_EVIDENCE_SQL).fetchall()
        except sqlcipher.DatabaseError as exc:
            if report.ok:
                add(_damaged("vault", "读取证据登记", "Reading the evidence register", exc))
            return
    finally:
        conn.close()
    vault = Vault(book)
    total = sum(int(r[6]) for r in rows)
    done = 0
    _check_progress(progress, done, total)
    for (item_id, uid, case_id, case_number, number, title, size, sha, w, kid, wn, kidn, version) in rows:
        wraps = ((kid, bytes(w)),) + (((kidn, bytes(wn)),) if wn is not None and kidn else ())
        file = EvidenceFile(uid=uid, case_id=case_id, size=int(size), sha256=sha, wrapped_keys=wraps,
                            format_version=int(version), item_id=item_id)
        base = done
        try:
            result = vault.check_item(file, progress=None if progress is None else
                                      (lambda d, _t, base=base: progress(base + d, total)))
        except ValueError as exc:  # a uid that is not ours: the row itself was tampered with
            result = None
            add(Finding("error", f"案件 {case_number or case_id} 的证据{number}“{title}”：登记的文件编号无效。",
                        f"Case {case_number or case_id}, evidence {number} \"{title}\": invalid file id ({exc}).",
                        check="vault", evidence_id=item_id))
        done = base + int(size)
        if result is not None and not result.ok:
            add(Finding("error", f"案件 {case_number or case_id} 的证据{number}“{title}”：{result.zh}",
                        f"Case {case_number or case_id}, evidence {number} \"{title}\": {result.en}"
                        + (f" ({result.detail})" if result.detail else ""),
                        check="vault", evidence_id=item_id))
        _check_progress(progress, done, total)
    strays = vault.stray_files({r[1] for r in rows})
    for kind, zh, en in _STRAY_TEXT:
        found = [s.relative for s in strays if s.kind == kind]
        if found:
            names = "、".join(found[:5]) + (f"等{len(found)}个文件" if len(found) > 5 else "")
            add(Finding("warning", f"{zh}：{names}", f"{en}: {', '.join(found[:20])}", check="vault"))


_STRAY_TEXT = (
    ("orphan", "证据库中有不属于任何证据的加密文件（中断的添加留下的，密钥未保存，无法解密，可以删除）",
     "Encrypted files in the evidence vault belong to no item (left by an interrupted add; their key was never "
     "saved, they cannot be decrypted and may be removed)"),
    ("temp", "证据库中有中断的添加留下的临时文件（已加密，可以删除）",
     "Temporary files left in the evidence vault by an interrupted add (encrypted; they may be removed)"),
    ("unknown", "证据库文件夹中有不属于证据库的文件", "Files in the evidence vault folder that are not vault files"),
)


# --------------------------------------------------------------------------- backup


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
    output.parent.mkdir(parents=True, exist_ok=True)
    raw_key = db_key(book.master_key)
    tmp_db = output.with_name(f".{output.name}.db-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        _check_progress(progress, 0, 0)
        # 1. consistent encrypted copy of the database
        src = connect_raw(book.paths.db_path, raw_key)
        try:
            dst = _open_keyed(tmp_db, raw_key)
            try:
                src.backup(dst)  # pages=-1: one step, one read transaction on the source
                revision, case_count, head, meta = _db_facts(dst)
            finally:
                dst.close()
        except sqlcipher.DatabaseError as exc:
            raise BookError("无法复制案件库（可能已损坏或磁盘已满），备份未完成。",
                            "The case book could not be copied (damaged, or the disk is full); no backup was written.",
                            detail=str(exc)) from None
        finally:
            src.close()
        if meta.get("book_id", book.book_id) != book.book_id:
            raise BookError("案件库的编号与密钥文件不符，备份未完成。", "The book id does not match its key file.")
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
        header_obj = {
            "format": ARCHIVE_FORMAT, "version": ARCHIVE_VERSION, "book_id": book.book_id,
            "created_at": created.isoformat(), "app_version": __version__, "schema_revision": revision,
            "case_count": case_count, "audit_head": _audit_head_json(head), "key_id": key_id(book.master_key),
            "keyfile": keyfile_obj,
            "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in members],
        }
        header_bytes = json.dumps(header_obj, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode("ascii")
        prefix = _PREFIX.pack(ARCHIVE_MAGIC, ARCHIVE_VERSION, len(header_bytes)) + header_bytes
        # 3. the archive: prefix, then the members through one authenticated stream
        done = 0
        _check_progress(progress, done, total)
        with _atomic_output(output) as raw_out:
            out = _HashingWriter(raw_out)
            out.write(prefix)
            writer = StreamWriter(out, derive_key(book.master_key, BACKUP_KEY_LABEL), prefix)  # type: ignore[arg-type]
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
        return BackupInfo(path=output, size_bytes=out.size, sha256=out.h.hexdigest(), created_at=created,
                          book_id=book.book_id, case_count=case_count, audit_head=head, schema_revision=revision,
                          key_id=key_id(book.master_key), member_count=len(members))
    except OSError as exc:
        raise BookError(f"无法写入备份文件：{output}（{exc.strerror or exc}）。备份未完成。",
                        f"Cannot write the backup file {output}: {exc}. No backup was written.",
                        detail=str(exc)) from None
    finally:
        _remove_db_files(tmp_db)


# --------------------------------------------------------------------------- reading archives


def read_backup_header(path: Path) -> BackupHeader:
    """The archive's plain header (no key needed); refuses anything that is not a backup of ours."""
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
        members = tuple(BackupMember(str(m["name"]), int(m["size"]), str(m["sha256"])) for m in obj["members"])
        created = datetime.fromisoformat(obj["created_at"])
        head = _parse_head(obj.get("audit_head"))
        result = BackupHeader(
            format_version=version, book_id=str(obj["book_id"]), created_at=created,
            app_version=str(obj.get("app_version", "")), schema_revision=obj.get("schema_revision"),
            case_count=int(obj["case_count"]), audit_head=head, key_id=str(obj["key_id"]),
            keyfile=dict(obj["keyfile"]), members=members, prefix=start + header_bytes)
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


# --------------------------------------------------------------------------- restore


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


# --------------------------------------------------------------------------- automatic backups


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
    info = backup_book(book, output, progress)
    _remove_stale_temp_files(folder, book.book_id)
    for old in list_backups(folder, book.book_id)[:-keep]:
        if old != output:
            try:
                old.unlink()
            except OSError:
                pass  # a file we cannot remove stays; the next run tries again
    return info
