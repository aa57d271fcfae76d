# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/users_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_UsersTab(object):
    def setupUi(self, UsersTab):
        if not UsersTab.objectName():
            UsersTab.setObjectName(u"UsersTab")
        self.column = QVBoxLayout(UsersTab)
        self.column.setObjectName(u"column")
        self.note = QLabel(UsersTab)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.column.addWidget(self.note)

        self.table = QTableView(UsersTab)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.column.addWidget(self.table)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.add_button = QPushButton(UsersTab)
        self.add_button.setObjectName(u"add_button")

        self.actions.addWidget(self.add_button)

        self.actions_gap = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_gap)

        self.selected_label = QLabel(UsersTab)
        self.selected_label.setObjectName(u"selected_label")

        self.actions.addWidget(self.selected_label)

        self.role_combo = QComboBox(UsersTab)
        self.role_combo.setObjectName(u"role_combo")

        self.actions.addWidget(self.role_combo)

        self.role_button = QPushButton(UsersTab)
        self.role_button.setObjectName(u"role_button")

        self.actions.addWidget(self.role_button)

        self.active_button = QPushButton(UsersTab)
        self.active_button.setObjectName(u"active_button")

        self.actions.addWidget(self.active_button)

        self.reset_button = QPushButton(UsersTab)
        self.reset_button.setObjectName(u"reset_button")

        self.actions.addWidget(self.reset_button)

        self.actions_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_end)


        self.column.addLayout(self.actions)

        self.message = QLabel(UsersTab)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #1e6b30;")
        self.message.setWordWrap(True)

        self.column.addWidget(self.message)

        self.column.setStretch(1, 1)

        self.retranslateUi(UsersTab)

        QMetaObject.connectSlotsByName(UsersTab)
    # setupUi

    def retranslateUi(self, UsersTab):
        self.note.setText(QCoreApplication.translate("UsersTab", u"\u53ea\u6709\u7ba1\u7406\u5458\u53ef\u4ee5\u6dfb\u52a0\u7528\u6237\u3001\u66f4\u6539\u89d2\u8272\u3001\u505c\u7528\u8d26\u53f7\u6216\u91cd\u8bbe\u4ed6\u4eba\u7684\u5bc6\u7801\u3002", None))
        self.add_button.setText(QCoreApplication.translate("UsersTab", u"\u6dfb\u52a0\u7528\u6237\u2026", None))
        self.selected_label.setText(QCoreApplication.translate("UsersTab", u"\u6240\u9009\u7528\u6237\uff1a", None))
        self.role_button.setText(QCoreApplication.translate("UsersTab", u"\u66f4\u6539\u89d2\u8272", None))
        self.active_button.setText(QCoreApplication.translate("UsersTab", u"\u505c\u7528", None))
        self.reset_button.setText(QCoreApplication.translate("UsersTab", u"\u91cd\u8bbe\u5bc6\u7801\u2026", None))
        pass
    # retranslateUi
