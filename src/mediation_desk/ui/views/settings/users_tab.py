"""用户: the book's users, their roles and whether their accounts are active."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from mediation_desk.domain.users import Permission, Role, UserView
from mediation_desk.services import accounts
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.add_user import AddUserDialog, ResetPasswordDialog
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.form_support import NOTICE_STYLE
from mediation_desk.ui.forms.users_tab_ui import Ui_UsersTab
from mediation_desk.ui.labels import label
from mediation_desk.ui.models.user_table import UserTableModel
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import guarded


class UsersTab(QWidget):
    """Layout: ``ui/users_tab.ui``. Only the administrator manages accounts; anyone may reset their own
    password."""

    def __init__(self, ctx: DeskContext, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.events = ctx, events
        self.can_manage = ctx.principal.can(Permission.MANAGE_USERS)
        self.dialog: AddUserDialog | ResetPasswordDialog | None = None
        self._select_next: int | None = None
        self.ui = Ui_UsersTab()
        self.ui.setupUi(self)
        self.note = self.ui.note
        self.note.setStyleSheet(NOTICE_STYLE)
        self.note.setVisible(not self.can_manage)
        self.table, self.message = self.ui.table, self.ui.message
        self.add_button, self.role_combo, self.role_button = self.ui.add_button, self.ui.role_combo, self.ui.role_button
        self.active_button, self.reset_button = self.ui.active_button, self.ui.reset_button
        self.model = UserTableModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        for role in Role:
            self.role_combo.addItem(label(role), role.value)
        self.add_button.clicked.connect(self.open_add_user)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.open_reset_password)
        events.users_changed.connect(self.reload)
        self._update_buttons()
        self.reload()

    def selected_user(self) -> UserView | None:
        return self.model.user_at(self.table.currentIndex().row())

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def reload(self) -> None:
        """Read the users on the worker; the selection is kept."""
        run_task(self, self.tr("读取用户"), lambda progress: accounts.list_users(self.ctx.uow, self.ctx.principal),
                 on_done=guarded(self, self._loaded), show_progress=False)

    def _loaded(self, users: list[UserView]) -> None:
        selected = self.selected_user()
        wanted = self._select_next if self._select_next is not None else (selected.id if selected else None)
        self._select_next = None
        self.model.set_users(users)
        if wanted is not None:
            self.select_user(wanted)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount() - 1):
            header.resizeSection(col, header.sectionSize(col) + 24)
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.selected_user()
        self.add_button.setEnabled(self.can_manage)
        for w in (self.role_combo, self.role_button, self.active_button):
            w.setEnabled(self.can_manage and user is not None)
        is_self = user is not None and user.id == self.ctx.principal.user_id
        self.reset_button.setEnabled(user is not None and (self.can_manage or is_self))
        if user is not None:
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(user.role.value)))
            self.active_button.setText(self.tr("停用") if user.active else self.tr("启用"))

    def _run(self, title: str, fn: Any, done_text: str) -> None:
        def work(progress: Any) -> None:
            fn()

        def done(_result: Any) -> None:
            self.message.setText(done_text)
            self.events.users_changed.emit()

        self.message.clear()
        run_task(self, title, work, on_done=done, show_progress=False)

    def open_add_user(self) -> None:
        def create(username: str, display_name: str, role: Role, password: str) -> int:
            return accounts.create_user(self.ctx.uow, self.ctx.principal, username=username,
                                        display_name=display_name, role=role, password=password)

        dialog = AddUserDialog(create, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._user_added(dialog.result_value))
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    def _user_added(self, user_id: int) -> None:
        self._select_next = user_id  # selected when the list read after the change arrives
        self.events.users_changed.emit()
        self.message.setText(self.tr("已添加用户。"))

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None

    def change_role(self) -> None:
        user, code = self.selected_user(), self.role_combo.currentData()
        role = Role(code) if code else None
        if user is None or role is None or role is user.role:
            return
        self._run(self.tr("更改角色"),
                  lambda: accounts.set_user_role(self.ctx.uow, self.ctx.principal, user_id=user.id, role=role),
                  self.tr("已将“{name}”的角色改为{role}。").format(name=user.display_name, role=label(role)))

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        active = not user.active
        done = (self.tr("已启用“{name}”。") if active else self.tr("已停用“{name}”。")).format(name=user.display_name)
        self._run(self.tr("启用或停用用户"),
                  lambda: accounts.set_user_active(self.ctx.uow, self.ctx.principal, user_id=user.id, active=active),
                  done)

    def open_reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return

        def reset(password: str) -> None:
            accounts.reset_password(self.ctx.uow, self.ctx.principal, user_id=user.id, password=password)

        dialog = ResetPasswordDialog(user.display_name, reset, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.message.setText(
            self.tr("已重设“{name}”的密码。").format(name=user.display_name)))
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
