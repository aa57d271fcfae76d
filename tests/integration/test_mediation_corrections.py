"""Correcting the mediation record on a real book: sessions, proposals and agreement items edited or
deleted with a reason (audited with what was there before), and a mistaken performance reversed by a
correcting entry -- the original stays, the item's paid amount and state and the case's
``agreement_performed`` event are recomputed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.domain.mediation import AgreementItem, PerformanceState, ProposalSide
from mediation_desk.services import clock
from mediation_desk.services import mediation as med
from mediation_desk.services import mediation_edits as edits
from mediation_desk.services.cases import get_case, register_intake
from tests.support.document_case import create_document_desk, demo_intake

TODAY = clock.today()
WORKER = "杨娟"
FIRST, SECOND = "江西星耀网络科技有限公司", "江西永信网络科技有限公司"


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    d = create_document_desk(tmp_path_factory.mktemp("corrections") / "book")
    engine = DocumentEngine()
    yield d, engine
    engine.close()
    d.book.close()


def _audit(d, action: str) -> list[dict]:  # noqa: ANN001
    with d.book.uow.read() as tx:
        rows = tx.session.execute(text("SELECT changes FROM audit_log WHERE action = :a ORDER BY id"), {"a": action})
        return [json.loads(c) for (c,) in rows]


def _case(d, days_ago: int) -> int:  # noqa: ANN001
    return register_intake(d.book.uow, d.staff, replace(demo_intake(), received_on=TODAY - timedelta(days=days_ago)))


def test_sessions_and_proposals_are_edited_and_deleted_with_a_reason(desk) -> None:
    d, _ = desk
    uow, staff = d.book.uow, d.staff
    case_id = _case(d, 6)
    day = TODAY - timedelta(days=5)
    with pytest.raises(ValidationError) as missing:
        med.record_session(uow, staff, case_id=case_id, held_on=day, place="调解室", participants="",
                           mediator="刘思远", record="申请人：请求支付工资。")
    assert {"starts_at", "ends_at"} <= set(missing.value.fields)
    with pytest.raises(ValidationError) as order:
        med.record_session(uow, staff, case_id=case_id, held_on=day, starts_at=time(11), ends_at=time(10),
                           place="调解室", participants="", mediator="刘思远", record="申请人：请求支付工资。")
    assert "ends_at" in order.value.fields
    session = med.record_session(uow, staff, case_id=case_id, held_on=day, starts_at=time(9, 30),
                                 ends_at=time(10, 45), place="调解室", participants="", mediator="刘思远",
                                 record="申请人：请求支付工资。")
    assert med.session_time_text(session.starts_at, session.ends_at) == "9时30分至10时45分"

    with pytest.raises(ValidationError) as no_reason:
        edits.update_session(uow, staff, session_id=session.id, held_on=day, starts_at=time(9, 30),
                             ends_at=time(11), place="第二调解室", participants="周某", mediator="刘思远",
                             record="申请人：请求支付工资。", reason="  ")
    assert "reason" in no_reason.value.fields
    edited = edits.update_session(uow, staff, session_id=session.id, held_on=day, starts_at=time(9, 30),
                                  ends_at=time(11), place="第二调解室", participants="周某", mediator="刘思远",
                                  record="申请人：请求支付工资。", reason="地点记错")
    assert edited.place == "第二调解室" and edited.ends_at == time(11)
    audit = _audit(d, "mediation.session_edited")[-1]
    assert audit["reason"] == "地点记错" and audit["before"]["place"] == "调解室"

    proposal = med.add_proposal(uow, staff, case_id=case_id, side=ProposalSide.EMPLOYER, party=SECOND,
                                content="一次性支付3,000元", amount=Decimal("3000"), on=day, session_id=session.id)
    assert med.proposal_author(proposal) == f"被申请人{SECOND}"
    with pytest.raises(ValidationError):
        edits.update_proposal(uow, staff, proposal_id=proposal.id, side="employer", party="某某公司",
                              content="一次性支付", amount=None, on=day, reason="提出方记错")
    changed = edits.update_proposal(uow, staff, proposal_id=proposal.id, side="employer", party=FIRST,
                                    content="一次性支付3,200元", amount=Decimal("3200"), on=day, reason="提出方记错")
    assert changed.party == FIRST and changed.amount == Decimal("3200.00")
    assert _audit(d, "mediation.proposal_edited")[-1]["before"]["party"] == SECOND

    edits.delete_session(uow, staff, session_id=session.id, reason="重复登记")
    overview = med.mediation_overview(uow, staff, case_id=case_id)
    assert overview.sessions == () and overview.proposals[0].session_id is None  # the proposal is kept
    assert _audit(d, "mediation.session_deleted")[-1]["before"]["record"] == "申请人：请求支付工资。"
    edits.delete_proposal(uow, staff, proposal_id=proposal.id, reason="误登记")
    assert med.mediation_overview(uow, staff, case_id=case_id).proposals == ()
    assert _audit(d, "mediation.proposal_deleted")[-1]["reason"] == "误登记"


def test_items_are_corrected_and_performance_is_reversed_by_a_correcting_entry(desk) -> None:
    d, engine = desk
    uow, staff = d.book.uow, d.staff
    case_id = _case(d, 12)
    agreed_on = TODAY - timedelta(days=10)
    med.record_session(uow, staff, case_id=case_id, held_on=agreed_on, starts_at=time(9), ends_at=time(10),
                       place="调解室", participants="", mediator="刘思远", record="达成一致。")
    outcome, _ = med.conclude_agreement(uow, staff, case_id=case_id, agreed_on=agreed_on, items=[
        AgreementItem(obligor=SECOND, obligee=WORKER, content="支付保底工资", claim_kind=ClaimKind.UNPAID_PAY,
                      amount=Decimal("2000"), due_on=TODAY + timedelta(days=5), method="银行转账"),
        AgreementItem(obligor=SECOND, obligee=WORKER, content="出具离职证明", due_on=TODAY + timedelta(days=5)),
        AgreementItem(obligor=FIRST, obligee=WORKER, content="退还押金", amount=Decimal("500"),
                      due_on=TODAY + timedelta(days=5))], renderer=engine)
    wage, certificate, deposit = (s.id for s in outcome.items)

    # an item's terms corrected: audited, a corrected copy of the agreement keeps its number
    with pytest.raises(ValidationError):
        edits.update_item(uow, staff, item_id=wage, reason="金额记错", item=AgreementItem(
            obligor=SECOND, obligee="", content="支付保底工资", amount=Decimal("2100"), due_on=TODAY))
    stored, doc = edits.update_item(uow, staff, item_id=wage, reason="金额记错", renderer=engine, item=AgreementItem(
        obligor=SECOND, obligee=WORKER, content="支付保底工资", claim_kind=ClaimKind.UNPAID_PAY,
        amount=Decimal("2100"), due_on=TODAY + timedelta(days=5), method="银行转账"))
    assert stored.item.amount == Decimal("2100.00") and doc is not None and doc.version == 2
    assert _audit(d, "mediation.item_edited")[-1]["before"]["amount"] == "2000.00"

    # an item entered by mistake is deleted, the rest renumbered; an item with performance is not
    assert edits.delete_item(uow, staff, item_id=deposit, reason="不属于本协议") is None
    status = med.agreement_status(uow, staff, case_id=case_id)
    assert [r.position for r in status.items] == [1, 2] and status.total == Decimal("2100.00")
    med.record_performance(uow, staff, item_id=wage, amount=Decimal("2100"), on=TODAY)
    with pytest.raises(ConflictError):
        edits.delete_item(uow, staff, item_id=wage, reason="x")
    with pytest.raises(ValidationError):  # not below what was paid
        edits.update_item(uow, staff, item_id=wage, reason="x", item=AgreementItem(
            obligor=SECOND, obligee=WORKER, content="支付保底工资", amount=Decimal("100"),
            due_on=TODAY + timedelta(days=5)))

    # everything performed: the event is recorded; a mistaken entry is reversed, the event withdrawn
    med.record_performance(uow, staff, item_id=certificate, amount=None, on=TODAY)
    assert "agreement_performed" in {e.kind for e in get_case(uow, staff, case_id).events}
    wrong = med.agreement_status(uow, staff, case_id=case_id).performances[0]
    with pytest.raises(ValidationError):
        edits.reverse_performance(uow, staff, performance_id=wrong.id, reason="")
    entry = edits.reverse_performance(uow, staff, performance_id=wrong.id, reason="转账被银行退回")
    assert entry.reverses_id == wrong.id and entry.amount == Decimal("-2100.00") and entry.reason == "转账被银行退回"
    with pytest.raises(ConflictError):
        edits.reverse_performance(uow, staff, performance_id=wrong.id, reason="再次冲正")
    with pytest.raises(ConflictError):
        edits.reverse_performance(uow, staff, performance_id=entry.id, reason="冲正冲正记录")
    status = med.agreement_status(uow, staff, case_id=case_id)
    assert [p.id for p in status.performances][:1] == [wrong.id]  # the original entry is kept
    assert len(status.performances) == 3
    assert status.items[0].state is PerformanceState.PENDING and status.items[0].item.paid == Decimal("0.00")
    assert status.paid == Decimal("0.00")
    assert "agreement_performed" not in {e.kind for e in get_case(uow, staff, case_id).events}
    assert {"mediation_review", "judicial_confirmation"} & {x.code for x in status.deadlines}
    assert _audit(d, "mediation.performance_reversed")[-1]["reverses"] == wrong.id
    assert _audit(d, "case.event_withdrawn")[-1]["reason"] == "转账被银行退回"

    # paid again: the agreement is performed once more
    med.record_performance(uow, staff, item_id=wage, amount=Decimal("2100"), on=TODAY)
    status = med.agreement_status(uow, staff, case_id=case_id)
    assert all(r.state is PerformanceState.PERFORMED for r in status.items)
    assert "agreement_performed" in {e.kind for e in get_case(uow, staff, case_id).events}
