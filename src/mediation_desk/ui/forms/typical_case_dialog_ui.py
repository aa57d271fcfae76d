# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/typical_case_dialog.ui'
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
    QHeaderView, QLabel, QPlainTextEdit, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_TypicalCaseDialog(object):
    def setupUi(self, TypicalCaseDialog):
        if not TypicalCaseDialog.objectName():
            TypicalCaseDialog.setObjectName(u"TypicalCaseDialog")
        self.column = QVBoxLayout(TypicalCaseDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(TypicalCaseDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-weight: bold;")

        self.column.addWidget(self.heading)

        self.explanation = QLabel(TypicalCaseDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.column.addWidget(self.explanation)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.case_title_label = QLabel(TypicalCaseDialog)
        self.case_title_label.setObjectName(u"case_title_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.case_title_label)

        self.case_title = QLabel(TypicalCaseDialog)
        self.case_title.setObjectName(u"case_title")
        self.case_title.setWordWrap(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.case_title)

        self.basic_facts_label = QLabel(TypicalCaseDialog)
        self.basic_facts_label.setObjectName(u"basic_facts_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.basic_facts_label)

        self.basic_facts = QPlainTextEdit(TypicalCaseDialog)
        self.basic_facts.setObjectName(u"basic_facts")
        self.basic_facts.setMinimumSize(QSize(520, 120))

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.basic_facts)

        self.issues_label = QLabel(TypicalCaseDialog)
        self.issues_label.setObjectName(u"issues_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issues_label)

        self.issues = QPlainTextEdit(TypicalCaseDialog)
        self.issues.setObjectName(u"issues")
        self.issues.setMinimumSize(QSize(520, 100))

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issues)

        self.result_label = QLabel(TypicalCaseDialog)
        self.result_label.setObjectName(u"result_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.result_label)

        self.result = QPlainTextEdit(TypicalCaseDialog)
        self.result.setObjectName(u"result")
        self.result.setMinimumSize(QSize(520, 90))

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.result)

        self.significance_label = QLabel(TypicalCaseDialog)
        self.significance_label.setObjectName(u"significance_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.significance_label)

        self.significance = QPlainTextEdit(TypicalCaseDialog)
        self.significance.setObjectName(u"significance")
        self.significance.setMinimumSize(QSize(520, 100))

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.significance)


        self.columns.addLayout(self.fields)

        self.check_group = QGroupBox(TypicalCaseDialog)
        self.check_group.setObjectName(u"check_group")
        self.check_group.setMinimumSize(QSize(380, 0))
        self.check_column = QVBoxLayout(self.check_group)
        self.check_column.setObjectName(u"check_column")
        self.leak_summary = QLabel(self.check_group)
        self.leak_summary.setObjectName(u"leak_summary")
        self.leak_summary.setWordWrap(True)

        self.check_column.addWidget(self.leak_summary)

        self.leaks = QTreeWidget(self.check_group)
        self.leaks.setObjectName(u"leaks")
        self.leaks.setRootIsDecorated(False)
        self.leaks.setUniformRowHeights(True)
        self.leaks.setWordWrap(False)

        self.check_column.addWidget(self.leaks)

        self.leak_hint = QLabel(self.check_group)
        self.leak_hint.setObjectName(u"leak_hint")
        self.leak_hint.setWordWrap(True)

        self.check_column.addWidget(self.leak_hint)


        self.columns.addWidget(self.check_group)


        self.column.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.basic_facts_label.setBuddy(self.basic_facts)
        self.issues_label.setBuddy(self.issues)
        self.result_label.setBuddy(self.result)
        self.significance_label.setBuddy(self.significance)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TypicalCaseDialog)

        QMetaObject.connectSlotsByName(TypicalCaseDialog)
    # setupUi

    def retranslateUi(self, TypicalCaseDialog):
        self.explanation.setText(QCoreApplication.translate("TypicalCaseDialog", u"\u7a0b\u5e8f\u5df2\u6839\u636e\u6848\u4ef6\u8bb0\u5f55\u8d77\u8349\uff0c\u5f53\u4e8b\u4eba\u7684\u59d3\u540d\u3001\u540d\u79f0\u6539\u4e3a\u201c\u67d0\u201d\uff0c\u8bc1\u4ef6\u53f7\u7801\u3001\u7535\u8bdd\u3001\u5730\u5740\u548c\u6848\u53f7\u5df2\u5220\u9664\uff0c\u7528\u5de5\u5173\u7cfb\u8ba4\u5b9a\u7684\u8003\u91cf\u56e0\u7d20\u4e88\u4ee5\u4fdd\u7559\u3002\u8bf7\u6838\u5bf9\u3001\u4fee\u6539\u540e\u5bfc\u51fa\uff1b\u53f3\u4fa7\u5217\u51fa\u6587\u4e2d\u4ecd\u542b\u6709\u7684\u672c\u6848\u4e2a\u4eba\u4fe1\u606f\uff0c\u4fee\u6539\u6587\u5b57\u65f6\u968f\u65f6\u66f4\u65b0\u3002", None))
        self.case_title_label.setText(QCoreApplication.translate("TypicalCaseDialog", u"\u6848\u4f8b\u540d\u79f0", None))
        self.basic_facts_label.setText(QCoreApplication.translate("TypicalCaseDialog", u"\u57fa\u672c\u6848\u60c5", None))
        self.issues_label.setText(QCoreApplication.translate("TypicalCaseDialog", u"\u4e89\u8bae\u7126\u70b9", None))
        self.result_label.setText(QCoreApplication.translate("TypicalCaseDialog", u"\u5904\u7406\u7ed3\u679c", None))
        self.significance_label.setText(QCoreApplication.translate("TypicalCaseDialog", u"\u5178\u578b\u610f\u4e49", None))
        self.check_group.setTitle(QCoreApplication.translate("TypicalCaseDialog", u"\u4e2a\u4eba\u4fe1\u606f\u68c0\u67e5", None))
        ___qtreewidgetitem = self.leaks.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("TypicalCaseDialog", u"\u662f\u4ec0\u4e48", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TypicalCaseDialog", u"\u4f4d\u7f6e", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TypicalCaseDialog", u"\u6587\u5b57", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TypicalCaseDialog", u"\u4e0d\u662f\u4e2a\u4eba\u4fe1\u606f", None))
#if QT_CONFIG(tooltip)
        self.leaks.setToolTip(QCoreApplication.translate("TypicalCaseDialog", u"\u5355\u51fb\u4e00\u884c\uff0c\u5728\u6b63\u6587\u4e2d\u9009\u4e2d\u8fd9\u6bb5\u6587\u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.leak_hint.setText(QCoreApplication.translate("TypicalCaseDialog", u"\u8bf7\u5220\u9664\u6216\u6539\u5199\u5217\u51fa\u7684\u6587\u5b57\u3002\u786e\u5b9e\u4e0d\u662f\u4e2a\u4eba\u4fe1\u606f\u7684\uff08\u4f8b\u5982\u666e\u901a\u8bcd\u8bed\uff09\uff0c\u52fe\u9009\u201c\u4e0d\u662f\u4e2a\u4eba\u4fe1\u606f\u201d\uff1b\u52fe\u9009\u7684\u9879\u76ee\u8bb0\u5165\u5ba1\u8ba1\u8bb0\u5f55\u3002\u68c0\u67e5\u53ea\u80fd\u53d1\u73b0\u6848\u4ef6\u8bb0\u5f55\u4e2d\u6709\u7684\u59d3\u540d\u548c\u53f7\u7801\uff1a\u53ea\u5728\u6587\u5b57\u4e2d\u51fa\u73b0\u7684\u4eba\u540d\uff08\u5982\u8bc1\u4eba\uff09\uff0c\u8bf7\u81ea\u884c\u6838\u5bf9\u3002", None))
        pass
    # retranslateUi
