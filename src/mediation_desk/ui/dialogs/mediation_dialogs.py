"""The mediation panel's forms: a session (with its start and end time), a proposal (naming which
party put it), the agreement's items, one item's correction, a performance, a failed mediation, an
application to a court or commission, and the reason asked for a deletion or a reversal.

Each form saves through a function run on the worker thread; refused input keeps the form open with
the message; a correction or deletion cannot be saved without the user's reason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget)

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import CaseStatus, ClaimKind
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.mediation import AgreementItem, ProposalSide
from mediation_desk.services import clock
from mediation_desk.services import mediation as mediation_service
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.labels import label
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import (amount_or_none as _amount, date_edit as _date_edit_at,
                                      from_qdate as _from_qdate, guarded as _guarded, yuan_or_blank)

DEFAULT_METHOD = "银行转账"


def _date_edit(d: date | None = None) -> QDateEdit:
    return _date_edit_at(d or clock.today())


def _time_edit(t: time | None) -> QTimeEdit:
    edit = QTimeEdit(QTime(t.hour, t.minute) if t is not None else QTime(9, 0))
    edit.setDisplayFormat("HH:mm")
    return edit


def _from_qtime(q: QTime) -> time:
    return time(q.hour(), q.minute())


def session_times(s: mediation_service.MediationSession) -> str:
    if s.starts_at and s.ends_at:
        return f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"
    return ""


def yuan_text(value: Any) -> str:
    """An amount with its unit in the interface language."""
    text = yuan_or_blank(value)
    return f"{text[:-1]} yuan" if text.endswith("元") and current_lang() == "en" else text


def format_label(fmt: str) -> str:
    """The file kind as users know it: Word (DOCX) or PDF."""
    return QCoreApplication.translate("DocumentsPanel", "Word（DOCX）") if fmt.lower() == "docx" else fmt.upper()


class SaveDialog(QDialog):
    """A form that saves through ``save(values)`` on the worker; it stays open, with the message,
    when the input is refused, and closes with ``result_value`` set when saved."""

    def __init__(self, title: str, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.result_value: Any = None
        self.saving = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:  # overridden
        return {}

    def add_reason(self, placeholder: str) -> None:
        """A correction: the user must say why (kept in the audit record)."""
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(placeholder)
        self.form.addRow(QCoreApplication.translate("MediationDialogs", "理由"), self.reason_edit)

    def reason_text(self) -> str:
        edit = getattr(self, "reason_edit", None)
        return edit.text() if edit is not None else ""

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        if self.saving:
            return
        try:
            values = self.values()
        except ValidationError as exc:
            self.show_error("；".join(exc.fields.values()) or exc.zh)
            return
        self.saving = True
        self.buttons.setEnabled(False)
        self.show_error("")

        def done(result: Any) -> None:
            self.saving = False
            self.result_value = result
            self.accept()

        def failed(exc: BaseException) -> bool:
            self.saving = False
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.show_error("；".join(exc.fields.values()) or exc.zh)
                return True
            self.show_error(getattr(exc, "zh", "") or str(exc))
            return False

        run_task(self, self.windowTitle(), lambda _progress: self._save(values), on_done=_guarded(self, done),
                 on_error=_guarded(self, failed, True), show_progress=False)

class SessionDialog(SaveDialog):
    """A new session, or (``session`` given) the correction of a recorded one, with its reason."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, mediator: str,
                 session: mediation_service.MediationSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改调解记录") if session else self.tr("记录调解"), save, parent)
        self.editing = session is not None
        self.held_on = _date_edit(session.held_on if session else None)
        self.starts_at = _time_edit(session.starts_at if session else time(9, 0))
        self.ends_at = _time_edit(session.ends_at if session else time(10, 0))
        times = QHBoxLayout()
        times.addWidget(self.starts_at)
        times.addWidget(QLabel(self.tr("至")))
        times.addWidget(self.ends_at)
        times.addStretch(1)
        self.place = QLineEdit(session.place if session else "")
        self.place.setPlaceholderText(self.tr("例如：第二调解室"))
        self.participants = QLineEdit(session.participants if session else "")
        self.participants.setPlaceholderText(self.tr("到场人员，例如：申请人本人；被申请人运营主管周某"))
        self.mediator = QLineEdit(session.mediator if session else mediator)
        self.recorder = QLineEdit(mediator)
        self.record = QPlainTextEdit(session.record if session else "")
        self.record.setPlaceholderText(self.tr("每行一段发言，格式“发言人：内容”，例如：\n申请人：公司欠我两个月工资。"))
        self.make_record = QComboBox()
        self.make_record.addItem(self.tr("同时生成调解笔录"), True)
        self.make_record.addItem(self.tr("只保存记录"), False)
        self.form.addRow(self.tr("调解日期"), self.held_on)
        self.form.addRow(self.tr("开始和结束时间"), times)
        self.form.addRow(self.tr("调解地点"), self.place)
        self.form.addRow(self.tr("参加人员"), self.participants)
        self.form.addRow(self.tr("调解员"), self.mediator)
        self.form.addRow(self.tr("记录人"), self.recorder)
        self.form.addRow(self.tr("调解笔录"), self.record)
        self.form.addRow("", self.make_record)
        if self.editing:
            self.add_reason(self.tr("例如：开始时间记错"))
        self.resize(620, 500)

    def values(self) -> dict[str, Any]:
        return {"held_on": _from_qdate(self.held_on.date()), "starts_at": _from_qtime(self.starts_at.time()),
                "ends_at": _from_qtime(self.ends_at.time()), "place": self.place.text(),
                "participants": self.participants.text(), "mediator": self.mediator.text(),
                "recorder": self.recorder.text(), "record": self.record.toPlainText(),
                "render": bool(self.make_record.currentData()), "reason": self.reason_text()}


class ProposalDialog(SaveDialog):
    """A proposal, naming which applicant or respondent put it (or the mediator); ``proposal``
    given, its correction with the reason."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, applicants: Sequence[str] = (),
                 respondents: Sequence[str] = (), mediator: str = "",
                 proposal: mediation_service.Proposal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改调解方案") if proposal else self.tr("登记调解方案"), save, parent)
        self._parties = {ProposalSide.WORKER.value: list(applicants), ProposalSide.EMPLOYER.value: list(respondents),
                         ProposalSide.MEDIATOR.value: [mediator] if mediator else []}
        self.side = QComboBox()
        for side in ProposalSide:
            self.side.addItem(label(side), side.value)
        self.party = QComboBox()
        self.side.currentIndexChanged.connect(lambda _i: self._fill_parties())
        self.content = QPlainTextEdit(proposal.content if proposal else "")
        self.content.setMaximumHeight(120)
        self.amount = QLineEdit(format(proposal.amount, "f") if proposal and proposal.amount is not None else "")
        self.amount.setPlaceholderText(self.tr("元，可不填"))
        self.on = _date_edit(proposal.proposed_on if proposal else None)
        self.form.addRow(self.tr("提出方"), self.side)
        self.form.addRow(self.tr("提出人"), self.party)
        self.form.addRow(self.tr("方案内容"), self.content)
        self.form.addRow(self.tr("金额"), self.amount)
        self.form.addRow(self.tr("提出日期"), self.on)
        self._fill_parties()
        if proposal is not None:
            self.side.setCurrentIndex(max(0, self.side.findData(proposal.side.value)))
            if proposal.party and self.party.findData(proposal.party) < 0:
                self.party.addItem(proposal.party, proposal.party)
            self.party.setCurrentIndex(max(0, self.party.findData(proposal.party)))
            self.add_reason(self.tr("例如：提出方案的被申请人记错"))
        self.resize(560, 360)

    def _fill_parties(self) -> None:
        names = self._parties.get(self.side.currentData() or "", [])
        self.party.clear()
        if len(names) > 1:
            self.party.addItem(self.tr("（请选择）"), "")
        for name in names:
            self.party.addItem(name, name)
        self.party.setEnabled(bool(names))

    def values(self) -> dict[str, Any]:
        return {"side": self.side.currentData(), "party": self.party.currentData() or "",
                "content": self.content.toPlainText(), "amount": _amount(self.amount.text(), "amount"),
                "on": _from_qdate(self.on.date()), "reason": self.reason_text()}


def _kind_combo(kind: ClaimKind | None, *, money: bool) -> QComboBox:
    combo = QComboBox()
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
        self.agreed_on = _date_edit()
        self.mediator = QLineEdit(mediator)
        self.performance = QLineEdit()
        self.performance.setPlaceholderText(self.tr("可不填：每一项已写明义务人、期限和方式"))
        self.form.addRow(self.tr("协议日期"), self.agreed_on)
        self.form.addRow(self.tr("调解员"), self.mediator)
        self.form.addRow(self.tr("履行方式和期限"), self.performance)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("义务人"), self.tr("权利人"), self.tr("约定内容"),
                                              self.tr("款项类别"), self.tr("金额（元）"), self.tr("履行期限"),
                                              self.tr("履行方式")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_row_button = QPushButton(self.tr("添加一项"))
        self.add_row_button.clicked.connect(lambda: self.add_item())
        self.remove_row_button = QPushButton(self.tr("删除所选项"))
        self.remove_row_button.clicked.connect(self.remove_item)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("协议内容（逐项填写；其他约定选“非金钱给付”）")))
        bar.addStretch(1)
        bar.addWidget(self.add_row_button)
        bar.addWidget(self.remove_row_button)
        self.extra.addLayout(bar)
        self.extra.addWidget(self.table, 1)
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
        combo = _kind_combo(kind, money=money)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._kind_changed(c))
        self.table.setCellWidget(row, 3, combo)
        self.table.setCellWidget(row, 5, _date_edit(due or clock.today()))
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
        self.obligor = QLineEdit(item.obligor)
        self.obligee = QLineEdit(item.obligee)
        self.content = QLineEdit(item.content)
        self.kind = _kind_combo(item.claim_kind, money=item.amount is not None)
        if item.amount is not None and item.claim_kind is None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(ClaimKind.OTHER.value)))
        self.amount = QLineEdit(format(item.amount, "f") if item.amount is not None else "")
        self.due_on = _date_edit(item.due_on)
        self.method = QLineEdit(item.method)
        self.form.addRow(self.tr("义务人"), self.obligor)
        self.form.addRow(self.tr("权利人"), self.obligee)
        self.form.addRow(self.tr("约定内容"), self.content)
        self.form.addRow(self.tr("款项类别"), self.kind)
        self.form.addRow(self.tr("金额（元）"), self.amount)
        self.form.addRow(self.tr("履行期限"), self.due_on)
        self.form.addRow(self.tr("履行方式"), self.method)
        if item.amount is not None:
            self.form.addRow(self.tr("已履行"), QLabel(yuan_text(item.paid)))
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


class ReasonDialog(SaveDialog):
    """What is about to be deleted or reversed, and the reason the user must give."""

    def __init__(self, title: str, what: str, save: Callable[[dict[str, Any]], Any], *, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        text = QLabel(what)
        text.setWordWrap(True)
        self.form.addRow(text)
        self.add_reason(placeholder)
        self.resize(520, 180)

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason_text()}


class PerformanceDialog(SaveDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], *, row: mediation_service.ItemStatus,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记履行"), save, parent)
        item = row.item
        what = QLabel(f"{row.position}. {item.obligor}：{item.content}")
        what.setWordWrap(True)
        self.form.addRow(self.tr("协议事项"), what)
        self.amount = QLineEdit(format(row.outstanding, "f") if row.outstanding is not None else "")
        self.amount.setEnabled(item.amount is not None)
        if item.amount is not None:
            self.form.addRow(self.tr("约定金额"), QLabel(yuan_text(item.amount)))
            self.form.addRow(self.tr("已履行"), QLabel(yuan_text(item.paid)))
        self.form.addRow(self.tr("本次履行金额"), self.amount)
        self.on = _date_edit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("例如：银行转账回单尾号1234"))
        self.form.addRow(self.tr("履行日期"), self.on)
        self.form.addRow(self.tr("备注"), self.note)
        self.has_amount = item.amount is not None
        self.resize(460, 260)

    def values(self) -> dict[str, Any]:
        amount = _amount(self.amount.text(), "amount") if self.has_amount else None
        if self.has_amount and amount is None:
            raise ValidationError({"amount": "请填写本次履行的金额"})
        return {"amount": amount, "on": _from_qdate(self.on.date()), "note": self.note.text()}


class FailedDialog(SaveDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("调解不成"), save, parent)
        self.on = _date_edit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：被申请人明确表示不同意调解"))
        self.next_status = QComboBox()
        # a mediation organisation closes the case and tells the worker where to apply; only a case
        # the commission has already accepted goes (back) into arbitration
        self.next_status.addItem(self.tr("结案（告知申请人可申请仲裁）"), CaseStatus.CLOSED.value)
        self.next_status.addItem(self.tr("转入仲裁（仲裁委员会已受理的案件）"), CaseStatus.ARBITRATION.value)
        self.commission = QLineEdit(jurisdiction.venue().commission)
        self.form.addRow(self.tr("终止调解日期"), self.on)
        self.form.addRow(self.tr("终止调解的原因"), self.reason)
        self.form.addRow(self.tr("案件下一步"), self.next_status)
        self.form.addRow(self.tr("告知的仲裁委员会"), self.commission)
        self.resize(520, 240)

    def values(self) -> dict[str, Any]:
        return {"on": _from_qdate(self.on.date()), "reason": self.reason.text(),
                "next_status": CaseStatus(self.next_status.currentData()), "commission": self.commission.text()}


class InstitutionDialog(SaveDialog):
    """A date and the court or commission an application goes to."""

    def __init__(self, title: str, label: str, default: str, save: Callable[[dict[str, Any]], Any], *,
                 with_date: bool = True, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            self.form.addRow(hint)
        self.institution = QLineEdit(default)
        self.form.addRow(label, self.institution)
        self.on = _date_edit() if with_date else None
        if self.on is not None:
            self.form.addRow(self.tr("申请日期"), self.on)
        self.resize(520, 200)

    def values(self) -> dict[str, Any]:
        return {"institution": self.institution.text(),
                "on": _from_qdate(self.on.date()) if self.on is not None else None}
