# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/intake_claim_row.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QWidget)

class Ui_ClaimRow(object):
    def setupUi(self, ClaimRow):
        if not ClaimRow.objectName():
            ClaimRow.setObjectName(u"ClaimRow")
        ClaimRow.setFrameShape(QFrame.StyledPanel)
        self.grid = QGridLayout(ClaimRow)
        self.grid.setObjectName(u"grid")
        self.grid.setContentsMargins(6, 6, 6, 6)
        self.kind_caption = QLabel(ClaimRow)
        self.kind_caption.setObjectName(u"kind_caption")

        self.grid.addWidget(self.kind_caption, 0, 0, 1, 2)

        self.kind = QComboBox(ClaimRow)
        self.kind.setObjectName(u"kind")

        self.grid.addWidget(self.kind, 1, 0, 1, 2)

        self.amount_caption = QLabel(ClaimRow)
        self.amount_caption.setObjectName(u"amount_caption")

        self.grid.addWidget(self.amount_caption, 0, 2, 1, 1)

        self.amount = QLineEdit(ClaimRow)
        self.amount.setObjectName(u"amount")

        self.grid.addWidget(self.amount, 1, 2, 1, 1)

        self.period_start_caption = QLabel(ClaimRow)
        self.period_start_caption.setObjectName(u"period_start_caption")

        self.grid.addWidget(self.period_start_caption, 0, 3, 1, 1)

        self.period_start = QLineEdit(ClaimRow)
        self.period_start.setObjectName(u"period_start")
        self.period_start.setPlaceholderText(u"2026-05-01")

        self.grid.addWidget(self.period_start, 1, 3, 1, 1)

        self.period_end_caption = QLabel(ClaimRow)
        self.period_end_caption.setObjectName(u"period_end_caption")

        self.grid.addWidget(self.period_end_caption, 0, 4, 1, 1)

        self.period_end = QLineEdit(ClaimRow)
        self.period_end.setObjectName(u"period_end")
        self.period_end.setPlaceholderText(u"2026-06-30")

        self.grid.addWidget(self.period_end, 1, 4, 1, 1)

        self.calculate_button_caption = QLabel(ClaimRow)
        self.calculate_button_caption.setObjectName(u"calculate_button_caption")
        self.calculate_button_caption.setText(u"")

        self.grid.addWidget(self.calculate_button_caption, 0, 5, 1, 1)

        self.calculate_button = QPushButton(ClaimRow)
        self.calculate_button.setObjectName(u"calculate_button")

        self.grid.addWidget(self.calculate_button, 1, 5, 1, 1)

        self.basis_caption = QLabel(ClaimRow)
        self.basis_caption.setObjectName(u"basis_caption")

        self.grid.addWidget(self.basis_caption, 2, 0, 1, 6)

        self.basis = QLineEdit(ClaimRow)
        self.basis.setObjectName(u"basis")

        self.grid.addWidget(self.basis, 3, 0, 1, 6)

        self.remove_button = QPushButton(ClaimRow)
        self.remove_button.setObjectName(u"remove_button")

        self.grid.addWidget(self.remove_button, 1, 6, 1, 1)

        self.errors = QLabel(ClaimRow)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.grid.addWidget(self.errors, 4, 0, 1, 7)

        self.working = QLabel(ClaimRow)
        self.working.setObjectName(u"working")
        self.working.setWordWrap(True)
        self.working.setVisible(False)
        self.working.setStyleSheet(u"color: #52606d;")

        self.grid.addWidget(self.working, 5, 0, 1, 7)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnStretch(4, 1)
        self.grid.setColumnStretch(5, 1)

        self.retranslateUi(ClaimRow)

        QMetaObject.connectSlotsByName(ClaimRow)
    # setupUi

    def retranslateUi(self, ClaimRow):
        self.kind_caption.setText(QCoreApplication.translate("ClaimRow", u"\u8bf7\u6c42\u4e8b\u9879", None))
        self.amount_caption.setText(QCoreApplication.translate("ClaimRow", u"\u91d1\u989d\uff08\u5143\uff09", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("ClaimRow", u"\u5143\uff0c\u5982 3,200.00", None))
        self.period_start_caption.setText(QCoreApplication.translate("ClaimRow", u"\u671f\u95f4\u81ea", None))
        self.period_end_caption.setText(QCoreApplication.translate("ClaimRow", u"\u81f3", None))
        self.calculate_button.setText(QCoreApplication.translate("ClaimRow", u"\u8ba1\u7b97\u2026", None))
#if QT_CONFIG(tooltip)
        self.calculate_button.setToolTip(QCoreApplication.translate("ClaimRow", u"\u7528\u8ba1\u7b97\u5668\u5f97\u51fa\u91d1\u989d\uff0c\u8ba1\u7b97\u8fc7\u7a0b\u968f\u8bf7\u6c42\u4fdd\u5b58", None))
#endif // QT_CONFIG(tooltip)
        self.basis_caption.setText(QCoreApplication.translate("ClaimRow", u"\u4f9d\u636e", None))
        self.basis.setPlaceholderText(QCoreApplication.translate("ClaimRow", u"\u5982 \u52b3\u52a8\u5408\u540c\u6cd5\u7b2c\u4e09\u5341\u6761", None))
        self.remove_button.setText(QCoreApplication.translate("ClaimRow", u"\u5220\u9664", None))
        pass
    # retranslateUi
