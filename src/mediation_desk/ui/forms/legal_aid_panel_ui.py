# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/legal_aid_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_LegalAidPanel(object):
    def setupUi(self, LegalAidPanel):
        if not LegalAidPanel.objectName():
            LegalAidPanel.setObjectName(u"LegalAidPanel")
        self.column = QVBoxLayout(LegalAidPanel)
        self.column.setObjectName(u"column")
        self.check_box = QGroupBox(LegalAidPanel)
        self.check_box.setObjectName(u"check_box")
        self.check_column = QVBoxLayout(self.check_box)
        self.check_column.setObjectName(u"check_column")
        self.facts_row = QHBoxLayout()
        self.facts_row.setObjectName(u"facts_row")
        self.migrant = QCheckBox(self.check_box)
        self.migrant.setObjectName(u"migrant")

        self.facts_row.addWidget(self.migrant)

        self.has_agent = QCheckBox(self.check_box)
        self.has_agent.setObjectName(u"has_agent")

        self.facts_row.addWidget(self.has_agent)

        self.urgent = QCheckBox(self.check_box)
        self.urgent.setObjectName(u"urgent")

        self.facts_row.addWidget(self.urgent)

        self.hardship_label = QLabel(self.check_box)
        self.hardship_label.setObjectName(u"hardship_label")

        self.facts_row.addWidget(self.hardship_label)

        self.hardship = QComboBox(self.check_box)
        self.hardship.setObjectName(u"hardship")

        self.facts_row.addWidget(self.hardship)

        self.facts_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.facts_row.addItem(self.facts_gap)

        self.check_button = QPushButton(self.check_box)
        self.check_button.setObjectName(u"check_button")

        self.facts_row.addWidget(self.check_button)


        self.check_column.addLayout(self.facts_row)

        self.result = QTextBrowser(self.check_box)
        self.result.setObjectName(u"result")
        self.result.setMaximumSize(QSize(16777215, 150))

        self.check_column.addWidget(self.result)

        self.refer_row = QHBoxLayout()
        self.refer_row.setObjectName(u"refer_row")
        self.centre_label = QLabel(self.check_box)
        self.centre_label.setObjectName(u"centre_label")

        self.refer_row.addWidget(self.centre_label)

        self.centre = QComboBox(self.check_box)
        self.centre.setObjectName(u"centre")
        self.centre.setEditable(True)

        self.refer_row.addWidget(self.centre)

        self.refer_date_label = QLabel(self.check_box)
        self.refer_date_label.setObjectName(u"refer_date_label")

        self.refer_row.addWidget(self.refer_date_label)

        self.refer_date = QDateEdit(self.check_box)
        self.refer_date.setObjectName(u"refer_date")
        self.refer_date.setDisplayFormat(u"yyyy-MM-dd")
        self.refer_date.setCalendarPopup(True)

        self.refer_row.addWidget(self.refer_date)

        self.refer_button = QPushButton(self.check_box)
        self.refer_button.setObjectName(u"refer_button")

        self.refer_row.addWidget(self.refer_button)

        self.refer_row.setStretch(1, 2)

        self.check_column.addLayout(self.refer_row)


        self.column.addWidget(self.check_box)

        self.course_box = QGroupBox(LegalAidPanel)
        self.course_box.setObjectName(u"course_box")
        self.course_column = QVBoxLayout(self.course_box)
        self.course_column.setObjectName(u"course_column")
        self.course = QTextBrowser(self.course_box)
        self.course.setObjectName(u"course")
        self.course.setMaximumSize(QSize(16777215, 170))

        self.course_column.addWidget(self.course)

        self.step_row = QHBoxLayout()
        self.step_row.setObjectName(u"step_row")
        self.step_date_label = QLabel(self.course_box)
        self.step_date_label.setObjectName(u"step_date_label")

        self.step_row.addWidget(self.step_date_label)

        self.step_date = QDateEdit(self.course_box)
        self.step_date.setObjectName(u"step_date")
        self.step_date.setDisplayFormat(u"yyyy-MM-dd")
        self.step_date.setCalendarPopup(True)

        self.step_row.addWidget(self.step_date)

        self.reason = QLineEdit(self.course_box)
        self.reason.setObjectName(u"reason")

        self.step_row.addWidget(self.reason)

        self.lawyer_label = QLabel(self.course_box)
        self.lawyer_label.setObjectName(u"lawyer_label")

        self.step_row.addWidget(self.lawyer_label)

        self.lawyer = QComboBox(self.course_box)
        self.lawyer.setObjectName(u"lawyer")
        self.lawyer.setEditable(True)

        self.step_row.addWidget(self.lawyer)

        self.step_row.setStretch(2, 2)
        self.step_row.setStretch(4, 1)

        self.course_column.addLayout(self.step_row)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.grant_button = QPushButton(self.course_box)
        self.grant_button.setObjectName(u"grant_button")

        self.buttons.addWidget(self.grant_button)

        self.refuse_button = QPushButton(self.course_box)
        self.refuse_button.setObjectName(u"refuse_button")

        self.buttons.addWidget(self.refuse_button)

        self.assign_button = QPushButton(self.course_box)
        self.assign_button.setObjectName(u"assign_button")

        self.buttons.addWidget(self.assign_button)

        self.outcome_button = QPushButton(self.course_box)
        self.outcome_button.setObjectName(u"outcome_button")

        self.buttons.addWidget(self.outcome_button)

        self.letter_button = QPushButton(self.course_box)
        self.letter_button.setObjectName(u"letter_button")

        self.buttons.addWidget(self.letter_button)

        self.buttons_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_gap)


        self.course_column.addLayout(self.buttons)


        self.column.addWidget(self.course_box)

        self.column.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.hardship_label.setBuddy(self.hardship)
        self.centre_label.setBuddy(self.centre)
        self.refer_date_label.setBuddy(self.refer_date)
        self.step_date_label.setBuddy(self.step_date)
        self.lawyer_label.setBuddy(self.lawyer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LegalAidPanel)

        QMetaObject.connectSlotsByName(LegalAidPanel)
    # setupUi

    def retranslateUi(self, LegalAidPanel):
        self.check_box.setTitle(QCoreApplication.translate("LegalAidPanel", u"\u63f4\u52a9\u6761\u4ef6\uff08\u6cd5\u5f8b\u63f4\u52a9\u6cd5\u7b2c\u4e09\u5341\u4e00\u6761\u3001\u7b2c\u56db\u5341\u4e8c\u6761\u3001\u7b2c\u56db\u5341\u56db\u6761\uff09", None))
        self.migrant.setText(QCoreApplication.translate("LegalAidPanel", u"\u8fdb\u57ce\u52a1\u5de5\u4eba\u5458", None))
        self.has_agent.setText(QCoreApplication.translate("LegalAidPanel", u"\u5df2\u59d4\u6258\u4ee3\u7406\u4eba", None))
        self.urgent.setText(QCoreApplication.translate("LegalAidPanel", u"\u6025\u9700\u7533\u8bf7\u4fdd\u5168\u6216\u5148\u4e88\u6267\u884c", None))
        self.hardship_label.setText(QCoreApplication.translate("LegalAidPanel", u"\u7ecf\u6d4e\u56f0\u96be\u72b6\u51b5", None))
        self.check_button.setText(QCoreApplication.translate("LegalAidPanel", u"\u68c0\u67e5\u63f4\u52a9\u6761\u4ef6", None))
        self.centre_label.setText(QCoreApplication.translate("LegalAidPanel", u"\u8f6c\u4ecb\u81f3", None))
        self.refer_date_label.setText(QCoreApplication.translate("LegalAidPanel", u"\u65e5\u671f", None))
        self.refer_button.setText(QCoreApplication.translate("LegalAidPanel", u"\u8f6c\u4ecb", None))
        self.course_box.setTitle(QCoreApplication.translate("LegalAidPanel", u"\u8f6c\u4ecb\u8fdb\u5c55", None))
        self.step_date_label.setText(QCoreApplication.translate("LegalAidPanel", u"\u65e5\u671f", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("LegalAidPanel", u"\u4e0d\u4e88\u63f4\u52a9\u7684\u7406\u7531 / \u63f4\u52a9\u7ed3\u679c", None))
        self.lawyer_label.setText(QCoreApplication.translate("LegalAidPanel", u"\u5f8b\u5e08", None))
        self.grant_button.setText(QCoreApplication.translate("LegalAidPanel", u"\u7ed9\u4e88\u63f4\u52a9", None))
        self.refuse_button.setText(QCoreApplication.translate("LegalAidPanel", u"\u4e0d\u4e88\u63f4\u52a9", None))
        self.assign_button.setText(QCoreApplication.translate("LegalAidPanel", u"\u6307\u6d3e\u5f8b\u5e08", None))
        self.outcome_button.setText(QCoreApplication.translate("LegalAidPanel", u"\u767b\u8bb0\u7ed3\u679c", None))
        self.letter_button.setText(QCoreApplication.translate("LegalAidPanel", u"\u751f\u6210\u8f6c\u4ecb\u51fd", None))
        pass
    # retranslateUi
