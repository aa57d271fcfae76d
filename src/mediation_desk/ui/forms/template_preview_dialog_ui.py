# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/template_preview_dialog.ui'
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

class Ui_TemplatePreviewDialog(object):
    def setupUi(self, TemplatePreviewDialog):
        if not TemplatePreviewDialog.objectName():
            TemplatePreviewDialog.setObjectName(u"TemplatePreviewDialog")
        self.column = QVBoxLayout(TemplatePreviewDialog)
        self.column.setObjectName(u"column")
        self.heading = QLabel(TemplatePreviewDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.verdict = QLabel(TemplatePreviewDialog)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setWordWrap(True)

        self.column.addWidget(self.verdict)

        self.details = QPlainTextEdit(TemplatePreviewDialog)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)
        self.details.setMinimumSize(QSize(620, 300))

        self.column.addWidget(self.details)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.note_label = QLabel(TemplatePreviewDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(TemplatePreviewDialog)
        self.note.setObjectName(u"note")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemplatePreviewDialog)

        QMetaObject.connectSlotsByName(TemplatePreviewDialog)
    # setupUi

    def retranslateUi(self, TemplatePreviewDialog):
        self.note_label.setText(QCoreApplication.translate("TemplatePreviewDialog", u"\u7248\u672c\u8bf4\u660e", None))
        self.note.setPlaceholderText(QCoreApplication.translate("TemplatePreviewDialog", u"\u5982\uff1a\u6309\u672c\u673a\u6784\u683c\u5f0f\u8c03\u6574\u843d\u6b3e", None))
        pass
    # retranslateUi
