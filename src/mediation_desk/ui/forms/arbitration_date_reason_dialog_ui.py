# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_date_reason_dialog.ui'
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

class Ui_DateReasonDialog(object):
    def setupUi(self, DateReasonDialog):
        if not DateReasonDialog.objectName():
            DateReasonDialog.setObjectName(u"DateReasonDialog")
        self.column = QVBoxLayout(DateReasonDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.on_label = QLabel(DateReasonDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on = QDateEdit(DateReasonDialog)
        self.on.setObjectName(u"on")
        self.on.setDisplayFormat(u"yyyy-MM-dd")
        self.on.setCalendarPopup(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on)

        self.reason_label = QLabel(DateReasonDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(DateReasonDialog)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.on_label.setBuddy(self.on)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DateReasonDialog)

        QMetaObject.connectSlotsByName(DateReasonDialog)
    # setupUi

    def retranslateUi(self, DateReasonDialog):
        self.on_label.setText("")
        self.reason_label.setText("")
        pass
    # retranslateUi
