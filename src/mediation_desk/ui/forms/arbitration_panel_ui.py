# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

from mediation_desk.ui.views.arbitration.acceptance import AcceptanceSection
from mediation_desk.ui.views.arbitration.awards import AwardsSection
from mediation_desk.ui.views.arbitration.hearings import HearingsSection
from mediation_desk.ui.views.arbitration.mediation import MediationSection
from mediation_desk.ui.views.arbitration.period import PeriodSection
from mediation_desk.ui.views.arbitration.service import ServiceSection

class Ui_ArbitrationPanel(object):
    def setupUi(self, ArbitrationPanel):
        if not ArbitrationPanel.objectName():
            ArbitrationPanel.setObjectName(u"ArbitrationPanel")
        self.column = QVBoxLayout(ArbitrationPanel)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(4, 4, 4, 4)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.heading = QLabel(ArbitrationPanel)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.top.addWidget(self.heading)

        self.heading_gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.heading_gap)

        self.clock_label = QLabel(ArbitrationPanel)
        self.clock_label.setObjectName(u"clock_label")
        self.clock_label.setWordWrap(True)

        self.top.addWidget(self.clock_label)

        self.top.setStretch(2, 1)

        self.column.addLayout(self.top)

        self.sections = QTabWidget(ArbitrationPanel)
        self.sections.setObjectName(u"sections")
        self.review = AcceptanceSection()
        self.review.setObjectName(u"review")
        self.sections.addTab(self.review, "")
        self.hearings_section = HearingsSection()
        self.hearings_section.setObjectName(u"hearings_section")
        self.sections.addTab(self.hearings_section, "")
        self.period = PeriodSection()
        self.period.setObjectName(u"period")
        self.sections.addTab(self.period, "")
        self.service = ServiceSection()
        self.service.setObjectName(u"service")
        self.sections.addTab(self.service, "")
        self.mediation = MediationSection()
        self.mediation.setObjectName(u"mediation")
        self.sections.addTab(self.mediation, "")
        self.awards = AwardsSection()
        self.awards.setObjectName(u"awards")
        self.sections.addTab(self.awards, "")

        self.column.addWidget(self.sections)

        self.column.setStretch(1, 1)

        self.retranslateUi(ArbitrationPanel)

        QMetaObject.connectSlotsByName(ArbitrationPanel)
    # setupUi

    def retranslateUi(self, ArbitrationPanel):
        self.heading.setText(QCoreApplication.translate("ArbitrationPanel", u"\u4ef2\u88c1", None))
        self.sections.setTabText(self.sections.indexOf(self.review), QCoreApplication.translate("ArbitrationPanel", u"\u53d7\u7406\u5ba1\u67e5", None))
        self.sections.setTabText(self.sections.indexOf(self.hearings_section), QCoreApplication.translate("ArbitrationPanel", u"\u4ef2\u88c1\u5ead\u4e0e\u5f00\u5ead", None))
        self.sections.setTabText(self.sections.indexOf(self.period), QCoreApplication.translate("ArbitrationPanel", u"\u5ba1\u7406\u671f\u9650", None))
        self.sections.setTabText(self.sections.indexOf(self.service), QCoreApplication.translate("ArbitrationPanel", u"\u9001\u8fbe", None))
        self.sections.setTabText(self.sections.indexOf(self.mediation), QCoreApplication.translate("ArbitrationPanel", u"\u5148\u884c\u8c03\u89e3", None))
        self.sections.setTabText(self.sections.indexOf(self.awards), QCoreApplication.translate("ArbitrationPanel", u"\u88c1\u51b3\u4e66", None))
        pass
    # retranslateUi
