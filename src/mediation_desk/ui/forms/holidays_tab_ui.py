# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/holidays_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HolidaysTab(object):
    def setupUi(self, HolidaysTab):
        if not HolidaysTab.objectName():
            HolidaysTab.setObjectName(u"HolidaysTab")
        self.column = QVBoxLayout(HolidaysTab)
        self.column.setObjectName(u"column")
        self.note = QLabel(HolidaysTab)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.column.addWidget(self.note)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form_box = QGroupBox(HolidaysTab)
        self.form_box.setObjectName(u"form_box")
        self.form_box.setMaximumSize(QSize(860, 16777215))
        self.form_column = QVBoxLayout(self.form_box)
        self.form_column.setObjectName(u"form_column")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.year_label = QLabel(self.form_box)
        self.year_label.setObjectName(u"year_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year = QSpinBox(self.form_box)
        self.year.setObjectName(u"year")
        self.year.setMaximumSize(QSize(110, 16777215))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year)

        self.title_label = QLabel(self.form_box)
        self.title_label.setObjectName(u"title_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.form_box)
        self.title.setObjectName(u"title")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.number_label = QLabel(self.form_box)
        self.number_label.setObjectName(u"number_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number = QLineEdit(self.form_box)
        self.number.setObjectName(u"number")
        self.number.setMaximumSize(QSize(260, 16777215))

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.number)

        self.notice_date_label = QLabel(self.form_box)
        self.notice_date_label.setObjectName(u"notice_date_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notice_date_label)

        self.notice_date = QDateEdit(self.form_box)
        self.notice_date.setObjectName(u"notice_date")
        self.notice_date.setMaximumSize(QSize(140, 16777215))
        self.notice_date.setDisplayFormat(u"yyyy-MM-dd")
        self.notice_date.setCalendarPopup(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notice_date)

        self.festivals_label = QLabel(self.form_box)
        self.festivals_label.setObjectName(u"festivals_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.festivals_label)

        self.festivals = QTableWidget(self.form_box)
        if (self.festivals.columnCount() < 4):
            self.festivals.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.festivals.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.festivals.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.festivals.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.festivals.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.festivals.setObjectName(u"festivals")
        self.festivals.horizontalHeader().setStretchLastSection(True)
        self.festivals.verticalHeader().setVisible(False)
        self.festivals.verticalHeader().setDefaultSectionSize(28)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.festivals)


        self.form_column.addLayout(self.fields)

        self.hint = QLabel(self.form_box)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555555;")
        self.hint.setWordWrap(True)

        self.form_column.addWidget(self.hint)

        self.message = QLabel(self.form_box)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.form_column.addWidget(self.message)

        self.done_label = QLabel(self.form_box)
        self.done_label.setObjectName(u"done_label")
        self.done_label.setStyleSheet(u"color: #1e6b30;")
        self.done_label.setWordWrap(True)

        self.form_column.addWidget(self.done_label)

        self.save_row = QHBoxLayout()
        self.save_row.setObjectName(u"save_row")
        self.save_button = QPushButton(self.form_box)
        self.save_button.setObjectName(u"save_button")

        self.save_row.addWidget(self.save_button)

        self.save_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_row.addItem(self.save_gap)


        self.form_column.addLayout(self.save_row)

        self.form_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_column.addItem(self.form_end)


        self.columns.addWidget(self.form_box)

        self.status_box = QGroupBox(HolidaysTab)
        self.status_box.setObjectName(u"status_box")
        self.status_box.setMaximumSize(QSize(560, 16777215))
        self.status_column = QVBoxLayout(self.status_box)
        self.status_column.setObjectName(u"status_column")
        self.years = QTableWidget(self.status_box)
        if (self.years.columnCount() < 3):
            self.years.setColumnCount(3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.years.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.years.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.years.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        self.years.setObjectName(u"years")
        self.years.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.years.setSelectionMode(QAbstractItemView.SingleSelection)
        self.years.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.years.setWordWrap(True)
        self.years.horizontalHeader().setStretchLastSection(True)
        self.years.verticalHeader().setVisible(False)

        self.status_column.addWidget(self.years)

        self.status_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.status_column.addItem(self.status_gap)


        self.columns.addWidget(self.status_box)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.column.addLayout(self.columns)

        self.column.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year)
        self.title_label.setBuddy(self.title)
        self.number_label.setBuddy(self.number)
        self.notice_date_label.setBuddy(self.notice_date)
        self.festivals_label.setBuddy(self.festivals)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HolidaysTab)

        QMetaObject.connectSlotsByName(HolidaysTab)
    # setupUi

    def retranslateUi(self, HolidaysTab):
        self.note.setText(QCoreApplication.translate("HolidaysTab", u"\u53ea\u6709\u7ba1\u7406\u5458\u53ef\u4ee5\u5f55\u5165\u8282\u5047\u65e5\u5b89\u6392\u3002", None))
        self.form_box.setTitle(QCoreApplication.translate("HolidaysTab", u"\u5f55\u5165\u56fd\u52a1\u9662\u529e\u516c\u5385\u8282\u5047\u65e5\u5b89\u6392\u901a\u77e5", None))
        self.year_label.setText(QCoreApplication.translate("HolidaysTab", u"\u5e74\u4efd", None))
        self.title_label.setText(QCoreApplication.translate("HolidaysTab", u"\u901a\u77e5\u540d\u79f0", None))
        self.number_label.setText(QCoreApplication.translate("HolidaysTab", u"\u6587\u53f7", None))
        self.number.setPlaceholderText(QCoreApplication.translate("HolidaysTab", u"\u5982\uff1a\u56fd\u529e\u53d1\u660e\u7535\u30142026\u30157\u53f7", None))
        self.notice_date_label.setText(QCoreApplication.translate("HolidaysTab", u"\u53d1\u5e03\u65e5\u671f", None))
        self.festivals_label.setText(QCoreApplication.translate("HolidaysTab", u"\u653e\u5047\u548c\u8c03\u4f11", None))
        ___qtablewidgetitem = self.festivals.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HolidaysTab", u"\u8282\u65e5", None))
        ___qtablewidgetitem1 = self.festivals.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HolidaysTab", u"\u653e\u5047\uff08\u8d77\uff09", None))
        ___qtablewidgetitem2 = self.festivals.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HolidaysTab", u"\u653e\u5047\uff08\u6b62\uff09", None))
        ___qtablewidgetitem3 = self.festivals.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HolidaysTab", u"\u8c03\u4f11\u4e0a\u73ed\u65e5\uff08\u5982\uff1a2\u670820\u65e5\u30012\u670828\u65e5\uff09", None))
        self.hint.setText(QCoreApplication.translate("HolidaysTab", u"\u6309\u901a\u77e5\u9010\u9879\u586b\u5199\uff1a\u6bcf\u4e2a\u8282\u65e5\u7684\u653e\u5047\u8d77\u6b62\u65e5\u671f\uff08\u542b\u5176\u4e2d\u7684\u5468\u516d\u3001\u5468\u65e5\uff09\u548c\u8c03\u4f11\u4e0a\u73ed\u7684\u5468\u516d\u3001\u5468\u65e5\uff1b\u4e24\u4e2a\u8282\u65e5\u5408\u5e76\u653e\u5047\u65f6\uff08\u5982\u56fd\u5e86\u8282\u3001\u4e2d\u79cb\u8282\uff09\uff0c\u628a\u5168\u90e8\u65e5\u671f\u586b\u5728\u4e00\u4e2a\u8282\u65e5\u4e0b\uff0c\u53e6\u4e00\u4e2a\u4e0d\u52fe\u9009\u3002\u8868\u4e2d\u9884\u5148\u586b\u5165\u7684\u662f\u7a0b\u5e8f\u73b0\u6709\u7684\u6570\u636e\u6216\u63a8\u7b97\uff0c\u8bf7\u9010\u65e5\u4e0e\u901a\u77e5\u6838\u5bf9\u3002", None))
        self.save_button.setText(QCoreApplication.translate("HolidaysTab", u"\u4fdd\u5b58\u5e76\u91cd\u65b0\u8ba1\u7b97\u671f\u9650", None))
        self.status_box.setTitle(QCoreApplication.translate("HolidaysTab", u"\u5404\u5e74\u4efd\u7684\u8282\u5047\u65e5\u6570\u636e", None))
        ___qtablewidgetitem4 = self.years.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("HolidaysTab", u"\u5e74\u4efd", None))
        ___qtablewidgetitem5 = self.years.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("HolidaysTab", u"\u8282\u5047\u65e5\u6570\u636e", None))
        ___qtablewidgetitem6 = self.years.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("HolidaysTab", u"\u901a\u77e5", None))
        pass
    # retranslateUi
