"""机构: the organisation's name, kind, document-number prefix, address and telephone."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.users import OrganisationView, Permission
from mediation_desk.services import accounts
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.setup import OrganisationInputs
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE, NOTICE_STYLE, FieldErrors
from mediation_desk.ui.forms.organisation_tab_ui import Ui_OrganisationTab
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import guarded


class OrganisationTab(QWidget):
    """Layout: ``ui/organisation_tab.ui``. Only the administrator may change the organisation."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.principal.can(Permission.MANAGE_ORGANISATION)
        self.ui = Ui_OrganisationTab()
        self.ui.setupUi(self)
        self.note = self.ui.note
        self.note.setStyleSheet(NOTICE_STYLE)
        self.note.setVisible(not self.editable)
        self.message, self.saved, self.save_button = self.ui.message, self.ui.saved, self.ui.save_button
        self.message.setStyleSheet(ERROR_STYLE)
        self.form = FieldErrors()
        self.form.attach(self.ui.fields, {key: getattr(self.ui, key)
                                          for key in ("name", "kind", "doc_prefix", "address", "phone")})
        self.inputs = OrganisationInputs(self, name=self.ui.name, kind=self.ui.kind, doc_prefix=self.ui.doc_prefix,
                                         address=self.ui.address, phone=self.ui.phone)
        self.save_button.clicked.connect(self.save)
        self.inputs.set_editable(self.editable)
        self.save_button.setEnabled(self.editable)
        self.load()

    def load(self) -> None:
        """Read the organisation on the worker and show it."""
        run_task(self, self.tr("读取机构信息"), lambda progress: accounts.get_organisation(self.ctx.uow),
                 on_done=guarded(self, self._loaded), show_progress=False)

    def _loaded(self, org: OrganisationView | None) -> None:
        self.inputs.set_value(org)

    def save(self) -> None:
        self.form.clear_errors()
        self.message.hide()
        self.saved.clear()
        org = self.inputs.value()

        def work(progress: Any) -> None:
            accounts.update_organisation(self.ctx.uow, self.ctx.principal, org=org)

        run_task(self, self.tr("保存机构信息"), work,
                 on_done=guarded(self, lambda _r: self.saved.setText(self.tr("已保存。"))),
                 on_error=guarded(self, self._failed, False), show_progress=False)

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            if self.form.show_errors(exc.fields):
                self.message.setText(exc.text(current_lang()))
                self.message.show()
            return True
        return False
