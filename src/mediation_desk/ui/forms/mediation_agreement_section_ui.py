# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_agreement_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MediationAgreementSection(object):
    def setupUi(self, MediationAgreementSection):
        if not MediationAgreementSection.objectName():
            MediationAgreementSection.setObjectName(u"MediationAgreementSection")
        self.column = QVBoxLayout(MediationAgreementSection)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox(MediationAgreementSection)
        self.box.setObjectName(u"box")
        self.box_column = QVBoxLayout(self.box)
        self.box_column.setObjectName(u"box_column")
        self.agreement_label = QLabel(self.box)
        self.agreement_label.setObjectName(u"agreement_label")
        self.agreement_label.setWordWrap(True)

        self.box_column.addWidget(self.agreement_label)

        self.items = QTableWidget(self.box)
        if (self.items.columnCount() < 7):
            self.items.setColumnCount(7)
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
        __qtablewidgetitem6 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.items.setObjectName(u"items")
        self.items.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.setWordWrap(False)
        self.items.horizontalHeader().setStretchLastSection(False)
        self.items.verticalHeader().setVisible(False)

        self.box_column.addWidget(self.items)

        self.item_bar = QHBoxLayout()
        self.item_bar.setObjectName(u"item_bar")
        self.item_bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.item_bar.addItem(self.item_bar_gap)

        self.edit_item_button = QPushButton(self.box)
        self.edit_item_button.setObjectName(u"edit_item_button")

        self.item_bar.addWidget(self.edit_item_button)

        self.delete_item_button = QPushButton(self.box)
        self.delete_item_button.setObjectName(u"delete_item_button")

        self.item_bar.addWidget(self.delete_item_button)

        self.perform_button = QPushButton(self.box)
        self.perform_button.setObjectName(u"perform_button")

        self.item_bar.addWidget(self.perform_button)


        self.box_column.addLayout(self.item_bar)

        self.entries_row = QHBoxLayout()
        self.entries_row.setObjectName(u"entries_row")
        self.entries = QTableWidget(self.box)
        if (self.entries.columnCount() < 5):
            self.entries.setColumnCount(5)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.entries.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.entries.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.entries.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.entries.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.entries.setHorizontalHeaderItem(4, __qtablewidgetitem11)
        self.entries.setObjectName(u"entries")
        self.entries.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.entries.setAlternatingRowColors(True)
        self.entries.setSelectionMode(QAbstractItemView.SingleSelection)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.entries.setWordWrap(False)
        self.entries.setMaximumSize(QSize(16777215, 110))
        self.entries.horizontalHeader().setStretchLastSection(True)
        self.entries.verticalHeader().setVisible(False)

        self.entries_row.addWidget(self.entries)

        self.reverse_button = QPushButton(self.box)
        self.reverse_button.setObjectName(u"reverse_button")

        self.entries_row.addWidget(self.reverse_button, 0, Qt.AlignTop)

        self.entries_row.setStretch(0, 1)

        self.box_column.addLayout(self.entries_row)

        self.advice_row = QHBoxLayout()
        self.advice_row.setObjectName(u"advice_row")
        self.advice_label = QLabel(self.box)
        self.advice_label.setObjectName(u"advice_label")
        self.advice_label.setWordWrap(True)

        self.advice_row.addWidget(self.advice_label)

        self.advice_button = QPushButton(self.box)
        self.advice_button.setObjectName(u"advice_button")

        self.advice_row.addWidget(self.advice_button)

        self.advice_row.setStretch(0, 1)

        self.box_column.addLayout(self.advice_row)

        self.joint_row = QHBoxLayout()
        self.joint_row.setObjectName(u"joint_row")
        self.joint_label = QLabel(self.box)
        self.joint_label.setObjectName(u"joint_label")
        self.joint_label.setWordWrap(True)

        self.joint_row.addWidget(self.joint_label)

        self.review_button = QPushButton(self.box)
        self.review_button.setObjectName(u"review_button")

        self.joint_row.addWidget(self.review_button)

        self.confirm_button = QPushButton(self.box)
        self.confirm_button.setObjectName(u"confirm_button")

        self.joint_row.addWidget(self.confirm_button)

        self.joint_row.setStretch(0, 1)

        self.box_column.addLayout(self.joint_row)

        self.box_column.setStretch(1, 1)

        self.column.addWidget(self.box)


        self.retranslateUi(MediationAgreementSection)

        QMetaObject.connectSlotsByName(MediationAgreementSection)
    # setupUi

    def retranslateUi(self, MediationAgreementSection):
        self.box.setTitle(QCoreApplication.translate("MediationAgreementSection", u"\u8c03\u89e3\u534f\u8bae\u4e0e\u5c65\u884c", None))
        ___qtablewidgetitem = self.items.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MediationAgreementSection", u"\u5e8f\u53f7", None))
        ___qtablewidgetitem1 = self.items.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MediationAgreementSection", u"\u4e49\u52a1\u4eba", None))
        ___qtablewidgetitem2 = self.items.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MediationAgreementSection", u"\u7ea6\u5b9a\u5185\u5bb9", None))
        ___qtablewidgetitem3 = self.items.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MediationAgreementSection", u"\u7ea6\u5b9a\u91d1\u989d", None))
        ___qtablewidgetitem4 = self.items.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MediationAgreementSection", u"\u5df2\u5c65\u884c", None))
        ___qtablewidgetitem5 = self.items.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MediationAgreementSection", u"\u5c65\u884c\u671f\u9650", None))
        ___qtablewidgetitem6 = self.items.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MediationAgreementSection", u"\u72b6\u6001", None))
        self.edit_item_button.setText(QCoreApplication.translate("MediationAgreementSection", u"\u4fee\u6539\u4e8b\u9879\u2026", None))
        self.delete_item_button.setText(QCoreApplication.translate("MediationAgreementSection", u"\u5220\u9664\u4e8b\u9879\u2026", None))
        self.perform_button.setText(QCoreApplication.translate("MediationAgreementSection", u"\u767b\u8bb0\u5c65\u884c\u2026", None))
        ___qtablewidgetitem7 = self.entries.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("MediationAgreementSection", u"\u4e8b\u9879", None))
        ___qtablewidgetitem8 = self.entries.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("MediationAgreementSection", u"\u5c65\u884c\u65e5\u671f", None))
        ___qtablewidgetitem9 = self.entries.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("MediationAgreementSection", u"\u91d1\u989d", None))
        ___qtablewidgetitem10 = self.entries.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("MediationAgreementSection", u"\u5907\u6ce8", None))
        ___qtablewidgetitem11 = self.entries.horizontalHeaderItem(4)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("MediationAgreementSection", u"\u767b\u8bb0\u65f6\u95f4", None))
#if QT_CONFIG(tooltip)
        self.reverse_button.setToolTip(QCoreApplication.translate("MediationAgreementSection", u"\u4ee5\u4e00\u6761\u66f4\u6b63\u8bb0\u5f55\u62b5\u9500\u6240\u9009\u7684\u5c65\u884c\u8bb0\u5f55\uff08\u539f\u8bb0\u5f55\u4fdd\u7559\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.reverse_button.setText(QCoreApplication.translate("MediationAgreementSection", u"\u51b2\u6b63\u2026", None))
        self.review_button.setText(QCoreApplication.translate("MediationAgreementSection", u"\u7533\u8bf7\u4ef2\u88c1\u5ba1\u67e5\u2026", None))
        self.confirm_button.setText(QCoreApplication.translate("MediationAgreementSection", u"\u7533\u8bf7\u53f8\u6cd5\u786e\u8ba4\u2026", None))
        pass
    # retranslateUi
