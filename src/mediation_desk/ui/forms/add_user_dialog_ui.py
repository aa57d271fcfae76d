# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/add_user_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AddUserDialog(object):
    def setupUi(self, AddUserDialog):
        if not AddUserDialog.objectName():
            AddUserDialog.setObjectName(u"AddUserDialog")
        self.column = QVBoxLayout(AddUserDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.username_label = QLabel(AddUserDialog)
        self.username_label.setObjectName(u"username_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(AddUserDialog)
        self.username.setObjectName(u"username")
        self.username.setMinimumSize(QSize(300, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.display_name_label = QLabel(AddUserDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name = QLineEdit(AddUserDialog)
        self.display_name.setObjectName(u"display_name")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name)

        self.role_label = QLabel(AddUserDialog)
        self.role_label.setObjectName(u"role_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(AddUserDialog)
        self.role.setObjectName(u"role")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.password_label = QLabel(AddUserDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(AddUserDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.confirm_label = QLabel(AddUserDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(AddUserDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.Password)
        self.confirm.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirm)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.display_name_label.setBuddy(self.display_name)
        self.role_label.setBuddy(self.role)
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddUserDialog)

        QMetaObject.connectSlotsByName(AddUserDialog)
    # setupUi

    def retranslateUi(self, AddUserDialog):
        self.username_label.setText(QCoreApplication.translate("AddUserDialog", u"\u7528\u6237\u540d", None))
        self.username.setPlaceholderText(QCoreApplication.translate("AddUserDialog", u"\u82f1\u6587\u5b57\u6bcd\u3001\u6570\u5b57\u3001\u70b9\u3001\u4e0b\u5212\u7ebf\uff0c2-32\u4e2a\u5b57\u7b26", None))
        self.display_name_label.setText(QCoreApplication.translate("AddUserDialog", u"\u59d3\u540d", None))
        self.role_label.setText(QCoreApplication.translate("AddUserDialog", u"\u89d2\u8272", None))
        self.password_label.setText(QCoreApplication.translate("AddUserDialog", u"\u521d\u59cb\u5bc6\u7801", None))
        self.confirm_label.setText(QCoreApplication.translate("AddUserDialog", u"\u518d\u8f93\u5165\u4e00\u6b21", None))
        pass
    # retranslateUi
