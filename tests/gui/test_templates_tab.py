"""设置 → 文书模板: the administrator imports an edited template (the check and the difference shown,
saved only when confirmed), exports it, restores a version and goes back to the built-in; a refused
file cannot be saved; other roles do not see the tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mediation_desk.services import org_templates
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.views.settings_page import SettingsPage
from tests.support.template_edits import add_paragraphs, builtin, edit_paragraph

CODE = "mediation_termination"
OWN = "本机构特别提示：如对本告知书有疑问，可在工作日到调解室当面咨询。"


def _tab(qtbot, desk_book):
    page = SettingsPage(desk_book.context(desk_book.admin), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    tab = page.templates_tab
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=10000)
    return page, tab


def _row(tab, code: str) -> int:
    return next(i for i, s in enumerate(tab.statuses) if s.code == code)


def _source(tab, code: str) -> str:
    return tab.table.item(_row(tab, code), 2).text()


def test_only_an_administrator_sees_the_templates_tab(qtbot, desk_book) -> None:
    page = SettingsPage(desk_book.context(desk_book.mediator), DeskEvents())
    qtbot.addWidget(page)
    assert page.templates_tab is None
    assert "文书模板" not in [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_import_export_versions_and_revert(qtbot, desk_book, tmp_path, monkeypatch, screenshot) -> None:
    page, tab = _tab(qtbot, desk_book)
    assert tab.table.rowCount() == 30 and _source(tab, CODE) == "内置"
    tab.select_code(CODE)
    assert tab.import_button.isEnabled() and not tab.revert_button.isEnabled() and not tab.versions_button.isEnabled()

    # a file using a field the registry does not declare: shown, but cannot be saved
    bad = tmp_path / "bad.docx"
    bad.write_bytes(add_paragraphs(builtin(CODE), "{{ case.secret_note }}"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10000)
    dialog = tab.dialog
    assert not dialog.ok_button.isEnabled() and "不能使用" in dialog.verdict.text()
    assert "case.secret_note" in dialog.details.toPlainText()
    dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=5000)

    # an edited paragraph: the difference is shown, and saved when confirmed
    good = tmp_path / "告知书.docx"
    good.write_bytes(edit_paragraph(builtin(CODE), 10, OWN))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10000)
    dialog = tab.dialog
    text = dialog.details.toPlainText()
    assert dialog.ok_button.isEnabled() and "检查通过" in dialog.verdict.text()
    assert f"  + {OWN}" in text and "  - 特此告知。" in text
    dialog.resize(1000, 700)
    screenshot(dialog, "template_import_dialog")
    dialog.note.setText("加提示语")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.loaded and _source(tab, CODE) == "本机构 v1", timeout=10000)
    assert "已保存为本机构 v1" in tab.message.text()
    screenshot(page, "templates_tab")
    versions = org_templates.list_versions(desk_book.uow, desk_book.admin, code=CODE)
    assert [(v.version, v.note, v.active) for v in versions] == [(1, "加提示语", True)]

    # export writes the version in use
    out = tmp_path / "exported.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.select_code(CODE)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and "已导出" in tab.message.text(), timeout=10000)
    assert out.read_bytes() == good.read_bytes()

    # a second version, then v1 restored from the versions dialog
    second = tmp_path / "second.docx"
    second.write_bytes(edit_paragraph(good.read_bytes(), 4, "申请人提出的调解请求如下："))
    tab.select_code(CODE)
    tab.import_file(tab.selected(), second)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10000)
    assert "本机构 v1" in tab.dialog.heading.text()
    qtbot.mouseClick(tab.dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.loaded and _source(tab, CODE) == "本机构 v2", timeout=10000)
    tab.select_code(CODE)
    qtbot.mouseClick(tab.versions_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10000)
    dialog = tab.dialog
    assert dialog.table.rowCount() == 2 and "正在使用" in dialog.table.item(0, 0).text()
    dialog.select_version(2)
    assert not dialog.ok_button.isEnabled()  # the version in use is not restored onto itself
    dialog.select_version(1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.loaded and _source(tab, CODE) == "本机构 v3", timeout=10000)
    assert tab.table.item(_row(tab, CODE), 3).text() == "3"

    # back to the built-in, after seeing the difference
    tab.select_code(CODE)
    assert tab.revert_button.isEnabled() and not tab.adopt_button.isEnabled()
    qtbot.mouseClick(tab.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10000)
    assert f"  - {OWN}" in tab.dialog.details.toPlainText()
    qtbot.mouseClick(tab.dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.loaded and _source(tab, CODE) == "内置", timeout=10000)
    assert "已改用内置模板" in tab.message.text()
