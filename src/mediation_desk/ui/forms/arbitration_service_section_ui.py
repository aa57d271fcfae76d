# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_service_section.ui'
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

class Ui_ServiceSection(object):
    def setupUi(self, ServiceSection):
        if not ServiceSection.objectName():
            ServiceSection.setObjectName(u"ServiceSection")
        self.columns = QHBoxLayout(ServiceSection)
        self.columns.setObjectName(u"columns")
        self.service_box = QGroupBox(ServiceSection)
        self.service_box.setObjectName(u"service_box")
        self.service_column = QVBoxLayout(self.service_box)
        self.service_column.setObjectName(u"service_column")
        self.services = QTableWidget(self.service_box)
        if (self.services.columnCount() < 7):
            self.services.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.services.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.services.setObjectName(u"services")
        self.services.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.services.setAlternatingRowColors(True)
        self.services.setSelectionMode(QAbstractItemView.SingleSelection)
        self.services.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.services.setWordWrap(False)
        self.services.horizontalHeader().setStretchLastSection(True)
        self.services.verticalHeader().setVisible(False)

        self.service_column.addWidget(self.services)

        self.service_bar = QHBoxLayout()
        self.service_bar.setObjectName(u"service_bar")
        self.service_bar_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.service_bar.addItem(self.service_bar_stretch)

        self.service_button = QPushButton(self.service_box)
        self.service_button.setObjectName(u"service_button")

        self.service_bar.addWidget(self.service_button)


        self.service_column.addLayout(self.service_bar)

        self.service_column.setStretch(0, 1)

        self.columns.addWidget(self.service_box)

        self.party_deadline_box = QGroupBox(ServiceSection)
        self.party_deadline_box.setObjectName(u"party_deadline_box")
        self.party_deadline_column = QVBoxLayout(self.party_deadline_box)
        self.party_deadline_column.setObjectName(u"party_deadline_column")
        self.party_deadlines = QTableWidget(self.party_deadline_box)
        if (self.party_deadlines.columnCount() < 4):
            self.party_deadlines.setColumnCount(4)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.party_deadlines.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.party_deadlines.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.party_deadlines.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.party_deadlines.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        self.party_deadlines.setObjectName(u"party_deadlines")
        self.party_deadlines.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.party_deadlines.setAlternatingRowColors(True)
        self.party_deadlines.setSelectionMode(QAbstractItemView.SingleSelection)
        self.party_deadlines.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.party_deadlines.setWordWrap(False)
        self.party_deadlines.horizontalHeader().setStretchLastSection(True)
        self.party_deadlines.verticalHeader().setVisible(False)

        self.party_deadline_column.addWidget(self.party_deadlines)


        self.columns.addWidget(self.party_deadline_box)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.retranslateUi(ServiceSection)

        QMetaObject.connectSlotsByName(ServiceSection)
    # setupUi

    def retranslateUi(self, ServiceSection):
        self.service_box.setTitle(QCoreApplication.translate("ServiceSection", u"\u9001\u8fbe\u56de\u8bc1", None))
        ___qtablewidgetitem = self.services.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ServiceSection", u"\u6587\u4e66", None))
        ___qtablewidgetitem1 = self.services.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ServiceSection", u"\u53d7\u9001\u8fbe\u4eba", None))
        ___qtablewidgetitem2 = self.services.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ServiceSection", u"\u65b9\u5f0f", None))
        ___qtablewidgetitem3 = self.services.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ServiceSection", u"\u53d1\u51fa", None))
        ___qtablewidgetitem4 = self.services.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ServiceSection", u"\u9001\u8fbe", None))
        ___qtablewidgetitem5 = self.services.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ServiceSection", u"\u7b7e\u6536\u4eba", None))
        ___qtablewidgetitem6 = self.services.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ServiceSection", u"\u56de\u6267", None))
        self.service_button.setText(QCoreApplication.translate("ServiceSection", u"\u767b\u8bb0\u9001\u8fbe\u2026", None))
        self.party_deadline_box.setTitle(QCoreApplication.translate("ServiceSection", u"\u88c1\u51b3\u9001\u8fbe\u540e\u5404\u65b9\u5f53\u4e8b\u4eba\u7684\u671f\u9650", None))
        ___qtablewidgetitem7 = self.party_deadlines.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ServiceSection", u"\u5f53\u4e8b\u4eba", None))
        ___qtablewidgetitem8 = self.party_deadlines.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ServiceSection", u"\u671f\u9650", None))
        ___qtablewidgetitem9 = self.party_deadlines.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ServiceSection", u"\u9001\u8fbe\u65e5\u671f", None))
        ___qtablewidgetitem10 = self.party_deadlines.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ServiceSection", u"\u5c4a\u6ee1", None))
        pass
    # retranslateUi
