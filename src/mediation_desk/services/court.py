"""What the people's courts did with a case (法院衔接): the proceedings brought on it, the court's
decision, the result per award item with the judgment filed in the case's vault, and the 裁审衔接
figures of a period (docs/court-handoff.md).

Each call is one transaction with its audit row. A filing and an outcome write the case events
that start or close the statutory periods (``domain.court.filing_events`` / ``outcome_events``)
and recompute the case's deadlines in the same transaction. ``case_court_view`` returns in one call
everything the case's 法院衔接 tab shows.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mediation_desk.domain.arbitration.records import AWARD, PARTIAL, Award
from mediation_desk.domain.cases import CaseStatus
from mediation_desk.domain.court import (AwardRef, CourtDecision, CourtItemResult, CourtProceeding, FilingInput,
                                         OutcomeInput, ProceedingKind, allowed_decisions, award_is_challengeable, award_ref,
                                         filing_events, outcome_events, validate_filing, validate_outcome)
from mediation_desk.domain.court_figures import Basis, CourtFigures, compute_figures
from mediation_desk.domain.deadlines import Deadline
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services import clock
from mediation_desk.services.access import require_case
from mediation_desk.services.cases import _transition
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import open_deadlines_for, refresh_case
from mediation_desk.services.ports import EvidenceFile, EvidenceVault, Progress, Tx, UnitOfWork

__all__ = [
    "COURT_DEADLINES",
    "CaseCourtView",
    "case_court_view",
    "court_figures",
    "decide_in",
    "file_in",
    "get",
    "list_for_case",
    "record_filing",
    "record_outcome",
]

# The deadlines the 法院衔接 tab shows (codes of resources/jurisdiction/deadline_rules.json).
COURT_DEADLINES = ("sue_after_award", "revoke_final_award", "revoke_after_suit_ended", "sue_after_set_aside",
                   "payment_order_objection", "judicial_confirmation")
PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class CaseCourtView:
    """Everything the case's 法院衔接 tab shows: the proceedings with their outcomes, the awards
    (with their items) a suit or set-aside application can concern, the open court-related
    deadlines, and the decisions each kind of proceeding can end with."""

    case_id: int
    case_number: str
    proceedings: tuple[CourtProceeding, ...]
    awards: tuple[AwardRef, ...]
    deadlines: tuple[Deadline, ...]
    decisions: dict[ProceedingKind, tuple[CourtDecision, ...]]
    can_record: bool


def _awards(tx: Tx, case_id: int) -> list[Award]:
    return [a for a in tx.arbitration.awards(case_id) if a.kind in (AWARD, PARTIAL) and a.status == "approved"]


def _award(tx: Tx, award_id: int | None) -> Award | None:
    if award_id is None:
        return None
    award = tx.arbitration.get_award(award_id)
    if award is None:
        raise NotFound("找不到该仲裁裁决书。", "Award not found.")
    if not award_is_challengeable(award):
        raise ConflictError("只有已审批的现行仲裁裁决书（或先行裁决书）可以起诉或申请撤销。",
                            "Only an approved award can be taken to court.")
    return award


def _case_number(tx: Tx, case_id: int) -> str:
    detail = tx.cases.get(case_id)
    if detail is None:
        raise NotFound("找不到该案件。", "Case not found.")
    return detail.summary.number


def record_filing(uow: UnitOfWork, actor: Principal, *, filing: FilingInput) -> CourtProceeding:
    """Record that a court accepted (立案) a proceeding on the case. A lawsuit writes
    ``lawsuit_filed`` (and moves a case with an award to 移送法院), a set-aside application
    ``revocation_applied``, a judicial-confirmation application ``judicial_confirmation_applied``."""
    actor.require(Permission.RECORD_COURT_OUTCOME)
    with uow.write() as tx:
        pid = file_in(tx, actor, filing, today=clock.today())
        proceeding = tx.court.get(pid)
    assert proceeding is not None
    return proceeding


def file_in(tx: Tx, actor: Principal, filing: FilingInput, *, today: date) -> int:
    """:func:`record_filing` inside the caller's write transaction (an imported court package
    records the filing and the outcome together); returns the proceeding's id."""
    detail = tx.cases.get(filing.case_id)
    if detail is None:
        raise NotFound("找不到该案件。", "Case not found.")
    require_case(tx, actor, filing.case_id, Permission.RECORD_COURT_OUTCOME)
    award = _award(tx, filing.award_id)
    ref = award_ref(award) if award is not None else None
    filing = validate_filing(filing, ref, today, received_on=detail.summary.received_on)
    stamp = now()
    pid = tx.court.add(filing, award_number=award.number if award is not None else "", created_by=actor.username,
                       now=stamp)
    note = f"{filing.court}{filing.kind.label}" + (f"（{filing.court_case_number}）" if filing.court_case_number
                                                  else "")
    events = list(filing_events(filing.kind))
    status = detail.summary.status
    if filing.kind in (ProceedingKind.LAWSUIT, ProceedingKind.SET_ASIDE) and status is CaseStatus.AWARD:
        if filing.kind is ProceedingKind.LAWSUIT:
            _transition(tx, actor, filing.case_id, status, CaseStatus.HANDOFF, filing.filed_on,
                        f"当事人不服仲裁裁决向人民法院起诉：{note}", refresh=False)
            events.remove("lawsuit_filed")  # the status change records it
        else:
            tx.cases.set_status(filing.case_id, CaseStatus.HANDOFF, stamp)
            tx.cases.add_event(filing.case_id, event_date=filing.filed_on, kind="revocation_applied",
                               actor=actor.username, note=note, from_status=status.value,
                               to_status=CaseStatus.HANDOFF.value, now=stamp)
            events.remove("revocation_applied")  # recorded with the status change
            tx.audit.append(actor=actor.username, action="case.status", entity="case", entity_id=filing.case_id,
                            changes={"status": [status.value, CaseStatus.HANDOFF.value],
                                     "event": "revocation_applied", "on": filing.filed_on.isoformat(),
                                     "reason": f"用人单位申请撤销终局裁决：{note}"})
    for event in events:
        tx.cases.add_event(filing.case_id, event_date=filing.filed_on, kind=event, actor=actor.username,
                           note=note, now=stamp)
    refresh_case(tx, filing.case_id)
    tx.audit.append(actor=actor.username, action="court.filing", entity="case", entity_id=filing.case_id,
                    changes={"case": detail.summary.number, "proceeding": pid, "kind": filing.kind.value,
                             "court": filing.court, "filed_on": filing.filed_on.isoformat(),
                             "court_case_number": filing.court_case_number,
                             "brought_by": filing.brought_by.value,
                             "award": award.number if award is not None else None,
                             "events": list(filing_events(filing.kind)), "note": filing.note})
    return pid


def _check_pdf(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(PDF_MAGIC))
    except OSError:
        raise ValidationError({"judgment_file": f"无法读取裁判文书文件：{path.name}"}) from None
    if head != PDF_MAGIC:
        raise ValidationError({"judgment_file": "裁判文书应为PDF文件（扫描件请先转换为PDF）"})


def record_outcome(uow: UnitOfWork, vault: EvidenceVault | None, actor: Principal, *, proceeding_id: int,
                   outcome: OutcomeInput, judgment_file: Path | str | None = None,
                   progress: Progress | None = None) -> CourtProceeding:
    """Record the court's decision on a proceeding, with the result per award item and, when
    given, the judgment's PDF (encrypted into the vault and registered among the case's files as
    书证, in the same transaction). Writes the events that restart periods (the employer's 30 days
    after the worker's suit is dismissed or withdrawn; 15 days to sue after an award is set aside;
    the debtor's 15 days after a payment order) and recomputes the case's deadlines."""
    actor.require(Permission.RECORD_COURT_OUTCOME)
    with uow.read() as tx:
        proceeding = tx.court.get(proceeding_id)
        if proceeding is None:
            raise NotFound("找不到该法院程序记录。", "Court proceeding not found.")
        require_case(tx, actor, proceeding.case_id, Permission.RECORD_COURT_OUTCOME)
        award = tx.arbitration.get_award(proceeding.award_id) if proceeding.award_id is not None else None
        ref = award_ref(award) if award is not None else None
    checked, items = validate_outcome(proceeding, outcome, ref, clock.today())
    if proceeding.outcome is not None:
        raise ConflictError(f"该{proceeding.kind.label}已记录法院结果（{proceeding.outcome.decision.label}）。",
                            "The court's decision on this proceeding is already recorded.")
    source = Path(judgment_file) if judgment_file is not None else None
    if source is not None:
        if vault is None:
            raise ValidationError({"judgment_file": "未打开证据库，不能保存裁判文书"})
        _check_pdf(source)
    staged = vault.stage(case_id=proceeding.case_id, source=source, progress=progress) if source and vault else None
    try:
        with uow.write() as tx:
            current = tx.court.get(proceeding_id)
            if current is None:
                raise NotFound("找不到该法院程序记录。", "Court proceeding not found.")
            if current.outcome is not None:
                raise ConflictError(f"该{current.kind.label}已记录法院结果（{current.outcome.decision.label}）。",
                                    "The court's decision on this proceeding is already recorded.")
            award_finality = award.finality if award is not None else None
            _decide(tx, actor, current, checked, items, award_finality,
                    staged.file if staged is not None else None, source.name if source is not None else "")
            result = tx.court.get(proceeding_id)
            if staged is not None:
                staged.place()  # last: the commit follows; if it fails the file is removed below
    except BaseException:
        if staged is not None:
            staged.discard()
        raise
    assert result is not None
    return result


def decide_in(tx: Tx, actor: Principal, proceeding_id: int, outcome: OutcomeInput, *, today: date,
              judgment: EvidenceFile | None = None, judgment_name: str = "") -> CourtProceeding:
    """:func:`record_outcome` inside the caller's write transaction, with the judgment's file
    already staged in the vault (the caller places it as its last step before the commit)."""
    current = tx.court.get(proceeding_id)
    if current is None:
        raise NotFound("找不到该法院程序记录。", "Court proceeding not found.")
    require_case(tx, actor, current.case_id, Permission.RECORD_COURT_OUTCOME)
    award = tx.arbitration.get_award(current.award_id) if current.award_id is not None else None
    ref = award_ref(award) if award is not None else None
    checked, items = validate_outcome(current, outcome, ref, today)
    if current.outcome is not None:
        raise ConflictError(f"该{current.kind.label}已记录法院结果（{current.outcome.decision.label}）。",
                            "The court's decision on this proceeding is already recorded.")
    _decide(tx, actor, current, checked, items, award.finality if award is not None else None, judgment,
            judgment_name)
    result = tx.court.get(proceeding_id)
    assert result is not None
    return result


def _decide(tx: Tx, actor: Principal, current: CourtProceeding, checked: OutcomeInput,
            items: tuple[CourtItemResult, ...], award_finality: str | None, judgment: EvidenceFile | None,
            judgment_name: str) -> None:
    proceeding_id = current.id
    staged_file = judgment
    case_number = _case_number(tx, current.case_id)
    stamp = now()
    evidence_id: int | None = None
    if staged_file is not None:
        title = f"{current.court}{checked.decision.label}（{checked.judgment_number}）"
        evidence = EvidenceInput(case_id=current.case_id, type=EvidenceType.DOCUMENTARY, title=title[:200],
                                 purpose=f"人民法院对{current.kind.label}的裁判结果", provided_by=current.court,
                                 source="人民法院裁判文书", collected_on=checked.received_on or checked.decided_on,
                                 original_filename=judgment_name,
                                 media_type=mimetypes.guess_type(judgment_name)[0] or "application/pdf")
        number = tx.evidence.next_number(current.case_id)
        evidence_id = tx.evidence.add(evidence, number=number, file=staged_file, added_by=actor.username,
                                      now=stamp)
        tx.audit.append(actor=actor.username, action="evidence.add", entity="evidence", entity_id=evidence_id,
                        changes={"case": case_number, "evidence": number, "type": evidence.type.value,
                                 "title": evidence.title, "purpose": evidence.purpose,
                                 "provided_by": evidence.provided_by, "source": evidence.source,
                                 "collected_on": evidence.collected_on.isoformat()
                                 if evidence.collected_on else None,
                                 "original_seen": False, "cross_exam_opinion": "",
                                 "filename": evidence.original_filename, "media_type": evidence.media_type,
                                 "size": staged_file.size, "sha256": staged_file.sha256})
    tx.court.set_outcome(proceeding_id, checked, items, judgment_evidence_id=evidence_id,
                         recorded_by=actor.username, now=stamp)
    events = outcome_events(current, checked, award_finality)
    for event, on in events:
        tx.cases.add_event(current.case_id, event_date=on, kind=event, actor=actor.username,
                           note=f"{current.court}{checked.decision.label}（{checked.judgment_number}）",
                           now=stamp)
    refresh_case(tx, current.case_id)
    tx.audit.append(actor=actor.username, action="court.outcome", entity="case", entity_id=current.case_id,
                    changes={"case": case_number, "proceeding": proceeding_id, "kind": current.kind.value,
                             "decision": checked.decision.value, "decided_on": checked.decided_on.isoformat(),
                             "received_on": checked.received_on.isoformat() if checked.received_on else None,
                             "judgment_number": checked.judgment_number, "summary": checked.summary,
                             "items": [{"no": r.award_item_no, "result": r.result.value,
                                        "new_amount": str(r.new_amount) if r.new_amount is not None
                                        else None} for r in items],
                             "judgment_evidence": evidence_id,
                             "events": [[e, on.isoformat()] for e, on in events]})


def get(uow: UnitOfWork, actor: Principal, *, proceeding_id: int) -> CourtProceeding:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        proceeding = tx.court.get(proceeding_id)
        if proceeding is None:
            raise NotFound("找不到该法院程序记录。", "Court proceeding not found.")
        require_case(tx, actor, proceeding.case_id)
        return proceeding


def list_for_case(uow: UnitOfWork, actor: Principal, *, case_id: int) -> list[CourtProceeding]:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        _case_number(tx, case_id)
        require_case(tx, actor, case_id)
        return tx.court.list_for_case(case_id)


def case_court_view(uow: UnitOfWork, actor: Principal, *, case_id: int, today: date | None = None) -> CaseCourtView:
    """One call for the 法院衔接 tab of a case."""
    actor.require(Permission.VIEW_CASES)
    today = today or clock.today()
    with uow.read() as tx:
        number = _case_number(tx, case_id)
        require_case(tx, actor, case_id)
        proceedings = tuple(tx.court.list_for_case(case_id))
        awards = tuple(award_ref(a) for a in _awards(tx, case_id))
        deadlines = tuple(d for d in open_deadlines_for(tx, case_id, today) if d.code in COURT_DEADLINES)
    return CaseCourtView(case_id=case_id, case_number=number, proceedings=proceedings, awards=awards,
                         deadlines=deadlines, decisions={k: allowed_decisions(k) for k in ProceedingKind},
                         can_record=actor.can(Permission.RECORD_COURT_OUTCOME))


def court_figures(uow: UnitOfWork, actor: Principal, *, start: date, end: date,
                  basis: Basis | str = Basis.AWARD) -> CourtFigures:
    """The 裁审衔接 figures of the period (``basis``: by award date or by court date; see
    ``domain.court_figures``). They count every case of the book: ``view_statistics``."""
    actor.require(Permission.VIEW_STATISTICS)
    try:
        chosen = Basis(basis)
    except ValueError:
        raise ValidationError({"basis": "统计口径应为“按裁决日期”或“按法院立案和裁判日期”"}) from None
    if end < start:
        raise ValidationError({"period": "统计期的结束日不能早于开始日"})
    with uow.read() as tx:
        awards, challenges, items = tx.court.figure_facts(start, end, by_outcome=chosen is Basis.OUTCOME)
    return compute_figures(awards, challenges, items, start=start, end=end, basis=chosen)
