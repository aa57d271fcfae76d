"""文书: the case's generated documents (every version, number and hash), making one from a
template, and exporting or opening one — a decrypted copy leaves the book only on request.

The list is read again whenever the tab is shown, so a document made on another tab (a referral
letter, a mediation agreement, an award) is there without reselecting the case; a list or message
of a case the user has left is never shown on the next one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.documents import DocumentView
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.users import Permission
from mediation_desk.domain.typical_case import TEMPLATES as TYPICAL_CASE_TEMPLATES
from mediation_desk.services.access import template_permission
from mediation_desk.services import documents
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.forms.documents_panel_ui import Ui_DocumentsPanel
from mediation_desk.ui.labels import format_datetime
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.case_tab import CaseTab
from mediation_desk.ui.widgets import guarded

# The templates' titles (templates/docs/registry.json), shown in the interface language.
TITLES = (
    QT_TRANSLATE_NOOP("DocumentsPanel", "调解申请登记表"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "调解笔录"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "调解协议书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "调解终止告知书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "支付令申请书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "仲裁审查申请书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "司法确认申请书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "证据目录"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "劳动关系认定意见表"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "法律援助转介函"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "送达回证"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "案件封面和卷宗目录"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "劳动人事争议仲裁申请书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "受理通知书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "不予受理通知书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "无管辖权的书面说明"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "应诉通知书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "仲裁庭组成通知书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "开庭通知书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "延期审理通知书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "仲裁调解书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "仲裁裁决书（终局）"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "仲裁裁决书（非终局）"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "先行裁决书"),
    QT_TRANSLATE_NOOP("DocumentsPanel", "典型案例"),
)


def document_title(title: str, fmt: str = "") -> str:
    """A document's title in the interface language, with its file kind when that tells two
    versions of the same document apart: "证据目录（Word）", "证据目录（PDF）"."""
    shown = QCoreApplication.translate("DocumentsPanel", title)
    if not fmt:
        return shown
    kind = QCoreApplication.translate("DocumentsPanel", "Word") if fmt.lower() == "docx" else fmt.upper()
    return QCoreApplication.translate("DocumentsPanel", "{title}（{kind}）").format(title=shown, kind=kind)


class DocumentsPanel(CaseTab):
    """The case's documents; the layout is ``ui/documents_panel.ui``."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.docs: list[DocumentView] = []
        self.ui = Ui_DocumentsPanel()
        self.ui.setupUi(self)
        self.template, self.table = self.ui.template, self.ui.table
        self.make_button, self.export_button, self.open_button = (self.ui.make_button, self.ui.export_button,
                                                                  self.ui.open_button)
        self.make_button.clicked.connect(self.make)
        self.export_button.clicked.connect(lambda: self.export(open_after=False))
        self.open_button.clicked.connect(lambda: self.export(open_after=True))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.column.setStretchFactor(self.table, 1)
        self.ui.column.addWidget(self.message)
        self.ui.column.addWidget(self.status)
        if ctx.renderer is not None:
            try:
                # only the documents this role may make (services.access.template_permission)
                specs = [s for s in ctx.renderer.specs() if ctx.principal.can(template_permission(s.code))
                         and s.code not in TYPICAL_CASE_TEMPLATES]  # made from the case's 典型案例… dialog
                titles = [s.title for s in specs]
                for spec in specs:  # a title made in two formats says which one it is
                    fmt = spec.format if titles.count(spec.title) > 1 else ""
                    self.template.addItem(document_title(spec.title, fmt), spec.code)
            except AppError as exc:
                self.say(exc)
        self.set_case(None)

    def read_title(self) -> str:
        return self.tr("读取文书")

    def read_state(self, case_id: int) -> list[DocumentView]:
        return documents.list_documents(self.ctx.uow, self.ctx.principal, case_id=case_id)

    def show_state(self, state: list[DocumentView] | None) -> None:
        self._show(state or [])

    def update_actions(self) -> None:
        detail = self.detail
        can = self.ctx.principal.can(Permission.MANAGE_EVIDENCE) and self.ctx.renderer is not None
        self.make_button.setEnabled(detail is not None and can and self.template.count() > 0)
        can_export = self.ctx.principal.can(Permission.EXPORT_EVIDENCE)
        self.export_button.setEnabled(detail is not None and can_export)
        self.open_button.setEnabled(detail is not None and can_export)

    def refresh(self) -> None:
        """Read the case's documents again (the list shows the latest result only)."""
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.detail is not None:  # a document may have been made on another tab meanwhile
            self.reload()

    def _show(self, docs: list[DocumentView]) -> None:
        selected = self.current()
        self.docs = list(docs)
        self.table.setRowCount(len(self.docs))
        for r, d in enumerate(self.docs):
            cells = (document_title(d.title, d.format), d.number or self.tr("（无文号）"), str(d.version),
                     self.tr("Word（DOCX）") if d.format.lower() == "docx" else d.format.upper(),
                     f"{d.size / 1024:.1f} KB", d.sha256[:12], format_datetime(d.created_at), d.created_by)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5:
                    item.setToolTip(d.sha256)
                self.table.setItem(r, c, item)
        if selected is not None:  # keep the user's selection across a refresh
            for r, d in enumerate(self.docs):
                if d.id == selected.id:
                    self.table.selectRow(r)

    def current(self) -> DocumentView | None:
        row = self.table.currentRow()
        return self.docs[row] if 0 <= row < len(self.docs) else None

    def make(self) -> None:
        if self.detail is None or self.ctx.renderer is None:
            return
        case_id, code, renderer = self.detail.summary.id, self.template.currentData(), self.ctx.renderer
        self.make_button.setEnabled(False)

        def work(progress: Any) -> DocumentView:
            return documents.render_document(self.ctx.uow, renderer, self.ctx.principal, case_id=case_id,
                                             template=code)

        def done(view: DocumentView) -> None:
            self.make_button.setEnabled(True)
            self.status.setText(self.tr("已生成：{title} {number}（第{v}版）").format(
                title=document_title(view.title, view.format), number=view.number, v=view.version))

        def failed(exc: BaseException) -> bool:
            self.make_button.setEnabled(True)
            return self.say(exc)

        self.run_action(self.tr("生成文书"), work, done=done, failed=failed)

    def export(self, *, open_after: bool) -> None:
        doc = self.current()
        if doc is None:
            self.say_text(self.tr("请先在列表中选择一份文书。"))
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("导出文书（将写出未加密的副本）"),
                                                str(Path.home() / doc.filename))
        if not target:
            return

        case_id = self.detail.summary.id if self.detail is not None else None

        def done(path: Path) -> None:
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            if self.detail is None or self.detail.summary.id != case_id:
                return  # exported, but the user is on another case now
            self.status.setText(self.tr("已导出到 {path}（已记入审计记录）").format(path=str(path)))

        # not run_action: the copy is opened as asked even when the user has moved to another case
        run_task(self, self.tr("导出文书"),
                 lambda progress: documents.export_document(self.ctx.uow, self.ctx.principal, document_id=doc.id,
                                                            target_path=target, overwrite=True),
                 on_done=guarded(self, done), on_error=guarded(self, self.say, True), show_progress=False)
