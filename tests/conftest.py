"""Every test runs on the frozen day of ``tests.support.clock`` (see there)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from mediation_desk.domain import clock
from tests.support.clock import TODAY


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "date_sensitive: the result depends on the day the test runs on; "
                                       "scripts/test.sh runs these again on a Saturday, a holiday, 12-31 and 01-01")
    clock.freeze(TODAY)  # before collection: modules that compute dates at import see the test day


@pytest.fixture(autouse=True)
def frozen_today() -> Iterator[None]:
    clock.freeze(TODAY)
    yield
    clock.freeze(TODAY)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test module that works with the test day (it imports ``TODAY`` or sets
    ``DATE_SENSITIVE = True``) is date-sensitive as a whole."""
    for item in items:
        module = getattr(item, "module", None)
        if module is not None and (getattr(module, "TODAY", None) is TODAY or getattr(module, "DATE_SENSITIVE", False)):
            item.add_marker(pytest.mark.date_sensitive)


def pytest_report_header(config: pytest.Config) -> str:
    return f"mediation-desk test day: {TODAY.isoformat()} ({'一二三四五六日'[TODAY.weekday()]})"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A throw-away PostgreSQL server for the whole session (tests/support/pg_server.py), started only
    when a test asks for it; skipped with the reason only where the server binaries are not installed."""
    from tests.support import pg_server as pg

    reason = pg.missing_reason()
    if reason is not None:
        pytest.skip(reason)
    server = pg.start_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_database(pg_server) -> Iterator[str]:  # noqa: ANN001
    """A new empty database on the test server for one test, owned by ``md_owner``; dropped after it."""
    name = pg_server.create_database()
    try:
        yield name
    finally:
        pg_server.drop_database(name)


# ---- both stores: a single-PC book (SQLCipher folder) and an office book (PostgreSQL) ----
#
# A test that takes ``store`` (or a module fixture that takes ``module_store``) runs once per store;
# ``tests.support.books.new_book(store)`` or ``create_test_book(store, ...)`` makes the book there and
# ``cli_location(store)`` gives the command line's arguments and environment for it.

STORES = ["sqlite", "postgresql"]


def _location(request: pytest.FixtureRequest, folder):  # noqa: ANN001, ANN202
    from tests.support.books import OfficeLocation

    if request.param == "sqlite":
        return folder / "book", None
    server = request.getfixturevalue("pg_server")
    database = server.create_database()
    return OfficeLocation(server, database), lambda: server.drop_database(database)


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path):  # noqa: ANN001, ANN201
    location, drop = _location(request, tmp_path)
    yield location
    if drop is not None:
        drop()


@pytest.fixture(scope="module", params=STORES)
def module_store(request: pytest.FixtureRequest, tmp_path_factory):  # noqa: ANN001, ANN201
    location, drop = _location(request, tmp_path_factory.mktemp("store"))
    yield location
    if drop is not None:
        drop()
