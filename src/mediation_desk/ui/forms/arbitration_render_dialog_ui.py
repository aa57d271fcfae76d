# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_render_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RenderDialog(object):
    def setupUi(self, RenderDialog):
        if not RenderDialog.objectName():
            RenderDialog.setObjectName(u"RenderDialog")
        self.column = QVBoxLayout(RenderDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)

        self.column.addLayout(self.fields)


        self.retranslateUi(RenderDialog)

        QMetaObject.connectSlotsByName(RenderDialog)
    # setupUi

    def retranslateUi(self, RenderDialog):
        pass
    # retranslateUi
