"""Log in to the open case book."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from mediation_desk.domain.errors import AppError
from mediation_desk.domain.users import Principal
from mediation_desk.ui.dialogs.base import TaskDialog, password_edit
from mediation_desk.ui.errors import current_lang


class LoginDialog(TaskDialog):
    """``log_in(username, password) -> Principal``; a failure is shown here and the dialog stays."""

    def __init__(self, organisation: str, log_in: Callable[[str, str], Principal], *,
                 username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("登录"))
        self._log_in = log_in
        title = QLabel(organisation)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        title.setWordWrap(True)
        self.body.addWidget(title)
        self.username = self.form.add_field("username", self.tr("用户名"), QLineEdit(username))
        self.username.setMinimumWidth(260)
        self.password = self.form.add_field("password", self.tr("密码"), password_edit())
        self.finish_layout()
        self.ok_button.setText(self.tr("登录"))
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(420)

    @property
    def principal(self) -> Principal | None:
        return self.result_value

    def on_ok(self) -> None:
        user, pw = self.username.text().strip(), self.password.text()
        errors = {}
        if not user:
            errors["username"] = self.tr("请输入用户名")
        if not pw:
            errors["password"] = self.tr("请输入密码")
        if errors:
            self.form.show_errors(errors)
            return
        self.submit(self.tr("登录"), self._log_in, user, pw, busy_text=self.tr("正在核对……"))

    def on_error(self, exc: AppError) -> None:
        self.password.clear()
        self.password.setFocus()
        self.show_message(exc.text(current_lang()))
