"""证据: one case's evidence register, with adding (by dialog or by dropping files), editing,
previewing from memory, the explicit export and integrity checks.

Every database and file operation runs on the worker thread (``ui.tasks.run_task``); the buttons
follow the user's permissions, and the services refuse anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox, QWidget

from mediation_desk.domain.cases import CaseDetail
from mediation_desk.domain.evidence import (EvidenceDamaged, EvidenceEdit, EvidenceInput, EvidenceItem, IntegrityCheck,
                                            VaultCheckReport)
from mediation_desk.domain.users import Permission
from mediation_desk.services import evidence as evidence_service
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.evidence import EvidenceDialog, ask_export_target
from mediation_desk.ui.dialogs.evidence_preview import EvidencePreviewDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.forms.evidence_panel_ui import Ui_EvidencePanel
from mediation_desk.ui.models.evidence_table import EvidenceTableModel
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.case_tab import CaseTab
from mediation_desk.ui.widgets import (guarded as _guarded)

_OK_STYLE = "color: #1e6b35;"
_MAX_TEXT_COLUMN = 220


# The work itself: plain functions of plain values, run on the worker thread.

def _add(uow: Any, vault: Any, principal: Any, case_id: int, edit: EvidenceEdit, source: Path,
         progress: Any) -> EvidenceItem:
    evidence = EvidenceInput(case_id=case_id, type=edit.type, title=edit.title, purpose=edit.purpose,
                             provided_by=edit.provided_by, source=edit.source, collected_on=edit.collected_on,
                             original_seen=edit.original_seen, cross_exam_opinion=edit.cross_exam_opinion,
                             original_filename=source.name)
    return evidence_service.add_evidence(uow, vault, principal, evidence=evidence, source_path=source,
                                         progress=progress)


def _update(uow: Any, principal: Any, item_id: int, edit: EvidenceEdit) -> EvidenceItem:
    return evidence_service.update_evidence(uow, principal, item_id=item_id, edit=edit)


def _export(uow: Any, vault: Any, principal: Any, item_id: int, target: Path, overwrite: bool,
            progress: Any) -> Path:
    return evidence_service.export_evidence(uow, vault, principal, item_id=item_id, target_path=target,
                                            progress=progress, overwrite=overwrite)


def _check_item(uow: Any, vault: Any, principal: Any, item: EvidenceItem,
                progress: Any) -> tuple[EvidenceItem, IntegrityCheck]:
    return item, evidence_service.check_evidence(uow, vault, principal, item_id=item.id, progress=progress)


def _check_all(uow: Any, vault: Any, principal: Any, case_id: int | None, progress: Any) -> VaultCheckReport:
    return evidence_service.check_vault(uow, vault, principal, case_id=case_id, progress=progress)


class EvidencePanel(CaseTab):
    """The evidence of the case given to ``set_case``.

    ``evidence_changed`` is emitted after an item was added, edited or checked.
    """

    evidence_changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loading = False
        self._select_after_load: int | None = None
        self._pending_files: list[Path] = []
        self.evidence_dialog: EvidenceDialog | None = None
        self.preview_dialog: EvidencePreviewDialog | None = None
        p = ctx.principal
        has_vault = ctx.vault is not None
        self.can_view = p.can(Permission.VIEW_CASES)
        self.can_manage = p.can(Permission.MANAGE_EVIDENCE) and has_vault
        self.can_export = p.can(Permission.EXPORT_EVIDENCE) and has_vault
        self.can_read_files = self.can_view and has_vault

        self.ui = Ui_EvidencePanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.heading, self.hint, self.table = ui.heading, ui.hint, ui.table
        self.add_button, self.edit_button, self.preview_button = ui.add_button, ui.edit_button, ui.preview_button
        self.export_button, self.check_button = ui.export_button, ui.check_button
        self.add_button.clicked.connect(lambda: self.open_add())
        self.edit_button.clicked.connect(self.open_edit)
        self.preview_button.clicked.connect(self.open_preview)
        self.export_button.clicked.connect(lambda: self.export_item())
        self.check_menu = QMenu(self.check_button)
        self.check_selected_action = QAction(self.tr("校验所选证据"), self)
        self.check_selected_action.triggered.connect(self.check_selected)
        self.check_case_action = QAction(self.tr("校验本案全部证据"), self)
        self.check_case_action.triggered.connect(self.check_case)
        self.check_vault_action = QAction(self.tr("校验证据库全部文件（所有案件）"), self)
        self.check_vault_action.triggered.connect(self.check_whole_vault)
        for action in (self.check_selected_action, self.check_case_action, self.check_vault_action):
            self.check_menu.addAction(action)
        self.check_button.setMenu(self.check_menu)

        self.model = EvidenceTableModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.open_preview())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        # the tab's status line (CaseTab.status) reports what was added, exported or checked
        self.status_label = self.status
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        ui.column.addWidget(self.status_label)
        self.set_case(None)

    # ---- the case ----
    @property
    def case(self) -> CaseDetail | None:
        return self.detail

    def read_title(self) -> str:
        return self.tr("读取证据目录")

    def read_state(self, case_id: int) -> list[EvidenceItem]:
        return evidence_service.list_evidence(self.ctx.uow, self.ctx.principal, case_id=case_id)

    def show_state(self, state: list[EvidenceItem] | None) -> None:
        if state is not None:
            self._loaded(state)
            return
        # no case, or another case: nothing of the one the user left
        self._pending_files.clear()
        self._show_status("")
        self.model.set_items([])

    def update_actions(self) -> None:
        self._update_buttons()

    def say(self, exc: BaseException) -> bool:
        """A failed read is reported the usual way (the error dialog), not in the tab."""
        self.loading = False
        self._update_heading()
        return False

    def reload(self, *, select_id: int | None = None) -> None:
        """Load the case's items on the worker (the current selection is kept)."""
        current = self.current_item()
        self._select_after_load = select_id if select_id is not None else (current.id if current else None)
        if self.case_id is None or not self.can_view:
            self._generation += 1  # an earlier read is not shown
            self.loading = False
            self.model.set_items([])
            self._update_heading()
            self._update_buttons()
            return
        self.loading = True
        self._update_heading()
        self._update_buttons()
        super().reload()

    def _loaded(self, items: list[EvidenceItem]) -> None:
        self.loading = False
        self.model.set_items(items)
        self._size_columns()
        if self._select_after_load is not None:
            self.select_item(self._select_after_load)
        self._select_after_load = None
        self._update_heading()
        self._update_buttons()

    def _size_columns(self) -> None:
        if not self.model.rowCount():
            return
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in (EvidenceTableModel.COL_TITLE, EvidenceTableModel.COL_SOURCE, EvidenceTableModel.COL_OPINION,
                    EvidenceTableModel.COL_PROVIDED_BY):
            header.resizeSection(col, min(header.sectionSize(col), _MAX_TEXT_COLUMN))
        # the purpose takes the room that is left, so every column stays in view
        header.setSectionResizeMode(EvidenceTableModel.COL_PURPOSE, QHeaderView.ResizeMode.Stretch)

    def _update_heading(self) -> None:
        if self.case is None:
            self.heading.setText(self.tr("证据"))
        elif self.loading and not self.model.rowCount():
            self.heading.setText(self.tr("证据（读取中……）"))
        else:
            self.heading.setText(self.tr("证据（共 {n} 件）").format(n=self.model.rowCount()))

    # ---- selection ----
    def current_item(self) -> EvidenceItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_case = self.case is not None
        selected = self.current_item() is not None
        self.add_button.setEnabled(has_case and self.can_manage)
        self.hint.setVisible(has_case and self.can_manage)
        self.edit_button.setEnabled(selected and self.can_manage)
        self.preview_button.setEnabled(selected and self.can_read_files)
        self.export_button.setEnabled(selected and self.can_export)
        self.check_button.setEnabled(has_case and self.can_read_files)
        self.check_selected_action.setEnabled(selected and self.can_read_files)
        self.check_case_action.setEnabled(has_case and self.can_read_files and self.model.rowCount() > 0)
        self.check_vault_action.setEnabled(self.can_read_files)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else _OK_STYLE)
        self.status_label.setVisible(bool(text))

    def _providers(self) -> list[str]:
        if self.case is None:
            return []
        return [p.name for p in self.case.parties if p.name]

    # ---- adding ----
    def open_add(self, source_path: Path | str | None = None) -> EvidenceDialog | None:
        """The add dialog for this case, pre-filled from ``source_path`` when given."""
        if self.case is None or not self.can_manage or self.evidence_dialog is not None:
            return None
        ctx, case_id = self.ctx, self.case.summary.id

        def save(edit: EvidenceEdit, source: Path, progress: Any) -> EvidenceItem:
            return _add(ctx.uow, ctx.vault, ctx.principal, case_id, edit, source, progress)

        dialog = EvidenceDialog(self.case.summary.number, save, source_path=source_path,
                                providers=self._providers(), parent=self)
        self._open_dialog(dialog, self._added)
        return dialog

    def add_files(self, paths: list[Path]) -> None:
        """Open the add dialog for each file, one after the other."""
        if self.case is None or not self.can_manage:
            return
        self._pending_files.extend(Path(p) for p in paths)
        if self.evidence_dialog is None:
            self._next_file()

    def _next_file(self) -> None:
        if self.evidence_dialog is not None or not self._pending_files:
            return
        self.open_add(self._pending_files.pop(0))

    def _added(self, item: EvidenceItem | None) -> None:
        if item is None:
            return
        self._show_status(self.tr("已添加{number}“{title}”，SHA-256 {sha}。").format(
            number=self.model.number_text(item), title=item.title, sha=item.sha256))
        self.reload(select_id=item.id)
        self.evidence_changed.emit()

    # ---- editing ----
    def open_edit(self) -> EvidenceDialog | None:
        item = self.current_item()
        if item is None or self.case is None or not self.can_manage or self.evidence_dialog is not None:
            return None
        ctx = self.ctx

        def save(edit: EvidenceEdit) -> EvidenceItem:
            return _update(ctx.uow, ctx.principal, item.id, edit)

        dialog = EvidenceDialog(self.case.summary.number, save, item=item, providers=self._providers(), parent=self)
        self._open_dialog(dialog, self._edited)
        return dialog

    def _edited(self, item: EvidenceItem | None) -> None:
        if item is None:
            return
        self.model.replace_item(item)
        self._show_status(self.tr("已保存{number}“{title}”的修改。").format(number=self.model.number_text(item),
                                                                      title=item.title))
        self.evidence_changed.emit()

    def _open_dialog(self, dialog: EvidenceDialog, on_saved: Callable[[EvidenceItem | None], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_saved(dialog.result_value))
        dialog.finished.connect(self._dialog_finished)
        self.evidence_dialog = dialog
        dialog.open()

    def _dialog_finished(self, _result: int) -> None:
        self.evidence_dialog = None
        if self._pending_files:
            QTimer.singleShot(0, self, self._next_file)

    # ---- dropping files ----
    def _dropped_files(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]

    def _accepts_drop(self) -> bool:
        return self.case is not None and self.can_manage

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._accepts_drop() and self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._accepts_drop() and self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = self._dropped_files(event) if self._accepts_drop() else []
        files = [p for p in paths if p.is_file()]
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        skipped = len(paths) - len(files)
        if skipped:
            self._show_status(self.tr("已跳过 {n} 个文件夹或无法读取的项目；只能添加文件。").format(n=skipped), error=True)
        self.add_files(files)

    # ---- preview ----
    def open_preview(self) -> EvidencePreviewDialog | None:
        item = self.current_item()
        if item is None or not self.can_read_files:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        dialog = EvidencePreviewDialog(self.ctx, item, number_text=self.model.number_text(item),
                                       on_export=self.export_item if self.can_export else None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.damaged.connect(self._damaged_on_read)
        dialog.finished.connect(lambda _r, d=dialog: self._preview_closed(d))
        self.preview_dialog = dialog
        dialog.show()
        return dialog

    def _preview_closed(self, dialog: EvidencePreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None

    def _damaged_on_read(self, item_id: int) -> None:
        self.reload(select_id=item_id)
        self.evidence_changed.emit()

    # ---- export ----
    def export_item(self, item: EvidenceItem | None = None) -> None:
        """Ask for a target, say what exporting means, and write the checked, audited copy there."""
        item = item or self.current_item()
        if item is None or not self.can_export:
            return
        parent: QWidget = self.preview_dialog if self.preview_dialog is not None else self
        chosen = ask_export_target(parent, item, number_text=self.model.number_text(item))
        if chosen is None:
            return
        target, overwrite = chosen
        number = self.model.number_text(item)

        def done(path: Path) -> None:
            self._show_status(self.tr("已把{number}“{title}”的解密副本导出到：{path}（已记入审计记录）。").format(
                number=number, title=item.title, path=str(path)))

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, EvidenceDamaged):
                self.reload(select_id=item.id)  # the damage found was recorded on the item
            return False

        run_task(self, self.tr("导出证据"), _export, self.ctx.uow, self.ctx.vault, self.ctx.principal, item.id,
                 target, overwrite, on_done=_guarded(self, done), on_error=_guarded(self, failed, False),
                 label=self.tr("正在导出“{title}”……").format(title=item.title))

    # ---- integrity ----
    def check_selected(self) -> None:
        item = self.current_item()
        if item is None or not self.can_read_files:
            return
        run_task(self, self.tr("校验证据"), _check_item, self.ctx.uow, self.ctx.vault, self.ctx.principal, item,
                 on_done=_guarded(self, self._item_checked), on_cancelled=_guarded(self, self.reload),
                 label=self.tr("正在校验“{title}”……").format(title=item.title))

    def _item_checked(self, result: tuple[EvidenceItem, IntegrityCheck]) -> None:
        item, check = result
        text = f"{self._describe(item)}：{check.en if current_lang() == 'en' else check.zh}。"
        self._show_status(text, error=not check.ok)
        if not check.ok:
            self._warn([text])
        self.reload(select_id=item.id)
        self.evidence_changed.emit()

    def check_case(self) -> None:
        if self.case is None or not self.can_read_files:
            return
        self._check(self.case.summary.id)

    def check_whole_vault(self) -> None:
        if not self.can_read_files:
            return
        self._check(None)

    def _check(self, case_id: int | None) -> None:
        title = self.tr("校验本案全部证据") if case_id is not None else self.tr("校验证据库全部文件")

        def done(report: VaultCheckReport) -> None:
            self._vault_checked(report, whole=case_id is None)

        run_task(self, title, _check_all, self.ctx.uow, self.ctx.vault, self.ctx.principal, case_id,
                 on_done=_guarded(self, done), on_cancelled=_guarded(self, self.reload),
                 label=self.tr("正在校验证据文件……"))  # on cancel the items checked so far keep their result

    def _vault_checked(self, report: VaultCheckReport, *, whole: bool) -> None:
        scope = self.tr("（所有案件）") if whole else ""
        if report.ok:
            self._show_status(self.tr("已校验 {n} 件证据{scope}，文件均完好，与登记的哈希值一致。").format(
                n=report.checked, scope=scope))
        else:
            lines = [f"{self._describe(item)}：{check.en if current_lang() == 'en' else check.zh}。"
                     for item, check in report.problems]
            head = self.tr("已校验 {n} 件证据{scope}，其中 {k} 件有问题，其余完好：").format(
                n=report.checked, scope=scope, k=len(report.problems))
            self._show_status("\n".join([head, *lines]), error=True)
            self._warn(lines, head)
        self.reload()
        self.evidence_changed.emit()

    def _describe(self, item: EvidenceItem) -> str:
        if current_lang() == "en":
            return self.tr("案件 {case} 的{number}“{title}”").format(case=item.case_number,
                                                                  number=self.model.number_text(item),
                                                                  title=item.title)
        return item.describe()

    def _warn(self, lines: list[str], head: str = "") -> None:
        text = "\n".join([head, *lines]) if head else "\n".join(lines)
        text += "\n\n" + self.tr("其他证据不受影响。受损的文件请从备份恢复。")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("证据文件校验"), text, QMessageBox.StandardButton.Ok, self)
        box.exec()
