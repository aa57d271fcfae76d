"""4. Service of documents (送达回证): each service on one recipient with its method and date, the
service of awards and of the 仲裁调解书 (effective once both sides have signed, 第四十二条), and
each party's deadlines after service of the award (第四十八、四十九条)."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.arbitration.records import (APPROVED, AWARD, MEDIATION, SERVICE_METHODS, PartyDeadline,
                                                       ServiceRecord)
from mediation_desk.domain.arbitration.service_of_documents import award_deadlines, deemed_served_on
from mediation_desk.domain.cases import CaseDetail, CaseStatus, PartySide
from mediation_desk.domain.deadlines import CalendarGap
from mediation_desk.services.deadlines import due_date
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.access import require_case
from mediation_desk.services.arbitration.common import (_case, _event, _not_before_receipt, _not_future, _repo,
                                                        require_commission)
from mediation_desk.services.cases import _transition
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import calendar_for
from mediation_desk.services.ports import Tx, UnitOfWork


def record_service(uow: UnitOfWork, actor: Principal, *, case_id: int, document_title: str, recipient: str,
                   method: str, sent_on: date, served_on: date | None = None, party_id: int | None = None,
                   document_id: int | None = None, award_id: int | None = None, consent: bool = False,
                   address: str = "", receipt: str = "", signed_by: str = "", event: str = "",
                   note: str = "") -> ServiceRecord:
    """One service of a document on one recipient (送达回证). Electronic service needs the
    recipient's consent (民事诉讼法第九十条); public notice is deemed served 30 days after
    publication (第九十五条). ``event`` (e.g. ``application_copy_served``, ``defence_copy_served``)
    is recorded at the date of service and drives the case's deadlines."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    with uow.write() as tx:
        require_commission(tx)
        return _record_service(tx, actor, case_id=case_id, document_title=document_title, recipient=recipient,
                               method=method, sent_on=sent_on, served_on=served_on, party_id=party_id,
                               document_id=document_id, award_id=award_id, consent=consent, address=address,
                               receipt=receipt, signed_by=signed_by, event=event, note=note)


def _record_service(tx: Tx, actor: Principal, *, case_id: int, document_title: str, recipient: str, method: str,
                    sent_on: date, served_on: date | None, party_id: int | None, document_id: int | None,
                    award_id: int | None, consent: bool, address: str, receipt: str, signed_by: str, event: str,
                    note: str) -> ServiceRecord:
    errors: dict[str, str] = {}
    if not document_title.strip():
        errors["document_title"] = "请填写送达的文书"
    if not recipient.strip():
        errors["recipient"] = "请填写受送达人"
    if method == "electronic" and not consent:
        errors["consent"] = "电子送达须经受送达人同意"
    if method == "left" and not (receipt.strip() or note.strip()):
        errors["note"] = "留置送达请注明拒收情况及见证人或拍照、录像情况"
    if errors:
        raise ValidationError(errors)
    served = deemed_served_on(method, sent_on, served_on)
    _not_future("sent_on", sent_on, "发出日期")
    detail = _case(tx, case_id)
    _not_before_receipt("sent_on", sent_on, detail, "发出日期")
    if event:
        from mediation_desk import jurisdiction

        if event not in jurisdiction.event_labels():
            raise ValidationError({"event": f"未知的事件：{event}"})
    repo = _repo(tx)
    sid = repo.add_service(case_id=case_id, document_id=document_id, award_id=award_id,
                           document_title=document_title.strip(), party_id=party_id, recipient=recipient.strip(),
                           method=method, sent_on=sent_on, served_on=served, consent=consent,
                           address=address.strip(), receipt=receipt.strip(), signed_by=signed_by.strip(),
                           event_kind=event, note=note.strip(), recorded_by=actor.username, recorded_at=now())
    tx.audit.append(actor=actor.username, action="arbitration.service", entity="case", entity_id=case_id,
                    changes={"service": sid, "document": document_title.strip(), "recipient": recipient.strip(),
                             "method": method, "sent_on": sent_on.isoformat(), "served_on": served.isoformat(),
                             "event": event})
    if event:
        _event(tx, actor, case_id, event, served, f"{document_title.strip()}已{SERVICE_METHODS[method]}{recipient.strip()}")
    return next(s for s in repo.services(case_id) if s.id == sid)


def _party(detail: CaseDetail, party_id: int | None, recipient: str) -> tuple[str, str]:
    for p in detail.parties:
        if (party_id is not None and p.id == party_id) or (party_id is None and p.name == recipient.strip()):
            return p.name, p.side.value
    raise ValidationError({"party_id": "受送达人应为本案当事人"})


def serve_award(uow: UnitOfWork, actor: Principal, *, award_id: int, method: str, sent_on: date,
                party_id: int | None = None, recipient: str = "", served_on: date | None = None,
                consent: bool = False, address: str = "", receipt: str = "", signed_by: str = "",
                note: str = "", close_case: bool = False) -> ServiceRecord:
    """Serve an approved award (or its parts), partial award or 仲裁调解书 on one party.

    An award's service records ``award_served`` (the case's 15-day and, for a final award, 30-day
    deadlines run from the latest service; ``party_deadlines`` gives each party's own). A
    仲裁调解书 cannot be served by leaving it (留置) and takes effect when every applicant and
    respondent has signed for it (第四十二条): the case then goes ARBITRATION -> AGREEMENT (event
    ``arbitral_mediation_effective``) and, with ``close_case``, on to CLOSED."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    with uow.write() as tx:
        require_commission(tx)
        repo = _repo(tx)
        award = repo.get_award(award_id)
        if award is None:
            raise NotFound("找不到该文书。", "Award not found.")
        if award.status != APPROVED:
            raise ConflictError("只有已审批（已锁定）的现行文书才能送达。", "Only an approved award can be served.")
        detail = _case(tx, award.case_id)
        name, side = _party(detail, party_id, recipient)
        numbers = "、".join(p.number for p in award.parts) or award.number
        if award.kind == MEDIATION:
            if method in ("left", "public_notice"):
                raise ValidationError({"method": "仲裁调解书应当由双方当事人签收后生效，不能留置或公告送达"})
            if not signed_by.strip():
                raise ValidationError({"signed_by": "仲裁调解书须由当事人签收，请填写签收人"})
            record = _record_service(tx, actor, case_id=award.case_id, document_title=f"仲裁调解书（{numbers}）",
                                     recipient=name, method=method, sent_on=sent_on, served_on=served_on,
                                     party_id=party_id, document_id=award.document_id, award_id=award_id,
                                     consent=consent, address=address, receipt=receipt, signed_by=signed_by,
                                     event="", note=note)
            signed = {s.recipient for s in repo.services(award.case_id) if s.award_id == award_id and s.signed_by}
            needed = {p.name for p in detail.parties if p.side in (PartySide.APPLICANT, PartySide.RESPONDENT)}
            if needed <= signed and detail.summary.status is CaseStatus.ARBITRATION:
                _transition(tx, actor, award.case_id, CaseStatus.ARBITRATION, CaseStatus.AGREEMENT,
                            record.served_on, "仲裁调解书经双方当事人签收，发生法律效力")
                if close_case:
                    _transition(tx, actor, award.case_id, CaseStatus.AGREEMENT, CaseStatus.CLOSED,
                                record.served_on, "仲裁调解结案")
            return record
        return _record_service(tx, actor, case_id=award.case_id, document_title=f"{award.title}（{numbers}）",
                               recipient=name, method=method, sent_on=sent_on, served_on=served_on,
                               party_id=party_id, document_id=award.document_id, award_id=award_id,
                               consent=consent, address=address, receipt=receipt, signed_by=signed_by,
                               event="award_served" if award.kind == AWARD else "", note=note)


def party_deadlines(uow: UnitOfWork, actor: Principal, *, case_id: int) -> list[PartyDeadline]:
    """Each party's own deadlines after service of the current award: 15 days to sue (the worker
    for a final award; either party for a non-final one) and, for a final award or the final part
    of a mixed one, 30 days for the employer to apply to revoke (第四十八、四十九条)."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        require_case(tx, actor, case_id)
        repo = _repo(tx)
        current = [a for a in repo.awards(case_id) if a.kind == AWARD and a.status == APPROVED]
        if not current:
            return []
        award = current[-1]
        services = [s for s in repo.services(case_id) if s.award_id == award.id]
        detail = _case(tx, case_id)
        cal = calendar_for(tx)
    sides = {p.name: p.side for p in detail.parties}
    out: list[PartyDeadline] = []
    for s in services:
        side = sides.get(s.recipient)
        for code, name in award_deadlines(award.finality, side):
            try:
                due, problem = due_date(code, s.served_on, cal), ""
            except CalendarGap as gap:
                due, problem = None, gap.zh
            out.append(PartyDeadline(s.recipient, side.value if side else "", code, name, s.served_on, due, problem))
    return out
