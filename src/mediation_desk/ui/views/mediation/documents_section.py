"""The documents made during the mediation (调解文书); one is exported only on the user's request."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.documents import DocumentView
from mediation_desk.ui.dialogs.mediation_base import format_label
from mediation_desk.ui.forms.mediation_documents_section_ui import Ui_MediationDocumentsSection
from mediation_desk.ui.views.documents_panel import document_title
from mediation_desk.ui.views.mediation.common import fit_columns
from mediation_desk.ui.widgets import fill_table


class MediationDocumentsSection(QWidget):
    """The layout is ``ui/mediation_documents_section.ui``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MediationDocumentsSection()
        self.ui.setupUi(self)
        fit_columns(self.ui.documents)
        self.shown: tuple[DocumentView, ...] = ()

    def show_documents(self, docs: Sequence[DocumentView]) -> None:
        self.shown = tuple(docs)
        fill_table(self.ui.documents, [[document_title(d.title), format_label(d.format), d.number, str(d.version),
                                        d.created_at.astimezone().strftime("%Y-%m-%d %H:%M")] for d in self.shown])

    def current(self) -> DocumentView | None:
        row = self.ui.documents.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None
