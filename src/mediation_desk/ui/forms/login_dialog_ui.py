# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/login_dialog.ui'
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

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        self.column = QVBoxLayout(LoginDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(LoginDialog)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")
        self.title.setWordWrap(True)

        self.column.addWidget(self.title)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.username_label = QLabel(LoginDialog)
        self.username_label.setObjectName(u"username_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(LoginDialog)
        self.username.setObjectName(u"username")
        self.username.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.password_label = QLabel(LoginDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(LoginDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        self.username_label.setText(QCoreApplication.translate("LoginDialog", u"\u7528\u6237\u540d", None))
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"\u5bc6\u7801", None))
        pass
    # retranslateUi
