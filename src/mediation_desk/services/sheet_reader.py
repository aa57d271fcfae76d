"""Reading a spreadsheet someone else made (a platform's export, a list of workers) without
trusting it: streamed, with limits checked before anything large is built.

A file is refused at the first limit it reaches, with a sentence that says which one:

* the file's size on disk is checked before a byte is read;
* an XLSX is a ZIP of XML parts: the number of parts, each part's unpacked size and its
  compression ratio are checked from the archive's directory before any part is opened;
* every XML part is then scanned once as a stream (no tree is built): a ``<!DOCTYPE>`` or
  entity declaration (the "billion laughs" and external-entity tricks) is refused, and so are
  a cell longer than Excel's own limit, a value in a column beyond :data:`LIMITS` and
  a part whose bytes, once read, exceed what its directory entry said;
* only then does openpyxl read the first sheet, row by row; a row number beyond the caller's
  ``max_rows`` stops the reading. The sheet's declared size (``<dimension ref="A1:XFD1048576">``)
  is never used: a row is as wide as its last cell that holds a value;
* a CSV is decoded incrementally (UTF-8, else GB18030) and read row by row with a cap on the
  length of a physical line, a cell, the number of columns and the number of rows.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from xml.parsers import expat

from mediation_desk.domain.errors import AppError

MIB = 1024 * 1024

# Each limit with why it is where it is. A real export is far below every one of them.
Limits = Mapping[str, int]

LIMITS: Limits = MappingProxyType({
    # A year of a busy rider's orders (about 10,000 rows) is under 3 MB as XLSX and 2 MB as CSV.
    "file_bytes": 64 * MIB,
    # All parts of an XLSX once unpacked; XML of real sheets packs about 5-20:1.
    "unpacked_bytes": 512 * MIB,
    # One part once unpacked (the sheet read row by row; shared strings are held whole).
    "part_bytes": 256 * MIB,
    "shared_strings_bytes": 64 * MIB,
    # Unpacked : packed for a part larger than ``ratio_floor_bytes``; ZIP bombs run at 1000:1.
    "ratio": 100,
    "ratio_floor_bytes": 1 * MIB,
    # Parts in one XLSX (a workbook with a few sheets has about 15).
    "entries": 1000,
    # Columns of one row holding values. Exports have 5-50; the old XLS format stopped at 256.
    "columns": 256,
    # Cell elements of one stored row, empty formatted ones included: Excel's own grid is 16,384 wide.
    "cells_per_row": 16_384,
    # Characters in one cell: Excel itself refuses more than 32,767.
    "cell_chars": 32_767,
    # Characters of one XML text outside a cell (a style, a sheet name).
    "other_text_chars": 1 * MIB,
    # Characters of one physical CSV line (256 columns of long text fit many times over).
    "line_chars": 1 * MIB,
})
_CHUNK = 64 * 1024


class SheetError(AppError):
    pass


def _limit_error(zh: str, en: str) -> SheetError:
    return SheetError(f"{zh}，已停止读取，没有导入任何内容。", f"{en}; reading stopped and nothing was imported.")


def _too_many_rows(max_rows: int) -> SheetError:
    return SheetError(f"表格超过{max_rows}行，请分批导入。", f"More than {max_rows} rows; import the sheet in parts.")


def _damaged(detail: str = "") -> SheetError:
    return SheetError("表格文件已损坏或不是 .xlsx 格式。", "The file is not a readable .xlsx workbook.",
                      detail=detail[:500] or None)


def _unsafe(part: str) -> SheetError:
    return SheetError("表格文件含有不安全的XML声明（DOCTYPE或实体），可能是恶意构造的文件，已拒绝读取。"
                      "请在电子表格软件中重新另存为 .xlsx 后再导入。",
                      "The workbook contains XML declarations (DOCTYPE or entities) that a spreadsheet does not "
                      "need; it may have been crafted to attack the program and was not read. Save it again as "
                      ".xlsx in a spreadsheet program and import that copy.", detail=part)


def check_file_size(path: Path, limits: Limits = LIMITS) -> int:
    """The file's size; refused above ``limits["file_bytes"]`` before any byte is read."""
    size = path.stat().st_size
    if size > limits["file_bytes"]:
        raise _limit_error(f"文件过大（{size / MIB:.0f} MB，上限为{limits['file_bytes'] // MIB} MB）",
                           f"The file is too large ({size / MIB:.0f} MB; the limit is {limits['file_bytes'] // MIB} MB)")
    return size


def _cell_too_long(row: int, limits: Limits) -> SheetError:
    n = limits["cell_chars"]
    zh, en = (f"第{row}行", f"in row {row} ") if row else ("", "")
    return _limit_error(f"表格{zh}有一个单元格超过{n}个字符（电子表格软件本身的上限）",
                        f"A cell {en}holds more than {n} characters (the spreadsheet limit)")


def _too_wide(row: int, limits: Limits) -> SheetError:
    n = limits["columns"]
    zh, en = (f"第{row}行", f"Row {row}") if row else ("有一行", "A row")
    return _limit_error(f"表格{zh}超过{n}列", f"{en} has more than {n} columns")


# --------------------------------------------------------------------------- XLSX


def _column_index(ref: str) -> int:
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + (ord(ch) - 64)
        elif "a" <= ch <= "z":
            n = n * 26 + (ord(ch) - 96)
        else:
            break
        if n > 1 << 20:
            break
    return n


class _PartScan:
    """One streamed pass over an XML part: no DTD, bounded texts, bounded rows."""

    def __init__(self, name: str, limits: Limits, *, sheet: bool, shared: bool) -> None:
        self.name, self.limits, self.sheet, self.shared = name, limits, sheet, shared
        self.unit_depth = 0  # inside a cell (<c>) or a shared string (<si>)
        self.unit_chars = 0
        self.text_chars = 0
        self.cells_in_row = 0
        self.column = 0
        self.row = 0
        self.parser = expat.ParserCreate(namespace_separator="}")
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartDoctypeDeclHandler = self._dtd
        self.parser.EntityDeclHandler = self._dtd
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text

    def _dtd(self, *_args: object) -> None:
        raise _unsafe(self.name)

    def _where(self) -> int:
        return self.row if self.sheet else 0

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit("}", 1)[-1]
        self.text_chars = 0
        if self.sheet and local == "row":
            self.cells_in_row = self.column = 0
            r = attrs.get("r", "")
            self.row = int(r) if r.isdigit() and len(r) < 9 else self.row + 1
        elif self.sheet and local == "c":
            self.cells_in_row += 1
            if self.cells_in_row > self.limits["cells_per_row"]:
                raise _too_wide(self._where(), self.limits)
            ref = attrs.get("r")
            self.column = _column_index(ref) if ref else self.column + 1
        elif self.sheet and local in ("v", "is", "f") and self.unit_depth:
            if self.column > self.limits["columns"]:  # a value, not only a format, beyond the limit
                raise _too_wide(self._where(), self.limits)
        if (self.sheet and local == "c") or (self.shared and local == "si"):
            self.unit_depth += 1
            self.unit_chars = 0

    def _end(self, name: str) -> None:
        local = name.rsplit("}", 1)[-1]
        self.text_chars = 0
        if ((self.sheet and local == "c") or (self.shared and local == "si")) and self.unit_depth:
            self.unit_depth -= 1

    def _text(self, data: str) -> None:
        if self.unit_depth:
            self.unit_chars += len(data)
            if self.unit_chars > self.limits["cell_chars"]:
                raise _cell_too_long(self._where(), self.limits)
        else:
            self.text_chars += len(data)
            if self.text_chars > self.limits["other_text_chars"]:
                raise _cell_too_long(self._where(), self.limits)

    def feed(self, data: bytes, final: bool = False) -> None:
        try:
            self.parser.Parse(data, final)
        except expat.ExpatError as exc:
            raise _damaged(f"{self.name}: {exc}") from None


def _part_limit(name: str, limits: Limits) -> int:
    return limits["shared_strings_bytes"] if name.lower().endswith("sharedstrings.xml") else limits["part_bytes"]


def _check_directory(zf: zipfile.ZipFile, limits: Limits) -> None:
    infos = zf.infolist()
    if len(infos) > limits["entries"]:
        raise _limit_error(f"表格文件中的部件过多（{len(infos)}个）", f"The workbook has too many parts ({len(infos)})")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > _part_limit(info.filename, limits) or total > limits["unpacked_bytes"]:
            raise _limit_error(f"表格文件解压后过大（{info.filename}）",
                               f"The workbook is too large once unpacked ({info.filename})")
        if info.file_size > limits["ratio_floor_bytes"] and info.file_size > limits["ratio"] * max(info.compress_size, 1):
            raise _limit_error(f"表格文件的压缩比异常（{info.filename}），疑似压缩炸弹",
                               f"A part of the workbook is compressed suspiciously well ({info.filename}); "
                               "it looks like a ZIP bomb")


def _scan_parts(zf: zipfile.ZipFile, limits: Limits) -> None:
    for info in zf.infolist():
        lower = info.filename.lower()
        if info.is_dir() or not lower.endswith((".xml", ".rels", ".vml")):
            continue
        scan = _PartScan(info.filename, limits, sheet="worksheets/" in lower and lower.endswith(".xml"),
                         shared=lower.endswith("sharedstrings.xml"))
        read = 0
        try:
            with zf.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    read += len(chunk)
                    if read > info.file_size:  # more bytes than the directory said
                        raise _damaged(f"{info.filename}: longer than declared")
                    scan.feed(chunk)
            scan.feed(b"", True)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, RuntimeError, NotImplementedError,
                ValueError) as exc:
            raise _damaged(f"{info.filename}: {exc}") from None


def read_xlsx(path: Path, max_rows: int, cell_text: Callable[[object], str],
              limits: Limits = LIMITS) -> list[list[str]]:
    """The first sheet's cells as text (``cell_text`` turns a value into text)."""
    check_file_size(path, limits)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise _damaged(str(exc)) from None
    with zf:
        _check_directory(zf, limits)
        _scan_parts(zf, limits)
    return _read_checked_xlsx(path, max_rows, cell_text, limits)


def _read_checked_xlsx(path: Path, max_rows: int, cell_text: Callable[[object], str],
                       limits: Limits) -> list[list[str]]:
    from xml.etree.ElementTree import ParseError

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException
    from openpyxl.worksheet._reader import WorkSheetParser

    try:
        wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (InvalidFileException, KeyError, ValueError, TypeError, OSError, ParseError, zipfile.BadZipFile,
            IndexError, AttributeError) as exc:
        raise _damaged(f"{type(exc).__name__}: {exc}") from None
    try:
        if not wb.worksheets:
            raise _damaged("no worksheet")
        ws = wb.worksheets[0]
        rows: list[list[str]] = []
        with wb._archive.open(ws._worksheet_path) as src:  # the rows as stored, never the declared size
            parser = WorkSheetParser(src, ws._shared_strings, data_only=True, epoch=wb.epoch,
                                     date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
            for idx, row_cells in parser.parse():
                values = {}
                for c in row_cells:
                    text = cell_text(c.get("value"))
                    if text:
                        values[int(c["column"])] = text
                if not values:
                    continue
                idx = max(int(idx), len(rows) + 1)
                if idx > max_rows + 1:
                    raise _too_many_rows(max_rows)
                width = max(values)
                if width > limits["columns"]:
                    raise _too_wide(idx, limits)
                while len(rows) < idx - 1:
                    rows.append([])
                row = [""] * width
                for col, text in values.items():
                    if col >= 1:
                        row[col - 1] = text
                rows.append(row)
        return rows
    except SheetError:
        raise
    except (ParseError, KeyError, ValueError, TypeError, OSError, zipfile.BadZipFile, IndexError,
            AttributeError, OverflowError) as exc:
        raise _damaged(f"{type(exc).__name__}: {exc}") from None
    finally:
        wb.close()


# --------------------------------------------------------------------------- CSV


def _encoding(path: Path) -> str:
    """``utf-8-sig`` if the whole file decodes as UTF-8 (checked in chunks), else ``gb18030``."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as fh:
        try:
            while chunk := fh.read(1 * MIB):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "gb18030"
    return "utf-8-sig"


def _lines(fh: io.TextIOBase, limits: Limits) -> Iterator[str]:
    cap = limits["line_chars"]
    while line := fh.readline(cap + 1):
        if len(line) > cap and not line.endswith(("\n", "\r")):
            raise _limit_error(f"表格中有一行超过{cap}个字符", f"A line of the sheet is longer than {cap} characters")
        yield line


def read_csv(path: Path, max_rows: int, limits: Limits = LIMITS) -> list[list[str]]:
    check_file_size(path, limits)
    encoding = _encoding(path)
    rows: list[list[str]] = []
    with open(path, encoding=encoding, newline="", errors="strict") as fh:
        reader = csv.reader(_lines(fh, limits))
        try:
            for row in reader:
                if len(rows) > max_rows:
                    raise _too_many_rows(max_rows)
                if len(row) > limits["columns"]:
                    raise _too_wide(len(rows) + 1, limits)
                for c in row:
                    if len(c) > limits["cell_chars"]:
                        raise _cell_too_long(len(rows) + 1, limits)
                rows.append([c.strip() for c in row])
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise _cell_too_long(len(rows) + 1, limits) from None
            raise SheetError(f"第{len(rows) + 1}行的格式有误（{exc}），请检查引号是否成对。",
                             f"Row {len(rows) + 1} is malformed ({exc}); check the quotes.") from None
        except UnicodeDecodeError:
            raise SheetError("无法识别文件编码。", "Unknown text encoding.") from None
    return rows


def cell_text(value: object, keep_time: bool = False) -> str:
    """A cell's value as the text the importers read."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if keep_time else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and abs(value) >= 10**15:
        return f"#NUMBER:{value}"  # an ID number stored as a number: its last digits are lost
    return str(value).strip()


__all__ = ["LIMITS", "SheetError", "cell_text", "check_file_size", "read_csv", "read_xlsx"]
