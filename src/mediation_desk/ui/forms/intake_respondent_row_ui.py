# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/intake_respondent_row.ui'
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

class Ui_RespondentRow(object):
    def setupUi(self, RespondentRow):
        if not RespondentRow.objectName():
            RespondentRow.setObjectName(u"RespondentRow")
        RespondentRow.setFrameShape(QFrame.StyledPanel)
        self.grid = QGridLayout(RespondentRow)
        self.grid.setObjectName(u"grid")
        self.grid.setContentsMargins(6, 6, 6, 6)
        self.name_caption = QLabel(RespondentRow)
        self.name_caption.setObjectName(u"name_caption")

        self.grid.addWidget(self.name_caption, 0, 0, 1, 4)

        self.name = QLineEdit(RespondentRow)
        self.name.setObjectName(u"name")

        self.grid.addWidget(self.name, 1, 0, 1, 4)

        self.role_caption = QLabel(RespondentRow)
        self.role_caption.setObjectName(u"role_caption")

        self.grid.addWidget(self.role_caption, 0, 4, 1, 2)

        self.role = QComboBox(RespondentRow)
        self.role.setObjectName(u"role")

        self.grid.addWidget(self.role, 1, 4, 1, 2)

        self.credit_code_caption = QLabel(RespondentRow)
        self.credit_code_caption.setObjectName(u"credit_code_caption")

        self.grid.addWidget(self.credit_code_caption, 2, 0, 1, 2)

        self.credit_code = QLineEdit(RespondentRow)
        self.credit_code.setObjectName(u"credit_code")
        self.credit_code.setMaxLength(18)

        self.grid.addWidget(self.credit_code, 3, 0, 1, 2)

        self.address_caption = QLabel(RespondentRow)
        self.address_caption.setObjectName(u"address_caption")

        self.grid.addWidget(self.address_caption, 2, 2, 1, 3)

        self.address = QLineEdit(RespondentRow)
        self.address.setObjectName(u"address")

        self.grid.addWidget(self.address, 3, 2, 1, 3)

        self.legal_representative_caption = QLabel(RespondentRow)
        self.legal_representative_caption.setObjectName(u"legal_representative_caption")

        self.grid.addWidget(self.legal_representative_caption, 2, 5, 1, 1)

        self.legal_representative = QLineEdit(RespondentRow)
        self.legal_representative.setObjectName(u"legal_representative")

        self.grid.addWidget(self.legal_representative, 3, 5, 1, 1)

        self.remove_button = QPushButton(RespondentRow)
        self.remove_button.setObjectName(u"remove_button")

        self.grid.addWidget(self.remove_button, 1, 6, 1, 1)

        self.errors = QLabel(RespondentRow)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.grid.addWidget(self.errors, 4, 0, 1, 7)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnStretch(4, 1)
        self.grid.setColumnStretch(5, 1)

        self.retranslateUi(RespondentRow)

        QMetaObject.connectSlotsByName(RespondentRow)
    # setupUi

    def retranslateUi(self, RespondentRow):
        self.name_caption.setText(QCoreApplication.translate("RespondentRow", u"\u540d\u79f0", None))
        self.name.setPlaceholderText(QCoreApplication.translate("RespondentRow", u"\u4f01\u4e1a\u5168\u79f0\uff0c\u5982 \u6c5f\u897f\u901f\u8fbe\u540c\u57ce\u7f51\u7edc\u79d1\u6280\u6709\u9650\u516c\u53f8", None))
        self.role_caption.setText(QCoreApplication.translate("RespondentRow", u"\u89d2\u8272", None))
        self.credit_code_caption.setText(QCoreApplication.translate("RespondentRow", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        self.credit_code.setPlaceholderText(QCoreApplication.translate("RespondentRow", u"18\u4f4d\uff0c\u53ef\u6682\u7f3a", None))
        self.address_caption.setText(QCoreApplication.translate("RespondentRow", u"\u4f4f\u6240", None))
        self.legal_representative_caption.setText(QCoreApplication.translate("RespondentRow", u"\u6cd5\u5b9a\u4ee3\u8868\u4eba", None))
        self.remove_button.setText(QCoreApplication.translate("RespondentRow", u"\u5220\u9664", None))
        pass
    # retranslateUi
