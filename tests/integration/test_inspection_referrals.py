"""Repeat respondents and labour-inspection referrals in a real encrypted book: the window at its
edges, the settings, the letter read back with the cases and the figures, sending and answer audited."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from mediation_desk import jurisdiction
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.cases import EnterpriseRole
from mediation_desk.domain.errors import ConflictError, PermissionDenied, ValidationError
from mediation_desk.domain.inspection import InspectionGround, RepeatSettings, SendingMethod
from mediation_desk.domain.users import Role
from mediation_desk.services import inspection
from mediation_desk.services import work_records as wr
from mediation_desk.services.cases import get_case, register_intake
from mediation_desk.services.documents import read_document
from mediation_desk.domain.cases import Enterprise
from tests.support.books import add_user, administrator, create_test_book, credit_code, make_intake
from tests.integration.conftest import binding_problems
from tests.support.clock import TODAY
from tests.support.work_history import delivery_orders, write_delivery_xlsx

CODE = credit_code(777)
SUDA = "南昌速达配送服务有限公司"


def _register(book, staff, n: int, days_ago: int, respondent: Enterprise) -> int:
    intake = replace(make_intake(n, received_on=TODAY - timedelta(days=days_ago)), respondents=(respondent,))
    return register_intake(book.uow, staff, intake)


@pytest.fixture()
def desk(tmp_path: Path):
    book, staff = create_test_book(tmp_path / "book", cases=0)
    ids = {
        # the same enterprise four ways: by code, without code under a name variant, with spaces
        "first": _register(book, staff, 1, 0, Enterprise(name=SUDA, credit_code=CODE, role=EnterpriseRole.OUTSOURCING)),
        "variant": _register(book, staff, 2, 30, Enterprise(name="南昌速达配送服务有限责任公司",
                                                              role=EnterpriseRole.OUTSOURCING)),
        "day_d": _register(book, staff, 3, 89, Enterprise(name="南昌速达配送服务 有限公司", credit_code=CODE)),
        "day_d1": _register(book, staff, 4, 90, Enterprise(name=SUDA, credit_code=CODE)),
        # another enterprise, twice only
        "other": _register(book, staff, 5, 5, Enterprise(name="南昌快跑出行有限公司")),
        "other2": _register(book, staff, 6, 6, Enterprise(name="南昌快跑出行有限公司")),
    }
    yield book, staff, ids
    book.close()


def test_the_window_counts_day_d_and_leaves_out_day_d_plus_one(desk):
    book, staff, ids = desk
    report = inspection.repeat_respondents(book.uow, staff, reference=TODAY)
    assert report.settings == RepeatSettings(3, 90) and report.since == TODAY - timedelta(days=89)
    [suda] = report.respondents
    assert suda.credit_code == CODE and suda.name == SUDA
    assert [c.case_id for c in suda.cases] == [ids["day_d"], ids["variant"], ids["first"]]  # by received date
    detail = get_case(book.uow, staff, ids["first"])
    first = suda.cases[-1]
    assert (first.number, first.received_on, first.worker, first.claims_total, first.status) == (
        detail.summary.number, TODAY, detail.summary.worker_name, detail.summary.total_claimed,
        detail.summary.status.value)
    assert suda.claims_total == sum((c.claims_total for c in suda.cases), Decimal(0))
    # one day later the case of day D drops out: two cases, below N
    assert inspection.repeat_respondents(book.uow, staff, reference=TODAY + timedelta(days=1)).respondents == ()
    # a window one day longer takes in the case of day D+1
    wider = inspection.repeat_respondents(book.uow, staff, reference=TODAY, settings=RepeatSettings(4, 91))
    assert [len(r.cases) for r in wider.respondents] == [4]
    # exactly N: the other enterprise with two cases is listed when N is 2
    two = inspection.repeat_respondents(book.uow, staff, reference=TODAY, settings=RepeatSettings(2, 90))
    assert [(r.name, len(r.cases)) for r in two.respondents] == [(SUDA, 3), ("南昌快跑出行有限公司", 2)]


def test_settings_are_the_administrators_and_are_audited(desk):
    book, staff, _ids = desk
    admin = administrator(book)
    with pytest.raises(PermissionDenied):
        inspection.set_repeat_settings(book.uow, staff, min_cases=2, window_days=31)
    with pytest.raises(ValidationError) as caught:
        inspection.set_repeat_settings(book.uow, admin, min_cases=1, window_days=0)
    assert set(caught.value.fields) == {"min_cases", "window_days"}
    inspection.set_repeat_settings(book.uow, admin, min_cases=2, window_days=31)
    assert inspection.get_repeat_settings(book.uow) == RepeatSettings(2, 31)
    with book.engine.connect() as conn:
        changes = conn.exec_driver_sql("SELECT changes FROM audit_log WHERE action = 'inspection.settings'").scalar_one()
    assert json.loads(changes) == {"min_cases": [3, 2], "window_days": [90, 31]}
    report = inspection.repeat_respondents(book.uow, staff, reference=TODAY)  # ties: by name
    assert [(r.name, len(r.cases)) for r in report.respondents] == [("南昌快跑出行有限公司", 2), (SUDA, 2)]


def test_a_legal_aid_lawyer_does_not_see_the_list(desk):
    book, _staff, _ids = desk
    lawyer = add_user(book, administrator(book), username="zou", display_name="邹志强", role=Role.LEGAL_AID_LAWYER)
    with pytest.raises(PermissionDenied):
        inspection.repeat_respondents(book.uow, lawyer, reference=TODAY)


def _docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    text = "\n".join(p.text for p in doc.paragraphs)
    for t in doc.tables:
        text += "\n" + "\n".join(c.text for row in t.rows for c in row.cells)
    return text


def test_referral_from_a_repeat_respondent_is_sent_answered_and_audited(desk, tmp_path):
    book, staff, ids = desk
    path = write_delivery_xlsx(tmp_path / "速达外卖订单明细.xlsx", delivery_orders(weeks=4))
    source = wr.read_work_record_source(path)
    mapping = wr.suggest_mapping(book.uow, staff, platform="速达外卖", source=source).mapping
    imported = wr.import_work_records(book.uow, staff, case_id=ids["first"], source_path=path, platform="速达外卖",
                                      mapping=mapping)
    metrics = imported.metrics
    [suda] = inspection.repeat_respondents(book.uow, staff, reference=TODAY).respondents
    case_ids = [c.case_id for c in suda.cases]
    grounds = [InspectionGround.UNPAID_PAY, InspectionGround.OVERTIME, InspectionGround.DEPOSIT]

    draft = inspection.preview_referral(book.uow, staff, case_ids=case_ids, grounds=grounds, respondent=suda.name)
    assert draft.authority == jurisdiction.venue().inspection_authority and draft.respondent == SUDA
    # by hand: every test intake claims 3,200.50 + n of unpaid pay and a 500 deposit
    unpaid = sum((Decimal("3200.50") + n for n in (1, 2, 3)), Decimal(0))
    assert draft.total(InspectionGround.UNPAID_PAY) == unpaid and draft.total(InspectionGround.DEPOSIT) == 1500
    with_work = [c for c in draft.cases if c.work_figures]
    assert [c.case_id for c in with_work] == [ids["first"]]
    assert f"{metrics.total.delivery_hours}小时" in "".join(with_work[0].work_figures)

    with pytest.raises(ValidationError):
        inspection.send_referral(book.uow, DocumentEngine, staff, case_ids=case_ids, grounds=[],
                                 sent_on=TODAY, sent_how=SendingMethod.BY_HAND)
    with pytest.raises(ValidationError):
        inspection.send_referral(book.uow, DocumentEngine, staff, case_ids=case_ids, grounds=grounds,
                                 sent_on=TODAY + timedelta(days=1), sent_how=SendingMethod.BY_HAND)
    engine = DocumentEngine()
    try:
        sent = inspection.send_referral(book.uow, engine, staff, case_ids=case_ids, grounds=grounds, sent_on=TODAY,
                                        sent_how=SendingMethod.POST, respondent=suda.name, contact_person="熊丽华",
                                        contact_phone="0791-86000000")
    finally:
        engine.close()
    assert {r.case_id for r in sent} == set(case_ids) and len({r.letter_key for r in sent}) == 1
    number = sent[0].document_number
    assert "监转字" in number and all(r.document_number == number and not r.answered for r in sent)

    text = _docx_text(read_document(book.uow, staff, document_id=sent[0].document_id))
    assert jurisdiction.venue().inspection_authority in text and SUDA in text and CODE in text and number in text
    for c in suda.cases:
        assert c.number in text and c.worker in text
    assert f"{unpaid:,.2f}元" in text and "1,500.00元" in text and "元元" not in text
    assert "退还押金、保证金：500.00元" in text
    assert f"{metrics.total.delivery_hours}小时" in text and f"{metrics.total.long_days}天" in text
    assert "不是本单位对事实的认定" in text and "{{" not in text

    with pytest.raises(ValidationError):
        inspection.record_answer(book.uow, staff, referral_id=sent[0].id, answered_on=TODAY, answer="  ")
    answered = inspection.record_answer(book.uow, staff, referral_id=sent[1].id, answered_on=TODAY,
                                        answer="已立案调查", action_taken="责令限期支付劳动报酬")
    assert all(r.answered_on == TODAY and r.action_taken == "责令限期支付劳动报酬" for r in answered)
    with pytest.raises(ConflictError):
        inspection.record_answer(book.uow, staff, referral_id=sent[0].id, answered_on=TODAY, answer="再次答复")

    for cid in case_ids:
        [r] = inspection.referrals_for_case(book.uow, staff, case_id=cid)
        assert r.answer == "已立案调查" and len(r.case_numbers) == 3
        kinds = [e.kind for e in get_case(book.uow, staff, cid).events]
        assert {"inspection_referred", "inspection_answered"} <= set(kinds)
    with book.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT action, entity, entity_id, states FROM audit_log "
                                    "WHERE action LIKE 'inspection.%' ORDER BY id").all()
    assert [r[0] for r in rows] == ["inspection.refer"] * 3 + ["inspection.answer"] * 3
    assert all(r[1] == "inspection_referral" and r[3] for r in rows)  # bound to the case's state
    assert binding_problems(book) == []  # verify: every case file matches the rows that bound it


def test_a_referral_needs_an_enterprise_respondent_and_case_rights(desk):
    book, staff, ids = desk
    admin = administrator(book)
    with pytest.raises(PermissionDenied):
        inspection.send_referral(book.uow, DocumentEngine, admin, case_ids=[ids["first"]],
                                 grounds=[InspectionGround.UNPAID_PAY], sent_on=TODAY, sent_how=SendingMethod.POST)
    person = replace(make_intake(9, received_on=TODAY), respondents=(
        replace(make_intake(9).respondents[0], name="个人雇主"),))
    case_id = register_intake(book.uow, staff, person)
    draft = inspection.preview_referral(book.uow, staff, case_ids=[case_id], grounds=["unpaid_pay"])
    assert draft.respondent == "个人雇主"
    with pytest.raises(ValidationError):
        inspection.preview_referral(book.uow, staff, case_ids=[], grounds=["unpaid_pay"])
    with pytest.raises(ValidationError):
        inspection.preview_referral(book.uow, staff, case_ids=[case_id], grounds=["nonsense"])
