# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_award_editor.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AwardEditor(object):
    def setupUi(self, AwardEditor):
        if not AwardEditor.objectName():
            AwardEditor.setObjectName(u"AwardEditor")
        self.column = QVBoxLayout(AwardEditor)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.lock_label = QLabel(AwardEditor)
        self.lock_label.setObjectName(u"lock_label")
        self.lock_label.setWordWrap(True)

        self.column.addWidget(self.lock_label)

        self.head = QHBoxLayout()
        self.head.setObjectName(u"head")
        self.award_kind_label = QLabel(AwardEditor)
        self.award_kind_label.setObjectName(u"award_kind_label")

        self.head.addWidget(self.award_kind_label)

        self.award_kind = QComboBox(AwardEditor)
        self.award_kind.setObjectName(u"award_kind")

        self.head.addWidget(self.award_kind)

        self.award_date_label = QLabel(AwardEditor)
        self.award_date_label.setObjectName(u"award_date_label")

        self.head.addWidget(self.award_date_label)

        self.award_date = QDateEdit(AwardEditor)
        self.award_date.setObjectName(u"award_date")
        self.award_date.setDisplayFormat(u"yyyy-MM-dd")
        self.award_date.setCalendarPopup(True)

        self.head.addWidget(self.award_date)

        self.wage_tier_label = QLabel(AwardEditor)
        self.wage_tier_label.setObjectName(u"wage_tier_label")

        self.head.addWidget(self.wage_tier_label)

        self.wage_tier = QComboBox(AwardEditor)
        self.wage_tier.setObjectName(u"wage_tier")

        self.head.addWidget(self.wage_tier)

        self.clerk_label = QLabel(AwardEditor)
        self.clerk_label.setObjectName(u"clerk_label")

        self.head.addWidget(self.clerk_label)

        self.clerk = QLineEdit(AwardEditor)
        self.clerk.setObjectName(u"clerk")

        self.head.addWidget(self.clerk)

        self.head.setStretch(7, 1)

        self.column.addLayout(self.head)

        self.provisional_row = QHBoxLayout()
        self.provisional_row.setObjectName(u"provisional_row")
        self.provisional = QCheckBox(AwardEditor)
        self.provisional.setObjectName(u"provisional")

        self.provisional_row.addWidget(self.provisional)

        self.rights_clear = QCheckBox(AwardEditor)
        self.rights_clear.setObjectName(u"rights_clear")

        self.provisional_row.addWidget(self.rights_clear)

        self.livelihood = QCheckBox(AwardEditor)
        self.livelihood.setObjectName(u"livelihood")

        self.provisional_row.addWidget(self.livelihood)

        self.provisional_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.provisional_row.addItem(self.provisional_stretch)


        self.column.addLayout(self.provisional_row)

        self.rulings_bar = QHBoxLayout()
        self.rulings_bar.setObjectName(u"rulings_bar")
        self.rulings_label = QLabel(AwardEditor)
        self.rulings_label.setObjectName(u"rulings_label")

        self.rulings_bar.addWidget(self.rulings_label)

        self.rulings_bar_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rulings_bar.addItem(self.rulings_bar_stretch)

        self.from_claims_button = QPushButton(AwardEditor)
        self.from_claims_button.setObjectName(u"from_claims_button")

        self.rulings_bar.addWidget(self.from_claims_button)

        self.add_ruling_button = QPushButton(AwardEditor)
        self.add_ruling_button.setObjectName(u"add_ruling_button")

        self.rulings_bar.addWidget(self.add_ruling_button)

        self.remove_ruling_button = QPushButton(AwardEditor)
        self.remove_ruling_button.setObjectName(u"remove_ruling_button")

        self.rulings_bar.addWidget(self.remove_ruling_button)


        self.column.addLayout(self.rulings_bar)

        self.rulings = QTableView(AwardEditor)
        self.rulings.setObjectName(u"rulings")
        self.rulings.horizontalHeader().setStretchLastSection(True)
        self.rulings.verticalHeader().setVisible(False)

        self.column.addWidget(self.rulings)

        self.facts_bar = QHBoxLayout()
        self.facts_bar.setObjectName(u"facts_bar")
        self.facts_label = QLabel(AwardEditor)
        self.facts_label.setObjectName(u"facts_label")

        self.facts_bar.addWidget(self.facts_label)

        self.facts_bar_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.facts_bar.addItem(self.facts_bar_stretch)

        self.add_fact_button = QPushButton(AwardEditor)
        self.add_fact_button.setObjectName(u"add_fact_button")

        self.facts_bar.addWidget(self.add_fact_button)

        self.remove_fact_button = QPushButton(AwardEditor)
        self.remove_fact_button.setObjectName(u"remove_fact_button")

        self.facts_bar.addWidget(self.remove_fact_button)


        self.column.addLayout(self.facts_bar)

        self.facts = QTableView(AwardEditor)
        self.facts.setObjectName(u"facts")
        self.facts.verticalHeader().setVisible(False)

        self.column.addWidget(self.facts)

        self.reasoning_label = QLabel(AwardEditor)
        self.reasoning_label.setObjectName(u"reasoning_label")

        self.column.addWidget(self.reasoning_label)

        self.reasoning = QPlainTextEdit(AwardEditor)
        self.reasoning.setObjectName(u"reasoning")
        self.reasoning.setMaximumSize(QSize(16777215, 80))

        self.column.addWidget(self.reasoning)

        self.basis_row = QHBoxLayout()
        self.basis_row.setObjectName(u"basis_row")
        self.legal_basis_label = QLabel(AwardEditor)
        self.legal_basis_label.setObjectName(u"legal_basis_label")

        self.basis_row.addWidget(self.legal_basis_label)

        self.legal_basis = QLineEdit(AwardEditor)
        self.legal_basis.setObjectName(u"legal_basis")

        self.basis_row.addWidget(self.legal_basis)

        self.basis_row.setStretch(1, 1)

        self.column.addLayout(self.basis_row)

        self.classification_label = QLabel(AwardEditor)
        self.classification_label.setObjectName(u"classification_label")
        self.classification_label.setWordWrap(True)

        self.column.addWidget(self.classification_label)

        self.rights_label = QLabel(AwardEditor)
        self.rights_label.setObjectName(u"rights_label")
        self.rights_label.setWordWrap(True)

        self.column.addWidget(self.rights_label)

        self.award_bar = QHBoxLayout()
        self.award_bar.setObjectName(u"award_bar")
        self.award_message = QLabel(AwardEditor)
        self.award_message.setObjectName(u"award_message")
        self.award_message.setWordWrap(True)

        self.award_bar.addWidget(self.award_message)

        self.save_button = QPushButton(AwardEditor)
        self.save_button.setObjectName(u"save_button")

        self.award_bar.addWidget(self.save_button)

        self.approve_button = QPushButton(AwardEditor)
        self.approve_button.setObjectName(u"approve_button")

        self.award_bar.addWidget(self.approve_button)

        self.award_bar.setStretch(0, 1)

        self.column.addLayout(self.award_bar)

        self.column.setStretch(4, 3)
        self.column.setStretch(6, 2)

        self.retranslateUi(AwardEditor)

        QMetaObject.connectSlotsByName(AwardEditor)
    # setupUi

    def retranslateUi(self, AwardEditor):
        self.award_kind_label.setText(QCoreApplication.translate("AwardEditor", u"\u6587\u4e66", None))
        self.award_date_label.setText(QCoreApplication.translate("AwardEditor", u"\u88c1\u51b3\u65e5\u671f", None))
        self.wage_tier_label.setText(QCoreApplication.translate("AwardEditor", u"\u6700\u4f4e\u5de5\u8d44\u6863\u6b21", None))
        self.clerk_label.setText(QCoreApplication.translate("AwardEditor", u"\u4e66\u8bb0\u5458", None))
        self.clerk.setPlaceholderText(QCoreApplication.translate("AwardEditor", u"\u4e66\u8bb0\u5458", None))
        self.provisional.setText(QCoreApplication.translate("AwardEditor", u"\u88c1\u51b3\u5148\u4e88\u6267\u884c\uff08\u52b3\u52a8\u62a5\u916c\u3001\u5de5\u4f24\u533b\u7597\u8d39\u3001\u7ecf\u6d4e\u8865\u507f\u6216\u8d54\u507f\u91d1\uff09", None))
        self.rights_clear.setText(QCoreApplication.translate("AwardEditor", u"\u6743\u5229\u4e49\u52a1\u5173\u7cfb\u660e\u786e", None))
        self.livelihood.setText(QCoreApplication.translate("AwardEditor", u"\u4e0d\u5148\u4e88\u6267\u884c\u5c06\u4e25\u91cd\u5f71\u54cd\u7533\u8bf7\u4eba\u7684\u751f\u6d3b", None))
        self.rulings_label.setText(QCoreApplication.translate("AwardEditor", u"\u4ef2\u88c1\u8bf7\u6c42\u4e0e\u9010\u9879\u88c1\u51b3", None))
        self.from_claims_button.setText(QCoreApplication.translate("AwardEditor", u"\u6309\u4ef2\u88c1\u8bf7\u6c42\u9010\u9879\u586b\u5165", None))
        self.add_ruling_button.setText(QCoreApplication.translate("AwardEditor", u"\u6dfb\u52a0\u4e00\u9879", None))
        self.remove_ruling_button.setText(QCoreApplication.translate("AwardEditor", u"\u5220\u9664\u6240\u9009\u9879", None))
        self.facts_label.setText(QCoreApplication.translate("AwardEditor", u"\u4ef2\u88c1\u5ead\u67e5\u660e\u7684\u4e8b\u5b9e", None))
        self.add_fact_button.setText(QCoreApplication.translate("AwardEditor", u"\u6dfb\u52a0\u4e8b\u5b9e", None))
        self.remove_fact_button.setText(QCoreApplication.translate("AwardEditor", u"\u5220\u9664\u6240\u9009\u4e8b\u5b9e", None))
        self.reasoning_label.setText(QCoreApplication.translate("AwardEditor", u"\u88c1\u51b3\u7406\u7531", None))
        self.reasoning.setPlaceholderText(QCoreApplication.translate("AwardEditor", u"\u88c1\u51b3\u7406\u7531\uff1a\u5bf9\u4e89\u8bae\u7126\u70b9\u7684\u5206\u6790\u548c\u6240\u9002\u7528\u7684\u6cd5\u5f8b", None))
        self.legal_basis_label.setText(QCoreApplication.translate("AwardEditor", u"\u6cd5\u5f8b\u4f9d\u636e", None))
        self.legal_basis.setPlaceholderText(QCoreApplication.translate("AwardEditor", u"\u88c1\u51b3\u6240\u4f9d\u636e\u7684\u6cd5\u5f8b\u6761\u6587\uff0c\u5982\uff1a\u300a\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u52b3\u52a8\u5408\u540c\u6cd5\u300b\u7b2c\u4e09\u5341\u6761\u3001\u7b2c\u516b\u5341\u4e03\u6761\uff08\u7a7a\u767d\u65f6\u6309\u7ec8\u5c40\u6027\u5f15\u7528\u8c03\u89e3\u4ef2\u88c1\u6cd5\u7684\u76f8\u5e94\u6761\u6587\uff09", None))
        self.save_button.setText(QCoreApplication.translate("AwardEditor", u"\u4fdd\u5b58\u8349\u7a3f", None))
        self.approve_button.setText(QCoreApplication.translate("AwardEditor", u"\u6279\u51c6", None))
#if QT_CONFIG(tooltip)
        self.approve_button.setToolTip(QCoreApplication.translate("AwardEditor", u"\u6279\u51c6\u540e\u88c1\u51b3\u4e66\u7f16\u53f7\u5e76\u9501\u5b9a\uff0c\u4e0d\u80fd\u518d\u4fee\u6539\uff1b\u66f4\u6b63\u987b\u5236\u4f5c\u65b0\u7248\u672c", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
