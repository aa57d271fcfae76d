# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/inspection_referral_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_InspectionReferralDialog(object):
    def setupUi(self, InspectionReferralDialog):
        if not InspectionReferralDialog.objectName():
            InspectionReferralDialog.setObjectName(u"InspectionReferralDialog")
        self.column = QVBoxLayout(InspectionReferralDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(InspectionReferralDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.sides = QHBoxLayout()
        self.sides.setObjectName(u"sides")
        self.send_box = QGroupBox(InspectionReferralDialog)
        self.send_box.setObjectName(u"send_box")
        self.send_column = QVBoxLayout(self.send_box)
        self.send_column.setObjectName(u"send_column")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.grounds_label = QLabel(self.send_box)
        self.grounds_label.setObjectName(u"grounds_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.grounds_label)

        self.grounds_row = QWidget(self.send_box)
        self.grounds_row.setObjectName(u"grounds_row")
        self.grounds_line = QHBoxLayout(self.grounds_row)
        self.grounds_line.setObjectName(u"grounds_line")
        self.grounds_line.setContentsMargins(0, 0, 0, 0)
        self.ground_unpaid_pay = QCheckBox(self.grounds_row)
        self.ground_unpaid_pay.setObjectName(u"ground_unpaid_pay")

        self.grounds_line.addWidget(self.ground_unpaid_pay)

        self.ground_overtime = QCheckBox(self.grounds_row)
        self.ground_overtime.setObjectName(u"ground_overtime")

        self.grounds_line.addWidget(self.ground_overtime)

        self.ground_deposit = QCheckBox(self.grounds_row)
        self.ground_deposit.setObjectName(u"ground_deposit")

        self.grounds_line.addWidget(self.ground_deposit)


        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.grounds_row)

        self.authority_label = QLabel(self.send_box)
        self.authority_label.setObjectName(u"authority_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authority_label)

        self.authority = QLineEdit(self.send_box)
        self.authority.setObjectName(u"authority")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authority)

        self.sent_on_label = QLabel(self.send_box)
        self.sent_on_label.setObjectName(u"sent_on_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sent_on_label)

        self.sent_on = QDateEdit(self.send_box)
        self.sent_on.setObjectName(u"sent_on")
        self.sent_on.setDisplayFormat(u"yyyy-MM-dd")
        self.sent_on.setCalendarPopup(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sent_on)

        self.sent_how_label = QLabel(self.send_box)
        self.sent_how_label.setObjectName(u"sent_how_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sent_how_label)

        self.sent_how = QComboBox(self.send_box)
        self.sent_how.setObjectName(u"sent_how")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sent_how)

        self.contact_person_label = QLabel(self.send_box)
        self.contact_person_label.setObjectName(u"contact_person_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_person_label)

        self.contact_person = QLineEdit(self.send_box)
        self.contact_person.setObjectName(u"contact_person")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact_person)

        self.contact_phone_label = QLabel(self.send_box)
        self.contact_phone_label.setObjectName(u"contact_phone_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contact_phone_label)

        self.contact_phone = QLineEdit(self.send_box)
        self.contact_phone.setObjectName(u"contact_phone")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contact_phone)


        self.send_column.addLayout(self.fields)

        self.preview_label = QLabel(self.send_box)
        self.preview_label.setObjectName(u"preview_label")

        self.send_column.addWidget(self.preview_label)

        self.preview = QTextBrowser(self.send_box)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(460, 220))

        self.send_column.addWidget(self.preview)


        self.sides.addWidget(self.send_box)

        self.answer_box = QGroupBox(InspectionReferralDialog)
        self.answer_box.setObjectName(u"answer_box")
        self.answer_column = QVBoxLayout(self.answer_box)
        self.answer_column.setObjectName(u"answer_column")
        self.history = QTableWidget(self.answer_box)
        if (self.history.columnCount() < 5):
            self.history.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.history.setObjectName(u"history")
        self.history.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SingleSelection)
        self.history.setMinimumSize(QSize(360, 120))

        self.answer_column.addWidget(self.history)

        self.answer_fields = QFormLayout()
        self.answer_fields.setObjectName(u"answer_fields")
        self.answer_fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.answered_on_label = QLabel(self.answer_box)
        self.answered_on_label.setObjectName(u"answered_on_label")

        self.answer_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.answered_on_label)

        self.answered_on = QDateEdit(self.answer_box)
        self.answered_on.setObjectName(u"answered_on")
        self.answered_on.setDisplayFormat(u"yyyy-MM-dd")
        self.answered_on.setCalendarPopup(True)

        self.answer_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.answered_on)

        self.answer_label = QLabel(self.answer_box)
        self.answer_label.setObjectName(u"answer_label")

        self.answer_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.answer_label)

        self.answer = QPlainTextEdit(self.answer_box)
        self.answer.setObjectName(u"answer")
        self.answer.setMinimumSize(QSize(0, 70))
        self.answer.setMaximumSize(QSize(16777215, 70))

        self.answer_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.answer)

        self.action_taken_label = QLabel(self.answer_box)
        self.action_taken_label.setObjectName(u"action_taken_label")

        self.answer_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.action_taken_label)

        self.action_taken = QLineEdit(self.answer_box)
        self.action_taken.setObjectName(u"action_taken")

        self.answer_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.action_taken)


        self.answer_column.addLayout(self.answer_fields)

        self.answer_button = QPushButton(self.answer_box)
        self.answer_button.setObjectName(u"answer_button")

        self.answer_column.addWidget(self.answer_button)

        self.answer_message = QLabel(self.answer_box)
        self.answer_message.setObjectName(u"answer_message")
        self.answer_message.setWordWrap(True)

        self.answer_column.addWidget(self.answer_message)

        self.answer_column.setStretch(0, 1)

        self.sides.addWidget(self.answer_box)

        self.sides.setStretch(0, 3)
        self.sides.setStretch(1, 2)

        self.column.addLayout(self.sides)

#if QT_CONFIG(shortcut)
        self.authority_label.setBuddy(self.authority)
        self.sent_on_label.setBuddy(self.sent_on)
        self.sent_how_label.setBuddy(self.sent_how)
        self.contact_person_label.setBuddy(self.contact_person)
        self.contact_phone_label.setBuddy(self.contact_phone)
        self.answered_on_label.setBuddy(self.answered_on)
        self.answer_label.setBuddy(self.answer)
        self.action_taken_label.setBuddy(self.action_taken)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionReferralDialog)

        QMetaObject.connectSlotsByName(InspectionReferralDialog)
    # setupUi

    def retranslateUi(self, InspectionReferralDialog):
        self.send_box.setTitle(QCoreApplication.translate("InspectionReferralDialog", u"\u8f6c\u9001", None))
        self.grounds_label.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u8f6c\u9001\u4e8b\u7531", None))
        self.ground_unpaid_pay.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u62d6\u6b20\u5de5\u8d44", None))
#if QT_CONFIG(tooltip)
        self.ground_unpaid_pay.setToolTip(QCoreApplication.translate("InspectionReferralDialog", u"\u62d6\u6b20\u6216\u8005\u514b\u6263\u52b3\u52a8\u62a5\u916c", None))
#endif // QT_CONFIG(tooltip)
        self.ground_overtime.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u8fdd\u6cd5\u5ef6\u957f\u5de5\u4f5c\u65f6\u95f4", None))
#if QT_CONFIG(tooltip)
        self.ground_overtime.setToolTip(QCoreApplication.translate("InspectionReferralDialog", u"\u9644\u5de5\u4f5c\u8bb0\u5f55\u7edf\u8ba1\u7684\u63a5\u5355\u914d\u9001\u65f6\u957f\u548c\u8fde\u7eed\u5de5\u4f5c\u672a\u4f11\u606f\u7684\u6b21\u6570", None))
#endif // QT_CONFIG(tooltip)
        self.ground_deposit.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u6536\u53d6\u62bc\u91d1", None))
#if QT_CONFIG(tooltip)
        self.ground_deposit.setToolTip(QCoreApplication.translate("InspectionReferralDialog", u"\u8fdd\u6cd5\u6536\u53d6\u62bc\u91d1\u3001\u4fdd\u8bc1\u91d1", None))
#endif // QT_CONFIG(tooltip)
        self.authority_label.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u63a5\u6536\u673a\u6784", None))
        self.sent_on_label.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u9001\u51fa\u65e5\u671f", None))
        self.sent_how_label.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u9001\u51fa\u65b9\u5f0f", None))
        self.contact_person_label.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u8054\u7cfb\u4eba", None))
        self.contact_phone_label.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.preview_label.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u8f6c\u9001\u51fd\u5c06\u5199\u660e\uff08\u53ea\u5217\u8bb0\u5f55\u4e2d\u7684\u4e8b\u5b9e\uff09\uff1a", None))
        self.answer_box.setTitle(QCoreApplication.translate("InspectionReferralDialog", u"\u9001\u51fa\u8bb0\u5f55\u548c\u7b54\u590d", None))
        ___qtablewidgetitem = self.history.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u6587\u53f7", None))
        ___qtablewidgetitem1 = self.history.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u9001\u51fa\u65e5\u671f", None))
        ___qtablewidgetitem2 = self.history.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u63a5\u6536\u673a\u6784", None))
        ___qtablewidgetitem3 = self.history.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u65b9\u5f0f", None))
        ___qtablewidgetitem4 = self.history.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u7b54\u590d", None))
        self.answered_on_label.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u7b54\u590d\u65e5\u671f", None))
        self.answer_label.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u7b54\u590d\u5185\u5bb9", None))
        self.answer.setPlaceholderText(QCoreApplication.translate("InspectionReferralDialog", u"\u5982\uff1a\u5df2\u7acb\u6848\u8c03\u67e5\uff1b\u7ecf\u6838\u67e5\u672a\u53d1\u73b0\u8fdd\u6cd5\u884c\u4e3a\u2026\u2026", None))
        self.action_taken_label.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u91c7\u53d6\u7684\u63aa\u65bd", None))
        self.action_taken.setPlaceholderText(QCoreApplication.translate("InspectionReferralDialog", u"\u5982\uff1a\u8d23\u4ee4\u9650\u671f\u652f\u4ed8\u52b3\u52a8\u62a5\u916c", None))
        self.answer_button.setText(QCoreApplication.translate("InspectionReferralDialog", u"\u767b\u8bb0\u6240\u9009\u8f6c\u9001\u51fd\u7684\u7b54\u590d", None))
        pass
    # retranslateUi
