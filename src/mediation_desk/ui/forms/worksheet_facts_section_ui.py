# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/worksheet_facts_section.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_FactsSection(object):
    def setupUi(self, FactsSection):
        if not FactsSection.objectName():
            FactsSection.setObjectName(u"FactsSection")
        self.column = QVBoxLayout(FactsSection)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.facts_box = QGroupBox(FactsSection)
        self.facts_box.setObjectName(u"facts_box")
        self.facts_grid = QGridLayout(self.facts_box)
        self.facts_grid.setObjectName(u"facts_grid")
        self.facts_grid.setVerticalSpacing(2)
        self.facts_grid.setColumnStretch(1, 1)

        self.column.addWidget(self.facts_box)


        self.retranslateUi(FactsSection)

        QMetaObject.connectSlotsByName(FactsSection)
    # setupUi

    def retranslateUi(self, FactsSection):
        self.facts_box.setTitle(QCoreApplication.translate("FactsSection", u"\u4e8b\u5b9e\u6807\u8bb0\uff08\u4ea7\u751f\u8b66\u793a\uff09", None))
        pass
    # retranslateUi
