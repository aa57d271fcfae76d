"""A referral from eligibility to outcome in a real book, with its clocks and its letter."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from docx import Document

from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.cases import CaseQuery
from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.domain.legal_aid import ReferralStatus, Verdict
from mediation_desk.domain.users import Role
from mediation_desk.services import accounts, legal_aid
from mediation_desk.services.cases import count_cases, get_case, register_intake
from mediation_desk.services.deadlines import case_deadlines
from mediation_desk.services.documents import read_document
from tests.support.clock import TODAY
from tests.support.books import create_test_book, make_intake, administrator

MIGRANT = legal_aid.AidFacts(migrant_worker=True, has_agent=False)


@pytest.fixture()
def desk(tmp_path: Path):
    book, staff = create_test_book(tmp_path / "book", cases=0)
    accounts.create_user(book.uow, administrator(book), username="zou", display_name="邹志强", role=Role.LEGAL_AID_LAWYER,
                         password="lawyer-pass-1")
    lawyer = accounts.log_in(book.uow, username="zou", password="lawyer-pass-1")
    case_id = register_intake(book.uow, staff, make_intake(3, received_on=TODAY - timedelta(days=6)))
    yield book, staff, lawyer, case_id
    book.close()


def test_eligibility_uses_the_case_claims_and_the_nearest_deadline(desk):
    book, staff, _lawyer, case_id = desk
    e = legal_aid.check_case(book.uow, staff, case_id=case_id, facts=MIGRANT)
    # the test intake claims unpaid pay and a deposit: art. 31 (五) matters, no hardship check for a migrant
    assert e.verdict is Verdict.ELIGIBLE and e.hardship_check_waived
    # registered 6 days ago: the 15-day mediation window has a week or so left, not under 7 days yet
    e2 = legal_aid.check_case(book.uow, staff, case_id=case_id,
                              facts=legal_aid.AidFacts(migrant_worker=False, has_agent=True))
    assert e2.verdict is Verdict.NOT_ELIGIBLE
    with pytest.raises(ConflictError):
        legal_aid.refer(book.uow, staff, case_id=case_id, centre="南昌市法律援助中心",
                        facts=legal_aid.AidFacts(migrant_worker=False, has_agent=True), on=TODAY)


def test_referral_from_eligibility_to_outcome_with_the_clocks(desk):
    book, staff, lawyer, case_id = desk
    referred_on = TODAY - timedelta(days=3)
    r = legal_aid.refer(book.uow, staff, case_id=case_id, centre="南昌市法律援助中心", facts=MIGRANT, on=referred_on)
    assert r.status is ReferralStatus.REFERRED and r.verdict is Verdict.ELIGIBLE
    clocks = {d.code: d for d in case_deadlines(book.uow, staff, case_id)}
    assert clocks["legal_aid_decision"].start == referred_on  # art. 43: decide within 7 days
    with pytest.raises(ConflictError):  # one open referral at a time
        legal_aid.refer(book.uow, staff, case_id=case_id, centre="南昌市法律援助中心", facts=MIGRANT, on=TODAY)

    with pytest.raises(ValidationError):  # a refusal needs reasons
        legal_aid.decide(book.uow, staff, referral_id=r.id, granted=False, on=TODAY)
    with pytest.raises(ConflictError):  # no lawyer before the decision
        legal_aid.assign_lawyer(book.uow, staff, referral_id=r.id, on=TODAY, lawyer_user_id=lawyer.user_id)
    r = legal_aid.decide(book.uow, staff, referral_id=r.id, granted=True, on=referred_on + timedelta(days=2))
    clocks = {d.code: d for d in case_deadlines(book.uow, staff, case_id)}
    assert "legal_aid_decision" not in clocks and clocks["legal_aid_assignment"].start == referred_on + timedelta(2)

    with pytest.raises(ValidationError):  # only a legal-aid lawyer of this book, or a name
        legal_aid.assign_lawyer(book.uow, staff, referral_id=r.id, on=TODAY, lawyer_user_id=staff.user_id)
    r = legal_aid.assign_lawyer(book.uow, staff, referral_id=r.id, on=TODAY, lawyer_user_id=lawyer.user_id)
    assert r.status is ReferralStatus.LAWYER_ASSIGNED and r.lawyer_name == "邹志强"
    assert "legal_aid_assignment" not in {d.code for d in case_deadlines(book.uow, staff, case_id)}

    # the lawyer sees the case referred to them
    assert [c for c, _ in legal_aid.referred_to(book.uow, lawyer)] == [case_id]
    assert count_cases(book.uow, lawyer, CaseQuery(referred_to=lawyer.user_id)) == 1

    r = legal_aid.record_outcome(book.uow, lawyer, referral_id=r.id, on=TODAY, outcome="代理调解，达成调解协议")
    assert r.status is ReferralStatus.CONCLUDED
    kinds = [e.kind for e in get_case(book.uow, staff, case_id).events]
    assert {"legal_aid_applied", "legal_aid_granted", "lawyer_assigned"} <= set(kinds)


def test_referral_letter_renders_with_the_centre_and_the_reasons(desk):
    book, staff, _lawyer, case_id = desk
    r = legal_aid.refer(book.uow, staff, case_id=case_id, centre="南昌市总工会职工法律援助工作站", facts=MIGRANT,
                        on=TODAY)
    engine = DocumentEngine()
    try:
        doc = legal_aid.referral_letter(book.uow, engine, staff, referral_id=r.id, contact_person="熊丽华",
                                        contact_phone="0791-86000000")
    finally:
        engine.close()
    data = read_document(book.uow, staff, document_id=doc.id)
    text = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    for t in Document(io.BytesIO(data)).tables:
        text += "\n".join(c.text for row in t.rows for c in row.cells)
    detail = get_case(book.uow, staff, case_id)
    assert "南昌市总工会职工法律援助工作站" in text and detail.summary.worker_name in text
    assert "第四十二条" in text and doc.number in text


def test_centres_are_a_setting_only_an_administrator_changes(desk):
    book, staff, lawyer, _case = desk
    assert legal_aid.centres(book.uow)[0]["name"] == "南昌市法律援助中心"
    legal_aid.set_centres(book.uow, administrator(book), entries=[{"name": "青山湖区法律援助工作站", "phone": "0791-88000000"}])
    assert [c["name"] for c in legal_aid.centres(book.uow)] == ["青山湖区法律援助工作站"]
    from mediation_desk.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        legal_aid.set_centres(book.uow, lawyer, entries=[{"name": "x"}])
