"""The composition root of the desktop application.

``main_gui`` builds the QApplication (bundled CJK font as fallback, translations), opens or
creates the encrypted case book, asks who is working, wires the book's operations into a
``DeskContext`` and runs the main window. Only this module (with ``cli.py``) knows both the
storage layer and the windows.
"""

from __future__ import annotations

import importlib
import logging
import logging.handlers
import os
import platform
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QLibraryInfo, QLocale, QObject, QTimer, QTranslator, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from mediation_desk import __version__
from mediation_desk.config import APP_NAME, DB_PASSWORD_ENV, OFFICE_PROFILE_FILE, PASSPHRASE_ENV, AppPaths
from mediation_desk.domain.errors import AppError, BookError, OperationCancelled, WrongKey
from mediation_desk.domain.first_start import DEMO_PASSPHRASE, DEMO_PASSWORD
from mediation_desk.log_privacy import PersonalDataFilter
from mediation_desk.resources import resource_path
from mediation_desk.ui.dialogs.login import LoginDialog
from mediation_desk.ui.dialogs.unlock import UnlockDialog
from mediation_desk.ui.errors import current_lang, install_excepthook, set_app_state, show_error
from mediation_desk.ui.fonts import install_cjk_font
from mediation_desk.ui import gc_guard
from mediation_desk.ui.tasks import shutdown_tasks

if TYPE_CHECKING:  # the storage layer, the services and the main window are imported while the
    from mediation_desk.domain.users import Principal  # first window is shown (start_loader.py)
    from mediation_desk.storage.book import Book
    from mediation_desk.storage.keys import KeyringStore
    from mediation_desk.ui.context import DeskContext, HandoffTools

log = logging.getLogger("mediation_desk")

LOG_FILE_NAME = "mediation-desk.log"
FONT_FILE = ("resources", "fonts", "wqy-microhei.ttc")
TRANSLATION_FILE = ("resources", "translations", "mediation_desk_en.qm")
PRE_UPGRADE_BACKUPS_KEPT = 1000  # never prune in the upgrade path



def setup_logging(log_dir: Path) -> tuple[Path, logging.Handler | None]:
    """Log to ``log_dir/mediation-desk.log`` (rotated, 5 x 1 MB). Returns the file and its handler."""
    log_file = log_dir / LOG_FILE_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:  # a read-only data folder must not stop the program
        print(f"mediation-desk: cannot write the log {log_file}: {exc}", file=sys.stderr)
        return log_file, None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    handler.addFilter(PersonalDataFilter())  # no ID numbers, phones or database parameters in the file
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_file, handler


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """English: our .qm plus Qt's own English strings. Chinese: Qt's zh_CN strings for its standard buttons."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        ours = QTranslator(app)
        qm = resource_path(*TRANSLATION_FILE)
        if ours.load(str(qm)):
            from mediation_desk.ui.labels import DomainLabelTranslator

            # asked after ``ours``: a constant shown through any tr() finds its English label
            fallback = DomainLabelTranslator(ours, app)
            app.installTranslator(fallback)
            app.installTranslator(ours)
            installed += [ours, fallback]
        else:
            log.warning("English translation not found: %s", qm)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    return installed


def _keyring_explanation() -> str:
    return QCoreApplication.translate(
        "app", "这台电脑没有可用的系统密钥环（用来安全保存案件库密钥的系统功能），所以每次打开案件库都需要输入"
               "案件库口令。案件库仍然全部加密保存；口令只用来解开它，不会保存在这台电脑上。\n\n"
               "安装并启用系统密钥环（例如 GNOME 密钥环或 KWallet）后，程序会记住密钥，不必每次输入。")


def _explain_no_keyring(paths: AppPaths, keyring: KeyringStore) -> None:
    """Without a keyring the passphrase is asked at every start: say why, once per book folder."""
    if keyring.available:
        return
    log.info("keyring unavailable: %s", keyring.unavailable_reason)
    marker = paths.keyring_explained_file
    if marker.exists():
        return
    _show_notices([_keyring_explanation()])
    try:
        marker.write_text(f"{keyring.unavailable_reason}\n", "utf-8")
    except OSError as exc:  # a read-only folder: explained again next time, nothing worse
        log.warning("cannot remember the keyring explanation: %s", exc)


def _env_passphrase(passphrase_from_env: bool) -> str | None:
    """``MEDIATION_DESK_PASSPHRASE`` only with ``--passphrase-from-env`` (kiosks, tests); never silently."""
    phrase = os.environ.get(PASSPHRASE_ENV)
    if phrase and not passphrase_from_env:
        log.info("%s is set but ignored: the window uses it only with --passphrase-from-env", PASSPHRASE_ENV)
        return None
    return phrase or None


@dataclass
class Started:
    """What the start-up dialogs produced: the open book and, after creating one or logging in, who
    works; ``asked``: the log-in has been asked already (``principal`` None then means 取消)."""

    book: Book | None
    principal: Principal | None = None
    asked: bool = False


def _pre_upgrade_backup(paths: AppPaths) -> Callable[[Book], Path]:
    def backup(book: Book) -> Path:
        from mediation_desk.storage.maintenance import backup_to_folder

        return backup_to_folder(book, paths.backups_dir, keep=PRE_UPGRADE_BACKUPS_KEPT).path

    return backup


class BookLoader:
    """Imports the storage layer, the services and the main window and opens the book with the key
    in the keyring, on a plain thread started once the first window is shown, so that all this
    happens while the user types. Nothing here touches a widget; the main thread reads the outcome
    after ``done`` is set (and imports those modules itself only after ``imported``)."""

    HEAVY = ("mediation_desk.storage.book", "mediation_desk.storage.keys", "mediation_desk.storage.maintenance",
             "mediation_desk.storage.vault", "mediation_desk.services.accounts",
             "mediation_desk.services.org_templates", "mediation_desk.ui.context", "mediation_desk.ui.main_window")

    def __init__(self, paths: AppPaths, env_phrase: str | None) -> None:
        self.paths, self._env_phrase = paths, env_phrase
        self.imported, self.done = threading.Event(), threading.Event()
        self.book: Book | None = None
        self.keyring: KeyringStore | None = None
        self.error: BaseException | None = None
        self.set_up = False
        self.org_name = ""
        self.demo = False
        self._thread = threading.Thread(target=self._run, name="mediation-desk-start", daemon=True)
        self._start_lock = threading.Lock()
        self._started = False

    def start(self) -> None:
        with self._start_lock:
            if not self._started:
                self._started = True
                self._thread.start()

    def wait(self) -> None:
        """Until the book is open or failed to open (any thread; starts the loader if needed)."""
        self.start()
        self.done.wait()

    def _run(self) -> None:
        try:
            for name in self.HEAVY:
                importlib.import_module(name)
        except BaseException as exc:  # handed to the main thread
            self.error = exc
            self.done.set()
            return
        finally:
            self.imported.set()
        try:
            self._open()
        except BaseException as exc:
            self.error = exc
        finally:
            self.done.set()

    def _open(self) -> None:
        from mediation_desk.services import accounts
        from mediation_desk.storage.book import NeedPassphrase, open_book
        from mediation_desk.storage.keys import KeyringStore

        self.keyring = keyring = KeyringStore()
        backup = _pre_upgrade_backup(self.paths)
        try:
            book = open_book(self.paths, None, keyring, backup_before_upgrade=backup)
        except NeedPassphrase as need:
            log.info("passphrase needed: %s", need.zh)
            if not self._env_phrase:
                raise
            try:
                book = open_book(self.paths, self._env_phrase, keyring, backup_before_upgrade=backup)
            except WrongKey:
                log.info("the passphrase from %s did not open the book", PASSPHRASE_ENV)
                raise
        self.book = book
        self.set_up = accounts.is_set_up(book.uow)
        org = accounts.get_organisation(book.uow) if self.set_up else None
        self.org_name = org.name if org else ""
        self.demo = book.is_demo


def _demo_passphrase_notice(paths: AppPaths) -> str:
    if not paths.is_demo_folder():  # the demo's passphrase is published: say it where it is asked
        return ""
    return "\n" + QCoreApplication.translate("app", "演示数据的案件库口令：{passphrase}").format(
        passphrase=DEMO_PASSPHRASE)


def _demo_login_hint() -> str:
    return QCoreApplication.translate("app", "演示数据：用户名 mediator（或 admin、arbitrator、clerk、lawyer），"
                                             "密码 {password}。").format(password=DEMO_PASSWORD)


def _unlock(paths: AppPaths, keyring: KeyringStore, env_phrase: str | None) -> Book | None:
    """Open the book at ``paths``: the keyring, else the flagged environment passphrase, else ask."""
    from mediation_desk.storage.book import NeedPassphrase

    def opener(phrase: str | None) -> Book:
        return _open_with(paths, keyring, phrase)

    try:
        return opener(None)
    except NeedPassphrase as need:
        log.info("passphrase needed: %s", need.zh)
        notice = need.text(current_lang())
    if env_phrase:
        try:
            return opener(env_phrase)
        except WrongKey as exc:
            log.info("the passphrase from %s did not open the book", PASSPHRASE_ENV)
            notice = exc.text(current_lang())
    return _ask_passphrase(paths, keyring, opener, notice)


def _ask_passphrase(paths: AppPaths, keyring: KeyringStore, opener: Callable[[str], Book], notice: str) -> Book | None:
    _explain_no_keyring(paths, keyring)
    dialog = UnlockDialog(paths.data_dir, opener, notice=notice + _demo_passphrase_notice(paths))
    return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def _open_with(paths: AppPaths, keyring: KeyringStore, phrase: str | None) -> Book:
    from mediation_desk.storage.book import open_book

    return open_book(paths, phrase, keyring, backup_before_upgrade=_pre_upgrade_backup(paths))


class _StartWhenPainted(QObject):
    """Start the loader once ``window`` has been painted (or after a moment at the latest): its imports
    hold Python's interpreter lock much of the time, and the first window comes first."""

    LATEST_MS = 300

    def __init__(self, window: QDialog, loader: BookLoader) -> None:
        super().__init__(window)
        self._loader = loader
        window.installEventFilter(self)
        QTimer.singleShot(self.LATEST_MS, self, self._start)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start)
        return False

    def _start(self) -> None:
        self._loader.start()


def _until_loaded(loader: BookLoader, window: QDialog) -> None:
    """Run the event loop (the user types in ``window``) until the loader is done or the window closed."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: loop.quit() if loader.done.is_set() or not window.isVisible() else None)
    timer.start()
    loop.exec()
    timer.stop()


def _open_existing(paths: AppPaths, env_phrase: str | None) -> Started:
    """The book exists: show the first window at once and open the book behind it.

    With the key in the keyring (the usual case) the first window is the log-in; where this PC's
    keyring did not work before (its explanation was given), it is the passphrase. Should the
    guess be wrong (the keyring lost the key), the log-in gives way to the passphrase as before."""
    loader = BookLoader(paths, env_phrase)
    reason_file = paths.keyring_explained_file
    if reason_file.exists() and not env_phrase:
        reason = reason_file.read_text("utf-8").strip() or "本机没有可用的系统密钥环"

        def opener(phrase: str) -> Book:
            loader.wait()  # the first attempt (keyring) has ended, and the modules are in
            if loader.book is not None:  # the keyring works again
                return loader.book
            if loader.error is not None and not isinstance(loader.error, BookError):
                raise loader.error
            assert loader.keyring is not None
            return _open_with(paths, loader.keyring, phrase)

        notice = BookError(f"{reason}，请输入案件库口令。", "Enter the case book's passphrase.").text(current_lang())
        dialog = UnlockDialog(paths.data_dir, opener, notice=notice + _demo_passphrase_notice(paths))
        _StartWhenPainted(dialog, loader)
        book = dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
        loader.wait()
        if loader.book is not None and loader.book is not book:
            loader.book.close()
        return Started(book)

    def log_in(username: str, password: str) -> Principal:
        loader.wait()
        if loader.book is None or not loader.set_up:  # the window gives way to another; nothing to say
            raise OperationCancelled()
        from mediation_desk.services import accounts

        return accounts.log_in(loader.book.uow, username=username, password=password)

    demo = paths.is_demo_folder()
    login = LoginDialog(QCoreApplication.translate("app", "正在打开案件库……"), log_in,
                        username="mediator" if demo else "", hint=_demo_login_hint() if demo else "")
    _StartWhenPainted(login, loader)
    login.show()
    _until_loaded(loader, login)
    if not login.isVisible():  # 取消 before the book was open
        loader.wait()
        return Started(loader.book, None, asked=True)
    error = loader.error
    if error is not None or loader.book is None or not loader.set_up:
        login.close()
        if error is None:  # a book whose creation was interrupted: set it up (main_gui)
            return Started(loader.book)
        from mediation_desk.storage.book import NeedPassphrase

        if isinstance(error, (WrongKey, NeedPassphrase)):
            keyring = loader.keyring
            assert keyring is not None
            return Started(_ask_passphrase(paths, keyring, lambda phrase: _open_with(paths, keyring, phrase),
                                           error.text(current_lang())))
        raise error
    login.ui.title.setText(loader.org_name)
    if loader.demo and not demo:
        login.username.setText("mediator")
        login.hint.setText(_demo_login_hint())
        login.hint.setVisible(True)
    if login.result() != QDialog.DialogCode.Accepted:
        login.exec()
    return Started(loader.book, login.principal, asked=True)


def _obtain_book(paths: AppPaths, env_phrase: str | None = None) -> Started:
    """Open the book at ``paths`` or, when there is none, run the first-run assistant."""
    if paths.book_exists():
        return _open_existing(paths, env_phrase)
    if paths.db_path.exists() or paths.key_path.exists():
        missing = paths.key_path if paths.db_path.exists() else paths.db_path
        raise BookError(f"案件库不完整：缺少文件 {missing}。请从备份恢复，或把缺少的文件放回原处。",
                        f"The case book is incomplete: {missing} is missing. Restore it from a backup.")
    from mediation_desk.first_start import first_start_actions
    from mediation_desk.storage.keys import MIN_PASSPHRASE_LEN, KeyringStore
    from mediation_desk.ui.dialogs.first_run import FirstRunAssistant

    keyring = KeyringStore()
    assistant = FirstRunAssistant(paths.data_dir, paths.demo().data_dir, first_start_actions(paths, keyring),
                                  min_length=MIN_PASSPHRASE_LEN)
    if assistant.exec() != QDialog.DialogCode.Accepted or assistant.outcome is None:
        return Started(None)
    outcome = assistant.outcome
    if outcome.kind == "opened" and outcome.folder is not None:
        chosen = AppPaths.resolve(outcome.folder)
        paths.remember(chosen)
        log.info("book folder chosen: %s", chosen.data_dir)
        return Started(_unlock(chosen, keyring, env_phrase))
    if outcome.kind == "created":
        _explain_no_keyring(paths, keyring)
    return Started(outcome.book, outcome.principal)


def _open_office(url: str, env_password: str | None = None) -> Any:
    """Connect to the office book at ``url``: the password from the keyring (when remembered), else the
    flagged environment variable, else asked. None when the user gives up."""
    from mediation_desk.storage.office import WrongDbPassword, database_url, open_office_book
    from mediation_desk.storage.office_profile import DbPasswordStore
    from mediation_desk.ui.dialogs.office_password import OfficePasswordDialog

    parsed = database_url(url)  # a malformed or insecure URL is refused before anything is asked
    store = DbPasswordStore()
    notice = ""
    for password, remembered in ((store.get(url), True), (env_password, False)):
        if not password:
            continue
        try:
            return open_office_book(url, password)
        except WrongDbPassword as exc:
            if remembered:
                store.forget(url)
            notice = exc.text(current_lang())

    def connect(password: str, remember: bool) -> Any:
        book = open_office_book(url, password)
        if remember:
            store.remember(url, password)
        return book

    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}（{parsed.username}）"
    dialog = OfficePasswordDialog(where, connect, notice=notice, can_remember=store.available)
    return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def _office_url(paths: AppPaths, database: str | None) -> str | None:
    """``--database``, else the server connection the first-run assistant kept, else None (a folder book)."""
    if database:
        return database
    if not (paths.data_dir / OFFICE_PROFILE_FILE).exists():  # a folder book: nothing more to import here
        return None
    from mediation_desk.storage.office_profile import load_profile

    profile = load_profile(paths.data_dir)
    return profile.url() if profile is not None else None


def _obtain_principal(book: Book) -> Principal | None:
    """A book without an organisation (its creation was interrupted): set it up. Else log in."""
    from mediation_desk.services import accounts

    uow = book.uow
    if not accounts.is_set_up(uow):
        from mediation_desk.ui.dialogs.setup import SetupDialog

        setup = SetupDialog(lambda org, username, display_name, password: accounts.setup_organisation(
            uow, org=org, admin_username=username, admin_display_name=display_name, admin_password=password))
        return setup.principal if setup.exec() == QDialog.DialogCode.Accepted else None
    org = accounts.get_organisation(uow)
    demo = book.is_demo
    login = LoginDialog(org.name if org else "", lambda username, password: accounts.log_in(
        uow, username=username, password=password), username="mediator" if demo else "",
        hint=_demo_login_hint() if demo else "")
    return login.principal if login.exec() == QDialog.DialogCode.Accepted else None


def _show_notices(notices: list[str]) -> None:
    if notices:
        QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("app", "提示"), "\n\n".join(notices),
                    QMessageBox.StandardButton.Ok).exec()


class LazyDocumentEngine:
    """The document engine, loaded on first use (docxtpl and reportlab are not needed to start)."""

    def __init__(self) -> None:
        self._engine = None
        self._source: Any = None

    def set_template_source(self, source: Any) -> None:
        """Where the organisation's own templates come from (``services.org_templates.template_source``)."""
        self._source = source
        if self._engine is not None:
            self._engine.template_source = source

    def __getattr__(self, name: str):  # noqa: ANN204 - delegates to DocumentEngine
        if self._engine is None:
            from mediation_desk.documents.engine import DocumentEngine

            self._engine = DocumentEngine(template_source=self._source)
        return getattr(self._engine, name)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None


def build_context(book: Book, principal: Principal, lang: str = "zh", log_file: Path | None = None,
                  renderer: object | None = None) -> DeskContext:
    """The UI's view of one open book: services' unit of work plus backup and verify as callables.

    The UI language and the log file named by the crash dialog are the application's
    (``ui.errors.set_app_state``); they are set here too for callers that skip ``main_gui``.
    """
    app = QCoreApplication.instance()
    if app is not None:
        set_app_state(app, lang=lang, log_file=log_file)
    renderer = renderer if renderer is not None else LazyDocumentEngine()
    attach = getattr(renderer, "set_template_source", None)
    if attach is not None:  # the organisation's own templates, from this book
        from mediation_desk.services.org_templates import template_source

        attach(template_source(book.uow))
    from mediation_desk.storage.maintenance import backup_to_folder, verify_book
    from mediation_desk.storage.vault import Vault
    from mediation_desk.ui.context import DeskContext

    return DeskContext(
        uow=book.uow,
        principal=principal,
        data_dir=book.paths.data_dir,
        book_label=str(book.paths.data_dir),
        backup_now=lambda folder, keep, progress: backup_to_folder(book, folder, keep, progress),
        verify=lambda progress: verify_book(book, progress),
        vault=Vault(book),
        default_backup_dir=book.paths.backups_dir,
        renderer=renderer,
        handoff=handoff_tools(book),
        watch_changes=getattr(book, "watch_changes", None),  # an office book tells of other desks' changes
    )


def build_office_context(book: Any, principal: Principal, paths: AppPaths, lang: str = "zh",
                         log_file: Path | None = None, renderer: object | None = None) -> DeskContext:
    """The UI's view of an office book: the same services; backups are the server administrator's and
    evidence files and signed packages are refused by the storage layer with a one-line reason."""
    from mediation_desk.storage.maintenance.office_verify import verify_office_book
    from mediation_desk.storage.office import NotInOfficeEdition
    from mediation_desk.storage.vault import Vault
    from mediation_desk.ui.context import DeskContext

    app = QCoreApplication.instance()
    if app is not None:
        set_app_state(app, lang=lang, log_file=log_file)
    renderer = renderer if renderer is not None else LazyDocumentEngine()
    attach = getattr(renderer, "set_template_source", None)
    if attach is not None:
        from mediation_desk.services.org_templates import template_source

        attach(template_source(book.uow))

    def no_backup(folder: Path, keep: int, progress: Any) -> Any:
        raise NotInOfficeEdition("在工作站上备份（服务器版案件库由服务器管理员备份数据库）",
                                 "backups from a desk (the server's administrator backs up the database)")

    url = book.url
    return DeskContext(
        uow=book.uow,
        principal=principal,
        data_dir=paths.data_dir,
        book_label=f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}",
        backup_now=no_backup,
        verify=lambda progress: verify_office_book(book),
        vault=Vault(book),
        default_backup_dir=None,
        renderer=renderer,
        handoff=handoff_tools(book),
        server_book=True,
        watch_changes=getattr(book, "watch_changes", None),  # other desks' changes, through LISTEN/NOTIFY
    )


def handoff_tools(book: Book) -> HandoffTools:
    """The court hand-off's key, anchor, package format and transport for the open book (the
    modules are imported when first used: nothing here slows the start)."""

    def signer(username: str) -> Any:
        from mediation_desk.storage.handoff_keys import BookSigner

        return BookSigner(book, actor=username)

    def anchor() -> Any:
        from mediation_desk.storage.maintenance.anchor import handoff_anchor

        return handoff_anchor(book)

    def transport() -> Any:
        from mediation_desk.handoff.transport import HttpsTransport

        return HttpsTransport()

    def public_keys(username: str, rotate: bool) -> list[dict[str, Any]]:
        from mediation_desk.storage.handoff_keys import BookSigner

        keys = BookSigner(book, actor=username)
        if rotate:
            keys.rotate()
        keys.ensure()
        return [k.entry() for k in keys.public_keys()]

    def writer() -> Any:
        from mediation_desk.handoff.writer import ZipPackageWriter

        return ZipPackageWriter()

    def reader() -> Any:
        from mediation_desk.handoff.reader import ZipPackageReader

        return ZipPackageReader()

    from mediation_desk.ui.context import HandoffTools

    return HandoffTools(signer=signer, anchor=anchor, writer=writer, reader=reader, transport=transport,
                        public_keys=public_keys)


START_PROBE_ENV = "MEDIATION_DESK_START_PROBE"


class _FirstWindowProbe(QObject):
    """``MEDIATION_DESK_START_PROBE=first-window`` (bench/startup.py): say READY on stdout when the first
    window is shown and close it, so that the time to the first window can be measured from outside,
    for the virtual environment and the bundle alike."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.seen and event.type() == QEvent.Type.Show and isinstance(obj, QDialog):
            self.seen = True
            QTimer.singleShot(0, lambda: (print("READY", flush=True), obj.reject()))
        return False


def main_gui(data_dir: Path | None, lang: str = "zh", *, passphrase_from_env: bool = False,
             database: str | None = None) -> int:
    """Run the desktop application on the book in ``data_dir`` (default: the user's data folder, or the
    folder chosen there at first start), or on the office book at ``database`` (or the server the
    first-run assistant connected to). ``passphrase_from_env``: unlock with ``MEDIATION_DESK_PASSPHRASE``
    (and an office book with ``MEDIATION_DESK_DB_PASSWORD``; kiosks and tests; ignored without the flag)."""
    lang = "en" if (lang or "").lower().startswith("en") else "zh"
    paths = AppPaths.resolve(data_dir).remembered()
    log_file, handler = setup_logging(paths.log_dir)
    log.info("mediation-desk %s starting (Python %s, Qt %s, %s); data %s; language %s", __version__,
             platform.python_version(), qVersion(), platform.platform(), paths.data_dir, lang)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    gc_guard.install(app)
    set_app_state(app, lang=lang, log_file=log_file)
    install_cjk_font(app, resource_path(*FONT_FILE))
    translators = install_translators(app, lang)
    previous_hook = sys.excepthook
    install_excepthook()
    probe = _FirstWindowProbe() if os.environ.get(START_PROBE_ENV) == "first-window" else None
    if probe is not None:
        app.installEventFilter(probe)
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # closing a start-up dialog must not end the later event loop

    book: Book | None = None
    renderer: LazyDocumentEngine | None = None
    try:
        try:
            office_url = _office_url(paths, database)
            if office_url:
                env_db = os.environ.get(DB_PASSWORD_ENV) if passphrase_from_env else None
                started = Started(_open_office(office_url, env_db or None))
            else:
                started = _obtain_book(paths, _env_passphrase(passphrase_from_env))
        except AppError as exc:
            show_error(None, exc)
            return 1
        book = started.book
        if book is None:
            return 0
        if book.upgraded_from:
            log.info("book upgraded from %s; backup %s", book.upgraded_from, book.pre_upgrade_backup)
        try:
            principal = started.principal if started.asked or started.principal else _obtain_principal(book)
        except AppError as exc:
            show_error(None, exc)
            return 1
        if principal is None:
            return 0
        log.info("logged in: %s (%s)", principal.username, principal.role.value)
        from mediation_desk.ui.main_window import MainWindow

        renderer = LazyDocumentEngine()
        from mediation_desk.storage.office import OfficeBook

        if isinstance(book, OfficeBook):
            ctx = build_office_context(book, principal, paths, lang, log_file, renderer)
        else:
            ctx = build_context(book, principal, lang, log_file, renderer)
        window = MainWindow(ctx)
        window.show()
        app.setQuitOnLastWindowClosed(True)
        return app.exec()
    finally:
        shutdown_tasks()
        if renderer is not None:
            renderer.close()
        if book is not None:
            book.close()
        if probe is not None:
            app.removeEventFilter(probe)
        for translator in translators:
            app.removeTranslator(translator)
        app.setQuitOnLastWindowClosed(quit_on_close)
        sys.excepthook = previous_hook
        log.info("mediation-desk stopped")
        if handler is not None:
            log.removeHandler(handler)
            handler.close()
