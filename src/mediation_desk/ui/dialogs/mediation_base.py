"""The base of the mediation panel's forms (a form that saves on the worker and stays open on
refused input) and the small conversions they share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mediation_desk.domain.errors import ValidationError
from mediation_desk.services import clock
from mediation_desk.services import mediation as mediation_service
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import date_edit as _date_edit_at, guarded as _guarded, to_qdate, yuan_or_blank

DEFAULT_METHOD = "银行转账"


def date_edit(d: date | None = None) -> QDateEdit:
    return _date_edit_at(d or clock.today())


def set_date(edit: QDateEdit, d: date | None = None) -> None:
    edit.setDate(to_qdate(d or clock.today()))


def set_time(edit: Any, t: time | None) -> None:
    edit.setTime(QTime(t.hour, t.minute) if t is not None else QTime(9, 0))


def from_qtime(q: QTime) -> time:
    return time(q.hour(), q.minute())


def session_times(s: mediation_service.MediationSession) -> str:
    if s.starts_at and s.ends_at:
        return f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"
    return ""


def yuan_text(value: Any) -> str:
    """An amount with its unit in the interface language."""
    text = yuan_or_blank(value)
    return f"{text[:-1]} yuan" if text.endswith("元") and current_lang() == "en" else text


def format_label(fmt: str) -> str:
    """The file kind as users know it: Word (DOCX) or PDF."""
    return QCoreApplication.translate("DocumentsPanel", "Word（DOCX）") if fmt.lower() == "docx" else fmt.upper()


class SaveDialog(QDialog):
    """A form that saves through ``save(values)`` on the worker; it stays open, with the message,
    when the input is refused, and closes with ``result_value`` set when saved."""

    def __init__(self, title: str, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.result_value: Any = None
        self.saving = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.body.addLayout(self.extra, 1)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def use_form(self, ui: Any, *, layout: str = "fields") -> None:
        """Lay the fields out from the dialog's Qt Designer form (compiled into ``ui.forms``):
        ``ui.setupUi`` builds them above the message line, and the form's ``QFormLayout`` named
        ``layout`` becomes ``self.form`` (a correction's reason is added to it)."""
        content = QWidget(self)
        ui.setupUi(content)
        self.body.removeItem(self.form)
        self.form.deleteLater()
        self.extra.addWidget(content, 1)
        self.form = getattr(ui, layout)

    def values(self) -> dict[str, Any]:  # overridden
        return {}

    def add_reason(self, placeholder: str) -> None:
        """A correction: the user must say why (kept in the audit record)."""
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(placeholder)
        self.form.addRow(QCoreApplication.translate("MediationDialogs", "理由"), self.reason_edit)

    def reason_text(self) -> str:
        edit = getattr(self, "reason_edit", None)
        return edit.text() if edit is not None else ""

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        if self.saving:
            return
        try:
            values = self.values()
        except ValidationError as exc:
            self.show_error("；".join(exc.fields.values()) or exc.zh)
            return
        self.saving = True
        self.buttons.setEnabled(False)
        self.show_error("")

        def done(result: Any) -> None:
            self.saving = False
            self.result_value = result
            self.accept()

        def failed(exc: BaseException) -> bool:
            self.saving = False
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.show_error("；".join(exc.fields.values()) or exc.zh)
                return True
            self.show_error(getattr(exc, "zh", "") or str(exc))
            return False

        run_task(self, self.windowTitle(), lambda _progress: self._save(values), on_done=_guarded(self, done),
                 on_error=_guarded(self, failed, True), show_progress=False)
