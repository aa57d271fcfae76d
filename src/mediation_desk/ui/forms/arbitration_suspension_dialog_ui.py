# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_suspension_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SuspensionDialog(object):
    def setupUi(self, SuspensionDialog):
        if not SuspensionDialog.objectName():
            SuspensionDialog.setObjectName(u"SuspensionDialog")
        self.column = QVBoxLayout(SuspensionDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(SuspensionDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(SuspensionDialog)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.start_label = QLabel(SuspensionDialog)
        self.start_label.setObjectName(u"start_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start = QDateEdit(SuspensionDialog)
        self.start.setObjectName(u"start")
        self.start.setDisplayFormat(u"yyyy-MM-dd")
        self.start.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start)

        self.ended = QCheckBox(SuspensionDialog)
        self.ended.setObjectName(u"ended")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ended)

        self.end_label = QLabel(SuspensionDialog)
        self.end_label.setObjectName(u"end_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end = QDateEdit(SuspensionDialog)
        self.end.setObjectName(u"end")
        self.end.setEnabled(False)
        self.end.setDisplayFormat(u"yyyy-MM-dd")
        self.end.setCalendarPopup(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.end)

        self.reason_label = QLabel(SuspensionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(SuspensionDialog)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SuspensionDialog)

        QMetaObject.connectSlotsByName(SuspensionDialog)
    # setupUi

    def retranslateUi(self, SuspensionDialog):
        self.kind_label.setText(QCoreApplication.translate("SuspensionDialog", u"\u79cd\u7c7b", None))
        self.start_label.setText(QCoreApplication.translate("SuspensionDialog", u"\u5f00\u59cb\u65e5\u671f", None))
        self.ended.setText(QCoreApplication.translate("SuspensionDialog", u"\u5df2\u7ed3\u675f", None))
        self.end_label.setText(QCoreApplication.translate("SuspensionDialog", u"\u7ed3\u675f\u65e5\u671f", None))
        self.reason_label.setText(QCoreApplication.translate("SuspensionDialog", u"\u7406\u7531", None))
        pass
    # retranslateUi
