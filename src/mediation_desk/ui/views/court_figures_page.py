"""裁审衔接: what the people's courts did with the commission's awards over a period
(``services.court.court_figures``): 仲裁后起诉率, 维持率, 改判率, 撤裁率, 撤裁改裁率 and 裁审一致率 for
the commission, per presiding arbitrator, per claim kind and per respondent, by award date or by
court date. Each figure's definition is shown with it; double-clicking a number (or
“列出背后的案件”) lists the cases behind it, from which a case opens in the case page; the
figures export as XLSX (``documents.court_export``).

Built the first time it is shown (``main_window.PageOnFirstShow``); every read and the export run
on the worker."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.court import CourtProceeding
from mediation_desk.domain.court_figures import (FIGURES, NO_ARBITRATOR, NO_KIND, NO_RESPONDENT, Basis, CourtFigures,
                                                 Figure, FigureDef, FigureGroup, Grouping)
from mediation_desk.domain.errors import AppError, OperationCancelled
from mediation_desk.services import accounts, clock
from mediation_desk.services.court import court_figures
from mediation_desk.services.court_figure_cases import FigureCase, figure_cases
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.forms.court_figures_page_ui import Ui_CourtFiguresPage
from mediation_desk.ui.labels import format_date, join_names, label, label_text, money
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.period_choice import KINDS, PeriodChoice, period_of
from mediation_desk.ui.widgets import guarded, to_qdate

_CONTEXT = "CourtFiguresPage"
# the definitions of domain.court_figures.FIGURES, so that the English page gives them in English
DEFINITIONS = (
    QT_TRANSLATE_NOOP("CourtFiguresPage", "期间内作出（裁决日期在期间内）的仲裁裁决书和先行裁决书"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "作出裁决后当事人起诉或申请撤销终局裁决的裁决"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "裁决后起诉数 ÷ 作出裁决数"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "法院判决、调解或撤销裁定逐项处理的裁决事项（撤诉、驳回起诉不计）"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "法院维持的裁决事项"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "法院改判的裁决事项"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "法院撤销的裁决事项"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "维持事项 ÷ 法院处理的裁决事项"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "改判事项 ÷ 法院处理的裁决事项"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "撤销事项 ÷ 法院处理的裁决事项"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "（改判事项 + 撤销事项）÷ 法院处理的裁决事项"),
    QT_TRANSLATE_NOOP("CourtFiguresPage", "维持事项 ÷ 法院处理的裁决事项（参照广州市裁审衔接指标，地方实践 [S]）"),
)
# the groups the figures name when a record has no arbitrator, respondent or claim kind
GROUP_PLACEHOLDERS = (
    QT_TRANSLATE_NOOP("labels", "（未组庭）"),
    QT_TRANSLATE_NOOP("labels", "（无被申请人）"),
    QT_TRANSLATE_NOOP("labels", "（未分类）"),
)


def definition_text(d: FigureDef) -> str:
    return QCoreApplication.translate(_CONTEXT, d.definition)


def figure_name(d: FigureDef | Figure) -> str:
    return d.english if current_lang() == "en" else d.name


def two_lines(text: str) -> str:
    """A long English column name on two lines, broken at the space nearest the middle."""
    if len(text) <= 14 or " " not in text:
        return text
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


def group_name(group: FigureGroup) -> str:
    """The group as shown: names of people and enterprises as recorded; the commission, the claim
    kinds and the placeholders in the UI language."""
    if group.grouping in (Grouping.COMMISSION, Grouping.CLAIM_KIND) or group.label in (NO_ARBITRATOR, NO_RESPONDENT,
                                                                                        NO_KIND):
        return label_text(group.label)
    return group.label


def _item(text: str, *, right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class CourtFiguresPage(PeriodChoice, QWidget):
    """Layout: ``ui/court_figures_page.ui``. ``open_case(case_id)`` shows a case in the case page."""

    def __init__(self, ctx: DeskContext, open_case: Callable[[int], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.open_case = ctx, open_case
        self.report: CourtFigures | None = None
        self.listed: list[FigureCase] = []
        self.listed_figure: tuple[FigureGroup, Figure] | None = None
        self.busy = False
        self.last_export: Path | None = None
        self._computed_once = False
        self.ui = ui = Ui_CourtFiguresPage()
        ui.setupUi(self)
        self.figures, self.cases, self.summary, self.message = ui.figures, ui.cases, ui.summary, ui.message
        self.units = {"件": self.tr("件"), "项": self.tr("项"), "%": "%"}
        for text, kind in ((self.tr("月"), "month"), (self.tr("季度"), "quarter"), (self.tr("年"), "year"),
                           (self.tr("自定义"), "custom")):
            ui.kind.addItem(text, kind)
        for basis in Basis:
            ui.basis.addItem(label(basis), basis.value)
        for grouping in Grouping:
            ui.grouping.addItem(label(grouping), grouping.value)
        ui.kind.setCurrentIndex(KINDS.index("year"))
        start, end = period_of("year", clock.today())
        ui.date_from.setDate(to_qdate(start))
        ui.date_to.setDate(to_qdate(end))
        ui.date_to.setEnabled(False)
        ui.kind.currentIndexChanged.connect(lambda _i: self._snap())
        ui.date_from.dateChanged.connect(lambda _d: self._snap())
        ui.compute_button.clicked.connect(self.compute)
        ui.xlsx_button.clicked.connect(self.export)
        ui.grouping.currentIndexChanged.connect(lambda _i: self._show_figures())
        self.figures.setColumnCount(1 + len(FIGURES))
        self.figures.setHorizontalHeaderLabels([self.tr("分组")] + [two_lines(figure_name(d)) for d in FIGURES])
        for col, d in enumerate(FIGURES, start=1):
            self.figures.horizontalHeaderItem(col).setToolTip(definition_text(d))
        self.figures.itemSelectionChanged.connect(self._show_definition)
        self.figures.cellDoubleClicked.connect(self.list_cases)
        ui.cases_button.clicked.connect(self._list_selected)
        self.cases.cellDoubleClicked.connect(lambda row, _col: self.open_selected(row))
        self.cases.itemSelectionChanged.connect(self._update_buttons)
        ui.open_button.clicked.connect(lambda: self.open_selected(self.cases.currentRow()))
        for table in (self.figures, self.cases, ui.definitions):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.verticalHeader().setVisible(False)
        self.figures.horizontalHeader().setStretchLastSection(False)
        for col, width in ((2, 260), (3, 260)):  # the court's decision (last) gets the rest
            self.cases.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.cases.setColumnWidth(col, width)
        self.message.setStyleSheet(ERROR_STYLE)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        self._fill_definitions()
        self._show_report()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._computed_once:  # the figures of this year are read when the page is first shown
            self._computed_once = True
            self.compute()

    # ---- the period ----
    def basis(self) -> Basis:
        return Basis(self.ui.basis.currentData())

    def grouping(self) -> Grouping:
        return Grouping(self.ui.grouping.currentData())

    def set_basis(self, basis: Basis) -> None:
        self.ui.basis.setCurrentIndex(self.ui.basis.findData(basis.value))

    def set_grouping(self, grouping: Grouping) -> None:
        self.ui.grouping.setCurrentIndex(self.ui.grouping.findData(grouping.value))


    # ---- computing ----
    def _say(self, exc: BaseException) -> bool:
        self.message.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, AppError):
            self.message.setText(exc.text(current_lang()))
            return True
        if isinstance(exc, OSError):
            self.message.setText(self.tr("无法写入文件：{reason}").format(reason=exc.strerror or str(exc)))
            return True
        return False

    def compute(self) -> None:
        start, end = self.period()
        basis = self.basis()
        uow, principal = self.ctx.uow, self.ctx.principal
        self.message.setText("")
        self.busy = True
        self.ui.compute_button.setEnabled(False)

        def work(_progress: Any) -> CourtFigures:
            return court_figures(uow, principal, start=start, end=end, basis=basis)

        def failed(exc: BaseException) -> bool:
            self._ended()
            return self._say(exc)

        run_task(self, self.tr("计算裁审衔接统计"), work, on_done=guarded(self, self._computed),
                 on_error=guarded(self, failed, True), on_cancelled=guarded(self, self._ended),
                 label=self.tr("正在从裁决和法院处理记录计算……"))

    def _ended(self) -> None:
        self.busy = False
        self.ui.compute_button.setEnabled(True)

    def _computed(self, report: CourtFigures) -> None:
        self._ended()
        self.show_report(report)

    def show_report(self, report: CourtFigures | None) -> None:
        self.report = report
        self._show_report()

    def _show_report(self) -> None:
        report = self.report
        self.ui.xlsx_button.setEnabled(report is not None)
        if report is None:
            self.summary.setText(self.tr("选择统计期和口径后点“计算”。"))
        else:
            c = report.commission
            self.summary.setText(self.tr(
                "统计期{start}至{end}，{basis}：作出裁决{made}件，其中{challenged}件被起诉或申请撤销；"
                "法院已逐项处理的裁决事项{decided}项。").format(
                start=format_date(report.start), end=format_date(report.end), basis=label(report.basis),
                made=c.figure("awards_made").numerator, challenged=c.figure("awards_challenged").numerator,
                decided=c.figure("items_decided").numerator))
        self._show_figures()

    def current_groups(self) -> tuple[FigureGroup, ...]:
        return self.report.of(self.grouping()) if self.report is not None else ()

    def _show_figures(self) -> None:
        groups = self.current_groups()
        self.figures.setRowCount(len(groups))
        for row, group in enumerate(groups):
            self.figures.setItem(row, 0, _item(group_name(group)))
            for col, f in enumerate(group.figures, start=1):
                self.figures.setItem(row, col, _item(f.text, right=True, tip=self._figure_tip(f)))
        self._clear_cases()
        if groups:
            self.figures.setCurrentCell(0, 1)
        self._show_definition()

    def _figure_tip(self, f: Figure) -> str:
        if f.denominator is not None:
            return self.tr("{name}：{numerator} ÷ {denominator}，{count}件案件").format(
                name=figure_name(f), numerator=f.numerator, denominator=f.denominator, count=len(f.case_ids))
        return self.tr("{name}：{count}件案件").format(name=figure_name(f), count=len(f.case_ids))

    def figure_at(self, row: int, col: int) -> tuple[FigureGroup, Figure] | None:
        groups = self.current_groups()
        if not 0 <= row < len(groups) or not 1 <= col <= len(FIGURES):
            return None
        return groups[row], groups[row].figures[col - 1]

    def _show_definition(self) -> None:
        col = self.figures.currentColumn()
        if not 1 <= col <= len(FIGURES):
            self.ui.definition.setText(self.tr("选中一个数字，这里显示它的定义；双击数字列出它背后的案件。"))
        else:
            d = FIGURES[col - 1]
            self.ui.definition.setText(self.tr("{name}（{unit}）：{definition}").format(
                name=figure_name(d), unit=self.units.get(d.unit, d.unit), definition=definition_text(d)))
        self._update_buttons()

    def _fill_definitions(self) -> None:
        table = self.ui.definitions
        table.setRowCount(len(FIGURES))
        for row, d in enumerate(FIGURES):
            for col, item in enumerate((_item(figure_name(d)), _item(self.units.get(d.unit, d.unit)),
                                        _item(definition_text(d), tip=definition_text(d)))):
                table.setItem(row, col, item)

    # ---- the cases behind a number ----
    def _list_selected(self) -> None:
        self.list_cases(self.figures.currentRow(), self.figures.currentColumn())

    def list_cases(self, row: int, col: int) -> None:
        found = self.figure_at(row, col)
        if found is None:
            return
        group, figure = found
        uow, principal, ids = self.ctx.uow, self.ctx.principal, figure.case_ids
        self.listed_figure = found
        self.ui.details.setCurrentWidget(self.ui.cases_tab)
        self.ui.cases_title.setText(self.tr("正在读取“{group}”的{name}（{value}）背后的案件……").format(
            group=group_name(group), name=figure_name(figure), value=figure.text))

        def work(_progress: Any) -> list[FigureCase]:
            return figure_cases(uow, principal, case_ids=ids)

        def done(rows: list[FigureCase]) -> None:
            if self.listed_figure is found:
                self._show_cases(rows)

        run_task(self, self.tr("读取案件清单"), work, on_done=guarded(self, done),
                 on_error=guarded(self, self._say, True), show_progress=False)

    def _clear_cases(self) -> None:
        self.listed_figure = None
        self.listed = []
        self.cases.setRowCount(0)
        self.ui.cases_title.setText(self.tr("双击上表中的一个数字，这里列出它背后的案件。"))
        self._update_buttons()

    def _show_cases(self, rows: list[FigureCase]) -> None:
        assert self.listed_figure is not None
        group, figure = self.listed_figure
        self.listed = rows
        self.ui.cases_title.setText(self.tr("“{group}”的{name}（{value}）：{count}件案件").format(
            group=group_name(group), name=figure_name(figure), value=figure.text, count=len(rows)))
        self.cases.setRowCount(len(rows))
        for row, c in enumerate(rows):
            awards = join_names([self.tr("{number}（{date}）").format(number=a.number, date=format_date(a.award_date))
                                 if a.award_date else a.number for a in c.awards])
            results = self.tr("；").join(self.proceeding_text(p) for p in c.proceedings) or self.tr("未诉至法院")
            for col, item in enumerate((_item(c.case_number), _item(join_names(c.applicants)),
                                        _item(join_names(c.respondents)), _item(awards, tip=awards),
                                        _item(results, tip=results))):
                self.cases.setItem(row, col, item)
        if rows:
            self.cases.selectRow(0)
        self._update_buttons()

    def proceeding_text(self, p: CourtProceeding) -> str:
        """``南昌市红谷滩区人民法院 判决（（2026）赣0113民初2001号，2026年9月10日）：第1项维持，第2项改判（500.00元）``"""
        head = f"{p.court} {label(p.kind)}"
        o = p.outcome
        if o is None:
            return self.tr("{head}：审理中（{date}立案）").format(head=head, date=format_date(p.filed_on))
        items = self.tr("，").join(
            self.tr("第{no}项{result}（{amount}）").format(no=r.award_item_no, result=label(r.result),
                                                        amount=money(r.new_amount))
            if r.new_amount is not None else self.tr("第{no}项{result}").format(no=r.award_item_no,
                                                                              result=label(r.result))
            for r in o.items)
        decided = self.tr("{decision}（{number}，{date}）").format(
            decision=label(o.decision), number=o.judgment_number, date=format_date(o.decided_on))
        return f"{head}：{decided}" + (f"：{items}" if items else "") if current_lang() != "en" else \
            f"{head}: {decided}" + (f": {items}" if items else "")

    def _update_buttons(self) -> None:
        self.ui.cases_button.setEnabled(self.figure_at(self.figures.currentRow(), self.figures.currentColumn())
                                        is not None)
        self.ui.open_button.setEnabled(self.open_case is not None and bool(self.cases.selectionModel().selectedRows()))

    def open_selected(self, row: int) -> None:
        if self.open_case is None or not 0 <= row < len(self.listed):
            return
        self.open_case(self.listed[row].case_id)

    # ---- exporting ----
    def export(self) -> None:
        report = self.report
        if report is None:
            return
        caption = self.tr("导出裁审衔接统计（XLSX）")
        name = f"裁审衔接统计_{report.start.isoformat()}_{report.end.isoformat()}.xlsx"
        target, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name), "Excel (*.xlsx)")
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        uow = self.ctx.uow

        def work(progress: Any) -> Path:
            org = accounts.get_organisation(uow)
            return write_figures(report, path, organisation=org.name if org is not None else "", progress=progress)

        def done(written: Path) -> None:
            self.last_export = written
            self.message.setStyleSheet("")
            self.message.setText(self.tr("已导出：{path}").format(path=str(written)))

        run_task(self, caption, work, on_done=guarded(self, done), on_error=guarded(self, self._say, True),
                 label=self.tr("正在导出裁审衔接统计……"))


def write_figures(report: CourtFigures, path: Path, *, organisation: str = "",
                  progress: Callable[[int, int], bool] | None = None) -> Path:
    """Write the workbook beside ``path`` first, then put it in place (never half a file); a
    cancel before it is put in place leaves nothing."""
    from mediation_desk.documents.court_export import write_xlsx

    if progress is not None and not progress(0, 2):
        raise OperationCancelled()
    fd, tmp = tempfile.mkstemp(prefix=".court-figures-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        write_xlsx(report, Path(tmp), organisation=organisation)
        if progress is not None and not progress(1, 2):
            raise OperationCancelled()
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    if progress is not None:
        progress(2, 2)
    return path
