# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/templates_tab.ui'
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

class Ui_TemplatesTab(object):
    def setupUi(self, TemplatesTab):
        if not TemplatesTab.objectName():
            TemplatesTab.setObjectName(u"TemplatesTab")
        self.column = QVBoxLayout(TemplatesTab)
        self.column.setObjectName(u"column")
        self.explanation = QLabel(TemplatesTab)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.column.addWidget(self.explanation)

        self.table = QTableWidget(TemplatesTab)
        if (self.table.columnCount() < 5):
            self.table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.column.addWidget(self.table)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.export_button = QPushButton(TemplatesTab)
        self.export_button.setObjectName(u"export_button")

        self.button_row.addWidget(self.export_button)

        self.import_button = QPushButton(TemplatesTab)
        self.import_button.setObjectName(u"import_button")

        self.button_row.addWidget(self.import_button)

        self.versions_button = QPushButton(TemplatesTab)
        self.versions_button.setObjectName(u"versions_button")

        self.button_row.addWidget(self.versions_button)

        self.adopt_button = QPushButton(TemplatesTab)
        self.adopt_button.setObjectName(u"adopt_button")

        self.button_row.addWidget(self.adopt_button)

        self.revert_button = QPushButton(TemplatesTab)
        self.revert_button.setObjectName(u"revert_button")

        self.button_row.addWidget(self.revert_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.column.addLayout(self.button_row)

        self.message = QLabel(TemplatesTab)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.column.addWidget(self.message)

        self.column.setStretch(1, 1)

        self.retranslateUi(TemplatesTab)

        QMetaObject.connectSlotsByName(TemplatesTab)
    # setupUi

    def retranslateUi(self, TemplatesTab):
        self.explanation.setText(QCoreApplication.translate("TemplatesTab", u"\u672c\u673a\u6784\u53ef\u4ee5\u628a\u6587\u4e66\u6a21\u677f\u5bfc\u51fa\uff0c\u5728Word\u6216WPS\u4e2d\u4fee\u6539\u540e\u518d\u5bfc\u5165\u3002\u5bfc\u5165\u65f6\u68c0\u67e5\u6a21\u677f\u4f7f\u7528\u7684\u5b57\u6bb5\u662f\u5426\u90fd\u5df2\u767b\u8bb0\uff0c\u5e76\u62d2\u7edd\u5916\u90e8\u94fe\u63a5\u3001\u57df\u4ee3\u7801\u3001\u5b8f\u548c\u5d4c\u5165\u5bf9\u8c61\uff1b\u4fdd\u5b58\u524d\u663e\u793a\u4e0e\u5f53\u524d\u7248\u672c\u7684\u5dee\u5f02\u3002\u6bcf\u6b21\u5bfc\u5165\u90fd\u4fdd\u5b58\u4e3a\u65b0\u7248\u672c\uff0c\u65e7\u7248\u672c\u4fdd\u7559\uff0c\u53ef\u4ee5\u6062\u590d\u3002\u7a0b\u5e8f\u5347\u7ea7\u5e26\u6765\u65b0\u7684\u5185\u7f6e\u6a21\u677f\u65f6\u53ea\u63d0\u793a\uff0c\u4e0d\u4f1a\u66ff\u6362\u672c\u673a\u6784\u7684\u6a21\u677f\u3002", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TemplatesTab", u"\u6587\u4e66", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TemplatesTab", u"\u4ee3\u7801", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TemplatesTab", u"\u4f7f\u7528\u7684\u6a21\u677f", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("TemplatesTab", u"\u7248\u672c\u6570", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("TemplatesTab", u"\u63d0\u793a", None))
        self.export_button.setText(QCoreApplication.translate("TemplatesTab", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("TemplatesTab", u"\u628a\u6b63\u5728\u4f7f\u7528\u7684\u6a21\u677f\u4fdd\u5b58\u4e3aWord\u6587\u4ef6\uff0c\u4ee5\u4fbf\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("TemplatesTab", u"\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("TemplatesTab", u"\u68c0\u67e5\u4fee\u6539\u540e\u7684\u6a21\u677f\uff0c\u663e\u793a\u5dee\u5f02\uff0c\u786e\u8ba4\u540e\u4fdd\u5b58\u4e3a\u65b0\u7248\u672c", None))
#endif // QT_CONFIG(tooltip)
        self.versions_button.setText(QCoreApplication.translate("TemplatesTab", u"\u7248\u672c\u2026", None))
        self.adopt_button.setText(QCoreApplication.translate("TemplatesTab", u"\u67e5\u770b\u65b0\u7684\u5185\u7f6e\u6a21\u677f\u2026", None))
        self.revert_button.setText(QCoreApplication.translate("TemplatesTab", u"\u6539\u7528\u5185\u7f6e\u6a21\u677f", None))
        pass
    # retranslateUi
