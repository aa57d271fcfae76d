"""The platform-report page over a mediation centre's book with three known October cases: the
figures, charts and checks shown are the service's, a figure double-clicked lists the cases it
counts and opens one in the case view, the English page speaks English (definitions included), the
exports write the XLSX and PDF of the report on the screen, and the list behind a figure of the
dispute tables works the same way."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mediation_desk.domain.cases import ClaimKind, Enterprise, EnterpriseRole, Industry
from mediation_desk.domain.platform_report import _DEFS, FIGURE_COLUMNS
from mediation_desk.domain.statistics import INDICATORS
from mediation_desk.services.platform_report import platform_report
from mediation_desk.storage.keys import KeyringStore
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.ui.statistics_labels import STATISTICS_CATALOG, definition_text
from mediation_desk.ui.views.figure_cases import FigureCasesDialog
from mediation_desk.ui.views.platform_report_page import PlatformReportPage, figure_text
from mediation_desk.ui.views.statistics_page import StatisticsPage
from tests.gui.screens_support import chinese_texts, english
from tests.gui.support import DeskBook, wait_idle
from tests.integration.test_platform_report import agreement, register
from tests.support.books import administrator, create_test_book, credit_code

OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))
PLATFORM = Enterprise("速达外卖平台运营有限公司", credit_code(9100), EnterpriseRole.PLATFORM)
SITE = Enterprise("速达外卖红谷滩配送站", credit_code(9101), EnterpriseRole.AGENCY)
RIDE = Enterprise("快跑出行科技有限公司", credit_code(9102), EnterpriseRole.PLATFORM)
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def centre(tmp_path):  # noqa: ANN001, ANN201
    """q1 food delivery (site, platform) agreed 10-10 for 1,000; q2 food delivery (platform) open;
    q3 ride hailing open; q4 received in November (outside October)."""
    book, staff = create_test_book(tmp_path / "centre", cases=0, keyring=KeyringStore())
    ids = {}
    ids["q1"] = register(book, staff, 31, date(2026, 10, 2), Industry.FOOD_DELIVERY, "速达外卖", (SITE, PLATFORM),
                         (ClaimKind.UNPAID_PAY, "1200"), (ClaimKind.DEPOSIT_REFUND, "300"))
    agreement(book, staff, ids["q1"], date(2026, 10, 10), "1000", SITE.name)
    ids["q2"] = register(book, staff, 32, date(2026, 10, 8), Industry.FOOD_DELIVERY, "速达外卖", (PLATFORM,),
                         (ClaimKind.CONFIRM_RELATIONSHIP, None))
    ids["q3"] = register(book, staff, 33, date(2026, 10, 20), Industry.RIDE_HAILING, "快跑出行", (RIDE,),
                         (ClaimKind.WORK_INJURY, "5000"))
    ids["q4"] = register(book, staff, 34, date(2026, 11, 2), Industry.RIDE_HAILING, "快跑出行", (RIDE,),
                         (ClaimKind.WORK_INJURY, "700"))
    desk = DeskBook(book=book, admin=administrator(book), mediator=staff)
    desk.ids = ids  # type: ignore[attr-defined]
    try:
        yield desk
    finally:
        from mediation_desk.ui.tasks import TaskRunner

        wait_idle(TaskRunner.instance())
        book.close()


def compute(qtbot, page) -> None:  # noqa: ANN001
    qtbot.mouseClick(page.ui.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.report is not None, timeout=20000)


def make_page(qtbot, centre, opened=None) -> PlatformReportPage:  # noqa: ANN001
    page = PlatformReportPage(centre.context(), open_case=(opened.append if opened is not None else None))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.set_period("month", date(2026, 10, 17))
    return page


def table_rows(page: PlatformReportPage) -> dict[str, list[str]]:
    t = page.rows
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(1, len(FIGURE_COLUMNS) + 1)]
            for r in range(t.rowCount())}


def test_the_page_shows_the_services_report(qtbot, centre, screenshot) -> None:  # noqa: ANN001
    page = make_page(qtbot, centre)
    assert not page.ui.pdf_button.isEnabled() and page.rows.rowCount() == 0
    assert page.period() == OCTOBER
    compute(qtbot, page)
    report = platform_report(centre.uow, centre.mediator, start=OCTOBER[0], end=OCTOBER[1])
    keys = [k for k, _, _ in FIGURE_COLUMNS]
    assert page.ui.breakdown.count() == len(report.breakdowns)
    for index, b in enumerate(report.breakdowns):
        page.ui.breakdown.setCurrentIndex(index)
        shown = table_rows(page)
        for r in b.rows:
            assert shown[r.label] == [figure_text(r.values[k]) for k in keys], (b.key, r.label)
        assert shown["合计（案件）" if b.multi_valued else "合计"] == [figure_text(report.total[k]) for k in keys]
        assert b.source in page.ui.definition.toPlainText()
    # by hand: 3 received (q1 q2 q3), 3 workers, 6,500 claimed, q1 closed by mediation for 1,000
    page.ui.breakdown.setCurrentIndex(0)
    assert table_rows(page)["外卖配送"][:4] == ["2", "2", "1,500.00", "1"]
    assert table_rows(page)["合计"] == ["3", "3", "6,500.00", "1", "1", "0", "0", "0", "1,000.00", "0.00"]
    assert "当期受理3件" in page.summary.text() and "各项校验均已通过" in page.summary.text()
    assert page.ui.industry_chart.values()[:2] == [("外卖配送", 2), ("网约车", 1)]
    assert ("未认定", 3) in page.ui.category_chart.values()  # the axis leaves out the explanation
    assert ("押金/保证金", 1) in page.ui.claim_chart.values()
    assert page.checks.rowCount() == len(report.all_checks)
    assert all(page.checks.item(r, 2).text() == "通过" for r in range(page.checks.rowCount()))
    page.ui.breakdown.setCurrentIndex([b.key for b in report.breakdowns].index("enterprise"))
    assert page.rows.horizontalHeaderItem(len(keys) + 1).text() == "统一社会信用代码"
    screenshot(page, "platform_report_page")
    page.ui.tabs.setCurrentIndex(1)
    screenshot(page, "platform_report_page_charts")
    page.set_period("custom", OCTOBER[1], OCTOBER[0])
    qtbot.mouseClick(page.ui.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert "早于" in page.message.text()


def listed(qtbot, page) -> FigureCasesDialog:  # noqa: ANN001
    qtbot.waitUntil(lambda: getattr(page, "figure_cases_dialog", None) is not None, timeout=20000)
    dialog = page.figure_cases_dialog
    page.figure_cases_dialog = None
    return dialog


def test_a_figure_lists_its_cases_and_opens_one(qtbot, centre, screenshot) -> None:  # noqa: ANN001
    opened: list[int] = []
    page = make_page(qtbot, centre, opened)
    compute(qtbot, page)
    ids = centre.ids
    numbers = {}
    page.ui.breakdown.setCurrentIndex(0)  # by industry
    row = [page.rows.item(r, 0).text() for r in range(page.rows.rowCount())].index("外卖配送")
    page.rows.cellDoubleClicked.emit(row, 1)  # its cases: q1 q2
    dialog = listed(qtbot, page)
    assert [c.case_id for c in dialog.cases_shown] == [ids["q1"], ids["q2"]]
    assert dialog.table.rowCount() == 2 and "外卖配送" in dialog.ui.heading.text() and "共2件" in dialog.ui.count.text()
    for r in range(2):
        numbers[dialog.table.item(r, 0).text()] = r
    assert dialog.table.item(0, 2).text() and SITE.name in dialog.table.item(0, 2).text()
    assert dialog.table.item(0, 3).text() == "2026年10月2日" and dialog.table.item(0, 4).text()
    screenshot(dialog, "figure_cases_dialog")
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.ui.open_button, Qt.MouseButton.LeftButton)
    assert opened == [ids["q2"]] and not dialog.isVisible()
    # the total's concluded cases: q1 only; the mediated-amount column of the total: q1
    total = page.rows.rowCount() - 1
    page.rows.cellDoubleClicked.emit(total, 4)
    assert [c.case_id for c in listed(qtbot, page).cases_shown] == [ids["q1"]]
    page.rows.cellDoubleClicked.emit(total, 1)
    assert len(listed(qtbot, page).cases_shown) == 3
    page.rows.cellDoubleClicked.emit(row, 0)  # the label is not a figure: nothing is listed
    qtbot.wait(100)
    wait_idle(TaskRunner.instance())
    assert getattr(page, "figure_cases_dialog", None) is None


def test_a_dispute_figure_lists_its_cases(qtbot, centre) -> None:  # noqa: ANN001
    opened: list[int] = []
    page = StatisticsPage(centre.context(), open_case=opened.append)
    qtbot.addWidget(page)
    page.show()
    page.set_period("custom", *OCTOBER)
    compute(qtbot, page)
    keys = [i.key for i in INDICATORS]
    page.indicators.cellDoubleClicked.emit(keys.index("received"), 1)
    dialog = listed(qtbot, page)
    ids = centre.ids
    assert [c.case_id for c in dialog.cases_shown] == [ids["q1"], ids["q2"], ids["q3"]]
    assert "当期受理" in dialog.ui.heading.text() and "3件" in dialog.ui.heading.text()
    dialog.table.cellDoubleClicked.emit(2, 0)
    assert opened == [ids["q3"]]
    page.indicators.cellDoubleClicked.emit(keys.index("way_mediation"), 1)
    assert [c.case_id for c in listed(qtbot, page).cases_shown] == [ids["q1"]]
    page.indicators.cellDoubleClicked.emit(keys.index("collective"), 1)  # none: an empty list says so
    empty = listed(qtbot, page)
    assert empty.table.rowCount() == 0 and "共0件" in empty.ui.count.text() and not empty.ui.open_button.isEnabled()


def test_every_definition_and_source_has_english(qapp) -> None:  # noqa: ANN001
    texts = {t for i in INDICATORS for t in (i.definition, i.source)}
    texts |= {t for d in _DEFS.values() for t in (d[3], d[4])}
    assert texts <= set(STATISTICS_CATALOG), texts - set(STATISTICS_CATALOG)
    with english(qapp):
        untranslated = [t for t in texts if CJK.search(definition_text(t))]
    assert not untranslated, untranslated
    assert definition_text(INDICATORS[0].definition) == INDICATORS[0].definition  # Chinese outside English


def test_in_english_the_pages_speak_english(qtbot, qapp, centre, screenshot) -> None:  # noqa: ANN001
    with english(qapp):
        page = make_page(qtbot, centre)
        compute(qtbot, page)
        report = page.report
        assert page.ui.breakdown.itemText(0) == "By industry"
        assert page.ui.industry_chart.values()[0] == ("Food delivery", 2)
        assert "Cases received, by registered industry" in page.ui.definition.toPlainText()
        # data: the platforms' and enterprises' names, the figures a check compared
        data = [c.detail for c in report.all_checks]
        data += [r.label for b in report.breakdowns for r in b.rows if not r.english]
        data += [n for b in report.breakdowns for r in b.rows for n in r.other_names]
        left = []
        for index in range(page.ui.breakdown.count()):
            page.ui.breakdown.setCurrentIndex(index)
            for where, text in chinese_texts(page):
                for d in sorted(data, key=len, reverse=True):
                    text = text.replace(d, "")
                if CJK.search(text):
                    left.append((where, text))
        assert not left, left[:10]
        page.ui.breakdown.setCurrentIndex(0)
        screenshot(page, "platform_report_page_en")
        stats = StatisticsPage(centre.context())
        qtbot.addWidget(stats)
        stats.resize(1366, 768)
        stats.show()
        stats.set_period("custom", *OCTOBER)
        compute(qtbot, stats)
        stats.indicators.selectRow(0)
        assert "Cases not concluded at the end of the day before the period" in stats.ui.definition.toPlainText()
        data = [c.detail for c in stats.report.total.checks] + [i.name for i in INDICATORS] + [stats.report.organisation]
        left = []
        for where, text in chinese_texts(stats):
            for d in sorted(data, key=len, reverse=True):
                text = text.replace(d, "")
            if CJK.search(text):
                left.append((where, text))
        assert not left, left[:10]


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_the_exports_write_the_report_on_the_screen(qtbot, centre, tmp_path, monkeypatch, fmt) -> None:  # noqa: ANN001
    page = make_page(qtbot, centre)
    compute(qtbot, page)
    target = tmp_path / f"october.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.ui.xlsx_button if fmt == "xlsx" else page.ui.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=30000)
    assert page.last_export == target and str(target) in page.message.text()
    if fmt == "xlsx":
        from openpyxl import load_workbook

        industry = {r[0]: r[1:] for r in load_workbook(target)["按行业"].iter_rows(min_row=3, values_only=True)}
        assert industry["外卖配送"][:3] == (2, 2, Decimal("1500.00")) and industry["合计"][0] == 3
    else:
        assert target.read_bytes()[:5] == b"%PDF-"
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
            assert "平台企业用工情况" in text and "2026年10月1日至2026年10月31日" in text
            assert re.search(r"外卖配送\s+2\s+2\s+1,500\.00\s+1", text)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".platforms-")] == []


def test_the_computation_and_the_list_stop_when_cancelled(centre) -> None:  # noqa: ANN001
    from mediation_desk.domain.errors import OperationCancelled
    from mediation_desk.domain.figure_cases import PlatformFigure
    from mediation_desk.services.figure_cases import dispute_cases_behind, platform_cases_behind

    seen: list[tuple[int, int]] = []
    platform_report(centre.uow, centre.mediator, start=OCTOBER[0], end=OCTOBER[1],
                    progress=lambda done, total: seen.append((done, total)) or True)
    assert seen and seen[-1][0] >= 3
    with pytest.raises(OperationCancelled):
        platform_report(centre.uow, centre.mediator, start=OCTOBER[0], end=OCTOBER[1], progress=lambda d, t: False)
    with pytest.raises(OperationCancelled):
        platform_cases_behind(centre.uow, centre.mediator, PlatformFigure("", "", "cases"), start=OCTOBER[0],
                              end=OCTOBER[1], progress=lambda d, t: False)
    with pytest.raises(OperationCancelled):
        dispute_cases_behind(centre.uow, centre.mediator, "received", start=OCTOBER[0], end=OCTOBER[1],
                             progress=lambda d, t: False)
