# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/office_password_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_OfficePasswordDialog(object):
    def setupUi(self, OfficePasswordDialog):
        if not OfficePasswordDialog.objectName():
            OfficePasswordDialog.setObjectName(u"OfficePasswordDialog")
        self.column = QVBoxLayout(OfficePasswordDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.where = QLabel(OfficePasswordDialog)
        self.where.setObjectName(u"where")
        self.where.setWordWrap(True)

        self.column.addWidget(self.where)

        self.notice = QLabel(OfficePasswordDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)

        self.column.addWidget(self.notice)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.password_label = QLabel(OfficePasswordDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(OfficePasswordDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)

        self.remember = QCheckBox(OfficePasswordDialog)
        self.remember.setObjectName(u"remember")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.remember)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfficePasswordDialog)

        QMetaObject.connectSlotsByName(OfficePasswordDialog)
    # setupUi

    def retranslateUi(self, OfficePasswordDialog):
        self.password_label.setText(QCoreApplication.translate("OfficePasswordDialog", u"\u6570\u636e\u5e93\u5bc6\u7801", None))
        self.remember.setText(QCoreApplication.translate("OfficePasswordDialog", u"\u5728\u7cfb\u7edf\u5bc6\u94a5\u73af\u4e2d\u8bb0\u4f4f\u5bc6\u7801", None))
        pass
    # retranslateUi
