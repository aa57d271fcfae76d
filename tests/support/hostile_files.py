"""Hostile spreadsheets written by the tests themselves: each is small on disk (or sparse) and
written without building its unpacked content in memory."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{_MAIN}" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<sheets><sheet name="订单" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{_MAIN}">'


def _chunks(parts: Iterable[str | bytes]) -> Iterable[bytes]:
    for p in parts:
        yield p.encode("utf-8") if isinstance(p, str) else p


def write_xlsx(path: Path, sheet: Iterable[str | bytes], shared: Iterable[str | bytes] | None = None) -> Path:
    """An XLSX whose first sheet's XML is the concatenation of ``sheet`` (streamed, deflated)."""
    shared = shared if shared is not None else [f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}"/>']
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        for name, parts in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", shared)):
            with zf.open(name, "w", force_zip64=True) as fh:
                for chunk in _chunks(parts):
                    fh.write(chunk)
    return path


def _row(r: int, cells: list[tuple[str, str]]) -> str:
    return f'<row r="{r}">' + "".join(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>' for ref, v in cells) + "</row>"


HEADER = ["订单编号", "接单时间", "送达时间", "配送费(元)"]


def _header_row() -> str:
    return _row(1, [(f"{col}1", h) for col, h in zip("ABCD", HEADER)])


def wide_declared_xlsx(path: Path) -> Path:
    """Declares A1:XFD1048576 and has one cell in XFD1048576: about 2 KB on disk."""
    return write_xlsx(path, [SHEET_HEAD, '<dimension ref="A1:XFD1048576"/><sheetData>', _header_row(),
                             _row(2, [("A2", "D001"), ("B2", "2025-03-03 10:30"), ("C2", "2025-03-03 10:55"),
                                      ("D2", "8.50")]),
                             _row(1048576, [("XFD1048576", "x")]), "</sheetData></worksheet>"])


def wide_rows_xlsx(path: Path, rows: int = 3000) -> Path:
    """Every row has a value in column XFD: padding each row to 16,384 columns."""
    def parts():  # noqa: ANN202
        yield SHEET_HEAD + '<dimension ref="A1:XFD3001"/><sheetData>'
        yield _header_row()
        for r in range(2, rows + 2):
            yield _row(r, [(f"A{r}", f"D{r:05d}"), (f"XFD{r}", "x")])
        yield "</sheetData></worksheet>"
    return write_xlsx(path, parts())


def many_cells_row_xlsx(path: Path, cells: int = 2_000_000) -> Path:
    """One row of ``cells`` numbered cells without references (no column letter to check)."""
    def parts():  # noqa: ANN202
        yield SHEET_HEAD + "<sheetData>" + _header_row() + '<row r="2">'
        for start in range(0, cells, 10_000):
            yield "".join(f"<c><v>{i}</v></c>" for i in range(start, min(cells, start + 10_000)))
        yield "</row></sheetData></worksheet>"
    return write_xlsx(path, parts())


def long_cell_xlsx(path: Path, chars: int = 64 * 1024 * 1024, shared: bool = True) -> Path:
    """One cell holding ``chars`` characters (a shared string, or an inline string)."""
    block = "A" * (1 << 20)

    def text():  # noqa: ANN202
        for _ in range(chars // len(block)):
            yield block
        yield "A" * (chars % len(block))

    if shared:
        sst = [f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}" count="1" uniqueCount="1"><si><t>',
               *text(), "</t></si></sst>"]
        sheet = [SHEET_HEAD, "<sheetData>", _header_row(), '<row r="2"><c r="A2" t="s"><v>0</v></c></row>',
                 "</sheetData></worksheet>"]
        return write_xlsx(path, sheet, sst)
    return write_xlsx(path, [SHEET_HEAD, "<sheetData>", _header_row(), '<row r="2"><c r="A2" t="inlineStr"><is><t>',
                             *text(), "</t></is></c></row></sheetData></worksheet>"])


def bomb_xlsx(path: Path, unpacked: int = 1 << 30) -> Path:
    """A sheet whose XML unpacks to ``unpacked`` bytes of whitespace (ratio about 1000:1)."""
    block = b" " * (1 << 20)

    def parts():  # noqa: ANN202
        yield SHEET_HEAD + "<sheetData>" + _header_row()
        for _ in range(unpacked // len(block)):
            yield block
        yield "</sheetData></worksheet>"
    return write_xlsx(path, parts())


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10))
                  + f']><sst xmlns="{_MAIN}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>')


def billion_laughs_xlsx(path: Path) -> Path:
    sheet = [SHEET_HEAD, "<sheetData>", _header_row(), '<row r="2"><c r="A2" t="s"><v>0</v></c></row>',
             "</sheetData></worksheet>"]
    return write_xlsx(path, sheet, [BILLION_LAUGHS])


def xxe_xlsx(path: Path, target: Path) -> Path:
    """A sheet whose cell refers to an external entity naming ``target`` (a local file)."""
    sheet = [f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "{target.as_uri()}">]>'
             f'<worksheet xmlns="{_MAIN}"><sheetData>', _header_row(),
             '<row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>']
    return write_xlsx(path, sheet)


def huge_csv(path: Path, size: int = 200 * 1024 * 1024) -> Path:
    """A CSV of ``size`` bytes: a header, one row, then a sparse tail (no disk used for it)."""
    with open(path, "wb") as fh:
        fh.write(",".join(HEADER).encode("utf-8") + b"\r\nD001,2025-03-03 10:30,2025-03-03 10:55,8.50\r\n")
        fh.truncate(size)
    return path


def long_cell_csv(path: Path, chars: int = 8 * 1024 * 1024) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(HEADER) + "\r\n")
        fh.write('D001,"' + "A" * chars + '",2025-03-03 10:55,8.50\r\n')
    return path


def wide_csv(path: Path, columns: int = 1_000_000) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(HEADER) + "\r\n")
        fh.write("D001" + "," * columns + "\r\n")
    return path


def many_rows_csv(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(HEADER) + "\r\n")
        line = "D{},2025-03-03 10:30,2025-03-03 10:55,8.50\r\n"
        for i in range(rows):
            fh.write(line.format(i))
    return path
