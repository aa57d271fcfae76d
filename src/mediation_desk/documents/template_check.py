"""Checks a DOCX template before anything renders it.

A template is a ZIP of XML parts that an administrator may edit; python-docx parses it with
libxml2's size limits off (``huge_tree``), and Word follows what it links to when the rendered
document is opened. So, before rendering, a template is refused when it has:

* more than :data:`MAX_TEMPLATE_BYTES`, more than :data:`MAX_ENTRIES` parts, a part larger than
  :data:`MAX_PART_BYTES` once unpacked, :data:`MAX_TOTAL_BYTES` in all, or a suspicious
  compression ratio (checked on the bytes actually read, not only on the declared sizes);
* unsafe part names (``..``, absolute paths, drive letters, backslashes, duplicates);
* macros or active content: ``vbaProject.bin``, ``vbaData.xml``, ActiveX, OLE ``.bin``
  embeddings, macro-enabled content types;
* a ``<!DOCTYPE`` or ``<!ENTITY`` in any XML part (no entity tricks);
* a relationship with ``TargetMode="External"`` (remote templates, images, hyperlinks: T1221),
  or one of the types that pull in other documents (attachedTemplate, subDocument, aFChunk,
  frame, oleObject);
* ``w:attachedTemplate`` in the settings;
* field codes that fetch content (INCLUDETEXT, INCLUDEPICTURE, DDE, DDEAUTO, LINK, IMPORT) or a
  HYPERLINK field to anything but a place in the same document (a file, a share, a web address),
  read as Word reads them: the instruction text of one field joined across all its runs;
* embedded objects of any kind (every part under ``word/embeddings/``).

The same checks run again on every **rendered** document (:func:`check_rendered_docx`, with the
output's size limits), since a template can assemble what it does not contain (a field code
built from two strings, raw XML through ``|safe``).

Every refusal is a :class:`~mediation_desk.domain.documents.TemplateSecurityError` ("模板含有不允许
的内容：…") or, for a file that is simply not a DOCX, a ``TemplateInvalid``.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from dataclasses import dataclass

from lxml import etree

from mediation_desk.domain.documents import MAX_DOCUMENT_BYTES, TemplateInvalid, TemplateSecurityError

MAX_TEMPLATE_BYTES = 10 * 1024 * 1024
MAX_ENTRIES = 500
MAX_PART_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 40 * 1024 * 1024
MAX_RATIO = 100  # unpacked : packed, for parts above RATIO_FLOOR
RATIO_FLOOR = 256 * 1024



@dataclass(frozen=True)
class PackageLimits:
    file_bytes: int
    part_bytes: int
    total_bytes: int
    ratio: int | None  # None: no ratio check (a document this program rendered)
    entries: int = MAX_ENTRIES


TEMPLATE_LIMITS = PackageLimits(MAX_TEMPLATE_BYTES, MAX_PART_BYTES, MAX_TOTAL_BYTES, MAX_RATIO)
# A rendered document: at most the renderer's output (MAX_DOCUMENT_BYTES packed, 16 million
# characters of text, which is at most 48 MB of XML in one part).
RENDERED_LIMITS = PackageLimits(MAX_DOCUMENT_BYTES, 64 * 1024 * 1024, 128 * 1024 * 1024, None)

_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FORBIDDEN_REL_TYPES = {
    "attachedTemplate": ("附加模板（attachedTemplate）", "an attached template"),
    "subDocument": ("子文档（subDocument）", "a sub-document"),
    "aFChunk": ("嵌入的外部文档片段（altChunk）", "an altChunk import"),
    "frame": ("框架（frame）", "a frame"),
    "oleObject": ("嵌入的OLE对象", "an OLE object"),
    "control": ("ActiveX控件", "an ActiveX control"),
    "vbaProject": ("宏（VBA）", "a VBA project"),
}
_FORBIDDEN_CONTENT = ("macroenabled", "vbaproject", "activex", "oleobject", "vbadata")
_FIELD_RE = re.compile(r"\b(INCLUDETEXT|INCLUDEPICTURE|DDEAUTO|DDE|LINK|IMPORT)\b", re.IGNORECASE)
_HYPERLINK_RE = re.compile(r"^\s*HYPERLINK\b(.*)$", re.IGNORECASE | re.DOTALL)
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


def _security(zh: str, en: str, detail: str | None = None) -> TemplateSecurityError:
    return TemplateSecurityError(zh, en, detail=detail)


def _not_docx(detail: str = "") -> TemplateInvalid:
    return TemplateInvalid("模板不是有效的Word（DOCX）文件，无法使用。", "The template is not a valid DOCX file.",
                           detail=detail or None)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           dtd_validation=False)


def _check_name(name: str, seen: set[str]) -> None:
    if (not name or name.startswith(("/", "\\")) or "\\" in name or _DRIVE_RE.match(name) or "\x00" in name
            or any(part in ("..", ".") for part in name.split("/"))):
        raise _security(f"压缩包中的文件路径不安全（{name!r}）", f"an unsafe path inside the package ({name!r})")
    key = name.lower()
    if key in seen:
        raise _security(f"压缩包中有重名的文件（{name}）", f"a duplicate part name ({name})")
    seen.add(key)


def _read_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: PackageLimits = TEMPLATE_LIMITS) -> bytes:
    """The part's bytes, reading at most the part limit + 1 whatever the header says."""
    try:
        with zf.open(info) as fh:
            data = fh.read(limits.part_bytes + 1)
    except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _not_docx(f"{info.filename}: {exc}") from None
    if len(data) > limits.part_bytes:
        raise _security(f"模板中的部件过大（{info.filename}超过{limits.part_bytes // (1024 * 1024)} MB）",
                        f"an oversized part ({info.filename})")
    if limits.ratio and len(data) > RATIO_FLOOR and len(data) > limits.ratio * max(info.compress_size, 1):
        raise _security(f"模板中的部件压缩比异常（{info.filename}），疑似压缩炸弹",
                        f"a part with a suspicious compression ratio ({info.filename})")
    return data


def _no_dtd(name: str, data: bytes) -> None:
    head = data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise _not_docx(f"{name}: bad UTF-16") from None
    upper = head.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise _security(f"XML部件含有文档类型或实体声明（{name}）", f"a DOCTYPE or ENTITY declaration ({name})")


def _parse(name: str, data: bytes) -> etree._Element:
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise _not_docx(f"{name}: {exc}") from None


def _check_rels(name: str, root: etree._Element) -> None:
    for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
        rtype = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if (rel.get("TargetMode") or "").lower() == "external":
            raise _security(f"指向外部的链接（{rtype} → {target[:200]}）",
                            f"an external relationship ({rtype} -> {target[:200]})")
        if rtype in _FORBIDDEN_REL_TYPES:
            zh, en = _FORBIDDEN_REL_TYPES[rtype]
            raise _security(zh, en, detail=f"{name}: {target[:200]}")


def field_instructions(root: etree._Element) -> list[str]:
    """Every field's instruction as Word reads it: a simple field's ``w:instr``, and a complex
    field's ``w:instrText`` runs joined from its ``begin`` to its ``separate``/``end`` (nested
    fields each on their own; every single run is listed as well)."""
    fld_char, instr, simple = f"{{{_W_NS}}}fldChar", f"{{{_W_NS}}}instrText", f"{{{_W_NS}}}fldSimple"
    out: list[str] = []
    stack: list[list[str]] = []
    for el in root.iter(fld_char, instr, simple):
        if el.tag == simple:
            out.append(el.get(f"{{{_W_NS}}}instr") or "")
        elif el.tag == instr:
            out.append(el.text or "")
            if stack:
                stack[-1].append(el.text or "")
        else:
            kind = el.get(f"{{{_W_NS}}}fldCharType")
            if kind == "begin":
                stack.append([])
            elif kind in ("separate", "end") and stack:
                out.append("".join(stack[-1]))
                if kind == "end":
                    stack.pop()
                else:
                    stack[-1] = []
    out.extend("".join(parts) for parts in stack)  # a field never closed
    return out


def _outward_hyperlink(text: str) -> bool:
    """A HYPERLINK field that leads out of the document: any target other than ``\\l "bookmark"``."""
    m = _HYPERLINK_RE.match(text)
    if m is None:
        return False
    rest = m.group(1).strip()
    return not rest.startswith("\\l") and bool(rest.strip('" '))


def _check_fields(name: str, root: etree._Element) -> None:
    for text in field_instructions(root):
        if _outward_hyperlink(text):
            raise _security("指向文件或网址的超链接域（HYPERLINK）", "a HYPERLINK field to a file or an address",
                            detail=f"{name}: {text[:200]}")
        m = _FIELD_RE.search(text)
        if m:
            code = m.group(1).upper()
            raise _security(f"引用外部内容的域代码（{code}）", f"a field code that fetches content ({code})",
                            detail=f"{name}: {text[:200]}")


def check_rendered_docx(data: bytes) -> None:
    """The template checks on a rendered document (what Word would open), with the output's limits."""
    try:
        check_docx_template(data, RENDERED_LIMITS)
    except TemplateSecurityError as exc:
        raise TemplateSecurityError(f"{exc.what}（出现在生成的文书中）",
                                    f"{exc.en.removeprefix('The template contains something not allowed: ')} "
                                    "(in the rendered document)", detail=exc.detail) from None


def check_docx_template(data: bytes, limits: PackageLimits = TEMPLATE_LIMITS,
                        found: list[TemplateSecurityError] | None = None) -> None:
    """Raise TemplateSecurityError / TemplateInvalid unless ``data`` is a plain, self-contained DOCX.

    With ``found`` (a list), forbidden *content* (links, fields, macros, embedded objects, an
    attached template) is appended to it and the check goes on, so that every such problem can be
    named at once; a package that is unsafe to read (sizes, part names, DTDs, broken XML) still
    raises at once."""

    def report(exc: TemplateSecurityError) -> None:
        if found is None:
            raise exc
        found.append(exc)
    if len(data) > limits.file_bytes:
        raise _security(f"模板文件过大（超过{limits.file_bytes // (1024 * 1024)} MB）", "the template file is too large")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise _not_docx(str(exc)) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.entries:
            raise _security(f"模板中的部件过多（{len(infos)}个）", f"too many parts ({len(infos)})")
        seen: set[str] = set()
        total = 0
        for info in infos:
            _check_name(info.filename, seen)
            if info.file_size > limits.part_bytes:
                raise _security(f"模板中的部件过大（{info.filename}超过{limits.part_bytes // (1024 * 1024)} MB）",
                                f"an oversized part ({info.filename})")
            total += info.file_size
            lower = info.filename.lower()
            base = posixpath.basename(lower)
            if base in ("vbaproject.bin", "vbadata.xml") or "/activex/" in f"/{lower}" or (
                    "/embeddings/" in f"/{lower}" and base.endswith(".bin")):
                report(_security(f"宏或活动内容（{info.filename}）", f"macros or active content ({info.filename})"))
            elif "/embeddings/" in f"/{lower}" and not info.is_dir():
                report(_security(f"嵌入的对象（{info.filename}）", f"an embedded object ({info.filename})"))
        if total > limits.total_bytes:
            raise _security("模板解压后过大", "the template is too large once unpacked")
        names = {i.filename for i in infos}
        if "[Content_Types].xml" not in names or "word/document.xml" not in names:
            raise _not_docx("no [Content_Types].xml or word/document.xml")
        unpacked = 0
        for info in infos:
            lower = info.filename.lower()
            if not (lower.endswith(".xml") or lower.endswith(".rels")):
                if not info.is_dir():
                    unpacked += len(_read_part(zf, info, limits))
                continue
            data_part = _read_part(zf, info, limits)
            unpacked += len(data_part)
            _no_dtd(info.filename, data_part)
            root = _parse(info.filename, data_part)
            if info.filename == "[Content_Types].xml":
                for el in root.iter():
                    ctype = (el.get("ContentType") or "").lower()
                    if any(bad in ctype for bad in _FORBIDDEN_CONTENT):
                        report(_security(f"宏或活动内容（{el.get('ContentType')}）", "macro-enabled content type"))
                        break
            elif lower.endswith(".rels"):
                try:
                    _check_rels(info.filename, root)
                except TemplateSecurityError as exc:
                    report(exc)
            elif lower == "word/settings.xml":
                if next(root.iter(f"{{{_W_NS}}}attachedTemplate"), None) is not None:
                    report(_security("附加模板（attachedTemplate）", "an attached template (attachedTemplate)"))
            elif lower.startswith("word/"):
                try:
                    _check_fields(info.filename, root)
                except TemplateSecurityError as exc:
                    report(exc)
            if unpacked > limits.total_bytes:
                raise _security("模板解压后过大", "the template is too large once unpacked")
