"""Every book an integration test opens through ``create_book``/``open_book`` is checked when the
test closes it: its data must match its audit trail (storage.audit_state). A legitimate use of the
program never makes ``verify`` fail; a test that changes a book behind the program's back on
purpose says so with ``@pytest.mark.tampers``."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from mediation_desk.storage import book as book_mod


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "tampers: the test changes a book outside the program on purpose; "
                                       "its books are not held to their audit trail when closed")


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


@pytest.fixture(autouse=True)
def books_match_their_trail(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if request.node.get_closest_marker("tampers"):
        yield
        return
    found: list[str] = []
    original = book_mod.Book.close

    def close(self) -> None:  # noqa: ANN001
        if self.paths.db_path.exists():
            found.extend(binding_problems(self))
        original(self)

    monkeypatch.setattr(book_mod.Book, "close", close)
    yield
    assert not found, found
