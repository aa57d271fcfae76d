# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/repeat_respondents_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RepeatRespondentsPage(object):
    def setupUi(self, RepeatRespondentsPage):
        if not RepeatRespondentsPage.objectName():
            RepeatRespondentsPage.setObjectName(u"RepeatRespondentsPage")
        self.column = QVBoxLayout(RepeatRespondentsPage)
        self.column.setObjectName(u"column")
        self.title = QLabel(RepeatRespondentsPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.column.addWidget(self.title)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.reference_label = QLabel(RepeatRespondentsPage)
        self.reference_label.setObjectName(u"reference_label")

        self.filter_row.addWidget(self.reference_label)

        self.reference = QDateEdit(RepeatRespondentsPage)
        self.reference.setObjectName(u"reference")
        self.reference.setDisplayFormat(u"yyyy-MM-dd")
        self.reference.setCalendarPopup(True)

        self.filter_row.addWidget(self.reference)

        self.refresh_button = QPushButton(RepeatRespondentsPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filter_row.addWidget(self.refresh_button)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)


        self.column.addLayout(self.filter_row)

        self.summary = QLabel(RepeatRespondentsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.column.addWidget(self.summary)

        self.respondents = QTableWidget(RepeatRespondentsPage)
        if (self.respondents.columnCount() < 5):
            self.respondents.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.respondents.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.respondents.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.respondents.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.respondents.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.respondents.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.respondents.setObjectName(u"respondents")
        self.respondents.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.respondents.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.respondents.setSelectionMode(QAbstractItemView.SingleSelection)

        self.column.addWidget(self.respondents)

        self.cases_label = QLabel(RepeatRespondentsPage)
        self.cases_label.setObjectName(u"cases_label")

        self.column.addWidget(self.cases_label)

        self.cases = QTableWidget(RepeatRespondentsPage)
        if (self.cases.columnCount() < 5):
            self.cases.setColumnCount(5)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.cases.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.cases.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.cases.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.cases.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.cases.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        self.cases.setObjectName(u"cases")
        self.cases.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.cases.setSelectionMode(QAbstractItemView.SingleSelection)

        self.column.addWidget(self.cases)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.open_button = QPushButton(RepeatRespondentsPage)
        self.open_button.setObjectName(u"open_button")

        self.button_row.addWidget(self.open_button)

        self.refer_button = QPushButton(RepeatRespondentsPage)
        self.refer_button.setObjectName(u"refer_button")

        self.button_row.addWidget(self.refer_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.column.addLayout(self.button_row)

        self.message = QLabel(RepeatRespondentsPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.column.addWidget(self.message)

        self.column.setStretch(3, 3)
        self.column.setStretch(5, 2)
#if QT_CONFIG(shortcut)
        self.reference_label.setBuddy(self.reference)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RepeatRespondentsPage)

        QMetaObject.connectSlotsByName(RepeatRespondentsPage)
    # setupUi

    def retranslateUi(self, RepeatRespondentsPage):
        self.title.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u91cd\u590d\u88ab\u7533\u8bf7\u4eba", None))
        self.reference_label.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u67e5\u770b\u65e5", None))
        self.refresh_button.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u5237\u65b0", None))
        ___qtablewidgetitem = self.respondents.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u88ab\u7533\u8bf7\u4eba", None))
        ___qtablewidgetitem1 = self.respondents.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        ___qtablewidgetitem2 = self.respondents.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u6848\u4ef6\u6570", None))
        ___qtablewidgetitem3 = self.respondents.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u8bf7\u6c42\u91d1\u989d\u5408\u8ba1", None))
        ___qtablewidgetitem4 = self.respondents.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u8bb0\u5f55\u4e2d\u7684\u5176\u4ed6\u5199\u6cd5", None))
        self.cases_label.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u6240\u9009\u88ab\u7533\u8bf7\u4eba\u7684\u6848\u4ef6\uff08\u53cc\u51fb\u6253\u5f00\u6848\u4ef6\uff09", None))
        ___qtablewidgetitem5 = self.cases.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u6848\u53f7", None))
        ___qtablewidgetitem6 = self.cases.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u6536\u6848\u65e5\u671f", None))
        ___qtablewidgetitem7 = self.cases.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u52b3\u52a8\u8005", None))
        ___qtablewidgetitem8 = self.cases.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u8bf7\u6c42\u91d1\u989d", None))
        ___qtablewidgetitem9 = self.cases.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u72b6\u6001", None))
        self.open_button.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u6253\u5f00\u6848\u4ef6", None))
        self.refer_button.setText(QCoreApplication.translate("RepeatRespondentsPage", u"\u8f6c\u9001\u52b3\u52a8\u4fdd\u969c\u76d1\u5bdf\u2026", None))
#if QT_CONFIG(tooltip)
        self.refer_button.setToolTip(QCoreApplication.translate("RepeatRespondentsPage", u"\u4ee5\u6240\u9009\u88ab\u7533\u8bf7\u4eba\u7684\u5168\u90e8\u6240\u5217\u6848\u4ef6\u5236\u4f5c\u4e00\u4efd\u8f6c\u9001\u51fd", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
