# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_performance_dialog.ui'
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
    QLineEdit, QSizePolicy, QWidget)

class Ui_PerformanceDialog(object):
    def setupUi(self, PerformanceDialog):
        if not PerformanceDialog.objectName():
            PerformanceDialog.setObjectName(u"PerformanceDialog")
        self.fields = QFormLayout(PerformanceDialog)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.what_label = QLabel(PerformanceDialog)
        self.what_label.setObjectName(u"what_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what = QLabel(PerformanceDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.what)

        self.agreed_label = QLabel(PerformanceDialog)
        self.agreed_label.setObjectName(u"agreed_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agreed_label)

        self.agreed = QLabel(PerformanceDialog)
        self.agreed.setObjectName(u"agreed")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agreed)

        self.paid_label = QLabel(PerformanceDialog)
        self.paid_label.setObjectName(u"paid_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paid_label)

        self.paid = QLabel(PerformanceDialog)
        self.paid.setObjectName(u"paid")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paid)

        self.amount_label = QLabel(PerformanceDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount = QLineEdit(PerformanceDialog)
        self.amount.setObjectName(u"amount")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amount)

        self.on_label = QLabel(PerformanceDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on = QDateEdit(PerformanceDialog)
        self.on.setObjectName(u"on")
        self.on.setDisplayFormat(u"yyyy-MM-dd")
        self.on.setCalendarPopup(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.on)

        self.note_label = QLabel(PerformanceDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(PerformanceDialog)
        self.note.setObjectName(u"note")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note)

#if QT_CONFIG(shortcut)
        self.what_label.setBuddy(self.what)
        self.agreed_label.setBuddy(self.agreed)
        self.paid_label.setBuddy(self.paid)
        self.amount_label.setBuddy(self.amount)
        self.on_label.setBuddy(self.on)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PerformanceDialog)

        QMetaObject.connectSlotsByName(PerformanceDialog)
    # setupUi

    def retranslateUi(self, PerformanceDialog):
        self.what_label.setText(QCoreApplication.translate("PerformanceDialog", u"\u534f\u8bae\u4e8b\u9879", None))
        self.agreed_label.setText(QCoreApplication.translate("PerformanceDialog", u"\u7ea6\u5b9a\u91d1\u989d", None))
        self.paid_label.setText(QCoreApplication.translate("PerformanceDialog", u"\u5df2\u5c65\u884c", None))
        self.amount_label.setText(QCoreApplication.translate("PerformanceDialog", u"\u672c\u6b21\u5c65\u884c\u91d1\u989d", None))
        self.on_label.setText(QCoreApplication.translate("PerformanceDialog", u"\u5c65\u884c\u65e5\u671f", None))
        self.note_label.setText(QCoreApplication.translate("PerformanceDialog", u"\u5907\u6ce8", None))
        self.note.setPlaceholderText(QCoreApplication.translate("PerformanceDialog", u"\u4f8b\u5982\uff1a\u94f6\u884c\u8f6c\u8d26\u56de\u5355\u5c3e\u53f71234", None))
        pass
    # retranslateUi
