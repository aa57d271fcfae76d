# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/arbitration_acceptance_section.ui'
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
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AcceptanceSection(object):
    def setupUi(self, AcceptanceSection):
        if not AcceptanceSection.objectName():
            AcceptanceSection.setObjectName(u"AcceptanceSection")
        self.columns = QHBoxLayout(AcceptanceSection)
        self.columns.setObjectName(u"columns")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.conditions = QGroupBox(AcceptanceSection)
        self.conditions.setObjectName(u"conditions")
        self.conditions_grid = QGridLayout(self.conditions)
        self.conditions_grid.setObjectName(u"conditions_grid")

        self.left.addWidget(self.conditions)

        self.jurisdiction = QGroupBox(AcceptanceSection)
        self.jurisdiction.setObjectName(u"jurisdiction")
        self.jurisdiction_grid = QGridLayout(self.jurisdiction)
        self.jurisdiction_grid.setObjectName(u"jurisdiction_grid")
        self.performance_place_label = QLabel(self.jurisdiction)
        self.performance_place_label.setObjectName(u"performance_place_label")

        self.jurisdiction_grid.addWidget(self.performance_place_label, 0, 0, 1, 1)

        self.performance_place = QLineEdit(self.jurisdiction)
        self.performance_place.setObjectName(u"performance_place")

        self.jurisdiction_grid.addWidget(self.performance_place, 0, 1, 1, 1)

        self.employer_seat_label = QLabel(self.jurisdiction)
        self.employer_seat_label.setObjectName(u"employer_seat_label")

        self.jurisdiction_grid.addWidget(self.employer_seat_label, 0, 2, 1, 1)

        self.employer_seat = QLineEdit(self.jurisdiction)
        self.employer_seat.setObjectName(u"employer_seat")

        self.jurisdiction_grid.addWidget(self.employer_seat, 0, 3, 1, 1)

        self.commission_area_label = QLabel(self.jurisdiction)
        self.commission_area_label.setObjectName(u"commission_area_label")

        self.jurisdiction_grid.addWidget(self.commission_area_label, 1, 0, 1, 1)

        self.commission_area = QLineEdit(self.jurisdiction)
        self.commission_area.setObjectName(u"commission_area")

        self.jurisdiction_grid.addWidget(self.commission_area, 1, 1, 1, 1)

        self.seized = QCheckBox(self.jurisdiction)
        self.seized.setObjectName(u"seized")

        self.jurisdiction_grid.addWidget(self.seized, 1, 2, 1, 1)

        self.jurisdiction_button = QPushButton(self.jurisdiction)
        self.jurisdiction_button.setObjectName(u"jurisdiction_button")

        self.jurisdiction_grid.addWidget(self.jurisdiction_button, 1, 3, 1, 1)

        self.jurisdiction_label = QLabel(self.jurisdiction)
        self.jurisdiction_label.setObjectName(u"jurisdiction_label")
        self.jurisdiction_label.setWordWrap(True)

        self.jurisdiction_grid.addWidget(self.jurisdiction_label, 2, 0, 1, 4)


        self.left.addWidget(self.jurisdiction)

        self.left_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left.addItem(self.left_stretch)


        self.columns.addLayout(self.left)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.decide = QGroupBox(AcceptanceSection)
        self.decide.setObjectName(u"decide")
        self.decide_form = QFormLayout(self.decide)
        self.decide_form.setObjectName(u"decide_form")
        self.decision_label_label = QLabel(self.decide)
        self.decision_label_label.setObjectName(u"decision_label_label")

        self.decide_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_label_label)

        self.decision_label = QLabel(self.decide)
        self.decision_label.setObjectName(u"decision_label")
        self.decision_label.setWordWrap(True)

        self.decide_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision_label)

        self.decided_on_label = QLabel(self.decide)
        self.decided_on_label.setObjectName(u"decided_on_label")

        self.decide_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decided_on_label)

        self.decided_on = QDateEdit(self.decide)
        self.decided_on.setObjectName(u"decided_on")
        self.decided_on.setDisplayFormat(u"yyyy-MM-dd")
        self.decided_on.setCalendarPopup(True)

        self.decide_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decided_on)

        self.reasons_label = QLabel(self.decide)
        self.reasons_label.setObjectName(u"reasons_label")

        self.decide_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasons_label)

        self.reasons = QLineEdit(self.decide)
        self.reasons.setObjectName(u"reasons")

        self.decide_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasons)

        self.competent_commission_label = QLabel(self.decide)
        self.competent_commission_label.setObjectName(u"competent_commission_label")

        self.decide_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.competent_commission_label)

        self.competent_commission = QLineEdit(self.decide)
        self.competent_commission.setObjectName(u"competent_commission")

        self.decide_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.competent_commission)

        self.then_status_label = QLabel(self.decide)
        self.then_status_label.setObjectName(u"then_status_label")

        self.decide_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.then_status_label)

        self.then_status = QComboBox(self.decide)
        self.then_status.setObjectName(u"then_status")

        self.decide_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.then_status)

        self.decide_row = QHBoxLayout()
        self.decide_row.setObjectName(u"decide_row")
        self.review_result = QLabel(self.decide)
        self.review_result.setObjectName(u"review_result")
        self.review_result.setWordWrap(True)

        self.decide_row.addWidget(self.review_result)

        self.decide_button = QPushButton(self.decide)
        self.decide_button.setObjectName(u"decide_button")

        self.decide_row.addWidget(self.decide_button)

        self.decide_row.setStretch(0, 1)

        self.decide_form.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.decide_row)


        self.right.addWidget(self.decide)

        self.documents = QHBoxLayout()
        self.documents.setObjectName(u"documents")
        self.documents_label = QLabel(AcceptanceSection)
        self.documents_label.setObjectName(u"documents_label")

        self.documents.addWidget(self.documents_label)

        self.acceptance_notice_button = QPushButton(AcceptanceSection)
        self.acceptance_notice_button.setObjectName(u"acceptance_notice_button")

        self.documents.addWidget(self.acceptance_notice_button)

        self.respondent_notice_button = QPushButton(AcceptanceSection)
        self.respondent_notice_button.setObjectName(u"respondent_notice_button")

        self.documents.addWidget(self.respondent_notice_button)

        self.non_acceptance_notice_button = QPushButton(AcceptanceSection)
        self.non_acceptance_notice_button.setObjectName(u"non_acceptance_notice_button")

        self.documents.addWidget(self.non_acceptance_notice_button)

        self.jurisdiction_explanation_button = QPushButton(AcceptanceSection)
        self.jurisdiction_explanation_button.setObjectName(u"jurisdiction_explanation_button")

        self.documents.addWidget(self.jurisdiction_explanation_button)

        self.documents_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documents.addItem(self.documents_stretch)


        self.right.addLayout(self.documents)

        self.right_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right.addItem(self.right_stretch)


        self.columns.addLayout(self.right)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.performance_place_label.setBuddy(self.performance_place)
        self.employer_seat_label.setBuddy(self.employer_seat)
        self.commission_area_label.setBuddy(self.commission_area)
        self.decided_on_label.setBuddy(self.decided_on)
        self.reasons_label.setBuddy(self.reasons)
        self.competent_commission_label.setBuddy(self.competent_commission)
        self.then_status_label.setBuddy(self.then_status)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AcceptanceSection)

        QMetaObject.connectSlotsByName(AcceptanceSection)
    # setupUi

    def retranslateUi(self, AcceptanceSection):
        self.conditions.setTitle(QCoreApplication.translate("AcceptanceSection", u"\u53d7\u7406\u6761\u4ef6\uff08\u52b3\u52a8\u4eba\u4e8b\u4e89\u8bae\u4ef2\u88c1\u529e\u6848\u89c4\u5219\u7b2c\u4e09\u5341\u6761\uff09", None))
        self.jurisdiction.setTitle(QCoreApplication.translate("AcceptanceSection", u"\u7ba1\u8f96\uff08\u52b3\u52a8\u5408\u540c\u5c65\u884c\u5730\u6216\u8005\u7528\u4eba\u5355\u4f4d\u6240\u5728\u5730\uff0c\u5c65\u884c\u5730\u4f18\u5148\uff09", None))
        self.performance_place_label.setText(QCoreApplication.translate("AcceptanceSection", u"\u52b3\u52a8\u5408\u540c\u5c65\u884c\u5730", None))
        self.performance_place.setPlaceholderText(QCoreApplication.translate("AcceptanceSection", u"\u4f8b\u5982\uff1a\u5357\u660c\u5e02\u7ea2\u8c37\u6ee9\u533a", None))
        self.employer_seat_label.setText(QCoreApplication.translate("AcceptanceSection", u"\u7528\u4eba\u5355\u4f4d\u6240\u5728\u5730", None))
        self.employer_seat.setPlaceholderText(QCoreApplication.translate("AcceptanceSection", u"\u4f8b\u5982\uff1a\u5357\u660c\u5e02\u897f\u6e56\u533a", None))
        self.commission_area_label.setText(QCoreApplication.translate("AcceptanceSection", u"\u672c\u59d4\u7ba1\u8f96\u533a\u57df", None))
        self.seized.setText(QCoreApplication.translate("AcceptanceSection", u"\u5c65\u884c\u5730\u4ef2\u88c1\u59d4\u5458\u4f1a\u5df2\u53d7\u7406", None))
        self.jurisdiction_button.setText(QCoreApplication.translate("AcceptanceSection", u"\u5224\u65ad\u7ba1\u8f96", None))
        self.decide.setTitle(QCoreApplication.translate("AcceptanceSection", u"\u5ba1\u67e5\u51b3\u5b9a", None))
        self.decision_label_label.setText(QCoreApplication.translate("AcceptanceSection", u"\u51b3\u5b9a", None))
        self.decided_on_label.setText(QCoreApplication.translate("AcceptanceSection", u"\u51b3\u5b9a\u65e5\u671f", None))
        self.reasons_label.setText(QCoreApplication.translate("AcceptanceSection", u"\u4e0d\u4e88\u53d7\u7406\u7406\u7531", None))
        self.reasons.setPlaceholderText(QCoreApplication.translate("AcceptanceSection", u"\u4e0d\u4e88\u53d7\u7406\u7684\u7406\u7531\uff08\u4e0d\u586b\u5219\u6309\u4e0d\u7b26\u5408\u7684\u6761\u4ef6\u5199\u660e\uff09", None))
        self.competent_commission_label.setText(QCoreApplication.translate("AcceptanceSection", u"\u6709\u7ba1\u8f96\u6743\u7684\u4ef2\u88c1\u59d4\u5458\u4f1a", None))
        self.competent_commission.setPlaceholderText(QCoreApplication.translate("AcceptanceSection", u"\u4e0d\u5c5e\u4e8e\u672c\u59d4\u7ba1\u8f96\u65f6\uff1a\u6709\u7ba1\u8f96\u6743\u7684\u4ef2\u88c1\u59d4\u5458\u4f1a", None))
        self.then_status_label.setText(QCoreApplication.translate("AcceptanceSection", u"\u4e0d\u4e88\u53d7\u7406\u540e", None))
        self.decide_button.setText(QCoreApplication.translate("AcceptanceSection", u"\u4f5c\u51fa\u51b3\u5b9a", None))
        self.documents_label.setText(QCoreApplication.translate("AcceptanceSection", u"\u6587\u4e66\uff1a", None))
        self.acceptance_notice_button.setText(QCoreApplication.translate("AcceptanceSection", u"\u53d7\u7406\u901a\u77e5\u4e66", None))
        self.respondent_notice_button.setText(QCoreApplication.translate("AcceptanceSection", u"\u5e94\u8bc9\u901a\u77e5\u4e66", None))
        self.non_acceptance_notice_button.setText(QCoreApplication.translate("AcceptanceSection", u"\u4e0d\u4e88\u53d7\u7406\u901a\u77e5\u4e66", None))
        self.jurisdiction_explanation_button.setText(QCoreApplication.translate("AcceptanceSection", u"\u65e0\u7ba1\u8f96\u6743\u7684\u4e66\u9762\u8bf4\u660e", None))
        pass
    # retranslateUi
