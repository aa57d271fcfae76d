# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/worksheet_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QVBoxLayout, QWidget)

from mediation_desk.ui.views.worksheet.assessment import AssessmentView
from mediation_desk.ui.views.worksheet.decision import (DecisionSection, HistorySection)
from mediation_desk.ui.views.worksheet.sections import (ChainSection, EmployerSection, FactorsSection, FactsSection)

class Ui_WorksheetPanel(object):
    def setupUi(self, WorksheetPanel):
        if not WorksheetPanel.objectName():
            WorksheetPanel.setObjectName(u"WorksheetPanel")
        self.column = QVBoxLayout(WorksheetPanel)
        self.column.setObjectName(u"column")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.heading = QLabel(WorksheetPanel)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.bar.addWidget(self.heading)

        self.heading_gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.heading_gap)

        self.standing = QLabel(WorksheetPanel)
        self.standing.setObjectName(u"standing")
        self.standing.setStyleSheet(u"color: #666666;")

        self.bar.addWidget(self.standing)

        self.prefill_button = QPushButton(WorksheetPanel)
        self.prefill_button.setObjectName(u"prefill_button")

        self.bar.addWidget(self.prefill_button)

        self.bar.setStretch(2, 1)

        self.column.addLayout(self.bar)

        self.notice = QLabel(WorksheetPanel)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)

        self.column.addWidget(self.notice)

        self.splitter = QSplitter(WorksheetPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.form_scroll = QScrollArea(self.splitter)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form = QWidget()
        self.form.setObjectName(u"form")
        self.form_column = QVBoxLayout(self.form)
        self.form_column.setObjectName(u"form_column")
        self.form_column.setContentsMargins(0, 0, 6, 0)
        self.chain_section = ChainSection(self.form)
        self.chain_section.setObjectName(u"chain_section")

        self.form_column.addWidget(self.chain_section)

        self.factors_section = FactorsSection(self.form)
        self.factors_section.setObjectName(u"factors_section")

        self.form_column.addWidget(self.factors_section)

        self.employer_section = EmployerSection(self.form)
        self.employer_section.setObjectName(u"employer_section")

        self.form_column.addWidget(self.employer_section)

        self.facts_section = FactsSection(self.form)
        self.facts_section.setObjectName(u"facts_section")

        self.form_column.addWidget(self.facts_section)

        self.form_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_column.addItem(self.form_end)

        self.form_column.setStretch(4, 1)
        self.form_scroll.setWidget(self.form)
        self.splitter.addWidget(self.form_scroll)
        self.right = QSplitter(self.splitter)
        self.right.setObjectName(u"right")
        self.right.setOrientation(Qt.Vertical)
        self.right.setChildrenCollapsible(False)
        self.right_tabs = QTabWidget(self.right)
        self.right_tabs.setObjectName(u"right_tabs")
        self.result_page = QWidget()
        self.result_page.setObjectName(u"result_page")
        self.result_column = QVBoxLayout(self.result_page)
        self.result_column.setObjectName(u"result_column")
        self.result_column.setContentsMargins(0, 0, 0, 0)
        self.result = AssessmentView(self.result_page)
        self.result.setObjectName(u"result")

        self.result_column.addWidget(self.result)

        self.right_tabs.addTab(self.result_page, "")
        self.history_page = QWidget()
        self.history_page.setObjectName(u"history_page")
        self.history_column = QVBoxLayout(self.history_page)
        self.history_column.setObjectName(u"history_column")
        self.history_column.setContentsMargins(0, 0, 0, 0)
        self.history_section = HistorySection(self.history_page)
        self.history_section.setObjectName(u"history_section")

        self.history_column.addWidget(self.history_section)

        self.right_tabs.addTab(self.history_page, "")
        self.right.addWidget(self.right_tabs)
        self.decision_section = DecisionSection(self.right)
        self.decision_section.setObjectName(u"decision_section")
        self.right.addWidget(self.decision_section)
        self.splitter.addWidget(self.right)

        self.column.addWidget(self.splitter)

        self.column.setStretch(2, 1)

        self.retranslateUi(WorksheetPanel)

        self.right_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(WorksheetPanel)
    # setupUi

    def retranslateUi(self, WorksheetPanel):
        self.heading.setText(QCoreApplication.translate("WorksheetPanel", u"\u52b3\u52a8\u5173\u7cfb\u8ba4\u5b9a\u5de5\u4f5c\u8868", None))
#if QT_CONFIG(tooltip)
        self.prefill_button.setToolTip(QCoreApplication.translate("WorksheetPanel", u"\u6309\u672c\u6848\u6700\u8fd1\u4e00\u6b21\u5bfc\u5165\u7684\u5e73\u53f0\u5de5\u4f5c\u8bb0\u5f55\uff0c\u9884\u586b\u201c\u5de5\u4f5c\u65f6\u95f4\u201d\u548c\u201c\u5de5\u4f5c\u6301\u7eed\u6027\u201d\uff0c\u5e76\u6807\u8bb0\u4f4e\u4e8e\u6700\u4f4e\u5de5\u8d44\u3001\u8fde\u7eed\u5de5\u4f5c\u8d85\u8fc74\u5c0f\u65f6\u65e0\u4f11\u606f\u7684\u4e8b\u5b9e", None))
#endif // QT_CONFIG(tooltip)
        self.prefill_button.setText(QCoreApplication.translate("WorksheetPanel", u"\u4ece\u5de5\u4f5c\u8bb0\u5f55\u9884\u586b", None))
        self.right_tabs.setTabText(self.right_tabs.indexOf(self.result_page), QCoreApplication.translate("WorksheetPanel", u"\u5efa\u8bae\u7ed3\u8bba", None))
#if QT_CONFIG(tooltip)
        self.right_tabs.setTabToolTip(self.right_tabs.indexOf(self.result_page), QCoreApplication.translate("WorksheetPanel", u"\u5efa\u8bae\u7ed3\u8bba\uff08\u7531\u8c03\u89e3\u5458\u3001\u4ef2\u88c1\u5458\u786e\u8ba4\u6216\u6539\u5b9a\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.right_tabs.setTabText(self.right_tabs.indexOf(self.history_page), QCoreApplication.translate("WorksheetPanel", u"\u7248\u672c\u8bb0\u5f55", None))
        pass
    # retranslateUi
