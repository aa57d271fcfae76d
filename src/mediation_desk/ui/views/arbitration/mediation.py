"""先行调解: the tribunal's mediation before the award -- a 仲裁调解书 made when the parties agree
(served and signed for by each), or the failure recorded when they do not."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.cases import PartySide
from mediation_desk.services import arbitration as arb
from mediation_desk.ui.dialogs import arbitration_dialogs as dlg
from mediation_desk.ui.form_support import NOTICE_STYLE
from mediation_desk.ui.forms.arbitration_mediation_section_ui import Ui_MediationSection
from mediation_desk.ui.views.arbitration.award_editor import claim_text
from mediation_desk.ui.views.arbitration.common import Ready, Section, fit_columns
from mediation_desk.ui.widgets import day_text, fill_table


class MediationSection(Section):
    """The arbitral mediation; the layout is ``ui/arbitration_mediation_section.ui``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_MediationSection()
        ui.setupUi(self)
        ui.hint.setStyleSheet(NOTICE_STYLE)
        self.mediations = ui.mediations
        fit_columns(self.mediations)
        self.mediations.itemSelectionChanged.connect(lambda: self.panel.update_actions())
        self.mediation_button, self.mediation_failed_button = ui.mediation_button, ui.mediation_failed_button
        self.mediation_serve_button, self.mediation_doc_button = ui.mediation_serve_button, ui.mediation_doc_button
        self.mediation_button.clicked.connect(lambda: self.open_mediation())
        self.mediation_failed_button.clicked.connect(lambda: self.open_mediation_failed())
        self.mediation_serve_button.clicked.connect(lambda: self.panel.open_serve_award(self.current_mediation()))
        self.mediation_doc_button.clicked.connect(lambda: self.panel.render("arbitral_mediation"))

    def _mediations(self) -> list[arb.Award]:
        o = self.panel.overview
        return [a for a in (o.awards if o else ()) if a.kind == arb.MEDIATION]

    def show_overview(self, overview: arb.ArbitrationOverview | None) -> None:
        signed: dict[int, list[str]] = {}
        for s in (overview.services if overview else ()):
            if s.award_id is not None and s.signed_by:
                signed.setdefault(s.award_id, []).append(s.recipient)
        fill_table(self.mediations, [[a.number, day_text(a.award_date), "；".join(a.content.get("agreement", [])),
                                      "、".join(signed.get(a.id, []))] for a in self._mediations()])

    def update_buttons(self, r: Ready) -> None:
        self.mediation_button.setEnabled(r.change and r.in_arb)
        self.mediation_failed_button.setEnabled(r.change and r.in_arb)
        m = self.current_mediation()
        self.mediation_serve_button.setEnabled(r.change and m is not None)
        self.mediation_doc_button.setEnabled(r.render and self.panel.can_draft and m is not None and r.accepted)

    def current_mediation(self) -> arb.Award | None:
        items = self._mediations()
        row = self.mediations.currentRow()
        return items[row] if 0 <= row < len(items) else None

    def open_mediation(self) -> dlg.MediationDialog | None:
        panel = self.panel
        if panel.detail is None or panel.dialog is not None or not self.mediation_button.isEnabled():
            return None
        ctx, case_id, detail = panel.ctx, panel.detail.summary.id, panel.detail
        claims = [claim_text(c) for c in detail.claims]

        def save(v: dict[str, Any]) -> Any:
            return arb.record_arbitral_mediation(ctx.uow, ctx.principal, case_id=case_id, **v)

        parties = [(p.name, p.side.label) for p in detail.parties
                   if p.side in (PartySide.APPLICANT, PartySide.RESPONDENT, PartySide.THIRD_PARTY)]
        return panel.open(dlg.MediationDialog(save, claims=claims, arbitrators=panel.tribunal_names(),  # type: ignore[return-value]
                                              parties=parties, parent=panel),
                          lambda r: r is not None and panel.changed(self.tr(
                              "已制作仲裁调解书（{number}），经双方当事人签收后发生法律效力。").format(number=r.number)))

    def open_mediation_failed(self) -> dlg.DateReasonDialog | None:
        panel = self.panel
        if panel.detail is None or panel.dialog is not None or not self.mediation_failed_button.isEnabled():
            return None
        ctx, case_id = panel.ctx, panel.detail.summary.id

        def save(v: dict[str, Any]) -> Any:
            arb.record_mediation_failure(ctx.uow, ctx.principal, case_id=case_id, on=v["on"], note=v["note"])
            return True

        dialog = dlg.DateReasonDialog(self.tr("调解不成"), save, date_label=self.tr("调解日期"),
                                      reason_label=self.tr("情况"), reason_key="note",
                                      placeholder=self.tr("例如：被申请人不同意调解方案"), parent=panel)
        return panel.open(dialog, lambda r: r and panel.changed(self.tr("已登记先行调解不成。")))  # type: ignore[return-value]
