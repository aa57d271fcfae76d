# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/record_event_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RecordEventDialog(object):
    def setupUi(self, RecordEventDialog):
        if not RecordEventDialog.objectName():
            RecordEventDialog.setObjectName(u"RecordEventDialog")
        self.column = QVBoxLayout(RecordEventDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.event_choice_label = QLabel(RecordEventDialog)
        self.event_choice_label.setObjectName(u"event_choice_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.event_choice_label)

        self.event_choice = QComboBox(RecordEventDialog)
        self.event_choice.setObjectName(u"event_choice")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.event_choice)

        self.on_date_label = QLabel(RecordEventDialog)
        self.on_date_label.setObjectName(u"on_date_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.on_date_label)

        self.on_date = QDateEdit(RecordEventDialog)
        self.on_date.setObjectName(u"on_date")
        self.on_date.setDisplayFormat(u"yyyy-MM-dd")
        self.on_date.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on_date)

        self.note_label = QLabel(RecordEventDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(RecordEventDialog)
        self.note.setObjectName(u"note")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.event_choice_label.setBuddy(self.event_choice)
        self.on_date_label.setBuddy(self.on_date)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordEventDialog)

        QMetaObject.connectSlotsByName(RecordEventDialog)
    # setupUi

    def retranslateUi(self, RecordEventDialog):
        self.event_choice_label.setText(QCoreApplication.translate("RecordEventDialog", u"\u4e8b\u4ef6", None))
        self.on_date_label.setText(QCoreApplication.translate("RecordEventDialog", u"\u65e5\u671f", None))
        self.note_label.setText(QCoreApplication.translate("RecordEventDialog", u"\u8bf4\u660e", None))
        self.note.setPlaceholderText(QCoreApplication.translate("RecordEventDialog", u"\u5982\uff1a\u90ae\u5bc4\u9001\u8fbe\uff0c\u56de\u6267\u65e5\u671f\uff1b\u7533\u8bf7\u4eba\u4e66\u9762\u4e3b\u5f20\u6743\u5229\u2026\u2026", None))
        pass
    # retranslateUi
