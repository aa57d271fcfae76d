"""The proposals and counter-proposals (方案与反方案), each with who put it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from mediation_desk.services.mediation import Proposal
from mediation_desk.ui.dialogs.mediation_base import yuan_text
from mediation_desk.ui.forms.mediation_proposals_section_ui import Ui_MediationProposalsSection
from mediation_desk.ui.labels import label
from mediation_desk.ui.views.mediation.common import fit_columns, selected_row
from mediation_desk.ui.widgets import fill_table


class MediationProposalsSection(QWidget):
    """The layout is ``ui/mediation_proposals_section.ui``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MediationProposalsSection()
        self.ui.setupUi(self)
        fit_columns(self.ui.proposals)
        self.shown: tuple[Proposal, ...] = ()

    def author(self, p: Proposal) -> str:
        """Who put the proposal: the side, and the party when named."""
        return self.tr("{side}：{party}").format(side=label(p.side), party=p.party) if p.party else label(p.side)

    def show_proposals(self, proposals: Sequence[Proposal]) -> None:
        self.shown = tuple(proposals)
        fill_table(self.ui.proposals, [[p.proposed_on.isoformat(), self.author(p), yuan_text(p.amount), p.content]
                                       for p in self.shown])

    def current(self) -> Proposal | None:
        row = selected_row(self.ui.proposals, len(self.shown))
        return self.shown[row] if row is not None else None
