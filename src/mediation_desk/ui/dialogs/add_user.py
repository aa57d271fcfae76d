"""Add a user with a role; reset a user's password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.users import Role
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.forms.add_user_dialog_ui import Ui_AddUserDialog
from mediation_desk.ui.forms.reset_password_dialog_ui import Ui_ResetPasswordDialog
from mediation_desk.ui.labels import label


class AddUserDialog(TaskDialog):
    """``create(username, display_name, role, password) -> user id``."""

    def __init__(self, create: Callable[[str, str, Role, str], int], *, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("添加用户"))
        self._create = create
        self.ui = Ui_AddUserDialog()
        self.use_form(self.ui, {key: key for key in ("username", "display_name", "role", "password", "confirm")})
        self.username, self.display_name, self.role = self.ui.username, self.ui.display_name, self.ui.role
        self.password, self.confirm = self.ui.password, self.ui.confirm
        for role in Role:
            self.role.addItem(label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.MEDIATOR.value))
        self.finish_layout()
        self.ok_button.setText(self.tr("添加"))

    def on_ok(self) -> None:
        self.clear_messages()
        if self.password.text() != self.confirm.text():
            self.form.show_errors({"confirm": self.tr("两次输入的密码不一致")})
            return
        self.submit(self.tr("添加用户"), self._create, self.username.text().strip(), self.display_name.text().strip(),
                    Role(self.role.currentData()), self.password.text(), busy_text=self.tr("正在保存……"))


class ResetPasswordDialog(TaskDialog):
    """``reset(password)`` sets a new password for the chosen user."""

    def __init__(self, who: str, reset: Callable[[str], None], *, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("重设密码：{who}").format(who=who))
        self._reset = reset
        self.ui = Ui_ResetPasswordDialog()
        self.use_form(self.ui, {"password": "password", "confirm": "confirm"})
        self.password, self.confirm = self.ui.password, self.ui.confirm
        self.finish_layout()

    def on_ok(self) -> None:
        self.clear_messages()
        if self.password.text() != self.confirm.text():
            self.form.show_errors({"confirm": self.tr("两次输入的密码不一致")})
            return
        self.submit(self.tr("重设密码"), self._reset, self.password.text(), busy_text=self.tr("正在保存……"))
