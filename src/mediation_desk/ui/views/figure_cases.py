"""The list behind a figure of the statistics pages: the cases a figure counts (case number, worker,
respondents, received date, status), read on the worker with progress and cancel, shown in a
dialog from which a case opens in the case view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QVBoxLayout, QWidget

from mediation_desk.domain.cases import CaseStatus
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.inspection import RepeatCase
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.forms.figure_cases_dialog_ui import Ui_FigureCasesDialog
from mediation_desk.ui.labels import format_date, label
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.screen_fit import fit_to_screen
from mediation_desk.ui.widgets import guarded


class FigureCasesDialog(QDialog):
    """Layout: ``ui/figure_cases_dialog.ui``. ``open_case``: opens a case in the case view (the dialog
    closes then); without it the list only shows the cases."""

    def __init__(self, heading: str, definition: str, cases: Sequence[RepeatCase],
                 open_case: Callable[[int], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("计入的案件"))
        self.cases_shown = list(cases)
        self.open_case = open_case
        self.opened: int | None = None
        content = QWidget(self)
        self.ui = ui = Ui_FigureCasesDialog()
        ui.setupUi(content)
        QVBoxLayout(self).addWidget(content)
        ui.heading.setText(heading)
        ui.definition.setText(definition)
        ui.definition.setVisible(bool(definition))
        ui.count.setText(self.tr("共{count}件").format(count=len(self.cases_shown)))
        table = self.table = ui.cases
        table.setRowCount(len(self.cases_shown))
        for row, c in enumerate(self.cases_shown):
            status = label(CaseStatus(c.status)) if c.status in CaseStatus._value2member_map_ else c.status
            for col, text in enumerate((c.number, c.worker, c.respondents, format_date(c.received_on), status)):
                table.setItem(row, col, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        if self.cases_shown:
            table.selectRow(0)
        ui.open_button.setEnabled(open_case is not None and bool(self.cases_shown))
        ui.open_button.clicked.connect(lambda: self.open_row(table.currentRow()))
        ui.close_button.clicked.connect(self.reject)
        table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.resize(860, 460)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        fit_to_screen(self)
        super().showEvent(event)

    def open_row(self, row: int) -> None:
        if self.open_case is None or not 0 <= row < len(self.cases_shown):
            return
        self.opened = self.cases_shown[row].case_id
        self.accept()
        self.open_case(self.opened)


def show_cases_behind(page: QWidget, work: Callable[[Any], list[RepeatCase]], *, heading: str, definition: str,
                      open_case: Callable[[int], None] | None, say: Callable[[str], None]) -> None:
    """Read the cases of a figure on the worker (progress, cancel), then show them in a dialog;
    an error goes to ``say`` in the user's language."""

    def done(cases: list[RepeatCase]) -> None:
        dialog = FigureCasesDialog(heading, definition, cases, open_case, page)
        setattr(page, "figure_cases_dialog", dialog)  # the last list shown
        dialog.open()

    def failed(exc: BaseException) -> bool:
        if isinstance(exc, AppError):
            say(exc.text(current_lang()))
            return True
        return False

    run_task(page, QCoreApplication.translate("FigureCasesDialog", "列出计入的案件"), work, on_done=guarded(page, done),
             on_error=guarded(page, failed, True),
             label=QCoreApplication.translate("FigureCasesDialog", "正在从案件记录找出计入这一数字的案件……"))
