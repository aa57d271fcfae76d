# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/mediation_institution_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_InstitutionDialog(object):
    def setupUi(self, InstitutionDialog):
        if not InstitutionDialog.objectName():
            InstitutionDialog.setObjectName(u"InstitutionDialog")
        self.fields = QFormLayout(InstitutionDialog)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(InstitutionDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.note)

        self.institution_label = QLabel(InstitutionDialog)
        self.institution_label.setObjectName(u"institution_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.institution_label)

        self.institution = QLineEdit(InstitutionDialog)
        self.institution.setObjectName(u"institution")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.institution)

        self.on_label = QLabel(InstitutionDialog)
        self.on_label.setObjectName(u"on_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on = QDateEdit(InstitutionDialog)
        self.on.setObjectName(u"on")
        self.on.setDisplayFormat(u"yyyy-MM-dd")
        self.on.setCalendarPopup(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.on)

#if QT_CONFIG(shortcut)
        self.institution_label.setBuddy(self.institution)
        self.on_label.setBuddy(self.on)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InstitutionDialog)

        QMetaObject.connectSlotsByName(InstitutionDialog)
    # setupUi

    def retranslateUi(self, InstitutionDialog):
        self.on_label.setText(QCoreApplication.translate("InstitutionDialog", u"\u7533\u8bf7\u65e5\u671f", None))
        pass
    # retranslateUi
