# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/evidence_preview_dialog.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_EvidencePreviewDialog(object):
    def setupUi(self, EvidencePreviewDialog):
        if not EvidencePreviewDialog.objectName():
            EvidencePreviewDialog.setObjectName(u"EvidencePreviewDialog")
        self.column = QVBoxLayout(EvidencePreviewDialog)
        self.column.setObjectName(u"column")
        self.heading = QLabel(EvidencePreviewDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 12pt; font-weight: bold;")
        self.heading.setWordWrap(True)

        self.column.addWidget(self.heading)

        self.facts = QLabel(EvidencePreviewDialog)
        self.facts.setObjectName(u"facts")
        self.facts.setStyleSheet(u"color: #555555;")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.column.addWidget(self.facts)

        self.memory_note = QLabel(EvidencePreviewDialog)
        self.memory_note.setObjectName(u"memory_note")
        self.memory_note.setStyleSheet(u"color: #555555;")

        self.column.addWidget(self.memory_note)

        self.pages = QStackedWidget(EvidencePreviewDialog)
        self.pages.setObjectName(u"pages")
        self.loading_label = QLabel()
        self.loading_label.setObjectName(u"loading_label")
        self.loading_label.setAlignment(Qt.AlignCenter)
        self.pages.addWidget(self.loading_label)
        self.image_scroll = QScrollArea()
        self.image_scroll.setObjectName(u"image_scroll")
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setAlignment(Qt.AlignCenter)
        self.image_label = QLabel()
        self.image_label.setObjectName(u"image_label")
        self.image_label.setAlignment(Qt.AlignCenter)
        self.image_scroll.setWidget(self.image_label)
        self.pages.addWidget(self.image_scroll)
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName(u"pdf_view")
        self.pages.addWidget(self.pdf_view)
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName(u"text_view")
        self.text_view.setUndoRedoEnabled(False)
        self.text_view.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.text_view.setReadOnly(True)
        self.pages.addWidget(self.text_view)
        self.message_label = QLabel()
        self.message_label.setObjectName(u"message_label")
        self.message_label.setAlignment(Qt.AlignCenter)
        self.message_label.setWordWrap(True)
        self.message_label.setMargin(24)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.pages.addWidget(self.message_label)

        self.column.addWidget(self.pages)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.fit_box = QCheckBox(EvidencePreviewDialog)
        self.fit_box.setObjectName(u"fit_box")
        self.fit_box.setVisible(False)
        self.fit_box.setChecked(True)

        self.bottom.addWidget(self.fit_box)

        self.page_info = QLabel(EvidencePreviewDialog)
        self.page_info.setObjectName(u"page_info")

        self.bottom.addWidget(self.page_info)

        self.bottom_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottom_gap)

        self.export_button = QPushButton(EvidencePreviewDialog)
        self.export_button.setObjectName(u"export_button")

        self.bottom.addWidget(self.export_button)

        self.close_button = QPushButton(EvidencePreviewDialog)
        self.close_button.setObjectName(u"close_button")

        self.bottom.addWidget(self.close_button)


        self.column.addLayout(self.bottom)

        self.column.setStretch(3, 1)

        self.retranslateUi(EvidencePreviewDialog)

        self.close_button.setDefault(True)


        QMetaObject.connectSlotsByName(EvidencePreviewDialog)
    # setupUi

    def retranslateUi(self, EvidencePreviewDialog):
        self.memory_note.setText(QCoreApplication.translate("EvidencePreviewDialog", u"\u9884\u89c8\u53ea\u5728\u5185\u5b58\u4e2d\u8fdb\u884c\uff0c\u4e0d\u4f1a\u5728\u78c1\u76d8\u4e0a\u7559\u4e0b\u89e3\u5bc6\u526f\u672c\u3002", None))
        self.loading_label.setText(QCoreApplication.translate("EvidencePreviewDialog", u"\u6b63\u5728\u89e3\u5bc6\u2026\u2026", None))
        self.fit_box.setText(QCoreApplication.translate("EvidencePreviewDialog", u"\u9002\u5e94\u7a97\u53e3", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("EvidencePreviewDialog", u"\u5199\u51fa\u89e3\u5bc6\u526f\u672c\u5230\u60a8\u9009\u62e9\u7684\u4f4d\u7f6e\uff08\u8bb0\u5165\u5ba1\u8ba1\u8bb0\u5f55\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("EvidencePreviewDialog", u"\u5bfc\u51fa\u2026", None))
        self.close_button.setText(QCoreApplication.translate("EvidencePreviewDialog", u"\u5173\u95ed", None))
        pass
    # retranslateUi
