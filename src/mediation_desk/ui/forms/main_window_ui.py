# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        self.row = QHBoxLayout(MainWindow)
        self.row.setSpacing(0)
        self.row.setObjectName(u"row")
        self.row.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(MainWindow)
        self.nav.setObjectName(u"nav")
        self.nav.setFocusPolicy(Qt.NoFocus)
        self.nav.setStyleSheet(u"QListWidget#nav { border: none; background: #eef2f6; font-size: 11pt; }QListWidget#nav::item { padding: 10px 6px; }QListWidget#nav::item:selected { background: #d4e2f1; color: #102a43; }")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)

        self.row.addWidget(self.nav)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.right.setContentsMargins(6, 6, 6, 0)
        self.reminder = QWidget(MainWindow)
        self.reminder.setObjectName(u"reminder")
        self.reminder.setVisible(False)
        self.banner = QHBoxLayout(self.reminder)
        self.banner.setObjectName(u"banner")
        self.banner.setContentsMargins(0, 0, 0, 0)
        self.reminder_label = QLabel(self.reminder)
        self.reminder_label.setObjectName(u"reminder_label")
        self.reminder_label.setWordWrap(True)

        self.banner.addWidget(self.reminder_label)

        self.reminder_button = QPushButton(self.reminder)
        self.reminder_button.setObjectName(u"reminder_button")

        self.banner.addWidget(self.reminder_button)

        self.banner.setStretch(0, 1)

        self.right.addWidget(self.reminder)

        self.stack = QStackedWidget(MainWindow)
        self.stack.setObjectName(u"stack")

        self.right.addWidget(self.stack)

        self.right.setStretch(1, 1)

        self.row.addLayout(self.right)

        self.row.setStretch(1, 1)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.reminder_button.setText(QCoreApplication.translate("MainWindow", u"\u67e5\u770b\u671f\u9650", None))
        pass
    # retranslateUi
