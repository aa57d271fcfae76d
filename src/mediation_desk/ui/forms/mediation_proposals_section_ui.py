# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_proposals_section.ui'
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

class Ui_MediationProposalsSection(object):
    def setupUi(self, MediationProposalsSection):
        if not MediationProposalsSection.objectName():
            MediationProposalsSection.setObjectName(u"MediationProposalsSection")
        self.column = QVBoxLayout(MediationProposalsSection)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox(MediationProposalsSection)
        self.box.setObjectName(u"box")
        self.box_column = QVBoxLayout(self.box)
        self.box_column.setObjectName(u"box_column")
        self.proposals = QTableWidget(self.box)
        if (self.proposals.columnCount() < 4):
            self.proposals.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.proposals.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.proposals.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.proposals.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.proposals.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.proposals.setObjectName(u"proposals")
        self.proposals.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.proposals.setAlternatingRowColors(True)
        self.proposals.setSelectionMode(QAbstractItemView.SingleSelection)
        self.proposals.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.proposals.setWordWrap(False)
        self.proposals.horizontalHeader().setStretchLastSection(True)
        self.proposals.verticalHeader().setVisible(False)

        self.box_column.addWidget(self.proposals)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_gap)

        self.edit_proposal_button = QPushButton(self.box)
        self.edit_proposal_button.setObjectName(u"edit_proposal_button")

        self.bar.addWidget(self.edit_proposal_button)

        self.delete_proposal_button = QPushButton(self.box)
        self.delete_proposal_button.setObjectName(u"delete_proposal_button")

        self.bar.addWidget(self.delete_proposal_button)


        self.box_column.addLayout(self.bar)

        self.box_column.setStretch(0, 1)

        self.column.addWidget(self.box)


        self.retranslateUi(MediationProposalsSection)

        QMetaObject.connectSlotsByName(MediationProposalsSection)
    # setupUi

    def retranslateUi(self, MediationProposalsSection):
        self.box.setTitle(QCoreApplication.translate("MediationProposalsSection", u"\u65b9\u6848\u4e0e\u53cd\u65b9\u6848", None))
        ___qtablewidgetitem = self.proposals.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MediationProposalsSection", u"\u65e5\u671f", None))
        ___qtablewidgetitem1 = self.proposals.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MediationProposalsSection", u"\u63d0\u51fa\u4eba", None))
        ___qtablewidgetitem2 = self.proposals.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MediationProposalsSection", u"\u91d1\u989d", None))
        ___qtablewidgetitem3 = self.proposals.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MediationProposalsSection", u"\u65b9\u6848\u5185\u5bb9", None))
        self.edit_proposal_button.setText(QCoreApplication.translate("MediationProposalsSection", u"\u4fee\u6539\u2026", None))
        self.delete_proposal_button.setText(QCoreApplication.translate("MediationProposalsSection", u"\u5220\u9664\u2026", None))
        pass
    # retranslateUi
