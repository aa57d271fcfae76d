"""The only place that opens SQLCipher connections.

Each new connection is keyed with the raw 256-bit key (no per-connection KDF), then set to
WAL, synchronous=FULL, foreign keys on, a busy timeout, in-memory temp storage and quiet
SQLCipher logging. Write transactions start with BEGIN IMMEDIATE so the audit chain is
extended by one writer at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from mediation_desk.domain.errors import BookError, WrongKey

class BookDamaged(BookError):
    """The database file is damaged (SQLite reports a malformed or undecryptable page)."""


BUSY_TIMEOUT_MS = 15000
PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA temp_store = MEMORY",
)


def key_pragma(raw_key: bytes) -> str:
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""


def connect_raw(db_path: Path, raw_key: bytes, *, create: bool = False) -> sqlcipher.Connection:
    """A plain DB-API connection, keyed and checked. Never creates a file unless ``create``."""
    if not create and not db_path.exists():
        raise BookError(f"找不到案件库文件：{db_path}", f"Case book not found: {db_path}")
    conn = sqlcipher.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(key_pragma(raw_key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise open_failure(db_path, raw_key, exc) from None
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


PAGE_SIZE = 4096
_PAGE_RE = re.compile(r"page (\d+)")


def diagnose(db_path: Path, raw_key: bytes) -> tuple[str, list[int]]:
    """Why a keyed database does not open: ("truncated", []), ("wrong_key", []) when no page's HMAC
    checks (the key is not this file's), or ("damaged", pages) naming the pages that fail."""
    try:
        size = db_path.stat().st_size
    except OSError:
        return "damaged", []
    if size == 0 or size % PAGE_SIZE:
        return "truncated", []
    pages = size // PAGE_SIZE
    bad: set[int] = set()
    short = False
    try:
        conn = sqlcipher.connect(str(db_path), isolation_level=None, check_same_thread=False)
        try:
            conn.execute(key_pragma(raw_key))
            conn.execute("PRAGMA cipher_log_level = NONE")
            for (msg,) in conn.execute("PRAGMA cipher_integrity_check"):
                m = _PAGE_RE.search(str(msg))
                if m and "hmac" in str(msg).lower():
                    bad.add(int(m.group(1)))
                elif "size" in str(msg).lower():
                    short = True
        finally:
            conn.close()
    except sqlcipher.DatabaseError:
        return "damaged", []
    if short:
        return "truncated", sorted(bad)
    if pages > 1 and len(bad) >= pages:
        return "wrong_key", []
    if not bad and pages <= 1:
        return "wrong_key", []
    return "damaged", sorted(bad)


def open_failure(db_path: Path, raw_key: bytes, exc: Exception) -> BookError:
    """The error for a database that does not open with a key: wrong key, truncated file or damaged pages."""
    kind, pages = diagnose(db_path, raw_key)
    if kind == "wrong_key" and ("not a database" in str(exc) or "encrypted" in str(exc)):
        return WrongKey("密钥与案件库不符，无法打开。案件库文件未被改动。",
                        "The key does not open this case book. The file was not changed.")
    if kind == "truncated":
        return BookDamaged("案件库文件不完整（文件被截断），无法打开。请运行“校验”查看详情，并从备份恢复。",
                           "The case book file is truncated and cannot be opened. Run verify for details and "
                           "restore from a backup.", detail=str(exc))
    where_zh = f"第{'、'.join(str(p) for p in pages[:5])}页" if pages else "文件"
    where_en = f"page(s) {', '.join(str(p) for p in pages[:20])}" if pages else "the file"
    return BookDamaged(f"案件库文件已损坏（{where_zh}的加密校验失败），无法打开。密钥文件与口令都没有问题。"
                       "请运行“校验”查看详情，并从备份恢复。",
                       f"The case book file is damaged ({where_en} failed the encryption check) and cannot be "
                       "opened; the key file and passphrase are fine. Run verify for details and restore from a "
                       "backup.", detail=str(exc))


def create_book_engine(db_path: Path, raw_key: bytes, *, create: bool = False,
                       guard: Callable[[], None] | None = None) -> Engine:
    """The book's engine. ``guard`` runs before every transaction and raises to stop it (a book that was
    replaced under this program); damage found while reading becomes a :class:`BookDamaged` with its
    own message instead of a raw database error."""
    # Fail early, before SQLAlchemy builds a pool, with a clear message.
    connect_raw(db_path, raw_key, create=create).close()

    engine = create_engine(
        f"sqlite:///{db_path}",
        module=sqlcipher,
        connect_args={"check_same_thread": False, "isolation_level": None},
        pool_pre_ping=False,
        hide_parameters=True,  # a failing statement's parameters (names, ID numbers) never reach a log
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute(key_pragma(raw_key))
        for pragma in PRAGMAS:
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        if guard is not None:
            guard()
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(ctx):  # noqa: ANN001
        damaged = damage_error(ctx.original_exception)
        if damaged is not None:
            raise damaged from None

    return engine


_DAMAGE_MARKERS = ("malformed", "not a database", "hmac", "database disk image", "corrupt")


def damage_error(exc: BaseException | None) -> BookError | None:
    """A clear error for a database error that means the file is damaged; None for other errors."""
    if not isinstance(exc, sqlcipher.DatabaseError) or isinstance(exc, sqlcipher.IntegrityError):
        return None
    text = str(exc).lower()
    if not any(m in text for m in _DAMAGE_MARKERS):
        return None
    return BookDamaged("案件库文件已损坏，这部分数据无法读取。没有保存任何改动。请在“设置”中运行“校验”查看损坏范围，并从备份恢复。",
                       "The case book file is damaged and this data cannot be read. Nothing was saved. Run verify "
                       "(Settings) to see what is damaged, and restore from a backup.", detail=str(exc))

