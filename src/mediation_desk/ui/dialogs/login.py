"""Log in to the open case book."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from mediation_desk.domain.errors import AppError
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.forms.login_dialog_ui import Ui_LoginDialog
from mediation_desk.ui.errors import current_lang

if TYPE_CHECKING:
    from mediation_desk.domain.users import Principal


class LoginDialog(TaskDialog):
    """``log_in(username, password) -> Principal``; a failure is shown here and the dialog stays."""

    def __init__(self, organisation: str, log_in: Callable[[str, str], Principal], *,
                 username: str = "", hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("登录"))
        self._log_in = log_in
        self.ui = Ui_LoginDialog()
        self.use_form(self.ui, {"username": "username", "password": "password"})
        self.ui.title.setText(organisation)
        self.hint = QLabel(hint, self)  # e.g. the demo's published log-in
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.body.addWidget(self.hint)
        self.username, self.password = self.ui.username, self.ui.password
        self.username.setText(username)
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
