"""Unlock the case book with its passphrase when the system keyring cannot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from mediation_desk.domain.errors import AppError, WrongKey
from mediation_desk.ui.dialogs.base import TaskDialog, password_edit
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import notice_label


class UnlockDialog(TaskDialog):
    """``open_with(passphrase)`` opens the book (on the worker). A wrong passphrase keeps the
    dialog open with the reason; nothing is changed on disk."""

    def __init__(self, data_dir: Path, open_with: Callable[[str], Any], *, notice: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("打开案件库"))
        self._open_with = open_with
        self.attempts = 0
        where = QLabel(self.tr("案件库：{folder}").format(folder=str(data_dir)))
        where.setWordWrap(True)
        self.body.addWidget(where)
        self.notice = notice_label(notice)
        self.notice.setVisible(bool(notice))
        self.body.addWidget(self.notice)
        self.passphrase = self.form.add_field("passphrase", self.tr("案件库口令"), password_edit())
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
