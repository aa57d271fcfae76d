"""First start: create an encrypted case book protected by a passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.forms.first_run_dialog_ui import Ui_FirstRunDialog
from mediation_desk.ui.form_support import NOTICE_STYLE


class FirstRunDialog(TaskDialog):
    """``create(passphrase)`` makes the book (on the worker); its result is ``result_value``."""

    def __init__(self, data_dir: Path, create: Callable[[str], Any], *, min_length: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("新建案件库"))
        self._create, self._min = create, min_length
        self.ui = Ui_FirstRunDialog()
        self.use_form(self.ui, {"passphrase": "passphrase", "confirm": "confirm"})
        self.ui.intro.setText(self.tr("这台电脑上还没有案件库。案件库将保存在：\n{folder}").format(folder=str(data_dir)))
        self.ui.warning.setStyleSheet(NOTICE_STYLE)
        self.passphrase, self.confirm, self.show_chars = self.ui.passphrase, self.ui.confirm, self.ui.show_chars
        self.passphrase.setPlaceholderText(self.tr("至少{n}个字符").format(n=min_length))
        self.show_chars.toggled.connect(self._toggle_echo)
        self.finish_layout()
        self.ok_button.setText(self.tr("创建案件库"))
        self.setMinimumWidth(520)

    def _toggle_echo(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def on_ok(self) -> None:
        self.clear_messages()
        phrase, again = self.passphrase.text(), self.confirm.text()
        errors = {}
        if len(phrase) < self._min:
            errors["passphrase"] = self.tr("口令至少需要{n}个字符").format(n=self._min)
        elif phrase != again:
            errors["confirm"] = self.tr("两次输入的口令不一致")
        if errors:
            self.form.show_errors(errors)
            return
        self.submit(self.tr("新建案件库"), self._create, phrase, busy_text=self.tr("正在创建加密案件库……"))
