"""Arbitration of a case at the labour arbitration commission: acceptance review, the tribunal,
the hearing calendar, the award period (extension, suspensions, restarts), service of documents
(送达回证), mediation in arbitration (仲裁调解书) and the award (仲裁裁决书, 先行裁决书).

Status changes go along the case's life cycle (``services.cases._transition``) in the same
transaction as the arbitration data they belong to, so the dated events, the statutory deadlines
of ``resources/jurisdiction/deadline_rules.json`` and the audit log stay consistent:

* acceptance: ``accepted`` / ``not_accepted`` / ``jurisdiction_explained`` close the 5-day
  ``acceptance_decision`` clock (劳动争议调解仲裁法第二十九条; 办案规则第三十、三十一条);
* ``tribunal_notified`` (组庭通知, 5 days), ``hearing_date`` + ``hearing_notice_served``
  (开庭五日前通知, 办案规则第三十八条), ``application_withdrawn`` (申请人无正当理由拒不到庭);
* ``award_extension_approved`` (+15 days, 第四十三条), suspension and public-notice intervals
  (办案规则第四十六条第（六）项) from ``arbitration_suspensions``, restarts (``party_added`` ...);
* ``award_made`` on approval of the award, ``award_served`` per party (15 days to sue, 30 days
  to apply to revoke a final award, 第四十八、四十九条), ``arbitral_mediation_effective``.

The final-award test is applied per ruling (第四十七条; 解释（一）第十八至二十条); a mixed award is
split into a final and a non-final part, each with its own number and rights notice (办案规则第五十条).

The records and vocabulary live in ``arbitration_records``, the awards in ``arbitration_awards`` and
the documents in ``arbitration_documents``; every public name is available from this module.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from mediation_desk.domain.award_text import Obligation, PartyRef, obligation_clause
from mediation_desk.domain.awards import final_award_threshold
from mediation_desk.domain.cases import CaseDetail, CaseStatus, ClaimKind, PartySide
from mediation_desk.domain.deadlines import WorkCalendar, due_date
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.users import OrgKind, Permission, Principal, Role
from mediation_desk.services.access import may_access, require_case, require_tribunal_member
from mediation_desk.services.cases import _transition
from mediation_desk.services import clock
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import calendar_for, open_deadlines_for, refresh_case
from mediation_desk.services.ports import Tx, UnitOfWork
from mediation_desk.services.arbitration_records import (  # noqa: F401 - re-exported
    ACCEPT, NOT_ACCEPT, WRONG_COMMISSION, ACCEPTANCE_CONDITIONS, _CONDITION_LABELS, SERVICE_METHODS,
    PUBLIC_NOTICE_DAYS, RESTART_EVENTS, SUSPENSION, PUBLIC_NOTICE, _SUSPENSION_LABELS, AWARD, PARTIAL,
    MEDIATION, _KIND_TITLES, FINAL, NON_FINAL, MIXED, _FINALITY_LABELS, GRANTED, PARTLY, DISMISSED,
    _OUTCOME_LABELS, MONEY, STANDARDS, OTHER, DRAFT, APPROVED, SUPERSEDED, _MONEY_KINDS, PROVISIONAL_KINDS,
    _PROVISIONAL_KINDS, ARBITRATION_TEMPLATES, _POSTPONEMENT_RULE, AcceptanceReview, ArbitratorRef, Tribunal,
    Hearing, Suspension, ServiceRecord, FactFound, Ruling, ProvisionalExecution, AwardDraft, AwardPart,
    AwardClassification, Award, PartyDeadline, ArbitrationOverview, ArbitrationRepo, _repo, _ruling_json,
    _ruling_from_json, default_category)

__all__ = [
    # constants
    "ACCEPT", "NOT_ACCEPT", "WRONG_COMMISSION", "ACCEPTANCE_CONDITIONS", "SERVICE_METHODS", "RESTART_EVENTS",
    "SUSPENSION", "PUBLIC_NOTICE", "AWARD", "PARTIAL", "MEDIATION", "FINAL", "NON_FINAL", "MIXED",
    "GRANTED", "PARTLY", "DISMISSED", "MONEY", "STANDARDS", "OTHER", "ARBITRATION_TEMPLATES",
    # records
    "AcceptanceReview", "ArbitratorRef", "Tribunal", "Hearing", "Suspension", "ServiceRecord", "FactFound",
    "Ruling", "ProvisionalExecution", "AwardDraft", "AwardPart", "AwardClassification", "Award",
    "PartyDeadline", "ArbitrationOverview", "ArbitrationRepo",
    # pure helpers
    "acceptance_decision", "jurisdiction_check", "classify_award", "rights_notice", "default_category",
    "deemed_served_on", "hearing_notice_due", "postponement_request_due",
    # services
    "review_application", "form_tribunal", "notify_tribunal", "schedule_hearing", "serve_hearing_notice",
    "postpone_hearing", "record_attendance", "approve_extension", "add_suspension", "end_suspension",
    "record_restart", "record_service", "serve_award", "record_arbitral_mediation", "draft_award",
    "update_draft", "approve_award", "correct_award", "record_mediation_failure", "decide_written_review",
    "require_commission", "check_obligations", "procedure_record", "operative_clause", "MEDIATION_FAILED",
    "WRITTEN_REVIEW", "get_award", "list_awards", "hearing_calendar",
    "party_deadlines", "arbitration_overview", "award_context", "render_arbitration_document",
    # document contexts
    "arbitrator_rows", "time_text", "application_context", "acceptance_context", "non_acceptance_context",
    "jurisdiction_context", "tribunal_context", "hearing_context", "postponement_context", "mediation_context",
    "award_documents", "document_context",
]

# The names of the awards and documents modules, served from here on first use (they import this
# module, so they are loaded lazily rather than at the top).
_LAZY = {
    "mediation_desk.services.arbitration_awards": (
        "MEDIATION_FAILED", "WRITTEN_REVIEW", "check_obligations", "record_mediation_failure",
        "decide_written_review", "procedure_record", "draft_award", "update_draft", "approve_award",
        "correct_award", "get_award", "list_awards", "arbitration_overview"),
    "mediation_desk.services.arbitration_documents": (
        "operative_clause", "arbitrator_rows", "time_text", "application_context", "acceptance_context",
        "non_acceptance_context", "jurisdiction_context", "tribunal_context", "hearing_context",
        "postponement_context", "mediation_context", "award_context", "award_documents", "document_context",
        "render_arbitration_document"),
}


def __getattr__(name: str) -> Any:
    import importlib

    for module, names in _LAZY.items():
        if name in names:
            return getattr(importlib.import_module(module), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------- pure helpers


def acceptance_decision(checklist: Mapping[str, bool]) -> str:
    """ACCEPT when every condition is met; WRONG_COMMISSION when only jurisdiction fails
    (办案规则第三十一条); NOT_ACCEPT otherwise."""
    unknown = sorted(set(checklist) - set(_CONDITION_LABELS))
    if unknown:
        raise ValidationError({"checklist": f"未知的受理条件：{'、'.join(unknown)}"})
    missing = [label for code, label, _ in ACCEPTANCE_CONDITIONS if code not in checklist]
    if missing:
        raise ValidationError({"checklist": "请逐项审查受理条件：" + "；".join(missing)})
    unmet = {code for code, ok in checklist.items() if not ok}
    if not unmet:
        return ACCEPT
    if unmet == {"jurisdiction"}:
        return WRONG_COMMISSION
    return NOT_ACCEPT


def jurisdiction_check(*, performance_place: str, employer_seat: str, commission_area: str,
                       performance_place_seized: bool = False) -> tuple[bool, str]:
    """Whether the commission of ``commission_area`` has jurisdiction (第二十一条): the place of
    performance of the labour contract or the employer's seat; when both are seized, the
    commission of the place of performance. Returns (has jurisdiction, explanation)."""
    area = commission_area.strip()
    perf, seat = performance_place.strip(), employer_seat.strip()
    if perf and area and area in perf:
        return True, f"劳动合同履行地{perf}属于本委管辖区域。"
    if seat and area and area in seat:
        if performance_place_seized and perf:
            return False, (f"用人单位所在地{seat}虽属本委管辖区域，但劳动合同履行地{perf}的仲裁委员会已受理，"
                           "依照《劳动争议调解仲裁法》第二十一条第二款由劳动合同履行地的仲裁委员会管辖。")
        return True, f"用人单位所在地{seat}属于本委管辖区域。"
    return False, (f"劳动合同履行地{perf or '不明'}、用人单位所在地{seat or '不明'}均不属于本委管辖区域，"
                   "请向劳动合同履行地（优先）或者用人单位所在地的劳动人事争议仲裁委员会申请仲裁。")




def classify_award(rulings: Sequence[Ruling], monthly_minimum_wage: Decimal) -> AwardClassification:
    """The final-award test per ruling: a MONEY ruling whose awarded amount is at most 12 × the
    monthly minimum wage is final (第四十七条第（一）项; 解释（一）第十九条); a STANDARDS ruling is
    final whatever the amount (第（二）项); anything else is non-final. Final and non-final rulings
    together make a MIXED award, to be drafted as two instruments (办案规则第五十条)."""
    if not rulings:
        raise ValidationError({"rulings": "请至少写明一项裁决"})
    limit = final_award_threshold(monthly_minimum_wage)
    per, reasons = [], []
    for r in rulings:
        cat = r.category or default_category(r.claim_kind)
        if cat == STANDARDS:
            per.append(FINAL)
            reasons.append("因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议，"
                           "依照第四十七条第（二）项为终局裁决")
        elif cat == MONEY:
            amount = r.amount if r.amount is not None else Decimal("0")
            if amount <= limit:
                per.append(FINAL)
                reasons.append(f"裁决数额{format_yuan(amount)}不超过当地月最低工资标准十二个月金额"
                               f"{format_yuan(limit)}，依照第四十七条第（一）项为终局裁决")
            else:
                per.append(NON_FINAL)
                reasons.append(f"裁决数额{format_yuan(amount)}超过当地月最低工资标准十二个月金额"
                               f"{format_yuan(limit)}，为非终局裁决")
        else:
            per.append(NON_FINAL)
            reasons.append("不属于第四十七条规定的终局裁决事项，为非终局裁决")
    kinds = set(per)
    finality = FINAL if kinds == {FINAL} else NON_FINAL if kinds == {NON_FINAL} else MIXED
    return AwardClassification(limit, Decimal(monthly_minimum_wage), tuple(per), tuple(reasons), finality)


def rights_notice(finality: str, *, commission_city: str = "南昌市") -> str:
    """The parties' rights stated at the end of the award (第四十七至四十九条; 办案规则第五十三条)."""
    if finality == FINAL:
        return ("本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起"
                "十五日内向人民法院提起诉讼；用人单位有证据证明本裁决有《中华人民共和国劳动争议调解仲裁法》"
                f"第四十九条第一款规定情形之一的，可以自收到本裁决书之日起三十日内向{commission_city}中级人民法院"
                "申请撤销裁决。")
    if finality == NON_FINAL:
        return ("当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；"
                "期满不起诉的，本裁决书发生法律效力。")
    raise ValidationError({"finality": "终局或非终局未定"})


def deemed_served_on(method: str, sent_on: date, served_on: date | None = None) -> date:
    """The date of service: public notice is deemed served 30 days after publication
    (民事诉讼法第九十五条); post on the date of the postal receipt; otherwise the date given
    (the receipt's date), or the sending date."""
    if method not in SERVICE_METHODS:
        raise ValidationError({"method": "请选择送达方式"})
    if method == "public_notice":
        return sent_on + timedelta(days=PUBLIC_NOTICE_DAYS)
    if method == "post" and served_on is None:
        raise ValidationError({"served_on": "邮寄送达以回执上注明的收件日期为送达日期，请填写"})
    served = served_on or sent_on
    if served < sent_on:
        raise ValidationError({"served_on": "送达日期不能早于发出日期"})
    return served


def hearing_notice_due(hearing_day: date, calendar: WorkCalendar | None = None) -> date:
    """The last day on which the hearing notice still leaves the 5 days (rule ``hearing_notice``)."""
    return due_date("hearing_notice", hearing_day, calendar)


def postponement_request_due(hearing_day: date, calendar: WorkCalendar | None = None) -> date:
    """The last day a postponement may be requested (3 days before the hearing)."""
    return due_date(_POSTPONEMENT_RULE, hearing_day, calendar)


# --------------------------------------------------------------------------- common


def _case(tx: Tx, case_id: int) -> CaseDetail:
    detail = tx.cases.get(case_id)
    if detail is None:
        raise NotFound("找不到该案件。", "Case not found.")
    return detail


def _not_before_receipt(name: str, on: date, detail: CaseDetail, label: str) -> None:
    if on < detail.summary.received_on:
        raise ValidationError({name: f"{label}不能早于收案日期"})


def _not_future(name: str, on: date, label: str) -> None:
    if on > clock.today():
        raise ValidationError({name: f"{label}不能晚于今天"})


def _event(tx: Tx, actor: Principal, case_id: int, kind: str, on: date, note: str = "", *,
           refresh: bool = True) -> None:
    tx.cases.add_event(case_id, event_date=on, kind=kind, actor=actor.username, note=note, now=now())
    if refresh:
        refresh_case(tx, case_id)
    tx.audit.append(actor=actor.username, action="case.event", entity="case", entity_id=case_id,
                    changes={"event": kind, "on": on.isoformat(), "note": note})


def _cn(on: date | None) -> str:
    return f"{on.year}年{on.month}月{on.day}日" if on else ""


def require_commission(tx: Tx) -> Any:
    """The organisation of the book, refused unless it is a labour arbitration commission: only a
    commission accepts applications, forms tribunals, holds hearings and makes awards."""
    org = tx.org.get()
    if org is None or org.kind is not OrgKind.ARBITRATION:
        name = org.name if org is not None else "本案件库"
        raise ConflictError(f"{name}不是劳动人事争议仲裁委员会，不能办理仲裁受理、组庭、开庭、送达和裁决；"
                            "仲裁文书只能在仲裁委员会的案件库中制作。",
                            "Arbitration (acceptance, tribunal, hearings, service and awards) is available only "
                            "in the case book of a labour arbitration commission.")
    return org


def _require_arbitration(detail: CaseDetail, what: str) -> None:
    if detail.summary.status is not CaseStatus.ARBITRATION:
        raise ConflictError(f"案件当前为“{detail.summary.status.label}”，不在仲裁审理中，不能{what}。",
                            f"The case is not in arbitration ({detail.summary.status.value}).")


# --------------------------------------------------------------------------- 1. acceptance review


def review_application(uow: UnitOfWork, actor: Principal, *, case_id: int, checklist: Mapping[str, bool],
                       decided_on: date, notes: Mapping[str, str] | None = None, reasons: str = "",
                       competent_commission: str = "", then_status: CaseStatus | None = None) -> AcceptanceReview:
    """Decide on an arbitration application from the conditions checklist (``ACCEPTANCE_CONDITIONS``
    codes -> met?).

    * all met: 受理 -- the case goes ACCEPTANCE_REVIEW -> ARBITRATION (event ``accepted``, which
      starts the application-copy, tribunal-notice and 45-day award clocks);
    * an item 1-3 unmet: 不予受理 -- ``reasons`` (default: the unmet conditions) and the worker's
      right to sue go in the 不予受理通知书; the case goes to HANDOFF (default) or CLOSED
      (event ``not_accepted``);
    * only jurisdiction unmet: a written explanation naming ``competent_commission`` (required),
      not a 不予受理通知书; the case goes to CLOSED (event ``jurisdiction_explained``).

    A case still in INTAKE is first moved into ACCEPTANCE_REVIEW (dated its receipt). A decision
    after the 5-working-day clock is recorded with ``late=True``.
    """
    actor.require(Permission.CONDUCT_ARBITRATION)
    decision = acceptance_decision(checklist)
    notes = dict(notes or {})
    if decision == WRONG_COMMISSION and not competent_commission.strip():
        raise ValidationError({"competent_commission": "请写明有管辖权的仲裁委员会"})
    if decision == NOT_ACCEPT and not reasons.strip():
        reasons = "不符合受理条件：" + "；".join(
            _CONDITION_LABELS[c] + (f"（{notes[c]}）" if notes.get(c) else "")
            for c, _, _ in ACCEPTANCE_CONDITIONS if not checklist[c])
    if decision == WRONG_COMMISSION and not reasons.strip():
        reasons = notes.get("jurisdiction") or "本案不属于本委管辖。"
    _not_future("decided_on", decided_on, "审查决定日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _not_before_receipt("decided_on", decided_on, detail, "审查决定日期")
        status = detail.summary.status
        if status is CaseStatus.INTAKE:
            _transition(tx, actor, case_id, status, CaseStatus.ACCEPTANCE_REVIEW, detail.summary.received_on,
                        "受理审查", refresh=False)
            status = CaseStatus.ACCEPTANCE_REVIEW
        if status is not CaseStatus.ACCEPTANCE_REVIEW:
            raise ConflictError(f"案件当前为“{status.label}”，不在受理审查阶段。",
                                f"The case is not under acceptance review ({status.value}).")
        due = next((d.due for d in open_deadlines_for(tx, case_id, decided_on) if d.code == "acceptance_decision"),
                   None)
        if decision == ACCEPT:
            _transition(tx, actor, case_id, status, CaseStatus.ARBITRATION, decided_on, "决定受理")
        elif decision == NOT_ACCEPT:
            target = then_status or CaseStatus.HANDOFF
            if target not in (CaseStatus.HANDOFF, CaseStatus.CLOSED):
                raise ValidationError({"then_status": "不予受理后案件应为“移送法院”或“已结案”"})
            if target is CaseStatus.CLOSED:
                _event(tx, actor, case_id, "not_accepted", decided_on, reasons.strip(), refresh=False)
            _transition(tx, actor, case_id, status, target, decided_on, "不予受理：" + reasons.strip())
        else:
            _event(tx, actor, case_id, "jurisdiction_explained", decided_on,
                   f"告知向{competent_commission.strip()}申请仲裁", refresh=False)
            _transition(tx, actor, case_id, status, then_status or CaseStatus.CLOSED, decided_on,
                        f"不属于本委管辖，已书面告知向{competent_commission.strip()}申请仲裁")
        stored = {c: {"met": bool(checklist[c]), "note": notes.get(c, "")} for c, _, _ in ACCEPTANCE_CONDITIONS}
        repo = _repo(tx)
        review_id = repo.add_review(case_id=case_id, checklist=json.dumps(stored, ensure_ascii=False),
                                    decision=decision, reasons=reasons.strip(),
                                    competent_commission=competent_commission.strip(), decided_on=decided_on,
                                    decided_by=actor.username, created_at=now())
        tx.audit.append(actor=actor.username, action="arbitration.review", entity="case", entity_id=case_id,
                        changes={"review": review_id, "decision": decision, "checklist": stored,
                                 "reasons": reasons.strip(), "competent_commission": competent_commission.strip(),
                                 "decided_on": decided_on.isoformat(), "due": due.isoformat() if due else None})
        review = repo.latest_review(case_id)
    assert review is not None
    return replace(review, due=due, late=bool(due and decided_on > due))


# --------------------------------------------------------------------------- 2. tribunal and hearings


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


def _conflict_message(other: Hearing, *, room: str, keys: set[str]) -> str:
    when = f"{_cn(other.starts_at.date())}{other.starts_at:%H:%M}至{other.ends_at:%H:%M}"
    same = [a.name for a in other.arbitrators if a.key in keys]
    who = f"仲裁员{'、'.join(same)}" if same else ""
    where = f"{other.room}" if other.room == room else ""
    if who and where:
        clash = f"{who}和{where}"
    else:
        clash = who or where
    return (f"时间冲突：{clash}在{when}已安排{other.case_number or '其他案件'}的开庭（{other.room}），"
            "请另选时间、仲裁员或仲裁庭室。")


def _check_calendar(tx: Tx, *, starts_at: datetime, ends_at: datetime, room: str,
                    arbitrators: Sequence[ArbitratorRef], exclude_id: int | None = None) -> None:
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": "开庭结束时间应晚于开始时间"})
    keys = {a.key for a in arbitrators}
    clashes = _repo(tx).overlapping(starts_at=starts_at, ends_at=ends_at, room=room, keys=sorted(keys),
                                    exclude_id=exclude_id)
    if clashes:
        raise ConflictError(_conflict_message(clashes[0], room=room, keys=keys),
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
                f"开庭通知应当在开庭五日前送达：{_cn(hearing.day)}开庭，最迟应于{_cn(last)}送达，"
                f"{_cn(served_on)}送达已不足五日；当事人书面同意放弃通知期限的，请勾选并注明。")})
        if waived and not waiver_note.strip() and served_on > last:
            raise ValidationError({"waiver_note": "请注明当事人同意放弃开庭通知期限的情况"})
        repo.update_hearing(hearing_id, notice_served_on=served_on, notice_waived=bool(waived and served_on > last))
        note = f"开庭通知已送达（{_cn(hearing.day)}开庭）" + (f"；{waiver_note.strip()}" if waiver_note.strip() else "")
        _event(tx, actor, hearing.case_id, "hearing_notice_served", served_on, note)
        hearing = repo.get_hearing(hearing_id)
    assert hearing is not None
    return hearing


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
                f"延期开庭应当在开庭三日前提出：{_cn(hearing.day)}开庭，最迟应于{_cn(last)}提出；"
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


# --------------------------------------------------------------------------- 3. the award period


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


# --------------------------------------------------------------------------- 4. service


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
    from mediation_desk.domain.deadlines import CalendarGap

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
        codes = []
        if award.finality == NON_FINAL or side is PartySide.APPLICANT:
            codes.append(("sue_after_award", "不服仲裁裁决起诉期限"))
        if award.finality in (FINAL, MIXED) and side is PartySide.RESPONDENT:
            codes.append(("revoke_final_award", "申请撤销终局裁决期限"))
        if award.finality == MIXED and side is PartySide.RESPONDENT:
            codes.append(("sue_after_award", "不服仲裁裁决起诉期限（非终局部分）"))
        for code, name in codes:
            try:
                due, problem = due_date(code, s.served_on, cal), ""
            except CalendarGap as gap:
                due, problem = None, gap.zh
            out.append(PartyDeadline(s.recipient, side.value if side else "", code, name, s.served_on, due, problem))
    return out


# --------------------------------------------------------------------------- 5. mediation in arbitration


def _agreement_items(agreement: Sequence[str | Mapping[str, Any]], detail: CaseDetail | None = None,
                     mediated_on: date | None = None) -> list[dict[str, Any]]:
    """The agreed terms of a 仲裁调解书, each as an enforceable clause like an agreement item of
    mediation: ``{"obligor"(s), "obligee", "content", "amount", "due_date" or "due_days", "joint"}``.
    A sum of money needs who pays (a party of the case), to whom and by when; any other term with
    an obligor needs its time limit too. A plain text (or a mapping without an obligor) is a
    declaration of the parties (e.g. 申请人放弃其他仲裁请求). Each item keeps its clause as ``text``."""
    sides = {p.name: p.side.label for p in detail.parties} if detail is not None else {}
    errors: dict[str, str] = {}
    out = []
    for n, a in enumerate(agreement, start=1):
        a = a if isinstance(a, Mapping) else {"content": str(a)}
        content = str(a.get("content") or "").strip()
        if not content:
            continue
        amount: Decimal | None = None
        raw = a.get("amount")
        if raw is not None and str(raw).strip() != "":
            try:
                amount = Decimal(str(raw).replace(",", "")).quantize(Decimal("0.01"))
            except ArithmeticError:
                raise ValidationError({f"agreement.{n}.amount": f"第{n}项：金额格式不正确"}) from None
            if amount <= 0:
                errors[f"agreement.{n}.amount"] = f"第{n}项：金额应大于零"
        due = a.get("due_date")
        due_days = a.get("due_days")
        try:
            if isinstance(due, str):
                due = date.fromisoformat(due.strip()) if due.strip() else None
            due_days = int(due_days) if due_days not in (None, "") else None
        except ValueError:
            raise ValidationError({f"agreement.{n}.due_date": f"第{n}项：履行期限应为日期（如2026-12-25）或天数"}) from None
        obligors = a.get("obligors") or ([a["obligor"]] if a.get("obligor") else [])
        obligors = [str(o).strip() for o in obligors if str(o).strip()]
        obligee = str(a.get("obligee") or "").strip()
        joint = bool(a.get("joint"))
        for who in (*obligors, *([obligee] if obligee else [])):
            if detail is not None and who not in sides:
                errors[f"agreement.{n}.party"] = f"第{n}项：“{who}”不是本案的当事人"
        if amount is not None and not obligors:
            errors[f"agreement.{n}.obligor"] = f"第{n}项：请写明由哪一方支付"
        if amount is not None and not obligee:
            errors[f"agreement.{n}.obligee"] = f"第{n}项：请写明向哪一方支付"
        if obligee and obligee in obligors:
            errors[f"agreement.{n}.obligee"] = f"第{n}项：付款人与收款人不能是同一当事人"
        if len(obligors) > 1 and not joint:
            errors[f"agreement.{n}.joint"] = f"第{n}项：由多方共同履行的，请写明承担连带责任，或者分项写明各自的数额"
        if obligors and due is None and due_days is None:
            errors[f"agreement.{n}.due_date"] = f"第{n}项：请写明履行期限"
        if isinstance(due, date) and mediated_on is not None and due < mediated_on:
            errors[f"agreement.{n}.due_date"] = f"第{n}项：履行期限不能早于调解日期"
        if due_days is not None and not 0 < due_days <= 365:
            errors[f"agreement.{n}.due_date"] = f"第{n}项：履行期限应为1至365日"
        text = obligation_clause(Obligation(
            subject=content, payers=tuple(PartyRef(o, sides.get(o, "")) for o in obligors),
            payee=PartyRef(obligee, sides.get(obligee, "")) if obligee else None, amount=amount,
            due_days=due_days, due_date=due if isinstance(due, date) else None, joint=joint), effective="本调解书生效")
        out.append({"content": content, "amount": str(amount) if amount is not None else None,
                    "due_date": due.isoformat() if isinstance(due, date) else None, "due_days": due_days,
                    "obligors": obligors, "obligee": obligee, "joint": joint, "text": text})
    if errors:
        raise ValidationError(errors)
    return out


def record_arbitral_mediation(uow: UnitOfWork, actor: Principal, *, case_id: int, mediated_on: date,
                              claims: Sequence[str], agreement: Sequence[str | Mapping[str, Any]],
                              arbitrators: Sequence[str] = (), clerk: str = "", performance: str = "") -> Award:
    """A successful 先行调解 (第四十二条): the 仲裁调解书 with the claims and the agreed terms,
    numbered and locked at once. It takes effect when both parties sign for it (``serve_award``).
    Each term is a mapping ``{"obligor", "obligee", "content", "amount", "due_date"}`` (see
    ``_agreement_items``: who pays whom, how much, by when) or a text for a declaration of the
    parties; ``performance`` says how the sums are paid."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    if not _agreement_items(agreement):
        raise ValidationError({"agreement": "请写明协议内容"})
    _not_future("mediated_on", mediated_on, "调解日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        items = _agreement_items(agreement, detail, mediated_on)
        _require_arbitration(detail, "制作仲裁调解书")
        require_tribunal_member(tx, actor, case_id, "制作仲裁调解书")
        _not_before_receipt("mediated_on", mediated_on, detail, "调解日期")
        number = detail.summary.number  # the 仲裁调解书 carries the case number
        content = {"claims": [c.strip() for c in claims if c.strip()],
                   "agreement": [i["text"] for i in items], "agreement_items": items,
                   "performance": performance.strip(),
                   "arbitrators": list(arbitrators) or _tribunal_names(tx, case_id), "clerk": clerk.strip(),
                   "parts": []}
        stamp = now()
        repo = _repo(tx)
        aid = repo.add_award(case_id=case_id, kind=MEDIATION, lineage=0, version=1, status=APPROVED, finality="",
                             number=number, award_date=mediated_on, default_award=False,
                             content=json.dumps(content, ensure_ascii=False), supersedes_id=None,
                             correction_reason="", approved_by=actor.username, approved_at=stamp,
                             created_by=actor.username, created_at=stamp, updated_at=stamp)
        repo.update_award(aid, lineage=aid)
        tx.audit.append(actor=actor.username, action="arbitration.mediation", entity="case", entity_id=case_id,
                        changes={"award": aid, "number": number, "mediated_on": mediated_on.isoformat(),
                                 "agreement": content["agreement"]})
        award = repo.get_award(aid)
    assert award is not None
    return award


def _tribunal_names(tx: Tx, case_id: int) -> list[str]:
    tribunal = _repo(tx).latest_tribunal(case_id)
    return [m.name for m in tribunal.members] if tribunal else []
