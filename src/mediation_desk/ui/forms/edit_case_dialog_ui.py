# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/edit_case_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EditCaseDialog(object):
    def setupUi(self, EditCaseDialog):
        if not EditCaseDialog.objectName():
            EditCaseDialog.setObjectName(u"EditCaseDialog")
        self.column = QVBoxLayout(EditCaseDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(EditCaseDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.platform_label = QLabel(EditCaseDialog)
        self.platform_label.setObjectName(u"platform_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.platform_label)

        self.platform = QLineEdit(EditCaseDialog)
        self.platform.setObjectName(u"platform")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.platform)

        self.facts_label = QLabel(EditCaseDialog)
        self.facts_label.setObjectName(u"facts_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.facts_label)

        self.facts = QPlainTextEdit(EditCaseDialog)
        self.facts.setObjectName(u"facts")
        self.facts.setMinimumSize(QSize(0, 160))

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.facts)


        self.column.addLayout(self.fields)

        self.theirs_label = QLabel(EditCaseDialog)
        self.theirs_label.setObjectName(u"theirs_label")
        self.theirs_label.setWordWrap(True)

        self.column.addWidget(self.theirs_label)

        self.theirs = QPlainTextEdit(EditCaseDialog)
        self.theirs.setObjectName(u"theirs")
        self.theirs.setMaximumSize(QSize(16777215, 120))
        self.theirs.setReadOnly(True)

        self.column.addWidget(self.theirs)

#if QT_CONFIG(shortcut)
        self.platform_label.setBuddy(self.platform)
        self.facts_label.setBuddy(self.facts)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EditCaseDialog)

        QMetaObject.connectSlotsByName(EditCaseDialog)
    # setupUi

    def retranslateUi(self, EditCaseDialog):
        self.platform_label.setText(QCoreApplication.translate("EditCaseDialog", u"\u5e73\u53f0", None))
        self.facts_label.setText(QCoreApplication.translate("EditCaseDialog", u"\u6848\u60c5", None))
        self.theirs_label.setText(QCoreApplication.translate("EditCaseDialog", u"\u5176\u4ed6\u5de5\u4f5c\u53f0\u4fdd\u5b58\u7684\u5185\u5bb9\uff08\u5df2\u8f7d\u5165\uff0c\u4ec5\u4f9b\u5bf9\u7167\uff09\uff1a", None))
        pass
    # retranslateUi
