"""The award editor: the award's kind, date, minimum-wage tier and clerk, 先予执行, the rulings
item by item and the facts found (on :mod:`award_model`), the reasoning and legal basis, and, as
the award stands, the final-award test per item and the rights notice."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import ClaimKind, PartySide
from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.money import format_yuan
from mediation_desk.services import arbitration as arb
from mediation_desk.services import clock
from mediation_desk.ui.dialogs import arbitration_dialogs as dlg
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE, NOTICE_STYLE
from mediation_desk.ui.forms.arbitration_award_editor_ui import Ui_AwardEditor
from mediation_desk.ui.views.arbitration.award_model import (C_OUTCOME, WIDTHS, FactRow, FactsDelegate, FactsModel,
                                                             RulingRow, RulingsDelegate, RulingsModel)
from mediation_desk.ui.views.arbitration.common import FINALITY, label, money, rights, split_bases
from mediation_desk.ui.views.arbitration_widgets import _due_text, _parse_due
from mediation_desk.ui.widgets import amount_or_none

if TYPE_CHECKING:
    from mediation_desk.ui.views.arbitration.panel import ArbitrationPanel

EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.CurrentChanged | QAbstractItemView.EditTrigger.DoubleClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed
                 | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)


def claim_text(claim: Any) -> str:
    """A claim as the award and the mediation statement write it (Chinese in any interface language)."""
    text = claim.kind.label  # type: ignore[attr-defined]
    return f"{text}{format_yuan(claim.amount)}" if claim.amount is not None else text


class AwardEditor(QWidget):
    """The editor of one award version; the layout is ``ui/arbitration_award_editor.ui``."""

    panel: ArbitrationPanel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AwardEditor()
        ui.setupUi(self)
        self.lock_label = ui.lock_label
        self.award_kind, self.award_date, self.wage_tier, self.clerk = (ui.award_kind, ui.award_date, ui.wage_tier,
                                                                        ui.clerk)
        self.award_kind.addItem(label("仲裁裁决书"), arb.AWARD)
        self.award_kind.addItem(label("先行裁决书"), arb.PARTIAL)
        for tier in ("一类", "二类", "三类"):
            self.wage_tier.addItem(label(tier), tier)
        self.wage_tier.currentIndexChanged.connect(self.refresh_classification)
        self.award_date.dateChanged.connect(self.refresh_classification)
        # 先予执行 (第四十四条): the money rulings granted, when both conditions hold
        self.provisional, self.rights_clear, self.livelihood = ui.provisional, ui.rights_clear, ui.livelihood
        self.provisional.toggled.connect(lambda on: (self.rights_clear.setEnabled(on), self.livelihood.setEnabled(on)))
        self.rights_clear.setEnabled(False)
        self.livelihood.setEnabled(False)

        self.rulings_model = RulingsModel(self)
        self.rulings: QTableView = ui.rulings
        self.rulings.setModel(self.rulings_model)
        self.rulings.setItemDelegate(RulingsDelegate(self.rulings_model, self.rulings))
        header = self.rulings.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in WIDTHS:
            self.rulings.setColumnWidth(col, width)
        self.rulings_model.edited.connect(self.refresh_classification)
        self.add_ruling_button, self.from_claims_button = ui.add_ruling_button, ui.from_claims_button
        self.remove_ruling_button = ui.remove_ruling_button
        self.add_ruling_button.clicked.connect(lambda: self.add_ruling())
        self.from_claims_button.clicked.connect(self.rulings_from_claims)
        self.remove_ruling_button.clicked.connect(lambda: self._remove_row(self.rulings))

        self.facts_model = FactsModel(self)
        self.facts: QTableView = ui.facts
        self.facts.setModel(self.facts_model)
        self.facts.setItemDelegate(FactsDelegate(self.facts_model, self.facts))
        self.facts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.facts.setColumnWidth(1, 200)
        self.add_fact_button, self.remove_fact_button = ui.add_fact_button, ui.remove_fact_button
        self.add_fact_button.clicked.connect(lambda: self.add_fact())
        self.remove_fact_button.clicked.connect(lambda: self._remove_row(self.facts))
        self.reasoning, self.legal_basis = ui.reasoning, ui.legal_basis
        self.classification_label, self.rights_label = ui.classification_label, ui.rights_label
        self.rights_label.setStyleSheet(NOTICE_STYLE)
        self.award_message = ui.award_message
        self.award_message.setStyleSheet(ERROR_STYLE)
        self.award_message.hide()
        self.save_button, self.approve_button = ui.save_button, ui.approve_button

    def attach(self, panel: ArbitrationPanel) -> None:
        self.panel = panel

    # ---- rows
    def _remove_row(self, view: QTableView) -> None:
        row = view.currentIndex().row()
        if row >= 0 and view.isEnabled():
            view.model().removeRow(row)
            self.refresh_classification()

    def _respondents(self) -> list[str]:
        detail = self.panel.detail
        if detail is None:
            return []
        return [p.name for p in detail.parties if p.side in (PartySide.RESPONDENT, PartySide.THIRD_PARTY)]

    def add_ruling(self, ruling: arb.Ruling | None = None, *, basis: str = "") -> int:
        r = ruling or arb.Ruling(claim="", outcome=arb.GRANTED)
        self.rulings_model.respondents = self._respondents()
        outcome = r.outcome if any(code == r.outcome for _t, code in self.rulings_model.choices(C_OUTCOME)) else arb.GRANTED
        return self.rulings_model.add(RulingRow(
            claim=r.claim, kind=r.claim_kind.value if r.claim_kind else "", category=r.category or "",
            outcome=outcome, amount=format(r.amount, "f") if r.amount is not None else "", payers=tuple(r.payers),
            joint=r.joint, due=_due_text(r), text=r.subject or ("" if r.amount else r.text),
            basis=getattr(r, "basis", "") or basis, calc=r.calculation))

    def add_fact(self, text: str = "", evidence_ids: tuple[int, ...] = ()) -> int:
        self.facts_model.evidence = list(self.panel.evidence)
        return self.facts_model.add(FactRow(text, tuple(evidence_ids)))

    def rulings_from_claims(self) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        respondents = [p.name for p in detail.parties if p.side is PartySide.RESPONDENT]
        for c in detail.claims:
            # one respondent: it is the payer; several: the arbitrator chooses who pays and whether jointly
            payers = tuple(respondents) if len(respondents) == 1 and c.amount is not None else ()
            self.add_ruling(arb.Ruling(claim=claim_text(c), outcome=arb.GRANTED, amount=c.amount,
                                       claimed_amount=c.amount, claim_kind=c.kind, calculation=c.calculation or "",
                                       payers=payers),
                            basis=c.basis or "")

    # ---- reading the editor
    def read_rulings(self) -> tuple[list[arb.Ruling], list[str]]:
        out, bases = [], []
        for i, row in enumerate(self.rulings_model.rows()):
            amount = amount_or_none(row.amount, f"rulings.{i + 1}.amount")
            due_days, due_on = _parse_due(row.due, f"rulings.{i + 1}.due")
            basis = row.basis.strip()
            out.append(arb.Ruling(claim=row.claim.strip(), outcome=row.outcome, subject=row.text.strip(), amount=amount,
                                  claim_kind=ClaimKind(row.kind) if row.kind else None, category=row.category,
                                  calculation=row.calc.strip(), payers=row.payers, joint=row.joint,
                                  due_days=due_days, due_date=due_on, basis=basis))
            bases.append(basis)
        return out, bases

    def read_draft(self) -> arb.AwardDraft:
        rulings, _bases = self.read_rulings()
        facts = tuple(arb.FactFound(f.text.strip(), f.evidence_ids) for f in self.facts_model.rows() if f.text.strip())
        provisional = None
        if self.provisional.isChecked():
            paid = tuple(i for i, r in enumerate(rulings) if r.outcome in (arb.GRANTED, arb.PARTLY)
                         and r.amount is not None and r.claim_kind in arb.PROVISIONAL_KINDS)
            provisional = arb.ProvisionalExecution(rulings=paid, rights_clear=self.rights_clear.isChecked(),
                                                   livelihood_affected=self.livelihood.isChecked())
        return arb.AwardDraft(claims=tuple(r.claim for r in rulings), facts=facts,
                              reasoning=self.reasoning.toPlainText().strip(), rulings=tuple(rulings),
                              award_date=dlg.py_date(self.award_date), kind=self.award_kind.currentData(),
                              minimum_wage_tier=self.wage_tier.currentData(), clerk=self.clerk.text().strip(),
                              legal_basis=self.legal_basis.text().strip(), provisional_execution=provisional)

    # ---- the final-award test
    def refresh_classification(self, *_args: Any) -> None:
        """The final-award test per item and the rights notice, as the award stands in the editor."""
        try:
            rulings, _bases = self.read_rulings()
            if not rulings:
                self.classification_label.setText(self.tr("请逐项写明对仲裁请求的裁决。"))
                self.rights_label.setText("")
                return
            mw = jurisdiction.minimum_wage(self.wage_tier.currentData(), dlg.py_date(self.award_date))
            cls = arb.classify_award(rulings, mw.monthly)
        except (ValidationError, AppError, LookupError, ValueError) as exc:
            self.classification_label.setText(getattr(exc, "zh", "") or str(exc))
            self.classification_label.setStyleSheet(ERROR_STYLE)
            return
        self.rulings_model.set_finality(list(zip(cls.per_ruling, cls.reasons)))
        self.classification_label.setStyleSheet("")
        self.classification_label.setText(self.tr(
            "终局裁决标准：当地月最低工资标准{wage}×12个月＝{limit}。本裁决为：{finality}。").format(
                wage=money(cls.monthly_minimum_wage), limit=money(cls.threshold),
                finality=label(FINALITY[cls.finality])) + self._wage_standard_note())
        if cls.finality == arb.MIXED:
            text = self.tr("终局部分与非终局部分分别制作裁决书。\n终局部分：{final}\n非终局部分：{non_final}").format(
                final=rights(arb.FINAL), non_final=rights(arb.NON_FINAL))
        else:
            text = self.tr("权利告知：") + rights(cls.finality)
        self.rights_label.setText(text)

    def _wage_standard_note(self) -> str:
        """The effective date of the minimum wage behind the threshold, and a warning when the
        newest standard on file is more than two years old."""
        try:
            found = jurisdiction.minimum_wage_in_force(self.wage_tier.currentData(), dlg.py_date(self.award_date),
                                                       today=clock.today())
        except AppError:
            return ""
        en = current_lang() == "en"
        if en:  # the source is a Chinese document title: named in the Chinese interface and on the award
            note = self.tr("\n所用最低工资标准自 {effective} 起执行。").format(effective=found.effective_iso)
        else:
            note = self.tr("\n所用最低工资标准自 {effective} 起执行（{source}）。").format(
                effective=found.effective_text, source=found.source)
        if found.stale:
            note += self.tr("本程序保存的最新标准自 {effective} 起执行，已超过 {years} 年，请核实现行标准。").format(
                effective=found.newest_effective_iso if en else found.newest_effective_text, years=found.stale_years)
        return note

    # ---- state
    def set_editable(self, editable: bool) -> None:
        for w in (self.award_kind, self.award_date, self.wage_tier, self.clerk, self.provisional, self.legal_basis,
                  self.add_ruling_button, self.from_claims_button, self.remove_ruling_button, self.add_fact_button,
                  self.remove_fact_button):
            w.setEnabled(editable)
        self.reasoning.setReadOnly(not editable)
        for view, model in ((self.rulings, self.rulings_model), (self.facts, self.facts_model)):
            view.setEditTriggers(EDIT_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
            model.set_editable(editable)

    @property
    def locked(self) -> bool:
        return self.rulings.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers

    def clear(self) -> None:
        self.rulings_model.clear()
        self.facts_model.clear()
        self.reasoning.setPlainText("")
        self.clerk.setText("")
        self.legal_basis.setText("")
        self.provisional.setChecked(False)
        self.rights_clear.setChecked(False)
        self.livelihood.setChecked(False)
        self.award_kind.setCurrentIndex(0)
        today = clock.today()
        self.award_date.setDate(QDate(today.year, today.month, today.day))
        self.award_message.hide()
        self.refresh_classification()

    def load(self, award: arb.Award) -> None:
        """Show ``award`` (the editor was cleared)."""
        c = award.content
        self.award_kind.setCurrentIndex(max(0, self.award_kind.findData(award.kind)))
        if award.award_date:
            d = award.award_date
            self.award_date.setDate(QDate(d.year, d.month, d.day))
        self.wage_tier.setCurrentIndex(max(0, self.wage_tier.findData(c.get("minimum_wage_tier", "一类"))))
        self.clerk.setText(c.get("clerk", ""))
        self.legal_basis.setText(c.get("legal_basis", ""))
        pe = c.get("provisional_execution") or None
        self.provisional.setChecked(bool(pe))
        self.rights_clear.setChecked(bool(pe and pe.get("rights_clear")))
        self.livelihood.setChecked(bool(pe and pe.get("livelihood_affected")))
        reasoning, bases = split_bases(c.get("reasoning", ""))
        for i, r in enumerate(award.rulings):
            self.add_ruling(r, basis=bases.get(i + 1, ""))
        for f in c.get("facts", []):
            self.add_fact(f.get("text", ""), tuple(f.get("evidence_ids", [])))
        self.reasoning.setPlainText(reasoning)
        self.refresh_classification()
        if award.locked and award.parts:
            self.rights_label.setText("\n".join(
                f"{label(FINALITY[p.finality])}（{p.number}）：{rights(p.finality, p.rights_notice)}"
                for p in award.parts))

    def show_error(self, text: str) -> None:
        self.award_message.setText(text)
        self.award_message.setVisible(bool(text))
