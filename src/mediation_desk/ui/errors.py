"""The one error path of the windows.

* ``AppError`` (and subclasses) -> a warning box with the error's own text in the UI language;
* ``OperationCancelled`` -> nothing (the user asked for it);
* anything else -> logged with its traceback, then a crash dialog that says where the log is.

The UI language and the log file are kept as properties of the QApplication (set by ``app.py``).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mediation_desk.domain.errors import AppError, OperationCancelled
from mediation_desk.log_privacy import app_error_text, format_exception

log = logging.getLogger("mediation_desk.ui")

LANG_PROPERTY = "mediationDeskLang"
LOG_FILE_PROPERTY = "mediationDeskLogFile"



def current_lang() -> str:
    app = QCoreApplication.instance()
    value = app.property(LANG_PROPERTY) if app is not None else None
    return "en" if isinstance(value, str) and value.startswith("en") else "zh"


def current_log_file() -> Path | None:
    app = QCoreApplication.instance()
    value = app.property(LOG_FILE_PROPERTY) if app is not None else None
    return Path(value) if value else None


def set_app_state(app: QCoreApplication, *, lang: str, log_file: Path | None) -> None:
    app.setProperty(LANG_PROPERTY, lang)
    app.setProperty(LOG_FILE_PROPERTY, str(log_file) if log_file else "")


def error_text(exc: BaseException) -> str:
    """What a user reads for an error (AppError in the UI language; others generic)."""
    if isinstance(exc, AppError):
        return exc.text(current_lang())
    return QCoreApplication.translate("errors", "程序出现意外错误。")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` to the user the one way errors are shown."""
    if isinstance(exc, OperationCancelled):
        return
    if isinstance(exc, AppError):
        log.info("%s: %s", type(exc).__name__, app_error_text(exc))
        title = QCoreApplication.translate("errors", "无法完成")
        box = QMessageBox(QMessageBox.Icon.Warning, title, exc.text(current_lang()), QMessageBox.StandardButton.Ok,
                          parent)
        if exc.detail:
            box.setDetailedText(exc.detail)
        box.exec()
        return
    report_crash(type(exc), exc, exc.__traceback__, parent)


_in_crash_dialog = False


def report_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 parent: QWidget | None = None) -> None:
    """Log an unexpected error with its traceback and tell the user where the log is."""
    global _in_crash_dialog  # guards against a cascade of dialogs, not shared state
    worker_tb = getattr(exc, "worker_traceback", "")  # an error from the worker thread, logged there
    if not worker_tb:
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
    if _in_crash_dialog or QApplication.instance() is None:
        return
    log_file = current_log_file()
    where = str(log_file) if log_file else QCoreApplication.translate("errors", "（未设置日志文件）")
    text = QCoreApplication.translate(
        "errors", "程序出现意外错误，刚才的操作可能没有完成。已保存的数据不受影响。\n\n"
                  "错误详情已写入日志文件：\n{log}\n\n请把这个文件交给技术支持人员。").format(log=where)
    title = QCoreApplication.translate("errors", "程序错误")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                      parent or QApplication.activeWindow())
    box.setDetailedText(worker_tb or format_exception(exc, tb))
    _in_crash_dialog = True
    try:
        box.exec()
    finally:
        _in_crash_dialog = False


def install_excepthook() -> None:
    """Unhandled exceptions (for example in a slot) are logged and shown as a crash dialog."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):  # noqa: ANN001, ANN202
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        if issubclass(exc_type, OperationCancelled):
            return
        if isinstance(exc, AppError):
            show_error(None, exc)
            return
        report_crash(exc_type, exc, tb)

    sys.excepthook = hook
