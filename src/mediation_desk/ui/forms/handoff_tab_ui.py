# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/handoff_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HandoffTab(object):
    def setupUi(self, HandoffTab):
        if not HandoffTab.objectName():
            HandoffTab.setObjectName(u"HandoffTab")
        self.column = QVBoxLayout(HandoffTab)
        self.column.setObjectName(u"column")
        self.note = QLabel(HandoffTab)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.column.addWidget(self.note)

        self.keys_box = QGroupBox(HandoffTab)
        self.keys_box.setObjectName(u"keys_box")
        self.keys_column = QVBoxLayout(self.keys_box)
        self.keys_column.setObjectName(u"keys_column")
        self.keys_help = QLabel(self.keys_box)
        self.keys_help.setObjectName(u"keys_help")
        self.keys_help.setWordWrap(True)

        self.keys_column.addWidget(self.keys_help)

        self.keys_table = QTableWidget(self.keys_box)
        if (self.keys_table.columnCount() < 4):
            self.keys_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.keys_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.keys_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.keys_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.keys_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.keys_table.setObjectName(u"keys_table")
        self.keys_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.keys_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.keys_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.keys_table.setWordWrap(False)
        self.keys_table.horizontalHeader().setStretchLastSection(True)
        self.keys_table.verticalHeader().setVisible(False)

        self.keys_column.addWidget(self.keys_table)

        self.keys_bar = QHBoxLayout()
        self.keys_bar.setObjectName(u"keys_bar")
        self.export_keys_button = QPushButton(self.keys_box)
        self.export_keys_button.setObjectName(u"export_keys_button")

        self.keys_bar.addWidget(self.export_keys_button)

        self.rotate_button = QPushButton(self.keys_box)
        self.rotate_button.setObjectName(u"rotate_button")

        self.keys_bar.addWidget(self.rotate_button)

        self.keys_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keys_bar.addItem(self.keys_gap)


        self.keys_column.addLayout(self.keys_bar)


        self.column.addWidget(self.keys_box)

        self.endpoints_box = QGroupBox(HandoffTab)
        self.endpoints_box.setObjectName(u"endpoints_box")
        self.endpoints_column = QVBoxLayout(self.endpoints_box)
        self.endpoints_column.setObjectName(u"endpoints_column")
        self.endpoints_table = QTableWidget(self.endpoints_box)
        if (self.endpoints_table.columnCount() < 6):
            self.endpoints_table.setColumnCount(6)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.endpoints_table.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.endpoints_table.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.endpoints_table.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.endpoints_table.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.endpoints_table.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.endpoints_table.setHorizontalHeaderItem(5, __qtablewidgetitem9)
        self.endpoints_table.setObjectName(u"endpoints_table")
        self.endpoints_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.endpoints_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.endpoints_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.endpoints_table.setWordWrap(False)
        self.endpoints_table.horizontalHeader().setStretchLastSection(True)
        self.endpoints_table.verticalHeader().setVisible(False)

        self.endpoints_column.addWidget(self.endpoints_table)

        self.endpoints_bar = QHBoxLayout()
        self.endpoints_bar.setObjectName(u"endpoints_bar")
        self.add_endpoint_button = QPushButton(self.endpoints_box)
        self.add_endpoint_button.setObjectName(u"add_endpoint_button")

        self.endpoints_bar.addWidget(self.add_endpoint_button)

        self.edit_endpoint_button = QPushButton(self.endpoints_box)
        self.edit_endpoint_button.setObjectName(u"edit_endpoint_button")

        self.endpoints_bar.addWidget(self.edit_endpoint_button)

        self.remove_endpoint_button = QPushButton(self.endpoints_box)
        self.remove_endpoint_button.setObjectName(u"remove_endpoint_button")

        self.endpoints_bar.addWidget(self.remove_endpoint_button)

        self.endpoints_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endpoints_bar.addItem(self.endpoints_gap)


        self.endpoints_column.addLayout(self.endpoints_bar)


        self.column.addWidget(self.endpoints_box)

        self.message = QLabel(HandoffTab)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.column.addWidget(self.message)


        self.retranslateUi(HandoffTab)

        QMetaObject.connectSlotsByName(HandoffTab)
    # setupUi

    def retranslateUi(self, HandoffTab):
        self.note.setText(QCoreApplication.translate("HandoffTab", u"\u53ea\u6709\u7ba1\u7406\u5458\u53ef\u4ee5\u66f4\u6362\u7b7e\u540d\u5bc6\u94a5\u548c\u4fee\u6539\u6cd5\u9662\u7cfb\u7edf\u7684\u63a5\u6536\u5730\u5740\u3002", None))
        self.keys_box.setTitle(QCoreApplication.translate("HandoffTab", u"\u672c\u673a\u6784\u7684\u7b7e\u540d\u5bc6\u94a5", None))
        self.keys_help.setText(QCoreApplication.translate("HandoffTab", u"\u79fb\u4ea4\u5305\u7528\u672c\u673a\u6784\u7684Ed25519\u5bc6\u94a5\u7b7e\u540d\u3002\u628a\u516c\u94a5\u6587\u4ef6\u4ea4\u7ed9\u6cd5\u9662\uff0c\u6cd5\u9662\u636e\u6b64\u6838\u9a8c\u79fb\u4ea4\u5305\u786e\u7531\u672c\u673a\u6784\u53d1\u51fa\u3001\u672a\u88ab\u6539\u52a8\u3002\u66f4\u6362\u5bc6\u94a5\u540e\uff0c\u65e7\u5bc6\u94a5\u7b7e\u540d\u7684\u79fb\u4ea4\u5305\u4ecd\u53ef\u7528\u5bfc\u51fa\u7684\u516c\u94a5\u6587\u4ef6\u6838\u9a8c\u3002", None))
        ___qtablewidgetitem = self.keys_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HandoffTab", u"\u5bc6\u94a5\u7f16\u53f7", None))
        ___qtablewidgetitem1 = self.keys_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HandoffTab", u"\u72b6\u6001", None))
        ___qtablewidgetitem2 = self.keys_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HandoffTab", u"\u521b\u5efa\u65f6\u95f4", None))
        ___qtablewidgetitem3 = self.keys_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HandoffTab", u"\u505c\u7528\u65f6\u95f4", None))
        self.export_keys_button.setText(QCoreApplication.translate("HandoffTab", u"\u5bfc\u51fa\u516c\u94a5\u2026", None))
        self.rotate_button.setText(QCoreApplication.translate("HandoffTab", u"\u66f4\u6362\u5bc6\u94a5\u2026", None))
        self.endpoints_box.setTitle(QCoreApplication.translate("HandoffTab", u"\u6cd5\u9662\u7cfb\u7edf\u63a5\u6536\u5730\u5740\uff08\u53d1\u4ef6\u7bb1\uff09", None))
        ___qtablewidgetitem4 = self.endpoints_table.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("HandoffTab", u"\u540d\u79f0", None))
        ___qtablewidgetitem5 = self.endpoints_table.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("HandoffTab", u"\u63a5\u6536\u5730\u5740", None))
        ___qtablewidgetitem6 = self.endpoints_table.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("HandoffTab", u"CA\u8bc1\u4e66", None))
        ___qtablewidgetitem7 = self.endpoints_table.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("HandoffTab", u"\u5ba2\u6237\u7aef\u8bc1\u4e66", None))
        ___qtablewidgetitem8 = self.endpoints_table.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("HandoffTab", u"\u8d85\u65f6\uff08\u79d2\uff09", None))
        ___qtablewidgetitem9 = self.endpoints_table.horizontalHeaderItem(5)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("HandoffTab", u"\u9ed8\u8ba4", None))
        self.add_endpoint_button.setText(QCoreApplication.translate("HandoffTab", u"\u6dfb\u52a0\u2026", None))
        self.edit_endpoint_button.setText(QCoreApplication.translate("HandoffTab", u"\u4fee\u6539\u2026", None))
        self.remove_endpoint_button.setText(QCoreApplication.translate("HandoffTab", u"\u5220\u9664", None))
        pass
    # retranslateUi
