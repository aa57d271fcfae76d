"""First run, second step: the organisation and its first administrator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from mediation_desk.domain.users import OrganisationView, OrgKind, Principal
from mediation_desk.ui.dialogs.base import TaskDialog, password_edit
from mediation_desk.ui.form_support import FieldForm
from mediation_desk.ui.labels import label

DOC_PREFIX_EXAMPLE = "洪劳人仲案字"



class OrganisationInputs(QObject):
    """The organisation's fields, added as rows of a ``FieldForm`` (keys as in the service)."""

    def __init__(self, form: FieldForm) -> None:
        super().__init__(form)
        self.name = form.add_field("name", self.tr("机构全称"), QLineEdit())
        self.name.setPlaceholderText(self.tr("如：南昌市劳动人事争议仲裁委员会"))
        self.kind = form.add_field("kind", self.tr("机构类型"), QComboBox())
        for kind in OrgKind:
            self.kind.addItem(label(kind), kind.value)
        self.doc_prefix = form.add_field("doc_prefix", self.tr("文书字号前缀"), QLineEdit())
        example = self.tr("如：{example}（案号为 {example}〔2026〕第12号）")
        self.doc_prefix.setPlaceholderText(example.format(example=DOC_PREFIX_EXAMPLE))
        self.address = form.add_field("address", self.tr("地址"), QLineEdit())
        self.phone = form.add_field("phone", self.tr("电话"), QLineEdit())
        for edit in (self.name, self.doc_prefix, self.address, self.phone):
            edit.setMinimumWidth(320)

    def value(self) -> OrganisationView:
        return OrganisationView(name=self.name.text().strip(), kind=OrgKind(self.kind.currentData()),
                                doc_prefix=self.doc_prefix.text().strip(), address=self.address.text().strip(),
                                phone=self.phone.text().strip())

    def set_value(self, org: OrganisationView | None) -> None:
        if org is None:
            return
        self.name.setText(org.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(org.kind.value)))
        self.doc_prefix.setText(org.doc_prefix)
        self.address.setText(org.address)
        self.phone.setText(org.phone)

    def set_editable(self, editable: bool) -> None:
        for edit in (self.name, self.doc_prefix, self.address, self.phone):
            edit.setReadOnly(not editable)
        self.kind.setEnabled(editable)


class SetupDialog(TaskDialog):
    """``setup(org, username, display_name, password) -> Principal`` (the new administrator)."""

    def __init__(self, setup: Callable[[OrganisationView, str, str, str], Principal], *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("设置机构"))
        self._setup = setup
        intro = QLabel(self.tr("请填写使用本案件库的机构，并设立第一位管理员。管理员可以添加其他用户。"))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.org = OrganisationInputs(self.form)
        heading = QLabel(self.tr("管理员"))
        heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self.form.addRow(heading)
        self.username = self.form.add_field("username", self.tr("用户名"), QLineEdit())
        self.username.setPlaceholderText(self.tr("英文字母或数字，如 admin"))
        self.display_name = self.form.add_field("display_name", self.tr("姓名"), QLineEdit())
        self.password = self.form.add_field("password", self.tr("登录密码"), password_edit())
        self.confirm = self.form.add_field("confirm", self.tr("再输入一次"), password_edit())
        self.finish_layout()
        self.ok_button.setText(self.tr("完成设置"))
        self.setMinimumWidth(600)

    @property
    def principal(self) -> Principal | None:
        return self.result_value

    def on_ok(self) -> None:
        self.clear_messages()
        if self.password.text() != self.confirm.text():
            self.form.show_errors({"confirm": self.tr("两次输入的密码不一致")})
            return
        self.submit(self.tr("设置机构"), self._setup, self.org.value(), self.username.text().strip(),
                    self.display_name.text().strip(), self.password.text(), busy_text=self.tr("正在保存……"))
