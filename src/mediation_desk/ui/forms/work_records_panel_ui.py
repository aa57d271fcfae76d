# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/work_records_panel.ui'
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
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

from mediation_desk.ui.views.work_records_metrics import WorkHoursChart

class Ui_WorkRecordsPanel(object):
    def setupUi(self, WorkRecordsPanel):
        if not WorkRecordsPanel.objectName():
            WorkRecordsPanel.setObjectName(u"WorkRecordsPanel")
        self.column = QVBoxLayout(WorkRecordsPanel)
        self.column.setObjectName(u"column")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.heading = QLabel(WorkRecordsPanel)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.bar.addWidget(self.heading)

        self.bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_gap)

        self.import_button = QPushButton(WorkRecordsPanel)
        self.import_button.setObjectName(u"import_button")

        self.bar.addWidget(self.import_button)

        self.bar.setStretch(1, 1)

        self.column.addLayout(self.bar)

        self.list = QListWidget(WorkRecordsPanel)
        self.list.setObjectName(u"list")

        self.column.addWidget(self.list)

        self.source_label = QLabel(WorkRecordsPanel)
        self.source_label.setObjectName(u"source_label")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.column.addWidget(self.source_label)

        self.summary_label = QLabel(WorkRecordsPanel)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.column.addWidget(self.summary_label)

        self.splitter = QSplitter(WorkRecordsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)
        self.chart_box = QWidget(self.splitter)
        self.chart_box.setObjectName(u"chart_box")
        self.chart_column = QVBoxLayout(self.chart_box)
        self.chart_column.setObjectName(u"chart_column")
        self.chart_column.setContentsMargins(0, 0, 0, 0)
        self.chart = WorkHoursChart(self.chart_box)
        self.chart.setObjectName(u"chart")

        self.chart_column.addWidget(self.chart)

        self.chart_note = QLabel(self.chart_box)
        self.chart_note.setObjectName(u"chart_note")
        self.chart_note.setStyleSheet(u"color: #555555;")

        self.chart_column.addWidget(self.chart_note)

        self.chart_column.setStretch(0, 1)
        self.splitter.addWidget(self.chart_box)

        self.column.addWidget(self.splitter)

        self.column.setStretch(4, 1)

        self.retranslateUi(WorkRecordsPanel)

        QMetaObject.connectSlotsByName(WorkRecordsPanel)
    # setupUi

    def retranslateUi(self, WorkRecordsPanel):
        self.heading.setText(QCoreApplication.translate("WorkRecordsPanel", u"\u5e73\u53f0\u5de5\u4f5c\u8bb0\u5f55", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("WorkRecordsPanel", u"\u5bfc\u5165\u5e73\u53f0App\u5bfc\u51fa\u7684\u8ba2\u5355\u6216\u6536\u5165\u660e\u7ec6\uff08.xlsx \u6216 .csv\uff09\uff0c\u8ba1\u7b97\u6bcf\u5468\u7684\u5de5\u4f5c\u65f6\u95f4\u548c\u6536\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("WorkRecordsPanel", u"\u5bfc\u5165\u5de5\u4f5c\u8bb0\u5f55\u2026", None))
        self.chart_note.setText(QCoreApplication.translate("WorkRecordsPanel", u"\u7ea2\u8272\u67f1\uff1a\u8be5\u5468\u5b9e\u9645\u65f6\u85aa\u4f4e\u4e8e\u6700\u4f4e\u5c0f\u65f6\u5de5\u8d44\u3002\u865a\u7ebf\uff1a\u6bcf\u546840\u5c0f\u65f6\u6807\u51c6\u5de5\u65f6\u3002", None))
        pass
    # retranslateUi
