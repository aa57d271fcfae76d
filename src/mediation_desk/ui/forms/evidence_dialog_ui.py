# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/evidence_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EvidenceDialog(object):
    def setupUi(self, EvidenceDialog):
        if not EvidenceDialog.objectName():
            EvidenceDialog.setObjectName(u"EvidenceDialog")
        self.column = QVBoxLayout(EvidenceDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.storage_notice = QLabel(EvidenceDialog)
        self.storage_notice.setObjectName(u"storage_notice")
        self.storage_notice.setWordWrap(True)

        self.column.addWidget(self.storage_notice)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.file_row_label = QLabel(EvidenceDialog)
        self.file_row_label.setObjectName(u"file_row_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_row_label)

        self.file_row = QWidget(EvidenceDialog)
        self.file_row.setObjectName(u"file_row")
        self.file_line = QHBoxLayout(self.file_row)
        self.file_line.setObjectName(u"file_line")
        self.file_line.setContentsMargins(0, 0, 0, 0)
        self.file_edit = QLineEdit(self.file_row)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_line.addWidget(self.file_edit)

        self.choose_button = QPushButton(self.file_row)
        self.choose_button.setObjectName(u"choose_button")

        self.file_line.addWidget(self.choose_button)

        self.file_line.setStretch(0, 1)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.file_row)

        self.file_info = QLabel(EvidenceDialog)
        self.file_info.setObjectName(u"file_info")
        self.file_info.setStyleSheet(u"color: #555555;")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.file_info)

        self.stored_file_label = QLabel(EvidenceDialog)
        self.stored_file_label.setObjectName(u"stored_file_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stored_file_label)

        self.stored_file = QLabel(EvidenceDialog)
        self.stored_file.setObjectName(u"stored_file")
        self.stored_file.setWordWrap(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stored_file)

        self.digest_label = QLabel(EvidenceDialog)
        self.digest_label.setObjectName(u"digest_label")
        self.digest_label.setText(u"SHA-256")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.digest_label)

        self.digest = QLabel(EvidenceDialog)
        self.digest.setObjectName(u"digest")
        self.digest.setStyleSheet(u"font-family: monospace; color: #555555;")
        self.digest.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.digest)

        self.type_choice_label = QLabel(EvidenceDialog)
        self.type_choice_label.setObjectName(u"type_choice_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.type_choice_label)

        self.type_choice = QComboBox(EvidenceDialog)
        self.type_choice.setObjectName(u"type_choice")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.type_choice)

        self.title_edit_label = QLabel(EvidenceDialog)
        self.title_edit_label.setObjectName(u"title_edit_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.title_edit_label)

        self.title_edit = QLineEdit(EvidenceDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.provided_by_label = QLabel(EvidenceDialog)
        self.provided_by_label.setObjectName(u"provided_by_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.provided_by_label)

        self.provided_by = QComboBox(EvidenceDialog)
        self.provided_by.setObjectName(u"provided_by")
        self.provided_by.setEditable(True)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.provided_by)

        self.source_edit_label = QLabel(EvidenceDialog)
        self.source_edit_label.setObjectName(u"source_edit_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.source_edit_label)

        self.source_edit = QLineEdit(EvidenceDialog)
        self.source_edit.setObjectName(u"source_edit")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.source_edit)

        self.purpose_label = QLabel(EvidenceDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose = QPlainTextEdit(EvidenceDialog)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setMinimumSize(QSize(0, 78))
        self.purpose.setMaximumSize(QSize(16777215, 78))

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.collected_label = QLabel(EvidenceDialog)
        self.collected_label.setObjectName(u"collected_label")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.collected_label)

        self.collected = QWidget(EvidenceDialog)
        self.collected.setObjectName(u"collected")
        self.collected_line = QHBoxLayout(self.collected)
        self.collected_line.setObjectName(u"collected_line")
        self.collected_line.setContentsMargins(0, 0, 0, 0)
        self.collected_known = QCheckBox(self.collected)
        self.collected_known.setObjectName(u"collected_known")

        self.collected_line.addWidget(self.collected_known)

        self.collected_date = QDateEdit(self.collected)
        self.collected_date.setObjectName(u"collected_date")
        self.collected_date.setDisplayFormat(u"yyyy-MM-dd")
        self.collected_date.setCalendarPopup(True)

        self.collected_line.addWidget(self.collected_date)

        self.collected_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.collected_line.addItem(self.collected_gap)


        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.collected)

        self.original_seen_label = QLabel(EvidenceDialog)
        self.original_seen_label.setObjectName(u"original_seen_label")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.original_seen_label)

        self.original_seen = QCheckBox(EvidenceDialog)
        self.original_seen.setObjectName(u"original_seen")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.original_seen)

        self.opinion_label = QLabel(EvidenceDialog)
        self.opinion_label.setObjectName(u"opinion_label")

        self.fields.setWidget(11, QFormLayout.ItemRole.LabelRole, self.opinion_label)

        self.opinion = QPlainTextEdit(EvidenceDialog)
        self.opinion.setObjectName(u"opinion")
        self.opinion.setMinimumSize(QSize(0, 64))
        self.opinion.setMaximumSize(QSize(16777215, 64))

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.opinion)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.file_row_label.setBuddy(self.file_row)
        self.stored_file_label.setBuddy(self.stored_file)
        self.digest_label.setBuddy(self.digest)
        self.type_choice_label.setBuddy(self.type_choice)
        self.title_edit_label.setBuddy(self.title_edit)
        self.provided_by_label.setBuddy(self.provided_by)
        self.source_edit_label.setBuddy(self.source_edit)
        self.purpose_label.setBuddy(self.purpose)
        self.collected_label.setBuddy(self.collected)
        self.original_seen_label.setBuddy(self.original_seen)
        self.opinion_label.setBuddy(self.opinion)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvidenceDialog)

        QMetaObject.connectSlotsByName(EvidenceDialog)
    # setupUi

    def retranslateUi(self, EvidenceDialog):
        self.storage_notice.setText(QCoreApplication.translate("EvidenceDialog", u"\u6587\u4ef6\u5c06\u52a0\u5bc6\u4fdd\u5b58\u5728\u6848\u4ef6\u5e93\u7684\u8bc1\u636e\u5e93\u4e2d\uff0c\u5e76\u8bb0\u5f55\u6536\u5230\u65f6\u7684SHA-256\u54c8\u5e0c\u503c\uff1b\u539f\u6587\u4ef6\u4e0d\u4f1a\u88ab\u6539\u52a8\u3002", None))
        self.file_row_label.setText(QCoreApplication.translate("EvidenceDialog", u"\u6587\u4ef6", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("EvidenceDialog", u"\u9009\u62e9\u6216\u62d6\u5165\u8981\u6dfb\u52a0\u7684\u6587\u4ef6", None))
        self.choose_button.setText(QCoreApplication.translate("EvidenceDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.stored_file_label.setText(QCoreApplication.translate("EvidenceDialog", u"\u6587\u4ef6", None))
        self.type_choice_label.setText(QCoreApplication.translate("EvidenceDialog", u"\u8bc1\u636e\u79cd\u7c7b", None))
        self.title_edit_label.setText(QCoreApplication.translate("EvidenceDialog", u"\u540d\u79f0", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("EvidenceDialog", u"\u5982\uff1a\u5916\u5356\u5e73\u53f0\u63a5\u5355\u8bb0\u5f55\u622a\u56fe", None))
        self.provided_by_label.setText(QCoreApplication.translate("EvidenceDialog", u"\u63d0\u4f9b\u4eba", None))
        self.source_edit_label.setText(QCoreApplication.translate("EvidenceDialog", u"\u6765\u6e90", None))
        self.source_edit.setPlaceholderText(QCoreApplication.translate("EvidenceDialog", u"\u5982\uff1a\u5e73\u53f0App\u622a\u56fe\u3001\u94f6\u884c\u6d41\u6c34\u3001\u73b0\u573a\u62cd\u6444", None))
        self.purpose_label.setText(QCoreApplication.translate("EvidenceDialog", u"\u8bc1\u660e\u76ee\u7684", None))
        self.purpose.setPlaceholderText(QCoreApplication.translate("EvidenceDialog", u"\u8be5\u8bc1\u636e\u7528\u6765\u8bc1\u660e\u4ec0\u4e48\uff0c\u5982\uff1a\u7533\u8bf7\u4eba\u63a5\u53d7\u7ad9\u70b9\u6392\u73ed\u548c\u8003\u52e4\u7ba1\u7406", None))
        self.collected_label.setText(QCoreApplication.translate("EvidenceDialog", u"\u6536\u96c6\u65e5\u671f", None))
        self.collected_known.setText(QCoreApplication.translate("EvidenceDialog", u"\u5df2\u77e5", None))
        self.original_seen_label.setText(QCoreApplication.translate("EvidenceDialog", u"\u539f\u4ef6\u6838\u5bf9", None))
        self.original_seen.setText(QCoreApplication.translate("EvidenceDialog", u"\u539f\u4ef6\u5df2\u6838\u5bf9", None))
        self.opinion_label.setText(QCoreApplication.translate("EvidenceDialog", u"\u8d28\u8bc1\u610f\u89c1", None))
        self.opinion.setPlaceholderText(QCoreApplication.translate("EvidenceDialog", u"\u5bf9\u65b9\u5f53\u4e8b\u4eba\u5bf9\u771f\u5b9e\u6027\u3001\u5408\u6cd5\u6027\u3001\u5173\u8054\u6027\u7684\u610f\u89c1", None))
        pass
    # retranslateUi
