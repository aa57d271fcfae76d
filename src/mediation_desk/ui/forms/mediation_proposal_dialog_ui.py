# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_proposal_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QWidget)

class Ui_ProposalDialog(object):
    def setupUi(self, ProposalDialog):
        if not ProposalDialog.objectName():
            ProposalDialog.setObjectName(u"ProposalDialog")
        self.fields = QFormLayout(ProposalDialog)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.side_label = QLabel(ProposalDialog)
        self.side_label.setObjectName(u"side_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.side_label)

        self.side = QComboBox(ProposalDialog)
        self.side.setObjectName(u"side")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.side)

        self.party_label = QLabel(ProposalDialog)
        self.party_label.setObjectName(u"party_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.party_label)

        self.party = QComboBox(ProposalDialog)
        self.party.setObjectName(u"party")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.party)

        self.content_label = QLabel(ProposalDialog)
        self.content_label.setObjectName(u"content_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.content_label)

        self.content = QPlainTextEdit(ProposalDialog)
        self.content.setObjectName(u"content")
        self.content.setMaximumSize(QSize(16777215, 120))

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.content)

        self.amount_label = QLabel(ProposalDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount = QLineEdit(ProposalDialog)
        self.amount.setObjectName(u"amount")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amount)

        self.on_label = QLabel(ProposalDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on = QDateEdit(ProposalDialog)
        self.on.setObjectName(u"on")
        self.on.setDisplayFormat(u"yyyy-MM-dd")
        self.on.setCalendarPopup(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.on)

#if QT_CONFIG(shortcut)
        self.side_label.setBuddy(self.side)
        self.party_label.setBuddy(self.party)
        self.content_label.setBuddy(self.content)
        self.amount_label.setBuddy(self.amount)
        self.on_label.setBuddy(self.on)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProposalDialog)

        QMetaObject.connectSlotsByName(ProposalDialog)
    # setupUi

    def retranslateUi(self, ProposalDialog):
        self.side_label.setText(QCoreApplication.translate("ProposalDialog", u"\u63d0\u51fa\u65b9", None))
        self.party_label.setText(QCoreApplication.translate("ProposalDialog", u"\u63d0\u51fa\u4eba", None))
        self.content_label.setText(QCoreApplication.translate("ProposalDialog", u"\u65b9\u6848\u5185\u5bb9", None))
        self.amount_label.setText(QCoreApplication.translate("ProposalDialog", u"\u91d1\u989d", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"\u5143\uff0c\u53ef\u4e0d\u586b", None))
        self.on_label.setText(QCoreApplication.translate("ProposalDialog", u"\u63d0\u51fa\u65e5\u671f", None))
        pass
    # retranslateUi
