# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_date_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DateDialog(object):
    def setupUi(self, DateDialog):
        if not DateDialog.objectName():
            DateDialog.setObjectName(u"DateDialog")
        self.column = QVBoxLayout(DateDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.on_label = QLabel(DateDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on = QDateEdit(DateDialog)
        self.on.setObjectName(u"on")
        self.on.setDisplayFormat(u"yyyy-MM-dd")
        self.on.setCalendarPopup(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.on_label.setBuddy(self.on)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DateDialog)

        QMetaObject.connectSlotsByName(DateDialog)
    # setupUi

    def retranslateUi(self, DateDialog):
        self.on_label.setText("")
        pass
    # retranslateUi
