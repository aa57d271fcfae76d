"""The statistics page over a mediation centre's book with four known cases (the month worked out by
hand in tests/integration/test_statistics.py): the figures shown are the service's, a failed check
is shown as failed with what it compared, the English page shows no Chinese of its own, and the
exports write the XLSX and the PDF of the table on the screen."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mediation_desk.documents.statistics_pdf import value_text
from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.statistics import INDICATORS, Check
from mediation_desk.services import mediation as med
from mediation_desk.services.statistics import dispute_table
from mediation_desk.storage.keys import KeyringStore
from mediation_desk.ui.views.period_choice import period_of
from mediation_desk.ui.views.statistics_page import StatisticsPage
from tests.gui.screens_support import chinese_texts, english
from tests.gui.support import DeskBook, wait_idle
from tests.integration.test_statistics import agreement, register
from tests.support.books import administrator, create_test_book

OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


@pytest.fixture
def centre(tmp_path):  # noqa: ANN001, ANN201
    """m1 agreed on day 9 (in time), m2 agreed on day 23 (late), m3 in mediation past its due date,
    m4 received late in the month: 4 received, 2 closed by mediation, 1,600 yuan agreed."""
    book, staff = create_test_book(tmp_path / "centre", cases=0, keyring=KeyringStore())
    m1 = register(book, staff, 21, date(2026, 10, 1), (ClaimKind.UNPAID_PAY, "1000"))
    agreement(book, staff, m1, date(2026, 10, 10), "1000")
    m2 = register(book, staff, 22, date(2026, 10, 2), (ClaimKind.UNPAID_PAY, "1000"))
    agreement(book, staff, m2, date(2026, 10, 25), "600")
    m3 = register(book, staff, 23, date(2026, 10, 5), (ClaimKind.SOCIAL_INSURANCE, "1000"))
    med.record_session(book.uow, staff, case_id=m3, held_on=date(2026, 10, 6), place="调解室", participants="双方",
                       mediator="刘思远", record="继续调解。", starts_at=time(9, 30), ends_at=time(11, 0))
    register(book, staff, 24, date(2026, 10, 20), (ClaimKind.CONFIRM_RELATIONSHIP, "1000"))
    desk = DeskBook(book=book, admin=administrator(book), mediator=staff)
    try:
        yield desk
    finally:
        from mediation_desk.ui.tasks import TaskRunner

        wait_idle(TaskRunner.instance())
        book.close()


def shown(page: StatisticsPage) -> dict[str, str]:
    return {INDICATORS[r].key: page.indicators.item(r, 1).text() for r in range(page.indicators.rowCount())}


def compute(qtbot, page: StatisticsPage) -> None:  # noqa: ANN001
    qtbot.mouseClick(page.ui.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.report is not None, timeout=20000)


def test_the_page_shows_the_services_figures(qtbot, centre, screenshot) -> None:  # noqa: ANN001
    page = StatisticsPage(centre.context())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert not page.ui.by.isVisible()  # a mediation centre has no arbitrators to group by
    assert not page.ui.pdf_button.isEnabled() and page.indicators.rowCount() == 0
    page.set_period("month", date(2026, 10, 17))
    assert page.period() == OCTOBER and not page.ui.date_to.isEnabled()
    compute(qtbot, page)
    expected = dispute_table(centre.uow, centre.mediator, start=OCTOBER[0], end=OCTOBER[1]).total.values
    assert shown(page) == {i.key: value_text(i, expected[i.key]) for i in INDICATORS}
    # by hand (tests/integration/test_statistics.py's mediation centre): 4 received, 2 closed by mediation
    figures = shown(page)
    assert (figures["received"], figures["closed"], figures["way_mediation"], figures["pending_end"]) == ("4", "2", "2", "2")
    assert (figures["agreed"], figures["closing_rate"], figures["over_limit"]) == ("1,600.00", "50.00", "2")
    assert (figures["cause_pay"], figures["cause_social_insurance"], figures["cause_relationship"]) == ("2", "1", "1")
    row = [i.key for i in INDICATORS].index("agreed")
    assert page.indicators.item(row, 2).text() == "元" and "调解协议" in page.indicators.item(row, 3).text()
    page.indicators.selectRow(row)
    assert "定义" in page.ui.definition.toPlainText() and INDICATORS[row].source in page.ui.definition.toPlainText()
    assert "各项校验均已通过" in page.summary.text() and page.checks.rowCount() == len(page.report.total.checks)
    assert all(page.checks.item(r, 1).text() == "通过" for r in range(page.checks.rowCount()))
    assert page.ui.way_chart.values() == [("调解", 2), ("裁决", 0), ("撤回", 0), ("其他", 0)]
    assert page.ui.cause_chart.values()[0] == ("确认劳动关系", 1)
    screenshot(page, "statistics_page")
    page.ui.tabs.setCurrentIndex(2)
    screenshot(page, "statistics_page_charts")
    # a quarter and a year snap to their own bounds; a custom period ending before it starts is refused
    page.set_period("quarter", date(2026, 11, 5))
    assert page.period() == (date(2026, 10, 1), date(2026, 12, 31))
    page.set_period("year", date(2026, 11, 5))
    assert page.period() == (date(2026, 1, 1), date(2026, 12, 31))
    page.set_period("custom", date(2026, 10, 31), date(2026, 10, 1))
    qtbot.mouseClick(page.ui.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert "早于" in page.message.text()


def test_a_failed_check_is_shown_with_what_it_compared(qtbot, centre) -> None:  # noqa: ANN001
    report = dispute_table(centre.uow, centre.mediator, start=OCTOBER[0], end=OCTOBER[1])
    broken = Check("ways_sum", "各结案方式之和 = 结案", "Ways of closing add up to closed", False, "各方式合计 1，结案 2")
    page = StatisticsPage(centre.context())
    qtbot.addWidget(page)
    page.show_report(replace(report, tables=(replace(report.total, checks=report.total.checks + (broken,)),)))
    assert "1项校验未通过" in page.summary.text() and "各结案方式之和" in page.summary.text()
    last = page.checks.rowCount() - 1
    assert page.checks.item(last, 1).text() == "未通过" and page.checks.item(last, 2).text() == "各方式合计 1，结案 2"
    assert page.checks.item(last, 1).foreground().color().name() == "#b3261e"
    assert "1项未通过" in page.ui.tabs.tabText(1)


def test_a_commission_groups_by_arbitrator(qtbot, centre) -> None:  # noqa: ANN001
    page = StatisticsPage(centre.context(), commission=True)
    qtbot.addWidget(page)
    page.show()
    page.ui.by.setCurrentIndex(1)
    page.set_period("custom", *OCTOBER)
    compute(qtbot, page)
    assert page.report.by == "arbitrator" and page.ui.group.isVisible()
    assert [page.ui.group.itemText(i) for i in range(page.ui.group.count())] == ["合计", "未组庭"]
    page.ui.group.setCurrentIndex(1)
    assert shown(page)["received"] == "4"


def test_in_english_the_page_speaks_english(qtbot, qapp, centre, screenshot) -> None:  # noqa: ANN001
    with english(qapp):
        page = StatisticsPage(centre.context(), commission=True)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.set_period("custom", *OCTOBER)
        compute(qtbot, page)
        assert page.indicators.item(0, 0).text() == "Pending at the start"
        assert page.ui.way_chart.values()[0] == ("Mediation", 2)
        page.ui.tabs.setCurrentIndex(2)
        screenshot(page, "statistics_page_charts_en")
        page.ui.tabs.setCurrentIndex(0)
        screenshot(page, "statistics_page_en")
        # data: the organisation's name, the figures a check compared (the definitions and sources are
        # shown in English: ui/statistics_labels.py)
        data = [centre_org(centre)]
        data += [c.detail for c in page.report.total.checks] + [f"{i.name}（{i.english}）" for i in INDICATORS]
        data += [i.name for i in INDICATORS]
        left = []
        for where, text in chinese_texts(page):
            for d in sorted(data, key=len, reverse=True):
                text = text.replace(d, "")
            if re.search(r"[\u4e00-\u9fff]", text):
                left.append((where, text))
        assert not left, left[:10]


def centre_org(desk: DeskBook) -> str:
    from mediation_desk.services.accounts import get_organisation

    org = get_organisation(desk.uow)
    return org.name if org is not None else ""


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_the_exports_write_the_table_on_the_screen(qtbot, centre, tmp_path, monkeypatch, fmt) -> None:  # noqa: ANN001
    page = StatisticsPage(centre.context())
    qtbot.addWidget(page)
    page.set_period("custom", *OCTOBER)
    compute(qtbot, page)
    target = tmp_path / f"october.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.ui.xlsx_button if fmt == "xlsx" else page.ui.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
    assert page.last_export == target and str(target) in page.message.text()
    if fmt == "xlsx":
        from openpyxl import load_workbook

        rows = list(load_workbook(target)["指标"].iter_rows(min_row=3, values_only=True))
        figures = {r[1]: r[3] for r in rows}
        assert figures["当期受理"] == 4 and figures["调解协议金额"] == Decimal("1600.00")
    else:
        assert target.read_bytes()[:5] == b"%PDF-"
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
            assert "劳动争议案件统计表" in text and "2026年10月1日至2026年10月31日" in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".statistics-")] == []


def test_period_of() -> None:
    assert period_of("month", date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_of("quarter", date(2026, 12, 31)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert period_of("quarter", date(2026, 5, 1)) == (date(2026, 4, 1), date(2026, 6, 30))
    assert period_of("month", date(2026, 12, 3)) == (date(2026, 12, 1), date(2026, 12, 31))


def test_the_computation_stops_when_cancelled(centre) -> None:  # noqa: ANN001
    from mediation_desk.domain.errors import OperationCancelled

    seen: list[tuple[int, int]] = []
    dispute_table(centre.uow, centre.mediator, start=OCTOBER[0], end=OCTOBER[1],
                  progress=lambda done, total: seen.append((done, total)) or True)
    assert seen == [(4, 0)]  # one batch of the four cases
    with pytest.raises(OperationCancelled):
        dispute_table(centre.uow, centre.mediator, start=OCTOBER[0], end=OCTOBER[1], progress=lambda d, t: False)
