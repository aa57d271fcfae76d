"""The base of a case view's tab (mediation, arbitration, legal aid, documents …).

Every tab does the same four things, and does them here once:

* it holds the case the user is looking at (``detail``) and forgets everything of the case the
  user left: :meth:`set_case` clears the tab when the case changes;
* it reads the case's state for the tab on the database worker (:meth:`read_state`, no Qt there)
  and shows it (:meth:`show_state`); a result of an earlier read, or of a case the user has left,
  is dropped (a generation counter), so a slow answer never paints over a newer one;
* it runs the tab's actions on the worker (:meth:`run_action`): the result is shown only while the
  user is still on the same case, and the state is read again afterwards;
* it shows a service's refusal (an ``AppError``) in the tab's message line, in the interface
  language, and leaves anything else to the application's crash path.

A subclass lays its widgets out (from its Qt Designer form), puts ``self.message`` and
``self.status`` where it wants them, and implements :meth:`read_state` and :meth:`show_state`;
:meth:`update_actions` enables the buttons the user's role and the case allow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from mediation_desk.domain.cases import CaseDetail
from mediation_desk.domain.errors import AppError
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import error_label
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import guarded


class CaseTab(QWidget):
    """One tab of the case view. See the module docstring."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CaseDetail | None = None
        self._generation = 0  # results of an earlier read (or an earlier case) are dropped
        self.message = error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)

    # ---- what a tab implements ----
    def read_title(self) -> str:
        """The name of the tab's read, as the progress and error dialogs show it."""
        return self.tr("读取案件")

    def read_state(self, case_id: int) -> Any:
        """The tab's state of case ``case_id``; runs on the database worker (no Qt here)."""
        raise NotImplementedError

    def show_state(self, state: Any) -> None:
        """Show what :meth:`read_state` returned; ``None``: no case (or the case was left)."""
        raise NotImplementedError

    def update_actions(self) -> None:
        """Enable the actions the user's role and the case allow (called on every case change)."""

    # ---- the case ----
    @property
    def case_id(self) -> int | None:
        return self.detail.summary.id if self.detail is not None else None

    def is_current(self, case_id: int | None) -> bool:
        """Whether the user is still on case ``case_id`` (a result of another case is not shown)."""
        return case_id is not None and self.case_id == case_id

    def set_case(self, detail: CaseDetail | None) -> None:
        same = detail is not None and self.detail is not None and detail.summary.id == self.detail.summary.id
        self.detail = detail
        self.message.hide()
        if not same:  # nothing of the case the user left: its state, its messages
            self._generation += 1
            self.status.clear()
            self.show_state(None)
        self.update_actions()
        self.reload()

    def reload(self) -> None:
        """Read the tab's state of the current case again; only the latest read is shown."""
        self._generation += 1
        generation = self._generation
        case_id = self.case_id
        if case_id is None:
            self.show_state(None)
            return

        def loaded(state: Any) -> None:
            if generation == self._generation and self.is_current(case_id):
                self.show_state(state)
                self.after_reload()

        def failed(exc: BaseException) -> bool:
            if generation != self._generation or not self.is_current(case_id):
                return True  # a refusal about a read nobody waits for any more
            return self.read_failed(exc)

        run_task(self, self.read_title(), lambda progress: self.read_state(case_id),
                 on_done=guarded(self, loaded), on_error=guarded(self, failed, True), show_progress=False)

    def after_reload(self) -> None:
        """Called after a read of the current case was shown (e.g. to restore a selection)."""

    def read_failed(self, exc: BaseException) -> bool:
        """The latest read of the current case failed: by default a refusal goes to the message line."""
        return self.say(exc)

    # ---- actions ----
    def run_action(self, title: str, work: Callable[[Any], Any], *,
                   done: Callable[[Any], None] | None = None,
                   failed: Callable[[BaseException], bool] | None = None,
                   show_progress: bool = True, reload_after: bool = True,
                   finished: Callable[[], None] | None = None) -> None:
        """Run ``work(progress)`` on the worker for the current case. On success ``done(result)``
        is called while the user is still on that case, then the state is read again; a refusal
        is shown in the message line (or given to ``failed``). ``finished()`` is called first when
        the work ends either way, whatever case the user is on by then."""
        case_id = self.case_id
        self.message.hide()

        def ok(result: Any) -> None:
            if finished is not None:
                finished()
            if not self.is_current(case_id):
                return  # done, but the user is on another case now
            if done is not None:
                done(result)
            if reload_after:
                self.reload()

        def bad(exc: BaseException) -> bool:
            if finished is not None:
                finished()
            if not self.is_current(case_id):
                return isinstance(exc, AppError)
            if failed is not None:
                return failed(exc)
            return self.say(exc)

        run_task(self, title, work, on_done=guarded(self, ok), on_error=guarded(self, bad, True),
                 show_progress=show_progress)

    # ---- messages ----
    def say(self, exc: BaseException) -> bool:
        """Show a service's refusal in the message line; ``False`` for anything else (a crash)."""
        if isinstance(exc, AppError):
            self.message.setText(exc.text(current_lang()))
            self.message.show()
            return True
        return False

    def say_text(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
