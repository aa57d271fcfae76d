"""Form rows with an error line under each field, filled from ``ValidationError.fields``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

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
        return widget

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
