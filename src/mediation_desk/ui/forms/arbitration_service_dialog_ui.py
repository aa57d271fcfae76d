# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_service_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ServiceDialog(object):
    def setupUi(self, ServiceDialog):
        if not ServiceDialog.objectName():
            ServiceDialog.setObjectName(u"ServiceDialog")
        self.column = QVBoxLayout(ServiceDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.award_label = QLabel(ServiceDialog)
        self.award_label.setObjectName(u"award_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.award_label)

        self.award = QLineEdit(ServiceDialog)
        self.award.setObjectName(u"award")
        self.award.setReadOnly(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.award)

        self.document_title_label = QLabel(ServiceDialog)
        self.document_title_label.setObjectName(u"document_title_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.document_title_label)

        self.document_title = QComboBox(ServiceDialog)
        self.document_title.setObjectName(u"document_title")
        self.document_title.setEditable(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.document_title)

        self.recipient_label = QLabel(ServiceDialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient = QComboBox(ServiceDialog)
        self.recipient.setObjectName(u"recipient")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipient)

        self.method_label = QLabel(ServiceDialog)
        self.method_label.setObjectName(u"method_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method = QComboBox(ServiceDialog)
        self.method.setObjectName(u"method")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.method)

        self.consent = QCheckBox(ServiceDialog)
        self.consent.setObjectName(u"consent")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.consent)

        self.sent_on_label = QLabel(ServiceDialog)
        self.sent_on_label.setObjectName(u"sent_on_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sent_on_label)

        self.sent_on = QDateEdit(ServiceDialog)
        self.sent_on.setObjectName(u"sent_on")
        self.sent_on.setDisplayFormat(u"yyyy-MM-dd")
        self.sent_on.setCalendarPopup(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sent_on)

        self.has_served = QCheckBox(ServiceDialog)
        self.has_served.setObjectName(u"has_served")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.has_served)

        self.served_on_label = QLabel(ServiceDialog)
        self.served_on_label.setObjectName(u"served_on_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.served_on_label)

        self.served_on = QDateEdit(ServiceDialog)
        self.served_on.setObjectName(u"served_on")
        self.served_on.setEnabled(False)
        self.served_on.setDisplayFormat(u"yyyy-MM-dd")
        self.served_on.setCalendarPopup(True)

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.served_on)

        self.signed_by_label = QLabel(ServiceDialog)
        self.signed_by_label.setObjectName(u"signed_by_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signed_by_label)

        self.signed_by = QLineEdit(ServiceDialog)
        self.signed_by.setObjectName(u"signed_by")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signed_by)

        self.receipt_label = QLabel(ServiceDialog)
        self.receipt_label.setObjectName(u"receipt_label")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.receipt_label)

        self.receipt = QLineEdit(ServiceDialog)
        self.receipt.setObjectName(u"receipt")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.receipt)

        self.address_label = QLabel(ServiceDialog)
        self.address_label.setObjectName(u"address_label")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(ServiceDialog)
        self.address.setObjectName(u"address")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.address)

        self.event_choice_label = QLabel(ServiceDialog)
        self.event_choice_label.setObjectName(u"event_choice_label")

        self.fields.setWidget(11, QFormLayout.ItemRole.LabelRole, self.event_choice_label)

        self.event_choice = QComboBox(ServiceDialog)
        self.event_choice.setObjectName(u"event_choice")

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.event_choice)

        self.note_label = QLabel(ServiceDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields.setWidget(12, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(ServiceDialog)
        self.note.setObjectName(u"note")

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.note)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.award_label.setBuddy(self.award)
        self.document_title_label.setBuddy(self.document_title)
        self.recipient_label.setBuddy(self.recipient)
        self.method_label.setBuddy(self.method)
        self.sent_on_label.setBuddy(self.sent_on)
        self.served_on_label.setBuddy(self.served_on)
        self.signed_by_label.setBuddy(self.signed_by)
        self.receipt_label.setBuddy(self.receipt)
        self.address_label.setBuddy(self.address)
        self.event_choice_label.setBuddy(self.event_choice)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceDialog)

        QMetaObject.connectSlotsByName(ServiceDialog)
    # setupUi

    def retranslateUi(self, ServiceDialog):
        self.award_label.setText(QCoreApplication.translate("ServiceDialog", u"\u6587\u4e66", None))
        self.document_title_label.setText(QCoreApplication.translate("ServiceDialog", u"\u9001\u8fbe\u7684\u6587\u4e66", None))
        self.recipient_label.setText(QCoreApplication.translate("ServiceDialog", u"\u53d7\u9001\u8fbe\u4eba", None))
        self.method_label.setText(QCoreApplication.translate("ServiceDialog", u"\u9001\u8fbe\u65b9\u5f0f", None))
        self.consent.setText(QCoreApplication.translate("ServiceDialog", u"\u53d7\u9001\u8fbe\u4eba\u540c\u610f\u7535\u5b50\u9001\u8fbe", None))
        self.sent_on_label.setText(QCoreApplication.translate("ServiceDialog", u"\u53d1\u51fa\u65e5\u671f", None))
        self.has_served.setText(QCoreApplication.translate("ServiceDialog", u"\u56de\u8bc1\u6ce8\u660e\u7684\u7b7e\u6536\u65e5\u671f\u4e0e\u53d1\u51fa\u65e5\u671f\u4e0d\u540c", None))
        self.served_on_label.setText(QCoreApplication.translate("ServiceDialog", u"\u7b7e\u6536\u65e5\u671f", None))
        self.signed_by_label.setText(QCoreApplication.translate("ServiceDialog", u"\u7b7e\u6536\u4eba", None))
        self.receipt_label.setText(QCoreApplication.translate("ServiceDialog", u"\u56de\u6267\u6216\u5355\u53f7", None))
        self.address_label.setText(QCoreApplication.translate("ServiceDialog", u"\u9001\u8fbe\u5730\u5740", None))
        self.event_choice_label.setText(QCoreApplication.translate("ServiceDialog", u"\u9001\u8fbe\u4ea7\u751f\u7684\u671f\u9650", None))
        self.note_label.setText(QCoreApplication.translate("ServiceDialog", u"\u5907\u6ce8", None))
        self.note.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"\u7559\u7f6e\u9001\u8fbe\u8bf7\u6ce8\u660e\u62d2\u6536\u60c5\u51b5\u53ca\u89c1\u8bc1\u4eba", None))
        pass
    # retranslateUi
