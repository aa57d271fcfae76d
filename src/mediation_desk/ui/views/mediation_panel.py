"""调解: one case's mediation -- the 15-day window, the sessions and their record, proposals and
counter-proposals, the agreement and its performance item by item, the advice on default (payment
order or arbitration), the joint applications for arbitral review / judicial confirmation, a failed
mediation, and the documents made on the way (exported only on the user's explicit request).

The tab composes its sections (``ui.views.mediation``), each with its Qt Designer form; the forms it
opens are in ``ui.dialogs.mediation_dialogs``. Every database and rendering operation runs on the
worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from mediation_desk.domain.cases import CaseDetail, CaseStatus
from mediation_desk.domain.documents import DocumentView
from mediation_desk.domain.mediation import PerformanceState
from mediation_desk.domain.users import Permission
from mediation_desk.services import documents as document_service
from mediation_desk.services import mediation as mediation_service
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.mediation_dialogs import (AgreementDialog, FailedDialog, InstitutionDialog, ItemDialog,
                                                         PerformanceDialog, ProposalDialog, ReasonDialog, SaveDialog,
                                                         SessionDialog)
from mediation_desk.ui.forms.mediation_panel_ui import Ui_MediationPanel
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.views.case_tab import CaseTab
from mediation_desk.ui.views.mediation.common import OK_STYLE
from mediation_desk.ui.views.mediation.outcome_actions import MediationOutcomeActions
from mediation_desk.ui.views.mediation.session_actions import MediationSessionActions

__all__ = ["MediationPanel", "AgreementDialog", "FailedDialog", "InstitutionDialog", "ItemDialog",
           "PerformanceDialog", "ProposalDialog", "ReasonDialog", "SessionDialog"]

_Dialog = TypeVar("_Dialog", bound=SaveDialog)


class MediationPanel(MediationSessionActions, MediationOutcomeActions, CaseTab):
    """The mediation of the case given to ``set_case``; the layout is ``ui/mediation_panel.ui``.
    ``case_changed`` is emitted after the case's status or events changed (session, agreement,
    failure, application, full performance)."""

    case_changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: mediation_service.MediationOverview | None = None
        self.loading = False
        self.dialog: SaveDialog | None = None
        p = ctx.principal
        self.can_view = p.can(Permission.VIEW_CASES)
        self.can_change = p.can(Permission.CONDUCT_MEDIATION)
        self.can_render = (p.can(Permission.MANAGE_EVIDENCE) and p.can(Permission.CONDUCT_MEDIATION)
                           and ctx.renderer is not None)
        self.can_export = p.can(Permission.EXPORT_EVIDENCE)

        self.ui = Ui_MediationPanel()
        self.ui.setupUi(self)
        self.overview_section, self.sessions_section = self.ui.overview_section, self.ui.sessions_section
        self.proposals_section, self.agreement_section = self.ui.proposals_section, self.ui.agreement_section
        self.documents_section = self.ui.documents_section
        top, sessions, proposals = self.overview_section.ui, self.sessions_section.ui, self.proposals_section.ui
        agreement, documents = self.agreement_section.ui, self.documents_section.ui
        self.heading, self.window_label = top.heading, top.window_label
        self.session_button, self.proposal_button = top.session_button, top.proposal_button
        self.agreement_button, self.failed_button = top.agreement_button, top.failed_button
        self.sessions, self.proposals = sessions.sessions, proposals.proposals
        self.edit_session_button, self.delete_session_button = sessions.edit_session_button, sessions.delete_session_button
        self.edit_proposal_button = proposals.edit_proposal_button
        self.delete_proposal_button = proposals.delete_proposal_button
        self.agreement_label, self.items, self.entries = agreement.agreement_label, agreement.items, agreement.entries
        self.perform_button, self.reverse_button = agreement.perform_button, agreement.reverse_button
        self.edit_item_button, self.delete_item_button = agreement.edit_item_button, agreement.delete_item_button
        self.advice_label, self.advice_button = agreement.advice_label, agreement.advice_button
        self.joint_label, self.review_button = agreement.joint_label, agreement.review_button
        self.confirm_button = agreement.confirm_button
        self.documents, self.export_button = documents.documents, documents.export_button

        self.session_button.clicked.connect(lambda: self.open_session())
        self.proposal_button.clicked.connect(lambda: self.open_proposal())
        self.agreement_button.clicked.connect(lambda: self.open_agreement())
        self.failed_button.clicked.connect(lambda: self.open_failed())
        self.edit_session_button.clicked.connect(lambda: self.open_edit_session())
        self.delete_session_button.clicked.connect(lambda: self.open_delete_session())
        self.edit_proposal_button.clicked.connect(lambda: self.open_edit_proposal())
        self.delete_proposal_button.clicked.connect(lambda: self.open_delete_proposal())
        self.perform_button.clicked.connect(lambda: self.open_performance())
        self.edit_item_button.clicked.connect(lambda: self.open_edit_item())
        self.delete_item_button.clicked.connect(lambda: self.open_delete_item())
        self.reverse_button.clicked.connect(lambda: self.open_reverse())
        self.advice_button.clicked.connect(lambda: self.follow_advice())
        self.review_button.clicked.connect(lambda: self.open_joint(mediation_service.JointKind.ARBITRAL_REVIEW))
        self.confirm_button.clicked.connect(
            lambda: self.open_joint(mediation_service.JointKind.JUDICIAL_CONFIRMATION))
        self.export_button.clicked.connect(lambda: self.export_selected())
        for table in (self.sessions, self.proposals, self.items, self.entries, self.documents):
            table.itemSelectionChanged.connect(self._update_buttons)

        self.status_label = self.status  # what the last step did
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        self.ui.column.addWidget(self.message)
        self.ui.column.addWidget(self.status_label)
        self.set_case(None)

    # ---- the case ----
    def set_case(self, detail: CaseDetail | None) -> None:
        same = detail is not None and self.detail is not None and detail.summary.id == self.detail.summary.id
        if not same:  # nothing of the previous case stays: its lists, results, messages, open form
            self._show_status("")
            if self.dialog is not None:
                self.dialog.reject()
        super().set_case(detail)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.detail is not None and not self.loading:  # documents made on another tab meanwhile
            self.reload()

    def reload(self) -> None:
        if self.case_id is not None and not self.can_view:
            self._generation += 1  # nothing to read for this user; an earlier read is dropped
            self.loading = False
            self.show_state(None)
            return
        self.loading = self.case_id is not None
        self._update_buttons()
        super().reload()

    def read_title(self) -> str:
        return self.tr("读取调解情况")

    def read_state(self, case_id: int) -> mediation_service.MediationOverview:
        return mediation_service.mediation_overview(self.ctx.uow, self.ctx.principal, case_id=case_id)

    def show_state(self, state: mediation_service.MediationOverview | None) -> None:
        self.loading = False
        self.overview = state
        self.overview_section.show_overview(state)
        self.sessions_section.show_sessions(state.sessions if state else ())
        self.proposals_section.show_proposals(state.proposals if state else ())
        self.agreement_section.show_overview(state)
        self.documents_section.show_documents(state.documents if state else ())
        self._update_buttons()

    def say(self, exc: BaseException) -> bool:
        self.loading = False  # the read failed: the buttons answer again
        self._update_buttons()
        return super().say(exc)

    def update_actions(self) -> None:
        self._update_buttons()

    def _changed(self, message: str) -> None:
        self._show_status(message)
        self.reload()
        self.case_changed.emit()

    # ---- the actions the case and the user's role allow ----
    def _update_buttons(self) -> None:
        o = self.overview
        ready = o is not None and not self.loading
        change = ready and self.can_change
        status = o.status if o else None
        in_mediation = status in (CaseStatus.MEDIATION, CaseStatus.INTAKE, CaseStatus.ACCEPTANCE_REVIEW,
                                  CaseStatus.SUSPENDED)
        self.session_button.setEnabled(change and in_mediation)
        for button in (self.proposal_button, self.agreement_button, self.failed_button):
            button.setEnabled(change and status is CaseStatus.MEDIATION)
        a = o.agreement if o else None
        row = self.current_item()
        self.perform_button.setEnabled(change and row is not None and row.state is not PerformanceState.PERFORMED)
        self.edit_item_button.setEnabled(change and row is not None)
        self.delete_item_button.setEnabled(change and row is not None)
        entry = self.current_entry()
        self.reverse_button.setEnabled(change and entry is not None and not entry.is_correction
                                       and entry.id not in self.agreement_section.reversed_ids())
        session, proposal = self.current_session(), self.current_proposal()
        self.edit_session_button.setEnabled(change and session is not None)
        self.delete_session_button.setEnabled(change and session is not None)
        self.edit_proposal_button.setEnabled(change and proposal is not None)
        self.delete_proposal_button.setEnabled(change and proposal is not None)
        self.advice_button.setEnabled(ready and self.can_render)
        joint_open = a is not None and not a.applied
        codes = {d.code for d in a.deadlines} if a else set()
        self.review_button.setEnabled(change and joint_open and self.can_render and "mediation_review" in codes)
        self.confirm_button.setEnabled(change and joint_open and self.can_render and "judicial_confirmation" in codes)
        self.export_button.setEnabled(ready and self.can_export and self.current_document() is not None)

    # ---- the selected records ----
    def current_item(self) -> mediation_service.ItemStatus | None:
        return self.agreement_section.current_item()

    def current_entry(self) -> mediation_service.Performance | None:
        return self.agreement_section.current_entry()

    def current_session(self) -> mediation_service.MediationSession | None:
        return self.sessions_section.current()

    def current_proposal(self) -> mediation_service.Proposal | None:
        return self.proposals_section.current()

    def current_document(self) -> DocumentView | None:
        return self.documents_section.current()

    def _author(self, p: mediation_service.Proposal) -> str:
        return self.proposals_section.author(p)

    def _names(self, side: str) -> list[str]:
        return [p.name for p in self.detail.parties if p.side.value == side] if self.detail is not None else []

    def _mediator(self) -> str:
        o = self.overview
        if o is not None and o.sessions:
            return o.sessions[-1].mediator
        return self.ctx.principal.display_name

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status_label.setVisible(bool(text))

    # ---- the forms ----
    def _open(self, dialog: _Dialog, on_saved: Callable[[Any], None]) -> _Dialog:
        """Open ``dialog`` (one at a time); ``on_saved`` gets what it saved."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_saved(dialog.result_value))
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None

    # ---- export ----
    def export_selected(self, target: Path | str | None = None) -> None:
        doc = self.current_document()
        if doc is None or not self.can_export:
            return
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("导出文书"), doc.filename,
                                                          self.tr("文书 (*.docx *.pdf)"))
            if not chosen:
                return
            target = chosen
        ctx, path = self.ctx, Path(target)

        def done(written: Path) -> None:  # shown only while the user is on the same case
            self._show_status(self.tr("已把“{title}”导出到：{path}（已记入审计记录）。").format(title=doc.title,
                                                                                path=str(written)))

        self.run_action(self.tr("导出文书"),
                        lambda _progress: document_service.export_document(ctx.uow, ctx.principal, document_id=doc.id,
                                                                           target_path=path, overwrite=path.exists()),
                        done=done, show_progress=False, reload_after=False)
