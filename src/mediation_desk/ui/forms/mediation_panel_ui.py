# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QSizePolicy, QVBoxLayout,
    QWidget)

from mediation_desk.ui.views.mediation.agreement_section import MediationAgreementSection
from mediation_desk.ui.views.mediation.documents_section import MediationDocumentsSection
from mediation_desk.ui.views.mediation.overview_section import MediationOverviewSection
from mediation_desk.ui.views.mediation.proposals_section import MediationProposalsSection
from mediation_desk.ui.views.mediation.sessions_section import MediationSessionsSection

class Ui_MediationPanel(object):
    def setupUi(self, MediationPanel):
        if not MediationPanel.objectName():
            MediationPanel.setObjectName(u"MediationPanel")
        self.column = QVBoxLayout(MediationPanel)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(4, 4, 4, 4)
        self.overview_section = MediationOverviewSection(MediationPanel)
        self.overview_section.setObjectName(u"overview_section")

        self.column.addWidget(self.overview_section)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.sessions_section = MediationSessionsSection(MediationPanel)
        self.sessions_section.setObjectName(u"sessions_section")

        self.grid.addWidget(self.sessions_section, 0, 0, 1, 1)

        self.proposals_section = MediationProposalsSection(MediationPanel)
        self.proposals_section.setObjectName(u"proposals_section")

        self.grid.addWidget(self.proposals_section, 1, 0, 1, 1)

        self.agreement_section = MediationAgreementSection(MediationPanel)
        self.agreement_section.setObjectName(u"agreement_section")

        self.grid.addWidget(self.agreement_section, 0, 1, 1, 1)

        self.documents_section = MediationDocumentsSection(MediationPanel)
        self.documents_section.setObjectName(u"documents_section")

        self.grid.addWidget(self.documents_section, 1, 1, 1, 1)

        self.grid.setRowStretch(0, 3)
        self.grid.setRowStretch(1, 2)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)

        self.column.addLayout(self.grid)

        self.column.setStretch(1, 1)

        self.retranslateUi(MediationPanel)

        QMetaObject.connectSlotsByName(MediationPanel)
    # setupUi

    def retranslateUi(self, MediationPanel):
        pass
    # retranslateUi
