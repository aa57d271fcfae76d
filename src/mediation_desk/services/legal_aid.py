"""Legal-aid referral from any case: eligibility, the referral letter, the centre's decision, the
lawyer assigned and the outcome, each dated and audited, with the 7-day and 3-day clocks
(法律援助法第四十三条; deadline rules ``legal_aid_decision`` and ``legal_aid_assignment``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from mediation_desk.services import clock
from mediation_desk.domain.cases import ClaimKind, PartySide
from mediation_desk.domain.documents import DocumentView
from mediation_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from mediation_desk.domain.legal_aid import (AidApplicant, Eligibility, Hardship, Referral, ReferralStatus, Verdict,
                                             check_eligibility)
from mediation_desk.domain.users import Permission, Principal, Role
from mediation_desk.services import deadlines
from mediation_desk.services.access import referral_scoped, require_case
from mediation_desk.services.clock import now
from mediation_desk.services.ports import DocumentRenderer, Tx, UnitOfWork

CENTRES_KEY = "legal_aid.centres"
DEFAULT_CENTRES = ({"name": "南昌市法律援助中心", "address": "", "phone": ""},
                   {"name": "南昌市总工会职工法律援助工作站", "address": "", "phone": ""})


@dataclass(frozen=True)
class AidFacts:
    """What the eligibility check needs to know beyond the case itself."""

    migrant_worker: bool
    has_agent: bool
    hardship: Hardship = Hardship.UNKNOWN
    urgent_preservation: bool = False


def centres(uow: UnitOfWork) -> list[dict[str, str]]:
    """The legal-aid centres and union service points this office refers to (a setting)."""
    with uow.read() as tx:
        return list(tx.settings.get(CENTRES_KEY, list(DEFAULT_CENTRES)))


def set_centres(uow: UnitOfWork, actor: Principal, *, entries: list[dict[str, str]]) -> None:
    actor.require(Permission.MANAGE_ORGANISATION)
    cleaned = [{"name": e.get("name", "").strip(), "address": e.get("address", "").strip(),
                "phone": e.get("phone", "").strip()} for e in entries if e.get("name", "").strip()]
    if not cleaned:
        raise ValidationError({"centres": "至少需要一个法律援助机构"})
    with uow.write() as tx:
        tx.settings.set(CENTRES_KEY, cleaned)
        tx.audit.append(actor=actor.username, action="legal_aid.centres", entity="settings", entity_id=CENTRES_KEY,
                        changes={"centres": [c["name"] for c in cleaned]})


def _nearest_days(tx: Tx, case_id: int, today: date) -> int | None:
    """Days left before the case's nearest open time limit (limitation or another), if any."""
    open_now = deadlines.open_deadlines_for(tx, case_id, today)
    days = [d.days_left for d in open_now if d.days_left is not None and d.days_left >= 0]
    return min(days) if days else None


def _applicant(tx: Tx, case_id: int, facts: AidFacts, today: date) -> AidApplicant:
    detail = tx.cases.get(case_id)
    if detail is None:
        raise NotFound("找不到该案件。", "Case not found.")
    kinds: tuple[ClaimKind, ...] = tuple(dict.fromkeys(c.kind for c in detail.claims))
    return AidApplicant(claims=kinds, migrant_worker=facts.migrant_worker, has_agent=facts.has_agent,
                        hardship=facts.hardship, days_to_nearest_deadline=_nearest_days(tx, case_id, today),
                        urgent_preservation=facts.urgent_preservation)


def check_case(uow: UnitOfWork, actor: Principal, *, case_id: int, facts: AidFacts,
               today: date | None = None) -> Eligibility:
    """The eligibility of the case's worker, with its reasons (nothing is stored)."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        require_case(tx, actor, case_id)
        return check_eligibility(_applicant(tx, case_id, facts, today or clock.today()))


def refer(uow: UnitOfWork, actor: Principal, *, case_id: int, centre: str, facts: AidFacts, on: date,
          today: date | None = None) -> Referral:
    """Record the referral (event ``legal_aid_applied`` starts the 7-day decision clock)."""
    actor.require(Permission.REFER_LEGAL_AID)
    today = today or clock.today()
    if not centre.strip():
        raise ValidationError({"centre": "请选择法律援助机构"})
    if on > today:
        raise ValidationError({"on": "转介日期不能晚于今天"})
    with uow.write() as tx:
        eligibility = check_eligibility(_applicant(tx, case_id, facts, today))
        if eligibility.verdict is Verdict.NOT_ELIGIBLE:
            raise ConflictError("按法律援助法的规定不符合援助条件，不能转介：" + "".join(eligibility.reasons),
                                "Not eligible for legal aid; the referral was not made.")
        if any(r.status in (ReferralStatus.REFERRED, ReferralStatus.ACCEPTED, ReferralStatus.LAWYER_ASSIGNED)
               for r in tx.legal_aid.list_for_case(case_id)):
            raise ConflictError("本案已有尚未办结的法律援助转介。", "This case already has an open referral.")
        referral_id = tx.legal_aid.add(case_id=case_id, centre=centre.strip(), referred_on=on,
                                       verdict=eligibility.verdict.value, reasons=list(eligibility.reasons),
                                       urgent=eligibility.urgent, facts=_facts_data(facts), created_by=actor.username,
                                       created_at=now())
        _event(tx, actor, case_id, "legal_aid_applied", on, f"转介至{centre.strip()}")
        tx.audit.append(actor=actor.username, action="legal_aid.refer", entity="legal_aid_referral",
                        entity_id=referral_id, changes={"case": case_id, "centre": centre.strip(),
                                                        "verdict": eligibility.verdict.value, "on": on.isoformat(),
                                                        "urgent": eligibility.urgent})
        return _referral(tx, referral_id)


def _facts_data(facts: AidFacts) -> dict[str, Any]:
    return {"migrant_worker": facts.migrant_worker, "has_agent": facts.has_agent, "hardship": facts.hardship.value,
            "urgent_preservation": facts.urgent_preservation}


def _event(tx: Tx, actor: Principal, case_id: int, kind: str, on: date, note: str) -> None:
    tx.cases.add_event(case_id, event_date=on, kind=kind, actor=actor.username, note=note, now=now())
    deadlines.refresh_case(tx, case_id)


def _referral(tx: Tx, referral_id: int) -> Referral:
    referral = tx.legal_aid.get(referral_id)
    if referral is None:
        raise NotFound("找不到该转介记录。", "Referral not found.")
    return referral


def _check_date(on: date, after: date | None, today: date, field: str = "on") -> None:
    if on > today:
        raise ValidationError({field: "日期不能晚于今天"})
    if after is not None and on < after:
        raise ValidationError({field: f"日期不能早于上一步的日期（{after.isoformat()}）"})


def decide(uow: UnitOfWork, actor: Principal, *, referral_id: int, granted: bool, on: date, reason: str = "",
           today: date | None = None) -> Referral:
    """The centre's decision (art. 43: within 7 days; a refusal in writing with reasons), as the
    referring organisation records it."""
    actor.require(Permission.REFER_LEGAL_AID)
    today = today or clock.today()
    if not granted and not reason.strip():
        raise ValidationError({"reason": "不予援助须写明理由（法律援助法第四十三条）"})
    with uow.write() as tx:
        r = _referral(tx, referral_id)
        if r.status is not ReferralStatus.REFERRED:
            raise ConflictError(f"该转介当前为“{r.status.label}”，不能再作决定。", "Already decided.")
        _check_date(on, r.referred_on, today)
        status = ReferralStatus.ACCEPTED if granted else ReferralStatus.REFUSED
        tx.legal_aid.update(referral_id, status=status.value, decided_on=on, decision_reason=reason.strip())
        _event(tx, actor, r.case_id, "legal_aid_granted" if granted else "legal_aid_refused", on,
               reason.strip() or ("决定给予法律援助" if granted else "决定不给予法律援助"))
        tx.audit.append(actor=actor.username, action="legal_aid.decide", entity="legal_aid_referral",
                        entity_id=referral_id, changes={"granted": granted, "on": on.isoformat(), "reason": reason.strip()})
        return _referral(tx, referral_id)


def assign_lawyer(uow: UnitOfWork, actor: Principal, *, referral_id: int, on: date, lawyer_user_id: int | None = None,
                  lawyer_name: str = "", today: date | None = None) -> Referral:
    """The lawyer assigned (art. 43: within 3 days of the decision); a user of this book or a name.
    The lawyer so recorded is the one who may see and act on the case (``services.access``)."""
    actor.require(Permission.REFER_LEGAL_AID)
    today = today or clock.today()
    with uow.write() as tx:
        r = _referral(tx, referral_id)
        if r.status is not ReferralStatus.ACCEPTED:
            raise ConflictError("只有决定给予法律援助后才能指派律师。", "Only an accepted referral gets a lawyer.")
        _check_date(on, r.decided_on, today)
        if lawyer_user_id is not None:
            user = tx.users.by_id(lawyer_user_id)
            if user is None or not user.active or user.role is not Role.LEGAL_AID_LAWYER:
                raise ValidationError({"lawyer": "请选择一名启用的法律援助律师"})
            lawyer_name = user.display_name
        if not lawyer_name.strip():
            raise ValidationError({"lawyer": "请选择或填写承办律师"})
        tx.legal_aid.update(referral_id, status=ReferralStatus.LAWYER_ASSIGNED.value, lawyer_user_id=lawyer_user_id,
                            lawyer_name=lawyer_name.strip(), assigned_on=on)
        _event(tx, actor, r.case_id, "lawyer_assigned", on, f"指派{lawyer_name.strip()}")
        tx.audit.append(actor=actor.username, action="legal_aid.assign", entity="legal_aid_referral",
                        entity_id=referral_id, changes={"lawyer": lawyer_name.strip(), "user": lawyer_user_id,
                                                        "on": on.isoformat()})
        return _referral(tx, referral_id)


def record_outcome(uow: UnitOfWork, actor: Principal, *, referral_id: int, on: date, outcome: str,
                   today: date | None = None) -> Referral:
    """The result of the aid: recorded by the referring organisation or by the assigned lawyer."""
    if not actor.can(Permission.REFER_LEGAL_AID):
        actor.require(Permission.HANDLE_LEGAL_AID)
    today = today or clock.today()
    if not outcome.strip():
        raise ValidationError({"outcome": "请写明援助结果（如：调解成功、仲裁裁决、撤回）"})
    with uow.write() as tx:
        r = _referral(tx, referral_id)
        require_case(tx, actor, r.case_id)
        if r.status is not ReferralStatus.LAWYER_ASSIGNED:
            raise ConflictError("指派律师后才能登记援助结果。", "A lawyer must be assigned first.")
        _check_date(on, r.assigned_on, today)
        tx.legal_aid.update(referral_id, status=ReferralStatus.CONCLUDED.value, outcome=outcome.strip(), outcome_on=on)
        tx.audit.append(actor=actor.username, action="legal_aid.outcome", entity="legal_aid_referral",
                        entity_id=referral_id, changes={"outcome": outcome.strip(), "on": on.isoformat()})
        return _referral(tx, referral_id)


def list_referrals(uow: UnitOfWork, actor: Principal, *, case_id: int) -> list[Referral]:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        require_case(tx, actor, case_id)
        return tx.legal_aid.list_for_case(case_id)


def referred_to(uow: UnitOfWork, actor: Principal, *, lawyer_user_id: int | None = None) -> list[tuple[int, Referral]]:
    """The cases referred to a legal-aid lawyer (by default the one acting): (case id, referral)."""
    actor.require(Permission.VIEW_CASES)
    user_id = lawyer_user_id if lawyer_user_id is not None else actor.user_id
    if referral_scoped(actor) and user_id != actor.user_id:
        raise PermissionDenied("只能查看转介给本人的案件。", "You may only see the cases referred to you.")
    with uow.read() as tx:
        return [(r.case_id, r) for r in tx.legal_aid.for_lawyer(user_id)]


def referral_letter(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, *, referral_id: int,
                    contact_person: str, contact_phone: str = "", today: date | None = None) -> DocumentView:
    """The 法律援助转介函 for a referral, rendered and stored with the case's documents."""
    from mediation_desk.services.documents import render_document

    actor.require(Permission.REFER_LEGAL_AID)
    with uow.read() as tx:
        r = _referral(tx, referral_id)
        detail = tx.cases.get(r.case_id)
    if detail is None:
        raise NotFound("找不到该案件。", "Case not found.")
    worker = next((p for p in detail.parties if p.side is PartySide.APPLICANT), None)
    facts = r.reasons
    waiver = next((x for x in facts if "第四十二条" in x), "")
    overrides = {"aid_centre": r.centre, "referral_reason": "".join(x for x in facts if "第四十二条" not in x),
                 "eligibility_basis": waiver, "contact_person": contact_person or actor.display_name,
                 "contact_phone": contact_phone, "document_date": r.referred_on,
                 "attachments": ["申请人身份证复印件", "调解（仲裁）申请材料复印件"]}
    if worker is None:
        raise NotFound("案件没有申请人。", "The case has no applicant.")
    return render_document(uow, renderer, actor, case_id=r.case_id, template="legal_aid_referral",
                           context_overrides=overrides, today=today)
