"""The agreement and its performance (调解协议与履行): the items with their state, the entries
recorded against them (a reversal keeps the original), the advice on default (payment order or
arbitration) and the deadlines of the joint applications for arbitral review or judicial confirmation;
a failed mediation shows its date and reason here instead."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from mediation_desk.domain.mediation import NextStep
from mediation_desk.services import clock
from mediation_desk.services import mediation as mediation_service
from mediation_desk.ui.dialogs.mediation_base import yuan_text
from mediation_desk.ui.forms.mediation_agreement_section_ui import Ui_MediationAgreementSection
from mediation_desk.ui.labels import format_date, label, label_text
from mediation_desk.ui.views.mediation.common import OK_STYLE, OVERDUE_STYLE, STATE_COLOURS, fit_columns, selected_row
from mediation_desk.ui.widgets import fill_table


class MediationAgreementSection(QWidget):
    """The layout is ``ui/mediation_agreement_section.ui``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MediationAgreementSection()
        self.ui.setupUi(self)
        fit_columns(self.ui.items, self.ui.entries)
        self.agreement: mediation_service.AgreementStatus | None = None

    # ---- showing ----
    def show_overview(self, o: mediation_service.MediationOverview | None) -> None:
        ui = self.ui
        a = self.agreement = o.agreement if o else None
        if a is not None:
            ui.agreement_label.setText(self.tr("调解协议于{day}生效：约定合计 {total}，已履行 {paid}。").format(
                day=format_date(a.agreed_on), total=yuan_text(a.total), paid=yuan_text(a.paid)))
            fill_table(ui.items, [[str(r.position), r.item.obligor, r.item.content, yuan_text(r.item.amount),
                                   yuan_text(r.item.paid) if r.item.amount is not None else "",
                                   r.item.due_on.isoformat() if r.item.due_on else "",
                                   label(r.state)] for r in a.items],
                       [STATE_COLOURS.get(r.state) for r in a.items])
            positions = {r.id: r.position for r in a.items}
            fill_table(ui.entries, [[str(positions.get(e.item_id, "")), e.performed_on.isoformat(),
                                     yuan_text(e.amount), self.entry_note(e),
                                     e.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M")]
                                    for e in self.entries()])
            ui.items.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            ui.advice_label.setText(label_text(a.advice.reason))
            ui.advice_label.setStyleSheet(OVERDUE_STYLE if a.advice.step is not NextStep.NONE else OK_STYLE)
            if a.advice.step is NextStep.PAYMENT_ORDER:
                ui.advice_button.setText(self.tr("生成支付令申请书…"))
            elif a.advice.step is NextStep.ARBITRATION:
                ui.advice_button.setText(self.tr("申请仲裁…"))
            ui.advice_button.setVisible(a.advice.step is not NextStep.NONE)
            ui.joint_label.setText(self.joint_text(a))
        elif o is not None and o.outcome is not None and o.outcome.outcome == mediation_service.FAILED:
            ui.agreement_label.setText(self.tr("调解不成（{day}）：{reason}。").format(
                day=format_date(o.outcome.decided_on), reason=o.outcome.reason))
        else:
            ui.agreement_label.setText(self.tr("尚未达成调解协议。"))
        if a is None:
            fill_table(ui.items, [])
            fill_table(ui.entries, [])
            ui.advice_label.setText("")
            ui.advice_button.hide()
            ui.joint_label.setText("")

    def joint_text(self, a: mediation_service.AgreementStatus) -> str:
        """The joint applications made, or the days left to make them."""
        if a.applied:
            names = {"arbitration_review_applied": self.tr("已申请仲裁审查"),
                     "judicial_confirmation_applied": self.tr("已申请司法确认")}
            return self.tr("；").join(names[k] for k in a.applied) + self.tr("。")
        parts = []
        today = clock.today()
        for d in a.deadlines:
            if d.due is None:
                continue
            left = (d.due - today).days
            when = self.tr("剩 {n} 天").format(n=left) if left >= 0 else self.tr("已逾期 {n} 天").format(n=-left)
            name = {"mediation_review": self.tr("调解协议仲裁审查申请期限"),
                    "judicial_confirmation": self.tr("调解协议司法确认申请期限")}.get(d.code, d.name)
            parts.append(self.tr("{name}：{due}（{when}）").format(name=name, due=format_date(d.due), when=when))
        if not parts:
            return self.tr("仲裁审查（15日）和司法确认（30日）的申请期限已过或已不需要。")
        return self.tr("；").join(parts)

    def entry_note(self, e: mediation_service.Performance) -> str:
        if e.is_correction:
            return self.tr("冲正记录（理由：{reason}）").format(reason=e.reason)
        if e.id in self.reversed_ids():
            return self.tr("已冲正") + (f"；{e.note}" if e.note else "")
        return e.note

    # ---- the records shown ----
    def entries(self) -> tuple[mediation_service.Performance, ...]:
        return self.agreement.performances if self.agreement is not None else ()

    def reversed_ids(self) -> set[int]:
        return {e.reverses_id for e in self.entries() if e.reverses_id is not None}

    def current_item(self) -> mediation_service.ItemStatus | None:
        a, row = self.agreement, self.ui.items.currentRow()
        if a is None or row < 0 or row >= len(a.items):
            return None
        return a.items[row]

    def current_entry(self) -> mediation_service.Performance | None:
        entries = self.entries()
        row = selected_row(self.ui.entries, len(entries))
        return entries[row] if row is not None else None
