"""domain.handoff: which case qualifies for which package, and the manifest's content fields."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from mediation_desk.domain.cases import (CaseDetail, CaseStatus, CaseSummary, ClaimKind, ClaimView, Industry,
                                         IntakeChannel, PartySide, PartyView)
from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.domain.handoff import (OUTGOING_KINDS, HandoffFacts, PackageKind, PreservationRequest, Review,
                                           WorksheetFinding, check_eligible, guidance_basis, guidance_reasons,
                                           manifest_content, money, package_kind)
from mediation_desk.domain.mediation import AgreementItem, MediationOutcome, StoredItem

DAY = date(2026, 12, 3)


def _detail() -> CaseDetail:
    summary = CaseSummary(id=7, number="洪新调字〔2026〕第7号", title="", status=CaseStatus.AGREEMENT,
                          industry=Industry.FOOD_DELIVERY, platform="速达外卖", worker_name="李建华",
                          worker_id_number="360102199001011234", worker_phone="13800000000",
                          respondent_names="江西速达网络科技有限公司", total_claimed=Decimal("5200.00"),
                          received_on=date(2026, 11, 1), handler="熊丽华")
    parties = (
        PartyView(side=PartySide.APPLICANT, name="李建华", is_person=True, id_number="360102199001011234",
                  phone="13800000000", address="南昌市东湖区"),
        PartyView(side=PartySide.RESPONDENT, name="江西速达网络科技有限公司", is_person=False,
                  credit_code="91360100MA38XXXX0X"),
        PartyView(side=PartySide.AGENT, name="王律师", is_person=True),
    )
    claims = (ClaimView(kind=ClaimKind.UNPAID_PAY, amount=Decimal("5200"), period_start=None, period_end=None,
                        basis=""),
              ClaimView(kind=ClaimKind.CONFIRM_RELATIONSHIP, amount=None, period_start=None, period_end=None,
                        basis=""))
    return CaseDetail(summary=summary, facts="", channel=IntakeChannel.WRITTEN, parties=parties, claims=claims)


def _agreement(on: date, due: date, paid: Decimal = Decimal("0")) -> MediationOutcome:
    item = AgreementItem(obligor="江西速达网络科技有限公司", obligee="李建华", content="拖欠的劳动报酬",
                         claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("4160.5"), due_on=due, paid=paid)
    return MediationOutcome(id=1, case_id=7, outcome="agreement", decided_on=on, reason="", next_status="",
                            created_at=datetime(2026, 11, 5, tzinfo=timezone.utc), created_by="mediator",
                            items=(StoredItem(id=1, position=1, item=item),))


def _facts(**kw) -> HandoffFacts:  # noqa: ANN003
    return HandoffFacts(detail=_detail(), today=DAY, sender_name="南昌市新就业形态劳动争议调解中心",
                        sender_kind="mediation", **kw)


def test_money_is_two_places_as_text() -> None:
    assert money(Decimal("1234.5")) == "1234.50" and money(Decimal("7")) == "7.00" and money(None) is None
    assert money(Decimal("1E+3")) == "1000.00"


def test_kinds_and_unknown_codes() -> None:
    assert [k.value for k in OUTGOING_KINDS] == ["judicial_confirmation", "payment_order", "case_file",
                                                 "preservation", "court_guidance", "entrusted_result"]
    assert package_kind("case_file") is PackageKind.CASE_FILE and PackageKind.PAYMENT_ORDER.label == "支付令申请"
    with pytest.raises(ValidationError):
        package_kind("bribe")


def test_judicial_confirmation_within_thirty_days_only() -> None:
    on = DAY - timedelta(days=30)
    check_eligible(PackageKind.JUDICIAL_CONFIRMATION, _facts(agreement=_agreement(on, DAY + timedelta(days=5))))
    late = _facts(agreement=_agreement(on - timedelta(days=1), DAY + timedelta(days=5)))
    with pytest.raises(ConflictError) as err:
        check_eligible(PackageKind.JUDICIAL_CONFIRMATION, late)
    assert "三十日" in err.value.zh and "第二百零五条" in err.value.zh
    reviewed = _facts(agreement=_agreement(on, DAY), events={"arbitration_review_applied": on})
    with pytest.raises(ConflictError, match="择一"):
        check_eligible(PackageKind.JUDICIAL_CONFIRMATION, reviewed)


def test_payment_order_needs_an_overdue_unpaid_pay_item() -> None:
    check_eligible(PackageKind.PAYMENT_ORDER, _facts(agreement=_agreement(DAY - timedelta(days=20),
                                                                          DAY - timedelta(days=1))))
    for facts in (_facts(agreement=_agreement(DAY - timedelta(days=20), DAY)),  # due today: not yet overdue
                  _facts(agreement=_agreement(DAY - timedelta(days=20), DAY - timedelta(days=1),
                                              paid=Decimal("4160.50")))):  # paid in full
        with pytest.raises(ConflictError, match="第十六条"):
            check_eligible(PackageKind.PAYMENT_ORDER, facts)


def test_guidance_from_a_worksheet_finding_and_its_basis() -> None:
    finding = WorksheetFinding(category="civil_relationship", category_label="民事关系", decided_on=DAY,
                               decided_by="熊丽华", reason="自主决定接单时间和数量", summary=("从属性得分低",))
    facts = _facts(worksheet=finding)
    check_eligible(PackageKind.COURT_GUIDANCE, facts)
    assert any("民事关系" in r and "自主决定接单" in r for r in guidance_reasons(facts))
    assert [b for b in guidance_basis(facts) if "第18项" in b] and not [b for b in guidance_basis(facts)
                                                                      if "第二十九条" in b]
    labour = _facts(worksheet=WorksheetFinding(category="labor_relationship", category_label="符合确立劳动关系情形",
                                               decided_on=DAY, decided_by="x", reason=""))
    with pytest.raises(ConflictError, match="不属于引导"):
        check_eligible(PackageKind.COURT_GUIDANCE, labour)
    refused = _facts(review=Review("not_accept", DAY, "不属于受案范围", ("属于劳动人事争议仲裁受案范围",)))
    check_eligible(PackageKind.COURT_GUIDANCE, refused)
    assert "第二十九条" in guidance_basis(refused)[0]


def test_preservation_needs_an_accepted_case_its_notice_and_a_complete_application() -> None:
    request = PreservationRequest(applicant="李建华", respondent="江西速达网络科技有限公司", amount=Decimal("5200"),
                                  property="银行存款")
    accepted = Review("accept", DAY, "")
    with pytest.raises(ConflictError, match="受理通知书"):
        check_eligible(PackageKind.PRESERVATION, _facts(review=accepted, preservation=request))
    check_eligible(PackageKind.PRESERVATION, _facts(review=accepted, preservation=request, acceptance_notice=True))
    with pytest.raises(ValidationError) as err:
        check_eligible(PackageKind.PRESERVATION, _facts(review=accepted, acceptance_notice=True,
                                                        preservation=PreservationRequest(
                                                            applicant="某人", respondent="李建华", amount=Decimal("-1"),
                                                            property=" ", court_basis="moon")))
    assert set(err.value.fields) == {"preservation.applicant", "preservation.amount", "preservation.property",
                                     "preservation.court_basis"}


def test_manifest_content_has_every_key_and_amounts_as_text() -> None:
    agreement = _agreement(DAY - timedelta(days=2), DAY + timedelta(days=10))
    m = manifest_content(PackageKind.JUDICIAL_CONFIRMATION, _facts(agreement=agreement, agreement_number="洪新调协字〔2026〕第3号"),
                         court_name="南昌市东湖区人民法院", anchor={"book_id": "b", "head_id": 3, "head_hash": "h"})
    assert set(m) == {"kind", "title", "sender", "court", "case", "parties", "claims", "award", "agreement", "dates",
                      "periods", "outcome", "referral", "audit_anchor", "notes"}
    assert m["award"] is None and m["outcome"] is None and m["referral"] is None
    assert [p["role"] for p in m["parties"]] == ["applicant", "respondent"]  # the agent is not a party
    assert m["parties"][1]["id_type"] == "统一社会信用代码" and m["parties"][0]["id_type"] == "居民身份证"
    assert [c["amount"] for c in m["claims"]] == ["5200.00", None]
    item = m["agreement"]["items"][0]
    assert item["amount"] == "4160.50" and item["payer"] == "江西速达网络科技有限公司" and item["payee"] == "李建华"
    assert m["agreement"]["number"] == "洪新调协字〔2026〕第3号"
    assert {"received", "agreement_effective"} <= {d["code"] for d in m["dates"]}
    assert m["case"]["cause"] == "劳动争议（拖欠劳动报酬、确认劳动关系）"
