# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_hearings_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HearingsSection(object):
    def setupUi(self, HearingsSection):
        if not HearingsSection.objectName():
            HearingsSection.setObjectName(u"HearingsSection")
        self.column = QVBoxLayout(HearingsSection)
        self.column.setObjectName(u"column")
        self.tribunal = QGroupBox(HearingsSection)
        self.tribunal.setObjectName(u"tribunal")
        self.tribunal_grid = QGridLayout(self.tribunal)
        self.tribunal_grid.setObjectName(u"tribunal_grid")
        self.tribunal_kind = QComboBox(self.tribunal)
        self.tribunal_kind.setObjectName(u"tribunal_kind")

        self.tribunal_grid.addWidget(self.tribunal_kind, 0, 0, 1, 1)

        self.chair_label = QLabel(self.tribunal)
        self.chair_label.setObjectName(u"chair_label")

        self.tribunal_grid.addWidget(self.chair_label, 0, 1, 1, 1)

        self.member_0 = QComboBox(self.tribunal)
        self.member_0.setObjectName(u"member_0")
        self.member_0.setEditable(True)
        self.member_0.setMinimumSize(QSize(120, 0))

        self.tribunal_grid.addWidget(self.member_0, 0, 2, 1, 1)

        self.member_label_1 = QLabel(self.tribunal)
        self.member_label_1.setObjectName(u"member_label_1")

        self.tribunal_grid.addWidget(self.member_label_1, 0, 3, 1, 1)

        self.member_1 = QComboBox(self.tribunal)
        self.member_1.setObjectName(u"member_1")
        self.member_1.setEditable(True)
        self.member_1.setMinimumSize(QSize(120, 0))

        self.tribunal_grid.addWidget(self.member_1, 0, 4, 1, 1)

        self.member_label_2 = QLabel(self.tribunal)
        self.member_label_2.setObjectName(u"member_label_2")

        self.tribunal_grid.addWidget(self.member_label_2, 0, 5, 1, 1)

        self.member_2 = QComboBox(self.tribunal)
        self.member_2.setObjectName(u"member_2")
        self.member_2.setEditable(True)
        self.member_2.setMinimumSize(QSize(120, 0))

        self.tribunal_grid.addWidget(self.member_2, 0, 6, 1, 1)

        self.formed_on_label = QLabel(self.tribunal)
        self.formed_on_label.setObjectName(u"formed_on_label")

        self.tribunal_grid.addWidget(self.formed_on_label, 1, 0, 1, 1)

        self.formed_on = QDateEdit(self.tribunal)
        self.formed_on.setObjectName(u"formed_on")
        self.formed_on.setDisplayFormat(u"yyyy-MM-dd")
        self.formed_on.setCalendarPopup(True)

        self.tribunal_grid.addWidget(self.formed_on, 1, 1, 1, 2)

        self.notify_now = QCheckBox(self.tribunal)
        self.notify_now.setObjectName(u"notify_now")

        self.tribunal_grid.addWidget(self.notify_now, 1, 3, 1, 2)

        self.tribunal_button = QPushButton(self.tribunal)
        self.tribunal_button.setObjectName(u"tribunal_button")

        self.tribunal_grid.addWidget(self.tribunal_button, 1, 5, 1, 1)

        self.notify_button = QPushButton(self.tribunal)
        self.notify_button.setObjectName(u"notify_button")

        self.tribunal_grid.addWidget(self.notify_button, 1, 6, 1, 1)

        self.tribunal_label = QLabel(self.tribunal)
        self.tribunal_label.setObjectName(u"tribunal_label")
        self.tribunal_label.setWordWrap(True)

        self.tribunal_grid.addWidget(self.tribunal_label, 2, 0, 1, 7)


        self.column.addWidget(self.tribunal)

        self.hearing_box = QGroupBox(HearingsSection)
        self.hearing_box.setObjectName(u"hearing_box")
        self.hearing_column = QVBoxLayout(self.hearing_box)
        self.hearing_column.setObjectName(u"hearing_column")
        self.hearings = QTableWidget(self.hearing_box)
        if (self.hearings.columnCount() < 7):
            self.hearings.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.hearings.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.hearings.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.hearings.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.hearings.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.hearings.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.hearings.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.hearings.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.hearings.setObjectName(u"hearings")
        self.hearings.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.hearings.setAlternatingRowColors(True)
        self.hearings.setSelectionMode(QAbstractItemView.SingleSelection)
        self.hearings.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.hearings.setWordWrap(False)
        self.hearings.horizontalHeader().setStretchLastSection(True)
        self.hearings.verticalHeader().setVisible(False)

        self.hearing_column.addWidget(self.hearings)

        self.hearing_message = QLabel(self.hearing_box)
        self.hearing_message.setObjectName(u"hearing_message")
        self.hearing_message.setWordWrap(True)

        self.hearing_column.addWidget(self.hearing_message)

        self.hearing_bar = QHBoxLayout()
        self.hearing_bar.setObjectName(u"hearing_bar")
        self.schedule_button = QPushButton(self.hearing_box)
        self.schedule_button.setObjectName(u"schedule_button")

        self.hearing_bar.addWidget(self.schedule_button)

        self.notice_button = QPushButton(self.hearing_box)
        self.notice_button.setObjectName(u"notice_button")

        self.hearing_bar.addWidget(self.notice_button)

        self.postpone_button = QPushButton(self.hearing_box)
        self.postpone_button.setObjectName(u"postpone_button")

        self.hearing_bar.addWidget(self.postpone_button)

        self.attendance_button = QPushButton(self.hearing_box)
        self.attendance_button.setObjectName(u"attendance_button")

        self.hearing_bar.addWidget(self.attendance_button)

        self.written_button = QPushButton(self.hearing_box)
        self.written_button.setObjectName(u"written_button")

        self.hearing_bar.addWidget(self.written_button)

        self.hearing_bar_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hearing_bar.addItem(self.hearing_bar_stretch)

        self.tribunal_doc_button = QPushButton(self.hearing_box)
        self.tribunal_doc_button.setObjectName(u"tribunal_doc_button")

        self.hearing_bar.addWidget(self.tribunal_doc_button)

        self.hearing_doc_button = QPushButton(self.hearing_box)
        self.hearing_doc_button.setObjectName(u"hearing_doc_button")

        self.hearing_bar.addWidget(self.hearing_doc_button)

        self.postponement_doc_button = QPushButton(self.hearing_box)
        self.postponement_doc_button.setObjectName(u"postponement_doc_button")

        self.hearing_bar.addWidget(self.postponement_doc_button)


        self.hearing_column.addLayout(self.hearing_bar)

        self.hearing_column.setStretch(0, 1)

        self.column.addWidget(self.hearing_box)

        self.column.setStretch(1, 1)

        self.retranslateUi(HearingsSection)

        QMetaObject.connectSlotsByName(HearingsSection)
    # setupUi

    def retranslateUi(self, HearingsSection):
        self.tribunal.setTitle(QCoreApplication.translate("HearingsSection", u"\u4ef2\u88c1\u5ead", None))
        self.chair_label.setText(QCoreApplication.translate("HearingsSection", u"\u9996\u5e2d\uff08\u72ec\u4efb\uff09", None))
        self.member_label_1.setText(QCoreApplication.translate("HearingsSection", u"\u4ef2\u88c1\u5458", None))
        self.member_label_2.setText(QCoreApplication.translate("HearingsSection", u"\u4ef2\u88c1\u5458", None))
        self.formed_on_label.setText(QCoreApplication.translate("HearingsSection", u"\u7ec4\u5ead\u65e5\u671f", None))
        self.notify_now.setText(QCoreApplication.translate("HearingsSection", u"\u540c\u65f6\u4e66\u9762\u901a\u77e5\u5f53\u4e8b\u4eba", None))
        self.tribunal_button.setText(QCoreApplication.translate("HearingsSection", u"\u7ec4\u6210\u4ef2\u88c1\u5ead", None))
        self.notify_button.setText(QCoreApplication.translate("HearingsSection", u"\u767b\u8bb0\u7ec4\u5ead\u901a\u77e5\u2026", None))
        self.hearing_box.setTitle(QCoreApplication.translate("HearingsSection", u"\u5f00\u5ead", None))
        ___qtablewidgetitem = self.hearings.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HearingsSection", u"\u65e5\u671f", None))
        ___qtablewidgetitem1 = self.hearings.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HearingsSection", u"\u65f6\u95f4", None))
        ___qtablewidgetitem2 = self.hearings.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HearingsSection", u"\u4ef2\u88c1\u5ead\u5ba4", None))
        ___qtablewidgetitem3 = self.hearings.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HearingsSection", u"\u4ef2\u88c1\u5458", None))
        ___qtablewidgetitem4 = self.hearings.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("HearingsSection", u"\u72b6\u6001", None))
        ___qtablewidgetitem5 = self.hearings.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("HearingsSection", u"\u5f00\u5ead\u901a\u77e5\u9001\u8fbe", None))
        ___qtablewidgetitem6 = self.hearings.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("HearingsSection", u"\u5230\u5ead\u60c5\u51b5", None))
        self.schedule_button.setText(QCoreApplication.translate("HearingsSection", u"\u5b89\u6392\u5f00\u5ead\u2026", None))
        self.notice_button.setText(QCoreApplication.translate("HearingsSection", u"\u9001\u8fbe\u5f00\u5ead\u901a\u77e5\u2026", None))
        self.postpone_button.setText(QCoreApplication.translate("HearingsSection", u"\u5ef6\u671f\u5f00\u5ead\u2026", None))
        self.attendance_button.setText(QCoreApplication.translate("HearingsSection", u"\u8bb0\u5f55\u5230\u5ead\u2026", None))
        self.written_button.setText(QCoreApplication.translate("HearingsSection", u"\u4e66\u9762\u5ba1\u7406\u2026", None))
#if QT_CONFIG(tooltip)
        self.written_button.setToolTip(QCoreApplication.translate("HearingsSection", u"\u4ef2\u88c1\u5ead\u51b3\u5b9a\u4e0d\u5f00\u5ead\u3001\u4e66\u9762\u5ba1\u7406\u65f6\u767b\u8bb0\u51b3\u5b9a\u53ca\u7406\u7531\uff1b\u88c1\u51b3\u4e66\u636e\u6b64\u5199\u660e\u5ba1\u7406\u7ecf\u8fc7", None))
#endif // QT_CONFIG(tooltip)
        self.tribunal_doc_button.setText(QCoreApplication.translate("HearingsSection", u"\u4ef2\u88c1\u5ead\u7ec4\u6210\u901a\u77e5\u4e66", None))
        self.hearing_doc_button.setText(QCoreApplication.translate("HearingsSection", u"\u5f00\u5ead\u901a\u77e5\u4e66", None))
        self.postponement_doc_button.setText(QCoreApplication.translate("HearingsSection", u"\u5ef6\u671f\u5ba1\u7406\u901a\u77e5\u4e66", None))
        pass
    # retranslateUi
