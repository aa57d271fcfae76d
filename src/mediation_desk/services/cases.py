"""Registering disputes, listing and reading cases, moving a case along its life cycle."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from mediation_desk.domain.cases import (CaseDetail, CaseQuery, CaseStatus, CaseSummary, Intake, can_transition,
                                         intake_event, status_event)
from mediation_desk.domain.errors import ConflictError, NotFound, OperationCancelled, ValidationError
from mediation_desk.domain.intake import validate_intake
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services import clock
from mediation_desk.services.access import masked_detail, masked_summary, require_case, scoped_query
from mediation_desk.services.case_edits import check_version
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import check_event_date, refresh_case
from mediation_desk.services.ports import Tx, UnitOfWork

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


def format_case_number(prefix: str, year: int, seq: int) -> str:
    return f"{prefix}〔{year}〕第{seq}号"


def check_intake(intake: Intake) -> Intake:
    """Every field checked (ID numbers, credit codes, amounts...); the normalised intake or ValidationError."""
    return validate_intake(intake, today=clock.today())


def _register(tx: Tx, actor: Principal, intake: Intake, *, refresh: bool = True) -> int:
    org = tx.org.get()
    prefix = org.doc_prefix if org else "案"
    year = intake.received_on.year
    number = format_case_number(prefix, year, tx.counters.next("case", year))
    stamp = now()
    case_id = tx.cases.add(intake, number=number, status=CaseStatus.INTAKE, handler_id=actor.user_id, now=stamp)
    tx.cases.add_event(case_id, event_date=intake.received_on, kind=intake_event(org.kind.value if org else ""),
                       actor=actor.username, note=f"{intake.channel.label}，收到申请",
                       to_status=CaseStatus.INTAKE.value, now=stamp)
    if refresh:
        refresh_case(tx, case_id)
    tx.audit.append(actor=actor.username, action="case.register", entity="case", entity_id=case_id,
                    changes={"number": number, "worker": intake.worker.name,
                             "respondents": [r.name for r in intake.respondents],
                             "claims": [[c.kind.value, str(c.amount) if c.amount is not None else None] for c in intake.claims]})
    return case_id


def register_intake(uow: UnitOfWork, actor: Principal, intake: Intake) -> int:
    """One dispute, one transaction: the case, its parties, claims, first event and audit row."""
    actor.require(Permission.REGISTER_CASE)
    intake = check_intake(intake)
    with uow.write() as tx:
        return _register(tx, actor, intake)


def register_many(uow: UnitOfWork, actor: Principal, intakes: Iterable[Intake], *, total: int,
                  batch: int = 500, progress: Progress | None = None,
                  history: Callable[[Intake], list[tuple[date, CaseStatus, str]]] | None = None) -> int:
    """Bulk registration (demo books, benchmarks): committed in batches, each batch atomic.

    ``history(intake)`` may give each case its later status changes (date, status, reason),
    applied in the same transaction along the life cycle.
    """
    actor.require(Permission.REGISTER_CASE)
    done = 0
    it = iter(intakes)
    while done < total:
        with uow.write() as tx:
            for _ in range(min(batch, total - done)):
                intake = check_intake(next(it))
                case_id = _register(tx, actor, intake, refresh=False)
                current = CaseStatus.INTAKE
                for on, target, reason in (history(intake) if history else ()):
                    _transition(tx, actor, case_id, current, target, on, reason, refresh=False)
                    current = target
                refresh_case(tx, case_id)
                done += 1
        if progress is not None and not progress(done, total):
            raise OperationCancelled()
    return done


def count_cases(uow: UnitOfWork, actor: Principal, query: CaseQuery) -> int:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        return tx.cases.count(scoped_query(actor, query))


def list_cases(uow: UnitOfWork, actor: Principal, query: CaseQuery, *, offset: int, limit: int) -> list[CaseSummary]:
    """A page of the cases ``actor`` may see (a lawyer: those referred to them, narrowed in the
    query before paging), identity and telephone numbers masked."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        rows = tx.cases.page(scoped_query(actor, query), offset, max(1, min(limit, 1000)))
    return [masked_summary(r) for r in rows]


def get_case(uow: UnitOfWork, actor: Principal, case_id: int) -> CaseDetail:
    """The case with masked identity and telephone numbers (see :func:`reveal_case`)."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        detail = tx.cases.get(case_id)
        if detail is None:
            raise NotFound("找不到该案件。", "Case not found.")
        require_case(tx, actor, case_id)
    return masked_detail(detail)


def reveal_case(uow: UnitOfWork, actor: Principal, case_id: int) -> CaseDetail:
    """The case with full identity and telephone numbers: a permission of its own, and every
    reveal is written to the audit trail (who, which case, when)."""
    actor.require(Permission.VIEW_CASES)
    actor.require(Permission.REVEAL_PERSONAL_DATA)
    with uow.write() as tx:
        detail = tx.cases.get(case_id)
        if detail is None:
            raise NotFound("找不到该案件。", "Case not found.")
        require_case(tx, actor, case_id, Permission.REVEAL_PERSONAL_DATA)
        tx.audit.append(actor=actor.username, action="case.reveal_personal_data", entity="case", entity_id=case_id,
                        changes={"number": detail.summary.number, "fields": ["id_number", "phone"]})
    return detail


def list_platforms(uow: UnitOfWork, actor: Principal) -> list[str]:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        return tx.cases.platforms()


def _require_record(tx: Tx, case_id: int, target: CaseStatus) -> None:
    """A status that states a record exists (an agreement, an award, an accepted application) is
    reached through that record's own step, never set by hand without it."""
    if target is CaseStatus.AGREEMENT:
        outcome = tx.mediation.latest_outcome(case_id)
        signed = any(a.kind == "mediation" and a.status == "approved"
                     for a in tx.arbitration.awards(case_id))
        if not signed and (outcome is None or outcome.outcome != "agreement"):
            raise ConflictError("本案没有调解协议记录，不能直接改为“已达成调解协议”；请在“调解”页签录入调解协议"
                                "（仲裁中请制作并送达仲裁调解书），状态随之变更。",
                                "There is no mediation agreement on record: enter the agreement (or, in "
                                "arbitration, the arbitral mediation statement); the status follows it.")
    elif target is CaseStatus.AWARD:
        if not any(a.kind != "mediation" and a.status == "approved"
                   for a in tx.arbitration.awards(case_id)):
            raise ConflictError("本案没有经审批的仲裁裁决，不能直接改为“已裁决”；请在“仲裁”页签起草并审批裁决。",
                                "There is no approved award on record: draft and approve the award.")


def _require_acceptance(tx: Tx, case_id: int, current: CaseStatus, target: CaseStatus) -> None:
    """Arbitration starts with the commission's decision to accept (受理) the application."""
    if target is not CaseStatus.ARBITRATION or current in (CaseStatus.ACCEPTANCE_REVIEW, CaseStatus.SUSPENDED):
        return
    review = tx.arbitration.latest_review(case_id)
    if review is None or review.decision != "accept":
        raise ConflictError(f"案件当前为“{current.label}”，未经仲裁委员会受理不能进入“仲裁中”；"
                            "调解不成的，告知申请人可以申请劳动仲裁，由仲裁委员会审查受理。",
                            "A case enters arbitration only after the commission has accepted the application.")


def change_status(uow: UnitOfWork, actor: Principal, *, case_id: int, target: CaseStatus, on: date,
                  reason: str, expected_version: int | None = None) -> None:
    """Move a case along the life cycle of workflows.md, dated, attributed and audited; with
    ``expected_version`` (the version the desk read) refused when another desk changed the case since."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    if target is CaseStatus.ARBITRATION:
        actor.require(Permission.CONDUCT_ARBITRATION)
    if not reason.strip():
        raise ValidationError({"reason": "请写明变更理由"})
    if on > clock.today():
        raise ValidationError({"on": "日期不能晚于今天"})
    with uow.write() as tx:
        detail = tx.cases.get(case_id)
        if detail is None:
            raise NotFound("找不到该案件。", "Case not found.")
        check_version(tx, detail, expected_version)
        if on < detail.summary.received_on:
            raise ValidationError({"on": "日期不能早于收案日期"})
        if can_transition(detail.summary.status, target):
            _require_record(tx, case_id, target)
        _transition(tx, actor, case_id, detail.summary.status, target, on, reason.strip())


def _transition(tx: Tx, actor: Principal, case_id: int, current: CaseStatus, target: CaseStatus, on: date,
                reason: str, *, refresh: bool = True) -> None:
    if not can_transition(current, target):
        raise ConflictError(f"案件当前为“{current.label}”，不能直接变为“{target.label}”。",
                            f"A case in {current.value} cannot move to {target.value}.")
    _require_acceptance(tx, case_id, current, target)
    stamp = now()
    event = status_event(current, target) or "status_changed"
    version = tx.cases.set_status(case_id, target, stamp)
    tx.cases.add_event(case_id, event_date=on, kind=event, actor=actor.username, note=reason,
                       from_status=current.value, to_status=target.value, now=stamp)
    if refresh:
        refresh_case(tx, case_id)
    tx.audit.append(actor=actor.username, action="case.status", entity="case", entity_id=case_id,
                    changes={"status": [current.value, target.value], "event": event, "on": on.isoformat(),
                             "reason": reason, "version": version})


def record_event(uow: UnitOfWork, actor: Principal, *, case_id: int, event: str, on: date, note: str = "") -> None:
    """A dated event that starts or stops a statutory clock (service of a document, a hearing date...)."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    check_event_date(event, on, clock.today())
    with uow.write() as tx:
        detail = tx.cases.get(case_id)
        if detail is None:
            raise NotFound("找不到该案件。", "Case not found.")
        if on < detail.summary.received_on and event not in ("knew_of_infringement", "relationship_ended",
                                                             "limitation_interrupted"):
            raise ValidationError({"event_date": "日期不能早于收案日期"})
        tx.cases.add_event(case_id, event_date=on, kind=event, actor=actor.username, note=note.strip(), now=now())
        refresh_case(tx, case_id)
        tx.audit.append(actor=actor.username, action="case.event", entity="case", entity_id=case_id,
                        changes={"event": event, "on": on.isoformat(), "note": note.strip()})
