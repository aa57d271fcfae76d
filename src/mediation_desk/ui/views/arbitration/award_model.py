"""The items of an award on Qt's model/view: a ruling per claim (the claim, its kind and category,
the outcome, the amount, who pays, by when, what is paid or decided, the finality the final-award
test gives it, the grounds and the calculation) and the facts found with the evidence relied on.

The models hold what the editor shows; the delegates give each cell its editor (a list of the
service's codes, the respondents who pay, the evidence relied on, or a line of text)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.services import arbitration as arb
from mediation_desk.ui.labels import label as label_of
from mediation_desk.ui.views.arbitration.common import (CATEGORIES, FINAL_COLOUR, FINALITY, NON_FINAL_COLOUR, OUTCOMES,
                                                       label)
from mediation_desk.ui.views.arbitration_widgets import EvidencePicker, PayerPicker

# the columns of the rulings
C_CLAIM, C_KIND, C_CATEGORY, C_OUTCOME, C_AMOUNT, C_PAYERS, C_DUE, C_TEXT, C_FINALITY, C_BASIS, C_CALC = range(11)
HEADERS = (QT_TRANSLATE_NOOP("RulingsModel", "仲裁请求"), QT_TRANSLATE_NOOP("RulingsModel", "请求类别"),
           QT_TRANSLATE_NOOP("RulingsModel", "事项类别"), QT_TRANSLATE_NOOP("RulingsModel", "裁决结果"),
           QT_TRANSLATE_NOOP("RulingsModel", "裁决金额（元）"), QT_TRANSLATE_NOOP("RulingsModel", "义务人"),
           QT_TRANSLATE_NOOP("RulingsModel", "履行期限（日或日期）"), QT_TRANSLATE_NOOP("RulingsModel", "给付或确认的内容"),
           QT_TRANSLATE_NOOP("RulingsModel", "终局性"), QT_TRANSLATE_NOOP("RulingsModel", "认定依据"),
           QT_TRANSLATE_NOOP("RulingsModel", "计算过程"))
HEADER_TIPS = {
    C_TEXT: QT_TRANSLATE_NOOP("RulingsModel", "金额：支付的是什么，如“2025年4月至5月拖欠的劳动报酬”；其他事项：裁决的内容，"
                                              "如“确认申请人与被申请人自2024年10月1日起存在劳动关系”或“为申请人出具解除劳动合同的证明”"),
    C_DUE: QT_TRANSLATE_NOOP("RulingsModel", "天数：本裁决书生效之日起若干日内履行；或者具体日期，如2027-01-08"),
}
WIDTHS = ((C_CLAIM, 150), (C_KIND, 110), (C_CATEGORY, 100), (C_OUTCOME, 86), (C_AMOUNT, 90), (C_PAYERS, 170),
          (C_DUE, 130), (C_TEXT, 220), (C_FINALITY, 64), (C_BASIS, 150), (C_CALC, 150))


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@dataclass
class RulingRow:
    """One row of the rulings as typed: codes for the lists, text for the rest."""
    claim: str = ""
    kind: str = ""  # a ClaimKind value, "" for another kind
    category: str = ""
    outcome: str = arb.GRANTED
    amount: str = ""
    payers: tuple[str, ...] = ()
    joint: bool = False
    due: str = ""
    text: str = ""
    finality: str = ""  # worked out by the final-award test, not typed
    finality_reason: str = ""
    basis: str = ""
    calc: str = ""


_FIELD = {C_CLAIM: "claim", C_KIND: "kind", C_CATEGORY: "category", C_OUTCOME: "outcome", C_AMOUNT: "amount",
          C_DUE: "due", C_TEXT: "text", C_BASIS: "basis", C_CALC: "calc"}
CHOICE_COLUMNS = (C_KIND, C_CATEGORY, C_OUTCOME)


def payers_text(payers: tuple[str, ...], joint: bool) -> str:
    """Who pays, as the payer picker shows it."""
    text = "、".join(payers) if payers else _tr("PayerPicker", "（选择义务人）")
    if len(payers) > 1 and joint:
        text += _tr("PayerPicker", "（连带）")
    return text


class RulingsModel(QAbstractTableModel):
    """The rulings of the award in the editor. ``edited`` is emitted after the user changed one."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RulingRow] = []
        self.editable = True
        self.respondents: list[str] = []  # who may be chosen to pay

    # ---- the lists' choices
    def choices(self, column: int) -> list[tuple[str, str]]:
        if column == C_KIND:
            return [(QCoreApplication.translate("RulingsModel", "（其他）"), "")] + [
                (label_of(m), m.value) for m in ClaimKind]  # type: ignore[attr-defined]
        if column == C_CATEGORY:
            return [(label(text), code) for code, text in CATEGORIES]
        if column == C_OUTCOME:
            return [(label(text), code) for code, text in OUTCOMES]
        return []

    def _choice_text(self, column: int, code: str) -> str:
        return next((text for text, c in self.choices(column) if c == code), code)

    # ---- Qt's model
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr("RulingsModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in HEADER_TIPS:
            return _tr("RulingsModel", HEADER_TIPS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole:
            if col == C_PAYERS:
                return (row.payers, row.joint)
            if col == C_FINALITY:
                return row.finality
            return getattr(row, _FIELD[col])
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == C_FINALITY:
                return row.finality_reason or None
            if col in (C_PAYERS, C_TEXT, C_CLAIM, C_BASIS, C_CALC):
                return self.text(index.row(), col) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == C_FINALITY and row.finality:
            return QColor(FINAL_COLOUR if row.finality == arb.FINAL else NON_FINAL_COLOUR)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.editable and index.column() != C_FINALITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == C_FINALITY:
            return False
        row, col = self._rows[index.row()], index.column()
        if col == C_PAYERS:
            payers, joint = value
            new = replace(row, payers=tuple(payers), joint=bool(joint))
        else:
            new = replace(row, **{_FIELD[col]: "" if value is None else str(value)})
        if new == row:
            return True
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def removeRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(parent, row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        self.edited.emit()
        return True

    # ---- the editor's use
    def text(self, row: int, column: int) -> str:
        """What cell (``row``, ``column``) shows."""
        r = self._rows[row]
        if column in CHOICE_COLUMNS:
            return self._choice_text(column, getattr(r, _FIELD[column]))
        if column == C_PAYERS:
            return payers_text(r.payers, r.joint)
        if column == C_FINALITY:
            return label(FINALITY[r.finality]) if r.finality else ""
        return str(getattr(r, _FIELD[column]))

    def rows(self) -> list[RulingRow]:
        return list(self._rows)

    def add(self, row: RulingRow) -> int:
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        self.endInsertRows()
        self.edited.emit()
        return at

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        if editable != self.editable:
            self.beginResetModel()  # the views ask the flags again
            self.editable = editable
            self.endResetModel()

    def set_finality(self, per_row: list[tuple[str, str]]) -> None:
        """The final-award test's result per row (finality, reason); not an edit."""
        for i, (finality, reason) in enumerate(per_row[:len(self._rows)]):
            self._rows[i] = replace(self._rows[i], finality=finality, finality_reason=reason)
        if self._rows:
            self.dataChanged.emit(self.index(0, C_FINALITY), self.index(len(self._rows) - 1, C_FINALITY))


@dataclass
class FactRow:
    text: str = ""
    evidence_ids: tuple[int, ...] = field(default_factory=tuple)


class FactsModel(QAbstractTableModel):
    """The facts the tribunal found, each with the evidence it relies on."""

    HEADERS = (QT_TRANSLATE_NOOP("FactsModel", "查明的事实"), QT_TRANSLATE_NOOP("FactsModel", "所依据的证据"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FactRow] = []
        self.editable = True
        self.evidence: list[Any] = []  # the case's evidence items (id, number, title)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return _tr("FactsModel", self.HEADERS[section])
        return None

    def evidence_text(self, ids: tuple[int, ...]) -> str:
        chosen = [f"证据{e.number}" for e in self.evidence if e.id in ids]
        return "、".join(chosen) if chosen else _tr("EvidencePicker", "（选择证据）")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return row.text if index.column() == 0 else row.evidence_ids
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.text if index.column() == 0 else self.evidence_text(row.evidence_ids)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        new = replace(row, text=str(value or "")) if index.column() == 0 else replace(row, evidence_ids=tuple(value))
        if new != row:
            self._rows[index.row()] = new
            self.dataChanged.emit(index, index)
        return True

    def removeRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(parent, row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True

    def rows(self) -> list[FactRow]:
        return list(self._rows)

    def add(self, row: FactRow) -> int:
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        self.endInsertRows()
        return at

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        if editable != self.editable:
            self.beginResetModel()
            self.editable = editable
            self.endResetModel()


class RulingsDelegate(QStyledItemDelegate):
    """A list of codes for the kind, category and outcome, the payer picker for who pays, text else."""

    def __init__(self, model: RulingsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        col = index.column()
        if col in CHOICE_COLUMNS:
            combo = QComboBox(parent)
            for text, code in self.model.choices(col):
                combo.addItem(text, code)
            combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
            return combo
        if col == C_PAYERS:
            payers, joint = index.data(Qt.ItemDataRole.EditRole)
            picker = PayerPicker(self.model.respondents, payers, joint, parent)
            picker.changed.connect(lambda: self.commitData.emit(picker))
            return picker
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 - Qt's name
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.blockSignals(True)
            editor.setCurrentIndex(max(0, editor.findData(value)))
            editor.blockSignals(False)
        elif isinstance(editor, PayerPicker):
            editor.blockSignals(True)
            editor.set_payers(*value)
            editor.blockSignals(False)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, PayerPicker):
            model.setData(index, (editor.payers(), editor.joint()))
        else:
            super().setModelData(editor, model, index)


class FactsDelegate(QStyledItemDelegate):
    """The evidence picker for the evidence relied on, text for the fact."""

    def __init__(self, model: FactsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        if index.column() == 1:
            picker = EvidencePicker(self.model.evidence, index.data(Qt.ItemDataRole.EditRole), parent)
            picker.changed.connect(lambda: self.commitData.emit(picker))
            return picker
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, EvidencePicker):
            editor.blockSignals(True)
            editor.set_chosen(index.data(Qt.ItemDataRole.EditRole))
            editor.blockSignals(False)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, EvidencePicker):
            model.setData(index, editor.chosen())
        else:
            super().setModelData(editor, model, index)
