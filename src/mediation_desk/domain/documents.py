"""Legal documents as plain values: a template's declared fields, its document-number kind, the
check that names every missing field before rendering, and the errors rendering can end in.

The templates themselves (DOCX files and the registry that declares them) are data in
``templates/docs/``; ``documents.registry`` reads them into these values.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from mediation_desk.domain.errors import AppError, BookError, ValidationError
from mediation_desk.domain.provisional_dates import ProvisionalDate

__all__ = [
    "FieldType", "FieldSpec", "NumberKind", "TemplateSpec", "DocumentView",
    "CASE_NUMBER", "NO_NUMBER", "KEEP", "NEW",
    "missing_fields", "field_errors", "check_context", "with_defaults", "lookup", "plain_context",
    "format_document_number", "number_prefix", "document_filename",
    "DocumentError", "TemplateSecurityError", "TemplateInvalid", "RenderLimitExceeded", "MissingFields",
    "DocumentDamaged", "MAX_DOCUMENT_BYTES",
]

MAX_DOCUMENT_BYTES = 25 * 1024 * 1024  # a rendered document larger than this is a runaway template

CASE_NUMBER = "case"  # the document carries the case number (案号); nothing is drawn
NO_NUMBER = "none"  # a party's own application: no number of ours
KEEP = "keep"  # a new version of the same document keeps its number
NEW = "new"  # every version is a new document with a new number (letters in the outgoing register)

_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
_KIND_RE = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


class FieldType(str, enum.Enum):
    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    LIST = "list"
    BOOL = "bool"


@dataclass(frozen=True)
class FieldSpec:
    """A declared field: ``name`` is a dotted path into the context (``org.name``); a list's
    ``items`` are the fields of each of its entries, named relative to the entry."""

    name: str
    type: FieldType
    label: str
    required: bool = False
    items: tuple["FieldSpec", ...] = ()

    def __post_init__(self) -> None:
        if not _NAME_RE.match(self.name):
            raise ValueError(f"field name must be lower-case dotted identifiers: {self.name!r}")
        if self.items and self.type is not FieldType.LIST:
            raise ValueError(f"only list fields have items: {self.name}")


@dataclass(frozen=True)
class NumberKind:
    """How a document gets its number.

    ``code`` is ``"case"`` (the case number), ``"none"``, or the name of a numbering sequence of
    its own, drawn per year (``mediation_agreement`` -> counter ``doc.mediation_agreement``).
    ``prefix`` is the text before 〔year〕, with ``{org}`` standing for the organisation's prefix
    (``洪新调字``) and ``{org_stem}`` for it without the final 字 (``洪新调``).
    ``on_rerender``: ``keep`` (a corrected version is still the same document and keeps its
    number) or ``new`` (every version is a new document with a new number).
    """

    code: str
    label: str = ""
    prefix: str = "{org}"
    on_rerender: str = KEEP

    def __post_init__(self) -> None:
        if not _KIND_RE.match(self.code):
            raise ValueError(f"number kind must be a lower-case identifier: {self.code!r}")
        if self.on_rerender not in (KEEP, NEW):
            raise ValueError(f"on_rerender must be keep or new: {self.on_rerender!r}")

    @property
    def is_drawn(self) -> bool:
        return self.code not in (CASE_NUMBER, NO_NUMBER)

    @property
    def counter(self) -> str:
        return f"doc.{self.code}"


@dataclass(frozen=True)
class TemplateSpec:
    """One entry of the template registry."""

    code: str
    title: str
    format: str  # "docx" (a DOCX template rendered in the sandbox) or "pdf" (a built-in generator)
    number: NumberKind
    fields: tuple[FieldSpec, ...]
    file: str = ""  # the DOCX file, relative to the registry's folder
    generator: str = ""  # the PDF generator's name
    description: str = ""

    @property
    def media_type(self) -> str:
        return ("application/pdf" if self.format == "pdf" else
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class DocumentView:
    """Read model of one stored document version (its bytes are read separately)."""

    id: int
    case_id: int
    case_number: str
    template: str
    title: str
    number: str
    version: int
    format: str
    media_type: str
    filename: str
    size: int
    sha256: str
    created_at: datetime
    created_by: str

    def describe(self) -> str:
        number = f"（{self.number}）" if self.number else ""
        return f"案件 {self.case_number} 的《{self.title}》{number}第{self.version}版"


# --------------------------------------------------------------------------- errors


class DocumentError(AppError):
    """A document could not be made; ``zh``/``en`` say why in words."""


class TemplateSecurityError(DocumentError):
    """The template tries something a template may not do (code, files, external content)."""

    def __init__(self, what: str, en: str = "", *, detail: str | None = None) -> None:
        super().__init__(f"模板含有不允许的内容：{what}", f"The template contains something not allowed: {en or what}",
                         detail=detail)
        self.what = what


class TemplateInvalid(DocumentError):
    """The template is broken (not a DOCX, bad tags, an undeclared variable...)."""


class RenderLimitExceeded(DocumentError):
    """Rendering ran past its time or its output cap and was stopped."""

    def __init__(self, zh: str, en: str = "", *, limit: str = "", detail: str | None = None) -> None:
        super().__init__(zh, en, detail=detail)
        self.limit = limit  # "timeout" / "output"


class MissingFields(ValidationError):
    """Required fields of a template are missing; ``labels`` names them in Chinese, in order."""

    def __init__(self, title: str, fields: dict[str, str], labels: list[str]) -> None:
        self.labels = list(labels)
        super().__init__(fields, zh=f"生成《{title}》前还缺少以下内容：" + "、".join(labels) + "。",
                         en=f"Cannot make \"{title}\" yet; missing: " + ", ".join(fields) + ".")


class DocumentDamaged(BookError):
    """A stored document's bytes no longer match the hash registered with it."""


# --------------------------------------------------------------------------- checking a context

_MISSING = object()


def lookup(context: Mapping[str, Any], name: str) -> Any:
    """The value at a dotted path, or the sentinel ``lookup.MISSING``."""
    value: Any = context
    for part in name.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        else:
            return _MISSING
    return value


lookup.MISSING = _MISSING  # type: ignore[attr-defined]


def _is_empty(value: Any, spec: FieldSpec) -> bool:
    if value is _MISSING or value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if spec.type is FieldType.LIST:
        return isinstance(value, (list, tuple)) and len(value) == 0
    return False


def _type_error(value: Any, spec: FieldSpec) -> str | None:
    t = spec.type
    if t is FieldType.TEXT:
        if not isinstance(value, (str, int, Decimal)) or isinstance(value, bool):
            return f"{spec.label}应为文字"
    elif t is FieldType.MONEY:
        if isinstance(value, bool):
            return f"{spec.label}应为金额"
        try:
            d = Decimal(str(value).replace(",", ""))
        except (InvalidOperation, ValueError):
            return f"{spec.label}应为金额，如3200.50"
        if not d.is_finite() or d < 0:
            return f"{spec.label}应为不小于零的金额"
    elif t is FieldType.DATE:
        if isinstance(value, (date, datetime)):
            return None
        try:
            date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            return f"{spec.label}应为日期，如2026-11-29"
    elif t is FieldType.BOOL:
        if not isinstance(value, bool):
            return f"{spec.label}应为“是”或“否”"
    elif t is FieldType.LIST:
        if not isinstance(value, (list, tuple)):
            return f"{spec.label}应为列表"
    return None


def _check(spec: FieldSpec, value: Any, path: str, label: str, errors: dict[str, str],
           missing: list[str]) -> None:
    if _is_empty(value, spec):
        if spec.required:
            errors[path] = f"请填写{label}"
            missing.append(label)
        return
    problem = _type_error(value, spec)
    if problem:
        errors[path] = problem if label == spec.label else problem.replace(spec.label, label, 1)
        return
    if spec.type is FieldType.LIST and spec.items:
        for i, entry in enumerate(value, start=1):
            for sub in spec.items:
                sub_value = lookup(entry, sub.name) if isinstance(entry, Mapping) else _MISSING
                _check(sub, sub_value, f"{path}.{i}.{sub.name}", f"{spec.label}第{i}项的{sub.label}", errors, missing)


def field_errors(spec: TemplateSpec, context: Mapping[str, Any]) -> tuple[dict[str, str], list[str]]:
    """(``{field path: message}``, the missing fields' labels in declaration order)."""
    errors: dict[str, str] = {}
    missing: list[str] = []
    for f in spec.fields:
        _check(f, lookup(context, f.name), f.name, f.label, errors, missing)
    return errors, missing


def missing_fields(spec: TemplateSpec, context: Mapping[str, Any]) -> list[str]:
    """The Chinese labels of every required field that is missing or empty (``[]`` when complete)."""
    return field_errors(spec, context)[1]


def check_context(spec: TemplateSpec, context: Mapping[str, Any]) -> None:
    """Raise :class:`MissingFields` naming every missing field, or :class:`ValidationError` for a
    value of the wrong kind (an amount that is not a number, a date that is not a date)."""
    errors, missing = field_errors(spec, context)
    if missing:
        raise MissingFields(spec.title, errors, missing)
    if errors:
        raise ValidationError(errors, zh=f"《{spec.title}》的内容有误：" + "；".join(errors.values()))


def _default(spec: FieldSpec) -> Any:
    return {FieldType.LIST: [], FieldType.BOOL: False}.get(spec.type, "")


def with_defaults(spec: TemplateSpec, context: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``context`` where every declared optional field that is absent is present and
    empty (templates run with strict undefined variables, so an optional field must exist)."""
    out = dict(context)
    for f in spec.fields:
        if lookup(out, f.name) is _MISSING:
            _put(out, f.name, _default(f))
    for f in spec.fields:
        if f.type is FieldType.LIST and f.items:
            entries = lookup(out, f.name)
            if isinstance(entries, (list, tuple)) and any(isinstance(e, Mapping) for e in entries):
                filled = [_with_item_defaults(f, e) if isinstance(e, Mapping) else e for e in entries]
                _put(out, f.name, filled)
    return out


def _with_item_defaults(spec: FieldSpec, entry: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(entry)
    for sub in spec.items:
        if "." not in sub.name and sub.name not in out:
            out[sub.name] = _default(sub)
    return out


def _put(context: dict[str, Any], name: str, value: Any) -> None:
    target = context
    parts = name.split(".")
    for part in parts[:-1]:
        nxt = target.get(part)
        nxt = dict(nxt) if isinstance(nxt, Mapping) else {}
        target[part] = nxt
        target = nxt
    target[parts[-1]] = value


def plain_context(value: Any) -> Any:
    """JSON-ready copy: Decimal -> "3200.50", date -> "2026-11-29" (a provisional one
    "2027-01-18（暂定）"), enums -> their code,
    tuples -> lists, mapping keys -> str."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, float, str)):
        if isinstance(value, enum.Enum):
            return value.value
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, ProvisionalDate):
        return value.marked_iso()  # "2027-01-18（暂定）": the mark reaches the document
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return plain_context(value.value)
    if isinstance(value, Mapping):
        return {str(k): plain_context(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain_context(v) for v in value]
    raise TypeError(f"a document context holds plain values only, not {type(value).__name__}")


# --------------------------------------------------------------------------- numbers and names


def format_document_number(prefix: str, year: int, seq: int) -> str:
    """``洪劳人仲案字〔2026〕第12号``"""
    return f"{prefix}〔{year}〕第{seq}号"


def number_prefix(kind: NumberKind, org_prefix: str) -> str:
    """The kind's prefix with the organisation's prefix put in (``{org}``, ``{org_stem}``)."""
    org_prefix = (org_prefix or "").strip()
    stem = org_prefix[:-1] if org_prefix.endswith("字") else org_prefix
    return kind.prefix.replace("{org_stem}", stem).replace("{org}", org_prefix)


_UNSAFE_FILENAME = re.compile(r'[\\/:*?"<>|\x00-\x1f〔〕]+')


def document_filename(title: str, number: str, version: int, fmt: str) -> str:
    """``调解协议书_洪东劳调协字2026第3号_v2.docx`` (no characters Windows refuses)."""
    parts = [title]
    if number:
        parts.append(number)
    stem = _UNSAFE_FILENAME.sub("", "_".join(parts)).strip(". ") or "文书"
    return f"{stem[:120]}_v{version}.{fmt}"
