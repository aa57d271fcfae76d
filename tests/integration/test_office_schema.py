"""One Alembic history for both stores: every revision runs on PostgreSQL as on SQLite, and the
result matches the ORM's metadata on each (the check ``test_vault.test_migrations_match_the_orm``
makes on a single-PC book, here over both stores)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from mediation_desk.storage import orm, schema
from mediation_desk.storage.office import create_office_engine, database_url
from tests.support.pg_server import APP, OWNER


def _search_tables(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    return not (type_ == "table" and name and name.startswith(("case_fts", "case_grams", "case_search")))


def _order(graph: dict[str, str | None]) -> list[str]:
    by_parent = {down: rev for rev, down in graph.items()}
    out, cur = [], by_parent.get(None)
    while cur is not None:
        out.append(cur)
        cur = by_parent.get(cur)
    return out


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_store(request, tmp_path) -> Iterator:  # noqa: ANN001
    """An empty database of each store, as the owner of its tables."""
    if request.param == "sqlite":
        from mediation_desk.storage.engine import create_book_engine

        path = tmp_path / "casebook.db"
        path.touch()
        engine = create_book_engine(path, b"k" * 32, create=True)
    else:
        server = request.getfixturevalue("pg_server")
        db = request.getfixturevalue("pg_database")
        engine = create_office_engine(database_url(server.url(db, OWNER), server.passwords[OWNER]))
    try:
        yield engine
    finally:
        engine.dispose()


def test_every_revision_in_turn_then_the_result_matches_the_orm(empty_store) -> None:
    revisions = _order(schema._revision_graph())
    assert revisions[0] == "0001" and revisions[-1] == schema.head_revision()
    with empty_store.connect() as conn:
        for rev in revisions:
            schema.upgrade(conn, rev)
            conn.commit()
            assert schema.current_revision(conn) == rev
        ctx = MigrationContext.configure(conn, opts={"include_object": _search_tables})
        assert compare_metadata(ctx, orm.Base.metadata) == []


def test_constraint_names_follow_the_convention_on_postgresql(pg_server, pg_database) -> None:
    """A single-column unique constraint the migrations left unnamed is called what the ORM's naming
    convention calls it, so a later migration can drop it by name on both stores."""
    engine = create_office_engine(database_url(pg_server.url(pg_database, OWNER), pg_server.passwords[OWNER]))
    try:
        with engine.connect() as conn:
            schema.upgrade(conn)
            conn.commit()
            names = {u["name"] for u in inspect(conn).get_unique_constraints("users")}
        assert "users_username_key" in names
        assert orm.Base.metadata.tables["users"].c.username.unique
        assert {c.name for c in orm.Base.metadata.tables["users"].constraints if c.name} >= {"users_username_key"}
    finally:
        engine.dispose()


def test_the_desks_role_is_not_the_owner_of_the_tables(pg_server, pg_database) -> None:
    """The role the desks connect with reads and writes rows but cannot change or drop tables
    (the ground the row-level security of the office edition will stand on)."""
    import psycopg

    engine = create_office_engine(database_url(pg_server.url(pg_database, OWNER), pg_server.passwords[OWNER]))
    try:
        with engine.connect() as conn:
            schema.upgrade(conn)
            conn.commit()
    finally:
        engine.dispose()
    owners = pg_server.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'", pg_database)
    assert owners == [(OWNER,)]
    assert pg_server.sql("SELECT count(*) FROM cases", pg_database, APP) == [(0,)]
    pg_server.sql("INSERT INTO settings (key, value) VALUES ('probe', '1')", pg_database, APP)
    for ddl in ("DROP TABLE audit_log", "ALTER TABLE cases ADD COLUMN x int", "TRUNCATE audit_log"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            pg_server.sql(ddl, pg_database, APP)


def test_an_older_office_book_is_upgraded_once_when_two_desks_open_it_at_once(pg_server, pg_database) -> None:
    import threading

    from mediation_desk.storage.office import open_office_book

    revisions = _order(schema._revision_graph())
    url, password = pg_server.url(pg_database, OWNER), pg_server.passwords[OWNER]
    engine = create_office_engine(database_url(url, password))
    try:
        with engine.connect() as conn:
            schema.upgrade(conn, revisions[-2])
            conn.commit()
    finally:
        engine.dispose()
    opened, failed = [], []

    def desk() -> None:
        try:
            opened.append(open_office_book(url, password))
        except Exception as exc:  # noqa: BLE001 - reported below
            failed.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert failed == []
        assert sorted(str(b.upgraded_from) for b in opened) == sorted([revisions[-2], "None"])
        with opened[0].engine.connect() as conn:
            assert schema.current_revision(conn) == revisions[-1]
    finally:
        for b in opened:
            b.close()


def test_urls_with_a_password_or_of_another_database_are_refused() -> None:
    from mediation_desk.domain.errors import BookError

    with pytest.raises(BookError, match="不能包含密码"):
        database_url("postgresql://desk:secret@db.example/cases")
    with pytest.raises(BookError, match="只支持 PostgreSQL"):
        database_url("mysql://desk@db.example/cases")
    with pytest.raises(BookError, match="缺少用户名或数据库名"):
        database_url("postgresql://db.example")
    url = database_url("postgresql://desk@db.example:5433/cases?sslmode=verify-full&sslrootcert=system", "pw")
    assert url.drivername == "postgresql+psycopg" and url.query["sslmode"] == "verify-full"
    from mediation_desk.storage.office import display_url

    assert "pw" not in display_url(url) and display_url(url).startswith("postgresql://desk:***@")
