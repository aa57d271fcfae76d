"""Hostile spreadsheets for the work-record and group imports: each is refused at its first limit
with a sentence, quickly and in bounded memory; a real but oddly declared sheet still reads.

Every hostile read runs in a child process with a 1.5 GB address-space limit, so a reader that
tried to build the file's declared content fails there (MemoryError) instead of in the tests; its
peak is the child's own high-water mark (VmHWM, which starts afresh at exec)."""

from __future__ import annotations

import json
import os
import random
import string
import subprocess
import sys
from pathlib import Path

import pytest

from mediation_desk.services import sheet_reader
from mediation_desk.services.group_import import read_table
from mediation_desk.services.sheet_reader import SheetError
from mediation_desk.services.work_records import read_work_record_source
from tests.support import hostile_files as hf

ROOT = Path(__file__).resolve().parents[2]
CHILD = r"""
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))
from pathlib import Path
from mediation_desk.services.work_records import read_work_record_source
from mediation_desk.services.group_import import read_table
t = time.monotonic()
out = {}
try:
    if sys.argv[2] == "work":
        s = read_work_record_source(Path(sys.argv[1]))
        out = {"outcome": "read", "rows": len(s.rows), "width": s.width}
    else:
        rows = read_table(Path(sys.argv[1]))
        out = {"outcome": "read", "rows": len(rows), "width": max(map(len, rows), default=0)}
except MemoryError:
    out = {"outcome": "MemoryError"}
except Exception as e:
    out = {"outcome": type(e).__name__, "zh": getattr(e, "zh", str(e)), "en": getattr(e, "en", "")}
out["seconds"] = time.monotonic() - t
out["peak_mb"] = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) // 1024
print(json.dumps(out, ensure_ascii=False))
"""


def read_in_child(path: Path, importer: str = "work") -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + str(ROOT)}
    try:
        r = subprocess.run([sys.executable, "-c", CHILD, str(path), importer], capture_output=True, text=True,
                           timeout=60, env=env, cwd=path.parent)
    except subprocess.TimeoutExpired:
        return {"outcome": "timeout"}
    lines = r.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {"outcome": "died", "stderr": r.stderr[-500:]}


def random_text(n: int) -> str:
    rng = random.Random(3)
    return "".join(rng.choice(string.ascii_letters) for _ in range(n))


HOSTILE = {
    # name: (writer, words the refusal must contain)
    "wide_declared.xlsx": (hf.wide_declared_xlsx, "超过256列"),
    "wide_rows.xlsx": (hf.wide_rows_xlsx, "第2行超过256列"),
    "many_cells_one_row.xlsx": (lambda p: hf.many_cells_row_xlsx(p, cells=5000), "第2行超过256列"),
    "long_shared_cell.xlsx": (lambda p: hf.long_cell_xlsx(p, chars=700 * 1024 * 1024), "解压后过大"),
    "long_inline_cell.xlsx": (lambda p: hf.long_cell_xlsx(p, chars=48 * 1024 * 1024, shared=False), "疑似压缩炸弹"),
    "bomb.xlsx": (lambda p: hf.bomb_xlsx(p, unpacked=600 << 20), "解压后过大"),
    "bomb_ratio.xlsx": (lambda p: hf.bomb_xlsx(p, unpacked=200 << 20), "疑似压缩炸弹"),
    "billion_laughs.xlsx": (hf.billion_laughs_xlsx, "不安全的XML声明"),
    "xxe.xlsx": (lambda p: hf.xxe_xlsx(p, Path("/etc/hostname")), "不安全的XML声明"),
    "huge.csv": (hf.huge_csv, "文件过大（200 MB，上限为64 MB）"),
    "long_cell.csv": (hf.long_cell_csv, "超过1048576个字符"),
    "wide.csv": (hf.wide_csv, "第2行超过256列"),
}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="resource limits and /proc of the child")
@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_sheet_is_refused_with_a_sentence_quickly_and_in_bounded_memory(tmp_path, name) -> None:
    writer, words = HOSTILE[name]
    path = writer(tmp_path / name)
    for importer in ("work", "group"):
        out = read_in_child(path, importer)
        assert out["outcome"] == "SheetError", (name, importer, out)
        assert words in out["zh"], (name, out["zh"])
        assert out["en"] and "Traceback" not in out["zh"] + out["en"]
        assert out["seconds"] < 5, (name, out)
        assert out["peak_mb"] < 200, (name, out)


def test_a_cell_longer_than_excel_allows_is_refused_even_when_it_packs_badly(tmp_path) -> None:
    text = random_text(40_000)  # random letters: no compression ratio to catch
    path = hf.write_xlsx(tmp_path / "long.xlsx", [hf.SHEET_HEAD, "<sheetData>", hf._header_row(),
                                                  f'<row r="2"><c r="B2" t="inlineStr"><is><t>{text}</t></is></c></row>',
                                                  "</sheetData></worksheet>"])
    with pytest.raises(SheetError) as err:
        read_table(path)
    assert "第2行有一个单元格超过32767个字符" in err.value.zh
    assert "more than 32767 characters" in err.value.en
    shared = hf.write_xlsx(tmp_path / "long_shared.xlsx",
                           [hf.SHEET_HEAD, "<sheetData>", hf._header_row(), '<row r="2"><c r="A2" t="s"><v>0</v></c></row>',
                            "</sheetData></worksheet>"],
                           ['<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                            f'main"><si><r><t>{text[:20000]}</t></r><r><t>{text[20000:]}</t></r></si></sst>'])
    with pytest.raises(SheetError) as err:  # rich text: the runs of one string count together
        read_table(shared)
    assert "超过32767个字符" in err.value.zh


def test_rows_beyond_the_limit_stop_the_reading(tmp_path) -> None:
    def parts():  # noqa: ANN202
        yield hf.SHEET_HEAD + "<sheetData>" + hf._header_row()
        for r in range(2, 2600):
            yield f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>D{r}</t></is></c></row>'
        yield "</sheetData></worksheet>"

    with pytest.raises(SheetError) as err:
        read_table(hf.write_xlsx(tmp_path / "rows.xlsx", parts()))
    assert err.value.zh == "表格超过2000行，请分批导入。"
    far = hf.write_xlsx(tmp_path / "far.xlsx", [hf.SHEET_HEAD, "<sheetData>", hf._header_row(),
                                               '<row r="900000"><c r="A900000" t="inlineStr"><is><t>x</t></is></c></row>',
                                               "</sheetData></worksheet>"])
    with pytest.raises(SheetError) as err:  # one value far below: refused, not 900,000 blank rows
        read_table(far)
    assert "超过2000行" in err.value.zh
    with pytest.raises(SheetError):
        read_table(hf.many_rows_csv(tmp_path / "rows.csv", 2500))
    assert len(read_table(hf.many_rows_csv(tmp_path / "ok.csv", 2000))) == 2001


def test_a_sheet_that_declares_the_whole_grid_reads_as_the_cells_it_has(tmp_path) -> None:
    path = hf.write_xlsx(tmp_path / "declared.xlsx", [
        hf.SHEET_HEAD, '<dimension ref="A1:XFD1048576"/><sheetData>', hf._header_row(),
        '<row r="2"><c r="A2" t="inlineStr"><is><t>D001</t></is></c><c r="D2"><v>8.5</v></c></row>',
        '<row r="3" customHeight="1" ht="20"/><row r="4"><c r="A4" t="inlineStr"><is><t>D002</t></is></c></row>',
        '<row r="1048576" customHeight="1" ht="20"><c r="XFD1048576" s="0"/></row>',  # formatting only
        "</sheetData></worksheet>"])
    source = read_work_record_source(path)
    assert source.rows == (tuple(hf.HEADER), ("D001", "", "", "8.5"), (), ("D002",))
    assert source.width == 4


def test_broken_xml_and_non_zip_files_are_named_damaged(tmp_path) -> None:
    broken = hf.write_xlsx(tmp_path / "broken.xlsx", [hf.SHEET_HEAD, "<sheetData><row r='1'><c>"])
    not_zip = tmp_path / "not.xlsx"
    not_zip.write_bytes(b"PK\x03\x04 garbage" * 100)
    for path in (broken, not_zip):
        with pytest.raises(SheetError) as err:
            read_table(path)
        assert err.value.zh == "表格文件已损坏或不是 .xlsx 格式。"


def test_utf8_and_gbk_csv_still_read(tmp_path) -> None:
    for encoding in ("utf-8-sig", "gbk"):
        path = tmp_path / f"{encoding}.csv"
        path.write_text("姓名,拖欠劳动报酬\r\n" + "张三,100\r\n" * 3000 + "李四,200\r\n", encoding=encoding)
        rows = read_table(path, max_rows=5000)
        assert rows[0] == ["姓名", "拖欠劳动报酬"] and rows[-1] == ["李四", "200"]


def test_the_limits_are_data_with_reasons() -> None:
    assert sheet_reader.LIMITS["cell_chars"] == 32_767
    assert set(sheet_reader.LIMITS) >= {"file_bytes", "columns", "cell_chars", "part_bytes", "ratio", "line_chars"}
    with pytest.raises(TypeError):
        sheet_reader.LIMITS["columns"] = 10**6  # type: ignore[index]
