# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/setup_dialog.ui'
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

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        self.column = QVBoxLayout(SetupDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(SetupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.column.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(SetupDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(SetupDialog)
        self.name.setObjectName(u"name")
        self.name.setMinimumSize(QSize(320, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kind_label = QLabel(SetupDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(SetupDialog)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.doc_prefix_label = QLabel(SetupDialog)
        self.doc_prefix_label.setObjectName(u"doc_prefix_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doc_prefix_label)

        self.doc_prefix = QLineEdit(SetupDialog)
        self.doc_prefix.setObjectName(u"doc_prefix")
        self.doc_prefix.setMinimumSize(QSize(320, 0))

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doc_prefix)

        self.address_label = QLabel(SetupDialog)
        self.address_label.setObjectName(u"address_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(SetupDialog)
        self.address.setObjectName(u"address")
        self.address.setMinimumSize(QSize(320, 0))

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address)

        self.phone_label = QLabel(SetupDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(SetupDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setMinimumSize(QSize(320, 0))

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.admin_heading = QLabel(SetupDialog)
        self.admin_heading.setObjectName(u"admin_heading")
        self.admin_heading.setStyleSheet(u"font-weight: bold; margin-top: 8px;")

        self.fields.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.admin_heading)

        self.username_label = QLabel(SetupDialog)
        self.username_label.setObjectName(u"username_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(SetupDialog)
        self.username.setObjectName(u"username")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.username)

        self.display_name_label = QLabel(SetupDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name = QLineEdit(SetupDialog)
        self.display_name.setObjectName(u"display_name")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.display_name)

        self.password_label = QLabel(SetupDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(SetupDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password)

        self.confirm_label = QLabel(SetupDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(SetupDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.Password)
        self.confirm.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.confirm)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.doc_prefix_label.setBuddy(self.doc_prefix)
        self.address_label.setBuddy(self.address)
        self.phone_label.setBuddy(self.phone)
        self.username_label.setBuddy(self.username)
        self.display_name_label.setBuddy(self.display_name)
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        self.intro.setText(QCoreApplication.translate("SetupDialog", u"\u8bf7\u586b\u5199\u4f7f\u7528\u672c\u6848\u4ef6\u5e93\u7684\u673a\u6784\uff0c\u5e76\u8bbe\u7acb\u7b2c\u4e00\u4f4d\u7ba1\u7406\u5458\u3002\u7ba1\u7406\u5458\u53ef\u4ee5\u6dfb\u52a0\u5176\u4ed6\u7528\u6237\u3002", None))
        self.name_label.setText(QCoreApplication.translate("SetupDialog", u"\u673a\u6784\u5168\u79f0", None))
        self.name.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u5982\uff1a\u5357\u660c\u5e02\u52b3\u52a8\u4eba\u4e8b\u4e89\u8bae\u4ef2\u88c1\u59d4\u5458\u4f1a", None))
        self.kind_label.setText(QCoreApplication.translate("SetupDialog", u"\u673a\u6784\u7c7b\u578b", None))
        self.doc_prefix_label.setText(QCoreApplication.translate("SetupDialog", u"\u6587\u4e66\u5b57\u53f7\u524d\u7f00", None))
        self.address_label.setText(QCoreApplication.translate("SetupDialog", u"\u5730\u5740", None))
        self.phone_label.setText(QCoreApplication.translate("SetupDialog", u"\u7535\u8bdd", None))
        self.admin_heading.setText(QCoreApplication.translate("SetupDialog", u"\u7ba1\u7406\u5458", None))
        self.username_label.setText(QCoreApplication.translate("SetupDialog", u"\u7528\u6237\u540d", None))
        self.username.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u82f1\u6587\u5b57\u6bcd\u6216\u6570\u5b57\uff0c\u5982 admin", None))
        self.display_name_label.setText(QCoreApplication.translate("SetupDialog", u"\u59d3\u540d", None))
        self.password_label.setText(QCoreApplication.translate("SetupDialog", u"\u767b\u5f55\u5bc6\u7801", None))
        self.confirm_label.setText(QCoreApplication.translate("SetupDialog", u"\u518d\u8f93\u5165\u4e00\u6b21", None))
        pass
    # retranslateUi
