"""文书: the case's generated documents (every version, number and hash), making one from a
template, and exporting or opening one — a decrypted copy leaves the book only on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from mediation_desk.domain.cases import CaseDetail
from mediation_desk.domain.documents import DocumentView
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.users import Permission
from mediation_desk.services import documents
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import error_label
from mediation_desk.ui.labels import format_datetime, label_text
from mediation_desk.ui.tasks import run_task


class DocumentsPanel(QWidget):
    HEADERS = ("文书", "文号", "版本", "格式", "大小", "SHA-256", "生成时间", "生成人")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CaseDetail | None = None
        self.docs: list[DocumentView] = []
        self.template = QComboBox()
        self.make_button = QPushButton(self.tr("生成"))
        self.make_button.clicked.connect(self.make)
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.clicked.connect(lambda: self.export(open_after=False))
        self.open_button = QPushButton(self.tr("导出并打开…"))
        self.open_button.setToolTip(self.tr("导出一份解密的副本并用文字处理软件（WPS 或 Word）打开；导出会记入审计记录"))
        self.open_button.clicked.connect(lambda: self.export(open_after=True))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("文书模板")))
        bar.addWidget(self.template, 2)
        bar.addWidget(self.make_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.open_button)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = error_label()
        self.status = QLabel()
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.message)
        column.addWidget(self.status)
        if ctx.renderer is not None:
            try:
                for spec in ctx.renderer.specs():
                    self.template.addItem(label_text(spec.title), spec.code)
            except AppError as exc:
                self._say(exc)
        self.set_case(None)

    def _say(self, exc: BaseException) -> bool:
        if isinstance(exc, AppError):
            self.message.setText(exc.text(current_lang()))
            self.message.show()
            return True
        return False

    def set_case(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.message.hide()
        can = self.ctx.principal.can(Permission.MANAGE_EVIDENCE) and self.ctx.renderer is not None
        self.make_button.setEnabled(detail is not None and can and self.template.count() > 0)
        can_export = self.ctx.principal.can(Permission.EXPORT_EVIDENCE)
        self.export_button.setEnabled(detail is not None and can_export)
        self.open_button.setEnabled(detail is not None and can_export)
        if detail is None:
            self._show([])
            return
        case_id = detail.summary.id
        run_task(self, self.tr("读取文书"),
                 lambda progress: documents.list_documents(self.ctx.uow, self.ctx.principal, case_id=case_id),
                 on_done=self._show, on_error=self._say, show_progress=False)

    def _show(self, docs: list[DocumentView]) -> None:
        self.docs = list(docs)
        self.table.setRowCount(len(self.docs))
        for r, d in enumerate(self.docs):
            cells = (label_text(d.title), d.number or self.tr("（无文号）"), str(d.version), d.format.upper(),
                     f"{d.size / 1024:.1f} KB", d.sha256[:12], format_datetime(d.created_at), d.created_by)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5:
                    item.setToolTip(d.sha256)
                self.table.setItem(r, c, item)

    def current(self) -> DocumentView | None:
        row = self.table.currentRow()
        return self.docs[row] if 0 <= row < len(self.docs) else None

    def make(self) -> None:
        if self.detail is None or self.ctx.renderer is None:
            return
        case_id, code = self.detail.summary.id, self.template.currentData()
        self.message.hide()
        self.make_button.setEnabled(False)

        def work(progress: Any) -> DocumentView:
            return documents.render_document(self.ctx.uow, self.ctx.renderer, self.ctx.principal, case_id=case_id,
                                             template=code)

        def done(view: DocumentView) -> None:
            self.status.setText(self.tr("已生成：{title} {number}（第{v}版）").format(
                title=view.title, number=view.number, v=view.version))
            self.set_case(self.detail)

        def failed(exc: BaseException) -> bool:
            self.make_button.setEnabled(True)
            return self._say(exc)

        run_task(self, self.tr("生成文书"), work, on_done=done, on_error=failed)

    def export(self, *, open_after: bool) -> None:
        doc = self.current()
        if doc is None:
            self.message.setText(self.tr("请先在列表中选择一份文书。"))
            self.message.show()
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("导出文书（将写出未加密的副本）"),
                                                str(Path.home() / doc.filename))
        if not target:
            return

        def done(path: Path) -> None:
            self.status.setText(self.tr("已导出到 {path}（已记入审计记录）").format(path=str(path)))
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        run_task(self, self.tr("导出文书"),
                 lambda progress: documents.export_document(self.ctx.uow, self.ctx.principal, document_id=doc.id,
                                                            target_path=target, overwrite=True),
                 on_done=done, on_error=self._say, show_progress=False)
