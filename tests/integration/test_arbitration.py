"""Arbitration on a real encrypted book: a case walked from application to served award with every
deadline it shows checked against dates worked out by hand across the 2026 Mid-Autumn and National
Day holidays; the final-award test (all final, mixed, §47(2) standards) with its rights notices; the
hearing calendar's conflict detection; a locked award that can only be superseded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.config import AppPaths
from mediation_desk.domain.cases import CaseStatus, ClaimKind
from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.domain.users import OrganisationView, OrgKind, Role
from mediation_desk.services.accounts import setup_organisation
from mediation_desk.services import arbitration as arb
from mediation_desk.services.cases import get_case, register_intake
from mediation_desk.services.deadlines import case_deadlines
from mediation_desk.storage.book import create_book
from tests.support.books import ADMIN_PASSWORD, ADMIN_USERNAME, PASSPHRASE, STAFF_USERNAME, NoKeyring, add_user
from tests.support.document_case import demo_intake

CST = timezone(timedelta(hours=8))
WORKER = "杨娟"
EMPLOYER = "江西永信网络科技有限公司"
ALL_MET = {"scope": True, "claims_and_facts": True, "proper_parties": True, "jurisdiction": True}


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    book = create_book(AppPaths(Path(tmp_path_factory.mktemp("arbitration")) / "book"), PASSPHRASE,
                       keyring=NoKeyring())
    org = OrganisationView(name="南昌市劳动人事争议仲裁委员会", kind=OrgKind.ARBITRATION, doc_prefix="洪劳人仲案字",
                           address="南昌市红谷滩区丰和中大道1288号", phone="0791-86000000")
    admin = setup_organisation(book.uow, org=org, admin_username=ADMIN_USERNAME, admin_display_name="系统管理员",
                               admin_password=ADMIN_PASSWORD)
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name="陈国华", role=Role.ARBITRATOR)
    yield book, staff
    book.close()


def new_case(desk, received: date) -> int:
    book, staff = desk
    return register_intake(book.uow, staff, replace(demo_intake(), received_on=received))


def dues(desk, case_id: int, today: date) -> dict[str, date | None]:
    book, staff = desk
    return {d.code: d.due for d in case_deadlines(book.uow, staff, case_id, today=today)}


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CST)


def party_id(desk, case_id: int, name: str) -> int:
    book, staff = desk
    return next(p.id for p in get_case(book.uow, staff, case_id).parties if p.name == name)


def ruling(claim: str, kind: ClaimKind | None, amount: str | None, *, category: str = "",
           outcome: str = arb.GRANTED) -> arb.Ruling:
    money = amount is not None
    return arb.Ruling(claim=claim, outcome=outcome, subject="" if money else f"为申请人{WORKER}{claim}",
                      payers=(EMPLOYER,) if money else (), due_days=10 if money else None,
                      amount=Decimal(amount) if amount is not None else None, claim_kind=kind, category=category,
                      calculation=f"{amount}元（按结算单计算）" if amount else "")


def award_draft(rulings, on: date) -> arb.AwardDraft:
    return arb.AwardDraft(claims=tuple(r.claim for r in rulings),
                          facts=(arb.FactFound("申请人自2025年3月起在被申请人处从事直播工作。"),),
                          reasoning="依照《中华人民共和国劳动合同法》第三十条……", rulings=tuple(rulings),
                          award_date=on, monthly_minimum_wage=Decimal("1850"))


def test_walk_from_application_to_served_award(desk) -> None:
    book, staff = desk
    uow = book.uow
    # Received Thu 2026-09-17. Calendar: Sat 09-19 rest, Sun 09-20 make-up working day, 09-25..27
    # Mid-Autumn, 10-01..07 National Day, Sat 10-10 make-up working day.
    case_id = new_case(desk, date(2026, 9, 17))
    # acceptance_decision, 5 working days: 09-18 (1), 09-20 make-up Sunday (2), 09-21 (3), 09-22 (4), 09-23 (5)
    assert dues(desk, case_id, date(2026, 9, 18)) == {"acceptance_decision": date(2026, 9, 23)}

    with pytest.raises(ValidationError, match="有管辖权"):
        arb.review_application(uow, staff, case_id=case_id, checklist={**ALL_MET, "jurisdiction": False},
                               decided_on=date(2026, 9, 22))
    review = arb.review_application(uow, staff, case_id=case_id, checklist=ALL_MET, decided_on=date(2026, 9, 22))
    assert review.decision == arb.ACCEPT and review.due == date(2026, 9, 23) and not review.late
    assert get_case(uow, staff, case_id).summary.status is CaseStatus.ARBITRATION
    # accepted Tue 09-22.
    # application_copy_service and tribunal_notice, 5 working days: 09-23 (1), 09-24 (2), 09-25..27 holiday,
    # 09-28 (3), 09-29 (4), 09-30 (5).
    # award, 45 calendar days: 09-22 + 45 = 11-06 (Fri, a working day).
    assert dues(desk, case_id, date(2026, 9, 22)) == {
        "application_copy_service": date(2026, 9, 30), "tribunal_notice": date(2026, 9, 30),
        "award": date(2026, 11, 6)}

    arb.record_service(uow, staff, case_id=case_id, document_title="仲裁申请书副本、应诉通知书", recipient=EMPLOYER,
                       party_id=party_id(desk, case_id, EMPLOYER), method="direct", sent_on=date(2026, 9, 29),
                       signed_by="周某", event="application_copy_served")
    tribunal = arb.form_tribunal(uow, staff, case_id=case_id, members=[arb.ArbitratorRef("刘仲裁")],
                                 formed_on=date(2026, 9, 29), notified_on=date(2026, 9, 29))
    assert tribunal.kind == "sole" and tribunal.notified_on == date(2026, 9, 29)
    # defence, 10 working days from 09-29: 09-30 (1), 10-01..07 holiday, 10-08 (2), 10-09 (3), Sat 10-10
    # make-up (4), 10-12 (5), 10-13 (6), 10-14 (7), 10-15 (8), 10-16 (9), Mon 10-19 (10).
    assert dues(desk, case_id, date(2026, 9, 29)) == {"defence": date(2026, 10, 19), "award": date(2026, 11, 6)}

    hearing = arb.schedule_hearing(uow, staff, case_id=case_id, starts_at=at(date(2026, 10, 20), 9),
                                   ends_at=at(date(2026, 10, 20), 11), room="第一仲裁庭")
    # hearing_notice, 5 working days before Tue 10-20: 10-19 (1), 10-16 (2), 10-15 (3), 10-14 (4), 10-13 (5).
    assert dues(desk, case_id, date(2026, 10, 9))["hearing_notice"] == date(2026, 10, 13)
    with pytest.raises(ValidationError, match="最迟应于2026年10月13日送达"):
        arb.serve_hearing_notice(uow, staff, hearing_id=hearing.id, served_on=date(2026, 10, 14))
    arb.serve_hearing_notice(uow, staff, hearing_id=hearing.id, served_on=date(2026, 10, 12))

    arb.record_service(uow, staff, case_id=case_id, document_title="答辩书", recipient=EMPLOYER,
                       method="direct", sent_on=date(2026, 10, 15), event="defence_filed", note="被申请人提交答辩书")
    # defence_copy_service, 5 working days from 10-15: 10-16 (1), 10-19 (2), 10-20 (3), 10-21 (4), 10-22 (5).
    assert dues(desk, case_id, date(2026, 10, 15)) == {"defence_copy_service": date(2026, 10, 22),
                                                       "award": date(2026, 11, 6)}
    arb.record_service(uow, staff, case_id=case_id, document_title="答辩书副本", recipient=WORKER, method="electronic",
                       consent=True, sent_on=date(2026, 10, 16), event="defence_copy_served")
    with pytest.raises(ValidationError, match="电子送达须经受送达人同意"):
        arb.record_service(uow, staff, case_id=case_id, document_title="证据", recipient=WORKER,
                           method="electronic", sent_on=date(2026, 10, 16))
    held = arb.record_attendance(uow, staff, hearing_id=hearing.id, applicant_present=True, respondent_present=False)
    assert held.status == "held"

    # Public-notice period 10-21..10-25 (5 days) not counted; extension of 15 days approved 10-30.
    arb.add_suspension(uow, staff, case_id=case_id, kind=arb.PUBLIC_NOTICE, start=date(2026, 10, 21),
                       end=date(2026, 10, 25), reason="被申请人下落不明，公告送达开庭传票")
    # award: 45 days + 5 excluded -> 09-22 + 50 = 11-11 (Wed)
    assert dues(desk, case_id, date(2026, 10, 26))["award"] == date(2026, 11, 11)
    arb.approve_extension(uow, staff, case_id=case_id, approved_on=date(2026, 10, 30), approver="仲裁委主任王某",
                          reason="案情复杂，需调取平台数据")
    with pytest.raises(ConflictError):
        arb.approve_extension(uow, staff, case_id=case_id, approved_on=date(2026, 10, 30), approver="王某",
                              reason="再次延长")
    # award: 60 days + 5 excluded -> 09-22 + 65 = 11-26 (Thu)
    ds = {d.code: d for d in case_deadlines(uow, staff, case_id, today=date(2026, 10, 30))}
    assert ds["award"].due == date(2026, 11, 26) and ds["award"].extended and ds["award"].excluded_days == 5

    draft = award_draft([ruling("拖欠劳动报酬", ClaimKind.UNPAID_PAY, "6790.00"),
                         ruling("返还违法扣款", ClaimKind.UNLAWFUL_DEDUCTION, "770.00", category=arb.MONEY)],
                        date(2026, 11, 20))
    award = arb.draft_award(uow, staff, case_id=case_id, draft=draft)
    assert award.default_award  # the respondent did not attend the hearing
    award = arb.approve_award(uow, staff, award_id=award.id)
    assert award.finality == arb.FINAL and len(award.parts) == 1
    assert award.number == get_case(uow, staff, case_id).summary.number  # an award carries the case number
    assert get_case(uow, staff, case_id).summary.status is CaseStatus.AWARD
    assert dues(desk, case_id, date(2026, 11, 20)) == {}  # award_made closes the award period

    arb.serve_award(uow, staff, award_id=award.id, party_id=party_id(desk, case_id, WORKER), method="direct",
                    sent_on=date(2026, 11, 23), signed_by=WORKER)
    arb.serve_award(uow, staff, award_id=award.id, party_id=party_id(desk, case_id, EMPLOYER), method="post",
                    sent_on=date(2026, 11, 23), served_on=date(2026, 11, 24), receipt="EMS回执")
    # latest service 11-24: sue_after_award 15 days -> 12-09 (Wed); revoke_final_award 30 days -> 12-24 (Thu)
    assert dues(desk, case_id, date(2026, 11, 24)) == {"sue_after_award": date(2026, 12, 9),
                                                       "revoke_final_award": date(2026, 12, 24)}
    per_party = {(p.party, p.code): p.due for p in arb.party_deadlines(uow, staff, case_id=case_id)}
    # the worker served 11-23: 15 days -> 12-08 (Tue); the employer served 11-24: 30 days -> 12-24
    assert per_party == {(WORKER, "sue_after_award"): date(2026, 12, 8),
                         (EMPLOYER, "revoke_final_award"): date(2026, 12, 24)}


def test_restart_on_added_claims_and_public_notice_service(desk) -> None:
    book, staff = desk
    case_id = new_case(desk, date(2026, 9, 17))
    arb.review_application(book.uow, staff, case_id=case_id, checklist=ALL_MET, decided_on=date(2026, 9, 18))
    # accepted 09-18: award 45 days -> 11-02 (Mon)
    assert dues(desk, case_id, date(2026, 9, 18))["award"] == date(2026, 11, 2)
    arb.record_restart(book.uow, staff, case_id=case_id, event="claims_changed", on=date(2026, 10, 9),
                       note="申请人增加加班费请求")
    # restarted 10-09: 45 days -> 11-23 (Mon)
    d = {x.code: x for x in case_deadlines(book.uow, staff, case_id, today=date(2026, 10, 9))}
    assert d["award"].due == date(2026, 11, 23) and d["award"].start_event == "claims_changed"
    rec = arb.record_service(book.uow, staff, case_id=case_id, document_title="开庭通知", recipient=EMPLOYER,
                             method="public_notice", sent_on=date(2026, 10, 12))
    assert rec.served_on == date(2026, 11, 11)  # deemed served 30 days after publication


def test_not_accepted_and_wrong_commission(desk) -> None:
    book, staff = desk
    c1 = new_case(desk, date(2026, 11, 23))
    r = arb.review_application(book.uow, staff, case_id=c1, checklist={**ALL_MET, "scope": False},
                               notes={"scope": "合伙经营纠纷，不属于劳动争议"}, decided_on=date(2026, 11, 24))
    assert r.decision == arb.NOT_ACCEPT and "合伙经营纠纷" in r.reasons
    assert get_case(book.uow, staff, c1).summary.status is CaseStatus.HANDOFF
    c2 = new_case(desk, date(2026, 11, 23))
    r = arb.review_application(book.uow, staff, case_id=c2, checklist={**ALL_MET, "jurisdiction": False},
                               decided_on=date(2026, 11, 24), competent_commission="九江市劳动人事争议仲裁委员会")
    assert r.decision == arb.WRONG_COMMISSION
    detail = get_case(book.uow, staff, c2)
    assert detail.summary.status is CaseStatus.CLOSED
    assert "jurisdiction_explained" in {e.kind for e in detail.events}
    ok, text = arb.jurisdiction_check(performance_place="南昌市红谷滩区", employer_seat="九江市濂溪区",
                                      commission_area="南昌市")
    assert ok and "履行地" in text
    ok, text = arb.jurisdiction_check(performance_place="九江市濂溪区", employer_seat="南昌市西湖区",
                                      commission_area="南昌市", performance_place_seized=True)
    assert not ok and "履行地" in text


def _accepted_case(desk, hearing_day: date | None = None, *, written: bool = False) -> int:
    book, staff = desk
    case_id = new_case(desk, date(2026, 11, 2))
    arb.review_application(book.uow, staff, case_id=case_id, checklist=ALL_MET, decided_on=date(2026, 11, 3))
    arb.form_tribunal(book.uow, staff, case_id=case_id,
                      members=[arb.ArbitratorRef("张首席"), arb.ArbitratorRef("李仲裁"), arb.ArbitratorRef("王仲裁")],
                      formed_on=date(2026, 11, 4))
    if written:
        arb.decide_written_review(book.uow, staff, case_id=case_id, on=date(2026, 11, 18),
                                  reason="双方当事人书面同意不开庭，案件事实清楚")
    return case_id


def test_hearing_calendar_refuses_double_booking(desk) -> None:
    book, staff = desk
    a, b = _accepted_case(desk), _accepted_case(desk)
    day = date(2026, 12, 10)
    first = arb.schedule_hearing(book.uow, staff, case_id=a, starts_at=at(day, 9), ends_at=at(day, 11), room="第二仲裁庭")
    a_number = get_case(book.uow, staff, a).summary.number
    # the same arbitrator, another room, overlapping time
    with pytest.raises(ConflictError) as exc:
        arb.schedule_hearing(book.uow, staff, case_id=b, starts_at=at(day, 10), ends_at=at(day, 12),
                             room="第三仲裁庭", arbitrators=[arb.ArbitratorRef("李仲裁")])
    assert "仲裁员李仲裁" in exc.value.zh and a_number in exc.value.zh and "第二仲裁庭" in exc.value.zh
    assert "2026年12月10日09:00至11:00" in exc.value.zh
    # the same room, other arbitrators
    with pytest.raises(ConflictError, match="第二仲裁庭"):
        arb.schedule_hearing(book.uow, staff, case_id=b, starts_at=at(day, 10), ends_at=at(day, 12),
                             room="第二仲裁庭", arbitrators=[arb.ArbitratorRef("赵仲裁")])
    # back to back is fine
    arb.schedule_hearing(book.uow, staff, case_id=b, starts_at=at(day, 11), ends_at=at(day, 12), room="第二仲裁庭",
                         arbitrators=[arb.ArbitratorRef("李仲裁")])
    # a postponement requested in time frees the slot and re-checks the new one
    with pytest.raises(ValidationError, match="三日前"):
        arb.postpone_hearing(book.uow, staff, hearing_id=first.id, requested_by=WORKER,
                             requested_on=date(2026, 12, 8), reason="申请人住院", new_starts_at=at(day + timedelta(7), 9),
                             new_ends_at=at(day + timedelta(7), 11))
    moved = arb.postpone_hearing(book.uow, staff, hearing_id=first.id, requested_by=WORKER,
                                 requested_on=date(2026, 12, 7), reason="申请人住院",
                                 new_starts_at=at(day + timedelta(7), 9), new_ends_at=at(day + timedelta(7), 11))
    assert moved.previous_id == first.id
    cal = arb.hearing_calendar(book.uow, staff, start=at(day, 0), end=at(day, 23), room="第二仲裁庭")
    assert [h.case_id for h in cal] == [b]


def test_applicant_absent_is_withdrawal(desk) -> None:
    book, staff = desk
    case_id = _accepted_case(desk)
    h = arb.schedule_hearing(book.uow, staff, case_id=case_id, starts_at=at(date(2026, 11, 27), 14),
                             ends_at=at(date(2026, 11, 27), 16), room="第五仲裁庭")
    arb.record_attendance(book.uow, staff, hearing_id=h.id, applicant_present=False, respondent_present=True)
    detail = get_case(book.uow, staff, case_id)
    assert detail.summary.status is CaseStatus.WITHDRAWN
    assert "application_withdrawn" in {e.kind for e in detail.events}


def test_final_award_test_per_item() -> None:
    monthly = Decimal("1850")  # threshold 22,200.00
    allfinal = arb.classify_award([ruling("劳动报酬", ClaimKind.UNPAID_PAY, "22200.00"),
                                   ruling("经济补偿", ClaimKind.ECONOMIC_COMPENSATION, "9000")], monthly)
    assert allfinal.finality == arb.FINAL and allfinal.threshold == Decimal("22200.00")
    mixed = arb.classify_award([ruling("劳动报酬", ClaimKind.UNPAID_PAY, "6000"),
                                ruling("违法解除赔偿金", ClaimKind.UNLAWFUL_TERMINATION, "22200.01")], monthly)
    assert mixed.finality == arb.MIXED and mixed.per_ruling == (arb.FINAL, arb.NON_FINAL)
    standards = arb.classify_award([ruling("补缴社会保险", ClaimKind.SOCIAL_INSURANCE, "80000", category=arb.STANDARDS)],
                                   monthly)
    assert standards.finality == arb.FINAL and "第（二）项" in standards.reasons[0]
    other = arb.classify_award([ruling("确认劳动关系", ClaimKind.CONFIRM_RELATIONSHIP, None)], monthly)
    assert other.finality == arb.NON_FINAL
    assert "三十日内" in arb.rights_notice(arb.FINAL) and "中级人民法院" in arb.rights_notice(arb.FINAL)
    assert "三十日" not in arb.rights_notice(arb.NON_FINAL) and "十五日内" in arb.rights_notice(arb.NON_FINAL)


def test_mixed_award_is_split_and_locked_award_is_superseded(desk) -> None:
    book, staff = desk
    case_id = _accepted_case(desk, written=True)
    on = date(2026, 11, 20)
    draft = award_draft([ruling("拖欠劳动报酬", ClaimKind.UNPAID_PAY, "6790.00"),
                         ruling("违法解除劳动合同赔偿金", ClaimKind.UNLAWFUL_TERMINATION, "30000.00"),
                         ruling("补缴社会保险", ClaimKind.SOCIAL_INSURANCE, None, category=arb.STANDARDS)], on)
    award = arb.draft_award(book.uow, staff, case_id=case_id, draft=draft)
    assert award.finality == arb.MIXED and not award.locked
    award = arb.update_draft(book.uow, staff, award_id=award.id, draft=replace(draft, reasoning="修改后的理由"))
    award = arb.approve_award(book.uow, staff, award_id=award.id)
    parts = {p.finality: p for p in award.parts}
    assert parts[arb.FINAL].rulings == (0, 2) and parts[arb.NON_FINAL].rulings == (1,)
    assert parts[arb.FINAL].number != parts[arb.NON_FINAL].number
    assert parts[arb.FINAL].number.endswith("之一") and parts[arb.NON_FINAL].number.endswith("之二")
    assert parts[arb.FINAL].rights_notice == arb.rights_notice(arb.FINAL)
    assert parts[arb.NON_FINAL].rights_notice == arb.rights_notice(arb.NON_FINAL)
    ctx = arb.award_context(award, part=arb.NON_FINAL)
    assert [r["claim"] for r in ctx["rulings"]] == ["违法解除劳动合同赔偿金"]
    assert ctx["rights_notice"] == arb.rights_notice(arb.NON_FINAL) and ctx["award_number"] == parts[arb.NON_FINAL].number
    # locked: no edit, only a superseding version
    with pytest.raises(ConflictError, match="已审批锁定"):
        arb.update_draft(book.uow, staff, award_id=award.id, draft=draft)
    fixed = arb.correct_award(book.uow, staff, award_id=award.id, reason="第一项金额笔误",
                              draft=replace(draft, rulings=(ruling("拖欠劳动报酬", ClaimKind.UNPAID_PAY, "6970.00"),
                                                            *draft.rulings[1:])))
    assert fixed.version == 2 and fixed.supersedes_id == award.id and fixed.status == "draft"
    fixed = arb.approve_award(book.uow, staff, award_id=fixed.id)
    assert {p.number for p in fixed.parts} == {p.number for p in award.parts}
    assert arb.get_award(book.uow, staff, award.id).status == "superseded"
    with pytest.raises(ConflictError):
        arb.update_draft(book.uow, staff, award_id=fixed.id, draft=draft)
    assert get_case(book.uow, staff, case_id).summary.status is CaseStatus.AWARD


def test_partial_award_provisional_execution_and_arbitral_mediation(desk) -> None:
    book, staff = desk
    case_id = _accepted_case(desk, written=True)
    pay = ruling("拖欠劳动报酬", ClaimKind.UNPAID_PAY, "6790.00")
    bad = arb.ProvisionalExecution(rulings=(0,), rights_clear=True, livelihood_affected=False)
    with pytest.raises(ValidationError, match="严重影响申请人的生活"):
        arb.draft_award(book.uow, staff, case_id=case_id,
                        draft=replace(award_draft([pay], date(2026, 11, 20)), kind=arb.PARTIAL,
                                      provisional_execution=bad))
    partial = arb.draft_award(book.uow, staff, case_id=case_id, draft=replace(
        award_draft([pay], date(2026, 11, 20)), kind=arb.PARTIAL,
        provisional_execution=replace(bad, livelihood_affected=True)))
    partial = arb.approve_award(book.uow, staff, award_id=partial.id)
    assert partial.locked and get_case(book.uow, staff, case_id).summary.status is CaseStatus.ARBITRATION
    # a partial award names what it dismisses: the other claims are still to be decided
    other = arb.draft_award(book.uow, staff, case_id=case_id, draft=replace(
        award_draft([pay, ruling("加班费", ClaimKind.OVERTIME_PAY, None, outcome=arb.DISMISSED)], date(2026, 11, 20)),
        kind=arb.PARTIAL))
    detail = get_case(book.uow, staff, case_id)
    texts = [i["text"] for i in arb.award_context(other, parties=detail.parties)["operative_items"]]
    assert texts[0].startswith(f"被申请人{EMPLOYER}应于本裁决书生效之日起十日内向申请人{WORKER}支付拖欠的劳动报酬")
    assert texts[1] == "驳回申请人关于加班费的仲裁请求。"
    whole = arb.award_context(replace(other, kind=arb.AWARD), parties=detail.parties)["operative_items"]
    assert whole[-1]["text"] == "驳回申请人的其他仲裁请求。"

    med = arb.record_arbitral_mediation(book.uow, staff, case_id=case_id, mediated_on=date(2026, 11, 25),
                                        claims=["支付拖欠劳动报酬6790元"],
                                        agreement=[{"obligor": EMPLOYER, "obligee": WORKER, "content": "拖欠的劳动报酬",
                                                    "amount": "3000", "due_date": date(2026, 12, 5)}])
    with pytest.raises(ValidationError, match="不能留置"):
        arb.serve_award(book.uow, staff, award_id=med.id, party_id=party_id(desk, case_id, WORKER), method="left",
                        sent_on=date(2026, 11, 25), signed_by=WORKER, note="拒收")
    for name in (WORKER, "江西星耀网络科技有限公司", EMPLOYER):
        arb.serve_award(book.uow, staff, award_id=med.id, party_id=party_id(desk, case_id, name), method="direct",
                        sent_on=date(2026, 11, 26), signed_by=name)
    detail = get_case(book.uow, staff, case_id)
    assert detail.summary.status is CaseStatus.AGREEMENT
    assert "arbitral_mediation_effective" in {e.kind for e in detail.events}


def test_a_running_suspension_is_the_case_state_and_its_end_resumes(desk) -> None:
    """中止审理 moves the case to 中止 while it runs; its end resumes the arbitration, and the
    suspended days are not counted in the award period."""
    book, staff = desk
    from mediation_desk.services.cases import get_case as _get

    case_id = _accepted_case(desk)
    start = date(2026, 11, 10)
    s = arb.add_suspension(book.uow, staff, case_id=case_id, kind=arb.SUSPENSION, start=start,
                           reason="等待工伤认定结论")
    assert _get(book.uow, staff, case_id).summary.status is CaseStatus.SUSPENDED
    arb.end_suspension(book.uow, staff, suspension_id=s.id, end=start + timedelta(days=2))
    assert _get(book.uow, staff, case_id).summary.status is CaseStatus.ARBITRATION


def test_a_postponed_hearing_reopens_its_notice_deadline(desk) -> None:
    """The notice served for a postponed hearing does not close the notice deadline of the new one:
    the case's hearing-notice deadline opens again at the new date until its own notice is served."""
    book, staff = desk
    case_id = _accepted_case(desk)
    day = date(2026, 12, 21)  # Monday
    first = arb.schedule_hearing(book.uow, staff, case_id=case_id, starts_at=at(day, 9), ends_at=at(day, 11),
                                 room="第六仲裁庭")
    # 5 working days before Mon 12-21: 12-18 (1), 12-17 (2), 12-16 (3), 12-15 (4), 12-14 (5)
    assert dues(desk, case_id, date(2026, 12, 8))["hearing_notice"] == date(2026, 12, 14)
    arb.serve_hearing_notice(book.uow, staff, hearing_id=first.id, served_on=date(2026, 12, 9))
    assert "hearing_notice" not in dues(desk, case_id, date(2026, 12, 9))
    new_day = date(2026, 12, 29)  # Tuesday
    second = arb.postpone_hearing(book.uow, staff, hearing_id=first.id, requested_by=WORKER,
                                  requested_on=date(2026, 12, 10), reason="申请人住院治疗",
                                  new_starts_at=at(new_day, 9), new_ends_at=at(new_day, 11))
    # reopened: 5 working days before Tue 12-29: 12-28 (1), 12-25 (2), 12-24 (3), 12-23 (4), 12-22 (5)
    assert dues(desk, case_id, date(2026, 12, 10))["hearing_notice"] == date(2026, 12, 22)
    with book.uow.read() as tx:  # the stored per-case deadlines, as the office-wide list reads them
        stored = {row.code: row.due for case, row in tx.cases.deadlines_due(until=date(2027, 12, 31), handler_id=None)
                  if case.id == case_id}
    assert stored["hearing_notice"] == date(2026, 12, 22)
    arb.serve_hearing_notice(book.uow, staff, hearing_id=second.id, served_on=date(2026, 12, 11))
    assert "hearing_notice" not in dues(desk, case_id, date(2026, 12, 11))


def test_a_mediation_centre_book_cannot_arbitrate(tmp_path) -> None:
    """Acceptance, tribunal, hearings and awards belong to a commission's book; a mediation
    centre's book refuses each with a clear message (it may still draft the worker's application)."""
    book = create_book(AppPaths(tmp_path / "centre"), PASSPHRASE, keyring=NoKeyring())
    org = OrganisationView(name="南昌市新就业形态劳动争议调解中心", kind=OrgKind.MEDIATION, doc_prefix="洪新调字",
                           address="南昌市红谷滩区", phone="0791-86000000")
    admin = setup_organisation(book.uow, org=org, admin_username=ADMIN_USERNAME, admin_display_name="系统管理员",
                               admin_password=ADMIN_PASSWORD)
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name="熊丽华", role=Role.ARBITRATOR)
    try:
        case_id = register_intake(book.uow, staff, replace(demo_intake(), received_on=date(2026, 11, 2)))
        with pytest.raises(ConflictError, match="不是劳动人事争议仲裁委员会") as exc:
            arb.review_application(book.uow, staff, case_id=case_id, checklist=ALL_MET, decided_on=date(2026, 11, 3))
        assert "南昌市新就业形态劳动争议调解中心" in exc.value.zh and "commission" in exc.value.en
        with pytest.raises(ConflictError, match="不是劳动人事争议仲裁委员会"):
            arb.form_tribunal(book.uow, staff, case_id=case_id, members=[arb.ArbitratorRef("刘仲裁")],
                              formed_on=date(2026, 11, 4))
        with pytest.raises(ConflictError, match="不是劳动人事争议仲裁委员会"):
            arb.draft_award(book.uow, staff, case_id=case_id,
                            draft=award_draft([ruling("拖欠劳动报酬", ClaimKind.UNPAID_PAY, "6790.00")],
                                              date(2026, 11, 20)))
        assert get_case(book.uow, staff, case_id).summary.status is CaseStatus.INTAKE  # nothing half-written
    finally:
        book.close()


def test_approval_is_refused_while_the_record_cannot_support_the_award(desk) -> None:
    book, staff = desk
    case_id = _accepted_case(desk)
    pay = ruling("拖欠劳动报酬", ClaimKind.UNPAID_PAY, "6790.00")
    award = arb.draft_award(book.uow, staff, case_id=case_id, draft=award_draft([pay], date(2026, 11, 20)))
    with pytest.raises(ConflictError, match="没有开庭审理的记录"):  # no hearing held, no 书面审理 decision
        arb.approve_award(book.uow, staff, award_id=award.id)
    arb.decide_written_review(book.uow, staff, case_id=case_id, on=date(2026, 11, 18), reason="双方书面同意不开庭")
    future = arb.update_draft(book.uow, staff, award_id=award.id, draft=award_draft([pay], date(2099, 1, 4)))
    with pytest.raises(ConflictError, match="晚于今天"):
        arb.approve_award(book.uow, staff, award_id=future.id)
    # a payment without its payer or time limit never gets that far
    with pytest.raises(ValidationError, match="履行期限"):
        arb.update_draft(book.uow, staff, award_id=award.id,
                         draft=award_draft([replace(pay, due_days=None)], date(2026, 11, 20)))
    with pytest.raises(ValidationError, match="连带责任"):
        arb.update_draft(book.uow, staff, award_id=award.id,
                         draft=award_draft([replace(pay, payers=(EMPLOYER, "江西星耀网络科技有限公司"))],
                                           date(2026, 11, 20)))
    arb.update_draft(book.uow, staff, award_id=award.id, draft=award_draft([pay], date(2026, 11, 20)))
    approved = arb.approve_award(book.uow, staff, award_id=award.id)
    assert approved.content["procedure"]["written_reason"] == "双方书面同意不开庭"
    assert approved.content["procedure"]["hearings"] == [] and not approved.content["procedure"]["mediation_failed"]
