"""Taking in a hand-off package (裁审衔接, docs/handoff-import.md).

``import_package`` has the package verified first (signature, every hash, the schema and every
hostile-ZIP check: ``PackageReader.open_verified``), then checks that it was not imported before
and that its signing key is one this book trusts, and records everything in ONE transaction:

* ``court_outcome`` (a court's decision on a case this book sent): the filing (if not recorded
  yet) and the outcome with the result per award item, the judgment's PDF into the vault as the
  outcome's file (``services.court.file_in`` / ``decide_in``, the same rules as the form);
* ``court_referral`` (委派调解 / 委托调解): a new case registered from the manifest's parties and
  claims, the court's entrustment with its reference and deadline (the period
  ``entrusted_mediation`` runs from the day the case came in), the files as its evidence;
* any other kind (a package another organisation sent): a new case received from the package,
  its documents and evidence stored as the case's evidence, the event ``handoff_received``.

Each file is streamed out of the package (its SHA-256 checked again), encrypted into the vault
under a temporary name and moved into place only as the last step before the commit; on any
failure every staged file is removed and nothing is recorded. The register row
(``handoff_packages``, direction ``in``) keeps the package id, the manifest's SHA-256 and the key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any

from mediation_desk.domain.cases import (CaseQuery, Claim, ClaimKind, Enterprise, EnterpriseRole, Industry,
                                         Intake, IntakeChannel, Person)
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.court import (BroughtBy, CourtDecision, FilingInput, ItemResult, ItemResultInput,
                                         OutcomeInput, ProceedingKind)
from mediation_desk.domain.errors import AppError, HandoffRefused, ValidationError
from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
from mediation_desk.domain.handoff import PackageKind
from mediation_desk.domain.intake import validate_intake
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services import clock
from mediation_desk.services.cases import _register
from mediation_desk.services.court import decide_in, file_in
from mediation_desk.services.deadlines import open_deadlines_for, refresh_case
from mediation_desk.services.handoff_ports import PackageReader, VerifiedPackage
from mediation_desk.services.ports import EvidenceFile, EvidenceVault, Progress, StagedEvidence, Tx, UnitOfWork

__all__ = ["ImportResult", "TrustedKey", "import_package", "key_trust", "received_manifest", "trusted_keys"]

TRUSTED_KEYS = "handoff.trusted_keys"  # settings: the senders' public keys this book accepts
RECEIVED_EVENT = "handoff_received"
REFERRAL_EVENT = "court_referral_received"
MANIFEST_SOURCE = "移交包清单"  # the evidence item that keeps a received package's signed manifest
_ROLE_TYPES = {"evidence": EvidenceType.DOCUMENTARY, "identity": EvidenceType.DOCUMENTARY}


@dataclass(frozen=True)
class ImportResult:
    kind: str
    package_id: str
    case_id: int
    case_number: str
    created_case: bool
    summary_zh: str
    summary_en: str


@dataclass(frozen=True)
class TrustedKey:
    """A sender's public key this book accepts packages from, and who trusted it when."""

    key_id: str
    public_key: bytes
    sender: str
    trusted_at: str  # ISO 8601
    trusted_by: str


def _refuse(zh: str, en: str) -> HandoffRefused:
    return HandoffRefused(zh, en)


# --------------------------------------------------------------------------- trust


def _pinned(tx: Tx) -> list[TrustedKey]:
    raw = tx.settings.get(TRUSTED_KEYS, []) or []
    out = []
    for entry in raw if isinstance(raw, list) else []:
        try:
            out.append(TrustedKey(key_id=str(entry["key_id"]), public_key=base64.b64decode(entry["public_key"]),
                                  sender=str(entry.get("sender", "")), trusted_at=str(entry.get("trusted_at", "")),
                                  trusted_by=str(entry.get("trusted_by", ""))))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def trusted_keys(uow: UnitOfWork, actor: Principal) -> list[TrustedKey]:
    """The senders' keys this book accepts packages from."""
    actor.require(Permission.HANDOFF)
    with uow.read() as tx:
        return _pinned(tx)


def key_trust(uow: UnitOfWork, verified: VerifiedPackage) -> TrustedKey | None:
    """The pinned entry of the package's signing key, or None when the book does not know it
    (the import dialog then asks before trusting it)."""
    with uow.read() as tx:
        return next((k for k in _pinned(tx) if k.public_key == verified.public_key), None)


def _pin(tx: Tx, actor: Principal, verified: VerifiedPackage, sender: str) -> None:
    raw = tx.settings.get(TRUSTED_KEYS, []) or []
    entries = list(raw) if isinstance(raw, list) else []
    stamp = clock.now().isoformat()
    entries.append({"key_id": verified.key_id, "public_key": base64.b64encode(verified.public_key).decode("ascii"),
                    "sender": sender, "trusted_at": stamp, "trusted_by": actor.username})
    tx.settings.set(TRUSTED_KEYS, entries)
    tx.audit.append(actor=actor.username, action="handoff_key.trust", entity="book", entity_id=0,
                    changes={"key_id": verified.key_id, "sender": sender, "trusted_at": stamp})


# --------------------------------------------------------------------------- reading the manifest


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def _date(value: Any, what: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except (TypeError, ValueError):
        raise _refuse(f"移交包中的{what}不是有效日期（{value}），未导入。",
                      f"The package's {what} is not a valid date ({value}); nothing was imported.") from None


def _amount(value: Any) -> Decimal | None:
    return Decimal(str(value)) if value not in (None, "") else None


def _intake(m: Mapping[str, Any], day: date) -> Intake:
    parties = list(m.get("parties") or [])
    worker = next((p for p in parties if p.get("role") == "applicant" and p.get("kind") == "person"), None)
    if worker is None:
        raise _refuse("移交包中没有作为申请人的劳动者，不能登记为案件，未导入。",
                      "The package names no worker as applicant; it cannot become a case. Nothing was imported.")
    respondents = tuple(
        Enterprise(name=_text(p.get("name")), credit_code=_text(p.get("id_number")) if p.get("kind") == "organisation"
                   else "", role=EnterpriseRole.OTHER, address=_text(p.get("address")))
        for p in parties if p.get("role") == "respondent")
    claims = []
    for c in m.get("claims") or []:
        try:
            kind = ClaimKind(str(c.get("kind")))
        except ValueError:
            kind = ClaimKind.OTHER
        claims.append(Claim(kind=kind, amount=_amount(c.get("amount")), basis=_text(c.get("title"))))
    sender = _text((m.get("sender") or {}).get("name"))
    case = m.get("case") or {}
    facts = (f"{sender}移交的“{_text(m.get('title'))}”（原案号{_text(case.get('number'))}，"
             f"{_text(case.get('cause'))}）。{_text(m.get('notes'))}").strip()
    intake = Intake(worker=Person(name=_text(worker.get("name")), id_number=_text(worker.get("id_number")),
                                  phone=_text(worker.get("phone")), address=_text(worker.get("address"))),
                    respondents=respondents, claims=tuple(claims), industry=Industry.OTHER, platform="",
                    facts=facts[:4000], received_on=day, channel=IntakeChannel.REFERRED)
    try:
        return validate_intake(intake, today=day)
    except ValidationError as exc:
        problems = "；".join(dict.fromkeys(exc.fields.values())) or exc.zh
        raise _refuse(f"移交包中的当事人或请求不能登记为案件（{problems}），未导入。",
                      f"The package's parties or claims cannot be registered as a case ({exc.en or problems}); "
                      "nothing was imported.") from None


def _find_case(tx: Tx, number: str) -> int | None:
    number = number.strip()
    if not number:
        return None
    found = [c for c in tx.cases.page(CaseQuery(text=number), 0, 50) if c.number == number]
    return found[0].id if found else None


# --------------------------------------------------------------------------- the files


class _Files:
    """Package files streamed into the vault of one case: staged now, placed on commit."""

    def __init__(self, verified: VerifiedPackage, vault: EvidenceVault, folder: Path,
                 progress: Progress | None) -> None:
        self.verified = verified
        self.vault = vault
        self.folder = folder
        self.progress = progress
        self.staged: list[StagedEvidence] = []

    def stage(self, case_id: int, entry: Mapping[str, Any]) -> EvidenceFile:
        name = str(entry["name"])
        plain = self.folder / f"{len(self.staged):04d}"
        digest = hashlib.sha256()
        fd = os.open(plain, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in self.verified.read(name):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != entry["sha256"]:
                raise _refuse(f"移交包中的 {name} 的 SHA-256 与清单不符，未导入。",
                              f"{name} does not match the SHA-256 in the manifest; nothing was imported.")
            staged = self.vault.stage(case_id=case_id, source=plain, progress=self.progress)
        finally:
            plain.unlink(missing_ok=True)
        self.staged.append(staged)
        if staged.file.sha256 != entry["sha256"]:
            raise _refuse(f"{name} 存入证据库后的 SHA-256 与清单不符，未导入。",
                          f"{name} changed on its way into the vault; nothing was imported.")
        return staged.file

    def stage_bytes(self, case_id: int, data: bytes) -> EvidenceFile:
        plain = self.folder / f"{len(self.staged):04d}"
        fd = os.open(plain, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            staged = self.vault.stage(case_id=case_id, source=plain, progress=None)
        finally:
            plain.unlink(missing_ok=True)
        self.staged.append(staged)
        return staged.file

    def place(self) -> None:
        for s in self.staged:
            s.place()

    def discard(self) -> None:
        for s in self.staged:
            s.discard()


def _add_evidence(tx: Tx, actor: Principal, case_id: int, case_number: str, file: EvidenceFile, *, title: str,
                  purpose: str, provided_by: str, source: str, filename: str, media_type: str, on: date) -> int:
    evidence = EvidenceInput(case_id=case_id, type=EvidenceType.DOCUMENTARY, title=title[:200], purpose=purpose[:500],
                             provided_by=provided_by[:200], source=source[:200], collected_on=on,
                             original_filename=filename[:255], media_type=media_type)
    number = tx.evidence.next_number(case_id)
    item_id = tx.evidence.add(evidence, number=number, file=file, added_by=actor.username, now=clock.now())
    tx.audit.append(actor=actor.username, action="evidence.add", entity="evidence", entity_id=item_id,
                    changes={"case": case_number, "evidence": number, "type": evidence.type.value,
                             "title": evidence.title, "purpose": evidence.purpose, "provided_by": evidence.provided_by,
                             "source": evidence.source, "collected_on": on.isoformat(), "original_seen": False,
                             "cross_exam_opinion": "", "filename": evidence.original_filename,
                             "media_type": evidence.media_type, "size": file.size, "sha256": file.sha256})
    return item_id


def _store_all(tx: Tx, actor: Principal, files: _Files, case_id: int, case_number: str, m: Mapping[str, Any],
               day: date, *, skip: frozenset[str] = frozenset()) -> int:
    """Every listed file as evidence of the case (titles from the manifest), then the signed
    manifest itself, so the case keeps what the sender attested. Returns the number stored."""
    sender = _text((m.get("sender") or {}).get("name"))
    package_id = str(m["package_id"])
    title = _text(m.get("title"))
    count = 0
    for entry in m.get("files") or []:
        if entry["name"] in skip:
            continue
        file = files.stage(case_id, entry)
        _add_evidence(tx, actor, case_id, case_number, file, title=_text(entry.get("title")) or entry["name"],
                      purpose=f"{sender}移交的“{title}”中的材料", provided_by=sender,
                      source=f"移交包 {package_id}", filename=PurePosixPath(entry["name"]).name,
                      media_type=str(entry.get("media_type") or "application/octet-stream"), on=day)
        count += 1
    raw = json.dumps(m, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8")
    file = files.stage_bytes(case_id, raw)
    _add_evidence(tx, actor, case_id, case_number, file, title=f"{MANIFEST_SOURCE}（{title}）",
                  purpose="移交包的内容清单（发送方签名所覆盖的清单）", provided_by=sender,
                  source=f"{MANIFEST_SOURCE} {package_id}", filename="manifest.json", media_type="application/json",
                  on=day)
    return count


def received_manifest(tx: Tx, vault: EvidenceVault, case_id: int, package_id: str) -> dict[str, Any] | None:
    """The manifest of a package received into ``case_id`` (kept as the case's evidence)."""
    for item in tx.evidence.list_for_case(case_id):
        if item.source == f"{MANIFEST_SOURCE} {package_id}":
            file = tx.evidence.file_of(item.id)
            if file is None:
                return None
            data = b"".join(vault.open_plaintext_stream(file))
            loaded = json.loads(data.decode("utf-8"))
            return loaded if isinstance(loaded, dict) else None
    return None


# --------------------------------------------------------------------------- per kind


@dataclass
class _Done:
    case_id: int
    case_number: str
    created: bool
    zh: str
    en: str


def _received_case(tx: Tx, actor: Principal, m: Mapping[str, Any], files: _Files, day: date) -> _Done:
    actor.require(Permission.REGISTER_CASE)
    intake = _intake(m, day)
    case_id = _register(tx, actor, intake, refresh=False)
    detail = tx.cases.get(case_id)
    assert detail is not None
    number = detail.summary.number
    sender = _text((m.get("sender") or {}).get("name"))
    title = _text(m.get("title"))
    count = _store_all(tx, actor, files, case_id, number, m, day)
    tx.cases.add_event(case_id, event_date=day, kind=RECEIVED_EVENT, actor=actor.username,
                       note=f"收到{sender}的移交包“{title}”（原案号{_text((m.get('case') or {}).get('number'))}）",
                       now=clock.now())
    refresh_case(tx, case_id, today=day)
    return _Done(case_id, number, True,
                 f"已收到{sender}的“{title}”，登记为案件{number}，{count}个文件存为证据。",
                 f"Received “{title}” from {sender} as case {number}; {count} files stored as evidence.")


def _referral(tx: Tx, actor: Principal, m: Mapping[str, Any], files: _Files, day: date) -> _Done:
    actor.require(Permission.REGISTER_CASE)
    referral = m.get("referral")
    if not isinstance(referral, Mapping):
        raise _refuse("委派（委托）调解移交包中没有法院的委派信息，未导入。",
                      "The referral package carries no referral details; nothing was imported.")
    court = _text((m.get("court") or {}).get("name")) or _text((m.get("sender") or {}).get("name"))
    reference = _text(referral.get("court_reference")) or _text((m.get("court") or {}).get("reference"))
    deadline = _date(referral["deadline"], "调解期限") if referral.get("deadline") else None
    if deadline is not None and deadline < day:
        raise _refuse(f"法院所定的调解期限（{numeric_date(deadline)}）已过，请与法院联系，未导入。",
                      f"The court's deadline ({deadline.isoformat()}) has passed; contact the court. "
                      "Nothing was imported.")
    mode = "委派调解" if referral.get("mode") == "delegated" else "委托调解"
    intake = _intake(m, day)
    case_id = _register(tx, actor, intake, refresh=False)
    detail = tx.cases.get(case_id)
    assert detail is not None
    number = detail.summary.number
    until = f"，法院所定调解期限至{numeric_date(deadline)}" if deadline is not None else ""
    tx.cases.add_event(case_id, event_date=day, kind=REFERRAL_EVENT, actor=actor.username,
                       note=f"{court}{mode}（{reference or '无法院案号'}）{until}", now=clock.now())
    count = _store_all(tx, actor, files, case_id, number, m, day)
    file_in(tx, actor, FilingInput(case_id=case_id, kind=ProceedingKind.ENTRUSTED_MEDIATION, court=court[:200],
                                   filed_on=day, brought_by=BroughtBy.COURT, court_case_number=reference[:64],
                                   note=f"{mode}{until}".strip("，")), today=day)
    due = next((d.due for d in open_deadlines_for(tx, case_id, day) if d.code == "entrusted_mediation"), None)
    zh = f"已收到{court}的{mode}案件（{reference or '无法院案号'}），登记为案件{number}，{count}个文件存为证据"
    en = f"Received the court's referral from {court} ({reference or 'no court reference'}) as case {number}; " \
         f"{count} files stored as evidence"
    if deadline is not None:
        zh += f"；法院所定调解期限至{numeric_date(deadline)}"
        en += f"; the court's deadline is {deadline.isoformat()}"
        if due is not None and due != deadline:
            zh += f"（按三十日计算的期限为{numeric_date(due)}，以法院所定期限为准）"
            en += f" (30 days from receipt would be {due.isoformat()}; the court's date prevails)"
    return _Done(case_id, number, True, zh + "。", en + ".")


def _proceeding_kind(sent_kind: str, decision: CourtDecision) -> ProceedingKind:
    by_kind = {PackageKind.JUDICIAL_CONFIRMATION.value: ProceedingKind.JUDICIAL_CONFIRMATION,
               PackageKind.PAYMENT_ORDER.value: ProceedingKind.PAYMENT_ORDER,
               PackageKind.PRESERVATION.value: ProceedingKind.PRESERVATION,
               PackageKind.ENTRUSTED_RESULT.value: ProceedingKind.ENTRUSTED_MEDIATION}
    if sent_kind in by_kind:
        return by_kind[sent_kind]
    if decision in (CourtDecision.SET_ASIDE, CourtDecision.APPLICATION_REJECTED):
        return ProceedingKind.SET_ASIDE
    return ProceedingKind.LAWSUIT


def _brought_by(kind: ProceedingKind, m: Mapping[str, Any], finality: str | None) -> BroughtBy:
    given = next((_text(d.get("party")) for d in m.get("dates") or [] if d.get("code") == "court_filed"), "")
    if given in {b.value for b in BroughtBy}:
        return BroughtBy(given)
    return {ProceedingKind.SET_ASIDE: BroughtBy.EMPLOYER, ProceedingKind.JUDICIAL_CONFIRMATION: BroughtBy.BOTH,
            ProceedingKind.ENTRUSTED_MEDIATION: BroughtBy.COURT}.get(kind, BroughtBy.WORKER)


def _check_award(tx: Tx, case_id: int, m: Mapping[str, Any]) -> int | None:
    """The approved award the outcome concerns; refuse when the package's award differs."""
    awards = [a for a in tx.arbitration.awards(case_id) if a.kind in ("award", "partial") and a.status == "approved"]
    sent = m.get("award")
    if not awards:
        if sent:
            raise _refuse(f"本簿册中的该案件没有已审批的仲裁裁决书，与法院裁判结果所针对的裁决（{_text(sent.get('number'))}）"
                          "不符，未导入。",
                          "The case in this book has no approved award matching the court's outcome; "
                          "nothing was imported.")
        return None
    award = awards[-1]
    if isinstance(sent, Mapping):
        numbers = {p.number for p in award.parts} | {award.number}
        sent_numbers = {n for n in _text(sent.get("number")).split("、") if n}
        if sent_numbers and not sent_numbers & numbers:
            raise _refuse(f"法院裁判结果所针对的裁决书（{_text(sent.get('number'))}）不是本案的裁决书（{award.number}），未导入。",
                          f"The award the outcome concerns ({_text(sent.get('number'))}) is not this case's award "
                          f"({award.number}); nothing was imported.")
        items = list(sent.get("items") or [])
        if items and len(items) != len(award.rulings):
            raise _refuse(f"法院裁判结果中的裁决事项（{len(items)}项）与本案裁决书的事项（{len(award.rulings)}项）不一致，未导入。",
                          f"The outcome lists {len(items)} award items, this case's award has {len(award.rulings)}; "
                          "nothing was imported.")
    return award.id


def _outcome(tx: Tx, actor: Principal, m: Mapping[str, Any], files: _Files, day: date) -> _Done:
    actor.require(Permission.RECORD_COURT_OUTCOME)
    o = m.get("outcome")
    if not isinstance(o, Mapping):
        raise _refuse("法院裁判结果移交包中没有裁判结果，未导入。",
                      "The court outcome package carries no outcome; nothing was imported.")
    case = m.get("case") or {}
    rel = case.get("relates_to") or {}
    sent = tx.handoff.by_package_id(_text(rel.get("package_id"))) if rel.get("package_id") else None
    number = _text(rel.get("case_number")) or _text(case.get("number"))
    if sent is not None and sent.direction == "out" and sent.case_id is not None:
        case_id: int | None = sent.case_id
        sent_kind = sent.kind
    else:
        case_id = _find_case(tx, number)
        sent_kind = ""
        if case_id is not None and not o.get("items"):  # results per award item: a suit or a set-aside
            sent_kind = next((r.kind for r in tx.handoff.list_for_case(case_id) if r.direction == "out"), "")
    if case_id is None:
        raise _refuse(f"本簿册中找不到该裁判结果所针对的案件（案号{number or '未写明'}），未导入。",
                      f"No case in this book matches the court's outcome (case number {number or 'not given'}); "
                      "nothing was imported.")
    detail = tx.cases.get(case_id)
    assert detail is not None
    if number and number != detail.summary.number:
        raise _refuse(f"裁判结果所写案号（{number}）与本簿册发出该移交包的案件（{detail.summary.number}）不符，未导入。",
                      f"The outcome's case number ({number}) is not that of the case the package was sent from "
                      f"({detail.summary.number}); nothing was imported.")
    try:
        decision = CourtDecision(_text(o.get("decision")))
    except ValueError:
        raise _refuse(f"裁判结果的类型“{_text(o.get('decision'))}”无法识别，未导入。",
                      f"Unknown decision “{_text(o.get('decision'))}”; nothing was imported.") from None
    kind = _proceeding_kind(sent_kind, decision)
    award_id = _check_award(tx, case_id, m) if kind in (ProceedingKind.LAWSUIT, ProceedingKind.SET_ASIDE) else None
    court = _text((m.get("sender") or {}).get("name")) or _text((m.get("court") or {}).get("name"))
    court_number = _text(o.get("court_case_number"))
    pending = [p for p in tx.court.list_for_case(case_id) if p.kind is kind and p.outcome is None
               and (not court_number or not p.court_case_number or p.court_case_number == court_number)]
    decided_on = _date(o.get("decided_on"), "裁判日期")
    try:
        if pending:
            proceeding_id = pending[0].id
        else:
            filed = next((d.get("date") for d in m.get("dates") or [] if d.get("code") == "court_filed"), None)
            filed_on = _date(filed, "立案日期") if filed else decided_on
            award = tx.arbitration.get_award(award_id) if award_id is not None else None
            proceeding_id = file_in(tx, actor, FilingInput(
                case_id=case_id, kind=kind, court=court[:200], filed_on=filed_on,
                brought_by=_brought_by(kind, m, award.finality if award is not None else None),
                court_case_number=court_number[:64], award_id=award_id,
                note=f"据法院移交包 {m['package_id']}"), today=day)
        items = tuple(ItemResultInput(award_item_no=int(i["award_item_no"]), result=ItemResult(str(i["result"])),
                                      new_amount=_amount(i.get("new_amount"))) for i in o.get("items") or [])
        served = next((d.get("date") for d in m.get("dates") or [] if d.get("code") == "judgment_served"), None)
        outcome = OutcomeInput(decision=decision, decided_on=decided_on, judgment_number=_text(o.get("judgment_number")),
                               received_on=_date(served, "送达日期") if served else None, items=items,
                               summary=_text(m.get("notes"))[:2000])
        judgment = next((f for f in m.get("files") or [] if f.get("role") == "judgment"), None)
        staged = files.stage(case_id, judgment) if judgment is not None else None
        result = decide_in(tx, actor, proceeding_id, outcome, today=day, judgment=staged,
                           judgment_name=PurePosixPath(judgment["name"]).name if judgment is not None else "")
    except ValidationError as exc:
        problems = "；".join(dict.fromkeys(exc.fields.values())) or exc.zh
        raise _refuse(f"法院裁判结果与本案记录不符（{problems}），未导入。",
                      f"The court's outcome does not match this case's records ({exc.en or problems}); "
                      "nothing was imported.") from None
    skip = frozenset({judgment["name"]}) if judgment is not None else frozenset()
    _store_all(tx, actor, files, case_id, detail.summary.number, m, day, skip=skip)
    assert result.outcome is not None
    counts = {r: sum(1 for i in result.outcome.items if i.result is r) for r in ItemResult}
    per_item = "，".join(f"{r.label}{n}项" for r, n in counts.items() if n)
    return _Done(case_id, detail.summary.number, False,
                 f"已记录{court}对案件{detail.summary.number}的{decision.label}（{result.outcome.judgment_number}）"
                 + (f"：{per_item}" if per_item else "") + "。",
                 f"Recorded the decision of {court} on case {detail.summary.number} ({decision.value}, "
                 f"{result.outcome.judgment_number})"
                 + (": " + ", ".join(f"{n} {r.value}" for r, n in counts.items() if n) if per_item else "") + ".")


# --------------------------------------------------------------------------- the service


def _check_new(tx: Tx, package_id: str) -> None:
    seen = tx.handoff.by_package_id(package_id)
    if seen is None:
        return
    when = numeric_date(seen.created_at.date())
    if seen.direction == "out":
        raise _refuse(f"该移交包是本簿册于{when}发出的，不能导入本簿册，未作任何更改。",
                      f"This package was sent from this book on {seen.created_at.date().isoformat()}; "
                      "nothing was changed.")
    raise _refuse(f"该移交包已于{when}导入，未作任何更改。",
                  f"This package was already imported on {seen.created_at.date().isoformat()}; nothing was changed.")


def import_package(uow: UnitOfWork, reader: PackageReader, vault: EvidenceVault, actor: Principal, *,
                   path: Path | str, trusted_keys: Sequence[bytes] = (), trust_new_key: bool = False,
                   progress: Progress | None = None, today: date | None = None) -> ImportResult:
    """Verify the package at ``path`` and record it in one transaction (see the module's text).

    ``trusted_keys``: raw public keys accepted for this import besides those the book has pinned;
    ``trust_new_key``: pin the package's key when the book does not know it yet (the user was
    shown the key id and agreed). Raises ``HandoffRefused`` (one sentence) with nothing written."""
    actor.require(Permission.HANDOFF)
    day = today or clock.today()
    source = Path(path)
    verified = reader.open_verified(source, trusted_keys=(), progress=progress)
    m = verified.manifest
    kind = _text(m.get("kind"))
    package_id = _text(m.get("package_id"))
    sender = _text((m.get("sender") or {}).get("name"))
    with uow.read() as tx:
        _check_new(tx, package_id)
        known = any(k.public_key == verified.public_key for k in _pinned(tx))
    known = known or verified.public_key in set(trusted_keys)
    if not known and not trust_new_key:
        raise _refuse(f"签名密钥 {verified.key_id}（{sender}）尚未被本簿册信任；请向发送方核对该密钥编号后选择信任再导入，"
                      "未作任何更改。",
                      f"The signing key {verified.key_id} ({sender}) is not trusted by this book; check the key id "
                      "with the sender and trust it to import. Nothing was changed.")
    try:
        size = source.stat().st_size
    except OSError:
        size = 0
    handler = {PackageKind.COURT_OUTCOME.value: _outcome, PackageKind.COURT_REFERRAL.value: _referral}.get(
        kind, _received_case)
    with tempfile.TemporaryDirectory(prefix="mdpkg-in-") as folder:
        os.chmod(folder, 0o700)
        files = _Files(verified, vault, Path(folder), progress)
        try:
            with uow.write() as tx:
                _check_new(tx, package_id)
                if not known:
                    _pin(tx, actor, verified, sender)
                done = handler(tx, actor, m, files, day)
                court = m.get("court") or {}
                reference = _text(court.get("reference")) or _text((m.get("outcome") or {}).get("court_case_number")) \
                    or _text((m.get("referral") or {}).get("court_reference"))
                record_id = tx.handoff.add(
                    case_id=done.case_id, direction="in", kind=kind, package_id=package_id,
                    manifest_sha256=verified.manifest_sha256, file_name=source.name[:255], size=size,
                    files=len(m.get("files") or []), key_id=verified.key_id, court=_text(court.get("name"))[:200],
                    court_reference=reference[:64], created_at=clock.now(), created_by=actor.username,
                    note=f"发送方：{sender}")
                tx.audit.append(actor=actor.username, action="handoff.import", entity="case", entity_id=done.case_id,
                                changes={"case": done.case_number, "register": record_id, "kind": kind,
                                         "package_id": package_id, "manifest_sha256": verified.manifest_sha256,
                                         "key_id": verified.key_id, "sender": sender, "file": source.name,
                                         "created_case": done.created, "key_trusted_now": not known})
                files.place()  # last: the commit follows; if it fails the files are removed below
        except BaseException as exc:
            files.discard()
            if isinstance(exc, (AppError, KeyboardInterrupt)) or not isinstance(exc, Exception):
                raise
            if isinstance(exc, (KeyError, TypeError, ValueError)):
                raise _refuse(f"移交包的内容无法导入（{type(exc).__name__}: {exc}），未作任何更改。",
                              f"The package's content cannot be imported ({exc}); nothing was changed.") from exc
            raise
    return ImportResult(kind=kind, package_id=package_id, case_id=done.case_id, case_number=done.case_number,
                        created_case=done.created, summary_zh=done.zh, summary_en=done.en)
