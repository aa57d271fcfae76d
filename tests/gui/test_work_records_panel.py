"""Importing a rider's order history through the panel, the way a mediator does it: choose the
file, check the columns, see the malformed rows, import, read the weekly table and the chart."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mediation_desk.services import work_records as wr
from mediation_desk.services.cases import get_case
from mediation_desk.ui.views.work_records_panel import WorkMetricsTableModel, WorkRecordsPanel
from tests.gui.support import wait_idle
from tests.gui.test_intake import chinese
from tests.support.work_history import delivery_orders, write_delivery_csv, write_delivery_xlsx

CASE_ID = 7
OTHER_CASE_ID = 8


def open_panel(qtbot, desk_book, principal=None) -> WorkRecordsPanel:
    panel = WorkRecordsPanel(desk_book.context(principal or desk_book.mediator))
    qtbot.addWidget(panel)
    panel.resize(1180, 860)
    panel.show()
    panel.set_case(get_case(desk_book.uow, desk_book.admin, CASE_ID))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    return panel


def open_dialog(qtbot, panel):  # noqa: ANN001, ANN201
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.import_dialog is not None and panel.import_dialog.isVisible(), timeout=5000)
    return panel.import_dialog


def choose(qtbot, dialog, monkeypatch, path) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.source is not None, timeout=10000)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.previewing, timeout=10000)


def test_import_with_bad_rows_is_refused_then_the_corrected_file_is_shown_as_table_and_chart(
        qtbot, desk_book, tmp_path, monkeypatch, screenshot, qtmodeltester):
    panel = open_panel(qtbot, desk_book)
    assert panel.import_button.isEnabled() and panel.model.rowCount() == 0
    assert "还没有导入" in panel.source_label.text()

    orders = delivery_orders(weeks=10)
    bad = write_delivery_xlsx(tmp_path / "订单明细（有错）.xlsx", orders,
                              bad_rows={9: (2, "2025-03-04 25:10"), 40: (5, "六块")})
    d = open_dialog(qtbot, panel)
    d.platform.setCurrentText("")
    chinese(d.platform.lineEdit(), "速达外卖")
    choose(qtbot, d, monkeypatch, bad)
    # the columns were guessed from the header (the title line above it skipped)
    assert d.header_row.value() == 2
    assert d.start.currentText().endswith("接单时间") and d.end.currentText().endswith("送达时间")
    assert d.earnings.columns() == (5, 6) and d.deductions.columns() == (7,)
    # the malformed rows are listed and the import button stays off
    texts = [d.row_errors.item(i).text() for i in range(d.row_errors.count())]
    assert d.row_errors.isVisible() and any(t.startswith("第9行") for t in texts) and any(t.startswith("第40行") for t in texts)
    assert not d.ok_button.isEnabled()
    assert "2 行无法读取" in d.summary.text()
    qtbot.wait(50)
    screenshot(d, "work_records_import_errors")

    # the corrected export, without the 补贴 column counted as pay
    good = write_delivery_xlsx(tmp_path / "速达外卖订单明细.xlsx", orders)
    choose(qtbot, d, monkeypatch, good)
    assert not d.row_errors.isVisible()
    d.earnings.item(6).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: d.preview is not None and not d.previewing and d.ok_button.isEnabled(), timeout=10000)
    assert d.preview.records == len(orders)
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.import_dialog is None, timeout=15000)
    qtbot.waitUntil(lambda: panel.current is not None and not panel.loading, timeout=10000)

    imp = panel.current
    assert imp.source_name == "速达外卖订单明细.xlsx" and imp.row_count == len(orders)
    assert imp.source_sha256 in panel.source_label.text() and "速达外卖订单明细.xlsx" in panel.source_label.text()
    # the person's name, never the username
    assert "熊丽华" in panel.source_label.text() and "熊丽华" in panel.list.item(0).text()
    assert "mediator" not in panel.source_label.text() and "mediator" not in panel.list.item(0).text()
    assert panel.list.count() == 1
    metrics = imp.metrics
    assert metrics.total.earnings == sum((o.fee for o in orders), Decimal(0))  # 补贴 left out
    qtmodeltester.check(panel.model)

    # the table: 10 weeks and the whole period; weeks below the minimum wage flagged
    model = panel.model
    assert model.rowCount() == 11
    assert model.data(model.index(10, 0)) == "全期"
    assert model.data(model.index(10, 2)) == "60"
    below_rows = [r for r in range(10) if metrics.weeks[r].below_minimum]
    assert below_rows and len(below_rows) < 10
    r = below_rows[0]
    assert model.data(model.index(r, WorkMetricsTableModel.COL_VERSUS)).startswith("低于 18.50")
    assert model.data(model.index(r, WorkMetricsTableModel.COL_HOURLY), Qt.ItemDataRole.BackgroundRole) is not None
    assert "周的实际时薪低于最低小时工资" in panel.summary_label.text()
    assert "所比较的标准自 2021年4月1日 起执行" in panel.summary_label.text()
    assert "超过4小时" in panel.summary_label.text()

    # the chart: one bar per week, red where pay was below the minimum, and the days-worked line
    assert panel.chart.bar_values() == [float(w.delivery_hours) for w in metrics.weeks]
    assert panel.chart.highlighted_bars() == below_rows
    assert panel.chart.days_series.count() == 10

    # the mapping is remembered for the platform: the next file (CSV, no title) is mapped at once
    assert wr.known_platforms(desk_book.uow, desk_book.admin) == ["速达外卖"]
    d2 = open_dialog(qtbot, panel)
    assert d2.platform.currentText() == get_case(desk_book.uow, desk_book.admin, CASE_ID).summary.platform
    d2.platform.setCurrentText("速达外卖")
    choose(qtbot, d2, monkeypatch, write_delivery_csv(tmp_path / "四月.csv", orders[:200]))
    qtbot.waitUntil(lambda: "上次" in d2.mapping_note.text(), timeout=10000)
    assert d2.earnings.columns() == (5,) and d2.header_row.value() == 1
    d2.reject()

    panel.splitter.setSizes([360, 420])
    wait_idle_panel(qtbot, panel)
    screenshot(panel, "work_records_panel")

    # order times are named for what they are (接单配送时长), never "在线" time
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "接单配送时长（小时）" in headers and not any("在线" in h for h in headers)
    chart = panel.chart.chart()
    assert "接单配送" in chart.title() and "在线" not in chart.title()
    assert not any("在线" in a.titleText() for a in chart.axes())
    assert "在线" not in panel.summary_label.text()

    # at 1366×768 the chart keeps its axes with numbers
    panel.resize(1366, 768)
    wait_idle_panel(qtbot, panel)
    visible = [a for a in chart.axes() if a.isVisible()]
    assert len(visible) == 3 and all(a.labelsVisible() for a in visible)
    assert chart.plotArea().height() >= 120
    screenshot(panel, "work_records_panel_1366x768")
    # a short chart keeps fewer, still numbered, ticks with round steps
    for height in (190, 260, 420):
        panel.chart.resize(900, height)
        qtbot.wait(20)
        hours_axis = panel.chart.hours_axis
        ticks = hours_axis.tickCount()
        plot = panel.chart.chart().plotArea().height()
        assert ticks >= 2 and hours_axis.labelsVisible() and hours_axis.max() >= max(panel.chart.bar_values())
        assert (ticks - 1) * 22 <= plot + 22, (height, ticks, plot)
        step = hours_axis.max() / (ticks - 1)
        assert step == int(step) and int(step) in (5, 10, 20, 25, 50, 100, 200, 500)

    # switching to another case leaves nothing of this one
    panel.set_case(get_case(desk_book.uow, desk_book.admin, OTHER_CASE_ID))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    wait_idle_panel(qtbot, panel)
    assert panel.list.count() == 0 and panel.model.rowCount() == 0 and panel.chart.bar_values() == []
    assert panel.current is None and imp.source_sha256 not in panel.source_label.text()
    assert panel.summary_label.text() == "" and not panel.error_label.isVisible()
    assert "还没有导入" in panel.source_label.text()


def wait_idle_panel(qtbot, panel) -> None:  # noqa: ANN001
    from mediation_desk.ui.tasks import TaskRunner

    wait_idle(TaskRunner.instance())
    qtbot.wait(50)


def test_a_user_without_the_evidence_permission_only_reads(qtbot, desk_book):
    from mediation_desk.domain.users import Permission, Principal

    class ReadOnly(Principal):
        def can(self, permission: Permission) -> bool:
            return permission is Permission.VIEW_CASES

    p = desk_book.mediator
    reader = ReadOnly(p.user_id, p.username, p.display_name, p.role)
    panel = open_panel(qtbot, desk_book, reader)
    assert not panel.import_button.isEnabled()
    panel.set_case(None)
    assert not panel.import_button.isEnabled() and panel.model.rowCount() == 0
