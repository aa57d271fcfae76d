"""Record a dated event that starts or stops a statutory clock (service of a document, a hearing
date, when the worker knew of the infringement...)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from mediation_desk import jurisdiction
from mediation_desk.services import clock
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.forms.record_event_dialog_ui import Ui_RecordEventDialog
from mediation_desk.ui.labels import event_kind

# Offered first: the events a mediator or clerk records by hand most often.
COMMON_EVENTS = ("knew_of_infringement", "relationship_ended", "limitation_interrupted", "agreement_performed",
                 "arbitration_review_applied", "judicial_confirmation_applied", "application_copy_served",
                 "defence_filed", "tribunal_notified", "hearing_date", "hearing_notice_served", "award_served",
                 "lawsuit_filed", "legal_aid_applied", "legal_aid_granted", "lawyer_assigned")


class RecordEventDialog(TaskDialog):
    """``record(event_code, on, note)`` runs on the worker."""

    def __init__(self, case_number: str, record: Callable[[str, date, str], None], *, earliest: date | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("记录事件 — {number}").format(number=case_number))
        self._record = record
        labels = jurisdiction.event_labels()
        self.ui = Ui_RecordEventDialog()
        self.use_form(self.ui, {"event": "event_choice", "event_date": "on_date", "note": "note"})
        self.event_choice, self.on_date, self.note = self.ui.event_choice, self.ui.on_date, self.ui.note
        for code in [*COMMON_EVENTS, *sorted(set(labels) - set(COMMON_EVENTS))]:
            if code in labels:
                self.event_choice.addItem(event_kind(code), code)
        today = today or clock.today()
        self.on_date.setDate(QDate(today.year, today.month, today.day))
        self.finish_layout()
        self.setMinimumWidth(480)

    def select(self, code: str) -> None:
        self.event_choice.setCurrentIndex(self.event_choice.findData(code))

    def on_ok(self) -> None:
        self.clear_messages()
        self.submit(self.windowTitle(), self._record, self.event_choice.currentData(), self.on_date.date().toPython(),
                    self.note.text(), busy_text=self.tr("正在保存……"))
