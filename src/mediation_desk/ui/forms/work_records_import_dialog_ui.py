# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/work_records_import_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from mediation_desk.ui.dialogs.work_records_columns import (ColumnChecks, ColumnChoice)

class Ui_WorkRecordsImportDialog(object):
    def setupUi(self, WorkRecordsImportDialog):
        if not WorkRecordsImportDialog.objectName():
            WorkRecordsImportDialog.setObjectName(u"WorkRecordsImportDialog")
        self.column = QVBoxLayout(WorkRecordsImportDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields.setRowWrapPolicy(QFormLayout.DontWrapRows)
        self.platform_label = QLabel(WorkRecordsImportDialog)
        self.platform_label.setObjectName(u"platform_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.platform_label)

        self.platform = QComboBox(WorkRecordsImportDialog)
        self.platform.setObjectName(u"platform")
        self.platform.setMinimumSize(QSize(220, 0))
        self.platform.setEditable(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.platform)

        self.tier_label = QLabel(WorkRecordsImportDialog)
        self.tier_label.setObjectName(u"tier_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tier_label)

        self.tier = QComboBox(WorkRecordsImportDialog)
        self.tier.setObjectName(u"tier")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tier)

        self.file_label = QLabel(WorkRecordsImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_box = QWidget(WorkRecordsImportDialog)
        self.file_box.setObjectName(u"file_box")
        self.file_row = QHBoxLayout(self.file_box)
        self.file_row.setObjectName(u"file_row")
        self.file_row.setContentsMargins(0, 0, 0, 0)
        self.file_name = QLineEdit(self.file_box)
        self.file_name.setObjectName(u"file_name")
        self.file_name.setReadOnly(True)

        self.file_row.addWidget(self.file_name)

        self.choose_button = QPushButton(self.file_box)
        self.choose_button.setObjectName(u"choose_button")

        self.file_row.addWidget(self.choose_button)

        self.file_row.setStretch(0, 1)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.file_box)

        self.source_info = QLabel(WorkRecordsImportDialog)
        self.source_info.setObjectName(u"source_info")
        self.source_info.setStyleSheet(u"color: #555555;")
        self.source_info.setWordWrap(True)
        self.source_info.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.source_info)


        self.column.addLayout(self.fields)

        self.mapping_box = QGroupBox(WorkRecordsImportDialog)
        self.mapping_box.setObjectName(u"mapping_box")
        self.mapping_box.setEnabled(False)
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping_grid.setObjectName(u"mapping_grid")
        self.header_row_label = QLabel(self.mapping_box)
        self.header_row_label.setObjectName(u"header_row_label")

        self.mapping_grid.addWidget(self.header_row_label, 0, 0, 1, 1)

        self.header_row = QSpinBox(self.mapping_box)
        self.header_row.setObjectName(u"header_row")
        self.header_row.setMinimum(1)

        self.mapping_grid.addWidget(self.header_row, 0, 1, 1, 1)

        self.start_label = QLabel(self.mapping_box)
        self.start_label.setObjectName(u"start_label")

        self.mapping_grid.addWidget(self.start_label, 1, 0, 1, 1)

        self.start = ColumnChoice(self.mapping_box)
        self.start.setObjectName(u"start")

        self.mapping_grid.addWidget(self.start, 1, 1, 1, 1)

        self.end_label = QLabel(self.mapping_box)
        self.end_label.setObjectName(u"end_label")

        self.mapping_grid.addWidget(self.end_label, 2, 0, 1, 1)

        self.end = ColumnChoice(self.mapping_box)
        self.end.setObjectName(u"end")

        self.mapping_grid.addWidget(self.end, 2, 1, 1, 1)

        self.duration_label = QLabel(self.mapping_box)
        self.duration_label.setObjectName(u"duration_label")

        self.mapping_grid.addWidget(self.duration_label, 3, 0, 1, 1)

        self.unit_row = QHBoxLayout()
        self.unit_row.setObjectName(u"unit_row")
        self.duration = ColumnChoice(self.mapping_box)
        self.duration.setObjectName(u"duration")

        self.unit_row.addWidget(self.duration)

        self.duration_unit_label = QLabel(self.mapping_box)
        self.duration_unit_label.setObjectName(u"duration_unit_label")

        self.unit_row.addWidget(self.duration_unit_label)

        self.duration_unit = QComboBox(self.mapping_box)
        self.duration_unit.setObjectName(u"duration_unit")

        self.unit_row.addWidget(self.duration_unit)

        self.unit_row.setStretch(0, 1)

        self.mapping_grid.addLayout(self.unit_row, 3, 1, 1, 1)

        self.date_label = QLabel(self.mapping_box)
        self.date_label.setObjectName(u"date_label")

        self.mapping_grid.addWidget(self.date_label, 4, 0, 1, 1)

        self.date = ColumnChoice(self.mapping_box)
        self.date.setObjectName(u"date")

        self.mapping_grid.addWidget(self.date, 4, 1, 1, 1)

        self.order_id_label = QLabel(self.mapping_box)
        self.order_id_label.setObjectName(u"order_id_label")

        self.mapping_grid.addWidget(self.order_id_label, 5, 0, 1, 1)

        self.order_id = ColumnChoice(self.mapping_box)
        self.order_id.setObjectName(u"order_id")

        self.mapping_grid.addWidget(self.order_id, 5, 1, 1, 1)

        self.kind_label = QLabel(self.mapping_box)
        self.kind_label.setObjectName(u"kind_label")

        self.mapping_grid.addWidget(self.kind_label, 6, 0, 1, 1)

        self.kind = ColumnChoice(self.mapping_box)
        self.kind.setObjectName(u"kind")

        self.mapping_grid.addWidget(self.kind, 6, 1, 1, 1)

        self.earnings_label = QLabel(self.mapping_box)
        self.earnings_label.setObjectName(u"earnings_label")

        self.mapping_grid.addWidget(self.earnings_label, 0, 2, 1, 1)

        self.earnings = ColumnChecks(self.mapping_box)
        self.earnings.setObjectName(u"earnings")
        self.earnings.setMinimumSize(QSize(200, 0))

        self.mapping_grid.addWidget(self.earnings, 1, 2, 6, 1)

        self.deductions_label = QLabel(self.mapping_box)
        self.deductions_label.setObjectName(u"deductions_label")

        self.mapping_grid.addWidget(self.deductions_label, 0, 3, 1, 1)

        self.deductions = ColumnChecks(self.mapping_box)
        self.deductions.setObjectName(u"deductions")
        self.deductions.setMinimumSize(QSize(200, 0))

        self.mapping_grid.addWidget(self.deductions, 1, 3, 6, 1)

        self.mapping_note = QLabel(self.mapping_box)
        self.mapping_note.setObjectName(u"mapping_note")
        self.mapping_note.setStyleSheet(u"color: #555555;")
        self.mapping_note.setWordWrap(True)

        self.mapping_grid.addWidget(self.mapping_note, 7, 0, 1, 4)

        self.mapping_grid.setColumnStretch(1, 3)
        self.mapping_grid.setColumnStretch(2, 2)
        self.mapping_grid.setColumnStretch(3, 2)

        self.column.addWidget(self.mapping_box)

        self.preview_box = QGroupBox(WorkRecordsImportDialog)
        self.preview_box.setObjectName(u"preview_box")
        self.preview_grid = QGridLayout(self.preview_box)
        self.preview_grid.setObjectName(u"preview_grid")
        self.summary = QLabel(self.preview_box)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.preview_grid.addWidget(self.summary, 0, 0, 1, 1)

        self.row_errors = QListWidget(self.preview_box)
        self.row_errors.setObjectName(u"row_errors")
        self.row_errors.setMinimumSize(QSize(0, 90))

        self.preview_grid.addWidget(self.row_errors, 1, 0, 1, 1)

        self.preview_grid.setRowStretch(1, 1)

        self.column.addWidget(self.preview_box)

        self.column.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.platform_label.setBuddy(self.platform)
        self.tier_label.setBuddy(self.tier)
        self.file_label.setBuddy(self.choose_button)
        self.header_row_label.setBuddy(self.header_row)
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.duration_label.setBuddy(self.duration)
        self.duration_unit_label.setBuddy(self.duration_unit)
        self.date_label.setBuddy(self.date)
        self.order_id_label.setBuddy(self.order_id)
        self.kind_label.setBuddy(self.kind)
        self.earnings_label.setBuddy(self.earnings)
        self.deductions_label.setBuddy(self.deductions)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkRecordsImportDialog)

        QMetaObject.connectSlotsByName(WorkRecordsImportDialog)
    # setupUi

    def retranslateUi(self, WorkRecordsImportDialog):
        self.platform_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u5e73\u53f0", None))
        self.tier_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u6700\u4f4e\u5de5\u8d44\u6863\u6b21", None))
        self.file_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u6587\u4ef6", None))
        self.file_name.setPlaceholderText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u5e73\u53f0App\u5bfc\u51fa\u7684\u8ba2\u5355\u6216\u6536\u5165\u660e\u7ec6\uff08.xlsx \u6216 .csv\uff09", None))
        self.choose_button.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.mapping_box.setTitle(QCoreApplication.translate("WorkRecordsImportDialog", u"\u5404\u5217\u5bf9\u5e94", None))
        self.header_row_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u8868\u5934\u6240\u5728\u884c", None))
#if QT_CONFIG(tooltip)
        self.header_row.setToolTip(QCoreApplication.translate("WorkRecordsImportDialog", u"\u8868\u5934\uff08\u5217\u540d\uff09\u6240\u5728\u7684\u884c\uff1b\u4e0a\u9762\u7684\u884c\uff08\u5982\u5bfc\u51fa\u6807\u9898\uff09\u4e0d\u8bfb\u53d6", None))
#endif // QT_CONFIG(tooltip)
        self.start_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u5f00\u59cb\u65f6\u95f4 *", None))
        self.end_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u7ed3\u675f\u65f6\u95f4", None))
        self.duration_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u65f6\u957f", None))
        self.duration_unit_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u5355\u4f4d", None))
        self.date_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u65e5\u671f\uff08\u65f6\u95f4\u5217\u53ea\u6709\u949f\u70b9\u65f6\uff09", None))
        self.order_id_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u8ba2\u5355\u53f7", None))
        self.kind_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u8ba2\u5355\u7c7b\u578b", None))
        self.earnings_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u6536\u5165\uff08\u53ef\u9009\u591a\u5217\uff0c\u76f8\u52a0\uff09", None))
        self.deductions_label.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u7f5a\u6b3e\u3001\u6263\u6b3e\uff08\u53ef\u9009\u591a\u5217\uff09", None))
        self.preview_box.setTitle(QCoreApplication.translate("WorkRecordsImportDialog", u"\u9884\u89c8", None))
        self.summary.setText(QCoreApplication.translate("WorkRecordsImportDialog", u"\u9009\u62e9\u6587\u4ef6\u540e\uff0c\u8fd9\u91cc\u663e\u793a\u8bfb\u53d6\u7ed3\u679c\u3002", None))
        pass
    # retranslateUi
