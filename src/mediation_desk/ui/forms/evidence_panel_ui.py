# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/evidence_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_EvidencePanel(object):
    def setupUi(self, EvidencePanel):
        if not EvidencePanel.objectName():
            EvidencePanel.setObjectName(u"EvidencePanel")
        EvidencePanel.setAcceptDrops(True)
        self.column = QVBoxLayout(EvidencePanel)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(4, 4, 4, 4)
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.heading = QLabel(EvidencePanel)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.bar.addWidget(self.heading)

        self.heading_gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.heading_gap)

        self.hint = QLabel(EvidencePanel)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #666666;")

        self.bar.addWidget(self.hint)

        self.bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_gap)

        self.add_button = QPushButton(EvidencePanel)
        self.add_button.setObjectName(u"add_button")

        self.bar.addWidget(self.add_button)

        self.edit_button = QPushButton(EvidencePanel)
        self.edit_button.setObjectName(u"edit_button")

        self.bar.addWidget(self.edit_button)

        self.preview_button = QPushButton(EvidencePanel)
        self.preview_button.setObjectName(u"preview_button")

        self.bar.addWidget(self.preview_button)

        self.export_button = QPushButton(EvidencePanel)
        self.export_button.setObjectName(u"export_button")

        self.bar.addWidget(self.export_button)

        self.check_button = QPushButton(EvidencePanel)
        self.check_button.setObjectName(u"check_button")

        self.bar.addWidget(self.check_button)

        self.bar.setStretch(3, 1)

        self.column.addLayout(self.bar)

        self.table = QTableView(EvidencePanel)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)

        self.column.addWidget(self.table)

        self.column.setStretch(1, 1)

        self.retranslateUi(EvidencePanel)

        QMetaObject.connectSlotsByName(EvidencePanel)
    # setupUi

    def retranslateUi(self, EvidencePanel):
        self.hint.setText(QCoreApplication.translate("EvidencePanel", u"\u53ef\u628a\u6587\u4ef6\u62d6\u653e\u5230\u8fd9\u91cc\u6dfb\u52a0\u8bc1\u636e", None))
        self.add_button.setText(QCoreApplication.translate("EvidencePanel", u"\u6dfb\u52a0\u8bc1\u636e\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("EvidencePanel", u"\u7f16\u8f91", None))
        self.preview_button.setText(QCoreApplication.translate("EvidencePanel", u"\u9884\u89c8", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("EvidencePanel", u"\u5199\u51fa\u89e3\u5bc6\u526f\u672c\u5230\u60a8\u9009\u62e9\u7684\u4f4d\u7f6e\uff08\u8bb0\u5165\u5ba1\u8ba1\u8bb0\u5f55\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("EvidencePanel", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.check_button.setToolTip(QCoreApplication.translate("EvidencePanel", u"\u6309\u767b\u8bb0\u7684SHA-256\u91cd\u65b0\u6838\u5bf9\u52a0\u5bc6\u6587\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.check_button.setText(QCoreApplication.translate("EvidencePanel", u"\u6821\u9a8c", None))
        pass
    # retranslateUi
