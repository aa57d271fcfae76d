# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/handoff_import_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_HandoffImportDialog(object):
    def setupUi(self, HandoffImportDialog):
        if not HandoffImportDialog.objectName():
            HandoffImportDialog.setObjectName(u"HandoffImportDialog")
        self.column = QVBoxLayout(HandoffImportDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(HandoffImportDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.description = QPlainTextEdit(HandoffImportDialog)
        self.description.setObjectName(u"description")
        self.description.setReadOnly(True)
        self.description.setMinimumSize(QSize(560, 260))

        self.column.addWidget(self.description)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.key_label = QLabel(HandoffImportDialog)
        self.key_label.setObjectName(u"key_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.key_text = QLabel(HandoffImportDialog)
        self.key_text.setObjectName(u"key_text")
        self.key_text.setWordWrap(True)
        self.key_text.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.key_text)

        self.trust = QCheckBox(HandoffImportDialog)
        self.trust.setObjectName(u"trust")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trust)


        self.column.addLayout(self.fields)


        self.retranslateUi(HandoffImportDialog)

        QMetaObject.connectSlotsByName(HandoffImportDialog)
    # setupUi

    def retranslateUi(self, HandoffImportDialog):
        self.heading.setText(QCoreApplication.translate("HandoffImportDialog", u"\u79fb\u4ea4\u5305\u5df2\u6838\u9a8c\u3002\u8bf7\u6838\u5bf9\u5176\u5185\u5bb9\uff0c\u786e\u8ba4\u540e\u5bfc\u5165\u672c\u6848\u4ef6\u5e93\uff08\u5168\u90e8\u5bfc\u5165\u6216\u5168\u90e8\u4e0d\u5bfc\u5165\uff09\u3002", None))
        self.key_label.setText(QCoreApplication.translate("HandoffImportDialog", u"\u7b7e\u540d\u5bc6\u94a5", None))
        self.trust.setText(QCoreApplication.translate("HandoffImportDialog", u"\u6211\u5df2\u5411\u53d1\u9001\u65b9\u6838\u5bf9\u4e0a\u8ff0\u5bc6\u94a5\u7f16\u53f7\uff0c\u4fe1\u4efb\u6b64\u7b7e\u540d\u5bc6\u94a5", None))
        pass
    # retranslateUi
