# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_overview_section.ui'
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
    QSizePolicy, QSpacerItem, QWidget)

class Ui_MediationOverviewSection(object):
    def setupUi(self, MediationOverviewSection):
        if not MediationOverviewSection.objectName():
            MediationOverviewSection.setObjectName(u"MediationOverviewSection")
        self.row = QHBoxLayout(MediationOverviewSection)
        self.row.setObjectName(u"row")
        self.row.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(MediationOverviewSection)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.row.addWidget(self.heading)

        self.heading_gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.row.addItem(self.heading_gap)

        self.window_label = QLabel(MediationOverviewSection)
        self.window_label.setObjectName(u"window_label")
        self.window_label.setWordWrap(True)

        self.row.addWidget(self.window_label)

        self.session_button = QPushButton(MediationOverviewSection)
        self.session_button.setObjectName(u"session_button")

        self.row.addWidget(self.session_button)

        self.proposal_button = QPushButton(MediationOverviewSection)
        self.proposal_button.setObjectName(u"proposal_button")

        self.row.addWidget(self.proposal_button)

        self.agreement_button = QPushButton(MediationOverviewSection)
        self.agreement_button.setObjectName(u"agreement_button")

        self.row.addWidget(self.agreement_button)

        self.failed_button = QPushButton(MediationOverviewSection)
        self.failed_button.setObjectName(u"failed_button")

        self.row.addWidget(self.failed_button)

        self.row.setStretch(2, 1)

        self.retranslateUi(MediationOverviewSection)

        QMetaObject.connectSlotsByName(MediationOverviewSection)
    # setupUi

    def retranslateUi(self, MediationOverviewSection):
        self.heading.setText(QCoreApplication.translate("MediationOverviewSection", u"\u8c03\u89e3", None))
        self.session_button.setText(QCoreApplication.translate("MediationOverviewSection", u"\u8bb0\u5f55\u8c03\u89e3\u2026", None))
        self.proposal_button.setText(QCoreApplication.translate("MediationOverviewSection", u"\u767b\u8bb0\u65b9\u6848\u2026", None))
        self.agreement_button.setText(QCoreApplication.translate("MediationOverviewSection", u"\u8fbe\u6210\u8c03\u89e3\u534f\u8bae\u2026", None))
        self.failed_button.setText(QCoreApplication.translate("MediationOverviewSection", u"\u8c03\u89e3\u4e0d\u6210\u2026", None))
        pass
    # retranslateUi
