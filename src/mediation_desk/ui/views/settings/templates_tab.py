"""设置 → 文书模板 (administrator): every Word template with the one in use (内置 / 本机构 vN) and
whether the program brought a newer built-in; export for editing in Word or WPS, import (checked,
with the difference shown, saved only when confirmed), versions with restore, the newer built-in
(shown, adopted only on request) and going back to the built-in. Every read and write runs on the
worker (``ui.tasks.run_task``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.templates import TemplateStatus
from mediation_desk.domain.users import Permission
from mediation_desk.services import org_templates
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.templates import TemplatePreviewDialog, TemplateVersionsDialog
from mediation_desk.ui.forms.templates_tab_ui import Ui_TemplatesTab
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.documents_panel import document_title
from mediation_desk.ui.widgets import guarded

_COL_TITLE, _COL_CODE, _COL_SOURCE, _COL_VERSIONS, _COL_NOTE = range(5)


class TemplatesTab(QWidget):
    """Layout: ``ui/templates_tab.ui``. Shown to administrators only (``manage_organisation``)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_TemplatesTab()
        self.ui.setupUi(self)
        self.table, self.message = self.ui.table, self.ui.message
        self.export_button, self.import_button = self.ui.export_button, self.ui.import_button
        self.versions_button, self.adopt_button = self.ui.versions_button, self.ui.adopt_button
        self.revert_button = self.ui.revert_button
        self.statuses: list[TemplateStatus] = []
        self.dialog: TemplatePreviewDialog | TemplateVersionsDialog | None = None
        self.loaded = False
        header = self.table.horizontalHeader()
        for col in (_COL_TITLE, _COL_CODE, _COL_SOURCE, _COL_VERSIONS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self.update_actions)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.choose_import)
        self.versions_button.clicked.connect(self.open_versions)
        self.adopt_button.clicked.connect(self.open_builtin)
        self.revert_button.clicked.connect(self.open_revert)
        self.update_actions()
        if ctx.principal.can(Permission.MANAGE_ORGANISATION):
            self.load()

    # ---- the list ----
    def load(self, select: str | None = None) -> None:
        self.loaded = False
        code = select or (self.selected().code if self.selected() else None)
        run_task(self, self.tr("读取文书模板"),
                 lambda progress: org_templates.list_templates(self.ctx.uow, self.ctx.renderer, self.ctx.principal),
                 on_done=guarded(self, lambda statuses: self.show_statuses(statuses, code)), show_progress=False)

    def show_statuses(self, statuses: list[TemplateStatus], select: str | None = None) -> None:
        self.statuses = list(statuses)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.statuses))
        for row, s in enumerate(self.statuses):
            source = self.tr("内置") if s.active is None else self.tr("本机构 v{n}").format(n=s.active.version)
            note = self.tr("有新的内置模板可用") if s.newer_builtin else ""
            values = [document_title(s.title), s.code, source, str(s.versions) if s.versions else "", note]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == _COL_NOTE and note:
                    item.setForeground(Qt.GlobalColor.darkYellow)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        row = next((i for i, s in enumerate(self.statuses) if s.code == select), 0 if self.statuses else -1)
        if row >= 0:
            self.table.selectRow(row)
        self.loaded = True
        self.update_actions()

    def selected(self) -> TemplateStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.statuses[rows[0].row()] if rows and rows[0].row() < len(self.statuses) else None

    def select_code(self, code: str) -> None:
        for row, s in enumerate(self.statuses):
            if s.code == code:
                self.table.selectRow(row)

    def update_actions(self) -> None:
        s = self.selected()
        self.export_button.setEnabled(s is not None)
        self.import_button.setEnabled(s is not None)
        self.versions_button.setEnabled(s is not None and s.versions > 0)
        self.adopt_button.setEnabled(s is not None and s.newer_builtin)
        self.revert_button.setEnabled(s is not None and s.active is not None)

    # ---- export ----
    def export(self) -> None:
        s = self.selected()
        if s is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("导出模板"), str(Path.home() / f"{s.code}.docx"),
                                                self.tr("Word 文档 (*.docx)"))
        if not target:
            return
        if not target.lower().endswith(".docx"):
            target += ".docx"
        self.message.clear()
        run_task(self, self.tr("导出模板"), lambda progress: org_templates.export_template(
            self.ctx.uow, self.ctx.renderer, self.ctx.principal, code=s.code, target_path=target, overwrite=True),
            on_done=guarded(self, lambda path: self.message.setText(
                self.tr("已导出《{title}》的模板：{path}。在Word或WPS中修改后，用“导入…”检查并保存。").format(
                    title=document_title(s.title), path=path))), show_progress=False)

    # ---- import ----
    def choose_import(self) -> None:
        s = self.selected()
        if s is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入《{title}》的模板").format(title=document_title(s.title)),
                                              str(Path.home()), self.tr("Word 文档 (*.docx)"))
        if path:
            self.import_file(s, Path(path))

    def import_file(self, s: TemplateStatus, path: Path) -> None:
        """Check ``path`` as the template of ``s`` on the worker, then show the check and the difference."""
        self.message.clear()

        def work(progress: Any) -> org_templates.ImportPreview:
            data = org_templates.read_template_file(path)
            return org_templates.preview_import(self.ctx.uow, self.ctx.renderer, self.ctx.principal, code=s.code,
                                                data=data)

        run_task(self, self.tr("检查模板"), work, on_done=guarded(self, lambda p: self._show_preview(p, path.name)),
                 label=self.tr("正在检查模板……"))

    def _show_preview(self, preview: org_templates.ImportPreview, name: str) -> None:
        current = self.tr("内置") if preview.current_version is None else self.tr("本机构 v{n}").format(
            n=preview.current_version)
        heading = self.tr("《{title}》：文件 {name}，与当前使用的模板（{current}）比较。").format(
            title=document_title(preview.title), name=name, current=current)

        def save(note: str) -> Any:
            return org_templates.import_template(self.ctx.uow, self.ctx.renderer, self.ctx.principal,
                                                 code=preview.code, data=preview.data, note=note, source_name=name)

        self._open(TemplatePreviewDialog(self.tr("导入模板"), heading, preview.review, preview.diff, save,
                                         ok_text=self.tr("保存为新版本"), parent=self),
                   lambda v: self.tr("已保存为本机构 v{n}，此后生成《{title}》使用该版本。").format(
                       n=v.version, title=document_title(preview.title)), preview.code)

    # ---- versions ----
    def open_versions(self) -> None:
        s = self.selected()
        if s is None:
            return

        def restore(version_id: int, note: str) -> Any:
            return org_templates.restore_version(self.ctx.uow, self.ctx.renderer, self.ctx.principal, code=s.code,
                                                 version_id=version_id, note=note)

        run_task(self, self.tr("读取模板版本"),
                 lambda progress: org_templates.list_versions(self.ctx.uow, self.ctx.principal, code=s.code),
                 on_done=guarded(self, lambda versions: self._open(
                     TemplateVersionsDialog(document_title(s.title), versions, restore, parent=self),
                     lambda v: self.tr("已恢复为本机构 v{n}。").format(n=v.version), s.code)), show_progress=False)

    # ---- the built-in: a newer one offered, or going back to it ----
    def open_builtin(self) -> None:
        self._builtin_dialog(adopt=True)

    def open_revert(self) -> None:
        self._builtin_dialog(adopt=False)

    def _builtin_dialog(self, *, adopt: bool) -> None:
        s = self.selected()
        if s is None or s.active is None:
            return
        uow, renderer, actor = self.ctx.uow, self.ctx.renderer, self.ctx.principal

        def show(diff: Any) -> None:
            if adopt:
                heading = self.tr("程序带来了《{title}》新的内置模板。下面是从本机构 v{n} 到新内置模板的差异；"
                                  "采用后保存为本机构的新版本，原版本保留。").format(title=document_title(s.title), n=s.active.version)
                dialog = TemplatePreviewDialog(self.tr("新的内置模板"), heading, None, diff, lambda note: (
                    org_templates.adopt_builtin(uow, renderer, actor, code=s.code, note=note)),
                    ok_text=self.tr("采用新的内置模板"), parent=self)
                said = self.tr("已采用新的内置模板，保存为本机构 v{n}。")
                self._open(dialog, lambda v: said.format(n=v.version), s.code)
            else:
                heading = self.tr("改用内置模板后，生成《{title}》将使用程序的内置模板；本机构的版本保留，"
                                  "可随时恢复。下面是从本机构 v{n} 到内置模板的差异。").format(
                    title=document_title(s.title), n=s.active.version)
                dialog = TemplatePreviewDialog(self.tr("改用内置模板"), heading, None, diff, lambda note: (
                    org_templates.revert_to_builtin(uow, renderer, actor, code=s.code)),
                    ok_text=self.tr("改用内置模板"), parent=self)
                dialog.note.hide()
                dialog.ui.note_label.hide()
                said = self.tr("《{title}》已改用内置模板。").format(title=document_title(s.title))
                self._open(dialog, lambda _v: said, s.code)

        run_task(self, self.tr("比较内置模板"),
                 lambda progress: org_templates.builtin_difference(uow, renderer, actor, code=s.code),
                 on_done=guarded(self, show), label=self.tr("正在比较……"))

    # ---- dialogs ----
    def _open(self, dialog: TemplatePreviewDialog | TemplateVersionsDialog, said: Any, code: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            self.message.setText(said(dialog.result_value))
            self.load(code)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None
