"""Register a file as evidence of a case, or change what is recorded about it; and the explicit
export of a decrypted copy (where to, and what that means)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFileDialog, QMessageBox, QWidget

from mediation_desk.services import clock
from mediation_desk.domain.evidence import (MAX_OPINION, MAX_PROVIDED_BY, MAX_PURPOSE, MAX_SOURCE, MAX_TITLE,
                                            EvidenceEdit, EvidenceItem, EvidenceType, clean_filename)
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.form_support import NOTICE_STYLE
from mediation_desk.ui.forms.evidence_dialog_ui import Ui_EvidenceDialog
from mediation_desk.ui.labels import label
from mediation_desk.ui.models.evidence_table import format_size
from mediation_desk.ui.tasks import run_task

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic", ".heif"}
AUDIO_VIDEO_SUFFIXES = {".mp3", ".m4a", ".aac", ".wav", ".amr", ".silk", ".ogg", ".flac", ".wma",
                        ".mp4", ".mov", ".avi", ".mkv", ".3gp", ".wmv", ".flv", ".webm"}
CHAT_SUFFIXES = {".txt", ".csv", ".json", ".html", ".htm", ".xml", ".db", ".log"}
DOCUMENT_SUFFIXES = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".et", ".ofd", ".rtf",
                     ".odt", ".ods"}


def guess_type(path: Path | str) -> EvidenceType:
    """A first guess from the file's kind (the mediator decides): recordings are 视听资料, screenshots
    and chat exports 电子数据, documents and sheets 书证."""
    suffix = Path(path).suffix.lower()
    if suffix in AUDIO_VIDEO_SUFFIXES:
        return EvidenceType.AUDIO_VISUAL
    if suffix in IMAGE_SUFFIXES or suffix in CHAT_SUFFIXES:
        return EvidenceType.ELECTRONIC_DATA
    return EvidenceType.DOCUMENTARY


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class OptionalDate(QObject):
    """A date that may be left unknown: a checkbox ("known") and a date field, from a form."""

    def __init__(self, known: QCheckBox, date_edit: QDateEdit, value: date | None, today: date) -> None:
        super().__init__(known)
        self.known, self.date_edit = known, date_edit
        self.date_edit.setDate(_qdate(value or today))
        self.date_edit.setMaximumDate(_qdate(today))
        self.date_edit.setMinimumDate(QDate(1950, 1, 1))
        self.known.setChecked(value is not None)
        self.date_edit.setEnabled(value is not None)
        self.known.toggled.connect(self.date_edit.setEnabled)

    def value(self) -> date | None:
        return self.date_edit.date().toPython() if self.known.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(_qdate(value))


class EvidenceDialog(TaskDialog):
    """Add a file (``item`` is None) or edit an item's register entry.

    Adding: ``save(edit, source_path, progress) -> EvidenceItem`` runs on the worker with a progress
    dialog and Cancel (the file is encrypted as it is read). Editing: ``save(edit) -> EvidenceItem``.
    ``ValidationError`` messages appear under their fields; ``result_value`` is the saved item.
    """

    def __init__(self, case_number: str, save: Callable[..., EvidenceItem], *, item: EvidenceItem | None = None,
                 source_path: Path | str | None = None, providers: Sequence[str] = (), today: date | None = None,
                 parent: QWidget | None = None) -> None:
        adding = item is None
        title = (self.tr("添加证据 — {number}") if adding else self.tr("编辑证据 — {number}")).format(number=case_number)
        super().__init__(parent, title)
        self._save = save
        self.item = item
        self.adding = adding
        self.source_path: Path | None = None
        self.cancelled = False
        self._auto_title = ""
        self._type_chosen = not adding
        today = today or clock.today()

        self.ui = Ui_EvidenceDialog()
        ui = self.ui
        fields = {"type": "type_choice", "title": "title_edit", "provided_by": "provided_by", "source": "source_edit",
                  "purpose": "purpose", "collected_on": "collected", "original_seen": "original_seen",
                  "cross_exam_opinion": "opinion"}
        self.use_form(ui, {"source_path": "file_row", **fields} if adding else fields)
        # adding shows the file to choose; editing shows the stored file and its hash
        for shown in ((ui.stored_file, ui.digest) if adding else (ui.file_row, ui.file_info)):
            ui.fields.setRowVisible(shown, False)
        ui.storage_notice.setStyleSheet(NOTICE_STYLE)
        ui.storage_notice.setVisible(adding)
        if adding:
            self.file_edit, self.choose_button, self.file_info = ui.file_edit, ui.choose_button, ui.file_info
            self.choose_button.clicked.connect(self.choose_file)
        else:
            ui.stored_file.setText(f"{item.original_filename or '—'}（{format_size(item.size)}）")
            ui.digest.setText(item.sha256)
        self.type_choice, self.title_edit, self.provided_by = ui.type_choice, ui.title_edit, ui.provided_by
        self.source_edit, self.purpose, self.original_seen, self.opinion = (ui.source_edit, ui.purpose,
                                                                            ui.original_seen, ui.opinion)
        for kind in EvidenceType:
            self.type_choice.addItem(label(kind), kind.value)
        self.type_choice.activated.connect(self._type_picked)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.provided_by.addItem("")
        for name in dict.fromkeys(p for p in providers if p):
            self.provided_by.addItem(name)
        self.provided_by.lineEdit().setMaxLength(MAX_PROVIDED_BY)
        self.provided_by.lineEdit().setPlaceholderText(self.tr("提交证据的当事人，或调解组织自行收集"))
        self.source_edit.setMaxLength(MAX_SOURCE)
        ui.collected.setFocusProxy(ui.collected_date)
        self.collected = OptionalDate(ui.collected_known, ui.collected_date,
                                      today if adding else item.collected_on, today)

        if item is not None:
            self.type_choice.setCurrentIndex(self.type_choice.findData(item.type.value))
            self.title_edit.setText(item.title)
            self.provided_by.setEditText(item.provided_by)
            self.source_edit.setText(item.source)
            self.purpose.setPlainText(item.purpose)
            self.original_seen.setChecked(item.original_seen)
            self.opinion.setPlainText(item.cross_exam_opinion)
        else:
            self.provided_by.setEditText("")
            self.type_choice.setCurrentIndex(self.type_choice.findData(EvidenceType.DOCUMENTARY.value))
        self.finish_layout()
        self.ok_button.setText(self.tr("添加") if adding else self.tr("保存"))
        self.setMinimumWidth(560)
        if adding and source_path:
            self.set_source(Path(source_path))

    # ---- the file ----
    def choose_file(self) -> None:
        start = str(self.source_path.parent) if self.source_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择证据文件"), start,
            self.tr("所有文件 (*);;图片和截图 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.heic);;PDF (*.pdf);;"
                    "Office 文档和表格 (*.doc *.docx *.xls *.xlsx *.ppt *.pptx *.wps *.et *.csv);;"
                    "音频和视频 (*.mp3 *.m4a *.amr *.wav *.mp4 *.mov *.avi);;聊天记录导出 (*.txt *.html *.json *.csv)"))
        if path:
            self.set_source(Path(path))

    def set_source(self, path: Path) -> None:
        """Take ``path`` as the file to add: its name fills the title (unless typed), its kind the type."""
        self.source_path = path
        self.file_edit.setText(str(path))
        try:
            size = path.stat().st_size
            self.file_info.setText(self.tr("{name}，{size}").format(name=path.name, size=format_size(size)))
        except OSError:
            self.file_info.setText(path.name)
        self.form.errors["source_path"].hide()
        stem = clean_filename(path.stem) or path.name
        if not self.title_edit.text().strip() or self.title_edit.text() == self._auto_title:
            self.title_edit.setText(stem[:MAX_TITLE])
            self._auto_title = self.title_edit.text()
        if not self._type_chosen:
            self.type_choice.setCurrentIndex(self.type_choice.findData(guess_type(path).value))

    def _type_picked(self, _index: int) -> None:
        self._type_chosen = True

    # ---- saving ----
    def edit_value(self) -> EvidenceEdit:
        return EvidenceEdit(type=EvidenceType(self.type_choice.currentData()), title=self.title_edit.text(),
                            purpose=self.purpose.toPlainText(), provided_by=self.provided_by.currentText(),
                            source=self.source_edit.text(), collected_on=self.collected.value(),
                            original_seen=self.original_seen.isChecked(),
                            cross_exam_opinion=self.opinion.toPlainText())

    def on_ok(self) -> None:
        if self.busy:
            return
        self.clear_messages()
        errors: dict[str, str] = {}
        if len(self.purpose.toPlainText()) > MAX_PURPOSE:
            errors["purpose"] = self.tr("证明目的过长（最多{n}字）").format(n=MAX_PURPOSE)
        if len(self.opinion.toPlainText()) > MAX_OPINION:
            errors["cross_exam_opinion"] = self.tr("质证意见过长（最多{n}字）").format(n=MAX_OPINION)
        if self.adding and self.source_path is None:
            errors["source_path"] = self.tr("请选择要添加的文件")
        if errors:
            self.form.show_errors(errors)
            return
        edit = self.edit_value()
        if not self.adding:
            self.submit(self.windowTitle(), self._save, edit, busy_text=self.tr("正在保存……"))
            return
        path = self.source_path
        assert path is not None
        self.cancelled = False
        self._set_busy(True, self.tr("正在加密并保存文件……"))
        run_task(self, self.tr("添加证据"), self._save, edit, path, on_done=self._work_done,
                 on_error=self._work_failed, on_cancelled=self._add_cancelled,
                 label=self.tr("正在加密并保存“{name}”……").format(name=path.name))

    def _add_cancelled(self) -> None:
        self._set_busy(False)
        self.cancelled = True
        self.show_message(self.tr("已取消，证据未添加。"))


# --------------------------------------------------------------------------- export


def ask_export_target(parent: QWidget | None, item: EvidenceItem, *, start_dir: Path | None = None,
                      number_text: str = "") -> tuple[Path, bool] | None:
    """Ask where the decrypted copy goes and confirm that a plaintext copy will be written there and
    recorded. Returns (target, overwrite) or None when the user stops."""
    name = clean_filename(item.original_filename) or f"{number_text or item.label}"
    start = (start_dir or Path.home()) / name
    caption = QCoreApplication.translate("EvidenceExport", "导出证据文件（解密副本）")
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(start))
    if not path:
        return None
    target = Path(path)
    overwrite = target.exists()  # the file dialog has already asked about replacing it
    text = QCoreApplication.translate(
        "EvidenceExport", "将把{number}“{title}”的解密副本（未加密的原始文件）写入：\n{path}\n\n"
                          "该副本不再受证据库加密保护，请妥善保管，用完及时删除。"
                          "本次导出将记入审计记录（导出人、时间、位置和SHA-256）。").format(
        number=number_text or item.label, title=item.title, path=str(target))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("EvidenceExport", "导出证据文件"), text,
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("EvidenceExport", "导出"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("EvidenceExport", "取消"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if box.exec() != int(QMessageBox.StandardButton.Ok):
        return None
    return target, overwrite
