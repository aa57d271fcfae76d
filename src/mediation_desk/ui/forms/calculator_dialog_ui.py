# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/calculator_dialog.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_CalculatorDialog(object):
    def setupUi(self, CalculatorDialog):
        if not CalculatorDialog.objectName():
            CalculatorDialog.setObjectName(u"CalculatorDialog")
        self.column = QVBoxLayout(CalculatorDialog)
        self.column.setObjectName(u"column")
        self.notice = QLabel(CalculatorDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)

        self.column.addWidget(self.notice)

        self.wage_warning = QLabel(CalculatorDialog)
        self.wage_warning.setObjectName(u"wage_warning")
        self.wage_warning.setWordWrap(True)
        self.wage_warning.setVisible(False)

        self.column.addWidget(self.wage_warning)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.tier_label = QLabel(CalculatorDialog)
        self.tier_label.setObjectName(u"tier_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tier_label)

        self.tier = QComboBox(CalculatorDialog)
        self.tier.setObjectName(u"tier")
        self.tier.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.tier.setMinimumContentsLength(20)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tier)

        self.wage_label = QLabel(CalculatorDialog)
        self.wage_label.setObjectName(u"wage_label")
        self.wage_label.setWordWrap(True)
        self.wage_label.setStyleSheet(u"color: #52606d;")

        self.fields.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.wage_label)

        self.month_label = QLabel(CalculatorDialog)
        self.month_label.setObjectName(u"month_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.month_label)

        self.month = QDateEdit(CalculatorDialog)
        self.month.setObjectName(u"month")
        self.month.setDisplayFormat(u"yyyy-MM-dd")
        self.month.setCalendarPopup(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.month)

        self.paid_label = QLabel(CalculatorDialog)
        self.paid_label.setObjectName(u"paid_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paid_label)

        self.paid = QLineEdit(CalculatorDialog)
        self.paid.setObjectName(u"paid")
        self.paid.setPlaceholderText(u"1500, 1620, 1400")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paid)

        self.monthly_wage_label = QLabel(CalculatorDialog)
        self.monthly_wage_label.setObjectName(u"monthly_wage_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.monthly_wage_label)

        self.monthly_wage = QLineEdit(CalculatorDialog)
        self.monthly_wage.setObjectName(u"monthly_wage")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.monthly_wage)

        self.workday_label = QLabel(CalculatorDialog)
        self.workday_label.setObjectName(u"workday_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.workday_label)

        self.workday = QLineEdit(CalculatorDialog)
        self.workday.setObjectName(u"workday")
        self.workday.setText(u"0")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.workday)

        self.restday_label = QLabel(CalculatorDialog)
        self.restday_label.setObjectName(u"restday_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.restday_label)

        self.restday = QLineEdit(CalculatorDialog)
        self.restday.setObjectName(u"restday")
        self.restday.setText(u"0")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.restday)

        self.holiday_label = QLabel(CalculatorDialog)
        self.holiday_label.setObjectName(u"holiday_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.holiday_label)

        self.holiday = QLineEdit(CalculatorDialog)
        self.holiday.setObjectName(u"holiday")
        self.holiday.setText(u"0")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.holiday)

        self.start_label = QLabel(CalculatorDialog)
        self.start_label.setObjectName(u"start_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start = QDateEdit(CalculatorDialog)
        self.start.setObjectName(u"start")
        self.start.setDisplayFormat(u"yyyy-MM-dd")
        self.start.setCalendarPopup(True)

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.start)

        self.end_label = QLabel(CalculatorDialog)
        self.end_label.setObjectName(u"end_label")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end = QDateEdit(CalculatorDialog)
        self.end.setObjectName(u"end")
        self.end.setDisplayFormat(u"yyyy-MM-dd")
        self.end.setCalendarPopup(True)

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.end)

        self.average_label = QLabel(CalculatorDialog)
        self.average_label.setObjectName(u"average_label")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.average_label)

        self.average = QLineEdit(CalculatorDialog)
        self.average.setObjectName(u"average")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.average)


        self.column.addLayout(self.fields)

        self.message = QLabel(CalculatorDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.column.addWidget(self.message)

        self.compute_button = QPushButton(CalculatorDialog)
        self.compute_button.setObjectName(u"compute_button")

        self.column.addWidget(self.compute_button)

        self.working = QTextBrowser(CalculatorDialog)
        self.working.setObjectName(u"working")
        self.working.setMinimumSize(QSize(0, 160))

        self.column.addWidget(self.working)

#if QT_CONFIG(shortcut)
        self.tier_label.setBuddy(self.tier)
        self.month_label.setBuddy(self.month)
        self.paid_label.setBuddy(self.paid)
        self.monthly_wage_label.setBuddy(self.monthly_wage)
        self.workday_label.setBuddy(self.workday)
        self.restday_label.setBuddy(self.restday)
        self.holiday_label.setBuddy(self.holiday)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.average_label.setBuddy(self.average)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalculatorDialog)

        QMetaObject.connectSlotsByName(CalculatorDialog)
    # setupUi

    def retranslateUi(self, CalculatorDialog):
        self.tier_label.setText(QCoreApplication.translate("CalculatorDialog", u"\u6700\u4f4e\u5de5\u8d44\u6863\u6b21", None))
        self.month_label.setText(QCoreApplication.translate("CalculatorDialog", u"\u6240\u5c5e\u671f\u95f4\uff08\u4efb\u4e00\u5929\uff09", None))
        self.paid_label.setText(QCoreApplication.translate("CalculatorDialog", u"\u5404\u6708\u5b9e\u53d1\u5de5\u8d44\uff08\u5143\uff0c\u7528\u9017\u53f7\u5206\u9694\uff09", None))
        self.monthly_wage_label.setText(QCoreApplication.translate("CalculatorDialog", u"\u6708\u5de5\u8d44\uff08\u5143\uff09", None))
        self.workday_label.setText(QCoreApplication.translate("CalculatorDialog", u"\u5de5\u4f5c\u65e5\u5ef6\u957f\u5de5\u4f5c\u65f6\u95f4\uff08\u5c0f\u65f6\uff09", None))
        self.restday_label.setText(QCoreApplication.translate("CalculatorDialog", u"\u4f11\u606f\u65e5\u5de5\u4f5c\u4e14\u672a\u8865\u4f11\uff08\u5c0f\u65f6\uff09", None))
        self.holiday_label.setText(QCoreApplication.translate("CalculatorDialog", u"\u6cd5\u5b9a\u4f11\u5047\u65e5\u5de5\u4f5c\uff08\u5c0f\u65f6\uff09", None))
        self.start_label.setText(QCoreApplication.translate("CalculatorDialog", u"\u7528\u5de5\u4e4b\u65e5", None))
        self.end_label.setText(QCoreApplication.translate("CalculatorDialog", u"\u52b3\u52a8\u5173\u7cfb\u7ec8\u6b62\u65e5", None))
        self.average_label.setText(QCoreApplication.translate("CalculatorDialog", u"\u5357\u660c\u5e02\u4e0a\u5e74\u5ea6\u804c\u5de5\u6708\u5e73\u5747\u5de5\u8d44\uff08\u5143\uff09", None))
        self.compute_button.setText(QCoreApplication.translate("CalculatorDialog", u"\u8ba1\u7b97", None))
        pass
    # retranslateUi
