"""Many desks at once on one book: numbers stay gapless and unique and the audit chain unbroken with
several writer processes; a desk saving over a newer version of a case is told who changed what and
when, and saves again after reloading (both stores)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import threading
import sys
from datetime import timedelta, timezone
from pathlib import Path

import pytest

from mediation_desk.config import DB_PASSWORD_ENV
from mediation_desk.domain import clock
from mediation_desk.domain.cases import CaseQuery, CaseStatus
from mediation_desk.domain.users import Role
from mediation_desk.domain.versions import StaleRecord
from mediation_desk.services.case_edits import edit_case_details
from mediation_desk.services.cases import change_status, get_case
from tests.support.books import OfficeLocation, add_user, administrator, create_test_book, reopen
from tests.support.clock import TODAY

ROOT = Path(__file__).resolve().parents[2]


def _verify(book, location) -> None:  # noqa: ANN001
    if isinstance(location, OfficeLocation):
        from mediation_desk.storage.maintenance.office_verify import verify_office_book

        report = verify_office_book(book)
    else:
        from mediation_desk.storage.maintenance.verify import verify_book

        report = verify_book(book)
    assert report.ok, report


def test_a_save_over_a_newer_version_is_refused_naming_who_when_and_what(store) -> None:  # noqa: ANN001
    book, desk_a = create_test_book(store, cases=1)
    try:
        desk_b = add_user(book, administrator(book), username="desk2", display_name="李秀英", role=Role.MEDIATOR)
        case_id = 1
        seen_by_a = get_case(book.uow, desk_a, case_id)
        seen_by_b = get_case(book.uow, desk_b, case_id)
        assert seen_by_a.version == seen_by_b.version == 1

        saved = edit_case_details(book.uow, desk_a, case_id=case_id, facts="甲：申请人于2025年3月起接单。",
                                  platform=seen_by_a.summary.platform, expected_version=seen_by_a.version)
        assert saved == 2
        typed_by_b = "乙：申请人被平台无故封号，押金未退。"
        with pytest.raises(StaleRecord) as refused:
            edit_case_details(book.uow, desk_b, case_id=case_id, facts=typed_by_b,
                              platform=seen_by_b.summary.platform, expected_version=seen_by_b.version)
        err = refused.value
        # the change's time is said in China time: late on 31 December UTC it is already the next year there
        china_year = clock.now().astimezone(timezone(timedelta(hours=8))).year
        assert "吴建平" in err.zh and "案情" in err.zh and f"{china_year}年" in err.zh and "尚未保存" in err.zh
        assert "吴建平" in err.en and "facts" in err.en
        assert re.search(r"\d{1,2}:\d{2}", err.zh)
        assert err.current_version == 2 and [c.actor for c in err.changes] == ["吴建平"]
        # nothing of B's was written
        assert get_case(book.uow, desk_b, case_id).facts == "甲：申请人于2025年3月起接单。"

        # a stale status change is refused the same way
        with pytest.raises(StaleRecord):
            change_status(book.uow, desk_b, case_id=case_id, target=CaseStatus.MEDIATION, on=TODAY,
                          reason="双方同意调解", expected_version=seen_by_b.version)

        # B reloads and saves what it typed
        fresh = get_case(book.uow, desk_b, case_id)
        assert fresh.version == 2
        assert edit_case_details(book.uow, desk_b, case_id=case_id, facts=typed_by_b,
                                 platform=fresh.summary.platform, expected_version=fresh.version) == 3
        assert get_case(book.uow, desk_a, case_id).facts == typed_by_b

        # A, still at version 2, changes the status: refused naming B and the facts
        with pytest.raises(StaleRecord) as second:
            change_status(book.uow, desk_a, case_id=case_id, target=CaseStatus.MEDIATION, on=TODAY,
                          reason="双方同意调解", expected_version=2)
        assert "李秀英" in second.value.zh and "吴建平" not in second.value.zh
        change_status(book.uow, desk_a, case_id=case_id, target=CaseStatus.MEDIATION, on=TODAY,
                      reason="双方同意调解", expected_version=3)
        after = get_case(book.uow, desk_a, case_id)
        assert after.version == 4 and after.summary.status is CaseStatus.MEDIATION
        # saving what is stored changes nothing
        assert edit_case_details(book.uow, desk_a, case_id=case_id, facts=typed_by_b,
                                 platform=after.summary.platform, expected_version=4) == 4
        _verify(book, store)
    finally:
        book.close()


DESKS = 4
CASES_PER_DESK = 6


def _run_desks(store, usernames: list[str]) -> list[dict]:  # noqa: ANN001
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    if isinstance(store, OfficeLocation):
        where = ["--database", store.url()]
        env[DB_PASSWORD_ENV] = store.password()
    else:
        where = ["--data-dir", str(store)]
    procs = [subprocess.Popen([sys.executable, "-m", "tests.support.desk_worker", *where, name,
                               str(CASES_PER_DESK), str(100 + 50 * i)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i, name in enumerate(usernames)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _seq(number: str) -> int:
    m = re.search(r"第(\d+)号", number)
    assert m, number
    return int(m.group(1))


def test_desks_in_separate_processes_draw_gapless_unique_numbers_and_the_chain_verifies(store) -> None:  # noqa: ANN001
    book, desk = create_test_book(store, cases=0)
    try:
        admin = administrator(book)
        names = [desk.username] + [add_user(book, admin, username=f"desk{i}", display_name=f"调解员{i}",
                                            role=Role.MEDIATOR).username for i in range(2, DESKS + 1)]
    finally:
        book.close()
    results = _run_desks(store, names)
    cases = [n for r in results for n in r["cases"]]
    documents = [n for r in results for n in r["documents"]]
    total = DESKS * CASES_PER_DESK
    assert len(set(cases)) == total and len(set(documents)) == total
    assert sorted(_seq(n) for n in cases) == list(range(1, total + 1))
    assert sorted(_seq(n) for n in documents) == list(range(1, total + 1))
    assert all(f"〔{TODAY.year}〕" in n for n in cases + documents)
    # each desk's own numbers rise (numbers are drawn in commit order)
    for r in results:
        assert [_seq(n) for n in r["cases"]] == sorted(_seq(n) for n in r["cases"])

    if isinstance(store, OfficeLocation):
        from mediation_desk.storage.office import open_office_book

        book = open_office_book(store.url(), store.password())
    else:
        book = reopen(store)
    try:
        _verify(book, store)
        with book.uow.read() as tx:
            assert tx.cases.count(CaseQuery()) == total
    finally:
        book.close()


def test_an_office_desk_hears_of_other_desks_commits_and_not_of_its_own(pg_server, pg_database) -> None:  # noqa: ANN001
    from mediation_desk.storage.office import open_office_book

    location = OfficeLocation(pg_server, pg_database)
    book, desk = create_test_book(location, cases=1)
    other = open_office_book(location.url(), location.password())
    heard = threading.Event()
    listener = book.watch_changes(heard.set)
    try:
        assert listener.listening.wait(10)
        seen = get_case(book.uow, desk, 1)
        edit_case_details(book.uow, desk, case_id=1, facts="本工作台的修改。", platform=seen.summary.platform,
                          expected_version=seen.version)
        assert not heard.wait(1.5)  # its own commit is not news

        edit_case_details(other.uow, desk, case_id=1, facts="另一工作台的修改。", platform=seen.summary.platform,
                          expected_version=seen.version + 1)
        assert heard.wait(10)

        heard.clear()
        with pytest.raises(StaleRecord):  # a refused save commits nothing and notifies nobody
            edit_case_details(other.uow, desk, case_id=1, facts="过时的修改。", platform=seen.summary.platform,
                              expected_version=seen.version)
        assert not heard.wait(1.5)
    finally:
        other.close()
        book.close()
    assert not listener._thread.is_alive()
