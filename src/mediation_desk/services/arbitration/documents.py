"""The arbitration documents of a case: the fields a template needs from the stored records
(``document_context``) and ``render_arbitration_document``, which links an award's document to
the award."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from mediation_desk.domain.arbitration.records import (APPROVED, ARBITRATION_TEMPLATES, AWARD, DRAFT, FINAL,
                                                       MEDIATION, NON_FINAL, PARTIAL, _FINALITY_LABELS, _KIND_TITLES,
                                                       AcceptanceReview, Award, Hearing)
from mediation_desk.domain.documents import DocumentView
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.arbitration.common import _case, _repo, require_commission
from mediation_desk.services.arbitration.contexts import (_contact, acceptance_context, application_context,
                                                          award_context, hearing_context, jurisdiction_context,
                                                          mediation_context, non_acceptance_context,
                                                          postponement_context, tribunal_context)
from mediation_desk.services.ports import ArbitrationRepo, DocumentRenderer, Tx, UnitOfWork


_AWARD_TEMPLATES = {"award_final": FINAL, "award_non_final": NON_FINAL}


def _pick_award(repo: ArbitrationRepo, case_id: int, record_id: int | None, kind: str, part: str | None) -> Award:
    if record_id is not None:
        award = repo.get_award(record_id)
        if award is None or award.case_id != case_id:
            raise NotFound("找不到该裁决书。", "Award not found.")
        if award.kind != kind:
            raise ValidationError({"record_id": f"该文书是{award.title}，不是{_KIND_TITLES[kind]}"})
    else:
        found = [a for a in repo.awards(case_id) if a.kind == kind and a.status == APPROVED
                 and (part is None or any(p.finality == part for p in a.parts))]
        if not found:
            raise NotFound(f"本案没有已审批的{_KIND_TITLES[kind]}。", "No approved award of that kind.")
        award = found[-1]
    if award.status == DRAFT:
        raise ConflictError(f"{award.title}尚未审批，不能制作正式文书。", "The award is not approved yet.")
    return award


def _pick_hearing(repo: ArbitrationRepo, case_id: int, record_id: int | None, status: str) -> Hearing:
    if record_id is not None:
        hearing = repo.get_hearing(record_id)
        if hearing is None or hearing.case_id != case_id:
            raise NotFound("找不到该开庭安排。", "Hearing not found.")
        return hearing
    found = [h for h in repo.hearings_of_case(case_id) if h.status == status]
    if not found:
        raise NotFound("本案没有可用于制作该通知书的开庭安排。", "No hearing for the notice.")
    return max(found, key=lambda h: (h.starts_at, h.id)) if status == "scheduled" else found[-1]


def document_context(tx: Tx, actor: Principal, *, case_id: int, template: str,
                     record_id: int | None = None) -> tuple[dict[str, Any], int | None]:
    """The overrides ``template`` needs from the stored records of the case, and the id of the award
    it renders (None for the notices). ``record_id`` selects the hearing (hearing and postponement
    notices) or the award (awards, partial awards, 仲裁调解书); by default the latest one that fits.
    For ``partial_award`` a mixed partial award's part may be chosen by passing ``is_final`` in ``extra``
    (see ``render_arbitration_document``)."""
    if template not in ARBITRATION_TEMPLATES:
        raise ValidationError({"template": f"不是仲裁文书模板：{template}"})
    detail = _case(tx, case_id)
    org = tx.org.get() if template == "arbitration_application" else require_commission(tx)
    repo = _repo(tx)
    review = repo.latest_review(case_id)
    ctx: dict[str, Any] = _contact(actor, org)
    if org is not None and template != "arbitration_application":
        ctx["arbitration_commission"] = org.name  # the heading of every instrument of the commission

    def need_review() -> AcceptanceReview:
        if review is None:
            raise ConflictError("本案尚未作出受理审查决定。", "No acceptance review yet.")
        return review

    award_id: int | None = None
    if template == "arbitration_application":
        ctx = application_context(detail, org)
    elif template in ("acceptance_notice", "respondent_notice"):
        ctx.update(acceptance_context(need_review()))
    elif template == "non_acceptance_notice":
        ctx.update(non_acceptance_context(need_review()))
    elif template == "jurisdiction_explanation":
        ctx.update(jurisdiction_context(need_review()))
    elif template == "tribunal_notice":
        tribunal = repo.latest_tribunal(case_id)
        if tribunal is None:
            raise ConflictError("本案尚未组成仲裁庭。", "No tribunal yet.")
        ctx.update(tribunal_context(tribunal, review))
    elif template == "hearing_notice":
        ctx.update(hearing_context(_pick_hearing(repo, case_id, record_id, "scheduled")))
    elif template == "postponement_notice":
        hearing = _pick_hearing(repo, case_id, record_id, "postponed")
        new = next((h for h in repo.hearings_of_case(case_id) if h.previous_id == hearing.id), None)
        ctx.update(postponement_context(hearing, new))
    elif template == "arbitral_mediation":
        award = _pick_award(repo, case_id, record_id, MEDIATION, None)
        ctx.update(mediation_context(award, tribunal=repo.latest_tribunal(case_id), review=review))
        award_id = award.id
    else:
        part = _AWARD_TEMPLATES.get(template)
        award = _pick_award(repo, case_id, record_id, PARTIAL if template == "partial_award" else AWARD, part)
        if part is not None and not any(p.finality == part for p in award.parts):
            raise ValidationError({"template": f"该裁决没有{_FINALITY_LABELS[part]}部分"})
        ctx.update(award_context(award, part=part if len(award.parts) > 1 else None,
                                 case_number=detail.summary.number, evidence=tx.evidence.list_for_case(case_id),
                                 tribunal=repo.latest_tribunal(case_id), hearings=repo.hearings_of_case(case_id),
                                 review=review, parties=detail.parties, events=detail.events))
        award_id = award.id
    return ctx, award_id


def render_arbitration_document(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, *, case_id: int,
                                template: str, record_id: int | None = None, extra: Mapping[str, Any] | None = None,
                                today: date | None = None) -> DocumentView:
    """Render one of ``ARBITRATION_TEMPLATES`` through ``services.documents.render_document``: the
    case's context, the fields built from the stored records (``document_context``) and ``extra`` --
    the values only a person can give (a court's name, the hearing place, enclosures...), which
    win over the built ones. A required field still missing is named by ``MissingFields``.

    A mixed award is two documents: ``award_final`` renders its final part (之一) and
    ``award_non_final`` its non-final part (之二). For a mixed partial award, ``extra["is_final"]``
    picks the part (default: the final one). The document of an award's (first) instrument and
    of a 仲裁调解书 is linked to the award (``Award.document_id``)."""
    from mediation_desk.services.documents import render_document

    actor.require(Permission.MANAGE_EVIDENCE)
    extra = dict(extra or {})
    with uow.read() as tx:
        ctx, award_id = document_context(tx, actor, case_id=case_id, template=template, record_id=record_id)
        award = _repo(tx).get_award(award_id) if award_id is not None else None
        number = _case(tx, case_id).summary.number
    if template == "partial_award" and award is not None and len(award.parts) > 1:
        part = FINAL if extra.get("is_final", True) else NON_FINAL
        with uow.read() as tx:
            repo = _repo(tx)
            detail = _case(tx, case_id)
            ctx.update(award_context(award, part=part, case_number=number,
                                     evidence=tx.evidence.list_for_case(case_id),
                                     tribunal=repo.latest_tribunal(case_id), hearings=repo.hearings_of_case(case_id),
                                     review=repo.latest_review(case_id), parties=detail.parties,
                                     events=detail.events))
    view = render_document(uow, renderer, actor, case_id=case_id, template=template,
                           context_overrides={**ctx, **extra}, today=today)
    if award is not None:
        first = award.parts[0].finality if award.parts else None
        chosen = _AWARD_TEMPLATES.get(template)
        if template == "partial_award" and len(award.parts) > 1:
            chosen = FINAL if extra.get("is_final", True) else NON_FINAL
        if chosen is None or first is None or chosen == first:
            with uow.write() as tx:
                _repo(tx).update_award(award.id, document_id=view.id)
                tx.audit.append(actor=actor.username, action="arbitration.award_document", entity="case",
                                entity_id=case_id, changes={"award": award.id, "document": view.id,
                                                            "template": template, "number": view.number})
    return view
