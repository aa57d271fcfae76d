# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/backup_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_BackupTab(object):
    def setupUi(self, BackupTab):
        if not BackupTab.objectName():
            BackupTab.setObjectName(u"BackupTab")
        self.column = QVBoxLayout(BackupTab)
        self.column.setObjectName(u"column")
        self.note = QLabel(BackupTab)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.column.addWidget(self.note)

        self.settings_box = QGroupBox(BackupTab)
        self.settings_box.setObjectName(u"settings_box")
        self.settings_box.setMaximumSize(QSize(880, 16777215))
        self.settings_column = QVBoxLayout(self.settings_box)
        self.settings_column.setObjectName(u"settings_column")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.interval_label = QLabel(self.settings_box)
        self.interval_label.setObjectName(u"interval_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interval_label)

        self.interval = QSpinBox(self.settings_box)
        self.interval.setObjectName(u"interval")
        self.interval.setMaximumSize(QSize(140, 16777215))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.interval)

        self.keep_label = QLabel(self.settings_box)
        self.keep_label.setObjectName(u"keep_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keep_label)

        self.keep = QSpinBox(self.settings_box)
        self.keep.setObjectName(u"keep")
        self.keep.setMaximumSize(QSize(140, 16777215))

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keep)

        self.folder_label = QLabel(self.settings_box)
        self.folder_label.setObjectName(u"folder_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_row = QWidget(self.settings_box)
        self.folder_row.setObjectName(u"folder_row")
        self.folder_line = QHBoxLayout(self.folder_row)
        self.folder_line.setObjectName(u"folder_line")
        self.folder_line.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(self.folder_row)
        self.folder.setObjectName(u"folder")
        self.folder.setMinimumSize(QSize(420, 0))

        self.folder_line.addWidget(self.folder)

        self.browse_button = QPushButton(self.folder_row)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_line.addWidget(self.browse_button)

        self.folder_line.setStretch(0, 1)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.folder_row)

        self.last_caption = QLabel(self.settings_box)
        self.last_caption.setObjectName(u"last_caption")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.last_caption)

        self.last_label = QLabel(self.settings_box)
        self.last_label.setObjectName(u"last_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.last_label)


        self.settings_column.addLayout(self.fields)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.save_button = QPushButton(self.settings_box)
        self.save_button.setObjectName(u"save_button")

        self.buttons.addWidget(self.save_button)

        self.backup_button = QPushButton(self.settings_box)
        self.backup_button.setObjectName(u"backup_button")

        self.buttons.addWidget(self.backup_button)

        self.verify_button = QPushButton(self.settings_box)
        self.verify_button.setObjectName(u"verify_button")

        self.buttons.addWidget(self.verify_button)

        self.buttons_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_gap)


        self.settings_column.addLayout(self.buttons)

        self.message = QLabel(self.settings_box)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #1e6b30;")
        self.message.setWordWrap(True)

        self.settings_column.addWidget(self.message)


        self.column.addWidget(self.settings_box)

        self.report_box = QGroupBox(BackupTab)
        self.report_box.setObjectName(u"report_box")
        self.report_box.setMaximumSize(QSize(880, 16777215))
        self.report_column = QVBoxLayout(self.report_box)
        self.report_column.setObjectName(u"report_column")
        self.report = QPlainTextEdit(self.report_box)
        self.report.setObjectName(u"report")
        self.report.setReadOnly(True)

        self.report_column.addWidget(self.report)


        self.column.addWidget(self.report_box)

        self.column.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.interval_label.setBuddy(self.interval)
        self.keep_label.setBuddy(self.keep)
        self.folder_label.setBuddy(self.folder)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupTab)

        QMetaObject.connectSlotsByName(BackupTab)
    # setupUi

    def retranslateUi(self, BackupTab):
        self.note.setText(QCoreApplication.translate("BackupTab", u"\u53ea\u6709\u7ba1\u7406\u5458\u53ef\u4ee5\u66f4\u6539\u5907\u4efd\u8bbe\u7f6e\uff1b\u4efb\u4f55\u7528\u6237\u90fd\u53ef\u4ee5\u7acb\u5373\u5907\u4efd\u548c\u6821\u9a8c\u3002", None))
        self.settings_box.setTitle(QCoreApplication.translate("BackupTab", u"\u5907\u4efd\u8bbe\u7f6e", None))
        self.interval_label.setText(QCoreApplication.translate("BackupTab", u"\u81ea\u52a8\u5907\u4efd\u95f4\u9694", None))
        self.interval.setSuffix(QCoreApplication.translate("BackupTab", u" \u5c0f\u65f6", None))
        self.keep_label.setText(QCoreApplication.translate("BackupTab", u"\u4fdd\u7559\u6700\u8fd1", None))
        self.keep.setSuffix(QCoreApplication.translate("BackupTab", u" \u4efd", None))
        self.folder_label.setText(QCoreApplication.translate("BackupTab", u"\u5907\u4efd\u6587\u4ef6\u5939", None))
        self.browse_button.setText(QCoreApplication.translate("BackupTab", u"\u9009\u62e9\u2026", None))
        self.last_caption.setText(QCoreApplication.translate("BackupTab", u"\u4e0a\u6b21\u5907\u4efd", None))
        self.save_button.setText(QCoreApplication.translate("BackupTab", u"\u4fdd\u5b58\u8bbe\u7f6e", None))
        self.backup_button.setText(QCoreApplication.translate("BackupTab", u"\u7acb\u5373\u5907\u4efd", None))
        self.verify_button.setText(QCoreApplication.translate("BackupTab", u"\u6821\u9a8c\u6848\u4ef6\u5e93", None))
        self.report_box.setTitle(QCoreApplication.translate("BackupTab", u"\u6821\u9a8c\u7ed3\u679c", None))
        self.report.setPlaceholderText(QCoreApplication.translate("BackupTab", u"\u70b9\u51fb\u201c\u6821\u9a8c\u6848\u4ef6\u5e93\u201d\u68c0\u67e5\u52a0\u5bc6\u9875\u3001\u6570\u636e\u5e93\u7ed3\u6784\u548c\u5ba1\u8ba1\u8bb0\u5f55\u54c8\u5e0c\u94fe\uff0c\u7ed3\u679c\u663e\u793a\u5728\u8fd9\u91cc\u3002", None))
        pass
    # retranslateUi
