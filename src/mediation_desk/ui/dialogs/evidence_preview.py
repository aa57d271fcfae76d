"""Show an item of evidence inside the program, from memory only.

The decrypted bytes come from ``services.evidence.read_for_preview`` on the worker thread and are
never written anywhere: images are decoded with ``QImage.fromData``, PDFs are read by
``QPdfDocument`` from a ``QBuffer``, text is decoded in memory. Other kinds (Office documents,
audio, video) are not decrypted at all; the dialog offers the explicit, audited export instead.
When the dialog closes, the document, the buffer and every reference to the bytes are released.
"""

from __future__ import annotations

import codecs
import enum
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QBuffer, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.domain.errors import AppError
from mediation_desk.domain.evidence import EvidenceDamaged, EvidenceItem
from mediation_desk.domain.users import Permission
from mediation_desk.services import evidence as evidence_service
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.forms.evidence_preview_dialog_ui import Ui_EvidencePreviewDialog
from mediation_desk.ui.labels import label
from mediation_desk.ui.models.evidence_table import format_size
from mediation_desk.ui.tasks import run_task

TEXT_SHOWN = 2_000_000  # characters of a text file shown at most


class PreviewKind(enum.Enum):
    IMAGE = "image"
    PDF = "pdf"
    TEXT = "text"
    NONE = "none"


_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff"}
_TEXT_SUFFIXES = {".txt", ".csv", ".tsv", ".json", ".log", ".md", ".xml", ".html", ".htm", ".eml"}
_TEXT_TYPES = {"application/json", "application/xml", "application/csv", "application/x-ndjson"}


def preview_kind(item: EvidenceItem) -> PreviewKind:
    """What the program can show of the item, from its media type and file name."""
    media = (item.media_type or "").lower()
    suffix = Path(item.original_filename or "").suffix.lower()
    if media == "application/pdf" or suffix == ".pdf":
        return PreviewKind.PDF
    if (media.startswith("image/") and media not in ("image/heic", "image/heif")) or suffix in _IMAGE_SUFFIXES:
        return PreviewKind.IMAGE
    if media.startswith("text/") or media in _TEXT_TYPES or suffix in _TEXT_SUFFIXES:
        return PreviewKind.TEXT
    return PreviewKind.NONE


def decode_text(data: bytes) -> str:
    """Text of a chat export or sheet: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace")


def _read(uow: Any, vault: Any, principal: Any, item_id: int, as_text: bool, _progress: Any) -> bytes | str:
    """The decrypted content, in memory; text is decoded here too, off the UI thread."""
    data = evidence_service.read_for_preview(uow, vault, principal, item_id=item_id)
    return decode_text(data) if as_text else data


class EvidencePreviewDialog(QDialog):
    """``on_export(item)`` (given when the user may export) is offered as the explicit way out.

    ``damaged`` is emitted with the item's id when reading found its file damaged (the service has
    recorded the new status; the list should be reloaded).
    """

    damaged = Signal(int)

    def __init__(self, ctx: DeskContext, item: EvidenceItem, *, number_text: str = "",
                 on_export: Callable[[EvidenceItem], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.item = ctx, item
        self.kind = preview_kind(item)
        self._on_export = on_export
        self.loading = False
        self.released = False
        self.pdf_document: QPdfDocument | None = None
        self.pdf_buffer: QBuffer | None = None
        self._pixmap: QPixmap | None = None
        number = number_text or item.label
        self.setWindowTitle(self.tr("预览 — {number}“{title}”").format(number=number, title=item.title))

        self.ui = Ui_EvidencePreviewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.heading.setText(f"{number}　{label(item.type)}　{item.title}")
        ui.facts.setText(self.tr("{name} · {size} · SHA-256 {sha}").format(
            name=item.original_filename or "—", size=format_size(item.size), sha=item.sha256))
        self.pages, self.loading_label, self.image_label = ui.pages, ui.loading_label, ui.image_label
        self.image_scroll, self.pdf_view, self.text_view = ui.image_scroll, ui.pdf_view, ui.text_view
        self.message_label, self.fit_box, self.page_info = ui.message_label, ui.fit_box, ui.page_info
        self.export_button, self.close_button = ui.export_button, ui.close_button
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_box.toggled.connect(self._fit_image)
        can_export = on_export is not None and ctx.principal.can(Permission.EXPORT_EVIDENCE)
        self.export_button.setVisible(can_export)
        self.export_button.clicked.connect(self._export)
        self.close_button.clicked.connect(self.reject)
        self.resize(900, 720)
        self._start()

    # ---- loading ----
    def _start(self) -> None:
        if self.kind is PreviewKind.NONE:
            self._show_message(self.tr(
                "这类文件（{name}）不能在程序内预览。\n\n如需查看，请点“导出…”把解密副本写到您选择的位置，"
                "再用其他程序打开；导出会记入审计记录。").format(name=self.item.original_filename or self.item.media_type))
            return
        if self.ctx.vault is None:
            self._show_message(self.tr("证据库不可用。"))
            return
        self.loading = True
        dialog = self

        def done(data: bytes | str) -> None:
            if shiboken6.isValid(dialog):
                dialog._loaded(data)

        def failed(exc: BaseException) -> bool:
            return dialog._failed(exc) if shiboken6.isValid(dialog) else isinstance(exc, AppError)

        run_task(self, self.tr("预览证据"), _read, self.ctx.uow, self.ctx.vault, self.ctx.principal, self.item.id,
                 self.kind is PreviewKind.TEXT, on_done=done, on_error=failed, show_progress=False)

    def _loaded(self, data: bytes | str) -> None:
        self.loading = False
        if self.released:
            return
        if isinstance(data, str):
            self._show_text(data)
        elif self.kind is PreviewKind.IMAGE:
            self._show_image(data)
        else:
            self._show_pdf(data)

    def _failed(self, exc: BaseException) -> bool:
        self.loading = False
        if not isinstance(exc, AppError):
            return False
        self._show_message(exc.text(current_lang()), error=True)
        if isinstance(exc, EvidenceDamaged):
            self.damaged.emit(self.item.id)
        return True

    # ---- showing ----
    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.pages.setCurrentWidget(self.message_label)

    def _show_image(self, data: bytes) -> None:
        image = QImage.fromData(data)
        if image.isNull():
            self._show_message(self.tr("无法解码这张图片（格式不受支持）。如需查看，请导出后用其他程序打开。"))
            return
        self._pixmap = QPixmap.fromImage(image)
        del image
        self.page_info.setText(f"{self._pixmap.width()} × {self._pixmap.height()}")
        self.fit_box.show()
        self.pages.setCurrentWidget(self.image_scroll)
        self._fit_image()

    def _fit_image(self) -> None:
        pixmap = self._pixmap
        if pixmap is None or pixmap.isNull():
            return
        if self.fit_box.isChecked():
            self.image_scroll.setWidgetResizable(True)
            area = self.image_scroll.viewport().size()
            if pixmap.width() > area.width() or pixmap.height() > area.height():
                pixmap = pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
        else:
            self.image_scroll.setWidgetResizable(False)
        self.image_label.setPixmap(pixmap)
        if not self.fit_box.isChecked():
            self.image_label.adjustSize()

    def _show_pdf(self, data: bytes) -> None:
        self.pdf_buffer = QBuffer(self)
        self.pdf_buffer.setData(QByteArray(data))
        self.pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document = QPdfDocument(self)
        self.pdf_document.load(self.pdf_buffer)
        if self.pdf_document.status() == QPdfDocument.Status.Error or self.pdf_document.pageCount() == 0:
            self._close_pdf()
            self._show_message(self.tr("无法打开这个PDF文件（可能已加密或格式有误）。如需查看，请导出后用其他程序打开。"))
            return
        self.pdf_view.setDocument(self.pdf_document)
        self.page_info.setText(self.tr("共 {n} 页").format(n=self.pdf_document.pageCount()))
        self.pages.setCurrentWidget(self.pdf_view)

    def _show_text(self, text: str) -> None:
        if len(text) > TEXT_SHOWN:
            self.page_info.setText(self.tr("文件较长，只显示前 {n} 个字符；完整内容请导出后查看。").format(n=f"{TEXT_SHOWN:,}"))
            text = text[:TEXT_SHOWN]
        self.text_view.setPlainText(text)
        self.pages.setCurrentWidget(self.text_view)

    # ---- actions ----
    def _export(self) -> None:
        if self._on_export is not None:
            self._on_export(self.item)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._pixmap is not None and self.fit_box.isChecked():
            self._fit_image()

    # ---- releasing ----
    def _close_pdf(self) -> None:
        self.pdf_view.setDocument(None)
        if self.pdf_document is not None:
            self.pdf_document.close()
            self.pdf_document.deleteLater()
            self.pdf_document = None
        if self.pdf_buffer is not None:
            self.pdf_buffer.close()
            self.pdf_buffer.setData(QByteArray())
            self.pdf_buffer.deleteLater()
            self.pdf_buffer = None

    def release(self) -> None:
        """Drop every copy of the decrypted content this dialog holds."""
        if self.released:
            return
        self.released = True
        self._close_pdf()
        self._pixmap = None
        self.image_label.clear()
        self.text_view.clear()
        self.text_view.document().clearUndoRedoStacks()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override: every way of closing ends here
        self.release()
        super().done(result)
