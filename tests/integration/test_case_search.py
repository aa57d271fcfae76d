"""Case search on a real encrypted book: the printed case number, ID and phone numbers (whole or
their tail), amounts however written, claim kinds by their everyday words, and bounded queries.

Each test runs on a single-PC book and on an office book (PostgreSQL), which finds the same cases
through its own index (``case_search``: pg_trgm and token arrays in GIN indexes, revision 0023)."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.domain.cases import CaseQuery, Claim, ClaimKind, Person
from mediation_desk.domain.identifiers import mask_id_number, mask_phone, resident_id_check_char
from mediation_desk.domain.search import MAX_TERMS
from mediation_desk.services.cases import count_cases, get_case, list_cases, register_intake
from tests.support.books import create_test_book, make_intake

ID_BODY = "36010219850317482"
ID_NUMBER = ID_BODY + resident_id_check_char(ID_BODY)
PHONE = "13807915286"


@pytest.fixture(scope="module")
def searched(module_store):  # noqa: ANN001
    """A book of 12 ordinary cases plus 熊丽华's case, with its own ID, phone, amounts and claims."""
    book, staff = create_test_book(module_store, cases=0)
    for n in range(12):
        register_intake(book.uow, staff, make_intake(n, received_on=date(2026, 11, 1 + n)))
    base = make_intake(500, received_on=date(2026, 11, 20))
    intake = replace(
        base,
        worker=Person(name="熊丽华", id_number=ID_NUMBER, phone=PHONE, address="南昌市青山湖区"),
        claims=(Claim(kind=ClaimKind.UNPAID_PAY, amount=Decimal("12345.60"), basis="两个月配送费"),
                Claim(kind=ClaimKind.DEPOSIT_REFUND, amount=Decimal("800"), basis="装备押金")),
        facts="申请人在站点送餐，站点关闭后未结算。")
    case_id = register_intake(book.uow, staff, intake)
    number = get_case(book.uow, staff, case_id).summary.number
    yield book, staff, case_id, number
    book.close()


def _ids(book, staff, text: str) -> list[int]:
    return [c.id for c in list_cases(book.uow, staff, CaseQuery(text=text), offset=0, limit=100)]


def _finds(searched, text: str) -> bool:
    book, staff, case_id, _number = searched
    found = _ids(book, staff, text)
    assert count_cases(book.uow, staff, CaseQuery(text=text)) == len(found)
    return case_id in found


def test_the_printed_case_number_finds_the_case(searched):
    book, staff, case_id, number = searched
    assert number.startswith("洪东劳调字〔2026〕第") and number.endswith("号")
    assert _ids(book, staff, number) == [case_id]
    seq = number[number.index("第") + 1:-1]
    for written in (number.replace("〔", "（").replace("〕", "）"), number.replace("〔", "[").replace("〕", "]"),
                    number.replace("〔", "(").replace("〕", ")").replace("第", ""), f"〔2026〕第{seq}号",
                    f"2026第{seq}号"):
        assert _ids(book, staff, written) == [case_id], written


def test_a_case_number_does_not_find_its_longer_neighbours(searched):
    book, staff, _case_id, _number = searched
    for first in ("洪东劳调字〔2026〕第1号", "2026第1号", "(2026)1号"):
        found = list_cases(book.uow, staff, CaseQuery(text=first), offset=0, limit=100)
        assert [c.number for c in found] == ["洪东劳调字〔2026〕第1号"], first  # not 第10号, 第11号, 第12号


def test_id_number_whole_or_its_tail(searched):
    assert _finds(searched, ID_NUMBER)
    assert _finds(searched, ID_NUMBER.lower())
    for n in (4, 6, 8, 17):
        assert _finds(searched, ID_NUMBER[-n:]), n
    # never by its beginning or middle: the search cannot be used to read a number piece by piece
    assert not _finds(searched, ID_NUMBER[:6])
    assert not _finds(searched, ID_NUMBER[6:14])
    assert not _finds(searched, ID_NUMBER[-3:])


def test_phone_whole_or_last_four(searched):
    assert _finds(searched, PHONE)
    assert _finds(searched, PHONE[-4:])
    assert _finds(searched, "138-0791-5286")
    assert _finds(searched, "+8613807915286")
    assert not _finds(searched, PHONE[:7])
    assert not _finds(searched, PHONE[3:8])


def test_the_list_stays_masked_when_found_by_id_or_phone(searched):
    book, staff, case_id, _number = searched
    (row,) = [c for c in list_cases(book.uow, staff, CaseQuery(text=ID_NUMBER[-4:]), offset=0, limit=100)
              if c.id == case_id]
    assert mask_id_number(row.worker_id_number) == ID_NUMBER[:6] + "*" * 8 + ID_NUMBER[-4:]
    assert mask_phone(row.worker_phone) == "138****5286"


@pytest.mark.parametrize("written", ["12,345.60", "12345.60", "12345.6", "12345", "12,345", "￥12,345.60",
                                     "12345.60元", "１２３４５.６"])
def test_an_amount_with_or_without_separators(searched, written):
    assert _finds(searched, written)


def test_a_different_amount_does_not_match(searched):
    assert not _finds(searched, "12345.61")
    assert not _finds(searched, "12,346")


def test_the_total_claimed_is_an_amount_too(searched):
    assert _finds(searched, "13,145.60")  # 12,345.60 + 800


@pytest.mark.parametrize("word", ["拖欠", "欠薪", "劳动报酬", "押金"])
def test_claim_kinds_by_their_everyday_words(searched, word):
    assert _finds(searched, word)
    book, staff, case_id, _number = searched
    # the case's facts do not mention them: the claim kind does
    assert word not in get_case(book.uow, staff, case_id).facts


def test_words_and_fields_combine(searched):
    assert _finds(searched, f"熊丽华 欠薪 {PHONE[-4:]}")
    assert not _finds(searched, "熊丽华 加班费")


def test_six_hundred_terms_do_not_crash(searched):
    book, staff, case_id, _number = searched
    many = " ".join(f"词{i}" for i in range(600))
    assert count_cases(book.uow, staff, CaseQuery(text=many)) == 0
    assert list_cases(book.uow, staff, CaseQuery(text=many), offset=0, limit=50) == []
    # the first terms count (repeats once), those beyond the bound are ignored
    matching = ["熊丽华", "欠薪", PHONE[-4:], "押金", "拖欠", "12345.6", PHONE, ID_NUMBER[-6:]]
    assert len(matching) == MAX_TERMS
    assert _finds(searched, " ".join(matching * 50 + [f"不相干{i}" for i in range(600)]))


def test_hostile_and_huge_terms_are_harmless(searched, caplog):
    book, staff, _case_id, _number = searched
    caplog.set_level(logging.DEBUG)
    for text in ('"', 'a" OR "b', "NEAR(a b)", "*", "^x", "(", "熊" * 100_000, "1" * 5000, "x " * 50_000,
                 "AND OR NOT", "\x00", "😀"):
        count_cases(book.uow, staff, CaseQuery(text=text))
        list_cases(book.uow, staff, CaseQuery(text=text), offset=0, limit=50)
    assert ID_NUMBER not in caplog.text
