"""PDF documents drawn with reportlab, in Chinese, with the font embedded.

The only font is the bundled WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``,
TrueType outlines: subfont 0 proportional, subfont 1 mono for hashes), registered as a reportlab
``TTFont`` and embedded as a subset. A font that cannot be registered, or that lacks Chinese
glyphs, is an error (:class:`FontUnavailable`) -- never a silent fallback to a non-embedded
``STSong-Light`` or to black boxes.

Every generator takes plain values (the document context built by
``services.documents.build_case_context`` or a small dict) and returns the PDF's bytes:

* :func:`evidence_list` -- 证据目录 with the SHA-256 of every file; any number of items, the
  table's header repeated on every page, long cells split across pages;
* :func:`case_cover` -- 案件封面 and 卷宗目录;
* :func:`relationship_opinion` -- 劳动关系认定意见表 from a worksheet's assessment;
* :func:`service_receipt` -- 送达回证;
* :func:`typical_case` -- 典型案例 (an anonymised case for publication);
* :func:`backup_recovery_sheet` -- 备份恢复单 (never the passphrase itself).

User text is always escaped before it reaches a ``Paragraph`` (whose mini-markup could otherwise
load images from disk), and wrapped with ``wordWrap="CJK"``.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from mediation_desk.domain.chinese_dates import chinese_date, numeric_date
from mediation_desk.domain.documents import DocumentError
from mediation_desk.resources import resource_path

FONT = "WenQuanYiMicroHei"
MONO = "WenQuanYiMicroHeiMono"
FONT_FILE = ("resources", "fonts", "wqy-microhei.ttc")
_PROBE = "中华人民共和国劳动争议调解仲裁法〔〕第号（）：，。—二〇"

PAGE = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 37 * mm, 35 * mm, 28 * mm, 26 * mm
WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT

_lock = threading.Lock()
_registered: Path | None = None


class FontUnavailable(DocumentError):
    """The bundled Chinese font could not be loaded: no PDF is made rather than one with boxes."""


def font_path() -> Path:
    return resource_path(*FONT_FILE)


def register_fonts(path: Path | None = None) -> tuple[str, str]:
    """Register the proportional and the mono face (once per process); their reportlab names.

    Raises :class:`FontUnavailable` if the file is missing, is not a TrueType-outline font, or
    lacks the Chinese characters of official documents.
    """
    global _registered
    path = Path(path or font_path())
    with _lock:
        if _registered is not None:
            return FONT, MONO
        try:
            regular = TTFont(FONT, str(path), subfontIndex=0)
            mono = TTFont(MONO, str(path), subfontIndex=1)
        except Exception as exc:  # noqa: BLE001 - reportlab raises TTFError, OSError, ...
            raise FontUnavailable(f"无法加载中文字体（{path.name}），不能生成PDF。请重新安装本程序。",
                                  f"Cannot load the Chinese font {path}; no PDF can be made.",
                                  detail=f"{type(exc).__name__}: {exc}") from None
        lacking = [ch for ch in _PROBE if ord(ch) not in regular.face.charToGlyph]
        if lacking:
            raise FontUnavailable(f"中文字体缺少字形（{''.join(lacking)}），不能生成PDF。",
                                  "The Chinese font lacks glyphs; no PDF can be made.")
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(mono)
        for name in (FONT, MONO):
            if not isinstance(pdfmetrics.getFont(name), TTFont):
                raise FontUnavailable("中文字体注册失败，不能生成PDF。", "The Chinese font did not register.")
        _registered = path
    return FONT, MONO


def missing_glyphs(text: str) -> str:
    """The characters of ``text`` the registered font has no glyph for (whitespace ignored)."""
    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    return "".join(sorted({ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph}))


# --------------------------------------------------------------------------- styles and helpers


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=20, wordWrap="CJK", alignment=TA_LEFT)
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=20, leading=30, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=14, leading=22, alignment=TA_CENTER),
        "number": ParagraphStyle("number", parent=base, fontSize=12, alignment=TA_RIGHT, spaceAfter=10),
        "body": ParagraphStyle("bodyp", parent=base, firstLineIndent=24),
        "plain": base,
        "heading": ParagraphStyle("heading", parent=base, fontSize=13, leading=22, spaceBefore=8,
                                  textColor=colors.HexColor("#1a1a1a")),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12.5),
        "cell_center": ParagraphStyle("cellc", parent=base, fontSize=9, leading=12.5, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=base, fontSize=9.5, leading=12.5, alignment=TA_CENTER),
        "label": ParagraphStyle("label", parent=base, fontSize=10.5, leading=15, alignment=TA_CENTER),
        "value": ParagraphStyle("value", parent=base, fontSize=10.5, leading=15),
        "hash": ParagraphStyle("hash", parent=base, fontName=MONO, fontSize=6.6, leading=8.2, wordWrap=None),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=13),
        "cover_org": ParagraphStyle("cover_org", parent=base, fontSize=18, leading=28, alignment=TA_CENTER),
        "cover_title": ParagraphStyle("cover_title", parent=base, fontSize=36, leading=48, alignment=TA_CENTER),
    }


def esc(value: Any) -> str:
    """Text for a Paragraph: markup escaped, line breaks kept."""
    if value is None:
        return ""
    text = escape(str(value), {'"': "&quot;"})
    # an ideographic space keeps its width (a Paragraph would collapse it): four no-break spaces
    return text.replace("\r\n", "\n").replace("\n", "<br/>").replace("\u3000", "\xa0" * 4)


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text), style)


def _get(data: Mapping[str, Any], dotted: str, default: Any = "") -> Any:
    value: Any = data
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return default
        value = value[part]
    return default if value is None else value


def _names(people: Iterable[Mapping[str, Any]]) -> str:
    return "、".join(str(p.get("name", "")) for p in people if p.get("name"))


def _cn_date(value: Any) -> str:
    return chinese_date(value) if value else ""


def _ymd(value: Any) -> str:
    return numeric_date(value) if value else ""


def _hash_text(sha256: str) -> str:
    sha = str(sha256 or "")
    return "<br/>".join(escape(sha[i:i + 16]) for i in range(0, len(sha), 16))


def _size_text(size: Any) -> str:
    try:
        n = int(size)
    except (TypeError, ValueError):
        return ""
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


_GRID = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else the table sets (and references) Helvetica
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _pad(points: float, start: tuple[int, int] = (0, 0)) -> list[tuple]:
    return [("TOPPADDING", start, (-1, -1), points), ("BOTTOMPADDING", start, (-1, -1), points)]


MAX_ROW_HEIGHT = 220  # points: a longer row is cut into continuation rows (about a third of a page)
_CELL_PAD = 6  # left + right padding of a cell


def _fragments(cell: Any, width: float, max_height: float) -> list[Any]:
    """A cell as pieces no taller than ``max_height`` (a Paragraph split at line boundaries)."""
    if not isinstance(cell, Paragraph):
        return [cell]
    pieces: list[Any] = []
    rest = cell
    while True:
        _, height = rest.wrap(width, max_height)
        if height <= max_height:
            pieces.append(rest)
            return pieces
        parts = rest.split(width, max_height)
        if len(parts) < 2:  # cannot be split further: keep it whole
            pieces.append(rest)
            return pieces
        pieces.append(parts[0])
        rest = parts[1]


def _split_long_rows(rows: list[list[Any]], widths: Sequence[float], header_rows: int,
                     style: ParagraphStyle) -> list[list[Any]]:
    """Rows taller than MAX_ROW_HEIGHT become a row and continuation rows (first cell "（续）"), so a
    table only ever breaks between rows: no row is cut at the foot of a page, no header is repeated
    in the middle of a page."""
    out = rows[:header_rows]
    for row in rows[header_rows:]:
        pieces = [_fragments(cell, w - _CELL_PAD, MAX_ROW_HEIGHT) for cell, w in zip(row, widths)]
        count = max(len(p) for p in pieces)
        if count == 1:
            out.append(row)
            continue
        for i in range(count):
            new_row = [p[i] if i < len(p) else "" for p in pieces]
            if i and len(pieces[0]) == 1:
                new_row[0] = Paragraph("（续）", style)
            out.append(new_row)
    return out


def _table(rows: list[list[Any]], widths: Sequence[float], *, header_rows: int = 0,
           extra: Sequence[tuple] = ()) -> Table:
    style = list(_GRID)
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8e8e8")))
    style.extend(extra)
    if not any(cmd[0] == "SPAN" for cmd in extra):
        rows = _split_long_rows(rows, widths, header_rows, _styles()["cell_center"])
    return Table(rows, colWidths=list(widths), repeatRows=header_rows, splitByRow=1, splitInRow=0,
                 style=TableStyle(style), hAlign="CENTER")


class _Doc(BaseDocTemplate):
    """A4, GB/T 9704 margins, the organisation's name in the header, "— n —" in the footer."""

    def __init__(self, buf: io.BytesIO, *, title: str, org_name: str, right_header: str = "",
                 author: str = "") -> None:
        super().__init__(buf, pagesize=PAGE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=author or org_name,
                         subject=title, creator="mediation-desk", invariant=1,
                         initialFontName=FONT, initialFontSize=12)  # no stray, unembedded Helvetica
        self.org_name = org_name
        self.right_header = right_header
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas, doc) -> None:  # noqa: ANN001
        canvas.saveState()
        top = PAGE[1] - MARGIN_TOP + 12 * mm
        canvas.setFont(FONT, 9)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(MARGIN_LEFT, top, self.org_name)
        if self.right_header:
            canvas.drawRightString(PAGE[0] - MARGIN_RIGHT, top, self.right_header)
        canvas.setStrokeColor(colors.HexColor("#888888"))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top - 2.5 * mm, PAGE[0] - MARGIN_RIGHT, top - 2.5 * mm)
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, 12)
        canvas.drawCentredString(PAGE[0] / 2, MARGIN_BOTTOM - 14 * mm, f"— {doc.page} —")
        canvas.restoreState()


def _build(story: list, *, title: str, org_name: str, right_header: str = "") -> bytes:
    register_fonts()
    buf = io.BytesIO()
    doc = _Doc(buf, title=title, org_name=org_name, right_header=right_header)
    doc.build(story)
    return buf.getvalue()


def _heading(story: list, s: dict[str, ParagraphStyle], title: str, number: str = "") -> None:
    story.append(_p(title, s["title"]))
    if number:
        story.append(_p(number, s["number"]))
    else:
        story.append(Spacer(1, 8))


def _seal(s: dict[str, ParagraphStyle], org_name: str, when: Any, signers: Sequence[str] = ()) -> KeepTogether:
    """The closing block: signatures, the organisation (盖章) and the date in Chinese."""
    parts: list = [Spacer(1, 14)]
    for signer in signers:
        parts.append(_p(signer, s["right"]))
    parts.append(Spacer(1, 10))
    parts.append(_p(f"{org_name}（盖章）", s["right"]))
    if when:
        parts.append(_p(_cn_date(when), s["right"]))
    return KeepTogether(parts)


# --------------------------------------------------------------------------- 证据目录


def evidence_list(ctx: Mapping[str, Any]) -> bytes:
    """证据目录: ``ctx["evidence"]`` items with number, title, type_label, source, provided_by,
    purpose, original_seen, size, sha256 (as in the case context)."""
    s = _styles()
    org = _get(ctx, "org.name")
    number = _get(ctx, "doc_number") or _get(ctx, "case.number")
    story: list = []
    _heading(story, s, "证 据 目 录", number)
    story.append(_p(f"案号：{_get(ctx, 'case.number')}", s["plain"]))
    story.append(_p(f"申请人：{_names(_get(ctx, 'applicants', []))}", s["plain"]))
    story.append(_p(f"被申请人：{_names(_get(ctx, 'respondents', []))}", s["plain"]))
    submitter = _get(ctx, "submitted_by")
    if submitter:
        story.append(_p(f"提交人：{submitter}", s["plain"]))
    story.append(Spacer(1, 6))
    head = ["序号", "证据名称", "种类", "来源／提供人", "证明目的", "原件", "SHA-256"]
    rows: list[list[Any]] = [[_p(h, s["head"]) for h in head]]
    items = list(_get(ctx, "evidence", []))
    for item in items:
        source = "／".join(x for x in (str(item.get("source") or ""), str(item.get("provided_by") or "")) if x)
        size = _size_text(item.get("size"))
        name = esc(item.get("title", ""))
        if item.get("filename"):
            name += f"<br/><font size=7.5 color='#555555'>{esc(item.get('filename'))}{'，' + size if size else ''}</font>"
        rows.append([
            _p(item.get("label") or f"证据{item.get('number', '')}", s["cell_center"]),
            Paragraph(name, s["cell"]),
            _p(item.get("type_label", ""), s["cell_center"]),
            _p(source, s["cell"]),
            _p(item.get("purpose", ""), s["cell"]),
            _p("已核对" if item.get("original_seen") else "未核对", s["cell_center"]),
            Paragraph(_hash_text(item.get("sha256", "")), s["hash"]),
        ])
    if not items:
        rows.append([_p("（本案尚未登记证据）", s["cell_center"]), "", "", "", "", "", ""])
    widths = [13 * mm, 30 * mm, 15 * mm, 22 * mm, 37 * mm, 11 * mm, 28 * mm]
    extra = [("SPAN", (0, 1), (-1, 1))] if not items else []
    story.append(_table(rows, widths, header_rows=1, extra=extra))
    story.append(Spacer(1, 8))
    story.append(_p(f"共{len(items)}项证据。SHA-256为证据文件登记入库时计算的哈希值，可用于核对文件是否被改动。",
                    s["small"]))
    story.append(_seal(s, org, _get(ctx, "document_date"), ["提交人（签名）：＿＿＿＿＿＿＿＿",
                                                             "接收人（签名）：＿＿＿＿＿＿＿＿"]))
    return _build(story, title="证据目录", org_name=org, right_header=_get(ctx, "case.number"))


# --------------------------------------------------------------------------- 案件封面和卷宗目录


def case_cover(ctx: Mapping[str, Any]) -> bytes:
    """案件封面 (page 1) and 卷宗目录 (``ctx["file_items"]``: title, number, date, pages, note)."""
    s = _styles()
    org = _get(ctx, "org.name")
    case = _get(ctx, "case", {})
    story: list = [Spacer(1, 30 * mm), _p(org, s["cover_org"]), Spacer(1, 12 * mm), _p("案    卷", s["cover_title"]),
                   Spacer(1, 18 * mm)]
    claims = "、".join(dict.fromkeys(str(c.get("kind_label", "")) for c in _get(ctx, "claims", []) if c.get("kind_label")))
    rows = [
        ("案　　号", case.get("number", "")),
        ("案　　由", _get(ctx, "case_cause") or (f"劳动争议（{claims}）" if claims else "劳动争议")),
        ("申 请 人", _names(_get(ctx, "applicants", []))),
        ("被申请人", _names(_get(ctx, "respondents", []))),
        ("收案日期", _ymd(case.get("received_on"))),
        ("结案日期", _ymd(_get(ctx, "closed_on"))),
        ("结案方式", _get(ctx, "closing_method")),
        ("承 办 人", _get(ctx, "handler")),
        ("归档日期", _ymd(_get(ctx, "archived_on"))),
        ("保管期限", _get(ctx, "retention")),
    ]
    table_rows = [[_p(k, s["label"]), _p(v, s["value"])] for k, v in rows]
    story.append(_table(table_rows, [30 * mm, WIDTH - 40 * mm], extra=_pad(6)))
    story.append(PageBreak())
    _heading(story, s, "卷 宗 目 录", case.get("number", ""))
    head = ["序号", "文书材料名称", "文号", "日期", "页次", "备注"]
    trows: list[list[Any]] = [[_p(h, s["head"]) for h in head]]
    items = list(_get(ctx, "file_items", []))
    for i, item in enumerate(items, start=1):
        trows.append([_p(i, s["cell_center"]), _p(item.get("title", ""), s["cell"]), _p(item.get("number", ""), s["cell"]),
                      _p(_ymd(item.get("date")), s["cell_center"]), _p(item.get("pages", ""), s["cell_center"]),
                      _p(item.get("note", ""), s["cell"])])
    for _ in range(max(0, 12 - len(items))):  # blank lines for documents added by hand
        trows.append(["", "", "", "", "", ""])
    story.append(_table(trows, [12 * mm, 52 * mm, 38 * mm, 24 * mm, 12 * mm, 18 * mm], header_rows=1,
                        extra=[("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white])]))
    story.append(Spacer(1, 8))
    story.append(_p(f"立卷人：{_get(ctx, 'filed_by') or '＿＿＿＿＿＿'}　　检查人：＿＿＿＿＿＿　　"
                    f"立卷日期：{_ymd(_get(ctx, 'archived_on')) or '＿＿＿＿年＿＿月＿＿日'}", s["small"]))
    return _build(story, title="案件封面和卷宗目录", org_name=org, right_header=case.get("number", ""))


# --------------------------------------------------------------------------- 劳动关系认定意见表


def relationship_opinion(ctx: Mapping[str, Any]) -> bytes:
    """劳动关系认定意见表 from ``ctx["opinion"]`` (see ``services.documents.relationship_opinion_context``):
    enterprises, factors (label, answer, evidence, note), score, confidence, category, reasons,
    warnings, route, decision, final category, reason, signatures."""
    s = _styles()
    org = _get(ctx, "org.name")
    op: Mapping[str, Any] = _get(ctx, "opinion", {})
    story: list = []
    _heading(story, s, "劳动关系认定意见表", _get(ctx, "doc_number") or _get(ctx, "case.number"))
    info = [
        [_p("案号", s["label"]), _p(_get(ctx, "case.number"), s["value"]),
         _p("申请人", s["label"]), _p(_names(_get(ctx, "applicants", [])), s["value"])],
        [_p("涉及企业", s["label"]), _p("；".join(op.get("enterprises", []) or [_names(_get(ctx, "respondents", []))]),
                                       s["value"]), "", ""],
        [_p("平台", s["label"]), _p(_get(ctx, "case.platform"), s["value"]),
         _p("行业", s["label"]), _p(_get(ctx, "case.industry_label"), s["value"])],
    ]
    story.append(_table(info, [22 * mm, 56 * mm, 22 * mm, WIDTH - 100 * mm],
                        extra=[("SPAN", (1, 1), (3, 1))]))
    story.append(Spacer(1, 6))
    story.append(_p("一、用工事实（指导性案例237号所列因素）", s["heading"]))
    story.append(_p("下表只记载经办人记录的事实和关联的证据；“回答”是经办人对该因素的判断，未记录事实或未关联证据的，如实注明。",
                    s["small"]))
    rows: list[list[Any]] = [[_p(h, s["head"]) for h in ("序号", "考量因素", "回答", "依据证据", "记录的事实")]]
    for i, f in enumerate(op.get("factors", []), start=1):
        answer = f.get("answer", "") or ""
        evidence = f.get("evidence_text") if "evidence_text" in f else "、".join(f.get("evidence", []) or [])
        fact = f.get("fact_text") if "fact_text" in f else f.get("note", "")
        rows.append([_p(i, s["cell_center"]), _p(f.get("label", ""), s["cell"]), _p(answer or "未查明", s["cell"]),
                     _p(evidence or "", s["cell"]), _p(fact or "", s["cell"])])
    story.append(_table(rows, [10 * mm, 38 * mm, 24 * mm, 36 * mm, WIDTH - 108 * mm], header_rows=1))
    if op.get("unsupported_note"):
        story.append(_p(op["unsupported_note"], s["plain"]))
    story.append(Spacer(1, 4))
    score = op.get("score")
    story.append(_p(f"综合评分：{score if score not in (None, '') else '—'}　　可信程度：{op.get('confidence', '') or '—'}",
                    s["plain"]))
    story.append(_p("二、分析理由", s["heading"]))
    for i, reason in enumerate(op.get("reasons", []), start=1):
        story.append(_p(f"{i}. {reason}", s["plain"]))
    warnings = op.get("warnings", [])
    if warnings:
        story.append(_p("三、风险提示", s["heading"]))
        for i, w in enumerate(warnings, start=1):
            story.append(_p(f"{i}. {w}", s["plain"]))
    if op.get("minimum_wage"):
        story.append(_p(f"{op['minimum_wage']}。{op.get('minimum_wage_warning') or ''}", s["plain"]))
    story.append(CondPageBreak(60 * mm))
    story.append(_p(("四" if warnings else "三") + "、认定意见", s["heading"]))
    rows = [
        [_p("建议结论", s["label"]), _p(op.get("category", ""), s["value"])],
        [_p("处理途径", s["label"]), _p(op.get("route", ""), s["value"])],
        [_p("审核决定", s["label"]), _p(op.get("decision", ""), s["value"])],
        [_p("最终认定", s["label"]), _p(op.get("final_category", "") or op.get("category", ""), s["value"])],
        [_p("决定理由", s["label"]), _p(op.get("decision_reason", "") or "—", s["value"])],
    ]
    story.append(_table(rows, [28 * mm, WIDTH - 28 * mm]))
    story.append(Spacer(1, 6))
    sig_rows = [[_p(h, s["head"]) for h in ("职责", "姓名", "签名", "日期")]]
    for sig in op.get("signatures", []) or [{"role": "经办人"}, {"role": "审核人"}]:
        sig_rows.append([_p(sig.get("role", ""), s["cell_center"]), _p(sig.get("name", ""), s["cell_center"]), "",
                         _p(_ymd(sig.get("date")), s["cell_center"])])
    story.append(KeepTogether([_table(sig_rows, [30 * mm, 40 * mm, 50 * mm, WIDTH - 120 * mm], header_rows=1,
                                      extra=_pad(9, (0, 1)))]))
    story.append(Spacer(1, 4))
    cited = list(op.get("cited_documents") or [])
    if cited:
        story.append(_p("本表引用的文件：", s["small"]))
        for i, d in enumerate(cited, start=1):
            story.append(_p(f"{i}. {d}", s["small"]))
    story.append(_p("本表为调解组织内部工作意见，不是对劳动关系的法律认定；最终以仲裁委员会或人民法院的认定为准。", s["small"]))
    story.append(_seal(s, org, _get(ctx, "document_date")))
    return _build(story, title="劳动关系认定意见表", org_name=org, right_header=_get(ctx, "case.number"))


# --------------------------------------------------------------------------- 送达回证


def service_receipt(ctx: Mapping[str, Any]) -> bytes:
    """送达回证: ``served_documents`` (title, number, copies), ``recipient``, ``service_address``,
    ``service_method``, ``server`` (送达人), ``witness``, ``note``."""
    s = _styles()
    org = _get(ctx, "org.name")
    story: list = []
    _heading(story, s, "送 达 回 证", _get(ctx, "doc_number") or _get(ctx, "case.number"))
    docs = _get(ctx, "served_documents", [])
    doc_text = "<br/>".join(
        f"{esc(d.get('title', ''))}{('（' + esc(d.get('number')) + '）') if d.get('number') else ''}"
        f"　{esc(d.get('copies') or 1)}份" for d in docs) or "＿＿＿＿"
    L, V = s["label"], s["value"]
    rows = [
        [_p("送达机关", L), _p(org, V)],
        [_p("案　　号", L), _p(_get(ctx, "case.number"), V)],
        [_p("案　　由", L), _p(_get(ctx, "case_cause") or "劳动争议", V)],
        [_p("当 事 人", L), Paragraph(f"申请人：{esc(_names(_get(ctx, 'applicants', [])))}<br/>"
                                      f"被申请人：{esc(_names(_get(ctx, 'respondents', [])))}", V)],
        [_p("送达文书名称及件数", L), Paragraph(doc_text, V)],
        [_p("受送达人", L), _p(_get(ctx, "recipient"), V)],
        [_p("送达地址", L), _p(_get(ctx, "service_address"), V)],
        [_p("送达方式", L), _p(_get(ctx, "service_method"), V)],
        [_p("受送达人签名或盖章", L), Paragraph("<br/><br/><br/>" + esc("　" * 14 + "年　　月　　日"), V)],
        [_p("代收人及代收理由", L), Paragraph("<br/><br/>" + esc("　" * 14 + "年　　月　　日"), V)],
        [_p("送达人", L), _p(_get(ctx, "server"), V)],
        [_p("见证人", L), _p(_get(ctx, "witness"), V)],
        [_p("备　　注", L), _p(_get(ctx, "note"), V)],
    ]
    story.append(_table(rows, [40 * mm, WIDTH - 40 * mm], extra=_pad(7)))
    story.append(Spacer(1, 6))
    story.append(_p("注：受送达人拒绝签收的，送达人应当在本回证上记明拒收事由和日期，由送达人、见证人签名或者盖章。",
                    s["small"]))
    story.append(_seal(s, org, _get(ctx, "document_date")))
    return _build(story, title="送达回证", org_name=org, right_header=_get(ctx, "case.number"))


# --------------------------------------------------------------------------- 备份恢复单

BACKUP_SHEET_FIELDS = ("org_name", "book_id", "key_id", "backup_file", "backup_sha256", "backup_size", "created_at",
                       "case_count", "backup_location", "passphrase_location", "keeper", "made_by",
                       "audit_head_id", "audit_head_hash")


def backup_recovery_sheet(data: Mapping[str, Any]) -> bytes:
    """备份恢复单: the facts needed to restore a backup, and WHERE the passphrase is kept -- never
    the passphrase. Only the keys of :data:`BACKUP_SHEET_FIELDS` are accepted."""
    unknown = sorted(set(data) - set(BACKUP_SHEET_FIELDS))
    if unknown:
        raise ValueError(f"backup sheet fields not allowed: {unknown}")
    s = _styles()
    org = str(data.get("org_name") or "")
    story: list = []
    _heading(story, s, "案件库备份恢复单")
    L, V = s["label"], s["value"]
    mono = ParagraphStyle("mono", parent=V, fontName=MONO, fontSize=9, leading=13, wordWrap=None)
    sha = str(data.get("backup_sha256") or "")
    head = str(data.get("audit_head_hash") or "")
    rows = [
        [_p("单　　位", L), _p(org, V)],
        [_p("案件库标识", L), Paragraph(esc(data.get("book_id", "")), mono)],
        [_p("主密钥编号", L), Paragraph(esc(data.get("key_id", "")), mono)],
        [_p("备份文件", L), _p(data.get("backup_file", ""), V)],
        [_p("备份文件SHA-256", L), Paragraph(escape(sha[:32]) + "<br/>" + escape(sha[32:]), mono)],
        [_p("备份大小", L), _p(_size_text(data.get("backup_size")), V)],
        [_p("备份时间", L), _p(_ymd(data.get("created_at")) + ("　" + str(data.get("created_at"))[11:16]
                                                             if len(str(data.get("created_at") or "")) > 15 else ""), V)],
        [_p("案件数", L), _p(data.get("case_count", ""), V)],
        [_p("审计链头", L), [_p(f"审计记录第{data.get('audit_head_id')}条" if data.get("audit_head_id") else "—", V),
                            Paragraph(escape(head), ParagraphStyle("mono8", parent=mono, fontSize=7.5, leading=10))]],
        [_p("备份存放位置", L), _p(data.get("backup_location", ""), V)],
        [_p("口令保管位置", L), _p(data.get("passphrase_location", ""), V)],
        [_p("口令保管人", L), _p(data.get("keeper", ""), V)],
    ]
    story.append(_table(rows, [36 * mm, WIDTH - 36 * mm], extra=_pad(6)))
    story.append(Spacer(1, 8))
    story.append(_p("恢复步骤", s["heading"]))
    steps = [
        "在安装了本程序的电脑上选择“从备份恢复”，选中上表所列的备份文件。",
        "程序先核对备份文件的SHA-256与上表一致，再核对案件库标识。",
        "输入案件库口令（按上表所列位置取得，由口令保管人到场输入）。",
        "恢复完成后运行“检查案件库”，确认数据库和证据文件均完好。",
        "核对审计记录：运行“verify --against 备份文件”，或对照上表“审计链头”。",
    ]
    for i, step in enumerate(steps, start=1):
        story.append(_p(f"{i}. {step}", s["plain"]))
    story.append(Spacer(1, 6))
    story.append(_p("本单不记载口令本身。请将本单与备份介质分开存放；口令遗失则备份无法恢复。", s["plain"]))
    story.append(Spacer(1, 12))
    story.append(_p(f"制单人：{data.get('made_by') or '＿＿＿＿＿＿'}　　口令保管人（签名）：＿＿＿＿＿＿", s["right"]))
    story.append(_p(_cn_date(data.get("created_at")) if data.get("created_at") else "", s["right"]))
    return _build(story, title="案件库备份恢复单", org_name=org)


def plain_text(title: str, paragraphs: Iterable[str], *, org_name: str = "") -> bytes:
    """A simple document: the title and paragraphs of running text (notices, legal extracts)."""
    s = _styles()
    story: list = []
    _heading(story, s, title)
    story.extend(_p(text, s["body"]) for text in paragraphs)
    return _build(story, title=title, org_name=org_name)


# --------------------------------------------------------------------------- 典型案例


def typical_case(ctx: Mapping[str, Any]) -> bytes:
    """典型案例: ``case_title`` and ``paragraphs`` (``text``, ``heading``: a part's title) as the
    person approved them, ``note``, the organisation and the date. No case number or name of a
    party appears anywhere, not in the header either."""
    s = _styles()
    org = _get(ctx, "org.name")
    story: list = []
    _heading(story, s, "典 型 案 例", _get(ctx, "doc_number"))
    if _get(ctx, "case_title"):
        story.append(_p(_get(ctx, "case_title"), s["subtitle"]))
        story.append(Spacer(1, 8))
    for para in _get(ctx, "paragraphs", []):
        if para.get("heading"):
            story.append(CondPageBreak(30 * mm))
            story.append(_p(para.get("text", ""), s["heading"]))
        else:
            story.append(_p(para.get("text", ""), s["body"]))
    if _get(ctx, "note"):
        story.append(Spacer(1, 6))
        story.append(_p(_get(ctx, "note"), s["small"]))
    story.append(_seal(s, org, _get(ctx, "document_date")))
    return _build(story, title="典型案例", org_name=org)


GENERATORS: dict[str, Callable[[Mapping[str, Any]], bytes]] = {
    "evidence_list": evidence_list,
    "case_cover": case_cover,
    "relationship_opinion": relationship_opinion,
    "service_receipt": service_receipt,
    "typical_case": typical_case,
}
