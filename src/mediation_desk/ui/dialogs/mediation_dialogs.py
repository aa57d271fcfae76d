"""The mediation panel's forms: a session (with its start and end time), a proposal (naming which
party put it), the agreement's items, one item's correction, a performance, a failed mediation, an
application to a court or commission, and the reason asked for a deletion or a reversal.

Each form's layout is a Qt Designer form (``ui/mediation_*_dialog.ui``); it saves through a function
run on the worker thread; refused input keeps the form open with the message; a correction or
deletion cannot be saved without the user's reason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time
from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import CaseStatus
from mediation_desk.domain.mediation import ProposalSide
from mediation_desk.services import mediation as mediation_service
from mediation_desk.ui.dialogs.mediation_agreement_dialogs import AgreementDialog, ItemDialog, PerformanceDialog
from mediation_desk.ui.dialogs.mediation_base import (DEFAULT_METHOD, SaveDialog, format_label, from_qtime, session_times,
                                                      set_date, set_time, yuan_text)
from mediation_desk.ui.forms.mediation_failed_dialog_ui import Ui_FailedDialog
from mediation_desk.ui.forms.mediation_institution_dialog_ui import Ui_InstitutionDialog
from mediation_desk.ui.forms.mediation_proposal_dialog_ui import Ui_ProposalDialog
from mediation_desk.ui.forms.mediation_reason_dialog_ui import Ui_ReasonDialog
from mediation_desk.ui.forms.mediation_session_dialog_ui import Ui_SessionDialog
from mediation_desk.ui.labels import label
from mediation_desk.ui.widgets import amount_or_none as _amount, from_qdate as _from_qdate

__all__ = ["DEFAULT_METHOD", "AgreementDialog", "FailedDialog", "InstitutionDialog", "ItemDialog", "PerformanceDialog",
           "ProposalDialog", "ReasonDialog", "SaveDialog", "SessionDialog", "format_label", "session_times",
           "yuan_text"]


class SessionDialog(SaveDialog):
    """A new session, or (``session`` given) the correction of a recorded one, with its reason."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, mediator: str,
                 session: mediation_service.MediationSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改调解记录") if session else self.tr("记录调解"), save, parent)
        self.editing = session is not None
        self.ui = Ui_SessionDialog()
        self.use_form(self.ui)
        ui = self.ui
        self.held_on, self.starts_at, self.ends_at = ui.held_on, ui.starts_at, ui.ends_at
        self.place, self.participants, self.mediator = ui.place, ui.participants, ui.mediator
        self.recorder, self.record, self.make_record = ui.recorder, ui.record, ui.make_record
        set_date(self.held_on, session.held_on if session else None)
        set_time(self.starts_at, session.starts_at if session else time(9, 0))
        set_time(self.ends_at, session.ends_at if session else time(10, 0))
        self.place.setText(session.place if session else "")
        self.participants.setText(session.participants if session else "")
        self.mediator.setText(session.mediator if session else mediator)
        self.recorder.setText(mediator)
        self.record.setPlainText(session.record if session else "")
        self.make_record.addItem(self.tr("同时生成调解笔录"), True)
        self.make_record.addItem(self.tr("只保存记录"), False)
        if self.editing:
            self.add_reason(self.tr("例如：开始时间记错"))
        self.resize(620, 500)

    def values(self) -> dict[str, Any]:
        return {"held_on": _from_qdate(self.held_on.date()), "starts_at": from_qtime(self.starts_at.time()),
                "ends_at": from_qtime(self.ends_at.time()), "place": self.place.text(),
                "participants": self.participants.text(), "mediator": self.mediator.text(),
                "recorder": self.recorder.text(), "record": self.record.toPlainText(),
                "render": bool(self.make_record.currentData()), "reason": self.reason_text()}


class ProposalDialog(SaveDialog):
    """A proposal, naming which applicant or respondent put it (or the mediator); ``proposal``
    given, its correction with the reason."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, applicants: Sequence[str] = (),
                 respondents: Sequence[str] = (), mediator: str = "",
                 proposal: mediation_service.Proposal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改调解方案") if proposal else self.tr("登记调解方案"), save, parent)
        self._parties = {ProposalSide.WORKER.value: list(applicants), ProposalSide.EMPLOYER.value: list(respondents),
                         ProposalSide.MEDIATOR.value: [mediator] if mediator else []}
        self.ui = Ui_ProposalDialog()
        self.use_form(self.ui)
        self.side, self.party, self.content = self.ui.side, self.ui.party, self.ui.content
        self.amount, self.on = self.ui.amount, self.ui.on
        for side in ProposalSide:
            self.side.addItem(label(side), side.value)
        self.side.currentIndexChanged.connect(lambda _i: self._fill_parties())
        self.content.setPlainText(proposal.content if proposal else "")
        self.amount.setText(format(proposal.amount, "f") if proposal and proposal.amount is not None else "")
        set_date(self.on, proposal.proposed_on if proposal else None)
        self._fill_parties()
        if proposal is not None:
            self.side.setCurrentIndex(max(0, self.side.findData(proposal.side.value)))
            if proposal.party and self.party.findData(proposal.party) < 0:
                self.party.addItem(proposal.party, proposal.party)
            self.party.setCurrentIndex(max(0, self.party.findData(proposal.party)))
            self.add_reason(self.tr("例如：提出方案的被申请人记错"))
        self.resize(560, 360)

    def _fill_parties(self) -> None:
        names = self._parties.get(self.side.currentData() or "", [])
        self.party.clear()
        if len(names) > 1:
            self.party.addItem(self.tr("（请选择）"), "")
        for name in names:
            self.party.addItem(name, name)
        self.party.setEnabled(bool(names))

    def values(self) -> dict[str, Any]:
        return {"side": self.side.currentData(), "party": self.party.currentData() or "",
                "content": self.content.toPlainText(), "amount": _amount(self.amount.text(), "amount"),
                "on": _from_qdate(self.on.date()), "reason": self.reason_text()}


class ReasonDialog(SaveDialog):
    """What is about to be deleted or reversed, and the reason the user must give."""

    def __init__(self, title: str, what: str, save: Callable[[dict[str, Any]], Any], *, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        self.ui = Ui_ReasonDialog()
        self.use_form(self.ui)
        self.ui.what.setText(what)
        self.add_reason(placeholder)
        self.resize(520, 180)

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason_text()}


class FailedDialog(SaveDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("调解不成"), save, parent)
        self.ui = Ui_FailedDialog()
        self.use_form(self.ui)
        self.on, self.reason, self.next_status = self.ui.on, self.ui.reason, self.ui.next_status
        self.commission = self.ui.commission
        set_date(self.on)
        # a mediation organisation closes the case and tells the worker where to apply; only a case
        # the commission has already accepted goes (back) into arbitration
        self.next_status.addItem(self.tr("结案（告知申请人可申请仲裁）"), CaseStatus.CLOSED.value)
        self.next_status.addItem(self.tr("转入仲裁（仲裁委员会已受理的案件）"), CaseStatus.ARBITRATION.value)
        self.commission.setText(jurisdiction.venue().commission)
        self.resize(520, 240)

    def values(self) -> dict[str, Any]:
        return {"on": _from_qdate(self.on.date()), "reason": self.reason.text(),
                "next_status": CaseStatus(self.next_status.currentData()), "commission": self.commission.text()}


class InstitutionDialog(SaveDialog):
    """A date and the court or commission an application goes to."""

    def __init__(self, title: str, label: str, default: str, save: Callable[[dict[str, Any]], Any], *,
                 with_date: bool = True, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        self.ui = ui = Ui_InstitutionDialog()
        self.use_form(ui)
        ui.note.setText(note)
        ui.fields.setRowVisible(ui.note, bool(note))
        ui.institution_label.setText(label)
        self.institution = ui.institution
        self.institution.setText(default)
        self.on = ui.on if with_date else None
        set_date(ui.on)
        ui.fields.setRowVisible(ui.on, with_date)
        self.resize(520, 200)

    def values(self) -> dict[str, Any]:
        return {"institution": self.institution.text(),
                "on": _from_qdate(self.on.date()) if self.on is not None else None}
