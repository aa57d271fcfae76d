"""``mediation-desk office setup`` against the throw-away server: one command makes the database, the
owner role (no log-in), the desks' role (not the owner, rows only), the grants and pg_trgm, runs the
migrations as the owner, and prints what the desks are given; run again it changes nothing; the desks'
role then sets up the organisation and works on the book."""

from __future__ import annotations

import secrets

import pytest

from mediation_desk import cli
from mediation_desk.cli.office import ADMIN_PASSWORD_ENV, APP_PASSWORD_ENV
from mediation_desk.config import DB_PASSWORD_ENV, PASSWORD_ENV
from mediation_desk.storage import schema
from tests.support.pg_server import SUPERUSER


@pytest.fixture
def prepared(pg_server, monkeypatch):  # noqa: ANN001, ANN201
    name = f"office_{secrets.token_hex(3)}"
    desk_pw = secrets.token_urlsafe(12)
    monkeypatch.setenv(ADMIN_PASSWORD_ENV, pg_server.passwords[SUPERUSER])
    monkeypatch.setenv(APP_PASSWORD_ENV, desk_pw)
    monkeypatch.setenv("MEDIATION_DESK_LANG", "zh")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield pg_server, name, desk_pw
    pg_server.drop_database(name)
    for role in (f"{name}_desk", f"{name}_owner"):
        pg_server.sql(f'DROP ROLE IF EXISTS "{role}"')


def _setup(server, name: str) -> int:  # noqa: ANN001
    return cli.main(["office", "setup", "--admin-url", server.url("postgres", SUPERUSER), "--database", name])


def test_one_command_prepares_the_database_and_its_roles(prepared, capsys, monkeypatch) -> None:  # noqa: ANN001
    server, name, desk_pw = prepared
    assert _setup(server, name) == 0
    out = capsys.readouterr().out
    assert "已准备好服务器版案件库" in out
    assert f"postgresql://{name}_desk@127.0.0.1:{server.port}/{name}?sslmode=verify-full&sslrootcert=<CA>" in out
    assert desk_pw not in out and server.passwords[SUPERUSER] not in out

    owner, desk = f"{name}_owner", f"{name}_desk"
    roles = dict(server.sql(f"SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname IN ('{owner}', '{desk}')"))
    assert roles == {owner: False, desk: True}
    assert server.sql(f"SELECT pg_get_userbyid(datdba), datcollate FROM pg_database WHERE datname = '{name}'") == [
        (owner, "C.UTF-8")]
    tables = server.sql("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'", database=name)
    assert len(tables) > 20 and {o for _, o in tables} == {owner}
    assert server.sql("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'", database=name) == [("pg_trgm",)]
    assert server.sql(f"SELECT has_table_privilege('{desk}', 'cases', 'SELECT,INSERT,UPDATE,DELETE'), "
                      f"has_table_privilege('{desk}', 'cases', 'TRUNCATE'), "
                      f"has_table_privilege('{desk}', 'alembic_version', 'UPDATE'), "
                      f"has_schema_privilege('{desk}', 'public', 'CREATE'), "
                      f"has_database_privilege('public', '{name}', 'CONNECT')", database=name) == [
        (True, False, False, False, False)]

    # the desks' role: the organisation and its administrator, then the book is verified
    url = server.url(name, desk)
    monkeypatch.setenv(DB_PASSWORD_ENV, desk_pw)
    monkeypatch.setenv(PASSWORD_ENV, "admin-password-1")
    assert cli.main(["init", "--database", url, "--org-name", "南昌市新业态劳动争议调解中心",
                     "--doc-prefix", "洪新调字"]) == 0
    assert cli.main(["init", "--database", url, "--org-name", "另一个机构", "--doc-prefix", "洪另调字"]) == 1
    assert "已有案件库" in capsys.readouterr().err
    assert cli.main(["verify", "--database", url]) == 0
    assert "校验通过" in capsys.readouterr().out
    import psycopg

    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the desks cannot change the tables' structure
        with psycopg.connect(host=server.host, port=server.port, dbname=name, user=desk, password=desk_pw) as conn:
            conn.execute("DROP TABLE audit_log")

    # again: nothing to create, the schema is the newest; a desk's old password keeps working when none is given
    monkeypatch.delenv(APP_PASSWORD_ENV)
    assert _setup(server, name) == 0
    assert f"案件库已是最新（数据结构版本 {schema.head_revision()}）" in capsys.readouterr().out
    assert cli.main(["users", "list", "--database", url]) == 0


def test_setup_refuses_what_it_cannot_do(prepared, capsys, monkeypatch) -> None:  # noqa: ANN001
    server, name, _ = prepared
    assert cli.main(["office", "setup", "--admin-url", server.url("postgres", SUPERUSER), "--database",
                     "Bad-Name"]) == 1
    assert "只能由小写字母、数字和下划线组成" in capsys.readouterr().err
    monkeypatch.setenv(ADMIN_PASSWORD_ENV, "wrong")
    assert _setup(server, name) == 1
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert cli.main(["office", "setup", "--admin-url", "postgresql://postgres@db.office.example/postgres?sslmode=require",
                     "--database", name]) == 1
    assert "必须使用 TLS 并验证服务器证书" in capsys.readouterr().err
