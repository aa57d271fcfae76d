"""The mediation's sessions (调解记录): date, time, place, mediator, participants and the record."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from mediation_desk.services.mediation import MediationSession
from mediation_desk.ui.dialogs.mediation_base import session_times
from mediation_desk.ui.forms.mediation_sessions_section_ui import Ui_MediationSessionsSection
from mediation_desk.ui.views.mediation.common import fit_columns, selected_row
from mediation_desk.ui.widgets import fill_table


class MediationSessionsSection(QWidget):
    """The layout is ``ui/mediation_sessions_section.ui``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MediationSessionsSection()
        self.ui.setupUi(self)
        fit_columns(self.ui.sessions)
        self.shown: tuple[MediationSession, ...] = ()

    def show_sessions(self, sessions: Sequence[MediationSession]) -> None:
        self.shown = tuple(sessions)
        fill_table(self.ui.sessions, [[s.held_on.isoformat(), session_times(s), s.place, s.mediator,
                                       s.participants, s.record.replace("\n", " ")[:60]] for s in self.shown])

    def current(self) -> MediationSession | None:
        row = selected_row(self.ui.sessions, len(self.shown))
        return self.shown[row] if row is not None else None
