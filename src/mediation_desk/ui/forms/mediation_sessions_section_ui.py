# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_sessions_section.ui'
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

class Ui_MediationSessionsSection(object):
    def setupUi(self, MediationSessionsSection):
        if not MediationSessionsSection.objectName():
            MediationSessionsSection.setObjectName(u"MediationSessionsSection")
        self.column = QVBoxLayout(MediationSessionsSection)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox(MediationSessionsSection)
        self.box.setObjectName(u"box")
        self.box_column = QVBoxLayout(self.box)
        self.box_column.setObjectName(u"box_column")
        self.sessions = QTableWidget(self.box)
        if (self.sessions.columnCount() < 6):
            self.sessions.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.sessions.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.sessions.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.sessions.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.sessions.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.sessions.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.sessions.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.sessions.setObjectName(u"sessions")
        self.sessions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setSelectionMode(QAbstractItemView.SingleSelection)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sessions.setWordWrap(False)
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.sessions.verticalHeader().setVisible(False)

        self.box_column.addWidget(self.sessions)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_gap)

        self.edit_session_button = QPushButton(self.box)
        self.edit_session_button.setObjectName(u"edit_session_button")

        self.bar.addWidget(self.edit_session_button)

        self.delete_session_button = QPushButton(self.box)
        self.delete_session_button.setObjectName(u"delete_session_button")

        self.bar.addWidget(self.delete_session_button)


        self.box_column.addLayout(self.bar)

        self.box_column.setStretch(0, 1)

        self.column.addWidget(self.box)


        self.retranslateUi(MediationSessionsSection)

        QMetaObject.connectSlotsByName(MediationSessionsSection)
    # setupUi

    def retranslateUi(self, MediationSessionsSection):
        self.box.setTitle(QCoreApplication.translate("MediationSessionsSection", u"\u8c03\u89e3\u8bb0\u5f55", None))
        ___qtablewidgetitem = self.sessions.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MediationSessionsSection", u"\u65e5\u671f", None))
        ___qtablewidgetitem1 = self.sessions.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MediationSessionsSection", u"\u65f6\u95f4", None))
        ___qtablewidgetitem2 = self.sessions.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MediationSessionsSection", u"\u5730\u70b9", None))
        ___qtablewidgetitem3 = self.sessions.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MediationSessionsSection", u"\u8c03\u89e3\u5458", None))
        ___qtablewidgetitem4 = self.sessions.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MediationSessionsSection", u"\u53c2\u52a0\u4eba\u5458", None))
        ___qtablewidgetitem5 = self.sessions.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MediationSessionsSection", u"\u7b14\u5f55\u6458\u8981", None))
        self.edit_session_button.setText(QCoreApplication.translate("MediationSessionsSection", u"\u4fee\u6539\u2026", None))
        self.delete_session_button.setText(QCoreApplication.translate("MediationSessionsSection", u"\u5220\u9664\u2026", None))
        pass
    # retranslateUi
