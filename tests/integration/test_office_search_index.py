"""Search on an office book goes through its indexes (revision 0023): on a book of a few thousand
generated disputes, after the statistics are gathered as autovacuum gathers them, every statement a
search runs (the count and the first page of the list) reads ``case_search`` through
``ix_case_search_tokens`` (1-/2-character terms, ID and phone numbers, amounts, claim words) or
``ix_case_search_body`` (terms of three or more characters, printed case numbers), never by a
sequential scan, and finds what it should."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from sqlalchemy import event, text

from mediation_desk.domain.cases import CaseQuery
from mediation_desk.domain.search import normalise
from mediation_desk.services.cases import count_cases, list_cases
from tests.support.books import OfficeLocation, create_test_book
from tests.support.pg_server import OWNER
from tests.support.search_book import fill_cases

CASES = 3000

# Bulk-filled cases have no audit rows (tests/support/search_book.py): the book is not held to its trail.
pytestmark = pytest.mark.tampers


@pytest.fixture(scope="module")
def big_book(pg_server):  # noqa: ANN001
    database = pg_server.create_database()
    book, staff = create_test_book(OfficeLocation(pg_server, database), cases=0)
    fill_cases(book, CASES)
    pg_server.sql("ANALYZE", database=database, role=OWNER)
    yield book, staff
    book.close()
    pg_server.drop_database(database)


def _plans(book, actor, query: str) -> tuple[int, list[str]]:  # noqa: ANN001
    """The count of ``query`` and the plans of the statements of its search that read case_search."""
    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ARG001
        if "case_search" in statement and not statement.lstrip().upper().startswith("EXPLAIN"):
            seen.append((statement, parameters))

    event.listen(book.engine, "before_cursor_execute", capture)
    try:
        found = count_cases(book.uow, actor, CaseQuery(text=query))
        list_cases(book.uow, actor, CaseQuery(text=query), offset=0, limit=50)
    finally:
        event.remove(book.engine, "before_cursor_execute", capture)
    assert seen, query
    plans = []
    with book.engine.connect() as conn:
        for statement, parameters in seen:
            raw = conn.connection.driver_connection
            (plan,) = raw.execute("EXPLAIN (FORMAT JSON) " + statement, parameters).fetchone()
            plans.append(json.dumps(plan, ensure_ascii=False))
        conn.rollback()
    return found, plans


def _rare(book, width: int) -> str:  # noqa: ANN001
    """A name fragment of ``width`` characters that some, but under 2 %, of the cases have."""
    with book.engine.connect() as conn:
        names = [normalise(n) for (n,) in conn.execute(text("SELECT worker_name FROM cases"))]
    per_case = Counter(g for name in names for g in {name[i:i + width] for i in range(len(name) - width + 1)})
    candidates = sorted((n, g) for g, n in per_case.items() if 3 <= n < CASES * 0.02)
    assert candidates, width
    return candidates[len(candidates) // 2][1]


def _assert_indexed(book, actor, query: str, index: str) -> int:  # noqa: ANN001
    found, plans = _plans(book, actor, query)
    for plan in plans:
        assert '"Relation Name": "case_search"' in plan
        assert f'"Index Name": "{index}"' in plan, (query, plan)
        assert "case_search" not in _seq_scans(plan), (query, plan)
    return found


def _seq_scans(plan_json: str) -> str:
    """The relations read by a sequential scan in the plan, as text."""
    out = []

    def walk(node: dict) -> None:
        if node.get("Node Type") == "Seq Scan":
            out.append(f'"Relation Name": "{node.get("Relation Name")}"')
        for child in node.get("Plans", []):
            walk(child)

    for item in json.loads(plan_json):
        walk(item["Plan"])
    return " ".join(out)


@pytest.mark.parametrize("width", [1, 2])
def test_one_and_two_character_terms_use_the_token_index(big_book, width):
    book, staff = big_book
    term = _rare(book, width)
    assert 3 <= _assert_indexed(book, staff, term, "ix_case_search_tokens") < CASES * 0.05


def test_longer_terms_and_case_numbers_use_the_trigram_index(big_book):
    book, staff = big_book
    (row,) = list_cases(book.uow, staff, CaseQuery(), offset=CASES // 2, limit=1)
    assert _assert_indexed(book, staff, row.number, "ix_case_search_body") == 1
    company = row.respondent_names.split("、")[-1]
    assert len(company) >= 6
    assert _assert_indexed(book, staff, company, "ix_case_search_body") >= 1


def test_id_and_phone_numbers_whole_and_their_tails(big_book):
    book, staff = big_book
    (row,) = list_cases(book.uow, staff, CaseQuery(), offset=CASES // 3, limit=1)
    with book.engine.connect() as conn:  # the list shows them masked
        id_number, phone = conn.execute(text("SELECT worker_id_number, worker_phone FROM cases WHERE id = :id"),
                                        {"id": row.id}).one()
    for query in (id_number[-4:], phone[-4:]):
        assert _assert_indexed(book, staff, query, "ix_case_search_tokens") >= 1, query
    for query in (id_number, id_number[-4:], phone, phone[-4:]):
        # A whole number is also a phrase (as on SQLite: the digits of a case number or an amount in
        # the facts); its many common digit trigrams may make a scan of a small book the cheaper plan.
        found = [c.id for c in list_cases(book.uow, staff, CaseQuery(text=query), offset=0, limit=1000)]
        assert row.id in found, query


def test_amounts_use_the_token_index(big_book):
    book, staff = big_book
    (row,) = list_cases(book.uow, staff, CaseQuery(), offset=CASES // 4, limit=1)
    query = f"{row.total_claimed:,.2f}"
    assert _assert_indexed(book, staff, query, "ix_case_search_tokens") >= 1
    assert row.id in [c.id for c in list_cases(book.uow, staff, CaseQuery(text=query), offset=0, limit=1000)]


def test_the_revision_fills_the_index_of_an_existing_book(pg_server):
    """An office book made before revision 0023 (its predecessor is 0024) gets every case's row when it is opened."""
    from mediation_desk.storage.office import open_office_book

    database = pg_server.create_database()
    location = OfficeLocation(pg_server, database)
    try:
        book, staff = create_test_book(location, cases=5, workers=["欧阳春花"])
        with book.engine.connect() as conn:
            expected = conn.execute(text("SELECT case_id, body, tokens FROM case_search ORDER BY case_id")).all()
        book.close()
        assert len(expected) == 5
        pg_server.sql("DROP TABLE case_search", database=database, role=OWNER)
        pg_server.sql("UPDATE alembic_version SET version_num = '0024'", database=database, role=OWNER)
        book = open_office_book(location.url(OWNER), location.password(OWNER))
        try:
            assert book.upgraded_from == "0024"
            with book.engine.connect() as conn:
                rebuilt = conn.execute(text("SELECT case_id, body, tokens FROM case_search ORDER BY case_id")).all()
            assert rebuilt == expected
            assert [c.worker_name for c in list_cases(book.uow, staff, CaseQuery(text="欧阳"), offset=0, limit=10)] \
                == ["欧阳春花"]
        finally:
            book.close()
    finally:
        pg_server.drop_database(database)
