"""The organisation's users as a small table model (a read model list from ``services.accounts``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from mediation_desk.domain.users import UserView
from mediation_desk.ui.labels import format_datetime, label
from mediation_desk.ui.models.base import RecordRole, RecordTableModel

UserRole = RecordRole


class UserTableModel(RecordTableModel[UserView]):
    HEADERS = (QT_TRANSLATE_NOOP("UserTableModel", "用户名"), QT_TRANSLATE_NOOP("UserTableModel", "姓名"),
               QT_TRANSLATE_NOOP("UserTableModel", "角色"), QT_TRANSLATE_NOOP("UserTableModel", "状态"),
               QT_TRANSLATE_NOOP("UserTableModel", "创建时间"), QT_TRANSLATE_NOOP("UserTableModel", "上次登录"))

    def set_users(self, users: list[UserView]) -> None:
        self.set_rows(users)

    def user_at(self, row: int) -> UserView | None:
        return self.row_at(row)

    def display(self, user: UserView, column: int) -> str:
        return (user.username, user.display_name, label(user.role),
                self.tr("启用") if user.active else self.tr("停用"),
                format_datetime(user.created_at),
                format_datetime(user.last_login_at) if user.last_login_at else self.tr("从未登录"))[column]

    def cell(self, user: UserView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QColor("#888888")
        return None
