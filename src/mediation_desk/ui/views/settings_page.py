"""设置: organisation, users and backups. What a role may not do is shown disabled, with the reason;
the services refuse it anyway."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLayout, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.users import Permission, Role, UserView
from mediation_desk.services import accounts, backups
from mediation_desk.ui.backup_work import backup_and_record, backup_folder, verify_in_words
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.add_user import AddUserDialog, ResetPasswordDialog
from mediation_desk.ui.dialogs.setup import OrganisationInputs
from mediation_desk.ui.errors import current_lang, show_error
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.form_support import FieldForm, error_label, notice_label
from mediation_desk.ui.labels import format_datetime, label
from mediation_desk.ui.models.user_table import UserTableModel
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.holidays_tab import HolidaysTab


FORM_MAX_WIDTH = 760


def _group(title: str, layout: QLayout, *, max_width: int | None = FORM_MAX_WIDTH) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(layout)
    if max_width:
        box.setMaximumWidth(max_width)
    return box


def _ok_label() -> QLabel:
    lbl = QLabel()
    lbl.setStyleSheet("color: #1e6b30;")
    lbl.setWordWrap(True)
    return lbl


class OrganisationTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.principal.can(Permission.MANAGE_ORGANISATION)
        layout = QVBoxLayout(self)
        self.note = notice_label(self.tr("只有管理员可以修改机构信息。"))
        self.note.setVisible(not self.editable)
        layout.addWidget(self.note)
        self.form = FieldForm()
        self.inputs = OrganisationInputs.in_form(self.form)
        box_layout = QVBoxLayout()
        box_layout.addLayout(self.form)
        self.message = error_label()
        box_layout.addWidget(self.message)
        self.saved = _ok_label()
        box_layout.addWidget(self.saved)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存机构信息"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        box_layout.addLayout(row)
        layout.addWidget(_group(self.tr("机构信息"), box_layout))
        hint = QLabel(self.tr("机构名称和文书字号前缀用于案号和文书，如“洪劳人仲案字〔2026〕第12号”。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        hint.setMaximumWidth(FORM_MAX_WIDTH)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.inputs.set_editable(self.editable)
        self.save_button.setEnabled(self.editable)
        self.load()

    def load(self) -> None:
        try:
            self.inputs.set_value(accounts.get_organisation(self.ctx.uow))
        except AppError as exc:
            show_error(self, exc)

    def save(self) -> None:
        self.form.clear_errors()
        self.message.hide()
        self.saved.clear()
        org = self.inputs.value()

        def work(progress: Any) -> None:
            accounts.update_organisation(self.ctx.uow, self.ctx.principal, org=org)

        run_task(self, self.tr("保存机构信息"), work, on_done=lambda _r: self.saved.setText(self.tr("已保存。")),
                 on_error=self._failed, show_progress=False)

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            if self.form.show_errors(exc.fields):
                self.message.setText(exc.text(current_lang()))
                self.message.show()
            return True
        return False


class UsersTab(QWidget):
    def __init__(self, ctx: DeskContext, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.events = ctx, events
        self.can_manage = ctx.principal.can(Permission.MANAGE_USERS)
        self.dialog: AddUserDialog | ResetPasswordDialog | None = None
        layout = QVBoxLayout(self)
        self.note = notice_label(self.tr("只有管理员可以添加用户、更改角色、停用账号或重设他人的密码。"))
        self.note.setVisible(not self.can_manage)
        layout.addWidget(self.note)

        self.model = UserTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加用户…"))
        self.add_button.clicked.connect(self.open_add_user)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(label(role), role.value)
        self.role_button = QPushButton(self.tr("更改角色"))
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("重设密码…"))
        self.reset_button.clicked.connect(self.open_reset_password)
        actions.addWidget(self.add_button)
        actions.addSpacing(16)
        actions.addWidget(QLabel(self.tr("所选用户：")))
        actions.addWidget(self.role_combo)
        actions.addWidget(self.role_button)
        actions.addWidget(self.active_button)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.message = _ok_label()
        layout.addWidget(self.message)
        events.users_changed.connect(self.reload)
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
        selected = self.selected_user()
        try:
            self.model.set_users(accounts.list_users(self.ctx.uow, self.ctx.principal))
        except AppError as exc:
            show_error(self, exc)
        if selected is not None:
            self.select_user(selected.id)
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
        self.events.users_changed.emit()
        self.select_user(user_id)
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


class BackupTab(QWidget):
    def __init__(self, ctx: DeskContext, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.events = ctx, events
        self.can_manage = ctx.principal.can(Permission.MANAGE_BACKUPS)
        self.last_info: Any = None
        self.last_report: Any = None
        layout = QVBoxLayout(self)
        self.note = notice_label(self.tr("只有管理员可以更改备份设置；任何用户都可以立即备份和校验。"))
        self.note.setVisible(not self.can_manage)
        layout.addWidget(self.note)

        self.form = FieldForm()
        self.interval = QSpinBox()
        self.interval.setRange(backups.MIN_INTERVAL_HOURS, backups.MAX_INTERVAL_HOURS)
        self.interval.setSuffix(self.tr(" 小时"))
        self.interval.setMaximumWidth(140)
        self.form.add_field(backups.KEY_INTERVAL_HOURS, self.tr("自动备份间隔"), self.interval)
        self.keep = QSpinBox()
        self.keep.setRange(backups.MIN_KEEP, backups.MAX_KEEP)
        self.keep.setSuffix(self.tr(" 份"))
        self.keep.setMaximumWidth(140)
        self.form.add_field(backups.KEY_KEEP, self.tr("保留最近"), self.keep)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit()
        default = backup_folder(ctx, "")
        self.folder.setPlaceholderText(self.tr("留空则保存在：{path}").format(path=str(default)))
        self.folder.setMinimumWidth(420)
        self.browse_button = QPushButton(self.tr("选择…"))
        self.browse_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse_button)
        self.form.add_field(backups.KEY_FOLDER, self.tr("备份文件夹"), folder_row)
        self.form.fields[backups.KEY_FOLDER] = self.folder
        self.last_label = QLabel()
        self.form.addRow(self.tr("上次备份"), self.last_label)
        settings_layout = QVBoxLayout()
        settings_layout.addLayout(self.form)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.clicked.connect(self.save_settings)
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.clicked.connect(self.backup_now)
        self.verify_button = QPushButton(self.tr("校验案件库"))
        self.verify_button.clicked.connect(self.verify)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        settings_layout.addLayout(buttons)
        self.message = _ok_label()
        settings_layout.addWidget(self.message)
        layout.addWidget(_group(self.tr("备份设置"), settings_layout, max_width=FORM_MAX_WIDTH + 120))
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("点击“校验案件库”检查加密页、数据库结构和审计记录哈希链，结果显示在这里。"))
        report_layout = QVBoxLayout()
        report_layout.addWidget(self.report)
        layout.addWidget(_group(self.tr("校验结果"), report_layout, max_width=FORM_MAX_WIDTH + 120), 1)

        for w in (self.interval, self.keep, self.folder, self.browse_button, self.save_button):
            w.setEnabled(self.can_manage)
        events.backup_recorded.connect(lambda _info: self.load())
        self.load()

    def load(self) -> None:
        try:
            s = backups.get_backup_settings(self.ctx.uow)
        except AppError as exc:
            show_error(self, exc)
            return
        self.interval.setValue(s.interval_hours)
        self.keep.setValue(s.keep)
        if not self.folder.hasFocus():
            self.folder.setText(s.folder)
        self.last_label.setText(format_datetime(s.last_at) if s.last_at else self.tr("尚未备份"))

    def choose_folder(self) -> None:
        start = self.folder.text() or str(backup_folder(self.ctx, ""))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), start)
        if chosen:
            self.folder.setText(chosen)

    def save_settings(self) -> None:
        self.form.clear_errors()
        self.message.clear()
        interval, keep, folder = self.interval.value(), self.keep.value(), self.folder.text().strip()

        def work(progress: Any) -> None:
            backups.set_backup_settings(self.ctx.uow, self.ctx.principal, interval, keep, folder)

        def done(_r: Any) -> None:
            self.message.setText(self.tr("备份设置已保存。"))
            self.events.backup_settings_changed.emit()
            self.load()

        run_task(self, self.tr("保存备份设置"), work, on_done=done, on_error=self._failed, show_progress=False)

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            rest = self.form.show_errors(exc.fields)
            if rest:
                self.message.setText(exc.text(current_lang()))
            return True
        return False

    def backup_now(self) -> None:
        self.message.clear()
        folder = backup_folder(self.ctx, self.folder.text())
        keep = self.keep.value()

        def done(info: Any) -> None:
            self.last_info = info
            self.message.setText(self.tr("备份完成：{path}").format(path=str(info.path)))
            self.events.backup_recorded.emit(info)

        run_task(self, self.tr("立即备份"), backup_and_record, self.ctx, folder, keep, on_done=done,
                 label=self.tr("正在备份到 {folder} ……").format(folder=str(folder)))

    def verify(self) -> None:
        self.report.clear()

        def work(progress: Any) -> Any:
            return self.ctx.verify(progress)

        def done(report: Any) -> None:
            self.last_report = report
            self.report.setPlainText(verify_in_words(report, current_lang()))

        run_task(self, self.tr("校验案件库"), work, on_done=done, label=self.tr("正在校验案件库……"))


class SettingsPage(QWidget):
    def __init__(self, ctx: DeskContext, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.organisation_tab = OrganisationTab(ctx)
        self.users_tab = UsersTab(ctx, events)
        self.backup_tab = BackupTab(ctx, events)
        self.holidays_tab = HolidaysTab(ctx, events)
        self.tabs.addTab(self.organisation_tab, self.tr("机构"))
        self.tabs.addTab(self.users_tab, self.tr("用户"))
        self.tabs.addTab(self.backup_tab, self.tr("备份"))
        self.tabs.addTab(self.holidays_tab, self.tr("节假日安排"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
