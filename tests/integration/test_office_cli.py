"""The office edition through the command line: ``init``, ``demo``, ``verify``, ``users`` and
``report`` with ``--database URL`` against the throw-away PostgreSQL server of the test session,
the password from the environment (never the command line or the URL)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediation_desk import cli
from mediation_desk.config import DB_PASSWORD_ENV, PASSPHRASE_ENV
from tests.support.clock import TODAY
from tests.support.pg_server import APP, OWNER


@pytest.fixture
def office(pg_server, pg_database, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv(DB_PASSWORD_ENV, pg_server.passwords[OWNER])
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("MEDIATION_DESK_LANG", "zh")
    return pg_server, pg_database


def _report(where: list[str], out: Path, start: str, end: str, kind: str = "disputes") -> dict:
    assert cli.main(["report", kind, *where, "--from", start, "--to", end, "--format", "json",
                     "--output", str(out)]) == 0
    return json.loads(out.read_text("utf-8"))


def test_demo_on_postgresql_reports_the_same_figures_as_on_a_single_pc_book(office, tmp_path, monkeypatch, capsys):
    server, db = office
    url = server.url(db, OWNER)
    assert cli.main(["demo", "--database", url, "--cases", "12"]) == 0
    assert "已在数据库中创建演示案件库" in capsys.readouterr().out
    data_dir = tmp_path / "book"
    assert cli.main(["demo", "--data-dir", str(data_dir), "--cases", "12"]) == 0
    monkeypatch.setenv(PASSPHRASE_ENV, "demo-passphrase")
    start, end = f"{TODAY.year - 1}-01-01", TODAY.isoformat()
    on_pg = _report(["--database", url], tmp_path / "pg.json", start, end)
    on_sqlite = _report(["--data-dir", str(data_dir)], tmp_path / "sqlite.json", start, end)
    assert on_pg == on_sqlite
    received = {i["key"]: i["value"] for i in on_pg["tables"][0]["indicators"]}["received"]
    assert received and int(received) > 0  # the demo's cases are counted, not two empty tables
    assert all(t["passed"] for t in on_pg["tables"])
    platforms = _report(["--database", url], tmp_path / "pg-p.json", start, end, "platforms")
    assert platforms == _report(["--data-dir", str(data_dir)], tmp_path / "sqlite-p.json", start, end, "platforms")

    # the desks' role (not the owner of the tables) reads and verifies the same book
    monkeypatch.setenv(DB_PASSWORD_ENV, server.passwords[APP])
    assert cli.main(["verify", "--database", server.url(db, APP)]) == 0
    assert "校验通过" in capsys.readouterr().out
    assert cli.main(["users", "list", "--database", server.url(db, APP)]) == 0
    assert "mediator" in capsys.readouterr().out


def test_init_users_and_verify(office, monkeypatch, capsys):
    server, db = office
    url = server.url(db, OWNER)
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", "admin-password-1")
    assert cli.main(["init", "--database", url, "--org-name", "南昌市青山湖区劳动争议调解中心",
                     "--doc-prefix", "洪青调字", "--admin-user", "chief", "--admin-name", "熊主任"]) == 0
    assert "已在数据库中创建案件库" in capsys.readouterr().out
    assert cli.main(["users", "add", "wu", "--name", "吴建平", "--role", "mediator", "--database", url]) == 0
    capsys.readouterr()
    assert cli.main(["users", "list", "--database", url]) == 0
    listed = capsys.readouterr().out
    assert "chief\t熊主任" in listed and "wu\t吴建平" in listed
    assert cli.main(["verify", "--database", url]) == 0
    assert "审计链（" in capsys.readouterr().out
    # a second init into the same database is refused, the book untouched
    assert cli.main(["init", "--database", url, "--org-name", "南昌市东湖区劳动争议调解中心", "--doc-prefix", "洪东调字"]) == 1
    assert "已有案件库" in capsys.readouterr().err


@pytest.mark.tampers
def test_tampering_in_the_database_is_named_by_verify(office, capsys):
    server, db = office
    url = server.url(db, OWNER)
    assert cli.main(["demo", "--database", url, "--cases", "3"]) == 0
    server.sql("UPDATE claims SET amount = amount * 100 WHERE id = (SELECT min(id) FROM claims)", db, OWNER)
    capsys.readouterr()
    assert cli.main(["verify", "--database", url]) == 1
    assert "请求事项" in capsys.readouterr().out


def test_refusals_are_clear(office, capsys):
    server, db = office
    assert cli.main(["verify", "--database", server.url(db, OWNER)]) == 1
    assert "没有案件库" in capsys.readouterr().err
    assert cli.main(["verify", "--database", f"postgresql://{OWNER}:secret@127.0.0.1:{server.port}/{db}"]) == 1
    assert "不能包含密码" in capsys.readouterr().err
    assert cli.main(["backup", "--database", server.url(db, OWNER), "--output", "x.mdbak"]) == 1
    assert "暂不支持" in capsys.readouterr().err
    assert cli.main(["verify", "--database", server.url(db, OWNER), "--data-dir", "/nonexistent"]) == 1
    assert "只能选一个" in capsys.readouterr().err


def test_wrong_password_is_a_clear_failure(office, monkeypatch, capsys):
    server, db = office
    monkeypatch.setenv(DB_PASSWORD_ENV, "not-the-password")
    assert cli.main(["users", "list", "--database", server.url(db, OWNER)]) == 1
    assert "用户名或密码不正确" in capsys.readouterr().err


def test_an_init_that_fails_half_way_leaves_the_database_empty(office, monkeypatch, capsys):
    from mediation_desk.domain.errors import ValidationError
    from mediation_desk.services import accounts

    server, db = office
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", "admin-password-1")

    def refuse(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise ValidationError({"org": "x"}, zh="机构信息无法保存", en="cannot save")

    monkeypatch.setattr(accounts, "setup_organisation", refuse)
    url = server.url(db, OWNER)
    assert cli.main(["init", "--database", url, "--org-name", "南昌市青山湖区劳动争议调解中心",
                     "--doc-prefix", "洪青调字"]) == 1
    assert "机构信息无法保存" in capsys.readouterr().err
    assert server.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", db) == [(0,)]
    monkeypatch.undo()
    monkeypatch.setenv(DB_PASSWORD_ENV, server.passwords[OWNER])
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", "admin-password-1")
    assert cli.main(["init", "--database", url, "--org-name", "南昌市青山湖区劳动争议调解中心",
                     "--doc-prefix", "洪青调字"]) == 0  # and the database can be used again
