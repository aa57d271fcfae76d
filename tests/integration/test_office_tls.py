"""The office edition talks to its server over TLS with the server's certificate verified
(``sslmode=verify-full`` against the organisation's CA). The test server runs with a certificate for
127.0.0.1 and localhost signed by a CA made for the session (tests/support/pg_server.py)."""

from __future__ import annotations

import pytest

from mediation_desk.domain.errors import BookError
from mediation_desk.storage.office import create_office_book, database_url, open_office_book
from mediation_desk.storage.office_tls import LAB_OVERRIDE_ENV
from tests.support.pg_server import APP, OWNER


def _one_line(exc: BookError) -> str:
    assert "\n" not in exc.zh and "Traceback" not in exc.zh
    return exc.zh


@pytest.fixture
def office_db(pg_server, pg_database):  # noqa: ANN001, ANN201
    create_office_book(pg_server.url(pg_database, OWNER), pg_server.passwords[OWNER]).close()
    return pg_database


def test_the_right_ca_opens_the_book_over_tls(pg_server, office_db) -> None:  # noqa: ANN001
    book = open_office_book(pg_server.url(office_db, APP), pg_server.passwords[APP])
    try:
        with book.engine.connect() as conn:
            from sqlalchemy import text

            assert conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar() is True
        assert book.book_id
    finally:
        book.close()


def test_localhost_is_a_name_of_the_certificate_too(pg_server, office_db) -> None:  # noqa: ANN001
    open_office_book(pg_server.url(office_db, APP, host="localhost"), pg_server.passwords[APP]).close()


def test_a_certificate_of_another_ca_is_refused(pg_server, office_db) -> None:  # noqa: ANN001
    url = pg_server.url(office_db, APP).replace(str(pg_server.ca_file), str(pg_server.wrong_ca_file))
    with pytest.raises(BookError) as caught:
        open_office_book(url, pg_server.passwords[APP])
    assert "服务器证书不是由所给的 CA 证书签发的" in _one_line(caught.value)
    assert "not issued by the given CA" in caught.value.en


def test_a_host_name_the_certificate_does_not_name_is_refused(pg_server, office_db) -> None:  # noqa: ANN001
    # the server is reached at its address, but the desk was told another name: as if a machine on the way
    # answered for it with the office's real certificate
    url = (f"postgresql://{APP}@db.office.example:{pg_server.port}/{office_db}"
           f"?sslmode=verify-full&sslrootcert={pg_server.ca_file}&hostaddr=127.0.0.1")
    with pytest.raises(BookError) as caught:
        open_office_book(url, pg_server.passwords[APP])
    assert "服务器证书上的名称与所连接的主机名不符" in _one_line(caught.value)


@pytest.mark.parametrize("mode", ["disable", "prefer", "require", "verify-ca"])
def test_less_than_verify_full_to_another_host_is_refused_before_connecting(mode: str, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.delenv(LAB_OVERRIDE_ENV, raising=False)
    # nothing listens there: a refusal that came from a connection attempt would read differently
    url = f"postgresql://desk@db.office.example:5432/cases?sslmode={mode}"
    with pytest.raises(BookError) as caught:
        open_office_book(url, "pw")
    assert f"拒绝以 sslmode={mode} 连接服务器 db.office.example" in _one_line(caught.value)
    with pytest.raises(BookError, match="sslmode="):
        create_office_book(f"postgresql://desk@10.1.2.3/cases?sslmode={mode}", "pw")


def test_the_lab_override_is_explicit(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv(LAB_OVERRIDE_ENV, "1")
    url = database_url("postgresql://desk@lab-db:5432/cases?sslmode=disable", "pw")
    assert url.query["sslmode"] == "disable"
    monkeypatch.setenv(LAB_OVERRIDE_ENV, "yes")  # only the documented value counts
    with pytest.raises(BookError, match="拒绝以 sslmode=disable"):
        database_url("postgresql://desk@lab-db:5432/cases?sslmode=disable", "pw")


def test_no_sslmode_means_verify_full_and_needs_the_ca_file(tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(BookError, match="CA 证书文件"):
        database_url("postgresql://desk@db.office.example/cases", "pw")
    with pytest.raises(BookError, match="找不到 CA 证书文件"):
        database_url(f"postgresql://desk@db.office.example/cases?sslrootcert={tmp_path / 'none.crt'}", "pw")
    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", "ascii")
    url = database_url(f"postgresql://desk@db.office.example/cases?sslrootcert={ca}", "pw")
    assert url.query["sslmode"] == "verify-full"
    with pytest.raises(BookError, match="CA 证书文件"):  # on this PC too, unless plain is asked for
        database_url("postgresql://desk@127.0.0.1/cases", "pw")


def test_plain_connections_only_to_this_pc_and_only_when_asked(pg_server, office_db) -> None:  # noqa: ANN001
    open_office_book(pg_server.url(office_db, APP, tls=False), pg_server.passwords[APP]).close()
    assert database_url("postgresql://desk@/cases?host=/run/postgresql&sslmode=disable").query["sslmode"] == "disable"
