"""Deadlines across the year end in a real book: a case received in December has its award period
end in a year whose holiday arrangement is not yet published; the date is computed provisionally
(暂定, with the reason) in the case, the stored list, the reminder and documents, until an
administrator enters the year's arrangement, which is audited and triggers the recompute.

The days are fixed (the case is received on Thu 2026-12-03), whatever day the suite runs on.
2027 has no State Council notice in the program's data (chinesecalendar is pinned to 1.11.0 in
constraints.txt and holidays.json lists 2026 only).
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from mediation_desk import jurisdiction
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.deadlines import DeadlineStatus, is_provisional
from mediation_desk.domain.documents import plain_context
from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.domain.holiday_arrangements import FestivalEntry
from mediation_desk.domain.users import Role
from mediation_desk.services import accounts, clock, deadlines, holidays
from mediation_desk.services.deadlines import due_date
from mediation_desk.services.cases import record_event, register_intake
from tests.support.books import create_test_book, make_intake, administrator

D = date
RECEIVED = D(2026, 12, 3)  # Thursday
AWARD_DUE = D(2027, 1, 18)  # 45 days -> Sun 2027-01-17 -> Mon 2027-01-18


def set_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """Run the services on ``day`` (the program's clock; the real day plays no part)."""
    if hasattr(clock, "freeze"):
        clock.freeze(day)
        return
    when = datetime.combine(day, time(10, 0)).astimezone()
    monkeypatch.setattr(clock, "now", lambda: when)
    monkeypatch.setattr(clock, "today", lambda: day)


def illustrative_2027() -> list[FestivalEntry]:
    """An arrangement for the tests only, in the form of a notice (not the State Council's text)."""
    return [FestivalEntry("元旦", D(2027, 1, 1), D(2027, 1, 3)),
            FestivalEntry("春节", D(2027, 2, 5), D(2027, 2, 13), (D(2027, 2, 20),)),
            FestivalEntry("清明节", D(2027, 4, 3), D(2027, 4, 5)),
            FestivalEntry("劳动节", D(2027, 5, 1), D(2027, 5, 5), (D(2027, 4, 25),)),
            FestivalEntry("端午节", D(2027, 6, 9), D(2027, 6, 11)),
            FestivalEntry("中秋节", D(2027, 9, 15), D(2027, 9, 17)),
            FestivalEntry("国庆节", D(2027, 10, 1), D(2027, 10, 7), (D(2027, 9, 26), D(2027, 10, 9)))]


@pytest.fixture()
def book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    assert 2027 in jurisdiction.default_calendar().provisional_years, "2027 must have no notice in the data"
    set_today(monkeypatch, RECEIVED)
    book, staff = create_test_book(tmp_path / "book", cases=0)
    yield book, staff
    book.close()


def december_case(book, staff) -> int:  # noqa: ANN001
    case_id = register_intake(book.uow, staff, make_intake(1, received_on=RECEIVED))
    record_event(book.uow, staff, case_id=case_id, event="accepted", on=RECEIVED, note="受理")
    return case_id


def audit_rows(book) -> list[tuple[str, str, dict]]:  # noqa: ANN001
    with book.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT action, entity_id, changes FROM audit_log ORDER BY id").all()
    return [(a, e, json.loads(c)) for a, e, c in rows]


def test_december_award_period_is_provisional_everywhere(book, monkeypatch):
    book, staff = book
    case_id = december_case(book, staff)
    # the case view
    award = next(d for d in deadlines.case_deadlines(book.uow, staff, case_id) if d.code == "award")
    assert award.due == AWARD_DUE and award.provisional and award.status is DeadlineStatus.LATER
    assert "2027年的节假日安排" in award.provisional_reason
    assert award.due == due_date("award", RECEIVED)
    # the stored list across cases: provisional ones are listed however far they are
    ov = deadlines.overview(book.uow, staff, today=RECEIVED, mine_only=False)
    stored = next(i for i in ov.items if i.case.id == case_id and i.deadline.code == "award")
    assert stored.provisional and is_provisional(stored.deadline.due) and stored.deadline.due == AWARD_DUE
    assert stored.deadline.provisional_years == (2027,) and "2027年" in stored.deadline.problem
    assert ov.provisional >= 1 and ov.provisional_years == (2027,)
    assert "暂定" in ov.reminder and "2027年的节假日安排" in ov.reminder
    # a week before it falls due (today frozen in 2027), the reminder counts it and says it is provisional
    set_today(monkeypatch, D(2027, 1, 14))
    soon = deadlines.overview(book.uow, staff, mine_only=False)
    item = next(i for i in soon.items if i.case.id == case_id and i.deadline.code == "award")
    assert item.status is DeadlineStatus.THIS_WEEK and item.days_left == 4 and item.provisional
    assert soon.this_week >= 1 and soon.urgent_provisional >= 1 and "项的到期日为暂定" in soon.reminder
    # documents: the value carries the mark into the context and onto the page
    assert plain_context({"due": stored.deadline.due})["due"] == "2027-01-18（暂定）"
    assert numeric_date(plain_context({"due": stored.deadline.due})["due"]) == "2027年1月18日（暂定）"


def test_entered_arrangement_clears_the_mark_after_the_audited_recompute(book):
    book, staff = book
    case_id = december_case(book, staff)
    assert not deadlines.needs_recompute(book.uow)
    saved = holidays.save_arrangement(book.uow, administrator(book), year=2027, notice_number="国办发明电[2026] 7 号",
                                      notice_date=D(2026, 11, 3), festivals=illustrative_2027())
    assert saved.notice_number == "国办发明电〔2026〕7号"
    assert saved.notice == "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕7号，2026年11月3日）"
    assert len(saved.days_off) == 3 + 9 + 3 + 5 + 3 + 3 + 7 and D(2027, 2, 20) in saved.workdays
    # the book's calendar changed: the stored deadlines are stale until the recompute
    assert deadlines.needs_recompute(book.uow)
    before = deadlines.overview(book.uow, staff, today=RECEIVED, mine_only=False)
    assert any(i.case.id == case_id and i.provisional for i in before.items)
    progress: list[tuple[int, int]] = []
    assert deadlines.recompute_all(book.uow, staff, progress=lambda d, t: progress.append((d, t)) or True,
                                   reason="holidays:2027") == 1
    assert progress and progress[-1][0] == 1 and not deadlines.needs_recompute(book.uow)
    after = deadlines.overview(book.uow, staff, today=RECEIVED, mine_only=False)
    assert after.provisional == 0 and not any(i.provisional for i in after.items) and "暂定" not in after.reminder
    award = next(d for d in deadlines.case_deadlines(book.uow, staff, case_id) if d.code == "award")
    assert award.due == AWARD_DUE and not award.provisional and award.provisional_reason == ""
    # audited: the arrangement with its notice, then the recompute it triggered
    rows = audit_rows(book)
    save = next(r for r in rows if r[0] == "holidays.save")
    assert save[1] == "2027" and save[2]["notice"] == saved.notice and "2027-02-20" in save[2]["workdays"]
    recompute = rows[-1]
    assert recompute[0] == "deadlines.recompute" and recompute[2]["reason"] == "holidays:2027"
    assert recompute[2]["cases"] == 1
    assert rows.index(save) < rows.index(recompute)


def test_the_entered_year_moves_dates_the_estimate_could_not_know(book):
    book, staff = book
    # a mediation window from Thu 2027-01-21: estimate ends it Tue 02-09 (春节 除夕..初三);
    # with the 9-day Spring Festival of the entered arrangement it ends Sun 02-14 -> Mon 02-15
    assert due_date("mediation_window", D(2027, 1, 21)) == D(2027, 2, 9)
    holidays.save_arrangement(book.uow, administrator(book), year=2027, notice_number="国办发明电〔2026〕7号",
                              notice_date=D(2026, 11, 3), festivals=illustrative_2027())
    with book.uow.read() as tx:
        cal = deadlines.calendar_for(tx)
    moved = due_date("mediation_window", D(2027, 1, 21), cal)
    assert moved == D(2027, 2, 15) and not is_provisional(moved)
    assert cal.is_working_day(D(2027, 2, 20)) and 2027 not in cal.provisional_years
    status = {s.year: s.source for s in holidays.year_status(book.uow, staff, [2026, 2027, 2028, 2051])}
    assert status == {2026: "data", 2027: "entered", 2028: "provisional", 2051: "missing"}
    # entering it again replaces it, with the old values kept in the audit row
    again = holidays.save_arrangement(book.uow, administrator(book), year=2027, notice_number="国办发明电〔2026〕8号",
                                      notice_date=D(2026, 11, 3), festivals=illustrative_2027()[:-1] + [
                                          FestivalEntry("国庆节", D(2027, 10, 1), D(2027, 10, 5))])
    assert again.notice_number.endswith("8号") and len(holidays.list_arrangements(book.uow, staff)) == 1
    last = [r for r in audit_rows(book) if r[0] == "holidays.save"][-1]
    assert last[2]["replaced"]["notice"].endswith("国办发明电〔2026〕7号，2026年11月3日）")


def test_arrangement_is_checked_and_only_an_administrator_enters_it(book):
    book, staff = book
    with pytest.raises(ValidationError) as err:
        holidays.save_arrangement(book.uow, administrator(book), year=2027, notice_number="2026年第7号",
                                  notice_date=D(2026, 12, 30), festivals=[
                                      FestivalEntry("春节", D(2027, 2, 13), D(2027, 2, 5)),
                                      FestivalEntry("劳动节", D(2027, 5, 1), D(2027, 5, 5), (D(2027, 4, 28),))])
    fields = err.value.fields
    assert fields["notice_number"].startswith("文号应为")
    assert fields["notice_date"] == "通知的发布日期不能晚于今天"
    assert fields["春节"] == "春节：放假结束日期早于开始日期"
    assert fields["劳动节.workdays"] == "劳动节：4月28日不是周六或周日，无须调休上班"
    with pytest.raises(ValidationError) as err:
        holidays.save_arrangement(book.uow, administrator(book), year=2027, notice_number="国办发明电〔2024〕7号",
                                  notice_date=D(2026, 11, 3), festivals=[])
    assert "文号年份" in err.value.fields["notice_number"] and "festivals" in err.value.fields
    # the fixed statutory days (全国年节及纪念日放假办法第二条) must be among the days off
    without_national_day = [f for f in illustrative_2027() if f.name != "国庆节"]
    with pytest.raises(ValidationError) as err:
        holidays.save_arrangement(book.uow, administrator(book), year=2027, notice_number="国办发明电〔2026〕7号",
                                  notice_date=D(2026, 11, 3), festivals=without_national_day)
    assert err.value.fields == {"国庆节": "国庆节：10月1日是法定节假日（全国年节及纪念日放假办法第二条），应列入放假日期"}
    assert holidays.list_arrangements(book.uow, staff) == []
    assert not any(r[0] == "holidays.save" for r in audit_rows(book))
    accounts.create_user(book.uow, administrator(book), username="xiong", display_name="熊丽华", role=Role.MEDIATOR,
                         password="mediator-pass-1")
    mediator = accounts.log_in(book.uow, username="xiong", password="mediator-pass-1")
    with pytest.raises(PermissionDenied):
        holidays.save_arrangement(book.uow, mediator, year=2027, notice_number="国办发明电〔2026〕7号",
                                  notice_date=D(2026, 11, 3), festivals=illustrative_2027())


def test_days_of_2027_run_on_a_frozen_today_in_2027(book, monkeypatch):
    """The suite may run with today in 2027 (no notice): registering and listing still work, and
    every date counted through 2027 is provisional."""
    book, staff = book
    set_today(monkeypatch, D(2027, 1, 1))
    received = clock.today() - timedelta(days=3)  # Tue 2026-12-29
    case_id = register_intake(book.uow, staff, make_intake(2, received_on=received))
    window = next(d for d in deadlines.case_deadlines(book.uow, staff, case_id) if d.code == "mediation_window")
    # 15 days -> Wed 2027-01-13, a working day in the estimate
    assert window.due == D(2027, 1, 13) and window.provisional and window.days_left == 12
    ov = deadlines.overview(book.uow, staff, mine_only=False)
    assert ov.today == D(2027, 1, 1) and any(i.case.id == case_id and i.provisional for i in ov.items)
