"""审理期限: the case's deadlines (the acceptance review, the award period and the others) and the
periods that do not count towards the award period -- an extension, a suspension or a public
notice, their end, and a restart of the period."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.services import arbitration as arb
from mediation_desk.services import clock
from mediation_desk.ui.dialogs import arbitration_dialogs as dlg
from mediation_desk.ui.forms.arbitration_period_section_ui import Ui_PeriodSection
from mediation_desk.ui.views.arbitration.common import Ready, Section, fit_columns, label, problem
from mediation_desk.ui.widgets import day_text, fill_table


class PeriodSection(Section):
    """The award period; the layout is ``ui/arbitration_period_section.ui``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PeriodSection()
        ui.setupUi(self)
        self.deadlines, self.suspensions = ui.deadlines, ui.suspensions
        fit_columns(self.deadlines, self.suspensions)
        self.suspensions.itemSelectionChanged.connect(lambda: self.panel.update_actions())
        self.extension_button, self.suspension_button = ui.extension_button, ui.suspension_button
        self.end_suspension_button, self.restart_button = ui.end_suspension_button, ui.restart_button
        self.extension_button.clicked.connect(lambda: self.open_extension())
        self.suspension_button.clicked.connect(lambda: self.open_suspension())
        self.end_suspension_button.clicked.connect(lambda: self.open_end_suspension())
        self.restart_button.clicked.connect(lambda: self.open_restart())

    def show_overview(self, overview: arb.ArbitrationOverview | None) -> None:
        today = clock.today()
        rows = []
        for d in (overview.deadlines if overview else ()):
            left = "" if d.due is None else (self.tr("{n} 天").format(n=(d.due - today).days)
                                             if d.due >= today else self.tr("已逾期"))
            rows.append([label(d.name), day_text(d.start) if getattr(d, "start", None) else "",
                         day_text(d.due) if d.due else problem(getattr(d, "problem", "")), left])
        fill_table(self.deadlines, rows)
        fill_table(self.suspensions, [[label(s.kind_label), day_text(s.start),
                                       day_text(s.end) if s.end else self.tr("（进行中）"), s.reason]
                                      for s in (overview.suspensions if overview else ())])

    def update_buttons(self, r: Ready) -> None:
        self.extension_button.setEnabled(r.change and r.in_arb)
        self.suspension_button.setEnabled(r.change and r.in_arb)
        s = self.current_suspension()
        self.end_suspension_button.setEnabled(r.change and s is not None and s.end is None)
        self.restart_button.setEnabled(r.change and r.in_arb)

    def current_suspension(self) -> arb.Suspension | None:
        items = self.panel.overview.suspensions if self.panel.overview else ()
        row = self.suspensions.currentRow()
        return items[row] if 0 <= row < len(items) else None

    def open_extension(self) -> dlg.ExtensionDialog | None:
        panel = self.panel
        if panel.detail is None or panel.dialog is not None or not self.extension_button.isEnabled():
            return None
        ctx, case_id = panel.ctx, panel.detail.summary.id

        def save(v: dict[str, Any]) -> Any:
            arb.approve_extension(ctx.uow, ctx.principal, case_id=case_id, **v)
            return True

        return panel.open(dlg.ExtensionDialog(save, parent=panel),  # type: ignore[return-value]
                          lambda r: r and panel.changed(self.tr("已登记延长审理期限十五日。")))

    def open_suspension(self) -> dlg.SuspensionDialog | None:
        panel = self.panel
        if panel.detail is None or panel.dialog is not None or not self.suspension_button.isEnabled():
            return None
        ctx, case_id = panel.ctx, panel.detail.summary.id

        def save(v: dict[str, Any]) -> Any:
            return arb.add_suspension(ctx.uow, ctx.principal, case_id=case_id, **v)

        return panel.open(dlg.SuspensionDialog(save, parent=panel),  # type: ignore[return-value]
                          lambda r: r is not None and panel.changed(self.tr("已登记{kind}，该期间不计入审理期限。").format(
                              kind=label(r.kind_label))))

    def open_end_suspension(self) -> dlg.DateDialog | None:
        s, panel = self.current_suspension(), self.panel
        if s is None or panel.dialog is not None or not self.end_suspension_button.isEnabled():
            return None
        ctx = panel.ctx

        def save(v: dict[str, Any]) -> Any:
            return arb.end_suspension(ctx.uow, ctx.principal, suspension_id=s.id, end=v["end"])

        return panel.open(dlg.DateDialog(self.tr("结束中止"), self.tr("最后一日"), save, key="end",  # type: ignore[return-value]
                                         parent=panel),
                          lambda r: r is not None and panel.changed(self.tr("已登记恢复审理。")))

    def open_restart(self) -> dlg.RestartDialog | None:
        panel = self.panel
        if panel.detail is None or panel.dialog is not None or not self.restart_button.isEnabled():
            return None
        ctx, case_id = panel.ctx, panel.detail.summary.id

        def save(v: dict[str, Any]) -> Any:
            arb.record_restart(ctx.uow, ctx.principal, case_id=case_id, **v)
            return True

        return panel.open(dlg.RestartDialog(save, parent=panel),  # type: ignore[return-value]
                          lambda r: r and panel.changed(self.tr("已登记，仲裁期限重新计算。")))
