"""劳动关系认定工作表: one case's worksheet per respondent chain.

The mediator or arbitrator answers each factor (with the enterprise that exercised it, a note
and the evidence behind it), records who actually managed, paid and disciplined and the facts
that give warnings, reads the recommendation as it changes, and confirms or overrides it with a
written reason, which saves a new version. The history lists every version: who decided what
and when.

Loading, pre-filling from the work records and saving run on the worker thread; the
recommendation itself is the pure domain function, computed on the UI thread from weights
loaded once with the case. The layout is ``ui/worksheet_panel.ui``; each section is its own
widget (``sections``, ``decision``, ``assessment``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from mediation_desk.domain.cases import CaseDetail
from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.evidence import EvidenceItem
from mediation_desk.domain.relationship import FACTORS, Assessment, RelationshipWeights
from mediation_desk.domain.users import Permission
from mediation_desk.services import evidence as evidence_service
from mediation_desk.services import work_records as wr
from mediation_desk.services import worksheets as ws
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE, NOTICE_STYLE
from mediation_desk.ui.forms.worksheet_panel_ui import Ui_WorksheetPanel
from mediation_desk.ui.labels import format_datetime
from mediation_desk.ui.views.case_tab import CaseTab
from mediation_desk.ui.views.worksheet.sections import fill_enterprise_combos
from mediation_desk.ui.views.worksheet.widgets import FactorRow, category_label, tr_label

DRAFT_DELAY_MS = 120


class WorksheetPanel(CaseTab):
    """The worksheet of the case given to ``set_case``; ``saved`` is emitted with each new version."""

    saved = Signal(object)  # the WorksheetVersion just stored

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: list[EvidenceItem] = []
        self.versions: list[ws.WorksheetVersion] = []
        self.weights: RelationshipWeights | None = None
        self.has_work_records = False
        self.loading = False
        self.saving = False
        self.prefilling = False
        self._filling = False
        self._epoch = 0  # a pre-fill or save started before the latest set_case is not shown
        self.can_decide = ctx.principal.can(Permission.CHANGE_CASE_STATUS)

        self.ui = Ui_WorksheetPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.heading, self.standing, self.prefill_button = ui.heading, ui.standing, ui.prefill_button
        self.notice, self.form_scroll, self.result = ui.notice, ui.form_scroll, ui.result
        self.splitter, self.right, self.right_tabs = ui.splitter, ui.right, ui.right_tabs
        self.chain_section, self.factors_section = ui.chain_section, ui.factors_section
        self.employer_section, self.facts_section = ui.employer_section, ui.facts_section
        self.decision, self.history_section = ui.decision_section, ui.history_section
        # the widgets by the names the rest of the case view (and its tests) use
        self.contract_label: QLineEdit = self.chain_section.contract_label
        self.rows: dict[str, FactorRow] = self.factors_section.rows
        self.function_combos: dict[str, QComboBox] = self.employer_section.function_combos
        self.fact_checks: dict[str, QCheckBox] = self.facts_section.fact_checks
        self.fact_texts: dict[str, QLineEdit] = self.facts_section.fact_texts
        d = self.decision
        self.confirm_radio, self.override_radio, self.final_category = d.confirm_radio, d.override_radio, d.final_category
        self.reason, self.reason_error, self.save_button = d.reason, d.reason_error, d.save_button
        self.history, self.history_reason = self.history_section.history, self.history_section.history_reason
        self.load_version_button = self.history_section.load_version_button

        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # the recommendation and the versions share one area, so that on a 1366×768 screen the
        # recommendation keeps most of the height; the decision stays visible below either
        self.right.setStretchFactor(0, 1)
        self.right.setStretchFactor(1, 0)

        self.prefill_button.clicked.connect(self.prefill)
        self.chain_section.members_changed.connect(self._chain_changed)
        self.chain_section.edited.connect(self.schedule_draft)
        self.factors_section.level_edited.connect(self._level_edited)
        for section in (self.factors_section, self.employer_section, self.facts_section):
            section.edited.connect(self.schedule_draft)
        self.save_button.clicked.connect(self.save)
        self.history_section.load_requested.connect(self.load_version)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.refresh_assessment)
        self.set_case(None)

    # ---- the case ----
    @property
    def case(self) -> CaseDetail | None:
        return self.detail

    @property
    def members(self) -> tuple[ws.ChainMember, ...]:
        return self.chain_section.members

    @property
    def chain_checks(self) -> list[tuple[ws.ChainMember, QCheckBox, QCheckBox]]:
        return self.chain_section.chain_checks

    @property
    def assessment(self) -> Assessment | None:
        return self.decision.assessment

    @assessment.setter
    def assessment(self, value: Assessment | None) -> None:
        self.decision.assessment = value

    def set_case(self, detail: CaseDetail | None) -> None:
        """Start afresh, even on the same case: the form shows the case's latest saved version."""
        self._epoch += 1
        self.detail = None
        super().set_case(detail)

    def read_title(self) -> str:
        return self.tr("读取工作表")

    def read_state(self, case_id: int) -> tuple:
        uow, principal = self.ctx.uow, self.ctx.principal
        items = evidence_service.list_evidence(uow, principal, case_id=case_id)
        versions = ws.list_worksheets(uow, principal, case_id=case_id)
        imports = wr.list_work_record_imports(uow, principal, case_id=case_id)
        return items, versions, ws.load_weights(), bool(imports)

    def reload(self) -> None:
        if self.case_id is not None:
            self.loading = True
        super().reload()

    def show_state(self, state: tuple | None) -> None:
        if state is None:
            self._clear_case()
        else:
            self._loaded(state)

    def update_actions(self) -> None:
        """Until the case's worksheet is read, nothing can be saved or pre-filled."""
        self.form_scroll.setEnabled(self.detail is not None)
        if self.loading or self.detail is None:
            self.save_button.setEnabled(False)
            self.prefill_button.setEnabled(False)

    def say(self, exc: BaseException) -> bool:
        """A refusal goes to the notice line above the form."""
        self.loading = self.prefilling = False
        if isinstance(exc, AppError):
            self.show_notice(exc.text(current_lang()), error=True)
            return True
        return False

    def _clear_case(self) -> None:
        detail = self.detail
        self.items, self.versions, self.assessment = [], [], None
        self.has_work_records = False
        self.loading = self.saving = self.prefilling = False
        self._draft_timer.stop()
        self.notice.clear()
        self.notice.hide()
        self.chain_section.set_members(ws.respondent_chain(detail) if detail is not None else ())
        self._refresh_enterprise_combos()
        self.clear_form()
        self.decision.reset()
        self._fill_history()
        self.form_scroll.setEnabled(detail is not None)
        self.save_button.setEnabled(False)
        self.prefill_button.setEnabled(False)
        self.result.show_note(self.tr("选择一个案件后，在这里填写劳动关系认定工作表。") if detail is None
                              else self.tr("正在读取…"))

    def _loaded(self, result: tuple) -> None:
        self.items, self.versions, self.weights, self.has_work_records = result
        for row in self.rows.values():
            row.evidence.set_items(self.items)
        self._fill_history()
        self.prefill_button.setEnabled(self.has_work_records)
        if not self.has_work_records:
            self.prefill_button.setToolTip(self.tr("本案还没有导入平台工作记录"))
        self.save_button.setEnabled(self.can_decide)
        if self.versions:
            self.load_version(self.versions[0])
        self.loading = False
        self.refresh_assessment()

    # ---- the chain ----
    def chain(self) -> tuple[ws.ChainMember, ...]:
        return self.chain_section.chain()

    def _chain_changed(self) -> None:
        self._refresh_enterprise_combos()
        self.schedule_draft()

    def _refresh_enterprise_combos(self) -> None:
        combos = [r.actor for r in self.rows.values()] + list(self.function_combos.values())
        fill_enterprise_combos(combos, [m.name for m in self.chain()], self.tr("（未注明）"))

    # ---- the form ----
    def clear_form(self) -> None:
        self._filling = True
        try:
            self.factors_section.clear()
            for combo in self.function_combos.values():
                combo.setCurrentIndex(0)
            self.facts_section.clear()
            self.contract_label.clear()
            self.decision.clear()
        finally:
            self._filling = False

    def load_version(self, version: ws.WorksheetVersion) -> None:
        """Put a saved version's chain, answers and context into the form (to continue from it)."""
        self._filling = True
        try:
            self.chain_section.load(version)
            self._refresh_enterprise_combos()
            self.factors_section.load(version.answers)
            self.employer_section.load(version.context)
            for code in ws.FACT_KEYS:
                self.facts_section.set_fact(code, version.context.facts.get(code))
            self.confirm_radio.setChecked(True)
            self.reason.clear()
        finally:
            self._filling = False
        self.schedule_draft()

    def answers(self) -> dict[str, ws.WorksheetAnswer]:
        return self.factors_section.answers()

    def context(self) -> ws.WorksheetContext:
        return ws.WorksheetContext(**self.employer_section.values(), facts=self.facts_section.facts(),
                                   contract_label=self.contract_label.text().strip())

    def _level_edited(self, key: str) -> None:
        if not self._filling:
            self.rows[key].set_source("")  # no longer the pre-filled answer
        self.schedule_draft()

    # ---- the recommendation ----
    def schedule_draft(self, *_args: Any) -> None:
        if not self._filling:
            self._draft_timer.start()

    def refresh_assessment(self) -> None:
        self._draft_timer.stop()
        if self.detail is None or self.weights is None:
            return
        labels = ws.evidence_labels(self.items)
        try:
            self.assessment = ws.draft_assessment(self.answers(), self.context(), chain=self.chain(), evidence=labels,
                                                  weights=self.weights)
        except ValidationError as exc:
            self.assessment = None
            self.result.show_warning(exc.text(current_lang()))
            return
        self.result.show_assessment(self.assessment)
        self.decision.offer(self.assessment)

    def headline(self, a: Assessment) -> str:
        """The recommendation's headline in the UI language."""
        return self.result.headline(a)

    def render_assessment(self, a: Assessment) -> str:
        return self.result.render_assessment(a)

    def result_text(self) -> str:
        return self.result.toPlainText()

    # ---- pre-filling ----
    def prefill(self) -> None:
        if self.detail is None:
            return
        self.prefilling = True
        self.prefill_button.setEnabled(False)
        epoch, uow, principal, case_id = self._epoch, self.ctx.uow, self.ctx.principal, self.detail.summary.id

        def done(prefill: ws.WorkRecordPrefill | None) -> None:
            if epoch == self._epoch:
                self._prefilled(prefill)

        def failed(exc: BaseException) -> bool:
            return True if epoch != self._epoch else self.say(exc)

        self.run_action(self.tr("从工作记录预填"),
                        lambda _progress: ws.prefill_from_work_records(uow, principal, case_id=case_id),
                        done=done, failed=failed, show_progress=False, reload_after=False)

    def _prefilled(self, prefill: ws.WorkRecordPrefill | None) -> None:
        self.prefilling = False
        self.prefill_button.setEnabled(True)
        if prefill is None:
            self.show_notice(self.tr("本案还没有导入平台工作记录，请先在“工作记录”中导入。"))
            return
        self._filling = True
        try:
            self.factors_section.prefill(prefill.factors, prefill.source)
            self.facts_section.prefill(prefill.facts)
        finally:
            self._filling = False
        names = (", " if current_lang() == "en" else "、").join(tr_label(FACTORS[k].short) for k in prefill.factors)
        text = self.tr("已按工作记录预填 {factors}，请与排班、考勤、聊天记录等证据核对后再作决定。{source}").format(
            factors=names, source=prefill.source)
        if "time_autonomy" not in prefill.factors:
            text += self.tr("订单记录只反映接单的时间，不能说明工作时间由谁决定，“工作时间”未预填。")
        self.show_notice(text)
        self.schedule_draft()

    def show_notice(self, text: str, *, error: bool = False) -> None:
        self.notice.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ---- saving ----
    def save(self) -> None:
        if self.detail is None or self.saving or not self.can_decide:
            return
        self.refresh_assessment()
        override = self.decision.override()
        reason = self.decision.reason_text()
        self.reason_error.hide()
        if override and not reason:
            self.decision.show_error(self.tr("改定建议结论时必须写明理由。"))
            return
        self.saving = True
        self.save_button.setEnabled(False)
        epoch, uow, principal, case_id = self._epoch, self.ctx.uow, self.ctx.principal, self.detail.summary.id
        chain, answers, context = self.chain(), self.answers(), self.context()
        decision = ws.OVERRIDDEN if override else ws.CONFIRMED
        final = self.final_category.currentData() if override else None

        def work(_progress: Any) -> ws.WorksheetVersion:
            return ws.save_worksheet(uow, principal, case_id=case_id, chain=chain, answers=answers, context=context,
                                     decision=decision, final_category=final, reason=reason)

        def done(version: ws.WorksheetVersion) -> None:
            if epoch == self._epoch:
                self._saved(version)

        def failed(exc: BaseException) -> bool:
            return True if epoch != self._epoch else self._save_failed(exc)

        self.run_action(self.tr("保存工作表"), work, done=done, failed=failed, show_progress=False,
                        reload_after=False)

    def _save_failed(self, exc: BaseException) -> bool:
        self.saving = False
        self.save_button.setEnabled(self.can_decide)
        if isinstance(exc, ValidationError):
            self.decision.show_error("；".join(exc.fields.values()) or exc.text(current_lang()))
            return True
        if isinstance(exc, AppError):
            self.decision.show_error(exc.text(current_lang()))
            return True
        return False

    def _saved(self, version: ws.WorksheetVersion) -> None:
        self.saving = False
        self.save_button.setEnabled(self.can_decide)
        self.versions.insert(0, version)
        self._fill_history()
        self.history.selectRow(0)
        self.history_section.selection_changed()
        self.reason.clear()
        self.confirm_radio.setChecked(True)
        self.decision.offer(self.assessment)
        what = (self.tr("改定为“{final}”").format(final=category_label(version.final_category)) if version.overridden
                else self.tr("确认“{final}”").format(final=category_label(version.final_category)))
        self.show_notice(self.tr("已保存第 {n} 版：{what}。").format(n=version.version, what=what))
        self.saved.emit(version)

    # ---- versions ----
    def _fill_history(self) -> None:
        if self.versions:
            v = self.versions[0]
            what = self.tr("改定为") if v.overridden else self.tr("确认")
            self.standing.setText(self.tr("现行认定：第{n}版，{who}{what}“{final}”（{when}）").format(
                n=v.version, who=v.decided_by_name or v.decided_by, what=what,
                final=category_label(v.final_category), when=format_datetime(v.decided_at)))
        else:
            self.standing.setText(self.tr("尚未作出决定。"))
        self.history_section.fill(self.versions)

    def load_selected_version(self) -> None:
        self.history_section.load_selected_version()


__all__ = ["WorksheetPanel"]
