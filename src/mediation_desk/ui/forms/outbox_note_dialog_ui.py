# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/outbox_note_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_OutboxNoteDialog(object):
    def setupUi(self, OutboxNoteDialog):
        if not OutboxNoteDialog.objectName():
            OutboxNoteDialog.setObjectName(u"OutboxNoteDialog")
        self.column = QVBoxLayout(OutboxNoteDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(OutboxNoteDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.reference_label = QLabel(OutboxNoteDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference = QLineEdit(OutboxNoteDialog)
        self.reference.setObjectName(u"reference")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reference)

        self.note_label = QLabel(OutboxNoteDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(OutboxNoteDialog)
        self.note.setObjectName(u"note")
        self.note.setMinimumSize(QSize(0, 70))
        self.note.setMaximumSize(QSize(16777215, 70))

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.reference_label.setBuddy(self.reference)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutboxNoteDialog)

        QMetaObject.connectSlotsByName(OutboxNoteDialog)
    # setupUi

    def retranslateUi(self, OutboxNoteDialog):
        self.reference_label.setText(QCoreApplication.translate("OutboxNoteDialog", u"\u6cd5\u9662\u7b7e\u6536\u53f7", None))
        self.reference.setPlaceholderText(QCoreApplication.translate("OutboxNoteDialog", u"\u6cd5\u9662\u7684\u7b7e\u6536\u7f16\u53f7\u6216\u6536\u6848\u53f7", None))
        self.note_label.setText(QCoreApplication.translate("OutboxNoteDialog", u"\u8bf4\u660e", None))
        pass
    # retranslateUi
