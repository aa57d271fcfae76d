# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_period_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PeriodSection(object):
    def setupUi(self, PeriodSection):
        if not PeriodSection.objectName():
            PeriodSection.setObjectName(u"PeriodSection")
        self.columns = QHBoxLayout(PeriodSection)
        self.columns.setObjectName(u"columns")
        self.deadline_box = QGroupBox(PeriodSection)
        self.deadline_box.setObjectName(u"deadline_box")
        self.deadline_column = QVBoxLayout(self.deadline_box)
        self.deadline_column.setObjectName(u"deadline_column")
        self.deadlines = QTableWidget(self.deadline_box)
        if (self.deadlines.columnCount() < 4):
            self.deadlines.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.deadlines.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.deadlines.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.deadlines.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.deadlines.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.deadlines.setObjectName(u"deadlines")
        self.deadlines.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.deadlines.setAlternatingRowColors(True)
        self.deadlines.setSelectionMode(QAbstractItemView.SingleSelection)
        self.deadlines.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.deadlines.setWordWrap(False)
        self.deadlines.horizontalHeader().setStretchLastSection(True)
        self.deadlines.verticalHeader().setVisible(False)

        self.deadline_column.addWidget(self.deadlines)


        self.columns.addWidget(self.deadline_box)

        self.suspension_box = QGroupBox(PeriodSection)
        self.suspension_box.setObjectName(u"suspension_box")
        self.suspension_column = QVBoxLayout(self.suspension_box)
        self.suspension_column.setObjectName(u"suspension_column")
        self.suspensions = QTableWidget(self.suspension_box)
        if (self.suspensions.columnCount() < 4):
            self.suspensions.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.suspensions.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.suspensions.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.suspensions.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.suspensions.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.suspensions.setObjectName(u"suspensions")
        self.suspensions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.suspensions.setAlternatingRowColors(True)
        self.suspensions.setSelectionMode(QAbstractItemView.SingleSelection)
        self.suspensions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.suspensions.setWordWrap(False)
        self.suspensions.horizontalHeader().setStretchLastSection(True)
        self.suspensions.verticalHeader().setVisible(False)

        self.suspension_column.addWidget(self.suspensions)

        self.suspension_bar = QHBoxLayout()
        self.suspension_bar.setObjectName(u"suspension_bar")
        self.extension_button = QPushButton(self.suspension_box)
        self.extension_button.setObjectName(u"extension_button")

        self.suspension_bar.addWidget(self.extension_button)

        self.suspension_button = QPushButton(self.suspension_box)
        self.suspension_button.setObjectName(u"suspension_button")

        self.suspension_bar.addWidget(self.suspension_button)

        self.end_suspension_button = QPushButton(self.suspension_box)
        self.end_suspension_button.setObjectName(u"end_suspension_button")

        self.suspension_bar.addWidget(self.end_suspension_button)

        self.restart_button = QPushButton(self.suspension_box)
        self.restart_button.setObjectName(u"restart_button")

        self.suspension_bar.addWidget(self.restart_button)

        self.suspension_bar_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.suspension_bar.addItem(self.suspension_bar_stretch)


        self.suspension_column.addLayout(self.suspension_bar)


        self.columns.addWidget(self.suspension_box)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.retranslateUi(PeriodSection)

        QMetaObject.connectSlotsByName(PeriodSection)
    # setupUi

    def retranslateUi(self, PeriodSection):
        self.deadline_box.setTitle(QCoreApplication.translate("PeriodSection", u"\u672c\u6848\u671f\u9650", None))
        ___qtablewidgetitem = self.deadlines.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PeriodSection", u"\u671f\u9650", None))
        ___qtablewidgetitem1 = self.deadlines.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PeriodSection", u"\u8d77\u7b97", None))
        ___qtablewidgetitem2 = self.deadlines.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PeriodSection", u"\u5c4a\u6ee1", None))
        ___qtablewidgetitem3 = self.deadlines.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PeriodSection", u"\u5269\u4f59", None))
        self.suspension_box.setTitle(QCoreApplication.translate("PeriodSection", u"\u4e0d\u8ba1\u5165\u5ba1\u7406\u671f\u9650\u7684\u671f\u95f4", None))
        ___qtablewidgetitem4 = self.suspensions.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PeriodSection", u"\u79cd\u7c7b", None))
        ___qtablewidgetitem5 = self.suspensions.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("PeriodSection", u"\u5f00\u59cb", None))
        ___qtablewidgetitem6 = self.suspensions.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("PeriodSection", u"\u7ed3\u675f", None))
        ___qtablewidgetitem7 = self.suspensions.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("PeriodSection", u"\u7406\u7531", None))
        self.extension_button.setText(QCoreApplication.translate("PeriodSection", u"\u5ef6\u957f\u5ba1\u7406\u671f\u9650\u2026", None))
        self.suspension_button.setText(QCoreApplication.translate("PeriodSection", u"\u4e2d\u6b62\u5ba1\u7406\u6216\u516c\u544a\u2026", None))
        self.end_suspension_button.setText(QCoreApplication.translate("PeriodSection", u"\u7ed3\u675f\u6240\u9009\u4e2d\u6b62\u2026", None))
        self.restart_button.setText(QCoreApplication.translate("PeriodSection", u"\u671f\u9650\u91cd\u65b0\u8ba1\u7b97\u2026", None))
        pass
    # retranslateUi
