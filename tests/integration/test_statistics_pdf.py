"""The PDF of the dispute tables, read back with pdftotext: every figure equals the service's (the
hand-worked commission book of test_statistics.py), the Chinese text extracts as written, the font
is embedded, a failed check is printed as failed, and ``report disputes --format pdf`` writes the
same document."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from mediation_desk import cli
from mediation_desk.documents.statistics_pdf import dispute_report_pdf, value_text
from mediation_desk.domain.statistics import INDICATOR_BY_KEY, INDICATORS, Check
from mediation_desk.services import clock
from mediation_desk.services.statistics import dispute_table
from tests.integration.test_statistics import END, HAND, ODD_ARBITRATOR, START, desk
from tests.support.books import cli_location

__all__ = ["desk"]  # the hand-worked commission book, a fixture of test_statistics.py

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")


def text_of(pdf: bytes, tmp_path: Path, name: str = "report.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def indicator_lines(text: str) -> dict[int, str]:
    """The first line of every numbered row of the indicator table (its number, name, value, unit)."""
    part = text.split("三、指标、定义和依据", 1)[1].split("四、校验", 1)[0]
    rows: dict[int, str] = {}
    for line in part.splitlines():
        m = re.match(r"\s*(\d{1,2})\s+(\S+)", line)
        if m and int(m.group(1)) not in rows and 1 <= int(m.group(1)) <= len(INDICATORS):
            rows[int(m.group(1))] = line
    return rows


def test_every_figure_of_the_pdf_is_the_services(desk, tmp_path) -> None:
    book, staff, *_ = desk
    report = dispute_table(book.uow, staff, start=START, end=END)
    assert dict(report.total.values) == HAND
    text = text_of(dispute_report_pdf(report, made_on=clock.today()), tmp_path)
    assert "劳动争议案件统计表" in text and "南昌市劳动人事争议仲裁委员会" in text
    assert "统计期：2026年10月1日至2026年11月30日" in text
    assert "本表各项校验均已通过" in text and "未通过" not in text
    rows = indicator_lines(text)
    assert sorted(rows) == list(range(1, len(INDICATORS) + 1))
    for i, ind in enumerate(INDICATORS, start=1):
        cells = rows[i].split()
        figure = value_text(ind, HAND[ind.key])
        assert ind.name.startswith(cells[1][:4]), (ind.name, rows[i])
        assert figure in cells and ind.unit in cells, (ind.key, figure, rows[i])
    assert value_text(INDICATOR_BY_KEY["claimed_received"], HAND["claimed_received"]) == "17,300.00"
    # the definitions and sources are printed beside the figures (wrapped over lines)
    flat = re.sub(r"\s+", "", text)
    assert "劳动争议调解仲裁法第四十七条" in flat and "结案÷（上期未结+当期受理）×100%" in flat
    # the charts: closed by way, by result, received by cause
    for label in ("结案方式（件）", "处理结果（件）", "争议原因（当期受理，件）", "用人单位胜诉", "变更、解除、终止劳动合同"):
        assert label in text
    fonts = subprocess.run(["pdffonts", str(tmp_path / "report.pdf")], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts and all(" yes " in line for line in fonts.splitlines()[2:] if line.strip())


def test_a_failed_check_says_which_in_the_pdf(desk, tmp_path) -> None:
    book, staff, *_ = desk
    report = dispute_table(book.uow, staff, start=START, end=END, by="arbitrator")
    broken = Check("ways_sum", "各结案方式之和 = 结案", "Ways of closing add up to closed", False, "各方式合计 4，结案 5")
    total = replace(report.total, checks=report.total.checks + (broken,))
    text = text_of(dispute_report_pdf(replace(report, tables=(total, *report.tables[1:]))), tmp_path)
    assert "校验未通过" in text and "各方式合计 4，结案 5" in text
    assert "未通过" in text.split("四、校验", 1)[1]
    assert "分组主要数字" in text and ODD_ARBITRATOR[:14] in text and "按仲裁员" in text


def test_the_cli_pdf_is_the_same_document(desk, tmp_path, monkeypatch) -> None:
    book, staff, _, _, data_dir = desk
    expected = dispute_report_pdf(dispute_table(book.uow, staff, start=START, end=END), made_on=clock.today())
    book.close()
    where, env = cli_location(data_dir)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    out = tmp_path / "disputes.pdf"
    assert cli.main(["report", "disputes", *where, "--from", START.isoformat(), "--to",
                     END.isoformat(), "--format", "pdf", "--output", str(out)]) == 0
    assert out.read_bytes()[:5] == b"%PDF-"
    assert text_of(out.read_bytes(), tmp_path, "cli.pdf") == text_of(expected, tmp_path, "service.pdf")
