"""案件: the searchable, filterable case list and the selected case's details."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from mediation_desk.domain.cases import (CaseDetail, CaseQuery, CaseStatus, EnterpriseRole, Industry, PartySide,
                                         allowed_transitions)
from mediation_desk.domain.deadlines import Deadline
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.identifiers import mask_id_number, mask_phone
from mediation_desk.domain.search import MAX_QUERY_CHARS, MAX_TERMS, plan_query
from mediation_desk.domain.users import OrgKind, Permission, Role
from mediation_desk.services import accounts
from mediation_desk.services import cases as case_service
from mediation_desk.services import deadlines as deadline_service
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.deadline_labels import period_text, provisional_reason, rule_name, source_text
from mediation_desk.ui.dialogs.change_status import ChangeStatusDialog
from mediation_desk.ui.dialogs.intake import IntakeDialog
from mediation_desk.ui.dialogs.record_event import RecordEventDialog
from mediation_desk.ui.errors import current_lang, show_error
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.labels import event_kind, format_date, format_datetime, label, money
from mediation_desk.ui.models.case_table import CaseTableModel
from mediation_desk.ui.widgets import PanelTabs, rows_height

SEARCH_DELAY_MS = 250
_MAX_RESPONDENT_WIDTH = 280

_DETAIL_CSS = """
h2 { font-size: 13pt; margin: 0 0 4px 0; }
h3 { font-size: 11pt; margin: 14px 0 4px 0; color: #1f4e79; }
table { border-collapse: collapse; }
td, th { padding: 3px 8px 3px 0; vertical-align: top; }
th { text-align: left; color: #555555; font-weight: normal; }
.muted { color: #666666; }
.amount { text-align: right; white-space: nowrap; }
"""


def _e(text: object) -> str:
    return html.escape(str(text or ""))



def _is_commission(ctx: DeskContext) -> bool:
    try:
        org = accounts.get_organisation(ctx.uow)
    except AppError:
        return False
    return org is not None and org.kind is OrgKind.ARBITRATION

class CaseDetailPane(QWidget):
    """Parties, claims with amounts, facts and timeline of one case, and its status action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.full: CaseDetail | None = None  # the revealed (audited) detail of the case shown
        self.revealer: Callable[[int], CaseDetail | None] | None = None
        self.deadlines: list[Deadline] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.title, 1)
        self.record_event_button = QPushButton(self.tr("记录事件"))
        self.record_event_button.setEnabled(False)
        top.addWidget(self.record_event_button, 0, Qt.AlignmentFlag.AlignTop)
        self.change_status_button = QPushButton(self.tr("变更状态"))
        self.change_status_button.setEnabled(False)
        top.addWidget(self.change_status_button, 0, Qt.AlignmentFlag.AlignTop)
        self.inspection_button = QPushButton(self.tr("转送劳动保障监察…"))
        self.inspection_button.setEnabled(False)
        top.addWidget(self.inspection_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.reveal = QCheckBox(self.tr("显示完整证件号码和电话"))
        self.reveal.setToolTip(self.tr("查看完整号码会记入审计记录"))
        self.reveal.setEnabled(False)
        self.reveal.toggled.connect(self._reveal_toggled)
        layout.addWidget(self.reveal)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(_DETAIL_CSS)
        layout.addWidget(self.browser, 1)
        self.show_case(None)

    def text(self) -> str:
        return self.browser.toPlainText()

    def show_case(self, detail: CaseDetail | None, *, can_change: bool = False,
                  deadlines: list[Deadline] | tuple = ()) -> None:
        same = detail is not None and self.detail is not None and detail.summary.id == self.detail.summary.id
        self.detail = detail
        self.deadlines = list(deadlines)
        if not same:  # every case's full numbers are revealed (and audited) on their own
            self.full = None
            self.reveal.blockSignals(True)
            self.reveal.setChecked(False)
            self.reveal.blockSignals(False)
        elif self.reveal.isChecked() and self.revealer is not None and detail is not None:
            self.full = self.revealer(detail.summary.id)
        self.reveal.setEnabled(detail is not None and self.revealer is not None)
        if detail is None:
            self.title.setText(self.tr("案件详情"))
            self.change_status_button.setEnabled(False)
            self.record_event_button.setEnabled(False)
            self.inspection_button.setEnabled(False)
        else:
            s = detail.summary
            self.title.setText(self.tr("{number}　{status}").format(number=s.number, status=label(s.status)))
            self.change_status_button.setEnabled(can_change and bool(allowed_transitions(s.status)))
            self.record_event_button.setEnabled(can_change)
            self.inspection_button.setEnabled(can_change)
        self._render()

    def _reveal_toggled(self, on: bool) -> None:
        if on and self.detail is not None and self.revealer is not None:
            self.full = self.revealer(self.detail.summary.id)
            if self.full is None:
                self.reveal.blockSignals(True)
                self.reveal.setChecked(False)
                self.reveal.blockSignals(False)
        self._render()

    def _shown(self) -> CaseDetail | None:
        if self.reveal.isChecked() and self.full is not None:
            return self.full
        return self.detail

    def _id(self, value: str) -> str:
        return value if self.reveal.isChecked() and self.full is not None else mask_id_number(value)

    def _phone(self, value: str) -> str:
        return value if self.reveal.isChecked() and self.full is not None else mask_phone(value)

    def _render(self) -> None:
        d = self._shown()
        if d is None:
            hint = self.tr("在列表中选择一个案件，这里显示当事人、请求事项、事实与办理经过。")
            self.browser.setHtml(f"<p class='muted'>{_e(hint)}</p>")
            return
        s = d.summary
        respondent = next((p.name for p in d.parties if p.side is PartySide.RESPONDENT), "")
        title = self.tr("{worker}与{respondent}劳动争议").format(worker=s.worker_name, respondent=respondent) \
            if current_lang() == "en" and respondent else s.title
        parts: list[str] = ["<table width='100%' cellspacing='0'><tr><td width='46%' style='padding-right: 18px'>",
                            f"<h2>{_e(title)}</h2>", "<table>"]
        for head, value in ((self.tr("状态"), label(s.status)),
                            (self.tr("收案日期"), format_date(s.received_on)),
                            (self.tr("收案方式"), label(d.channel)),
                            (self.tr("行业 / 平台"), f"{label(s.industry)} / {s.platform}"),
                            (self.tr("承办人"), s.handler or self.tr("（未指定）"))):
            parts.append(f"<tr><th>{_e(head)}</th><td>{_e(value)}</td></tr>")
        parts.append("</table>")

        if self.deadlines:
            h_deadlines = self.tr("法定期限")
            parts.append(f"<h3>{_e(h_deadlines)}</h3><table>")
            for dl in self.deadlines:
                colour = {"overdue": "#b3261e", "today": "#8a5a00"}.get(dl.status.value, "#1f4e79")
                due = format_date(dl.due) if dl.due else (dl.problem if current_lang() == "zh" else label(dl.status))
                left = ""
                if dl.days_left is not None:
                    left = (self.tr("已逾期{n}天").format(n=-dl.days_left) if dl.days_left < 0 else
                            self.tr("今日到期") if dl.days_left == 0 else self.tr("还有{n}天").format(n=dl.days_left))
                note = ""
                if dl.provisional:
                    note = "<br><span style='color:#8a5a00'>" + _e(self.tr("暂定：{reason}").format(
                        reason=provisional_reason(dl.provisional_years))) + "</span>"
                basis = self.tr("{period}，{source}").format(period=period_text(dl.period), source=source_text(dl.source))
                parts.append(f"<tr><th>{_e(rule_name(dl.name))}</th><td><b style='color:{colour}'>{_e(due)}</b> "
                             f"{_e(left)}{note}<br><span class=muted>{_e(basis)}</span></td></tr>")
            parts.append("</table>")

        h_parties, h_claims, h_total = self.tr("当事人"), self.tr("请求事项"), self.tr("合计")
        h_facts, h_timeline = self.tr("事实与理由"), self.tr("办理经过")
        parts.append(f"<h3>{_e(h_parties)}</h3><table>")
        for p in d.parties:
            if p.is_person:
                extra = [self._id(p.id_number), self._phone(p.phone), p.address]
            else:
                role = p.enterprise_role
                if role in EnterpriseRole._value2member_map_:
                    role = label(EnterpriseRole(role))
                code = self.tr("统一社会信用代码 {code}").format(code=p.credit_code) if p.credit_code else ""
                extra = [role, code, p.address]
            info = "<br>".join(_e(x) for x in extra if x)
            parts.append(f"<tr><th>{_e(label(p.side))}</th><td><b>{_e(p.name)}</b>"
                         f"{'<br><span class=muted>' + info + '</span>' if info else ''}</td></tr>")
        parts.append("</table></td><td width='54%'>")

        parts.append(f"<h3>{_e(h_claims)}</h3><table>")
        for i, c in enumerate(d.claims, start=1):
            amount = money(c.amount) if c.amount is not None else self.tr("（无金额）")
            period = ""
            if c.period_start or c.period_end:
                period = f"{format_date(c.period_start)} — {format_date(c.period_end)}"
            basis = "<br>".join(_e(x) for x in (period, c.basis) if x)
            who = _e(self.tr("{name}：").format(name=c.party_name)) if c.party_name else ""
            working = f"<br><span class=muted>{_e(c.calculation)}</span>" if c.calculation else ""
            parts.append(f"<tr><td>{i}.</td><td>{who}{_e(label(c.kind))}"
                         f"{'<br><span class=muted>' + basis + '</span>' if basis else ''}{working}</td>"
                         f"<td class=amount>{_e(amount)}</td></tr>")
        parts.append(f"<tr><td></td><td><b>{_e(h_total)}</b></td>"
                     f"<td class=amount><b>{_e(money(s.total_claimed))}</b></td></tr></table>")

        parts.append(f"<h3>{_e(h_facts)}</h3>")
        for para in (d.facts or "").splitlines():
            if para.strip():
                parts.append(f"<p>{_e(para)}</p>")

        parts.append(f"<h3>{_e(h_timeline)}</h3><table>")
        for ev in sorted(d.events, key=lambda e: (e.event_date or e.when.date(), e.when)):
            what = event_kind(ev.kind)
            if ev.to_status in CaseStatus._value2member_map_ and ev.from_status:
                what = f"{what}　→ {label(CaseStatus(ev.to_status))}"
            when = format_date(ev.event_date) if isinstance(ev.event_date, date) else format_datetime(ev.when)
            actor = self.tr("（{name}）").format(name=ev.actor)
            parts.append(f"<tr><td class=muted style='white-space: nowrap'>{_e(when)}</td><td><b>{_e(what)}</b>"
                         f"<br>{_e(ev.note)} <span class=muted>{_e(actor)}</span></td></tr>")
        parts.append("</table></td></tr></table>")
        self.browser.setHtml("".join(parts))


class CasesPage(QWidget):
    """Search box (debounced), status / industry / platform filters, the table and the detail pane."""

    def __init__(self, ctx: DeskContext, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.events = ctx, events
        self.status_dialog: ChangeStatusDialog | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索案号、姓名、证件号、电话、金额或请求事项"))
        self.search.setMaxLength(MAX_QUERY_CHARS)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), None)
        for status in CaseStatus:
            self.status_filter.addItem(label(status), status.value)
        self.industry_filter = QComboBox()
        self.industry_filter.addItem(self.tr("全部行业"), None)
        for industry in Industry:
            self.industry_filter.addItem(label(industry), industry.value)
        self.platform_filter = QComboBox()
        self.platform_filter.setMinimumContentsLength(8)
        self.count_label = QLabel()
        self.new_case_button = QPushButton(self.tr("登记新案件"))
        self.new_group_button = QPushButton(self.tr("登记集体争议"))
        can_register = ctx.principal.can(Permission.REGISTER_CASE)
        for button in (self.new_case_button, self.new_group_button):
            button.setEnabled(can_register)
        self.new_case_button.clicked.connect(lambda: self.open_intake(group=False))
        self.new_group_button.clicked.connect(lambda: self.open_intake(group=True))
        self.intake_dialog: IntakeDialog | None = None
        self.event_dialog: RecordEventDialog | None = None

        bar = QHBoxLayout()
        bar.addWidget(self.new_case_button)
        bar.addWidget(self.new_group_button)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.industry_filter)
        bar.addWidget(self.platform_filter)
        self.referred_filter = QCheckBox(self.tr("转介给我的案件"))
        self.referred_filter.setVisible(ctx.principal.role is Role.LEGAL_AID_LAWYER)
        self.referred_filter.setChecked(ctx.principal.role is Role.LEGAL_AID_LAWYER)
        # the service shows a lawyer only the cases referred to them; the box only says so
        self.referred_filter.setEnabled(False)
        self.referred_filter.toggled.connect(lambda _on: self.apply_filters())
        bar.addWidget(self.referred_filter)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.model = CaseTableModel(ctx.uow, ctx.principal, parent=self)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.model.query_changed.connect(self._after_query)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = CaseDetailPane()
        if ctx.principal.can(Permission.REVEAL_PERSONAL_DATA):
            self.detail.revealer = self._reveal
        self.detail.change_status_button.clicked.connect(self.open_change_status)
        self.detail.record_event_button.clicked.connect(self.open_record_event)
        self.detail.inspection_button.clicked.connect(self.open_inspection_referral)
        # The case's details and, one tab each, its mediation, arbitration, evidence, work records, relationship
        # worksheet, legal aid and documents. A tab's panel is built the first time it is shown (or
        # asked for), so opening the window costs only the overview.
        self.case_tabs = PanelTabs()
        self.case_tabs.addTab(self.detail, self.tr("概况"))
        self._panels: dict[str, QWidget] = {}
        self._tabs_case_id: int | None = None  # the case the built panels show
        self._panel_tabs: list[tuple[str, str]] = [
            ("mediation", self.tr("调解")), ("arbitration", self.tr("仲裁")), ("evidence", self.tr("证据")),
            ("work_records", self.tr("工作记录")), ("worksheet", self.tr("劳动关系认定")), ("legal_aid", self.tr("法律援助")), ("documents", self.tr("文书"))]
        if not _is_commission(ctx):  # acceptance, tribunal, hearings and awards are a commission's work
            self._panel_tabs = [t for t in self._panel_tabs if t[0] != "arbitration"]
        for _name, title in self._panel_tabs:
            self.case_tabs.addTab(QWidget(), title)
        self.case_tabs.currentChanged.connect(self._tab_shown)
        # Table above, details below: every column of the list stays in view, and the details
        # get the full width for their two columns.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.case_tabs)
        # the list keeps five rows; the case's tabs get the larger share (they hold tables of their own)
        self.table.setMinimumHeight(rows_height(self.table))
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.status_filter, self.industry_filter, self.platform_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        events.cases_changed.connect(self.reload)

        self._columns_sized = False
        self.reload_platforms()
        if self.referred_filter.isChecked():  # a legal-aid lawyer starts with the cases referred to them
            self.model.set_query(self.current_query())
        self._after_query()

    # ---- list ----
    def current_query(self) -> CaseQuery:
        status, industry = self.status_filter.currentData(), self.industry_filter.currentData()
        return replace(self.model.query, text=self.search.text().strip(),
                       status=CaseStatus(status) if status else None,
                       industry=Industry(industry) if industry else None,
                       platform=self.platform_filter.currentData() or "",
                       referred_to=self.ctx.principal.user_id if self.referred_filter.isChecked() else None)

    def apply_filters(self) -> None:
        self._debounce.stop()
        query = self.current_query()
        if query != self.model.query:
            self.model.set_query(query)

    def reload(self) -> None:
        self.reload_platforms()
        self.model.refresh()

    def reload_platforms(self) -> None:
        current = self.platform_filter.currentData()
        try:
            platforms = case_service.list_platforms(self.ctx.uow, self.ctx.principal)
        except AppError as exc:
            show_error(self, exc)
            platforms = []
        self.platform_filter.blockSignals(True)
        self.platform_filter.clear()
        self.platform_filter.addItem(self.tr("全部平台"), "")
        for name in platforms:
            if name:
                self.platform_filter.addItem(name, name)
        self.platform_filter.setCurrentIndex(max(0, self.platform_filter.findData(current or "")))
        self.platform_filter.blockSignals(False)

    def _after_query(self) -> None:
        if self.model.canFetchMore():
            self.model.fetchMore()
        text = self.tr("共 {n} 件").format(n=self.model.total)
        if plan_query(self.model.query.text).truncated:
            text += self.tr("（只按前 {m} 个词搜索）").format(m=MAX_TERMS)
        self.count_label.setText(text)
        if not self._columns_sized and self.model.rowCount():
            self.size_columns()
        self.load_detail(None)

    def size_columns(self) -> None:
        """Columns as wide as their contents; the respondents' column takes what is left (elided, with
        the full names as tooltip) so every column stays in view."""
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # the widths of the first rows suffice
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        col = CaseTableModel.COL_RESPONDENT
        header.setMinimumSectionSize(max(40, self.fontMetrics().horizontalAdvance("状态") + 24))
        header.resizeSection(col, min(header.sectionSize(col), _MAX_RESPONDENT_WIDTH))
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self._columns_sized = True

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in CaseTableModel.SORT_KEYS:
            # Only some columns can be ordered by the service; put the indicator back.
            QTimer.singleShot(0, lambda: self.table.horizontalHeader().setSortIndicator(
                self.model.sort_column(), self.model.sort_order()))

    # ---- selection and detail ----
    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def current_case_id(self) -> int | None:
        summary = self.model.case_at(self.table.currentIndex().row())
        return summary.id if summary else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.case_at(current.row()) if current.isValid() else None
        self.load_detail(summary.id if summary else None)

    def load_detail(self, case_id: int | None) -> None:
        """Show case ``case_id`` (None: no case). Another case than the one shown gets fresh tabs:
        nothing typed, found, refused or reported on one case's tabs is ever seen on the next."""
        detail, due = None, []
        if case_id is not None:
            try:
                detail = case_service.get_case(self.ctx.uow, self.ctx.principal, case_id)
                due = deadline_service.case_deadlines(self.ctx.uow, self.ctx.principal, case_id)
            except AppError as exc:
                self.load_detail(None)
                show_error(self, exc)
                return
        if case_id != self._tabs_case_id:
            self._discard_panels()
            self._tabs_case_id = case_id
        self.detail.show_case(detail, can_change=self.ctx.principal.can(Permission.CHANGE_CASE_STATUS), deadlines=due)
        for panel in self.case_panels:
            panel.set_case(detail)
        self._tab_shown(self.case_tabs.currentIndex())  # the tab in view, built anew for this case

    # ---- intake ----
    def open_intake(self, *, group: bool) -> None:
        def register(intake):  # noqa: ANN001, ANN202
            return case_service.register_intake(self.ctx.uow, self.ctx.principal, intake)

        try:
            platforms = case_service.list_platforms(self.ctx.uow, self.ctx.principal)
        except AppError:
            platforms = []
        dialog = IntakeDialog(register, platforms=platforms, group=group, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._registered(dialog.result_value))
        dialog.finished.connect(lambda _r: setattr(self, "intake_dialog", None))
        self.intake_dialog = dialog
        dialog.open()

    def _registered(self, case_id: int | None) -> None:
        self.events.cases_changed.emit()
        if case_id is not None:
            self.load_detail(case_id)

    # ---- dated events ----
    def open_record_event(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        case_id = detail.summary.id

        def record(event: str, on: date, note: str) -> None:
            case_service.record_event(self.ctx.uow, self.ctx.principal, case_id=case_id, event=event, on=on, note=note)

        dialog = RecordEventDialog(detail.summary.number, record, earliest=detail.summary.received_on, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.load_detail(case_id))
        dialog.finished.connect(lambda _r: setattr(self, "event_dialog", None))
        self.event_dialog = dialog
        dialog.open()

    def open_inspection_referral(self) -> None:
        from mediation_desk.ui.dialogs.inspection_referral import InspectionReferralDialog

        detail = self.detail.detail
        if detail is None:
            return
        case_id = detail.summary.id
        dialog = InspectionReferralDialog(self.ctx, [case_id], heading=detail.summary.number, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.load_detail(case_id))
        dialog.finished.connect(lambda _r: setattr(self, "inspection_dialog", None))
        self.inspection_dialog = dialog
        dialog.open()

    # ---- the case's tabs, built on first use, for one case at a time ----
    # A tab panel is a QWidget with ``set_case(detail: CaseDetail | None)`` (the same case again, to
    # refresh). It lives only while one case is shown: switching cases discards every built panel
    # (``_discard_panels``) and the tab in view is built again for the new case, so no field, result,
    # error or status line of one case can remain on another, whatever the panel keeps.
    def _discard_panels(self) -> None:
        if not self._panels:
            return
        current = self.case_tabs.currentIndex()
        self.case_tabs.blockSignals(True)
        for name, built in list(self._panels.items()):
            index = self.case_tabs.indexOf(built)
            if index >= 0:
                title = self.case_tabs.tabText(index)
                page = QTabWidget.widget(self.case_tabs, index)  # the panel's scroll area
                self.case_tabs.removeTab(index)
                self.case_tabs.insertTab(index, QWidget(), title)
                page.deleteLater()
            built.hide()
            built.setParent(None)  # type: ignore[call-overload]
            built.deleteLater()
            del self._panels[name]
        self.case_tabs.setCurrentIndex(current)
        self.case_tabs.blockSignals(False)

    @property
    def case_panels(self) -> list[QWidget]:
        return list(self._panels.values())

    def panel(self, name: str) -> QWidget:
        """The tab panel ``name``, built now if it was not yet."""
        existing = self._panels.get(name)
        if existing is not None:
            return existing
        ctx = self.ctx
        if name == "mediation":
            from mediation_desk.ui.views.mediation_panel import MediationPanel

            built: QWidget = MediationPanel(ctx)
            built.case_changed.connect(self._case_changed_elsewhere)
        elif name == "arbitration":
            from mediation_desk.ui.views.arbitration_panel import ArbitrationPanel

            built = ArbitrationPanel(ctx)
            built.case_changed.connect(self._case_changed_elsewhere)
        elif name == "evidence":
            from mediation_desk.ui.views.evidence_panel import EvidencePanel

            built = EvidencePanel(ctx)
            # new evidence can be linked to the worksheet's answers
            built.evidence_changed.connect(lambda *_: self._refresh_panel("worksheet"))
        elif name == "work_records":
            from mediation_desk.ui.views.work_records_panel import WorkRecordsPanel

            built = WorkRecordsPanel(ctx)
            # new work records can pre-fill the worksheet
            built.imported.connect(lambda *_: self._refresh_panel("worksheet"))
        elif name == "worksheet":
            from mediation_desk.ui.views.worksheet_panel import WorksheetPanel

            built = WorksheetPanel(ctx)
        elif name == "legal_aid":
            from mediation_desk.ui.views.legal_aid_panel import LegalAidPanel

            built = LegalAidPanel(ctx)
        elif name == "documents":
            from mediation_desk.ui.views.documents_panel import DocumentsPanel

            built = DocumentsPanel(ctx)
        else:
            raise KeyError(name)
        index = 1 + [n for n, _t in self._panel_tabs].index(name)
        title = self.case_tabs.tabText(index)
        was_current = self.case_tabs.currentIndex() == index
        self.case_tabs.blockSignals(True)
        placeholder = self.case_tabs.widget(index)
        self.case_tabs.removeTab(index)
        placeholder.deleteLater()
        self.case_tabs.add_panel(index, built, title)
        if was_current:
            self.case_tabs.setCurrentIndex(index)
        self.case_tabs.blockSignals(False)
        self._panels[name] = built
        built.set_case(self.detail.detail)  # type: ignore[attr-defined]
        return built

    def _tab_shown(self, index: int) -> None:
        if 1 <= index <= len(self._panel_tabs):
            self.panel(self._panel_tabs[index - 1][0])

    def _refresh_panel(self, name: str) -> None:
        if name in self._panels:
            self._panels[name].set_case(self.detail.detail)  # type: ignore[attr-defined]

    mediation = property(lambda self: self.panel("mediation"))
    arbitration = property(lambda self: self.panel("arbitration"))
    evidence = property(lambda self: self.panel("evidence"))
    work_records = property(lambda self: self.panel("work_records"))
    worksheet = property(lambda self: self.panel("worksheet"))
    legal_aid = property(lambda self: self.panel("legal_aid"))
    documents = property(lambda self: self.panel("documents"))

    def _case_changed_elsewhere(self, *_args: object) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        case_id = detail.summary.id
        try:
            fresh = case_service.get_case(self.ctx.uow, self.ctx.principal, case_id)
            due = deadline_service.case_deadlines(self.ctx.uow, self.ctx.principal, case_id)
        except AppError as exc:
            show_error(self, exc)
            return
        self.detail.show_case(fresh, can_change=self.ctx.principal.can(Permission.CHANGE_CASE_STATUS), deadlines=due)
        self.model.replace_case(fresh.summary)
        self._refresh_panel("documents")

    def _reveal(self, case_id: int) -> CaseDetail | None:
        """The case with full numbers (the service checks the permission and audits the reveal)."""
        try:
            return case_service.reveal_case(self.ctx.uow, self.ctx.principal, case_id)
        except AppError as exc:
            show_error(self, exc)
            return None

    def show_case_by_id(self, case_id: int) -> None:
        """Show one case's details (from the deadline view), selecting it when it is in the list."""
        row = self.model.row_of(case_id)
        if row >= 0:
            self.select_row(row)
        else:
            self.load_detail(case_id)

    # ---- status change ----
    def open_change_status(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        case_id = detail.summary.id

        def change(target: CaseStatus, on: date, reason: str) -> None:
            case_service.change_status(self.ctx.uow, self.ctx.principal, case_id=case_id, target=target, on=on,
                                       reason=reason)

        dialog = ChangeStatusDialog(detail.summary.number, detail.summary.status, change,
                                    earliest=detail.summary.received_on, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._status_changed(case_id))
        dialog.finished.connect(self._forget_dialog)
        self.status_dialog = dialog
        dialog.open()

    def _forget_dialog(self, _result: int) -> None:
        self.status_dialog = None

    def _status_changed(self, case_id: int) -> None:
        self.load_detail(case_id)
        if self.detail.detail is not None and self.detail.detail.summary.id == case_id:
            self.model.replace_case(self.detail.detail.summary)
