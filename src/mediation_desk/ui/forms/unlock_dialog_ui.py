# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/unlock_dialog.ui'
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

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        self.column = QVBoxLayout(UnlockDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.where = QLabel(UnlockDialog)
        self.where.setObjectName(u"where")
        self.where.setWordWrap(True)

        self.column.addWidget(self.where)

        self.notice = QLabel(UnlockDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)

        self.column.addWidget(self.notice)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.passphrase_label = QLabel(UnlockDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(UnlockDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        self.passphrase_label.setText(QCoreApplication.translate("UnlockDialog", u"\u6848\u4ef6\u5e93\u53e3\u4ee4", None))
        pass
    # retranslateUi
