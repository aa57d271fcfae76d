"""Long and database work off the UI thread.

One serialised worker thread runs database work in submission order (SQLite has one writer).
Work marked ``background=True`` (reads the user did not ask for just now: the deadline reminder
at log-in, a page refreshing itself) waits while any other work is queued, so a search typed
right after log-in is not held behind them; among themselves both kinds keep submission order,
and work that has started always finishes before the next begins.
``run_task(parent, title, fn, *args, on_done=...)`` calls ``fn(*args, progress)`` on that thread,
where ``progress(done, total) -> bool`` reports progress and returns False once the user pressed
Cancel (the function then raises ``OperationCancelled``). A progress dialog with Cancel appears
if the work takes longer than a moment. Results and errors come back to the UI thread by signal:
``on_done(result)``; errors go to ``on_error(exc)`` if given and it returns True, otherwise
through ``ui.errors.show_error``. Cancellation is silent. When ``parent`` has been deleted by
the time the work ends, the callbacks are skipped (an error is still shown, without a parent).

Exit: the worker thread is stopped before Qt's objects are destroyed, on every way out: by
``shutdown_tasks`` (``main_gui`` calls it when its window has closed) and, for any other exit, by
an ``atexit`` handler that runs before PySide6's own clean-up (handlers run last registered first).
A window that closes cancels the background reads it started (``cancel_background_tasks``); work
the user asked for still finishes. A task whose Qt object is gone by the time the worker reports
is treated as cancelled instead of raising on the worker thread.
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections import deque
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from mediation_desk.domain.errors import AppError, OperationCancelled
from mediation_desk.log_privacy import format_exception
from mediation_desk.ui.errors import show_error

log = logging.getLogger("mediation_desk.ui.tasks")

SHOW_PROGRESS_AFTER_MS = 400
_PROGRESS_INTERVAL_S = 0.05
_INT_MAX = 2**31 - 1
_RUNNER_NAME = "mediationDeskTaskRunner"
_Item = tuple[Callable[[], None], threading.Event]



class Task(QObject):
    """One piece of work. Lives in the UI thread; ``execute`` runs on the worker thread.

    The worker never holds the last reference to anything the UI owns: the outcome is stored on
    the task (which the UI thread keeps) before the worker signals, the worker lets go of the task
    before it says it is done with it, and a failure's traceback is written to the log on the
    worker and then dropped, so no frame (with the dialogs its locals refer to) is freed off the
    UI thread. Freeing a Qt wrapper on another thread crashes the binding.
    """

    _progressed = Signal(object, object)
    _ended = Signal()
    finished = Signal()  # in the UI thread, after the callbacks

    def __init__(self, fn: Callable[..., Any], args: tuple, *, title: str,
                 on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], bool | None] | None,
                 on_cancelled: Callable[[], None] | None, error_parent: QWidget | None) -> None:
        super().__init__()
        self.fn, self.args, self.title = fn, args, title
        self._on_done, self._on_error, self._on_cancelled = on_done, on_error, on_cancelled
        self._error_parent = error_parent
        self._owned = error_parent is not None
        self._cancel = threading.Event()
        self.released = threading.Event()  # the worker thread holds no reference to this task any more
        self._outcome: tuple[str, Any] | None = None
        self._last_emit = 0.0
        self.dialog: QProgressDialog | None = None
        self.is_finished = False
        self.background = False
        self._progressed.connect(self._show_progress)
        self._ended.connect(self._end)

    # ---- any thread ----
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def parent_widget(self) -> QWidget | None:
        return self._error_parent

    # ---- worker thread ----
    def _say(self, signal: Any, *args: Any) -> None:
        """Emit ``signal``; when this task's Qt object is already gone (the application is ending), the
        work is cancelled instead (nobody is left to hear the answer)."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            self._cancel.set()

    def progress(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or now - self._last_emit >= _PROGRESS_INTERVAL_S:
            self._last_emit = now
            self._say(self._progressed, done, total)
        return not self._cancel.is_set()

    def execute(self) -> None:
        if self._cancel.is_set():
            self._outcome = ("cancelled", None)
        else:
            try:
                self._outcome = ("done", self.fn(*self.args, self.progress))
            except OperationCancelled:
                self._outcome = ("cancelled", None)
            except BaseException as exc:  # handed to the UI thread, which decides how to show it
                if not isinstance(exc, AppError):
                    exc.worker_traceback = format_exception(exc)  # type: ignore[attr-defined] - no personal data
                    log.error("error in %s:\n%s", self.title, exc.worker_traceback)  # type: ignore[attr-defined]
                exc.__traceback__ = None
                self._outcome = ("error", exc)
                del exc
        self._say(self._ended)

    # ---- UI thread ----
    def attach_dialog(self, parent: QWidget | None, label: str) -> None:
        dialog = QProgressDialog(label, QCoreApplication.translate("tasks", "取消"), 0, 0, parent)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, self, self._maybe_show_dialog)  # dropped if the task is gone

    @Slot()
    def _maybe_show_dialog(self) -> None:
        if self.dialog is not None and not self.is_finished and not self._cancel.is_set():
            self.dialog.show()

    @Slot(object, object)
    def _show_progress(self, done: object, total: object) -> None:
        if self.dialog is None or self.is_finished:
            return
        done_i, total_i = int(done), int(total)  # type: ignore[call-overload]
        if total_i > _INT_MAX:  # byte counts of large files
            done_i, total_i = done_i * 1000 // max(total_i, 1), 1000
        self.dialog.setMaximum(max(total_i, 0))
        self.dialog.setValue(max(0, min(done_i, total_i)))

    def _close(self) -> None:
        self.is_finished = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    @Slot()
    def _end(self) -> None:
        kind, value = self._outcome or ("cancelled", None)
        self._outcome = None
        self._close()
        try:
            if self._owned and not shiboken6.isValid(self._error_parent):
                # The screen that asked is gone (a case tab is discarded when the case changes): its
                # callbacks would touch deleted widgets. A failure is still said, without a parent.
                if kind == "error":
                    show_error(None, value)
                return
            if kind == "done":
                if self._on_done is not None:
                    self._on_done(value)
            elif kind == "error":
                handled = self._on_error(value) if self._on_error is not None else False
                if not handled:
                    parent = self._error_parent
                    if parent is not None and not shiboken6.isValid(parent):
                        parent = None
                    show_error(parent, value)
            elif self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self.finished.emit()


class TaskRunner(QObject):
    """The application's one database worker thread (a plain Python thread fed by two queues),
    owned by the QApplication. Work runs one piece at a time: the work the user is waiting for in
    submission order, background work in submission order whenever none of that is queued."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_RUNNER_NAME)
        self._ready = threading.Condition()
        self._lanes: tuple[deque[_Item], deque[_Item]] = (deque(), deque())  # (foreground, background)
        self._stopping = False
        self._pending: list[Task] = []
        self._thread = threading.Thread(target=self._loop, name="mediation-desk-db-worker", daemon=True)
        self._thread.start()

    def _next(self) -> _Item | None:
        with self._ready:
            while True:
                for lane in self._lanes:
                    if lane:
                        return lane.popleft()
                if self._stopping:
                    return None
                self._ready.wait()

    def _loop(self) -> None:
        while True:
            item = self._next()
            if item is None:
                return
            execute, released = item
            del item
            execute()
            del execute  # the last reference this thread had to the task
            released.set()

    @classmethod
    def instance(cls) -> "TaskRunner":
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QApplication")
        runner = app.findChild(QObject, _RUNNER_NAME)
        if isinstance(runner, TaskRunner) and runner._thread.is_alive():
            return runner
        return cls(app)

    @property
    def idle(self) -> bool:
        return all(t.is_finished for t in self._pending)

    @property
    def pending(self) -> list[Task]:
        return list(self._pending)

    def submit(self, task: Task, *, background: bool = False) -> None:
        task.background = background
        self._pending.append(task)
        task.finished.connect(self._forget)
        with self._ready:
            self._lanes[1 if background else 0].append((task.execute, task.released))
            self._ready.notify()

    @Slot()
    def _forget(self) -> None:
        # Drop a task only once the UI thread has run its callbacks and the worker has let go of it.
        self._pending = [t for t in self._pending if not (t.is_finished and t.released.is_set())]
        if any(t.is_finished for t in self._pending):
            QTimer.singleShot(20, self, self._forget)

    def shutdown(self, wait_ms: int = 30000) -> None:
        """Cancel what has not started, let the running work stop, end the thread."""
        for task in self._pending:
            task.cancel()
        with self._ready:  # what is queued still runs (cancelled, it ends at once), then the thread stops
            self._stopping = True
            self._ready.notify()
        self._thread.join(wait_ms / 1000)
        if self._thread.is_alive():
            log.warning("database worker did not stop within %d ms", wait_ms)
        self.setObjectName("")
        self.deleteLater()


def _runner() -> TaskRunner | None:
    app = QCoreApplication.instance()
    if app is None or not shiboken6.isValid(app):
        return None
    runner = app.findChild(QObject, _RUNNER_NAME)
    return runner if isinstance(runner, TaskRunner) else None


def shutdown_tasks(wait_ms: int = 30000) -> None:
    """Stop the worker thread (application exit, end of a test session)."""
    runner = _runner()
    if runner is not None:
        runner.shutdown(wait_ms)


def cancel_background_tasks(owner: QWidget) -> None:
    """Cancel the background reads started for ``owner`` or a widget inside it (its window is closing:
    nobody waits for them). Work the user asked for is left to finish."""
    runner = _runner()
    if runner is None:
        return
    for task in runner.pending:
        parent = task.parent_widget
        if task.background and not task.is_finished and parent is not None and shiboken6.isValid(parent) \
                and (parent is owner or owner.isAncestorOf(parent)):
            task.cancel()


# Any exit (a script, a test, a self-check that builds windows without ``main_gui``) stops the worker
# before PySide6's exit handler, registered when it was imported above, destroys the Qt objects.
atexit.register(shutdown_tasks)


def run_task(parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], bool | None] | None = None,
             on_cancelled: Callable[[], None] | None = None,
             label: str | None = None, show_progress: bool = True, background: bool = False) -> Task:
    """Run ``fn(*args, progress)`` on the database worker; see the module docstring.
    ``background``: a read nobody is waiting for just now, run when no other work is queued."""
    task = Task(fn, args, title=title, on_done=on_done, on_error=on_error, on_cancelled=on_cancelled,
                error_parent=parent)
    if show_progress:
        task.attach_dialog(parent, label or title)
    TaskRunner.instance().submit(task, background=background)
    return task
