"""送达: the service records of the case's documents (送达回证) and, once an award is served, each
party's time limit that runs from its service."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.services import arbitration as arb
from mediation_desk.ui.dialogs import arbitration_dialogs as dlg
from mediation_desk.ui.forms.arbitration_service_section_ui import Ui_ServiceSection
from mediation_desk.ui.views.arbitration.common import Ready, Section, fit_columns, label, problem
from mediation_desk.ui.widgets import day_text, fill_table

# the documents a service is usually recorded for (the user may type another)
DOCUMENTS = ("仲裁申请书副本、应诉通知书", "受理通知书", "仲裁庭组成通知书", "开庭通知书", "延期审理通知书", "答辩书副本",
             "不予受理通知书")


class ServiceSection(Section):
    """Service records; the layout is ``ui/arbitration_service_section.ui``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ServiceSection()
        ui.setupUi(self)
        self.services, self.party_deadlines = ui.services, ui.party_deadlines
        fit_columns(self.services, self.party_deadlines)
        self.service_button = ui.service_button
        self.service_button.clicked.connect(lambda: self.open_service())

    def show_overview(self, overview: arb.ArbitrationOverview | None) -> None:
        fill_table(self.services, [[s.document_title, s.recipient, label(s.method_label), day_text(s.sent_on),
                                    day_text(s.served_on), s.signed_by, s.receipt]
                                   for s in (overview.services if overview else ())])
        fill_table(self.party_deadlines, [[p.party, label(p.name), day_text(p.served_on),
                                           day_text(p.due) if p.due else problem(p.problem)]
                                          for p in self.panel.party_rows])

    def update_buttons(self, r: Ready) -> None:
        self.service_button.setEnabled(r.change and self.panel.detail is not None)

    def open_service(self) -> dlg.ServiceDialog | None:
        panel = self.panel
        if panel.detail is None or panel.dialog is not None or not self.service_button.isEnabled():
            return None
        ctx, case_id = panel.ctx, panel.detail.summary.id

        def save(v: dict[str, Any]) -> Any:
            return arb.record_service(ctx.uow, ctx.principal, case_id=case_id, document_title=v["document_title"],
                                      recipient=v["recipient"], method=v["method"], sent_on=v["sent_on"],
                                      served_on=v["served_on"], party_id=v["party_id"], consent=v["consent"],
                                      address=v["address"], receipt=v["receipt"], signed_by=v["signed_by"],
                                      event=v["event"], note=v["note"])

        return panel.open(dlg.ServiceDialog(save, parties=panel.parties(), documents=list(DOCUMENTS),  # type: ignore[return-value]
                                            parent=panel), panel.served)
