# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/package_viewer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_PackageViewerDialog(object):
    def setupUi(self, PackageViewerDialog):
        if not PackageViewerDialog.objectName():
            PackageViewerDialog.setObjectName(u"PackageViewerDialog")
        self.column = QVBoxLayout(PackageViewerDialog)
        self.column.setObjectName(u"column")
        self.verdict = QLabel(PackageViewerDialog)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setStyleSheet(u"font-size: 12pt; font-weight: bold;")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.column.addWidget(self.verdict)

        self.package_file = QLabel(PackageViewerDialog)
        self.package_file.setObjectName(u"package_file")
        self.package_file.setStyleSheet(u"color: #555555;")
        self.package_file.setWordWrap(True)
        self.package_file.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.column.addWidget(self.package_file)

        self.trust = QLabel(PackageViewerDialog)
        self.trust.setObjectName(u"trust")
        self.trust.setWordWrap(True)

        self.column.addWidget(self.trust)

        self.splitter = QSplitter(PackageViewerDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.content = QTextBrowser(self.splitter)
        self.content.setObjectName(u"content")
        self.content.setOpenLinks(False)
        self.splitter.addWidget(self.content)
        self.files_box = QGroupBox(self.splitter)
        self.files_box.setObjectName(u"files_box")
        self.files_column = QVBoxLayout(self.files_box)
        self.files_column.setObjectName(u"files_column")
        self.files = QTableWidget(self.files_box)
        if (self.files.columnCount() < 5):
            self.files.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.files.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.files.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.files.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.files.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        __qtablewidgetitem4.setText(u"SHA-256")
        self.files.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.files.setObjectName(u"files")
        self.files.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.files.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.files.setSelectionMode(QAbstractItemView.SingleSelection)
        self.files.setWordWrap(False)

        self.files_column.addWidget(self.files)

        self.file_buttons = QHBoxLayout()
        self.file_buttons.setObjectName(u"file_buttons")
        self.file_message = QLabel(self.files_box)
        self.file_message.setObjectName(u"file_message")
        self.file_message.setWordWrap(True)

        self.file_buttons.addWidget(self.file_message)

        self.open_button = QPushButton(self.files_box)
        self.open_button.setObjectName(u"open_button")

        self.file_buttons.addWidget(self.open_button)

        self.save_button = QPushButton(self.files_box)
        self.save_button.setObjectName(u"save_button")

        self.file_buttons.addWidget(self.save_button)

        self.file_buttons.setStretch(0, 1)

        self.files_column.addLayout(self.file_buttons)

        self.files_column.setStretch(0, 1)
        self.splitter.addWidget(self.files_box)

        self.column.addWidget(self.splitter)

        self.read_only_note = QLabel(PackageViewerDialog)
        self.read_only_note.setObjectName(u"read_only_note")
        self.read_only_note.setStyleSheet(u"color: #555555;")
        self.read_only_note.setWordWrap(True)

        self.column.addWidget(self.read_only_note)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.keys_button = QPushButton(PackageViewerDialog)
        self.keys_button.setObjectName(u"keys_button")

        self.buttons.addWidget(self.keys_button)

        self.another_button = QPushButton(PackageViewerDialog)
        self.another_button.setObjectName(u"another_button")

        self.buttons.addWidget(self.another_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.close_button = QPushButton(PackageViewerDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons.addWidget(self.close_button)


        self.column.addLayout(self.buttons)

        self.column.setStretch(3, 1)

        self.retranslateUi(PackageViewerDialog)

        QMetaObject.connectSlotsByName(PackageViewerDialog)
    # setupUi

    def retranslateUi(self, PackageViewerDialog):
        self.content.setPlaceholderText(QCoreApplication.translate("PackageViewerDialog", u"\u79fb\u4ea4\u5305\u6838\u9a8c\u901a\u8fc7\u540e\uff0c\u8fd9\u91cc\u663e\u793a\u5b83\u7684\u5185\u5bb9\u3002", None))
        self.files_box.setTitle(QCoreApplication.translate("PackageViewerDialog", u"\u5305\u4e2d\u7684\u6587\u4ef6", None))
        ___qtablewidgetitem = self.files.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PackageViewerDialog", u"\u6587\u4ef6\u540d", None))
        ___qtablewidgetitem1 = self.files.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PackageViewerDialog", u"\u540d\u79f0", None))
        ___qtablewidgetitem2 = self.files.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PackageViewerDialog", u"\u7c7b\u578b", None))
        ___qtablewidgetitem3 = self.files.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PackageViewerDialog", u"\u5927\u5c0f", None))
        self.open_button.setText(QCoreApplication.translate("PackageViewerDialog", u"\u6253\u5f00", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("PackageViewerDialog", u"\u5728\u7a0b\u5e8f\u5185\u67e5\u770b\u9009\u4e2d\u7684PDF\u6587\u4ef6\uff08\u53ea\u5728\u5185\u5b58\u4e2d\uff0c\u4e0d\u5199\u5165\u78c1\u76d8\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("PackageViewerDialog", u"\u53e6\u5b58\u4e3a\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("PackageViewerDialog", u"\u628a\u9009\u4e2d\u7684\u6587\u4ef6\u4fdd\u5b58\u5230\u60a8\u9009\u62e9\u7684\u4f4d\u7f6e\uff08\u4fdd\u5b58\u65f6\u518d\u6b21\u6838\u5bf9 SHA-256\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.read_only_note.setText(QCoreApplication.translate("PackageViewerDialog", u"\u53ea\u8bfb\u67e5\u770b\uff1a\u6838\u9a8c\u548c\u67e5\u770b\u79fb\u4ea4\u5305\u4e0d\u4f1a\u6539\u52a8\u6848\u4ef6\u5e93\u3002", None))
        self.keys_button.setText(QCoreApplication.translate("PackageViewerDialog", u"\u7528\u516c\u94a5\u6587\u4ef6\u6838\u9a8c\u2026", None))
#if QT_CONFIG(tooltip)
        self.keys_button.setToolTip(QCoreApplication.translate("PackageViewerDialog", u"\u9009\u62e9\u53d1\u9001\u673a\u6784\u516c\u5e03\u7684\u516c\u94a5\u6587\u4ef6\uff0c\u8981\u6c42\u79fb\u4ea4\u5305\u7684\u7b7e\u540d\u5bc6\u94a5\u5728\u5176\u4e2d", None))
#endif // QT_CONFIG(tooltip)
        self.another_button.setText(QCoreApplication.translate("PackageViewerDialog", u"\u6253\u5f00\u5176\u4ed6\u79fb\u4ea4\u5305\u2026", None))
        self.close_button.setText(QCoreApplication.translate("PackageViewerDialog", u"\u5173\u95ed", None))
        pass
    # retranslateUi
