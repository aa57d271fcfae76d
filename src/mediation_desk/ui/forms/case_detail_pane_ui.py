# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/case_detail_pane.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget)

from mediation_desk.ui.dialogs.typical_case import TypicalCaseButton

class Ui_CaseDetailPane(object):
    def setupUi(self, CaseDetailPane):
        if not CaseDetailPane.objectName():
            CaseDetailPane.setObjectName(u"CaseDetailPane")
        self.column = QVBoxLayout(CaseDetailPane)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 4, 0, 0)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.title = QLabel(CaseDetailPane)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 12pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.top.addWidget(self.title)

        self.record_event_button = QPushButton(CaseDetailPane)
        self.record_event_button.setObjectName(u"record_event_button")
        self.record_event_button.setEnabled(False)

        self.top.addWidget(self.record_event_button, 0, Qt.AlignTop)

        self.change_status_button = QPushButton(CaseDetailPane)
        self.change_status_button.setObjectName(u"change_status_button")
        self.change_status_button.setEnabled(False)

        self.top.addWidget(self.change_status_button, 0, Qt.AlignTop)

        self.inspection_button = QPushButton(CaseDetailPane)
        self.inspection_button.setObjectName(u"inspection_button")
        self.inspection_button.setEnabled(False)

        self.top.addWidget(self.inspection_button, 0, Qt.AlignTop)

        self.typical_case_button = TypicalCaseButton(CaseDetailPane)
        self.typical_case_button.setObjectName(u"typical_case_button")

        self.top.addWidget(self.typical_case_button, 0, Qt.AlignTop)

        self.top.setStretch(0, 1)

        self.column.addLayout(self.top)

        self.reveal = QCheckBox(CaseDetailPane)
        self.reveal.setObjectName(u"reveal")
        self.reveal.setEnabled(False)

        self.column.addWidget(self.reveal)

        self.browser = QTextBrowser(CaseDetailPane)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenLinks(False)

        self.column.addWidget(self.browser)

        self.column.setStretch(2, 1)

        self.retranslateUi(CaseDetailPane)

        QMetaObject.connectSlotsByName(CaseDetailPane)
    # setupUi

    def retranslateUi(self, CaseDetailPane):
        self.record_event_button.setText(QCoreApplication.translate("CaseDetailPane", u"\u8bb0\u5f55\u4e8b\u4ef6", None))
        self.change_status_button.setText(QCoreApplication.translate("CaseDetailPane", u"\u53d8\u66f4\u72b6\u6001", None))
        self.inspection_button.setText(QCoreApplication.translate("CaseDetailPane", u"\u8f6c\u9001\u52b3\u52a8\u4fdd\u969c\u76d1\u5bdf\u2026", None))
#if QT_CONFIG(tooltip)
        self.reveal.setToolTip(QCoreApplication.translate("CaseDetailPane", u"\u67e5\u770b\u5b8c\u6574\u53f7\u7801\u4f1a\u8bb0\u5165\u5ba1\u8ba1\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.reveal.setText(QCoreApplication.translate("CaseDetailPane", u"\u663e\u793a\u5b8c\u6574\u8bc1\u4ef6\u53f7\u7801\u548c\u7535\u8bdd", None))
        pass
    # retranslateUi
