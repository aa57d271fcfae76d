# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/court_tab.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CourtTab(object):
    def setupUi(self, CourtTab):
        if not CourtTab.objectName():
            CourtTab.setObjectName(u"CourtTab")
        self.column = QVBoxLayout(CourtTab)
        self.column.setObjectName(u"column")
        self.sections = QTabWidget(CourtTab)
        self.sections.setObjectName(u"sections")
        self.packages_page = QWidget()
        self.packages_page.setObjectName(u"packages_page")
        self.packages_column = QVBoxLayout(self.packages_page)
        self.packages_column.setObjectName(u"packages_column")
        self.packages_bar = QHBoxLayout()
        self.packages_bar.setObjectName(u"packages_bar")
        self.make_button = QPushButton(self.packages_page)
        self.make_button.setObjectName(u"make_button")

        self.packages_bar.addWidget(self.make_button)

        self.packages_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packages_bar.addItem(self.packages_gap)


        self.packages_column.addLayout(self.packages_bar)

        self.packages_table = QTableWidget(self.packages_page)
        if (self.packages_table.columnCount() < 9):
            self.packages_table.setColumnCount(9)
        __qtablewidgetitem = QTableWidgetItem()
        self.packages_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.packages_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.packages_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.packages_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.packages_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.packages_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.packages_table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.packages_table.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.packages_table.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        self.packages_table.setObjectName(u"packages_table")
        self.packages_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.packages_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.packages_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.packages_table.setWordWrap(False)
        self.packages_table.horizontalHeader().setStretchLastSection(True)
        self.packages_table.verticalHeader().setVisible(False)

        self.packages_column.addWidget(self.packages_table)

        self.packages_column.setStretch(1, 1)
        self.sections.addTab(self.packages_page, "")
        self.outbox_page = QWidget()
        self.outbox_page.setObjectName(u"outbox_page")
        self.outbox_column = QVBoxLayout(self.outbox_page)
        self.outbox_column.setObjectName(u"outbox_column")
        self.outbox_bar = QHBoxLayout()
        self.outbox_bar.setObjectName(u"outbox_bar")
        self.send_button = QPushButton(self.outbox_page)
        self.send_button.setObjectName(u"send_button")

        self.outbox_bar.addWidget(self.send_button)

        self.retry_button = QPushButton(self.outbox_page)
        self.retry_button.setObjectName(u"retry_button")

        self.outbox_bar.addWidget(self.retry_button)

        self.cancel_button = QPushButton(self.outbox_page)
        self.cancel_button.setObjectName(u"cancel_button")

        self.outbox_bar.addWidget(self.cancel_button)

        self.export_button = QPushButton(self.outbox_page)
        self.export_button.setObjectName(u"export_button")

        self.outbox_bar.addWidget(self.export_button)

        self.acknowledge_button = QPushButton(self.outbox_page)
        self.acknowledge_button.setObjectName(u"acknowledge_button")

        self.outbox_bar.addWidget(self.acknowledge_button)

        self.outbox_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outbox_bar.addItem(self.outbox_gap)


        self.outbox_column.addLayout(self.outbox_bar)

        self.outbox_table = QTableWidget(self.outbox_page)
        if (self.outbox_table.columnCount() < 8):
            self.outbox_table.setColumnCount(8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.outbox_table.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.outbox_table.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.outbox_table.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.outbox_table.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.outbox_table.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.outbox_table.setHorizontalHeaderItem(5, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.outbox_table.setHorizontalHeaderItem(6, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.outbox_table.setHorizontalHeaderItem(7, __qtablewidgetitem16)
        self.outbox_table.setObjectName(u"outbox_table")
        self.outbox_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.outbox_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.outbox_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.outbox_table.setWordWrap(False)
        self.outbox_table.horizontalHeader().setStretchLastSection(True)
        self.outbox_table.verticalHeader().setVisible(False)

        self.outbox_column.addWidget(self.outbox_table)

        self.endpoint_line = QLabel(self.outbox_page)
        self.endpoint_line.setObjectName(u"endpoint_line")
        self.endpoint_line.setWordWrap(True)

        self.outbox_column.addWidget(self.endpoint_line)

        self.outbox_column.setStretch(1, 1)
        self.sections.addTab(self.outbox_page, "")
        self.court_page = QWidget()
        self.court_page.setObjectName(u"court_page")
        self.court_column = QVBoxLayout(self.court_page)
        self.court_column.setObjectName(u"court_column")
        self.court_bar = QHBoxLayout()
        self.court_bar.setObjectName(u"court_bar")
        self.filing_button = QPushButton(self.court_page)
        self.filing_button.setObjectName(u"filing_button")

        self.court_bar.addWidget(self.filing_button)

        self.outcome_button = QPushButton(self.court_page)
        self.outcome_button.setObjectName(u"outcome_button")

        self.court_bar.addWidget(self.outcome_button)

        self.judgment_button = QPushButton(self.court_page)
        self.judgment_button.setObjectName(u"judgment_button")

        self.court_bar.addWidget(self.judgment_button)

        self.court_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.court_bar.addItem(self.court_gap)


        self.court_column.addLayout(self.court_bar)

        self.court_split = QSplitter(self.court_page)
        self.court_split.setObjectName(u"court_split")
        self.court_split.setOrientation(Qt.Horizontal)
        self.court_split.setChildrenCollapsible(False)
        self.proceedings_table = QTableWidget(self.court_split)
        if (self.proceedings_table.columnCount() < 8):
            self.proceedings_table.setColumnCount(8)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.proceedings_table.setHorizontalHeaderItem(0, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.proceedings_table.setHorizontalHeaderItem(1, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.proceedings_table.setHorizontalHeaderItem(2, __qtablewidgetitem19)
        __qtablewidgetitem20 = QTableWidgetItem()
        self.proceedings_table.setHorizontalHeaderItem(3, __qtablewidgetitem20)
        __qtablewidgetitem21 = QTableWidgetItem()
        self.proceedings_table.setHorizontalHeaderItem(4, __qtablewidgetitem21)
        __qtablewidgetitem22 = QTableWidgetItem()
        self.proceedings_table.setHorizontalHeaderItem(5, __qtablewidgetitem22)
        __qtablewidgetitem23 = QTableWidgetItem()
        self.proceedings_table.setHorizontalHeaderItem(6, __qtablewidgetitem23)
        __qtablewidgetitem24 = QTableWidgetItem()
        self.proceedings_table.setHorizontalHeaderItem(7, __qtablewidgetitem24)
        self.proceedings_table.setObjectName(u"proceedings_table")
        self.proceedings_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.proceedings_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.proceedings_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.proceedings_table.setWordWrap(False)
        self.court_split.addWidget(self.proceedings_table)
        self.proceedings_table.horizontalHeader().setStretchLastSection(True)
        self.proceedings_table.verticalHeader().setVisible(False)
        self.items_table = QTableWidget(self.court_split)
        if (self.items_table.columnCount() < 4):
            self.items_table.setColumnCount(4)
        __qtablewidgetitem25 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(0, __qtablewidgetitem25)
        __qtablewidgetitem26 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(1, __qtablewidgetitem26)
        __qtablewidgetitem27 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(2, __qtablewidgetitem27)
        __qtablewidgetitem28 = QTableWidgetItem()
        self.items_table.setHorizontalHeaderItem(3, __qtablewidgetitem28)
        self.items_table.setObjectName(u"items_table")
        self.items_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items_table.setWordWrap(False)
        self.court_split.addWidget(self.items_table)
        self.items_table.horizontalHeader().setStretchLastSection(True)
        self.items_table.verticalHeader().setVisible(False)

        self.court_column.addWidget(self.court_split)

        self.periods = QLabel(self.court_page)
        self.periods.setObjectName(u"periods")
        self.periods.setWordWrap(True)

        self.court_column.addWidget(self.periods)

        self.court_column.setStretch(1, 1)
        self.sections.addTab(self.court_page, "")

        self.column.addWidget(self.sections)

        self.column.setStretch(0, 1)

        self.retranslateUi(CourtTab)

        QMetaObject.connectSlotsByName(CourtTab)
    # setupUi

    def retranslateUi(self, CourtTab):
#if QT_CONFIG(tooltip)
        self.make_button.setToolTip(QCoreApplication.translate("CourtTab", u"\u4ece\u672c\u6848\u5236\u4f5c\u4e00\u4efd\u7b7e\u540d\u7684\u79fb\u4ea4\u5305\uff08.mdpkg\uff09\uff0c\u53ef\u5b58\u5165U\u76d8\u3001\u53d1\u9001\u7535\u5b50\u90ae\u4ef6\u6216\u653e\u5165\u53d1\u4ef6\u7bb1\u53d1\u5f80\u6cd5\u9662\u7cfb\u7edf", None))
#endif // QT_CONFIG(tooltip)
        self.make_button.setText(QCoreApplication.translate("CourtTab", u"\u5236\u4f5c\u79fb\u4ea4\u5305\u2026", None))
        ___qtablewidgetitem = self.packages_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CourtTab", u"\u65b9\u5411", None))
        ___qtablewidgetitem1 = self.packages_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CourtTab", u"\u79cd\u7c7b", None))
        ___qtablewidgetitem2 = self.packages_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CourtTab", u"\u65e5\u671f", None))
        ___qtablewidgetitem3 = self.packages_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CourtTab", u"\u6cd5\u9662", None))
        ___qtablewidgetitem4 = self.packages_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CourtTab", u"\u6cd5\u9662\u6848\u53f7", None))
        ___qtablewidgetitem5 = self.packages_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CourtTab", u"\u6587\u4ef6\u6570", None))
        ___qtablewidgetitem6 = self.packages_table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CourtTab", u"\u5927\u5c0f", None))
        ___qtablewidgetitem7 = self.packages_table.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CourtTab", u"\u6e05\u5355 SHA-256", None))
        ___qtablewidgetitem8 = self.packages_table.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CourtTab", u"\u7b7e\u540d\u5bc6\u94a5", None))
        self.sections.setTabText(self.sections.indexOf(self.packages_page), QCoreApplication.translate("CourtTab", u"\u79fb\u4ea4\u5305", None))
#if QT_CONFIG(tooltip)
        self.send_button.setToolTip(QCoreApplication.translate("CourtTab", u"\u628a\u9009\u4e2d\u7684\u79fb\u4ea4\u5305\u7acb\u5373\u53d1\u5f80\u6cd5\u9662\u7cfb\u7edf\uff08\u5176\u4ed6\u5230\u671f\u7684\u79fb\u4ea4\u5305\u4e00\u5e76\u53d1\u9001\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.send_button.setText(QCoreApplication.translate("CourtTab", u"\u7acb\u5373\u53d1\u9001", None))
#if QT_CONFIG(tooltip)
        self.retry_button.setToolTip(QCoreApplication.translate("CourtTab", u"\u628a\u53d1\u9001\u5931\u8d25\u6216\u5df2\u5bfc\u51fa\u7684\u79fb\u4ea4\u5305\u91cd\u65b0\u653e\u56de\u53d1\u9001\u961f\u5217\uff0c\u5c1d\u8bd5\u6b21\u6570\u4ece\u5934\u8ba1\u7b97", None))
#endif // QT_CONFIG(tooltip)
        self.retry_button.setText(QCoreApplication.translate("CourtTab", u"\u91cd\u65b0\u53d1\u9001", None))
        self.cancel_button.setText(QCoreApplication.translate("CourtTab", u"\u53d6\u6d88\u53d1\u9001\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("CourtTab", u"\u628a\u79fb\u4ea4\u5305\u5199\u5230\u6587\u4ef6\u5939\u6216U\u76d8\uff0c\u79bb\u7ebf\u9012\u4ea4\u6cd5\u9662", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("CourtTab", u"\u5bfc\u51fa\u5230\u6587\u4ef6\u5939\u2026", None))
#if QT_CONFIG(tooltip)
        self.acknowledge_button.setToolTip(QCoreApplication.translate("CourtTab", u"\u767b\u8bb0\u6cd5\u9662\u7684\u7b7e\u6536\u53f7\u6216\u6848\u53f7\uff08\u79bb\u7ebf\u9012\u4ea4\u6216\u5bf9\u65b9\u7cfb\u7edf\u672a\u8fd4\u56de\u65f6\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.acknowledge_button.setText(QCoreApplication.translate("CourtTab", u"\u767b\u8bb0\u6cd5\u9662\u7b7e\u6536\u2026", None))
        ___qtablewidgetitem9 = self.outbox_table.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("CourtTab", u"\u79fb\u4ea4\u5305", None))
        ___qtablewidgetitem10 = self.outbox_table.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("CourtTab", u"\u53d1\u5f80", None))
        ___qtablewidgetitem11 = self.outbox_table.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("CourtTab", u"\u72b6\u6001", None))
        ___qtablewidgetitem12 = self.outbox_table.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("CourtTab", u"\u5c1d\u8bd5\u6b21\u6570", None))
        ___qtablewidgetitem13 = self.outbox_table.horizontalHeaderItem(4)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("CourtTab", u"\u4e0b\u6b21\u5c1d\u8bd5", None))
        ___qtablewidgetitem14 = self.outbox_table.horizontalHeaderItem(5)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("CourtTab", u"\u6700\u540e\u9519\u8bef", None))
        ___qtablewidgetitem15 = self.outbox_table.horizontalHeaderItem(6)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("CourtTab", u"\u6cd5\u9662\u7b7e\u6536\u53f7", None))
        ___qtablewidgetitem16 = self.outbox_table.horizontalHeaderItem(7)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("CourtTab", u"\u52a0\u5165\u65f6\u95f4", None))
        self.sections.setTabText(self.sections.indexOf(self.outbox_page), QCoreApplication.translate("CourtTab", u"\u53d1\u4ef6\u7bb1", None))
        self.filing_button.setText(QCoreApplication.translate("CourtTab", u"\u767b\u8bb0\u6cd5\u9662\u7acb\u6848\u2026", None))
        self.outcome_button.setText(QCoreApplication.translate("CourtTab", u"\u767b\u8bb0\u6cd5\u9662\u88c1\u5224\u7ed3\u679c\u2026", None))
        self.judgment_button.setText(QCoreApplication.translate("CourtTab", u"\u67e5\u770b\u88c1\u5224\u6587\u4e66", None))
        ___qtablewidgetitem17 = self.proceedings_table.horizontalHeaderItem(0)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("CourtTab", u"\u7a0b\u5e8f", None))
        ___qtablewidgetitem18 = self.proceedings_table.horizontalHeaderItem(1)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("CourtTab", u"\u6cd5\u9662", None))
        ___qtablewidgetitem19 = self.proceedings_table.horizontalHeaderItem(2)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("CourtTab", u"\u6cd5\u9662\u6848\u53f7", None))
        ___qtablewidgetitem20 = self.proceedings_table.horizontalHeaderItem(3)
        ___qtablewidgetitem20.setText(QCoreApplication.translate("CourtTab", u"\u7acb\u6848\u65e5\u671f", None))
        ___qtablewidgetitem21 = self.proceedings_table.horizontalHeaderItem(4)
        ___qtablewidgetitem21.setText(QCoreApplication.translate("CourtTab", u"\u63d0\u8d77\u65b9", None))
        ___qtablewidgetitem22 = self.proceedings_table.horizontalHeaderItem(5)
        ___qtablewidgetitem22.setText(QCoreApplication.translate("CourtTab", u"\u88c1\u5224\u7ed3\u679c", None))
        ___qtablewidgetitem23 = self.proceedings_table.horizontalHeaderItem(6)
        ___qtablewidgetitem23.setText(QCoreApplication.translate("CourtTab", u"\u88c1\u5224\u65e5\u671f", None))
        ___qtablewidgetitem24 = self.proceedings_table.horizontalHeaderItem(7)
        ___qtablewidgetitem24.setText(QCoreApplication.translate("CourtTab", u"\u6587\u4e66\u7f16\u53f7", None))
        ___qtablewidgetitem25 = self.items_table.horizontalHeaderItem(0)
        ___qtablewidgetitem25.setText(QCoreApplication.translate("CourtTab", u"\u88c1\u51b3\u4e8b\u9879", None))
        ___qtablewidgetitem26 = self.items_table.horizontalHeaderItem(1)
        ___qtablewidgetitem26.setText(QCoreApplication.translate("CourtTab", u"\u88c1\u51b3\u91d1\u989d", None))
        ___qtablewidgetitem27 = self.items_table.horizontalHeaderItem(2)
        ___qtablewidgetitem27.setText(QCoreApplication.translate("CourtTab", u"\u6cd5\u9662\u7ed3\u679c", None))
        ___qtablewidgetitem28 = self.items_table.horizontalHeaderItem(3)
        ___qtablewidgetitem28.setText(QCoreApplication.translate("CourtTab", u"\u6539\u5224\u91d1\u989d", None))
        self.sections.setTabText(self.sections.indexOf(self.court_page), QCoreApplication.translate("CourtTab", u"\u6cd5\u9662\u7a0b\u5e8f\u4e0e\u7ed3\u679c", None))
        pass
    # retranslateUi
