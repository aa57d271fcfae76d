# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/inspection_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_InspectionTab(object):
    def setupUi(self, InspectionTab):
        if not InspectionTab.objectName():
            InspectionTab.setObjectName(u"InspectionTab")
        self.column = QVBoxLayout(InspectionTab)
        self.column.setObjectName(u"column")
        self.note = QLabel(InspectionTab)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.column.addWidget(self.note)

        self.settings_box = QGroupBox(InspectionTab)
        self.settings_box.setObjectName(u"settings_box")
        self.settings_box.setMaximumSize(QSize(880, 16777215))
        self.settings_column = QVBoxLayout(self.settings_box)
        self.settings_column.setObjectName(u"settings_column")
        self.explanation = QLabel(self.settings_box)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.settings_column.addWidget(self.explanation)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.min_cases_label = QLabel(self.settings_box)
        self.min_cases_label.setObjectName(u"min_cases_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.min_cases_label)

        self.min_cases = QSpinBox(self.settings_box)
        self.min_cases.setObjectName(u"min_cases")
        self.min_cases.setMaximumSize(QSize(140, 16777215))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.min_cases)

        self.window_days_label = QLabel(self.settings_box)
        self.window_days_label.setObjectName(u"window_days_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.window_days_label)

        self.window_days = QSpinBox(self.settings_box)
        self.window_days.setObjectName(u"window_days")
        self.window_days.setMaximumSize(QSize(140, 16777215))

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.window_days)


        self.settings_column.addLayout(self.fields)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.save_button = QPushButton(self.settings_box)
        self.save_button.setObjectName(u"save_button")

        self.button_row.addWidget(self.save_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.settings_column.addLayout(self.button_row)


        self.column.addWidget(self.settings_box)

        self.message = QLabel(InspectionTab)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.column.addWidget(self.message)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.bottom_spacer)

        self.column.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.min_cases_label.setBuddy(self.min_cases)
        self.window_days_label.setBuddy(self.window_days)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionTab)

        QMetaObject.connectSlotsByName(InspectionTab)
    # setupUi

    def retranslateUi(self, InspectionTab):
        self.note.setText(QCoreApplication.translate("InspectionTab", u"\u53ea\u6709\u7ba1\u7406\u5458\u53ef\u4ee5\u66f4\u6539\u91cd\u590d\u88ab\u7533\u8bf7\u4eba\u7684\u9884\u8b66\u6761\u4ef6\u3002", None))
        self.settings_box.setTitle(QCoreApplication.translate("InspectionTab", u"\u91cd\u590d\u88ab\u7533\u8bf7\u4eba\u9884\u8b66", None))
        self.explanation.setText(QCoreApplication.translate("InspectionTab", u"\u540c\u4e00\u7528\u4eba\u5355\u4f4d\u6216\u5e73\u53f0\u4f01\u4e1a\u5728\u7edf\u8ba1\u671f\u95f4\u5185\u4f5c\u4e3a\u88ab\u7533\u8bf7\u4eba\u7684\u65b0\u6536\u6848\u4ef6\u8fbe\u5230\u6240\u8bbe\u4ef6\u6570\u65f6\uff0c\u5217\u5165\u201c\u76d1\u5bdf\u8f6c\u9001\u201d\u9875\u7684\u91cd\u590d\u88ab\u7533\u8bf7\u4eba\u540d\u5355\uff0c\u4f5c\u4e3a\u8054\u5408\u76d1\u7ba1\u548c\u8f6c\u9001\u52b3\u52a8\u4fdd\u969c\u76d1\u5bdf\u7684\u7ebf\u7d22\u3002\u7edf\u8ba1\u671f\u95f4\u4e3a\u622a\u81f3\u67e5\u770b\u65e5\uff08\u542b\u5f53\u65e5\uff09\u7684\u82e5\u5e72\u5929\u3002", None))
        self.min_cases_label.setText(QCoreApplication.translate("InspectionTab", u"\u6848\u4ef6\u6570\u4e0d\u5c11\u4e8e", None))
        self.min_cases.setSuffix(QCoreApplication.translate("InspectionTab", u" \u4ef6", None))
        self.window_days_label.setText(QCoreApplication.translate("InspectionTab", u"\u7edf\u8ba1\u671f\u95f4", None))
        self.window_days.setSuffix(QCoreApplication.translate("InspectionTab", u" \u5929", None))
        self.save_button.setText(QCoreApplication.translate("InspectionTab", u"\u4fdd\u5b58", None))
        pass
    # retranslateUi
