"""Court hand-off packages (裁审衔接): the kinds, what state of a case each needs, and the content
of the manifest built from the case's records (docs/handoff-format.md, version 1).

Pure: the services read the records (case, agreement, award and its service, acceptance review,
relationship worksheet, the periods already computed) into :class:`HandoffFacts`; this module says
whether the case qualifies for a kind (:func:`check_eligible`, a refusal in Chinese and English
naming why) and builds the manifest's content fields (:func:`manifest_content`). The package
writer adds the format, version, package id, time, signing key and file list.

What each kind rests on:

* 司法确认申请 — an effective mediation agreement, within 30 days of its taking effect, not already
  put to arbitral review (民事诉讼法（2023）第二百零五条; 人民调解法第三十三条; the two are
  alternatives, 人社部发〔2022〕9号);
* 支付令申请 — an agreement on pay, work-injury medical costs, compensation or damages whose
  payment is overdue (劳动争议调解仲裁法第十六条; 劳动合同法第三十条);
* 卷宗移送 — an approved award served on at least one party: each item's 终局/非终局 status and
  the service dates that start the 15-day period to sue and the 30-day period to apply to set a
  final award aside (劳动争议调解仲裁法第四十七至四十九条);
* 财产保全申请移送 — an accepted case and the party's preservation application (the commission
  forwards it with the acceptance notice to the court of the respondent's domicile or property);
* 引导诉讼告知 — a case not accepted, or a worksheet finding the relationship not a labour
  relationship (不完全符合确立劳动关系情形 / 个人依托平台自主经营): the worker is guided to sue;
* 委托调解结果 — the result (agreement or failure) of a mediation the court entrusted or
  delegated, back to that court under its reference.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from mediation_desk.domain.cases import CaseDetail, ClaimKind, LabelledEnum, PartySide
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.domain.mediation import MediationOutcome, NextStep, advise_on_default, clause

JUDICIAL_CONFIRMATION_DAYS = 30  # 民事诉讼法（2023）第二百零五条；人民调解法第三十三条

RELATIONSHIP_NOT_LABOUR = ("incomplete_labor_relationship", "civil_relationship")  # RelationshipCategory codes


class PackageKind(LabelledEnum):
    JUDICIAL_CONFIRMATION = ("judicial_confirmation", "司法确认申请")
    PAYMENT_ORDER = ("payment_order", "支付令申请")
    CASE_FILE = ("case_file", "卷宗移送")
    PRESERVATION = ("preservation", "财产保全申请移送")
    COURT_GUIDANCE = ("court_guidance", "引导诉讼告知")
    ENTRUSTED_RESULT = ("entrusted_result", "委托调解结果")
    COURT_OUTCOME = ("court_outcome", "法院裁判结果")
    COURT_REFERRAL = ("court_referral", "法院委派（委托）调解")


# The kinds this organisation sends; the last two come from a court.
OUTGOING_KINDS = (PackageKind.JUDICIAL_CONFIRMATION, PackageKind.PAYMENT_ORDER, PackageKind.CASE_FILE,
                  PackageKind.PRESERVATION, PackageKind.COURT_GUIDANCE, PackageKind.ENTRUSTED_RESULT)
# What a party files itself (a legal-aid lawyer may prepare it for the worker they assist).
PARTY_KINDS = frozenset({PackageKind.PAYMENT_ORDER, PackageKind.JUDICIAL_CONFIRMATION})

PACKAGE_TITLES: Mapping[PackageKind, str] = {
    PackageKind.JUDICIAL_CONFIRMATION: "司法确认申请材料",
    PackageKind.PAYMENT_ORDER: "支付令申请材料",
    PackageKind.CASE_FILE: "劳动人事争议仲裁案件卷宗",
    PackageKind.PRESERVATION: "财产保全申请移送材料",
    PackageKind.COURT_GUIDANCE: "引导诉讼告知材料",
    PackageKind.ENTRUSTED_RESULT: "委托调解结果材料",
    PackageKind.COURT_OUTCOME: "法院裁判结果",
    PackageKind.COURT_REFERRAL: "法院委派（委托）调解材料",
}

# The template of the application or letter each outgoing kind carries (templates/docs/registry.json).
KIND_TEMPLATES: Mapping[PackageKind, str] = {
    PackageKind.JUDICIAL_CONFIRMATION: "judicial_confirmation_application",
    PackageKind.PAYMENT_ORDER: "payment_order_application",
    PackageKind.CASE_FILE: "case_file_transfer",
    PackageKind.PRESERVATION: "preservation_forwarding",
    PackageKind.COURT_GUIDANCE: "court_guidance_letter",
    PackageKind.ENTRUSTED_RESULT: "entrusted_result_letter",
}

# Where a preservation application is sent (民事诉讼法（2023）第一百零四条: 被保全财产所在地、被申请人住所地).
PRESERVATION_COURT_BASES: Mapping[str, str] = {"domicile": "被申请人住所地", "property": "被申请人财产所在地"}


def package_kind(code: str) -> PackageKind:
    try:
        return PackageKind(code)
    except ValueError:
        raise ValidationError({"kind": f"没有这种移交材料：{code}"},
                              en=f"Unknown package kind: {code}.") from None


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class AwardItemFact:
    """One item of an award as it travels: the operative text, who pays whom, how much, and
    whether this item is final (终局)."""

    no: int
    text: str
    payer: str
    payee: str
    amount: Decimal | None
    final: bool
    outcome: str = ""  # granted / partly / dismissed


@dataclass(frozen=True)
class AwardFact:
    number: str
    award_date: date
    finality: str  # final / non_final / mixed
    title: str
    items: tuple[AwardItemFact, ...]
    document_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ServedOn:
    """The award served on one party: the date starts that party's periods."""

    party: str
    side: str  # applicant / respondent / third_party
    served_on: date
    method: str = ""


@dataclass(frozen=True)
class PeriodFact:
    code: str  # sue_after_award / revoke_final_award / judicial_confirmation / payment_order_objection …
    label: str
    starts: date
    due: date | None
    party: str = ""


@dataclass(frozen=True)
class Review:
    decision: str  # accept / not_accept / wrong_commission
    decided_on: date
    reasons: str
    conditions_unmet: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorksheetFinding:
    category: str  # RelationshipCategory code
    category_label: str
    decided_on: date
    decided_by: str
    reason: str
    summary: tuple[str, ...] = ()  # the assessment's reasons, as the worksheet states them


@dataclass(frozen=True)
class PreservationRequest:
    """The party's application for property preservation (财产保全), as the user records it: the
    book keeps no preservation record of its own. ``document_evidence`` is the number of the
    evidence item holding the signed application, when it was scanned into the case."""

    applicant: str
    respondent: str
    amount: Decimal
    property: str  # the property or the clues to it (账户、车辆、应收款……)
    court_basis: str = "domicile"  # PRESERVATION_COURT_BASES
    reason: str = ""
    applied_on: date | None = None
    document_evidence: int | None = None


@dataclass(frozen=True)
class HandoffFacts:
    detail: CaseDetail
    today: date
    sender_name: str
    sender_kind: str  # mediation / arbitration / legal_aid
    sender_address: str = ""
    sender_phone: str = ""
    events: Mapping[str, date] = field(default_factory=dict)
    agreement: MediationOutcome | None = None
    agreement_number: str = ""
    mediation_failed_on: date | None = None
    award: AwardFact | None = None
    served: tuple[ServedOn, ...] = ()
    periods: tuple[PeriodFact, ...] = ()
    review: Review | None = None
    worksheet: WorksheetFinding | None = None
    preservation: PreservationRequest | None = None
    acceptance_notice: bool = False  # a 受理通知书 is stored for the case
    court_reference: str = ""


# --------------------------------------------------------------------------- refusals


def _refuse(zh: str, en: str) -> ConflictError:
    return ConflictError(zh, en)


def overdue_payment_items(agreement: MediationOutcome, today: date) -> tuple[int, ...]:
    """Positions (0-based) of the agreement's overdue pay/compensation items a payment order rests on."""
    advice = advise_on_default([s.item for s in agreement.items], today)
    return advice.items if advice.step is NextStep.PAYMENT_ORDER else ()


def not_labour(finding: WorksheetFinding | None) -> bool:
    return finding is not None and finding.category in RELATIONSHIP_NOT_LABOUR


def check_eligible(kind: PackageKind, facts: HandoffFacts) -> None:
    """Refuse, with one sentence naming why, a kind the case does not qualify for."""
    number = facts.detail.summary.number
    if kind in (PackageKind.COURT_OUTCOME, PackageKind.COURT_REFERRAL):
        raise _refuse(f"“{kind.label}”由人民法院发出，本机构不能导出此类材料。",
                      f"A {kind.value} package comes from a court; it cannot be sent from here.")
    if kind in (PackageKind.JUDICIAL_CONFIRMATION, PackageKind.PAYMENT_ORDER, PackageKind.ENTRUSTED_RESULT):
        _check_mediation(kind, facts, number)
    elif kind is PackageKind.CASE_FILE:
        if facts.award is None:
            raise _refuse(f"案件{number}没有已批准的仲裁裁决书，不能移送卷宗。",
                          f"Case {number} has no approved award; its file cannot be transferred.")
        if not facts.served:
            raise _refuse(f"案件{number}的裁决书尚未送达任何一方当事人：卷宗须写明起诉期间和申请撤销期间的起算日"
                          "（送达之日），请先登记裁决书的送达。",
                          f"The award of case {number} has not been served on any party; record its service first.")
    elif kind is PackageKind.PRESERVATION:
        if facts.review is None or facts.review.decision != "accept":
            raise _refuse(f"案件{number}尚未受理：财产保全申请须随受理通知书一并移送人民法院。",
                          f"Case {number} has not been accepted; a preservation application goes with the "
                          "acceptance notice.")
        if not facts.acceptance_notice:
            raise _refuse(f"案件{number}尚未制作受理通知书，请先制作受理通知书，再移送财产保全申请。",
                          f"Make the acceptance notice of case {number} first.")
        check_preservation(facts.preservation, facts.detail)
    elif kind is PackageKind.COURT_GUIDANCE:
        not_accepted = (facts.review is not None and facts.review.decision == "not_accept") or \
            "not_accepted" in facts.events
        if not not_accepted and not not_labour(facts.worksheet):
            raise _refuse(f"案件{number}已受理，劳动关系认定表也未认定为不完全符合确立劳动关系情形或民事关系，"
                          "不属于引导向人民法院起诉的情形。",
                          f"Case {number} was accepted and its worksheet does not find a non-labour "
                          "relationship; there is nothing to guide to court.")


def _check_mediation(kind: PackageKind, facts: HandoffFacts, number: str) -> None:
    agreement = facts.agreement
    if kind is PackageKind.ENTRUSTED_RESULT:
        if agreement is None and facts.mediation_failed_on is None:
            raise _refuse(f"案件{number}的调解尚无结果（达成协议或调解不成），没有可以回复法院的结果。",
                          f"The mediation of case {number} has no result yet.")
        if not facts.court_reference.strip():
            raise ValidationError({"court_reference": "请填写委派（委托）调解的人民法院案号"},
                                  en="Enter the court's reference of the entrusted mediation.")
        return
    if agreement is None:
        raise _refuse(f"案件{number}没有调解协议：{kind.label}须依据已生效的调解协议。",
                      f"Case {number} has no mediation agreement.")
    if kind is PackageKind.JUDICIAL_CONFIRMATION:
        last = agreement.decided_on + timedelta(days=JUDICIAL_CONFIRMATION_DAYS)
        if facts.today > last:
            raise _refuse(f"已超过申请司法确认的期限：调解协议自{numeric_date(agreement.decided_on)}生效，应在三十日内"
                          f"（至{numeric_date(last)}）共同申请（民事诉讼法第二百零五条）。",
                          f"The 30 days for judicial confirmation ended on {last.isoformat()}.")
        if "arbitration_review_applied" in facts.events:
            raise _refuse("本协议已申请仲裁审查，仲裁审查与司法确认只能择一。",
                          "Arbitral review was already applied for; it excludes judicial confirmation.")
    if kind is PackageKind.PAYMENT_ORDER and not overdue_payment_items(agreement, facts.today):
        raise _refuse("调解协议中没有逾期未支付的劳动报酬、工伤医疗费、经济补偿或者赔偿金，不能申请支付令"
                      "（劳动争议调解仲裁法第十六条）。",
                      "No overdue pay, medical cost, compensation or damages in the agreement supports a "
                      "payment order.")


def check_preservation(request: PreservationRequest | None, detail: CaseDetail) -> None:
    if request is None:
        raise ValidationError({"preservation": "请填写财产保全申请：申请人、被申请人、申请保全的金额和财产（或财产线索）"},
                              en="Enter the preservation application: applicant, respondent, amount and property.")
    names = {p.name for p in detail.parties if p.side in (PartySide.APPLICANT, PartySide.RESPONDENT)}
    errors: dict[str, str] = {}
    if request.applicant not in names:
        errors["preservation.applicant"] = "申请人应是本案的当事人"
    if request.respondent not in names:
        errors["preservation.respondent"] = "被申请人应是本案的当事人"
    if request.applicant == request.respondent:
        errors["preservation.respondent"] = "申请人和被申请人不能相同"
    if request.amount <= 0:
        errors["preservation.amount"] = "申请保全的金额应大于零"
    if not request.property.strip():
        errors["preservation.property"] = "请写明申请保全的财产或财产线索"
    if request.court_basis not in PRESERVATION_COURT_BASES:
        errors["preservation.court_basis"] = "请选择被申请人住所地或财产所在地的人民法院"
    if errors:
        raise ValidationError(errors, en="The preservation application is incomplete.")


# --------------------------------------------------------------------------- manifest


def money(amount: Decimal | None) -> str | None:
    """An amount as the manifest writes it: "1234.50" (yuan, two places), or None."""
    if amount is None:
        return None
    return format(Decimal(amount).quantize(Decimal("0.01")), "f")


_ROLES = {PartySide.APPLICANT: "applicant", PartySide.RESPONDENT: "respondent", PartySide.THIRD_PARTY: "third_party"}


def parties(detail: CaseDetail) -> list[dict[str, Any]]:
    out = []
    for p in detail.parties:
        role = _ROLES.get(p.side)
        if role is None:  # agents act for a party; they are named in the documents
            continue
        number = p.id_number if p.is_person else (p.credit_code or p.id_number)
        id_type = ("居民身份证" if p.is_person else "统一社会信用代码") if number else ""
        out.append({"role": role, "kind": "person" if p.is_person else "organisation", "name": p.name,
                    "id_type": id_type, "id_number": number, "phone": p.phone, "address": p.address})
    return out


def claims(detail: CaseDetail) -> list[dict[str, Any]]:
    out = []
    for no, c in enumerate(detail.claims, 1):
        title = ClaimKind.label_of(c.kind.value)
        if c.party_name:
            title = f"{c.party_name}：{title}"
        out.append({"no": no, "kind": c.kind.value, "title": title, "amount": money(c.amount)})
    return out


def _award(award: AwardFact | None) -> dict[str, Any] | None:
    if award is None:
        return None
    return {"number": award.number, "date": award.award_date.isoformat(), "finality": award.finality,
            "items": [{"no": i.no, "text": i.text, "payer": i.payer, "payee": i.payee, "amount": money(i.amount),
                       "final": i.final} for i in award.items]}


def _agreement(facts: HandoffFacts) -> dict[str, Any] | None:
    a = facts.agreement
    if a is None:
        return None
    items = []
    for no, stored in enumerate(a.items, 1):
        it = stored.item
        items.append({"no": no, "text": clause(it, agreed_on=a.decided_on), "payer": it.obligor,
                      "payee": it.obligee, "amount": money(it.amount),
                      "due_on": it.due_on.isoformat() if it.due_on else None})
    return {"number": facts.agreement_number, "effective_on": a.decided_on.isoformat(), "items": items}


_EVENT_LABELS: Mapping[str, str] = {
    "mediation_application_received": "收到调解申请",
    "arbitration_application_received": "收到仲裁申请",
    "accepted": "受理",
    "not_accepted": "不予受理",
    "agreement_effective": "调解协议生效",
    "mediation_failed": "调解不成",
    "award_made": "作出裁决",
    "judicial_confirmation_applied": "申请司法确认",
}


def key_dates(kind: PackageKind, facts: HandoffFacts) -> list[dict[str, Any]]:
    """The dates the court needs: receipt, acceptance, the agreement or award, and each party's service."""
    out: list[dict[str, Any]] = [{"code": "received", "label": "收到申请", "date":
                                  facts.detail.summary.received_on.isoformat(), "party": ""}]
    if facts.review is not None:
        code = "accepted" if facts.review.decision == "accept" else "not_accepted"
        out.append({"code": code, "label": _EVENT_LABELS[code], "date": facts.review.decided_on.isoformat(),
                    "party": ""})
    if facts.agreement is not None:
        out.append({"code": "agreement_effective", "label": "调解协议生效",
                    "date": facts.agreement.decided_on.isoformat(), "party": ""})
    elif facts.mediation_failed_on is not None:
        out.append({"code": "mediation_failed", "label": "调解不成", "date": facts.mediation_failed_on.isoformat(),
                    "party": ""})
    if facts.award is not None:
        out.append({"code": "award_made", "label": "作出裁决", "date": facts.award.award_date.isoformat(), "party": ""})
        for s in facts.served:
            out.append({"code": "award_served", "label": "裁决书送达", "date": s.served_on.isoformat(),
                        "party": s.party})
    if facts.worksheet is not None and kind is PackageKind.COURT_GUIDANCE:
        out.append({"code": "relationship_decided", "label": "劳动关系认定",
                    "date": facts.worksheet.decided_on.isoformat(), "party": ""})
    if facts.preservation is not None and facts.preservation.applied_on is not None:
        out.append({"code": "preservation_applied", "label": "申请财产保全",
                    "date": facts.preservation.applied_on.isoformat(), "party": facts.preservation.applicant})
    return out


def _periods(facts: HandoffFacts) -> list[dict[str, Any]]:
    return [{"code": p.code, "label": f"{p.party}：{p.label}" if p.party else p.label, "starts": p.starts.isoformat(),
             "due": p.due.isoformat() if p.due else None} for p in facts.periods]


def manifest_content(kind: PackageKind, facts: HandoffFacts, *, court_name: str, court_reference: str = "",
                     anchor: Mapping[str, Any] | None = None, notes: str = "",
                     relates_to: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The manifest's content fields (docs/handoff-format.md): every kind-specific key present, null
    when it does not apply."""
    d = facts.detail
    causes = "、".join(dict.fromkeys(ClaimKind.label_of(c.kind.value) for c in d.claims)) or "劳动争议"
    return {
        "kind": kind.value,
        "title": PACKAGE_TITLES[kind],
        "sender": {"name": facts.sender_name, "kind": facts.sender_kind, "address": facts.sender_address,
                   "phone": facts.sender_phone},
        "court": {"name": court_name, "reference": court_reference},
        "case": {"number": d.summary.number, "received_on": d.summary.received_on.isoformat(),
                 "cause": f"劳动争议（{causes}）", "status": d.summary.status.value,
                 "relates_to": dict(relates_to) if relates_to else None},
        "parties": parties(d),
        "claims": claims(d),
        "award": _award(facts.award),
        "agreement": _agreement(facts),
        "dates": key_dates(kind, facts),
        "periods": _periods(facts),
        "outcome": None,
        "referral": None,
        "audit_anchor": dict(anchor) if anchor is not None else None,
        "notes": notes,
    }


# --------------------------------------------------------------------------- the letters


def guidance_reasons(facts: HandoffFacts) -> list[str]:
    """Why the worker is guided to sue, each a sentence from the record."""
    out = []
    if facts.review is not None and facts.review.decision == "not_accept":
        text = f"本案于{numeric_date(facts.review.decided_on)}决定不予受理"
        if facts.review.conditions_unmet:
            text += "，不符合以下受理条件：" + "；".join(facts.review.conditions_unmet)
        if facts.review.reasons.strip():
            text += f"。理由：{facts.review.reasons.strip().rstrip('。')}"
        out.append(text + "。")
    elif "not_accepted" in facts.events:
        out.append(f"本案于{numeric_date(facts.events['not_accepted'])}决定不予受理。")
    w = facts.worksheet
    if w is not None and w.category in RELATIONSHIP_NOT_LABOUR:
        text = f"经劳动关系认定，{numeric_date(w.decided_on)}认定申请人与企业之间属于“{w.category_label}”"
        if w.reason.strip():
            text += f"，理由：{w.reason.strip().rstrip('。')}"
        out.append(text + "。")
    return out


def guidance_basis(facts: HandoffFacts) -> list[str]:
    """The provisions under which the worker is guided to court, each a sentence, for the reasons given."""
    out = []
    if (facts.review is not None and facts.review.decision == "not_accept") or "not_accepted" in facts.events:
        out.append("依照《中华人民共和国劳动争议调解仲裁法》第二十九条，对劳动争议仲裁委员会不予受理的，"
                   "申请人可以就该劳动争议事项向人民法院提起诉讼。")
    if not_labour(facts.worksheet):
        out.append("依照《南昌市维护新就业形态劳动者劳动保障权益实施方案》（2022年）第18项，对不完全符合确立劳动关系"
                   "情形或个人依托平台开展经营活动、从事自由职业等的，引导劳动者向人民法院提起诉讼。")
    return out


GUIDANCE_DOCUMENTS = (
    "起诉状（写明原告、被告的基本情况，诉讼请求和所根据的事实与理由，按被告人数提交副本）",
    "原告的居民身份证复印件",
    "被告的营业执照或企业信用信息公示报告（可在国家企业信用信息公示系统查询打印）",
    "本告知书及不予受理通知书（如有）",
    "证明工作事实和报酬的证据：平台接单和结算记录、收入流水、考勤排班记录、聊天记录、工作服或工牌照片等",
)


@dataclass(frozen=True)
class HandoffPackageRecord:
    """A package in the book's register (``handoff_packages``): made here (``out``) or received (``in``)."""

    id: int
    case_id: int | None
    direction: str  # out / in
    kind: str
    package_id: str
    manifest_sha256: str
    file_name: str
    size: int
    files: int
    key_id: str
    court: str
    court_reference: str
    created_at: datetime
    created_by: str
    note: str = ""
