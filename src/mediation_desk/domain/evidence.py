"""Evidence of a case as plain values: its kind, what it is meant to prove, how it was examined,
and whether its file is still the one that was registered.

The file itself lives encrypted in the evidence vault (storage); here it is only described by
its name, media type, size and SHA-256. Numbers run per case: 证据1, 证据2, ...
"""

from __future__ import annotations

import ntpath
import posixpath
import re
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import TypeVar

from mediation_desk.domain.cases import LabelledEnum
from mediation_desk.domain.errors import BookError, ConflictError, ValidationError

MAX_TITLE = 200
MAX_PROVIDED_BY = 200
MAX_SOURCE = 300
MAX_PURPOSE = 2000
MAX_OPINION = 4000
MAX_FILENAME = 255
MAX_MEDIA_TYPE = 100
PREVIEW_LIMIT = 50 * 1024 * 1024  # bytes held in memory for an in-program preview

_MEDIA_TYPE_RE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$")
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


class EvidenceType(LabelledEnum):
    """The eight kinds of evidence of the civil procedure law (民事诉讼法第六十六条)."""

    DOCUMENTARY = ("documentary", "书证")
    PHYSICAL = ("physical", "物证")
    AUDIO_VISUAL = ("audio_visual", "视听资料")
    ELECTRONIC_DATA = ("electronic_data", "电子数据")
    WITNESS_TESTIMONY = ("witness_testimony", "证人证言")
    PARTY_STATEMENT = ("party_statement", "当事人陈述")
    EXPERT_OPINION = ("expert_opinion", "鉴定意见")
    INSPECTION_RECORD = ("inspection_record", "勘验笔录")


class IntegrityStatus(LabelledEnum):
    """The result of the last check of an item's encrypted file."""

    OK = ("ok", "完好")
    CHANGED = ("changed", "内容被改动")
    TRUNCATED = ("truncated", "文件不完整")
    MISSING = ("missing", "文件缺失")
    UNREADABLE = ("unreadable", "无法解密")


# The sentence a report uses for each problem (after "案件 … 的证据N“标题”：").
INTEGRITY_REASONS: dict[IntegrityStatus, tuple[str, str]] = {
    IntegrityStatus.OK: ("文件完好，与登记的哈希值一致", "the file is intact and matches its registered hash"),
    IntegrityStatus.CHANGED: ("文件内容与登记的哈希值不符", "the file's content does not match its registered hash"),
    IntegrityStatus.TRUNCATED: ("文件不完整（被截断）", "the file is incomplete (truncated)"),
    IntegrityStatus.MISSING: ("找不到加密文件", "the encrypted file is missing"),
    IntegrityStatus.UNREADABLE: ("文件无法解密（密钥不符或已损坏）", "the file cannot be decrypted (wrong or damaged key)"),
}


class EvidenceDamaged(BookError):
    """An evidence file failed its check while being read (preview, export)."""

    def __init__(self, zh: str, en: str = "", *, status: IntegrityStatus = IntegrityStatus.CHANGED,
                 detail: str | None = None) -> None:
        super().__init__(zh, en, detail=detail)
        self.status = status


class PreviewTooLarge(ConflictError):
    """The file is too large to preview in memory; export it instead."""


@dataclass(frozen=True)
class EvidenceInput:
    """What the mediator registers with a file (the file's bytes come separately)."""

    case_id: int
    type: EvidenceType
    title: str
    purpose: str  # 证明目的
    provided_by: str = ""  # 提供人 (a party, or 调解组织 for evidence it collected)
    source: str = ""  # where it came from (平台App截图, 银行流水, 现场拍摄 ...)
    collected_on: date | None = None
    original_seen: bool = False  # 是否核对原件
    cross_exam_opinion: str = ""  # 质证意见
    original_filename: str = ""
    media_type: str = ""


@dataclass(frozen=True)
class EvidenceEdit:
    """The metadata that may be changed after registration (never the file)."""

    type: EvidenceType
    title: str
    purpose: str
    provided_by: str = ""
    source: str = ""
    collected_on: date | None = None
    original_seen: bool = False
    cross_exam_opinion: str = ""

    @classmethod
    def of(cls, item: "EvidenceItem") -> "EvidenceEdit":
        return cls(**{f.name: getattr(item, f.name) for f in fields(cls)})


@dataclass(frozen=True)
class EvidenceItem:
    """Read model of one registered item."""

    id: int
    case_id: int
    case_number: str
    number: int  # 证据1, 证据2, ... within the case
    type: EvidenceType
    title: str
    purpose: str
    provided_by: str
    source: str
    collected_on: date | None
    original_seen: bool
    cross_exam_opinion: str
    original_filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str
    integrity: IntegrityStatus
    checked_at: datetime | None = None

    @property
    def label(self) -> str:
        return f"证据{self.number}"

    def describe(self) -> str:
        """``案件 洪新调字〔2026〕第12号 的证据3“外卖平台接单记录截图”``"""
        return f"案件 {self.case_number} 的{self.label}“{self.title}”"


@dataclass(frozen=True)
class IntegrityCheck:
    """One item checked: its status and the sentence that says why."""

    item_id: int | None
    status: IntegrityStatus
    zh: str
    en: str
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status is IntegrityStatus.OK

    @classmethod
    def of(cls, item_id: int | None, status: IntegrityStatus, detail: str = "") -> "IntegrityCheck":
        zh, en = INTEGRITY_REASONS[status]
        return cls(item_id=item_id, status=status, zh=zh, en=en, detail=detail)


@dataclass(frozen=True)
class VaultCheckReport:
    """Every item of the vault (or of one case) checked."""

    checked: int
    problems: tuple[tuple[EvidenceItem, IntegrityCheck], ...]
    bytes_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        return [f"{item.describe()}：{check.zh}" for item, check in self.problems]


def clean_filename(name: str) -> str:
    """The last component of a path from any system, without control characters; "" if nothing is left."""
    name = unicodedata.normalize("NFC", name or "")
    name = posixpath.basename(ntpath.basename(name.replace("\x00", "")))
    name = "".join(ch for ch in name if unicodedata.category(ch) != "Cc").strip().strip(".")
    if _WINDOWS_RESERVED.match(name):
        name = "_" + name
    if len(name) > MAX_FILENAME:
        stem, dot, ext = name.rpartition(".")
        ext = ext if dot and len(ext) <= 16 else ""
        name = (stem if dot else name)[:MAX_FILENAME - len(ext) - 1] + ("." + ext if ext else "")
    return name


_Checked = TypeVar("_Checked", "EvidenceInput", "EvidenceEdit")


def _text(value: str, field: str, limit: int, label: str, errors: dict[str, str], *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        errors[field] = f"请填写{label}"
    elif len(value) > limit:
        errors[field] = f"{label}过长（最多{limit}字）"
    return value


def _check_common(e: _Checked, errors: dict[str, str], today: date) -> _Checked:
    if not isinstance(e.type, EvidenceType):
        try:
            e = replace(e, type=EvidenceType(e.type))
        except ValueError:
            errors["type"] = "请选择证据种类"
    title = _text(e.title, "title", MAX_TITLE, "证据名称", errors, required=True)
    purpose = _text(e.purpose, "purpose", MAX_PURPOSE, "证明目的", errors, required=True)
    provided_by = _text(e.provided_by, "provided_by", MAX_PROVIDED_BY, "提供人", errors)
    source = _text(e.source, "source", MAX_SOURCE, "证据来源", errors)
    opinion = _text(e.cross_exam_opinion, "cross_exam_opinion", MAX_OPINION, "质证意见", errors)
    if e.collected_on is not None:
        if e.collected_on > today:
            errors["collected_on"] = "收集日期不能晚于今天"
        elif e.collected_on.year < 1950:
            errors["collected_on"] = "收集日期有误，请核对"
    return replace(e, title=title, purpose=purpose, provided_by=provided_by, source=source,
                   cross_exam_opinion=opinion, original_seen=bool(e.original_seen))


def validate_evidence(e: EvidenceInput, *, today: date) -> EvidenceInput:
    """The normalised input, or ValidationError naming every field that is wrong (in Chinese)."""
    errors: dict[str, str] = {}
    e = _check_common(e, errors, today)
    filename = clean_filename(e.original_filename)
    if e.original_filename and not filename:
        errors["original_filename"] = "文件名无效"
    media_type = (e.media_type or "").strip().lower()
    if media_type and (len(media_type) > MAX_MEDIA_TYPE or not _MEDIA_TYPE_RE.match(media_type)):
        errors["media_type"] = "文件类型无效"
    if errors:
        raise ValidationError(errors)
    return replace(e, original_filename=filename, media_type=media_type)


def validate_edit(e: EvidenceEdit, *, today: date) -> EvidenceEdit:
    errors: dict[str, str] = {}
    e = _check_common(e, errors, today)
    if errors:
        raise ValidationError(errors)
    return e


def edit_changes(before: EvidenceItem, after: EvidenceEdit) -> dict[str, list[object]]:
    """``{field: [before, after]}`` for every metadata field the edit changes (JSON-ready values)."""

    def plain(v: object) -> object:
        if isinstance(v, date):
            return v.isoformat()
        if isinstance(v, LabelledEnum):
            return v.value
        return v

    out: dict[str, list[object]] = {}
    for f in fields(EvidenceEdit):
        old, new = plain(getattr(before, f.name)), plain(getattr(after, f.name))
        if old != new:
            out[f.name] = [old, new]
    return out
