"""Form rows with an error line under each field, filled from ``ValidationError.fields``."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDateTimeEdit, QDoubleSpinBox,
                               QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit,
                               QVBoxLayout, QWidget)

ERROR_STYLE = "color: #b3261e;"
NOTICE_STYLE = ("background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; padding: 8px; "
                "color: #4a3b00;")


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def on_edited(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever the user changes ``widget``'s value; for a composite widget, any of
    its editable children. Used to take a field's error away as soon as the field is corrected."""
    def fire(*_args: object) -> None:
        callback()

    for w in (widget, *widget.findChildren(QWidget)):
        if isinstance(w, QLineEdit):
            w.textEdited.connect(fire)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(fire)
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            if not w.isReadOnly():
                w.textChanged.connect(fire)
        elif isinstance(w, QDateTimeEdit):
            w.dateTimeChanged.connect(fire)
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            w.valueChanged.connect(fire)
        elif isinstance(w, QAbstractSpinBox):
            w.editingFinished.connect(fire)
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            w.toggled.connect(fire)


def notice_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(NOTICE_STYLE)
    label.setWordWrap(True)
    return label


class FieldErrors:
    """The error line under each field of a form, keyed like the service's ``ValidationError.fields``.

    Used for a form laid out in Qt Designer: :meth:`attach` puts an error line under a field of
    the form's ``QFormLayout`` in place, so the layout stays what the ``.ui`` file says."""

    def __init__(self) -> None:
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def _register(self, key: str, widget: QWidget, err: QLabel) -> None:
        self.fields[key] = widget
        self.errors[key] = err
        on_edited(widget, lambda: self.clear_error(key))

    def attach(self, layout: QFormLayout, fields: Mapping[str, QWidget]) -> None:
        """Give each of ``fields`` (key -> a field widget of ``layout``) an error line under it."""
        for key, widget in fields.items():
            row, role = layout.getWidgetPosition(widget)
            if row < 0:
                raise ValueError(f"{widget.objectName() or key} is not a field of {layout.objectName()}")
            layout.removeWidget(widget)
            box = QWidget(widget.parentWidget())
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            err = error_label()
            column.addWidget(err)
            layout.setWidget(row, role, box)
            self._register(key, widget, err)

    def clear_error(self, key: str) -> None:
        """Take ``key``'s error away (the field was edited: the message no longer describes it)."""
        label = self.errors.get(key)
        if label is not None and not label.isHidden():
            label.clear()
            label.hide()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_errors(self, fields: dict[str, str]) -> dict[str, str]:
        """Show each message under its field; return the ones no field here owns."""
        self.clear_errors()
        rest: dict[str, str] = {}
        first: QWidget | None = None
        for key, message in fields.items():
            label = self.errors.get(key)
            if label is None:
                rest[key] = message
                continue
            label.setText(message)
            label.show()
            if first is None:
                first = self.fields[key]
        if first is not None:
            first.setFocus()
        return rest

    def error_text(self, key: str) -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""


class FieldForm(QFormLayout):
    """A QFormLayout built in code whose fields are keyed like the service's ``ValidationError.fields``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._errors = FieldErrors()
        self.fields = self._errors.fields
        self.errors = self._errors.errors

    def add_field(self, key: str, text: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        err = error_label()
        column.addWidget(err)
        self.addRow(text, box)
        self._errors._register(key, widget, err)
        return widget

    def clear_error(self, key: str) -> None:
        self._errors.clear_error(key)

    def clear_errors(self) -> None:
        self._errors.clear_errors()

    def show_errors(self, fields: dict[str, str]) -> dict[str, str]:
        return self._errors.show_errors(fields)

    def error_text(self, key: str) -> str:
        return self._errors.error_text(key)
