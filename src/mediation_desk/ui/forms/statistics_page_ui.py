# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/statistics_page.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

from mediation_desk.ui.views.statistics_chart import StatisticsChart

class Ui_StatisticsPage(object):
    def setupUi(self, StatisticsPage):
        if not StatisticsPage.objectName():
            StatisticsPage.setObjectName(u"StatisticsPage")
        self.column = QVBoxLayout(StatisticsPage)
        self.column.setObjectName(u"column")
        self.title = QLabel(StatisticsPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.column.addWidget(self.title)

        self.period_row = QHBoxLayout()
        self.period_row.setObjectName(u"period_row")
        self.kind_label = QLabel(StatisticsPage)
        self.kind_label.setObjectName(u"kind_label")

        self.period_row.addWidget(self.kind_label)

        self.kind = QComboBox(StatisticsPage)
        self.kind.setObjectName(u"kind")

        self.period_row.addWidget(self.kind)

        self.from_label = QLabel(StatisticsPage)
        self.from_label.setObjectName(u"from_label")

        self.period_row.addWidget(self.from_label)

        self.date_from = QDateEdit(StatisticsPage)
        self.date_from.setObjectName(u"date_from")
        self.date_from.setDisplayFormat(u"yyyy-MM-dd")
        self.date_from.setCalendarPopup(True)

        self.period_row.addWidget(self.date_from)

        self.to_label = QLabel(StatisticsPage)
        self.to_label.setObjectName(u"to_label")

        self.period_row.addWidget(self.to_label)

        self.date_to = QDateEdit(StatisticsPage)
        self.date_to.setObjectName(u"date_to")
        self.date_to.setDisplayFormat(u"yyyy-MM-dd")
        self.date_to.setCalendarPopup(True)

        self.period_row.addWidget(self.date_to)

        self.by_label = QLabel(StatisticsPage)
        self.by_label.setObjectName(u"by_label")

        self.period_row.addWidget(self.by_label)

        self.by = QComboBox(StatisticsPage)
        self.by.setObjectName(u"by")

        self.period_row.addWidget(self.by)

        self.compute_button = QPushButton(StatisticsPage)
        self.compute_button.setObjectName(u"compute_button")

        self.period_row.addWidget(self.compute_button)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_row.addItem(self.period_spacer)

        self.xlsx_button = QPushButton(StatisticsPage)
        self.xlsx_button.setObjectName(u"xlsx_button")

        self.period_row.addWidget(self.xlsx_button)

        self.pdf_button = QPushButton(StatisticsPage)
        self.pdf_button.setObjectName(u"pdf_button")

        self.period_row.addWidget(self.pdf_button)


        self.column.addLayout(self.period_row)

        self.summary_row = QHBoxLayout()
        self.summary_row.setObjectName(u"summary_row")
        self.summary = QLabel(StatisticsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.summary_row.addWidget(self.summary)

        self.group_label = QLabel(StatisticsPage)
        self.group_label.setObjectName(u"group_label")

        self.summary_row.addWidget(self.group_label)

        self.group = QComboBox(StatisticsPage)
        self.group.setObjectName(u"group")
        self.group.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.summary_row.addWidget(self.group)


        self.column.addLayout(self.summary_row)

        self.tabs = QTabWidget(StatisticsPage)
        self.tabs.setObjectName(u"tabs")
        self.indicators_tab = QWidget()
        self.indicators_tab.setObjectName(u"indicators_tab")
        self.indicators_row = QHBoxLayout(self.indicators_tab)
        self.indicators_row.setObjectName(u"indicators_row")
        self.indicators = QTableWidget(self.indicators_tab)
        if (self.indicators.columnCount() < 5):
            self.indicators.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.indicators.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.indicators.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.indicators.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.indicators.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.indicators.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.indicators.setObjectName(u"indicators")
        self.indicators.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.indicators.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.indicators.setSelectionMode(QAbstractItemView.SingleSelection)
        self.indicators.setWordWrap(False)

        self.indicators_row.addWidget(self.indicators)

        self.definition_box = QGroupBox(self.indicators_tab)
        self.definition_box.setObjectName(u"definition_box")
        self.definition_column = QVBoxLayout(self.definition_box)
        self.definition_column.setObjectName(u"definition_column")
        self.definition = QTextBrowser(self.definition_box)
        self.definition.setObjectName(u"definition")

        self.definition_column.addWidget(self.definition)


        self.indicators_row.addWidget(self.definition_box)

        self.indicators_row.setStretch(0, 3)
        self.indicators_row.setStretch(1, 1)
        self.tabs.addTab(self.indicators_tab, "")
        self.checks_tab = QWidget()
        self.checks_tab.setObjectName(u"checks_tab")
        self.checks_column = QVBoxLayout(self.checks_tab)
        self.checks_column.setObjectName(u"checks_column")
        self.checks = QTableWidget(self.checks_tab)
        if (self.checks.columnCount() < 3):
            self.checks.setColumnCount(3)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.checks.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.checks.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.checks.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        self.checks.setObjectName(u"checks")
        self.checks.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.checks.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.checks.setSelectionMode(QAbstractItemView.SingleSelection)

        self.checks_column.addWidget(self.checks)

        self.tabs.addTab(self.checks_tab, "")
        self.charts_tab = QWidget()
        self.charts_tab.setObjectName(u"charts_tab")
        self.charts_row = QHBoxLayout(self.charts_tab)
        self.charts_row.setObjectName(u"charts_row")
        self.way_chart = StatisticsChart(self.charts_tab)
        self.way_chart.setObjectName(u"way_chart")

        self.charts_row.addWidget(self.way_chart)

        self.result_chart = StatisticsChart(self.charts_tab)
        self.result_chart.setObjectName(u"result_chart")

        self.charts_row.addWidget(self.result_chart)

        self.cause_chart = StatisticsChart(self.charts_tab)
        self.cause_chart.setObjectName(u"cause_chart")

        self.charts_row.addWidget(self.cause_chart)

        self.charts_row.setStretch(0, 2)
        self.charts_row.setStretch(1, 2)
        self.charts_row.setStretch(2, 3)
        self.tabs.addTab(self.charts_tab, "")

        self.column.addWidget(self.tabs)

        self.message = QLabel(StatisticsPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.column.addWidget(self.message)

        self.column.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        self.by_label.setBuddy(self.by)
        self.group_label.setBuddy(self.group)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatisticsPage)

        QMetaObject.connectSlotsByName(StatisticsPage)
    # setupUi

    def retranslateUi(self, StatisticsPage):
        self.title.setText(QCoreApplication.translate("StatisticsPage", u"\u52b3\u52a8\u4e89\u8bae\u6848\u4ef6\u7edf\u8ba1", None))
        self.kind_label.setText(QCoreApplication.translate("StatisticsPage", u"\u7edf\u8ba1\u671f", None))
#if QT_CONFIG(tooltip)
        self.kind.setToolTip(QCoreApplication.translate("StatisticsPage", u"\u6309\u6708\u3001\u5b63\u5ea6\u3001\u5e74\u7edf\u8ba1\u65f6\uff0c\u7ed3\u675f\u65e5\u968f\u5f00\u59cb\u65e5\u6240\u5728\u7684\u6708\u3001\u5b63\u5ea6\u3001\u5e74\u81ea\u52a8\u786e\u5b9a", None))
#endif // QT_CONFIG(tooltip)
        self.from_label.setText(QCoreApplication.translate("StatisticsPage", u"\u81ea", None))
        self.to_label.setText(QCoreApplication.translate("StatisticsPage", u"\u81f3", None))
        self.by_label.setText(QCoreApplication.translate("StatisticsPage", u"\u5206\u7ec4", None))
        self.compute_button.setText(QCoreApplication.translate("StatisticsPage", u"\u8ba1\u7b97", None))
#if QT_CONFIG(tooltip)
        self.compute_button.setToolTip(QCoreApplication.translate("StatisticsPage", u"\u6309\u6240\u9009\u7edf\u8ba1\u671f\u4ece\u6848\u4ef6\u5e93\u7684\u8bb0\u5f55\u8ba1\u7b97\u7edf\u8ba1\u8868\uff0c\u5e76\u8fd0\u884c\u5404\u9879\u6821\u9a8c", None))
#endif // QT_CONFIG(tooltip)
        self.xlsx_button.setText(QCoreApplication.translate("StatisticsPage", u"\u5bfc\u51faXLSX\u2026", None))
        self.pdf_button.setText(QCoreApplication.translate("StatisticsPage", u"\u5bfc\u51faPDF\u2026", None))
        self.group_label.setText(QCoreApplication.translate("StatisticsPage", u"\u663e\u793a", None))
        ___qtablewidgetitem = self.indicators.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("StatisticsPage", u"\u6307\u6807", None))
        ___qtablewidgetitem1 = self.indicators.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("StatisticsPage", u"\u6570\u503c", None))
        ___qtablewidgetitem2 = self.indicators.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("StatisticsPage", u"\u5355\u4f4d", None))
        ___qtablewidgetitem3 = self.indicators.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("StatisticsPage", u"\u5b9a\u4e49", None))
        ___qtablewidgetitem4 = self.indicators.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("StatisticsPage", u"\u4f9d\u636e", None))
        self.definition_box.setTitle(QCoreApplication.translate("StatisticsPage", u"\u5b9a\u4e49\u548c\u4f9d\u636e", None))
        self.definition.setPlaceholderText(QCoreApplication.translate("StatisticsPage", u"\u9009\u4e2d\u4e00\u9879\u6307\u6807\uff0c\u8fd9\u91cc\u663e\u793a\u5b83\u7684\u5b9a\u4e49\u548c\u4f9d\u636e\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.indicators_tab), QCoreApplication.translate("StatisticsPage", u"\u6307\u6807", None))
        ___qtablewidgetitem5 = self.checks.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("StatisticsPage", u"\u6821\u9a8c", None))
        ___qtablewidgetitem6 = self.checks.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("StatisticsPage", u"\u7ed3\u679c", None))
        ___qtablewidgetitem7 = self.checks.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("StatisticsPage", u"\u6bd4\u8f83\u7684\u6570\u5b57", None))
        self.tabs.setTabText(self.tabs.indexOf(self.checks_tab), QCoreApplication.translate("StatisticsPage", u"\u6821\u9a8c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.charts_tab), QCoreApplication.translate("StatisticsPage", u"\u56fe\u8868", None))
        pass
    # retranslateUi
