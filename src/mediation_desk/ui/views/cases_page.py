"""案件: the searchable, filterable case list and the selected case's details.

Every read of the book runs on the database worker (``ui.tasks.run_task``): the list's count and
pages (``CaseTableModel``), the platforms of the filter, a case's details and deadlines, and the
revealed numbers; the page shows each answer when it arrives and drops an answer that an
older request asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QElapsedTimer, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTabWidget, QWidget

from mediation_desk.domain.cases import CaseDetail, CaseQuery, CaseStatus, Industry
from mediation_desk.domain.deadlines import Deadline
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.versions import StaleRecord
from mediation_desk.domain.search import MAX_QUERY_CHARS, MAX_TERMS, plan_query
from mediation_desk.domain.users import OrgKind, Permission, Role
from mediation_desk.services import accounts
from mediation_desk.services import case_edits
from mediation_desk.services import cases as case_service
from mediation_desk.services import deadlines as deadline_service
from mediation_desk.services import typical_cases
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.change_status import ChangeStatusDialog
from mediation_desk.ui.dialogs.edit_case import EditCaseDialog
from mediation_desk.ui.dialogs.intake import IntakeDialog
from mediation_desk.ui.dialogs.record_event import RecordEventDialog
from mediation_desk.ui.dialogs.typical_case import TypicalCaseDialog
from mediation_desk.ui.errors import show_error
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.forms.cases_page_ui import Ui_CasesPage
from mediation_desk.ui.labels import label
from mediation_desk.ui.models.case_table import CaseTableModel
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.case_detail_pane import CaseDetailPane
from mediation_desk.ui.widgets import rows_height

SEARCH_DELAY_MS = 250
REFRESH_ON_FOCUS_MS = 2000
_MAX_RESPONDENT_WIDTH = 280

def _is_commission(ctx: DeskContext) -> bool:
    try:
        org = accounts.get_organisation(ctx.uow)
    except AppError:
        return False
    return org is not None and org.kind is OrgKind.ARBITRATION

class CasesPage(QWidget):
    """Search box (debounced), status / industry / platform filters, the table and the detail pane."""

    def __init__(self, ctx: DeskContext, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.events = ctx, events
        self.status_dialog: ChangeStatusDialog | None = None
        self.intake_dialog: IntakeDialog | None = None
        self.event_dialog: RecordEventDialog | None = None
        self.ui = Ui_CasesPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.search, self.count_label = ui.search, ui.count_label
        self.status_filter, self.industry_filter, self.platform_filter = \
            ui.status_filter, ui.industry_filter, ui.platform_filter
        self.referred_filter = ui.referred_filter
        self.new_case_button, self.new_group_button = ui.new_case_button, ui.new_group_button
        self.table, self.splitter, self.case_tabs = ui.table, ui.splitter, ui.case_tabs

        self.search.setMaxLength(MAX_QUERY_CHARS)
        self.status_filter.addItem(self.tr("全部状态"), None)
        for status in CaseStatus:
            self.status_filter.addItem(label(status), status.value)
        self.industry_filter.addItem(self.tr("全部行业"), None)
        for industry in Industry:
            self.industry_filter.addItem(label(industry), industry.value)
        can_register = ctx.principal.can(Permission.REGISTER_CASE)
        for button in (self.new_case_button, self.new_group_button):
            button.setEnabled(can_register)
        self.new_case_button.clicked.connect(lambda: self.open_intake(group=False))
        self.new_group_button.clicked.connect(lambda: self.open_intake(group=True))
        # the service shows a lawyer only the cases referred to them; the box (not editable) only says so
        self.referred_filter.setVisible(ctx.principal.role is Role.LEGAL_AID_LAWYER)
        self.referred_filter.setChecked(ctx.principal.role is Role.LEGAL_AID_LAWYER)
        self.referred_filter.toggled.connect(lambda _on: self.apply_filters())

        self.model = CaseTableModel(ctx.uow, ctx.principal, parent=self)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.model.query_changed.connect(self._after_query)
        self.model.modelReset.connect(self._list_reset)
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = CaseDetailPane()
        if ctx.principal.can(Permission.REVEAL_PERSONAL_DATA):
            self.detail.revealer = self._reveal
        self.detail.change_status_button.clicked.connect(self.open_change_status)
        self.detail.can_edit = ctx.principal.can(Permission.REGISTER_CASE)
        self.detail.edit_button.clicked.connect(self.open_edit_case)
        self.edit_dialog: EditCaseDialog | None = None
        self.detail.record_event_button.clicked.connect(self.open_record_event)
        self.detail.typical_case_button.allowed = typical_cases.may_publish(ctx.principal)
        self.detail.typical_case_button.clicked.connect(self.open_typical_case)
        self.detail.inspection_button.clicked.connect(self.open_inspection_referral)
        # The case's details and, one tab each, its mediation, arbitration, evidence, work records, relationship
        # worksheet, legal aid, documents and court hand-off. A tab's panel is built the first time it is shown (or
        # asked for), so opening the window costs only the overview.
        self.case_tabs.addTab(self.detail, self.tr("概况"))
        self._panels: dict[str, QWidget] = {}
        self._tabs_case_id: int | None = None  # the case the built panels show
        self._panel_tabs: list[tuple[str, str]] = [
            ("mediation", self.tr("调解")), ("arbitration", self.tr("仲裁")), ("evidence", self.tr("证据")),
            ("work_records", self.tr("工作记录")), ("worksheet", self.tr("劳动关系认定")),
            ("legal_aid", self.tr("法律援助")), ("documents", self.tr("文书")), ("court", self.tr("法院衔接"))]
        if not _is_commission(ctx):  # acceptance, tribunal, hearings and awards are a commission's work
            self._panel_tabs = [t for t in self._panel_tabs if t[0] != "arbitration"]
        for _name, title in self._panel_tabs:
            self.case_tabs.addTab(QWidget(), title)
        self.case_tabs.currentChanged.connect(self._tab_shown)
        # Table above, details below: every column of the list stays in view, and the details
        # get the full width for their two columns. The list keeps five rows; the case's tabs get
        # the larger share (they hold tables of their own).
        self.table.setMinimumHeight(rows_height(self.table))
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

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
        self.platforms: list[str] = []  # the book's platforms, as last read
        self._platforms_pending = 0
        self._detail_serial = 0  # bumped by every request for a case's details: older answers are dropped
        self._detail_pending = 0  # reads of a case's details on their way
        self._keep: tuple[int, int] | None = None  # (case id, scroll) kept across a refresh of the list
        self._since_refresh = QElapsedTimer()  # since the list was last read again for other desks' changes
        self._since_refresh.start()
        self._refresh_later = QTimer(self)
        self._refresh_later.setSingleShot(True)
        self._refresh_later.timeout.connect(self.other_desk_changed)
        self.reload_platforms()
        if self.referred_filter.isChecked():  # a legal-aid lawyer starts with the cases referred to them
            self.model.set_query(self.current_query())
        self._after_query()

    @property
    def busy(self) -> bool:
        """The list, its platforms or a case's details are being read on the worker."""
        return self.model.busy or self._platforms_pending > 0 or self._detail_pending > 0 \
            or self.detail.revealing

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
        """The book changed: read the platforms and the list again, keeping the selected case and
        the scroll position when the case is still in the list."""
        self.reload_platforms()
        case_id = self.current_case_id()
        shown = self.detail.detail
        self._keep = None
        if case_id is not None and shown is not None and shown.summary.id == case_id:
            self._keep = (case_id, self.table.verticalScrollBar().value())
        self.model.refresh()

    def refresh_from_other_desks(self) -> None:
        """The desk's window or this page came back into view: other desks may have changed the book
        (an office book is shared), so the list, and the case shown, are read again on the worker,
        keeping the selected case and the scroll position. Skipped while a read is on its way, and
        at most once every ``REFRESH_ON_FOCUS_MS``."""
        if self.busy or self._since_refresh.elapsed() < REFRESH_ON_FOCUS_MS:
            return
        self._since_refresh.restart()
        self.reload()

    def other_desk_changed(self) -> None:
        """An office book said another desk committed a change: read the list again now, or as soon
        as the current read is done and ``REFRESH_ON_FOCUS_MS`` has passed since the last refresh
        (a burst of changes costs one read)."""
        wait = REFRESH_ON_FOCUS_MS - self._since_refresh.elapsed()
        if self.busy:
            wait = max(wait, 300)
        if wait > 0:
            if not self._refresh_later.isActive():
                self._refresh_later.start(int(wait))
            return
        self.refresh_from_other_desks()

    def reload_platforms(self) -> None:
        """Read the platforms of the book on the worker; the filter is filled when they arrive."""
        self._platforms_pending += 1
        ctx = self.ctx
        run_task(self, self.tr("读取平台"), lambda _progress: case_service.list_platforms(ctx.uow, ctx.principal),
                 on_done=self._platforms_arrived, on_error=self._platforms_failed, show_progress=False,
                 background=True)

    def _platforms_failed(self, exc: BaseException) -> bool:
        if not isinstance(exc, AppError):
            self._platforms_pending = max(0, self._platforms_pending - 1)
            return False
        show_error(self, exc)
        self._platforms_arrived([])
        return True

    def _platforms_arrived(self, platforms: list[str]) -> None:
        self._platforms_pending = max(0, self._platforms_pending - 1)
        self.platforms = [p for p in platforms if p]
        current = self.platform_filter.currentData()
        self.platform_filter.blockSignals(True)
        self.platform_filter.clear()
        self.platform_filter.addItem(self.tr("全部平台"), "")
        for name in platforms:
            if name:
                self.platform_filter.addItem(name, name)
        self.platform_filter.setCurrentIndex(max(0, self.platform_filter.findData(current or "")))
        self.platform_filter.blockSignals(False)

    def _list_reset(self) -> None:
        if self._keep is None:
            self.load_detail(None)

    def _after_query(self) -> None:
        if self.model.canFetchMore():
            self.model.fetchMore()  # the first page came with the count: shown now
        text = self.tr("共 {n} 件").format(n=self.model.total)
        if plan_query(self.model.query.text).truncated:
            text += self.tr("（只按前 {m} 个词搜索）").format(m=MAX_TERMS)
        self.count_label.setText(text)
        if not self._columns_sized and self.model.rowCount():
            self.size_columns()
        keep, self._keep = self._keep, None
        if keep is not None:
            shown = self.detail.detail
            row = self.model.row_of(keep[0])
            if row >= 0 and shown is not None and shown.summary.id == keep[0]:
                self.select_row(row)  # the case's details are read again
                self.table.verticalScrollBar().setValue(keep[1])
            elif shown is not None and shown.summary.id == keep[0]:
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

    def _read_case(self, case_id: int, done: Callable[[CaseDetail, list[Deadline]], None], *,
                   latest: bool = True) -> None:
        """Read case ``case_id`` and its deadlines on the worker; ``done(detail, deadlines)`` runs
        when they arrive. With ``latest`` this is the case to show: an answer to an earlier such
        request is dropped, and a refusal or a missing case clears the details (and is said)."""
        if latest:
            self._detail_serial += 1
        serial = self._detail_serial if latest else None
        self._detail_pending += 1
        ctx = self.ctx

        def work(_progress: object) -> tuple[CaseDetail, list[Deadline]]:
            return (case_service.get_case(ctx.uow, ctx.principal, case_id),
                    list(deadline_service.case_deadlines(ctx.uow, ctx.principal, case_id)))

        def arrived(answer: tuple[CaseDetail, list[Deadline]]) -> None:
            self._detail_pending -= 1
            if serial is None or serial == self._detail_serial:
                done(*answer)

        def failed(exc: BaseException) -> bool:
            self._detail_pending -= 1
            if serial is not None and serial != self._detail_serial:
                return isinstance(exc, AppError)  # a later request answers
            if not isinstance(exc, AppError):
                return False
            if serial is not None:
                self.load_detail(None)
            show_error(self, exc)
            return True

        run_task(self, self.tr("读取案件"), work, on_done=arrived, on_error=failed, show_progress=False)

    def load_detail(self, case_id: int | None) -> None:
        """Show case ``case_id`` (None: no case), read on the worker. Another case than the one
        shown gets fresh tabs: nothing typed, found, refused or reported on one case's tabs is
        ever seen on the next."""
        if case_id is None:
            self._detail_serial += 1  # an answer still on its way is not shown
            self._show_detail(None, None, [])
            return
        self._read_case(case_id, lambda detail, due: self._show_detail(case_id, detail, due))

    def _show_detail(self, case_id: int | None, detail: CaseDetail | None, due: list[Deadline]) -> None:
        if case_id != self._tabs_case_id:
            self._discard_panels()
            self._tabs_case_id = case_id
        self.detail.show_case(detail, can_change=self.ctx.principal.can(Permission.CHANGE_CASE_STATUS), deadlines=due)
        for panel in self.case_panels:
            panel.set_case(detail)  # type: ignore[attr-defined]
        self._tab_shown(self.case_tabs.currentIndex())  # the tab in view, built anew for this case

    # ---- intake ----
    def open_intake(self, *, group: bool) -> None:
        def register(intake):  # noqa: ANN001, ANN202
            return case_service.register_intake(self.ctx.uow, self.ctx.principal, intake)

        dialog = IntakeDialog(register, platforms=list(self.platforms), group=group, parent=self)
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

    def open_typical_case(self) -> None:
        """Draft the closed case's typical case on the worker, then let the person review and export it."""
        detail = self.detail.detail
        if detail is None:
            return
        case_id, number = detail.summary.id, detail.summary.number
        uow, principal, renderer = self.ctx.uow, self.ctx.principal, self.ctx.renderer

        def export(parts: list[str], accepted: list[str]) -> typical_cases.TypicalCaseExport:
            return typical_cases.export(uow, renderer, principal, case_id, parts, accepted=accepted)

        def opened(view: typical_cases.TypicalCaseDraftView) -> None:
            dialog = TypicalCaseDialog(view, number, export, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._refresh_panel("documents"))
            dialog.finished.connect(lambda _r: setattr(self, "typical_dialog", None))
            self.typical_dialog = dialog
            dialog.open()

        run_task(self, self.tr("起草典型案例"), lambda _progress: typical_cases.draft(uow, principal, case_id),
                 on_done=opened, show_progress=False)

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
        elif name == "court":
            from mediation_desk.ui.views.court_tab import CourtTab

            built = CourtTab(ctx)
            built.case_changed.connect(self._case_changed_elsewhere)  # status and deadlines follow the court
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
    court = property(lambda self: self.panel("court"))

    def _case_changed_elsewhere(self, *_args: object) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        self._read_case(detail.summary.id, self._changed_elsewhere_read, latest=False)

    def _changed_elsewhere_read(self, fresh: CaseDetail, due: list[Deadline]) -> None:
        shown = self.detail.detail
        if shown is None or shown.summary.id != fresh.summary.id:
            return
        self.detail.show_case(fresh, can_change=self.ctx.principal.can(Permission.CHANGE_CASE_STATUS), deadlines=due)
        self.model.replace_case(fresh.summary)
        self._refresh_panel("documents")

    def _reveal(self, case_id: int, answer: Callable[[CaseDetail | None], None]) -> None:
        """The case with full numbers, read on the worker (the service checks the permission and
        audits the reveal); ``answer(None)`` when it refuses."""
        ctx = self.ctx

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, AppError):
                answer(None)
                return False
            show_error(self, exc)
            answer(None)
            return True

        run_task(self, self.tr("显示完整号码"), lambda _progress: case_service.reveal_case(ctx.uow, ctx.principal, case_id),
                 on_done=answer, on_error=failed, show_progress=False)

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
        seen = [detail.version]  # the version this desk read; a refusal names the fresh one

        def change(target: CaseStatus, on: date, reason: str) -> None:
            try:
                case_service.change_status(self.ctx.uow, self.ctx.principal, case_id=case_id, target=target, on=on,
                                           reason=reason, expected_version=seen[0])
            except StaleRecord as exc:  # the dialog says who changed the case; a second OK saves over it
                seen[0] = exc.current_version
                raise

        dialog = ChangeStatusDialog(detail.summary.number, detail.summary.status, change,
                                    earliest=detail.summary.received_on, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._status_changed(case_id))
        dialog.finished.connect(self._forget_dialog)
        self.status_dialog = dialog
        dialog.open()

    def _forget_dialog(self, result: int) -> None:
        self.status_dialog = None
        if not result:
            self._case_changed_elsewhere()  # a refused change may have been another desk's: show the case as it is

    # ---- case details ----
    def open_edit_case(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        case_id, ctx = detail.summary.id, self.ctx

        def save(facts: str, platform: str, version: int) -> int:
            return case_edits.edit_case_details(ctx.uow, ctx.principal, case_id=case_id, facts=facts,
                                                platform=platform, expected_version=version)

        dialog = EditCaseDialog(detail, save, lambda: case_service.get_case(ctx.uow, ctx.principal, case_id),
                                parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._status_changed(case_id))
        dialog.finished.connect(lambda result: self._edit_finished(result))
        self.edit_dialog = dialog
        dialog.open()

    def _edit_finished(self, result: int) -> None:
        self.edit_dialog = None
        if not result:
            self._case_changed_elsewhere()

    def _status_changed(self, case_id: int) -> None:
        def show(detail: CaseDetail, due: list[Deadline]) -> None:
            self._show_detail(case_id, detail, due)
            self.model.replace_case(detail.summary)

        self._read_case(case_id, show)
