"""A dialog whose OK runs a service call on the worker and stays open on a correctable error."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import FieldErrors, FieldForm, error_label
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.screen_fit import fit_to_screen


class TaskDialog(QDialog):
    """``form`` holds the fields; ``message`` shows errors that belong to no field.

    Subclasses call ``submit(title, fn, *args)`` from ``accept``-time handlers; ``fn(*args)`` runs
    on the worker; its result lands in ``self.result_value`` and the dialog is accepted.
    """

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.result_value: Any = None
        self.busy = False
        self.form: FieldForm | FieldErrors = FieldForm()
        self.message = error_label()
        self.status = QLabel()
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.on_ok)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        fit_to_screen(self)  # a tall form on a 1366×768 screen keeps its buttons on the screen
        super().showEvent(event)

    def use_form(self, ui: Any, fields: Mapping[str, str], *, layout: str = "fields") -> None:
        """Lay the dialog's body out from its Qt Designer form (``ui/<name>.ui`` compiled into
        ``mediation_desk.ui.forms``): ``ui.setupUi`` builds the widgets into the body, and each of
        ``fields`` (error key -> object name of a field in the form's ``QFormLayout`` named
        ``layout``) gets its error line. Call :meth:`finish_layout` afterwards as usual."""
        content = QWidget(self)
        ui.setupUi(content)
        self.body.addWidget(content)
        self.form = FieldErrors()
        self.form.attach(getattr(ui, layout), {key: getattr(ui, name) for key, name in fields.items()})

    def finish_layout(self) -> None:
        if isinstance(self.form, FieldForm):
            self.body.addLayout(self.form)
        self.body.addWidget(self.message)
        self.body.addWidget(self.status)
        self.body.addWidget(self.buttons)

    @property
    def ok_button(self):  # noqa: ANN201
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # ---- to override ----
    def on_ok(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def on_error(self, exc: AppError) -> None:
        """An AppError other than a ValidationError: by default shown in the dialog."""
        self.show_message(exc.text(current_lang()))

    # ---- helpers ----
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear_messages(self) -> None:
        self.form.clear_errors()
        self.show_message("")

    def submit(self, title: str, fn: Callable[..., Any], *args: Any, busy_text: str = "") -> None:
        if self.busy:
            return
        self.clear_messages()
        self._set_busy(True, busy_text)

        def work(*a: Any) -> Any:
            return fn(*a[:-1])  # the last argument is the progress callback

        run_task(self, title, work, *args, on_done=self._work_done, on_error=self._work_failed, show_progress=False)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)
        self.status.setText(text)
        self.status.setVisible(busy and bool(text))
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _work_done(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self.accept()

    def _work_failed(self, exc: BaseException) -> bool:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            rest = self.form.show_errors(exc.fields)
            if rest or not exc.fields:
                self.show_message(exc.text(current_lang()))
            return True
        if isinstance(exc, AppError):
            self.on_error(exc)
            return True
        return False  # unexpected: the crash path

    def reject(self) -> None:
        if self.busy:
            return  # the work cannot be taken back half-way; wait for it
        super().reject()
