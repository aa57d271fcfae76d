# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_hearing_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_HearingDialog(object):
    def setupUi(self, HearingDialog):
        if not HearingDialog.objectName():
            HearingDialog.setObjectName(u"HearingDialog")
        self.column = QVBoxLayout(HearingDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.requested_by_label = QLabel(HearingDialog)
        self.requested_by_label.setObjectName(u"requested_by_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requested_by_label)

        self.requested_by = QLineEdit(HearingDialog)
        self.requested_by.setObjectName(u"requested_by")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requested_by)

        self.requested_on_label = QLabel(HearingDialog)
        self.requested_on_label.setObjectName(u"requested_on_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requested_on_label)

        self.requested_on = QDateEdit(HearingDialog)
        self.requested_on.setObjectName(u"requested_on")
        self.requested_on.setDisplayFormat(u"yyyy-MM-dd")
        self.requested_on.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requested_on)

        self.reason_label = QLabel(HearingDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(HearingDialog)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.good_cause = QCheckBox(HearingDialog)
        self.good_cause.setObjectName(u"good_cause")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.good_cause)

        self.day_label = QLabel(HearingDialog)
        self.day_label.setObjectName(u"day_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.day_label)

        self.day = QDateEdit(HearingDialog)
        self.day.setObjectName(u"day")
        self.day.setDisplayFormat(u"yyyy-MM-dd")
        self.day.setCalendarPopup(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.day)

        self.start_label = QLabel(HearingDialog)
        self.start_label.setObjectName(u"start_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start = QTimeEdit(HearingDialog)
        self.start.setObjectName(u"start")
        self.start.setDisplayFormat(u"HH:mm")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.start)

        self.end_label = QLabel(HearingDialog)
        self.end_label.setObjectName(u"end_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end = QTimeEdit(HearingDialog)
        self.end.setObjectName(u"end")
        self.end.setDisplayFormat(u"HH:mm")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end)

        self.room_label = QLabel(HearingDialog)
        self.room_label.setObjectName(u"room_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.room_label)

        self.room = QLineEdit(HearingDialog)
        self.room.setObjectName(u"room")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.room)

        self.arbitrators_label = QLabel(HearingDialog)
        self.arbitrators_label.setObjectName(u"arbitrators_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.arbitrators_label)

        self.arbitrators = QLineEdit(HearingDialog)
        self.arbitrators.setObjectName(u"arbitrators")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.arbitrators)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.requested_by_label.setBuddy(self.requested_by)
        self.requested_on_label.setBuddy(self.requested_on)
        self.reason_label.setBuddy(self.reason)
        self.day_label.setBuddy(self.day)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.room_label.setBuddy(self.room)
        self.arbitrators_label.setBuddy(self.arbitrators)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HearingDialog)

        QMetaObject.connectSlotsByName(HearingDialog)
    # setupUi

    def retranslateUi(self, HearingDialog):
        self.requested_by_label.setText(QCoreApplication.translate("HearingDialog", u"\u7533\u8bf7\u4eba", None))
        self.requested_by.setPlaceholderText(QCoreApplication.translate("HearingDialog", u"\u63d0\u51fa\u5ef6\u671f\u7533\u8bf7\u7684\u5f53\u4e8b\u4eba", None))
        self.requested_on_label.setText(QCoreApplication.translate("HearingDialog", u"\u7533\u8bf7\u65e5\u671f", None))
        self.reason_label.setText(QCoreApplication.translate("HearingDialog", u"\u5ef6\u671f\u7406\u7531", None))
        self.good_cause.setText(QCoreApplication.translate("HearingDialog", u"\u5f00\u5ead\u524d\u4e09\u65e5\u5185\u63d0\u51fa\uff0c\u4f46\u786e\u6709\u6b63\u5f53\u7406\u7531", None))
        self.day_label.setText(QCoreApplication.translate("HearingDialog", u"\u5f00\u5ead\u65e5\u671f", None))
        self.start_label.setText(QCoreApplication.translate("HearingDialog", u"\u5f00\u59cb\u65f6\u95f4", None))
        self.end_label.setText(QCoreApplication.translate("HearingDialog", u"\u7ed3\u675f\u65f6\u95f4", None))
        self.room_label.setText(QCoreApplication.translate("HearingDialog", u"\u4ef2\u88c1\u5ead\u5ba4", None))
        self.room.setPlaceholderText(QCoreApplication.translate("HearingDialog", u"\u4f8b\u5982\uff1a\u7b2c\u4e00\u4ef2\u88c1\u5ead", None))
        self.arbitrators_label.setText(QCoreApplication.translate("HearingDialog", u"\u4ef2\u88c1\u5458", None))
        self.arbitrators.setPlaceholderText(QCoreApplication.translate("HearingDialog", u"\u591a\u540d\u4ef2\u88c1\u5458\u7528\u987f\u53f7\u5206\u9694\uff1b\u4e0d\u6539\u5219\u4e3a\u4ef2\u88c1\u5ead\u7ec4\u6210\u4eba\u5458", None))
        pass
    # retranslateUi
