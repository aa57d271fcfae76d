"""A PDF rendition of a DOCX the program made (from a built-in or an organisation's own template).

Courts file the PDF as the document of record; offices have no word processor to convert with, so
the conversion is done here: the DOCX is read with python-docx and drawn with reportlab in the
bundled Chinese font (``documents.pdf.register_fonts``), embedded as a subset.

What is kept: every paragraph in document order with its style's and its own alignment, indents
(in points or in characters), spacing before and after, line spacing (exact, at least or multiple),
font size, bold, italic and underline of each run; line breaks, tabs and page breaks
(``w:br w:type="page"``, ``pageBreakBefore``); tables with the column widths of their grid, merged
cells (``gridSpan``, ``vMerge``), borders, vertical alignment, header rows repeated on every page
and nested tables; inline pictures (a seal) at their size, shrunk to the page; the section's
margins and its header and footer text with the PAGE / NUMPAGES fields (odd, even and first-page
variants). The page is A4 whatever the DOCX says, the paper a court files.

What is not: the typefaces themselves (one Chinese face for every run; bold is drawn the same),
colours, shading, floating shapes and text boxes (their text is still printed, in place),
footnotes, columns. Nothing is left out of the text: a row taller than a page is cut into
continuation rows, a word longer than a line wraps.

The DOCX may come from an organisation's own template, so the engine runs this in the same
sandboxed worker process as the rendering (``render_worker``, op ``pdf``): time and memory
limits, nothing of the desk's world.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus.paragraph import FragLine
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, Image, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from mediation_desk.documents.pdf import FONT, esc, register_fonts
from mediation_desk.domain.documents import DocumentError, RenderLimitExceeded

MAX_INPUT_BYTES = 16 * 1024 * 1024
MAX_PAGES = 2000
EMU_PER_PT = 12700
DEFAULT_SIZE = 10.5  # points, when neither the run, its styles nor the document's defaults name one
MIN_MARGIN, MAX_MARGIN = 8 * mm, 60 * mm
DEFAULT_MARGINS = (37 * mm, 26 * mm, 35 * mm, 28 * mm)  # top, right, bottom, left (GB/T 9704)
MAX_ROW_HEIGHT = 400  # points: a taller row is cut into continuation rows
TAB = "\xa0" * 4
_ALIGN = {"center": TA_CENTER, "right": TA_RIGHT, "end": TA_RIGHT, "both": TA_JUSTIFY, "distribute": TA_JUSTIFY,
          "left": TA_LEFT, "start": TA_LEFT}
_NO_BORDER = {"nil", "none"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_EXTENT = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"
_TEXTBOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


class _Para(Paragraph):
    """A Paragraph whose second half after a page split draws: reportlab 5 gives a one-fragment paragraph
    split in CJK wrapping the lines of the general case but marks them as the simple case."""

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab's name
        lines = super().breakLines(width)
        if getattr(lines, "kind", 1) == 0 and lines.lines and isinstance(lines.lines[0], FragLine):
            lines.kind = 1
        return lines

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802 - reportlab's name
        lines = super().breakLinesCJK(maxWidths)
        if getattr(lines, "kind", 1) == 0 and lines.lines and isinstance(lines.lines[0], FragLine):
            lines.kind = 1
        return lines


class DocxUnreadable(DocumentError):
    """The DOCX could not be read as a document."""


def _twips(el: Any, attr: str) -> float | None:
    """A measure in twentieths of a point, as points."""
    if el is None:
        return None
    raw = el.get(qn(attr))
    if raw is None:
        return None
    try:
        return float(raw) / 20
    except ValueError:
        return None


def _int(el: Any, attr: str) -> int | None:
    raw = el.get(qn(attr)) if el is not None else None
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def _on(el: Any) -> bool | None:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``); None when absent."""
    if el is None:
        return None
    return el.get(qn("w:val"), "true") not in ("0", "false", "off", "none")


class _Styles:
    """The document's styles and defaults: a property is looked up on the element, then up its style chain."""

    def __init__(self, document: Any) -> None:
        self.by_id: dict[str, Any] = {}
        root = document.styles.element
        for s in root.findall(qn("w:style")):
            sid = s.get(qn("w:styleId"))
            if sid:
                self.by_id[sid] = s
        defaults = root.find(qn("w:docDefaults"))
        self.default_ppr = defaults.find(f"{W}pPrDefault/{W}pPr") if defaults is not None else None
        self.default_rpr = defaults.find(f"{W}rPrDefault/{W}rPr") if defaults is not None else None
        self.default_para = next((sid for sid, s in self.by_id.items() if s.get(qn("w:type")) == "paragraph"
                                  and s.get(qn("w:default")) in ("1", "true", "on")), None)

    def chain(self, style_id: str | None) -> list[Any]:
        out: list[Any] = []
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen and len(out) < 20:
            seen.add(style_id)
            style = self.by_id[style_id]
            out.append(style)
            based = style.find(qn("w:basedOn"))
            style_id = based.get(qn("w:val")) if based is not None else None
        return out

    def ppr_chain(self, p: Any) -> list[Any]:
        ppr = p.find(qn("w:pPr"))
        sid = self.default_para
        if ppr is not None and ppr.find(qn("w:pStyle")) is not None:
            sid = ppr.find(qn("w:pStyle")).get(qn("w:val"))
        chain = [ppr] + [s.find(qn("w:pPr")) for s in self.chain(sid)] + [self.default_ppr]
        return [x for x in chain if x is not None]

    def rpr_chain(self, r: Any, p: Any) -> list[Any]:
        rpr = r.find(qn("w:rPr"))
        out = [rpr]
        if rpr is not None and rpr.find(qn("w:rStyle")) is not None:
            out += [s.find(qn("w:rPr")) for s in self.chain(rpr.find(qn("w:rStyle")).get(qn("w:val")))]
        ppr = p.find(qn("w:pPr"))
        sid = self.default_para
        if ppr is not None and ppr.find(qn("w:pStyle")) is not None:
            sid = ppr.find(qn("w:pStyle")).get(qn("w:val"))
        out += [s.find(qn("w:rPr")) for s in self.chain(sid)]
        out.append(self.default_rpr)
        return [x for x in out if x is not None]


def _first(chain: Sequence[Any], tag: str) -> Any:
    for el in chain:
        found = el.find(qn(tag))
        if found is not None:
            return found
    return None


def _attr(chain: Sequence[Any], tag: str, attr: str) -> Any:
    """The first value of ``attr`` on a ``tag`` element along the chain (attributes are inherited one by one)."""
    for el in chain:
        found = el.find(qn(tag))
        if found is not None and found.get(qn(attr)) is not None:
            return found
    return None


class _Converter:
    def __init__(self, document: Any, width: float) -> None:
        self.document = document
        self.styles = _Styles(document)
        self.width = width
        self.part = document.part

    # ---- runs

    def _size(self, chain: Sequence[Any]) -> float:
        sz = _first(chain, "w:sz")
        value = _int(sz, "w:val")
        return max(4.0, min(value / 2, 72.0)) if value else DEFAULT_SIZE

    def _run_markup(self, r: Any, p: Any, breaks: list[str]) -> tuple[str, float]:
        """The run's text as Paragraph markup; a page break inside the run splits the paragraph (``breaks``
        collects the pieces before each page break)."""
        chain = self.styles.rpr_chain(r, p)
        size = self._size(chain)
        if _on(_first(chain, "w:vanish")) or _on(_first(chain, "w:specVanish")):
            return "", size
        bold, italic = _on(_first(chain, "w:b")), _on(_first(chain, "w:i"))
        u = _first(chain, "w:u")
        underline = u is not None and u.get(qn("w:val"), "single") not in _NO_BORDER
        caps = _on(_first(chain, "w:caps"))
        pieces: list[str] = []

        def wrap(text: str) -> str:
            if not text:
                return ""
            text = esc(text.upper() if caps else text)
            text = f'<font size="{size:g}">{text}</font>'
            if underline:
                text = f"<u>{text}</u>"
            if italic:
                text = f"<i>{text}</i>"
            if bold:
                text = f"<b>{text}</b>"
            return text

        buf: list[str] = []
        for child in r.iterchildren():
            tag = child.tag
            if tag == qn("w:t"):
                buf.append(child.text or "")
            elif tag == qn("w:tab") or tag == qn("w:ptab"):
                buf.append(TAB)
            elif tag == qn("w:br"):
                if child.get(qn("w:type")) == "page":
                    pieces.append(wrap("".join(buf)))
                    buf = []
                    breaks.append("".join(pieces))
                    pieces = []
                else:
                    pieces.append(wrap("".join(buf)) + "<br/>")
                    buf = []
            elif tag == qn("w:cr"):
                pieces.append(wrap("".join(buf)) + "<br/>")
                buf = []
            elif tag == qn("w:noBreakHyphen"):
                buf.append("\u2011")
            elif tag == qn("w:softHyphen"):
                continue
            elif tag == qn("w:sym"):
                char = child.get(qn("w:char"))
                try:
                    buf.append(chr(int(char, 16)) if char else "")
                except ValueError:
                    pass
        pieces.append(wrap("".join(buf)))
        return "".join(pieces), size

    def _runs(self, p: Any) -> Iterator[Any]:
        """The paragraph's runs in order, through hyperlinks, fields, smart tags and insertions; not deleted
        text, not the runs of text boxes (they come out as paragraphs of their own)."""
        stack = list(reversed(list(p.iterchildren())))
        while stack:
            el = stack.pop()
            tag = el.tag
            if tag == qn("w:r"):
                yield el
            elif tag in (qn("w:pPr"), qn("w:del"), qn("w:moveFrom")):
                continue
            else:
                stack.extend(reversed(list(el.iterchildren())))

    def _images(self, r: Any) -> list[Flowable]:
        out: list[Flowable] = []
        for blip in r.iter(_BLIP):
            rid = blip.get(_EMBED)
            if not rid or rid not in self.part.rels:
                continue
            try:
                blob = self.part.rels[rid].target_part.blob
            except (AttributeError, KeyError, ValueError):
                continue
            extent = next((e for e in r.iter(_EXTENT)), None)
            try:
                w = int(extent.get("cx")) / EMU_PER_PT if extent is not None else 100.0
                h = int(extent.get("cy")) / EMU_PER_PT if extent is not None else 100.0
            except (TypeError, ValueError):
                w = h = 100.0
            if w <= 0 or h <= 0:
                continue
            scale = min(1.0, self.width / w, 600 / h)
            try:
                out.append(Image(io.BytesIO(blob), width=w * scale, height=h * scale, hAlign="CENTER"))
            except Exception:  # noqa: BLE001 - a picture that cannot be read is left out, the text is not
                continue
        return out

    # ---- paragraphs

    def paragraph_style(self, p: Any, first_size: float, width: float) -> ParagraphStyle:
        chain = self.styles.ppr_chain(p)
        jc = _first(chain, "w:jc")
        align = _ALIGN.get(jc.get(qn("w:val"), "left") if jc is not None else "left", TA_LEFT)
        char = first_size

        def ind(name: str, chars: str) -> float:
            el = _attr(chain, "w:ind", chars)
            if el is not None:
                return (_int(el, chars) or 0) / 100 * char
            el = _attr(chain, "w:ind", name)
            return _twips(el, name) or 0.0

        left = ind("w:left", "w:leftChars") or ind("w:start", "w:startChars")
        right = ind("w:right", "w:rightChars") or ind("w:end", "w:endChars")
        first = ind("w:firstLine", "w:firstLineChars") - ind("w:hanging", "w:hangingChars")
        left = max(0.0, min(left, width * 0.6))
        right = max(0.0, min(right, width * 0.6))
        first = max(-left, min(first, width * 0.5))
        before_el = _attr(chain, "w:spacing", "w:before")
        after_el = _attr(chain, "w:spacing", "w:after")
        before = min(_twips(before_el, "w:before") or 0.0, 200.0)
        after = min(_twips(after_el, "w:after") or 0.0, 200.0)
        line_el = _attr(chain, "w:spacing", "w:line")
        leading = first_size * 1.3
        if line_el is not None:
            rule = line_el.get(qn("w:lineRule"), "auto")
            raw = _int(line_el, "w:line") or 240
            if rule == "exact":
                leading = max(raw / 20, first_size * 1.05)  # never let lines overprint
            elif rule == "atLeast":
                leading = max(raw / 20, first_size * 1.3)
            else:
                leading = first_size * 1.3 * max(0.8, min(raw / 240, 5.0))
        return ParagraphStyle("docx", fontName=FONT, fontSize=first_size, leading=leading, alignment=align,
                              leftIndent=left, rightIndent=right, firstLineIndent=first, spaceBefore=before,
                              spaceAfter=after, wordWrap="CJK", allowWidows=1, allowOrphans=1)

    def paragraph(self, p: Any, width: float, *, in_cell: bool = False) -> list[Flowable]:
        out: list[Flowable] = []
        chain = self.styles.ppr_chain(p)
        if not in_cell and _on(_first(chain, "w:pageBreakBefore")):
            out.append(PageBreak())
        breaks: list[str] = []
        markup: list[str] = []
        sizes: list[float] = []
        images: list[Flowable] = []
        boxes: list[Flowable] = []
        for r in self._runs(p):
            pending = len(breaks)
            text, size = self._run_markup(r, p, breaks)
            if len(breaks) > pending:  # a page break: what came before it is a paragraph of its own
                breaks[pending] = "".join(markup) + breaks[pending]
                markup = []
            markup.append(text)
            if text:
                sizes.append(size)
            images += self._images(r)
            for box in r.iter(_TEXTBOX):
                if any(a.tag == _FALLBACK for a in box.iterancestors()):
                    continue  # the same text box again, for programs that cannot read the first
                for inner in box.iterchildren():
                    boxes += self.block(inner, width, in_cell=True)
        if not sizes:
            # an empty paragraph keeps its line, in the size of its mark
            mark = p.find(f"{W}pPr/{W}rPr")
            sizes.append(self._size([mark, *self.styles.rpr_chain(p, p)] if mark is not None
                                    else self.styles.rpr_chain(p, p)))
        style = self.paragraph_style(p, max(sizes[0], 1.0), width)
        for piece in breaks:
            out.append(_Para(piece or "\xa0", style))
            if not in_cell:
                out.append(PageBreak())
        out.append(_Para("".join(markup) or "\xa0", style))
        out += images + boxes
        return out

    # ---- tables

    def table(self, tbl: Any, width: float) -> list[Flowable]:
        grid = [(_twips(g, "w:w") or 0.0) for g in tbl.findall(f"{W}tblGrid/{W}gridCol")]
        rows_xml = [tr for tr in tbl.iterchildren() if tr.tag == qn("w:tr")]
        tbl_pr = tbl.find(qn("w:tblPr"))
        style_id = None
        if tbl_pr is not None and tbl_pr.find(qn("w:tblStyle")) is not None:
            style_id = tbl_pr.find(qn("w:tblStyle")).get(qn("w:val"))
        pr_chain = [x for x in [tbl_pr, *[s.find(qn("w:tblPr")) for s in self.styles.chain(style_id)]]
                    if x is not None]
        # the cells of every row placed on the grid, with their spans
        placed: list[list[tuple[int, int, Any, str | None]]] = []  # (col, span, tc, vmerge)
        columns = len(grid)
        for tr in rows_xml:
            col = 0
            trpr = tr.find(qn("w:trPr"))
            before = _int(trpr.find(qn("w:gridBefore")) if trpr is not None else None, "w:val") or 0
            col += before
            cells = []
            for tc in tr.iterchildren():
                if tc.tag != qn("w:tc"):
                    continue
                tcpr = tc.find(qn("w:tcPr"))
                span = max(1, _int(tcpr.find(qn("w:gridSpan")) if tcpr is not None else None, "w:val") or 1)
                vm = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
                vmerge = None if vm is None else (vm.get(qn("w:val")) or "continue")
                cells.append((col, span, tc, vmerge))
                col += span
            columns = max(columns, col)
            placed.append(cells)
        if columns == 0 or not placed:
            return []
        grid = (grid + [0.0] * columns)[:columns]
        known = sum(g for g in grid if g > 0)
        missing = [i for i, g in enumerate(grid) if g <= 0]
        fill = (max(width - known, 0) / len(missing)) if missing else 0
        grid = [g if g > 0 else max(fill, 20.0) for g in grid]
        total = sum(grid)
        if total > width or total < width * 0.3:
            grid = [g * width / total for g in grid]
        data: list[list[Any]] = [["" for _ in range(columns)] for _ in placed]
        commands: list[tuple] = [("FONTNAME", (0, 0), (-1, -1), FONT),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
        open_merge: dict[int, int] = {}  # column -> row where its vertical merge started
        for ri, cells in enumerate(placed):
            for col, span, tc, vmerge in cells:
                cell_width = sum(grid[col:col + span]) - 6
                if vmerge == "continue" and col in open_merge:
                    start = open_merge[col]
                    commands.append(("SPAN", (col, start), (col + span - 1, ri)))
                    data[ri][col] = ""
                    continue
                open_merge.pop(col, None)
                if vmerge == "restart":
                    open_merge[col] = ri
                content: list[Flowable] = []
                for child in tc.iterchildren():
                    content += self.block(child, max(cell_width, 10.0), in_cell=True)
                data[ri][col] = content
                if span > 1:
                    commands.append(("SPAN", (col, ri), (col + span - 1, ri)))
                tcpr = tc.find(qn("w:tcPr"))
                va = tcpr.find(qn("w:vAlign")) if tcpr is not None else None
                if va is not None:
                    where = {"center": "MIDDLE", "bottom": "BOTTOM"}.get(va.get(qn("w:val"), ""), "TOP")
                    commands.append(("VALIGN", (col, ri), (col + span - 1, ri), where))
        commands += self._borders(pr_chain)
        header_rows = 0
        for tr in rows_xml:
            trpr = tr.find(qn("w:trPr"))
            if trpr is not None and _on(trpr.find(qn("w:tblHeader"))):
                header_rows += 1
            else:
                break
        spans = any(c[0] == "SPAN" for c in commands)
        if not spans:
            data = self._split_tall_rows(data, grid, header_rows)
        table = Table(data, colWidths=grid, repeatRows=header_rows, splitByRow=1, style=TableStyle(commands),
                      hAlign="CENTER")
        return [table]

    def _borders(self, chain: Sequence[Any]) -> list[tuple]:
        borders = _first(chain, "w:tblBorders")
        if borders is None:
            return []
        out: list[tuple] = []
        for edge, command, start, end in (("top", "LINEABOVE", (0, 0), (-1, 0)),
                                          ("bottom", "LINEBELOW", (0, -1), (-1, -1)),
                                          ("left", "LINEBEFORE", (0, 0), (0, -1)),
                                          ("right", "LINEAFTER", (-1, 0), (-1, -1)),
                                          ("start", "LINEBEFORE", (0, 0), (0, -1)),
                                          ("end", "LINEAFTER", (-1, 0), (-1, -1)),
                                          ("insideH", "INNERGRID_H", (0, 0), (-1, -1)),
                                          ("insideV", "INNERGRID_V", (0, 0), (-1, -1))):
            el = borders.find(qn(f"w:{edge}"))
            if el is None or el.get(qn("w:val"), "single") in _NO_BORDER:
                continue
            weight = max(0.25, min((_int(el, "w:sz") or 4) / 8, 3.0))
            if command == "INNERGRID_H":
                out.append(("LINEBELOW", (0, 0), (-1, -2), weight, colors.black))
            elif command == "INNERGRID_V":
                out.append(("LINEAFTER", (0, 0), (-2, -1), weight, colors.black))
            else:
                out.append((command, start, end, weight, colors.black))
        return out

    def _split_tall_rows(self, data: list[list[Any]], widths: Sequence[float], header_rows: int) -> list[list[Any]]:
        """A row taller than MAX_ROW_HEIGHT is cut into continuation rows, so no row is ever taller than a
        page (reportlab would stop with a layout error)."""
        out = data[:header_rows]
        for row in data[header_rows:]:
            pieces = [_cut(cell, w - 6, MAX_ROW_HEIGHT) for cell, w in zip(row, widths)]
            count = max(len(p) for p in pieces)
            out += [[p[i] if i < len(p) else "" for p in pieces] for i in range(count)]
        return out

    # ---- blocks

    def block(self, el: Any, width: float, *, in_cell: bool = False) -> list[Flowable]:
        if el.tag == qn("w:p"):
            return self.paragraph(el, width, in_cell=in_cell)
        if el.tag == qn("w:tbl"):
            return self.table(el, width)
        if el.tag in (qn("w:sdt"), qn("w:customXml"), qn("w:ins"), qn("w:smartTag")):
            content = el.find(qn("w:sdtContent")) if el.tag == qn("w:sdt") else el
            out: list[Flowable] = []
            for child in (content if content is not None else []):
                out += self.block(child, width, in_cell=in_cell)
            return out
        return []


def _cut(cell: Any, width: float, max_height: float) -> list[Any]:
    """A cell's flowables as pieces no taller than ``max_height`` (paragraphs split at line boundaries)."""
    if not isinstance(cell, list):
        return [cell]
    pieces: list[list[Flowable]] = [[]]
    used = 0.0
    queue = list(cell)
    while queue:
        f = queue.pop(0)
        _w, h = f.wrap(width, max_height)
        if used + h <= max_height or (not pieces[-1] and not isinstance(f, Paragraph)):
            pieces[-1].append(f)
            used += h
            continue
        parts = f.split(width, max_height - used) if isinstance(f, Paragraph) else []
        if len(parts) >= 2:
            pieces[-1].append(parts[0])
            queue = list(parts[1:]) + queue
        elif pieces[-1]:
            queue.insert(0, f)
        else:
            pieces[-1].append(f)
        pieces.append([])
        used = 0.0
    return [p for p in pieces if p] or [[]]


def _header_footer(converter: _Converter, part: Any) -> list[list[tuple[str, Any]]]:
    """Each paragraph of a header or footer as [(kind, value)]: ("text", markup) and ("field", "PAGE" /
    "NUMPAGES"), with its style."""
    out = []
    for p in part._element.iter(qn("w:p")):
        pieces: list[tuple[str, Any]] = []
        in_field = False
        instr = ""
        for r in converter._runs(p):
            fld = r.find(qn("w:fldChar"))
            if fld is not None:
                kind = fld.get(qn("w:fldCharType"))
                if kind == "begin":
                    in_field, instr = True, ""
                elif kind == "separate":
                    code = instr.strip().split(" ")[0].upper() if instr.strip() else ""
                    pieces.append(("field", code if code in ("PAGE", "NUMPAGES", "SECTIONPAGES") else ""))
                elif kind == "end":
                    if in_field and instr and not any(k == "field" for k, _v in pieces[-1:]):
                        code = instr.strip().split(" ")[0].upper()
                        pieces.append(("field", code if code in ("PAGE", "NUMPAGES", "SECTIONPAGES") else ""))
                    in_field, instr = False, ""
                continue
            it = r.find(qn("w:instrText"))
            if it is not None:
                instr += it.text or ""
                continue
            if in_field:
                continue  # the field's cached result: drawn from the page itself
            text, _size = converter._run_markup(r, p, [])
            if text:
                pieces.append(("text", text))
        for simple in p.iter(qn("w:fldSimple")):
            code = (simple.get(qn("w:instr")) or "").strip().split(" ")[0].upper()
            if code in ("PAGE", "NUMPAGES"):
                pieces.append(("field", code))
        if pieces:
            out.append([("style", converter.paragraph_style(p, converter._size(converter.styles.rpr_chain(p, p)),
                                                            converter.width)), *pieces])
    return out


class _Pages(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, margins: tuple[float, float, float, float], decorations: dict[str, Any],
                 distances: tuple[float, float], title: str) -> None:
        top, right, bottom, left = margins
        super().__init__(buf, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
                         title=title, creator="mediation-desk", invariant=1, initialFontName=FONT,
                         initialFontSize=12)
        self.decorations = decorations
        self.distances = distances
        self.page_count = 0
        frame = Frame(left, bottom, A4[0] - left - right, A4[1] - top - bottom, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def handle_pageBegin(self) -> None:  # noqa: N802 - reportlab's name
        super().handle_pageBegin()
        if self.page > MAX_PAGES:
            raise RenderLimitExceeded(f"文书超过{MAX_PAGES}页，不能转换为PDF。",
                                      f"The document has more than {MAX_PAGES} pages.", limit="output")

    def _pick(self, which: str, page: int) -> Any:
        d = self.decorations
        if page == 1 and d.get("first_page") and d.get(f"first_{which}") is not None:
            return d[f"first_{which}"]
        if page % 2 == 0 and d.get("even_odd") and d.get(f"even_{which}"):
            return d[f"even_{which}"]
        return d.get(which) or []

    def _decorate(self, canvas: Any, doc: Any) -> None:
        page = doc.page
        width = A4[0] - self.leftMargin - self.rightMargin
        header_distance, footer_distance = self.distances
        canvas.saveState()
        for which in ("header", "footer"):
            flowables = []
            for para in self._pick(which, page):
                style, pieces = para[0][1], para[1:]
                markup = "".join(esc(str(page)) if v == "PAGE" else esc(str(self.page_count or page))
                                 if v in ("NUMPAGES", "SECTIONPAGES") else "" if k == "field" else v
                                 for k, v in pieces)
                flowables.append(_Para(markup or "\xa0", style))
            if not flowables:
                continue
            heights = [f.wrap(width, A4[1])[1] for f in flowables]
            if which == "header":
                y = A4[1] - header_distance
            else:
                y = footer_distance + sum(heights)
            for f, h in zip(flowables, heights):
                y -= h
                f.drawOn(canvas, self.leftMargin, y)
        canvas.restoreState()


def _section(document: Any) -> tuple[tuple[float, float, float, float], tuple[float, float]]:
    sect = document.element.body.find(qn("w:sectPr"))
    mar = sect.find(qn("w:pgMar")) if sect is not None else None
    if mar is None:
        return DEFAULT_MARGINS, (15 * mm, 15 * mm)

    def side(name: str, default: float) -> float:
        value = _twips(mar, name)
        return default if value is None or not (MIN_MARGIN <= abs(value) <= MAX_MARGIN) else abs(value)

    margins = (side("w:top", DEFAULT_MARGINS[0]), side("w:right", DEFAULT_MARGINS[1]),
               side("w:bottom", DEFAULT_MARGINS[2]), side("w:left", DEFAULT_MARGINS[3]))
    header = _twips(mar, "w:header") or 15 * mm
    footer = _twips(mar, "w:footer") or 15 * mm
    header = min(max(header, 5 * mm), margins[0] - 2 * mm)
    footer = min(max(footer, 5 * mm), margins[2] - 2 * mm)
    return margins, (header, footer)


def _decorations(converter: _Converter, document: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        section = document.sections[-1]
    except IndexError:
        return out
    settings = document.settings.element
    out["even_odd"] = settings.find(qn("w:evenAndOddHeaders")) is not None \
        and _on(settings.find(qn("w:evenAndOddHeaders"))) is not False
    out["first_page"] = bool(section.different_first_page_header_footer)
    for key, part in (("header", section.header), ("footer", section.footer),
                      ("even_header", section.even_page_header), ("even_footer", section.even_page_footer),
                      ("first_header", section.first_page_header), ("first_footer", section.first_page_footer)):
        out[key] = None if part.is_linked_to_previous else _header_footer(converter, part)
    return out


def _build(story: list[Flowable], margins: tuple[float, float, float, float],
           decorations: dict[str, Any], distances: tuple[float, float], title: str, page_count: int) -> tuple[bytes, int]:
    buf = io.BytesIO()
    doc = _Pages(buf, margins, decorations, distances, title)
    doc.page_count = page_count
    doc.build(story)
    return buf.getvalue(), doc.page


def docx_to_pdf(data: bytes) -> bytes:
    """The PDF rendition of the DOCX ``data`` (A4, the bundled Chinese font embedded)."""
    if len(data) > MAX_INPUT_BYTES:
        raise RenderLimitExceeded("文书过大，不能转换为PDF。", "The document is too large to convert.", limit="output")
    register_fonts()
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - not a readable DOCX
        raise DocxUnreadable("无法读取该DOCX文书，不能转换为PDF。", "The DOCX could not be read.",
                             detail=f"{type(exc).__name__}: {exc}") from None
    margins, distances = _section(document)
    width = A4[0] - margins[1] - margins[3]
    converter = _Converter(document, width)

    def story() -> list[Flowable]:
        out: list[Flowable] = []
        for child in document.element.body.iterchildren():
            out += converter.block(child, width)
        while out and isinstance(out[-1], PageBreak):
            out.pop()
        return out or [Spacer(1, 1)]

    title = (document.core_properties.title or "").strip()[:200]
    decorations = _decorations(converter, document)
    counts = any(k == "field" and v in ("NUMPAGES", "SECTIONPAGES")
                 for parts in decorations.values() if isinstance(parts, list)
                 for para in parts for k, v in para[1:])
    try:
        pdf, pages = _build(story(), margins, decorations, distances, title, 0)
        if counts:  # a "第 n 页 共 m 页" footer: laid out again now that m is known
            pdf, _pages = _build(story(), margins, decorations, distances, title, pages)
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - reportlab's LayoutError and the like, in words
        raise DocxUnreadable("该DOCX文书的版式无法转换为PDF。", "The DOCX's layout could not be converted to PDF.",
                             detail=f"{type(exc).__name__}: {exc}") from None
    return pdf


__all__ = ["DocxUnreadable", "MAX_INPUT_BYTES", "docx_to_pdf"]
