# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/worksheet_employer_section.ui'
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

class Ui_EmployerSection(object):
    def setupUi(self, EmployerSection):
        if not EmployerSection.objectName():
            EmployerSection.setObjectName(u"EmployerSection")
        self.column = QVBoxLayout(EmployerSection)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.employer_box = QGroupBox(EmployerSection)
        self.employer_box.setObjectName(u"employer_box")
        self.employer_grid = QGridLayout(self.employer_box)
        self.employer_grid.setObjectName(u"employer_grid")
        self.employer_grid.setColumnStretch(1, 1)
        self.employer_grid.setColumnStretch(3, 1)

        self.column.addWidget(self.employer_box)


        self.retranslateUi(EmployerSection)

        QMetaObject.connectSlotsByName(EmployerSection)
    # setupUi

    def retranslateUi(self, EmployerSection):
        self.employer_box.setTitle(QCoreApplication.translate("EmployerSection", u"\u5b9e\u9645\u7528\u5de5\u7ba1\u7406\uff08\u7531\u54ea\u5bb6\u4f01\u4e1a\u5b9e\u65bd\uff09", None))
        pass
    # retranslateUi
