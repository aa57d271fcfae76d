"""Preparing an office's PostgreSQL server for the office edition, in one command
(``mediation-desk office setup``), run by the server's administrator with a superuser's URL:

1. the owner role (``NOLOGIN``: nobody signs in as it; it only owns the tables) and the desks' role
   (``LOGIN``, its password hashed with SCRAM-SHA-256 on this PC, so the clear password never reaches the
   server's statement log);
2. the database, UTF-8 with the ``C.UTF-8`` collation, owned by the owner role; ``CONNECT`` only for
   the desks' role (revoked from ``PUBLIC``);
3. in the database: the ``pg_trgm`` extension (for the search index), no ``CREATE`` for anyone but
   the owner, default privileges so the desks' role gets ``SELECT, INSERT, UPDATE, DELETE`` on every
   table the owner makes and the use of its sequences, never ``ALTER``, ``DROP`` or ``TRUNCATE``;
4. the migrations, run as the owner (``SET ROLE``), and the book's id; on a book already there, the
   migrations up to the newest (this is also how an office upgrades its book after a new version);
5. the desks' role may read the schema revision but not change it.

Run again, it changes nothing that is already right. See the README's server section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError

from mediation_desk.domain.errors import BookError
from mediation_desk.storage import schema
from mediation_desk.storage.office import (create_office_engine, create_on_engine, database_url, display_url,
                                           upgrade_on_engine)
from mediation_desk.storage.office_tls import is_local, target_host

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
EXTENSIONS = ("pg_trgm",)


@dataclass(frozen=True)
class SetupResult:
    database: str
    owner_role: str
    app_role: str
    created_database: bool
    created_book: bool
    upgraded_from: str | None
    revision: str
    desk_url: str  # what the desks are given: no password; the CA file is theirs to name
    local_admin_host: bool


def _check_name(kind_zh: str, kind_en: str, name: str) -> str:
    if not _NAME.match(name):
        raise BookError(f"{kind_zh}名称只能由小写字母、数字和下划线组成，且不以数字开头：{name}",
                        f"The {kind_en} name may hold lower-case letters, digits and underscores only: {name}")
    return name


def _admin_engine(url: URL) -> Engine:
    return create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1, max_overflow=0, hide_parameters=True,
                         connect_args={"application_name": "mediation-desk setup", "connect_timeout": 10})


def _scram(conn: Any, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed by libpq on this PC."""
    raw = conn.connection.dbapi_connection
    return bytes(raw.pgconn.encrypt_password(password.encode("utf-8"), role.encode("utf-8"),
                                             b"scram-sha-256")).decode("ascii")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _ensure_roles(conn: Any, owner: str, app: str, app_password: str | None) -> None:
    exists = {r for (r,) in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname IN (:o, :a)"),
                                         {"o": owner, "a": app})}
    if owner not in exists:
        conn.execute(text(f'CREATE ROLE "{owner}" NOLOGIN'))
    verifier = _literal(_scram(conn, app, app_password)) if app_password else None
    if app not in exists:
        if verifier is None:
            raise BookError(f"需要为新角色 {app} 设定密码。", f"A password is needed for the new role {app}.")
        conn.exec_driver_sql(f'CREATE ROLE "{app}" LOGIN PASSWORD {verifier}')
    elif verifier is not None:
        conn.exec_driver_sql(f'ALTER ROLE "{app}" LOGIN PASSWORD {verifier}')
    superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :a"), {"a": app}).scalar()
    if superuser:
        raise BookError(f"工作站使用的角色 {app} 是超级用户，不能用作工作站角色。",
                        f"The desks' role {app} is a superuser; choose another role.")


def _ensure_database(conn: Any, name: str, owner: str, app: str) -> bool:
    found = conn.execute(text("SELECT pg_get_userbyid(datdba), pg_encoding_to_char(encoding) FROM pg_database "
                              "WHERE datname = :n"), {"n": name}).first()
    created = found is None
    if created:
        conn.execute(text(f"CREATE DATABASE \"{name}\" OWNER \"{owner}\" ENCODING 'UTF8' "
                          "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0"))
    else:
        if found[1] != "UTF8":
            raise BookError(f"数据库 {name} 的编码是 {found[1]}，案件库需要 UTF8。",
                            f"The database {name} is encoded {found[1]}; a case book needs UTF8.")
        if found[0] != owner:
            raise BookError(f"数据库 {name} 已存在，属于 {found[0]} 而不是 {owner}。",
                            f"The database {name} exists and belongs to {found[0]}, not {owner}.")
    conn.execute(text(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC'))
    conn.execute(text(f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO "{app}"'))
    return created


def _prepare_schema(conn: Any, owner: str, app: str) -> None:
    for ext in EXTENSIONS:
        conn.execute(text(f"CREATE EXTENSION IF NOT EXISTS {ext}"))
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f'ALTER SCHEMA public OWNER TO "{owner}"'))
    conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{app}"'))
    conn.execute(text(f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public '
                      f'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "{app}"'))
    conn.execute(text(f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public '
                      f'GRANT USAGE, SELECT ON SEQUENCES TO "{app}"'))


def _grant_existing(conn: Any, app: str) -> None:
    """Tables made before the default privileges (or by an older setup) get the same grants; the schema
    revision stays the owner's to change."""
    conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{app}"'))
    conn.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{app}"'))
    conn.execute(text(f'REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM "{app}"'))


def _owner_engine(url: URL, owner: str) -> Engine:
    """The migrations run as the owner: the administrator's sessions switch to it."""
    engine = create_office_engine(url)

    @event.listens_for(engine, "connect")
    def _as_owner(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute(f'SET ROLE "{owner}"')
        dbapi_conn.commit()

    return engine


def desk_url(admin: URL, database: str, app: str) -> str:
    host = admin.host or "localhost"
    port = f":{admin.port}" if admin.port else ""
    return f"postgresql://{app}@{host}{port}/{database}?sslmode=verify-full&sslrootcert=<CA>"


def setup_office(admin_url: str, admin_password: str | None, *, database: str, owner_role: str, app_role: str,
                 app_password: str | None) -> SetupResult:
    """Prepare (or bring up to date) the office book ``database`` on the server of ``admin_url``."""
    database = _check_name("数据库", "database", database)
    owner_role = _check_name("角色", "role", owner_role)
    app_role = _check_name("角色", "role", app_role)
    if owner_role == app_role:
        raise BookError("表的所有者角色与工作站角色必须不同。", "The owner role and the desks' role must differ.")
    admin = database_url(admin_url, admin_password)
    engine = _admin_engine(admin)
    try:
        with engine.connect() as conn:
            if not conn.execute(text("SELECT rolsuper OR rolcreaterole AND rolcreatedb FROM pg_roles "
                                     "WHERE rolname = current_user")).scalar():
                raise BookError("运行 office setup 需要 PostgreSQL 超级用户（或可创建角色和数据库的管理员）。",
                                "office setup needs a PostgreSQL superuser (or a role that may create roles "
                                "and databases).")
            _ensure_roles(conn, owner_role, app_role, app_password)
            created_db = _ensure_database(conn, database, owner_role, app_role)
    except DBAPIError as exc:
        from mediation_desk.storage.office import _connect_error

        raise _connect_error(admin, exc) from None
    finally:
        engine.dispose()
    in_db = admin.set(database=database)
    engine = _admin_engine(in_db)
    try:
        with engine.connect() as conn:
            _prepare_schema(conn, owner_role, app_role)
    finally:
        engine.dispose()
    owner = _owner_engine(in_db, owner_role)
    try:
        upgraded_from = upgrade_on_engine(owner, in_db)
        created_book = False
        with owner.connect() as conn:
            has_book = schema.current_revision(conn) is not None
        if not has_book:
            create_on_engine(owner, in_db)
            created_book = True
        with owner.connect() as conn:
            revision = schema.current_revision(conn) or ""
    finally:
        owner.dispose()
    engine = _admin_engine(in_db)
    try:
        with engine.connect() as conn:
            _grant_existing(conn, app_role)
    finally:
        engine.dispose()
    return SetupResult(database=database, owner_role=owner_role, app_role=app_role, created_database=created_db,
                       created_book=created_book, upgraded_from=upgraded_from, revision=revision,
                       desk_url=desk_url(admin, database, app_role),
                       local_admin_host=is_local(target_host(admin)))


__all__ = ["SetupResult", "desk_url", "display_url", "setup_office"]
