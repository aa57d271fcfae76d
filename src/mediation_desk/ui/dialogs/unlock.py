"""Unlock the case book with its passphrase when the system keyring cannot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.errors import AppError, WrongKey
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.forms.unlock_dialog_ui import Ui_UnlockDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import NOTICE_STYLE


class UnlockDialog(TaskDialog):
    """``open_with(passphrase)`` opens the book (on the worker). A wrong passphrase keeps the
    dialog open with the reason; nothing is changed on disk."""

    def __init__(self, data_dir: Path, open_with: Callable[[str], Any], *, notice: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("打开案件库"))
        self._open_with = open_with
        self.attempts = 0
        self.ui = Ui_UnlockDialog()
        self.use_form(self.ui, {"passphrase": "passphrase"})
        self.ui.where.setText(self.tr("案件库：{folder}").format(folder=str(data_dir)))
        self.notice = self.ui.notice
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.passphrase = self.ui.passphrase
        self.finish_layout()
        self.ok_button.setText(self.tr("打开"))
        self.setMinimumWidth(480)

    def on_ok(self) -> None:
        phrase = self.passphrase.text()
        if not phrase:
            self.form.show_errors({"passphrase": self.tr("请输入口令")})
            return
        self.attempts += 1
        self.submit(self.tr("打开案件库"), self._open_with, phrase, busy_text=self.tr("正在解锁……"))

    def on_error(self, exc: AppError) -> None:
        if isinstance(exc, WrongKey):
            self.passphrase.clear()
            self.form.show_errors({"passphrase": exc.text(current_lang())})
            return
        self.show_message(exc.text(current_lang()))
