"""The organisation's users as a small table model (a read model list from ``services.accounts``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from mediation_desk.domain.users import UserView
from mediation_desk.ui.labels import format_datetime, label

UserRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class UserTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._users: list[UserView] = []
        self._headers = (self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态"),
                         self.tr("创建时间"), self.tr("上次登录"))

    def set_users(self, users: list[UserView]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserView | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, user_id: int) -> int:
        return next((i for i, u in enumerate(self._users) if u.id == user_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._users)):
            return None
        user = self._users[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (user.username, user.display_name, label(user.role),
                    self.tr("启用") if user.active else self.tr("停用"),
                    format_datetime(user.created_at),
                    format_datetime(user.last_login_at) if user.last_login_at else self.tr("从未登录"))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QColor("#888888")
        if role == UserRole:
            return user
        return None
