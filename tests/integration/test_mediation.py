"""Mediation on a real encrypted book: a session with its record, proposals, the agreement (the
case moves to 已达成调解协议 and the review / confirmation periods start), partial and full
performance item by item, the advice on default and the payment-order draft read back with
python-docx (parties, amounts in figures and capitals); a failed mediation with its notice and the
case's next status; the joint applications and their deadlines."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, time, timedelta
from decimal import Decimal

import docx
import pytest

from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.cases import CaseStatus, ClaimKind
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.domain.mediation import AgreementItem, NextStep, PerformanceState, ProposalSide
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.services import documents as sd
from mediation_desk.services import mediation as med
from mediation_desk.services.cases import get_case, register_intake
from mediation_desk.services.deadlines import case_deadlines
from tests.support.clock import TODAY
from tests.support.document_case import create_document_desk, demo_intake

WORKER = "杨娟"
RESPONDENTS = ("江西星耀网络科技有限公司", "江西永信网络科技有限公司")
OBLIGOR = "江西永信网络科技有限公司"
COURT = "南昌市红谷滩区人民法院"
COMMISSION = "南昌市劳动人事争议仲裁委员会"


def docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
    return "\n".join(out)


def money(amount: str) -> tuple[str, str]:
    d = Decimal(amount)
    return format_yuan(d), to_chinese_capital(d)


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    d = create_document_desk(tmp_path_factory.mktemp("mediation") / "book")
    engine = DocumentEngine()
    yield d, engine
    engine.close()
    d.book.close()


def new_case(desk, days_ago: int) -> int:
    d, _ = desk
    return register_intake(d.book.uow, d.staff, replace(demo_intake(), received_on=TODAY - timedelta(days=days_ago)))


def read(desk, view) -> str:
    d, _ = desk
    return docx_text(sd.read_document(d.book.uow, d.staff, document_id=view.id))


def items(agreed_on: date) -> list[AgreementItem]:
    due = agreed_on + timedelta(days=10)
    return [
        AgreementItem(obligor=OBLIGOR, obligee=WORKER, content="支付2025年4月至5月保底工资",
                      claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("2430.50"), due_on=due, method="银行转账"),
        AgreementItem(obligor=OBLIGOR, obligee=WORKER, content="退还违规扣款", claim_kind=ClaimKind.UNLAWFUL_DEDUCTION,
                      amount=Decimal("770.00"), due_on=due, method="银行转账"),
        AgreementItem(obligor=WORKER, obligee="", content="放弃其他调解请求", due_on=agreed_on),
    ]


def agree(desk, case_id: int, agreed_on: date):  # noqa: ANN201
    d, engine = desk
    med.record_session(d.book.uow, d.staff, case_id=case_id, held_on=agreed_on,
                       starts_at=time(9, 30), ends_at=time(11, 0), place="第二调解室",
                       participants="周某（运营主管）", mediator="刘思远", record="申请人：同意调解。")
    return med.conclude_agreement(d.book.uow, d.staff, case_id=case_id, agreed_on=agreed_on, items=items(agreed_on),
                                  renderer=engine)


def test_session_agreement_performance_and_payment_order(desk) -> None:
    d, engine = desk
    uow, staff = d.book.uow, d.staff
    case_id = new_case(desk, 20)
    window = [x for x in case_deadlines(uow, staff, case_id) if x.code == "mediation_window"]
    assert window and window[0].start == TODAY - timedelta(days=20)

    # a session: the case goes into mediation, the record is kept and rendered
    session = med.record_session(uow, staff, case_id=case_id, held_on=TODAY - timedelta(days=18),
                       starts_at=time(9, 30), ends_at=time(11, 0),
                                 place="南昌市红谷滩区调解中心第二调解室", participants="江西永信网络科技有限公司运营主管周某",
                                 mediator="刘思远", record="申请人：公司欠我两个月保底工资6,790元。\n"
                                                           "被申请人：双方是合作关系。\n可以协商。\n调解员：双方是否同意按3,200.50元调解？")
    assert get_case(uow, staff, case_id).summary.status is CaseStatus.MEDIATION
    assert med.record_entries(session.record)[1] == {"speaker": "被申请人", "text": "双方是合作关系。可以协商。"}
    record = med.render_session_record(uow, engine, staff, session_id=session.id, recorder="王晓梅")
    text = read(desk, record)
    assert "南昌市红谷滩区调解中心第二调解室" in text and "王晓梅" in text and "双方是合作关系。可以协商。" in text
    assert WORKER in text and RESPONDENTS[0] in text

    med.add_proposal(uow, staff, case_id=case_id, side=ProposalSide.WORKER, content="支付全部拖欠报酬和扣款",
                     amount=Decimal("7560"), on=TODAY - timedelta(days=18), session_id=session.id)
    med.add_proposal(uow, staff, case_id=case_id, side="employer", party=OBLIGOR, content="一次性支付", amount=Decimal("3000"),
                     on=TODAY - timedelta(days=17))
    with pytest.raises(ValidationError):
        med.add_proposal(uow, staff, case_id=case_id, side="worker", content="", on=TODAY)

    # the agreement: validated, the case moves on, the document carries the items
    agreed_on = TODAY - timedelta(days=15)
    with pytest.raises(ValidationError) as bad:
        med.conclude_agreement(uow, staff, case_id=case_id, agreed_on=agreed_on,
                               items=[AgreementItem(obligor="", obligee=WORKER, content="", due_on=None)])
    assert {"items[0].obligor", "items[0].content", "items[0].due_on"} <= set(bad.value.fields)
    outcome, agreement_doc = med.conclude_agreement(uow, staff, case_id=case_id, agreed_on=agreed_on,
                                                    items=items(agreed_on), renderer=engine)
    assert outcome.outcome == med.AGREEMENT and len(outcome.items) == 3
    detail = get_case(uow, staff, case_id)
    assert detail.summary.status is CaseStatus.AGREEMENT
    assert any(e.kind == "agreement_effective" and e.event_date == agreed_on for e in detail.events)
    codes = {x.code: x for x in case_deadlines(uow, staff, case_id)}
    assert "mediation_window" not in codes
    assert agreed_on + timedelta(days=15) <= codes["mediation_review"].due <= agreed_on + timedelta(days=22)
    assert agreed_on + timedelta(days=30) <= codes["judicial_confirmation"].due <= agreed_on + timedelta(days=37)
    assert agreement_doc is not None and agreement_doc.number
    text = read(desk, agreement_doc)
    for part in (*money("3200.50"), *money("2430.50"), *money("770"), "通过银行转账向杨娟支付2025年4月至5月保底工资",
                 f"江西永信网络科技有限公司应于{numeric_date(agreed_on + timedelta(days=10))}前",
                 "银行转账", WORKER, *RESPONDENTS):
        assert part in text, part

    # partial performance of the wage item, the deduction paid in full, the waiver performed
    wage, deduction, waiver = (s.id for s in outcome.items)
    med.record_performance(uow, staff, item_id=wage, amount=Decimal("1000"), on=TODAY - timedelta(days=8))
    med.record_performance(uow, staff, item_id=deduction, amount=Decimal("770"), on=TODAY - timedelta(days=8))
    med.record_performance(uow, staff, item_id=waiver, amount=None, on=agreed_on)
    with pytest.raises(ValidationError):
        med.record_performance(uow, staff, item_id=wage, amount=Decimal("5000"), on=TODAY)
    early = med.agreement_status(uow, staff, case_id=case_id, today=TODAY - timedelta(days=7))
    assert [r.state for r in early.items] == [PerformanceState.PARTIAL, PerformanceState.PERFORMED,
                                             PerformanceState.PERFORMED]
    assert early.advice.step is NextStep.NONE
    assert early.paid == Decimal("1770.00") and early.total == Decimal("3200.50")

    # past the due date: the wage item is overdue, the advice is a payment order (§16)
    status = med.agreement_status(uow, staff, case_id=case_id)
    assert status.items[0].state is PerformanceState.OVERDUE and status.items[0].outstanding == Decimal("1430.50")
    assert status.advice.step is NextStep.PAYMENT_ORDER and status.advice.items == (0,)
    draft = med.payment_order_draft(uow, engine, staff, case_id=case_id, court=COURT)
    assert draft.template == "payment_order_application"
    text = read(desk, draft)
    for part in (WORKER, *RESPONDENTS, COURT, agreement_doc.number, *money("1430.50"), "拖欠劳动报酬"):
        assert part in text, part
    assert to_chinese_capital(Decimal("2430.50")) not in text  # the unpaid balance, not the agreed sum

    # paid in full: every item performed, the review periods close, nothing to advise
    med.record_performance(uow, staff, item_id=wage, amount=Decimal("1430.50"), on=TODAY)
    status = med.agreement_status(uow, staff, case_id=case_id)
    assert all(r.state is PerformanceState.PERFORMED for r in status.items)
    assert status.advice.step is NextStep.NONE and status.paid == status.total
    assert len(status.performances) == 4
    assert "agreement_performed" in {e.kind for e in get_case(uow, staff, case_id).events}
    assert not {"mediation_review", "judicial_confirmation"} & {x.code for x in case_deadlines(uow, staff, case_id)}
    with pytest.raises(ConflictError):
        med.payment_order_draft(uow, engine, staff, case_id=case_id, court=COURT)

    overview = med.mediation_overview(uow, staff, case_id=case_id)
    assert len(overview.sessions) == 1 and len(overview.proposals) == 2 and overview.agreement is not None
    assert {x.template for x in overview.documents} == {"mediation_record", "mediation_agreement",
                                                       "payment_order_application"}
    with d.book.uow.read() as tx:
        actions = [a for (a,) in tx.session.execute(
            __import__("sqlalchemy").text("SELECT action FROM audit_log WHERE action LIKE 'mediation.%'"))]
    assert actions.count("mediation.performance") == 4 and "mediation.agreement" in actions


def test_default_on_a_non_money_item_points_to_arbitration(desk) -> None:
    d, _ = desk
    case_id = new_case(desk, 25)
    agreed_on = TODAY - timedelta(days=20)
    med.record_session(d.book.uow, d.staff, case_id=case_id, held_on=agreed_on,
                       starts_at=time(9, 30), ends_at=time(11, 0), place="调解室", participants="",
                       mediator="刘思远", record="达成一致。")
    med.conclude_agreement(d.book.uow, d.staff, case_id=case_id, agreed_on=agreed_on, items=[
        AgreementItem(obligor=OBLIGOR, obligee=WORKER, content="出具离职证明", claim_kind=ClaimKind.OTHER,
                      due_on=agreed_on + timedelta(days=3))])
    status = med.agreement_status(d.book.uow, d.staff, case_id=case_id)
    assert status.items[0].state is PerformanceState.OVERDUE
    assert status.advice.step is NextStep.ARBITRATION and "第十五条" in status.advice.reason


def test_failed_mediation_to_arbitration_and_to_closed(desk) -> None:
    d, engine = desk
    uow, staff = d.book.uow, d.staff
    case_id = new_case(desk, 16)
    on = TODAY - timedelta(days=1)
    with pytest.raises(ConflictError):  # not in mediation yet
        med.mediation_failed(uow, staff, case_id=case_id, on=on, reason="被申请人拒绝调解")
    med.record_session(uow, staff, case_id=case_id, held_on=TODAY - timedelta(days=10),
                       starts_at=time(9, 30), ends_at=time(11, 0), place="调解室",
                       participants="", mediator="刘思远", record="被申请人：不同意调解。")
    # a mediation organisation cannot put the case into arbitration: the commission has not accepted it
    with pytest.raises(ConflictError, match="未经仲裁委员会受理"):
        med.mediation_failed(uow, staff, case_id=case_id, on=on, reason="被申请人明确表示不同意调解",
                             next_status=CaseStatus.ARBITRATION)
    assert get_case(uow, staff, case_id).summary.status is CaseStatus.MEDIATION
    outcome, notice = med.mediation_failed(uow, staff, case_id=case_id, on=on, reason="被申请人明确表示不同意调解",
                                           renderer=engine, arbitration_commission=COMMISSION)
    assert outcome.outcome == med.FAILED and outcome.next_status == "closed"
    detail = get_case(uow, staff, case_id)
    assert detail.summary.status is CaseStatus.CLOSED
    assert any(e.kind == "mediation_failed" and e.event_date == on for e in detail.events)
    assert "mediation_window" not in {x.code for x in case_deadlines(uow, staff, case_id)}
    assert notice is not None and notice.template == "mediation_termination" and notice.number
    text = read(desk, notice)
    for part in ("被申请人明确表示不同意调解", COMMISSION, detail.summary.number, WORKER, *money("7560")):
        assert part in text, part

    closed = new_case(desk, 5)
    med.record_session(uow, staff, case_id=closed, held_on=TODAY - timedelta(days=4),
                       starts_at=time(9, 30), ends_at=time(11, 0), place="调解室", participants="",
                       mediator="刘思远", record="申请人：不再主张。")
    with pytest.raises(ValidationError):
        med.mediation_failed(uow, staff, case_id=closed, on=TODAY, reason="x", next_status=CaseStatus.AWARD)
    med.mediation_failed(uow, staff, case_id=closed, on=TODAY, reason="申请人不再主张", next_status=CaseStatus.CLOSED)
    detail = get_case(uow, staff, closed)
    assert detail.summary.status is CaseStatus.CLOSED
    assert {"mediation_failed", "case_closed"} <= {e.kind for e in detail.events}


def test_joint_applications_and_their_deadlines(desk) -> None:
    d, engine = desk
    uow, staff = d.book.uow, d.staff
    # arbitral review within 15 days: recorded, drafted, the periods close, the other is refused
    case_id = new_case(desk, 12)
    agreed_on = TODAY - timedelta(days=10)
    _, agreement_doc = agree(desk, case_id, agreed_on)
    status = med.agreement_status(uow, staff, case_id=case_id)
    assert {x.code for x in status.deadlines} == {"mediation_review", "judicial_confirmation"}
    with pytest.raises(ValidationError):
        med.joint_application(uow, engine, staff, case_id=case_id, kind=med.JointKind.ARBITRAL_REVIEW, on=TODAY)
    view = med.joint_application(uow, engine, staff, case_id=case_id, kind=med.JointKind.ARBITRAL_REVIEW,
                                 on=TODAY - timedelta(days=1), arbitration_commission=COMMISSION)
    text = read(desk, view)
    for part in (COMMISSION, agreement_doc.number, *money("3200.50"), WORKER, *RESPONDENTS):
        assert part in text, part
    assert "arbitration_review_applied" in {e.kind for e in get_case(uow, staff, case_id).events}
    status = med.agreement_status(uow, staff, case_id=case_id)
    assert status.deadlines == () and status.applied == ("arbitration_review_applied",)
    with pytest.raises(ConflictError):
        med.joint_application(uow, engine, staff, case_id=case_id, kind=med.JointKind.JUDICIAL_CONFIRMATION,
                              on=TODAY, court=COURT)

    # 20 days after the agreement: review is too late, judicial confirmation (30 days) is not
    late = new_case(desk, 22)
    agreed_on = TODAY - timedelta(days=20)
    agree(desk, late, agreed_on)
    with pytest.raises(ConflictError) as too_late:
        med.joint_application(uow, engine, staff, case_id=late, kind=med.JointKind.ARBITRAL_REVIEW, on=TODAY,
                              arbitration_commission=COMMISSION)
    assert "15" in str(too_late.value) or "十五" in str(too_late.value) or "15日" in repr(too_late.value)
    view = med.joint_application(uow, engine, staff, case_id=late, kind=med.JointKind.JUDICIAL_CONFIRMATION,
                                 on=TODAY, court=COURT)
    text = read(desk, view)
    for part in (COURT, *money("2430.50"), WORKER):
        assert part in text, part
    assert "judicial_confirmation_applied" in {e.kind for e in get_case(uow, staff, late).events}
    assert not {"mediation_review", "judicial_confirmation"} & {x.code for x in case_deadlines(uow, staff, late)}


def test_an_agreement_between_two_parties_says_双方_and_is_made_in_three_copies(desk) -> None:
    d, engine = desk
    intake = demo_intake()
    case_id = register_intake(d.book.uow, d.staff, replace(intake, respondents=intake.respondents[1:2],
                                                           received_on=TODAY - timedelta(days=3)))
    agreed_on = TODAY - timedelta(days=1)
    med.record_session(d.book.uow, d.staff, case_id=case_id, held_on=agreed_on, starts_at=time(14), ends_at=time(15),
                       place="调解室", participants="", mediator="刘思远", record="达成一致。")
    _, doc = med.conclude_agreement(d.book.uow, d.staff, case_id=case_id, agreed_on=agreed_on, renderer=engine,
                                    items=[AgreementItem(obligor=OBLIGOR, obligee=WORKER, content="支付保底工资",
                                                         claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("1000"),
                                                         due_on=agreed_on + timedelta(days=7))])
    text = read(desk, doc)
    assert "双方当事人" in text and "各方当事人" not in text and "一式三份" in text
    assert "2002年5月15日出生" in text and "岁，" not in text  # the worker's birth date, not an age
    assert text.count("年　　月　　日") == 3  # the worker, the respondent and the mediator sign and date
