# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ui/first_run_assistant.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

class Ui_FirstRunAssistant(object):
    def setupUi(self, FirstRunAssistant):
        if not FirstRunAssistant.objectName():
            FirstRunAssistant.setObjectName(u"FirstRunAssistant")
        self.column = QVBoxLayout(FirstRunAssistant)
        self.column.setObjectName(u"column")
        self.heading = QLabel(FirstRunAssistant)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.column.addWidget(self.heading)

        self.pages = QStackedWidget(FirstRunAssistant)
        self.pages.setObjectName(u"pages")
        self.choose_page = QWidget()
        self.choose_page.setObjectName(u"choose_page")
        self.choose_column = QVBoxLayout(self.choose_page)
        self.choose_column.setObjectName(u"choose_column")
        self.choose_column.setContentsMargins(0, 0, 0, 0)
        self.choose_intro = QLabel(self.choose_page)
        self.choose_intro.setObjectName(u"choose_intro")
        self.choose_intro.setWordWrap(True)

        self.choose_column.addWidget(self.choose_intro)

        self.create_choice = QRadioButton(self.choose_page)
        self.create_choice.setObjectName(u"create_choice")
        self.create_choice.setChecked(True)

        self.choose_column.addWidget(self.create_choice)

        self.create_note = QLabel(self.choose_page)
        self.create_note.setObjectName(u"create_note")
        self.create_note.setWordWrap(True)
        self.create_note.setStyleSheet(u"margin-left: 24px; color: #555;")

        self.choose_column.addWidget(self.create_note)

        self.open_choice = QRadioButton(self.choose_page)
        self.open_choice.setObjectName(u"open_choice")

        self.choose_column.addWidget(self.open_choice)

        self.open_note = QLabel(self.choose_page)
        self.open_note.setObjectName(u"open_note")
        self.open_note.setWordWrap(True)
        self.open_note.setStyleSheet(u"margin-left: 24px; color: #555;")

        self.choose_column.addWidget(self.open_note)

        self.restore_choice = QRadioButton(self.choose_page)
        self.restore_choice.setObjectName(u"restore_choice")

        self.choose_column.addWidget(self.restore_choice)

        self.restore_note = QLabel(self.choose_page)
        self.restore_note.setObjectName(u"restore_note")
        self.restore_note.setWordWrap(True)
        self.restore_note.setStyleSheet(u"margin-left: 24px; color: #555;")

        self.choose_column.addWidget(self.restore_note)

        self.office_choice = QRadioButton(self.choose_page)
        self.office_choice.setObjectName(u"office_choice")

        self.choose_column.addWidget(self.office_choice)

        self.office_note = QLabel(self.choose_page)
        self.office_note.setObjectName(u"office_note")
        self.office_note.setWordWrap(True)
        self.office_note.setStyleSheet(u"margin-left: 24px; color: #555;")

        self.choose_column.addWidget(self.office_note)

        self.demo_choice = QRadioButton(self.choose_page)
        self.demo_choice.setObjectName(u"demo_choice")

        self.choose_column.addWidget(self.demo_choice)

        self.demo_note = QLabel(self.choose_page)
        self.demo_note.setObjectName(u"demo_note")
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet(u"margin-left: 24px; color: #555;")

        self.choose_column.addWidget(self.demo_note)

        self.data_dir_note = QLabel(self.choose_page)
        self.data_dir_note.setObjectName(u"data_dir_note")
        self.data_dir_note.setWordWrap(True)

        self.choose_column.addWidget(self.data_dir_note)

        self.choose_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choose_column.addItem(self.choose_spacer)

        self.pages.addWidget(self.choose_page)
        self.org_page = QWidget()
        self.org_page.setObjectName(u"org_page")
        self.org_column = QVBoxLayout(self.org_page)
        self.org_column.setObjectName(u"org_column")
        self.org_column.setContentsMargins(0, 0, 0, 0)
        self.org_intro = QLabel(self.org_page)
        self.org_intro.setObjectName(u"org_intro")
        self.org_intro.setWordWrap(True)

        self.org_column.addWidget(self.org_intro)

        self.org_fields = QFormLayout()
        self.org_fields.setObjectName(u"org_fields")
        self.org_fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(self.org_page)
        self.kind_label.setObjectName(u"kind_label")

        self.org_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(self.org_page)
        self.kind.setObjectName(u"kind")

        self.org_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.name_label = QLabel(self.org_page)
        self.name_label.setObjectName(u"name_label")

        self.org_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.org_page)
        self.name.setObjectName(u"name")
        self.name.setMinimumSize(QSize(320, 0))

        self.org_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.doc_prefix_label = QLabel(self.org_page)
        self.doc_prefix_label.setObjectName(u"doc_prefix_label")

        self.org_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doc_prefix_label)

        self.doc_prefix = QLineEdit(self.org_page)
        self.doc_prefix.setObjectName(u"doc_prefix")
        self.doc_prefix.setMinimumSize(QSize(320, 0))

        self.org_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doc_prefix)

        self.address_label = QLabel(self.org_page)
        self.address_label.setObjectName(u"address_label")

        self.org_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.org_page)
        self.address.setObjectName(u"address")
        self.address.setMinimumSize(QSize(320, 0))

        self.org_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address)

        self.phone_label = QLabel(self.org_page)
        self.phone_label.setObjectName(u"phone_label")

        self.org_fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.org_page)
        self.phone.setObjectName(u"phone")
        self.phone.setMinimumSize(QSize(320, 0))

        self.org_fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.admin_heading = QLabel(self.org_page)
        self.admin_heading.setObjectName(u"admin_heading")
        self.admin_heading.setStyleSheet(u"font-weight: bold; margin-top: 8px;")

        self.org_fields.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.admin_heading)

        self.username_label = QLabel(self.org_page)
        self.username_label.setObjectName(u"username_label")

        self.org_fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(self.org_page)
        self.username.setObjectName(u"username")
        self.username.setMinimumSize(QSize(320, 0))

        self.org_fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.username)

        self.display_name_label = QLabel(self.org_page)
        self.display_name_label.setObjectName(u"display_name_label")

        self.org_fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name = QLineEdit(self.org_page)
        self.display_name.setObjectName(u"display_name")
        self.display_name.setMinimumSize(QSize(320, 0))

        self.org_fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.display_name)

        self.password_label = QLabel(self.org_page)
        self.password_label.setObjectName(u"password_label")

        self.org_fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(self.org_page)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMinimumSize(QSize(260, 0))

        self.org_fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password)

        self.password_confirm_label = QLabel(self.org_page)
        self.password_confirm_label.setObjectName(u"password_confirm_label")

        self.org_fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.password_confirm_label)

        self.password_confirm = QLineEdit(self.org_page)
        self.password_confirm.setObjectName(u"password_confirm")
        self.password_confirm.setEchoMode(QLineEdit.Password)
        self.password_confirm.setMinimumSize(QSize(260, 0))

        self.org_fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.password_confirm)


        self.org_column.addLayout(self.org_fields)

        self.org_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.org_column.addItem(self.org_spacer)

        self.pages.addWidget(self.org_page)
        self.passphrase_page = QWidget()
        self.passphrase_page.setObjectName(u"passphrase_page")
        self.passphrase_column = QVBoxLayout(self.passphrase_page)
        self.passphrase_column.setObjectName(u"passphrase_column")
        self.passphrase_column.setContentsMargins(0, 0, 0, 0)
        self.warning = QLabel(self.passphrase_page)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)

        self.passphrase_column.addWidget(self.warning)

        self.passphrase_fields = QFormLayout()
        self.passphrase_fields.setObjectName(u"passphrase_fields")
        self.passphrase_fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.passphrase_label = QLabel(self.passphrase_page)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.passphrase_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(self.passphrase_page)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMinimumSize(QSize(260, 0))

        self.passphrase_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.confirm_label = QLabel(self.passphrase_page)
        self.confirm_label.setObjectName(u"confirm_label")

        self.passphrase_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(self.passphrase_page)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.Password)
        self.confirm.setMinimumSize(QSize(260, 0))

        self.passphrase_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.show_chars = QCheckBox(self.passphrase_page)
        self.show_chars.setObjectName(u"show_chars")

        self.passphrase_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.show_chars)

        self.strength_caption = QLabel(self.passphrase_page)
        self.strength_caption.setObjectName(u"strength_caption")

        self.passphrase_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strength_caption)

        self.strength = QLabel(self.passphrase_page)
        self.strength.setObjectName(u"strength")
        self.strength.setWordWrap(True)

        self.passphrase_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength)

        self.passphrase_location_label = QLabel(self.passphrase_page)
        self.passphrase_location_label.setObjectName(u"passphrase_location_label")

        self.passphrase_fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passphrase_location_label)

        self.passphrase_location = QLineEdit(self.passphrase_page)
        self.passphrase_location.setObjectName(u"passphrase_location")
        self.passphrase_location.setMinimumSize(QSize(320, 0))

        self.passphrase_fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passphrase_location)

        self.keeper_label = QLabel(self.passphrase_page)
        self.keeper_label.setObjectName(u"keeper_label")

        self.passphrase_fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.keeper_label)

        self.keeper = QLineEdit(self.passphrase_page)
        self.keeper.setObjectName(u"keeper")
        self.keeper.setMinimumSize(QSize(320, 0))

        self.passphrase_fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.keeper)


        self.passphrase_column.addLayout(self.passphrase_fields)

        self.location_note = QLabel(self.passphrase_page)
        self.location_note.setObjectName(u"location_note")
        self.location_note.setWordWrap(True)
        self.location_note.setStyleSheet(u"color: #555;")

        self.passphrase_column.addWidget(self.location_note)

        self.passphrase_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.passphrase_column.addItem(self.passphrase_spacer)

        self.pages.addWidget(self.passphrase_page)
        self.sheet_page = QWidget()
        self.sheet_page.setObjectName(u"sheet_page")
        self.sheet_column = QVBoxLayout(self.sheet_page)
        self.sheet_column.setObjectName(u"sheet_column")
        self.sheet_column.setContentsMargins(0, 0, 0, 0)
        self.sheet_intro = QLabel(self.sheet_page)
        self.sheet_intro.setObjectName(u"sheet_intro")
        self.sheet_intro.setWordWrap(True)

        self.sheet_column.addWidget(self.sheet_intro)

        self.sheet_note = QLabel(self.sheet_page)
        self.sheet_note.setObjectName(u"sheet_note")
        self.sheet_note.setWordWrap(True)

        self.sheet_column.addWidget(self.sheet_note)

        self.sheet_buttons = QHBoxLayout()
        self.sheet_buttons.setObjectName(u"sheet_buttons")
        self.save_sheet = QPushButton(self.sheet_page)
        self.save_sheet.setObjectName(u"save_sheet")

        self.sheet_buttons.addWidget(self.save_sheet)

        self.print_sheet = QPushButton(self.sheet_page)
        self.print_sheet.setObjectName(u"print_sheet")

        self.sheet_buttons.addWidget(self.print_sheet)

        self.sheet_button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheet_buttons.addItem(self.sheet_button_spacer)


        self.sheet_column.addLayout(self.sheet_buttons)

        self.sheet_saved_to = QLabel(self.sheet_page)
        self.sheet_saved_to.setObjectName(u"sheet_saved_to")
        self.sheet_saved_to.setWordWrap(True)

        self.sheet_column.addWidget(self.sheet_saved_to)

        self.sheet_done = QCheckBox(self.sheet_page)
        self.sheet_done.setObjectName(u"sheet_done")

        self.sheet_column.addWidget(self.sheet_done)

        self.sheet_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sheet_column.addItem(self.sheet_spacer)

        self.pages.addWidget(self.sheet_page)
        self.open_page = QWidget()
        self.open_page.setObjectName(u"open_page")
        self.open_column = QVBoxLayout(self.open_page)
        self.open_column.setObjectName(u"open_column")
        self.open_column.setContentsMargins(0, 0, 0, 0)
        self.open_intro = QLabel(self.open_page)
        self.open_intro.setObjectName(u"open_intro")
        self.open_intro.setWordWrap(True)

        self.open_column.addWidget(self.open_intro)

        self.open_fields = QFormLayout()
        self.open_fields.setObjectName(u"open_fields")
        self.open_fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.folder_label = QLabel(self.open_page)
        self.folder_label.setObjectName(u"folder_label")

        self.open_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder = QLineEdit(self.open_page)
        self.folder.setObjectName(u"folder")
        self.folder.setMinimumSize(QSize(320, 0))

        self.open_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.folder)

        self.choose_folder = QPushButton(self.open_page)
        self.choose_folder.setObjectName(u"choose_folder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.choose_folder.sizePolicy().hasHeightForWidth())
        self.choose_folder.setSizePolicy(sizePolicy)

        self.open_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.choose_folder)


        self.open_column.addLayout(self.open_fields)

        self.open_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.open_column.addItem(self.open_spacer)

        self.pages.addWidget(self.open_page)
        self.restore_page = QWidget()
        self.restore_page.setObjectName(u"restore_page")
        self.restore_column = QVBoxLayout(self.restore_page)
        self.restore_column.setObjectName(u"restore_column")
        self.restore_column.setContentsMargins(0, 0, 0, 0)
        self.restore_intro = QLabel(self.restore_page)
        self.restore_intro.setObjectName(u"restore_intro")
        self.restore_intro.setWordWrap(True)

        self.restore_column.addWidget(self.restore_intro)

        self.restore_safety = QLabel(self.restore_page)
        self.restore_safety.setObjectName(u"restore_safety")
        self.restore_safety.setWordWrap(True)
        self.restore_safety.setStyleSheet(u"color: #555;")

        self.restore_column.addWidget(self.restore_safety)

        self.restore_fields = QFormLayout()
        self.restore_fields.setObjectName(u"restore_fields")
        self.restore_fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.archive_label = QLabel(self.restore_page)
        self.archive_label.setObjectName(u"archive_label")

        self.restore_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.archive_label)

        self.archive = QLineEdit(self.restore_page)
        self.archive.setObjectName(u"archive")
        self.archive.setMinimumSize(QSize(320, 0))

        self.restore_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.archive)

        self.choose_archive = QPushButton(self.restore_page)
        self.choose_archive.setObjectName(u"choose_archive")
        sizePolicy.setHeightForWidth(self.choose_archive.sizePolicy().hasHeightForWidth())
        self.choose_archive.setSizePolicy(sizePolicy)

        self.restore_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.choose_archive)

        self.restore_passphrase_label = QLabel(self.restore_page)
        self.restore_passphrase_label.setObjectName(u"restore_passphrase_label")

        self.restore_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.restore_passphrase_label)

        self.restore_passphrase = QLineEdit(self.restore_page)
        self.restore_passphrase.setObjectName(u"restore_passphrase")
        self.restore_passphrase.setEchoMode(QLineEdit.Password)
        self.restore_passphrase.setMinimumSize(QSize(260, 0))

        self.restore_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.restore_passphrase)


        self.restore_column.addLayout(self.restore_fields)

        self.restore_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.restore_column.addItem(self.restore_spacer)

        self.pages.addWidget(self.restore_page)
        self.office_page = QWidget()
        self.office_page.setObjectName(u"office_page")
        self.office_column = QVBoxLayout(self.office_page)
        self.office_column.setObjectName(u"office_column")
        self.office_column.setContentsMargins(0, 0, 0, 0)
        self.office_intro = QLabel(self.office_page)
        self.office_intro.setObjectName(u"office_intro")
        self.office_intro.setWordWrap(True)
        self.office_intro.setStyleSheet(u"color: #555;")

        self.office_column.addWidget(self.office_intro)

        self.office_fields = QFormLayout()
        self.office_fields.setObjectName(u"office_fields")
        self.office_fields.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.db_host_label = QLabel(self.office_page)
        self.db_host_label.setObjectName(u"db_host_label")

        self.office_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.db_host_label)

        self.db_host = QLineEdit(self.office_page)
        self.db_host.setObjectName(u"db_host")
        self.db_host.setMinimumSize(QSize(320, 0))

        self.office_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.db_host)

        self.db_port_label = QLabel(self.office_page)
        self.db_port_label.setObjectName(u"db_port_label")

        self.office_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.db_port_label)

        self.db_port = QSpinBox(self.office_page)
        self.db_port.setObjectName(u"db_port")
        self.db_port.setMinimum(1)
        self.db_port.setMaximum(65535)
        self.db_port.setValue(5432)

        self.office_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.db_port)

        self.db_name_label = QLabel(self.office_page)
        self.db_name_label.setObjectName(u"db_name_label")

        self.office_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.db_name_label)

        self.db_name = QLineEdit(self.office_page)
        self.db_name.setObjectName(u"db_name")
        self.db_name.setMinimumSize(QSize(320, 0))

        self.office_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.db_name)

        self.db_user_label = QLabel(self.office_page)
        self.db_user_label.setObjectName(u"db_user_label")

        self.office_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.db_user_label)

        self.db_user = QLineEdit(self.office_page)
        self.db_user.setObjectName(u"db_user")
        self.db_user.setMinimumSize(QSize(320, 0))

        self.office_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.db_user)

        self.ca_file_label = QLabel(self.office_page)
        self.ca_file_label.setObjectName(u"ca_file_label")

        self.office_fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ca_file_label)

        self.ca_file = QLineEdit(self.office_page)
        self.ca_file.setObjectName(u"ca_file")
        self.ca_file.setMinimumSize(QSize(320, 0))

        self.office_fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ca_file)

        self.choose_ca = QPushButton(self.office_page)
        self.choose_ca.setObjectName(u"choose_ca")
        sizePolicy.setHeightForWidth(self.choose_ca.sizePolicy().hasHeightForWidth())
        self.choose_ca.setSizePolicy(sizePolicy)

        self.office_fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.choose_ca)

        self.db_password_label = QLabel(self.office_page)
        self.db_password_label.setObjectName(u"db_password_label")

        self.office_fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.db_password_label)

        self.db_password = QLineEdit(self.office_page)
        self.db_password.setObjectName(u"db_password")
        self.db_password.setMinimumSize(QSize(320, 0))
        self.db_password.setEchoMode(QLineEdit.Password)

        self.office_fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.db_password)

        self.remember_db_password = QCheckBox(self.office_page)
        self.remember_db_password.setObjectName(u"remember_db_password")

        self.office_fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.remember_db_password)


        self.office_column.addLayout(self.office_fields)

        self.office_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.office_column.addItem(self.office_spacer)

        self.pages.addWidget(self.office_page)

        self.column.addWidget(self.pages)

        self.message = QLabel(FirstRunAssistant)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #b00020;")

        self.column.addWidget(self.message)

        self.status = QLabel(FirstRunAssistant)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.column.addWidget(self.status)

        self.progress = QProgressBar(FirstRunAssistant)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.column.addWidget(self.progress)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.button_spacer)

        self.back_button = QPushButton(FirstRunAssistant)
        self.back_button.setObjectName(u"back_button")

        self.buttons.addWidget(self.back_button)

        self.next_button = QPushButton(FirstRunAssistant)
        self.next_button.setObjectName(u"next_button")

        self.buttons.addWidget(self.next_button)

        self.cancel_button = QPushButton(FirstRunAssistant)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons.addWidget(self.cancel_button)


        self.column.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.name_label.setBuddy(self.name)
        self.doc_prefix_label.setBuddy(self.doc_prefix)
        self.address_label.setBuddy(self.address)
        self.phone_label.setBuddy(self.phone)
        self.username_label.setBuddy(self.username)
        self.display_name_label.setBuddy(self.display_name)
        self.password_label.setBuddy(self.password)
        self.password_confirm_label.setBuddy(self.password_confirm)
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
        self.passphrase_location_label.setBuddy(self.passphrase_location)
        self.keeper_label.setBuddy(self.keeper)
        self.folder_label.setBuddy(self.folder)
        self.archive_label.setBuddy(self.archive)
        self.restore_passphrase_label.setBuddy(self.restore_passphrase)
        self.db_host_label.setBuddy(self.db_host)
        self.db_port_label.setBuddy(self.db_port)
        self.db_name_label.setBuddy(self.db_name)
        self.db_user_label.setBuddy(self.db_user)
        self.ca_file_label.setBuddy(self.ca_file)
        self.db_password_label.setBuddy(self.db_password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunAssistant)

        QMetaObject.connectSlotsByName(FirstRunAssistant)
    # setupUi

    def retranslateUi(self, FirstRunAssistant):
        self.choose_intro.setText(QCoreApplication.translate("FirstRunAssistant", u"\u8fd9\u53f0\u7535\u8111\u4e0a\u8fd8\u6ca1\u6709\u6848\u4ef6\u5e93\u3002\u8bf7\u9009\u62e9\u600e\u6837\u5f00\u59cb\uff1a", None))
        self.create_choice.setText(QCoreApplication.translate("FirstRunAssistant", u"\u65b0\u5efa\u672c\u673a\u6784\u7684\u6848\u4ef6\u5e93", None))
        self.create_note.setText(QCoreApplication.translate("FirstRunAssistant", u"\u7b2c\u4e00\u6b21\u4f7f\u7528\uff1a\u767b\u8bb0\u673a\u6784\u3001\u8bbe\u7acb\u7ba1\u7406\u5458\u3001\u8bbe\u5b9a\u6848\u4ef6\u5e93\u53e3\u4ee4\uff0c\u5e76\u6253\u5370\u6216\u4fdd\u5b58\u6062\u590d\u5355\u3002", None))
        self.open_choice.setText(QCoreApplication.translate("FirstRunAssistant", u"\u6253\u5f00\u5df2\u6709\u7684\u6848\u4ef6\u5e93\u6587\u4ef6\u5939", None))
        self.open_note.setText(QCoreApplication.translate("FirstRunAssistant", u"\u6848\u4ef6\u5e93\u5df2\u590d\u5236\u5230\u8fd9\u53f0\u7535\u8111\uff08\u4f8b\u5982\u4ece\u65e7\u7535\u8111\u6216U\u76d8\uff09\uff0c\u9009\u4e2d\u5b83\u6240\u5728\u7684\u6587\u4ef6\u5939\u3002", None))
        self.restore_choice.setText(QCoreApplication.translate("FirstRunAssistant", u"\u4ece\u5907\u4efd\u6062\u590d", None))
        self.restore_note.setText(QCoreApplication.translate("FirstRunAssistant", u"\u7528\u5907\u4efd\u6587\u4ef6\uff08.mdbak\uff09\u548c\u6848\u4ef6\u5e93\u53e3\u4ee4\u6062\u590d\u6574\u4e2a\u6848\u4ef6\u5e93\u3002", None))
        self.office_choice.setText(QCoreApplication.translate("FirstRunAssistant", u"\u8fde\u63a5\u5355\u4f4d\u7684\u6848\u4ef6\u5e93\u670d\u52a1\u5668", None))
        self.office_note.setText(QCoreApplication.translate("FirstRunAssistant", u"\u672c\u5355\u4f4d\u7684\u6848\u4ef6\u5e93\u653e\u5728 PostgreSQL \u670d\u52a1\u5668\u4e0a\uff08\u670d\u52a1\u5668\u7248\uff09\uff0c\u5404\u5de5\u4f5c\u7ad9\u5171\u7528\uff1b\u9700\u8981\u670d\u52a1\u5668\u5730\u5740\u3001\u6570\u636e\u5e93\u540d\u3001\u7528\u6237\u540d\u3001CA \u8bc1\u4e66\u6587\u4ef6\u548c\u6570\u636e\u5e93\u5bc6\u7801\uff08\u5411\u670d\u52a1\u5668\u7ba1\u7406\u5458\u7d22\u53d6\uff09\u3002", None))
        self.demo_choice.setText(QCoreApplication.translate("FirstRunAssistant", u"\u8bd5\u7528\u6f14\u793a\u6570\u636e", None))
        self.demo_note.setText(QCoreApplication.translate("FirstRunAssistant", u"\u865a\u6784\u7684\u6848\u4ef6\uff0c\u653e\u5728\u5355\u72ec\u7684\u6f14\u793a\u6587\u4ef6\u5939\uff0c\u4e0d\u4f1a\u6df7\u5165\u6b63\u5f0f\u6570\u636e\uff1b\u7a97\u53e3\u548c\u6587\u4e66\u90fd\u6807\u660e\u201c\u6f14\u793a\u6570\u636e\u201d\u3002", None))
        self.org_intro.setText(QCoreApplication.translate("FirstRunAssistant", u"\u8bf7\u586b\u5199\u4f7f\u7528\u672c\u6848\u4ef6\u5e93\u7684\u673a\u6784\uff0c\u5e76\u8bbe\u7acb\u7b2c\u4e00\u4f4d\u7ba1\u7406\u5458\u3002\u7ba1\u7406\u5458\u53ef\u4ee5\u6dfb\u52a0\u5176\u4ed6\u7528\u6237\u3002", None))
        self.kind_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u673a\u6784\u7c7b\u578b", None))
        self.name_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u673a\u6784\u5168\u79f0", None))
        self.name.setPlaceholderText(QCoreApplication.translate("FirstRunAssistant", u"\u5982\uff1a\u5357\u660c\u5e02\u52b3\u52a8\u4eba\u4e8b\u4e89\u8bae\u4ef2\u88c1\u59d4\u5458\u4f1a", None))
        self.doc_prefix_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u6587\u4e66\u5b57\u53f7\u524d\u7f00", None))
        self.address_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u5730\u5740\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.phone_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u7535\u8bdd\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.admin_heading.setText(QCoreApplication.translate("FirstRunAssistant", u"\u7ba1\u7406\u5458", None))
        self.username_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u7528\u6237\u540d", None))
        self.username.setPlaceholderText(QCoreApplication.translate("FirstRunAssistant", u"\u82f1\u6587\u5b57\u6bcd\u6216\u6570\u5b57\uff0c\u5982 admin", None))
        self.display_name_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u59d3\u540d", None))
        self.password_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u767b\u5f55\u5bc6\u7801", None))
        self.password_confirm_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u518d\u8f93\u5165\u4e00\u6b21", None))
        self.warning.setText(QCoreApplication.translate("FirstRunAssistant", u"\u8bf7\u8bbe\u5b9a\u6848\u4ef6\u5e93\u53e3\u4ee4\u3002\u6848\u4ef6\u5e93\u4e2d\u7684\u5168\u90e8\u6848\u4ef6\u3001\u8bc1\u636e\u548c\u6587\u4e66\u90fd\u7528\u5b83\u52a0\u5bc6\u4fdd\u62a4\u3002\u53e3\u4ee4\u65e0\u6cd5\u627e\u56de\uff1a\u5fd8\u8bb0\u53e3\u4ee4\u53c8\u6ca1\u6709\u7cfb\u7edf\u5bc6\u94a5\u73af\u4e2d\u7684\u5bc6\u94a5\u65f6\uff0c\u4efb\u4f55\u4eba\uff08\u5305\u62ec\u6280\u672f\u652f\u6301\uff09\u90fd\u65e0\u6cd5\u6253\u5f00\u6848\u4ef6\u5e93\u3002\u8bf7\u628a\u53e3\u4ee4\u6284\u5199\u4e0b\u6765\uff0c\u5bc6\u5c01\u540e\u9501\u5728\u5b89\u5168\u7684\u5730\u65b9\u3002", None))
        self.passphrase_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u6848\u4ef6\u5e93\u53e3\u4ee4", None))
        self.confirm_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u518d\u8f93\u5165\u4e00\u6b21", None))
        self.show_chars.setText(QCoreApplication.translate("FirstRunAssistant", u"\u663e\u793a\u53e3\u4ee4", None))
        self.strength_caption.setText(QCoreApplication.translate("FirstRunAssistant", u"\u53e3\u4ee4\u5f3a\u5ea6", None))
        self.strength.setText("")
        self.passphrase_location_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u53e3\u4ee4\u4fdd\u7ba1\u4f4d\u7f6e\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.passphrase_location.setPlaceholderText(QCoreApplication.translate("FirstRunAssistant", u"\u5982\uff1a\u5355\u4f4d\u4fdd\u9669\u67dc\u7b2c2\u683c\uff0c\u5bc6\u5c01\u4fe1\u5c01", None))
        self.keeper_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u53e3\u4ee4\u4fdd\u7ba1\u4eba\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.location_note.setText(QCoreApplication.translate("FirstRunAssistant", u"\u4fdd\u7ba1\u4f4d\u7f6e\u548c\u4fdd\u7ba1\u4eba\u4f1a\u5370\u5728\u6062\u590d\u5355\u4e0a\uff1b\u53e3\u4ee4\u672c\u8eab\u4e0d\u4f1a\u51fa\u73b0\u5728\u6062\u590d\u5355\u4e0a\u3002", None))
        self.sheet_note.setText(QCoreApplication.translate("FirstRunAssistant", u"\u6062\u590d\u5355\u8bb0\u5f55\u6848\u4ef6\u5e93\u6807\u8bc6\u3001\u4e3b\u5bc6\u94a5\u7f16\u53f7\u3001\u6570\u636e\u5b58\u653e\u4f4d\u7f6e\u548c\u5efa\u5e93\u65e5\u671f\uff0c\u4e0d\u8bb0\u8f7d\u53e3\u4ee4\u3002\u66f4\u6362\u7535\u8111\u6216\u7535\u8111\u635f\u574f\u65f6\uff0c\u51ed\u5b83\u548c\u53e3\u4ee4\u627e\u56de\u6570\u636e\u3002\u8bf7\u73b0\u5728\u4fdd\u5b58\u6216\u6253\u5370\uff0c\u548c\u53e3\u4ee4\u5206\u5f00\u5b58\u653e\u3002", None))
        self.save_sheet.setText(QCoreApplication.translate("FirstRunAssistant", u"\u4fdd\u5b58\u6062\u590d\u5355\uff08PDF\uff09\u2026", None))
        self.print_sheet.setText(QCoreApplication.translate("FirstRunAssistant", u"\u6253\u5f00\u6062\u590d\u5355\u4ee5\u6253\u5370", None))
        self.sheet_done.setText(QCoreApplication.translate("FirstRunAssistant", u"\u6211\u5df2\u4fdd\u5b58\u6216\u6253\u5370\u6062\u590d\u5355\uff0c\u5e76\u5df2\u628a\u53e3\u4ee4\u6284\u5199\u4fdd\u7ba1\u597d", None))
        self.open_intro.setText(QCoreApplication.translate("FirstRunAssistant", u"\u8bf7\u9009\u62e9\u6848\u4ef6\u5e93\u6240\u5728\u7684\u6587\u4ef6\u5939\uff08\u91cc\u9762\u6709 casebook.db \u548c casebook.key\uff09\u3002\u4ee5\u540e\u542f\u52a8\u65f6\u4f1a\u76f4\u63a5\u6253\u5f00\u5b83\u3002", None))
        self.folder_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u6587\u4ef6\u5939", None))
        self.choose_folder.setText(QCoreApplication.translate("FirstRunAssistant", u"\u9009\u62e9\u6587\u4ef6\u5939\u2026", None))
        self.restore_safety.setText(QCoreApplication.translate("FirstRunAssistant", u"\u7a0b\u5e8f\u5148\u6838\u5bf9\u5907\u4efd\u6587\u4ef6\u7684\u5b8c\u6574\u6027\u548c\u53e3\u4ee4\uff0c\u5168\u90e8\u65e0\u8bef\u540e\u624d\u653e\u5165\u4e0a\u8ff0\u6587\u4ef6\u5939\uff1b\u4e2d\u9014\u53d6\u6d88\u6216\u51fa\u9519\u65f6\u4e0d\u4f1a\u7559\u4e0b\u4efb\u4f55\u6539\u52a8\u3002", None))
        self.archive_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u5907\u4efd\u6587\u4ef6", None))
        self.choose_archive.setText(QCoreApplication.translate("FirstRunAssistant", u"\u9009\u62e9\u5907\u4efd\u6587\u4ef6\u2026", None))
        self.restore_passphrase_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u5907\u4efd\u6240\u5c5e\u6848\u4ef6\u5e93\u7684\u53e3\u4ee4", None))
        self.office_intro.setText(QCoreApplication.translate("FirstRunAssistant", u"\u8fde\u63a5\u7ecf\u8fc7 TLS \u52a0\u5bc6\uff0c\u5e76\u7528 CA \u8bc1\u4e66\u6838\u5b9e\u670d\u52a1\u5668\u7684\u8eab\u4efd\u3002\u6570\u636e\u5e93\u5bc6\u7801\u4e0d\u5199\u5165\u4efb\u4f55\u6587\u4ef6\uff1b\u52fe\u9009\u201c\u8bb0\u4f4f\u5bc6\u7801\u201d\u65f6\u4fdd\u5b58\u5728\u7cfb\u7edf\u5bc6\u94a5\u73af\u4e2d\u3002", None))
        self.db_host_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u670d\u52a1\u5668\u5730\u5740", None))
        self.db_port_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u7aef\u53e3", None))
        self.db_name_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u6570\u636e\u5e93\u540d", None))
        self.db_user_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u7528\u6237\u540d", None))
        self.ca_file_label.setText(QCoreApplication.translate("FirstRunAssistant", u"CA \u8bc1\u4e66\u6587\u4ef6", None))
        self.choose_ca.setText(QCoreApplication.translate("FirstRunAssistant", u"\u9009\u62e9 CA \u8bc1\u4e66\u6587\u4ef6\u2026", None))
        self.db_password_label.setText(QCoreApplication.translate("FirstRunAssistant", u"\u6570\u636e\u5e93\u5bc6\u7801", None))
        self.remember_db_password.setText(QCoreApplication.translate("FirstRunAssistant", u"\u5728\u7cfb\u7edf\u5bc6\u94a5\u73af\u4e2d\u8bb0\u4f4f\u5bc6\u7801", None))
        self.back_button.setText(QCoreApplication.translate("FirstRunAssistant", u"\u4e0a\u4e00\u6b65", None))
        self.next_button.setText(QCoreApplication.translate("FirstRunAssistant", u"\u4e0b\u4e00\u6b65", None))
        self.cancel_button.setText(QCoreApplication.translate("FirstRunAssistant", u"\u53d6\u6d88", None))
        pass
    # retranslateUi
