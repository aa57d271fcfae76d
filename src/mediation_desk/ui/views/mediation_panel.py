"""调解: one case's mediation -- the 15-day window, the sessions and their record, proposals and
counter-proposals, the agreement and its performance item by item, the advice on default (payment
order or arbitration), the joint applications for arbitral review / judicial confirmation, a failed
mediation, and the documents made on the way (exported only on the user's explicit request).

Every database and rendering operation runs on the worker thread (``ui.tasks.run_task``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from mediation_desk.domain.cases import CaseDetail, CaseStatus, ClaimKind
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.mediation import AgreementItem, NextStep, PerformanceState, ProposalSide
from mediation_desk.domain.users import Permission
from mediation_desk.services import documents as document_service
from mediation_desk.services import mediation as mediation_service
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import (guarded as _guarded, from_qdate as _from_qdate, date_edit as _date_edit,
                                      amount_or_none as _amount, yuan_text as _yuan, day_text as _cn,
                                      read_only_table as _table, fill_table as _fill)

_OK_STYLE = "color: #1e6b35;"
_WARN_STYLE = "color: #8a5a00; font-weight: bold;"
_OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"
_STATE_COLOURS = {PerformanceState.OVERDUE: "#b3261e", PerformanceState.PARTIAL: "#8a5a00",
                  PerformanceState.PERFORMED: "#1e6b35"}
DEFAULT_COMMISSION = "南昌市劳动人事争议仲裁委员会"


# --------------------------------------------------------------------------- dialogs


class _SaveDialog(QDialog):
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


class SessionDialog(_SaveDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], *, mediator: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("记录调解"), save, parent)
        self.held_on = _date_edit()
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("例如：第二调解室"))
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("到场人员，例如：申请人本人；被申请人运营主管周某"))
        self.mediator = QLineEdit(mediator)
        self.recorder = QLineEdit(mediator)
        self.record = QPlainTextEdit()
        self.record.setPlaceholderText(self.tr("每行一段发言，格式“发言人：内容”，例如：\n申请人：公司欠我两个月工资。"))
        self.make_record = QComboBox()
        self.make_record.addItem(self.tr("同时生成调解笔录"), True)
        self.make_record.addItem(self.tr("只保存记录"), False)
        self.form.addRow(self.tr("调解日期"), self.held_on)
        self.form.addRow(self.tr("调解地点"), self.place)
        self.form.addRow(self.tr("参加人员"), self.participants)
        self.form.addRow(self.tr("调解员"), self.mediator)
        self.form.addRow(self.tr("记录人"), self.recorder)
        self.form.addRow(self.tr("调解笔录"), self.record)
        self.form.addRow("", self.make_record)
        self.resize(620, 480)

    def values(self) -> dict[str, Any]:
        return {"held_on": _from_qdate(self.held_on.date()), "place": self.place.text(),
                "participants": self.participants.text(), "mediator": self.mediator.text(),
                "recorder": self.recorder.text(), "record": self.record.toPlainText(),
                "render": bool(self.make_record.currentData())}


class ProposalDialog(_SaveDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记调解方案"), save, parent)
        self.side = QComboBox()
        for side in ProposalSide:
            self.side.addItem(self.tr(side.label), side.value)  # type: ignore[attr-defined]
        self.content = QPlainTextEdit()
        self.content.setMaximumHeight(120)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("元，可不填"))
        self.on = _date_edit()
        self.form.addRow(self.tr("提出方"), self.side)
        self.form.addRow(self.tr("方案内容"), self.content)
        self.form.addRow(self.tr("金额"), self.amount)
        self.form.addRow(self.tr("提出日期"), self.on)
        self.resize(520, 320)

    def values(self) -> dict[str, Any]:
        return {"side": self.side.currentData(), "content": self.content.toPlainText(),
                "amount": _amount(self.amount.text(), "amount"), "on": _from_qdate(self.on.date())}


class AgreementDialog(_SaveDialog):
    """The agreement's items, one row each: obligor, obligee, content, claim kind, amount, due date, method."""

    COLUMNS = ("义务人", "权利人", "约定内容", "款项类别", "金额（元）", "履行期限", "履行方式")

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, obligor: str, obligee: str, mediator: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("达成调解协议"), save, parent)
        self._obligor, self._obligee = obligor, obligee
        self.agreed_on = _date_edit()
        self.mediator = QLineEdit(mediator)
        self.performance = QLineEdit()
        self.performance.setPlaceholderText(self.tr("可不填：按各项的期限和方式自动写明"))
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
        bar.addWidget(QLabel(self.tr("协议内容（逐项填写）")))
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
                 kind: ClaimKind | None = None, amount: str = "", due: date | None = None, method: str = "银行转账") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in ((0, self._obligor if obligor is None else obligor),
                          (1, self._obligee if obligee is None else obligee), (2, content), (4, amount), (6, method)):
            self.table.setItem(row, col, QTableWidgetItem(text))
        combo = QComboBox()
        combo.addItem(self.tr("（非金钱给付）"), "")
        for member in ClaimKind:
            combo.addItem(self.tr(member.label), member.value)  # type: ignore[attr-defined]
        combo.setCurrentIndex(max(0, combo.findData(kind.value if kind else ClaimKind.UNPAID_PAY.value)))
        self.table.setCellWidget(row, 3, combo)
        self.table.setCellWidget(row, 5, _date_edit(due or date.today()))
        return row

    def remove_item(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    def items(self) -> list[AgreementItem]:
        out = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 3)
            due = self.table.cellWidget(row, 5)
            code = combo.currentData() if isinstance(combo, QComboBox) else ""
            out.append(AgreementItem(
                obligor=self._text(row, 0), obligee=self._text(row, 1), content=self._text(row, 2),
                claim_kind=ClaimKind(code) if code else None,
                amount=_amount(self._text(row, 4), f"items[{row}].amount"),
                due_on=_from_qdate(due.date()) if isinstance(due, QDateEdit) else None, method=self._text(row, 6)))
        return out

    def values(self) -> dict[str, Any]:
        return {"agreed_on": _from_qdate(self.agreed_on.date()), "items": self.items(),
                "mediator": self.mediator.text(), "performance": self.performance.text()}


class PerformanceDialog(_SaveDialog):
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
            self.form.addRow(self.tr("约定金额"), QLabel(_yuan(item.amount)))
            self.form.addRow(self.tr("已履行"), QLabel(_yuan(item.paid)))
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


class FailedDialog(_SaveDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("调解不成"), save, parent)
        self.on = _date_edit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：被申请人明确表示不同意调解"))
        self.next_status = QComboBox()
        self.next_status.addItem(self.tr("转入仲裁"), CaseStatus.ARBITRATION.value)
        self.next_status.addItem(self.tr("结案"), CaseStatus.CLOSED.value)
        self.commission = QLineEdit(DEFAULT_COMMISSION)
        self.form.addRow(self.tr("终止调解日期"), self.on)
        self.form.addRow(self.tr("终止调解的原因"), self.reason)
        self.form.addRow(self.tr("案件下一步"), self.next_status)
        self.form.addRow(self.tr("告知的仲裁委员会"), self.commission)
        self.resize(520, 240)

    def values(self) -> dict[str, Any]:
        return {"on": _from_qdate(self.on.date()), "reason": self.reason.text(),
                "next_status": CaseStatus(self.next_status.currentData()), "commission": self.commission.text()}


class InstitutionDialog(_SaveDialog):
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


# --------------------------------------------------------------------------- the panel


class MediationPanel(QWidget):
    """The mediation of the case given to ``set_case``. ``case_changed`` is emitted after the case's
    status or events changed (session, agreement, failure, application, full performance)."""

    case_changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: CaseDetail | None = None
        self.overview: mediation_service.MediationOverview | None = None
        self.loading = False
        self._generation = 0
        self.dialog: QDialog | None = None
        p = ctx.principal
        self.can_view = p.can(Permission.VIEW_CASES)
        self.can_change = p.can(Permission.CHANGE_CASE_STATUS)
        self.can_render = p.can(Permission.MANAGE_EVIDENCE) and ctx.renderer is not None
        self.can_export = p.can(Permission.EXPORT_EVIDENCE)

        # the window
        self.heading = QLabel(self.tr("调解"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.window_label = QLabel()
        self.window_label.setWordWrap(True)
        self.session_button = QPushButton(self.tr("记录调解…"))
        self.session_button.clicked.connect(lambda: self.open_session())
        self.proposal_button = QPushButton(self.tr("登记方案…"))
        self.proposal_button.clicked.connect(lambda: self.open_proposal())
        self.agreement_button = QPushButton(self.tr("达成调解协议…"))
        self.agreement_button.clicked.connect(lambda: self.open_agreement())
        self.failed_button = QPushButton(self.tr("调解不成…"))
        self.failed_button.clicked.connect(lambda: self.open_failed())
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.window_label, 1)
        for b in (self.session_button, self.proposal_button, self.agreement_button, self.failed_button):
            top.addWidget(b)

        # sessions and proposals
        self.sessions = _table([self.tr("日期"), self.tr("地点"), self.tr("调解员"), self.tr("参加人员"),
                                self.tr("笔录摘要")])
        self.proposals = _table([self.tr("日期"), self.tr("提出方"), self.tr("金额"), self.tr("方案内容")])
        sessions_box = QGroupBox(self.tr("调解记录"))
        QVBoxLayout(sessions_box).addWidget(self.sessions)
        proposals_box = QGroupBox(self.tr("方案与反方案"))
        QVBoxLayout(proposals_box).addWidget(self.proposals)

        # the agreement and its performance
        self.agreement_label = QLabel()
        self.agreement_label.setWordWrap(True)
        self.items = _table([self.tr("序号"), self.tr("义务人"), self.tr("约定内容"), self.tr("约定金额"),
                             self.tr("已履行"), self.tr("履行期限"), self.tr("状态")])
        self.items.horizontalHeader().setStretchLastSection(False)
        self.items.itemSelectionChanged.connect(self._update_buttons)
        self.perform_button = QPushButton(self.tr("登记履行…"))
        self.perform_button.clicked.connect(lambda: self.open_performance())
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_button = QPushButton()
        self.advice_button.clicked.connect(lambda: self.follow_advice())
        self.joint_label = QLabel()
        self.joint_label.setWordWrap(True)
        self.review_button = QPushButton(self.tr("申请仲裁审查…"))
        self.review_button.clicked.connect(lambda: self.open_joint(mediation_service.JointKind.ARBITRAL_REVIEW))
        self.confirm_button = QPushButton(self.tr("申请司法确认…"))
        self.confirm_button.clicked.connect(
            lambda: self.open_joint(mediation_service.JointKind.JUDICIAL_CONFIRMATION))
        agreement_box = QGroupBox(self.tr("调解协议与履行"))
        ab = QVBoxLayout(agreement_box)
        ab.addWidget(self.agreement_label)
        ab.addWidget(self.items, 1)
        row1 = QHBoxLayout()
        row1.addWidget(self.advice_label, 1)
        row1.addWidget(self.advice_button)
        row1.addWidget(self.perform_button)
        ab.addLayout(row1)
        row2 = QHBoxLayout()
        row2.addWidget(self.joint_label, 1)
        row2.addWidget(self.review_button)
        row2.addWidget(self.confirm_button)
        ab.addLayout(row2)

        # documents
        self.documents = _table([self.tr("文书"), self.tr("文号"), self.tr("版本"), self.tr("生成时间")])
        self.documents.itemSelectionChanged.connect(self._update_buttons)
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.setToolTip(self.tr("把所选文书写到您选择的位置（记入审计记录）"))
        self.export_button.clicked.connect(lambda: self.export_selected())
        documents_box = QGroupBox(self.tr("调解文书"))
        db = QVBoxLayout(documents_box)
        db.addWidget(self.documents, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        db.addLayout(bar)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        grid = QGridLayout()
        grid.addWidget(sessions_box, 0, 0)
        grid.addWidget(proposals_box, 1, 0)
        grid.addWidget(agreement_box, 0, 1)
        grid.addWidget(documents_box, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.status_label)
        self.set_case(None)

    # ---- the case ----
    def set_case(self, detail: CaseDetail | None) -> None:
        same = detail is not None and self.case is not None and detail.summary.id == self.case.summary.id
        self.case = detail
        if not same:
            self.overview = None
            self._show_status("")
            self._show()
        self.reload()

    @property
    def case_id(self) -> int | None:
        return self.case.summary.id if self.case is not None else None

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        case_id = self.case_id
        if case_id is None or not self.can_view:
            self.loading = False
            self.overview = None
            self._show()
            return
        self.loading = True
        self._update_buttons()
        ctx = self.ctx

        def loaded(overview: mediation_service.MediationOverview) -> None:
            if generation == self._generation:
                self.loading = False
                self.overview = overview
                self._show()

        def failed(_exc: BaseException) -> bool:
            if generation == self._generation:
                self.loading = False
                self._update_buttons()
            return False

        run_task(self, self.tr("读取调解情况"),
                 lambda _progress: mediation_service.mediation_overview(ctx.uow, ctx.principal, case_id=case_id),
                 on_done=_guarded(self, loaded), on_error=_guarded(self, failed, True), show_progress=False)

    def _changed(self, message: str) -> None:
        self._show_status(message)
        self.reload()
        self.case_changed.emit()

    # ---- showing ----
    def _show(self) -> None:
        o = self.overview
        today = date.today()
        self.window_label.setStyleSheet("")
        if o is None:
            self.window_label.setText("")
        elif o.window is not None and o.window.due is not None:
            left = (o.window.due - today).days
            if left < 0:
                text = self.tr("调解期限（15日）已于{due}届满，已逾期 {n} 天：当事人可以依法申请仲裁。").format(
                    due=_cn(o.window.due), n=-left)
                self.window_label.setStyleSheet(_OVERDUE_STYLE)
            else:
                text = self.tr("调解期限（15日）：收到申请 {start}，至 {due} 届满，还剩 {n} 天。").format(
                    start=_cn(o.window.start), due=_cn(o.window.due), n=left)
                if left <= 3:
                    self.window_label.setStyleSheet(_WARN_STYLE)
            self.window_label.setText(text)
        else:
            status = o.status.label  # type: ignore[attr-defined]
            self.window_label.setText(self.tr("案件状态：{status}。").format(status=self.tr(status)))

        sessions = o.sessions if o else ()
        _fill(self.sessions, [[s.held_on.isoformat(), s.place, s.mediator, s.participants,
                               s.record.replace("\n", " ")[:60]] for s in sessions])
        proposals = o.proposals if o else ()
        _fill(self.proposals, [[p.proposed_on.isoformat(), self.tr(p.side.label),  # type: ignore[attr-defined]
                                _yuan(p.amount), p.content] for p in proposals])

        a = o.agreement if o else None
        if a is not None:
            self.agreement_label.setText(self.tr("调解协议于{day}生效：约定合计 {total}，已履行 {paid}。").format(
                day=_cn(a.agreed_on), total=_yuan(a.total), paid=_yuan(a.paid)))
            _fill(self.items, [[str(r.position), r.item.obligor, r.item.content, _yuan(r.item.amount),
                                _yuan(r.item.paid) if r.item.amount is not None else "",
                                r.item.due_on.isoformat() if r.item.due_on else "",
                                self.tr(r.state.label)] for r in a.items],  # type: ignore[attr-defined]
                  [_STATE_COLOURS.get(r.state) for r in a.items])
            self.items.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            self.advice_label.setText(self.tr(a.advice.reason))
            self.advice_label.setStyleSheet(_OVERDUE_STYLE if a.advice.step is not NextStep.NONE else _OK_STYLE)
            if a.advice.step is NextStep.PAYMENT_ORDER:
                self.advice_button.setText(self.tr("生成支付令申请书…"))
            elif a.advice.step is NextStep.ARBITRATION:
                self.advice_button.setText(self.tr("申请仲裁…"))
            self.advice_button.setVisible(a.advice.step is not NextStep.NONE)
            self.joint_label.setText(self._joint_text(a))
        elif o is not None and o.outcome is not None and o.outcome.outcome == mediation_service.FAILED:
            self.agreement_label.setText(self.tr("调解不成（{day}）：{reason}。").format(
                day=_cn(o.outcome.decided_on), reason=o.outcome.reason))
            _fill(self.items, [])
            self.advice_label.setText("")
            self.advice_button.hide()
            self.joint_label.setText("")
        else:
            self.agreement_label.setText(self.tr("尚未达成调解协议。"))
            _fill(self.items, [])
            self.advice_label.setText("")
            self.advice_button.hide()
            self.joint_label.setText("")

        docs = o.documents if o else ()
        _fill(self.documents, [[d.title, d.number, str(d.version), d.created_at.astimezone().strftime("%Y-%m-%d %H:%M")]
                               for d in docs])
        self._update_buttons()

    def _joint_text(self, a: mediation_service.AgreementStatus) -> str:
        if a.applied:
            names = {"arbitration_review_applied": self.tr("已申请仲裁审查"),
                     "judicial_confirmation_applied": self.tr("已申请司法确认")}
            return "；".join(names[k] for k in a.applied) + "。"
        parts = []
        today = date.today()
        for d in a.deadlines:
            if d.due is None:
                continue
            left = (d.due - today).days
            when = self.tr("剩 {n} 天").format(n=left) if left >= 0 else self.tr("已逾期 {n} 天").format(n=-left)
            parts.append(f"{self.tr(d.name)}：{_cn(d.due)}（{when}）")
        if not parts:
            return self.tr("仲裁审查（15日）和司法确认（30日）的申请期限已过或已不需要。")
        return "；".join(parts)

    def _update_buttons(self) -> None:
        o = self.overview
        ready = o is not None and not self.loading
        status = o.status if o else None
        in_mediation = status in (CaseStatus.MEDIATION, CaseStatus.INTAKE, CaseStatus.ACCEPTANCE_REVIEW,
                                  CaseStatus.SUSPENDED)
        self.session_button.setEnabled(ready and self.can_change and in_mediation)
        self.proposal_button.setEnabled(ready and self.can_change and status is CaseStatus.MEDIATION)
        self.agreement_button.setEnabled(ready and self.can_change and status is CaseStatus.MEDIATION)
        self.failed_button.setEnabled(ready and self.can_change and status is CaseStatus.MEDIATION)
        a = o.agreement if o else None
        row = self.current_item()
        self.perform_button.setEnabled(ready and self.can_change and row is not None
                                       and row.state is not PerformanceState.PERFORMED)
        self.advice_button.setEnabled(ready and self.can_render)
        joint_open = a is not None and not a.applied
        codes = {d.code for d in a.deadlines} if a else set()
        self.review_button.setEnabled(ready and joint_open and self.can_change and self.can_render
                                      and "mediation_review" in codes)
        self.confirm_button.setEnabled(ready and joint_open and self.can_change and self.can_render
                                       and "judicial_confirmation" in codes)
        self.export_button.setEnabled(ready and self.can_export and self.current_document() is not None)

    def current_item(self) -> mediation_service.ItemStatus | None:
        a = self.overview.agreement if self.overview else None
        row = self.items.currentRow()
        if a is None or row < 0 or row >= len(a.items):
            return None
        return a.items[row]

    def current_document(self) -> Any:
        docs = self.overview.documents if self.overview else ()
        row = self.documents.currentRow()
        return docs[row] if 0 <= row < len(docs) else None

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else _OK_STYLE)
        self.status_label.setVisible(bool(text))

    # ---- dialogs ----
    def _open(self, dialog: _SaveDialog, on_saved: Callable[[Any], None]) -> _SaveDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_saved(dialog.result_value))
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None

    def _mediator(self) -> str:
        o = self.overview
        if o is not None and o.sessions:
            return o.sessions[-1].mediator
        return self.ctx.principal.display_name

    def open_session(self) -> SessionDialog | None:
        if self.case is None or self.dialog is not None or not self.session_button.isEnabled():
            return None
        ctx, case_id, renderer = self.ctx, self.case.summary.id, self.ctx.renderer if self.can_render else None

        def save(v: dict[str, Any]) -> Any:
            session = mediation_service.record_session(
                ctx.uow, ctx.principal, case_id=case_id, held_on=v["held_on"], place=v["place"],
                participants=v["participants"], mediator=v["mediator"], record=v["record"])
            doc = None
            if v["render"] and renderer is not None:
                doc = mediation_service.render_session_record(ctx.uow, renderer, ctx.principal,
                                                              session_id=session.id, recorder=v["recorder"])
            return session, doc

        def saved(result: Any) -> None:
            if result is None:
                return
            session, doc = result
            text = self.tr("已记录{day}的调解。").format(day=_cn(session.held_on))
            if doc is not None:
                text += self.tr("已生成调解笔录（{number}）。").format(number=doc.number)
            self._changed(text)

        return self._open(SessionDialog(save, mediator=self._mediator(), parent=self), saved)  # type: ignore[return-value]

    def open_proposal(self) -> ProposalDialog | None:
        if self.case is None or self.dialog is not None or not self.proposal_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.case.summary.id

        def save(v: dict[str, Any]) -> Any:
            return mediation_service.add_proposal(ctx.uow, ctx.principal, case_id=case_id, side=v["side"],
                                                  content=v["content"], amount=v["amount"], on=v["on"])

        def saved(p: Any) -> None:
            if p is not None:
                self._show_status(self.tr("已登记{side}的方案。").format(side=self.tr(p.side.label)))
                self.reload()

        return self._open(ProposalDialog(save, parent=self), saved)  # type: ignore[return-value]

    def open_agreement(self) -> AgreementDialog | None:
        if self.case is None or self.dialog is not None or not self.agreement_button.isEnabled():
            return None
        ctx, case_id, renderer = self.ctx, self.case.summary.id, self.ctx.renderer if self.can_render else None
        respondents = [p.name for p in self.case.parties if p.side.value == "respondent"]
        obligor = respondents[-1] if respondents else ""

        def save(v: dict[str, Any]) -> Any:
            return mediation_service.conclude_agreement(ctx.uow, ctx.principal, case_id=case_id,
                                                        agreed_on=v["agreed_on"], items=v["items"],
                                                        renderer=renderer, mediator=v["mediator"],
                                                        performance=v["performance"])

        def saved(result: Any) -> None:
            if result is None:
                return
            _outcome, doc = result
            text = self.tr("已登记调解协议，案件转为“已达成调解协议”。")
            if doc is not None:
                text += self.tr("已生成调解协议书（{number}）。").format(number=doc.number)
            self._changed(text)

        dialog = AgreementDialog(save, obligor=obligor, obligee=self.case.summary.worker_name,
                                 mediator=self._mediator(), parent=self)
        return self._open(dialog, saved)  # type: ignore[return-value]

    def open_performance(self) -> PerformanceDialog | None:
        row = self.current_item()
        if row is None or self.dialog is not None or not self.perform_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return mediation_service.record_performance(ctx.uow, ctx.principal, item_id=row.id, amount=v["amount"],
                                                        on=v["on"], note=v["note"])

        def saved(stored: Any) -> None:
            if stored is not None:
                self._changed(self.tr("已登记第{n}项的履行。").format(n=stored.position))

        return self._open(PerformanceDialog(save, row=row, parent=self), saved)  # type: ignore[return-value]

    def open_failed(self) -> FailedDialog | None:
        if self.case is None or self.dialog is not None or not self.failed_button.isEnabled():
            return None
        ctx, case_id, renderer = self.ctx, self.case.summary.id, self.ctx.renderer if self.can_render else None

        def save(v: dict[str, Any]) -> Any:
            return mediation_service.mediation_failed(ctx.uow, ctx.principal, case_id=case_id, on=v["on"],
                                                      reason=v["reason"], next_status=v["next_status"],
                                                      renderer=renderer, arbitration_commission=v["commission"])

        def saved(result: Any) -> None:
            if result is None:
                return
            outcome, doc = result
            text = self.tr("已登记调解不成，案件转为“{status}”。").format(
                status=self.tr(CaseStatus(outcome.next_status).label))  # type: ignore[attr-defined]
            if doc is not None:
                text += self.tr("已生成调解终止告知书（{number}）。").format(number=doc.number)
            self._changed(text)

        return self._open(FailedDialog(save, parent=self), saved)  # type: ignore[return-value]

    def open_joint(self, kind: str) -> InstitutionDialog | None:
        if self.case is None or self.dialog is not None or self.ctx.renderer is None:
            return None
        ctx, case_id, renderer = self.ctx, self.case.summary.id, self.ctx.renderer
        review = kind == mediation_service.JointKind.ARBITRAL_REVIEW

        def save(v: dict[str, Any]) -> Any:
            if review:
                return mediation_service.joint_application(ctx.uow, renderer, ctx.principal, case_id=case_id,
                                                           kind=kind, on=v["on"],
                                                           arbitration_commission=v["institution"])
            return mediation_service.joint_application(ctx.uow, renderer, ctx.principal, case_id=case_id, kind=kind,
                                                       on=v["on"], court=v["institution"])

        def saved(doc: Any) -> None:
            if doc is not None:
                self._changed(self.tr("已登记共同申请，并生成{title}。").format(title=doc.title))

        if review:
            dialog = InstitutionDialog(self.tr("申请仲裁审查"), self.tr("仲裁委员会"), DEFAULT_COMMISSION, save,
                                       note=self.tr("双方当事人自调解协议生效之日起十五日内共同申请。"), parent=self)
        else:
            dialog = InstitutionDialog(self.tr("申请司法确认"), self.tr("人民法院"), "", save,
                                       note=self.tr("双方当事人自调解协议生效之日起三十日内共同向人民法院申请。"),
                                       parent=self)
        return self._open(dialog, saved)  # type: ignore[return-value]

    def follow_advice(self) -> InstitutionDialog | None:
        a = self.overview.agreement if self.overview else None
        if a is None or self.case is None:
            return None
        if a.advice.step is NextStep.ARBITRATION:
            self._show_status(self.tr("一方不履行调解协议的，另一方可以依法申请仲裁：请在案件中登记仲裁申请。"))
            return None
        if a.advice.step is not NextStep.PAYMENT_ORDER or self.dialog is not None or self.ctx.renderer is None:
            return None
        ctx, case_id, renderer = self.ctx, self.case.summary.id, self.ctx.renderer

        def save(v: dict[str, Any]) -> Any:
            return mediation_service.payment_order_draft(ctx.uow, renderer, ctx.principal, case_id=case_id,
                                                         court=v["institution"])

        def saved(doc: Any) -> None:
            if doc is not None:
                self._show_status(self.tr("已生成支付令申请书草稿，可在“调解文书”中导出。"))
                self.reload()

        dialog = InstitutionDialog(self.tr("支付令申请书"), self.tr("基层人民法院"), "", save, with_date=False,
                                   note=self.tr("劳动者持调解协议书向有管辖权的基层人民法院申请支付令（劳动争议调解仲裁法第十六条）。"),
                                   parent=self)
        return self._open(dialog, saved)  # type: ignore[return-value]

    # ---- export ----
    def export_selected(self, target: Path | str | None = None) -> None:
        doc = self.current_document()
        if doc is None or not self.can_export:
            return
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("导出文书"), doc.filename,
                                                          self.tr("文书 (*.docx *.pdf)"))
            if not chosen:
                return
            target = chosen
        ctx, path = self.ctx, Path(target)

        def done(written: Path) -> None:
            self._show_status(self.tr("已把“{title}”导出到：{path}（已记入审计记录）。").format(title=doc.title,
                                                                                path=str(written)))

        run_task(self, self.tr("导出文书"),
                 lambda _progress: document_service.export_document(ctx.uow, ctx.principal, document_id=doc.id,
                                                                    target_path=path, overwrite=path.exists()),
                 on_done=_guarded(self, done), show_progress=False)
