"""Add a user with a role; reset a user's password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from mediation_desk.domain.users import Role
from mediation_desk.ui.dialogs.base import TaskDialog, password_edit
from mediation_desk.ui.labels import label


class AddUserDialog(TaskDialog):
    """``create(username, display_name, role, password) -> user id``."""

    def __init__(self, create: Callable[[str, str, Role, str], int], *, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("添加用户"))
        self._create = create
        self.username = self.form.add_field("username", self.tr("用户名"), QLineEdit())
        self.username.setPlaceholderText(self.tr("英文字母、数字、点、下划线，2-32个字符"))
        self.username.setMinimumWidth(300)
        self.display_name = self.form.add_field("display_name", self.tr("姓名"), QLineEdit())
        self.role = self.form.add_field("role", self.tr("角色"), QComboBox())
        for role in Role:
            self.role.addItem(label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.MEDIATOR.value))
        self.password = self.form.add_field("password", self.tr("初始密码"), password_edit())
        self.confirm = self.form.add_field("confirm", self.tr("再输入一次"), password_edit())
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
        self.password = self.form.add_field("password", self.tr("新密码"), password_edit())
        self.confirm = self.form.add_field("confirm", self.tr("再输入一次"), password_edit())
        self.finish_layout()

    def on_ok(self) -> None:
        self.clear_messages()
        if self.password.text() != self.confirm.text():
            self.form.show_errors({"confirm": self.tr("两次输入的密码不一致")})
            return
        self.submit(self.tr("重设密码"), self._reset, self.password.text(), busy_text=self.tr("正在保存……"))
