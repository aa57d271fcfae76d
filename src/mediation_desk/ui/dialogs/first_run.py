"""First start: create an encrypted case book protected by a passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from mediation_desk.ui.dialogs.base import TaskDialog, password_edit
from mediation_desk.ui.form_support import notice_label


class FirstRunDialog(TaskDialog):
    """``create(passphrase)`` makes the book (on the worker); its result is ``result_value``."""

    def __init__(self, data_dir: Path, create: Callable[[str], Any], *, min_length: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("新建案件库"))
        self._create, self._min = create, min_length
        intro = QLabel(self.tr("这台电脑上还没有案件库。案件库将保存在：\n{folder}").format(folder=str(data_dir)))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        warning = notice_label(self.tr(
            "请设定案件库口令。案件库中的全部案件、证据和文书都用它加密保护。"
            "口令无法找回：忘记口令又没有系统密钥环中的密钥时，任何人（包括技术支持）都无法打开案件库。"
            "请把口令抄写下来，锁在安全的地方。"))
        self.body.addWidget(warning)
        self.passphrase = self.form.add_field(
            "passphrase", self.tr("口令"), password_edit(self.tr("至少{n}个字符").format(n=min_length)))
        self.confirm = self.form.add_field("confirm", self.tr("再输入一次"), password_edit())
        self.show_chars = QCheckBox(self.tr("显示口令"))
        self.show_chars.toggled.connect(self._toggle_echo)
        self.form.addRow("", self.show_chars)
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
