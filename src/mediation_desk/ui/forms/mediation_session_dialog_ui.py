# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_session_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QTimeEdit, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        self.fields = QFormLayout(SessionDialog)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.held_on_label = QLabel(SessionDialog)
        self.held_on_label.setObjectName(u"held_on_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.held_on = QDateEdit(SessionDialog)
        self.held_on.setObjectName(u"held_on")
        self.held_on.setDisplayFormat(u"yyyy-MM-dd")
        self.held_on.setCalendarPopup(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_on)

        self.times_label = QLabel(SessionDialog)
        self.times_label.setObjectName(u"times_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.times_label)

        self.times = QHBoxLayout()
        self.times.setObjectName(u"times")
        self.starts_at = QTimeEdit(SessionDialog)
        self.starts_at.setObjectName(u"starts_at")
        self.starts_at.setDisplayFormat(u"HH:mm")

        self.times.addWidget(self.starts_at)

        self.to_label = QLabel(SessionDialog)
        self.to_label.setObjectName(u"to_label")

        self.times.addWidget(self.to_label)

        self.ends_at = QTimeEdit(SessionDialog)
        self.ends_at.setObjectName(u"ends_at")
        self.ends_at.setDisplayFormat(u"HH:mm")

        self.times.addWidget(self.ends_at)

        self.times_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.times.addItem(self.times_gap)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.times)

        self.place_label = QLabel(SessionDialog)
        self.place_label.setObjectName(u"place_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(SessionDialog)
        self.place.setObjectName(u"place")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.participants_label = QLabel(SessionDialog)
        self.participants_label.setObjectName(u"participants_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.participants_label)

        self.participants = QLineEdit(SessionDialog)
        self.participants.setObjectName(u"participants")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.participants)

        self.mediator_label = QLabel(SessionDialog)
        self.mediator_label.setObjectName(u"mediator_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mediator_label)

        self.mediator = QLineEdit(SessionDialog)
        self.mediator.setObjectName(u"mediator")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mediator)

        self.recorder_label = QLabel(SessionDialog)
        self.recorder_label.setObjectName(u"recorder_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.recorder_label)

        self.recorder = QLineEdit(SessionDialog)
        self.recorder.setObjectName(u"recorder")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recorder)

        self.record_label = QLabel(SessionDialog)
        self.record_label.setObjectName(u"record_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.record_label)

        self.record = QPlainTextEdit(SessionDialog)
        self.record.setObjectName(u"record")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.record)

        self.make_record = QComboBox(SessionDialog)
        self.make_record.setObjectName(u"make_record")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.make_record)

#if QT_CONFIG(shortcut)
        self.held_on_label.setBuddy(self.held_on)
        self.times_label.setBuddy(self.starts_at)
        self.place_label.setBuddy(self.place)
        self.participants_label.setBuddy(self.participants)
        self.mediator_label.setBuddy(self.mediator)
        self.recorder_label.setBuddy(self.recorder)
        self.record_label.setBuddy(self.record)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        self.held_on_label.setText(QCoreApplication.translate("SessionDialog", u"\u8c03\u89e3\u65e5\u671f", None))
        self.times_label.setText(QCoreApplication.translate("SessionDialog", u"\u5f00\u59cb\u548c\u7ed3\u675f\u65f6\u95f4", None))
        self.to_label.setText(QCoreApplication.translate("SessionDialog", u"\u81f3", None))
        self.place_label.setText(QCoreApplication.translate("SessionDialog", u"\u8c03\u89e3\u5730\u70b9", None))
        self.place.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"\u4f8b\u5982\uff1a\u7b2c\u4e8c\u8c03\u89e3\u5ba4", None))
        self.participants_label.setText(QCoreApplication.translate("SessionDialog", u"\u53c2\u52a0\u4eba\u5458", None))
        self.participants.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"\u5230\u573a\u4eba\u5458\uff0c\u4f8b\u5982\uff1a\u7533\u8bf7\u4eba\u672c\u4eba\uff1b\u88ab\u7533\u8bf7\u4eba\u8fd0\u8425\u4e3b\u7ba1\u5468\u67d0", None))
        self.mediator_label.setText(QCoreApplication.translate("SessionDialog", u"\u8c03\u89e3\u5458", None))
        self.recorder_label.setText(QCoreApplication.translate("SessionDialog", u"\u8bb0\u5f55\u4eba", None))
        self.record_label.setText(QCoreApplication.translate("SessionDialog", u"\u8c03\u89e3\u7b14\u5f55", None))
        self.record.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"\u6bcf\u884c\u4e00\u6bb5\u53d1\u8a00\uff0c\u683c\u5f0f\u201c\u53d1\u8a00\u4eba\uff1a\u5185\u5bb9\u201d\uff0c\u4f8b\u5982\uff1a\n"
"\u7533\u8bf7\u4eba\uff1a\u516c\u53f8\u6b20\u6211\u4e24\u4e2a\u6708\u5de5\u8d44\u3002", None))
        pass
    # retranslateUi
