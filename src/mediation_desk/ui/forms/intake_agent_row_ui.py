# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/intake_agent_row.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QWidget)

class Ui_AgentRow(object):
    def setupUi(self, AgentRow):
        if not AgentRow.objectName():
            AgentRow.setObjectName(u"AgentRow")
        AgentRow.setFrameShape(QFrame.StyledPanel)
        self.grid = QGridLayout(AgentRow)
        self.grid.setObjectName(u"grid")
        self.grid.setContentsMargins(6, 6, 6, 6)
        self.name_caption = QLabel(AgentRow)
        self.name_caption.setObjectName(u"name_caption")

        self.grid.addWidget(self.name_caption, 0, 0, 1, 2)

        self.name = QLineEdit(AgentRow)
        self.name.setObjectName(u"name")

        self.grid.addWidget(self.name, 1, 0, 1, 2)

        self.id_number_caption = QLabel(AgentRow)
        self.id_number_caption.setObjectName(u"id_number_caption")

        self.grid.addWidget(self.id_number_caption, 0, 2, 1, 2)

        self.id_number = QLineEdit(AgentRow)
        self.id_number.setObjectName(u"id_number")
        self.id_number.setMaxLength(18)

        self.grid.addWidget(self.id_number, 1, 2, 1, 2)

        self.phone_caption = QLabel(AgentRow)
        self.phone_caption.setObjectName(u"phone_caption")

        self.grid.addWidget(self.phone_caption, 0, 4, 1, 2)

        self.phone = QLineEdit(AgentRow)
        self.phone.setObjectName(u"phone")

        self.grid.addWidget(self.phone, 1, 4, 1, 2)

        self.kind_caption = QLabel(AgentRow)
        self.kind_caption.setObjectName(u"kind_caption")

        self.grid.addWidget(self.kind_caption, 2, 0, 1, 2)

        self.kind = QComboBox(AgentRow)
        self.kind.setObjectName(u"kind")
        self.kind.setEditable(True)

        self.grid.addWidget(self.kind, 3, 0, 1, 2)

        self.authority_caption = QLabel(AgentRow)
        self.authority_caption.setObjectName(u"authority_caption")

        self.grid.addWidget(self.authority_caption, 2, 2, 1, 1)

        self.authority = QComboBox(AgentRow)
        self.authority.setObjectName(u"authority")

        self.grid.addWidget(self.authority, 3, 2, 1, 1)

        self.scope_caption = QLabel(AgentRow)
        self.scope_caption.setObjectName(u"scope_caption")

        self.grid.addWidget(self.scope_caption, 2, 3, 1, 3)

        self.scope = QLineEdit(AgentRow)
        self.scope.setObjectName(u"scope")

        self.grid.addWidget(self.scope, 3, 3, 1, 3)

        self.remove_button = QPushButton(AgentRow)
        self.remove_button.setObjectName(u"remove_button")

        self.grid.addWidget(self.remove_button, 1, 6, 1, 1)

        self.errors = QLabel(AgentRow)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.grid.addWidget(self.errors, 4, 0, 1, 7)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnStretch(4, 1)
        self.grid.setColumnStretch(5, 1)

        self.retranslateUi(AgentRow)

        QMetaObject.connectSlotsByName(AgentRow)
    # setupUi

    def retranslateUi(self, AgentRow):
        self.name_caption.setText(QCoreApplication.translate("AgentRow", u"\u59d3\u540d", None))
        self.id_number_caption.setText(QCoreApplication.translate("AgentRow", u"\u8eab\u4efd\u8bc1\u53f7\u7801", None))
        self.phone_caption.setText(QCoreApplication.translate("AgentRow", u"\u7535\u8bdd", None))
        self.kind_caption.setText(QCoreApplication.translate("AgentRow", u"\u7c7b\u522b", None))
        self.authority_caption.setText(QCoreApplication.translate("AgentRow", u"\u6388\u6743", None))
        self.scope_caption.setText(QCoreApplication.translate("AgentRow", u"\u4ee3\u7406\u6743\u9650", None))
        self.scope.setPlaceholderText(QCoreApplication.translate("AgentRow", u"\u7279\u522b\u6388\u6743\u65f6\u5199\u660e\uff1a\u4ee3\u4e3a\u627f\u8ba4\u3001\u653e\u5f03\u3001\u53d8\u66f4\u8bf7\u6c42\uff0c\u8fdb\u884c\u548c\u89e3\u7b49", None))
        self.remove_button.setText(QCoreApplication.translate("AgentRow", u"\u5220\u9664", None))
        pass
    # retranslateUi
