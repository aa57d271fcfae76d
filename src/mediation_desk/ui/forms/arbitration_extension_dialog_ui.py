# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_extension_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ExtensionDialog(object):
    def setupUi(self, ExtensionDialog):
        if not ExtensionDialog.objectName():
            ExtensionDialog.setObjectName(u"ExtensionDialog")
        self.column = QVBoxLayout(ExtensionDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.approved_on_label = QLabel(ExtensionDialog)
        self.approved_on_label.setObjectName(u"approved_on_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approved_on_label)

        self.approved_on = QDateEdit(ExtensionDialog)
        self.approved_on.setObjectName(u"approved_on")
        self.approved_on.setDisplayFormat(u"yyyy-MM-dd")
        self.approved_on.setCalendarPopup(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approved_on)

        self.approver_label = QLabel(ExtensionDialog)
        self.approver_label.setObjectName(u"approver_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approver_label)

        self.approver = QLineEdit(ExtensionDialog)
        self.approver.setObjectName(u"approver")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approver)

        self.reason_label = QLabel(ExtensionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(ExtensionDialog)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.approved_on_label.setBuddy(self.approved_on)
        self.approver_label.setBuddy(self.approver)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExtensionDialog)

        QMetaObject.connectSlotsByName(ExtensionDialog)
    # setupUi

    def retranslateUi(self, ExtensionDialog):
        self.approved_on_label.setText(QCoreApplication.translate("ExtensionDialog", u"\u6279\u51c6\u65e5\u671f", None))
        self.approver_label.setText(QCoreApplication.translate("ExtensionDialog", u"\u6279\u51c6\u4eba", None))
        self.approver.setPlaceholderText(QCoreApplication.translate("ExtensionDialog", u"\u4ef2\u88c1\u59d4\u5458\u4f1a\u4e3b\u4efb\u6216\u8005\u5176\u59d4\u6258\u7684\u4ef2\u88c1\u9662\u8d1f\u8d23\u4eba", None))
        self.reason_label.setText(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f\u7406\u7531", None))
        pass
    # retranslateUi
