# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/cases_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from mediation_desk.ui.widgets import PanelTabs

class Ui_CasesPage(object):
    def setupUi(self, CasesPage):
        if not CasesPage.objectName():
            CasesPage.setObjectName(u"CasesPage")
        self.column = QVBoxLayout(CasesPage)
        self.column.setObjectName(u"column")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.new_case_button = QPushButton(CasesPage)
        self.new_case_button.setObjectName(u"new_case_button")

        self.bar.addWidget(self.new_case_button)

        self.new_group_button = QPushButton(CasesPage)
        self.new_group_button.setObjectName(u"new_group_button")

        self.bar.addWidget(self.new_group_button)

        self.search = QLineEdit(CasesPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(280, 0))
        self.search.setClearButtonEnabled(True)

        self.bar.addWidget(self.search)

        self.status_filter = QComboBox(CasesPage)
        self.status_filter.setObjectName(u"status_filter")

        self.bar.addWidget(self.status_filter)

        self.industry_filter = QComboBox(CasesPage)
        self.industry_filter.setObjectName(u"industry_filter")

        self.bar.addWidget(self.industry_filter)

        self.platform_filter = QComboBox(CasesPage)
        self.platform_filter.setObjectName(u"platform_filter")
        self.platform_filter.setMinimumContentsLength(8)

        self.bar.addWidget(self.platform_filter)

        self.referred_filter = QCheckBox(CasesPage)
        self.referred_filter.setObjectName(u"referred_filter")
        self.referred_filter.setEnabled(False)

        self.bar.addWidget(self.referred_filter)

        self.bar_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_stretch)

        self.count_label = QLabel(CasesPage)
        self.count_label.setObjectName(u"count_label")

        self.bar.addWidget(self.count_label)

        self.bar.setStretch(2, 2)
        self.bar.setStretch(7, 1)

        self.column.addLayout(self.bar)

        self.splitter = QSplitter(CasesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)
        self.case_tabs = PanelTabs(self.splitter)
        self.case_tabs.setObjectName(u"case_tabs")
        self.splitter.addWidget(self.case_tabs)

        self.column.addWidget(self.splitter)

        self.column.setStretch(1, 1)

        self.retranslateUi(CasesPage)

        QMetaObject.connectSlotsByName(CasesPage)
    # setupUi

    def retranslateUi(self, CasesPage):
        self.new_case_button.setText(QCoreApplication.translate("CasesPage", u"\u767b\u8bb0\u65b0\u6848\u4ef6", None))
        self.new_group_button.setText(QCoreApplication.translate("CasesPage", u"\u767b\u8bb0\u96c6\u4f53\u4e89\u8bae", None))
        self.search.setPlaceholderText(QCoreApplication.translate("CasesPage", u"\u641c\u7d22\u6848\u53f7\u3001\u59d3\u540d\u3001\u8bc1\u4ef6\u53f7\u3001\u7535\u8bdd\u3001\u91d1\u989d\u6216\u8bf7\u6c42\u4e8b\u9879", None))
        self.referred_filter.setText(QCoreApplication.translate("CasesPage", u"\u8f6c\u4ecb\u7ed9\u6211\u7684\u6848\u4ef6", None))
        pass
    # retranslateUi
