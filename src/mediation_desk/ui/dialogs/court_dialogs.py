"""The court's side of a case, entered by hand: a filing (立案), a decision with the result of each
award item and the judgment's PDF (services.court), and the court's receipt of a package or the
reason a package is not sent (services.outbox)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mediation_desk.domain.court import (AwardRef, BroughtBy, CourtDecision, CourtProceeding, FilingInput,
                                         ItemResult, ItemResultInput, OutcomeInput, ProceedingKind)
from mediation_desk.domain.errors import ValidationError
from mediation_desk.services import clock
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.form_support import NOTICE_STYLE
from mediation_desk.ui.forms.court_filing_dialog_ui import Ui_CourtFilingDialog
from mediation_desk.ui.forms.court_outcome_dialog_ui import Ui_CourtOutcomeDialog
from mediation_desk.ui.forms.outbox_note_dialog_ui import Ui_OutboxNoteDialog
from mediation_desk.ui.labels import format_date, label, money
from mediation_desk.ui.widgets import amount_or_none, keep_rows_visible, to_qdate

Index = QModelIndex | QPersistentModelIndex
# The proceedings a suit or set-aside application concerns an award.
_AWARD_KINDS = (ProceedingKind.LAWSUIT, ProceedingKind.SET_ASIDE)


def _date_limits(edit: Any, today: Any) -> None:
    edit.setDate(to_qdate(today))
    edit.setMaximumDate(to_qdate(today))


class CourtFilingDialog(TaskDialog):
    """``record(filing)`` records it on the worker (``services.court.record_filing``)."""

    def __init__(self, case_id: int, case_number: str, awards: Sequence[AwardRef],
                 record: Callable[[FilingInput], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("登记法院立案"))
        self.case_id, self.awards, self._record = case_id, list(awards), record
        self.ui = ui = Ui_CourtFilingDialog()
        self.use_form(ui, {"kind": "kind", "award_id": "award", "court": "court",
                           "court_case_number": "court_case_number", "filed_on": "filed_on",
                           "brought_by": "brought_by", "note": "note"})
        ui.heading.setText(self.tr("案件 {number}：人民法院受理（立案）的程序。起诉和申请撤销裁决的立案会关闭相应的期限，"
                                   "并在案件的法定期限中显示。").format(number=case_number))
        for kind in ProceedingKind:
            ui.kind.addItem(label(kind), kind.value)
        ui.award.addItem(self.tr("（不针对裁决书）"), None)
        for award in self.awards:
            ui.award.addItem(self.tr("{number}（{date}）").format(number=award.number,
                                                                 date=format_date(award.award_date)), award.id)
        for who in BroughtBy:
            ui.brought_by.addItem(label(who), who.value)
        _date_limits(ui.filed_on, clock.today())
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish_layout()
        self.setMinimumWidth(560)

    def _kind_changed(self, *_args: object) -> None:
        kind = ProceedingKind(self.ui.kind.currentData())
        if kind in _AWARD_KINDS and self.ui.award.currentData() is None and self.awards:
            self.ui.award.setCurrentIndex(self.ui.award.count() - 1)  # the latest award
        preset = {ProceedingKind.SET_ASIDE: BroughtBy.EMPLOYER, ProceedingKind.JUDICIAL_CONFIRMATION: BroughtBy.BOTH,
                  ProceedingKind.ENTRUSTED_MEDIATION: BroughtBy.COURT}.get(kind)
        if preset is not None:
            self.ui.brought_by.setCurrentIndex(self.ui.brought_by.findData(preset.value))
        elif self.ui.brought_by.currentData() in (BroughtBy.BOTH.value, BroughtBy.COURT.value):
            self.ui.brought_by.setCurrentIndex(self.ui.brought_by.findData(BroughtBy.WORKER.value))

    def filing(self) -> FilingInput:
        ui = self.ui
        return FilingInput(case_id=self.case_id, kind=ProceedingKind(ui.kind.currentData()), court=ui.court.text(),
                           filed_on=ui.filed_on.date().toPython(), brought_by=BroughtBy(ui.brought_by.currentData()),
                           court_case_number=ui.court_case_number.text(), award_id=ui.award.currentData(),
                           note=ui.note.toPlainText())

    def on_ok(self) -> None:
        self.submit(self.tr("登记法院立案"), self._record, self.filing(), busy_text=self.tr("正在保存……"))


# --------------------------------------------------------------------------- the decision


class OutcomeItemsModel(QAbstractTableModel):
    """The award's items, each with the court's result (blank: not decided by this judgment) and,
    for 改判, the new amount in yuan."""

    COLUMNS = ("no", "claim", "amount", "result", "new_amount")

    def __init__(self, award: AwardRef | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = list(award.items) if award is not None else []
        self.results: list[ItemResult | None] = [None] * len(self.items)
        self.amounts: list[str] = [""] * len(self.items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("项"), self.tr("裁决事项"), self.tr("裁决金额"), self.tr("法院结果"),
                    self.tr("改判金额（元）"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 3 or (index.column() == 4 and self.results[index.row()] is ItemResult.CHANGED):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, r, c = self.items[index.row()], index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:
                return str(item.no)
            if c == 1:
                return item.claim
            if c == 2:
                return money(item.amount) if item.amount is not None else self.tr("（无金额）")
            if c == 3:
                result = self.results[r]
                return label(result) if result is not None else self.tr("（未裁判）")
            return self.amounts[r]
        if role == Qt.ItemDataRole.EditRole:
            if c == 3:
                result = self.results[r]
                return result.value if result is not None else ""
            if c == 4:
                return self.amounts[r]
        if role == Qt.ItemDataRole.ToolTipRole and c == 1:
            return item.claim
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (2, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = index.row()
        if index.column() == 3:
            self.results[r] = ItemResult(value) if value else None
            if self.results[r] is not ItemResult.CHANGED:
                self.amounts[r] = ""
            self.dataChanged.emit(self.index(r, 3), self.index(r, 4))
            return True
        if index.column() == 4:
            self.amounts[r] = str(value).strip()
            self.dataChanged.emit(index, index)
            return True
        return False

    def results_input(self) -> tuple[ItemResultInput, ...]:
        """The items given a result, or ``ValidationError`` ("items.N") for an unreadable amount."""
        out = []
        for item, result, text in zip(self.items, self.results, self.amounts):
            if result is None:
                continue
            amount: Decimal | None = None
            if result is ItemResult.CHANGED:
                amount = amount_or_none(text, f"items.{item.no}")
            out.append(ItemResultInput(award_item_no=item.no, result=result, new_amount=amount))
        return tuple(out)


class ResultDelegate(QStyledItemDelegate):
    """A combo of 维持 / 改判 / 撤销 (and blank: not decided) in the result column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        if index.column() != 3:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem(self.tr("（未裁判）"), "")
        for result in ItemResult:
            combo.addItem(label(result), result.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class CourtOutcomeDialog(TaskDialog):
    """``record(outcome, judgment_file_or_None)`` records it on the worker (``services.court.record_outcome``)."""

    def __init__(self, proceeding: CourtProceeding, award: AwardRef | None, decisions: Sequence[CourtDecision],
                 record: Callable[[OutcomeInput, Path | None], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("登记法院裁判结果"))
        self.proceeding, self._record = proceeding, record
        self.ui = ui = Ui_CourtOutcomeDialog()
        self.use_form(ui, {"decision": "decision", "decided_on": "decided_on", "received_on": "received_on",
                           "judgment_number": "judgment_number", "summary": "summary", "items": "items_view",
                           "judgment_file": "judgment_file_box"})
        ui.heading.setText(self.tr("{court}　{kind}（立案：{date}）").format(
            court=proceeding.court, kind=label(proceeding.kind), date=format_date(proceeding.filed_on)))
        for decision in decisions:
            ui.decision.addItem(label(decision), decision.value)
        today = clock.today()
        _date_limits(ui.decided_on, today)
        _date_limits(ui.received_on, today)
        ui.decided_on.setMinimumDate(to_qdate(proceeding.filed_on))
        ui.received_on.setMinimumDate(to_qdate(proceeding.filed_on))
        self.model = OutcomeItemsModel(award, self)
        self.items_view = ui.items_view
        self.items_view.setModel(self.model)
        self.items_view.setItemDelegate(ResultDelegate(self.items_view))
        self.items_view.setEditTriggers(self.items_view.EditTrigger.AllEditTriggers)
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.items_note.setStyleSheet(NOTICE_STYLE)
        if award is None:
            self.items_view.hide()
            ui.items_view_label.hide()
            ui.items_note.setText(self.tr("本程序不针对仲裁裁决书，没有逐项的裁判结果。"))
        else:
            ui.items_note.setText(self.tr("裁决书 {number}：逐项选择法院的结果（维持、改判并填写改判后的金额、撤销）；"
                                          "法院未涉及的事项留空。").format(number=award.number))
            keep_rows_visible(self.items_view.parentWidget())
        ui.judgment_file_button.clicked.connect(self.choose_file)
        self.finish_layout()
        self.setMinimumWidth(720)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择裁判文书"), "", self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.ui.judgment_file.setText(path)

    def outcome(self) -> OutcomeInput:
        ui = self.ui
        return OutcomeInput(decision=CourtDecision(ui.decision.currentData()), decided_on=ui.decided_on.date().toPython(),
                            judgment_number=ui.judgment_number.text(), received_on=ui.received_on.date().toPython(),
                            items=self.model.results_input(), summary=ui.summary.toPlainText())

    def on_ok(self) -> None:
        self.clear_messages()
        if self.ui.decision.currentData() is None:
            self.form.show_errors({"decision": self.tr("请选择裁判结果")})
            return
        try:
            outcome = self.outcome()
        except ValidationError as exc:
            self._show_errors(exc.fields)
            return
        text = self.ui.judgment_file.text().strip()
        self.submit(self.tr("登记法院裁判结果"), self._record, outcome, Path(text) if text else None,
                    busy_text=self.tr("正在保存……"))

    def _show_errors(self, fields: dict[str, str]) -> None:
        items = [v for k, v in fields.items() if k.startswith("items.")]
        rest = {k: v for k, v in fields.items() if not k.startswith("items.")}
        if items:
            rest["items"] = "；".join(items)
        left = self.form.show_errors(rest)
        if left:
            self.show_message("；".join(left.values()) if isinstance(left, dict) else str(left))

    def _work_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError) and any(k.startswith("items.") for k in exc.fields):
            self._set_busy(False)
            self._show_errors(exc.fields)
            return True
        return super()._work_failed(exc)


# --------------------------------------------------------------------------- the outbox


class OutboxNoteDialog(TaskDialog):
    """The court's receipt of a package (reference and note), or, with ``cancel``, the reason a
    waiting package is not sent. ``act(reference, note)`` runs on the worker."""

    def __init__(self, title: str, heading: str, act: Callable[[str, str], Any], *, cancel: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, title)
        self._act, self.cancel = act, cancel
        self.ui = ui = Ui_OutboxNoteDialog()
        self.use_form(ui, {"reason": "note"} if cancel else {"reference": "reference", "note": "note"})
        ui.heading.setText(heading)
        if cancel:
            ui.reference.hide()
            ui.reference_label.hide()
            ui.note_label.setText(self.tr("取消原因"))
        self.finish_layout()
        self.setMinimumWidth(480)

    def on_ok(self) -> None:
        ui = self.ui
        self.submit(self.windowTitle(), self._act, ui.reference.text().strip(), ui.note.toPlainText().strip(),
                    busy_text=self.tr("正在保存……"))
