"""A hostile spreadsheet chosen in the work-record import dialog: the dialog says which limit the
file reached, in the user's language, and nothing is read or imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.gui.test_work_records_panel import open_dialog, open_panel
from tests.support import hostile_files as hf

CASES = {
    "宽表.xlsx": (hf.wide_declared_xlsx, "超过256列"),
    "实体炸弹.xlsx": (hf.billion_laughs_xlsx, "不安全的XML声明"),
    "外部实体.xlsx": (lambda p: hf.xxe_xlsx(p, Path("/etc/hostname")), "不安全的XML声明"),
    "压缩炸弹.xlsx": (lambda p: hf.bomb_xlsx(p, unpacked=300 << 20), "解压后过大"),
    "超大.csv": (hf.huge_csv, "文件过大"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_import_dialog_names_the_limit_a_hostile_file_reached(qtbot, desk_book, tmp_path, monkeypatch,
                                                                   message_boxes, name) -> None:
    writer, words = CASES[name]
    path = writer(tmp_path / name)
    panel = open_panel(qtbot, desk_book)
    d = open_dialog(qtbot, panel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    d.choose_button.click()
    qtbot.waitUntil(lambda: not d.reading, timeout=10000)
    assert d.source is None and not d.ok_button.isEnabled()
    assert d.message.isVisible() and words in d.message.text(), d.message.text()
    assert "Traceback" not in d.message.text() and "ParseError" not in d.message.text()
    assert message_boxes == []  # no crash dialog
