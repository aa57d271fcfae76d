"""Form rows with an error line under each field, filled from ``ValidationError.fields``."""

from __future__ import annotations

from collections.abc import Callable

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


class FieldForm(QFormLayout):
    """A QFormLayout whose fields are keyed like the service's ``ValidationError.fields``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add_field(self, key: str, text: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        err = error_label()
        column.addWidget(err)
        self.addRow(text, box)
        self.fields[key] = widget
        self.errors[key] = err
        on_edited(widget, lambda: self.clear_error(key))
        return widget

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
