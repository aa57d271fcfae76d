# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_reason_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        self.column = QVBoxLayout(ReasonDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.award_label = QLabel(ReasonDialog)
        self.award_label.setObjectName(u"award_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.award_label)

        self.award = QLineEdit(ReasonDialog)
        self.award.setObjectName(u"award")
        self.award.setReadOnly(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.award)

        self.reason_label = QLabel(ReasonDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(ReasonDialog)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.award_label.setBuddy(self.award)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReasonDialog)

        QMetaObject.connectSlotsByName(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog):
        self.award_label.setText(QCoreApplication.translate("ReasonDialog", u"\u66f4\u6b63\u7684\u6587\u4e66", None))
        self.reason_label.setText(QCoreApplication.translate("ReasonDialog", u"\u66f4\u6b63\u7406\u7531", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("ReasonDialog", u"\u4f8b\u5982\uff1a\u7b2c\u4e00\u9879\u88c1\u51b3\u91d1\u989d\u8ba1\u7b97\u9519\u8bef", None))
        pass
    # retranslateUi
