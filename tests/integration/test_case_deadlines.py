"""Deadlines follow a case's events in a real book: registration, status changes, recorded events,
the office-wide overview and the reminder, and recomputation when the rules change."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import CaseStatus, ClaimKind
from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.services import deadlines
from mediation_desk.services.deadlines import due_date
from mediation_desk.services.mediation import AgreementItem, conclude_agreement
from mediation_desk.services.cases import change_status, get_case, record_event, register_intake
from tests.support.clock import TODAY
from tests.support.books import create_test_book, make_intake, administrator



@pytest.fixture()
def book(store):  # noqa: ANN001 - each test runs on a single-PC book and on an office book
    book, staff = create_test_book(store, cases=0)
    yield book, staff
    book.close()


def codes(items) -> set[str]:
    return {d.code for d in items}


def test_registration_opens_the_mediation_window(book):
    book, staff = book
    received = TODAY - timedelta(days=3)
    case_id = register_intake(book.uow, staff, make_intake(1, received_on=received))
    open_now = deadlines.case_deadlines(book.uow, staff, case_id)
    window = next(d for d in open_now if d.code == "mediation_window")
    assert window.start == received
    assert window.due == due_date("mediation_window", received)
    # the stored copy used by the overview agrees
    ov = deadlines.overview(book.uow, staff, today=window.due, mine_only=False)
    assert any(i.case.id == case_id and i.deadline.code == "mediation_window" for i in ov.items)
    assert ov.due_today >= 1 and "今日到期" in ov.reminder


def test_agreement_closes_the_window_and_opens_review_and_confirmation(book):
    book, staff = book
    received = TODAY - timedelta(days=20)
    case_id = register_intake(book.uow, staff, make_intake(2, received_on=received))
    change_status(book.uow, staff, case_id=case_id, target=CaseStatus.MEDIATION, on=received, reason="受理调解")
    agreed = received + timedelta(days=6)
    # 已达成调解协议 is reached by recording the agreement, never set by hand without one
    with pytest.raises(ConflictError, match="没有调解协议记录"):
        change_status(book.uow, staff, case_id=case_id, target=CaseStatus.AGREEMENT, on=agreed, reason="达成调解协议")
    intake = make_intake(2)
    conclude_agreement(book.uow, staff, case_id=case_id, agreed_on=agreed,
                       items=[AgreementItem(obligor=intake.respondents[0].name, obligee=intake.worker.name,
                                            content="支付拖欠的配送费",
                                            claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("3000"),
                                            due_on=agreed + timedelta(days=10))])
    items = deadlines.case_deadlines(book.uow, staff, case_id)
    assert "mediation_window" not in codes(items)
    assert {"mediation_review", "judicial_confirmation"} <= codes(items)
    review = next(d for d in items if d.code == "mediation_review")
    assert review.start == agreed and review.due == due_date("mediation_review", agreed)
    timeline = get_case(book.uow, staff, case_id).events
    assert [e.kind for e in timeline][-1] == "agreement_effective"


def test_disallowed_transition_is_refused_and_nothing_changes(book):
    book, staff = book
    case_id = register_intake(book.uow, staff, make_intake(3, received_on=TODAY - timedelta(days=1)))
    with pytest.raises(ConflictError) as err:
        change_status(book.uow, staff, case_id=case_id, target=CaseStatus.AWARD, on=TODAY, reason="直接裁决")
    assert "不能直接变为" in err.value.zh
    assert get_case(book.uow, staff, case_id).summary.status is CaseStatus.INTAKE
    with pytest.raises(ValidationError):
        change_status(book.uow, staff, case_id=case_id, target=CaseStatus.MEDIATION, on=TODAY, reason=" ")


def test_recorded_events_drive_the_limitation_and_refuse_unknown_codes(book):
    book, staff = book
    case_id = register_intake(book.uow, staff, make_intake(4, received_on=TODAY - timedelta(days=2)))
    ended = date(2025, 6, 30)  # one year later is 2026-06-30, a Tuesday and a working day
    record_event(book.uow, staff, case_id=case_id, event="relationship_ended", on=ended, note="站点关闭")
    items = deadlines.case_deadlines(book.uow, staff, case_id)
    lim = next(d for d in items if d.code == "limitation_unpaid_wages")
    assert lim.due == date(2026, 6, 30) == due_date("limitation_unpaid_wages", ended)
    # a period ending in a year without the State Council's notice is counted provisionally (暂定),
    # with the reason, in the case and in the stored list
    far = register_intake(book.uow, staff, make_intake(7, received_on=TODAY - timedelta(days=1)))
    record_event(book.uow, staff, case_id=far, event="relationship_ended", on=date(2026, 6, 1))
    lim = next(d for d in deadlines.case_deadlines(book.uow, staff, far) if d.code == "limitation_unpaid_wages")
    if 2027 in jurisdiction.default_calendar().provisional_years:
        assert lim.due == date(2027, 6, 1) and lim.provisional and "2027" in lim.provisional_reason  # a Tuesday
        stored = deadlines.overview(book.uow, staff, mine_only=False).items
        assert any(i.case.id == far and i.provisional and "2027" in i.deadline.problem for i in stored)
    with pytest.raises(ValidationError):
        record_event(book.uow, staff, case_id=case_id, event="no_such_event", on=TODAY)
    with pytest.raises(ValidationError):
        record_event(book.uow, staff, case_id=case_id, event="accepted", on=TODAY + timedelta(days=3))


def test_overview_scopes_handlers_to_their_own_cases(book):
    from mediation_desk.domain.users import Role
    from mediation_desk.services import accounts

    book, staff = book
    accounts.create_user(book.uow, administrator(book), username="xiong", display_name="熊丽华", role=Role.MEDIATOR,
                         password="mediator-pass-1")
    mediator = accounts.log_in(book.uow, username="xiong", password="mediator-pass-1")
    register_intake(book.uow, staff, make_intake(5, received_on=TODAY - timedelta(days=30)))
    mine = register_intake(book.uow, mediator, make_intake(6, received_on=TODAY - timedelta(days=30)))
    ov = deadlines.overview(book.uow, mediator)
    assert {i.case.id for i in ov.items} == {mine}
    assert ov.overdue == 1 and "已逾期" in ov.reminder
    assert deadlines.overview(book.uow, administrator(book)).overdue == 2  # the administrator reads every case


def test_recompute_all_after_rules_change(book):
    book, staff = book
    ids = [register_intake(book.uow, staff, make_intake(10 + n, received_on=TODAY - timedelta(days=n)))
           for n in range(5)]
    assert not deadlines.needs_recompute(book.uow)  # a new book is computed under the rules in force
    # the holiday data or rules changed since the stored deadlines were computed (stand-in: a stale
    # stamp, and one case's stored deadlines lost)
    with book.uow.write() as tx:
        tx.settings.set(deadlines.RULES_STAMP_KEY, "rules-of-last-year")
        tx.cases.replace_deadlines(ids[0], [])
    assert deadlines.needs_recompute(book.uow)
    before = {i.case.id for i in deadlines.overview(book.uow, staff, today=TODAY + timedelta(days=30)).items}
    assert ids[0] not in before
    assert deadlines.recompute_all(book.uow, staff) == 5
    assert not deadlines.needs_recompute(book.uow)
    after = {i.case.id for i in deadlines.overview(book.uow, staff, today=TODAY + timedelta(days=30)).items}
    assert set(ids) <= after
