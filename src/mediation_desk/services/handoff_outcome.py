"""The court side's answer (裁审衔接): a ``court_outcome`` package about a case received as a package.

A court-side book (or a second organisation that decides on a case it received) keeps the
received package's signed manifest among the received case's evidence (``handoff_import``).
``build_outcome_package`` reads it back for the parties, the claims and the award items, checks
the decision and each item's result against them, and writes the package with the book's signing
key: kind ``court_outcome``, ``case.relates_to`` naming the received package and the sender's case
number, the ``outcome`` (decision, date, judgment and court case numbers, the result per award
item) and the judgment's PDF. Only after the file is written is it recorded (register row,
direction ``out``, the case event ``handoff_sent``, the audit row); if recording fails the file is
removed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.court import BroughtBy, CourtDecision, ItemResult
from mediation_desk.domain.errors import NotFound, ValidationError
from mediation_desk.domain.handoff import PACKAGE_TITLES, PackageKind
from mediation_desk.domain.money import parse_amount
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services import clock
from mediation_desk.services.access import require_case
from mediation_desk.services.handoff_import import received_manifest
from mediation_desk.services.handoff_ports import PDF, PackageFile, PackageSigner, PackageWriter, WrittenPackage
from mediation_desk.services.ports import EvidenceVault, Progress, UnitOfWork

__all__ = ["ItemDecision", "build_outcome_package", "parse_item"]

CHUNK = 1 << 20
PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class ItemDecision:
    award_item_no: int
    result: ItemResult
    new_amount: Decimal | None = None


def parse_item(text: str) -> ItemDecision:
    """``"1=upheld"``, ``"2=changed:1234.50"``, ``"3=set_aside"`` (the command line's ``--item``)."""
    no, sep, rest = text.partition("=")
    result, _, amount = rest.partition(":")
    try:
        number = int(no.strip())
        kind = ItemResult(result.strip())
    except ValueError:
        raise ValidationError({"item": f"逐项结果“{text}”应写作 1=upheld、2=changed:1234.50 或 3=set_aside"},
                              en=f"An item result “{text}” must read 1=upheld, 2=changed:1234.50 or 3=set_aside.") \
            from None
    if not sep or number < 1:
        raise ValidationError({"item": f"逐项结果“{text}”应写作 1=upheld、2=changed:1234.50 或 3=set_aside"},
                              en=f"An item result “{text}” must read 1=upheld, 2=changed:1234.50 or 3=set_aside.")
    return ItemDecision(number, kind, parse_amount(amount) if amount.strip() else None)


def _money(amount: Decimal | None) -> str | None:
    return f"{amount.quantize(Decimal('0.01'))}" if amount is not None else None


def _check(received: Mapping[str, Any], decision: str, items: Sequence[ItemDecision], decided_on: date,
           filed_on: date, today: date, judgment_number: str, court_case_number: str) -> CourtDecision:
    problems: dict[str, str] = {}
    try:
        chosen = CourtDecision(decision)
    except ValueError:
        allowed = "、".join(f"{d.value}（{d.label}）" for d in CourtDecision)
        raise ValidationError({"decision": f"裁判结果“{decision}”无法识别，可选：{allowed}"},
                              en=f"Unknown decision “{decision}”.") from None
    if not judgment_number.strip():
        problems["judgment_number"] = "请填写裁判文书的文号"
    if not court_case_number.strip():
        problems["court_case_number"] = "请填写法院案号"
    if decided_on > today:
        problems["decided_on"] = f"裁判日期不能晚于今天（{numeric_date(today)}）"
    if decided_on < filed_on:
        problems["decided_on"] = f"裁判日期不能早于立案日期（{numeric_date(filed_on)}）"
    award = received.get("award") or {}
    awarded = {int(i["no"]): i for i in award.get("items") or []}
    seen: set[int] = set()
    for it in items:
        key = f"items.{it.award_item_no}"
        entry = awarded.get(it.award_item_no)
        if entry is None:
            problems[key] = f"第{it.award_item_no}项不是所收裁决书的裁决事项（共{len(awarded)}项）"
        elif it.award_item_no in seen:
            problems[key] = f"第{it.award_item_no}项重复填写"
        elif it.result is ItemResult.CHANGED and it.new_amount is None:
            problems[key] = f"第{it.award_item_no}项改判，请填写改判后的金额"
        elif it.result is not ItemResult.CHANGED and it.new_amount is not None:
            problems[key] = f"第{it.award_item_no}项为“{it.result.label}”，不应填写改判金额"
        elif it.result is ItemResult.CHANGED and entry.get("amount") is not None \
                and Decimal(str(entry["amount"])) == it.new_amount:
            problems[key] = f"第{it.award_item_no}项改判后的金额与裁决金额相同，应为“维持”"
        seen.add(it.award_item_no)
    if problems:
        raise ValidationError(problems)
    return chosen


def _file_stream(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            yield chunk


def build_outcome_package(uow: UnitOfWork, vault: EvidenceVault, writer: PackageWriter, signer: PackageSigner,
                          actor: Principal, *, received_package_id: str, decision: str, decided_on: date,
                          judgment_number: str, court_case_number: str, items: Sequence[ItemDecision],
                          judgment: Path, target: Path, filed_on: date | None = None,
                          brought_by: BroughtBy | str | None = None, anchor: Mapping[str, Any] | None = None,
                          notes: str = "", progress: Progress | None = None,
                          today: date | None = None) -> WrittenPackage:
    """Write the ``court_outcome`` package answering the received package ``received_package_id``."""
    actor.require(Permission.HANDOFF)
    actor.require(Permission.RECORD_COURT_OUTCOME)
    day = today or clock.today()
    with uow.read() as tx:
        record = tx.handoff.by_package_id(received_package_id.strip())
        if record is None or record.direction != "in" or record.case_id is None:
            raise NotFound(f"本簿册没有导入过编号为 {received_package_id} 的移交包。",
                           f"No package {received_package_id} was imported into this book.")
        require_case(tx, actor, record.case_id, Permission.HANDOFF)
        case_id = record.case_id
        received = received_manifest(tx, vault, case_id, record.package_id)
        org = tx.org.get()
    if received is None:
        raise NotFound("找不到所收移交包的清单（应保存在所收案件的证据中）。",
                       "The received package's manifest is missing from the case's evidence.")
    filed = filed_on or record.created_at.date()
    chosen = _check(received, decision, items, decided_on, filed, day, judgment_number, court_case_number)
    judgment = Path(judgment)
    try:
        with judgment.open("rb") as fh:
            head = fh.read(len(PDF_MAGIC))
    except OSError:
        raise ValidationError({"judgment_file": f"无法读取裁判文书文件：{judgment.name}"}) from None
    if head != PDF_MAGIC:
        raise ValidationError({"judgment_file": "裁判文书应为PDF文件（扫描件请先转换为PDF）"})
    court = (org.name if org is not None else "") or str((received.get("court") or {}).get("name") or "")
    party = BroughtBy(brought_by).value if brought_by else ""
    sent_case = received.get("case") or {}
    dates = [{"code": "court_filed", "label": "人民法院立案", "date": filed.isoformat(), "party": party},
             {"code": "judgment_made", "label": f"{chosen.label}日期", "date": decided_on.isoformat(), "party": ""}]
    manifest: dict[str, Any] = {
        "kind": PackageKind.COURT_OUTCOME.value,
        "title": PACKAGE_TITLES[PackageKind.COURT_OUTCOME],
        "sender": {"name": court, "kind": "court", "address": org.address if org is not None else "",
                   "phone": org.phone if org is not None else ""},
        "court": {"name": court, "reference": court_case_number.strip()},
        "case": {"number": str(sent_case.get("number") or ""), "received_on": str(sent_case.get("received_on")),
                 "cause": str(sent_case.get("cause") or ""), "status": "decided",
                 "relates_to": {"package_id": record.package_id, "case_number": str(sent_case.get("number") or "")}},
        "parties": list(received.get("parties") or []),
        "claims": list(received.get("claims") or []),
        "award": received.get("award"),
        "agreement": None,
        "dates": dates,
        "periods": [],
        "outcome": {"decision": chosen.value, "decided_on": decided_on.isoformat(),
                    "judgment_number": judgment_number.strip(), "court_case_number": court_case_number.strip(),
                    "items": [{"award_item_no": i.award_item_no, "result": i.result.value,
                               "new_amount": _money(i.new_amount)} for i in items]},
        "referral": None,
        "audit_anchor": dict(anchor) if anchor is not None else None,
        "notes": notes.strip(),
    }
    title = f"{court}{chosen.label}（{judgment_number.strip()}）"
    files = [PackageFile(name="documents/judgment.pdf", title=title[:500], role="judgment", media_type=PDF,
                         open=lambda: _file_stream(judgment))]
    written = writer.write(Path(target), manifest, files, signer, progress=progress)
    try:
        with uow.write() as tx:
            stamp = clock.now()
            record_id = tx.handoff.add(case_id=case_id, direction="out", kind=PackageKind.COURT_OUTCOME.value,
                                       package_id=written.package_id, manifest_sha256=written.manifest_sha256,
                                       file_name=written.path.name, size=written.size, files=written.files,
                                       key_id=written.key_id, court=court[:200],
                                       court_reference=court_case_number.strip()[:64], created_at=stamp,
                                       created_by=actor.username, note=f"答复移交包 {record.package_id}")
            tx.cases.add_event(case_id, event_date=day, kind="handoff_sent", actor=actor.username,
                               note=f"{PACKAGE_TITLES[PackageKind.COURT_OUTCOME]}：{title}", now=stamp)
            tx.audit.append(actor=actor.username, action="handoff.export", entity="handoff_package",
                            entity_id=record_id,
                            changes={"kind": PackageKind.COURT_OUTCOME.value, "package_id": written.package_id,
                                     "answers": record.package_id, "decision": chosen.value,
                                     "judgment_number": judgment_number.strip(),
                                     "items": [[i.award_item_no, i.result.value, _money(i.new_amount)] for i in items],
                                     "manifest_sha256": written.manifest_sha256, "key_id": written.key_id,
                                     "file": written.path.name})
    except BaseException:
        written.path.unlink(missing_ok=True)
        raise
    return written
