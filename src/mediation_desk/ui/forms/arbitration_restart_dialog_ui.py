# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_restart_dialog.ui'
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

class Ui_RestartDialog(object):
    def setupUi(self, RestartDialog):
        if not RestartDialog.objectName():
            RestartDialog.setObjectName(u"RestartDialog")
        self.column = QVBoxLayout(RestartDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.event_choice_label = QLabel(RestartDialog)
        self.event_choice_label.setObjectName(u"event_choice_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.event_choice_label)

        self.event_choice = QComboBox(RestartDialog)
        self.event_choice.setObjectName(u"event_choice")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.event_choice)

        self.on_label = QLabel(RestartDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on = QDateEdit(RestartDialog)
        self.on.setObjectName(u"on")
        self.on.setDisplayFormat(u"yyyy-MM-dd")
        self.on.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on)

        self.note_label = QLabel(RestartDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(RestartDialog)
        self.note.setObjectName(u"note")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.event_choice_label.setBuddy(self.event_choice)
        self.on_label.setBuddy(self.on)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestartDialog)

        QMetaObject.connectSlotsByName(RestartDialog)
    # setupUi

    def retranslateUi(self, RestartDialog):
        self.event_choice_label.setText(QCoreApplication.translate("RestartDialog", u"\u4e8b\u7531", None))
        self.on_label.setText(QCoreApplication.translate("RestartDialog", u"\u65e5\u671f", None))
        self.note_label.setText(QCoreApplication.translate("RestartDialog", u"\u60c5\u51b5\u8bf4\u660e", None))
        pass
    # retranslateUi
