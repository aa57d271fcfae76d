# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_documents_section.ui'
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
    QHeaderView, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MediationDocumentsSection(object):
    def setupUi(self, MediationDocumentsSection):
        if not MediationDocumentsSection.objectName():
            MediationDocumentsSection.setObjectName(u"MediationDocumentsSection")
        self.column = QVBoxLayout(MediationDocumentsSection)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox(MediationDocumentsSection)
        self.box.setObjectName(u"box")
        self.box_column = QVBoxLayout(self.box)
        self.box_column.setObjectName(u"box_column")
        self.documents = QTableWidget(self.box)
        if (self.documents.columnCount() < 5):
            self.documents.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.documents.setObjectName(u"documents")
        self.documents.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.documents.setAlternatingRowColors(True)
        self.documents.setSelectionMode(QAbstractItemView.SingleSelection)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.documents.setWordWrap(False)
        self.documents.horizontalHeader().setStretchLastSection(True)
        self.documents.verticalHeader().setVisible(False)

        self.box_column.addWidget(self.documents)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_gap)

        self.export_button = QPushButton(self.box)
        self.export_button.setObjectName(u"export_button")

        self.bar.addWidget(self.export_button)


        self.box_column.addLayout(self.bar)

        self.box_column.setStretch(0, 1)

        self.column.addWidget(self.box)


        self.retranslateUi(MediationDocumentsSection)

        QMetaObject.connectSlotsByName(MediationDocumentsSection)
    # setupUi

    def retranslateUi(self, MediationDocumentsSection):
        self.box.setTitle(QCoreApplication.translate("MediationDocumentsSection", u"\u8c03\u89e3\u6587\u4e66", None))
        ___qtablewidgetitem = self.documents.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MediationDocumentsSection", u"\u6587\u4e66", None))
        ___qtablewidgetitem1 = self.documents.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MediationDocumentsSection", u"\u683c\u5f0f", None))
        ___qtablewidgetitem2 = self.documents.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MediationDocumentsSection", u"\u6587\u53f7", None))
        ___qtablewidgetitem3 = self.documents.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MediationDocumentsSection", u"\u7248\u672c", None))
        ___qtablewidgetitem4 = self.documents.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MediationDocumentsSection", u"\u751f\u6210\u65f6\u95f4", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("MediationDocumentsSection", u"\u628a\u6240\u9009\u6587\u4e66\u5199\u5230\u60a8\u9009\u62e9\u7684\u4f4d\u7f6e\uff08\u8bb0\u5165\u5ba1\u8ba1\u8bb0\u5f55\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("MediationDocumentsSection", u"\u5bfc\u51fa\u2026", None))
        pass
    # retranslateUi
