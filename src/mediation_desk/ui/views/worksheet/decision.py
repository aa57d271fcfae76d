"""The worksheet's decision (confirm or override the recommendation, with a reason) and the list
of its saved versions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.relationship import Assessment, RelationshipCategory
from mediation_desk.services import worksheets as ws
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.forms.worksheet_decision_section_ui import Ui_DecisionSection
from mediation_desk.ui.forms.worksheet_history_section_ui import Ui_HistorySection
from mediation_desk.ui.labels import format_datetime
from mediation_desk.ui.views.worksheet.widgets import category_label, tr_label


class DecisionSection(QWidget):
    """Confirm the recommendation or override it; compact, so that the recommendation above keeps
    the height on a 1366×768 screen (the decision in force is shown in the panel's top bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionSection()
        self.ui.setupUi(self)
        self.decision_box = self.ui.decision_box
        self.confirm_radio, self.override_radio = self.ui.confirm_radio, self.ui.override_radio
        self.final_category, self.reason = self.ui.final_category, self.ui.reason
        self.reason_error, self.save_button = self.ui.reason_error, self.ui.save_button
        self.assessment: Assessment | None = None  # the recommendation in view
        self._forced_override = False  # the override was chosen because nothing could be confirmed
        self.decision_group = QButtonGroup(self)
        self.decision_group.addButton(self.confirm_radio)
        self.decision_group.addButton(self.override_radio)
        for category in RelationshipCategory:
            self.final_category.addItem(tr_label(category.label), category.value)
        self.override_radio.toggled.connect(self._decision_changed)
        self.reason.setMaximumHeight(self.fontMetrics().height() * 3 + 12)
        self.reason_error.setStyleSheet(ERROR_STYLE)
        self.reason_error.hide()

    def reset(self) -> None:
        """No decision offered yet (a new case)."""
        self._forced_override = False
        self.offer(None)

    def clear(self) -> None:
        self.confirm_radio.setChecked(True)
        self.reason.clear()
        self.reason_error.hide()

    def override(self) -> bool:
        return self.override_radio.isChecked()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def show_error(self, text: str) -> None:
        self.reason_error.setText(text)
        self.reason_error.show()
        self.reason.setFocus()

    def _decision_changed(self, override: bool) -> None:
        self.final_category.setEnabled(override)
        a = self.assessment
        if override and a is not None and a.sufficient and self.final_category.currentData() == a.category:
            other = next(i for i in range(self.final_category.count())
                         if self.final_category.itemData(i) != a.category)
            self.final_category.setCurrentIndex(other)
        self.reason.setPlaceholderText(self.tr("理由（必填）：依据哪些事实和证据改定建议结论") if override else
                                       self.tr("理由（可选）：如有补充，写明依据的事实和证据"))

    def offer(self, a: Assessment | None) -> None:
        """Nothing can be confirmed while too little is known: the person decides with a reason."""
        can_confirm = a is None or a.score is None or a.sufficient  # nothing answered: nothing to decide yet
        self.confirm_radio.setEnabled(can_confirm)
        self.confirm_radio.setToolTip("" if can_confirm else self.tr(
            "信息不足，没有可以确认的建议结论；请先查明事实，或选择“改定为”并写明依据的事实和证据。"))
        if not can_confirm and self.confirm_radio.isChecked():
            self._forced_override = True
            self.override_radio.setChecked(True)
        elif can_confirm and self._forced_override:
            self._forced_override = False
            if not self.reason.toPlainText().strip():
                self.confirm_radio.setChecked(True)


class HistorySection(QWidget):
    """Every saved version: who decided what and when, and the reason of the one selected."""

    load_requested = Signal(object)  # the WorksheetVersion to put into the form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistorySection()
        self.ui.setupUi(self)
        self.history, self.history_reason = self.ui.history, self.ui.history_reason
        self.load_version_button = self.ui.load_version_button
        self.versions: list[ws.WorksheetVersion] = []
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.itemSelectionChanged.connect(self.selection_changed)
        self.history.itemDoubleClicked.connect(lambda _item: self.load_selected_version())
        self.load_version_button.clicked.connect(self.load_selected_version)

    def fill(self, versions: list[ws.WorksheetVersion]) -> None:
        self.versions = versions
        self.history.setRowCount(len(versions))
        for r, v in enumerate(versions):
            decision = self.tr("改定") if v.overridden else self.tr("确认")
            who = v.decided_by_name or v.decided_by
            recommended = (category_label(v.recommended_category) if v.assessment.get("sufficient", True)
                           else self.tr("信息不足"))
            cells = [self.tr("第{n}版").format(n=v.version), decision, category_label(v.final_category),
                     recommended, who, format_datetime(v.decided_at), v.chain_names]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(v.reason or text)
                if c == 1 and v.overridden:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.history.setItem(r, c, item)
        self.history_reason.setText("")
        self.load_version_button.setEnabled(False)

    def selection_changed(self) -> None:
        row = self.history.currentRow()
        if not (0 <= row < len(self.versions)) or not self.history.selectedItems():
            self.history_reason.setText("")
            self.load_version_button.setEnabled(False)
            return
        v = self.versions[row]
        self.history_reason.setText(self.tr("第{n}版理由：{reason}").format(n=v.version, reason=v.reason) if v.reason
                                    else self.tr("第{n}版未写理由。").format(n=v.version))
        self.load_version_button.setEnabled(True)

    def load_selected_version(self) -> None:
        row = self.history.currentRow()
        if 0 <= row < len(self.versions):
            self.load_requested.emit(self.versions[row])


__all__ = ["DecisionSection", "HistorySection"]
