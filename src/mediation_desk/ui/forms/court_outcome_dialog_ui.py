# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/court_outcome_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_CourtOutcomeDialog(object):
    def setupUi(self, CourtOutcomeDialog):
        if not CourtOutcomeDialog.objectName():
            CourtOutcomeDialog.setObjectName(u"CourtOutcomeDialog")
        self.column = QVBoxLayout(CourtOutcomeDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(CourtOutcomeDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.decision_label = QLabel(CourtOutcomeDialog)
        self.decision_label.setObjectName(u"decision_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision = QComboBox(CourtOutcomeDialog)
        self.decision.setObjectName(u"decision")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision)

        self.decided_on_label = QLabel(CourtOutcomeDialog)
        self.decided_on_label.setObjectName(u"decided_on_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decided_on_label)

        self.decided_on = QDateEdit(CourtOutcomeDialog)
        self.decided_on.setObjectName(u"decided_on")
        self.decided_on.setDisplayFormat(u"yyyy-MM-dd")
        self.decided_on.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decided_on)

        self.received_on_label = QLabel(CourtOutcomeDialog)
        self.received_on_label.setObjectName(u"received_on_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.received_on_label)

        self.received_on = QDateEdit(CourtOutcomeDialog)
        self.received_on.setObjectName(u"received_on")
        self.received_on.setDisplayFormat(u"yyyy-MM-dd")
        self.received_on.setCalendarPopup(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.received_on)

        self.judgment_number_label = QLabel(CourtOutcomeDialog)
        self.judgment_number_label.setObjectName(u"judgment_number_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.judgment_number_label)

        self.judgment_number = QLineEdit(CourtOutcomeDialog)
        self.judgment_number.setObjectName(u"judgment_number")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.judgment_number)

        self.summary_label = QLabel(CourtOutcomeDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary = QPlainTextEdit(CourtOutcomeDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setMinimumSize(QSize(0, 50))
        self.summary.setMaximumSize(QSize(16777215, 50))

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summary)

        self.items_view_label = QLabel(CourtOutcomeDialog)
        self.items_view_label.setObjectName(u"items_view_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.items_view_label)

        self.items_view = QTableView(CourtOutcomeDialog)
        self.items_view.setObjectName(u"items_view")
        self.items_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.items_view.horizontalHeader().setStretchLastSection(True)
        self.items_view.verticalHeader().setVisible(False)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.items_view)

        self.items_note = QLabel(CourtOutcomeDialog)
        self.items_note.setObjectName(u"items_note")
        self.items_note.setWordWrap(True)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.items_note)

        self.judgment_file_label = QLabel(CourtOutcomeDialog)
        self.judgment_file_label.setObjectName(u"judgment_file_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.judgment_file_label)

        self.judgment_file_box = QWidget(CourtOutcomeDialog)
        self.judgment_file_box.setObjectName(u"judgment_file_box")
        self.judgment_file_row = QHBoxLayout(self.judgment_file_box)
        self.judgment_file_row.setObjectName(u"judgment_file_row")
        self.judgment_file_row.setContentsMargins(0, 0, 0, 0)
        self.judgment_file = QLineEdit(self.judgment_file_box)
        self.judgment_file.setObjectName(u"judgment_file")

        self.judgment_file_row.addWidget(self.judgment_file)

        self.judgment_file_button = QPushButton(self.judgment_file_box)
        self.judgment_file_button.setObjectName(u"judgment_file_button")

        self.judgment_file_row.addWidget(self.judgment_file_button)


        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.judgment_file_box)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.decision_label.setBuddy(self.decision)
        self.decided_on_label.setBuddy(self.decided_on)
        self.received_on_label.setBuddy(self.received_on)
        self.judgment_number_label.setBuddy(self.judgment_number)
        self.summary_label.setBuddy(self.summary)
        self.items_view_label.setBuddy(self.items_view)
        self.judgment_file_label.setBuddy(self.judgment_file)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CourtOutcomeDialog)

        QMetaObject.connectSlotsByName(CourtOutcomeDialog)
    # setupUi

    def retranslateUi(self, CourtOutcomeDialog):
        self.decision_label.setText(QCoreApplication.translate("CourtOutcomeDialog", u"\u88c1\u5224\u7ed3\u679c", None))
        self.decided_on_label.setText(QCoreApplication.translate("CourtOutcomeDialog", u"\u88c1\u5224\u65e5\u671f", None))
        self.received_on_label.setText(QCoreApplication.translate("CourtOutcomeDialog", u"\u6536\u5230\u88c1\u5224\u6587\u4e66\u65e5\u671f", None))
        self.judgment_number_label.setText(QCoreApplication.translate("CourtOutcomeDialog", u"\u6587\u4e66\u7f16\u53f7", None))
        self.judgment_number.setPlaceholderText(QCoreApplication.translate("CourtOutcomeDialog", u"\u5982\uff1a\uff082026\uff09\u8d630111\u6c11\u521d456\u53f7", None))
        self.summary_label.setText(QCoreApplication.translate("CourtOutcomeDialog", u"\u6458\u8981", None))
        self.items_view_label.setText(QCoreApplication.translate("CourtOutcomeDialog", u"\u5404\u88c1\u51b3\u4e8b\u9879\u7684\u7ed3\u679c", None))
        self.judgment_file_label.setText(QCoreApplication.translate("CourtOutcomeDialog", u"\u88c1\u5224\u6587\u4e66\uff08PDF\uff09", None))
        self.judgment_file.setPlaceholderText(QCoreApplication.translate("CourtOutcomeDialog", u"\u53ef\u4e0d\u9009\uff1b\u9009\u62e9\u540e\u52a0\u5bc6\u4fdd\u5b58\u4e3a\u672c\u6848\u7684\u4e66\u8bc1", None))
        self.judgment_file_button.setText(QCoreApplication.translate("CourtOutcomeDialog", u"\u9009\u62e9\u2026", None))
        pass
    # retranslateUi
