"""劳动关系认定工作表: one case's worksheet per respondent chain.

The mediator or arbitrator answers each factor (with the enterprise that exercised it, a note
and the evidence behind it), records who actually managed, paid and disciplined and the facts
that give warnings, reads the recommendation as it changes, and confirms or overrides it with a
written reason, which saves a new version. The history lists every version: who decided what
and when.

Loading, pre-filling from the work records and saving run on the worker thread; the
recommendation itself is the pure domain function, computed on the UI thread from weights
loaded once with the case.
"""

from __future__ import annotations

import html
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QRadioButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from mediation_desk.domain.cases import CaseDetail, ClaimKind, EnterpriseRole
from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.evidence import EvidenceItem
from mediation_desk.domain.relationship import (CONTEXT_KEYS, EMPLOYER_FUNCTIONS, FACTORS,
                                                REGISTERED_INDIVIDUAL_BUSINESS, Assessment, RelationshipCategory,
                                                RelationshipWeights)
from mediation_desk.domain.users import Permission
from mediation_desk.services import evidence as evidence_service
from mediation_desk.services import work_records as wr
from mediation_desk.services import worksheets as ws
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE, NOTICE_STYLE
from mediation_desk.ui.labels import format_datetime, label
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.worksheet_widgets import (CATALOG, FACT_LABELS, EvidencePicker,  # noqa: F401
                                                       FactorRow, StayOpenMenu, category_label, tr_label)

DRAFT_DELAY_MS = 120
_MUTED = "color: #666666;"
_CATEGORY_COLOUR = {"labor_relationship": "#1f4e79", "incomplete_labor_relationship": "#8a5a00",
                    "civil_relationship": "#3d5a3d"}

# The domain's labels (Chinese) offered to the translators once; looked up with tr_label().
def _e(text: object) -> str:
    return html.escape(str(text or ""))


# Work on the worker thread: plain functions of plain values.

def _load(uow: Any, principal: Any, case_id: int, _progress: Any) -> tuple:
    items = evidence_service.list_evidence(uow, principal, case_id=case_id)
    versions = ws.list_worksheets(uow, principal, case_id=case_id)
    imports = wr.list_work_record_imports(uow, principal, case_id=case_id)
    return items, versions, ws.load_weights(), bool(imports)


def _prefill(uow: Any, principal: Any, case_id: int, _progress: Any) -> ws.WorkRecordPrefill | None:
    return ws.prefill_from_work_records(uow, principal, case_id=case_id)


def _save(uow: Any, principal: Any, case_id: int, chain: tuple, answers: dict, context: ws.WorksheetContext,
          decision: str, final: str | None, reason: str, _progress: Any) -> ws.WorksheetVersion:
    return ws.save_worksheet(uow, principal, case_id=case_id, chain=chain, answers=answers, context=context,
                             decision=decision, final_category=final, reason=reason)

class WorksheetPanel(QWidget):
    """The worksheet of the case given to ``set_case``; ``saved`` is emitted with each new version."""

    saved = Signal(object)  # the WorksheetVersion just stored

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: CaseDetail | None = None
        self.members: tuple[ws.ChainMember, ...] = ()
        self.items: list[EvidenceItem] = []
        self.versions: list[ws.WorksheetVersion] = []
        self.weights: RelationshipWeights | None = None
        self.assessment: Assessment | None = None
        self.has_work_records = False
        self.loading = False
        self.saving = False
        self.prefilling = False
        self._filling = False
        self._generation = 0
        self._forced_override = False  # the override was chosen because nothing could be confirmed
        self.can_decide = ctx.principal.can(Permission.CHANGE_CASE_STATUS)

        # ---- top bar ----
        self.heading = QLabel(self.tr("劳动关系认定工作表"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.prefill_button = QPushButton(self.tr("从工作记录预填"))
        self.prefill_button.setToolTip(self.tr("按本案最近一次导入的平台工作记录，预填“工作时间”和“工作持续性”，"
                                               "并标记低于最低工资、连续工作超过4小时无休息的事实"))
        self.prefill_button.clicked.connect(self.prefill)
        self.notice = QLabel()
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.standing = QLabel()
        self.standing.setStyleSheet(_MUTED)
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addSpacing(12)
        bar.addWidget(self.standing, 1)
        bar.addWidget(self.prefill_button)

        # ---- the chain ----
        self.chain_box = QGroupBox(self.tr("用工链条（本案的被申请人、第三人）"))
        self.chain_grid = QGridLayout(self.chain_box)
        self.chain_checks: list[tuple[ws.ChainMember, QCheckBox, QCheckBox]] = []
        self.contract_label = QLineEdit()
        self.contract_label.setPlaceholderText(self.tr("如：合作协议、承揽协议、劳务协议"))
        self.contract_label.textChanged.connect(self.schedule_draft)

        # ---- the factors ----
        self.factor_box = QGroupBox(self.tr("因素"))
        grid = QGridLayout(self.factor_box)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for c, text in enumerate((self.tr("因素"), self.tr("回答"), self.tr("实施企业"), self.tr("具体事实"),
                                  self.tr("证据"))):
            head = QLabel(text)
            head.setStyleSheet(_MUTED)
            grid.addWidget(head, 0, c)
        self.rows: dict[str, FactorRow] = {}
        factors = [*FACTORS.values(), CONTEXT_KEYS[REGISTERED_INDIVIDUAL_BUSINESS]]
        for i, factor in enumerate(factors):
            row = FactorRow(factor, with_actor=factor.key in FACTORS)
            r = 1 + 2 * i
            grid.addWidget(row.title, r, 0)
            grid.addWidget(row.level, r, 1)
            grid.addWidget(row.actor, r, 2)
            grid.addWidget(row.note, r, 3)
            grid.addWidget(row.evidence, r, 4)
            grid.addWidget(row.source, r + 1, 1, 1, 4)
            row.level.currentIndexChanged.connect(lambda _i, k=factor.key: self._level_edited(k))
            row.actor.currentIndexChanged.connect(self.schedule_draft)
            row.note.textChanged.connect(self.schedule_draft)
            row.evidence.changed.connect(self.schedule_draft)
            self.rows[factor.key] = row
        grid.setColumnStretch(3, 1)

        # ---- who managed, paid, disciplined ----
        self.employer_box = QGroupBox(self.tr("实际用工管理（由哪家企业实施）"))
        eg = QGridLayout(self.employer_box)
        self.function_combos: dict[str, QComboBox] = {}
        for i, (function, text) in enumerate(EMPLOYER_FUNCTIONS.items()):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.schedule_draft)
            eg.addWidget(QLabel(tr_label(text)), i // 2, 2 * (i % 2))
            eg.addWidget(combo, i // 2, 2 * (i % 2) + 1)
            self.function_combos[function] = combo
        eg.setColumnStretch(1, 1)
        eg.setColumnStretch(3, 1)

        # ---- fact flags ----
        self.facts_box = QGroupBox(self.tr("事实标记（产生警示）"))
        fg = QGridLayout(self.facts_box)
        fg.setVerticalSpacing(2)
        self.fact_checks: dict[str, QCheckBox] = {}
        self.fact_texts: dict[str, QLineEdit] = {}
        for i, code in enumerate(ws.FACT_KEYS):
            check = QCheckBox(tr_label(FACT_LABELS[code]))
            text = QLineEdit()
            text.setPlaceholderText(self.tr("事实和证据（如：入职时收取押金500元，见证据2）"))
            text.setEnabled(False)
            check.toggled.connect(text.setEnabled)
            check.toggled.connect(self.schedule_draft)
            text.textChanged.connect(self.schedule_draft)
            fg.addWidget(check, i, 0)
            fg.addWidget(text, i, 1)
            self.fact_checks[code] = check
            self.fact_texts[code] = text
        fg.setColumnStretch(1, 1)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 6, 0)
        for box in (self.chain_box, self.factor_box, self.employer_box, self.facts_box):
            form_layout.addWidget(box)
        form_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form)

        # ---- the recommendation ----
        self.result = QTextBrowser()
        self.result.setOpenLinks(False)
        self.result.document().setDefaultStyleSheet(
            "h2 { font-size: 13pt; margin: 0 0 4px 0; } h3 { font-size: 10.5pt; margin: 10px 0 2px 0; color: #1f4e79; }"
            " .muted { color: #666666; } .warn { color: #9f1d14; } li { margin-bottom: 3px; }")

        # ---- the decision ----
        self.decision_box = QGroupBox(self.tr("调解员、仲裁员的决定"))
        dg = QGridLayout(self.decision_box)
        self.confirm_radio = QRadioButton(self.tr("确认建议结论"))
        self.override_radio = QRadioButton(self.tr("改定为"))
        self.decision_group = QButtonGroup(self)
        self.decision_group.addButton(self.confirm_radio)
        self.decision_group.addButton(self.override_radio)
        self.confirm_radio.setChecked(True)
        self.final_category = QComboBox()
        for category in RelationshipCategory:
            self.final_category.addItem(tr_label(category.label), category.value)
        self.final_category.setEnabled(False)
        self.override_radio.toggled.connect(self._decision_changed)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("理由（改定时必填）：依据哪些事实和证据作出决定"))
        self.reason.setMaximumHeight(self.fontMetrics().height() * 3 + 12)
        self.reason_error = QLabel()
        self.reason_error.setStyleSheet(ERROR_STYLE)
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        self.save_button = QPushButton(self.tr("保存为新版本"))
        self.save_button.clicked.connect(self.save)
        # Compact, so that the recommendation above keeps the height on a 1366×768 screen; the
        # decision in force is shown in the top bar.
        dg.setContentsMargins(6, 4, 6, 4)
        dg.setVerticalSpacing(3)
        dg.addWidget(self.confirm_radio, 0, 0)
        dg.addWidget(self.override_radio, 0, 1)
        dg.addWidget(self.final_category, 0, 2)
        dg.addWidget(self.save_button, 0, 3)
        dg.addWidget(self.reason, 1, 0, 1, 4)
        dg.addWidget(self.reason_error, 2, 0, 1, 4)
        dg.setColumnStretch(2, 1)

        # ---- versions ----
        self.history = QTableWidget(0, 7)
        self.history.setHorizontalHeaderLabels([self.tr("版本"), self.tr("决定"), self.tr("认定结论"), self.tr("建议结论"),
                                                self.tr("决定人"), self.tr("时间"), self.tr("用工链条")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.itemSelectionChanged.connect(self._history_selected)
        self.history.itemDoubleClicked.connect(lambda _item: self.load_selected_version())
        self.history_reason = QLabel()
        self.history_reason.setWordWrap(True)
        self.history_reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.load_version_button = QPushButton(self.tr("载入所选版本"))
        self.load_version_button.setEnabled(False)
        self.load_version_button.clicked.connect(self.load_selected_version)
        history_box = QGroupBox(self.tr("版本记录"))
        hl = QVBoxLayout(history_box)
        hl.addWidget(self.history, 1)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.history_reason, 1)
        reason_row.addWidget(self.load_version_button, 0, Qt.AlignmentFlag.AlignTop)
        hl.addLayout(reason_row)

        # The recommendation and the versions share one area, so that on a 1366×768 screen the
        # recommendation keeps most of the height; the decision stays visible below either.
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(self.result, self.tr("建议结论"))
        self.right_tabs.setTabToolTip(0, self.tr("建议结论（由调解员、仲裁员确认或改定）"))
        self.right_tabs.addTab(history_box, self.tr("版本记录"))
        history_box.setTitle("")
        history_box.setFlat(True)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.right_tabs)
        right.addWidget(self.decision_box)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 0)
        right.setChildrenCollapsible(False)
        self.right = right

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.refresh_assessment)
        self.set_case(None)

    # ---- the case ----
    def set_case(self, detail: CaseDetail | None) -> None:
        self.case = detail
        self._generation += 1
        self.items, self.versions, self.assessment = [], [], None
        self.has_work_records = False
        self.loading = self.saving = self.prefilling = False
        self._draft_timer.stop()
        self.notice.clear()
        self.notice.hide()
        self.members = ws.respondent_chain(detail) if detail is not None else ()
        self._build_chain()
        self.clear_form()
        self._forced_override = False
        self._offer_decisions(None)
        self._fill_history()
        enabled = detail is not None
        self.form_scroll.setEnabled(enabled)
        self.save_button.setEnabled(False)
        self.prefill_button.setEnabled(False)
        if detail is None:
            self.result.setHtml("<p class=muted>" + _e(self.tr("选择一个案件后，在这里填写劳动关系认定工作表。")) + "</p>")
            return
        self.result.setHtml("<p class=muted>" + _e(self.tr("正在读取…")) + "</p>")
        self.loading = True
        generation = self._generation
        run_task(self, self.tr("读取工作表"), _load, self.ctx.uow, self.ctx.principal, detail.summary.id,
                 on_done=lambda r: self._loaded(generation, r), on_error=lambda e: self._failed(generation, e),
                 show_progress=False)

    def _failed(self, generation: int, exc: BaseException) -> bool:
        if not shiboken6.isValid(self) or generation != self._generation:
            return True
        self.loading = self.prefilling = False
        if isinstance(exc, AppError):
            self.show_notice(exc.text(current_lang()), error=True)
            return True
        return False

    def _loaded(self, generation: int, result: tuple) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
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
    def _build_chain(self) -> None:
        while self.chain_grid.count():
            item = self.chain_grid.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.contract_label:
                widget.deleteLater()
        self.chain_checks = []
        for i, m in enumerate(self.members):
            role = label(EnterpriseRole(m.role)) if m.role in EnterpriseRole._value2member_map_ else m.role
            include = QCheckBox(self.tr("{name}（{role}）").format(name=m.name, role=role))
            include.setChecked(True)
            named = QCheckBox(self.tr("合同上署名"))
            named.setToolTip(self.tr("劳动者签订的书面合同（协议）上署名的企业"))
            include.toggled.connect(self._chain_changed)
            include.toggled.connect(named.setEnabled)
            named.toggled.connect(self.schedule_draft)
            self.chain_grid.addWidget(include, i, 0, 1, 2)
            self.chain_grid.addWidget(named, i, 2)
            self.chain_checks.append((m, include, named))
        if not self.members:
            none = QLabel(self.tr("本案没有列为被申请人或第三人的企业。"))
            none.setStyleSheet(_MUTED)
            self.chain_grid.addWidget(none, 0, 0, 1, 3)
        n = max(1, len(self.members))
        self.chain_grid.addWidget(QLabel(self.tr("合同名称")), n, 0)
        self.chain_grid.addWidget(self.contract_label, n, 1, 1, 2)
        self.chain_grid.setColumnStretch(1, 1)
        self._refresh_enterprise_combos()

    def chain(self) -> tuple[ws.ChainMember, ...]:
        return tuple(ws.ChainMember(m.party_id, m.name, m.role, named.isChecked())
                     for m, include, named in self.chain_checks if include.isChecked())

    def _chain_changed(self, _on: bool = False) -> None:
        self._refresh_enterprise_combos()
        self.schedule_draft()

    def _refresh_enterprise_combos(self) -> None:
        names = [m.name for m in self.chain()]
        combos = [r.actor for r in self.rows.values()] + list(self.function_combos.values())
        for combo in combos:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("（未注明）"), "")
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    # ---- the form ----
    def clear_form(self) -> None:
        self._filling = True
        try:
            for row in self.rows.values():
                row.level.setCurrentIndex(0)
                row.actor.setCurrentIndex(0)
                row.note.clear()
                row.evidence.set_selected(())
                row.set_source("")
            for combo in self.function_combos.values():
                combo.setCurrentIndex(0)
            for code in ws.FACT_KEYS:
                self.fact_checks[code].setChecked(False)
                self.fact_texts[code].clear()
            self.contract_label.clear()
            self.confirm_radio.setChecked(True)
            self.reason.clear()
            self.reason_error.hide()
        finally:
            self._filling = False

    def load_version(self, version: ws.WorksheetVersion) -> None:
        """Put a saved version's chain, answers and context into the form (to continue from it)."""
        self._filling = True
        try:
            chosen = {m.party_id: m for m in version.chain}
            for m, include, named in self.chain_checks:
                include.setChecked(m.party_id in chosen)
                named.setChecked(bool(chosen.get(m.party_id) and chosen[m.party_id].named_in_contract))
            self._refresh_enterprise_combos()
            for key, row in self.rows.items():
                a = version.answers.get(key, ws.WorksheetAnswer())
                row.level.setCurrentIndex(max(0, row.level.findData(a.level)))
                row.actor.setCurrentIndex(max(0, row.actor.findData(a.exercised_by)) if a.exercised_by else 0)
                row.note.setText(a.note)
                row.note.setCursorPosition(0)
                row.evidence.set_selected(a.evidence_ids)
                row.set_source(a.source)
            for function, combo in self.function_combos.items():
                name = getattr(version.context, function)
                combo.setCurrentIndex(max(0, combo.findData(name)) if name else 0)
            for code in ws.FACT_KEYS:
                fact = version.context.facts.get(code)
                self.fact_checks[code].setChecked(bool(fact))
                self.fact_texts[code].setText(fact if isinstance(fact, str) else "")
                self.fact_texts[code].setCursorPosition(0)
            self.contract_label.setText(version.context.contract_label)
            self.confirm_radio.setChecked(True)
            self.reason.clear()
        finally:
            self._filling = False
        self.schedule_draft()

    def answers(self) -> dict[str, ws.WorksheetAnswer]:
        return {key: row.answer() for key, row in self.rows.items()}

    def context(self) -> ws.WorksheetContext:
        facts: dict[str, str | bool] = {}
        for code, check in self.fact_checks.items():
            if check.isChecked():
                facts[code] = self.fact_texts[code].text().strip() or True
        return ws.WorksheetContext(**{f: c.currentData() or "" for f, c in self.function_combos.items()},
                                   facts=facts, contract_label=self.contract_label.text().strip())

    def _level_edited(self, key: str) -> None:
        if not self._filling:
            self.rows[key].set_source("")  # no longer the pre-filled answer
        self.schedule_draft()

    def _decision_changed(self, override: bool) -> None:
        self.final_category.setEnabled(override)
        if (override and self.assessment is not None and self.assessment.sufficient
                and self.final_category.currentData() == self.assessment.category):
            other = next(i for i in range(self.final_category.count())
                         if self.final_category.itemData(i) != self.assessment.category)
            self.final_category.setCurrentIndex(other)
        self.reason.setPlaceholderText(self.tr("理由（必填）：依据哪些事实和证据改定建议结论") if override else
                                       self.tr("理由（可选）：如有补充，写明依据的事实和证据"))

    # ---- the recommendation ----
    def schedule_draft(self, *_args: Any) -> None:
        if not self._filling:
            self._draft_timer.start()

    def refresh_assessment(self) -> None:
        self._draft_timer.stop()
        if self.case is None or self.weights is None:
            return
        labels = ws.evidence_labels(self.items)
        try:
            self.assessment = ws.draft_assessment(self.answers(), self.context(), chain=self.chain(), evidence=labels,
                                                  weights=self.weights)
        except ValidationError as exc:
            self.assessment = None
            self.result.setHtml(f"<p class=warn>{_e(exc.text(current_lang()))}</p>")
            return
        self.result.setHtml(self.render_assessment(self.assessment))
        self._offer_decisions(self.assessment)

    def _offer_decisions(self, a: Assessment | None) -> None:
        """Nothing can be confirmed while too little is known: the person decides with a reason."""
        can_confirm = a is None or a.score is None or a.sufficient  # nothing answered: nothing to decide yet
        self.confirm_radio.setEnabled(can_confirm)
        self.confirm_radio.setToolTip("" if can_confirm else self.tr(
            "信息不足，没有可以确认的建议结论；请先查明事实，或选择“改定为”并写明依据的事实和证据。"))
        if not can_confirm and self.confirm_radio.isChecked():
            self._forced_override = True
            self.override_radio.setChecked(True)
        elif can_confirm and self._forced_override:
            self._forced_override = False
            if not self.reason.toPlainText().strip():
                self.confirm_radio.setChecked(True)

    def headline(self, a: Assessment) -> str:
        """The recommendation's headline in the UI language."""
        if not a.sufficient:
            return self.tr("信息不足")
        if current_lang() == "en":
            return category_label(a.category)
        return a.category_label

    def render_assessment(self, a: Assessment) -> str:
        if a.score is None:  # nothing answered: no recommendation to show yet
            return ("<h2>" + _e(self.tr("尚无建议结论")) + "</h2>"
                    "<p>" + _e(self.tr("请先依据证据逐项回答左侧的因素；回答越完整，建议越可靠。")) + "</p>")
        colour = _CATEGORY_COLOUR.get(a.category, "#1f4e79") if a.sufficient else "#6b6b6b"
        c = a.confidence
        parts = [f"<h2 style='color:{colour}'>{_e(self.headline(a))}</h2>"]
        if not a.sufficient:
            parts.append("<p class=warn>" + _e(self.tr(
                "已回答的因素不足以提出建议结论（按已回答的因素暂时倾向于“{category}”）。请依据证据查明其余因素；"
                "如已有其他依据，可以选择“改定为”并写明理由。").format(category=category_label(a.category))) + "</p>")
        parts.append("<p>" + _e(self.tr("可信度：{level}（{score}）").format(level=tr_label(c.label), score=c.score)))
        if a.score is not None:
            parts.append("　" + _e(self.tr("从属性得分：{score}（0为完全自主，1为完全从属）").format(score=a.score)))
        parts.append("</p>")
        for note in c.notes:
            parts.append(f"<p class=muted>{_e(note)}</p>")
        if current_lang() == "en":
            parts.append("<p class=muted>" + _e(self.tr("下列理由、警示和说明是意见表中的中文原文。")) + "</p>")
        parts.append("<h3>" + _e(self.tr("理由")) + "</h3><ol>")
        parts += [f"<li>{_e(r)}</li>" for r in a.reasons]
        parts.append("</ol>")
        if a.warnings:
            parts.append("<h3>" + _e(self.tr("警示")) + "</h3><ul>")
            parts += [f"<li class=warn>{_e(w)}</li>" for w in a.warnings]
            parts.append("</ul>")
        parts.append("<h3>" + _e(self.tr("用人单位候选")) + "</h3>")
        if a.employer_candidate is not None:
            parts.append(f"<p><b>{_e(a.employer_candidate.name)}</b></p>")
        parts.append(f"<p>{_e(a.employer_note)}</p>")
        if a.joint_liability:
            parts.append("<h3>" + _e(self.tr("链条上其他企业的责任")) + "</h3><ul>")
            parts += [f"<li>{_e(n.text)}</li>" for n in a.joint_liability]
            parts.append("</ul>")
        parts.append("<h3>" + _e(self.tr("处理途径")) + f"</h3><p><b>{_e(tr_label(a.route.label))}</b>：{_e(a.route.text)}"
                     f" <span class=muted>（{_e(a.route.basis)}）</span></p>")
        parts.append("<h3>" + _e(self.tr("适合提出的请求")) + "</h3><ul>")
        parts += [f"<li><b>{_e(label(ClaimKind(f.kind)))}</b>：{_e(f.reason)}</li>" for f in a.fitting_claims]
        parts.append("</ul><h3>" + _e(self.tr("不适合提出的请求")) + "</h3><ul>")
        parts += [f"<li><b>{_e(label(ClaimKind(f.kind)))}</b>：{_e(f.reason)}</li>" for f in a.unfitting_claims]
        parts.append("</ul>")
        return "".join(parts)

    def result_text(self) -> str:
        return self.result.toPlainText()

    # ---- pre-filling ----
    def prefill(self) -> None:
        if self.case is None:
            return
        self.prefilling = True
        self.prefill_button.setEnabled(False)
        generation = self._generation
        run_task(self, self.tr("从工作记录预填"), _prefill, self.ctx.uow, self.ctx.principal, self.case.summary.id,
                 on_done=lambda p: self._prefilled(generation, p), on_error=lambda e: self._failed(generation, e),
                 show_progress=False)

    def _prefilled(self, generation: int, prefill: ws.WorkRecordPrefill | None) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.prefilling = False
        self.prefill_button.setEnabled(True)
        if prefill is None:
            self.show_notice(self.tr("本案还没有导入平台工作记录，请先在“工作记录”中导入。"))
            return
        self._filling = True
        try:
            for key, (level, text) in prefill.factors.items():
                row = self.rows[key]
                row.level.setCurrentIndex(max(0, row.level.findData(level)))
                row.note.setText(text)
                row.note.setCursorPosition(0)
                row.note.setToolTip(text)
                row.set_source(prefill.source)
            for code, fact in prefill.facts.items():
                if code in self.fact_checks:
                    self.fact_checks[code].setChecked(True)
                    self.fact_texts[code].setText(fact)
                    self.fact_texts[code].setCursorPosition(0)
                    self.fact_texts[code].setToolTip(fact)
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
        if self.case is None or self.saving or not self.can_decide:
            return
        self.refresh_assessment()
        override = self.override_radio.isChecked()
        reason = self.reason.toPlainText().strip()
        self.reason_error.hide()
        if override and not reason:
            self._show_reason_error(self.tr("改定建议结论时必须写明理由。"))
            return
        self.saving = True
        self.save_button.setEnabled(False)
        generation = self._generation
        run_task(self, self.tr("保存工作表"), _save, self.ctx.uow, self.ctx.principal, self.case.summary.id,
                 self.chain(), self.answers(), self.context(), ws.OVERRIDDEN if override else ws.CONFIRMED,
                 self.final_category.currentData() if override else None, reason,
                 on_done=lambda v: self._saved(generation, v), on_error=lambda e: self._save_failed(generation, e),
                 show_progress=False)

    def _show_reason_error(self, text: str) -> None:
        self.reason_error.setText(text)
        self.reason_error.show()
        self.reason.setFocus()

    def _save_failed(self, generation: int, exc: BaseException) -> bool:
        if not shiboken6.isValid(self) or generation != self._generation:
            return True
        self.saving = False
        self.save_button.setEnabled(self.can_decide)
        if isinstance(exc, ValidationError):
            self._show_reason_error("；".join(exc.fields.values()) or exc.text(current_lang()))
            return True
        if isinstance(exc, AppError):
            self._show_reason_error(exc.text(current_lang()))
            return True
        return False

    def _saved(self, generation: int, version: ws.WorksheetVersion) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.saving = False
        self.save_button.setEnabled(self.can_decide)
        self.versions.insert(0, version)
        self._fill_history()
        self.history.selectRow(0)
        self._history_selected()
        self.reason.clear()
        self.confirm_radio.setChecked(True)
        self._offer_decisions(self.assessment)
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
        self.history.setRowCount(len(self.versions))
        for r, v in enumerate(self.versions):
            decision = self.tr("改定") if v.overridden else self.tr("确认")
            who = v.decided_by_name or v.decided_by
            recommended = (category_label(v.recommended_category) if v.assessment.get("sufficient", True)
                           else self.tr("信息不足"))
            cells = [self.tr("第{n}版").format(n=v.version), decision, category_label(v.final_category),
                     recommended, who, format_datetime(v.decided_at), v.chain_names]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(v.reason or text)
                if c == 1 and v.overridden:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.history.setItem(r, c, item)
        self.history_reason.setText("")
        self.load_version_button.setEnabled(False)

    def _history_selected(self) -> None:
        row = self.history.currentRow()
        if not (0 <= row < len(self.versions)) or not self.history.selectedItems():
            self.history_reason.setText("")
            self.load_version_button.setEnabled(False)
            return
        v = self.versions[row]
        self.history_reason.setText(self.tr("第{n}版理由：{reason}").format(n=v.version, reason=v.reason) if v.reason
                                    else self.tr("第{n}版未写理由。").format(n=v.version))
        self.load_version_button.setEnabled(True)

    def load_selected_version(self) -> None:
        row = self.history.currentRow()
        if 0 <= row < len(self.versions):
            self.load_version(self.versions[row])


__all__ = ["CATALOG", "FACT_LABELS", "WorksheetPanel", "category_label", "tr_label"]
