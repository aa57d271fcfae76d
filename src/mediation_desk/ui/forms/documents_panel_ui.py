# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/documents_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DocumentsPanel(object):
    def setupUi(self, DocumentsPanel):
        if not DocumentsPanel.objectName():
            DocumentsPanel.setObjectName(u"DocumentsPanel")
        self.column = QVBoxLayout(DocumentsPanel)
        self.column.setObjectName(u"column")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.template_label = QLabel(DocumentsPanel)
        self.template_label.setObjectName(u"template_label")

        self.bar.addWidget(self.template_label)

        self.template = QComboBox(DocumentsPanel)
        self.template.setObjectName(u"template")

        self.bar.addWidget(self.template)

        self.make_button = QPushButton(DocumentsPanel)
        self.make_button.setObjectName(u"make_button")

        self.bar.addWidget(self.make_button)

        self.bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_gap)

        self.export_button = QPushButton(DocumentsPanel)
        self.export_button.setObjectName(u"export_button")

        self.bar.addWidget(self.export_button)

        self.open_button = QPushButton(DocumentsPanel)
        self.open_button.setObjectName(u"open_button")

        self.bar.addWidget(self.open_button)

        self.bar.setStretch(1, 2)
        self.bar.setStretch(3, 1)

        self.column.addLayout(self.bar)

        self.table = QTableWidget(DocumentsPanel)
        if (self.table.columnCount() < 8):
            self.table.setColumnCount(8)
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
        __qtablewidgetitem5 = QTableWidgetItem()
        __qtablewidgetitem5.setText(u"SHA-256")
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.column.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentsPanel)

        QMetaObject.connectSlotsByName(DocumentsPanel)
    # setupUi

    def retranslateUi(self, DocumentsPanel):
        self.template_label.setText(QCoreApplication.translate("DocumentsPanel", u"\u6587\u4e66\u6a21\u677f", None))
        self.make_button.setText(QCoreApplication.translate("DocumentsPanel", u"\u751f\u6210", None))
        self.export_button.setText(QCoreApplication.translate("DocumentsPanel", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("DocumentsPanel", u"\u5bfc\u51fa\u4e00\u4efd\u89e3\u5bc6\u7684\u526f\u672c\u5e76\u7528\u6587\u5b57\u5904\u7406\u8f6f\u4ef6\uff08WPS \u6216 Word\uff09\u6253\u5f00\uff1b\u5bfc\u51fa\u4f1a\u8bb0\u5165\u5ba1\u8ba1\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("DocumentsPanel", u"\u5bfc\u51fa\u5e76\u6253\u5f00\u2026", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DocumentsPanel", u"\u6587\u4e66", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DocumentsPanel", u"\u6587\u53f7", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DocumentsPanel", u"\u7248\u672c", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DocumentsPanel", u"\u683c\u5f0f", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DocumentsPanel", u"\u5927\u5c0f", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DocumentsPanel", u"\u751f\u6210\u65f6\u95f4", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(7)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DocumentsPanel", u"\u751f\u6210\u4eba", None))
        pass
    # retranslateUi
