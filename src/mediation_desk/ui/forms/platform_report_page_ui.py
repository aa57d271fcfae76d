# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/platform_report_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from mediation_desk.ui.views.statistics_chart import StatisticsChart

class Ui_PlatformReportPage(object):
    def setupUi(self, PlatformReportPage):
        if not PlatformReportPage.objectName():
            PlatformReportPage.setObjectName(u"PlatformReportPage")
        self.column = QVBoxLayout(PlatformReportPage)
        self.column.setObjectName(u"column")
        self.title = QLabel(PlatformReportPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.column.addWidget(self.title)

        self.period_row = QHBoxLayout()
        self.period_row.setObjectName(u"period_row")
        self.kind_label = QLabel(PlatformReportPage)
        self.kind_label.setObjectName(u"kind_label")

        self.period_row.addWidget(self.kind_label)

        self.kind = QComboBox(PlatformReportPage)
        self.kind.setObjectName(u"kind")

        self.period_row.addWidget(self.kind)

        self.from_label = QLabel(PlatformReportPage)
        self.from_label.setObjectName(u"from_label")

        self.period_row.addWidget(self.from_label)

        self.date_from = QDateEdit(PlatformReportPage)
        self.date_from.setObjectName(u"date_from")
        self.date_from.setDisplayFormat(u"yyyy-MM-dd")
        self.date_from.setCalendarPopup(True)

        self.period_row.addWidget(self.date_from)

        self.to_label = QLabel(PlatformReportPage)
        self.to_label.setObjectName(u"to_label")

        self.period_row.addWidget(self.to_label)

        self.date_to = QDateEdit(PlatformReportPage)
        self.date_to.setObjectName(u"date_to")
        self.date_to.setDisplayFormat(u"yyyy-MM-dd")
        self.date_to.setCalendarPopup(True)

        self.period_row.addWidget(self.date_to)

        self.compute_button = QPushButton(PlatformReportPage)
        self.compute_button.setObjectName(u"compute_button")

        self.period_row.addWidget(self.compute_button)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_row.addItem(self.period_spacer)

        self.xlsx_button = QPushButton(PlatformReportPage)
        self.xlsx_button.setObjectName(u"xlsx_button")

        self.period_row.addWidget(self.xlsx_button)

        self.pdf_button = QPushButton(PlatformReportPage)
        self.pdf_button.setObjectName(u"pdf_button")

        self.period_row.addWidget(self.pdf_button)


        self.column.addLayout(self.period_row)

        self.summary = QLabel(PlatformReportPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.column.addWidget(self.summary)

        self.tabs = QTabWidget(PlatformReportPage)
        self.tabs.setObjectName(u"tabs")
        self.rows_tab = QWidget()
        self.rows_tab.setObjectName(u"rows_tab")
        self.rows_column = QVBoxLayout(self.rows_tab)
        self.rows_column.setObjectName(u"rows_column")
        self.breakdown_row = QHBoxLayout()
        self.breakdown_row.setObjectName(u"breakdown_row")
        self.breakdown_label = QLabel(self.rows_tab)
        self.breakdown_label.setObjectName(u"breakdown_label")

        self.breakdown_row.addWidget(self.breakdown_label)

        self.breakdown = QComboBox(self.rows_tab)
        self.breakdown.setObjectName(u"breakdown")
        self.breakdown.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.breakdown_row.addWidget(self.breakdown)

        self.hint = QLabel(self.rows_tab)
        self.hint.setObjectName(u"hint")

        self.breakdown_row.addWidget(self.hint)

        self.breakdown_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.breakdown_row.addItem(self.breakdown_spacer)


        self.rows_column.addLayout(self.breakdown_row)

        self.rows = QTableWidget(self.rows_tab)
        self.rows.setObjectName(u"rows")
        self.rows.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.rows.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rows.setWordWrap(False)

        self.rows_column.addWidget(self.rows)

        self.definition = QTextBrowser(self.rows_tab)
        self.definition.setObjectName(u"definition")
        self.definition.setMaximumSize(QSize(16777215, 96))

        self.rows_column.addWidget(self.definition)

        self.rows_column.setStretch(1, 1)
        self.tabs.addTab(self.rows_tab, "")
        self.charts_tab = QWidget()
        self.charts_tab.setObjectName(u"charts_tab")
        self.charts_row = QHBoxLayout(self.charts_tab)
        self.charts_row.setObjectName(u"charts_row")
        self.industry_chart = StatisticsChart(self.charts_tab)
        self.industry_chart.setObjectName(u"industry_chart")

        self.charts_row.addWidget(self.industry_chart)

        self.category_chart = StatisticsChart(self.charts_tab)
        self.category_chart.setObjectName(u"category_chart")

        self.charts_row.addWidget(self.category_chart)

        self.claim_chart = StatisticsChart(self.charts_tab)
        self.claim_chart.setObjectName(u"claim_chart")

        self.charts_row.addWidget(self.claim_chart)

        self.charts_row.setStretch(0, 2)
        self.charts_row.setStretch(1, 3)
        self.charts_row.setStretch(2, 2)
        self.tabs.addTab(self.charts_tab, "")
        self.checks_tab = QWidget()
        self.checks_tab.setObjectName(u"checks_tab")
        self.checks_column = QVBoxLayout(self.checks_tab)
        self.checks_column.setObjectName(u"checks_column")
        self.checks = QTableWidget(self.checks_tab)
        if (self.checks.columnCount() < 4):
            self.checks.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.checks.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.checks.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.checks.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.checks.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.checks.setObjectName(u"checks")
        self.checks.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.checks.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.checks.setSelectionMode(QAbstractItemView.SingleSelection)

        self.checks_column.addWidget(self.checks)

        self.tabs.addTab(self.checks_tab, "")

        self.column.addWidget(self.tabs)

        self.scope = QLabel(PlatformReportPage)
        self.scope.setObjectName(u"scope")
        self.scope.setWordWrap(True)

        self.column.addWidget(self.scope)

        self.message = QLabel(PlatformReportPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.column.addWidget(self.message)

        self.column.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        self.breakdown_label.setBuddy(self.breakdown)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlatformReportPage)

        QMetaObject.connectSlotsByName(PlatformReportPage)
    # setupUi

    def retranslateUi(self, PlatformReportPage):
        self.title.setText(QCoreApplication.translate("PlatformReportPage", u"\u5e73\u53f0\u4f01\u4e1a\u7528\u5de5\u60c5\u51b5", None))
        self.kind_label.setText(QCoreApplication.translate("PlatformReportPage", u"\u7edf\u8ba1\u671f", None))
#if QT_CONFIG(tooltip)
        self.kind.setToolTip(QCoreApplication.translate("PlatformReportPage", u"\u6309\u6708\u3001\u5b63\u5ea6\u3001\u5e74\u7edf\u8ba1\u65f6\uff0c\u7ed3\u675f\u65e5\u968f\u5f00\u59cb\u65e5\u6240\u5728\u7684\u6708\u3001\u5b63\u5ea6\u3001\u5e74\u81ea\u52a8\u786e\u5b9a", None))
#endif // QT_CONFIG(tooltip)
        self.from_label.setText(QCoreApplication.translate("PlatformReportPage", u"\u81ea", None))
        self.to_label.setText(QCoreApplication.translate("PlatformReportPage", u"\u81f3", None))
        self.compute_button.setText(QCoreApplication.translate("PlatformReportPage", u"\u8ba1\u7b97", None))
#if QT_CONFIG(tooltip)
        self.compute_button.setToolTip(QCoreApplication.translate("PlatformReportPage", u"\u6309\u6240\u9009\u7edf\u8ba1\u671f\u4ece\u6848\u4ef6\u5e93\u7684\u8bb0\u5f55\u8ba1\u7b97\u5e73\u53f0\u4f01\u4e1a\u7528\u5de5\u60c5\u51b5\uff0c\u5e76\u8fd0\u884c\u5404\u9879\u6821\u9a8c", None))
#endif // QT_CONFIG(tooltip)
        self.xlsx_button.setText(QCoreApplication.translate("PlatformReportPage", u"\u5bfc\u51faXLSX\u2026", None))
        self.pdf_button.setText(QCoreApplication.translate("PlatformReportPage", u"\u5bfc\u51faPDF\u2026", None))
        self.breakdown_label.setText(QCoreApplication.translate("PlatformReportPage", u"\u5206\u8868", None))
        self.hint.setText(QCoreApplication.translate("PlatformReportPage", u"\u53cc\u51fb\u4e00\u4e2a\u6570\u5b57\uff0c\u5217\u51fa\u5b83\u8ba1\u5165\u7684\u6848\u4ef6\u3002", None))
        self.definition.setPlaceholderText(QCoreApplication.translate("PlatformReportPage", u"\u8fd9\u91cc\u663e\u793a\u6240\u9009\u5206\u8868\u7684\u5b9a\u4e49\u548c\u4f9d\u636e\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rows_tab), QCoreApplication.translate("PlatformReportPage", u"\u5206\u8868", None))
        self.tabs.setTabText(self.tabs.indexOf(self.charts_tab), QCoreApplication.translate("PlatformReportPage", u"\u56fe\u8868", None))
        ___qtablewidgetitem = self.checks.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PlatformReportPage", u"\u5206\u8868", None))
        ___qtablewidgetitem1 = self.checks.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PlatformReportPage", u"\u6821\u9a8c", None))
        ___qtablewidgetitem2 = self.checks.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PlatformReportPage", u"\u7ed3\u679c", None))
        ___qtablewidgetitem3 = self.checks.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PlatformReportPage", u"\u6bd4\u8f83\u7684\u6570\u5b57", None))
        self.tabs.setTabText(self.tabs.indexOf(self.checks_tab), QCoreApplication.translate("PlatformReportPage", u"\u6821\u9a8c", None))
        self.scope.setText(QCoreApplication.translate("PlatformReportPage", u"\u7edf\u8ba1\u8303\u56f4\uff1a\u7edf\u8ba1\u671f\u5185\u5f53\u671f\u53d7\u7406\u7684\u6848\u4ef6\uff08\u65b0\u6536\u6848\u4ef6\u53ca\u6062\u590d\u5904\u7406\u7684\u6848\u4ef6\uff0c\u6bcf\u4ef6\u53ea\u8ba1\u4e00\u6b21\uff09\uff1b\u5df2\u7ed3\u53ca\u7ed3\u6848\u65b9\u5f0f\u3001\u8c03\u89e3\u534f\u8bae\u91d1\u989d\u3001\u88c1\u51b3\u91d1\u989d\u6309\u671f\u672b\u6709\u6548\u7684\u7ed3\u6848\u8ba1\u3002", None))
        pass
    # retranslateUi
