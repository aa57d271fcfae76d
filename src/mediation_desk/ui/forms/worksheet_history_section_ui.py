# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/worksheet_history_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HistorySection(object):
    def setupUi(self, HistorySection):
        if not HistorySection.objectName():
            HistorySection.setObjectName(u"HistorySection")
        self.column = QVBoxLayout(HistorySection)
        self.column.setObjectName(u"column")
        self.history = QTableWidget(HistorySection)
        if (self.history.columnCount() < 7):
            self.history.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.history.setObjectName(u"history")
        self.history.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SingleSelection)
        self.history.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.history.setWordWrap(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setVisible(False)

        self.column.addWidget(self.history)

        self.reason_row = QHBoxLayout()
        self.reason_row.setObjectName(u"reason_row")
        self.history_reason = QLabel(HistorySection)
        self.history_reason.setObjectName(u"history_reason")
        self.history_reason.setWordWrap(True)
        self.history_reason.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.reason_row.addWidget(self.history_reason)

        self.load_version_button = QPushButton(HistorySection)
        self.load_version_button.setObjectName(u"load_version_button")
        self.load_version_button.setEnabled(False)

        self.reason_row.addWidget(self.load_version_button, 0, Qt.AlignTop)

        self.reason_row.setStretch(0, 1)

        self.column.addLayout(self.reason_row)

        self.column.setStretch(0, 1)

        self.retranslateUi(HistorySection)

        QMetaObject.connectSlotsByName(HistorySection)
    # setupUi

    def retranslateUi(self, HistorySection):
        ___qtablewidgetitem = self.history.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HistorySection", u"\u7248\u672c", None))
        ___qtablewidgetitem1 = self.history.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HistorySection", u"\u51b3\u5b9a", None))
        ___qtablewidgetitem2 = self.history.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HistorySection", u"\u8ba4\u5b9a\u7ed3\u8bba", None))
        ___qtablewidgetitem3 = self.history.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HistorySection", u"\u5efa\u8bae\u7ed3\u8bba", None))
        ___qtablewidgetitem4 = self.history.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("HistorySection", u"\u51b3\u5b9a\u4eba", None))
        ___qtablewidgetitem5 = self.history.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("HistorySection", u"\u65f6\u95f4", None))
        ___qtablewidgetitem6 = self.history.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("HistorySection", u"\u7528\u5de5\u94fe\u6761", None))
        self.load_version_button.setText(QCoreApplication.translate("HistorySection", u"\u8f7d\u5165\u6240\u9009\u7248\u672c", None))
        pass
    # retranslateUi
