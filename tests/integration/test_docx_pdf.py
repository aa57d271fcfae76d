"""The PDF rendition of the program's DOCX documents (``documents.docx_pdf``), read back with poppler.

Every built-in template is rendered with sample values of its declared fields (the contexts of
test_templates_render), converted through the engine (in the render worker) and read back with
``pdftotext -raw`` (the order the text is drawn in): every paragraph and every table cell of the DOCX
is in the PDF, in the DOCX's order, whitespace aside; the bundled font is embedded (``pdffonts``),
nothing else is used; every page is A4 (``pdfinfo``); no word lies outside the page
(``pdftotext -bbox``). Hand-made DOCX cover what the templates do not use (merged cells, a page
break, a row taller than a page, a footer with 共 m 页, a picture), and what must be refused.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from mediation_desk.documents.docx_pdf import docx_to_pdf
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.documents import DocumentError, plain_context, with_defaults
from tests.integration.test_templates_render import (CODES, DOCX_ENTRIES, FOLDER, Samples, sample_context,
                                                     template_source, template_uses)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None
                                or shutil.which("pdfinfo") is None, reason="poppler-utils not installed")

A4_PTS = (595.28, 841.89)
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub("", text.replace("\xa0", " ").replace("\u3000", " "))


def _write(pdf: bytes, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def docx_blocks(data: bytes) -> list[str]:
    """The text of every paragraph and table cell of the body in document order (a merged cell once)."""
    d = docx.Document(io.BytesIO(data))
    out: list[str] = []

    def walk(parent) -> None:  # noqa: ANN001
        for el in parent.iterchildren():
            if el.tag == qn("w:p"):
                out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
            elif el.tag == qn("w:tbl"):
                for tr in el.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        vm = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
                        if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                            continue
                        walk(tc)
            elif el.tag == qn("w:sdt"):
                content = el.find(qn("w:sdtContent"))
                if content is not None:
                    walk(content)

    walk(d.element.body)
    return [b for b in out if _norm(b)]


PAGE_NUMBER = re.compile(r"—\s*\d+\s*—")  # the templates' footer, drawn on every page


def assert_in_order(blocks: list[str], text: str, what: str, noise: re.Pattern[str] = PAGE_NUMBER) -> None:
    """Each block's text in ``text`` after the previous one's (the page decorations, which a paragraph
    running onto the next page has in its middle, taken out first)."""
    flat = _norm(noise.sub("", text))
    at = 0
    for block in blocks:
        want = _norm(block)
        found = flat.find(want, at)
        assert found >= 0, f"{what}: not in the PDF after position {at}: {block!r}" + (
            " (it is there, but earlier)" if want in flat else "")
        at = found + len(want)


def assert_sound_pdf(path: Path) -> int:
    """The font embedded and nothing else; A4 pages; no word outside the page. The number of pages."""
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, fonts
    for row in rows:
        assert "WenQuanYiMicroHei" in row and " yes " in row, fonts  # name ... emb sub uni
        assert "Helvetica" not in row
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(path)], check=True, capture_output=True,
                          text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert sizes, info
    for w, h in sizes:
        assert abs(float(w) - A4_PTS[0]) < 1 and abs(float(h) - A4_PTS[1]) < 1, (w, h)
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    for m in re.finditer(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<', bbox):
        x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
        assert x0 >= 0 and y0 >= 0 and x1 <= A4_PTS[0] + 0.5 and y1 <= A4_PTS[1] + 0.5, m.group(0)
    return len(sizes)


@pytest.fixture(scope="module")
def engine():
    e = DocumentEngine()
    yield e
    e.close()


@pytest.mark.parametrize("code", CODES)
def test_every_template_as_pdf_holds_every_paragraph_and_cell_in_order(engine, code: str, tmp_path) -> None:
    entry = next(t for t in DOCX_ENTRIES if t["code"] == code)
    spec = engine.spec(code)
    uses = template_uses(template_source(FOLDER / entry["file"]))
    context = sample_context(entry, uses.printed, True, False, Samples())
    data = engine.render(code, plain_context(with_defaults(spec, context)))
    pdf = engine.docx_to_pdf(data)
    assert pdf.startswith(b"%PDF")
    path = _write(pdf, tmp_path, f"{code}.pdf")
    blocks = docx_blocks(data)
    assert len(blocks) >= 3, code
    text = pdf_text(path)
    assert "\ufffd" not in text
    assert_in_order(blocks, text, code)
    assert_sound_pdf(path)
    # the footer's page number, drawn from the page ("— 1 —")
    assert re.search(r"—\s*1\s*—", text), code


# --------------------------------------------------------------------------- hand-made documents


def _cell_merge(cell, value: str | None) -> None:  # noqa: ANN001
    tc_pr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if value:
        vm.set(qn("w:val"), value)
    tc_pr.append(vm)


def _footer_of_n_pages(section) -> None:  # noqa: ANN001
    p = section.footer.paragraphs[0]
    p.alignment = 1
    p.add_run("第 ")
    for code in ("PAGE", "NUMPAGES"):
        for kind in ("begin", None, "separate", "end"):
            run = p.add_run()
            if kind is None:
                instr = OxmlElement("w:instrText")
                instr.text = f" {code} "
                run._r.append(instr)
            else:
                fld = OxmlElement("w:fldChar")
                fld.set(qn("w:fldCharType"), kind)
                run._r.append(fld)
                if kind == "separate":
                    p.add_run("9")  # the cached result Word left: not printed
        p.add_run(" 页 共 " if code == "PAGE" else " 页")


def _handmade() -> bytes:
    d = docx.Document()
    s = d.sections[0]
    s.top_margin = s.bottom_margin = Pt(72)
    s.left_margin = s.right_margin = Pt(80)
    s.header.paragraphs[0].text = "南昌市劳动人事争议仲裁委员会（页眉）"
    _footer_of_n_pages(s)
    title = d.add_paragraph()
    title.alignment = 1
    run = title.add_run("合并单元格与分页测试")
    run.bold = True
    run.font.size = Pt(22)
    body = d.add_paragraph("第一段：申请人王小明，公民身份号码360102199001011234，诉请支付工资12,345.67元。")
    body.paragraph_format.first_line_indent = Pt(32)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(0, 1))
    a.text = "横向合并的表头"
    t.cell(0, 2).text = "金额（元）"
    t.cell(1, 0).text = "纵向合并"
    _cell_merge(t.cell(1, 0), "restart")
    _cell_merge(t.cell(2, 0), None)
    t.cell(1, 1).text = "拖欠工资"
    t.cell(1, 2).text = "12,345.67"
    t.cell(2, 1).text = "经济补偿"
    t.cell(2, 2).text = "8,000.00"
    long_row = d.add_table(rows=1, cols=2)
    long_row.style = "Table Grid"
    long_row.cell(0, 0).text = "很长的单元格"
    long_row.cell(0, 1).text = "".join(f"第{i}句：骑手按平台派单完成配送，按单计酬。" for i in range(1, 160))
    p = d.add_paragraph("分页之前的文字")
    p.add_run().add_break(WD_BREAK.PAGE)
    p.add_run("分页之后的文字")
    d.add_paragraph("f" * 400)  # one word longer than a line
    d.add_paragraph("最后一段：本裁决为终局裁决。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_merged_cells_page_breaks_long_rows_and_a_page_count_footer(tmp_path) -> None:
    data = _handmade()
    path = _write(docx_to_pdf(data), tmp_path, "handmade.pdf")
    pages = assert_sound_pdf(path)
    assert pages >= 3  # the page break and a row longer than a page
    text = pdf_text(path)
    decorations = re.compile(r"第\s*\d+\s*页\s*共\s*\d+\s*页|南昌市劳动人事争议仲裁委员会（页眉）")
    assert_in_order(docx_blocks(data), text, "handmade", decorations)
    assert _norm("纵向合并") in _norm(text) and _norm(text).count(_norm("纵向合并")) == 1
    for n in range(1, pages + 1):
        assert _norm(f"第 {n} 页 共 {pages} 页") in _norm(text)
    assert "共 9 页" not in text and "南昌市劳动人事争议仲裁委员会（页眉）" in text
    first_page = subprocess.run(["pdftotext", "-raw", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                                text=True, check=True).stdout
    assert "分页之后的文字" not in first_page


def test_a_picture_is_drawn_within_the_page(tmp_path) -> None:
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (400, 400), (200, 0, 0)).save(picture, "PNG")
    d = docx.Document()
    d.add_paragraph("（盖章）")
    d.add_picture(io.BytesIO(picture.getvalue()), width=Pt(1400))  # wider than the page
    buf = io.BytesIO()
    d.save(buf)
    path = _write(docx_to_pdf(buf.getvalue()), tmp_path, "seal.pdf")
    assert_sound_pdf(path)
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout \
        if shutil.which("pdfimages") else "image"
    assert "image" in listing


def test_what_is_not_a_docx_is_refused_in_words(engine) -> None:
    with pytest.raises(DocumentError) as info:
        docx_to_pdf(b"PK\x03\x04 not a document")
    assert "DOCX" in info.value.text("zh")
    with pytest.raises(DocumentError):
        engine.docx_to_pdf(b"%PDF-1.4 not a docx")


def test_a_text_box_is_printed_once(tmp_path) -> None:
    """A text box written as Word does (a DrawingML shape and its VML fallback) prints its text once."""
    d = docx.Document()
    p = d.add_paragraph("正文在前")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    box = ('<w:txbxContent xmlns:w="{w}"><w:p><w:r><w:t>文本框里的文字</w:t></w:r></w:p></w:txbxContent>').format(w=w)
    xml = (f'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           f'xmlns:w="{w}" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           f'xmlns:v="urn:schemas-microsoft-com:vml">'
           f'<mc:Choice Requires="wps"><wps:txbx>{box}</wps:txbx></mc:Choice>'
           f'<mc:Fallback><v:textbox>{box}</v:textbox></mc:Fallback></mc:AlternateContent>')
    from docx.oxml import parse_xml

    p.add_run()._r.append(parse_xml(xml))
    d.add_paragraph("正文在后")
    buf = io.BytesIO()
    d.save(buf)
    text = _norm(pdf_text(_write(docx_to_pdf(buf.getvalue()), tmp_path, "box.pdf")))
    assert text.count("文本框里的文字") == 1 and text.index("正文在前") < text.index("正文在后")
