"""Importing a hand-off package (导入移交包): pick the file, have it verified on the worker, read what
it holds, trust an unknown sender's key explicitly, import it on the worker (progress and cancel),
then say what was recorded and open the case (docs/handoff-import.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.services.handoff_import import ImportResult, TrustedKey, import_package, key_trust
from mediation_desk.services.handoff_ports import VerifiedPackage
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.forms.handoff_import_dialog_ui import Ui_HandoffImportDialog
from mediation_desk.ui.tasks import run_task


@dataclass(frozen=True)
class Checked:
    """A verified package, what it holds as text, and whether the book trusts its key."""

    verified: VerifiedPackage
    text: str
    known: TrustedKey | None


def check_package(ctx: DeskContext, path: Path, progress: Callable[[int, int], bool] | None = None) -> Checked:
    """On the worker: verify the package and describe it (nothing is written)."""
    from mediation_desk.handoff.reader import describe

    assert ctx.handoff is not None
    verified = ctx.handoff.reader().open_verified(path, progress=progress)
    return Checked(verified, describe(verified, current_lang()), key_trust(ctx.uow, verified))


class HandoffImportDialog(TaskDialog):
    """Shows the verified package; OK imports it on the worker. ``result_value``: the ImportResult."""

    def __init__(self, ctx: DeskContext, path: Path, checked: Checked, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("导入移交包"))
        self.ctx, self.path, self.checked = ctx, path, checked
        self.ui = Ui_HandoffImportDialog()
        self.use_form(self.ui, {"trust": "trust"})
        self.ui.description.setPlainText(checked.text)
        m = checked.verified.manifest
        sender = str((m.get("sender") or {}).get("name") or "")
        if checked.known is not None:
            when = checked.known.trusted_at[:10]
            try:
                when = numeric_date(date.fromisoformat(when)) if current_lang() == "zh" else when
            except ValueError:
                pass
            text = self.tr("{key}（{sender}）——本案件库已信任（{who}，{when}）")
            self.ui.key_text.setText(text.format(key=checked.verified.key_id, sender=checked.known.sender or sender,
                                                 who=checked.known.trusted_by, when=when))
            self.ui.trust.hide()
        else:
            text = self.tr("{key}（{sender}）——本案件库尚未信任此密钥。请通过电话等其他途径向发送方"
                           "核对密钥编号后再信任。")
            self.ui.key_text.setText(text.format(key=checked.verified.key_id, sender=sender))
        self.trust = self.ui.trust
        self.finish_layout()
        self.ok_button.setText(self.tr("导入"))
        self.setMinimumWidth(640)

    def on_ok(self) -> None:
        if self.busy:
            return
        self.clear_messages()
        new_key = self.checked.known is None
        if new_key and not self.trust.isChecked():
            self.form.show_errors({"trust": self.tr("该签名密钥尚未被信任：核对密钥编号后勾选信任，或取消导入")})
            return
        ctx, path = self.ctx, self.path
        assert ctx.handoff is not None
        reader = ctx.handoff.reader()

        def work(progress: Callable[[int, int], bool]) -> ImportResult:
            return import_package(ctx.uow, reader, ctx.vault, ctx.principal, path=path, trust_new_key=new_key,
                                  progress=progress)

        self._set_busy(True, self.tr("正在导入……"))
        run_task(self, self.tr("导入移交包"), work, on_done=self._work_done, on_error=self._work_failed,
                 on_cancelled=lambda: self._set_busy(False), label=self.tr("正在核验并导入移交包……"))


def import_package_flow(parent: QWidget, ctx: DeskContext, open_case: Callable[[int], None],
                        changed: Callable[[], None] | None = None, *, path: Path | None = None) -> None:
    """The whole action: file dialog → verify (worker) → dialog → import (worker) → result, open the case."""
    title = QCoreApplication.translate("HandoffImportDialog", "导入移交包")
    if ctx.handoff is None or ctx.vault is None:
        QMessageBox(QMessageBox.Icon.Warning, title,
                    QCoreApplication.translate("HandoffImportDialog", "本案件库未打开移交包工具，不能导入。"),
                    QMessageBox.StandardButton.Ok, parent).exec()
        return
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("HandoffImportDialog", "选择移交包"), "",
            QCoreApplication.translate("HandoffImportDialog", "移交包 (*.mdpkg *.zip);;所有文件 (*)"))
        if not chosen:
            return
        path = Path(chosen)
    package = path

    def show(checked: Any) -> None:
        dialog = HandoffImportDialog(ctx, package, checked, parent)
        if not dialog.exec():
            return
        result: ImportResult = dialog.result_value
        summary = result.summary_zh if current_lang() == "zh" else result.summary_en
        QMessageBox(QMessageBox.Icon.Information, title, summary, QMessageBox.StandardButton.Ok, parent).exec()
        if changed is not None:
            changed()
        open_case(result.case_id)

    run_task(parent, QCoreApplication.translate("HandoffImportDialog", "核验移交包"), check_package, ctx, package,
             on_done=show, label=QCoreApplication.translate("HandoffImportDialog", "正在核验移交包的签名和每个文件……"))
