# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_failed_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QWidget)

class Ui_FailedDialog(object):
    def setupUi(self, FailedDialog):
        if not FailedDialog.objectName():
            FailedDialog.setObjectName(u"FailedDialog")
        self.fields = QFormLayout(FailedDialog)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.on_label = QLabel(FailedDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on = QDateEdit(FailedDialog)
        self.on.setObjectName(u"on")
        self.on.setDisplayFormat(u"yyyy-MM-dd")
        self.on.setCalendarPopup(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on)

        self.reason_label = QLabel(FailedDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(FailedDialog)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)

        self.next_status_label = QLabel(FailedDialog)
        self.next_status_label.setObjectName(u"next_status_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.next_status_label)

        self.next_status = QComboBox(FailedDialog)
        self.next_status.setObjectName(u"next_status")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.next_status)

        self.commission_label = QLabel(FailedDialog)
        self.commission_label.setObjectName(u"commission_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.commission_label)

        self.commission = QLineEdit(FailedDialog)
        self.commission.setObjectName(u"commission")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.commission)

#if QT_CONFIG(shortcut)
        self.on_label.setBuddy(self.on)
        self.reason_label.setBuddy(self.reason)
        self.next_status_label.setBuddy(self.next_status)
        self.commission_label.setBuddy(self.commission)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FailedDialog)

        QMetaObject.connectSlotsByName(FailedDialog)
    # setupUi

    def retranslateUi(self, FailedDialog):
        self.on_label.setText(QCoreApplication.translate("FailedDialog", u"\u7ec8\u6b62\u8c03\u89e3\u65e5\u671f", None))
        self.reason_label.setText(QCoreApplication.translate("FailedDialog", u"\u7ec8\u6b62\u8c03\u89e3\u7684\u539f\u56e0", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("FailedDialog", u"\u4f8b\u5982\uff1a\u88ab\u7533\u8bf7\u4eba\u660e\u786e\u8868\u793a\u4e0d\u540c\u610f\u8c03\u89e3", None))
        self.next_status_label.setText(QCoreApplication.translate("FailedDialog", u"\u6848\u4ef6\u4e0b\u4e00\u6b65", None))
        self.commission_label.setText(QCoreApplication.translate("FailedDialog", u"\u544a\u77e5\u7684\u4ef2\u88c1\u59d4\u5458\u4f1a", None))
        pass
    # retranslateUi
