"""Typical cases (典型案例) for publication: the anonymised draft from a closed case and its export.

:func:`draft` reads the case with its full numbers (the check needs them), the latest relationship
worksheet, and the outcome on record (an approved award or 仲裁调解书, the mediation agreement, a
withdrawal, a failed mediation), and returns the four parts of ``domain.typical_case`` already
anonymised, with what the check still finds and the case's known data (for the screen to re-run
the check as the person edits).

:func:`export` makes the DOCX (template ``typical_case``) and the PDF (``typical_case_pdf``) from
the parts as the person approved them. It re-reads the case and runs the check again: while the
text holds any personal datum of the case that the person has not explicitly accepted as not
personal data, the export is refused and nothing is written. One number of the ``typical_case``
kind is drawn for the pair (a corrected export keeps it); both documents are stored in the book
(hashed, versioned) in one transaction with their ``document.render`` audit rows and a
``typical_case.export`` row that records the accepted hits.

Who may do it (docs/permissions.md): mediators and arbitrators on the cases of their book
(``conduct_mediation`` and ``reveal_personal_data``: the check shows full names and numbers);
an arbitrator on a case whose tribunal is formed only as one of its members; exporting also
needs ``export_evidence``. Clerks record and serve, administrators and legal-aid lawyers do not
decide cases: none of them publishes a case.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from mediation_desk.domain.anonymise import KnownData, Named
from mediation_desk.domain.arbitration.records import APPROVED, DISMISSED, FINAL, MEDIATION, NON_FINAL
from mediation_desk.domain.award_text import dismissal_clause
from mediation_desk.domain.cases import CaseDetail, CaseStatus, PartySide
from mediation_desk.domain.documents import DocumentView, document_filename, plain_context
from mediation_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from mediation_desk.domain.mediation import clause
from mediation_desk.domain.typical_case import (AGREEMENT, AWARD, CLOSED, FAILED, PART_TITLES, TEMPLATES, WITHDRAWN, Outcome,
                                                PartLeak, WorksheetFacts, check_parts, draft as draft_parts,
                                                is_publishable, known_data)
from mediation_desk.domain.users import Permission, Principal, Role
from mediation_desk.services import clock
from mediation_desk.services.access import require_case, require_tribunal_member
from mediation_desk.services.arbitration.contexts import operative_clause
from mediation_desk.services.documents import next_document_number, opinion_from_worksheet
from mediation_desk.services.ports import DocumentRenderer, Tx, UnitOfWork

__all__ = ["TEMPLATE", "PDF_TEMPLATE", "MAX_PART_CHARS", "TypicalCaseDraftView", "TypicalCaseExport", "LeaksFound",
           "may_publish", "draft", "export", "case_title"]

TEMPLATE, PDF_TEMPLATE = TEMPLATES
MAX_PART_CHARS = 20000
_PUBLISHERS = frozenset({Role.MEDIATOR, Role.ARBITRATOR})
_PART_KEYS = ("basic_facts", "issues", "result", "significance")
_NOTE = "本案例根据已结案件的记录整理，当事人姓名、名称已作匿名处理，证件号码、联系电话、地址和案号已删除。"


class LeaksFound(ValidationError):
    """The text still holds personal data of the case the person has not accepted."""

    def __init__(self, leaks: Sequence[PartLeak]) -> None:
        self.leaks = list(leaks)
        listed = "；".join(f"{PART_TITLES[lk.part]}：“{lk.hit.text}”（{lk.hit.what}）" for lk in self.leaks[:8])
        more = f"等{len(self.leaks)}处" if len(self.leaks) > 8 else ""
        fields = {_PART_KEYS[lk.part]: "含有未处理的个人信息" for lk in self.leaks}
        super().__init__(fields, zh=f"文中仍有当事人的个人信息，未导出：{listed}{more}。请删除或改写；"
                                    "确实不是个人信息的，请勾选“不是个人信息”后再导出。",
                         en=f"The text still holds personal data of the case ({len(self.leaks)} place(s)); nothing "
                            "was exported. Remove them, or mark those that are not personal data.")


@dataclass(frozen=True)
class TypicalCaseDraftView:
    case_id: int
    title: str
    parts: tuple[str, str, str, str]
    leaks: tuple[PartLeak, ...]
    known: KnownData


@dataclass(frozen=True)
class TypicalCaseExport:
    docx: DocumentView
    pdf: DocumentView
    accepted: tuple[dict[str, Any], ...]


def may_publish(actor: Principal) -> bool:
    """Whether ``actor``'s role may draft and export typical cases at all (the case is checked too)."""
    return actor.role in _PUBLISHERS and actor.can(Permission.CONDUCT_MEDIATION) \
        and actor.can(Permission.REVEAL_PERSONAL_DATA)


def _require(tx: Tx, actor: Principal, case_id: int, *extra: Permission) -> CaseDetail:
    require_case(tx, actor, case_id, Permission.VIEW_CASES, Permission.CONDUCT_MEDIATION,
                 Permission.REVEAL_PERSONAL_DATA, *extra)
    if actor.role not in _PUBLISHERS:
        raise PermissionDenied(f"{actor.role.label}不能发布典型案例；由办理本案的调解员或仲裁员整理。",
                               "Only the mediators and arbitrators of a case publish it as a typical case.")
    require_tribunal_member(tx, actor, case_id, "整理本案的典型案例")
    detail = tx.cases.get(case_id)
    if detail is None:
        raise NotFound("找不到该案件。", "Case not found.")
    if not is_publishable(detail.summary.status):
        raise ValidationError({"status": "只有已结案的案件（已达成调解协议、已裁决、已结案、已撤回）才能整理为典型案例"},
                              en="Only a closed case can be published as a typical case.")
    return detail


def _status_date(detail: CaseDetail, status: CaseStatus) -> date | None:
    dates = [e.event_date or e.when.date() for e in detail.events if e.to_status == status.value]
    return max(dates) if dates else None


def _outcome(tx: Tx, detail: CaseDetail) -> tuple[Outcome, list[str]]:
    """The outcome on record and the document numbers it carries (removed from the text too)."""
    case_id = detail.summary.id
    sides = {p.name: p.side.label for p in detail.parties if p.side is not PartySide.AGENT}
    awards = [a for a in tx.arbitration.awards(case_id) if a.status == APPROVED]
    if awards:
        award = max(awards, key=lambda a: (a.award_date or date.min, a.id))
        numbers = [award.number] + [p.number for p in award.parts if p.number]
        if award.kind == MEDIATION:
            clauses = tuple(str(t) for t in award.content.get("agreement", []) if str(t).strip())
            return Outcome(AGREEMENT, award.award_date, clauses, title="仲裁调解书"), numbers
        rulings = award.rulings
        granted = [operative_clause(r, sides) for r in rulings if r.outcome != DISMISSED]
        dismissed = dismissal_clause([r.claim for r in rulings if r.outcome == DISMISSED])
        title = {FINAL: "终局裁决", NON_FINAL: "非终局裁决"}.get(award.finality, "裁决（部分事项为终局裁决）")
        total = sum((r.amount for r in rulings if r.outcome != DISMISSED and r.amount is not None), Decimal("0"))
        return Outcome(AWARD, award.award_date, tuple(granted) + ((dismissed,) if dismissed else ()), title=title,
                       total=total if total else None), numbers
    outcome = tx.mediation.latest_outcome(case_id)
    agreement_numbers = [d.number for d in tx.documents.list_for_case(case_id) if d.number]
    if outcome is not None and outcome.outcome == "agreement":
        items = [s.item for s in outcome.items]
        money = [i.amount for i in items if i.amount is not None]
        return Outcome(AGREEMENT, outcome.decided_on, tuple(clause(i, agreed_on=outcome.decided_on) for i in items),
                       performed=all(i.performed for i in items) if items else None,
                       total=sum(money, Decimal("0")) if money else None), agreement_numbers
    status = detail.summary.status
    if status is CaseStatus.WITHDRAWN:
        return Outcome(WITHDRAWN, _status_date(detail, status)), agreement_numbers
    if outcome is not None:
        return Outcome(FAILED, outcome.decided_on), agreement_numbers
    return Outcome(CLOSED, _status_date(detail, status)), agreement_numbers


def _worksheet(tx: Tx, case_id: int, on: date) -> WorksheetFacts | None:
    stored = tx.worksheets.list_for_case(case_id)
    if not stored:
        return None
    ws = stored[0]
    op = opinion_from_worksheet(ws, on=on)
    factors = tuple((str(f["label"]), str(f["answer"] or "")) for f in op["factors"])
    category = op.get("final_category") or ""
    if not op.get("sufficient") and not ws.final_category:
        category = ""
    return WorksheetFacts(factors=factors, category=str(category), category_code=ws.final_category,
                          route=str(op.get("route") or ""), cited=tuple(str(c) for c in op.get("cited_documents", [])))


def _others(tx: Tx, detail: CaseDetail) -> list[Named]:
    """People of the record who are not parties: the handler, mediators, arbitrators, recorders."""
    case_id = detail.summary.id
    out = [Named(detail.summary.handler, "承办人")] if detail.summary.handler.strip() else []
    for s in tx.mediation.list_sessions(case_id):
        if s.mediator.strip():
            out.extend(Named(n.strip(), "调解员") for n in s.mediator.replace("，", "、").split("、") if n.strip())
    tribunal = tx.arbitration.latest_tribunal(case_id)
    if tribunal is not None:
        out.extend(Named(m.name, "仲裁员") for m in tribunal.members if getattr(m, "name", "").strip())
    return out


def _read(tx: Tx, detail: CaseDetail, on: date) -> tuple[Outcome, WorksheetFacts | None, KnownData, str]:
    outcome, numbers = _outcome(tx, detail)
    known = known_data(detail, others=_others(tx, detail), numbers=[Named(n, "文书编号") for n in numbers])
    org = tx.org.get()
    return outcome, _worksheet(tx, detail.summary.id, on), known, org.kind.value if org else "mediation"


def case_title(detail: CaseDetail) -> str:
    """The case's published name: the line of work and the matters in dispute, no one's name
    (网络主播确认劳动关系、拖欠劳动报酬争议案)."""
    work = {"food_delivery": "外卖骑手", "ride_hailing": "网约车驾驶员", "courier": "快递员", "freight": "网约货车司机",
            "housekeeping": "家政服务员", "live_streaming": "网络主播"}.get(detail.summary.industry.value, "平台从业人员")
    kinds = list(dict.fromkeys(c.kind.label for c in detail.claims))[:3]
    return f"{work}{'、'.join(kinds)}争议案" if kinds else f"{work}劳动争议案"


def draft(uow: UnitOfWork, actor: Principal, case_id: int, *, today: date | None = None) -> TypicalCaseDraftView:
    """The anonymised four parts of a closed case, what the check still finds, and the known data."""
    day = today or clock.today()
    with uow.read() as tx:
        detail = _require(tx, actor, case_id)
        outcome, worksheet, known, org_kind = _read(tx, detail, day)
    parts = draft_parts(detail, outcome, worksheet=worksheet, org_kind=org_kind, known=known)
    return TypicalCaseDraftView(case_id, case_title(detail), parts.parts, tuple(check_parts(parts.parts, known)), known)


def _paragraphs(parts: Sequence[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for n, (title, text) in enumerate(zip(PART_TITLES, parts), start=1):
        out.append({"text": f"{'一二三四'[n - 1]}、{title}", "heading": True})
        out.extend({"text": line.strip(), "heading": False} for line in text.splitlines() if line.strip())
    return out


def _check_parts(parts: Sequence[str]) -> tuple[str, str, str, str]:
    if len(parts) != len(PART_TITLES):
        raise ValidationError({"parts": "典型案例应有基本案情、争议焦点、处理结果、典型意义四个部分"})
    errors = {}
    for key, title, text in zip(_PART_KEYS, PART_TITLES, parts):
        if not str(text or "").strip():
            errors[key] = f"请填写“{title}”"
        elif len(str(text)) > MAX_PART_CHARS:
            errors[key] = f"“{title}”过长（最多{MAX_PART_CHARS}字）"
    if errors:
        raise ValidationError(errors)
    a, b, c, d = (str(p).strip() for p in parts)
    return a, b, c, d


def export(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, case_id: int, parts: Sequence[str], *,
           accepted: Iterable[str] = (), today: date | None = None) -> TypicalCaseExport:
    """The DOCX and the PDF of the typical case, stored in the book (see the module's description).

    Raises :class:`LeaksFound` (nothing written, no number drawn) while the check finds a datum
    whose key is not in ``accepted``."""
    text = _check_parts(parts)
    keys = sorted({str(k) for k in accepted})
    day = today or clock.today()
    with uow.read() as tx:
        detail = _require(tx, actor, case_id, Permission.EXPORT_EVIDENCE, Permission.MANAGE_EVIDENCE)
        _outcome_, _ws, known, _kind = _read(tx, detail, day)
        previous = tx.documents.latest(case_id, TEMPLATE)
        org = tx.org.get()
    every = check_parts(text, known)
    left = [lk for lk in every if lk.hit.key not in keys]
    if left:
        raise LeaksFound(left)
    accepted_hits = tuple({"key": lk.hit.key, "what": lk.hit.what, "text": lk.hit.text, "part": PART_TITLES[lk.part]}
                          for lk in every)
    spec, pdf_spec = renderer.spec(TEMPLATE), renderer.spec(PDF_TEMPLATE)
    renderer.check_template(TEMPLATE)
    renderer.check_template(PDF_TEMPLATE)
    if previous is not None and previous.number and spec.number.on_rerender != "new":
        number = previous.number
    else:
        number = next_document_number(uow, spec.number, day.year, actor=actor, case_id=case_id)
    context = plain_context({"org": {"name": org.name if org else ""}, "doc_number": number, "doc_title": spec.title,
                             "case_title": case_title(detail), "paragraphs": _paragraphs(text), "note": _NOTE,
                             "document_date": day})
    made = [(s, renderer.render(s.code, context)) for s in (spec, pdf_spec)]
    views: list[DocumentView] = []
    with uow.write() as tx:
        if tx.cases.get(case_id) is None:
            raise NotFound("找不到该案件。", "Case not found.")
        ids = []
        for s, data in made:
            digest = hashlib.sha256(data).hexdigest()
            version = tx.documents.next_version(case_id, s.code)
            doc_id = tx.documents.add(case_id=case_id, template=s.code, title=s.title, number=number, version=version,
                                      format=s.format, media_type=s.media_type,
                                      filename=document_filename(s.title, number, version, s.format), content=data,
                                      sha256=digest, context=context, created_by=actor.username,
                                      created_at=clock.now())
            tx.audit.append(actor=actor.username, action="document.render", entity="document", entity_id=doc_id,
                            changes={"case": detail.summary.number, "template": s.code, "title": s.title,
                                     "number": number, "version": version, "format": s.format, "size": len(data),
                                     "sha256": digest})
            ids.append(doc_id)
        tx.audit.append(actor=actor.username, action="typical_case.export", entity="case", entity_id=case_id,
                        changes={"case": detail.summary.number, "number": number, "documents": ids,
                                 "accepted": list(accepted_hits), "accepted_keys": keys})
        for doc_id in ids:
            view = tx.documents.get(doc_id)
            assert view is not None
            views.append(view)
    return TypicalCaseExport(views[0], views[1], accepted_hits)
