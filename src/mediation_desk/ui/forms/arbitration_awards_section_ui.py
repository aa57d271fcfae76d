# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_awards_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHeaderView, QPushButton, QSizePolicy, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from mediation_desk.ui.views.arbitration.award_editor import AwardEditor

class Ui_AwardsSection(object):
    def setupUi(self, AwardsSection):
        if not AwardsSection.objectName():
            AwardsSection.setObjectName(u"AwardsSection")
        self.column = QVBoxLayout(AwardsSection)
        self.column.setObjectName(u"column")
        self.splitter = QSplitter(AwardsSection)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.versions_box = QGroupBox(self.splitter)
        self.versions_box.setObjectName(u"versions_box")
        self.versions_column = QVBoxLayout(self.versions_box)
        self.versions_column.setObjectName(u"versions_column")
        self.versions = QTableWidget(self.versions_box)
        if (self.versions.columnCount() < 7):
            self.versions.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.versions.setObjectName(u"versions")
        self.versions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.versions.setAlternatingRowColors(True)
        self.versions.setSelectionMode(QAbstractItemView.SingleSelection)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.versions.setWordWrap(False)
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.versions.verticalHeader().setVisible(False)

        self.versions_column.addWidget(self.versions)

        self.versions_bar = QGridLayout()
        self.versions_bar.setObjectName(u"versions_bar")
        self.new_button = QPushButton(self.versions_box)
        self.new_button.setObjectName(u"new_button")

        self.versions_bar.addWidget(self.new_button, 0, 0, 1, 1)

        self.correct_button = QPushButton(self.versions_box)
        self.correct_button.setObjectName(u"correct_button")

        self.versions_bar.addWidget(self.correct_button, 0, 1, 1, 1)

        self.serve_button = QPushButton(self.versions_box)
        self.serve_button.setObjectName(u"serve_button")

        self.versions_bar.addWidget(self.serve_button, 1, 0, 1, 1)

        self.award_doc_button = QPushButton(self.versions_box)
        self.award_doc_button.setObjectName(u"award_doc_button")

        self.versions_bar.addWidget(self.award_doc_button, 1, 1, 1, 1)


        self.versions_column.addLayout(self.versions_bar)

        self.versions_column.setStretch(0, 1)
        self.splitter.addWidget(self.versions_box)
        self.editor = AwardEditor(self.splitter)
        self.editor.setObjectName(u"editor")
        self.splitter.addWidget(self.editor)

        self.column.addWidget(self.splitter)


        self.retranslateUi(AwardsSection)

        QMetaObject.connectSlotsByName(AwardsSection)
    # setupUi

    def retranslateUi(self, AwardsSection):
        self.versions_box.setTitle(QCoreApplication.translate("AwardsSection", u"\u7248\u672c", None))
        ___qtablewidgetitem = self.versions.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AwardsSection", u"\u6587\u4e66", None))
        ___qtablewidgetitem1 = self.versions.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AwardsSection", u"\u7248\u672c", None))
        ___qtablewidgetitem2 = self.versions.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AwardsSection", u"\u72b6\u6001", None))
        ___qtablewidgetitem3 = self.versions.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AwardsSection", u"\u7ec8\u5c40\u6027", None))
        ___qtablewidgetitem4 = self.versions.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AwardsSection", u"\u6587\u53f7", None))
        ___qtablewidgetitem5 = self.versions.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AwardsSection", u"\u88c1\u51b3\u65e5\u671f", None))
        ___qtablewidgetitem6 = self.versions.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AwardsSection", u"\u66f4\u6b63\u7406\u7531", None))
        self.new_button.setText(QCoreApplication.translate("AwardsSection", u"\u65b0\u5efa\u8349\u7a3f", None))
        self.correct_button.setText(QCoreApplication.translate("AwardsSection", u"\u66f4\u6b63\uff08\u65b0\u7248\u672c\uff09\u2026", None))
        self.serve_button.setText(QCoreApplication.translate("AwardsSection", u"\u9001\u8fbe\u88c1\u51b3\u4e66\u2026", None))
        self.award_doc_button.setText(QCoreApplication.translate("AwardsSection", u"\u751f\u6210\u88c1\u51b3\u4e66", None))
        pass
    # retranslateUi
