# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_notice_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NoticeDialog(object):
    def setupUi(self, NoticeDialog):
        if not NoticeDialog.objectName():
            NoticeDialog.setObjectName(u"NoticeDialog")
        self.column = QVBoxLayout(NoticeDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.hearing_label = QLabel(NoticeDialog)
        self.hearing_label.setObjectName(u"hearing_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hearing_label)

        self.hearing = QLineEdit(NoticeDialog)
        self.hearing.setObjectName(u"hearing")
        self.hearing.setReadOnly(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hearing)

        self.served_on_label = QLabel(NoticeDialog)
        self.served_on_label.setObjectName(u"served_on_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.served_on_label)

        self.served_on = QDateEdit(NoticeDialog)
        self.served_on.setObjectName(u"served_on")
        self.served_on.setDisplayFormat(u"yyyy-MM-dd")
        self.served_on.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.served_on)

        self.waived = QCheckBox(NoticeDialog)
        self.waived.setObjectName(u"waived")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.waived)

        self.waiver_note_label = QLabel(NoticeDialog)
        self.waiver_note_label.setObjectName(u"waiver_note_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.waiver_note_label)

        self.waiver_note = QLineEdit(NoticeDialog)
        self.waiver_note.setObjectName(u"waiver_note")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.waiver_note)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.hearing_label.setBuddy(self.hearing)
        self.served_on_label.setBuddy(self.served_on)
        self.waiver_note_label.setBuddy(self.waiver_note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeDialog)

        QMetaObject.connectSlotsByName(NoticeDialog)
    # setupUi

    def retranslateUi(self, NoticeDialog):
        self.hearing_label.setText(QCoreApplication.translate("NoticeDialog", u"\u5f00\u5ead", None))
        self.served_on_label.setText(QCoreApplication.translate("NoticeDialog", u"\u9001\u8fbe\u65e5\u671f", None))
        self.waived.setText(QCoreApplication.translate("NoticeDialog", u"\u5f53\u4e8b\u4eba\u4e66\u9762\u540c\u610f\u653e\u5f03\u4e94\u65e5\u901a\u77e5\u671f\u9650", None))
        self.waiver_note_label.setText(QCoreApplication.translate("NoticeDialog", u"\u653e\u5f03\u60c5\u51b5", None))
        pass
    # retranslateUi
