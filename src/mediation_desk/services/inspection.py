"""Repeat respondents (city plan item 16, joint supervision) and referrals to the labour-inspection
authority (劳动保障监察, item 19): the book's settings, the list, the referral letter from a case or
from a repeat respondent, the record of sending and the authority's answer (docs/inspection-referrals.md).

Permissions (docs/permissions.md): the list is read with ``view_cases`` by the organisation's staff
(not by a legal-aid lawyer, who sees only the cases referred to them); the settings are changed with
``manage_organisation``; a referral is sent and its answer recorded with ``change_case_status``
(it records case events) and the letter is a document of the case (``manage_evidence``).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import CaseDetail, ClaimKind, PartySide
from mediation_desk.domain.chinese_dates import chinese_date, numeric_date
from mediation_desk.domain.documents import DocumentView
from mediation_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from mediation_desk.domain.inspection import (DEFAULT_MIN_CASES, DEFAULT_WINDOW_DAYS, GROUND_CLAIMS,
                                              InspectionGround, InspectionReferral, RepeatReport, RepeatRespondent,
                                              RepeatSettings, RespondentMention, SendingMethod, group_mentions,
                                              identity_key, names_with_one_code, normalise_credit_code, normalise_name,
                                              validate_repeat_settings, window_start)
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.domain.work_records.metrics import WorkMetrics
from mediation_desk.services import clock
from mediation_desk.services.access import referral_scoped, require_case
from mediation_desk.services.ports import DocumentRenderer, Tx, UnitOfWork

KEY_MIN_CASES = "inspection.repeat_min_cases"
KEY_WINDOW_DAYS = "inspection.repeat_window_days"
TEMPLATE = "inspection_referral"
MAX_LETTER_CASES = 200


# --------------------------------------------------------------------------- settings


def _int_setting(raw: object, default: int) -> int:
    return raw if isinstance(raw, int) and not isinstance(raw, bool) else default


def get_repeat_settings(uow: UnitOfWork) -> RepeatSettings:
    with uow.read() as tx:
        n = _int_setting(tx.settings.get(KEY_MIN_CASES), DEFAULT_MIN_CASES)
        d = _int_setting(tx.settings.get(KEY_WINDOW_DAYS), DEFAULT_WINDOW_DAYS)
    try:
        return validate_repeat_settings(n, d)
    except ValidationError:
        return RepeatSettings()  # a damaged setting falls back to the defaults


def set_repeat_settings(uow: UnitOfWork, actor: Principal, *, min_cases: object,
                        window_days: object) -> RepeatSettings:
    """Change N and D; administrators only; audited with the old and new values."""
    actor.require(Permission.MANAGE_ORGANISATION)
    new = validate_repeat_settings(min_cases, window_days)
    before = get_repeat_settings(uow)
    with uow.write() as tx:
        tx.settings.set(KEY_MIN_CASES, new.min_cases)
        tx.settings.set(KEY_WINDOW_DAYS, new.window_days)
        changes = {k: [old, value] for k, old, value in (("min_cases", before.min_cases, new.min_cases),
                                                          ("window_days", before.window_days, new.window_days))
                   if old != value}
        tx.audit.append(actor=actor.username, action="inspection.settings", entity="settings",
                        entity_id="inspection", changes=changes)
    return new


# --------------------------------------------------------------------------- repeat respondents


def _refuse_scoped(actor: Principal) -> None:
    if referral_scoped(actor):
        raise PermissionDenied("重复被申请人名单涉及本机构的全部案件，法律援助律师不能查看。",
                               "The repeat-respondent list covers every case of the book.")


def _report(tx: Tx, reference: date, settings: RepeatSettings) -> RepeatReport:
    since = window_start(reference, settings.window_days)
    counts = tx.inspection.respondent_counts(since=since, until=reference)
    name_to_code = names_with_one_code((code, name) for code, name, _ in counts)
    upper: dict[str, int] = {}
    for code, name, n in counts:
        key = identity_key(code, name, name_to_code)
        upper[key] = upper.get(key, 0) + n
    candidates = {key for key, n in upper.items() if n >= settings.min_cases and key != "name:"}
    names = [name for code, name, _ in counts if identity_key(code, name, name_to_code) in candidates]
    per_pair: dict[tuple[str, str], set[int]] = {}
    for code, name, case_id in tx.inspection.respondent_cases(since=since, until=reference, names=names):
        if identity_key(code, name, name_to_code) in candidates:
            per_pair.setdefault((code, name), set()).add(case_id)
    # the code a bare name joins was learnt from the whole window: carry it into the grouping
    mentions = [RespondentMention(code or _code_of(name, name_to_code), name, tuple(sorted(ids)))
                for (code, name), ids in sorted(per_pair.items())]
    groups = group_mentions(mentions, settings.min_cases)
    rows = {c.case_id: c for c in tx.inspection.case_rows([cid for g in groups for cid in g.case_ids])}
    respondents = tuple(RepeatRespondent(key=g.key, name=g.name, credit_code=g.credit_code, other_names=g.names[1:],
                                         cases=tuple(rows[cid] for cid in sorted(g.case_ids, key=lambda i: (
                                             rows[i].received_on, i)) if cid in rows)) for g in groups)
    return RepeatReport(reference=reference, since=since, settings=settings, respondents=respondents)


def _code_of(name: str, name_to_code: dict[str, str]) -> str:
    return name_to_code.get(normalise_name(name), "")


def repeat_respondents(uow: UnitOfWork, actor: Principal, *, reference: date | None = None,
                       settings: RepeatSettings | None = None) -> RepeatReport:
    """The enterprises named as respondent in N or more cases received in the D days ending on
    ``reference`` (default today), each with its cases; the book's settings unless others are given."""
    actor.require(Permission.VIEW_CASES)
    _refuse_scoped(actor)
    settings = settings or get_repeat_settings(uow)
    with uow.read() as tx:
        return _report(tx, reference or clock.today(), settings)


# --------------------------------------------------------------------------- the referral's facts


@dataclass(frozen=True)
class CaseFacts:
    """What the letter says of one case: only what is on the record."""

    case_id: int
    number: str
    received_on: date
    worker: str
    respondents: tuple[str, ...]
    claims: tuple[tuple[str, Decimal | None, str], ...]  # (claim label, amount, period) of the grounds' claims
    ground_totals: tuple[tuple[InspectionGround, Decimal], ...]
    work_figures: tuple[str, ...]  # sentences with the figures of the latest work-record import
    status: str

    @property
    def claims_text(self) -> str:
        parts = [f"{label}{('（' + period + '）') if period else ''}{('：' + format_yuan(amount)) if amount else ''}"
                 for label, amount, period in self.claims]
        return "；".join(parts) if parts else "（请求事项中没有与所列情形对应的金额）"

    def data(self) -> dict[str, Any]:
        return {"number": self.number, "received_on": self.received_on.isoformat(), "worker": self.worker,
                "respondents": list(self.respondents),
                "claims": [[label, None if a is None else str(a), period] for label, a, period in self.claims],
                "ground_totals": {g.value: str(a) for g, a in self.ground_totals},
                "work_figures": list(self.work_figures), "status": self.status}


@dataclass(frozen=True)
class ReferralDraft:
    """What will be sent: the authority, the respondent, the grounds and each case's facts."""

    authority: str
    authority_source: str
    respondent: str
    credit_code: str
    grounds: tuple[InspectionGround, ...]
    cases: tuple[CaseFacts, ...]

    def total(self, ground: InspectionGround) -> Decimal:
        return sum((a for c in self.cases for g, a in c.ground_totals if g is ground), Decimal("0"))


def _period(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{numeric_date(start)}至{numeric_date(end)}"
    return f"{numeric_date(start)}起" if start else (f"截至{numeric_date(end)}" if end else "")


def work_figures(metrics: WorkMetrics) -> tuple[str, ...]:
    """The work-record figures a letter about working time states (weekly metrics, long stretches)."""
    t = metrics.total
    out = [f"平台订单记录显示，{numeric_date(t.first_day)}至{numeric_date(t.last_day)}共{metrics.weeks_in_period}周中"
           f"有{metrics.active_weeks}周有接单记录，接单{t.days_worked}天、{t.orders}单，接单配送时长合计"
           f"{t.delivery_hours}小时" + (f"，日均{t.average_daily_hours}小时" if t.average_daily_hours is not None else "")
           + f"；其中{t.long_days}天的接单配送时长超过{metrics.rules.long_day_hours.normalize()}小时。"]
    busiest = max((w for w in metrics.weeks if w.days_worked), key=lambda w: (w.delivery_seconds, w.label),
                  default=None)
    if busiest is not None:
        out.append(f"接单配送时长最长的一周为{numeric_date(busiest.first_day)}至{numeric_date(busiest.last_day)}，"
                   f"接单{busiest.days_worked}天、配送时长{busiest.delivery_hours}小时。")
    long = metrics.long_stretches
    if long:
        top = max(long, key=lambda s: (s.seconds, -s.start.timestamp()))
        out.append(f"记录中有{len(long)}次连续接单配送超过{metrics.rules.continuous_work_limit_hours.normalize()}小时"
                   f"而中间没有{metrics.rules.break_minutes}分钟以上的间隔，最长一次为{numeric_date(top.start)}"
                   f"{top.start:%H:%M}至{top.end:%H:%M}，连续{top.hours}小时。")
    out.append(f"以上为按订单记录统计的接单配送时长，不是登录平台的在线时长（{metrics.source_text}）。")
    return tuple(out)


def _case_facts(tx: Tx, detail: CaseDetail, grounds: Sequence[InspectionGround]) -> CaseFacts:
    from mediation_desk.services.work_records import metrics_from_data

    kinds: set[ClaimKind] = set().union(*(GROUND_CLAIMS[g] for g in grounds))
    claims = tuple((c.kind.label, c.amount, _period(c.period_start, c.period_end))
                   for c in detail.claims if c.kind in kinds)
    totals = tuple((g, sum((c.amount or Decimal("0") for c in detail.claims if c.kind in GROUND_CLAIMS[g]),
                           Decimal("0"))) for g in grounds)
    figures: tuple[str, ...] = ()
    if InspectionGround.OVERTIME in grounds:
        latest = tx.work_records.latest_for_case(detail.summary.id)
        if latest is not None and latest.metrics is not None:
            figures = work_figures(metrics_from_data(latest.metrics))
    return CaseFacts(case_id=detail.summary.id, number=detail.summary.number, received_on=detail.summary.received_on,
                     worker=detail.summary.worker_name,
                     respondents=tuple(p.name for p in detail.parties if p.side is PartySide.RESPONDENT),
                     claims=claims, ground_totals=totals, work_figures=figures, status=detail.summary.status.value)


def _respondent_of(details: Sequence[CaseDetail], respondent: str) -> tuple[str, str]:
    """The respondent the letter is about (name, credit code): the one named (as the list shows it),
    else the first enterprise respondent; the code from any of its cases that records one."""
    wanted = respondent.strip()
    matching = [p for d in details for p in d.parties if p.side is PartySide.RESPONDENT and not p.is_person
                and (not wanted or normalise_name(p.name) == normalise_name(wanted))]
    if not matching and not wanted:
        raise ValidationError({"respondent": "案件中没有作为被申请人的用人单位或平台企业，不能转送劳动保障监察"})
    name = wanted or matching[0].name
    code = next((normalise_credit_code(p.credit_code) for p in matching if p.credit_code.strip()), "")
    return name, code


def _grounds(grounds: Sequence[InspectionGround | str]) -> tuple[InspectionGround, ...]:
    try:
        out = tuple(dict.fromkeys(InspectionGround(g) for g in grounds))
    except ValueError:
        raise ValidationError({"grounds": "转送事由无效"}) from None
    if not out:
        raise ValidationError({"grounds": "请至少选择一项转送事由（拖欠工资、违法延长工作时间或收取押金）"})
    return out


def _draft(tx: Tx, actor: Principal, case_ids: Sequence[int], grounds: tuple[InspectionGround, ...],
           respondent: str, permission: Permission) -> ReferralDraft:
    ids = list(dict.fromkeys(case_ids))
    if not ids:
        raise ValidationError({"cases": "请选择要转送的案件"})
    if len(ids) > MAX_LETTER_CASES:
        raise ValidationError({"cases": f"一份转送函最多列{MAX_LETTER_CASES}件案件"})
    details = []
    for cid in ids:
        require_case(tx, actor, cid, permission)
        detail = tx.cases.get(cid)
        if detail is None:
            raise NotFound("找不到该案件。", "Case not found.")
        details.append(detail)
    name, code = _respondent_of(details, respondent)
    venue = jurisdiction.venue()
    facts = tuple(sorted((_case_facts(tx, d, grounds) for d in details), key=lambda f: (f.received_on, f.case_id)))
    return ReferralDraft(authority=venue.inspection_authority, authority_source=venue.inspection_authority_source,
                         respondent=name, credit_code=code, grounds=grounds, cases=facts)


def preview_referral(uow: UnitOfWork, actor: Principal, *, case_ids: Sequence[int],
                     grounds: Sequence[InspectionGround | str], respondent: str = "") -> ReferralDraft:
    """What the letter will state (nothing is stored)."""
    actor.require(Permission.VIEW_CASES)
    chosen = _grounds(grounds)
    with uow.read() as tx:
        return _draft(tx, actor, case_ids, chosen, respondent, Permission.VIEW_CASES)


def letter_context(draft: ReferralDraft, *, authority: str, contact_person: str, contact_phone: str,
                   sent_on: date) -> dict[str, Any]:
    cases = [{"no": i, "number": c.number, "received_text": numeric_date(c.received_on), "worker": c.worker,
              "claims_text": c.claims_text, "status_label": _status_label(c.status)}
             for i, c in enumerate(draft.cases, 1)]
    work = [{"number": c.number, "worker": c.worker, "text": "".join(c.work_figures)}
            for c in draft.cases if c.work_figures]
    totals = [f"{g.label}相关请求金额合计{format_yuan(draft.total(g))}" for g in draft.grounds
              if g is not InspectionGround.OVERTIME or draft.total(g)]
    return {"inspection_authority": authority, "respondent_name": draft.respondent,
            "respondent_credit_code": draft.credit_code, "case_count": str(len(draft.cases)),
            "grounds_text": "、".join(g.label for g in draft.grounds), "referral_cases": cases,
            "amount_totals": totals, "work_records": work, "contact_person": contact_person,
            "contact_phone": contact_phone, "document_date": sent_on,
            "attachments": ["上述案件的申请书及请求事项复印件"] + (["平台订单记录统计表"] if work else [])}


def _status_label(code: str) -> str:
    from mediation_desk.domain.cases import CaseStatus

    return CaseStatus.label_of(code)


# --------------------------------------------------------------------------- sending and answer


def send_referral(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, *, case_ids: Sequence[int],
                  grounds: Sequence[InspectionGround | str], sent_on: date, sent_how: SendingMethod | str,
                  authority: str = "", respondent: str = "", contact_person: str = "", contact_phone: str = "",
                  today: date | None = None) -> list[InspectionReferral]:
    """Make the referral letter (stored with the first listed case's documents, numbered) and record
    its sending on every case it names, with a case event and an audit row per case."""
    from mediation_desk.services.documents import render_document

    actor.require(Permission.CHANGE_CASE_STATUS)
    today = today or clock.today()
    chosen = _grounds(grounds)
    errors: dict[str, str] = {}
    if sent_on > today:
        errors["sent_on"] = "送出日期不能晚于今天"
    try:
        method = SendingMethod(sent_how)
    except ValueError:
        errors["sent_how"] = "请选择送出方式"
    if errors:
        raise ValidationError(errors)
    with uow.read() as tx:
        draft = _draft(tx, actor, case_ids, chosen, respondent, Permission.CHANGE_CASE_STATUS)
    to = authority.strip() or draft.authority
    if len(to) > 200:
        raise ValidationError({"authority": "接收机构名称过长"})
    context = letter_context(draft, authority=to, contact_person=contact_person.strip() or actor.display_name,
                             contact_phone=contact_phone.strip(), sent_on=sent_on)
    document: DocumentView = render_document(uow, renderer, actor, case_id=draft.cases[0].case_id, template=TEMPLATE,
                                             context_overrides=context, today=today)
    key = secrets.token_hex(8)
    numbers = [c.number for c in draft.cases]
    with uow.write() as tx:
        ids = []
        for c in draft.cases:
            rid = tx.inspection.add(case_id=c.case_id, letter_key=key, respondent=draft.respondent,
                                    grounds=[g.value for g in chosen], facts=c.data(), letter_cases=numbers,
                                    authority=to, sent_on=sent_on, sent_how=method.value,
                                    document_number=document.number, document_id=document.id,
                                    created_by=actor.username, created_at=clock.now())
            tx.cases.add_event(c.case_id, event_date=sent_on, kind="inspection_referred", actor=actor.username,
                               note=f"{document.number}转送{to}（{method.label}）", now=clock.now())
            tx.audit.append(actor=actor.username, action="inspection.refer", entity="inspection_referral",
                            entity_id=rid, changes={"case": c.number, "letter": key, "to": to,
                                                    "respondent": draft.respondent, "on": sent_on.isoformat(),
                                                    "how": method.value, "number": document.number,
                                                    "grounds": [g.value for g in chosen], "cases": len(numbers)})
            ids.append(rid)
        return [r for r in (tx.inspection.get(i) for i in ids) if r is not None]


def record_answer(uow: UnitOfWork, actor: Principal, *, referral_id: int, answered_on: date, answer: str,
                  action_taken: str = "", today: date | None = None) -> list[InspectionReferral]:
    """The authority's answer to a letter, recorded on every case the letter names."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    today = today or clock.today()
    errors: dict[str, str] = {}
    if not answer.strip():
        errors["answer"] = "请填写监察机构答复的内容"
    if answered_on > today:
        errors["answered_on"] = "答复日期不能晚于今天"
    if errors:
        raise ValidationError(errors)
    with uow.write() as tx:
        first = tx.inspection.get(referral_id)
        if first is None:
            raise NotFound("找不到该转送记录。", "Referral not found.")
        rows = tx.inspection.by_letter(first.letter_key)
        for r in rows:
            require_case(tx, actor, r.case_id, Permission.CHANGE_CASE_STATUS)
        if first.answered_on is not None:
            raise ConflictError(f"该转送函已于{chinese_date(first.answered_on)}登记答复。",
                                "The answer to this letter is already recorded.")
        if answered_on < first.sent_on:
            raise ValidationError({"answered_on": f"答复日期不能早于送出日期（{chinese_date(first.sent_on)}）"})
        tx.inspection.set_answer(first.letter_key, answered_on=answered_on, answer=answer.strip(),
                                 action_taken=action_taken.strip(), answered_by=actor.username)
        for r in rows:
            tx.cases.add_event(r.case_id, event_date=answered_on, kind="inspection_answered", actor=actor.username,
                               note=f"{r.authority}答复：{answer.strip()}"[:500], now=clock.now())
            tx.audit.append(actor=actor.username, action="inspection.answer", entity="inspection_referral",
                            entity_id=r.id, changes={"letter": r.letter_key, "on": answered_on.isoformat(),
                                                     "answer": answer.strip(), "action": action_taken.strip()})
        return tx.inspection.by_letter(first.letter_key)


def referrals_for_case(uow: UnitOfWork, actor: Principal, *, case_id: int) -> list[InspectionReferral]:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        require_case(tx, actor, case_id)
        return tx.inspection.list_for_case(case_id)
