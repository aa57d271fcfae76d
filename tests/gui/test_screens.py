"""Every screen at once: case switching leaves nothing of the previous case on any tab; the English
interface shows no Chinese but the user's own data; at 1366×768 every table shows five rows and
every column header its whole text."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QTableView, QTextEdit, QWidget)

from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.tasks import TaskRunner
from tests.gui.screens_support import CJK, LatinBook, chinese_texts, english, make_latin_book, open_dialogs, widget_texts
from tests.gui.support import wait_cases, wait_idle

SCREEN = (1366, 768)


@pytest.fixture
def latin_book(tmp_path) -> Iterator[LatinBook]:  # noqa: ANN001
    from mediation_desk.app import LazyDocumentEngine

    renderer = LazyDocumentEngine()
    lb = make_latin_book(tmp_path / "book", renderer)
    try:
        yield lb
    finally:
        wait_idle(TaskRunner.instance())
        renderer.close()
        lb.desk.book.close()


def settle(qtbot, timeout_s: float = 20.0) -> None:  # noqa: ANN001
    """Let every queued load finish and its results be shown."""
    for _ in range(3):
        wait_idle(TaskRunner.instance(), timeout_s)
        QCoreApplication.processEvents()
        qtbot.wait(30)


def open_window(qtbot, lb: LatinBook, principal=None) -> MainWindow:  # noqa: ANN001
    window = MainWindow(lb.desk.context(principal or lb.desk.admin), first_backup_check_ms=None)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    settle(qtbot)
    return window


def select_case(qtbot, window: MainWindow, case_id: int) -> None:  # noqa: ANN001
    page = window.cases_page
    window.show_page(window.PAGE_CASES)
    page.show_case_by_id(case_id)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.summary.id == case_id, timeout=5000)
    settle(qtbot)


def case_tab_indexes(window: MainWindow) -> range:
    return range(window.cases_page.case_tabs.count())


def show_tab(qtbot, window: MainWindow, index: int) -> QWidget:  # noqa: ANN001
    tabs = window.cases_page.case_tabs
    tabs.setCurrentIndex(index)
    settle(qtbot)
    return tabs.currentWidget()


# ---- switching cases ----

def _mark_everything(panel: QWidget, marker: str) -> None:
    """What a user leaves on a tab while working on a case: text typed into every field, and a
    status, result or error line saying something about the case (every empty line filled)."""
    for w in panel.findChildren(QWidget):
        if isinstance(w, QLineEdit) and not w.isReadOnly():
            w.setText(f"{marker} typed")
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            w.setPlainText(f"{marker} written")
        elif isinstance(w, QLabel) and not w.text().strip() and w.pixmap().isNull():
            w.setText(f"{marker} said")


def test_switching_cases_leaves_nothing_of_the_previous_case_on_any_tab(qtbot, latin_book, message_boxes):
    lb = latin_book
    window = open_window(qtbot, lb)
    page = window.cases_page
    for index in case_tab_indexes(window):
        select_case(qtbot, window, lb.case_a)
        panel = show_tab(qtbot, window, index)
        assert any(lb.marker_a in text for _w, text in widget_texts(page.case_tabs)), \
            f"case A is not shown on tab {page.case_tabs.tabText(index)}"
        _mark_everything(panel, lb.marker_a)

        select_case(qtbot, window, lb.case_b)
        for i in case_tab_indexes(window):  # the tab the user was on, and every other one
            show_tab(qtbot, window, i)
            stale = [(where, text) for where, text in widget_texts(page.case_tabs) if lb.marker_a in text]
            assert not stale, (page.case_tabs.tabText(index), page.case_tabs.tabText(i), stale[:5])
        show_tab(qtbot, window, index)
    assert not message_boxes


# ---- English ----

def _english_dialogs(qtbot, owner: QWidget) -> list[tuple[str, str]]:  # noqa: ANN001
    """Open every dialog ``owner`` can open (its ``open_*`` methods), collect their Chinese, close them."""
    found: list[tuple[str, str]] = []
    for name, method in inspect.getmembers(owner, inspect.ismethod):
        if not name.startswith("open_") or name in ("open_case",):
            continue
        params = [p for p in inspect.signature(method).parameters.values() if p.default is p.empty]
        calls = [{}]
        if [p.name for p in params] == ["group"]:
            calls = [{"group": False}, {"group": True}]
        elif params:
            continue
        for kwargs in calls:
            before = set(map(id, open_dialogs()))
            method(**kwargs)
            QCoreApplication.processEvents()
            for dialog in open_dialogs():
                if id(dialog) in before:
                    continue
                found += [(f"{type(owner).__name__}.{name}: {where}", text) for where, text in chinese_texts(dialog)]
                if hasattr(dialog, "open_calculator"):
                    found += _english_dialogs(qtbot, dialog)
                dialog.reject()
                QCoreApplication.processEvents()
    return found


def _latin(value: object) -> object:
    """A hand-off manifest's content with its Chinese text in Latin letters (the package's data)."""
    if isinstance(value, str):
        return "Latin text" if CJK.search(value) else value
    if isinstance(value, dict):
        return {k: _latin(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_latin(v) for v in value]
    return value


def _english_package_viewer(qtbot, window: MainWindow, lb: LatinBook, monkeypatch) -> list[tuple[str, str]]:  # noqa: ANN001
    """文件 → 打开移交包… on a package whose data is in Latin letters: the viewer and a PDF of it."""
    from dataclasses import replace

    from mediation_desk.handoff.writer import ZipPackageWriter
    from tests.support.handoff_packages import TestSigner, content, sample_files

    path = lb.desk.data_dir.parent / "latin-package.mdpkg"
    files = [replace(f, title=f"File {i}") for i, f in enumerate(sample_files(), start=1)]
    ZipPackageWriter().write(path, _latin(content()), files, TestSigner())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.open_package_action.trigger()
    settle(qtbot)
    viewer = next(d for d in open_dialogs() if type(d).__name__ == "PackageViewerDialog")
    assert viewer.verified is not None
    found = [(f"package viewer: {w}", t) for w, t in chinese_texts(viewer)]
    viewer.open_selected()  # the first file, a PDF
    settle(qtbot)
    preview = viewer.preview
    assert preview is not None
    found += [(f"package file preview: {w}", t) for w, t in chinese_texts(preview)]
    preview.reject()
    viewer.reject()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    return found


def test_every_screen_in_english_shows_no_chinese(qtbot, qapp, latin_book, monkeypatch, message_boxes):
    lb = latin_book
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    found: list[tuple[str, str]] = []
    with english(qapp):
        for principal in (lb.desk.admin, lb.arbitrator):
            window = open_window(qtbot, lb, principal)
            for page in range(window.stack.count()):
                window.show_page(page)
                settle(qtbot)
                found += [(f"page {page}: {w}", t) for w, t in chinese_texts(window)]
            for case_id in (lb.case_a, lb.case_b):
                select_case(qtbot, window, case_id)
                for index in case_tab_indexes(window):
                    panel = show_tab(qtbot, window, index)
                    tab = window.cases_page.case_tabs.tabText(index)
                    found += [(f"{tab}: {w}", t) for w, t in chinese_texts(window)]
                    found += [(f"{tab} dialog: {w}", t) for w, t in _english_dialogs(qtbot, panel)]
                found += _english_dialogs(qtbot, window.cases_page)
            for tab in window.settings_page.findChildren(QWidget):
                if type(tab).__name__.endswith("Tab"):
                    found += _english_dialogs(qtbot, tab)
            found += _english_package_viewer(qtbot, window, lb, monkeypatch)
            window.close()
    found += [("message box", f"{title}: {text}") for title, text in message_boxes]
    # User data: everything typed about the cases is in Latin letters; what is Chinese all the same
    # but is data, not the program's words, is listed by ``LatinBook.user_data`` and ``notes``.
    record, notes = lb.user_data(), lb.notes()
    left = []
    for where, text in found:
        for data in record:
            text = text.replace(data, "")
        for note in notes:
            text = re.sub(rf"(?m)^{re.escape(note)}(?= |$)", "", text)
        if CJK.search(text):
            left.append((where.split(":")[0] + ": " + where.split(":")[-1].split(" ", 1)[-1], text))
    texts = list(dict.fromkeys(t for _w, t in left))
    assert not texts, f"{len(texts)} texts with Chinese:\n" + "\n".join(
        f"{next(w for w, t in left if t == text)}: {text!r}" for text in texts)


# ---- 1366×768 ----

def _table_problems(root: QWidget, where: str, *, panes: bool = False) -> list[str]:
    """Tables under ``root`` that show fewer than five rows or cut a header; with ``panes``, read-only
    text panes (the worksheet's assessment, results) that show fewer than eight lines."""
    problems = []
    for pane in root.findChildren(QTextEdit) if panes else []:
        if pane.isReadOnly() and pane.isVisible() and pane.maximumHeight() > 200:
            lines = pane.viewport().height() / pane.fontMetrics().lineSpacing()
            if lines < 8:
                problems.append(f"{where}: text pane {type(pane.parent()).__name__} shows {lines:.1f} lines")
    from PySide6.QtCharts import QChartView, QValueAxis

    for view in root.findChildren(QChartView):
        axes = [a for a in view.chart().axes() if isinstance(a, QValueAxis) and a.isVisible()]
        if view.isVisible() and axes:
            if view.chart().plotArea().height() < 120:
                problems.append(f"{where}: chart plot area {view.chart().plotArea().height():.0f} px high")
            problems += [f"{where}: chart axis {a.titleText()!r} without numbers" for a in axes if not a.labelsVisible()]
    for view in root.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not isinstance(view, QTableView) or not view.isVisibleTo(root):
            continue
        if not view.isVisible():
            continue
        row_h = view.verticalHeader().defaultSectionSize()
        rows = view.viewport().height() / max(1, row_h)
        name = view.objectName() or type(view.parent()).__name__
        if rows < 5:
            problems.append(f"{where}: table {name} shows {rows:.1f} rows")
        header = view.horizontalHeader()
        metrics = header.fontMetrics()
        model = view.model()
        for c in range(model.columnCount() if model else 0):
            if header.isSectionHidden(c):
                continue
            text = str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            need = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0) + 4
            if text and header.sectionSize(c) < need:
                problems.append(f"{where}: table {name} column {text!r} is {header.sectionSize(c)} px, needs {need}")
    return problems


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_at_1366x768_every_table_shows_five_rows_and_whole_headers(qtbot, qapp, latin_book, lang, message_boxes):
    lb = latin_book
    problems: list[str] = []

    def walk() -> None:
        window = open_window(qtbot, lb, lb.arbitrator)
        assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1]
        for page in range(window.stack.count()):
            window.show_page(page)
            settle(qtbot)
            problems.extend(_table_problems(window, f"page {page}"))
        for case_id in (lb.case_a, lb.case_b):
            select_case(qtbot, window, case_id)
            for index in case_tab_indexes(window):
                panel = show_tab(qtbot, window, index)
                tab = window.cases_page.case_tabs.tabText(index)
                sections = [s for s in panel.findChildren(QWidget) if hasattr(s, "setCurrentIndex")
                            and hasattr(s, "count") and type(s).__name__ in ("QTabWidget", "QStackedWidget")]
                problems.extend(_table_problems(panel, tab, panes=True))
                problems.extend(_table_problems(window.cases_page, "case list"))
                for s in sections:
                    for i in range(s.count()):
                        s.setCurrentIndex(i)
                        QCoreApplication.processEvents()
                        problems.extend(_table_problems(panel, f"{tab} section {i}", panes=True))
        window.close()

    if lang == "en":
        with english(qapp):
            walk()
    else:
        walk()
    assert not problems, "\n".join(dict.fromkeys(problems))


# ---- field errors ----

def test_a_field_error_goes_as_soon_as_the_field_is_corrected(qtbot, desk_book):
    from tests.gui.test_intake import BAD_CODE, BAD_ID, GOOD_CODE, GOOD_ID, fill_case, open_intake, open_page, save

    page = open_page(qtbot, desk_book)
    d = open_intake(qtbot, page)
    fill_case(qtbot, d, id_number=BAD_ID, credit_code=BAD_CODE)
    d.facts.clear()
    save(qtbot, d)
    row, claim = d.respondents.rows[0], d.claims.rows[0]
    assert d.form.error_text("worker.id_number") and "统一社会信用代码" in row.errors.text()
    assert d.facts_error.isVisible()

    d.id_number.clear()
    qtbot.keyClicks(d.id_number, GOOD_ID)
    assert d.form.error_text("worker.id_number") == ""
    row.credit_code.clear()
    qtbot.keyClicks(row.credit_code, GOOD_CODE)
    assert not row.errors.isVisible() and not row.credit_code.styleSheet()
    qtbot.keyClicks(d.facts, "x")
    assert not d.facts_error.isVisible()
    claim.amount.setText("三千二")
    save(qtbot, d)
    assert "金额" in claim.errors.text()
    claim.amount.clear()
    qtbot.keyClicks(claim.amount, "3200")
    assert "金额" not in claim.errors.text() and not claim.amount.styleSheet()
    d.reject()

    # a dialog built on the shared form: the reason's error goes with the first letter typed
    page.select_row(0)
    wait_cases(qtbot, page)
    page.open_change_status()
    dialog = page.status_dialog
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("reason")
    qtbot.keyClicks(dialog.reason, "a")
    assert dialog.form.error_text("reason") == ""
    dialog.reject()


def test_the_window_and_a_tall_dialog_fit_the_screen(qtbot, latin_book):
    """The offscreen screen is 800×800: smaller than the main window's and the intake form's own size."""
    from PySide6.QtGui import QGuiApplication

    free = QGuiApplication.primaryScreen().availableGeometry()
    window = MainWindow(latin_book.desk.context(), first_backup_check_ms=None)
    qtbot.addWidget(window)
    assert window.width() <= free.width() and window.height() <= free.height()
    window.show()
    window.cases_page.open_intake(group=False)
    dialog = window.cases_page.intake_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.height() <= free.height() - 40 and dialog.width() <= free.width() - 16  # room for the frame
    assert dialog.ok_button.isVisibleTo(dialog)
    dialog.reject()
    settle(qtbot)


def test_the_first_run_assistant_in_english_shows_no_chinese(qtbot, qapp, tmp_path):
    from mediation_desk.storage.keys import MIN_PASSPHRASE_LEN
    from mediation_desk.ui.dialogs.first_run import FirstRunAssistant, FirstStartActions

    actions = FirstStartActions(create=lambda new: None, sheet=lambda *a: b"", check_folder=lambda folder: True,
                                restore=lambda *a: None, demo=lambda progress: None)
    found: list[tuple[str, str]] = []
    with english(qapp):
        dialog = FirstRunAssistant(tmp_path / "book", tmp_path / "book-demo", actions, min_length=MIN_PASSPHRASE_LEN)
        qtbot.addWidget(dialog)
        dialog.resize(*SCREEN)
        dialog.show()
        for page in range(dialog.pages.count()):
            dialog.go(page)
            if page == 2:
                for phrase in ("short", "password123", "ganjiang-river", "ganjiang-river-2026-Nanchang"):
                    dialog.ui.passphrase.setText(phrase)
                    found += [(f"strength {phrase}", t) for _w, t in chinese_texts(dialog)]
            found += [(f"page {page}: {w}", t) for w, t in chinese_texts(dialog)]
        dialog.form.show_errors({"confirm": dialog.tr("两次输入的口令不一致")})
        found += [(f"errors: {w}", t) for w, t in chinese_texts(dialog)]
    assert not found, found
