"""The database password of the office book, asked when the keyring does not hold it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.errors import AppError
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import NOTICE_STYLE
from mediation_desk.ui.forms.office_password_dialog_ui import Ui_OfficePasswordDialog


class OfficePasswordDialog(TaskDialog):
    """``connect(password, remember)`` opens the book (on the worker). A refusal (wrong password, a
    certificate that does not verify, a server that cannot be reached) keeps the dialog open with the
    one-line reason."""

    def __init__(self, where: str, connect: Callable[[str, bool], Any], *, notice: str = "",
                 can_remember: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("连接案件库服务器"))
        self._connect = connect
        self.ui = Ui_OfficePasswordDialog()
        self.use_form(self.ui, {"password": "password"})
        self.ui.where.setText(self.tr("服务器版案件库：{where}").format(where=where))
        self.ui.notice.setStyleSheet(NOTICE_STYLE)
        self.ui.notice.setText(notice)
        self.ui.notice.setVisible(bool(notice))
        self.ui.remember.setEnabled(can_remember)
        if not can_remember:
            self.ui.remember.setToolTip(self.tr("这台电脑没有可用的系统密钥环，密码不能记住，每次连接时输入。"))
        self.password = self.ui.password
        self.finish_layout()
        self.ok_button.setText(self.tr("连接"))
        self.setMinimumWidth(480)

    def on_ok(self) -> None:
        password = self.password.text()
        if not password:
            self.form.show_errors({"password": self.tr("请输入数据库密码")})
            return
        self.submit(self.tr("连接服务器"), self._connect, password, self.ui.remember.isChecked(),
                    busy_text=self.tr("正在连接服务器……"))

    def on_error(self, exc: AppError) -> None:
        self.password.clear()
        self.show_message(exc.text(current_lang()))
