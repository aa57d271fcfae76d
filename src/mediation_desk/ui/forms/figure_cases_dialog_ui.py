# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/figure_cases_dialog.ui'
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
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FigureCasesDialog(object):
    def setupUi(self, FigureCasesDialog):
        if not FigureCasesDialog.objectName():
            FigureCasesDialog.setObjectName(u"FigureCasesDialog")
        self.column = QVBoxLayout(FigureCasesDialog)
        self.column.setObjectName(u"column")
        self.heading = QLabel(FigureCasesDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.column.addWidget(self.heading)

        self.definition = QLabel(FigureCasesDialog)
        self.definition.setObjectName(u"definition")
        self.definition.setWordWrap(True)

        self.column.addWidget(self.definition)

        self.cases = QTableWidget(FigureCasesDialog)
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

        self.column.addWidget(self.cases)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.count = QLabel(FigureCasesDialog)
        self.count.setObjectName(u"count")

        self.button_row.addWidget(self.count)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.open_button = QPushButton(FigureCasesDialog)
        self.open_button.setObjectName(u"open_button")

        self.button_row.addWidget(self.open_button)

        self.close_button = QPushButton(FigureCasesDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_row.addWidget(self.close_button)


        self.column.addLayout(self.button_row)


        self.retranslateUi(FigureCasesDialog)

        QMetaObject.connectSlotsByName(FigureCasesDialog)
    # setupUi

    def retranslateUi(self, FigureCasesDialog):
        ___qtablewidgetitem = self.cases.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FigureCasesDialog", u"\u6848\u53f7", None))
        ___qtablewidgetitem1 = self.cases.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FigureCasesDialog", u"\u7533\u8bf7\u4eba", None))
        ___qtablewidgetitem2 = self.cases.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FigureCasesDialog", u"\u88ab\u7533\u8bf7\u4eba", None))
        ___qtablewidgetitem3 = self.cases.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FigureCasesDialog", u"\u6536\u6848\u65e5\u671f", None))
        ___qtablewidgetitem4 = self.cases.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("FigureCasesDialog", u"\u72b6\u6001", None))
#if QT_CONFIG(tooltip)
        self.cases.setToolTip(QCoreApplication.translate("FigureCasesDialog", u"\u53cc\u51fb\u4e00\u4ef6\u6848\u4ef6\uff0c\u5728\u6848\u4ef6\u9875\u6253\u5f00\u5b83", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("FigureCasesDialog", u"\u6253\u5f00\u6848\u4ef6", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("FigureCasesDialog", u"\u5728\u6848\u4ef6\u9875\u6253\u5f00\u6240\u9009\u6848\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("FigureCasesDialog", u"\u5173\u95ed", None))
        pass
    # retranslateUi
