# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/hearings_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_HearingsPage(object):
    def setupUi(self, HearingsPage):
        if not HearingsPage.objectName():
            HearingsPage.setObjectName(u"HearingsPage")
        self.column = QVBoxLayout(HearingsPage)
        self.column.setObjectName(u"column")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.week_label = QLabel(HearingsPage)
        self.week_label.setObjectName(u"week_label")

        self.bar.addWidget(self.week_label)

        self.week = QDateEdit(HearingsPage)
        self.week.setObjectName(u"week")
        self.week.setDisplayFormat(u"yyyy-MM-dd")
        self.week.setCalendarPopup(True)

        self.bar.addWidget(self.week)

        self.previous_week = QPushButton(HearingsPage)
        self.previous_week.setObjectName(u"previous_week")

        self.bar.addWidget(self.previous_week)

        self.next_week = QPushButton(HearingsPage)
        self.next_week.setObjectName(u"next_week")

        self.bar.addWidget(self.next_week)

        self.room = QComboBox(HearingsPage)
        self.room.setObjectName(u"room")

        self.bar.addWidget(self.room)

        self.arbitrator = QComboBox(HearingsPage)
        self.arbitrator.setObjectName(u"arbitrator")

        self.bar.addWidget(self.arbitrator)

        self.bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_gap)

        self.summary = QLabel(HearingsPage)
        self.summary.setObjectName(u"summary")

        self.bar.addWidget(self.summary)


        self.column.addLayout(self.bar)

        self.table = QTableWidget(HearingsPage)
        if (self.table.columnCount() < 7):
            self.table.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.column.addWidget(self.table)

        self.hint = QLabel(HearingsPage)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #52606d;")
        self.hint.setWordWrap(True)

        self.column.addWidget(self.hint)

        self.column.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.week_label.setBuddy(self.week)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HearingsPage)

        QMetaObject.connectSlotsByName(HearingsPage)
    # setupUi

    def retranslateUi(self, HearingsPage):
        self.week_label.setText(QCoreApplication.translate("HearingsPage", u"\u81ea", None))
        self.previous_week.setText(QCoreApplication.translate("HearingsPage", u"\u4e0a\u4e00\u5468", None))
        self.next_week.setText(QCoreApplication.translate("HearingsPage", u"\u4e0b\u4e00\u5468", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HearingsPage", u"\u65e5\u671f", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HearingsPage", u"\u65f6\u95f4", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HearingsPage", u"\u4ef2\u88c1\u5ead\uff08\u623f\u95f4\uff09", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HearingsPage", u"\u6848\u53f7", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("HearingsPage", u"\u4ef2\u88c1\u5458", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("HearingsPage", u"\u72b6\u6001", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("HearingsPage", u"\u5f00\u5ead\u901a\u77e5", None))
        self.hint.setText(QCoreApplication.translate("HearingsPage", u"\u5728\u6848\u4ef6\u7684\u201c\u4ef2\u88c1\u201d\u9875\u5b89\u6392\u5f00\u5ead\uff1b\u540c\u4e00\u4ef2\u88c1\u5458\u6216\u540c\u4e00\u4ef2\u88c1\u5ead\u65f6\u95f4\u51b2\u7a81\u7684\u5b89\u6392\u4f1a\u88ab\u62d2\u7edd\u3002\u53cc\u51fb\u4e00\u884c\u6253\u5f00\u6848\u4ef6\u3002", None))
        pass
    # retranslateUi
