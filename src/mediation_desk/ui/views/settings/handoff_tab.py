"""法院衔接: the organisation's signing key (its public keys exported for the courts to pin, the key
rotated) and the court systems' receiving addresses the outbox posts packages to."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from mediation_desk.domain.outbox import Endpoint
from mediation_desk.domain.users import Permission
from mediation_desk.services import outbox
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import NOTICE_STYLE
from mediation_desk.ui.forms.endpoint_dialog_ui import Ui_EndpointDialog
from mediation_desk.ui.forms.handoff_tab_ui import Ui_HandoffTab
from mediation_desk.ui.labels import format_datetime
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import guarded, keep_rows_visible


def _when(text: Any) -> str:
    if not text:
        return ""
    try:
        return format_datetime(datetime.fromisoformat(str(text)))
    except ValueError:
        return str(text)


class EndpointDialog(TaskDialog):
    """Add or change a receiving address; ``save(endpoint, make_default)`` runs on the worker
    (``services.outbox.set_endpoint`` checks it and names each wrong field)."""

    def __init__(self, save: Any, endpoint: Endpoint | None = None, *, is_default: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("法院系统接收地址"))
        self._save = save
        self.ui = ui = Ui_EndpointDialog()
        self.use_form(ui, {"name": "name", "url": "url", "ca_file": "ca_file_box", "client_cert": "client_cert_box",
                           "client_key": "client_key_box", "timeout_s": "timeout_s"})
        ui.heading.setText(self.tr("移交包通过HTTPS发往法院系统，验证对方证书；只保存证书和私钥文件的位置，不保存私钥本身。"))
        for name in ("ca_file", "client_cert", "client_key"):
            getattr(ui, f"{name}_button").clicked.connect(lambda _c=False, n=name: self.choose(n))
        if endpoint is not None:
            ui.name.setText(endpoint.name)
            ui.name.setReadOnly(True)
            ui.url.setText(endpoint.url)
            ui.ca_file.setText(endpoint.ca_file)
            ui.client_cert.setText(endpoint.client_cert)
            ui.client_key.setText(endpoint.client_key)
            ui.timeout_s.setValue(int(endpoint.timeout_s))
        ui.make_default.setChecked(is_default or endpoint is None)
        self.finish_layout()
        self.setMinimumWidth(600)

    def choose(self, name: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择文件"), "", self.tr("证书和私钥 (*.pem *.crt *.cer *.key);;所有文件 (*)"))
        if path:
            getattr(self.ui, name).setText(path)

    def endpoint(self) -> Endpoint:
        ui = self.ui
        return Endpoint(name=ui.name.text().strip(), url=ui.url.text().strip(), ca_file=ui.ca_file.text().strip(),
                        client_cert=ui.client_cert.text().strip(), client_key=ui.client_key.text().strip(),
                        timeout_s=float(ui.timeout_s.value()))

    def on_ok(self) -> None:
        self.submit(self.tr("保存接收地址"), self._save, self.endpoint(), self.ui.make_default.isChecked(),
                    busy_text=self.tr("正在保存……"))


class HandoffTab(QWidget):
    """Layout: ``ui/handoff_tab.ui``. Exporting the public keys: whoever sends packages or runs the
    desk; rotating the key and the addresses: the administrator (``manage_organisation``)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_admin = ctx.principal.can(Permission.MANAGE_ORGANISATION)
        self.can_export = self.is_admin or ctx.principal.can(Permission.HANDOFF)
        self.keys: list[dict[str, Any]] = []
        self.endpoints: list[Endpoint] = []
        self.default_endpoint = ""
        self.loaded = False
        self.dialog: QWidget | None = None
        self.ui = ui = Ui_HandoffTab()
        ui.setupUi(self)
        self.keys_table, self.endpoints_table, self.message = ui.keys_table, ui.endpoints_table, ui.message
        self.export_keys_button, self.rotate_button = ui.export_keys_button, ui.rotate_button
        ui.note.setStyleSheet(NOTICE_STYLE)
        ui.note.setVisible(not self.is_admin)
        for table in (self.keys_table, self.endpoints_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        addresses = self.endpoints_table.horizontalHeader()  # the URL is the long one
        addresses.setStretchLastSection(False)
        addresses.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        keep_rows_visible(self, 3)
        usable = ctx.handoff is not None
        self.export_keys_button.setEnabled(self.can_export and usable)
        self.rotate_button.setEnabled(self.is_admin and usable)
        for button in (ui.add_endpoint_button, ui.edit_endpoint_button, ui.remove_endpoint_button):
            button.setEnabled(self.is_admin)
        self.export_keys_button.clicked.connect(self.export_keys)
        self.rotate_button.clicked.connect(self.open_rotate)
        ui.add_endpoint_button.clicked.connect(lambda: self.open_endpoint(None))
        ui.edit_endpoint_button.clicked.connect(self.open_edit_endpoint)
        ui.remove_endpoint_button.clicked.connect(self.remove_endpoint)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.loaded:
            self.load()

    # ---- reading ----
    def load(self) -> None:
        """The keys (made on first use, by whoever may send packages) and the addresses."""
        self.loaded = True
        ctx, tools = self.ctx, self.ctx.handoff
        may_make = tools is not None and self.can_export

        def work(progress: Any) -> tuple[list[dict[str, Any]], list[Endpoint], str]:
            keys = list(tools.public_keys(ctx.principal.username, False)) if may_make and tools else []
            return keys, outbox.list_endpoints(ctx.uow, ctx.principal), outbox.default_endpoint(ctx.uow, ctx.principal)

        run_task(self, self.tr("读取签名密钥和接收地址"), work, on_done=guarded(self, self._loaded),
                 on_error=guarded(self, self._failed, True), show_progress=False)

    def _loaded(self, result: tuple[list[dict[str, Any]], list[Endpoint], str]) -> None:
        self.keys, self.endpoints, self.default_endpoint = result
        self.keys_table.setRowCount(len(self.keys))
        for r, key in enumerate(self.keys):
            state = self.tr("已停用") if key.get("retired_at") else self.tr("正在使用")
            for c, text in enumerate((str(key.get("key_id", "")), state, _when(key.get("created_at")),
                                      _when(key.get("retired_at")))):
                self.keys_table.setItem(r, c, QTableWidgetItem(text))
        self.endpoints_table.setRowCount(len(self.endpoints))
        for r, e in enumerate(self.endpoints):
            cells = (e.name, e.url, e.ca_file or self.tr("（系统证书）"), e.client_cert or self.tr("（无）"),
                     f"{e.timeout_s:g}", self.tr("是") if e.name == self.default_endpoint else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.endpoints_table.setItem(r, c, item)

    def _failed(self, exc: BaseException) -> bool:
        from mediation_desk.domain.errors import AppError

        if isinstance(exc, AppError):
            self.message.setText(exc.text(current_lang()))
            return True
        return False

    # ---- the key ----
    def export_keys(self) -> None:
        tools, ctx = self.ctx.handoff, self.ctx
        if tools is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("导出公钥"), str(Path.home() / "public-keys.json"),
                                                self.tr("公钥文件 (*.json)"))
        if not target:
            return

        def work(progress: Any) -> Path:
            from mediation_desk.handoff.keys_file import write_public_keys

            keys = tools.public_keys(ctx.principal.username, False)
            write_public_keys(Path(target), keys)
            return Path(target)

        def done(path: Path) -> None:
            self.message.setText(self.tr("已导出公钥（当前和已停用的密钥）到 {path}，请交给法院用于核验。").format(path=str(path)))

        run_task(self, self.tr("导出公钥"), work, on_done=guarded(self, done),
                 on_error=guarded(self, self._failed, True), show_progress=False)

    def open_rotate(self) -> None:
        tools, ctx = self.ctx.handoff, self.ctx
        if tools is None or not self.is_admin:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("更换签名密钥"),
                          self.tr("更换后，新的移交包用新密钥签名；旧密钥停用但仍保留，用它签名的移交包仍可核验。"
                                  "请把更换后导出的公钥文件交给法院。确定更换吗？"),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("更换密钥"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("取消"))
        if box.exec() != QMessageBox.StandardButton.Ok:
            return

        def done(_r: Any) -> None:
            self.message.setText(self.tr("已更换签名密钥。请导出公钥文件交给法院。"))
            self.load()

        run_task(self, self.tr("更换签名密钥"), lambda progress: tools.public_keys(ctx.principal.username, True),
                 on_done=guarded(self, done), on_error=guarded(self, self._failed, True), show_progress=False)

    # ---- the addresses ----
    def current_endpoint(self) -> Endpoint | None:
        row = self.endpoints_table.currentRow()
        return self.endpoints[row] if 0 <= row < len(self.endpoints) else None

    def open_edit_endpoint(self) -> None:
        endpoint = self.current_endpoint()
        if endpoint is None:
            self.message.setText(self.tr("请先在列表中选择一个接收地址。"))
            return
        self.open_endpoint(endpoint)

    def open_endpoint(self, endpoint: Endpoint | None = None) -> None:
        if not self.is_admin:
            return
        ctx = self.ctx

        def save(e: Endpoint, make_default: bool) -> Endpoint:
            return outbox.set_endpoint(ctx.uow, ctx.principal, e, make_default=make_default)

        dialog = EndpointDialog(save, endpoint, is_default=endpoint is not None and endpoint.name == self.default_endpoint,
                                parent=self)

        def finished(result: int) -> None:
            if result:
                self.message.setText(self.tr("已保存接收地址。"))
                self.load()

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def remove_endpoint(self) -> None:
        endpoint, ctx = self.current_endpoint(), self.ctx
        if endpoint is None:
            self.message.setText(self.tr("请先在列表中选择一个接收地址。"))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("删除接收地址"),
                          self.tr("删除接收地址“{name}”？发往该地址、尚未发送的移交包将无法发送，可改为导出后离线递交。").format(
                              name=endpoint.name), QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        if box.exec() != QMessageBox.StandardButton.Ok:
            return

        def done(_r: Any) -> None:
            self.message.setText(self.tr("已删除接收地址。"))
            self.load()

        run_task(self, self.tr("删除接收地址"),
                 lambda progress: outbox.remove_endpoint(ctx.uow, ctx.principal, endpoint.name),
                 on_done=guarded(self, done), on_error=guarded(self, self._failed, True), show_progress=False)
