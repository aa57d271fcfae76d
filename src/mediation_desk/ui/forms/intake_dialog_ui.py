# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/intake_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog):
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        self.outer = QVBoxLayout(IntakeDialog)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(IntakeDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.page = QWidget()
        self.page.setObjectName(u"page")
        self.column = QVBoxLayout(self.page)
        self.column.setObjectName(u"column")
        self.intro = QLabel(self.page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.column.addWidget(self.intro)

        self.sheet_box = QGroupBox(self.page)
        self.sheet_box.setObjectName(u"sheet_box")
        self.sheet = QVBoxLayout(self.sheet_box)
        self.sheet.setObjectName(u"sheet")
        self.sheet_hint = QLabel(self.sheet_box)
        self.sheet_hint.setObjectName(u"sheet_hint")
        self.sheet_hint.setWordWrap(True)

        self.sheet.addWidget(self.sheet_hint)

        self.sheet_bar = QHBoxLayout()
        self.sheet_bar.setObjectName(u"sheet_bar")
        self.choose_button = QPushButton(self.sheet_box)
        self.choose_button.setObjectName(u"choose_button")

        self.sheet_bar.addWidget(self.choose_button)

        self.sheet_label = QLabel(self.sheet_box)
        self.sheet_label.setObjectName(u"sheet_label")

        self.sheet_bar.addWidget(self.sheet_label)

        self.sheet_bar.setStretch(1, 1)

        self.sheet.addLayout(self.sheet_bar)

        self.sheet_errors = QLabel(self.sheet_box)
        self.sheet_errors.setObjectName(u"sheet_errors")
        self.sheet_errors.setVisible(False)
        self.sheet_errors.setWordWrap(True)
        self.sheet_errors.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sheet.addWidget(self.sheet_errors)

        self.members_table = QTableWidget(self.sheet_box)
        if (self.members_table.columnCount() < 5):
            self.members_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.members_table.setObjectName(u"members_table")
        self.members_table.setMinimumSize(QSize(0, 160))
        self.members_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.members_table.horizontalHeader().setStretchLastSection(True)

        self.sheet.addWidget(self.members_table)


        self.column.addWidget(self.sheet_box)

        self.worker_box = QGroupBox(self.page)
        self.worker_box.setObjectName(u"worker_box")
        self.worker_column = QVBoxLayout(self.worker_box)
        self.worker_column.setObjectName(u"worker_column")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.name_label = QLabel(self.worker_box)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.worker_box)
        self.name.setObjectName(u"name")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.id_number_label = QLabel(self.worker_box)
        self.id_number_label.setObjectName(u"id_number_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.id_number_label)

        self.id_number = QLineEdit(self.worker_box)
        self.id_number.setObjectName(u"id_number")
        self.id_number.setMaxLength(18)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.id_number)

        self.sex_label = QLabel(self.worker_box)
        self.sex_label.setObjectName(u"sex_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sex_label)

        self.sex = QComboBox(self.worker_box)
        self.sex.setObjectName(u"sex")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sex)

        self.phone_label = QLabel(self.worker_box)
        self.phone_label.setObjectName(u"phone_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.worker_box)
        self.phone.setObjectName(u"phone")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.address_label = QLabel(self.worker_box)
        self.address_label.setObjectName(u"address_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.worker_box)
        self.address.setObjectName(u"address")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)


        self.worker_column.addLayout(self.fields)


        self.column.addWidget(self.worker_box)

        self.case_box = QGroupBox(self.page)
        self.case_box.setObjectName(u"case_box")
        self.case_form = QGridLayout(self.case_box)
        self.case_form.setObjectName(u"case_form")
        self.industry_label = QLabel(self.case_box)
        self.industry_label.setObjectName(u"industry_label")

        self.case_form.addWidget(self.industry_label, 0, 0, 1, 1)

        self.platform_label = QLabel(self.case_box)
        self.platform_label.setObjectName(u"platform_label")

        self.case_form.addWidget(self.platform_label, 0, 1, 1, 1)

        self.received_on_label = QLabel(self.case_box)
        self.received_on_label.setObjectName(u"received_on_label")

        self.case_form.addWidget(self.received_on_label, 0, 2, 1, 1)

        self.channel_label = QLabel(self.case_box)
        self.channel_label.setObjectName(u"channel_label")

        self.case_form.addWidget(self.channel_label, 0, 3, 1, 1)

        self.industry = QComboBox(self.case_box)
        self.industry.setObjectName(u"industry")

        self.case_form.addWidget(self.industry, 1, 0, 1, 1)

        self.platform = QComboBox(self.case_box)
        self.platform.setObjectName(u"platform")
        self.platform.setEditable(True)

        self.case_form.addWidget(self.platform, 1, 1, 1, 1)

        self.received_on = QDateEdit(self.case_box)
        self.received_on.setObjectName(u"received_on")
        self.received_on.setDisplayFormat(u"yyyy-MM-dd")
        self.received_on.setCalendarPopup(True)

        self.case_form.addWidget(self.received_on, 1, 2, 1, 1)

        self.channel = QComboBox(self.case_box)
        self.channel.setObjectName(u"channel")

        self.case_form.addWidget(self.channel, 1, 3, 1, 1)

        self.case_errors = QLabel(self.case_box)
        self.case_errors.setObjectName(u"case_errors")
        self.case_errors.setVisible(False)
        self.case_errors.setWordWrap(True)
        self.case_errors.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.case_form.addWidget(self.case_errors, 2, 0, 1, 4)


        self.column.addWidget(self.case_box)

        self.row_lists = QVBoxLayout()
        self.row_lists.setObjectName(u"row_lists")

        self.column.addLayout(self.row_lists)

        self.facts_box = QGroupBox(self.page)
        self.facts_box.setObjectName(u"facts_box")
        self.facts_column = QVBoxLayout(self.facts_box)
        self.facts_column.setObjectName(u"facts_column")
        self.facts = QPlainTextEdit(self.facts_box)
        self.facts.setObjectName(u"facts")
        self.facts.setMinimumSize(QSize(0, 110))

        self.facts_column.addWidget(self.facts)

        self.facts_error = QLabel(self.facts_box)
        self.facts_error.setObjectName(u"facts_error")
        self.facts_error.setVisible(False)
        self.facts_error.setWordWrap(True)
        self.facts_error.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_column.addWidget(self.facts_error)


        self.column.addWidget(self.facts_box)

        self.column_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.column_stretch)

        self.scroll.setWidget(self.page)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.id_number_label.setBuddy(self.id_number)
        self.sex_label.setBuddy(self.sex)
        self.phone_label.setBuddy(self.phone)
        self.address_label.setBuddy(self.address)
        self.industry_label.setBuddy(self.industry)
        self.platform_label.setBuddy(self.platform)
        self.received_on_label.setBuddy(self.received_on)
        self.channel_label.setBuddy(self.channel)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakeDialog)

        QMetaObject.connectSlotsByName(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog):
        self.intro.setText(QCoreApplication.translate("IntakeDialog", u"\u5e26 * \u7684\u4e3a\u5fc5\u586b\u9879\u3002\u8eab\u4efd\u8bc1\u53f7\u7801\u548c\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u4f1a\u6821\u9a8c\u6821\u9a8c\u4f4d\uff1b\u5168\u90e8\u65e0\u8bef\u540e\u624d\u4f1a\u4fdd\u5b58\u3002", None))
        self.sheet_box.setTitle(QCoreApplication.translate("IntakeDialog", u"\u52b3\u52a8\u8005\u540d\u5355\uff08\u5341\u4eba\u4ee5\u4e0a\u7684\u96c6\u4f53\u4e89\u8bae\uff09", None))
        self.sheet_hint.setText(QCoreApplication.translate("IntakeDialog", u"\u8868\u683c\u7b2c\u4e00\u884c\u4e3a\u5217\u540d\uff1a\u59d3\u540d\u3001\u8eab\u4efd\u8bc1\u53f7\u7801\u3001\u624b\u673a\u53f7\u7801\u3001\u4ee3\u8868\uff08\u662f/\u5426\uff09\uff0c\u4ee5\u53ca\u6bcf\u9879\u8bf7\u6c42\u4e00\u5217\uff08\u5217\u540d\u4e3a\u8bf7\u6c42\u4e8b\u9879\uff0c\u5982\u201c\u62d6\u6b20\u52b3\u52a8\u62a5\u916c\u201d\uff09\uff0c\u586b\u5199\u6bcf\u4eba\u7684\u91d1\u989d\u3002", None))
        self.choose_button.setText(QCoreApplication.translate("IntakeDialog", u"\u9009\u62e9\u8868\u683c\uff08.xlsx / .csv\uff09\u2026", None))
        ___qtablewidgetitem = self.members_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("IntakeDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem1 = self.members_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("IntakeDialog", u"\u8eab\u4efd\u8bc1\u53f7\u7801", None))
        ___qtablewidgetitem2 = self.members_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("IntakeDialog", u"\u4ee3\u8868", None))
        ___qtablewidgetitem3 = self.members_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("IntakeDialog", u"\u8bf7\u6c42", None))
        ___qtablewidgetitem4 = self.members_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("IntakeDialog", u"\u91d1\u989d\u5408\u8ba1", None))
        self.worker_box.setTitle(QCoreApplication.translate("IntakeDialog", u"\u7533\u8bf7\u4eba\uff08\u52b3\u52a8\u8005\uff09", None))
        self.name_label.setText(QCoreApplication.translate("IntakeDialog", u"\u59d3\u540d *", None))
        self.id_number_label.setText(QCoreApplication.translate("IntakeDialog", u"\u8eab\u4efd\u8bc1\u53f7\u7801 *", None))
        self.sex_label.setText(QCoreApplication.translate("IntakeDialog", u"\u6027\u522b", None))
        self.phone_label.setText(QCoreApplication.translate("IntakeDialog", u"\u624b\u673a\u53f7\u7801", None))
        self.address_label.setText(QCoreApplication.translate("IntakeDialog", u"\u4f4f\u5740", None))
        self.case_box.setTitle(QCoreApplication.translate("IntakeDialog", u"\u6848\u4ef6", None))
        self.industry_label.setText(QCoreApplication.translate("IntakeDialog", u"\u884c\u4e1a", None))
        self.platform_label.setText(QCoreApplication.translate("IntakeDialog", u"\u5e73\u53f0", None))
        self.received_on_label.setText(QCoreApplication.translate("IntakeDialog", u"\u6536\u6848\u65e5\u671f", None))
        self.channel_label.setText(QCoreApplication.translate("IntakeDialog", u"\u7533\u8bf7\u65b9\u5f0f", None))
        self.facts_box.setTitle(QCoreApplication.translate("IntakeDialog", u"\u4e8b\u5b9e\u548c\u7406\u7531 *", None))
        self.facts.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u4f55\u65f6\u8d77\u5728\u54ea\u4e2a\u5e73\u53f0\u3001\u4e3a\u54ea\u5bb6\u4f01\u4e1a\u5de5\u4f5c\uff0c\u5982\u4f55\u6d3e\u5355\u3001\u8003\u52e4\u3001\u8ba1\u916c\u548c\u5904\u7f5a\uff0c\u4e89\u8bae\u5982\u4f55\u53d1\u751f\uff0c\u5df2\u4f5c\u8fc7\u54ea\u4e9b\u4ea4\u6d89\u2026\u2026", None))
        pass
    # retranslateUi
