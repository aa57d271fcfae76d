"""Real DOCX templates edited as an administrator would in Word: python-docx on a built-in template,
plus the hostile additions an import must refuse (an external hyperlink relationship, an INCLUDETEXT
field, a HYPERLINK field to a file, a macro part, an embedded object, sandbox escapes)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml

ROOT = Path(__file__).resolve().parents[2]
BUILTIN = ROOT / "templates" / "docs"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def builtin(code: str) -> bytes:
    return (BUILTIN / f"{code}.docx").read_bytes()


def _save(d) -> bytes:  # noqa: ANN001
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def edit_paragraph(data: bytes, index: int, text: str) -> bytes:
    """Replace the text of body paragraph ``index`` (its first run keeps the formatting)."""
    d = docx.Document(io.BytesIO(data))
    p = d.paragraphs[index]
    p.runs[0].text = text
    for run in p.runs[1:]:
        run.text = ""
    return _save(d)


def add_paragraphs(data: bytes, *texts: str, before: int | None = None) -> bytes:
    """Add paragraphs (each one run) at the end of the body, or before body paragraph ``before``."""
    d = docx.Document(io.BytesIO(data))
    for text in texts:
        if before is None:
            d.add_paragraph(text)
        else:
            d.paragraphs[before].insert_paragraph_before(text)
            before += 1
    return _save(d)


def add_external_hyperlink(data: bytes, url: str = "https://example.invalid/track.png") -> bytes:
    d = docx.Document(io.BytesIO(data))
    r_id = d.part.relate_to(url, RT.HYPERLINK, is_external=True)
    p = d.add_paragraph()
    p._p.append(parse_xml(f'<w:hyperlink {W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                          f'relationships" r:id="{r_id}"><w:r><w:t>详见</w:t></w:r></w:hyperlink>'))
    return _save(d)


def add_field(data: bytes, instruction: str) -> bytes:
    """A complex field (begin / instrText / separate / end) in a paragraph of its own."""
    d = docx.Document(io.BytesIO(data))
    p = d.add_paragraph()
    for xml in ('<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r {ns}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r {ns}><w:t>内容</w:t></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml.format(ns=W_NS, instr=instruction)))
    return _save(d)


def add_part(data: bytes, name: str, content: bytes = b"\xd0\xcf\x11\xe0" + b"\x00" * 64) -> bytes:
    """The package with one more part (as Word stores a macro project or an embedded object)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(name, content)
    return out.getvalue()
