# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/first_run_dialog.ui'
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

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        self.column = QVBoxLayout(FirstRunDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.column.addWidget(self.intro)

        self.warning = QLabel(FirstRunDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)

        self.column.addWidget(self.warning)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.passphrase_label = QLabel(FirstRunDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(FirstRunDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.confirm_label = QLabel(FirstRunDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(FirstRunDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.Password)
        self.confirm.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.show_chars = QCheckBox(FirstRunDialog)
        self.show_chars.setObjectName(u"show_chars")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.show_chars)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        self.warning.setText(QCoreApplication.translate("FirstRunDialog", u"\u8bf7\u8bbe\u5b9a\u6848\u4ef6\u5e93\u53e3\u4ee4\u3002\u6848\u4ef6\u5e93\u4e2d\u7684\u5168\u90e8\u6848\u4ef6\u3001\u8bc1\u636e\u548c\u6587\u4e66\u90fd\u7528\u5b83\u52a0\u5bc6\u4fdd\u62a4\u3002\u53e3\u4ee4\u65e0\u6cd5\u627e\u56de\uff1a\u5fd8\u8bb0\u53e3\u4ee4\u53c8\u6ca1\u6709\u7cfb\u7edf\u5bc6\u94a5\u73af\u4e2d\u7684\u5bc6\u94a5\u65f6\uff0c\u4efb\u4f55\u4eba\uff08\u5305\u62ec\u6280\u672f\u652f\u6301\uff09\u90fd\u65e0\u6cd5\u6253\u5f00\u6848\u4ef6\u5e93\u3002\u8bf7\u628a\u53e3\u4ee4\u6284\u5199\u4e0b\u6765\uff0c\u9501\u5728\u5b89\u5168\u7684\u5730\u65b9\u3002", None))
        self.passphrase_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u53e3\u4ee4", None))
        self.confirm_label.setText(QCoreApplication.translate("FirstRunDialog", u"\u518d\u8f93\u5165\u4e00\u6b21", None))
        self.show_chars.setText(QCoreApplication.translate("FirstRunDialog", u"\u663e\u793a\u53e3\u4ee4", None))
        pass
    # retranslateUi
