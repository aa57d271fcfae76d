"""Every book an integration test closes is held to its audit trail: its data must match the
latest audit rows that bound it (storage.audit_state), because a legitimate use of the program
never makes ``verify`` fail. A test that changes a book behind the program's back on purpose says
so with ``@pytest.mark.tampers``. Books of module-scoped fixtures are checked when they close too:
a mismatch fails the teardown of the module's last test."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from mediation_desk.storage import book as book_mod
from mediation_desk.storage import office as office_mod

_state = {"tampers": False}
_original_close = book_mod.Book.close
_original_office_close = office_mod.OfficeBook.close


def binding_problems(book) -> list[str]:  # noqa: ANN001
    from mediation_desk.storage.audit_state import check_bindings
    from mediation_desk.storage.engine import connect_raw
    from mediation_desk.storage.keys import db_key

    try:
        conn = connect_raw(book.paths.db_path, db_key(book.master_key))
    except Exception:  # noqa: BLE001 - a book a test removed, damaged or re-keyed elsewhere
        return []
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone() is None:
            return []
        return [p.en for p in check_bindings(lambda sql, params: conn.execute(sql, tuple(params)).fetchall())]
    except Exception:  # noqa: BLE001 - damage is the business of the test that made it
        return []
    finally:
        conn.close()


def _checked_close(self) -> None:  # noqa: ANN001
    problems = [] if _state["tampers"] or not self.paths.db_path.exists() else binding_problems(self)
    _original_close(self)
    if problems:
        raise AssertionError(f"the book's data does not match its audit trail: {problems}")


def _checked_office_close(self) -> None:  # noqa: ANN001
    problems: list[str] = []
    if not _state["tampers"]:
        from mediation_desk.storage.maintenance.office_verify import verify_office_book

        try:
            problems = [f.en for f in verify_office_book(self).findings if f.check in ("binding", "audit")]
        except Exception:  # noqa: BLE001 - a database a test dropped or emptied
            problems = []
    _original_office_close(self)
    if problems:
        raise AssertionError(f"the office book's data does not match its audit trail: {problems}")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "tampers: the test changes a book outside the program on purpose; "
                                       "its books are not held to their audit trail when closed")
    book_mod.Book.close = _checked_close  # type: ignore[method-assign]
    office_mod.OfficeBook.close = _checked_office_close  # type: ignore[method-assign]


def pytest_unconfigure(config: pytest.Config) -> None:
    book_mod.Book.close = _original_close  # type: ignore[method-assign]
    office_mod.OfficeBook.close = _original_office_close  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def books_match_their_trail(request: pytest.FixtureRequest) -> Iterator[None]:
    # left set after the test, so module-scoped books closed after it are judged by the same marker
    _state["tampers"] = request.node.get_closest_marker("tampers") is not None
    yield

