# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_mediation_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_MediationDialog(object):
    def setupUi(self, MediationDialog):
        if not MediationDialog.objectName():
            MediationDialog.setObjectName(u"MediationDialog")
        self.column = QVBoxLayout(MediationDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.mediated_on_label = QLabel(MediationDialog)
        self.mediated_on_label.setObjectName(u"mediated_on_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mediated_on_label)

        self.mediated_on = QDateEdit(MediationDialog)
        self.mediated_on.setObjectName(u"mediated_on")
        self.mediated_on.setDisplayFormat(u"yyyy-MM-dd")
        self.mediated_on.setCalendarPopup(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mediated_on)

        self.claims_label = QLabel(MediationDialog)
        self.claims_label.setObjectName(u"claims_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.claims_label)

        self.claims = QPlainTextEdit(MediationDialog)
        self.claims.setObjectName(u"claims")
        self.claims.setMaximumSize(QSize(16777215, 80))

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.claims)

        self.agreement_box_label = QLabel(MediationDialog)
        self.agreement_box_label.setObjectName(u"agreement_box_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agreement_box_label)

        self.agreement_box = QWidget(MediationDialog)
        self.agreement_box.setObjectName(u"agreement_box")
        self.agreement_column = QVBoxLayout(self.agreement_box)
        self.agreement_column.setObjectName(u"agreement_column")
        self.agreement_column.setContentsMargins(0, 0, 0, 0)
        self.items = QTableWidget(self.agreement_box)
        if (self.items.columnCount() < 6):
            self.items.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.items.setObjectName(u"items")
        self.items.setMinimumSize(QSize(0, 150))
        self.items.verticalHeader().setVisible(False)

        self.agreement_column.addWidget(self.items)

        self.agreement_bar = QHBoxLayout()
        self.agreement_bar.setObjectName(u"agreement_bar")
        self.agreement_hint = QLabel(self.agreement_box)
        self.agreement_hint.setObjectName(u"agreement_hint")
        self.agreement_hint.setWordWrap(True)

        self.agreement_bar.addWidget(self.agreement_hint)

        self.add_button = QPushButton(self.agreement_box)
        self.add_button.setObjectName(u"add_button")

        self.agreement_bar.addWidget(self.add_button)

        self.remove_button = QPushButton(self.agreement_box)
        self.remove_button.setObjectName(u"remove_button")

        self.agreement_bar.addWidget(self.remove_button)

        self.agreement_bar.setStretch(0, 1)

        self.agreement_column.addLayout(self.agreement_bar)


        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agreement_box)

        self.arbitrators_label = QLabel(MediationDialog)
        self.arbitrators_label.setObjectName(u"arbitrators_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.arbitrators_label)

        self.arbitrators = QLineEdit(MediationDialog)
        self.arbitrators.setObjectName(u"arbitrators")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.arbitrators)

        self.clerk_label = QLabel(MediationDialog)
        self.clerk_label.setObjectName(u"clerk_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.clerk_label)

        self.clerk = QLineEdit(MediationDialog)
        self.clerk.setObjectName(u"clerk")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clerk)

        self.performance_label = QLabel(MediationDialog)
        self.performance_label.setObjectName(u"performance_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.performance_label)

        self.performance = QLineEdit(MediationDialog)
        self.performance.setObjectName(u"performance")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.performance)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.mediated_on_label.setBuddy(self.mediated_on)
        self.claims_label.setBuddy(self.claims)
        self.agreement_box_label.setBuddy(self.agreement_box)
        self.arbitrators_label.setBuddy(self.arbitrators)
        self.clerk_label.setBuddy(self.clerk)
        self.performance_label.setBuddy(self.performance)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MediationDialog)

        QMetaObject.connectSlotsByName(MediationDialog)
    # setupUi

    def retranslateUi(self, MediationDialog):
        self.mediated_on_label.setText(QCoreApplication.translate("MediationDialog", u"\u8c03\u89e3\u65e5\u671f", None))
        self.claims_label.setText(QCoreApplication.translate("MediationDialog", u"\u4ef2\u88c1\u8bf7\u6c42\uff08\u6bcf\u884c\u4e00\u9879\uff09", None))
        self.agreement_box_label.setText(QCoreApplication.translate("MediationDialog", u"\u534f\u8bae\u5185\u5bb9", None))
        ___qtablewidgetitem = self.items.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MediationDialog", u"\u4e49\u52a1\u4eba", None))
        ___qtablewidgetitem1 = self.items.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MediationDialog", u"\u8fde\u5e26\u8d23\u4efb\u4eba", None))
        ___qtablewidgetitem2 = self.items.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MediationDialog", u"\u6743\u5229\u4eba", None))
        ___qtablewidgetitem3 = self.items.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MediationDialog", u"\u7ed9\u4ed8\u6216\u5c65\u884c\u7684\u5185\u5bb9", None))
        ___qtablewidgetitem4 = self.items.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MediationDialog", u"\u91d1\u989d\uff08\u5143\uff09", None))
        ___qtablewidgetitem5 = self.items.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MediationDialog", u"\u5c65\u884c\u671f\u9650\uff08\u65e5\u671f\u6216\u5929\u6570\uff09", None))
#if QT_CONFIG(tooltip)
        ___qtablewidgetitem5.setToolTip(QCoreApplication.translate("MediationDialog", u"\u65e5\u671f\u59822026-12-25\uff1b\u5929\u6570\u598210\uff0c\u5373\u672c\u8c03\u89e3\u4e66\u751f\u6548\u4e4b\u65e5\u8d77\u5341\u65e5\u5185", None))
#endif // QT_CONFIG(tooltip)
        self.agreement_hint.setText(QCoreApplication.translate("MediationDialog", u"\u4e0d\u5199\u4e49\u52a1\u4eba\u7684\u4e00\u9879\u4e3a\u5f53\u4e8b\u4eba\u7684\u58f0\u660e\uff0c\u5982\u201c\u7533\u8bf7\u4eba\u653e\u5f03\u5176\u4ed6\u4ef2\u88c1\u8bf7\u6c42\u201d\u3002", None))
        self.add_button.setText(QCoreApplication.translate("MediationDialog", u"\u6dfb\u52a0\u4e00\u9879", None))
        self.remove_button.setText(QCoreApplication.translate("MediationDialog", u"\u5220\u9664\u6240\u9009\u9879", None))
        self.arbitrators_label.setText(QCoreApplication.translate("MediationDialog", u"\u4ef2\u88c1\u5458", None))
        self.clerk_label.setText(QCoreApplication.translate("MediationDialog", u"\u4e66\u8bb0\u5458", None))
        self.performance_label.setText(QCoreApplication.translate("MediationDialog", u"\u5c65\u884c\u65b9\u5f0f", None))
        self.performance.setPlaceholderText(QCoreApplication.translate("MediationDialog", u"\u4f8b\u5982\uff1a\u6b3e\u9879\u4e00\u6b21\u6027\u8f6c\u5165\u7533\u8bf7\u4eba\u672c\u4eba\u7684\u94f6\u884c\u8d26\u6237", None))
        pass
    # retranslateUi
