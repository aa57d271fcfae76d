"""First run, second step: the organisation and its first administrator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from mediation_desk.domain.users import OrganisationView, OrgKind, Principal
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.forms.setup_dialog_ui import Ui_SetupDialog
from mediation_desk.ui.labels import label

DOC_PREFIX_EXAMPLE = "洪劳人仲案字"



class OrganisationInputs(QObject):
    """The organisation's fields (keys as in the service), given as the widgets of a Designer form
    (the set-up dialog's and the settings' organisation tab)."""

    def __init__(self, parent: QObject, *, name: QLineEdit, kind: QComboBox, doc_prefix: QLineEdit,
                 address: QLineEdit, phone: QLineEdit) -> None:
        super().__init__(parent)
        self.name, self.kind, self.doc_prefix, self.address, self.phone = name, kind, doc_prefix, address, phone
        for org_kind in OrgKind:
            self.kind.addItem(label(org_kind), org_kind.value)
        example = self.tr("如：{example}（案号为 {example}〔2026〕第12号）")
        self.doc_prefix.setPlaceholderText(example.format(example=DOC_PREFIX_EXAMPLE))

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
        self.ui = Ui_SetupDialog()
        self.use_form(self.ui, {key: key for key in ("name", "kind", "doc_prefix", "address", "phone", "username",
                                                     "display_name", "password", "confirm")})
        self.org = OrganisationInputs(self, name=self.ui.name, kind=self.ui.kind, doc_prefix=self.ui.doc_prefix,
                                      address=self.ui.address, phone=self.ui.phone)
        self.username, self.display_name = self.ui.username, self.ui.display_name
        self.password, self.confirm = self.ui.password, self.ui.confirm
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
