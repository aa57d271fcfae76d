"""The PDF of the platform-enterprise report, read back with pdftotext over the hand-worked book of
test_platform_report.py: every row's figures equal the service's (and so the JSON's and the page's),
the charts, definitions and checks are printed, the font is embedded, a failed check is printed as
failed, and ``report platforms --format pdf`` writes the same document."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk import cli
from mediation_desk.config import PASSPHRASE_ENV
from mediation_desk.documents.platform_pdf import SHORT_HEADS, figure_text, platform_report_pdf
from mediation_desk.domain.platform_report import FIGURE_COLUMNS
from mediation_desk.domain.statistics import Check
from mediation_desk.services import clock
from mediation_desk.services.platform_report import platform_report
from tests.integration.test_platform_report import END, ODD, START, TOTAL, desk
from tests.support.books import PASSPHRASE

__all__ = ["desk"]  # the hand-worked commission book, a fixture of test_platform_report.py

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
ORG = "南昌市劳动人事争议仲裁委员会"


def text_of(pdf: bytes, tmp_path: Path, name: str = "report.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def figures_after(text: str, label: str) -> list[str]:
    """The figures printed on the line of a row's label (its first line; the name may wrap there)."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            return line.split()[-len(FIGURE_COLUMNS):]
    raise AssertionError(f"no row {label!r}")


def section(text: str, name: str, following: str) -> str:
    return text.split(name, 1)[1].split(following, 1)[0]


def test_every_row_of_the_pdf_is_the_reports(desk, tmp_path) -> None:
    book, staff, *_ = desk
    report = platform_report(book.uow, staff, start=START, end=END)
    assert dict(report.total) == TOTAL
    text = text_of(platform_report_pdf(report, organisation=ORG, made_on=clock.today()), tmp_path)
    assert "平台企业用工情况" in text and ORG in text and "统计期：2026年10月1日至2026年11月30日" in text
    assert "本表各项校验均已通过" in text and "未通过" not in text
    keys = [k for k, _, _ in FIGURE_COLUMNS]
    tables = section(text, "三、分表、定义和依据", "四、校验")
    names = [b.name for b in report.breakdowns]
    for i, b in enumerate(report.breakdowns):
        part = tables.split(b.name, 1)[1]
        part = part.split(names[i + 1], 1)[0] if i + 1 < len(names) else part
        assert all(SHORT_HEADS[k] in part for k in keys)
        for row in b.rows:
            label = row.label if len(row.label) <= 8 else row.label[:6]  # a long name wraps in its cell
            expected = [figure_text(row.values[k]) for k in keys]
            assert figures_after(part, label) == expected, (b.key, row.label)
        total = "合计（案件）" if b.multi_valued else "合计"
        assert figures_after(part, total) == [figure_text(report.total[k]) for k in keys]
        flat = re.sub(r"\s+", "", part)
        assert re.sub(r"\s+", "", b.definition)[:40] in flat and re.sub(r"\s+", "", b.source)[:30] in flat
    assert figure_text(TOTAL["claimed"]) == "25,900.00"
    # the charts: by industry, relationship category and claim kind, each bar's label and count
    charts = section(text, "二、图表", "三、分表")
    for title in ("按行业（当期受理，件）", "按劳动关系认定类别（当期受理，件）", "按请求种类（当期受理，件；一案可计入多类）"):
        assert title in charts
    for label in ("外卖配送", "不完全符合确立劳动关系情形", "押金/保证金"):
        assert label in charts
    # the checks
    checks = section(text, "四、校验", "口径：")
    flat_checks = re.sub(r"\s+", "", checks)
    for c in report.all_checks:
        assert re.sub(r"\s+", "", c.name)[:12] in flat_checks, c.name
    assert ODD[:8] in text  # a name that looks like a formula is printed as written
    fonts = subprocess.run(["pdffonts", str(tmp_path / "report.pdf")], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts and all(" yes " in line for line in fonts.splitlines()[2:] if line.strip())


def test_a_failed_check_says_which_in_the_pdf(desk, tmp_path) -> None:
    book, staff, *_ = desk
    report = platform_report(book.uow, staff, start=START, end=END)
    broken = Check("industry_cases_sum", "按行业：各行案件数之和 = 合计", "rows add up", False, "各行 5，合计 6")
    text = text_of(platform_report_pdf(replace(report, checks=report.checks + (broken,))), tmp_path)
    assert "校验未通过" in text and "各行 5，合计 6" in text
    assert "未通过" in text.split("四、校验", 1)[1]


def test_the_cli_pdf_has_the_figures_of_the_json(desk, tmp_path, monkeypatch) -> None:
    book, staff, _, _, data_dir = desk
    expected = platform_report_pdf(platform_report(book.uow, staff, start=START, end=END), organisation=ORG,
                                   made_on=clock.today())
    book.close()
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    base = ["report", "platforms", "--data-dir", str(data_dir), "--from", START.isoformat(), "--to", END.isoformat()]
    out, js = tmp_path / "platforms.pdf", tmp_path / "platforms.json"
    assert cli.main([*base, "--format", "pdf", "--output", str(out)]) == 0
    assert cli.main([*base, "--format", "json", "--output", str(js)]) == 0
    assert out.read_bytes()[:5] == b"%PDF-"
    text = text_of(out.read_bytes(), tmp_path, "cli.pdf")
    assert text == text_of(expected, tmp_path, "service.pdf")
    written = json.loads(js.read_text("utf-8"))
    tables = section(text, "三、分表、定义和依据", "四、校验")
    industry = section(tables, written["breakdowns"][0]["name"], written["breakdowns"][1]["name"])
    for row in written["breakdowns"][0]["rows"]:
        printed = figures_after(industry, row["label"])
        assert printed[0] == str(row["cases"]) and printed[2] == f"{Decimal(row['claimed']):,.2f}"
