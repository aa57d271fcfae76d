"""Sending a case to a court as a signed package (裁审衔接, docs/handoff-format.md).

``export_package`` reads the case's records into ``domain.handoff.HandoffFacts``, refuses a kind the
case does not qualify for (one sentence naming why), renders the application or letter of the kind
(DOCX; nothing is stored yet), lists the files (the letter as PDF and as DOCX, the evidence list as
PDF, the stored documents of the case as PDF, the evidence files streamed from the vault with their
recorded SHA-256), has the package written and signed, and only then records it, in one transaction:
the register row (``handoff_packages``), the letter as a document of the case, the case event
``handoff_sent`` (and ``judicial_confirmation_applied`` for a judicial confirmation, which stops
that deadline) and the audit row. If the writer fails nothing is recorded; if recording fails the
written file is removed.

Every document travels as PDF, the document of record a court files (a stored DOCX is converted by
``DocumentRenderer.docx_to_pdf`` once, during the export, and the PDF's bytes are hashed then); the
application or letter the program writes for the court travels as DOCX as well, for the court to
edit. The stored PDF documents (evidence list, receipts, the relationship opinion) travel as stored.
"""

from __future__ import annotations

import hashlib
import re
from functools import partial
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from mediation_desk.domain.arbitration.records import (ACCEPTANCE_CONDITIONS, APPROVED, AWARD, FINAL, MIXED,
                                                       NON_FINAL, Award, ServiceRecord)
from mediation_desk.domain.cases import CaseDetail, ClaimKind, PartySide
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.documents import DocumentError, DocumentView, check_context, plain_context, with_defaults
from mediation_desk.domain.errors import AppError, ConflictError, NotFound, PermissionDenied, ValidationError
from mediation_desk.domain.evidence import EvidenceItem
from mediation_desk.domain.handoff import (GUIDANCE_DOCUMENTS, KIND_TEMPLATES, OUTGOING_KINDS, PARTY_KINDS,
                                           PRESERVATION_COURT_BASES, AwardFact, AwardItemFact, HandoffFacts,
                                           HandoffPackageRecord, PackageKind, PeriodFact,
                                           PreservationRequest, Review, ServedOn, WorksheetFinding, check_eligible,
                                           guidance_basis, guidance_reasons, manifest_content, overdue_payment_items,
                                           package_kind)
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.domain.relationship.factors import RelationshipCategory
from mediation_desk.domain.users import Permission, Principal, Role
from mediation_desk.jurisdiction import venue
from mediation_desk.services import clock
from mediation_desk.services.access import require_case
from mediation_desk.services.arbitration.contexts import award_documents, operative_clause
from mediation_desk.services.arbitration.documents import render_arbitration_document
from mediation_desk.services.arbitration.service import party_deadlines
from mediation_desk.services.deadlines import refresh_case
from mediation_desk.services.documents import build_case_context
from mediation_desk.services.handoff_ports import DOCX, PDF, PackageFile, PackageSigner, PackageWriter, WrittenPackage
from mediation_desk.services.mediation import AGREEMENT, FAILED, item_fields, render_agreement
from mediation_desk.services.ports import (DocumentRenderer, EvidenceFile, EvidenceVault, Progress, Tx,
                                           UnitOfWork)

CHUNK = 1 << 20
HANDOFF_EVENT = "handoff_sent"

# Stored documents each kind carries (latest version of each; records and receipts: every one).
_KIND_DOCUMENTS: Mapping[PackageKind, tuple[str, ...]] = {
    PackageKind.JUDICIAL_CONFIRMATION: ("mediation_application", "mediation_agreement", "mediation_record"),
    PackageKind.PAYMENT_ORDER: ("mediation_application", "mediation_agreement", "mediation_record"),
    PackageKind.PRESERVATION: ("arbitration_application", "acceptance_notice"),
    PackageKind.COURT_GUIDANCE: ("mediation_application", "arbitration_application", "non_acceptance_notice",
                                 "relationship_opinion", "relationship_opinion_pdf"),
    PackageKind.ENTRUSTED_RESULT: ("mediation_application", "mediation_agreement", "mediation_termination",
                                   "mediation_record"),
}
_EVERY_VERSION = frozenset({"mediation_record", "service_receipt", "service_receipt_pdf"})
_NOT_IN_CASE_FILE = frozenset({"typical_case", "typical_case_pdf", *KIND_TEMPLATES.values()})
_ROLES: Mapping[str, str] = {
    "mediation_application": "application", "arbitration_application": "application",
    "mediation_agreement": "agreement", "arbitral_mediation": "agreement",
    "award_final": "award", "award_non_final": "award", "partial_award": "award",
    "mediation_record": "record", "case_cover": "list", "case_cover_pdf": "list", "evidence_list": "list",
    "evidence_list_pdf": "list", "service_receipt": "receipt", "service_receipt_pdf": "receipt",
}
# Evidence whose title names an identity document travels under identity/ (the vault has no separate mark).
IDENTITY_WORDS = ("身份证", "居民身份", "营业执照", "统一社会信用代码证", "护照", "居住证", "户口")
_SAFE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class _Read:
    facts: HandoffFacts
    org: Any
    documents: tuple[DocumentView, ...]
    evidence: tuple[tuple[EvidenceItem, EvidenceFile | None], ...]
    award: Award | None
    failure_reason: str = ""


def _require(tx: Tx, actor: Principal, case_id: int, kind: PackageKind) -> None:
    require_case(tx, actor, case_id, Permission.HANDOFF)
    if actor.role is Role.LEGAL_AID_LAWYER and kind not in PARTY_KINDS:
        raise PermissionDenied(f"法律援助律师只能为受援人准备支付令申请和司法确认申请，不能发送“{kind.label}”。",
                               f"A legal-aid lawyer may send only the party's own applications, not {kind.value}.")


# --------------------------------------------------------------------------- reading the records


def _award_fact(award: Award, detail: CaseDetail) -> AwardFact:
    sides = {p.name: PartySide.label_of(p.side.value) for p in detail.parties}
    worker = next((p.name for p in detail.parties if p.side is PartySide.APPLICANT), "")
    final_rulings = {i for part in award.parts if part.finality == FINAL for i in part.rulings}
    items = []
    for i, r in enumerate(award.rulings):
        if r.outcome == "dismissed":
            text = f"驳回申请人关于{r.claim}的仲裁请求。"
            payer, payee, amount = "", "", None
        else:
            text = operative_clause(r, sides)
            payer, payee, amount = "、".join(r.payers), r.payee or worker, r.amount
        final = i in final_rulings if award.parts else award.finality == FINAL
        items.append(AwardItemFact(no=i + 1, text=text, payer=payer, payee=payee, amount=amount, final=final,
                                   outcome=r.outcome))
    numbers = "、".join(p.number for p in award.parts) or award.number
    return AwardFact(number=numbers, award_date=award.award_date or award.created_at.date(), finality=award.finality,
                     title=award.title, items=tuple(items),
                     document_ids=(award.document_id,) if award.document_id else ())


def _served(services: Sequence[ServiceRecord], award: Award, detail: CaseDetail) -> tuple[ServedOn, ...]:
    sides = {p.name: p.side.value for p in detail.parties}
    first: dict[str, ServedOn] = {}
    for s in sorted(services, key=lambda s: (s.served_on, s.id)):
        if s.award_id == award.id and s.recipient not in first:
            first[s.recipient] = ServedOn(s.recipient, sides.get(s.recipient, ""), s.served_on, s.method_label)
    return tuple(first.values())


def _worksheet(tx: Tx, case_id: int) -> WorksheetFinding | None:
    stored = tx.worksheets.list_for_case(case_id)
    if not stored:
        return None
    ws = stored[0]
    category = ws.final_category or ws.recommended_category
    if not category:
        return None
    reasons = tuple(str(r) for r in ws.assessment.get("reasons", []) if str(r).strip())
    return WorksheetFinding(category=category, category_label=RelationshipCategory.label_of(category),
                            decided_on=ws.decided_at.date(), decided_by=ws.decided_by_name, reason=ws.reason,
                            summary=reasons)


def _read(uow: UnitOfWork, actor: Principal, case_id: int, kind: PackageKind, day: date,
          preservation: PreservationRequest | None, court_reference: str) -> _Read:
    with uow.read() as tx:
        _require(tx, actor, case_id, kind)
        detail = tx.cases.get(case_id)
        if detail is None:
            raise NotFound("找不到该案件。", "Case not found.")
        org = tx.org.get()
        events = tx.cases.events_of(case_id)
        outcome = tx.mediation.latest_outcome(case_id)
        agreement = outcome if outcome is not None and outcome.outcome == AGREEMENT else None
        failed_on = outcome.decided_on if outcome is not None and outcome.outcome == FAILED else None
        documents = tuple(tx.documents.list_for_case(case_id))
        number = next((d.number for d in reversed(documents) if d.template == "mediation_agreement"), "")
        approved = [a for a in tx.arbitration.awards(case_id) if a.kind == AWARD and a.status == APPROVED]
        award = approved[-1] if approved else None
        services = tx.arbitration.services(case_id)
        r = tx.arbitration.latest_review(case_id)
        review = None
        if r is not None:
            unmet = tuple(label for code, label, _n in ACCEPTANCE_CONDITIONS
                          if not (r.checklist.get(code) or {}).get("met", True))
            review = Review(r.decision, r.decided_on, r.reasons, unmet)
        worksheet = _worksheet(tx, case_id)
        evidence = tuple((e, tx.evidence.file_of(e.id)) for e in tx.evidence.list_for_case(case_id))
    award_fact = _award_fact(award, detail) if award is not None else None
    served = _served(services, award, detail) if award is not None else ()
    periods: list[PeriodFact] = []
    if award is not None and served:
        for d in party_deadlines(uow, actor, case_id=case_id):
            periods.append(PeriodFact(d.code, d.name, d.served_on, d.due, d.party))
    if agreement is not None:
        periods.append(PeriodFact("judicial_confirmation", "共同申请司法确认（调解协议生效之日起三十日内）",
                                  agreement.decided_on, agreement.decided_on + timedelta(days=30)))
    kind_label = org.kind.value if org is not None else "mediation"
    facts = HandoffFacts(
        detail=detail, today=day, sender_name=org.name if org else "", sender_kind=kind_label,
        sender_address=org.address if org else "", sender_phone=org.phone if org else "", events=events,
        agreement=agreement, agreement_number=number, mediation_failed_on=failed_on, award=award_fact,
        served=served, periods=tuple(periods), review=review, worksheet=worksheet, preservation=preservation,
        acceptance_notice=any(d.template == "acceptance_notice" for d in documents),
        court_reference=court_reference)
    reason = outcome.reason.strip().rstrip("。") if outcome is not None and outcome.outcome == FAILED else ""
    return _Read(facts=facts, org=org, documents=documents, evidence=evidence, award=award, failure_reason=reason)


# --------------------------------------------------------------------------- the files


def _bytes_stream(data: bytes) -> Iterator[bytes]:
    for i in range(0, len(data), CHUNK):
        yield data[i:i + CHUNK]


def _document_stream(uow: UnitOfWork, document_id: int) -> Iterator[bytes]:
    with uow.read() as tx:
        data = tx.documents.content(document_id)
    if data is None:
        raise NotFound("案件文书已不存在。", "A document of the case no longer exists.")
    yield from _bytes_stream(data)


def _ext(name: str, default: str) -> str:
    suffix = Path(name).suffix.lower()
    suffix = _SAFE.sub("", suffix)
    return suffix if 1 < len(suffix) <= 8 else default


def _selected_documents(kind: PackageKind, documents: Sequence[DocumentView]) -> list[DocumentView]:
    wanted = _KIND_DOCUMENTS.get(kind)
    latest: dict[str, DocumentView] = {}
    every: list[DocumentView] = []
    for d in documents:
        if d.template in _NOT_IN_CASE_FILE or (wanted is not None and d.template not in wanted):
            continue
        if d.template in _EVERY_VERSION:
            every.append(d)
        elif d.template not in latest or d.version > latest[d.template].version:
            latest[d.template] = d
    return sorted([*latest.values(), *every], key=lambda d: (d.created_at, d.id))


def _as_pdf(renderer: DocumentRenderer, data: bytes, title: str) -> bytes:
    try:
        return renderer.docx_to_pdf(data)
    except DocumentError as exc:
        raise DocumentError(f"文书“{title}”不能转换为PDF：{exc.text('zh')}",
                            f"The document {title} could not be converted to PDF: {exc.text('en')}",
                            detail=exc.detail) from None


def _document_files(uow: UnitOfWork, renderer: DocumentRenderer, kind: PackageKind,
                    documents: Sequence[DocumentView]) -> tuple[list[PackageFile], dict[str, int]]:
    """The stored documents the kind carries, each as PDF (a DOCX converted now, its PDF hashed as made),
    and the size of each converted PDF by its SHA-256."""
    out = []
    sizes: dict[str, int] = {}
    for n, d in enumerate(_selected_documents(kind, documents), 1):
        title = f"{d.title}（{d.number}）" if d.number else d.title
        role = _ROLES.get(d.template, "notice" if "notice" in d.template else "other")
        stem = f"documents/{n + 2:02d}-{_SAFE.sub('_', d.template)}-v{d.version}"
        if d.format.lower() == "docx" or d.media_type == DOCX:
            with uow.read() as tx:
                data = tx.documents.content(d.id)
            if data is None:
                raise NotFound("案件文书已不存在。", "A document of the case no longer exists.")
            pdf = _as_pdf(renderer, data, title)
            digest = hashlib.sha256(pdf).hexdigest()
            sizes[digest] = len(pdf)
            out.append(PackageFile(name=f"{stem}.pdf", title=title, role=role, media_type=PDF,
                                   open=partial(_bytes_stream, pdf), expected_sha256=digest))
            continue
        out.append(PackageFile(
            name=f"{stem}{_ext(d.filename, '.' + d.format)}",
            title=title, role=role, media_type=d.media_type,
            open=partial(_document_stream, uow, d.id), expected_sha256=d.sha256))
    return out, sizes


def is_identity(item: EvidenceItem) -> bool:
    return any(word in item.title for word in IDENTITY_WORDS)


def _evidence_files(vault: EvidenceVault, kind: PackageKind, evidence: Sequence[tuple[EvidenceItem, EvidenceFile | None]],
                    preservation: PreservationRequest | None) -> list[PackageFile]:
    if kind is PackageKind.ENTRUSTED_RESULT:
        return []
    out = []
    for item, file in evidence:
        if kind is PackageKind.PRESERVATION and (preservation is None or preservation.document_evidence != item.number):
            continue
        if file is None:
            raise NotFound(f"证据{item.number}“{item.title}”的文件不在证据库中，不能移交。",
                           f"The file of evidence {item.number} is missing from the vault.")
        folder, role = ("identity", "identity") if is_identity(item) else ("evidence", "evidence")
        if kind is PackageKind.PRESERVATION:
            folder, role = "documents", "application"
        out.append(PackageFile(
            name=f"{folder}/E{item.number:03d}{_ext(item.original_filename, '.bin')}",
            title=f"证据{item.number} {item.title}", role=role,
            media_type=item.media_type or "application/octet-stream",
            open=partial(vault.open_plaintext_stream, file), expected_sha256=file.sha256))
    if kind is PackageKind.PRESERVATION and preservation is not None and preservation.document_evidence is not None \
            and not out:
        raise ValidationError({"preservation.document_evidence":
                               f"本案没有证据{preservation.document_evidence}（财产保全申请书的扫描件）"})
    return out


def _size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    if size >= 1 << 10:
        return f"{size / (1 << 10):.1f} KB"
    return f"{size} B"


# --------------------------------------------------------------------------- the letter


def _names(detail: CaseDetail, side: PartySide) -> str:
    return "、".join(p.name for p in detail.parties if p.side is side)


def _letter_context(kind: PackageKind, r: _Read, *, court: str, court_reference: str, actor: Principal,
                    listed: Sequence[PackageFile], evidence: Sequence[tuple[EvidenceItem, EvidenceFile | None]],
                    day: date, transfer_reason: str, made: Mapping[str, int]) -> dict[str, Any]:
    f, detail = r.facts, r.facts.detail
    contact = {"contact_person": actor.display_name, "contact_phone": r.org.phone if r.org else ""}
    common = {"court_name": court, "applicants_text": _names(detail, PartySide.APPLICANT),
              "respondents_text": _names(detail, PartySide.RESPONDENT), **contact}
    if kind in (PackageKind.JUDICIAL_CONFIRMATION, PackageKind.PAYMENT_ORDER):
        a = f.agreement
        assert a is not None
        base = {"court": court, "agreement_number": f.agreement_number or detail.summary.number,
                "agreement_date": a.decided_on}
        if kind is PackageKind.JUDICIAL_CONFIRMATION:
            return {**base, "agreement_items": [item_fields(s.item, agreed_on=a.decided_on) for s in a.items]}
        rows = [a.items[i].item for i in overdue_payment_items(a, day)]
        items = []
        total = Decimal("0.00")
        for it in rows:
            owed = (it.amount or Decimal("0")) - it.paid
            total += owed
            label = ClaimKind.label_of(it.claim_kind.value) if it.claim_kind else it.content
            items.append({"kind_label": label, "amount": owed, "content": it.content,
                          "amount_yuan": format_yuan(owed), "amount_capital": to_chinese_capital(owed)})
        due = max(it.due_on for it in rows if it.due_on is not None)
        return {**base, "payment_due_date": due, "payment_items": items,
                "payment_total": total}
    if kind is PackageKind.CASE_FILE:
        award = f.award
        assert award is not None
        finality = {FINAL: "终局裁决", NON_FINAL: "非终局裁决", MIXED: "部分事项终局、部分事项非终局的裁决"}
        return {**common, "award_date": award.award_date, "award_title": award.title, "award_number": award.number,
                "finality_text": finality.get(award.finality, award.finality), "transfer_reason": transfer_reason,
                "award_items": [{"no": str(i.no), "text": i.text, "final_text": "终局" if i.final else "非终局"}
                                for i in award.items],
                "served": [{"party": s.party, "served_date": s.served_on, "method": s.method} for s in f.served],
                "periods": [f"{p.party}：{p.label}，自{numeric_date(p.starts)}送达之日起算"
                            + (f"，至{numeric_date(p.due)}" if p.due else "") + "。" for p in f.periods if p.party],
                "transfer_files": [{"no": str(n), "title": x.title, "name": x.name, "size": size,
                                    "sha256": x.expected_sha256} for n, (x, size) in
                                   enumerate(_sized(listed, evidence, r.documents, made), 1)]}
    if kind is PackageKind.PRESERVATION:
        p = f.preservation
        review = f.review
        assert p is not None and review is not None
        attachments = [x.title for x in listed if x.role == "application" and x.name.startswith("documents/E")]
        attachments += [x.title for x in listed if "-acceptance_notice-" in x.name]
        return {**common, "accepted_date": review.decided_on, "preservation_applicant": p.applicant,
                "preservation_respondent": p.respondent, "applied_date": p.applied_on,
                "preservation_property": p.property, "preservation_amount": p.amount,
                "preservation_reason": p.reason, "court_basis": PRESERVATION_COURT_BASES[p.court_basis],
                "attachments": attachments}
    if kind is PackageKind.COURT_GUIDANCE:
        w = f.worksheet
        assessment = list(w.summary) if w is not None and w.category in ("incomplete_labor_relationship",
                                                                          "civil_relationship") else []
        return {**common, "worker_name": detail.summary.worker_name or _names(detail, PartySide.APPLICANT),
                "received_date": detail.summary.received_on, "reasons": guidance_reasons(f),
                "assessment": assessment, "documents_needed": list(GUIDANCE_DOCUMENTS),
                "legal_basis": guidance_basis(f)}
    agreed = f.agreement is not None
    a = f.agreement
    return {**common, "court_reference": court_reference, "agreed": agreed,
            "result_date": a.decided_on if a is not None else f.mediation_failed_on,
            "agreement_items": [x["clause"] for x in (item_fields(s.item, agreed_on=a.decided_on) for s in a.items)]
            if a is not None else [],
            "failure_reason": r.failure_reason if not agreed else "",
            "attachments": [title for template, title in (("mediation_agreement", "调解协议书"),
                                                          ("mediation_termination", "调解终止告知书"))
                            if any(f"-{template}-" in x.name for x in listed)]}


def _sized(listed: Sequence[PackageFile], evidence: Sequence[tuple[EvidenceItem, EvidenceFile | None]],
           documents: Sequence[DocumentView], made: Mapping[str, int]) -> list[tuple[PackageFile, str]]:
    sizes = {file.sha256: file.size for _item, file in evidence if file is not None}
    sizes.update({d.sha256: d.size for d in documents})
    sizes.update(made)
    return [(x, _size_text(sizes[x.expected_sha256]) if x.expected_sha256 in sizes else "") for x in listed]


def _render(renderer: DocumentRenderer, template: str, context: dict[str, Any]) -> bytes:
    spec = renderer.spec(template)
    ctx = with_defaults(spec, context)
    check_context(spec, ctx)
    renderer.check_template(template)
    return renderer.render(template, plain_context(ctx))


# --------------------------------------------------------------------------- the service


def default_court(kind: PackageKind, facts: HandoffFacts) -> str:
    """The court a package goes to when the user names none: only what resources/jurisdiction/venue.json
    sources — the intermediate court for a final (or partly final) award, where the employer applies
    to set it aside (劳动争议调解仲裁法第四十九条). Every other court is named by the user."""
    if kind is PackageKind.CASE_FILE and facts.award is not None and facts.award.finality in (FINAL, MIXED):
        return venue().intermediate_court
    return ""


def _ensure_award_documents(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, r: _Read) -> None:
    """The award's instruments (终局 and 非终局 parts) go in the case file: made now when the approved
    award was never rendered, by a member of its tribunal."""
    award = r.award
    assert award is not None
    stored = {d.template for d in r.documents}
    missing = [t for t, _part in award_documents(award) if t not in stored]
    if not missing:
        return
    if not actor.can(Permission.DRAFT_AWARD):
        raise ConflictError(f"案件{r.facts.detail.summary.number}的裁决书尚未制作成文书，请由仲裁庭先制作裁决书，再移送卷宗。",
                            "The award has not been made into its document yet; the tribunal makes it first.")
    for template in dict.fromkeys(missing):
        render_arbitration_document(uow, renderer, actor, case_id=award.case_id, template=template,
                                    record_id=award.id)


def export_package(uow: UnitOfWork, renderer: DocumentRenderer, vault: EvidenceVault, writer: PackageWriter,
                   signer: PackageSigner, actor: Principal, *, case_id: int, kind: PackageKind | str, target: Path,
                   court_name: str = "", court_reference: str = "", anchor: Mapping[str, Any] | None = None,
                   progress: Progress | None = None, preservation: PreservationRequest | None = None,
                   notes: str = "", transfer_reason: str = "", today: date | None = None) -> WrittenPackage:
    """Build, sign and write the package of ``kind`` for the case at ``target``, then record it.
    ``anchor``: the book's audit anchor (``storage.maintenance.anchor.handoff_anchor``)."""
    kind = kind if isinstance(kind, PackageKind) else package_kind(kind)
    actor.require(Permission.HANDOFF)
    day = today or clock.today()
    r = _read(uow, actor, case_id, kind, day, preservation, court_reference.strip())
    check_eligible(kind, r.facts)
    if r.facts.agreement is not None and kind in (PackageKind.JUDICIAL_CONFIRMATION, PackageKind.PAYMENT_ORDER,
                                                  PackageKind.ENTRUSTED_RESULT) \
            and not any(d.template == "mediation_agreement" for d in r.documents):
        # the application cites the 调解协议书 by its number and the court needs it: made first, as when
        # the parties apply for confirmation from the mediation panel
        render_agreement(uow, renderer, actor, case_id=case_id, today=r.facts.agreement.decided_on)
        r = _read(uow, actor, case_id, kind, day, preservation, court_reference.strip())
    if kind is PackageKind.CASE_FILE and r.award is not None:
        _ensure_award_documents(uow, renderer, actor, r)
        r = _read(uow, actor, case_id, kind, day, preservation, court_reference.strip())
    court = court_name.strip() or default_court(kind, r.facts)
    if not court:
        raise ValidationError({"court": "请填写接收材料的人民法院"}, en="Enter the court the package goes to.")
    target = Path(target)
    if target.exists() and target.is_dir():
        raise ValidationError({"output": f"输出位置应是文件名，不是文件夹：{target.name}"},
                              en=f"The output must be a file, not a folder: {target.name}")
    template = KIND_TEMPLATES[kind]
    spec = renderer.spec(template)
    base = build_case_context(r.facts.detail, r.org, today=day, evidence=[e for e, _f in r.evidence])
    base["doc_title"] = spec.title
    base["doc_number"] = r.facts.detail.summary.number if spec.number.code == "case" else ""
    evidence_list = _render(renderer, "evidence_list_pdf", dict(base))
    documents, made = _document_files(uow, renderer, kind, r.documents)
    evidence = _evidence_files(vault, kind, r.evidence, preservation)
    listed = [*documents, *evidence]
    letter_ctx = _letter_context(kind, r, court=court, court_reference=court_reference.strip(), actor=actor,
                                 listed=listed, evidence=r.evidence, day=day, transfer_reason=transfer_reason.strip(),
                                 made=made)
    letter = _render(renderer, template, {**base, **letter_ctx})
    letter_pdf = _as_pdf(renderer, letter, spec.title)
    role = "application" if kind in PARTY_KINDS else "letter"
    # the PDF is the application or letter of record; the DOCX beside it is for the court to edit
    files = [PackageFile(name=f"documents/01-{template}.pdf", title=spec.title, role=role, media_type=PDF,
                         open=partial(_bytes_stream, letter_pdf),
                         expected_sha256=hashlib.sha256(letter_pdf).hexdigest()),
             PackageFile(name=f"documents/01-{template}.docx", title=f"{spec.title}（可编辑的Word文档）", role=role,
                         media_type=DOCX, open=lambda: _bytes_stream(letter),
                         expected_sha256=hashlib.sha256(letter).hexdigest()),
             PackageFile(name="documents/02-evidence-list.pdf", title="证据目录", role="list", media_type=PDF,
                         open=lambda: _bytes_stream(evidence_list),
                         expected_sha256=hashlib.sha256(evidence_list).hexdigest()),
             *listed]
    manifest = manifest_content(kind, r.facts, court_name=court, court_reference=court_reference.strip(),
                                anchor=anchor, notes=notes.strip())
    written = writer.write(target, manifest, files, signer, progress=progress)
    try:
        _record(uow, actor, r, kind, written, court=court, court_reference=court_reference.strip(), letter=letter,
                letter_ctx={**base, **letter_ctx}, template=template, title=spec.title, day=day, notes=notes.strip())
    except BaseException:
        try:
            written.path.unlink()
        except OSError:
            pass
        raise
    return written


def _record(uow: UnitOfWork, actor: Principal, r: _Read, kind: PackageKind, written: WrittenPackage, *, court: str,
            court_reference: str, letter: bytes, letter_ctx: dict[str, Any], template: str, title: str, day: date,
            notes: str) -> None:
    from mediation_desk.domain.documents import document_filename

    detail = r.facts.detail
    case_id, number = detail.summary.id, str(letter_ctx.get("doc_number") or "")
    with uow.write() as tx:
        if tx.cases.get(case_id) is None:
            raise NotFound("找不到该案件。", "Case not found.")
        version = tx.documents.next_version(case_id, template)
        digest = hashlib.sha256(letter).hexdigest()
        doc_id = tx.documents.add(case_id=case_id, template=template, title=title, number=number, version=version,
                                  format="docx", media_type=DOCX, filename=document_filename(title, number, version,
                                                                                            "docx"),
                                  content=letter, sha256=digest, context=plain_context(letter_ctx),
                                  created_by=actor.username, created_at=clock.now())
        tx.audit.append(actor=actor.username, action="document.render", entity="document", entity_id=doc_id,
                        changes={"case": detail.summary.number, "template": template, "title": title, "number": number,
                                 "version": version, "format": "docx", "size": len(letter), "sha256": digest})
        record_id = tx.handoff.add(case_id=case_id, direction="out", kind=kind.value, package_id=written.package_id,
                                   manifest_sha256=written.manifest_sha256, file_name=written.path.name,
                                   size=written.size, files=written.files, key_id=written.key_id, court=court,
                                   court_reference=court_reference, created_at=clock.now(), created_by=actor.username,
                                   note=notes)
        tx.cases.add_event(case_id, event_date=day, kind=HANDOFF_EVENT, actor=actor.username,
                           note=f"向{court}发送{kind.label}材料", now=clock.now())
        if kind is PackageKind.JUDICIAL_CONFIRMATION and "judicial_confirmation_applied" not in r.facts.events:
            tx.cases.add_event(case_id, event_date=day, kind="judicial_confirmation_applied", actor=actor.username,
                               note=f"双方共同向{court}申请司法确认", now=clock.now())
        refresh_case(tx, case_id)
        tx.audit.append(actor=actor.username, action="handoff.export", entity="handoff_package", entity_id=record_id,
                        changes={"case": detail.summary.number, "kind": kind.value, "package_id": written.package_id,
                                 "manifest_sha256": written.manifest_sha256, "court": court,
                                 "court_reference": court_reference, "file": written.path.name, "size": written.size,
                                 "files": written.files, "key_id": written.key_id, "document": doc_id})


# --------------------------------------------------------------------------- for the case's 法院衔接 tab


@dataclass(frozen=True)
class KindOption:
    """Whether the case can be sent as ``kind`` now, why not (Chinese and English), and the court
    filled in by default (``default_court``; "" when the user names it)."""

    kind: PackageKind
    allowed: bool
    reason: str = ""
    reason_en: str = ""
    default_court: str = ""
    parties: tuple[str, ...] = ()  # the case's applicants and respondents (a preservation's two sides)


def kind_options(uow: UnitOfWork, actor: Principal, *, case_id: int, today: date | None = None) -> list[KindOption]:
    """Every outgoing kind for the case, each with whether ``check_eligible`` allows it today (a
    preservation application, entered when the package is made, is not asked for here) and the
    refusal's sentence otherwise. Reads only."""
    actor.require(Permission.HANDOFF)
    day = today or clock.today()
    permitted: dict[PackageKind, AppError | None] = {}
    with uow.read() as tx:
        for kind in OUTGOING_KINDS:
            try:
                _require(tx, actor, case_id, kind)
                permitted[kind] = None
            except PermissionDenied as exc:
                permitted[kind] = exc
    first = next((k for k, denied in permitted.items() if denied is None), None)
    if first is None:
        denied = next(iter(permitted.values()))
        assert denied is not None
        raise denied
    facts = _read(uow, actor, case_id, first, day, None, "").facts
    parties = tuple(p.name for p in facts.detail.parties if p.side in (PartySide.APPLICANT, PartySide.RESPONDENT))
    options: list[KindOption] = []
    for kind in OUTGOING_KINDS:
        refusal: AppError | None = permitted[kind]
        if refusal is None:
            try:
                check_eligible(kind, facts)
            except ValidationError:
                if kind is not PackageKind.PRESERVATION:
                    raise
            except ConflictError as exc:
                refusal = exc
        if refusal is not None:
            options.append(KindOption(kind, False, refusal.text("zh"), refusal.text("en"), parties=parties))
        else:
            options.append(KindOption(kind, True, default_court=default_court(kind, facts), parties=parties))
    return options


def list_packages(uow: UnitOfWork, actor: Principal, *, case_id: int) -> list[HandoffPackageRecord]:
    """The packages of the case in the book's register, sent and received, newest first."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        if tx.cases.get(case_id) is None:
            raise NotFound("找不到该案件。", "Case not found.")
        require_case(tx, actor, case_id)
        return tx.handoff.list_for_case(case_id)
