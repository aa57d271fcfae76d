# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/change_status_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ChangeStatusDialog(object):
    def setupUi(self, ChangeStatusDialog):
        if not ChangeStatusDialog.objectName():
            ChangeStatusDialog.setObjectName(u"ChangeStatusDialog")
        self.column = QVBoxLayout(ChangeStatusDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(ChangeStatusDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.target_label = QLabel(ChangeStatusDialog)
        self.target_label.setObjectName(u"target_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target = QComboBox(ChangeStatusDialog)
        self.target.setObjectName(u"target")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.target)

        self.on_date_label = QLabel(ChangeStatusDialog)
        self.on_date_label.setObjectName(u"on_date_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.on_date_label)

        self.on_date = QDateEdit(ChangeStatusDialog)
        self.on_date.setObjectName(u"on_date")
        self.on_date.setDisplayFormat(u"yyyy-MM-dd")
        self.on_date.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on_date)

        self.reason_label = QLabel(ChangeStatusDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(ChangeStatusDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMinimumSize(QSize(0, 90))
        self.reason.setMaximumSize(QSize(16777215, 90))

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.target_label.setBuddy(self.target)
        self.on_date_label.setBuddy(self.on_date)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangeStatusDialog)

        QMetaObject.connectSlotsByName(ChangeStatusDialog)
    # setupUi

    def retranslateUi(self, ChangeStatusDialog):
        self.target_label.setText(QCoreApplication.translate("ChangeStatusDialog", u"\u53d8\u66f4\u4e3a", None))
        self.on_date_label.setText(QCoreApplication.translate("ChangeStatusDialog", u"\u65e5\u671f", None))
        self.reason_label.setText(QCoreApplication.translate("ChangeStatusDialog", u"\u7406\u7531", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("ChangeStatusDialog", u"\u5982\uff1a\u53cc\u65b9\u540c\u610f\u8c03\u89e3\uff1b\u7533\u8bf7\u4eba\u64a4\u56de\u7533\u8bf7\u2026\u2026", None))
        pass
    # retranslateUi
