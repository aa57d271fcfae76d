"""The sections of the worksheet's form (left side): the respondent chain, the factors, who
actually managed, paid and disciplined, and the facts that give warnings. Each section owns its
widgets; the panel reads the answers from them and redraws the recommendation on ``edited``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from mediation_desk.domain.cases import EnterpriseRole
from mediation_desk.domain.relationship import CONTEXT_KEYS, EMPLOYER_FUNCTIONS, FACTORS, REGISTERED_INDIVIDUAL_BUSINESS
from mediation_desk.services import worksheets as ws
from mediation_desk.ui.forms.worksheet_chain_section_ui import Ui_ChainSection
from mediation_desk.ui.forms.worksheet_employer_section_ui import Ui_EmployerSection
from mediation_desk.ui.forms.worksheet_factors_section_ui import Ui_FactorsSection
from mediation_desk.ui.forms.worksheet_facts_section_ui import Ui_FactsSection
from mediation_desk.ui.labels import label
from mediation_desk.ui.views.worksheet.widgets import FACT_LABELS, FactorRow, tr_label

MUTED = "color: #666666;"


def fill_enterprise_combos(combos: Iterable[QComboBox], names: list[str], none_text: str) -> None:
    """Offer the enterprises of the chain (and "not recorded"), keeping each combo's choice."""
    for combo in combos:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none_text, "")
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)


class ChainSection(QWidget):
    """The enterprises of the respondent chain: which of them are in it, which signed the contract."""

    members_changed = Signal()  # an enterprise was taken into or out of the chain
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChainSection()
        self.ui.setupUi(self)
        self.chain_box, self.chain_grid = self.ui.chain_box, self.ui.chain_grid
        self.contract_label, self.contract_caption = self.ui.contract_label, self.ui.contract_caption
        self.contract_label.textChanged.connect(lambda _text: self.edited.emit())
        self.members: tuple[ws.ChainMember, ...] = ()
        self.chain_checks: list[tuple[ws.ChainMember, QCheckBox, QCheckBox]] = []

    def set_members(self, members: tuple[ws.ChainMember, ...]) -> None:
        self.members = members
        grid = self.chain_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget()
            if widget is not None and widget not in (self.contract_label, self.contract_caption):
                widget.deleteLater()
        self.chain_checks = []
        for i, m in enumerate(members):
            role = label(EnterpriseRole(m.role)) if m.role in EnterpriseRole._value2member_map_ else m.role
            include = QCheckBox(self.tr("{name}（{role}）").format(name=m.name, role=role))
            include.setChecked(True)
            named = QCheckBox(self.tr("合同上署名"))
            named.setToolTip(self.tr("劳动者签订的书面合同（协议）上署名的企业"))
            include.toggled.connect(lambda _on: self.members_changed.emit())
            include.toggled.connect(named.setEnabled)
            named.toggled.connect(lambda _on: self.edited.emit())
            grid.addWidget(include, i, 0, 1, 2)
            grid.addWidget(named, i, 2)
            self.chain_checks.append((m, include, named))
        if not members:
            none = QLabel(self.tr("本案没有列为被申请人或第三人的企业。"))
            none.setStyleSheet(MUTED)
            grid.addWidget(none, 0, 0, 1, 3)
        n = max(1, len(members))
        grid.addWidget(self.contract_caption, n, 0)
        grid.addWidget(self.contract_label, n, 1, 1, 2)

    def chain(self) -> tuple[ws.ChainMember, ...]:
        return tuple(ws.ChainMember(m.party_id, m.name, m.role, named.isChecked())
                     for m, include, named in self.chain_checks if include.isChecked())

    def load(self, version: ws.WorksheetVersion) -> None:
        chosen = {m.party_id: m for m in version.chain}
        for m, include, named in self.chain_checks:
            include.setChecked(m.party_id in chosen)
            named.setChecked(bool(chosen.get(m.party_id) and chosen[m.party_id].named_in_contract))
        self.contract_label.setText(version.context.contract_label)


class FactorsSection(QWidget):
    """One row per factor: the answer, the enterprise that exercised it, the facts and the evidence."""

    level_edited = Signal(str)  # the factor's key
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FactorsSection()
        self.ui.setupUi(self)
        self.factor_box = self.ui.factor_box
        grid = self.ui.factor_grid
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
            row.level.currentIndexChanged.connect(lambda _i, k=factor.key: self.level_edited.emit(k))
            row.actor.currentIndexChanged.connect(lambda _i: self.edited.emit())
            row.note.textChanged.connect(lambda _t: self.edited.emit())
            row.evidence.changed.connect(self.edited.emit)
            self.rows[factor.key] = row

    def clear(self) -> None:
        for row in self.rows.values():
            row.level.setCurrentIndex(0)
            row.actor.setCurrentIndex(0)
            row.note.clear()
            row.evidence.set_selected(())
            row.set_source("")

    def load(self, answers: dict[str, ws.WorksheetAnswer]) -> None:
        for key, row in self.rows.items():
            a = answers.get(key, ws.WorksheetAnswer())
            row.level.setCurrentIndex(max(0, row.level.findData(a.level)))
            row.actor.setCurrentIndex(max(0, row.actor.findData(a.exercised_by)) if a.exercised_by else 0)
            row.note.setText(a.note)
            row.note.setCursorPosition(0)
            row.evidence.set_selected(a.evidence_ids)
            row.set_source(a.source)

    def answers(self) -> dict[str, ws.WorksheetAnswer]:
        return {key: row.answer() for key, row in self.rows.items()}

    def prefill(self, factors: Mapping[str, tuple[str, str]], source: str) -> None:
        """Answers derived from the work records (level and facts), marked with their source."""
        for key, (level, text) in factors.items():
            row = self.rows[key]
            row.level.setCurrentIndex(max(0, row.level.findData(level)))
            row.note.setText(text)
            row.note.setCursorPosition(0)
            row.note.setToolTip(text)
            row.set_source(source)


class EmployerSection(QWidget):
    """Which enterprise of the chain arranged the work, paid and disciplined."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EmployerSection()
        self.ui.setupUi(self)
        self.employer_box = self.ui.employer_box
        self.function_combos: dict[str, QComboBox] = {}
        for i, (function, text) in enumerate(EMPLOYER_FUNCTIONS.items()):
            combo = QComboBox()
            combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
            self.ui.employer_grid.addWidget(QLabel(tr_label(text)), i // 2, 2 * (i % 2))
            self.ui.employer_grid.addWidget(combo, i // 2, 2 * (i % 2) + 1)
            self.function_combos[function] = combo

    def values(self) -> dict[str, Any]:
        return {f: c.currentData() or "" for f, c in self.function_combos.items()}

    def load(self, context: ws.WorksheetContext) -> None:
        for function, combo in self.function_combos.items():
            name = getattr(context, function)
            combo.setCurrentIndex(max(0, combo.findData(name)) if name else 0)


class FactsSection(QWidget):
    """The facts that give warnings (a deposit taken, papers withheld …), each with what shows it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FactsSection()
        self.ui.setupUi(self)
        self.facts_box = self.ui.facts_box
        self.fact_checks: dict[str, QCheckBox] = {}
        self.fact_texts: dict[str, QLineEdit] = {}
        for i, code in enumerate(ws.FACT_KEYS):
            check = QCheckBox(tr_label(FACT_LABELS[code]))
            text = QLineEdit()
            text.setPlaceholderText(self.tr("事实和证据（如：入职时收取押金500元，见证据2）"))
            text.setEnabled(False)
            check.toggled.connect(text.setEnabled)
            check.toggled.connect(lambda _on: self.edited.emit())
            text.textChanged.connect(lambda _t: self.edited.emit())
            self.ui.facts_grid.addWidget(check, i, 0)
            self.ui.facts_grid.addWidget(text, i, 1)
            self.fact_checks[code] = check
            self.fact_texts[code] = text

    def clear(self) -> None:
        for code in ws.FACT_KEYS:
            self.fact_checks[code].setChecked(False)
            self.fact_texts[code].clear()

    def set_fact(self, code: str, fact: str | bool | None) -> None:
        self.fact_checks[code].setChecked(bool(fact))
        self.fact_texts[code].setText(fact if isinstance(fact, str) else "")
        self.fact_texts[code].setCursorPosition(0)

    def prefill(self, facts: Mapping[str, str]) -> None:
        """Facts found in the work records, ticked with what shows them."""
        for code, fact in facts.items():
            if code in self.fact_checks:
                self.fact_checks[code].setChecked(True)
                self.fact_texts[code].setText(fact)
                self.fact_texts[code].setCursorPosition(0)
                self.fact_texts[code].setToolTip(fact)

    def facts(self) -> dict[str, str | bool]:
        facts: dict[str, str | bool] = {}
        for code, check in self.fact_checks.items():
            if check.isChecked():
                facts[code] = self.fact_texts[code].text().strip() or True
        return facts


__all__ = ["ChainSection", "EmployerSection", "FactorsSection", "FactsSection", "fill_enterprise_combos"]
