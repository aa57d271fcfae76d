# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/template_versions_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TemplateVersionsDialog(object):
    def setupUi(self, TemplateVersionsDialog):
        if not TemplateVersionsDialog.objectName():
            TemplateVersionsDialog.setObjectName(u"TemplateVersionsDialog")
        self.column = QVBoxLayout(TemplateVersionsDialog)
        self.column.setObjectName(u"column")
        self.heading = QLabel(TemplateVersionsDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.versions = QTableWidget(TemplateVersionsDialog)
        if (self.versions.columnCount() < 5):
            self.versions.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        __qtablewidgetitem3.setText(u"SHA-256")
        self.versions.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.versions.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.versions.setObjectName(u"versions")
        self.versions.setMinimumSize(QSize(680, 240))
        self.versions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.versions.setSelectionMode(QAbstractItemView.SingleSelection)
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.versions.verticalHeader().setVisible(False)

        self.column.addWidget(self.versions)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.note_label = QLabel(TemplateVersionsDialog)
        self.note_label.setObjectName(u"note_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(TemplateVersionsDialog)
        self.note.setObjectName(u"note")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note)


        self.column.addLayout(self.fields)

#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemplateVersionsDialog)

        QMetaObject.connectSlotsByName(TemplateVersionsDialog)
    # setupUi

    def retranslateUi(self, TemplateVersionsDialog):
        ___qtablewidgetitem = self.versions.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TemplateVersionsDialog", u"\u7248\u672c", None))
        ___qtablewidgetitem1 = self.versions.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TemplateVersionsDialog", u"\u5bfc\u5165\u65f6\u95f4", None))
        ___qtablewidgetitem2 = self.versions.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TemplateVersionsDialog", u"\u5bfc\u5165\u4eba", None))
        ___qtablewidgetitem3 = self.versions.horizontalHeaderItem(4)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("TemplateVersionsDialog", u"\u8bf4\u660e", None))
        self.note_label.setText(QCoreApplication.translate("TemplateVersionsDialog", u"\u6062\u590d\u8bf4\u660e", None))
        pass
    # retranslateUi
