"""First start: the assistant shown when this PC has no case book yet.

Five ways to begin: create the organisation's book (organisation and administrator, the book
passphrase with a strength hint, then the recovery sheet saved or printed), open an existing book
folder, restore from a backup, connect to the office's server (the office edition: server, port,
database, user, CA file and the database password, remembered in the keyring only when asked), or try
the demo (in its own folder). The work (Argon2, creating,
restoring) runs on the worker through the callables of :class:`FirstStartActions`; the assistant
knows no storage. Its result is :attr:`FirstRunAssistant.outcome`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QWidget

from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.first_start import Strength, assess_passphrase, is_demo_secret
from mediation_desk.domain.users import OrganisationView, Principal
from mediation_desk.ui.dialogs.setup import OrganisationInputs
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import NOTICE_STYLE, FieldErrors
from mediation_desk.ui.forms.first_run_assistant_ui import Ui_FirstRunAssistant
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.screen_fit import fit_to_screen

CHOOSE, ORG, PASSPHRASE, SHEET, OPEN, RESTORE, OFFICE = range(7)
OFFICE_FIELDS = {"host": "db_host", "port": "db_port", "database": "db_name", "user": "db_user", "ca_file": "ca_file",
                 "db_password": "db_password"}
STRENGTH_COLOURS = {Strength.WEAK: "#b00020", Strength.MEDIUM: "#a15c00", Strength.STRONG: "#1b7a2e"}


@dataclass(frozen=True)
class NewBook:
    """What the assistant collected to create the organisation's book."""

    org: OrganisationView
    username: str
    display_name: str
    password: str
    passphrase: str
    passphrase_location: str = ""
    keeper: str = ""


@dataclass(frozen=True)
class ServerConnection:
    """The office server a desk connects to (no password: that is given beside it)."""

    host: str
    port: int
    database: str
    user: str
    ca_file: str


@dataclass
class FirstStartActions:
    """The work behind the assistant (made by ``app.py``); each runs on the worker thread.

    ``create(new) -> (book, principal)``; ``sheet(book, principal, new) -> PDF bytes``;
    ``check_folder(path) -> whether a book is there``; ``restore(archive, passphrase, progress) -> book``;
    ``demo(progress) -> book``; ``office(connection, password, remember) -> book`` connects to the office's
    server and keeps the connection for the next start."""

    create: Callable[[NewBook], tuple[Any, Principal]]
    sheet: Callable[[Any, Principal, NewBook], bytes]
    check_folder: Callable[[Path], bool]
    restore: Callable[[Path, str, Callable[[int, int], bool]], Any]
    demo: Callable[[Callable[[int, int], bool]], Any]
    office: Callable[[ServerConnection, str, bool], Any] | None = None


@dataclass(frozen=True)
class Outcome:
    """``kind``: created (``book``, ``principal``), opened (``folder``), restored, demo or office (``book``)."""

    kind: str
    book: Any = None
    principal: Principal | None = None
    folder: Path | None = None


class FirstRunAssistant(QDialog):
    def __init__(self, data_dir: Path, demo_dir: Path, actions: FirstStartActions, *, min_length: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("开始使用"))
        self.setModal(True)
        self._actions, self._min = actions, min_length
        self.data_dir, self.demo_dir = data_dir, demo_dir
        self.outcome: Outcome | None = None
        self.busy = False
        self.sheet_pdf: bytes | None = None
        self._new: NewBook | None = None
        self.ui = Ui_FirstRunAssistant()
        self.ui.setupUi(self)
        ui = self.ui
        self.pages = ui.pages
        self.org = OrganisationInputs(self, name=ui.name, kind=ui.kind, doc_prefix=ui.doc_prefix,
                                      address=ui.address, phone=ui.phone)
        self.form = FieldErrors()
        self.form.attach(ui.org_fields, {k: getattr(ui, k) for k in (
            "name", "kind", "doc_prefix", "address", "phone", "username", "display_name", "password",
            "password_confirm")})
        self.form.attach(ui.passphrase_fields, {"passphrase": ui.passphrase, "confirm": ui.confirm})
        self.form.attach(ui.open_fields, {"folder": ui.folder})
        self.form.attach(ui.restore_fields, {"archive": ui.archive, "restore_passphrase": ui.restore_passphrase})
        self.form.attach(ui.office_fields, {k: getattr(ui, name) for k, name in OFFICE_FIELDS.items()})
        self._page_of = {**{k: ORG for k in ("name", "kind", "doc_prefix", "address", "phone", "username",
                                              "display_name", "password", "password_confirm")},
                         "passphrase": PASSPHRASE, "confirm": PASSPHRASE, "folder": OPEN, "archive": RESTORE,
                         "restore_passphrase": RESTORE, **{k: OFFICE for k in OFFICE_FIELDS}}
        ui.data_dir_note.setText(self.tr("案件库将保存在：{folder}\n演示数据放在单独的文件夹：{demo}").format(
            folder=str(data_dir), demo=str(demo_dir)))
        ui.restore_intro.setText(self.tr("备份将恢复到：{folder}").format(folder=str(data_dir)))
        ui.warning.setStyleSheet(NOTICE_STYLE)
        ui.message.hide()
        ui.status.hide()
        ui.progress.hide()
        ui.passphrase.setPlaceholderText(self.tr("至少{n}个字符").format(n=min_length))
        ui.passphrase.textChanged.connect(self._show_strength)
        ui.show_chars.toggled.connect(self._toggle_echo)
        ui.choose_folder.clicked.connect(self._choose_folder)
        ui.choose_archive.clicked.connect(self._choose_archive)
        ui.choose_ca.clicked.connect(self._choose_ca)
        ui.office_choice.setVisible(actions.office is not None)
        ui.office_note.setVisible(actions.office is not None)
        ui.save_sheet.clicked.connect(self.save_sheet)
        ui.print_sheet.clicked.connect(self.print_sheet)
        ui.sheet_done.toggled.connect(lambda _on: self._update_buttons())
        ui.back_button.clicked.connect(self.back)
        ui.next_button.clicked.connect(self.next)
        ui.cancel_button.clicked.connect(self.reject)
        self._show_strength("")
        self.go(CHOOSE)
        self.setMinimumWidth(640)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        fit_to_screen(self)
        super().showEvent(event)

    # ---- navigation ----
    def go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        headings = {CHOOSE: self.tr("欢迎使用劳动争议案件工作台"), ORG: self.tr("第1步（共3步）：机构和管理员"),
                    PASSPHRASE: self.tr("第2步（共3步）：案件库口令"), SHEET: self.tr("第3步（共3步）：恢复单"),
                    OPEN: self.tr("打开已有的案件库"), RESTORE: self.tr("从备份恢复"),
                    OFFICE: self.tr("连接单位的案件库服务器")}
        self.ui.heading.setText(headings[page])
        self._show_message("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        page, ui = self.pages.currentIndex(), self.ui
        ui.back_button.setVisible(page not in (CHOOSE, SHEET))
        ui.cancel_button.setVisible(page != SHEET)  # the book exists by then: only finishing is left
        texts = {CHOOSE: self.tr("下一步"), ORG: self.tr("下一步"), PASSPHRASE: self.tr("创建案件库"),
                 SHEET: self.tr("完成"), OPEN: self.tr("打开"), RESTORE: self.tr("开始恢复"), OFFICE: self.tr("连接")}
        ui.next_button.setText(texts[page])
        ready = not self.busy and (page != SHEET or ui.sheet_done.isChecked())
        ui.next_button.setEnabled(ready)
        ui.back_button.setEnabled(not self.busy)
        ui.cancel_button.setEnabled(not self.busy)

    def back(self) -> None:
        page = self.pages.currentIndex()
        self.go(ORG if page == PASSPHRASE else CHOOSE)

    def next(self) -> None:
        if self.busy:
            return
        page, ui = self.pages.currentIndex(), self.ui
        self.form.clear_errors()
        if page == CHOOSE:
            if ui.demo_choice.isChecked():
                self._start_demo()
            else:
                self.go(OPEN if ui.open_choice.isChecked() else RESTORE if ui.restore_choice.isChecked()
                        else OFFICE if ui.office_choice.isChecked() else ORG)
        elif page == ORG:
            self._check_org()
        elif page == PASSPHRASE:
            self._create()
        elif page == SHEET:
            self.accept()
        elif page == OPEN:
            self._open_folder()
        elif page == RESTORE:
            self._restore()
        elif page == OFFICE:
            self._connect_office()

    def reject(self) -> None:
        if self.busy or self.pages.currentIndex() == SHEET:
            return  # work cannot be taken back half-way; a created book is finished with its sheet
        super().reject()

    # ---- create ----
    def _check_org(self) -> None:
        ui, errors = self.ui, {}
        if not ui.name.text().strip():
            errors["name"] = self.tr("请填写机构全称")
        if not ui.doc_prefix.text().strip():
            errors["doc_prefix"] = self.tr("请填写文书字号前缀")
        if not ui.username.text().strip():
            errors["username"] = self.tr("请填写管理员用户名")
        if not ui.display_name.text().strip():
            errors["display_name"] = self.tr("请填写姓名")
        if ui.password.text() != ui.password_confirm.text():
            errors["password_confirm"] = self.tr("两次输入的密码不一致")
        if is_demo_secret(ui.password.text()):
            errors["password"] = self.tr("这是演示案件库公开的密码，不能用于正式案件库，请另设一个")
        if errors:
            self.form.show_errors(errors)
            return
        self.go(PASSPHRASE)

    def _show_strength(self, text: str) -> None:
        if not text:
            self.ui.strength.setText(self.tr("—"))
            self.ui.strength.setStyleSheet("")
            return
        report = assess_passphrase(text, min_length=self._min)
        level = {Strength.WEAK: self.tr("弱"), Strength.MEDIUM: self.tr("中"), Strength.STRONG: self.tr("强")}
        texts = {"common": self.tr("这是常见口令，很容易被猜中"),
                 "too_short": self.tr("至少需要{n}个字符").format(n=self._min),
                 "longer": self.tr("再长一些（12个字符以上更好）"), "variety": self.tr("混合使用字母、数字、汉字或符号")}
        hints = [texts[h] for h in report.hints]
        self.ui.strength.setText(level[report.strength] + (self.tr("（{hints}）").format(hints=self.tr("；").join(hints))
                                                           if hints else ""))
        self.ui.strength.setStyleSheet(f"color: {STRENGTH_COLOURS[report.strength]}; font-weight: bold;")

    def _toggle_echo(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.ui.passphrase.setEchoMode(mode)
        self.ui.confirm.setEchoMode(mode)

    def _create(self) -> None:
        ui = self.ui
        phrase = ui.passphrase.text()
        errors = {}
        if len(phrase) < self._min:
            errors["passphrase"] = self.tr("口令至少需要{n}个字符").format(n=self._min)
        elif is_demo_secret(phrase):
            errors["passphrase"] = self.tr("这是演示案件库公开的口令，不能用于正式案件库，请另设一个")
        elif phrase != ui.confirm.text():
            errors["confirm"] = self.tr("两次输入的口令不一致")
        if errors:
            self.form.show_errors(errors)
            return
        new = NewBook(org=self.org.value(), username=ui.username.text().strip(),
                      display_name=ui.display_name.text().strip(), password=ui.password.text(), passphrase=phrase,
                      passphrase_location=ui.passphrase_location.text().strip(), keeper=ui.keeper.text().strip())

        def work(progress: Any) -> tuple[Any, Principal, bytes]:
            book, principal = self._actions.create(new)
            return book, principal, self._actions.sheet(book, principal, new)

        self._new = new
        self._run(self.tr("新建案件库"), work, self._created, busy=self.tr("正在创建加密案件库……"))

    def _created(self, result: tuple[Any, Principal, bytes]) -> None:
        book, principal, pdf = result
        self.outcome = Outcome("created", book=book, principal=principal)
        self.sheet_pdf = pdf
        self.ui.passphrase.clear()
        self.ui.confirm.clear()
        self.ui.restore_passphrase.clear()
        self.ui.sheet_intro.setText(self.tr("案件库已创建：{folder}").format(folder=str(self.data_dir)))
        self.go(SHEET)

    def save_sheet(self) -> None:
        if self.sheet_pdf is None:
            return
        start = str(Path.home() / self.tr("案件库恢复单.pdf"))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("保存恢复单"), start, self.tr("PDF 文件 (*.pdf)"))
        if not target:
            return
        try:
            Path(target).write_bytes(self.sheet_pdf)
        except OSError as exc:
            self._show_message(self.tr("无法保存：{reason}").format(reason=exc.strerror or str(exc)))
            return
        self.ui.sheet_saved_to.setText(self.tr("已保存：{file}").format(file=target))

    def print_sheet(self) -> None:
        """The sheet opens in the PC's PDF viewer, which prints it."""
        if self.sheet_pdf is None:
            return
        with tempfile.NamedTemporaryFile("wb", suffix=".pdf", prefix="recovery-sheet-", delete=False) as fh:
            fh.write(self.sheet_pdf)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(fh.name)):
            self._show_message(self.tr("没有可以打开PDF的程序。请用“保存恢复单”保存后再打印。"))

    # ---- open, restore, demo ----
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择案件库文件夹"), str(Path.home()))
        if folder:
            self.ui.folder.setText(folder)

    def _choose_archive(self) -> None:
        archive, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), str(Path.home()),
                                                 self.tr("案件库备份 (*.mdbak);;所有文件 (*)"))
        if archive:
            self.ui.archive.setText(archive)

    def _open_folder(self) -> None:
        text = self.ui.folder.text().strip()
        if not text:
            self.form.show_errors({"folder": self.tr("请选择案件库所在的文件夹")})
            return
        folder = Path(text).expanduser()
        if not self._actions.check_folder(folder):
            self.form.show_errors({"folder": self.tr("这个文件夹里没有案件库（应有 casebook.db 和 casebook.key）")})
            return
        self.outcome = Outcome("opened", folder=folder)
        self.accept()

    def _restore(self) -> None:
        archive, phrase = self.ui.archive.text().strip(), self.ui.restore_passphrase.text()
        errors = {}
        if not archive or not Path(archive).expanduser().is_file():
            errors["archive"] = self.tr("请选择备份文件")
        if not phrase:
            errors["restore_passphrase"] = self.tr("请输入备份所属案件库的口令")
        if errors:
            self.form.show_errors(errors)
            return
        source = Path(archive).expanduser()
        self._run(self.tr("从备份恢复"), lambda progress: self._actions.restore(source, phrase, progress),
                  lambda book: self._finish("restored", book), busy=self.tr("正在核对并恢复备份……"),
                  progress_dialog=True)

    def _choose_ca(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("选择 CA 证书文件"), str(Path.home()),
                                                self.tr("证书 (*.crt *.pem *.cer);;所有文件 (*)"))
        if chosen:
            self.ui.ca_file.setText(chosen)

    def _connect_office(self) -> None:
        ui = self.ui
        connection = ServerConnection(host=ui.db_host.text().strip(), port=ui.db_port.value(),
                                      database=ui.db_name.text().strip(), user=ui.db_user.text().strip(),
                                      ca_file=ui.ca_file.text().strip())
        password, remember = ui.db_password.text(), ui.remember_db_password.isChecked()
        errors = {}
        for key, text in (("host", self.tr("请填写服务器地址")), ("database", self.tr("请填写数据库名")),
                          ("user", self.tr("请填写用户名"))):
            if not getattr(connection, key):
                errors[key] = text
        if not connection.ca_file:
            errors["ca_file"] = self.tr("请选择服务器管理员提供的 CA 证书文件")
        elif not Path(connection.ca_file).expanduser().is_file():
            errors["ca_file"] = self.tr("找不到这个文件")
        if not password:
            errors["db_password"] = self.tr("请输入数据库密码")
        if errors:
            self.form.show_errors(errors)
            return
        office = self._actions.office
        assert office is not None
        self._run(self.tr("连接服务器"), lambda _progress: office(connection, password, remember),
                  self._office_connected, busy=self.tr("正在连接服务器……"))

    def _office_connected(self, book: Any) -> None:
        self.ui.db_password.clear()
        self._finish("office", book)

    def _start_demo(self) -> None:
        self._run(self.tr("试用演示数据"), self._actions.demo, lambda book: self._finish("demo", book),
                  busy=self.tr("正在准备演示数据……"), progress_dialog=True)

    def _finish(self, kind: str, book: Any) -> None:
        self.ui.restore_passphrase.clear()
        self.outcome = Outcome(kind, book=book)
        self.accept()

    # ---- work on the worker ----
    def _run(self, title: str, work: Callable[[Any], Any], done: Callable[[Any], None], *, busy: str,
             progress_dialog: bool = False) -> None:
        self._set_busy(True, busy)

        def finished(result: Any) -> None:
            self._set_busy(False)
            done(result)

        run_task(self, title, work, on_done=finished, on_error=self._failed, on_cancelled=lambda: self._set_busy(False),
                 show_progress=progress_dialog)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.ui.status.setText(text)
        self.ui.status.setVisible(busy and bool(text))
        self.ui.progress.setVisible(busy)
        self.pages.setEnabled(not busy)
        self._update_buttons()
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def _failed(self, exc: BaseException) -> bool:
        self._set_busy(False)
        self.ui.db_password.clear()  # a refused database password is not kept in the form
        if isinstance(exc, ValidationError):
            rest = self.form.show_errors(exc.fields)
            pages = [self._page_of[k] for k in exc.fields if k in self._page_of]
            if pages and self.pages.currentIndex() not in pages:
                self.go(pages[0])
                self.form.show_errors(exc.fields)
            if rest or not exc.fields:
                self._show_message(exc.text(current_lang()))
            return True
        if isinstance(exc, AppError):
            self._show_message(exc.text(current_lang()))
            return True
        return False

    def _show_message(self, text: str) -> None:
        self.ui.message.setText(text)
        self.ui.message.setVisible(bool(text))

    def error_text(self, key: str) -> str:
        return self.form.error_text(key)

    def message_text(self) -> str:
        return self.ui.message.text() if not self.ui.message.isHidden() else ""


__all__ = ["FirstRunAssistant", "FirstStartActions", "NewBook", "Outcome", "ServerConnection"]
