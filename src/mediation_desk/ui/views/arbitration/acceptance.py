"""受理审查: the acceptance conditions (办案规则第三十条), the jurisdiction test (place of
performance before the employer's seat), the decision within the five-day clock, and the notices
that follow from it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import CaseStatus
from mediation_desk.services import arbitration as arb
from mediation_desk.services import clock
from mediation_desk.ui.dialogs import arbitration_dialogs as dlg
from mediation_desk.ui.forms.arbitration_acceptance_section_ui import Ui_AcceptanceSection
from mediation_desk.ui.views.arbitration.common import OK_STYLE, WARN_STYLE, Ready, Section, label
from mediation_desk.ui.widgets import day_text


class AcceptanceSection(Section):
    """The acceptance review; the layout is ``ui/arbitration_acceptance_section.ui``."""

    DOCUMENTS = ("acceptance_notice", "respondent_notice", "non_acceptance_notice", "jurisdiction_explanation")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AcceptanceSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.condition_checks: dict[str, QCheckBox] = {}
        self.condition_notes: dict[str, QLineEdit] = {}
        for row, (code, text, item) in enumerate(arb.ACCEPTANCE_CONDITIONS):
            check = QCheckBox(self.tr("（{n}）{condition}").format(n=item, condition=label(text)))
            check.setChecked(True)
            check.toggled.connect(self.show_decision)
            note = QLineEdit()
            note.setPlaceholderText(self.tr("审查意见（不符合时写明）"))
            ui.conditions_grid.addWidget(check, row, 0)
            ui.conditions_grid.addWidget(note, row, 1)
            self.condition_checks[code] = check
            self.condition_notes[code] = note
        ui.conditions_grid.setColumnStretch(0, 3)
        ui.conditions_grid.setColumnStretch(1, 2)
        self.performance_place, self.employer_seat = ui.performance_place, ui.employer_seat
        self.commission_area, self.seized = ui.commission_area, ui.seized
        self.commission_area.setText(jurisdiction.venue().commission_area)
        self.jurisdiction_button, self.jurisdiction_label = ui.jurisdiction_button, ui.jurisdiction_label
        self.jurisdiction_button.clicked.connect(self.check_jurisdiction)
        self.decision_label, self.decided_on, self.reasons = ui.decision_label, ui.decided_on, ui.reasons
        self.competent_commission, self.then_status = ui.competent_commission, ui.then_status
        self.then_status.addItem(self.tr("移送法院（告知起诉权利）"), CaseStatus.HANDOFF.value)
        self.then_status.addItem(self.tr("结案"), CaseStatus.CLOSED.value)
        self.decide_button, self.review_result = ui.decide_button, ui.review_result
        self.decide_button.clicked.connect(self.decide)
        self.review_doc_buttons = {"acceptance_notice": ui.acceptance_notice_button,
                                   "respondent_notice": ui.respondent_notice_button,
                                   "non_acceptance_notice": ui.non_acceptance_notice_button,
                                   "jurisdiction_explanation": ui.jurisdiction_explanation_button}
        for code, button in self.review_doc_buttons.items():
            button.clicked.connect(lambda _=False, c=code: self.panel.render(c))
        self._today()

    def _today(self) -> None:
        today = clock.today()
        self.decided_on.setDate(QDate(today.year, today.month, today.day))

    def clear(self) -> None:
        for check in self.condition_checks.values():
            check.blockSignals(True)
            check.setChecked(True)
            check.blockSignals(False)
        for edit in (*self.condition_notes.values(), self.performance_place, self.employer_seat, self.reasons,
                     self.competent_commission):
            edit.clear()
        self.commission_area.setText(jurisdiction.venue().commission_area)
        self.seized.setChecked(False)
        self.jurisdiction_label.clear()
        self.review_result.clear()
        self.then_status.setCurrentIndex(0)
        self._today()

    def show_overview(self, overview: arb.ArbitrationOverview | None) -> None:
        review = overview.review if overview else None
        if review is not None:
            text = self.tr("{day}决定：{decision}。").format(day=day_text(review.decided_on),
                                                           decision=label(review.decision_label))
            if review.reasons:
                text += review.reasons
            self.review_result.setText(text)
            for code, check in self.condition_checks.items():
                entry = review.checklist.get(code, {})
                check.blockSignals(True)
                check.setChecked(bool(entry.get("met", True)))
                check.blockSignals(False)
                self.condition_notes[code].setText(entry.get("note", ""))
            self.competent_commission.setText(review.competent_commission)
        else:
            self.review_result.setText("")
        self.show_decision()

    def update_buttons(self, r: Ready) -> None:
        o = self.panel.overview
        review = o.review if o else None
        self.decide_button.setEnabled(r.change and r.in_review)
        for check in self.condition_checks.values():
            check.setEnabled(self.panel.can_change and r.in_review)
        buttons = self.review_doc_buttons
        buttons["acceptance_notice"].setEnabled(r.render and r.accepted)
        buttons["respondent_notice"].setEnabled(r.render and r.accepted)
        buttons["non_acceptance_notice"].setEnabled(r.render and review is not None
                                                    and review.decision == arb.NOT_ACCEPT)
        buttons["jurisdiction_explanation"].setEnabled(r.render and review is not None
                                                       and review.decision == arb.WRONG_COMMISSION)

    def checklist(self) -> dict[str, bool]:
        return {code: check.isChecked() for code, check in self.condition_checks.items()}

    def show_decision(self, *_args: Any) -> None:
        decision = arb.acceptance_decision(self.checklist())
        texts = {arb.ACCEPT: self.tr("受理：案件转入仲裁审理，生成受理通知书和应诉通知书。"),
                 arb.NOT_ACCEPT: self.tr("不予受理：书面说明理由，并告知申请人可以就该争议事项向人民法院提起诉讼。"),
                 arb.WRONG_COMMISSION: self.tr("不属于本委管辖：书面告知申请人向有管辖权的仲裁委员会申请，不出具不予受理通知书。")}
        self.decision_label.setText(texts[decision])
        self.decision_label.setStyleSheet(OK_STYLE if decision == arb.ACCEPT else WARN_STYLE)
        self.competent_commission.setEnabled(decision == arb.WRONG_COMMISSION)
        self.then_status.setEnabled(decision == arb.NOT_ACCEPT)
        self.reasons.setEnabled(decision != arb.ACCEPT)

    def check_jurisdiction(self) -> None:
        ok, text = arb.jurisdiction_check(performance_place=self.performance_place.text(),
                                          employer_seat=self.employer_seat.text(),
                                          commission_area=self.commission_area.text(),
                                          performance_place_seized=self.seized.isChecked())
        self.jurisdiction_label.setText(text)
        self.jurisdiction_label.setStyleSheet(OK_STYLE if ok else WARN_STYLE)
        self.condition_checks["jurisdiction"].setChecked(ok)
        if not ok:
            self.condition_notes["jurisdiction"].setText(text)

    def decide(self) -> None:
        panel = self.panel
        if panel.detail is None or not self.decide_button.isEnabled():
            return
        ctx, case_id = panel.ctx, panel.detail.summary.id
        checklist = self.checklist()
        notes = {c: e.text().strip() for c, e in self.condition_notes.items() if e.text().strip()}
        decided_on = dlg.py_date(self.decided_on)
        reasons, commission = self.reasons.text(), self.competent_commission.text()
        then = CaseStatus(self.then_status.currentData())
        decision = arb.acceptance_decision(checklist)

        def work(_progress: Any) -> arb.AcceptanceReview:
            return arb.review_application(ctx.uow, ctx.principal, case_id=case_id, checklist=checklist,
                                          decided_on=decided_on, notes=notes, reasons=reasons,
                                          competent_commission=commission,
                                          then_status=then if decision == arb.NOT_ACCEPT else None)

        def done(review: arb.AcceptanceReview) -> None:
            text = self.tr("已作出决定：{decision}。").format(decision=label(review.decision_label))
            if review.late:
                text += self.tr("注意：已超过五日审查期限（{due}）。").format(due=day_text(review.due))
            panel.changed(text)

        panel.run(self.tr("受理审查"), work, done)
