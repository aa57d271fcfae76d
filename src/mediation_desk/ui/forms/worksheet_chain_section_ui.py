# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/worksheet_chain_section.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ChainSection(object):
    def setupUi(self, ChainSection):
        if not ChainSection.objectName():
            ChainSection.setObjectName(u"ChainSection")
        self.column = QVBoxLayout(ChainSection)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.chain_box = QGroupBox(ChainSection)
        self.chain_box.setObjectName(u"chain_box")
        self.chain_grid = QGridLayout(self.chain_box)
        self.chain_grid.setObjectName(u"chain_grid")
        self.contract_caption = QLabel(self.chain_box)
        self.contract_caption.setObjectName(u"contract_caption")

        self.chain_grid.addWidget(self.contract_caption, 0, 0, 1, 1)

        self.contract_label = QLineEdit(self.chain_box)
        self.contract_label.setObjectName(u"contract_label")

        self.chain_grid.addWidget(self.contract_label, 0, 1, 1, 2)

        self.chain_grid.setColumnStretch(1, 1)

        self.column.addWidget(self.chain_box)


        self.retranslateUi(ChainSection)

        QMetaObject.connectSlotsByName(ChainSection)
    # setupUi

    def retranslateUi(self, ChainSection):
        self.chain_box.setTitle(QCoreApplication.translate("ChainSection", u"\u7528\u5de5\u94fe\u6761\uff08\u672c\u6848\u7684\u88ab\u7533\u8bf7\u4eba\u3001\u7b2c\u4e09\u4eba\uff09", None))
        self.contract_caption.setText(QCoreApplication.translate("ChainSection", u"\u5408\u540c\u540d\u79f0", None))
        self.contract_label.setPlaceholderText(QCoreApplication.translate("ChainSection", u"\u5982\uff1a\u5408\u4f5c\u534f\u8bae\u3001\u627f\u63fd\u534f\u8bae\u3001\u52b3\u52a1\u534f\u8bae", None))
        pass
    # retranslateUi
