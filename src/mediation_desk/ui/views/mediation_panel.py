"""调解: one case's mediation -- the 15-day window, the sessions and their record, proposals and
counter-proposals, the agreement and its performance item by item, the advice on default (payment
order or arbitration), the joint applications for arbitral review / judicial confirmation, a failed
mediation, and the documents made on the way (exported only on the user's explicit request).

Every database and rendering operation runs on the worker thread (``ui.tasks.run_task``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QDialog, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import CaseDetail, CaseStatus
from mediation_desk.domain.mediation import NextStep, PerformanceState
from mediation_desk.domain.users import Permission
from mediation_desk.services import clock
from mediation_desk.services import documents as document_service
from mediation_desk.services import mediation as mediation_service
from mediation_desk.services import mediation_edits
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.mediation_dialogs import (AgreementDialog, FailedDialog,
                                                         InstitutionDialog, ItemDialog, PerformanceDialog,
                                                         ProposalDialog, ReasonDialog, SessionDialog, _SaveDialog,
                                                         format_label as _format_label, session_times as _times,
                                                         yuan_text as _yuan)
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.labels import format_date as _cn, label, label_text
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.documents_panel import document_title
from mediation_desk.ui.widgets import guarded as _guarded, read_only_table as _table, fill_table as _fill

_OK_STYLE = "color: #1e6b35;"
_WARN_STYLE = "color: #8a5a00; font-weight: bold;"
_OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"
_STATE_COLOURS = {PerformanceState.OVERDUE: "#b3261e", PerformanceState.PARTIAL: "#8a5a00",
                  PerformanceState.PERFORMED: "#1e6b35"}


# --------------------------------------------------------------------------- the panel


def _boxed(box: QGroupBox, table: QWidget, *buttons: QPushButton) -> None:
    layout = QVBoxLayout(box)
    layout.addWidget(table, 1)
    bar = QHBoxLayout()
    bar.addStretch(1)
    for b in buttons:
        bar.addWidget(b)
    layout.addLayout(bar)


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
        self.can_change = p.can(Permission.CONDUCT_MEDIATION)
        self.can_render = (p.can(Permission.MANAGE_EVIDENCE) and p.can(Permission.CONDUCT_MEDIATION)
                           and ctx.renderer is not None)
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
        self.sessions = _table([self.tr("日期"), self.tr("时间"), self.tr("地点"), self.tr("调解员"),
                                self.tr("参加人员"), self.tr("笔录摘要")])
        self.sessions.itemSelectionChanged.connect(self._update_buttons)
        self.proposals = _table([self.tr("日期"), self.tr("提出人"), self.tr("金额"), self.tr("方案内容")])
        self.proposals.itemSelectionChanged.connect(self._update_buttons)
        self.edit_session_button = QPushButton(self.tr("修改…"))
        self.edit_session_button.clicked.connect(lambda: self.open_edit_session())
        self.delete_session_button = QPushButton(self.tr("删除…"))
        self.delete_session_button.clicked.connect(lambda: self.open_delete_session())
        self.edit_proposal_button = QPushButton(self.tr("修改…"))
        self.edit_proposal_button.clicked.connect(lambda: self.open_edit_proposal())
        self.delete_proposal_button = QPushButton(self.tr("删除…"))
        self.delete_proposal_button.clicked.connect(lambda: self.open_delete_proposal())
        sessions_box = QGroupBox(self.tr("调解记录"))
        _boxed(sessions_box, self.sessions, self.edit_session_button, self.delete_session_button)
        proposals_box = QGroupBox(self.tr("方案与反方案"))
        _boxed(proposals_box, self.proposals, self.edit_proposal_button, self.delete_proposal_button)

        # the agreement and its performance
        self.agreement_label = QLabel()
        self.agreement_label.setWordWrap(True)
        self.items = _table([self.tr("序号"), self.tr("义务人"), self.tr("约定内容"), self.tr("约定金额"),
                             self.tr("已履行"), self.tr("履行期限"), self.tr("状态")])
        self.items.horizontalHeader().setStretchLastSection(False)
        self.items.itemSelectionChanged.connect(self._update_buttons)
        self.perform_button = QPushButton(self.tr("登记履行…"))
        self.perform_button.clicked.connect(lambda: self.open_performance())
        self.edit_item_button = QPushButton(self.tr("修改事项…"))
        self.edit_item_button.clicked.connect(lambda: self.open_edit_item())
        self.delete_item_button = QPushButton(self.tr("删除事项…"))
        self.delete_item_button.clicked.connect(lambda: self.open_delete_item())
        self.entries = _table([self.tr("事项"), self.tr("履行日期"), self.tr("金额"), self.tr("备注"),
                               self.tr("登记时间")])
        self.entries.itemSelectionChanged.connect(self._update_buttons)
        self.entries.setMaximumHeight(110)
        self.reverse_button = QPushButton(self.tr("冲正…"))
        self.reverse_button.setToolTip(self.tr("以一条更正记录抵销所选的履行记录（原记录保留）"))
        self.reverse_button.clicked.connect(lambda: self.open_reverse())
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
        row0 = QHBoxLayout()
        row0.addStretch(1)
        for b in (self.edit_item_button, self.delete_item_button, self.perform_button):
            row0.addWidget(b)
        ab.addLayout(row0)
        entries_row = QHBoxLayout()
        entries_row.addWidget(self.entries, 1)
        entries_row.addWidget(self.reverse_button, 0, Qt.AlignmentFlag.AlignTop)
        ab.addLayout(entries_row)
        row1 = QHBoxLayout()
        row1.addWidget(self.advice_label, 1)
        row1.addWidget(self.advice_button)
        ab.addLayout(row1)
        row2 = QHBoxLayout()
        row2.addWidget(self.joint_label, 1)
        row2.addWidget(self.review_button)
        row2.addWidget(self.confirm_button)
        ab.addLayout(row2)

        # documents
        self.documents = _table([self.tr("文书"), self.tr("格式"), self.tr("文号"), self.tr("版本"),
                                 self.tr("生成时间")])
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
        if not same:  # nothing of the previous case stays: its lists, results, messages, open form
            self.overview = None
            self._show_status("")
            if self.dialog is not None:
                self.dialog.reject()
            self._show()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.case is not None and not self.loading:  # documents made on another tab meanwhile
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
        today = clock.today()
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
            self.window_label.setText(self.tr("案件状态：{status}。").format(status=label(o.status)))

        sessions = o.sessions if o else ()
        _fill(self.sessions, [[s.held_on.isoformat(), _times(s), s.place, s.mediator, s.participants,
                               s.record.replace("\n", " ")[:60]] for s in sessions])
        proposals = o.proposals if o else ()
        _fill(self.proposals, [[p.proposed_on.isoformat(), self._author(p), _yuan(p.amount), p.content]
                               for p in proposals])

        a = o.agreement if o else None
        if a is not None:
            self.agreement_label.setText(self.tr("调解协议于{day}生效：约定合计 {total}，已履行 {paid}。").format(
                day=_cn(a.agreed_on), total=_yuan(a.total), paid=_yuan(a.paid)))
            _fill(self.items, [[str(r.position), r.item.obligor, r.item.content, _yuan(r.item.amount),
                                _yuan(r.item.paid) if r.item.amount is not None else "",
                                r.item.due_on.isoformat() if r.item.due_on else "",
                                label(r.state)] for r in a.items],
                  [_STATE_COLOURS.get(r.state) for r in a.items])
            positions = {r.id: r.position for r in a.items}
            _fill(self.entries, [[str(positions.get(e.item_id, "")), e.performed_on.isoformat(),
                                  _yuan(e.amount), self._entry_note(e),
                                  e.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M")]
                                 for e in self._entries()])
            self.items.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            self.advice_label.setText(label_text(a.advice.reason))
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
        else:
            self.agreement_label.setText(self.tr("尚未达成调解协议。"))
        if a is None:
            _fill(self.items, [])
            _fill(self.entries, [])
            self.advice_label.setText("")
            self.advice_button.hide()
            self.joint_label.setText("")

        docs = o.documents if o else ()
        _fill(self.documents, [[document_title(d.title), _format_label(d.format), d.number, str(d.version),
                                d.created_at.astimezone().strftime("%Y-%m-%d %H:%M")] for d in docs])
        self._update_buttons()

    def _joint_text(self, a: mediation_service.AgreementStatus) -> str:
        if a.applied:
            names = {"arbitration_review_applied": self.tr("已申请仲裁审查"),
                     "judicial_confirmation_applied": self.tr("已申请司法确认")}
            return self.tr("；").join(names[k] for k in a.applied) + self.tr("。")
        parts = []
        today = clock.today()
        for d in a.deadlines:
            if d.due is None:
                continue
            left = (d.due - today).days
            when = self.tr("剩 {n} 天").format(n=left) if left >= 0 else self.tr("已逾期 {n} 天").format(n=-left)
            name = {"mediation_review": self.tr("调解协议仲裁审查申请期限"),
                    "judicial_confirmation": self.tr("调解协议司法确认申请期限")}.get(d.code, d.name)
            parts.append(self.tr("{name}：{due}（{when}）").format(name=name, due=_cn(d.due), when=when))
        if not parts:
            return self.tr("仲裁审查（15日）和司法确认（30日）的申请期限已过或已不需要。")
        return self.tr("；").join(parts)

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
        self.edit_item_button.setEnabled(ready and self.can_change and row is not None)
        self.delete_item_button.setEnabled(ready and self.can_change and row is not None)
        entry = self.current_entry()
        self.reverse_button.setEnabled(ready and self.can_change and entry is not None and not entry.is_correction
                                       and entry.id not in self._reversed_ids())
        session, proposal = self.current_session(), self.current_proposal()
        self.edit_session_button.setEnabled(ready and self.can_change and session is not None)
        self.delete_session_button.setEnabled(ready and self.can_change and session is not None)
        self.edit_proposal_button.setEnabled(ready and self.can_change and proposal is not None)
        self.delete_proposal_button.setEnabled(ready and self.can_change and proposal is not None)
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

    def current_session(self) -> mediation_service.MediationSession | None:
        sessions = self.overview.sessions if self.overview else ()
        row = self.sessions.currentRow()
        return sessions[row] if 0 <= row < len(sessions) and self.sessions.selectedItems() else None

    def current_proposal(self) -> mediation_service.Proposal | None:
        proposals = self.overview.proposals if self.overview else ()
        row = self.proposals.currentRow()
        return proposals[row] if 0 <= row < len(proposals) and self.proposals.selectedItems() else None

    def _entries(self) -> tuple[mediation_service.Performance, ...]:
        a = self.overview.agreement if self.overview else None
        return a.performances if a is not None else ()

    def _reversed_ids(self) -> set[int]:
        return {e.reverses_id for e in self._entries() if e.reverses_id is not None}

    def current_entry(self) -> mediation_service.Performance | None:
        entries = self._entries()
        row = self.entries.currentRow()
        return entries[row] if 0 <= row < len(entries) and self.entries.selectedItems() else None

    def _entry_note(self, e: mediation_service.Performance) -> str:
        if e.is_correction:
            return self.tr("冲正记录（理由：{reason}）").format(reason=e.reason)
        if e.id in self._reversed_ids():
            return self.tr("已冲正") + (f"；{e.note}" if e.note else "")
        return e.note

    def _author(self, p: mediation_service.Proposal) -> str:
        return self.tr("{side}：{party}").format(side=label(p.side), party=p.party) if p.party else label(p.side)

    def _names(self, side: str) -> list[str]:
        return [p.name for p in self.case.parties if p.side.value == side] if self.case is not None else []

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
                ctx.uow, ctx.principal, case_id=case_id, held_on=v["held_on"], starts_at=v["starts_at"],
                ends_at=v["ends_at"], place=v["place"], participants=v["participants"], mediator=v["mediator"],
                record=v["record"])
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

        sessions = self.overview.sessions if self.overview else ()

        def save(v: dict[str, Any]) -> Any:
            session_id = next((x.id for x in reversed(sessions) if x.held_on == v["on"]), None)  # put in that session
            return mediation_service.add_proposal(ctx.uow, ctx.principal, case_id=case_id, side=v["side"],
                                                  party=v["party"], content=v["content"], amount=v["amount"],
                                                  on=v["on"], session_id=session_id)

        def saved(p: Any) -> None:
            if p is not None:
                self._show_status(self.tr("已登记{author}的方案。").format(author=self._author(p)))
                self.reload()

        dialog = ProposalDialog(save, applicants=self._names("applicant"), respondents=self._names("respondent"),
                                mediator=self._mediator(), parent=self)
        return self._open(dialog, saved)  # type: ignore[return-value]

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

    # ---- corrections: each with the user's reason, audited ----
    def open_edit_session(self) -> SessionDialog | None:
        session = self.current_session()
        if session is None or self.dialog is not None or not self.edit_session_button.isEnabled():
            return None
        ctx, renderer = self.ctx, self.ctx.renderer if self.can_render else None

        def save(v: dict[str, Any]) -> Any:
            fixed = mediation_edits.update_session(
                ctx.uow, ctx.principal, session_id=session.id, held_on=v["held_on"], starts_at=v["starts_at"],
                ends_at=v["ends_at"], place=v["place"], participants=v["participants"], mediator=v["mediator"],
                record=v["record"], reason=v["reason"])
            doc = None
            if v["render"] and renderer is not None:
                doc = mediation_service.render_session_record(ctx.uow, renderer, ctx.principal,
                                                              session_id=fixed.id, recorder=v["recorder"])
            return fixed, doc

        def saved(result: Any) -> None:
            if result is None:
                return
            fixed, doc = result
            text = self.tr("已更正{day}的调解记录。").format(day=_cn(fixed.held_on))
            if doc is not None:
                text += self.tr("已重新生成调解笔录（第{v}版）。").format(v=doc.version)
            self._changed(text)

        dialog = SessionDialog(save, mediator=self._mediator(), session=session, parent=self)
        return self._open(dialog, saved)  # type: ignore[return-value]

    def open_delete_session(self) -> ReasonDialog | None:
        session = self.current_session()
        if session is None or self.dialog is not None or not self.delete_session_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            mediation_edits.delete_session(ctx.uow, ctx.principal, session_id=session.id, reason=v["reason"])
            return True

        what = self.tr("删除{day}在{place}的调解记录（本次提出的方案保留）。").format(day=_cn(session.held_on),
                                                                       place=session.place)
        dialog = ReasonDialog(self.tr("删除调解记录"), what, save, placeholder=self.tr("例如：重复登记"), parent=self)
        return self._open(dialog, lambda done: done and self._changed(self.tr("已删除调解记录。")))  # type: ignore[return-value]

    def open_edit_proposal(self) -> ProposalDialog | None:
        proposal = self.current_proposal()
        if proposal is None or self.dialog is not None or not self.edit_proposal_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return mediation_edits.update_proposal(ctx.uow, ctx.principal, proposal_id=proposal.id, side=v["side"],
                                                   party=v["party"], content=v["content"], amount=v["amount"],
                                                   on=v["on"], reason=v["reason"])

        def saved(p: Any) -> None:
            if p is not None:
                self._show_status(self.tr("已更正{author}的方案。").format(author=self._author(p)))
                self.reload()

        dialog = ProposalDialog(save, applicants=self._names("applicant"), respondents=self._names("respondent"),
                                mediator=self._mediator(), proposal=proposal, parent=self)
        return self._open(dialog, saved)  # type: ignore[return-value]

    def open_delete_proposal(self) -> ReasonDialog | None:
        proposal = self.current_proposal()
        if proposal is None or self.dialog is not None or not self.delete_proposal_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            mediation_edits.delete_proposal(ctx.uow, ctx.principal, proposal_id=proposal.id, reason=v["reason"])
            return True

        def saved(done: Any) -> None:
            if done:
                self._show_status(self.tr("已删除调解方案。"))
                self.reload()

        what = self.tr("删除{author}于{day}提出的方案：{content}").format(
            author=self._author(proposal), day=_cn(proposal.proposed_on), content=proposal.content)
        dialog = ReasonDialog(self.tr("删除调解方案"), what, save, placeholder=self.tr("例如：误登记"), parent=self)
        return self._open(dialog, saved)  # type: ignore[return-value]

    def open_edit_item(self) -> ItemDialog | None:
        row = self.current_item()
        if row is None or self.dialog is not None or not self.edit_item_button.isEnabled():
            return None
        ctx, renderer = self.ctx, self.ctx.renderer if self.can_render else None

        def save(v: dict[str, Any]) -> Any:
            return mediation_edits.update_item(ctx.uow, ctx.principal, item_id=row.id,
                                               item=mediation_edits.item_from_values(v), reason=v["reason"],
                                               renderer=renderer)

        def saved(result: Any) -> None:
            if result is None:
                return
            stored, doc = result
            text = self.tr("已更正协议第{n}项。").format(n=stored.position)
            if doc is not None:
                text += self.tr("已生成调解协议书更正本（{number}，第{v}版）。").format(number=doc.number, v=doc.version)
            self._changed(text)

        return self._open(ItemDialog(save, row=row, parent=self), saved)  # type: ignore[return-value]

    def open_delete_item(self) -> ReasonDialog | None:
        row = self.current_item()
        if row is None or self.dialog is not None or not self.delete_item_button.isEnabled():
            return None
        ctx, renderer = self.ctx, self.ctx.renderer if self.can_render else None

        def save(v: dict[str, Any]) -> Any:
            doc = mediation_edits.delete_item(ctx.uow, ctx.principal, item_id=row.id, reason=v["reason"],
                                              renderer=renderer)
            return True, doc

        def saved(result: Any) -> None:
            if result is None:
                return
            _done, doc = result
            text = self.tr("已删除协议第{n}项，其余各项已重新编号。").format(n=row.position)
            if doc is not None:
                text += self.tr("已生成调解协议书更正本（{number}，第{v}版）。").format(number=doc.number, v=doc.version)
            self._changed(text)

        what = self.tr("删除协议第{n}项：{obligor} {content}").format(n=row.position, obligor=row.item.obligor,
                                                                content=row.item.content)
        dialog = ReasonDialog(self.tr("删除协议事项"), what, save, placeholder=self.tr("例如：不属于本协议的约定"),
                              parent=self)
        return self._open(dialog, saved)  # type: ignore[return-value]

    def open_reverse(self) -> ReasonDialog | None:
        entry = self.current_entry()
        if entry is None or self.dialog is not None or not self.reverse_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return mediation_edits.reverse_performance(ctx.uow, ctx.principal, performance_id=entry.id,
                                                       reason=v["reason"])

        def saved(result: Any) -> None:
            if result is not None:
                self._changed(self.tr("已冲正{day}登记的履行记录，履行情况已重新计算。").format(
                    day=_cn(entry.performed_on)))

        what = self.tr("冲正{day}登记的履行记录{amount}：原记录保留，另登记一条抵销的更正记录。").format(
            day=_cn(entry.performed_on), amount=f"（{_yuan(entry.amount)}）" if entry.amount is not None else "")
        dialog = ReasonDialog(self.tr("冲正履行记录"), what, save, placeholder=self.tr("例如：转账被银行退回"),
                              parent=self)
        return self._open(dialog, saved)  # type: ignore[return-value]

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
                status=self.tr(CaseStatus(outcome.next_status).label))
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
            dialog = InstitutionDialog(self.tr("申请仲裁审查"), self.tr("仲裁委员会"), jurisdiction.venue().commission, save,
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
        ctx, path, case_id = self.ctx, Path(target), self.case_id

        def done(written: Path) -> None:
            if self.case_id != case_id:  # the user moved on to another case
                return
            self._show_status(self.tr("已把“{title}”导出到：{path}（已记入审计记录）。").format(title=doc.title,
                                                                                path=str(written)))

        run_task(self, self.tr("导出文书"),
                 lambda _progress: document_service.export_document(ctx.uow, ctx.principal, document_id=doc.id,
                                                                    target_path=path, overwrite=path.exists()),
                 on_done=_guarded(self, done), show_progress=False)
