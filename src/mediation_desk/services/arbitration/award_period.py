"""3. The award period (45 days, 第四十三条): the 15-day extension, intervals not counted
(中止审理, 公告送达期间; 办案规则第四十六条第（六）项) and events that restart it."""

from __future__ import annotations

from datetime import date, timedelta

from mediation_desk.domain.arbitration.records import RESTART_EVENTS, SUSPENSION, _SUSPENSION_LABELS, Suspension
from mediation_desk.domain.cases import CaseStatus
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services import clock
from mediation_desk.services.arbitration.common import (_case, _event, _not_before_receipt, _not_future, _repo,
                                                        _require_arbitration, require_commission)
from mediation_desk.services.cases import _transition
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import refresh_case
from mediation_desk.services.ports import UnitOfWork


def approve_extension(uow: UnitOfWork, actor: Principal, *, case_id: int, approved_on: date, approver: str,
                      reason: str) -> None:
    """The chairman's (or delegated head's) written approval to extend the award period by 15
    days (第四十三条; event ``award_extension_approved``). Once only."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    if not approver.strip() or not reason.strip():
        raise ValidationError({k: v for k, v in (("approver", "请填写批准人"), ("reason", "请写明延期理由"))
                               if not (approver if k == "approver" else reason).strip()})
    _not_future("approved_on", approved_on, "批准日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "延长审理期限")
        if "award_extension_approved" in tx.cases.events_of(case_id):
            raise ConflictError("本案已经批准延长审理期限，延长期限不得超过十五日。", "Already extended.")
        _event(tx, actor, case_id, "award_extension_approved", approved_on,
               f"经{approver.strip()}批准延长十五日：{reason.strip()}")


def add_suspension(uow: UnitOfWork, actor: Principal, *, case_id: int, kind: str, start: date,
                   end: date | None = None, reason: str) -> Suspension:
    """An interval not counted in the award period: 中止审理 (SUSPENSION) or the public-notice
    period (PUBLIC_NOTICE) (办案规则第四十六条第（六）项). ``end`` None: still running (counted up
    to today until ended)."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    if kind not in _SUSPENSION_LABELS:
        raise ValidationError({"kind": "请选择中止审理或公告送达期间"})
    if not reason.strip():
        raise ValidationError({"reason": "请写明理由"})
    if end is not None and end < start:
        raise ValidationError({"end": "结束日期不能早于开始日期"})
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _not_before_receipt("start", start, detail, "开始日期")
        repo = _repo(tx)
        sid = repo.add_suspension(case_id=case_id, kind=kind, start=start, end=end, reason=reason.strip(),
                                  created_by=actor.username, created_at=now())
        if kind == SUSPENSION and end is None and detail.summary.status is CaseStatus.ARBITRATION:
            # a running 中止审理 is also the case's state (the life cycle's 中止)
            _transition(tx, actor, case_id, CaseStatus.ARBITRATION, CaseStatus.SUSPENDED, start,
                        f"中止审理：{reason.strip()}", refresh=False)
        refresh_case(tx, case_id)
        tx.audit.append(actor=actor.username, action="arbitration.suspension", entity="case", entity_id=case_id,
                        changes={"suspension": sid, "kind": kind, "start": start.isoformat(),
                                 "end": end.isoformat() if end else None, "reason": reason.strip()})
        found = repo.get_suspension(sid)
    assert found is not None
    return found


def end_suspension(uow: UnitOfWork, actor: Principal, *, suspension_id: int, end: date) -> Suspension:
    """The last day of a running suspension (审理恢复 the next day)."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    with uow.write() as tx:
        require_commission(tx)
        repo = _repo(tx)
        found = repo.get_suspension(suspension_id)
        if found is None:
            raise NotFound("找不到该中止记录。", "Suspension not found.")
        if found.end is not None:
            raise ConflictError("该中止期间已经结束。", "Already ended.")
        if end < found.start:
            raise ValidationError({"end": "结束日期不能早于开始日期"})
        repo.set_suspension_end(suspension_id, end)
        detail = _case(tx, found.case_id)
        if found.kind == SUSPENSION and detail.summary.status is CaseStatus.SUSPENDED:
            _transition(tx, actor, found.case_id, CaseStatus.SUSPENDED, CaseStatus.ARBITRATION,
                        min(end + timedelta(days=1), clock.today()), "中止原因消除，恢复审理", refresh=False)
        refresh_case(tx, found.case_id)
        tx.audit.append(actor=actor.username, action="arbitration.suspension_end", entity="case",
                        entity_id=found.case_id, changes={"suspension": suspension_id, "end": end.isoformat()})
        out = repo.get_suspension(suspension_id)
    assert out is not None
    return out


def record_restart(uow: UnitOfWork, actor: Principal, *, case_id: int, event: str, on: date, note: str) -> None:
    """An event that restarts the award period (办案规则第四十六条): ``party_added``,
    ``materials_supplemented``, ``claims_changed``, ``counterclaim_joined``, ``transfer_received``."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    if event not in RESTART_EVENTS:
        raise ValidationError({"event": "该事件不会使仲裁期限重新计算"})
    if not note.strip():
        raise ValidationError({"note": "请写明情况"})
    _not_future("on", on, "日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "登记该事项")
        _event(tx, actor, case_id, event, on, note.strip())
