"""The only place that opens SQLCipher connections.

Each new connection is keyed with the raw 256-bit key (no per-connection KDF), then set to
WAL, synchronous=FULL, foreign keys on, a busy timeout, in-memory temp storage and quiet
SQLCipher logging. Write transactions start with BEGIN IMMEDIATE so the audit chain is
extended by one writer at a time.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from mediation_desk.domain.errors import BookError, WrongKey

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
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongKey("密钥与案件库不符，无法打开。案件库文件未被改动。",
                           "The key does not open this case book. The file was not changed.") from None
        raise BookError("案件库文件已损坏，无法打开。请运行“校验”并从备份恢复。",
                        "The case book is damaged. Run verify and restore from a backup.", detail=str(exc)) from None
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def create_book_engine(db_path: Path, raw_key: bytes, *, create: bool = False) -> Engine:
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
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
