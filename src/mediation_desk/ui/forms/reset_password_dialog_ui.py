# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/reset_password_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ResetPasswordDialog(object):
    def setupUi(self, ResetPasswordDialog):
        if not ResetPasswordDialog.objectName():
            ResetPasswordDialog.setObjectName(u"ResetPasswordDialog")
        self.column = QVBoxLayout(ResetPasswordDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.password_label = QLabel(ResetPasswordDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(ResetPasswordDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)

        self.confirm_label = QLabel(ResetPasswordDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(ResetPasswordDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.Password)
        self.confirm.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirm)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResetPasswordDialog)

        QMetaObject.connectSlotsByName(ResetPasswordDialog)
    # setupUi

    def retranslateUi(self, ResetPasswordDialog):
        self.password_label.setText(QCoreApplication.translate("ResetPasswordDialog", u"\u65b0\u5bc6\u7801", None))
        self.confirm_label.setText(QCoreApplication.translate("ResetPasswordDialog", u"\u518d\u8f93\u5165\u4e00\u6b21", None))
        pass
    # retranslateUi
