# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/worksheet_decision_section.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QLabel, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DecisionSection(object):
    def setupUi(self, DecisionSection):
        if not DecisionSection.objectName():
            DecisionSection.setObjectName(u"DecisionSection")
        self.column = QVBoxLayout(DecisionSection)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.decision_box = QGroupBox(DecisionSection)
        self.decision_box.setObjectName(u"decision_box")
        self.decision_grid = QGridLayout(self.decision_box)
        self.decision_grid.setObjectName(u"decision_grid")
        self.decision_grid.setVerticalSpacing(3)
        self.decision_grid.setContentsMargins(6, 4, 6, 4)
        self.confirm_radio = QRadioButton(self.decision_box)
        self.confirm_radio.setObjectName(u"confirm_radio")
        self.confirm_radio.setChecked(True)

        self.decision_grid.addWidget(self.confirm_radio, 0, 0, 1, 1)

        self.override_radio = QRadioButton(self.decision_box)
        self.override_radio.setObjectName(u"override_radio")

        self.decision_grid.addWidget(self.override_radio, 0, 1, 1, 1)

        self.final_category = QComboBox(self.decision_box)
        self.final_category.setObjectName(u"final_category")
        self.final_category.setEnabled(False)

        self.decision_grid.addWidget(self.final_category, 0, 2, 1, 1)

        self.save_button = QPushButton(self.decision_box)
        self.save_button.setObjectName(u"save_button")

        self.decision_grid.addWidget(self.save_button, 0, 3, 1, 1)

        self.reason = QPlainTextEdit(self.decision_box)
        self.reason.setObjectName(u"reason")

        self.decision_grid.addWidget(self.reason, 1, 0, 1, 4)

        self.reason_error = QLabel(self.decision_box)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setWordWrap(True)

        self.decision_grid.addWidget(self.reason_error, 2, 0, 1, 4)

        self.decision_grid.setColumnStretch(2, 1)

        self.column.addWidget(self.decision_box)


        self.retranslateUi(DecisionSection)

        QMetaObject.connectSlotsByName(DecisionSection)
    # setupUi

    def retranslateUi(self, DecisionSection):
        self.decision_box.setTitle(QCoreApplication.translate("DecisionSection", u"\u8c03\u89e3\u5458\u3001\u4ef2\u88c1\u5458\u7684\u51b3\u5b9a", None))
        self.confirm_radio.setText(QCoreApplication.translate("DecisionSection", u"\u786e\u8ba4\u5efa\u8bae\u7ed3\u8bba", None))
        self.override_radio.setText(QCoreApplication.translate("DecisionSection", u"\u6539\u5b9a\u4e3a", None))
        self.save_button.setText(QCoreApplication.translate("DecisionSection", u"\u4fdd\u5b58\u4e3a\u65b0\u7248\u672c", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("DecisionSection", u"\u7406\u7531\uff08\u6539\u5b9a\u65f6\u5fc5\u586b\uff09\uff1a\u4f9d\u636e\u54ea\u4e9b\u4e8b\u5b9e\u548c\u8bc1\u636e\u4f5c\u51fa\u51b3\u5b9a", None))
        pass
    # retranslateUi
