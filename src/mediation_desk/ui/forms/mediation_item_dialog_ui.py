# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_item_dialog.ui'
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

class Ui_ItemDialog(object):
    def setupUi(self, ItemDialog):
        if not ItemDialog.objectName():
            ItemDialog.setObjectName(u"ItemDialog")
        self.fields = QFormLayout(ItemDialog)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.obligor_label = QLabel(ItemDialog)
        self.obligor_label.setObjectName(u"obligor_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.obligor_label)

        self.obligor = QLineEdit(ItemDialog)
        self.obligor.setObjectName(u"obligor")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.obligor)

        self.obligee_label = QLabel(ItemDialog)
        self.obligee_label.setObjectName(u"obligee_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.obligee_label)

        self.obligee = QLineEdit(ItemDialog)
        self.obligee.setObjectName(u"obligee")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.obligee)

        self.content_label = QLabel(ItemDialog)
        self.content_label.setObjectName(u"content_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.content_label)

        self.content = QLineEdit(ItemDialog)
        self.content.setObjectName(u"content")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.content)

        self.kind_label = QLabel(ItemDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(ItemDialog)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kind)

        self.amount_label = QLabel(ItemDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount = QLineEdit(ItemDialog)
        self.amount.setObjectName(u"amount")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.amount)

        self.due_on_label = QLabel(ItemDialog)
        self.due_on_label.setObjectName(u"due_on_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.due_on_label)

        self.due_on = QDateEdit(ItemDialog)
        self.due_on.setObjectName(u"due_on")
        self.due_on.setDisplayFormat(u"yyyy-MM-dd")
        self.due_on.setCalendarPopup(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.due_on)

        self.method_label = QLabel(ItemDialog)
        self.method_label.setObjectName(u"method_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method = QLineEdit(ItemDialog)
        self.method.setObjectName(u"method")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.method)

        self.paid_label = QLabel(ItemDialog)
        self.paid_label.setObjectName(u"paid_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.paid_label)

        self.paid = QLabel(ItemDialog)
        self.paid.setObjectName(u"paid")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.paid)

#if QT_CONFIG(shortcut)
        self.obligor_label.setBuddy(self.obligor)
        self.obligee_label.setBuddy(self.obligee)
        self.content_label.setBuddy(self.content)
        self.kind_label.setBuddy(self.kind)
        self.amount_label.setBuddy(self.amount)
        self.due_on_label.setBuddy(self.due_on)
        self.method_label.setBuddy(self.method)
        self.paid_label.setBuddy(self.paid)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ItemDialog)

        QMetaObject.connectSlotsByName(ItemDialog)
    # setupUi

    def retranslateUi(self, ItemDialog):
        self.obligor_label.setText(QCoreApplication.translate("ItemDialog", u"\u4e49\u52a1\u4eba", None))
        self.obligee_label.setText(QCoreApplication.translate("ItemDialog", u"\u6743\u5229\u4eba", None))
        self.content_label.setText(QCoreApplication.translate("ItemDialog", u"\u7ea6\u5b9a\u5185\u5bb9", None))
        self.kind_label.setText(QCoreApplication.translate("ItemDialog", u"\u6b3e\u9879\u7c7b\u522b", None))
        self.amount_label.setText(QCoreApplication.translate("ItemDialog", u"\u91d1\u989d\uff08\u5143\uff09", None))
        self.due_on_label.setText(QCoreApplication.translate("ItemDialog", u"\u5c65\u884c\u671f\u9650", None))
        self.method_label.setText(QCoreApplication.translate("ItemDialog", u"\u5c65\u884c\u65b9\u5f0f", None))
        self.paid_label.setText(QCoreApplication.translate("ItemDialog", u"\u5df2\u5c65\u884c", None))
        pass
    # retranslateUi
