#!/usr/bin/env python3
"""Write the starting DOCX templates and their registry into ``templates/docs/``.

    .venv/bin/python scripts/build_templates.py [--out templates/docs]

Each template is a real Word file with docxtpl (Jinja2) tags, laid out as a Chinese official
document (GB/T 9704 practice): A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm;
body 仿宋_GB2312 (falling back to 仿宋/FangSong) 三号 16 pt at an exact 28 pt line pitch with a
two-character first-line indent; the title in 方正小标宋简体 (falling back to 宋体/SimSun) 二号
22 pt, centred; the document number under the title; headings in 黑体; page numbers "— 1 —" in
the footer (宋体 四号, odd pages right, even pages left); the organisation's name with the seal
area (盖章) and the date in Chinese numerals at the end.

``registry.json`` is written from the same declarations (codes, titles, number kinds, fields),
so the two always agree. An administrator edits the generated files afterwards; running this
script again overwrites them. The output is reproducible (fixed timestamps in the ZIP and the
core properties).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parents[1]

BODY_FONT = "仿宋_GB2312"
BODY_ALT = "仿宋"
TITLE_FONT = "方正小标宋简体"
TITLE_ALT = "宋体"
HEADING_FONT = "黑体"
SONG = "宋体"
LATIN = "Times New Roman"
MONO = "Courier New"

BODY_PT = 16  # 三号
TITLE_PT = 22  # 二号
PAGE_NUMBER_PT = 14  # 四号
TABLE_PT = 12  # 小四
SMALL_TABLE_PT = 10.5  # 五号
LINE_PT = 28  # 22 lines a page
FIXED_TIME = datetime(2026, 1, 1, tzinfo=timezone.utc)

# Font table entries: what Word substitutes when a font is not installed (w:altName).
FONT_TABLE = {
    BODY_FONT: (BODY_ALT, "86", "modern", "02010609030101010101"),
    BODY_ALT: ("FangSong", "86", "modern", "02010609060101010101"),
    TITLE_FONT: (TITLE_ALT, "86", "script", "02000000000000000000"),
    TITLE_ALT: ("SimSun", "86", "auto", "02010600030101010101"),
    HEADING_FONT: ("SimHei", "86", "modern", "02010609060101010101"),
}


# --------------------------------------------------------------------------- declarations


def F(name: str, type_: str, label: str, required: bool = False, items: list[dict] | None = None) -> dict:
    out = {"name": name, "type": type_, "required": required, "label": label}
    if items:
        out["items"] = items
    return out


ORG = F("org.name", "text", "机构名称", True)
CASE_NO = F("case.number", "text", "案号", True)
DOC_NO = F("doc_number", "text", "文号", True)
DOC_DATE = F("document_date", "date", "文书日期", True)
PERSON_ITEMS = [F("name", "text", "姓名或名称", True), F("sex", "text", "性别"), F("age", "text", "年龄"),
                F("id_number", "text", "身份证号码"), F("phone", "text", "联系电话"), F("address", "text", "住址"),
                F("credit_code", "text", "统一社会信用代码"), F("legal_representative", "text", "法定代表人"),
                F("role_label", "text", "用工角色"), F("is_person", "bool", "是否自然人")]
APPLICANTS = F("applicants", "list", "申请人", True, PERSON_ITEMS)
RESPONDENTS = F("respondents", "list", "被申请人", True, PERSON_ITEMS)
AGENTS = F("agents", "list", "代理人", False, [F("name", "text", "姓名", True), F("kind", "text", "代理人类别"),
                                              F("authority_label", "text", "代理权限"), F("represents", "text", "被代理人")])
CLAIMS = F("claims", "list", "请求事项", True, [F("kind_label", "text", "请求种类", True), F("amount", "money", "金额"),
                                             F("basis", "text", "依据"), F("period_text", "text", "期间")])
CLAIMS_TOTAL = F("claims_total", "money", "请求金额合计")
FACTS = F("case.facts", "text", "事实和理由", True)
RECEIVED = F("case.received_on", "date", "收到申请日期", True)
AGREEMENT_ITEMS = F("agreement_items", "list", "协议内容", True,
                    [F("clause", "text", "约定条款", True),
                     F("content", "text", "内容", True), F("obligor", "text", "义务人"), F("obligee", "text", "权利人"),
                     F("amount", "money", "金额"), F("due_date", "date", "履行期限")])
AGREEMENT_PERSON_ITEMS = PERSON_ITEMS + [F("birth_date", "date", "出生日期")]


@dataclass
class Spec:
    code: str
    title: str
    number: str
    fields: list[dict]
    description: str
    build: object = None  # (Builder) -> None
    file: str = ""
    extra: dict = field(default_factory=dict)


NUMBER_KINDS = {
    "case": {"label": "案号（文书使用案件的案号，不另行编号）"},
    "none": {"label": "无文号（当事人提交的申请书）"},
    "mediation_agreement": {"label": "调解协议书编号", "prefix": "{org_stem}协字", "on_rerender": "keep"},
    "mediation_notice": {"label": "调解终止告知书编号", "prefix": "{org_stem}告字", "on_rerender": "keep"},
    "legal_aid_referral": {"label": "法律援助转介函文号", "prefix": "{org_stem}援转字", "on_rerender": "new"},
    "inspection_referral": {"label": "劳动保障监察线索转送函文号", "prefix": "{org_stem}监转字", "on_rerender": "new"},
}


# --------------------------------------------------------------------------- low-level helpers


def _set_fonts(rpr_parent, east_asia: str, latin: str = LATIN) -> None:  # noqa: ANN001
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:hint"), "eastAsia")


def _first_line_chars(paragraph, chars: int, pt: float) -> None:  # noqa: ANN001
    ppr = paragraph._p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    ind.set(qn("w:firstLineChars"), str(chars * 100))
    ind.set(qn("w:firstLine"), str(int(chars * pt * 20)))


def _style_first_line(style, chars: int, pt: float) -> None:  # noqa: ANN001
    ppr = style.element.get_or_add_pPr()
    ind = OxmlElement("w:ind")
    ind.set(qn("w:firstLineChars"), str(chars * 100))
    ind.set(qn("w:firstLine"), str(int(chars * pt * 20)))
    ppr.append(ind)


def _right_chars(paragraph, chars: int, pt: float = BODY_PT) -> None:  # noqa: ANN001
    ppr = paragraph._p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    ind.set(qn("w:rightChars"), str(chars * 100))
    ind.set(qn("w:right"), str(int(chars * pt * 20)))


def _cell_margins(table, top=60, bottom=60, left=100, right=100) -> None:  # noqa: ANN001
    tblpr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side, value in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(value))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)


def _no_borders(table) -> None:  # noqa: ANN001
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _repeat_header(row) -> None:  # noqa: ANN001
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _cant_split(row) -> None:  # noqa: ANN001
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _fixed_width(table, mm: float) -> None:  # noqa: ANN001
    """A fixed table width (LibreOffice ignores the alignment of auto-width tables)."""
    tblpr = table._tbl.tblPr
    width = tblpr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        tblpr.append(width)
    width.set(qn("w:w"), str(int(mm / 25.4 * 1440)))
    width.set(qn("w:type"), "dxa")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)


def _grid(table, widths_mm: list[float]) -> None:  # noqa: ANN001
    """The column grid (what LibreOffice lays the table out by) with the given widths."""
    for col, mm in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(int(mm / 25.4 * 1440)))


def _cell_width(cell, mm: float) -> None:  # noqa: ANN001
    cell.width = Mm(mm)


def _valign(cell, where: str = "center") -> None:  # noqa: ANN001
    tcpr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:vAlign")
    el.set(qn("w:val"), where)
    tcpr.append(el)


def _page_number(paragraph) -> None:  # noqa: ANN001
    """"— 1 —": an em dash, the PAGE field, an em dash."""

    def run(text: str | None = None):  # noqa: ANN202
        r = paragraph.add_run(text or "")
        _set_fonts(r._r, SONG)
        r.font.size = Pt(PAGE_NUMBER_PT)
        return r

    run("— ")
    begin = run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "begin")
    begin._r.append(fld)
    instr_run = run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    instr_run._r.append(instr)
    sep = run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "separate")
    sep._r.append(fld)
    run("1")
    end = run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "end")
    end._r.append(fld)
    run(" —")


# --------------------------------------------------------------------------- the builder


class Builder:
    """One template document with the official layout and paragraph helpers."""

    def __init__(self, title: str) -> None:
        self.title_text = title
        self.doc = Document()
        self._drop_thumbnail()
        self._page()
        self._styles()
        self._footers()
        self.doc.core_properties.title = title
        self.doc.core_properties.author = "mediation-desk"
        self.doc.core_properties.last_modified_by = "mediation-desk"
        self.doc.core_properties.comments = ""
        self.doc.core_properties.created = FIXED_TIME
        self.doc.core_properties.modified = FIXED_TIME
        self.doc.core_properties.revision = 1
        self.doc.core_properties.language = "zh-CN"
        body = self.doc.element.body
        for p in list(body.iterchildren(qn("w:p"))):  # the empty first paragraph of the default template
            body.remove(p)

    def _drop_thumbnail(self) -> None:
        pkg = self.doc.part.package
        for rid, rel in list(pkg.rels.items()):
            if rel.reltype.endswith("/thumbnail"):
                pkg.rels.pop(rid)

    def _page(self) -> None:
        s = self.doc.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
        s.header_distance, s.footer_distance = Mm(15), Mm(24)
        self.doc.settings.odd_and_even_pages_header_footer = True

    def _styles(self) -> None:
        styles = self.doc.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(k), None)
        fonts.set(qn("w:ascii"), LATIN)
        fonts.set(qn("w:hAnsi"), LATIN)
        fonts.set(qn("w:eastAsia"), BODY_FONT)
        fonts.set(qn("w:cs"), LATIN)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "en-US")
        lang.set(qn("w:eastAsia"), "zh-CN")

        normal = styles["Normal"]
        normal.font.size = Pt(BODY_PT)
        _set_fonts(normal.element, BODY_FONT)
        pf = normal.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(LINE_PT)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.widow_control = False

        from docx.enum.style import WD_STYLE_TYPE

        def para_style(name: str, *, font: str, size: float, align=None, line: float | None = LINE_PT,  # noqa: ANN001
                       indent: int = 0, before: float = 0, after: float = 0):
            st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = normal
            st.quick_style = True
            st.font.size = Pt(size)
            _set_fonts(st.element, font)
            spf = st.paragraph_format
            if line is None:
                spf.line_spacing_rule = WD_LINE_SPACING.SINGLE
            else:
                spf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                spf.line_spacing = Pt(line)
            spf.space_before, spf.space_after = Pt(before), Pt(after)
            if align is not None:
                spf.alignment = align
            if indent:
                _style_first_line(st, indent, size)
            return st

        para_style("文书标题", font=TITLE_FONT, size=TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, before=0,
                   after=6)
        para_style("文号", font=BODY_FONT, size=BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, after=14)
        para_style("正文", font=BODY_FONT, size=BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2)
        para_style("顶格", font=BODY_FONT, size=BODY_PT, align=WD_ALIGN_PARAGRAPH.LEFT)
        para_style("一级标题", font=HEADING_FONT, size=BODY_PT, indent=2)
        para_style("落款", font=BODY_FONT, size=BODY_PT, align=WD_ALIGN_PARAGRAPH.CENTER)
        para_style("签名", font=BODY_FONT, size=BODY_PT, align=WD_ALIGN_PARAGRAPH.LEFT)
        para_style("表格文字", font=BODY_FONT, size=TABLE_PT, line=None)
        para_style("表格居中", font=BODY_FONT, size=TABLE_PT, line=None, align=WD_ALIGN_PARAGRAPH.CENTER)
        para_style("小表格文字", font=BODY_FONT, size=SMALL_TABLE_PT, line=None)
        para_style("小表格居中", font=BODY_FONT, size=SMALL_TABLE_PT, line=None, align=WD_ALIGN_PARAGRAPH.CENTER)
        para_style("哈希值", font=BODY_FONT, size=7, line=None)
        para_style("附注", font=BODY_FONT, size=TABLE_PT, line=22)
        para_style("封面机构", font=HEADING_FONT, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=60)
        para_style("封面标题", font=TITLE_FONT, size=42, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=40,
                   after=60)

    def _footers(self) -> None:
        s = self.doc.sections[0]
        odd = s.footer.paragraphs[0]
        odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _right_chars(odd, 1, PAGE_NUMBER_PT)
        _page_number(odd)
        even = s.even_page_footer.paragraphs[0]
        even.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ppr = even._p.get_or_add_pPr()
        ind = OxmlElement("w:ind")
        ind.set(qn("w:leftChars"), "100")
        ind.set(qn("w:left"), str(PAGE_NUMBER_PT * 20))
        ppr.append(ind)
        _page_number(even)

    # ---- paragraphs

    def p(self, text: str = "", style: str = "正文", *, bold_prefix: str = "", align=None, keep_next: bool = False):  # noqa: ANN001, ANN201
        para = self.doc.add_paragraph(style=style)
        if bold_prefix or text:
            para.add_run(bold_prefix + text)
        if align is not None:
            para.alignment = align
        if keep_next:
            para.paragraph_format.keep_with_next = True
        return para

    def tag(self, text: str) -> None:
        """A paragraph holding only a docxtpl paragraph tag ({%p ... %}); docxtpl removes it."""
        self.doc.add_paragraph(text, style="顶格")

    def title(self, with_number: bool = True, text: str | None = None) -> None:
        self.p(text or self.title_text, "文书标题")
        if with_number:
            self.p("{{ doc_number }}", "文号")
        else:
            self.doc.add_paragraph(style="顶格")

    def heading(self, text: str) -> None:
        self.p(text, "一级标题", keep_next=True)

    def blank(self) -> None:
        self.doc.add_paragraph(style="顶格")

    def page_break(self) -> None:
        para = self.doc.add_paragraph(style="顶格")
        para.add_run().add_break(WD_BREAK.PAGE)

    def seal(self, *, date: str = "{{ document_date|cn_date }}", org: str = "{{ org.name }}") -> None:
        """The organisation, the seal mark and the date, centred over each other at the right."""
        self.doc.add_paragraph(style="顶格").paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=3, cols=1)
        table.alignment = WD_TABLE_ALIGNMENT.RIGHT
        table.autofit = False
        _no_borders(table)
        _grid(table, [96])
        for row, text in zip(table.rows, (org, "（盖章）", date)):
            cell = row.cells[0]
            _cell_width(cell, 96)
            para = cell.paragraphs[0]
            para.style = self.doc.styles["落款"]
            para.paragraph_format.keep_with_next = True
            para.add_run(text)
            _cant_split(row)
        _fixed_width(table, 96)

    def signature(self, label: str, value: str = "", *, indent_chars: int = 0) -> None:
        para = self.p(f"{label}{value}", "签名")
        if indent_chars:
            _first_line_chars(para, indent_chars, BODY_PT)

    # ---- tables

    def table(self, widths_mm: list[float], *, style: str = "Table Grid"):  # noqa: ANN201
        table = self.doc.add_table(rows=0, cols=len(widths_mm))
        table.style = self.doc.styles[style]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        _cell_margins(table)
        _fixed_width(table, sum(widths_mm))
        _grid(table, widths_mm)
        self._widths = widths_mm
        return table

    def row(self, table, texts: list[str], *, style: str = "表格文字", header: bool = False,  # noqa: ANN001
            center: tuple[int, ...] = (), min_height_mm: float | None = None):  # noqa: ANN201
        row = table.add_row()
        if header:
            _repeat_header(row)
        for i, (cell, text) in enumerate(zip(row.cells, texts)):
            _cell_width(cell, self._widths[i])
            _valign(cell)
            para = cell.paragraphs[0]
            cell_style = style
            if header or i in center:
                cell_style = style.replace("文字", "居中")
            para.style = self.doc.styles[cell_style]
            lines = text.split("\n")
            for j, line in enumerate(lines):
                if j:
                    para = cell.add_paragraph(style=cell_style)
                if line:
                    run = para.add_run(line)
                    if header:
                        _set_fonts(run._r, HEADING_FONT)
        if min_height_mm:
            row.height = Mm(min_height_mm)
        return row

    def tag_row(self, table, text: str) -> None:  # noqa: ANN001
        """A row holding a docxtpl row tag ({%tr ... %}) in its first cell; docxtpl removes the row."""
        row = table.add_row()
        for i, cell in enumerate(row.cells):
            _cell_width(cell, self._widths[i])
        row.cells[0].paragraphs[0].add_run(text)

    def save(self, path: Path) -> None:
        buf = io.BytesIO()
        self.doc.save(buf)
        path.write_bytes(_normalise(buf.getvalue()))


def _font_table(xml: bytes) -> bytes:
    from lxml import etree

    root = etree.fromstring(xml)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    present = {f.get(f"{{{w}}}name") for f in root.findall(f"{{{w}}}font")}
    for name, (alt, charset, family, panose) in FONT_TABLE.items():
        if name in present:
            continue
        font = etree.SubElement(root, f"{{{w}}}font")
        font.set(f"{{{w}}}name", name)
        for tag, value in (("altName", alt), ("panose1", panose), ("charset", charset), ("family", family),
                           ("pitch", "fixed" if family == "modern" else "variable")):
            el = etree.SubElement(font, f"{{{w}}}{tag}")
            el.set(f"{{{w}}}val", value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _normalise(data: bytes) -> bytes:
    """Fixed ZIP timestamps and the font table with its fallbacks (reproducible output)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename == "word/fontTable.xml":
                blob = _font_table(blob)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------- reusable blocks

PERSON_LINE = ("{{ a.name }}{% if a.sex %}，{{ a.sex }}{% endif %}{% if a.age %}，{{ a.age }}岁{% endif %}"
               "{% if a.id_number %}，公民身份号码{{ a.id_number }}{% endif %}"
               "{% if a.address %}，住{{ a.address }}{% endif %}{% if a.phone %}，联系电话{{ a.phone }}{% endif %}。")
ENTERPRISE_LINE = ("{{ r.name }}{% if r.credit_code %}，统一社会信用代码{{ r.credit_code }}{% endif %}"
                   "{% if r.address %}，住所{{ r.address }}{% endif %}"
                   "{% if r.legal_representative %}，法定代表人{{ r.legal_representative }}{% endif %}。")


def parties_block(b: Builder, applicant_label: str = "申请人", respondent_label: str = "被申请人") -> None:
    b.tag("{%p for a in applicants %}")
    b.p(PERSON_LINE, "顶格", bold_prefix=f"{applicant_label}：")
    b.tag("{%p endfor %}")
    b.tag("{%p for g in agents %}")
    b.p("{{ g.name }}{% if g.kind %}，{{ g.kind }}{% endif %}{% if g.authority_label %}，{{ g.authority_label }}{% endif %}"
        "{% if g.represents %}（{{ g.represents }}的代理人）{% endif %}。", "顶格", bold_prefix="委托代理人：")
    b.tag("{%p endfor %}")
    b.tag("{%p for r in respondents %}")
    b.p("{% if r.is_person %}" + PERSON_LINE.replace("a.", "r.") + "{% else %}" + ENTERPRISE_LINE + "{% endif %}",
        "顶格", bold_prefix=f"{respondent_label}：")
    b.tag("{%p endfor %}")


def claims_block(b: Builder) -> None:
    b.tag("{%p for c in claims %}")
    b.p("{{ loop.index }}. {{ c.kind_label }}{% if c.period_text %}（{{ c.period_text }}）{% endif %}"
        "{% if c.amount %}：{{ c.amount|rmb }}{% endif %}{% if c.basis %}；{{ c.basis|trim('。；;. ') }}{% endif %}。")
    b.tag("{%p endfor %}")
    b.p("{% if claims_total %}以上请求金额合计{{ claims_total|rmb }}。{% endif %}")


# --------------------------------------------------------------------------- the templates


def build_mediation_application(b: Builder) -> None:
    b.title()
    t = b.table([30, 126])
    b.row(t, ["收到申请日期", "{{ case.received_on|ymd }}　　申请方式：{{ case.channel_label }}"], center=(0,))
    b.row(t, ["申请人", "{%p for a in applicants %}\n" + PERSON_LINE + "\n{%p endfor %}"], center=(0,))
    b.row(t, ["被申请人", "{%p for r in respondents %}\n{% if r.is_person %}" + PERSON_LINE.replace("a.", "r.")
              + "{% else %}" + ENTERPRISE_LINE + "{% endif %}\n{%p endfor %}"], center=(0,))
    b.row(t, ["委托代理人", "{%p for g in agents %}\n{{ g.name }}（{{ g.kind }}{% if g.authority_label %}，"
              "{{ g.authority_label }}{% endif %}）\n{%p endfor %}{% if not agents %}无{% endif %}"], center=(0,))
    b.row(t, ["申请调解事项", "{%p for c in claims %}\n{{ loop.index }}. {{ c.kind_label }}{% if c.amount %}："
              "{{ c.amount|rmb }}{% endif %}\n{%p endfor %}\n{% if claims_total %}合计：{{ claims_total|rmb }}{% endif %}"],
          center=(0,))
    b.row(t, ["事实和理由", "{{ case.facts }}"], center=(0,), min_height_mm=40)
    b.row(t, ["平台／行业", "{{ case.platform }}{% if case.industry_label %}（{{ case.industry_label }}）{% endif %}"],
          center=(0,))
    b.row(t, ["申请人签名", "\n\n　　　　　　　　　　　　　　　　年　　月　　日"], center=(0,))
    b.row(t, ["登记人", "{{ registrar }}　　　　登记日期：{{ document_date|ymd }}"], center=(0,))
    b.blank()
    b.p("注：依据《中华人民共和国劳动争议调解仲裁法》第十二条，口头申请的，调解组织应当当场记录申请人基本情况、"
        "申请调解的争议事项、理由和时间。", "附注")
    b.seal()


BOTH = "{% if (applicants|length + respondents|length) > 2 %}各方{% else %}双方{% endif %}"
SIGN_DATE = "＿＿＿＿＿＿＿＿＿＿　　　　年　　月　　日"


def dated_signatures(b: Builder, *, mediator: bool = True, recorder: bool = False) -> None:
    """One line per signatory -- each applicant, each respondent, the mediator (and the recorder) --
    with room to sign and the date of signing; the lines hold together and with what precedes them."""
    def line(text: str, gap: float) -> None:
        para = b.p(text, "签名")
        para.paragraph_format.keep_with_next = True
        para.paragraph_format.space_before = Pt(gap)

    def signatory(label: str) -> None:
        line(label, 10)
        line("　　　　" + SIGN_DATE, 4)

    b.tag("{%p for a in applicants %}")
    signatory("申请人{{ a.name }}（签名或按指印）：")
    b.tag("{%p endfor %}")
    b.tag("{%p for r in respondents %}")
    signatory("被申请人{{ r.name }}（{% if r.is_person %}签名或按指印{% else %}盖章，法定代表人或委托代理人签名{% endif %}）：")
    b.tag("{%p endfor %}")
    if mediator:
        signatory("调解员{{ mediator }}（签名）：")
    if recorder:
        signatory("记录人{{ recorder }}（签名）：")


def applicants_signatures(b: Builder, worker: str, employer: str) -> None:
    """A joint application's signature block: a line for each applicant, then the date, kept together
    and with the paragraph before it."""
    for loop, text in (("{%p for a in applicants %}", worker), ("{%p for r in respondents %}", employer)):
        b.tag(loop)
        para = b.p(text + "＿＿＿＿＿＿＿＿", "签名")
        para.paragraph_format.keep_with_next = True
        para.paragraph_format.space_before = Pt(10)
        b.tag("{%p endfor %}")
    b.p("{{ document_date|cn_date }}", "顶格", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.space_before = Pt(10)


def build_mediation_record(b: Builder) -> None:
    b.title()
    b.p("{{ session_date|ymd }}{% if session_time %}{{ session_time }}{% endif %}", "顶格", bold_prefix="时间：")
    b.p("{{ session_place }}", "顶格", bold_prefix="地点：")
    b.p("{{ mediator }}", "顶格", bold_prefix="调解员：")
    b.p("{{ recorder }}", "顶格", bold_prefix="记录人：")
    b.p("{% for a in applicants %}{{ a.name }}{% if not loop.last %}、{% endif %}{% endfor %}", "顶格",
        bold_prefix="申请人：")
    b.p("{% for r in respondents %}{{ r.name }}{% if not loop.last %}、{% endif %}{% endfor %}", "顶格",
        bold_prefix="被申请人：")
    b.tag("{%p if attendees or respondent_attendee %}")
    b.p("{{ attendees or respondent_attendee }}", "顶格", bold_prefix="到场人员：")
    b.tag("{%p endif %}")
    b.blank()
    b.p("调解员：今天由{{ org.name }}就{% for a in applicants %}{{ a.name }}{% if not loop.last %}、"
        "{% endif %}{% endfor %}与{% for r in respondents %}{{ r.name }}{% if not loop.last %}、{% endif %}{% endfor %}"
        "劳动争议进行调解。调解遵循自愿、合法的原则，当事人有权自主决定是否达成调解协议，也有权要求终止调解；"
        "自收到调解申请之日起十五日内未达成调解协议的，当事人可以依法申请仲裁。当事人应当如实陈述，"
        "对是否申请调解员回避有无意见？")
    b.tag("{%p for e in record_entries %}")
    b.p("{{ e.text }}", "正文", bold_prefix="{{ e.speaker }}：")
    b.tag("{%p endfor %}")
    b.tag("{%p if session_proposals %}")
    b.p("本次调解中提出的调解方案：", "正文", keep_next=True)
    b.tag("{%p for p in session_proposals %}")
    b.p("{{ loop.index }}. {{ p.author }}提出：{{ p.content }}{% if p.amount %}，金额{{ p.amount|rmb }}{% endif %}。")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.p("（以上笔录经当事人阅读或者向其宣读，确认无误。）", keep_next=True)
    dated_signatures(b, recorder=True)


AGREEMENT_PERSON_LINE = PERSON_LINE.replace("{% if a.age %}，{{ a.age }}岁{% endif %}",
                                             "{% if a.birth_date %}，{{ a.birth_date|ymd }}出生{% endif %}")


def build_mediation_agreement(b: Builder) -> None:
    b.title()
    b.tag("{%p for a in applicants %}")
    b.p(AGREEMENT_PERSON_LINE, "顶格", bold_prefix="申请人：")
    b.tag("{%p endfor %}")
    b.tag("{%p for g in agents %}")
    b.p("{{ g.name }}{% if g.kind %}，{{ g.kind }}{% endif %}{% if g.authority_label %}，{{ g.authority_label }}{% endif %}"
        "{% if g.represents %}（{{ g.represents }}的代理人）{% endif %}。", "顶格", bold_prefix="委托代理人：")
    b.tag("{%p endfor %}")
    b.tag("{%p for r in respondents %}")
    b.p("{% if r.is_person %}" + AGREEMENT_PERSON_LINE.replace("a.", "r.") + "{% else %}" + ENTERPRISE_LINE
        + "{% endif %}", "顶格", bold_prefix="被申请人：")
    b.tag("{%p endfor %}")
    b.heading("一、纠纷的主要事实和争议事项")
    b.p("{{ case.facts }}")
    b.p("申请人于{{ case.received_on|ymd }}向{{ org.name }}申请调解，请求：")
    claims_block(b)
    b.heading("二、调解协议内容")
    b.p("经{{ org.name }}主持调解，" + BOTH + "当事人在平等自愿的基础上达成如下协议：")
    b.tag("{%p for item in agreement_items %}")
    b.p("（{{ loop.index|cn_count }}）{{ item.clause }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if agreement_total %}")
    b.p("以上款项合计{{ agreement_total|rmb }}。")
    b.tag("{%p endif %}")
    b.heading("三、履行方式和期限")
    b.p("{{ performance }}")
    b.heading("四、其他事项")
    b.p("本协议经" + BOTH + "当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，对" + BOTH + "当事人具有约束力，"
        "当事人应当履行（《中华人民共和国劳动争议调解仲裁法》第十四条）。一方当事人在协议约定期限内不履行的，"
        "另一方当事人可以依法申请仲裁。")
    b.p("因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议，用人单位在协议约定期限内不履行的，"
        "劳动者可以持本调解协议书依法向人民法院申请支付令（《中华人民共和国劳动争议调解仲裁法》第十六条）。")
    b.p(BOTH + "当事人可以自本协议生效之日起十五日内共同向有管辖权的劳动人事争议仲裁委员会提出仲裁审查申请，"
        "或者自本协议生效之日起三十日内共同向人民法院申请司法确认。")
    b.p("本协议一式{{ copies or (applicants|length + respondents|length + 1)|cn_count }}份，" + BOTH
        + "当事人各执一份，{{ org.name }}留存一份，具有同等效力。", keep_next=True)
    dated_signatures(b)
    b.seal()


def build_mediation_termination(b: Builder) -> None:
    b.title()
    b.p("{% for a in applicants %}{{ a.name }}{% if not loop.last %}、{% endif %}{% endfor %}、"
        "{% for r in respondents %}{{ r.name }}{% if not loop.last %}、{% endif %}{% endfor %}：", "顶格")
    b.p("申请人{% for a in applicants %}{{ a.name }}{% if not loop.last %}、{% endif %}{% endfor %}与被申请人"
        "{% for r in respondents %}{{ r.name }}{% if not loop.last %}、{% endif %}{% endfor %}劳动争议一案"
        "（案号：{{ case.number }}），{{ org.name }}于{{ case.received_on|ymd }}收到调解申请。"
        "因{{ termination_reason }}，{{ org.name }}于{{ termination_date|ymd }}终止调解。")
    b.p("申请人的调解请求为：")
    claims_block(b)
    b.p("根据《中华人民共和国劳动争议调解仲裁法》第十四条第三款，自劳动争议调解组织收到调解申请之日起十五日内"
        "未达成调解协议的，当事人可以依法申请仲裁。当事人可以向{{ arbitration_commission or "
        "'有管辖权的劳动人事争议仲裁委员会' }}申请仲裁。劳动争议申请仲裁的时效期间为一年，"
        "从当事人知道或者应当知道其权利被侵害之日起计算；因当事人一方向有关部门请求权利救济而中断的，"
        "从中断时起重新计算（同法第二十七条）。")
    b.p("特此告知。")
    b.seal()


def build_payment_order_application(b: Builder) -> None:
    b.title(with_number=False)
    b.tag("{%p for a in applicants %}")
    b.p(PERSON_LINE, "顶格", bold_prefix="申请人：")
    b.tag("{%p endfor %}")
    b.tag("{%p for r in respondents %}")
    b.p("{% if r.is_person %}" + PERSON_LINE.replace("a.", "r.") + "{% else %}" + ENTERPRISE_LINE + "{% endif %}",
        "顶格", bold_prefix="被申请人：")
    b.tag("{%p endfor %}")
    b.heading("请求事项")
    b.p("请求人民法院向被申请人发出支付令，督促被申请人向申请人给付下列款项，合计{{ payment_total|rmb }}：")
    b.tag("{%p for item in payment_items %}")
    b.p("{{ loop.index }}. {{ item.kind_label }}：{{ item.amount|rmb }}。")
    b.tag("{%p endfor %}")
    b.heading("事实与理由")
    b.p("申请人与被申请人发生劳动争议，经{{ org.name }}主持调解，双方于{{ agreement_date|ymd }}达成调解协议"
        "（{{ agreement_number }}），约定被申请人于{{ payment_due_date|ymd }}前向申请人支付上述款项。"
        "该协议已经双方签名或者盖章、调解员签名并加盖调解组织印章，依法生效。被申请人在协议约定期限内未履行。")
    b.p("上述债务系金钱给付，数额确定，已到期，申请人与被申请人之间没有其他债务纠纷，支付令能够送达被申请人。"
        "根据《中华人民共和国劳动争议调解仲裁法》第十六条和《中华人民共和国民事诉讼法》第二百二十五条的规定，"
        "特向贵院申请支付令。")
    b.p("此致", "正文", keep_next=True)
    b.p("{{ court }}", "顶格", keep_next=True)
    b.doc.add_paragraph(style="顶格").paragraph_format.keep_with_next = True
    b.p("附：调解协议书（{{ agreement_number }}）复印件一份", "顶格")
    b.blank()
    b.tag("{%p for a in applicants %}")
    b.p("申请人（签名或按指印）：＿＿＿＿＿＿（{{ a.name }}）", "顶格", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.tag("{%p endfor %}")
    b.p("{{ document_date|cn_date }}", "顶格", align=WD_ALIGN_PARAGRAPH.RIGHT)


def build_arbitration_review_application(b: Builder) -> None:
    b.title(with_number=False)
    b.tag("{%p for a in applicants %}")
    b.p(PERSON_LINE, "顶格", bold_prefix="申请人（劳动者）：")
    b.tag("{%p endfor %}")
    b.tag("{%p for r in respondents %}")
    b.p("{% if r.is_person %}" + PERSON_LINE.replace("a.", "r.") + "{% else %}" + ENTERPRISE_LINE + "{% endif %}",
        "顶格", bold_prefix="申请人（用人单位）：")
    b.tag("{%p endfor %}")
    b.heading("申请事项")
    b.p("请求{{ arbitration_commission }}对" + BOTH + "当事人于{{ agreement_date|ymd }}经{{ org.name }}调解达成的调解协议"
        "（{{ agreement_number }}）进行仲裁审查，依法出具仲裁调解书。")
    b.heading("事实与理由")
    b.p(BOTH + "当事人因劳动争议向{{ org.name }}申请调解，经调解于{{ agreement_date|ymd }}自愿达成调解协议，主要内容如下：")
    b.tag("{%p for item in agreement_items %}")
    b.p("（{{ loop.index|cn_count }}）{{ item.clause }}")
    b.tag("{%p endfor %}")
    b.p("{% if agreement_total %}协议款项合计{{ agreement_total|rmb }}。{% endif %}该协议是" + BOTH + "当事人的真实意思表示，"
        "内容不违反法律、行政法规的强制性规定，不损害国家利益、社会公共利益和他人合法权益。" + BOTH + "当事人自调解协议生效之日起"
        "十五日内共同提出本申请。")
    b.p("此致", "正文", keep_next=True)
    b.p("{{ arbitration_commission }}", "顶格", keep_next=True)
    b.doc.add_paragraph(style="顶格").paragraph_format.keep_with_next = True
    b.p("附：调解协议书（{{ agreement_number }}）一份；" + BOTH + "当事人身份证明材料", "顶格", keep_next=True)
    applicants_signatures(b, "申请人（劳动者）{{ a.name }}（签名或按指印）：",
                          "申请人（用人单位）{{ r.name }}（盖章，法定代表人或委托代理人签名）：")


def build_judicial_confirmation_application(b: Builder) -> None:
    b.title(with_number=False)
    b.tag("{%p for a in applicants %}")
    b.p(PERSON_LINE, "顶格", bold_prefix="申请人：")
    b.tag("{%p endfor %}")
    b.tag("{%p for r in respondents %}")
    b.p("{% if r.is_person %}" + PERSON_LINE.replace("a.", "r.") + "{% else %}" + ENTERPRISE_LINE + "{% endif %}",
        "顶格", bold_prefix="申请人：")
    b.tag("{%p endfor %}")
    b.heading("请求事项")
    b.p("请求确认申请人之间于{{ agreement_date|ymd }}经{{ org.name }}调解达成的调解协议（{{ agreement_number }}）有效。")
    b.heading("事实与理由")
    b.p("申请人之间因劳动争议，经{{ org.name }}主持调解，于{{ agreement_date|ymd }}达成如下调解协议：")
    b.tag("{%p for item in agreement_items %}")
    b.p("（{{ loop.index|cn_count }}）{{ item.clause }}")
    b.tag("{%p endfor %}")
    b.p("申请人承诺：出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；如果因为该协议内容而给他人造成损害的，"
        "愿意承担相应的民事责任和其他法律责任。根据《中华人民共和国民事诉讼法》第二百零五条和《中华人民共和国人民调解法》"
        "第三十三条的规定，申请人自调解协议生效之日起三十日内共同提出本申请。")
    b.p("此致", "正文", keep_next=True)
    b.p("{{ court }}", "顶格", keep_next=True)
    b.doc.add_paragraph(style="顶格").paragraph_format.keep_with_next = True
    b.p("附：调解协议书一份；申请人身份证明材料", "顶格", keep_next=True)
    applicants_signatures(b, "申请人{{ a.name }}（签名或按指印）：",
                          "申请人{{ r.name }}（盖章，法定代表人或委托代理人签名）：")


def build_evidence_list(b: Builder) -> None:
    b.title()
    b.p("{% for a in applicants %}{{ a.name }}{% if not loop.last %}、{% endif %}{% endfor %}", "顶格",
        bold_prefix="申请人：")
    b.p("{% for r in respondents %}{{ r.name }}{% if not loop.last %}、{% endif %}{% endfor %}", "顶格",
        bold_prefix="被申请人：")
    b.p("{{ submitted_by }}", "顶格", bold_prefix="提交人：")
    t = b.table([12, 30, 14, 24, 40, 12, 24])
    b.row(t, ["序号", "证据名称", "种类", "来源／提供人", "证明目的", "原件", "SHA-256"], style="小表格文字", header=True)
    b.tag_row(t, "{%tr for e in evidence %}")
    row = b.row(t, ["{{ e.label }}", "{{ e.title }}{% if e.filename %}（{{ e.filename }}）{% endif %}", "{{ e.type_label }}",
                    "{{ e.source }}{% if e.source and e.provided_by %}／{% endif %}{{ e.provided_by }}", "{{ e.purpose }}",
                    "{% if e.original_seen %}已核对{% else %}未核对{% endif %}", "{{ e.sha256 }}"],
                style="小表格文字", center=(0, 2, 5))
    cell = row.cells[6].paragraphs[0]
    cell.style = b.doc.styles["哈希值"]
    for r in cell.runs:
        _set_fonts(r._r, BODY_FONT, MONO)
    b.tag_row(t, "{%tr endfor %}")
    b.blank()
    b.p("共{{ evidence|length }}项证据。SHA-256为证据文件登记入库时计算的哈希值，可用于核对文件是否被改动。", "附注")
    b.blank()
    b.signature("提交人（签名）：")
    b.signature("接收人（签名）：")
    b.seal()


def build_relationship_opinion(b: Builder) -> None:
    b.title()
    t = b.table([26, 52, 26, 52])
    b.row(t, ["案号", "{{ case.number }}", "申请人", "{% for a in applicants %}{{ a.name }}{% if not loop.last %}、"
              "{% endif %}{% endfor %}"], center=(0, 2))
    b.row(t, ["涉及企业", "{% for e in opinion.enterprises %}{{ e }}{% if not loop.last %}；{% endif %}{% endfor %}",
              "平台", "{{ case.platform }}"], center=(0, 2))
    b.blank()
    b.heading("一、用工事实")
    b.p("下表只记载经办人记录的事实和关联的证据；“回答”是经办人对该因素的判断，未记录事实或未关联证据的，如实注明。", "附注")
    t = b.table([10, 40, 26, 36, 44])
    b.row(t, ["序号", "考量因素", "回答", "依据证据", "记录的事实"], style="小表格文字", header=True)
    b.tag_row(t, "{%tr for f in opinion.factors %}")
    b.row(t, ["{{ loop.index }}", "{{ f.label }}", "{{ f.answer or '未查明' }}", "{{ f.evidence_text }}",
              "{{ f.fact_text }}"], style="小表格文字", center=(0,))
    b.tag_row(t, "{%tr endfor %}")
    b.tag("{%p if opinion.unsupported_note %}")
    b.p("{{ opinion.unsupported_note }}", "顶格")
    b.tag("{%p endif %}")
    b.p("综合评分：{{ opinion.score or '—' }}　　可信程度：{{ opinion.confidence or '—' }}", "顶格")
    b.heading("二、分析理由")
    b.tag("{%p for reason in opinion.reasons %}")
    b.p("{{ loop.index }}. {{ reason }}")
    b.tag("{%p endfor %}")
    b.heading("三、风险提示")
    b.tag("{%p for w in opinion.warnings %}")
    b.p("{{ loop.index }}. {{ w }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if not opinion.warnings %}")
    b.p("无。")
    b.tag("{%p endif %}")
    b.tag("{%p if opinion.minimum_wage %}")
    b.p("{{ opinion.minimum_wage }}。{{ opinion.minimum_wage_warning }}")
    b.tag("{%p endif %}")
    b.heading("四、认定意见")
    t = b.table([30, 126])
    b.row(t, ["建议结论", "{{ opinion.category }}"], center=(0,))
    b.row(t, ["处理途径", "{{ opinion.route }}"], center=(0,))
    b.row(t, ["审核决定", "{{ opinion.decision }}"], center=(0,))
    b.row(t, ["最终认定", "{{ opinion.final_category or opinion.category }}"], center=(0,))
    b.row(t, ["决定理由", "{{ opinion.decision_reason or '—' }}"], center=(0,))
    b.blank()
    t = b.table([34, 40, 50, 32])
    b.row(t, ["职责", "姓名", "签名", "日期"], header=True)
    b.tag_row(t, "{%tr for s in opinion.signatures %}")
    b.row(t, ["{{ s.role }}", "{{ s.name }}", "", "{{ s.date|ymd }}"], center=(0, 1, 3), min_height_mm=14)
    b.tag_row(t, "{%tr endfor %}")
    b.blank()
    b.tag("{%p if opinion.cited_documents %}")
    b.p("本表引用的文件：", "附注")
    b.tag("{%p endif %}")
    b.tag("{%p for d in opinion.cited_documents %}")
    b.p("{{ loop.index }}. {{ d }}", "附注")
    b.tag("{%p endfor %}")
    b.p("本表为调解组织内部工作意见，不是对劳动关系的法律认定；最终以仲裁委员会或人民法院的认定为准。", "附注")
    b.seal()


def build_legal_aid_referral(b: Builder) -> None:
    b.title()
    b.p("{{ aid_centre }}：", "顶格")
    b.p("现有{% for a in applicants %}{{ a.name }}（{% if a.id_number %}公民身份号码{{ a.id_number }}{% endif %}"
        "{% if a.phone %}，联系电话{{ a.phone }}{% endif %}）{% if not loop.last %}、{% endif %}{% endfor %}"
        "与{% for r in respondents %}{{ r.name }}{% if not loop.last %}、{% endif %}{% endfor %}劳动争议一案"
        "（本单位案号：{{ case.number }}），当事人的请求为：")
    claims_block(b)
    b.p("{{ referral_reason }}")
    b.p("{% if eligibility_basis %}{{ eligibility_basis }}{% endif %}")
    b.p("现将该当事人转介贵中心，请依照《中华人民共和国法律援助法》审查并作出决定，并将结果填写下方回执告知我单位。")
    b.p("联系人：{{ contact_person }}{% if contact_phone %}　　联系电话：{{ contact_phone }}{% endif %}", "正文")
    b.tag("{%p if attachments %}")
    b.p("附：{% for x in attachments %}{{ loop.index }}. {{ x }}{% if not loop.last %}；{% endif %}{% endfor %}", "顶格")
    b.tag("{%p endif %}")
    b.seal()
    b.blank()
    b.p("- - - - - - - - - - 沿此线剪开 - - - - - - - - - -", "落款")
    b.p("转 介 回 执", "文书标题")
    b.p("{{ org.name }}：", "顶格")
    b.p("你单位{{ doc_number }}转介函及所附材料收悉。经审查，我中心于　　年　　月　　日作出决定："
        "□给予法律援助，指派承办律师＿＿＿＿＿＿；□不予法律援助，理由：＿＿＿＿＿＿＿＿＿＿。")
    b.p("{{ aid_centre }}（盖章）", "顶格", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("年　　月　　日", "顶格", align=WD_ALIGN_PARAGRAPH.RIGHT)


def build_inspection_referral(b: Builder) -> None:
    b.title()
    b.p("{{ inspection_authority }}：", "顶格")
    b.p("本单位在办理劳动争议案件中，收到下列{{ case_count }}件以{{ respondent_name }}"
        "{% if respondent_credit_code %}（统一社会信用代码{{ respondent_credit_code }}）{% endif %}为被申请人的案件，"
        "当事人的请求涉及{{ grounds_text }}。依照《劳动保障监察条例》第九条、第十四条的规定，现将有关线索转送你单位，"
        "请依法处理，并将处理情况填写下方回执告知我单位。")
    b.heading("一、案件情况")
    t = b.table([12, 40, 31, 21, 52])
    b.row(t, ["序号", "案号", "收案日期", "劳动者", "相关请求事项及金额"], header=True)
    b.tag_row(t, "{%tr for c in referral_cases %}")
    b.row(t, ["{{ c.no }}", "{{ c.number }}", "{{ c.received_text }}", "{{ c.worker }}", "{{ c.claims_text }}"],
          center=(0, 2))
    b.tag_row(t, "{%tr endfor %}")
    b.tag("{%p for x in amount_totals %}")
    b.p("{{ x }}。")
    b.tag("{%p endfor %}")
    b.tag("{%p if work_records %}")
    b.heading("二、工作记录反映的工作时间")
    b.tag("{%p endif %}")
    b.tag("{%p for w in work_records %}")
    b.p("{{ w.worker }}（{{ w.number }}）：{{ w.text }}")
    b.tag("{%p endfor %}")
    b.heading("{% if work_records %}三{% else %}二{% endif %}、说明")
    b.p("以上内容摘自当事人提交的申请材料和本单位登记的记录；所列金额为当事人请求的金额，工作时间为按平台订单记录统计的数据，"
        "均不是本单位对事实的认定。")
    b.p("联系人：{{ contact_person }}{% if contact_phone %}　　联系电话：{{ contact_phone }}{% endif %}")
    b.tag("{%p if attachments %}")
    b.p("附：{% for x in attachments %}{{ loop.index }}. {{ x }}{% if not loop.last %}；{% endif %}{% endfor %}", "顶格")
    b.tag("{%p endif %}")
    b.seal()
    b.page_break()
    b.p("处 理 情 况 回 执", "文书标题")
    b.p("{{ org.name }}：", "顶格")
    b.p("你单位{{ doc_number }}转送函收悉。经核查，对{{ respondent_name }}处理情况如下：")
    b.p("□已立案调查　　□责令改正　　□作出行政处罚")
    b.p("□不予立案，理由：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿")
    b.p("其他情况：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿")
    b.blank()
    b.p("{{ inspection_authority }}（盖章）", "顶格", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("年　　月　　日", "顶格", align=WD_ALIGN_PARAGRAPH.RIGHT)


def build_service_receipt(b: Builder) -> None:
    b.title()
    t = b.table([40, 116])
    b.row(t, ["送达机关", "{{ org.name }}"], center=(0,))
    b.row(t, ["案　　号", "{{ case.number }}"], center=(0,))
    b.row(t, ["案　　由", "{{ case_cause or '劳动争议' }}"], center=(0,))
    b.row(t, ["当 事 人", "申请人：{% for a in applicants %}{{ a.name }}{% if not loop.last %}、{% endif %}{% endfor %}\n"
              "被申请人：{% for r in respondents %}{{ r.name }}{% if not loop.last %}、{% endif %}{% endfor %}"],
          center=(0,))
    b.row(t, ["送达文书名称\n及件数", "{%p for d in served_documents %}\n{{ d.title }}{% if d.number %}（{{ d.number }}）"
              "{% endif %}　{{ d.copies or 1 }}份\n{%p endfor %}"], center=(0,))
    b.row(t, ["受送达人", "{{ recipient }}"], center=(0,))
    b.row(t, ["送达地址", "{{ service_address }}"], center=(0,))
    b.row(t, ["送达方式", "{{ service_method }}"], center=(0,))
    b.row(t, ["受送达人签名\n或盖章", "\n\n　　　　　　　　　　　　　　年　　月　　日"], center=(0,), min_height_mm=30)
    b.row(t, ["代收人及\n代收理由", "\n　　　　　　　　　　　　　　年　　月　　日"], center=(0,), min_height_mm=22)
    b.row(t, ["送达人", "{{ server }}"], center=(0,))
    b.row(t, ["见证人", "{{ witness }}"], center=(0,))
    b.row(t, ["备　　注", "{{ note }}"], center=(0,), min_height_mm=18)
    b.blank()
    b.p("注：受送达人拒绝签收的，送达人应当在本回证上记明拒收事由和日期，由送达人、见证人签名或者盖章。", "附注")
    b.seal()


def build_case_cover(b: Builder) -> None:
    b.p("{{ org.name }}", "封面机构")
    b.p("案　　卷", "封面标题")
    t = b.table([34, 100])
    for label, value in (("案　　号", "{{ case.number }}"),
                         ("案　　由", "{{ case_cause or '劳动争议' }}"),
                         ("申 请 人", "{% for a in applicants %}{{ a.name }}{% if not loop.last %}、{% endif %}{% endfor %}"),
                         ("被申请人", "{% for r in respondents %}{{ r.name }}{% if not loop.last %}、{% endif %}{% endfor %}"),
                         ("收案日期", "{{ case.received_on|ymd }}"),
                         ("结案日期", "{{ closed_on|ymd }}"),
                         ("结案方式", "{{ closing_method }}"),
                         ("承 办 人", "{{ handler }}"),
                         ("归档日期", "{{ archived_on|ymd }}"),
                         ("保管期限", "{{ retention or '长期' }}")):
        b.row(t, [label, value], center=(0,), min_height_mm=11)
    b.page_break()
    b.p("卷 宗 目 录", "文书标题")
    b.p("{{ case.number }}", "文号")
    t = b.table([12, 56, 36, 24, 12, 16])
    b.row(t, ["序号", "文书材料名称", "文号", "日期", "页次", "备注"], style="小表格文字", header=True)
    b.tag_row(t, "{%tr for item in file_items %}")
    b.row(t, ["{{ loop.index }}", "{{ item.title }}", "{{ item.number }}", "{{ item.date|ymd }}", "{{ item.pages }}",
              "{{ item.note }}"], style="小表格文字", center=(0, 3, 4))
    b.tag_row(t, "{%tr endfor %}")
    b.blank()
    b.p("立卷人：{{ filed_by }}　　检查人：＿＿＿＿＿＿　　立卷日期：{{ archived_on|ymd }}", "附注")


# --------------------------------------------------------------------------- the list

OPINION = F("opinion", "text", "认定意见")  # replaced below by the detailed fields
SPECS: list[Spec] = [
    Spec("mediation_application", "调解申请登记表", "case",
         [ORG, CASE_NO, APPLICANTS, RESPONDENTS, AGENTS, CLAIMS, CLAIMS_TOTAL, FACTS, RECEIVED,
          F("case.channel_label", "text", "申请方式"), F("case.platform", "text", "平台"),
          F("case.industry_label", "text", "行业"), F("registrar", "text", "登记人"), DOC_DATE, DOC_NO],
         "登记调解申请（劳动争议调解仲裁法第十二条：申请人基本情况、争议事项、理由和时间）",
         build_mediation_application),
    Spec("mediation_record", "调解笔录", "case",
         [ORG, CASE_NO, DOC_NO, APPLICANTS, RESPONDENTS,
          F("session_date", "date", "调解日期", True), F("session_time", "text", "调解时间"),
          F("session_place", "text", "调解地点", True), F("mediator", "text", "调解员", True),
          F("recorder", "text", "记录人", True), F("attendees", "text", "到场人员"),
          F("respondent_attendee", "text", "被申请人到场人员"),
          F("record_entries", "list", "笔录内容", True,
            [F("speaker", "text", "发言人", True), F("text", "text", "内容", True)]),
          F("session_proposals", "list", "本次调解提出的方案",
            items=[F("author", "text", "提出人", True), F("content", "text", "方案内容", True),
                   F("amount", "money", "金额")]), DOC_DATE],
         "调解过程的笔录，由当事人、调解员和记录人签名", build_mediation_record),
    Spec("mediation_agreement", "调解协议书", "mediation_agreement",
         [ORG, DOC_NO, F("applicants", "list", "申请人", True, AGREEMENT_PERSON_ITEMS),
          F("respondents", "list", "被申请人", True, AGREEMENT_PERSON_ITEMS), AGENTS, FACTS, RECEIVED, CLAIMS,
          CLAIMS_TOTAL, AGREEMENT_ITEMS,
          F("agreement_total", "money", "协议金额合计"), F("performance", "text", "履行方式和期限", True),
          F("mediator", "text", "调解员", True), F("copies", "text", "份数"), DOC_DATE],
         "调解协议书（劳动争议调解仲裁法第十四条，人民调解法第二十九条）", build_mediation_agreement),
    Spec("mediation_termination", "调解终止告知书", "mediation_notice",
         [ORG, DOC_NO, CASE_NO, APPLICANTS, RESPONDENTS, CLAIMS, CLAIMS_TOTAL, RECEIVED,
          F("termination_reason", "text", "终止调解的原因", True),
          F("termination_date", "date", "终止调解日期", True), F("arbitration_commission", "text", "仲裁委员会"),
          DOC_DATE],
         "调解不成或期满未达成协议时告知当事人可以申请仲裁", build_mediation_termination),
    Spec("payment_order_application", "支付令申请书", "none",
         [ORG, APPLICANTS, RESPONDENTS, F("court", "text", "受理法院", True),
          F("agreement_number", "text", "调解协议书编号", True), F("agreement_date", "date", "调解协议日期", True),
          F("payment_due_date", "date", "约定履行期限", True),
          F("payment_items", "list", "给付事项", True,
            [F("kind_label", "text", "款项名称", True), F("amount", "money", "金额", True)]),
          F("payment_total", "money", "给付金额合计", True), DOC_DATE],
         "劳动者持调解协议书向人民法院申请支付令（劳动争议调解仲裁法第十六条）", build_payment_order_application),
    Spec("arbitration_review_application", "仲裁审查申请书", "none",
         [ORG, APPLICANTS, RESPONDENTS, F("arbitration_commission", "text", "仲裁委员会", True),
          F("agreement_number", "text", "调解协议书编号", True), F("agreement_date", "date", "调解协议日期", True),
          AGREEMENT_ITEMS, F("agreement_total", "money", "协议金额合计"), DOC_DATE],
         "双方自调解协议生效之日起十五日内共同申请仲裁审查", build_arbitration_review_application),
    Spec("judicial_confirmation_application", "司法确认申请书", "none",
         [ORG, APPLICANTS, RESPONDENTS, F("court", "text", "受理法院", True),
          F("agreement_number", "text", "调解协议书编号", True), F("agreement_date", "date", "调解协议日期", True),
          AGREEMENT_ITEMS, DOC_DATE],
         "双方自调解协议生效之日起三十日内共同申请司法确认（民事诉讼法第二百零五条）",
         build_judicial_confirmation_application),
    Spec("evidence_list", "证据目录", "case",
         [ORG, CASE_NO, DOC_NO, APPLICANTS, RESPONDENTS, F("submitted_by", "text", "提交人"),
          F("evidence", "list", "证据", True,
            [F("label", "text", "证据编号", True), F("title", "text", "证据名称", True),
             F("type_label", "text", "证据种类"), F("source", "text", "来源"), F("provided_by", "text", "提供人"),
             F("purpose", "text", "证明目的", True), F("original_seen", "bool", "是否核对原件"),
             F("filename", "text", "文件名"), F("sha256", "text", "SHA-256", True)]), DOC_DATE],
         "证据目录，列出每份证据文件的SHA-256", build_evidence_list),
]

OPINION_FIELDS = [
    F("opinion.enterprises", "list", "涉及企业"),
    F("opinion.factors", "list", "考量因素", True,
      [F("label", "text", "因素", True), F("answer", "text", "回答"), F("evidence", "list", "依据证据"),
       F("note", "text", "记录的事实"), F("evidence_text", "text", "依据证据（显示）"),
       F("fact_text", "text", "记录的事实（显示）")]),
    F("opinion.unsupported_note", "text", "未关联证据的因素"),
    F("opinion.score", "text", "综合评分"), F("opinion.confidence", "text", "可信程度"),
    F("opinion.reasons", "list", "分析理由", True), F("opinion.warnings", "list", "风险提示"),
    F("opinion.category", "text", "建议结论", True), F("opinion.route", "text", "处理途径"),
    F("opinion.decision", "text", "审核决定", True), F("opinion.final_category", "text", "最终认定"),
    F("opinion.decision_reason", "text", "决定理由"),
    F("opinion.minimum_wage", "text", "当地最低工资标准及生效日期"),
    F("opinion.minimum_wage_warning", "text", "最低工资标准须核实的提示"),
    F("opinion.cited_documents", "list", "引用的文件"),
    F("opinion.signatures", "list", "签名", True,
      [F("role", "text", "职责", True), F("name", "text", "姓名", True), F("date", "date", "日期")]),
]
SERVICE_FIELDS = [
    F("served_documents", "list", "送达文书", True,
      [F("title", "text", "文书名称", True), F("number", "text", "文号"), F("copies", "text", "件数")]),
    F("recipient", "text", "受送达人", True), F("service_address", "text", "送达地址", True),
    F("service_method", "text", "送达方式", True), F("server", "text", "送达人", True),
    F("witness", "text", "见证人"), F("note", "text", "备注"), F("case_cause", "text", "案由"),
]
COVER_FIELDS = [
    F("case_cause", "text", "案由"), F("handler", "text", "承办人", True), F("closed_on", "date", "结案日期"),
    F("closing_method", "text", "结案方式"), F("archived_on", "date", "归档日期"), F("retention", "text", "保管期限"),
    F("filed_by", "text", "立卷人"),
    F("file_items", "list", "卷内文书材料", True,
      [F("title", "text", "文书材料名称", True), F("number", "text", "文号"), F("date", "date", "日期"),
       F("pages", "text", "页次"), F("note", "text", "备注")]),
]
SPECS += [
    Spec("relationship_opinion", "劳动关系认定意见表", "case",
         [ORG, CASE_NO, DOC_NO, APPLICANTS, RESPONDENTS, F("case.platform", "text", "平台"), *OPINION_FIELDS, DOC_DATE],
         "关系认定工作表的结论、理由、风险提示和审核签名", build_relationship_opinion),
    Spec("legal_aid_referral", "法律援助转介函", "legal_aid_referral",
         [ORG, DOC_NO, CASE_NO, APPLICANTS, RESPONDENTS, CLAIMS, CLAIMS_TOTAL,
          F("aid_centre", "text", "法律援助机构", True), F("referral_reason", "text", "转介理由", True),
          F("eligibility_basis", "text", "免予核查经济困难的依据"), F("contact_person", "text", "联系人", True),
          F("contact_phone", "text", "联系电话"), F("attachments", "list", "附件"), DOC_DATE],
         "向法律援助机构转介当事人（法律援助法第三十一条、第四十二条），附转介回执", build_legal_aid_referral),
    Spec("inspection_referral", "劳动保障监察线索转送函", "inspection_referral",
         [ORG, DOC_NO, F("inspection_authority", "text", "劳动保障监察机构", True),
          F("respondent_name", "text", "被申请人（用人单位或平台企业）", True),
          F("respondent_credit_code", "text", "统一社会信用代码"), F("case_count", "text", "案件数", True),
          F("grounds_text", "text", "转送事由", True),
          F("referral_cases", "list", "转送的案件", True,
            [F("no", "text", "序号", True), F("number", "text", "案号", True),
             F("received_text", "text", "收案日期", True), F("worker", "text", "劳动者", True),
             F("claims_text", "text", "相关请求事项及金额", True), F("status_label", "text", "案件状态")]),
          F("amount_totals", "list", "请求金额合计"),
          F("work_records", "list", "工作记录统计", False,
            [F("number", "text", "案号", True), F("worker", "text", "劳动者", True),
             F("text", "text", "工作时间数据", True)]),
          F("contact_person", "text", "联系人", True), F("contact_phone", "text", "联系电话"),
          F("attachments", "list", "附件"), DOC_DATE],
         "向劳动保障监察机构转送拖欠劳动报酬、违法延长工作时间、违法收取押金等线索（劳动保障监察条例第九条、第十四条），"
         "列明案件、请求金额和工作记录统计，附处理情况回执", build_inspection_referral),
    Spec("service_receipt", "送达回证", "case", [ORG, CASE_NO, DOC_NO, APPLICANTS, RESPONDENTS, *SERVICE_FIELDS, DOC_DATE],
         "送达文书的回证（民事诉讼法第八十七条）", build_service_receipt),
    Spec("case_cover", "案件封面和卷宗目录", "case",
         [ORG, CASE_NO, APPLICANTS, RESPONDENTS, RECEIVED, *COVER_FIELDS, DOC_DATE],
         "卷宗封面和卷内目录", build_case_cover),
]

# --------------------------------------------------------------------------- arbitration documents

ARB_COMMISSION = "{{ arbitration_commission or org.name }}"
APPLICANT_NAMES = "{% for a in applicants %}{{ a.name }}{% if not loop.last %}、{% endif %}{% endfor %}"
RESPONDENT_NAMES = "{% for r in respondents %}{{ r.name }}{% if not loop.last %}、{% endif %}{% endfor %}"
ARB_WORKER_LINE = ("{{ a.name }}{% if a.sex %}，{{ a.sex }}{% endif %}{% if a.age %}，{{ a.age }}岁{% endif %}"
                   "{% if a.occupation %}，职业：{{ a.occupation }}{% endif %}"
                   "{% if a.workplace %}，工作单位：{{ a.workplace }}{% endif %}"
                   "{% if a.id_number %}，公民身份号码{{ a.id_number }}{% endif %}"
                   "{% if a.address %}，住{{ a.address }}{% endif %}{% if a.phone %}，联系电话{{ a.phone }}{% endif %}。")
ARB_EMPLOYER_LINE = ("{{ r.name }}{% if r.credit_code %}，统一社会信用代码{{ r.credit_code }}{% endif %}"
                     "{% if r.address %}，住所{{ r.address }}{% endif %}"
                     "{% if r.legal_representative %}，{{ r.representative_title_label or '法定代表人' }}"
                     "{{ r.legal_representative }}{% if r.representative_position %}（职务：{{ r.representative_position }}）"
                     "{% endif %}{% endif %}。")


def arb_parties_block(b: Builder) -> None:
    """The parties as an award or a mediation document names them (agents after the applicants)."""
    b.tag("{%p for a in applicants %}")
    b.p(PERSON_LINE, "顶格", bold_prefix="申请人：")
    b.tag("{%p endfor %}")
    b.tag("{%p for g in agents %}")
    b.p("{{ g.name }}{% if g.kind %}，{{ g.kind }}{% endif %}{% if g.authority_label %}，{{ g.authority_label }}{% endif %}"
        "{% if g.represents %}（{{ g.represents }}的代理人）{% endif %}。", "顶格", bold_prefix="委托代理人：")
    b.tag("{%p endfor %}")
    b.tag("{%p for r in respondents %}")
    b.p("{% if r.is_person %}" + PERSON_LINE.replace("a.", "r.") + "{% else %}" + ARB_EMPLOYER_LINE + "{% endif %}",
        "顶格", bold_prefix="被申请人：")
    b.tag("{%p endfor %}")


def arb_claims(b: Builder) -> None:
    """The claims with each amount in figures and capitals, and the total."""
    b.tag("{%p for c in claims %}")
    b.p("{{ loop.index }}. {{ c.kind_label }}{% if c.period_text %}（{{ c.period_text }}）{% endif %}"
        "{% if c.amount %}：{{ c.amount|rmb }}{% endif %}。")
    b.tag("{%p endfor %}")
    b.p("{% if claims_total %}以上请求金额合计{{ claims_total|rmb }}。{% endif %}")


def arbitrators_signature(b: Builder, date: str) -> None:
    """The arbitrators (role and name, one line each), the date, the seal mark and the clerk, at the right."""
    b.doc.add_paragraph(style="顶格").paragraph_format.keep_with_next = True
    widths = [40, 56]
    table = b.doc.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.RIGHT
    table.autofit = False
    _no_borders(table)
    _grid(table, widths)

    def line(left: str, right: str, *, span: bool = False) -> None:
        row = table.add_row()
        _cant_split(row)
        for i, (cell, text) in enumerate(zip(row.cells, (left, right))):
            _cell_width(cell, widths[i])
            para = cell.paragraphs[0]
            para.style = b.doc.styles["签名"]
            para.paragraph_format.keep_with_next = True
            if i == 0 and not span:
                para.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            if text:
                para.add_run(text)
        if span:
            merged = row.cells[0].merge(row.cells[1])
            merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    line("{%tr for m in arbitrators %}", "")
    line("{{ m.role }}", "　{{ m.name }}")
    line("{%tr endfor %}", "")
    line("", "")
    line(date, "", span=True)
    line("（盖章）", "", span=True)
    line("{%tr if clerk %}", "")
    line("书记员", "　{{ clerk }}")
    line("{%tr endif %}", "")
    _fixed_width(table, sum(widths))


def contact_block(b: Builder) -> None:
    b.p("{% if contact_person %}联系人：{{ contact_person }}{% endif %}{% if contact_phone %}　　联系电话："
        "{{ contact_phone }}{% endif %}{% if commission_address %}　　地址：{{ commission_address }}{% endif %}", "正文")


def build_arbitration_application(b: Builder) -> None:
    b.title(with_number=False)
    b.tag("{%p for a in applicants %}")
    b.p(ARB_WORKER_LINE, "顶格", bold_prefix="申请人：")
    b.tag("{%p endfor %}")
    b.tag("{%p for g in agents %}")
    b.p("{{ g.name }}{% if g.kind %}，{{ g.kind }}{% endif %}{% if g.authority_label %}，{{ g.authority_label }}{% endif %}"
        "。", "顶格", bold_prefix="委托代理人：")
    b.tag("{%p endfor %}")
    b.tag("{%p for r in respondents %}")
    b.p("{% if r.is_person %}" + PERSON_LINE.replace("a.", "r.") + "{% else %}" + ARB_EMPLOYER_LINE + "{% endif %}",
        "顶格", bold_prefix="被申请人：")
    b.tag("{%p endfor %}")
    b.heading("仲裁请求")
    b.tag("{%p for c in claims %}")
    b.p("{{ loop.index }}. 请求裁决{{ c.kind_label }}{% if c.period_text %}（{{ c.period_text }}）{% endif %}"
        "{% if c.amount %}：{{ c.amount|rmb }}{% endif %}{% if c.basis %}；{{ c.basis|trim('。；;. ') }}{% endif %}。")
    b.tag("{%p endfor %}")
    b.p("{% if claims_total %}以上请求金额合计{{ claims_total|rmb }}。{% endif %}")
    b.heading("事实和理由")
    b.p("{{ case.facts }}")
    b.p("{{ reasons }}")
    b.p("为维护申请人的合法权益，根据《中华人民共和国劳动争议调解仲裁法》第二条、第二十一条、第二十八条的规定，"
        "特向贵委申请仲裁，请依法裁决。")
    b.heading("证据和证据来源、证人姓名和住所")
    b.tag("{%p for e in evidence %}")
    b.p("{{ loop.index }}. {{ e.title }}{% if e.source %}，来源：{{ e.source }}{% endif %}"
        "{% if e.provided_by %}，提供人：{{ e.provided_by }}{% endif %}{% if e.purpose %}，证明{{ e.purpose|trim('。') }}"
        "{% endif %}。")
    b.tag("{%p endfor %}")
    b.p("{% if not evidence %}证据另行提交。{% endif %}")
    b.tag("{%p for w in witnesses %}")
    b.p("证人{{ w.name }}{% if w.address %}，住{{ w.address }}{% endif %}{% if w.phone %}，联系电话{{ w.phone }}{% endif %}。")
    b.tag("{%p endfor %}")
    b.p("此致", "正文")
    b.p(ARB_COMMISSION, "顶格")
    b.blank()
    b.p("附：本申请书副本{% if copies %}{{ copies }}{% else %}{{ respondents|length|cn_count }}{% endif %}份"
        "（按被申请人人数提交）；证据材料{{ evidence|length }}项", "顶格")
    b.blank()
    b.tag("{%p for a in applicants %}")
    b.p("申请人（签名或按指印）：＿＿＿＿＿＿（{{ a.name }}）", "顶格", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.tag("{%p endfor %}")
    b.p("{{ document_date|cn_date }}", "顶格", align=WD_ALIGN_PARAGRAPH.RIGHT)


def build_acceptance_notice(b: Builder) -> None:
    b.title()
    b.p(APPLICANT_NAMES + "：", "顶格")
    b.p("你（们）与被申请人" + RESPONDENT_NAMES + "劳动争议一案的仲裁申请，本委于{{ case.received_on|ymd }}收到。"
        "经审查，该申请符合《中华人民共和国劳动争议调解仲裁法》第二十九条和《劳动人事争议仲裁办案规则》第三十条规定的"
        "受理条件，本委决定于{{ accepted_on|ymd }}予以受理。案号为{{ case.number }}。你（们）的仲裁请求为：")
    arb_claims(b)
    b.p("现将有关事项告知如下：")
    b.p("一、本委将在受理之日起五日内将仲裁申请书副本送达被申请人，并将仲裁庭的组成情况书面通知双方当事人；"
        "开庭日期、地点将在开庭五日前书面通知。")
    b.p("二、当事人对自己提出的主张有责任提供证据。{% if evidence_due_date %}请于{{ evidence_due_date|ymd }}前"
        "向本委提交证据材料（原件和按对方当事人人数提交的复印件），逾期提交的，由仲裁庭决定是否采纳。"
        "{% else %}请在仲裁庭指定的期限内向本委提交证据材料。{% endif %}")
    b.p("三、委托他人参加仲裁活动的，应当提交有委托人签名或者盖章的委托书，委托书应当载明委托事项和权限"
        "（同法第二十四条）。申请人增加或者变更仲裁请求的，应当在第一次开庭三日前书面提出。")
    b.p("四、仲裁庭应当自受理之日起四十五日内结束本案；案情复杂需要延期的，经本委主任批准可以延期并书面通知当事人，"
        "延长期限不得超过十五日（同法第四十三条）。劳动争议仲裁不收费（同法第五十三条）。")
    b.p("五、申请人收到开庭通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请（同法第三十六条）。")
    b.p("六、收到本通知书后，请在送达回证上签名。")
    contact_block(b)
    b.p("特此通知。")
    b.seal()


def build_non_acceptance_notice(b: Builder) -> None:
    b.title()
    b.p(APPLICANT_NAMES + "：", "顶格")
    b.p("你（们）与被申请人" + RESPONDENT_NAMES + "劳动争议一案的仲裁申请，本委于{{ case.received_on|ymd }}收到。"
        "你（们）的仲裁请求为：")
    arb_claims(b)
    b.p("经审查，本委认为该申请不符合受理条件，理由如下：")
    b.tag("{%p for reason in non_acceptance_reasons %}")
    b.p("{{ loop.index|cn_count }}、{{ reason|trim('。；;. ') }}。")
    b.tag("{%p endfor %}")
    b.p("根据《中华人民共和国劳动争议调解仲裁法》第二十九条{% if legal_basis %}和{{ legal_basis }}{% endif %}的规定，"
        "本委决定不予受理。")
    b.p("对本委不予受理的决定，你（们）可以就该劳动争议事项向{{ court or '有管辖权的人民法院' }}提起诉讼"
        "（《中华人民共和国劳动争议调解仲裁法》第二十九条）。起诉时请携带本通知书。")
    contact_block(b)
    b.p("特此通知。")
    b.seal()


def build_jurisdiction_explanation(b: Builder) -> None:
    b.title()
    b.p(APPLICANT_NAMES + "：", "顶格")
    b.p("你（们）与被申请人" + RESPONDENT_NAMES + "劳动争议一案的仲裁申请，本委于{{ case.received_on|ymd }}收到。")
    b.p("根据《中华人民共和国劳动争议调解仲裁法》第二十一条第二款，劳动争议由劳动合同履行地或者用人单位所在地的"
        "劳动争议仲裁委员会管辖；双方当事人分别向劳动合同履行地和用人单位所在地的劳动争议仲裁委员会申请仲裁的，"
        "由劳动合同履行地的劳动争议仲裁委员会管辖。")
    b.p("{% if performance_place %}经审查，劳动合同履行地为{{ performance_place }}"
        "{% if employer_seat %}，用人单位所在地为{{ employer_seat }}{% endif %}。{% elif employer_seat %}"
        "经审查，用人单位所在地为{{ employer_seat }}。{% endif %}{{ jurisdiction_reason|trim('。') }}，"
        "本委对该争议没有管辖权。")
    b.p("该争议由{{ competent_commission }}管辖{% if competent_commission_address %}（地址：{{ competent_commission_address }}"
        "{% if competent_commission_phone %}，电话：{{ competent_commission_phone }}{% endif %}）{% endif %}，"
        "请你（们）向该仲裁委员会申请仲裁。")
    b.p("依照《劳动人事争议仲裁办案规则》第三十一条，特作此书面说明。本说明仅涉及管辖，不是不予受理决定，"
        "不影响你（们）依法向有管辖权的仲裁委员会申请仲裁；仲裁时效因你（们）向本委请求权利救济而中断"
        "（《中华人民共和国劳动争议调解仲裁法》第二十七条第二款）。")
    contact_block(b)
    b.p("特此说明。")
    b.seal()


def build_respondent_notice(b: Builder) -> None:
    b.title()
    b.p(RESPONDENT_NAMES + "：", "顶格")
    b.p("申请人" + APPLICANT_NAMES + "与你（单位）劳动争议一案，本委已于{{ accepted_on|ymd }}受理，案号为{{ case.number }}。"
        "申请人的仲裁请求为：")
    arb_claims(b)
    b.p("现将仲裁申请书副本及有关材料送达你（单位），并将有关事项通知如下：")
    b.heading("答辩提示")
    b.p("一、你（单位）应当自收到仲裁申请书副本之日起十日内向本委提交答辩书{% if defence_copies %}"
        "（一式{{ defence_copies }}份）{% else %}，并按申请人人数提交副本{% endif %}（《中华人民共和国劳动争议调解仲裁法》"
        "第三十条第二款）。答辩书应当写明答辩人的基本情况、对申请人仲裁请求的意见以及所根据的事实、理由和证据。"
        "本委收到答辩书后，将在五日内将答辩书副本送达申请人。")
    b.p("二、你（单位）未提交答辩书的，不影响仲裁程序的进行（同法第三十条第二款）。")
    b.p("三、当事人对自己提出的主张有责任提供证据。与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供；"
        "用人单位不提供的，应当承担不利后果（同法第六条、第三十九条第二款）。{% if evidence_due_date %}请于"
        "{{ evidence_due_date|ymd }}前提交证据材料。{% endif %}")
    b.p("四、用人单位应当提交营业执照或者登记证书复印件、法定代表人（主要负责人）身份证明书；委托他人参加仲裁活动的，"
        "应当提交有委托人签名或者盖章的委托书，委托书应当载明委托事项和权限（同法第二十四条）。")
    b.p("五、你（单位）提出反申请的，应当在答辩期内向本委书面提出。")
    b.p("六、被申请人收到开庭通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，仲裁庭可以缺席裁决（同法第三十六条）。")
    contact_block(b)
    b.p("特此通知。")
    b.p("附：{% for x in enclosures %}{{ loop.index }}. {{ x }}{% if not loop.last %}；{% endif %}{% endfor %}"
        "{% if not enclosures %}1. 仲裁申请书副本；2. 申请人提交的证据材料复印件{% endif %}", "顶格")
    b.seal()


def build_tribunal_notice(b: Builder) -> None:
    b.title()
    b.p(APPLICANT_NAMES + "、" + RESPONDENT_NAMES + "：", "顶格")
    b.p("申请人" + APPLICANT_NAMES + "与被申请人" + RESPONDENT_NAMES + "劳动争议一案，本委已于{{ accepted_on|ymd }}受理。"
        "根据《中华人民共和国劳动争议调解仲裁法》第三十一条、第三十二条的规定，本案{{ tribunal_form }}，组成人员如下：")
    b.tag("{%p for m in arbitrators %}")
    b.p("{{ m.role }}：{{ m.name }}")
    b.tag("{%p endfor %}")
    b.p("{% if clerk %}书记员：{{ clerk }}{% endif %}")
    b.p("仲裁员有下列情形之一的，应当回避，当事人也有权以口头或者书面方式提出回避申请：（一）是本案当事人或者当事人、"
        "代理人的近亲属的；（二）与本案有利害关系的；（三）与本案当事人、代理人有其他关系，可能影响公正裁决的；"
        "（四）私自会见当事人、代理人，或者接受当事人、代理人的请客送礼的。本委对回避申请将及时作出决定，"
        "并以口头或者书面方式通知当事人（同法第三十三条）。申请回避的，应当说明理由。")
    contact_block(b)
    b.p("特此通知。")
    b.seal()


def build_hearing_notice(b: Builder) -> None:
    b.title()
    b.p(APPLICANT_NAMES + "、" + RESPONDENT_NAMES + "：", "顶格")
    b.p("申请人" + APPLICANT_NAMES + "与被申请人" + RESPONDENT_NAMES + "劳动争议一案（{{ case.number }}），"
        "本委仲裁庭定于下列时间、地点开庭审理：")
    t = b.table([34, 122])
    b.row(t, ["开庭日期", "{{ hearing_date|ymd }}"], center=(0,))
    b.row(t, ["开庭时间", "{{ hearing_time }}"], center=(0,))
    b.row(t, ["开庭地点", "{{ hearing_place }}{% if hearing_room %}{{ hearing_room }}{% endif %}"], center=(0,))
    b.row(t, ["仲 裁 庭", "{% for m in arbitrators %}{{ m.role }}{{ m.name }}{% if not loop.last %}；{% endif %}{% endfor %}"
              "{% if not arbitrators %}见仲裁庭组成通知书{% endif %}"], center=(0,))
    b.blank()
    b.p("请注意：")
    b.p("一、请当事人或者委托代理人持本通知书和身份证件（单位持营业执照复印件、法定代表人身份证明书、授权委托书）"
        "准时到庭，并携带证据原件以供质证。")
    b.p("二、当事人有正当理由需要延期开庭的，应当在开庭三日前向本委提出，是否延期由本委决定"
        "（《中华人民共和国劳动争议调解仲裁法》第三十五条）。")
    b.p("三、申请人收到本通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请；"
        "被申请人收到本通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以缺席裁决（同法第三十六条）。")
    b.p("四、本通知于开庭五日前送达（同法第三十五条）。")
    contact_block(b)
    b.p("特此通知。")
    b.seal()


def build_postponement_notice(b: Builder) -> None:
    b.title()
    b.p(APPLICANT_NAMES + "、" + RESPONDENT_NAMES + "：", "顶格")
    b.p("申请人" + APPLICANT_NAMES + "与被申请人" + RESPONDENT_NAMES + "劳动争议一案（{{ case.number }}），原定于"
        "{{ original_hearing_date|ymd }}{% if original_hearing_time %}{{ original_hearing_time }}{% endif %}开庭审理。"
        "{% if requested_by %}{{ requested_by }}以{{ postponement_reason|trim('。') }}为由申请延期开庭，本委经审查决定准许。"
        "{% else %}因{{ postponement_reason|trim('。') }}，本委决定延期审理。{% endif %}")
    b.p("{% if new_hearing_date %}本案改定于{{ new_hearing_date|ymd }}{% if new_hearing_time %}{{ new_hearing_time }}"
        "{% endif %}在{{ new_hearing_place or '原开庭地点' }}开庭审理，请准时到庭；当事人收到开庭通知无正当理由拒不到庭的，"
        "依照《中华人民共和国劳动争议调解仲裁法》第三十六条处理。{% else %}新的开庭日期、地点另行书面通知，"
        "并于开庭五日前送达。{% endif %}")
    b.p("{% if extension_text %}{{ extension_text }}{% endif %}")
    contact_block(b)
    b.p("特此通知。")
    b.seal()


PARTIES_WORD = "{% if (applicants|length) + (respondents|length) > 2 %}各方当事人{% else %}双方当事人{% endif %}"


def commission_heading(b: Builder, title: str) -> None:
    """The commission's name over the document's title, as its instruments are headed."""
    b.p(ARB_COMMISSION, "文书标题")
    b.p(title, "文书标题")


def build_arbitral_mediation(b: Builder) -> None:
    commission_heading(b, b.title_text)
    b.p("{{ doc_number }}", "文号")
    arb_parties_block(b)
    b.p("申请人" + APPLICANT_NAMES + "与被申请人" + RESPONDENT_NAMES + "劳动争议一案，本委于{{ accepted_on|ymd }}受理。"
        "仲裁庭依法进行审理，并在作出裁决前先行调解。")
    b.heading("一、仲裁请求")
    arb_claims(b)
    b.p("{% if case.facts %}{{ case.facts|trim('。；; ') }}。{% endif %}")
    b.heading("二、协议的结果")
    b.p("经仲裁庭主持调解，" + PARTIES_WORD + "自愿达成如下协议：")
    b.tag("{%p for item in mediation_items %}")
    b.p("（{{ loop.index|cn_count }}）{% if item.text %}{{ item.text }}{% else %}{{ item.content|trim('。；;') }}"
        "{% if item.amount %}，计{{ item.amount|rmb }}{% endif %}"
        "{% if item.due_date %}，于{{ item.due_date|ymd }}前履行完毕{% endif %}。{% endif %}")
    b.tag("{%p endfor %}")
    b.p("{% if mediation_total %}以上款项合计{{ mediation_total|rmb }}。{% endif %}{% if performance %}"
        "{{ performance|trim('。；; ') }}。{% endif %}")
    b.p("上述协议符合有关法律规定，仲裁庭予以确认。")
    b.p("本调解书经" + PARTIES_WORD + "签收后，发生法律效力（《中华人民共和国劳动争议调解仲裁法》第四十二条）。"
        "调解书送达前一方当事人反悔的，仲裁庭将及时作出裁决。调解书发生法律效力后，一方当事人逾期不履行的，"
        "另一方当事人可以依照民事诉讼法的有关规定向人民法院申请执行（同法第五十一条）。")
    arbitrators_signature(b, "{{ document_date|cn_date }}")


RIGHTS_FINAL = [
    "本裁决为终局裁决，裁决书自作出之日起发生法律效力（《中华人民共和国劳动争议调解仲裁法》第四十七条）。"
    "{% if final_basis %}{{ final_basis }}{% endif %}",
    "劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼（同法第四十八条）。",
    "用人单位有证据证明本裁决有下列情形之一的，可以自收到本裁决书之日起三十日内向{{ revocation_court or "
    "'本委所在地的中级人民法院' }}申请撤销裁决：（一）适用法律、法规确有错误的；（二）劳动争议仲裁委员会无管辖权的；"
    "（三）违反法定程序的；（四）裁决所根据的证据是伪造的；（五）对方当事人隐瞒了足以影响公正裁决的证据的；"
    "（六）仲裁员在仲裁该案时有索贿受贿、徇私舞弊、枉法裁决行为的（同法第四十九条）。",
]
RIGHTS_NON_FINAL = [
    "本裁决为非终局裁决。{% if non_final_basis %}{{ non_final_basis }}{% endif %}",
    "当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向{{ court or '人民法院' }}提起诉讼；期满不起诉的，"
    "本裁决书发生法律效力（《中华人民共和国劳动争议调解仲裁法》第五十条）。",
]


def award_body(b: Builder, *, partial: bool = False) -> None:
    b.p("{{ doc_number }}{% if number_suffix %}{{ number_suffix }}{% endif %}", "文号")
    arb_parties_block(b)
    # the account of the proceedings comes from the record (services.arbitration.procedure_record)
    b.p("申请人" + APPLICANT_NAMES + "与被申请人" + RESPONDENT_NAMES + "劳动争议一案，本委于{{ accepted_on|ymd }}受理。"
        "{% if procedure_text %}{{ procedure_text }}{% endif %}")
    b.heading("一、仲裁请求")
    b.p("申请人请求：")
    arb_claims(b)
    b.p("{% if applicant_statement %}申请人称：{{ applicant_statement|trim('。；; ') }}。{% endif %}")
    b.p("{% if respondent_defence %}被申请人辩称：{{ respondent_defence|trim('。；; ') }}。{% endif %}")
    b.heading("二、争议事实")
    b.p("经审理查明：{{ facts_found|trim('。；; ') }}。")
    b.tag("{%p if evidence_relied %}")
    b.p("上述事实，有下列证据证明：")
    b.tag("{%p endif %}")
    b.tag("{%p for e in evidence_relied %}")
    b.p("{{ loop.index }}. {{ e.title|trim('。') }}{% if e.note %}（{{ e.note|trim('。') }}）{% endif %}。")
    b.tag("{%p endfor %}")
    b.heading("三、裁决理由")
    b.p("{{ reasoning|trim('。；; ') }}。")
    b.tag("{%p for item in ruling_items %}")
    b.p("（{{ loop.index|cn_count }}）关于{{ item.kind_label|trim('。') }}。{% if item.basis %}{{ item.basis|trim('。；; ') }}。"
        "{% endif %}{% if item.calculation %}计算：{{ item.calculation|trim('。；; ') }}。{% endif %}"
        "{% if item.amount %}仲裁庭确认该项数额为{{ item.amount|rmb }}。{% elif item.outcome == '驳回' %}"
        "仲裁庭对该项请求不予支持。{% endif %}")
    b.tag("{%p endfor %}")
    if partial:
        b.p("本案{{ partial_scope }}部分事实已经清楚，根据《中华人民共和国劳动争议调解仲裁法》第四十三条第二款的规定，"
            "仲裁庭就该部分先行裁决。")
    b.heading("四、裁决结果")
    b.p("根据{{ legal_basis|trim('。；; ') }}的规定，裁决如下：")
    b.tag("{%p for item in operative_items %}")
    b.p("{{ loop.index|cn_count }}、{{ item.text }}")
    b.tag("{%p endfor %}")
    b.p("{% if rulings_total %}以上款项合计{{ rulings_total|rmb }}。{% endif %}{% if payment_terms %}"
        "{{ payment_terms|trim('。；; ') }}。{% endif %}")
    if partial:
        b.p("{{ remaining_text or '本案其余仲裁请求，仲裁庭继续审理后另行裁决。' }}")
    b.p("{% if related_award_note %}{{ related_award_note }}{% endif %}")


def build_award(b: Builder, rights: list[str]) -> None:
    commission_heading(b, "仲裁裁决书")  # the same printed title for the final and the non-final variant
    award_body(b)
    b.heading("五、当事人权利")
    for text in rights:
        b.p(text)
    b.p("发生法律效力的裁决书，当事人应当依照规定的期限履行。一方当事人逾期不履行的，另一方当事人可以依照民事诉讼法的有关规定"
        "向人民法院申请执行（同法第五十一条）。")
    arbitrators_signature(b, "{{ award_date|cn_date }}")


def build_award_final(b: Builder) -> None:
    build_award(b, RIGHTS_FINAL)


def build_award_non_final(b: Builder) -> None:
    build_award(b, RIGHTS_NON_FINAL)


def build_partial_award(b: Builder) -> None:
    commission_heading(b, b.title_text)
    award_body(b, partial=True)
    b.heading("五、当事人权利")
    b.p("{% if is_final %}" + RIGHTS_FINAL[0] + "{% else %}" + RIGHTS_NON_FINAL[0] + "{% endif %}")
    b.tag("{%p if is_final %}")
    b.p(RIGHTS_FINAL[1])
    b.p(RIGHTS_FINAL[2])
    b.tag("{%p else %}")
    b.p(RIGHTS_NON_FINAL[1])
    b.tag("{%p endif %}")
    b.p("发生法律效力的裁决书，当事人应当依照规定的期限履行。一方当事人逾期不履行的，另一方当事人可以依照民事诉讼法的有关规定"
        "向人民法院申请执行（同法第五十一条）。")
    arbitrators_signature(b, "{{ award_date|cn_date }}")


ARB_PERSON_ITEMS = PERSON_ITEMS + [F("occupation", "text", "职业"), F("workplace", "text", "工作单位"),
                                   F("representative_title_label", "text", "负责人称谓（法定代表人或主要负责人）"),
                                   F("representative_position", "text", "法定代表人（主要负责人）职务")]
ARB_APPLICANTS = F("applicants", "list", "申请人", True, ARB_PERSON_ITEMS)
ARB_RESPONDENTS = F("respondents", "list", "被申请人", True, ARB_PERSON_ITEMS)
ARB_CLAIMS = F("claims", "list", "仲裁请求", True,
               [F("kind_label", "text", "请求种类", True), F("amount", "money", "金额"), F("basis", "text", "依据"),
                F("period_text", "text", "期间")])
COMMISSION = F("arbitration_commission", "text", "仲裁委员会名称（默认为本机构名称）")
ACCEPTED_ON = F("accepted_on", "date", "受理日期", True)
CONTACT = [F("contact_person", "text", "联系人"), F("contact_phone", "text", "联系电话"),
           F("commission_address", "text", "仲裁委员会地址")]
ARBITRATORS = F("arbitrators", "list", "仲裁员", True,
                [F("role", "text", "职务（首席仲裁员、仲裁员或独任仲裁员）", True), F("name", "text", "姓名", True)])
CLERK = F("clerk", "text", "书记员")
RULING_ITEMS = F("ruling_items", "list", "裁决事项", True,
                 [F("kind_label", "text", "事项名称（如拖欠劳动报酬）", True), F("amount", "money", "裁决金额"),
                  F("basis", "text", "认定依据和理由"), F("calculation", "text", "计算过程"),
                  F("outcome", "text", "裁决结果（支持、部分支持或驳回）"),
                  F("result", "text", "裁决主文（如“被申请人某公司应于本裁决书生效之日起十日内向申请人某某支付……”）")])
OPERATIVE_ITEMS = F("operative_items", "list", "裁决主文（逐项：谁向谁支付多少、何时履行；连带责任；驳回的请求）", True,
                    [F("text", "text", "该项裁决的完整表述（以句号结尾）", True), F("amount", "money", "金额")])
AWARD_FIELDS = [
    ORG, CASE_NO, DOC_NO, ARB_APPLICANTS, AGENTS, ARB_RESPONDENTS, ARB_CLAIMS, CLAIMS_TOTAL, ACCEPTED_ON,
    F("number_suffix", "text", "文号后缀（同一案件分别制作裁决书时，如“之一”）"),
    F("procedure_text", "text", "审理经过（由案件记录生成：组庭、开庭或书面审理、调解情况）"),
    F("hearing_dates", "text", "开庭日期"),
    F("applicant_statement", "text", "申请人陈述的事实和理由"), F("respondent_defence", "text", "被申请人答辩意见"),
    F("facts_found", "text", "仲裁庭查明的争议事实", True),
    F("evidence_relied", "list", "认定事实所依据的证据", False,
      [F("title", "text", "证据名称", True), F("note", "text", "证明内容")]),
    F("reasoning", "text", "裁决理由", True), RULING_ITEMS, OPERATIVE_ITEMS, F("rulings_total", "money", "裁决金额合计"),
    F("payment_terms", "text", "履行方式（如银行转账的账户）"), COMMISSION,
    F("legal_basis", "text", "裁决依据的法律条文（如《中华人民共和国劳动合同法》第三十条）", True),
    F("related_award_note", "text", "关联裁决书的说明（终局与非终局事项分别制作时）"),
    F("award_date", "date", "裁决日期", True), ARBITRATORS, CLERK,
]
ARB_NOTICE_BASE = [ORG, CASE_NO, DOC_NO, APPLICANTS, RESPONDENTS]

SPECS += [
    Spec("arbitration_application", "劳动人事争议仲裁申请书", "none",
         [ORG, ARB_APPLICANTS, AGENTS, ARB_RESPONDENTS, ARB_CLAIMS, CLAIMS_TOTAL, FACTS,
          F("reasons", "text", "申请理由（对事实的补充说明）"),
          F("evidence", "list", "证据", False,
            [F("title", "text", "证据名称", True), F("source", "text", "证据来源"), F("provided_by", "text", "提供人"),
             F("purpose", "text", "证明目的")]),
          F("witnesses", "list", "证人", False,
            [F("name", "text", "证人姓名", True), F("address", "text", "证人住所"), F("phone", "text", "联系电话")]),
          COMMISSION, F("copies", "text", "副本份数（默认按被申请人人数）"), DOC_DATE],
         "劳动者的书面仲裁申请，由登记的案件生成（劳动争议调解仲裁法第二十八条：当事人基本情况，仲裁请求和所根据的事实、"
         "理由，证据和证据来源、证人姓名和住所，按被申请人人数提交副本）。当事人提交的申请书，不编文号",
         build_arbitration_application),
    Spec("acceptance_notice", "受理通知书", "case",
         [*ARB_NOTICE_BASE, CLAIMS, CLAIMS_TOTAL, RECEIVED, ACCEPTED_ON,
          F("evidence_due_date", "date", "举证期限"), *CONTACT, DOC_DATE],
         "收到仲裁申请之日起五日内通知申请人予以受理（劳动争议调解仲裁法第二十九条，办案规则第三十条），"
         "告知举证、委托代理、审理期限和拒不到庭的后果。仲裁委员会的受理通知书以案号作为文号，故使用案号",
         build_acceptance_notice),
    Spec("non_acceptance_notice", "不予受理通知书", "case",
         [*ARB_NOTICE_BASE, CLAIMS, CLAIMS_TOTAL, RECEIVED,
          F("non_acceptance_reasons", "list", "不予受理的理由（逐项）", True),
          F("legal_basis", "text", "其他依据（如《劳动人事争议仲裁办案规则》第三十条第（一）项）"),
          F("court", "text", "可以起诉的人民法院"), *CONTACT, DOC_DATE],
         "不符合受理条件的，收到申请之日起五日内书面通知申请人不予受理并说明理由，告知其可以向人民法院提起诉讼"
         "（劳动争议调解仲裁法第二十九条）。仅因无管辖权的，改用“无管辖权的书面说明”。文书引用登记时的案号，故使用案号",
         build_non_acceptance_notice),
    Spec("jurisdiction_explanation", "无管辖权的书面说明", "case",
         [*ARB_NOTICE_BASE, RECEIVED, F("jurisdiction_reason", "text", "本委无管辖权的理由", True),
          F("performance_place", "text", "劳动合同履行地"), F("employer_seat", "text", "用人单位所在地"),
          F("competent_commission", "text", "有管辖权的仲裁委员会", True),
          F("competent_commission_address", "text", "有管辖权的仲裁委员会地址"),
          F("competent_commission_phone", "text", "有管辖权的仲裁委员会电话"), *CONTACT, DOC_DATE],
         "仅因不属于本委管辖的，五日内书面说明并告知申请人向有管辖权的仲裁委员会申请，不出具不予受理通知书"
         "（劳动争议调解仲裁法第二十一条，办案规则第三十一条）。文书引用登记时的案号，故使用案号",
         build_jurisdiction_explanation),
    Spec("respondent_notice", "应诉通知书", "case",
         [*ARB_NOTICE_BASE, CLAIMS, CLAIMS_TOTAL, ACCEPTED_ON, F("evidence_due_date", "date", "举证期限"),
          F("defence_copies", "text", "答辩书份数"), F("enclosures", "list", "随附材料（默认：仲裁申请书副本、证据复印件）"),
          *CONTACT, DOC_DATE],
         "受理后五日内随仲裁申请书副本送达被申请人，附答辩提示：收到副本之日起十日内提交答辩书，未答辩不影响仲裁程序"
         "（劳动争议调解仲裁法第三十条）。仲裁委员会的应诉通知书以案号作为文号，故使用案号",
         build_respondent_notice),
    Spec("tribunal_notice", "仲裁庭组成通知书", "case",
         [*ARB_NOTICE_BASE, ACCEPTED_ON,
          F("tribunal_form", "text", "仲裁庭组成方式（如“由仲裁员一名独任仲裁”或“由三名仲裁员组成仲裁庭”）", True),
          ARBITRATORS, CLERK, *CONTACT, DOC_DATE],
         "受理之日起五日内将仲裁庭的组成情况书面通知双方当事人，告知申请回避的权利（劳动争议调解仲裁法第三十二条、"
         "第三十三条）。以案号作为文号，故使用案号", build_tribunal_notice),
    Spec("hearing_notice", "开庭通知书", "case",
         [*ARB_NOTICE_BASE, F("hearing_date", "date", "开庭日期", True), F("hearing_time", "text", "开庭时间", True),
          F("hearing_place", "text", "开庭地点", True), F("hearing_room", "text", "仲裁庭室"),
          F("arbitrators", "list", "仲裁员", False,
            [F("role", "text", "职务", True), F("name", "text", "姓名", True)]), *CONTACT, DOC_DATE],
         "开庭五日前将开庭日期、地点书面通知双方当事人，告知延期申请（开庭三日前）和拒不到庭的后果"
         "（劳动争议调解仲裁法第三十五条、第三十六条）。以案号作为文号，故使用案号", build_hearing_notice),
    Spec("postponement_notice", "延期审理通知书", "case",
         [*ARB_NOTICE_BASE, F("original_hearing_date", "date", "原定开庭日期", True),
          F("original_hearing_time", "text", "原定开庭时间"), F("postponement_reason", "text", "延期理由", True),
          F("requested_by", "text", "申请延期的当事人"), F("new_hearing_date", "date", "新的开庭日期"),
          F("new_hearing_time", "text", "新的开庭时间"), F("new_hearing_place", "text", "新的开庭地点"),
          F("extension_text", "text", "审理期限延长的说明（经主任批准延长的期限和理由）"), *CONTACT, DOC_DATE],
         "延期开庭或者延期审理的书面通知（劳动争议调解仲裁法第三十五条、第四十三条）。以案号作为文号，故使用案号",
         build_postponement_notice),
    Spec("arbitral_mediation", "仲裁调解书", "case",
         [ORG, CASE_NO, DOC_NO, APPLICANTS, AGENTS, ARB_RESPONDENTS, ARB_CLAIMS, CLAIMS_TOTAL, ACCEPTED_ON, COMMISSION,
          F("case.facts", "text", "案情简述"),
          F("mediation_items", "list", "协议的结果", True,
            [F("content", "text", "内容", True), F("amount", "money", "金额"), F("due_date", "date", "履行期限"),
             F("text", "text", "该项协议的完整表述（谁向谁支付多少、何时履行）")]),
          F("mediation_total", "money", "协议金额合计"), F("performance", "text", "履行方式"),
          ARBITRATORS, CLERK, DOC_DATE],
         "仲裁庭先行调解达成协议时制作，写明仲裁请求和当事人协议的结果，由仲裁员签名、加盖仲裁委员会印章，"
         "经双方当事人签收后发生法律效力（劳动争议调解仲裁法第四十二条）。仲裁调解书以案号作为文号，故使用案号",
         build_arbitral_mediation),
    Spec("award_final", "仲裁裁决书（终局）", "case",
         [*AWARD_FIELDS, F("final_basis", "text", "终局裁决的理由（如各项数额均不超过当地月最低工资标准十二个月金额）"),
          F("revocation_court", "text", "申请撤销裁决的中级人民法院")],
         "终局裁决书（劳动争议调解仲裁法第四十六条、第四十七条）：仲裁请求、争议事实、裁决理由、每项裁决结果（金额大小写）"
         "和裁决日期，仲裁员签名和仲裁委员会印章；告知劳动者十五日内起诉（第四十八条）、用人单位三十日内向中级人民法院"
         "申请撤销（第四十九条）。裁决书以案号作为文号，故使用案号；终局与非终局事项分别制作时用“文号后缀”区分",
         build_award_final),
    Spec("award_non_final", "仲裁裁决书（非终局）", "case",
         [*AWARD_FIELDS, F("non_final_basis", "text", "非终局裁决的说明"), F("court", "text", "可以起诉的人民法院")],
         "非终局裁决书（劳动争议调解仲裁法第四十六条、第五十条）：内容同终局裁决书；告知当事人收到裁决书之日起十五日内"
         "可以向人民法院起诉，期满不起诉的裁决书发生法律效力。裁决书以案号作为文号，故使用案号",
         build_award_non_final),
    Spec("partial_award", "先行裁决书", "case",
         [*AWARD_FIELDS, F("partial_scope", "text", "先行裁决的部分（如“关于拖欠劳动报酬的请求”）", True),
          F("remaining_text", "text", "其余请求的处理（默认：继续审理后另行裁决）"),
          F("is_final", "bool", "先行裁决是否为终局裁决"), F("final_basis", "text", "终局裁决的理由"),
          F("non_final_basis", "text", "非终局裁决的说明"), F("revocation_court", "text", "申请撤销裁决的中级人民法院"),
          F("court", "text", "可以起诉的人民法院")],
         "部分事实已经清楚时就该部分先行裁决（劳动争议调解仲裁法第四十三条第二款），按终局或非终局告知相应权利。"
         "以案号作为文号，故使用案号", build_partial_award),
]


PDF_SPECS = [
    {"code": "evidence_list_pdf", "title": "证据目录", "generator": "evidence_list", "number": "case",
     "fields": [ORG, CASE_NO, APPLICANTS, RESPONDENTS,
                F("evidence", "list", "证据", False,
                  [F("title", "text", "证据名称", True), F("purpose", "text", "证明目的", True),
                   F("sha256", "text", "SHA-256", True)]), DOC_DATE],
     "description": "证据目录（PDF），每份证据附SHA-256，证据多时自动分页并重复表头"},
    {"code": "case_cover_pdf", "title": "案件封面和卷宗目录", "generator": "case_cover", "number": "case",
     "fields": [ORG, CASE_NO, APPLICANTS, RESPONDENTS, RECEIVED, *COVER_FIELDS, DOC_DATE],
     "description": "卷宗封面和卷内目录（PDF）"},
    {"code": "relationship_opinion_pdf", "title": "劳动关系认定意见表", "generator": "relationship_opinion",
     "number": "case", "fields": [ORG, CASE_NO, APPLICANTS, RESPONDENTS, *OPINION_FIELDS, DOC_DATE],
     "description": "劳动关系认定意见表（PDF）"},
    {"code": "service_receipt_pdf", "title": "送达回证", "generator": "service_receipt", "number": "case",
     "fields": [ORG, CASE_NO, APPLICANTS, RESPONDENTS, *SERVICE_FIELDS, DOC_DATE], "description": "送达回证（PDF）"},
]


def registry() -> dict:
    templates = []
    for spec in SPECS:
        templates.append({"code": spec.code, "title": spec.title, "format": "docx", "file": f"{spec.code}.docx",
                          "number": spec.number, "description": spec.description, "fields": spec.fields})
    for pdf in PDF_SPECS:
        templates.append({"code": pdf["code"], "title": pdf["title"], "format": "pdf", "generator": pdf["generator"],
                          "number": pdf["number"], "description": pdf["description"], "fields": pdf["fields"]})
    return {"version": 1,
            "note": "文书模板登记表：每个文书的代码、标题、格式、模板文件、编号种类和需要填写的字段。"
                    "由 scripts/build_templates.py 生成，管理员可以修改。",
            "number_kinds": NUMBER_KINDS, "templates": templates}


def registry_json(data: dict) -> str:
    """Indented JSON with one line per field, so that an administrator can read and edit it."""

    def dump(value, indent: str) -> str:  # noqa: ANN001
        if isinstance(value, dict) and "type" in value and "label" in value:  # a field: one line
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, dict):
            inner = indent + "  "
            items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {dump(v, inner)}" for k, v in value.items()]
            return "{\n" + ",\n".join(items) + "\n" + indent + "}" if items else "{}"
        if isinstance(value, list) and value and isinstance(value[0], dict):
            inner = indent + "  "
            return "[\n" + ",\n".join(inner + dump(v, inner) for v in value) + "\n" + indent + "]"
        return json.dumps(value, ensure_ascii=False)

    return dump(data, "") + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "templates" / "docs")
    ap.add_argument("--only", nargs="*", help="template codes to build (default: all)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for spec in SPECS:
        if args.only and spec.code not in args.only:
            continue
        b = Builder(spec.title)
        spec.build(b)  # type: ignore[operator]
        b.save(args.out / f"{spec.code}.docx")
        print(f"{spec.code}.docx  {spec.title}")
    (args.out / "registry.json").write_text(registry_json(registry()), "utf-8")
    print("registry.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
