# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_mediation_section.ui'
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

class Ui_MediationSection(object):
    def setupUi(self, MediationSection):
        if not MediationSection.objectName():
            MediationSection.setObjectName(u"MediationSection")
        self.column = QVBoxLayout(MediationSection)
        self.column.setObjectName(u"column")
        self.hint = QLabel(MediationSection)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.column.addWidget(self.hint)

        self.mediations = QTableWidget(MediationSection)
        if (self.mediations.columnCount() < 4):
            self.mediations.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.mediations.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mediations.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mediations.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.mediations.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.mediations.setObjectName(u"mediations")
        self.mediations.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mediations.setAlternatingRowColors(True)
        self.mediations.setSelectionMode(QAbstractItemView.SingleSelection)
        self.mediations.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.mediations.setWordWrap(False)
        self.mediations.horizontalHeader().setStretchLastSection(True)
        self.mediations.verticalHeader().setVisible(False)

        self.column.addWidget(self.mediations)

        self.mediation_bar = QHBoxLayout()
        self.mediation_bar.setObjectName(u"mediation_bar")
        self.mediation_button = QPushButton(MediationSection)
        self.mediation_button.setObjectName(u"mediation_button")

        self.mediation_bar.addWidget(self.mediation_button)

        self.mediation_failed_button = QPushButton(MediationSection)
        self.mediation_failed_button.setObjectName(u"mediation_failed_button")

        self.mediation_bar.addWidget(self.mediation_failed_button)

        self.mediation_serve_button = QPushButton(MediationSection)
        self.mediation_serve_button.setObjectName(u"mediation_serve_button")

        self.mediation_bar.addWidget(self.mediation_serve_button)

        self.mediation_bar_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mediation_bar.addItem(self.mediation_bar_stretch)

        self.mediation_doc_button = QPushButton(MediationSection)
        self.mediation_doc_button.setObjectName(u"mediation_doc_button")

        self.mediation_bar.addWidget(self.mediation_doc_button)


        self.column.addLayout(self.mediation_bar)

        self.column.setStretch(1, 1)

        self.retranslateUi(MediationSection)

        QMetaObject.connectSlotsByName(MediationSection)
    # setupUi

    def retranslateUi(self, MediationSection):
        self.hint.setText(QCoreApplication.translate("MediationSection", u"\u4ef2\u88c1\u5ead\u5728\u4f5c\u51fa\u88c1\u51b3\u524d\u5e94\u5f53\u5148\u884c\u8c03\u89e3\u3002\u8c03\u89e3\u8fbe\u6210\u534f\u8bae\u7684\uff0c\u5236\u4f5c\u4ef2\u88c1\u8c03\u89e3\u4e66\uff0c\u7ecf\u53cc\u65b9\u5f53\u4e8b\u4eba\u7b7e\u6536\u540e\u53d1\u751f\u6cd5\u5f8b\u6548\u529b\uff08\u52b3\u52a8\u4e89\u8bae\u8c03\u89e3\u4ef2\u88c1\u6cd5\u7b2c\u56db\u5341\u4e8c\u6761\uff09\uff1b\u8c03\u89e3\u4e0d\u6210\u6216\u8005\u7b7e\u6536\u524d\u53cd\u6094\u7684\uff0c\u5e94\u5f53\u53ca\u65f6\u4f5c\u51fa\u88c1\u51b3\u3002", None))
        ___qtablewidgetitem = self.mediations.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MediationSection", u"\u6587\u53f7", None))
        ___qtablewidgetitem1 = self.mediations.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MediationSection", u"\u8c03\u89e3\u65e5\u671f", None))
        ___qtablewidgetitem2 = self.mediations.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MediationSection", u"\u534f\u8bae\u5185\u5bb9", None))
        ___qtablewidgetitem3 = self.mediations.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MediationSection", u"\u7b7e\u6536", None))
        self.mediation_button.setText(QCoreApplication.translate("MediationSection", u"\u8c03\u89e3\u6210\u529f\uff0c\u5236\u4f5c\u4ef2\u88c1\u8c03\u89e3\u4e66\u2026", None))
        self.mediation_failed_button.setText(QCoreApplication.translate("MediationSection", u"\u8c03\u89e3\u4e0d\u6210\u2026", None))
#if QT_CONFIG(tooltip)
        self.mediation_failed_button.setToolTip(QCoreApplication.translate("MediationSection", u"\u767b\u8bb0\u4ef2\u88c1\u5ead\u5148\u884c\u8c03\u89e3\u4e0d\u6210\uff1b\u88c1\u51b3\u4e66\u53ea\u5728\u6709\u6b64\u8bb0\u5f55\u65f6\u5199\u660e\u201c\u8c03\u89e3\u4e0d\u6210\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.mediation_serve_button.setText(QCoreApplication.translate("MediationSection", u"\u9001\u8fbe\uff08\u7b7e\u6536\uff09\u2026", None))
        self.mediation_doc_button.setText(QCoreApplication.translate("MediationSection", u"\u4ef2\u88c1\u8c03\u89e3\u4e66", None))
        pass
    # retranslateUi
