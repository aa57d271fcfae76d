"""打开移交包: a hand-off package checked and shown read-only, as ``mediation-desk handoff verify``
does on the command line (docs/handoff-format.md): the signature, the schema and every file's
SHA-256 are checked on the worker (with progress and Cancel), optionally against the sender's
public-key file; then what the package holds is shown, and each file can be saved (streamed
again, its hash checked as it goes) or, for a PDF, looked at in memory. A refused package shows
the one sentence that says why, in red. Nothing is written to the book."""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.errors import AppError, OperationCancelled
from mediation_desk.domain.evidence import EvidenceItem, EvidenceType, IntegrityStatus
from mediation_desk.handoff.keys_file import load_public_keys
from mediation_desk.handoff.reader import ZipPackageReader, describe
from mediation_desk.services import clock
from mediation_desk.services.handoff_ports import DOCX, PDF, VerifiedPackage
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.evidence_preview import EvidencePreviewDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.forms.package_viewer_dialog_ui import Ui_PackageViewerDialog
from mediation_desk.ui.models.evidence_table import format_size
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.screen_fit import fit_to_screen

PACKAGE_FILTER = "*.mdpkg *.zip"
PREVIEW_LIMIT = 100 * 1024 * 1024  # a PDF larger than this is saved, not shown from memory
_PASSED_STYLE = "color: #1d6b2f; font-size: 12pt; font-weight: bold;"
_REFUSED_STYLE = ERROR_STYLE + " font-size: 12pt; font-weight: bold;"


def verify_package(path: Path, keys_file: Path | None, progress: Callable[[int, int], bool] | None) -> VerifiedPackage:
    """On the worker: the public keys of ``keys_file`` (when given), then the whole check."""
    trusted: Sequence[bytes] = load_public_keys(keys_file) if keys_file is not None else ()
    return ZipPackageReader().open_verified(path, trusted_keys=trusted, progress=progress)


def save_member(verified: VerifiedPackage, name: str, target: Path, size: int,
                progress: Callable[[int, int], bool] | None = None) -> Path:
    """Stream one listed file to ``target`` (written beside it first, put in place once its hash
    matched); a cancel or a mismatch leaves nothing."""
    fd, tmp = tempfile.mkstemp(prefix=".package-file-", dir=target.parent)
    try:
        done = 0
        with os.fdopen(fd, "wb") as out:
            for chunk in verified.read(name):
                out.write(chunk)
                done += len(chunk)
                if progress is not None and not progress(done, max(size, 1)):
                    raise OperationCancelled()
            out.flush()
            os.fsync(out.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def content_html(text: str, lang: str) -> str:
    """``describe()``'s lines as a two-column table (the label once for a run of lines with the same
    label); its first line is the verdict and the file lines are in the files table, so both are left out."""
    sep = ": " if lang.startswith("en") else "："
    rows: list[str] = []
    last = None
    for line in text.splitlines()[1:]:
        if line.startswith("  ") or sep not in line:
            continue
        key, value = line.split(sep, 1)
        shown = "" if key == last else html.escape(key)
        last = key
        rows.append(f"<tr><td style='padding:2px 12px 2px 0; color:#444; white-space:nowrap'><b>{shown}</b></td>"
                    f"<td style='padding:2px 0'>{html.escape(value)}</td></tr>")
    return "<table cellspacing='0'>" + "".join(rows) + "</table>"


def media_kind(media_type: str) -> str:
    """``PDF``, ``DOCX``, ``JPEG`` for the common types; the media type itself otherwise."""
    short = {PDF: "PDF", DOCX: "DOCX", "text/plain": "TXT", "image/jpeg": "JPEG", "image/png": "PNG"}
    return short.get(media_type.lower(), media_type)


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class PackageFilePreview(EvidencePreviewDialog):
    """A PDF of a verified package shown in memory by the evidence preview: the bytes come from
    ``verified.read`` (hash checked again) on the worker instead of the vault."""

    def __init__(self, verified: VerifiedPackage, listed: Mapping[str, Any], *, ctx: DeskContext | None = None,
                 parent: QWidget | None = None) -> None:
        self.verified, self.member = verified, str(listed["name"])
        manifest = verified.manifest
        item = EvidenceItem(id=0, case_id=0, case_number=str(manifest["case"]["number"]), number=0,
                            type=EvidenceType.DOCUMENTARY, title=str(listed["title"]), purpose="",
                            provided_by=str(manifest["sender"]["name"]), source="", collected_on=None,
                            original_seen=False, cross_exam_opinion="",
                            original_filename=self.member.rsplit("/", 1)[-1], media_type=str(listed["media_type"]),
                            size=int(listed["size"]), sha256=str(listed["sha256"]), added_at=clock.now(),
                            added_by="", integrity=IntegrityStatus.OK)
        super().__init__(ctx, item, parent=parent)  # type: ignore[arg-type]  # no vault read: see _start
        self.setWindowTitle(QCoreApplication.translate("PackageFilePreview", "移交包中的文件 — {title}").format(title=item.title))
        self.ui.heading.setText(f"{item.title} — {self.member}")
        self.ui.facts.setText(QCoreApplication.translate("PackageFilePreview", "{size} · SHA-256 {sha}").format(
            size=format_size(item.size), sha=item.sha256))
        self.ui.memory_note.setText(QCoreApplication.translate("PackageFilePreview", "只在内存中查看，不写入磁盘；读取时再次核对 SHA-256。"))
        self.ui.loading_label.setText(QCoreApplication.translate("PackageFilePreview", "正在读取……"))

    def _start(self) -> None:
        if self.item.size > PREVIEW_LIMIT:
            self._show_message(QCoreApplication.translate("PackageFilePreview", "文件较大（{size}），请用“另存为…”保存后查看。").format(
                size=format_size(self.item.size)))
            return
        self.loading = True
        dialog, read, name = self, self.verified.read, self.member

        def work(_progress: Any) -> bytes:
            return b"".join(read(name))

        def done(data: bytes) -> None:
            if shiboken6.isValid(dialog):
                dialog._loaded(data)

        def failed(exc: BaseException) -> bool:
            return dialog._failed(exc) if shiboken6.isValid(dialog) else isinstance(exc, AppError)

        run_task(self, QCoreApplication.translate("PackageFilePreview", "读取移交包中的文件"), work, on_done=done, on_error=failed,
                 show_progress=False)


class PackageViewerDialog(QDialog):
    """Layout: ``ui/package_viewer_dialog.ui``. Call :meth:`verify` (done by :func:`open_package`)."""

    def __init__(self, path: Path, *, ctx: DeskContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, Path(path)
        self.keys_file: Path | None = None
        self.verified: VerifiedPackage | None = None
        self.refusal = ""
        self.busy = False
        self.last_saved: Path | None = None
        self.preview: PackageFilePreview | None = None
        self.ui = ui = Ui_PackageViewerDialog()
        ui.setupUi(self)
        self.files = ui.files
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.files.verticalHeader().setVisible(False)
        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.files.cellDoubleClicked.connect(lambda _r, _c: self.open_selected())
        ui.save_button.clicked.connect(self.save_selected)
        ui.open_button.clicked.connect(self.open_selected)
        ui.keys_button.clicked.connect(self.choose_keys)
        ui.another_button.clicked.connect(self.choose_another)
        ui.close_button.clicked.connect(self.reject)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        self.resize(1000, 720)
        fit_to_screen(self)
        self._show()

    # ---- checking ----
    def verify(self, keys_file: Path | None = None) -> None:
        """Check the package again (with ``keys_file``: its signing key must be in that file)."""
        self.keys_file = keys_file
        self.verified, self.refusal, self.busy = None, "", True
        self.ui.verdict.setText(self.tr("正在核验移交包……"))
        self.ui.verdict.setStyleSheet("")
        self._show()
        path = self.path

        def work(progress: Any) -> VerifiedPackage:
            return verify_package(path, keys_file, progress)

        def done(verified: VerifiedPackage) -> None:
            self.busy, self.verified = False, verified
            self._show()

        def failed(exc: BaseException) -> bool:
            self.busy = False
            if isinstance(exc, AppError):
                self.refusal = exc.text(current_lang())
                self._show()
                return True
            return False

        def cancelled() -> None:
            self.busy = False
            self.refusal = self.tr("已取消核验，未显示移交包的内容。")
            self._show()

        run_task(self, self.tr("核验移交包"), work, on_done=self._guard(done), on_error=self._guard(failed, True),
                 on_cancelled=self._guard(cancelled), label=self.tr("正在核对签名和每个文件的 SHA-256……"))

    def _guard(self, fn: Callable[..., Any], default: Any = None) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            return fn(*args) if shiboken6.isValid(self) else default
        return call

    def _show(self) -> None:
        ui, verified, lang = self.ui, self.verified, current_lang()
        self.setWindowTitle(self.tr("移交包 — {name}").format(name=self.path.name))
        ui.package_file.setText(self.tr("文件：{path}").format(path=self.path.name))
        ui.package_file.setToolTip(str(self.path))
        if self.keys_file is not None:
            ui.trust.setText(self.tr("按公钥文件 {name} 核验：签名密钥必须在其中。").format(name=self.keys_file.name))
        else:
            ui.trust.setText(self.tr("未指定公钥文件：签名用包内附带的公钥核对。要确认发送机构，请点“用公钥文件核验…”，"
                                     "选择该机构公布的公钥文件。"))
        if verified is not None:
            text = describe(verified, lang)
            ui.verdict.setText(text.splitlines()[0])
            ui.verdict.setStyleSheet(_PASSED_STYLE)
            ui.content.setHtml(content_html(text, lang))
        else:
            if self.refusal:
                ui.verdict.setText(self.tr("未通过核验：{reason}").format(reason=self.refusal))
                ui.verdict.setStyleSheet(_REFUSED_STYLE)
            ui.content.clear()
        listed = self.listed()
        self.files.setRowCount(len(listed))
        for row, f in enumerate(listed):
            for col, item in enumerate((_item(str(f["name"])), _item(str(f["title"])), _item(media_kind(str(f["media_type"]))),
                                        _item(format_size(int(f["size"])), right=True), _item(str(f["sha256"])))):
                self.files.setItem(row, col, item)
        if listed:
            self.files.selectRow(0)
        ui.keys_button.setEnabled(not self.busy)
        ui.another_button.setEnabled(not self.busy)
        self._update_buttons()

    def listed(self) -> list[Mapping[str, Any]]:
        return list(self.verified.manifest["files"]) if self.verified is not None else []

    def selected(self) -> Mapping[str, Any] | None:
        rows = self.files.selectionModel().selectedRows()
        listed = self.listed()
        return listed[rows[0].row()] if rows and rows[0].row() < len(listed) else None

    def _update_buttons(self) -> None:
        f = self.selected()
        self.ui.save_button.setEnabled(f is not None)
        self.ui.open_button.setEnabled(f is not None and self.is_pdf(f))

    @staticmethod
    def is_pdf(f: Mapping[str, Any]) -> bool:
        return str(f["media_type"]).lower() == PDF or str(f["name"]).lower().endswith(".pdf")

    def choose_keys(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择发送机构的公钥文件"), str(self.path.parent),
                                              self.tr("公钥文件 (*.json *.pem *.pub);;所有文件 (*)"))
        if name:
            self.verify(Path(name))

    def choose_another(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开移交包"), str(self.path.parent),
                                              self.tr("移交包 ({patterns});;所有文件 (*)").format(patterns=PACKAGE_FILTER))
        if name:
            self.path = Path(name)
            self.verify(self.keys_file)

    # ---- the files ----
    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.file_message.setText(text)
        self.ui.file_message.setStyleSheet(ERROR_STYLE if error else "")

    def save_selected(self) -> None:
        f, verified = self.selected(), self.verified
        if f is None or verified is None:
            return
        name = str(f["name"])
        target, _ = QFileDialog.getSaveFileName(self, self.tr("另存为"),
                                                str(Path.home() / name.rsplit("/", 1)[-1]))
        if not target:
            return
        path, size = Path(target), int(f["size"])

        def work(progress: Any) -> Path:
            return save_member(verified, name, path, size, progress)

        def done(written: Path) -> None:
            self.last_saved = written
            self._say(self.tr("已保存：{path}").format(path=str(written)))

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, AppError):
                self._say(exc.text(current_lang()), error=True)
                return True
            if isinstance(exc, OSError):
                self._say(self.tr("无法写入文件：{reason}").format(reason=exc.strerror or str(exc)), error=True)
                return True
            return False

        self._say("")
        run_task(self, self.tr("保存移交包中的文件"), work, on_done=self._guard(done),
                 on_error=self._guard(failed, True), label=self.tr("正在保存 {name}……").format(name=name))

    def open_selected(self) -> None:
        f, verified = self.selected(), self.verified
        if f is None or verified is None:
            return
        if not self.is_pdf(f):
            self._say(self.tr("只有PDF文件可以在程序内查看；其他文件请用“另存为…”保存后打开。"))
            return
        preview = PackageFilePreview(verified, f, ctx=self.ctx, parent=self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.finished.connect(lambda _r: setattr(self, "preview", None))
        self.preview = preview
        preview.open()


def open_package(parent: QWidget | None, ctx: DeskContext | None = None) -> PackageViewerDialog | None:
    """Ask for a package file, then check it and show it (read-only)."""
    title = QCoreApplication.translate("PackageViewerDialog", "打开移交包")
    filters = QCoreApplication.translate("PackageViewerDialog", "移交包 ({patterns});;所有文件 (*)").format(
        patterns=PACKAGE_FILTER)
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    if not name:
        return None
    dialog = PackageViewerDialog(Path(name), ctx=ctx, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.verify()
    return dialog
