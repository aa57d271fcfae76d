"""2. The tribunal (组庭, 组庭通知) and the hearing calendar: scheduling with the clash check,
the 5-day hearing notice, postponement at a party's request (办案规则第三十八条) and attendance
(an applicant absent without good reason withdraws, 第三十六条)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from mediation_desk import jurisdiction
from mediation_desk.domain.arbitration import hearings as hearing_rules
from mediation_desk.domain.arbitration.hearings import conflict_message
from mediation_desk.domain.arbitration.records import ArbitratorRef, Hearing, Tribunal
from mediation_desk.domain.cases import CaseDetail, CaseStatus
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.deadlines import WorkCalendar
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.users import Permission, Principal, Role
from mediation_desk.services.access import may_access
from mediation_desk.services.arbitration.common import (_case, _event, _not_before_receipt, _not_future, _repo,
                                                        _require_arbitration, require_commission)
from mediation_desk.services.cases import _transition
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import calendar_for
from mediation_desk.services.ports import ArbitrationRepo, Tx, UnitOfWork


def hearing_notice_due(hearing_day: date, calendar: WorkCalendar | None = None) -> date:
    """The last day on which the hearing notice still leaves the 5 days, with the jurisdiction's
    rules and (when none is given) its default calendar."""
    return hearing_rules.hearing_notice_due(
        hearing_day, calendar if calendar is not None else jurisdiction.default_calendar(),
        jurisdiction.deadline_rules())


def postponement_request_due(hearing_day: date, calendar: WorkCalendar | None = None) -> date:
    """The last day a postponement may be requested (3 working days before the hearing)."""
    return hearing_rules.postponement_request_due(
        hearing_day, calendar if calendar is not None else jurisdiction.default_calendar())


def _day(on: date) -> str:
    """A date in a message, as running text (without a provisional mark)."""
    return numeric_date(date(on.year, on.month, on.day))


def _check_arbitrators(tx: Tx, members: Sequence[ArbitratorRef]) -> list[ArbitratorRef]:
    out = []
    for m in members:
        if m.user_id is not None:
            user = tx.users.by_id(m.user_id)
            if user is None or not user.active:
                raise ValidationError({"members": "找不到该仲裁员用户或已停用"})
            if user.role is not Role.ARBITRATOR:
                raise ValidationError({"members": f"“{user.display_name}”不是仲裁员"})
            out.append(ArbitratorRef(name=user.display_name, user_id=user.id))
        elif m.name.strip():
            out.append(ArbitratorRef(name=m.name.strip()))
        else:
            raise ValidationError({"members": "请填写仲裁员"})
    if len({m.key for m in out}) != len(out):
        raise ValidationError({"members": "同一仲裁员不能重复列入仲裁庭"})
    return out


def form_tribunal(uow: UnitOfWork, actor: Principal, *, case_id: int, members: Sequence[ArbitratorRef],
                  formed_on: date, notified_on: date | None = None) -> Tribunal:
    """Form the tribunal: one arbitrator (独任) or three, the first presiding (第三十一条). With
    ``notified_on`` the parties' notice is recorded too (event ``tribunal_notified``, due within
    5 working days of acceptance)."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    if len(members) not in (1, 3):
        raise ValidationError({"members": "仲裁庭由一名仲裁员独任仲裁或者由三名仲裁员组成"})
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "组成仲裁庭")
        _not_before_receipt("formed_on", formed_on, detail, "组庭日期")
        checked = _check_arbitrators(tx, members)
        repo = _repo(tx)
        tid = repo.add_tribunal(case_id=case_id, kind="sole" if len(checked) == 1 else "three",
                                members=json.dumps([{"name": m.name, "user_id": m.user_id} for m in checked],
                                                   ensure_ascii=False),
                                formed_on=formed_on, notified_on=None, created_by=actor.username, created_at=now())
        tx.audit.append(actor=actor.username, action="arbitration.tribunal", entity="case", entity_id=case_id,
                        changes={"tribunal": tid, "members": [m.name for m in checked],
                                 "formed_on": formed_on.isoformat()})
        if notified_on is not None:
            _notify(tx, actor, case_id, tid, notified_on, formed_on)
        tribunal = repo.latest_tribunal(case_id)
    assert tribunal is not None
    return tribunal


def _notify(tx: Tx, actor: Principal, case_id: int, tribunal_id: int, on: date, formed_on: date) -> None:
    if on < formed_on:
        raise ValidationError({"notified_on": "组庭通知日期不能早于组庭日期"})
    _repo(tx).set_tribunal_notified(tribunal_id, on)
    _event(tx, actor, case_id, "tribunal_notified", on, "书面通知当事人仲裁庭的组成情况")


def notify_tribunal(uow: UnitOfWork, actor: Principal, *, case_id: int, notified_on: date) -> Tribunal:
    """Record the written notice of the tribunal's composition (event ``tribunal_notified``)."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    with uow.write() as tx:
        require_commission(tx)
        _case(tx, case_id)
        repo = _repo(tx)
        tribunal = repo.latest_tribunal(case_id)
        if tribunal is None:
            raise ConflictError("本案尚未组成仲裁庭。", "No tribunal has been formed.")
        _notify(tx, actor, case_id, tribunal.id, notified_on, tribunal.formed_on)
        tribunal = repo.latest_tribunal(case_id)
    assert tribunal is not None
    return tribunal


def _check_calendar(tx: Tx, *, starts_at: datetime, ends_at: datetime, room: str,
                    arbitrators: Sequence[ArbitratorRef], exclude_id: int | None = None) -> None:
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": "开庭结束时间应晚于开始时间"})
    keys = {a.key for a in arbitrators}
    clashes = _repo(tx).overlapping(starts_at=starts_at, ends_at=ends_at, room=room, keys=sorted(keys),
                                    exclude_id=exclude_id)
    if clashes:
        raise ConflictError(conflict_message(clashes[0], room=room, keys=keys),
                            f"Conflict with the hearing of {clashes[0].case_number} in {clashes[0].room}.")


def schedule_hearing(uow: UnitOfWork, actor: Principal, *, case_id: int, starts_at: datetime, ends_at: datetime,
                     room: str, arbitrators: Sequence[ArbitratorRef] | None = None) -> Hearing:
    """Put a hearing on the calendar (event ``hearing_date``, which opens the hearing-notice
    deadline). ``arbitrators`` default to the tribunal's members. A hearing overlapping another
    scheduled hearing of the same arbitrator or in the same room raises ``ConflictError`` naming
    the other case, its time and room."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    if not room.strip():
        raise ValidationError({"room": "请填写仲裁庭室"})
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "安排开庭")
        return _schedule(tx, actor, detail, starts_at=starts_at, ends_at=ends_at, room=room.strip(),
                         arbitrators=arbitrators)


def _schedule(tx: Tx, actor: Principal, detail: CaseDetail, *, starts_at: datetime, ends_at: datetime, room: str,
              arbitrators: Sequence[ArbitratorRef] | None, previous_id: int | None = None) -> Hearing:
    case_id = detail.summary.id
    repo = _repo(tx)
    if arbitrators is None:
        tribunal = repo.latest_tribunal(case_id)
        if tribunal is None:
            raise ConflictError("本案尚未组成仲裁庭，请先组庭或指定开庭的仲裁员。", "No tribunal formed.")
        members: list[ArbitratorRef] = list(tribunal.members)
    else:
        members = _check_arbitrators(tx, arbitrators)
    if not members:
        raise ValidationError({"arbitrators": "请指定开庭的仲裁员"})
    _not_before_receipt("starts_at", starts_at.date(), detail, "开庭日期")
    _check_calendar(tx, starts_at=starts_at, ends_at=ends_at, room=room, arbitrators=members)
    hid = repo.add_hearing(arbitrators=members, case_id=case_id, starts_at=starts_at, ends_at=ends_at, room=room,
                           status="scheduled", previous_id=previous_id, created_by=actor.username, created_at=now())
    _event(tx, actor, case_id, "hearing_date", starts_at.date(), f"{starts_at:%H:%M}在{room}开庭")
    tx.audit.append(actor=actor.username, action="arbitration.hearing", entity="case", entity_id=case_id,
                    changes={"hearing": hid, "starts_at": starts_at.isoformat(), "ends_at": ends_at.isoformat(),
                             "room": room, "arbitrators": [m.name for m in members], "previous": previous_id})
    hearing = repo.get_hearing(hid)
    assert hearing is not None
    return hearing


def _scheduled_hearing(repo: ArbitrationRepo, hearing_id: int, what: str) -> Hearing:
    """The hearing, refused unless it is still scheduled (not postponed, held or cancelled)."""
    hearing = repo.get_hearing(hearing_id)
    if hearing is None:
        raise NotFound("找不到该开庭安排。", "Hearing not found.")
    if hearing.status != "scheduled":
        raise ConflictError(f"该次开庭已延期或已结束，{what}。", "The hearing is no longer scheduled.")
    return hearing


def serve_hearing_notice(uow: UnitOfWork, actor: Principal, *, hearing_id: int, served_on: date,
                         waived: bool = False, waiver_note: str = "") -> Hearing:
    """Record the hearing notice (event ``hearing_notice_served``). A notice served after the last
    day that leaves 5 working days before the hearing (``hearing_notice_due``) is refused unless
    the parties waived the notice period (``waived``, with ``waiver_note``)."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    with uow.write() as tx:
        require_commission(tx)
        repo = _repo(tx)
        hearing = _scheduled_hearing(repo, hearing_id, "不能再送达开庭通知")
        last = hearing_notice_due(hearing.day, calendar_for(tx))
        if served_on > last and not waived:
            raise ValidationError({"served_on": (
                f"开庭通知应当在开庭五日前送达：{_day(hearing.day)}开庭，最迟应于{_day(last)}送达，"
                f"{_day(served_on)}送达已不足五日；当事人书面同意放弃通知期限的，请勾选并注明。")})
        if waived and not waiver_note.strip() and served_on > last:
            raise ValidationError({"waiver_note": "请注明当事人同意放弃开庭通知期限的情况"})
        repo.update_hearing(hearing_id, notice_served_on=served_on, notice_waived=bool(waived and served_on > last))
        note = f"开庭通知已送达（{_day(hearing.day)}开庭）" + (f"；{waiver_note.strip()}" if waiver_note.strip() else "")
        _event(tx, actor, hearing.case_id, "hearing_notice_served", served_on, note)
        served = repo.get_hearing(hearing_id)
    assert served is not None
    return served


def postpone_hearing(uow: UnitOfWork, actor: Principal, *, hearing_id: int, requested_by: str, requested_on: date,
                     reason: str, new_starts_at: datetime, new_ends_at: datetime, room: str | None = None,
                     good_cause: bool = False) -> Hearing:
    """Postpone a hearing at a party's request (延期开庭, 办案规则第三十八条): the request must be made
    at least 3 working days before the hearing (``postponement_request_due``) unless ``good_cause``;
    the old hearing is marked postponed with the reason and the new one is scheduled (conflict
    check; event ``hearing_date`` with the new date; its notice is to be served again)."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    if not reason.strip():
        raise ValidationError({"reason": "请写明延期理由"})
    if not requested_by.strip():
        raise ValidationError({"requested_by": "请写明申请延期的当事人"})
    with uow.write() as tx:
        require_commission(tx)
        repo = _repo(tx)
        hearing = _scheduled_hearing(repo, hearing_id, "不能再延期")
        last = postponement_request_due(hearing.day, calendar_for(tx))
        if requested_on > last and not good_cause:
            raise ValidationError({"requested_on": (
                f"延期开庭应当在开庭三日前提出：{_day(hearing.day)}开庭，最迟应于{_day(last)}提出；"
                "确有正当理由的，请注明。")})
        detail = _case(tx, hearing.case_id)
        repo.update_hearing(hearing_id, status="postponed", postponement_reason=reason.strip(),
                            postponement_requested_on=requested_on, postponement_requested_by=requested_by.strip())
        tx.audit.append(actor=actor.username, action="arbitration.postpone", entity="case", entity_id=hearing.case_id,
                        changes={"hearing": hearing_id, "requested_by": requested_by.strip(),
                                 "requested_on": requested_on.isoformat(), "reason": reason.strip(),
                                 "late": requested_on > last, "new_starts_at": new_starts_at.isoformat()})
        return _schedule(tx, actor, detail, starts_at=new_starts_at, ends_at=new_ends_at,
                         room=(room or hearing.room).strip(), arbitrators=list(hearing.arbitrators),
                         previous_id=hearing_id)


def record_attendance(uow: UnitOfWork, actor: Principal, *, hearing_id: int, applicant_present: bool,
                      respondent_present: bool, record: str = "", treat_as_withdrawal: bool = True) -> Hearing:
    """Record a held hearing. The applicant absent without good reason (``treat_as_withdrawal``)
    is treated as withdrawing the application: status WITHDRAWN, event ``application_withdrawn``
    (第三十六条; 办案规则第三十九条). The respondent absent: the hearing goes on and the award may be
    made by default (``Award.default_award``)."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    with uow.write() as tx:
        require_commission(tx)
        repo = _repo(tx)
        hearing = repo.get_hearing(hearing_id)
        if hearing is None:
            raise NotFound("找不到该开庭安排。", "Hearing not found.")
        if hearing.status != "scheduled":
            raise ConflictError("该次开庭已延期或已记录。", "The hearing is not scheduled.")
        _not_future("held_on", hearing.day, "开庭日期")
        repo.update_hearing(hearing_id, status="held", applicant_present=applicant_present,
                            respondent_present=respondent_present, record=record.strip())
        tx.audit.append(actor=actor.username, action="arbitration.attendance", entity="case",
                        entity_id=hearing.case_id,
                        changes={"hearing": hearing_id, "applicant_present": applicant_present,
                                 "respondent_present": respondent_present})
        if not applicant_present and treat_as_withdrawal:
            detail = _case(tx, hearing.case_id)
            _transition(tx, actor, hearing.case_id, detail.summary.status, CaseStatus.WITHDRAWN, hearing.day,
                        "申请人经书面通知，无正当理由拒不到庭，按撤回仲裁申请处理")
        hearing = repo.get_hearing(hearing_id)
    assert hearing is not None
    return hearing


def hearing_calendar(uow: UnitOfWork, actor: Principal, *, start: datetime, end: datetime, room: str | None = None,
                     arbitrator: ArbitratorRef | None = None) -> list[Hearing]:
    """Scheduled and held hearings between ``start`` and ``end``, by room or arbitrator."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        hearings = _repo(tx).calendar(start=start, end=end, room=room,
                                      arbitrator_key=arbitrator.key if arbitrator else None)
        return [h for h in hearings if may_access(tx, actor, h.case_id)]
