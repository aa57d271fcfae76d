# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_agreement_dialog.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        self.column = QVBoxLayout(AgreementDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.agreed_on_label = QLabel(AgreementDialog)
        self.agreed_on_label.setObjectName(u"agreed_on_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreed_on_label)

        self.agreed_on = QDateEdit(AgreementDialog)
        self.agreed_on.setObjectName(u"agreed_on")
        self.agreed_on.setDisplayFormat(u"yyyy-MM-dd")
        self.agreed_on.setCalendarPopup(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreed_on)

        self.mediator_label = QLabel(AgreementDialog)
        self.mediator_label.setObjectName(u"mediator_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mediator_label)

        self.mediator = QLineEdit(AgreementDialog)
        self.mediator.setObjectName(u"mediator")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mediator)

        self.performance_label = QLabel(AgreementDialog)
        self.performance_label.setObjectName(u"performance_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.performance_label)

        self.performance = QLineEdit(AgreementDialog)
        self.performance.setObjectName(u"performance")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.performance)


        self.column.addLayout(self.fields)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.items_label = QLabel(AgreementDialog)
        self.items_label.setObjectName(u"items_label")

        self.bar.addWidget(self.items_label)

        self.bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_gap)

        self.add_row_button = QPushButton(AgreementDialog)
        self.add_row_button.setObjectName(u"add_row_button")

        self.bar.addWidget(self.add_row_button)

        self.remove_row_button = QPushButton(AgreementDialog)
        self.remove_row_button.setObjectName(u"remove_row_button")

        self.bar.addWidget(self.remove_row_button)


        self.column.addLayout(self.bar)

        self.table = QTableWidget(AgreementDialog)
        if (self.table.columnCount() < 7):
            self.table.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.table.setObjectName(u"table")
        self.table.verticalHeader().setVisible(False)

        self.column.addWidget(self.table)

        self.column.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.agreed_on_label.setBuddy(self.agreed_on)
        self.mediator_label.setBuddy(self.mediator)
        self.performance_label.setBuddy(self.performance)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreementDialog)

        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        self.agreed_on_label.setText(QCoreApplication.translate("AgreementDialog", u"\u534f\u8bae\u65e5\u671f", None))
        self.mediator_label.setText(QCoreApplication.translate("AgreementDialog", u"\u8c03\u89e3\u5458", None))
        self.performance_label.setText(QCoreApplication.translate("AgreementDialog", u"\u5c65\u884c\u65b9\u5f0f\u548c\u671f\u9650", None))
        self.performance.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"\u53ef\u4e0d\u586b\uff1a\u6bcf\u4e00\u9879\u5df2\u5199\u660e\u4e49\u52a1\u4eba\u3001\u671f\u9650\u548c\u65b9\u5f0f", None))
        self.items_label.setText(QCoreApplication.translate("AgreementDialog", u"\u534f\u8bae\u5185\u5bb9\uff08\u9010\u9879\u586b\u5199\uff1b\u5176\u4ed6\u7ea6\u5b9a\u9009\u201c\u975e\u91d1\u94b1\u7ed9\u4ed8\u201d\uff09", None))
        self.add_row_button.setText(QCoreApplication.translate("AgreementDialog", u"\u6dfb\u52a0\u4e00\u9879", None))
        self.remove_row_button.setText(QCoreApplication.translate("AgreementDialog", u"\u5220\u9664\u6240\u9009\u9879", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AgreementDialog", u"\u4e49\u52a1\u4eba", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AgreementDialog", u"\u6743\u5229\u4eba", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AgreementDialog", u"\u7ea6\u5b9a\u5185\u5bb9", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AgreementDialog", u"\u6b3e\u9879\u7c7b\u522b", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AgreementDialog", u"\u91d1\u989d\uff08\u5143\uff09", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AgreementDialog", u"\u5c65\u884c\u671f\u9650", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AgreementDialog", u"\u5c65\u884c\u65b9\u5f0f", None))
        pass
    # retranslateUi
