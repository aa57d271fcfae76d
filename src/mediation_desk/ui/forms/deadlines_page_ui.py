# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/deadlines_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_DeadlinesPage(object):
    def setupUi(self, DeadlinesPage):
        if not DeadlinesPage.objectName():
            DeadlinesPage.setObjectName(u"DeadlinesPage")
        self.column = QVBoxLayout(DeadlinesPage)
        self.column.setObjectName(u"column")
        self.summary = QLabel(DeadlinesPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.column.addWidget(self.summary)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.filter_label = QLabel(DeadlinesPage)
        self.filter_label.setObjectName(u"filter_label")

        self.bar.addWidget(self.filter_label)

        self.filter = QComboBox(DeadlinesPage)
        self.filter.setObjectName(u"filter")

        self.bar.addWidget(self.filter)

        self.mine = QCheckBox(DeadlinesPage)
        self.mine.setObjectName(u"mine")

        self.bar.addWidget(self.mine)

        self.bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_gap)

        self.refresh_button = QPushButton(DeadlinesPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.bar.addWidget(self.refresh_button)


        self.column.addLayout(self.bar)

        self.table = QTableView(DeadlinesPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.column.addWidget(self.table)

        self.provisional_note = QLabel(DeadlinesPage)
        self.provisional_note.setObjectName(u"provisional_note")
        self.provisional_note.setVisible(False)
        self.provisional_note.setStyleSheet(u"color: #8a5a00;")
        self.provisional_note.setWordWrap(True)

        self.column.addWidget(self.provisional_note)

        self.hint = QLabel(DeadlinesPage)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #52606d;")
        self.hint.setWordWrap(True)

        self.column.addWidget(self.hint)

        self.column.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeadlinesPage)

        QMetaObject.connectSlotsByName(DeadlinesPage)
    # setupUi

    def retranslateUi(self, DeadlinesPage):
        self.filter_label.setText(QCoreApplication.translate("DeadlinesPage", u"\u663e\u793a", None))
        self.mine.setText(QCoreApplication.translate("DeadlinesPage", u"\u53ea\u770b\u6211\u627f\u529e\u7684\u6848\u4ef6", None))
        self.refresh_button.setText(QCoreApplication.translate("DeadlinesPage", u"\u5237\u65b0", None))
        self.hint.setText(QCoreApplication.translate("DeadlinesPage", u"\u53cc\u51fb\u4e00\u884c\u6253\u5f00\u6848\u4ef6\u3002\u671f\u9650\u6309\u6cd5\u5b9a\u8282\u5047\u65e5\u548c\u8c03\u4f11\u5b89\u6392\u8ba1\u7b97\uff1b\u67d0\u5e74\u7684\u8282\u5047\u65e5\u5b89\u6392\uff08\u56fd\u52a1\u9662\u529e\u516c\u5385\u901a\u77e5\uff09\u5c1a\u672a\u5f55\u5165\u65f6\uff0c\u6309\u5468\u672b\u548c\u6cd5\u5b9a\u8282\u5047\u65e5\u63a8\u7b97\uff0c\u5230\u671f\u65e5\u6807\u4e3a\u201c\u6682\u5b9a\u201d\uff0c\u7ba1\u7406\u5458\u5728\u201c\u8bbe\u7f6e \u2192 \u8282\u5047\u65e5\u5b89\u6392\u201d\u5f55\u5165\u901a\u77e5\u540e\u91cd\u65b0\u8ba1\u7b97\u3002", None))
        pass
    # retranslateUi
