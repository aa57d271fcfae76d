"""Which cases an actor may see and act on (the per-case half of docs/permissions.md).

A role's permissions (``domain.users.ROLE_PERMISSIONS``) say what kind of act it may do. Which
cases it may do it on is derived here from the records a case already has, never from a parallel
table:

* a legal-aid lawyer: only the cases with a legal-aid referral assigned to them
  (``legal_aid_referrals.lawyer_user_id``); listing and search are narrowed in the query itself;
* an arbitrator, once a tribunal is formed: decisions on the hearing and the award only as one
  of the tribunal's arbitrators (``arbitration_tribunals.members``);
* mediators, arbitrators and clerks otherwise work on every case of their book (the case's
  handler is shown and filterable, and is who registered or took the case over, not a lock);
* the administrator reads cases (with masked numbers) but holds no permission that decides one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from mediation_desk.domain.cases import CaseDetail, CaseQuery, CaseSummary
from mediation_desk.domain.errors import PermissionDenied
from mediation_desk.domain.identifiers import mask_id_number, mask_phone
from mediation_desk.domain.users import REFERRAL_SCOPED_ROLES, Permission, Principal, Role
from mediation_desk.services.ports import Tx

# What rendering each template needs beyond MANAGE_EVIDENCE: a lawyer prepares the party's own
# papers (applications, evidence lists); decisions and records are the organisation's.
_PARTY_TEMPLATES = frozenset({"mediation_application", "arbitration_application", "payment_order_application",
                              "arbitration_review_application", "judicial_confirmation_application",
                              "evidence_list", "evidence_list_pdf"})
_TEMPLATE_PERMISSION: dict[str, Permission] = {
    **{code: Permission.CONDUCT_MEDIATION for code in ("mediation_record", "mediation_agreement",
                                                       "mediation_termination")},
    "legal_aid_referral": Permission.REFER_LEGAL_AID,
    **{code: Permission.CONDUCT_ARBITRATION for code in ("acceptance_notice", "non_acceptance_notice",
                                                         "jurisdiction_explanation", "respondent_notice",
                                                         "tribunal_notice", "hearing_notice", "postponement_notice")},
    **{code: Permission.DRAFT_AWARD for code in ("arbitral_mediation", "award_final", "award_non_final",
                                                 "partial_award")},
}


def template_permission(code: str) -> Permission:
    """The permission that rendering template ``code`` needs besides MANAGE_EVIDENCE."""
    if code in _PARTY_TEMPLATES:
        return Permission.MANAGE_EVIDENCE
    return _TEMPLATE_PERMISSION.get(code, Permission.CHANGE_CASE_STATUS)


def referral_scoped(actor: Principal) -> bool:
    return actor.role in REFERRAL_SCOPED_ROLES


def scoped_query(actor: Principal, query: CaseQuery) -> CaseQuery:
    """The query narrowed to the cases ``actor`` may see (in SQL, before paging)."""
    if referral_scoped(actor):
        return replace(query, referred_to=actor.user_id if actor.user_id is not None else -1)
    return query


def _not_assigned(actor: Principal) -> PermissionDenied:
    return PermissionDenied(f"{actor.role.label}“{actor.display_name}”只能查看和办理转介给本人的案件。",
                            f"{actor.display_name} may only see and act on cases referred to them.")


def may_access(tx: Tx, actor: Principal, case_id: int) -> bool:
    if not referral_scoped(actor):
        return True
    return actor.user_id is not None and any(r.lawyer_user_id == actor.user_id
                                             for r in tx.legal_aid.list_for_case(case_id))


def require_case(tx: Tx, actor: Principal, case_id: int, *permissions: Permission) -> None:
    """Refuse unless ``actor`` holds every one of ``permissions`` (VIEW_CASES when none is named)
    and the case is one they may work on."""
    for permission in permissions or (Permission.VIEW_CASES,):
        actor.require(permission)
    if not may_access(tx, actor, case_id):
        raise _not_assigned(actor)


def require_tribunal_member(tx: Tx, actor: Principal, case_id: int, what: str) -> None:
    """An arbitrator decides the hearing and the award of a case only as one of its tribunal's
    arbitrators (when the tribunal records user accounts); clerks record, they do not decide."""
    if actor.role is not Role.ARBITRATOR:
        return
    tribunal: Any = tx.arbitration.latest_tribunal(case_id)
    if tribunal is None:
        return
    ids = {m.user_id for m in tribunal.members if getattr(m, "user_id", None) is not None}
    if ids and actor.user_id not in ids:
        raise PermissionDenied(f"仲裁员“{actor.display_name}”不是本案仲裁庭的组成人员，不能{what}。",
                               f"{actor.display_name} is not a member of this case's tribunal.")


# --------------------------------------------------------------------------- personal numbers


def masked_summary(s: CaseSummary) -> CaseSummary:
    return replace(s, worker_id_number=mask_id_number(s.worker_id_number), worker_phone=mask_phone(s.worker_phone))


def masked_detail(d: CaseDetail) -> CaseDetail:
    """The case with every identity and telephone number masked (first 6 and last 4 of an ID
    number, 138****5678): what every screen shows until a full number is revealed (and audited)."""
    parties = tuple(replace(p, id_number=mask_id_number(p.id_number) if p.is_person else p.id_number,
                            phone=mask_phone(p.phone)) for p in d.parties)
    return replace(d, summary=masked_summary(d.summary), parties=parties)


# --------------------------------------------------------------------------- the hand-off outbox


def require_outbox_operator(actor: Principal) -> None:
    """Posting what is already in the outbox (``send_due``, retry by hand) is the desk's transport,
    not a decision on a case: case staff (``change_case_status``) and the administrator, who runs
    the desk's connection (``manage_organisation``), may do it. Putting a package in the outbox,
    cancelling it, exporting it and recording the court's receipt are acts on its case."""
    if actor.can(Permission.CHANGE_CASE_STATUS) or actor.can(Permission.MANAGE_ORGANISATION):
        return
    raise PermissionDenied(f"{actor.role.label}“{actor.display_name}”不能发送法院衔接发件箱中的移交包。",
                           f"{actor.display_name} may not send the packages of the court hand-off outbox.")
