# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/court_filing_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CourtFilingDialog(object):
    def setupUi(self, CourtFilingDialog):
        if not CourtFilingDialog.objectName():
            CourtFilingDialog.setObjectName(u"CourtFilingDialog")
        self.column = QVBoxLayout(CourtFilingDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(CourtFilingDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(CourtFilingDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(CourtFilingDialog)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.award_label = QLabel(CourtFilingDialog)
        self.award_label.setObjectName(u"award_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.award_label)

        self.award = QComboBox(CourtFilingDialog)
        self.award.setObjectName(u"award")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.award)

        self.court_label = QLabel(CourtFilingDialog)
        self.court_label.setObjectName(u"court_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.court_label)

        self.court = QLineEdit(CourtFilingDialog)
        self.court.setObjectName(u"court")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.court)

        self.court_case_number_label = QLabel(CourtFilingDialog)
        self.court_case_number_label.setObjectName(u"court_case_number_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.court_case_number_label)

        self.court_case_number = QLineEdit(CourtFilingDialog)
        self.court_case_number.setObjectName(u"court_case_number")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.court_case_number)

        self.filed_on_label = QLabel(CourtFilingDialog)
        self.filed_on_label.setObjectName(u"filed_on_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.filed_on_label)

        self.filed_on = QDateEdit(CourtFilingDialog)
        self.filed_on.setObjectName(u"filed_on")
        self.filed_on.setDisplayFormat(u"yyyy-MM-dd")
        self.filed_on.setCalendarPopup(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.filed_on)

        self.brought_by_label = QLabel(CourtFilingDialog)
        self.brought_by_label.setObjectName(u"brought_by_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.brought_by_label)

        self.brought_by = QComboBox(CourtFilingDialog)
        self.brought_by.setObjectName(u"brought_by")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.brought_by)

        self.note_label = QLabel(CourtFilingDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(CourtFilingDialog)
        self.note.setObjectName(u"note")
        self.note.setMinimumSize(QSize(0, 50))
        self.note.setMaximumSize(QSize(16777215, 50))

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.award_label.setBuddy(self.award)
        self.court_label.setBuddy(self.court)
        self.court_case_number_label.setBuddy(self.court_case_number)
        self.filed_on_label.setBuddy(self.filed_on)
        self.brought_by_label.setBuddy(self.brought_by)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CourtFilingDialog)

        QMetaObject.connectSlotsByName(CourtFilingDialog)
    # setupUi

    def retranslateUi(self, CourtFilingDialog):
        self.kind_label.setText(QCoreApplication.translate("CourtFilingDialog", u"\u7a0b\u5e8f", None))
        self.award_label.setText(QCoreApplication.translate("CourtFilingDialog", u"\u9488\u5bf9\u7684\u88c1\u51b3\u4e66", None))
        self.court_label.setText(QCoreApplication.translate("CourtFilingDialog", u"\u53d7\u7406\u6cd5\u9662", None))
        self.court.setPlaceholderText(QCoreApplication.translate("CourtFilingDialog", u"\u5982\uff1a\u5357\u660c\u5e02\u4e2d\u7ea7\u4eba\u6c11\u6cd5\u9662", None))
        self.court_case_number_label.setText(QCoreApplication.translate("CourtFilingDialog", u"\u6cd5\u9662\u6848\u53f7", None))
        self.court_case_number.setPlaceholderText(QCoreApplication.translate("CourtFilingDialog", u"\u5982\uff1a\uff082026\uff09\u8d6301\u6c11\u7279123\u53f7", None))
        self.filed_on_label.setText(QCoreApplication.translate("CourtFilingDialog", u"\u7acb\u6848\u65e5\u671f", None))
        self.brought_by_label.setText(QCoreApplication.translate("CourtFilingDialog", u"\u63d0\u8d77\u65b9", None))
        self.note_label.setText(QCoreApplication.translate("CourtFilingDialog", u"\u5907\u6ce8", None))
        pass
    # retranslateUi
