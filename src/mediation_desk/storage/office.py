"""The office edition: a case book in a PostgreSQL database, shared by the desks of an organisation.

A book is either a local SQLCipher folder (``storage.book``) or a PostgreSQL URL (here). Both give
the same ``uow`` (``SqlUnitOfWork``), so services, the UI and the documents do not know which.
The URL names host, port, database and user, and may carry libpq's TLS settings (``sslmode``,
``sslrootcert``); it never carries the password, which comes from the keyring, a prompt or an
environment variable (``cli.common``). What an office book does not have yet (evidence files,
backups, hand-off signing keys, the organisation's key for encrypting ID and phone numbers) is
refused with :class:`NotInOfficeEdition`, naming it; docs/architecture.md, "Two stores", lists it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import timezone
from typing import Any
from collections.abc import Callable

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from mediation_desk.domain import clock
from mediation_desk.domain.errors import BookError, BookNewerThanApp
from mediation_desk.storage import orm, schema
from mediation_desk.storage.office_tls import apply_tls_policy, tls_error
from mediation_desk.storage.unit_of_work import SqlUnitOfWork

APPLICATION_NAME = "mediation-desk"
POOL_SIZE = 5  # one desk: the UI's database worker, the search worker and a report at once
MAX_OVERFLOW = 5
POOL_RECYCLE_S = 1800  # a connection a firewall may have dropped silently is replaced
CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 60_000
LOCK_TIMEOUT_MS = 15_000  # as long as the single-PC book's busy timeout
# The planner's default (4.0) prices a random read as a spinning disk's; a server's SSD or a cached
# book reads at nearly sequential cost. With 4.0 the planner reads the search table by a sequential
# scan (which also fetches every case's out-of-line tokens, a cost it does not count) where the GIN
# index answers in a tenth of the time (docs/architecture.md, "Search on PostgreSQL").
RANDOM_PAGE_COST = 1.1


class NotInOfficeEdition(BookError):
    """Something the single-PC book has and the office edition does not have yet."""

    def __init__(self, what_zh: str, what_en: str) -> None:
        super().__init__(f"服务器版案件库暂不支持{what_zh}（后续版本提供）。",
                         f"The office edition does not support {what_en} yet.")


class WrongDbPassword(BookError):
    """The server refused the user name or the password."""


def is_database_url(value: str | None) -> bool:
    return bool(value) and str(value).split(":", 1)[0].lower() in ("postgresql", "postgres", "postgresql+psycopg")


def database_url(url: str, password: str | None = None) -> URL:
    """The SQLAlchemy URL for psycopg 3. A password written into ``url`` is refused: it would end up
    in shell histories, process lists and configuration files."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise BookError(f"数据库地址格式不正确：{url}（应为 postgresql://用户@主机:端口/数据库）",
                        f"Not a database URL: {url} (use postgresql://user@host:port/database)") from None
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise BookError(f"只支持 PostgreSQL 数据库地址：{url}", f"Only PostgreSQL URLs are supported: {url}")
    if parsed.password is not None:
        raise BookError("数据库地址中不能包含密码：请用系统密钥环、提示输入或环境变量提供数据库密码。",
                        "The database URL must not contain the password: give it through the keyring, the prompt "
                        "or the environment variable.")
    if not parsed.database or not parsed.username:
        raise BookError(f"数据库地址缺少用户名或数据库名：{url}", f"The URL lacks the user or the database: {url}")
    return apply_tls_policy(parsed).set(drivername="postgresql+psycopg", password=password)


def display_url(url: URL) -> str:
    """The URL as it may be shown and logged (never a password)."""
    return url.render_as_string(hide_password=True).replace("postgresql+psycopg", "postgresql", 1)


def create_office_engine(url: URL) -> Engine:
    """A pooled engine: pre-ping (a desk's connection that died overnight is replaced, not reported),
    UTC sessions, timeouts so a desk never waits forever on a lock or a lost server."""
    engine = create_engine(
        url,
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
        pool_pre_ping=True,
        pool_recycle=POOL_RECYCLE_S,
        hide_parameters=True,  # a failing statement's parameters (names, ID numbers) never reach a log
        connect_args={"application_name": APPLICATION_NAME, "connect_timeout": CONNECT_TIMEOUT_S},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")
            cur.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
            cur.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
            cur.execute(f"SET random_page_cost = {RANDOM_PAGE_COST}")
        dbapi_conn.commit()

    return engine


def _connect_error(url: URL, exc: DBAPIError) -> BookError:
    text_ = str(exc.orig) if exc.orig is not None else str(exc)
    where = display_url(url)
    refused = tls_error(f"{url.host or ''}:{url.port or 5432}", text_)
    if refused is not None:
        return refused
    if "password authentication failed" in text_ or "no password supplied" in text_:
        return WrongDbPassword(f"无法登录数据库 {url.host}/{url.database}：用户名或密码不正确。",
                               f"Cannot log in to {url.host}/{url.database}: wrong user or password.")
    if "does not exist" in text_ and "database" in text_:
        return BookError(f"数据库不存在：{where}", f"No such database: {where}")
    return BookError(f"无法连接数据库 {where}，请检查地址、网络和服务器状态。",
                     f"Cannot connect to {where}; check the address, the network and the server.",
                     detail=type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__)


@dataclass
class OfficeBook:
    """An open office book. Same ``uow``, ``book_id``, ``notices`` and ``close()`` as ``storage.book.Book``."""

    url: URL
    engine: Engine
    book_id: str
    notices: list[str] = field(default_factory=list)
    upgraded_from: str | None = None
    pre_upgrade_backup: None = None
    damaged: bool = False
    lock: None = None
    is_demo: bool = False

    @property
    def location(self) -> str:
        return display_url(self.url)

    @property
    def uow(self) -> SqlUnitOfWork:
        if not hasattr(self, "_uow"):
            self._uow = SqlUnitOfWork(self.engine)
        return self._uow

    @property
    def paths(self) -> Any:
        raise NotInOfficeEdition("证据文件、备份与日志文件夹", "evidence files, backups and the book's folder")

    @property
    def master_key(self) -> bytes:
        raise NotInOfficeEdition("机构密钥（证据文件、移交包签名、身份证号与电话的加密）",
                                 "the organisation's key (evidence files, hand-off signing, encrypted ID and phone "
                                 "numbers)")

    def derived_key(self, label: str) -> bytes:
        return self.master_key

    def guard(self) -> None:
        """Nothing to check: the server keeps the book; a replaced folder cannot happen."""

    def watch_changes(self, on_change: Callable[[], None]) -> Any:
        """Call ``on_change()`` (from a background thread) whenever another desk commits a change
        (``storage.office_changes``); stopped by ``close()``. Returns the listener."""
        from mediation_desk.storage.office_changes import ChangeListener

        listener = ChangeListener(self.url, on_change, ignore_origin=self.uow.origin).start()
        self.__dict__.setdefault("_listeners", []).append(listener)
        return listener

    def close(self) -> None:
        for listener in self.__dict__.pop("_listeners", []):
            listener.stop()
        self.engine.dispose()


# Held (session-level) while the schema is created or upgraded, so two desks starting at once do not
# run the migrations twice; the revision is read again once it is held.
SCHEMA_LOCK_KEY = 0x6D64_0002  # "md", 2


def _upgrade_locked(engine: Engine, expect: str | None) -> bool:
    """Upgrade to the newest revision unless another desk already did; True when this call upgraded."""
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": SCHEMA_LOCK_KEY})
        conn.commit()
        try:
            found = schema.current_revision(conn)
            if found != expect:
                return False
            try:
                schema.upgrade(conn)
                conn.commit()
            except BaseException:
                conn.rollback()
                if expect is None:  # a new book: what the revisions before the failing one made goes too
                    with conn.begin():
                        _drop_schema(conn)
                raise
            return True
        finally:
            conn.rollback()
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": SCHEMA_LOCK_KEY})
            conn.commit()


def _revision(engine: Engine, url: URL) -> str | None:
    try:
        with engine.connect() as conn:
            return schema.current_revision(conn)
    except DBAPIError as exc:
        low = str(exc).lower()
        if exc.connection_invalidated or "connect" in low or "authentication" in low or "ssl" in low \
                or "certificate" in low:
            raise _connect_error(url, exc) from None
        raise


class OfficeBookExists(BookError):
    """The database already holds a case book (its schema)."""


def create_office_book(url: str, password: str | None) -> OfficeBook:
    """A new book in an empty database: the schema at its newest revision and the book's id. The
    database and its owner must exist; the role of ``url`` must be allowed to create tables in it."""
    sa_url = database_url(url, password)
    engine = create_office_engine(sa_url)
    try:
        return create_on_engine(engine, sa_url)
    except BaseException:
        engine.dispose()
        raise


def create_on_engine(engine: Engine, sa_url: URL) -> OfficeBook:
    """``create_office_book`` on an engine made by the caller (``office_setup`` runs it as the owner)."""
    if _revision(engine, sa_url) is not None or not _upgrade_locked(engine, None):
        raise OfficeBookExists(f"此数据库中已有案件库：{display_url(sa_url)}",
                               f"A case book already exists in {display_url(sa_url)}")
    book = OfficeBook(url=sa_url, engine=engine, book_id=str(uuid.uuid4()))
    try:
        with engine.begin() as conn:
            now = clock.now().astimezone(timezone.utc).isoformat(timespec="seconds")
            conn.execute(orm.BookMeta.__table__.insert(), [{"key": "book_id", "value": book.book_id},
                                                           {"key": "created_at", "value": now},
                                                           {"key": "store", "value": "postgresql"}])
    except BaseException:
        discard_office_book(book)  # the schema this call made, so the database is empty again
        raise
    return book


def upgrade_on_engine(engine: Engine, sa_url: URL) -> str | None:
    """Bring an existing book to the newest revision; the revision it had when older, else None."""
    rev = _revision(engine, sa_url)
    if rev is None or rev == schema.head_revision():
        return None
    _check_known(rev)
    return rev if _upgrade_locked(engine, rev) else None


def _check_known(rev: str) -> None:
    if rev not in schema.known_revisions():
        head = schema.head_revision()
        raise BookNewerThanApp(
            f"此案件库由更新版本的程序创建（数据结构版本 {rev}），本程序只认识到版本 {head}。请先升级程序，案件库未被改动。",
            f"This case book was written by a newer version (schema {rev}); this program knows up to "
            f"{head}. Upgrade the program; the book was not changed.")


def _may_upgrade(engine: Engine) -> bool:
    """Whether the connected role may create tables (the owner may; the desks' role may not)."""
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT has_schema_privilege(current_user, current_schema(), 'CREATE')"))
                    .scalar())


def open_office_book(url: str, password: str | None, *, upgrade: bool = True) -> OfficeBook:
    """Connect, check the schema revision and bring it to the newest. Each revision is one transaction
    (PostgreSQL runs DDL in transactions): an upgrade that fails leaves the book at the last revision
    that completed, which the next open continues from."""
    sa_url = database_url(url, password)
    engine = create_office_engine(sa_url)
    try:
        rev = _revision(engine, sa_url)
        if rev is None:
            raise BookError(f"此数据库中没有案件库：{display_url(sa_url)}（先运行 init 或 demo）",
                            f"No case book in {display_url(sa_url)} (run init or demo first)")
        head = schema.head_revision()
        upgraded_from = None
        if rev != head:
            _check_known(rev)
            if upgrade and not _may_upgrade(engine):
                raise BookError(f"服务器上的案件库（数据结构版本 {rev}）需要升级到 {head}：请服务器管理员运行 "
                                f"mediation-desk office setup 完成升级后再连接。",
                                f"The office book (schema {rev}) must be upgraded to {head}: the server's "
                                f"administrator runs mediation-desk office setup, then connect again.")
            if not upgrade:
                raise BookError(f"案件库的数据结构版本 {rev} 较旧，需要升级到 {head}。",
                                f"The case book's schema {rev} is older than {head} and must be upgraded.")
            if _upgrade_locked(engine, rev):
                upgraded_from = rev
        with engine.connect() as conn:
            book_id = conn.execute(select(orm.BookMeta.value).where(orm.BookMeta.key == "book_id")).scalar()
    except BaseException:
        engine.dispose()
        raise
    return OfficeBook(url=sa_url, engine=engine, book_id=str(book_id or ""), upgraded_from=upgraded_from)


def discard_office_book(book: OfficeBook) -> None:
    """Drop what ``create_office_book`` made, so a creation that failed half-way leaves the database empty."""
    with book.engine.begin() as conn:
        _drop_schema(conn)


def _drop_schema(conn: Connection) -> None:
    # case_search (revision 0023) is not in the ORM's metadata and refers to cases: it goes first.
    conn.execute(text("DROP TABLE IF EXISTS case_search"))
    orm.Base.metadata.drop_all(conn)
    conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
