# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/endpoint_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_EndpointDialog(object):
    def setupUi(self, EndpointDialog):
        if not EndpointDialog.objectName():
            EndpointDialog.setObjectName(u"EndpointDialog")
        self.column = QVBoxLayout(EndpointDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(EndpointDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(EndpointDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(EndpointDialog)
        self.name.setObjectName(u"name")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.url_label = QLabel(EndpointDialog)
        self.url_label.setObjectName(u"url_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.url_label)

        self.url = QLineEdit(EndpointDialog)
        self.url.setObjectName(u"url")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.url)

        self.ca_file_label = QLabel(EndpointDialog)
        self.ca_file_label.setObjectName(u"ca_file_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ca_file_label)

        self.ca_file_box = QWidget(EndpointDialog)
        self.ca_file_box.setObjectName(u"ca_file_box")
        self.ca_file_row = QHBoxLayout(self.ca_file_box)
        self.ca_file_row.setObjectName(u"ca_file_row")
        self.ca_file_row.setContentsMargins(0, 0, 0, 0)
        self.ca_file = QLineEdit(self.ca_file_box)
        self.ca_file.setObjectName(u"ca_file")

        self.ca_file_row.addWidget(self.ca_file)

        self.ca_file_button = QPushButton(self.ca_file_box)
        self.ca_file_button.setObjectName(u"ca_file_button")

        self.ca_file_row.addWidget(self.ca_file_button)


        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ca_file_box)

        self.client_cert_label = QLabel(EndpointDialog)
        self.client_cert_label.setObjectName(u"client_cert_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.client_cert_label)

        self.client_cert_box = QWidget(EndpointDialog)
        self.client_cert_box.setObjectName(u"client_cert_box")
        self.client_cert_row = QHBoxLayout(self.client_cert_box)
        self.client_cert_row.setObjectName(u"client_cert_row")
        self.client_cert_row.setContentsMargins(0, 0, 0, 0)
        self.client_cert = QLineEdit(self.client_cert_box)
        self.client_cert.setObjectName(u"client_cert")

        self.client_cert_row.addWidget(self.client_cert)

        self.client_cert_button = QPushButton(self.client_cert_box)
        self.client_cert_button.setObjectName(u"client_cert_button")

        self.client_cert_row.addWidget(self.client_cert_button)


        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.client_cert_box)

        self.client_key_label = QLabel(EndpointDialog)
        self.client_key_label.setObjectName(u"client_key_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.client_key_label)

        self.client_key_box = QWidget(EndpointDialog)
        self.client_key_box.setObjectName(u"client_key_box")
        self.client_key_row = QHBoxLayout(self.client_key_box)
        self.client_key_row.setObjectName(u"client_key_row")
        self.client_key_row.setContentsMargins(0, 0, 0, 0)
        self.client_key = QLineEdit(self.client_key_box)
        self.client_key.setObjectName(u"client_key")

        self.client_key_row.addWidget(self.client_key)

        self.client_key_button = QPushButton(self.client_key_box)
        self.client_key_button.setObjectName(u"client_key_button")

        self.client_key_row.addWidget(self.client_key_button)


        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.client_key_box)

        self.timeout_s_label = QLabel(EndpointDialog)
        self.timeout_s_label.setObjectName(u"timeout_s_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timeout_s_label)

        self.timeout_s = QSpinBox(EndpointDialog)
        self.timeout_s.setObjectName(u"timeout_s")
        self.timeout_s.setMinimum(1)
        self.timeout_s.setMaximum(600)
        self.timeout_s.setValue(60)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timeout_s)

        self.make_default = QCheckBox(EndpointDialog)
        self.make_default.setObjectName(u"make_default")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.make_default)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.url_label.setBuddy(self.url)
        self.ca_file_label.setBuddy(self.ca_file)
        self.client_cert_label.setBuddy(self.client_cert)
        self.client_key_label.setBuddy(self.client_key)
        self.timeout_s_label.setBuddy(self.timeout_s)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EndpointDialog)

        QMetaObject.connectSlotsByName(EndpointDialog)
    # setupUi

    def retranslateUi(self, EndpointDialog):
        self.name_label.setText(QCoreApplication.translate("EndpointDialog", u"\u540d\u79f0", None))
        self.name.setPlaceholderText(QCoreApplication.translate("EndpointDialog", u"\u5982\uff1a\u5357\u660c\u4e2d\u9662", None))
        self.url_label.setText(QCoreApplication.translate("EndpointDialog", u"\u63a5\u6536\u5730\u5740", None))
        self.url.setPlaceholderText(QCoreApplication.translate("EndpointDialog", u"https://", None))
        self.ca_file_label.setText(QCoreApplication.translate("EndpointDialog", u"CA\u8bc1\u4e66\u6587\u4ef6", None))
        self.ca_file.setPlaceholderText(QCoreApplication.translate("EndpointDialog", u"\u7559\u7a7a\uff1a\u4f7f\u7528\u7cfb\u7edf\u4fe1\u4efb\u7684\u8bc1\u4e66", None))
        self.ca_file_button.setText(QCoreApplication.translate("EndpointDialog", u"\u9009\u62e9\u2026", None))
        self.client_cert_label.setText(QCoreApplication.translate("EndpointDialog", u"\u5ba2\u6237\u7aef\u8bc1\u4e66\u6587\u4ef6", None))
        self.client_cert.setPlaceholderText(QCoreApplication.translate("EndpointDialog", u"\u53cc\u5411\u8ba4\u8bc1\u65f6\u586b\u5199", None))
        self.client_cert_button.setText(QCoreApplication.translate("EndpointDialog", u"\u9009\u62e9\u2026", None))
        self.client_key_label.setText(QCoreApplication.translate("EndpointDialog", u"\u5ba2\u6237\u7aef\u79c1\u94a5\u6587\u4ef6", None))
        self.client_key.setPlaceholderText(QCoreApplication.translate("EndpointDialog", u"\u79c1\u94a5\u6587\u4ef6\u4e0d\u80fd\u8bbe\u5bc6\u7801", None))
        self.client_key_button.setText(QCoreApplication.translate("EndpointDialog", u"\u9009\u62e9\u2026", None))
        self.timeout_s_label.setText(QCoreApplication.translate("EndpointDialog", u"\u8d85\u65f6\uff08\u79d2\uff09", None))
        self.make_default.setText(QCoreApplication.translate("EndpointDialog", u"\u65b0\u7684\u79fb\u4ea4\u5305\u9ed8\u8ba4\u53d1\u5f80\u6b64\u5730\u5740", None))
        pass
    # retranslateUi
