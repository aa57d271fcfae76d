"""The forms of the mediation agreement: its items, one item's correction, and a performance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.mediation import AgreementItem
from mediation_desk.services import clock
from mediation_desk.services import mediation as mediation_service
from mediation_desk.ui.dialogs.mediation_base import DEFAULT_METHOD, SaveDialog, date_edit, set_date, yuan_text
from mediation_desk.ui.forms.mediation_agreement_dialog_ui import Ui_AgreementDialog
from mediation_desk.ui.forms.mediation_item_dialog_ui import Ui_ItemDialog
from mediation_desk.ui.forms.mediation_performance_dialog_ui import Ui_PerformanceDialog
from mediation_desk.ui.labels import label
from mediation_desk.ui.widgets import amount_or_none as _amount, from_qdate as _from_qdate


def _fill_kinds(combo: QComboBox, kind: ClaimKind | None, *, money: bool) -> QComboBox:
    combo.addItem(QCoreApplication.translate("AgreementDialog", "（非金钱给付）"), "")
    for member in ClaimKind:
        combo.addItem(label(member), member.value)
    if kind is not None:
        combo.setCurrentIndex(max(0, combo.findData(kind.value)))
    elif money:
        combo.setCurrentIndex(max(0, combo.findData(ClaimKind.UNPAID_PAY.value)))
    return combo


class AgreementDialog(SaveDialog):
    """The agreement's items, one row each: obligor, obligee, content, claim kind, amount, due date, method.
    A row whose kind is "non-money" is a term of its own (no amount, no payment method)."""

    COLUMNS = ("义务人", "权利人", "约定内容", "款项类别", "金额（元）", "履行期限", "履行方式")

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, obligor: str, obligee: str, mediator: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("达成调解协议"), save, parent)
        self._obligor, self._obligee = obligor, obligee
        self.ui = Ui_AgreementDialog()
        self.use_form(self.ui)
        self.agreed_on, self.mediator, self.performance = self.ui.agreed_on, self.ui.mediator, self.ui.performance
        self.table, self.add_row_button, self.remove_row_button = (self.ui.table, self.ui.add_row_button,
                                                                   self.ui.remove_row_button)
        set_date(self.agreed_on)
        self.mediator.setText(mediator)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_row_button.clicked.connect(lambda: self.add_item())
        self.remove_row_button.clicked.connect(self.remove_item)
        self.add_item()
        self.resize(1000, 440)
        for col, width in enumerate((190, 80, 0, 150, 100, 120, 100)):
            if width:
                self.table.setColumnWidth(col, width)

    def add_item(self, *, obligor: str | None = None, obligee: str | None = None, content: str = "",
                 kind: ClaimKind | None = None, amount: str = "", due: date | None = None,
                 method: str | None = None, money: bool = True) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        money = money or kind is not None
        if method is None:
            method = DEFAULT_METHOD if money else ""
        for col, text in ((0, self._obligor if obligor is None else obligor),
                          (1, self._obligee if obligee is None else obligee), (2, content), (4, amount), (6, method)):
            self.table.setItem(row, col, QTableWidgetItem(text))
        combo = _fill_kinds(QComboBox(), kind, money=money)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._kind_changed(c))
        self.table.setCellWidget(row, 3, combo)
        self.table.setCellWidget(row, 5, date_edit(due or clock.today()))
        return row

    def _kind_changed(self, combo: QComboBox) -> None:
        """A non-money term carries no amount or payment method; a money one gets the usual method."""
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, 3) is not combo:
                continue
            method, amount = self.table.item(row, 6), self.table.item(row, 4)
            if not combo.currentData():
                if method is not None and method.text() == DEFAULT_METHOD:
                    method.setText("")
                if amount is not None:
                    amount.setText("")
            elif method is not None and not method.text():
                method.setText(DEFAULT_METHOD)

    def remove_item(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    def items(self) -> list[AgreementItem]:
        out = []
        errors: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 3)
            due = self.table.cellWidget(row, 5)
            code = combo.currentData() if isinstance(combo, QComboBox) else ""
            amount = _amount(self._text(row, 4), f"items[{row}].amount")
            if code and amount is None:
                errors[f"items[{row}].amount"] = f"第{row + 1}项是金钱给付，请填写金额（或选择“非金钱给付”）"
            out.append(AgreementItem(
                obligor=self._text(row, 0), obligee=self._text(row, 1), content=self._text(row, 2),
                claim_kind=ClaimKind(code) if code else None, amount=amount if code else None,
                due_on=_from_qdate(due.date()) if isinstance(due, QDateEdit) else None, method=self._text(row, 6)))
        if errors:
            raise ValidationError(errors)
        return out

    def values(self) -> dict[str, Any]:
        return {"agreed_on": _from_qdate(self.agreed_on.date()), "items": self.items(),
                "mediator": self.mediator.text(), "performance": self.performance.text()}


class ItemDialog(SaveDialog):
    """The correction of one agreement item's terms, with the reason."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, row: mediation_service.ItemStatus,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改协议第{n}项").format(n=row.position), save, parent)
        item = row.item
        self.ui = ui = Ui_ItemDialog()
        self.use_form(ui)
        self.obligor, self.obligee, self.content = ui.obligor, ui.obligee, ui.content
        self.kind, self.amount, self.due_on, self.method = ui.kind, ui.amount, ui.due_on, ui.method
        self.obligor.setText(item.obligor)
        self.obligee.setText(item.obligee)
        self.content.setText(item.content)
        _fill_kinds(self.kind, item.claim_kind, money=item.amount is not None)
        if item.amount is not None and item.claim_kind is None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(ClaimKind.OTHER.value)))
        self.amount.setText(format(item.amount, "f") if item.amount is not None else "")
        set_date(self.due_on, item.due_on)
        self.method.setText(item.method)
        ui.paid.setText(yuan_text(item.paid))
        ui.fields.setRowVisible(ui.paid, item.amount is not None)
        self.add_reason(self.tr("例如：履行期限记错"))
        self.resize(560, 380)

    def values(self) -> dict[str, Any]:
        code = self.kind.currentData() or ""
        amount = _amount(self.amount.text(), "amount") if code else None
        if code and amount is None:
            raise ValidationError({"amount": "金钱给付请填写金额（或选择“非金钱给付”）"})
        return {"obligor": self.obligor.text(), "obligee": self.obligee.text(), "content": self.content.text(),
                "claim_kind": code, "amount": amount, "due_on": _from_qdate(self.due_on.date()),
                "method": self.method.text(), "reason": self.reason_text()}


class PerformanceDialog(SaveDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], *, row: mediation_service.ItemStatus,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记履行"), save, parent)
        item = row.item
        self.ui = ui = Ui_PerformanceDialog()
        self.use_form(ui)
        self.amount, self.on, self.note = ui.amount, ui.on, ui.note
        ui.what.setText(f"{row.position}. {item.obligor}：{item.content}")
        self.has_amount = item.amount is not None
        ui.agreed.setText(yuan_text(item.amount) if self.has_amount else "")
        ui.paid.setText(yuan_text(item.paid) if self.has_amount else "")
        for value in (ui.agreed, ui.paid):
            ui.fields.setRowVisible(value, self.has_amount)
        self.amount.setText(format(row.outstanding, "f") if row.outstanding is not None else "")
        self.amount.setEnabled(self.has_amount)
        set_date(self.on)
        self.resize(460, 260)

    def values(self) -> dict[str, Any]:
        amount = _amount(self.amount.text(), "amount") if self.has_amount else None
        if self.has_amount and amount is None:
            raise ValidationError({"amount": "请填写本次履行的金额"})
        return {"amount": amount, "on": _from_qdate(self.on.date()), "note": self.note.text()}
