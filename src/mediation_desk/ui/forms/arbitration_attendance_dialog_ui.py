# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_attendance_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AttendanceDialog(object):
    def setupUi(self, AttendanceDialog):
        if not AttendanceDialog.objectName():
            AttendanceDialog.setObjectName(u"AttendanceDialog")
        self.column = QVBoxLayout(AttendanceDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.hearing_label = QLabel(AttendanceDialog)
        self.hearing_label.setObjectName(u"hearing_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hearing_label)

        self.hearing = QLineEdit(AttendanceDialog)
        self.hearing.setObjectName(u"hearing")
        self.hearing.setReadOnly(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hearing)

        self.applicant = QCheckBox(AttendanceDialog)
        self.applicant.setObjectName(u"applicant")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicant)

        self.respondent = QCheckBox(AttendanceDialog)
        self.respondent.setObjectName(u"respondent")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.respondent)

        self.withdrawal = QCheckBox(AttendanceDialog)
        self.withdrawal.setObjectName(u"withdrawal")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.withdrawal)

        self.record_label = QLabel(AttendanceDialog)
        self.record_label.setObjectName(u"record_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.record_label)

        self.record = QPlainTextEdit(AttendanceDialog)
        self.record.setObjectName(u"record")
        self.record.setMaximumSize(QSize(16777215, 100))

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.record)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.hearing_label.setBuddy(self.hearing)
        self.record_label.setBuddy(self.record)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AttendanceDialog)

        QMetaObject.connectSlotsByName(AttendanceDialog)
    # setupUi

    def retranslateUi(self, AttendanceDialog):
        self.hearing_label.setText(QCoreApplication.translate("AttendanceDialog", u"\u5f00\u5ead", None))
        self.applicant.setText(QCoreApplication.translate("AttendanceDialog", u"\u7533\u8bf7\u4eba\u5230\u5ead", None))
        self.respondent.setText(QCoreApplication.translate("AttendanceDialog", u"\u88ab\u7533\u8bf7\u4eba\u5230\u5ead", None))
        self.withdrawal.setText(QCoreApplication.translate("AttendanceDialog", u"\u7533\u8bf7\u4eba\u65e0\u6b63\u5f53\u7406\u7531\u62d2\u4e0d\u5230\u5ead\uff0c\u6309\u64a4\u56de\u4ef2\u88c1\u7533\u8bf7\u5904\u7406", None))
        self.record_label.setText(QCoreApplication.translate("AttendanceDialog", u"\u5ead\u5ba1\u8bb0\u5f55\u6458\u8981", None))
        pass
    # retranslateUi
