# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/make_package_dialog.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_MakePackageDialog(object):
    def setupUi(self, MakePackageDialog):
        if not MakePackageDialog.objectName():
            MakePackageDialog.setObjectName(u"MakePackageDialog")
        self.column = QVBoxLayout(MakePackageDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(MakePackageDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(MakePackageDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(MakePackageDialog)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kind_note = QLabel(MakePackageDialog)
        self.kind_note.setObjectName(u"kind_note")
        self.kind_note.setWordWrap(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_note)

        self.court_label = QLabel(MakePackageDialog)
        self.court_label.setObjectName(u"court_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.court_label)

        self.court = QLineEdit(MakePackageDialog)
        self.court.setObjectName(u"court")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.court)

        self.court_reference_label = QLabel(MakePackageDialog)
        self.court_reference_label.setObjectName(u"court_reference_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.court_reference_label)

        self.court_reference = QLineEdit(MakePackageDialog)
        self.court_reference.setObjectName(u"court_reference")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.court_reference)

        self.notes_label = QLabel(MakePackageDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(MakePackageDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMinimumSize(QSize(0, 50))
        self.notes.setMaximumSize(QSize(16777215, 50))

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes)

        self.output_label = QLabel(MakePackageDialog)
        self.output_label.setObjectName(u"output_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.output_label)

        self.output_box = QWidget(MakePackageDialog)
        self.output_box.setObjectName(u"output_box")
        self.output_row = QHBoxLayout(self.output_box)
        self.output_row.setObjectName(u"output_row")
        self.output_row.setContentsMargins(0, 0, 0, 0)
        self.output = QLineEdit(self.output_box)
        self.output.setObjectName(u"output")

        self.output_row.addWidget(self.output)

        self.output_button = QPushButton(self.output_box)
        self.output_button.setObjectName(u"output_button")

        self.output_row.addWidget(self.output_button)


        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.output_box)


        self.column.addLayout(self.fields)

        self.preservation_box = QGroupBox(MakePackageDialog)
        self.preservation_box.setObjectName(u"preservation_box")
        self.preservation_column = QVBoxLayout(self.preservation_box)
        self.preservation_column.setObjectName(u"preservation_column")
        self.preservation_fields = QFormLayout()
        self.preservation_fields.setObjectName(u"preservation_fields")
        self.preservation_fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.applicant_label = QLabel(self.preservation_box)
        self.applicant_label.setObjectName(u"applicant_label")

        self.preservation_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicant_label)

        self.applicant = QComboBox(self.preservation_box)
        self.applicant.setObjectName(u"applicant")

        self.preservation_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicant)

        self.respondent_label = QLabel(self.preservation_box)
        self.respondent_label.setObjectName(u"respondent_label")

        self.preservation_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.respondent_label)

        self.respondent = QComboBox(self.preservation_box)
        self.respondent.setObjectName(u"respondent")

        self.preservation_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.respondent)

        self.amount_label = QLabel(self.preservation_box)
        self.amount_label.setObjectName(u"amount_label")

        self.preservation_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount = QLineEdit(self.preservation_box)
        self.amount.setObjectName(u"amount")

        self.preservation_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amount)

        self.property_label = QLabel(self.preservation_box)
        self.property_label.setObjectName(u"property_label")

        self.preservation_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.property_label)

        self.property = QPlainTextEdit(self.preservation_box)
        self.property.setObjectName(u"property")
        self.property.setMinimumSize(QSize(0, 60))
        self.property.setMaximumSize(QSize(16777215, 60))

        self.preservation_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.property)

        self.court_basis_label = QLabel(self.preservation_box)
        self.court_basis_label.setObjectName(u"court_basis_label")

        self.preservation_fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.court_basis_label)

        self.court_basis = QComboBox(self.preservation_box)
        self.court_basis.setObjectName(u"court_basis")

        self.preservation_fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.court_basis)

        self.reason_label = QLabel(self.preservation_box)
        self.reason_label.setObjectName(u"reason_label")

        self.preservation_fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(self.preservation_box)
        self.reason.setObjectName(u"reason")

        self.preservation_fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason)

        self.applied_on_label = QLabel(self.preservation_box)
        self.applied_on_label.setObjectName(u"applied_on_label")

        self.preservation_fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.applied_on_label)

        self.applied_on = QDateEdit(self.preservation_box)
        self.applied_on.setObjectName(u"applied_on")
        self.applied_on.setDisplayFormat(u"yyyy-MM-dd")
        self.applied_on.setCalendarPopup(True)

        self.preservation_fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.applied_on)


        self.preservation_column.addLayout(self.preservation_fields)


        self.column.addWidget(self.preservation_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.court_label.setBuddy(self.court)
        self.court_reference_label.setBuddy(self.court_reference)
        self.notes_label.setBuddy(self.notes)
        self.output_label.setBuddy(self.output)
        self.applicant_label.setBuddy(self.applicant)
        self.respondent_label.setBuddy(self.respondent)
        self.amount_label.setBuddy(self.amount)
        self.property_label.setBuddy(self.property)
        self.court_basis_label.setBuddy(self.court_basis)
        self.reason_label.setBuddy(self.reason)
        self.applied_on_label.setBuddy(self.applied_on)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MakePackageDialog)

        QMetaObject.connectSlotsByName(MakePackageDialog)
    # setupUi

    def retranslateUi(self, MakePackageDialog):
        self.kind_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u6750\u6599\u79cd\u7c7b", None))
        self.court_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u63a5\u6536\u6cd5\u9662", None))
        self.court.setPlaceholderText(QCoreApplication.translate("MakePackageDialog", u"\u5982\uff1a\u5357\u660c\u5e02\u9752\u5c71\u6e56\u533a\u4eba\u6c11\u6cd5\u9662", None))
        self.court_reference_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u6cd5\u9662\u6848\u53f7", None))
        self.court_reference.setPlaceholderText(QCoreApplication.translate("MakePackageDialog", u"\u5df2\u77e5\u6cd5\u9662\u7684\u6848\u53f7\u6216\u6536\u6848\u53f7\u65f6\u586b\u5199\uff0c\u5c1a\u672a\u7acb\u6848\u7684\u7559\u7a7a", None))
        self.notes_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u5907\u6ce8", None))
        self.output_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u4fdd\u5b58\u4e3a", None))
        self.output.setPlaceholderText(QCoreApplication.translate("MakePackageDialog", u"\u79fb\u4ea4\u5305\u6587\u4ef6\uff08.mdpkg\uff09", None))
        self.output_button.setText(QCoreApplication.translate("MakePackageDialog", u"\u6d4f\u89c8\u2026", None))
        self.preservation_box.setTitle(QCoreApplication.translate("MakePackageDialog", u"\u8d22\u4ea7\u4fdd\u5168\u7533\u8bf7", None))
        self.applicant_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u7533\u8bf7\u4eba", None))
        self.respondent_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u88ab\u7533\u8bf7\u4eba", None))
        self.amount_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u7533\u8bf7\u4fdd\u5168\u91d1\u989d\uff08\u5143\uff09", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("MakePackageDialog", u"\u5982\uff1a12000.00", None))
        self.property_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u4fdd\u5168\u7684\u8d22\u4ea7\u6216\u8d22\u4ea7\u7ebf\u7d22", None))
        self.property.setPlaceholderText(QCoreApplication.translate("MakePackageDialog", u"\u5982\uff1a\u88ab\u7533\u8bf7\u4eba\u5728\u67d0\u94f6\u884c\u7684\u8d26\u6237\u3001\u8f66\u8f86\u3001\u5e94\u6536\u6b3e\u2026\u2026", None))
        self.court_basis_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u7ba1\u8f96\u6cd5\u9662", None))
        self.reason_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u7533\u8bf7\u7406\u7531", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("MakePackageDialog", u"\u5982\uff1a\u88ab\u7533\u8bf7\u4eba\u6b63\u5728\u8f6c\u79fb\u8d22\u4ea7", None))
        self.applied_on_label.setText(QCoreApplication.translate("MakePackageDialog", u"\u7533\u8bf7\u65e5\u671f", None))
        pass
    # retranslateUi
