"""The arbitration documents: one context builder per template of ``ARBITRATION_TEMPLATES`` from the
stored records, and ``render_arbitration_document``. ``services.arbitration`` re-exports every
public name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from mediation_desk.domain.award_text import (Obligation, PartyRef, dismissal_clause, full_stop, join_sentences,
                                               money_text, obligation_clause, procedure_text)
from mediation_desk.domain.cases import CaseDetail, ClaimKind, PartySide
from mediation_desk.domain.documents import DocumentView
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.ports import DocumentRenderer, Tx, UnitOfWork
from mediation_desk.services.arbitration import (
    ACCEPT, ACCEPTANCE_CONDITIONS, APPROVED, ARBITRATION_TEMPLATES, AWARD, AcceptanceReview, ArbitrationRepo,
    ArbitratorRef, Award, AwardPart, DISMISSED, DRAFT, FINAL, Hearing, MEDIATION, MONEY, NON_FINAL,
    NOT_ACCEPT, PARTIAL, PARTLY, Ruling, STANDARDS, Tribunal, WRONG_COMMISSION, _FINALITY_LABELS,
    _KIND_TITLES, _OUTCOME_LABELS, _case, _cn, _repo, default_category, require_commission)
from mediation_desk.services.arbitration_awards import (
    MEDIATION_FAILED, WRITTEN_REVIEW, _is_money, _tribunal_sentence)

# --------------------------------------------------------------------------- documents
#
# One context builder per document kind: each turns the stored records into the fields the
# template of ``templates/docs/registry.json`` declares, beyond the case context that
# ``services.documents.build_case_context`` gives every template (parties, claims, number, dates).
# What the records do not hold (a court's name, the hearing place, enclosures...) is the caller's
# ``extra``; ``render_document`` names whatever required field is still missing.

_DEFAULT_LEGAL_BASIS = {
    FINAL: "《中华人民共和国劳动争议调解仲裁法》第四十七条",
    NON_FINAL: "《中华人民共和国劳动争议调解仲裁法》第四十六条、第四十七条",
}
# 办案规则第三十条 items as cited in a 不予受理通知书
_ITEM_TEXT = {1: "第（一）项", 2: "第（二）项", 3: "第（三）项", 4: "第（四）项"}
_LEGACY_BASIS_MARK = "项认定依据】"
_AWARD_TEMPLATES = {"award_final": FINAL, "award_non_final": NON_FINAL}


def _money_fields(amount: Decimal | None) -> dict[str, str]:
    if amount is None:
        return {"amount_yuan": "", "amount_capital": ""}
    return {"amount_yuan": format_yuan(amount), "amount_capital": to_chinese_capital(amount)}


def arbitrator_rows(names: Sequence[str | ArbitratorRef], *, sole: bool | None = None) -> list[dict[str, str]]:
    """``[{"role", "name"}]`` for the signature block: 独任仲裁员, or 首席仲裁员 then 仲裁员."""
    names = [n.name if isinstance(n, ArbitratorRef) else str(n) for n in names]
    names = [n for n in names if n.strip()]
    alone = len(names) == 1 if sole is None else sole
    return [{"role": "独任仲裁员" if alone else ("首席仲裁员" if i == 0 else "仲裁员"), "name": n}
            for i, n in enumerate(names)]


def time_text(dt: datetime) -> str:
    """09:00 -> 上午9时00分, 14:30 -> 下午2时30分."""
    half = "上午" if dt.hour < 12 else "下午"
    hour = dt.hour if dt.hour <= 12 else dt.hour - 12
    return f"{half}{hour}时{dt.minute:02d}分"


def _split_legacy_bases(reasoning: str) -> tuple[str, dict[int, str]]:
    """Older drafts kept each ruling's grounds as lines “【第N项认定依据】…” in the reasoning."""
    keep, bases = [], {}
    for line in reasoning.splitlines():
        if line.startswith("【第") and _LEGACY_BASIS_MARK in line:
            head, _, text = line.partition(_LEGACY_BASIS_MARK)
            try:
                bases[int(head[2:])] = text
                continue
            except ValueError:
                pass
        keep.append(line)
    return "\n".join(keep).strip(), bases


def _contact(actor: Principal, org: Any) -> dict[str, str]:
    out = {"contact_person": actor.display_name}
    if org is not None and org.phone:
        out["contact_phone"] = org.phone
    if org is not None and org.address:
        out["commission_address"] = org.address
    return out


def _accepted_on(review: AcceptanceReview | None) -> dict[str, Any]:
    return {"accepted_on": review.decided_on} if review is not None and review.decision == ACCEPT else {}


def application_context(detail: CaseDetail, org: Any) -> dict[str, Any]:
    """仲裁申请书 (arbitration_application): the case context plus the commission applied to."""
    return {"arbitration_commission": org.name if org is not None else ""}


def acceptance_context(review: AcceptanceReview) -> dict[str, Any]:
    """受理通知书 (acceptance_notice) and 应诉通知书 (respondent_notice): the acceptance date."""
    if review.decision != ACCEPT:
        raise ConflictError("该案未决定受理，不能制作受理通知书或应诉通知书。", "The application was not accepted.")
    return _accepted_on(review)


def non_acceptance_context(review: AcceptanceReview) -> dict[str, Any]:
    """不予受理通知书 (non_acceptance_notice): the reasons, one a line, and the items of 办案规则第三十条 unmet."""
    if review.decision != NOT_ACCEPT:
        raise ConflictError("该案未决定不予受理，不能制作不予受理通知书。", "The application was not refused.")
    text = review.reasons.removeprefix("不符合受理条件：")
    reasons = [r.strip() for r in text.replace("\n", "；").split("；") if r.strip()]
    items = [_ITEM_TEXT[n] for code, _, n in ACCEPTANCE_CONDITIONS
             if n < 4 and not review.checklist.get(code, {}).get("met", True)]
    ctx: dict[str, Any] = {"non_acceptance_reasons": reasons}
    if items:
        ctx["legal_basis"] = "《劳动人事争议仲裁办案规则》第三十条" + "、".join(items)
    return ctx


def jurisdiction_context(review: AcceptanceReview) -> dict[str, Any]:
    """告知书 on jurisdiction (jurisdiction_explanation): why, and the competent commission."""
    if review.decision != WRONG_COMMISSION:
        raise ConflictError("该案未认定不属于本委管辖，不能制作管辖告知书。", "Jurisdiction was not declined.")
    return {"jurisdiction_reason": review.reasons or "本案不属于本委管辖",
            "competent_commission": review.competent_commission}


def tribunal_context(tribunal: Tribunal, review: AcceptanceReview | None = None) -> dict[str, Any]:
    """仲裁庭组成通知书 (tribunal_notice)."""
    sole = tribunal.kind == "sole"
    form = f"由仲裁员{tribunal.presiding.name}独任仲裁" if sole else "由三名仲裁员组成仲裁庭"
    return {**_accepted_on(review), "tribunal_form": form, "arbitrators": arbitrator_rows(tribunal.members, sole=sole)}


def hearing_context(hearing: Hearing) -> dict[str, Any]:
    """开庭通知书 (hearing_notice): date, time, room and arbitrators; the place is the caller's."""
    return {"hearing_date": hearing.day, "hearing_time": time_text(hearing.starts_at), "hearing_room": hearing.room,
            "arbitrators": arbitrator_rows(hearing.arbitrators)}


def postponement_context(hearing: Hearing, new: Hearing | None = None) -> dict[str, Any]:
    """延期审理通知书 (postponement_notice): the postponed hearing and, when set, the new one."""
    if hearing.status != "postponed":
        raise ConflictError("该次开庭未延期，不能制作延期审理通知书。", "The hearing was not postponed.")
    ctx: dict[str, Any] = {"original_hearing_date": hearing.day, "original_hearing_time": time_text(hearing.starts_at),
                           "postponement_reason": hearing.postponement_reason,
                           "requested_by": hearing.postponement_requested_by}
    if new is not None:
        ctx.update(new_hearing_date=new.day, new_hearing_time=time_text(new.starts_at), new_hearing_place=new.room)
    return ctx


def mediation_context(award: Award, *, tribunal: Tribunal | None = None,
                      review: AcceptanceReview | None = None) -> dict[str, Any]:
    """仲裁调解书 (arbitral_mediation): the agreed terms as clauses with their sums and time limits, and
    the total where one party owes every sum to the same party."""
    if award.kind != MEDIATION:
        raise ValidationError({"record_id": "该文书不是仲裁调解书"})
    c = award.content
    stored = c.get("agreement_items") or [{"content": a} for a in c.get("agreement", [])]
    items, amounts = [], []
    for i in stored:
        amount = Decimal(i["amount"]) if i.get("amount") not in (None, "") else None
        due = date.fromisoformat(i["due_date"]) if i.get("due_date") else None
        items.append({"content": i["content"], "amount": amount, "due_date": due, "text": i.get("text", ""),
                      **_money_fields(amount)})
        if amount is not None:
            who = (tuple(i.get("obligors") or ()), bool(i.get("joint")), i.get("obligee") or "")
            amounts.append((amount, who))
    names = c.get("arbitrators") or []
    if tribunal is not None and [m.name for m in tribunal.members] == list(names):
        rows = arbitrator_rows(tribunal.members, sole=tribunal.kind == "sole")
    else:
        rows = arbitrator_rows(names)
    ctx: dict[str, Any] = {**_accepted_on(review), "mediation_items": items,
                           # a total only where the same party owes every sum to the same party
                           "mediation_total": (sum((a for a, _who in amounts), Decimal("0.00"))
                                               if len(amounts) > 1 and len({w for _a, w in amounts}) == 1 else None),
                           "arbitrators": rows, "clerk": c.get("clerk", ""), "document_date": award.award_date}
    if c.get("performance"):
        ctx["performance"] = c["performance"]
    return ctx


def _part(award: Award, part: str | None) -> tuple[list[AwardPart], AwardPart | None]:
    parts = award.parts
    if part is None:
        return parts, None
    chosen = [p for p in parts if p.finality == part]
    if not chosen:
        raise ValidationError({"part": "该裁决没有这一部分"})
    return parts, chosen[0]


_SUBJECTS = {ClaimKind.UNPAID_PAY: "拖欠的劳动报酬", ClaimKind.BELOW_MINIMUM_WAGE: "低于最低工资标准的工资差额",
             ClaimKind.OVERTIME_PAY: "加班费", ClaimKind.HOLIDAY_PAY: "法定节假日加班工资",
             ClaimKind.DEPOSIT_REFUND: "押金、保证金", ClaimKind.UNLAWFUL_DEDUCTION: "违法扣款",
             ClaimKind.DOUBLE_PAY: "未订立书面劳动合同的二倍工资差额",
             ClaimKind.ECONOMIC_COMPENSATION: "解除劳动合同经济补偿",
             ClaimKind.UNLAWFUL_TERMINATION: "违法解除劳动合同赔偿金", ClaimKind.WORK_INJURY: "工伤（职业伤害）待遇"}
_RETURNED = (ClaimKind.DEPOSIT_REFUND, ClaimKind.UNLAWFUL_DEDUCTION)


def _claim_name(claim: str) -> str:
    """A claim as the applicant put it, without a trailing amount (“拖欠劳动报酬6,790.00元”)."""
    text = claim.strip()
    cut = len(text)
    while cut and (text[cut - 1].isdigit() or text[cut - 1] in ",.元"):
        cut -= 1
    return text[:cut].strip() or text


def operative_clause(r: Ruling, sides: Mapping[str, str], *, effective: str = "本裁决书生效") -> str:
    """The operative clause of one granted ruling (``domain.award_text.obligation_clause``);
    ``sides`` maps party names to their side's label (申请人, 被申请人)."""
    def ref(name: str) -> PartyRef:
        return PartyRef(name, sides.get(name, ""))

    money = _is_money(r)
    if not r.payers and not r.subject and r.text:  # an award drafted before clauses were structured
        return full_stop(r.text + (f"，计{money_text(r.amount)}" if money and r.amount is not None else ""))
    subject = r.subject.strip() or (_SUBJECTS.get(r.claim_kind, "") if r.claim_kind else "") or _claim_name(r.claim)
    return obligation_clause(Obligation(
        subject=subject, payers=tuple(ref(p) for p in r.payers), payee=ref(r.payee) if r.payee else None,
        amount=r.amount if money else None, due_days=r.due_days, due_date=r.due_date, joint=r.joint,
        verb="返还" if r.claim_kind in _RETURNED else "支付"), effective=effective)


def _finality_basis(award: Award, indexes: Sequence[int], finality: str) -> str:
    """Why this instrument is final or non-final, one sentence per ruling, without restating the
    conclusion the rights notice already states."""
    rulings = award.rulings
    limit = Decimal(award.content.get("threshold") or "0")
    parts = []
    for i in indexes:
        r = rulings[i]
        if r.outcome == DISMISSED:
            continue
        cat = r.category or default_category(r.claim_kind)
        name = _claim_name(r.claim)
        if cat == STANDARDS:
            parts.append(f"关于{name}，属于因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议"
                         "（《中华人民共和国劳动争议调解仲裁法》第四十七条第（二）项）")
        elif cat == MONEY and r.amount is not None and limit:
            rel = "不超过" if r.amount <= limit else "超过"
            parts.append(f"关于{name}，裁决数额{format_yuan(r.amount)}{rel}当地月最低工资标准十二个月金额{format_yuan(limit)}")
        elif finality == NON_FINAL:
            parts.append(f"关于{name}，不属于《中华人民共和国劳动争议调解仲裁法》第四十七条规定的终局裁决事项")
    return "；".join(parts) + "。" if parts else ""


def award_context(award: Award, *, part: str | None = None, case_number: str = "",
                  evidence: Sequence[Any] = (), tribunal: Tribunal | None = None,
                  hearings: Sequence[Hearing] = (), review: AcceptanceReview | None = None,
                  parties: Sequence[Any] = (), events: Sequence[Any] = ()) -> dict[str, Any]:
    """The values an award template needs (``award_final`` / ``award_non_final`` / ``partial_award``)
    for the whole award or, with ``part`` FINAL or NON_FINAL, for one instrument of a mixed award
    (``number_suffix`` 之一/之二 and ``related_award_note`` naming the other part). ``evidence``
    (the case's items), ``tribunal``, ``hearings``, ``review``, ``parties`` and ``events`` add the
    evidence relied on, the arbitrators' roles, the account of the proceedings (from the record
    kept at approval, see ``procedure_record``), the acceptance date and the parties' sides.

    ``ruling_items`` are the reasons per ruling; ``operative_items`` the enforceable clauses
    (who pays whom, how much, by when; joint liability) ending with what is dismissed."""
    if award.kind == MEDIATION:
        raise ValidationError({"record_id": "仲裁调解书请使用 mediation_context"})
    c = award.content
    rulings = award.rulings
    parts, chosen = _part(award, part)
    selected = [chosen] if chosen is not None else parts
    indexes = sorted(i for p in selected for i in p.rulings) if selected else list(range(len(rulings)))
    reasoning, legacy = _split_legacy_bases(c.get("reasoning", ""))
    sides = {p.name: p.side.label for p in parties}

    ruling_items, legacy_items, operative, amounts, dismissed, partly = [], [], [], [], [], []
    for n, i in enumerate(indexes, start=1):
        r = rulings[i]
        outcome = _OUTCOME_LABELS.get(r.outcome, r.outcome)
        legacy_items.append({"position": n, "claim": r.claim, "outcome": outcome, "text": r.text,
                             "calculation": r.calculation, **_money_fields(r.amount)})
        granted = r.outcome != DISMISSED
        ruling_items.append({"kind_label": _claim_name(r.claim), "amount": r.amount if granted else None,
                             "basis": r.basis or legacy.get(i + 1, ""), "outcome": outcome,
                             "calculation": r.calculation if granted else "",
                             **_money_fields(r.amount if granted else None),
                             "result": operative_clause(r, sides) if granted else ""})
        if not granted:
            dismissed.append(_claim_name(r.claim))
            continue
        operative.append({"text": operative_clause(r, sides), "amount": r.amount if _is_money(r) else None})
        if r.outcome == PARTLY:
            partly.append(_claim_name(r.claim))
        if _is_money(r):
            amounts.append((r.amount, (r.payers, r.joint, r.payee)))
    # an award deciding every claim dismisses “the other claims”; a partial award or one part of a
    # split award names the claims it dismisses (the others are decided elsewhere)
    whole = award.kind != PARTIAL and (chosen is None or len(parts) <= 1)
    if operative or dismissed:
        if whole and not operative and not partly:
            operative.append({"text": "驳回申请人的全部仲裁请求。", "amount": None})
        else:
            refusal = dismissal_clause(dismissed, partly, whole=whole)
            if refusal:
                operative.append({"text": refusal, "amount": None})

    finality = chosen.finality if chosen is not None else (selected[0].finality if len(selected) == 1
                                                          else award.finality)
    names = c.get("arbitrators") or []
    if tribunal is not None and [m.name for m in tribunal.members] == list(names):
        rows = arbitrator_rows(tribunal.members, sole=tribunal.kind == "sole")
    else:
        rows = arbitrator_rows(names)
    by_id = {e.id: e for e in evidence}
    relied: list[dict[str, str]] = []
    for f in c.get("facts", []):
        for eid in f.get("evidence_ids", []):
            e = by_id.get(eid)
            if e is not None and all(x["title"] != e.title for x in relied):
                relied.append({"title": e.title, "note": e.purpose})
    proc = c.get("procedure")
    if proc is None:  # approved before the record was kept with the award: read it now
        held_now = [h for h in hearings if h.status == "held"]
        proc = {"tribunal": _tribunal_sentence(tribunal),
                "hearings": [[h.day.isoformat(), h.applicant_present, h.respondent_present] for h in held_now],
                "written_reason": next((e.note for e in reversed(list(events)) if e.kind == WRITTEN_REVIEW), ""),
                "mediation_failed": any(e.kind == MEDIATION_FAILED for e in events)}
    held = [(date.fromisoformat(d), a, r) for d, a, r in proc.get("hearings", [])]
    respondents = "、".join(f"被申请人{n}" for n, s in sides.items() if s == PartySide.RESPONDENT.label)
    absent = [n for n, s in sides.items() if s == PartySide.RESPONDENT.label]
    procedure = procedure_text(tribunal=proc.get("tribunal", ""), hearings=held,
                               written_reason=proc.get("written_reason", ""),
                               mediation_failed=bool(proc.get("mediation_failed")),
                               respondents=respondents if len(absent) == 1 else "被申请人")
    basis = _finality_basis(award, indexes, finality)

    ctx: dict[str, Any] = {
        **_accepted_on(review),
        "award_number": "、".join(p.number for p in selected) or award.number,
        "award_title": award.title, "award_date": award.award_date, "document_date": award.award_date,
        "finality_label": _FINALITY_LABELS.get(finality, ""),
        "facts_found": join_sentences(f.get("text", "") for f in c.get("facts", []) if f.get("text")),
        "evidence_relied": relied, "reasoning": full_stop(reasoning),
        "ruling_items": ruling_items, "operative_items": operative,
        # a total only where the same party owes every sum to the same party (otherwise it misleads)
        "rulings_total": (sum((a for a, _who in amounts), Decimal("0.00"))
                          if len(amounts) > 1 and len({who for _a, who in amounts}) == 1 else None),
        "legal_basis": c.get("legal_basis") or _DEFAULT_LEGAL_BASIS.get(finality, _DEFAULT_LEGAL_BASIS[NON_FINAL]),
        "arbitrators": rows, "clerk": c.get("clerk", ""), "procedure_text": procedure,
        "rulings": legacy_items, "rights_notice": "\n".join(p.rights_notice for p in selected),
        "default_award": award.default_award, "provisional_execution": c.get("provisional_execution"),
    }
    if held:
        ctx["hearing_dates"] = "、".join(_cn(d) for d in sorted({d for d, _a, _r in held}))
    if finality == FINAL:
        ctx["final_basis"] = basis
    elif finality == NON_FINAL:
        ctx["non_final_basis"] = basis
    if award.kind == PARTIAL:
        ctx.update(partial_scope="关于" + "、".join(_claim_name(rulings[i].claim) for i in indexes) + "的请求",
                   is_final=finality == FINAL)
    if chosen is not None and len(parts) > 1:
        if case_number and chosen.number.startswith(case_number):
            ctx["number_suffix"] = chosen.number[len(case_number):]
        other = next(p for p in parts if p is not chosen)
        claims = "、".join(_claim_name(rulings[i].claim) for i in other.rulings)
        kind = "终局裁决书" if other.finality == FINAL else "非终局裁决书"
        where = other.number[len(case_number):] if case_number and other.number.startswith(case_number) else other.number
        ctx["related_award_note"] = f"申请人关于{claims}的请求，另行制作{kind}（本案{where}）。"
    return ctx


def award_documents(award: Award) -> list[tuple[str, str | None]]:
    """The documents an approved award is made into: (template, part) -- one per instrument, so a
    mixed award gives ``award_final`` and ``award_non_final``; a 仲裁调解书 ``arbitral_mediation``."""
    if award.kind == MEDIATION:
        return [("arbitral_mediation", None)]
    if award.kind == PARTIAL:
        return [("partial_award", p.finality if len(award.parts) > 1 else None) for p in award.parts] or \
            [("partial_award", None)]
    return [("award_final" if p.finality == FINAL else "award_non_final", p.finality) for p in award.parts]


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
