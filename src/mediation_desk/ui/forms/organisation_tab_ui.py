# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/organisation_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OrganisationTab(object):
    def setupUi(self, OrganisationTab):
        if not OrganisationTab.objectName():
            OrganisationTab.setObjectName(u"OrganisationTab")
        self.column = QVBoxLayout(OrganisationTab)
        self.column.setObjectName(u"column")
        self.note = QLabel(OrganisationTab)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.column.addWidget(self.note)

        self.box = QGroupBox(OrganisationTab)
        self.box.setObjectName(u"box")
        self.box.setMaximumSize(QSize(760, 16777215))
        self.box_column = QVBoxLayout(self.box)
        self.box_column.setObjectName(u"box_column")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.box)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.box)
        self.name.setObjectName(u"name")
        self.name.setMinimumSize(QSize(320, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kind_label = QLabel(self.box)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(self.box)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.doc_prefix_label = QLabel(self.box)
        self.doc_prefix_label.setObjectName(u"doc_prefix_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doc_prefix_label)

        self.doc_prefix = QLineEdit(self.box)
        self.doc_prefix.setObjectName(u"doc_prefix")
        self.doc_prefix.setMinimumSize(QSize(320, 0))

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doc_prefix)

        self.address_label = QLabel(self.box)
        self.address_label.setObjectName(u"address_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.box)
        self.address.setObjectName(u"address")
        self.address.setMinimumSize(QSize(320, 0))

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address)

        self.phone_label = QLabel(self.box)
        self.phone_label.setObjectName(u"phone_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.box)
        self.phone.setObjectName(u"phone")
        self.phone.setMinimumSize(QSize(320, 0))

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)


        self.box_column.addLayout(self.fields)

        self.message = QLabel(self.box)
        self.message.setObjectName(u"message")
        self.message.setVisible(False)
        self.message.setWordWrap(True)

        self.box_column.addWidget(self.message)

        self.saved = QLabel(self.box)
        self.saved.setObjectName(u"saved")
        self.saved.setStyleSheet(u"color: #1e6b30;")
        self.saved.setWordWrap(True)

        self.box_column.addWidget(self.saved)

        self.save_row = QHBoxLayout()
        self.save_row.setObjectName(u"save_row")
        self.save_button = QPushButton(self.box)
        self.save_button.setObjectName(u"save_button")

        self.save_row.addWidget(self.save_button)

        self.save_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_row.addItem(self.save_gap)


        self.box_column.addLayout(self.save_row)


        self.column.addWidget(self.box)

        self.hint = QLabel(OrganisationTab)
        self.hint.setObjectName(u"hint")
        self.hint.setMaximumSize(QSize(760, 16777215))
        self.hint.setStyleSheet(u"color: #555555;")
        self.hint.setWordWrap(True)

        self.column.addWidget(self.hint)

        self.bottom_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.bottom_gap)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.doc_prefix_label.setBuddy(self.doc_prefix)
        self.address_label.setBuddy(self.address)
        self.phone_label.setBuddy(self.phone)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationTab)

        QMetaObject.connectSlotsByName(OrganisationTab)
    # setupUi

    def retranslateUi(self, OrganisationTab):
        self.note.setText(QCoreApplication.translate("OrganisationTab", u"\u53ea\u6709\u7ba1\u7406\u5458\u53ef\u4ee5\u4fee\u6539\u673a\u6784\u4fe1\u606f\u3002", None))
        self.box.setTitle(QCoreApplication.translate("OrganisationTab", u"\u673a\u6784\u4fe1\u606f", None))
        self.name_label.setText(QCoreApplication.translate("OrganisationTab", u"\u673a\u6784\u5168\u79f0", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OrganisationTab", u"\u5982\uff1a\u5357\u660c\u5e02\u52b3\u52a8\u4eba\u4e8b\u4e89\u8bae\u4ef2\u88c1\u59d4\u5458\u4f1a", None))
        self.kind_label.setText(QCoreApplication.translate("OrganisationTab", u"\u673a\u6784\u7c7b\u578b", None))
        self.doc_prefix_label.setText(QCoreApplication.translate("OrganisationTab", u"\u6587\u4e66\u5b57\u53f7\u524d\u7f00", None))
        self.address_label.setText(QCoreApplication.translate("OrganisationTab", u"\u5730\u5740", None))
        self.phone_label.setText(QCoreApplication.translate("OrganisationTab", u"\u7535\u8bdd", None))
        self.save_button.setText(QCoreApplication.translate("OrganisationTab", u"\u4fdd\u5b58\u673a\u6784\u4fe1\u606f", None))
        self.hint.setText(QCoreApplication.translate("OrganisationTab", u"\u673a\u6784\u540d\u79f0\u548c\u6587\u4e66\u5b57\u53f7\u524d\u7f00\u7528\u4e8e\u6848\u53f7\u548c\u6587\u4e66\uff0c\u5982\u201c\u6d2a\u52b3\u4eba\u4ef2\u6848\u5b57\u30142026\u3015\u7b2c12\u53f7\u201d\u3002", None))
        pass
    # retranslateUi
