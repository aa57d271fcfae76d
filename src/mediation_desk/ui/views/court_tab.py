"""法院衔接: what of the case was sent to a court (and received from one), its state in the outbox,
and what the court decided — the proceedings, their outcomes per award item, the judgment's PDF,
and the periods the court's records start.

One read on the worker gives the tab everything (the package register, ``outbox.case_outbox``,
``court.case_court_view`` and the kinds of package the case can be sent as); every action runs on
the worker through :meth:`CaseTab.run_action` and the tab is read again afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from mediation_desk.domain.court import AwardRef, CourtProceeding, FilingInput, OutcomeInput
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.handoff import HandoffPackageRecord, PackageKind
from mediation_desk.domain.users import Permission
from mediation_desk.services import court, outbox
from mediation_desk.services.court import CaseCourtView
from mediation_desk.services.handoff_export import KindOption, kind_options, list_packages
from mediation_desk.services.handoff_ports import WrittenPackage
from mediation_desk.services.outbox import CaseOutbox, OutboxRow
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.deadline_labels import rule_name
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.forms.court_tab_ui import Ui_CourtTab
from mediation_desk.ui.labels import format_date, format_datetime, label, money
from mediation_desk.ui.views.case_tab import CaseTab
from mediation_desk.ui.widgets import keep_rows_visible


@dataclass(frozen=True)
class CourtState:
    """What the tab shows of one case, read in one go on the worker."""

    packages: tuple[HandoffPackageRecord, ...]
    outbox: CaseOutbox
    court: CaseCourtView
    options: tuple[KindOption, ...] = ()
    options_refused: str = ""  # why the case cannot be sent at all (in the interface language)


def _kind_label(code: str) -> str:
    try:
        return label(PackageKind(code))
    except ValueError:
        return code


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{size / 1024:.1f} KB"


class CourtTab(CaseTab):
    """The case's 法院衔接 tab; the layout is ``ui/court_tab.ui``."""

    case_changed = Signal(int)  # the court's records changed the case (status, deadlines)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state: CourtState | None = None
        self.dialog: QWidget | None = None
        self.ui = ui = Ui_CourtTab()
        ui.setupUi(self)
        self.sections = ui.sections
        self.packages_table, self.outbox_table = ui.packages_table, ui.outbox_table
        self.proceedings_table, self.items_table = ui.proceedings_table, ui.items_table
        self.make_button = ui.make_button
        self.send_button, self.retry_button, self.cancel_button = ui.send_button, ui.retry_button, ui.cancel_button
        self.export_button, self.acknowledge_button = ui.export_button, ui.acknowledge_button
        self.filing_button, self.outcome_button, self.judgment_button = (ui.filing_button, ui.outcome_button,
                                                                         ui.judgment_button)
        for table in (self.packages_table, self.outbox_table, self.proceedings_table, self.items_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        errors = self.outbox_table.horizontalHeader()  # the last error is the long one
        errors.setStretchLastSection(False)
        errors.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        ui.column.addWidget(self.message)
        ui.column.addWidget(self.status)
        ui.court_split.setStretchFactor(0, 3)
        ui.court_split.setStretchFactor(1, 2)
        self.make_button.clicked.connect(self.open_make_package)
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.open_cancel)
        self.export_button.clicked.connect(self.export_item)
        self.acknowledge_button.clicked.connect(self.open_acknowledge)
        self.filing_button.clicked.connect(self.open_record_filing)
        self.outcome_button.clicked.connect(self.open_record_outcome)
        self.judgment_button.clicked.connect(self.open_judgment)
        self.outbox_table.itemSelectionChanged.connect(self.update_actions)
        self.proceedings_table.itemSelectionChanged.connect(self._proceeding_selected)
        keep_rows_visible(self)
        self.set_case(None)

    # ---- reading ----
    def read_title(self) -> str:
        return self.tr("读取法院衔接记录")

    def read_state(self, case_id: int) -> CourtState:
        ctx = self.ctx
        packages = tuple(list_packages(ctx.uow, ctx.principal, case_id=case_id))
        box = outbox.case_outbox(ctx.uow, ctx.principal, case_id)
        view = court.case_court_view(ctx.uow, ctx.principal, case_id=case_id)
        options: tuple[KindOption, ...] = ()
        refused = ""
        if ctx.principal.can(Permission.HANDOFF):
            try:
                options = tuple(kind_options(ctx.uow, ctx.principal, case_id=case_id))
            except AppError as exc:
                refused = exc.text(current_lang())
        return CourtState(packages=packages, outbox=box, court=view, options=options, options_refused=refused)

    def show_state(self, state: CourtState | None) -> None:
        self.state = state
        self._show_packages(state.packages if state else ())
        self._show_outbox(state.outbox if state else None)
        self._show_court(state.court if state else None)
        self.update_actions()

    def _fill(self, table: QTableWidget, rows: list[list[str]], tips: dict[tuple[int, int], str] | None = None) -> None:
        keep = table.currentRow()
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip((tips or {}).get((r, c), text))
                table.setItem(r, c, item)
        if 0 <= keep < len(rows):
            table.selectRow(keep)

    def _show_packages(self, packages: tuple[HandoffPackageRecord, ...]) -> None:
        rows, tips = [], {}
        for r, p in enumerate(packages):
            rows.append([self.tr("发出") if p.direction == "out" else self.tr("收到"), _kind_label(p.kind),
                         format_datetime(p.created_at), p.court, p.court_reference or self.tr("（未知）"), str(p.files),
                         size_text(p.size), p.manifest_sha256[:12], p.key_id])
            tips[(r, 7)] = p.manifest_sha256
            tips[(r, 1)] = p.file_name
        self._fill(self.packages_table, rows, tips)

    def _show_outbox(self, box: CaseOutbox | None) -> None:
        rows_ = box.rows if box is not None else ()
        rows, tips = [], {}
        for r, row in enumerate(rows_):
            item = row.item
            state = row.state_label_en if current_lang() == "en" else row.state_label
            where = item.destination if item.destination else self.tr("离线递交（导出到文件夹）")
            attempt = format_datetime(item.next_attempt_at) if item.next_attempt_at is not None and \
                row.item.state.value == "waiting" and item.destination else ""
            rows.append([_kind_label(item.kind), where, state, str(item.attempts), attempt, item.last_error,
                         item.reference, format_datetime(item.created_at)])
            tips[(r, 0)] = item.title
            if item.exported_to:
                tips[(r, 2)] = self.tr("已导出到 {path}").format(path=item.exported_to)
        self._fill(self.outbox_table, rows, tips)
        if box is None:
            self.ui.endpoint_line.clear()
        elif box.default_endpoint:
            self.ui.endpoint_line.setText(self.tr("新的移交包默认发往：{name}（在“设置 → 法院衔接”中修改）").format(
                name=box.default_endpoint))
        else:
            self.ui.endpoint_line.setText(self.tr("未设置法院系统的接收地址：移交包导出到文件夹或U盘后离线递交。"))

    def _show_court(self, view: CaseCourtView | None) -> None:
        proceedings = view.proceedings if view is not None else ()
        rows = []
        for p in proceedings:
            o = p.outcome
            rows.append([label(p.kind), p.court, p.court_case_number or self.tr("（未填写）"), format_date(p.filed_on),
                         label(p.brought_by), label(o.decision) if o else self.tr("（尚无结果）"),
                         format_date(o.decided_on) if o else "", o.judgment_number if o else ""])
        self._fill(self.proceedings_table, rows)
        self._proceeding_selected()
        if view is None or not view.deadlines:
            self.ui.periods.setText(self.tr("法院衔接的期限：无正在计算的期限。") if view is not None else "")
            return
        parts = []
        for d in view.deadlines:
            due = format_date(d.due) if d.due else ""
            left = ""
            if d.days_left is not None:
                left = (self.tr("已逾期{n}天").format(n=-d.days_left) if d.days_left < 0 else
                        self.tr("今日到期") if d.days_left == 0 else self.tr("还有{n}天").format(n=d.days_left))
            parts.append(self.tr("{name}：{due}（{left}）").format(name=rule_name(d.name), due=due, left=left))
        self.ui.periods.setText(self.tr("法院衔接的期限（也显示在案件的法定期限中）：") + "；".join(parts))

    def current_proceeding(self) -> CourtProceeding | None:
        state, row = self.state, self.proceedings_table.currentRow()
        if state is None or not 0 <= row < len(state.court.proceedings):
            return None
        return state.court.proceedings[row]

    def award_of(self, proceeding: CourtProceeding) -> AwardRef | None:
        if self.state is None or proceeding.award_id is None:
            return None
        return next((a for a in self.state.court.awards if a.id == proceeding.award_id), None)

    def _proceeding_selected(self) -> None:
        p = self.current_proceeding()
        rows = []
        if p is not None and p.outcome is not None:
            for item in p.outcome.items:
                rows.append([f"{item.award_item_no}. {item.claim}",
                             money(item.awarded_amount) if item.awarded_amount is not None else "",
                             label(item.result), money(item.new_amount) if item.new_amount is not None else ""])
        self._fill(self.items_table, rows)
        self.update_actions()

    def current_item(self) -> OutboxRow | None:
        state, row = self.state, self.outbox_table.currentRow()
        if state is None or not 0 <= row < len(state.outbox.rows):
            return None
        return state.outbox.rows[row]

    def update_actions(self) -> None:
        can = self.ctx.principal.can
        state, on_case = self.state, self.detail is not None
        self.make_button.setEnabled(on_case and can(Permission.HANDOFF) and self.ctx.handoff is not None
                                    and state is not None and any(o.allowed for o in state.options))
        if state is not None and state.options and not any(o.allowed for o in state.options):
            self.make_button.setToolTip(self.tr("本案目前不能制作任何一种移交包：") + "\n" + "\n".join(
                f"{label(o.kind)}：{o.reason_en if current_lang() == 'en' else o.reason}" for o in state.options))
        elif state is not None and state.options_refused:
            self.make_button.setToolTip(state.options_refused)
        row = self.current_item()
        self.send_button.setEnabled(row is not None and row.can_retry and row.item.state.value == "waiting"
                                    and self.ctx.handoff is not None)
        self.retry_button.setEnabled(row is not None and row.can_retry)
        self.cancel_button.setEnabled(row is not None and row.can_cancel and can(Permission.CHANGE_CASE_STATUS))
        self.export_button.setEnabled(row is not None and row.can_export and can(Permission.EXPORT_EVIDENCE))
        self.acknowledge_button.setEnabled(row is not None and row.can_acknowledge
                                           and can(Permission.CHANGE_CASE_STATUS))
        may_record = state is not None and state.court.can_record
        p = self.current_proceeding()
        self.filing_button.setEnabled(on_case and may_record)
        self.outcome_button.setEnabled(may_record and p is not None and p.outcome is None)
        self.judgment_button.setEnabled(p is not None and p.outcome is not None
                                        and p.outcome.judgment_evidence_id is not None)

    # ---- packages ----
    def open_make_package(self) -> None:
        from mediation_desk.ui.dialogs.make_package import MakePackageDialog

        if self.detail is None or self.state is None or self.ctx.handoff is None:
            return
        dialog = MakePackageDialog(self.ctx, self.detail, list(self.state.options), self)
        endpoint = self.state.outbox.default_endpoint
        case_id = self.case_id

        def finished(result: int) -> None:
            written = dialog.result_value
            if not result or not isinstance(written, WrittenPackage) or not self.is_current(case_id):
                return
            self.status.setText(self.tr("已制作移交包：{file}（{files}个文件，{size}），已记入本案。").format(
                file=str(written.path), files=written.files, size=size_text(written.size)))
            self.reload()
            self.case_changed.emit(case_id)
            if endpoint:
                self.offer_outbox(written, dialog.option(), endpoint)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def offer_outbox(self, written: WrittenPackage, option: KindOption | None, endpoint: str) -> None:
        if option is None or not self.ctx.principal.can(Permission.CHANGE_CASE_STATUS):
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("放入发件箱"),
                          self.tr("是否把该移交包放入发件箱，发往“{name}”？\n不放入的，可以把文件导出到U盘后离线递交。").format(
                              name=endpoint), QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("放入发件箱"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("不放入"))
        if box.exec() != QMessageBox.StandardButton.Ok:
            return
        self.enqueue(written, option.kind)

    def enqueue(self, written: WrittenPackage, kind: PackageKind, destination: str | None = None) -> None:
        ctx, case_id = self.ctx, self.case_id

        def work(progress: Any) -> Any:
            return outbox.enqueue(ctx.uow, ctx.vault, ctx.principal, package_path=written.path,
                                  package_id=written.package_id, case_id=case_id, kind=kind.value,
                                  title=outbox.package_title(kind.value), destination=destination)

        def done(item: Any) -> None:
            self.status.setText(self.tr("已放入发件箱（第{id}项）。").format(id=item.id))
            self.sections.setCurrentWidget(self.ui.outbox_page)

        self.run_action(self.tr("放入发件箱"), work, done=done)

    # ---- the outbox ----
    def _item_action(self, title: str, act: Any, said: str) -> None:
        row = self.current_item()
        if row is None:
            self.say_text(self.tr("请先在发件箱中选择一项。"))
            return
        item_id = row.item.id
        self.run_action(title, lambda progress: act(item_id), done=lambda _r: self.status.setText(said))

    def retry(self) -> None:
        ctx = self.ctx
        self._item_action(self.tr("重新发送"), lambda item_id: outbox.retry(ctx.uow, ctx.principal, item_id),
                          self.tr("已放回发送队列，将立即尝试发送。"))

    def send_now(self) -> None:
        row, ctx = self.current_item(), self.ctx
        if row is None or ctx.handoff is None:
            return
        item_id, tools = row.item.id, ctx.handoff

        def work(progress: Any) -> Any:
            outbox.retry(ctx.uow, ctx.principal, item_id)  # due now, whatever its next attempt was
            return outbox.send_due(ctx.uow, ctx.vault, ctx.principal, tools.transport())

        def done(report: Any) -> None:
            mine = [m for i, _v, m in report.results if i == item_id]
            self.status.setText(mine[0] if mine and current_lang() == "zh" else
                                self.tr("发送完毕：{n}项已尝试。").format(n=len(report.results)))

        self.run_action(self.tr("发送移交包"), work, done=done)

    def open_cancel(self) -> None:
        from mediation_desk.ui.dialogs.court_dialogs import OutboxNoteDialog

        row, ctx = self.current_item(), self.ctx
        if row is None:
            return
        item_id = row.item.id
        dialog = OutboxNoteDialog(self.tr("取消发送"), self.tr("取消后该移交包不再发送（仍可导出或重新发送）。"),
                                  lambda _ref, note: outbox.cancel(ctx.uow, ctx.principal, item_id, reason=note),
                                  cancel=True, parent=self)
        self._open_then_reload(dialog, self.tr("已取消发送。"))

    def open_acknowledge(self) -> None:
        from mediation_desk.ui.dialogs.court_dialogs import OutboxNoteDialog

        row, ctx = self.current_item(), self.ctx
        if row is None:
            return
        item_id = row.item.id
        dialog = OutboxNoteDialog(self.tr("登记法院签收"), self.tr("{title}：登记法院出具的签收编号或收案号。").format(
            title=_kind_label(row.item.kind)),
            lambda ref, note: outbox.acknowledge(ctx.uow, ctx.principal, item_id, reference=ref, note=note),
            parent=self)
        self._open_then_reload(dialog, self.tr("已登记法院签收。"))

    def export_item(self) -> None:
        row, ctx = self.current_item(), self.ctx
        if row is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("导出移交包到文件夹（如U盘）"), str(Path.home()))
        if not folder:
            return
        item_id = row.item.id

        def done(path: Path) -> None:
            self.status.setText(self.tr("已导出到 {path}").format(path=path))

        self.run_action(self.tr("导出移交包"),
                        lambda progress: outbox.export_package(ctx.uow, ctx.vault, ctx.principal, item_id,
                                                               folder=Path(folder)), done=done)

    # ---- the court ----
    def _open_then_reload(self, dialog: Any, said: str, changed: bool = False) -> None:
        case_id = self.case_id

        def finished(result: int) -> None:
            if result and self.is_current(case_id):
                self.status.setText(said)
                self.reload()
                if changed and case_id is not None:
                    self.case_changed.emit(case_id)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def open_record_filing(self) -> None:
        from mediation_desk.ui.dialogs.court_dialogs import CourtFilingDialog

        if self.detail is None or self.state is None:
            return
        ctx = self.ctx

        def record(filing: FilingInput) -> CourtProceeding:
            return court.record_filing(ctx.uow, ctx.principal, filing=filing)

        dialog = CourtFilingDialog(self.detail.summary.id, self.detail.summary.number, self.state.court.awards,
                                   record, parent=self)
        self._open_then_reload(dialog, self.tr("已登记法院立案。"), changed=True)

    def open_record_outcome(self) -> None:
        from mediation_desk.ui.dialogs.court_dialogs import CourtOutcomeDialog

        p = self.current_proceeding()
        if p is None or self.state is None:
            return
        ctx, pid = self.ctx, p.id

        def record(outcome: OutcomeInput, judgment: Path | None) -> CourtProceeding:
            return court.record_outcome(ctx.uow, ctx.vault, ctx.principal, proceeding_id=pid, outcome=outcome,
                                        judgment_file=judgment)

        dialog = CourtOutcomeDialog(p, self.award_of(p), self.state.court.decisions[p.kind], record, parent=self)
        self._open_then_reload(dialog, self.tr("已登记法院裁判结果。"), changed=True)

    def open_judgment(self) -> None:
        from mediation_desk.services.evidence import get_evidence
        from mediation_desk.ui.dialogs.evidence_preview import EvidencePreviewDialog

        p = self.current_proceeding()
        if p is None or p.outcome is None or p.outcome.judgment_evidence_id is None:
            return
        ctx, evidence_id = self.ctx, p.outcome.judgment_evidence_id

        def done(item: Any) -> None:
            dialog = EvidencePreviewDialog(ctx, item, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
            dialog.show()

        self.run_action(self.tr("打开裁判文书"),
                        lambda progress: get_evidence(ctx.uow, ctx.principal, item_id=evidence_id), done=done,
                        reload_after=False, show_progress=False)

