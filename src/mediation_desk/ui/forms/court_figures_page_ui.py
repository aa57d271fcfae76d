# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/court_figures_page.ui'
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
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CourtFiguresPage(object):
    def setupUi(self, CourtFiguresPage):
        if not CourtFiguresPage.objectName():
            CourtFiguresPage.setObjectName(u"CourtFiguresPage")
        self.column = QVBoxLayout(CourtFiguresPage)
        self.column.setObjectName(u"column")
        self.title = QLabel(CourtFiguresPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.column.addWidget(self.title)

        self.period_row = QHBoxLayout()
        self.period_row.setObjectName(u"period_row")
        self.kind_label = QLabel(CourtFiguresPage)
        self.kind_label.setObjectName(u"kind_label")

        self.period_row.addWidget(self.kind_label)

        self.kind = QComboBox(CourtFiguresPage)
        self.kind.setObjectName(u"kind")

        self.period_row.addWidget(self.kind)

        self.from_label = QLabel(CourtFiguresPage)
        self.from_label.setObjectName(u"from_label")

        self.period_row.addWidget(self.from_label)

        self.date_from = QDateEdit(CourtFiguresPage)
        self.date_from.setObjectName(u"date_from")
        self.date_from.setDisplayFormat(u"yyyy-MM-dd")
        self.date_from.setCalendarPopup(True)

        self.period_row.addWidget(self.date_from)

        self.to_label = QLabel(CourtFiguresPage)
        self.to_label.setObjectName(u"to_label")

        self.period_row.addWidget(self.to_label)

        self.date_to = QDateEdit(CourtFiguresPage)
        self.date_to.setObjectName(u"date_to")
        self.date_to.setDisplayFormat(u"yyyy-MM-dd")
        self.date_to.setCalendarPopup(True)

        self.period_row.addWidget(self.date_to)

        self.basis_label = QLabel(CourtFiguresPage)
        self.basis_label.setObjectName(u"basis_label")

        self.period_row.addWidget(self.basis_label)

        self.basis = QComboBox(CourtFiguresPage)
        self.basis.setObjectName(u"basis")

        self.period_row.addWidget(self.basis)

        self.compute_button = QPushButton(CourtFiguresPage)
        self.compute_button.setObjectName(u"compute_button")

        self.period_row.addWidget(self.compute_button)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_row.addItem(self.period_spacer)

        self.xlsx_button = QPushButton(CourtFiguresPage)
        self.xlsx_button.setObjectName(u"xlsx_button")

        self.period_row.addWidget(self.xlsx_button)


        self.column.addLayout(self.period_row)

        self.summary_row = QHBoxLayout()
        self.summary_row.setObjectName(u"summary_row")
        self.summary = QLabel(CourtFiguresPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.summary_row.addWidget(self.summary)

        self.grouping_label = QLabel(CourtFiguresPage)
        self.grouping_label.setObjectName(u"grouping_label")

        self.summary_row.addWidget(self.grouping_label)

        self.grouping = QComboBox(CourtFiguresPage)
        self.grouping.setObjectName(u"grouping")
        self.grouping.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.summary_row.addWidget(self.grouping)

        self.summary_row.setStretch(0, 1)

        self.column.addLayout(self.summary_row)

        self.splitter = QSplitter(CourtFiguresPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.figures_pane = QWidget(self.splitter)
        self.figures_pane.setObjectName(u"figures_pane")
        self.figures_column = QVBoxLayout(self.figures_pane)
        self.figures_column.setObjectName(u"figures_column")
        self.figures_column.setContentsMargins(0, 0, 0, 0)
        self.figures = QTableWidget(self.figures_pane)
        self.figures.setObjectName(u"figures")
        self.figures.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.figures.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.figures.setSelectionMode(QAbstractItemView.SingleSelection)
        self.figures.setWordWrap(False)

        self.figures_column.addWidget(self.figures)

        self.figure_buttons = QHBoxLayout()
        self.figure_buttons.setObjectName(u"figure_buttons")
        self.definition = QLabel(self.figures_pane)
        self.definition.setObjectName(u"definition")
        self.definition.setWordWrap(True)
        self.definition.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.figure_buttons.addWidget(self.definition)

        self.cases_button = QPushButton(self.figures_pane)
        self.cases_button.setObjectName(u"cases_button")

        self.figure_buttons.addWidget(self.cases_button)

        self.figure_buttons.setStretch(0, 1)

        self.figures_column.addLayout(self.figure_buttons)

        self.figures_column.setStretch(0, 1)
        self.splitter.addWidget(self.figures_pane)
        self.details = QTabWidget(self.splitter)
        self.details.setObjectName(u"details")
        self.cases_tab = QWidget()
        self.cases_tab.setObjectName(u"cases_tab")
        self.cases_column = QVBoxLayout(self.cases_tab)
        self.cases_column.setObjectName(u"cases_column")
        self.cases_title = QLabel(self.cases_tab)
        self.cases_title.setObjectName(u"cases_title")
        self.cases_title.setWordWrap(True)

        self.cases_column.addWidget(self.cases_title)

        self.cases = QTableWidget(self.cases_tab)
        if (self.cases.columnCount() < 5):
            self.cases.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.cases.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.cases.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.cases.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.cases.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.cases.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.cases.setObjectName(u"cases")
        self.cases.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.cases.setSelectionMode(QAbstractItemView.SingleSelection)
        self.cases.setWordWrap(False)

        self.cases_column.addWidget(self.cases)

        self.cases_buttons = QHBoxLayout()
        self.cases_buttons.setObjectName(u"cases_buttons")
        self.cases_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cases_buttons.addItem(self.cases_spacer)

        self.open_button = QPushButton(self.cases_tab)
        self.open_button.setObjectName(u"open_button")

        self.cases_buttons.addWidget(self.open_button)


        self.cases_column.addLayout(self.cases_buttons)

        self.cases_column.setStretch(1, 1)
        self.details.addTab(self.cases_tab, "")
        self.definitions_tab = QWidget()
        self.definitions_tab.setObjectName(u"definitions_tab")
        self.definitions_column = QVBoxLayout(self.definitions_tab)
        self.definitions_column.setObjectName(u"definitions_column")
        self.definitions = QTableWidget(self.definitions_tab)
        if (self.definitions.columnCount() < 3):
            self.definitions.setColumnCount(3)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.definitions.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.definitions.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.definitions.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        self.definitions.setObjectName(u"definitions")
        self.definitions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.definitions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.definitions.setSelectionMode(QAbstractItemView.SingleSelection)
        self.definitions.setWordWrap(False)

        self.definitions_column.addWidget(self.definitions)

        self.details.addTab(self.definitions_tab, "")
        self.splitter.addWidget(self.details)

        self.column.addWidget(self.splitter)

        self.message = QLabel(CourtFiguresPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.column.addWidget(self.message)

        self.column.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        self.basis_label.setBuddy(self.basis)
        self.grouping_label.setBuddy(self.grouping)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CourtFiguresPage)

        QMetaObject.connectSlotsByName(CourtFiguresPage)
    # setupUi

    def retranslateUi(self, CourtFiguresPage):
        self.title.setText(QCoreApplication.translate("CourtFiguresPage", u"\u88c1\u5ba1\u8854\u63a5\u7edf\u8ba1", None))
        self.kind_label.setText(QCoreApplication.translate("CourtFiguresPage", u"\u7edf\u8ba1\u671f", None))
#if QT_CONFIG(tooltip)
        self.kind.setToolTip(QCoreApplication.translate("CourtFiguresPage", u"\u6309\u6708\u3001\u5b63\u5ea6\u3001\u5e74\u7edf\u8ba1\u65f6\uff0c\u7ed3\u675f\u65e5\u968f\u5f00\u59cb\u65e5\u6240\u5728\u7684\u6708\u3001\u5b63\u5ea6\u3001\u5e74\u81ea\u52a8\u786e\u5b9a", None))
#endif // QT_CONFIG(tooltip)
        self.from_label.setText(QCoreApplication.translate("CourtFiguresPage", u"\u81ea", None))
        self.to_label.setText(QCoreApplication.translate("CourtFiguresPage", u"\u81f3", None))
        self.basis_label.setText(QCoreApplication.translate("CourtFiguresPage", u"\u53e3\u5f84", None))
#if QT_CONFIG(tooltip)
        self.basis.setToolTip(QCoreApplication.translate("CourtFiguresPage", u"\u6309\u88c1\u51b3\u65e5\u671f\uff1a\u671f\u95f4\u5185\u4f5c\u51fa\u7684\u88c1\u51b3\u53ca\u6cd5\u9662\u6b64\u540e\u5bf9\u5176\u7684\u5168\u90e8\u5904\u7406\uff1b\u6309\u6cd5\u9662\u7acb\u6848\u548c\u88c1\u5224\u65e5\u671f\uff1a\u671f\u95f4\u5185\u7acb\u6848\u7684\u8d77\u8bc9\u548c\u64a4\u9500\u7533\u8bf7\u3001\u671f\u95f4\u5185\u4f5c\u51fa\u7684\u6cd5\u9662\u5904\u7406", None))
#endif // QT_CONFIG(tooltip)
        self.compute_button.setText(QCoreApplication.translate("CourtFiguresPage", u"\u8ba1\u7b97", None))
#if QT_CONFIG(tooltip)
        self.compute_button.setToolTip(QCoreApplication.translate("CourtFiguresPage", u"\u6309\u6240\u9009\u7edf\u8ba1\u671f\u548c\u53e3\u5f84\u4ece\u6848\u4ef6\u5e93\u7684\u88c1\u51b3\u548c\u6cd5\u9662\u5904\u7406\u8bb0\u5f55\u8ba1\u7b97", None))
#endif // QT_CONFIG(tooltip)
        self.xlsx_button.setText(QCoreApplication.translate("CourtFiguresPage", u"\u5bfc\u51faXLSX\u2026", None))
        self.grouping_label.setText(QCoreApplication.translate("CourtFiguresPage", u"\u5206\u7ec4", None))
#if QT_CONFIG(tooltip)
        self.figures.setToolTip(QCoreApplication.translate("CourtFiguresPage", u"\u53cc\u51fb\u4e00\u4e2a\u6570\u5b57\uff0c\u4e0b\u65b9\u5217\u51fa\u5b83\u80cc\u540e\u7684\u6848\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.cases_button.setText(QCoreApplication.translate("CourtFiguresPage", u"\u5217\u51fa\u80cc\u540e\u7684\u6848\u4ef6", None))
#if QT_CONFIG(tooltip)
        self.cases_button.setToolTip(QCoreApplication.translate("CourtFiguresPage", u"\u5217\u51fa\u9009\u4e2d\u7684\u6570\u5b57\u6240\u7edf\u8ba1\u7684\u6848\u4ef6\uff08\u4e5f\u53ef\u53cc\u51fb\u8be5\u6570\u5b57\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.cases.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CourtFiguresPage", u"\u6848\u53f7", None))
        ___qtablewidgetitem1 = self.cases.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CourtFiguresPage", u"\u7533\u8bf7\u4eba", None))
        ___qtablewidgetitem2 = self.cases.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CourtFiguresPage", u"\u88ab\u7533\u8bf7\u4eba", None))
        ___qtablewidgetitem3 = self.cases.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CourtFiguresPage", u"\u88c1\u51b3\u4e66", None))
        ___qtablewidgetitem4 = self.cases.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CourtFiguresPage", u"\u6cd5\u9662\u5904\u7406\u7ed3\u679c", None))
#if QT_CONFIG(tooltip)
        self.cases.setToolTip(QCoreApplication.translate("CourtFiguresPage", u"\u53cc\u51fb\u4e00\u4ef6\u6848\u4ef6\uff0c\u5728\u6848\u4ef6\u9875\u6253\u5f00", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("CourtFiguresPage", u"\u6253\u5f00\u6848\u4ef6", None))
        self.details.setTabText(self.details.indexOf(self.cases_tab), QCoreApplication.translate("CourtFiguresPage", u"\u6848\u4ef6\u6e05\u5355", None))
        ___qtablewidgetitem5 = self.definitions.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CourtFiguresPage", u"\u6307\u6807", None))
        ___qtablewidgetitem6 = self.definitions.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CourtFiguresPage", u"\u5355\u4f4d", None))
        ___qtablewidgetitem7 = self.definitions.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CourtFiguresPage", u"\u5b9a\u4e49", None))
        self.details.setTabText(self.details.indexOf(self.definitions_tab), QCoreApplication.translate("CourtFiguresPage", u"\u6307\u6807\u5b9a\u4e49", None))
        pass
    # retranslateUi
