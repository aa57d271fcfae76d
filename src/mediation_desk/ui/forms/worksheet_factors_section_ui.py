# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/worksheet_factors_section.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FactorsSection(object):
    def setupUi(self, FactorsSection):
        if not FactorsSection.objectName():
            FactorsSection.setObjectName(u"FactorsSection")
        self.column = QVBoxLayout(FactorsSection)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.factor_box = QGroupBox(FactorsSection)
        self.factor_box.setObjectName(u"factor_box")
        self.factor_grid = QGridLayout(self.factor_box)
        self.factor_grid.setObjectName(u"factor_grid")
        self.factor_grid.setHorizontalSpacing(6)
        self.factor_grid.setVerticalSpacing(2)
        self.factor_head = QLabel(self.factor_box)
        self.factor_head.setObjectName(u"factor_head")
        self.factor_head.setStyleSheet(u"color: #666666;")

        self.factor_grid.addWidget(self.factor_head, 0, 0, 1, 1)

        self.level_head = QLabel(self.factor_box)
        self.level_head.setObjectName(u"level_head")
        self.level_head.setStyleSheet(u"color: #666666;")

        self.factor_grid.addWidget(self.level_head, 0, 1, 1, 1)

        self.actor_head = QLabel(self.factor_box)
        self.actor_head.setObjectName(u"actor_head")
        self.actor_head.setStyleSheet(u"color: #666666;")

        self.factor_grid.addWidget(self.actor_head, 0, 2, 1, 1)

        self.note_head = QLabel(self.factor_box)
        self.note_head.setObjectName(u"note_head")
        self.note_head.setStyleSheet(u"color: #666666;")

        self.factor_grid.addWidget(self.note_head, 0, 3, 1, 1)

        self.evidence_head = QLabel(self.factor_box)
        self.evidence_head.setObjectName(u"evidence_head")
        self.evidence_head.setStyleSheet(u"color: #666666;")

        self.factor_grid.addWidget(self.evidence_head, 0, 4, 1, 1)

        self.factor_grid.setColumnStretch(3, 1)

        self.column.addWidget(self.factor_box)


        self.retranslateUi(FactorsSection)

        QMetaObject.connectSlotsByName(FactorsSection)
    # setupUi

    def retranslateUi(self, FactorsSection):
        self.factor_box.setTitle(QCoreApplication.translate("FactorsSection", u"\u56e0\u7d20", None))
        self.factor_head.setText(QCoreApplication.translate("FactorsSection", u"\u56e0\u7d20", None))
        self.level_head.setText(QCoreApplication.translate("FactorsSection", u"\u56de\u7b54", None))
        self.actor_head.setText(QCoreApplication.translate("FactorsSection", u"\u5b9e\u65bd\u4f01\u4e1a", None))
        self.note_head.setText(QCoreApplication.translate("FactorsSection", u"\u5177\u4f53\u4e8b\u5b9e", None))
        self.evidence_head.setText(QCoreApplication.translate("FactorsSection", u"\u8bc1\u636e", None))
        pass
    # retranslateUi
