"""The small forms of the arbitration tab: each saves through one service call on the worker and
stays open, with the message at its field, when the input is refused. Each is laid out in its Qt
Designer form ``ui/arbitration_<name>_dialog.ui``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QHeaderView, QLineEdit, QTableWidgetItem, QTimeEdit, QWidget

from mediation_desk.domain.errors import AppError
from mediation_desk.services import arbitration as arb
from mediation_desk.services import clock
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.forms.arbitration_attendance_dialog_ui import Ui_AttendanceDialog
from mediation_desk.ui.forms.arbitration_date_dialog_ui import Ui_DateDialog
from mediation_desk.ui.forms.arbitration_date_reason_dialog_ui import Ui_DateReasonDialog
from mediation_desk.ui.forms.arbitration_extension_dialog_ui import Ui_ExtensionDialog
from mediation_desk.ui.forms.arbitration_hearing_dialog_ui import Ui_HearingDialog
from mediation_desk.ui.forms.arbitration_mediation_dialog_ui import Ui_MediationDialog
from mediation_desk.ui.forms.arbitration_notice_dialog_ui import Ui_NoticeDialog
from mediation_desk.ui.forms.arbitration_reason_dialog_ui import Ui_ReasonDialog
from mediation_desk.ui.forms.arbitration_render_dialog_ui import Ui_RenderDialog
from mediation_desk.ui.forms.arbitration_restart_dialog_ui import Ui_RestartDialog
from mediation_desk.ui.forms.arbitration_service_dialog_ui import Ui_ServiceDialog
from mediation_desk.ui.forms.arbitration_suspension_dialog_ui import Ui_SuspensionDialog
from mediation_desk.ui.labels import label_text

CST = datetime.now().astimezone().tzinfo


def set_date(edit: QDateEdit, d: date | None = None) -> QDateEdit:
    """``edit`` showing ``d`` (by default today)."""
    d = d or clock.today()
    edit.setDate(QDate(d.year, d.month, d.day))
    return edit


def set_time(edit: QTimeEdit, t: time) -> QTimeEdit:
    edit.setTime(QTime(t.hour, t.minute))
    return edit


def py_date(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def at(day: date, edit: QTimeEdit) -> datetime:
    t = edit.time()
    return datetime(day.year, day.month, day.day, t.hour(), t.minute(), tzinfo=CST)


def lines(text: str) -> list[str]:
    return [s.strip() for s in text.splitlines() if s.strip()]


class FormDialog(TaskDialog):
    """``save(values)`` runs on the worker; ``values()`` reads the form (overridden)."""

    def __init__(self, title: str, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent, title)
        self._save = save
        self.refused: Callable[[AppError], Any] | None = None  # also told of a refusal (e.g. a double booking)
        self.setMinimumWidth(520)

    def values(self) -> dict[str, Any]:  # pragma: no cover - overridden
        return {}

    def hide_rows(self, layout: Any, *widgets: QWidget) -> None:
        """Rows of the form this use of the dialog does not ask for."""
        for widget in widgets:
            row, _role = layout.getWidgetPosition(widget)
            if row < 0:  # a keyed field sits in a box with its error line
                row, _role = layout.getWidgetPosition(widget.parentWidget())
            if row >= 0:
                layout.setRowVisible(row, False)

    def on_ok(self) -> None:
        self.submit(self.windowTitle(), self._save, self.values(), busy_text=self.tr("正在保存……"))

    def on_error(self, exc: AppError) -> None:
        self.show_message(exc.text(current_lang()))
        if self.refused is not None:
            self.refused(exc)


class HearingDialog(FormDialog):
    """安排开庭 (or, with ``postpone``, 延期开庭 with the request's details)."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, arbitrators: str, room: str = "",
                 day: date | None = None, postpone: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("延期开庭") if postpone else self.tr("安排开庭"), save, parent)
        self.postpone = postpone
        self.ui = ui = Ui_HearingDialog()
        self.use_form(ui, {"requested_by": "requested_by", "requested_on": "requested_on", "reason": "reason",
                           "good_cause": "good_cause", "starts_at": "day", "start_time": "start", "ends_at": "end",
                           "room": "room", "arbitrators": "arbitrators"})
        self.requested_by, self.requested_on, self.reason = ui.requested_by, set_date(ui.requested_on), ui.reason
        self.good_cause = ui.good_cause
        if not postpone:
            self.hide_rows(ui.fields, ui.requested_by, ui.requested_on, ui.reason, ui.good_cause)
        self.day = set_date(ui.day, day)
        self.start, self.end = set_time(ui.start, time(9, 0)), set_time(ui.end, time(11, 0))
        self.room, self.arbitrators = ui.room, ui.arbitrators
        self.room.setText(room)
        self.arbitrators.setText(arbitrators)
        self.default_arbitrators = arbitrators
        self.resolve: Callable[[dict[str, Any]], Any] | None = None  # arbitrator names -> references
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        day = py_date(self.day)
        v: dict[str, Any] = {"starts_at": at(day, self.start), "ends_at": at(day, self.end),
                             "room": self.room.text(), "arbitrators": self.arbitrators.text(),
                             "arbitrators_changed": self.arbitrators.text().strip() != self.default_arbitrators}
        v["refs"] = self.resolve(v) if self.resolve is not None else None
        if self.postpone:
            v.update(requested_by=self.requested_by.text(), requested_on=py_date(self.requested_on),
                     reason=self.reason.text(), good_cause=self.good_cause.isChecked())
        return v


class NoticeDialog(FormDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], *, hearing: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("送达开庭通知"), save, parent)
        self.ui = ui = Ui_NoticeDialog()
        self.use_form(ui, {"served_on": "served_on", "waived": "waived", "waiver_note": "waiver_note"})
        ui.hearing.setText(hearing)
        self.served_on, self.waived, self.waiver_note = set_date(ui.served_on), ui.waived, ui.waiver_note
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"served_on": py_date(self.served_on), "waived": self.waived.isChecked(),
                "waiver_note": self.waiver_note.text()}


class AttendanceDialog(FormDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], *, hearing: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("记录开庭"), save, parent)
        self.ui = ui = Ui_AttendanceDialog()
        self.use_form(ui, {"applicant_present": "applicant", "respondent_present": "respondent",
                           "treat_as_withdrawal": "withdrawal", "record": "record"})
        ui.hearing.setText(hearing)
        self.applicant, self.respondent, self.withdrawal = ui.applicant, ui.respondent, ui.withdrawal
        for check in (self.applicant, self.respondent, self.withdrawal):
            check.setChecked(True)
        self.record = ui.record
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"applicant_present": self.applicant.isChecked(), "respondent_present": self.respondent.isChecked(),
                "treat_as_withdrawal": self.withdrawal.isChecked(), "record": self.record.toPlainText()}


class ExtensionDialog(FormDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("延长审理期限（十五日）"), save, parent)
        self.ui = ui = Ui_ExtensionDialog()
        self.use_form(ui, {"approved_on": "approved_on", "approver": "approver", "reason": "reason"})
        self.approved_on, self.approver, self.reason = set_date(ui.approved_on), ui.approver, ui.reason
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"approved_on": py_date(self.approved_on), "approver": self.approver.text(),
                "reason": self.reason.text()}


class SuspensionDialog(FormDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("中止审理或公告期间"), save, parent)
        self.ui = ui = Ui_SuspensionDialog()
        self.use_form(ui, {"kind": "kind", "start": "start", "end": "end", "reason": "reason"})
        self.kind = ui.kind
        self.kind.addItem(self.tr("中止审理"), arb.SUSPENSION)
        self.kind.addItem(self.tr("公告送达期间"), arb.PUBLIC_NOTICE)
        self.start, self.ended, self.end, self.reason = set_date(ui.start), ui.ended, set_date(ui.end), ui.reason
        self.ended.toggled.connect(self.end.setEnabled)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "start": py_date(self.start),
                "end": py_date(self.end) if self.ended.isChecked() else None, "reason": self.reason.text()}


class DateDialog(FormDialog):
    """One date (e.g. the end of a suspension, the tribunal notice)."""

    def __init__(self, title: str, label: str, save: Callable[[dict[str, Any]], Any], *, key: str = "on",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        self.key = key
        self.ui = ui = Ui_DateDialog()
        self.use_form(ui, {key: "on"})
        ui.on_label.setText(label)
        self.on = set_date(ui.on)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {self.key: py_date(self.on)}


RESTART_LABELS = {"party_added": "追加当事人", "materials_supplemented": "补正申请材料", "claims_changed": "增加或者变更仲裁请求",
                  "counterclaim_joined": "被申请人提出反申请并合并审理", "transfer_received": "移送管辖后受理"}


class RestartDialog(FormDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("仲裁期限重新计算"), save, parent)
        self.ui = ui = Ui_RestartDialog()
        self.use_form(ui, {"event": "event_choice", "on": "on", "note": "note"})
        self.event_choice = ui.event_choice
        for code in arb.RESTART_EVENTS:
            self.event_choice.addItem(self.tr(RESTART_LABELS.get(code, code)), code)
        self.on, self.note = set_date(ui.on), ui.note
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"event": self.event_choice.currentData(), "on": py_date(self.on), "note": self.note.text()}


SERVICE_EVENTS = (("", "（不影响期限）"), ("application_copy_served", "仲裁申请书副本送达被申请人"),
                  ("defence_copy_served", "答辩书副本送达申请人"), ("tribunal_notified", "仲裁庭组成通知"))


class ServiceDialog(FormDialog):
    """送达回证: a document served on one recipient (or, with ``award``, an approved award)."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, parties: Sequence[tuple[int, str]],
                 documents: Sequence[str] = (), award: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("送达裁决书") if award else self.tr("登记送达"), save, parent)
        self.award = award
        self.ui = ui = Ui_ServiceDialog()
        keys = {"party_id" if award else "recipient": "recipient", "method": "method", "consent": "consent",
                "sent_on": "sent_on", "served_on": "served_on", "signed_by": "signed_by", "receipt": "receipt",
                "address": "address", "note": "note"}
        if not award:
            keys.update(document_title="document_title", event="event_choice")
        self.use_form(ui, keys)
        self.document_title: QComboBox | None = None
        self.event_choice: QComboBox | None = None
        if award:
            ui.award.setText(award)
            self.hide_rows(ui.fields, ui.document_title, ui.event_choice)
        else:
            self.hide_rows(ui.fields, ui.award)
            self.document_title = ui.document_title
            for title in documents:  # shown in the interface language; the Chinese title is recorded
                self.document_title.addItem(self.tr(title), title)
            self.event_choice = ui.event_choice
            for code, text in SERVICE_EVENTS:
                self.event_choice.addItem(self.tr(text), code)
        self.recipient = ui.recipient
        self.recipient.setEditable(not award)
        for pid, name in parties:
            self.recipient.addItem(name, pid)
        self.method = ui.method
        for code, text in arb.SERVICE_METHODS.items():
            self.method.addItem(self.tr(text), code)
        self.consent, self.sent_on, self.has_served = ui.consent, set_date(ui.sent_on), ui.has_served
        self.served_on = set_date(ui.served_on)
        self.has_served.toggled.connect(self.served_on.setEnabled)
        self.signed_by, self.receipt, self.address, self.note = ui.signed_by, ui.receipt, ui.address, ui.note
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        name = self.recipient.currentText().strip()
        pid = self.recipient.currentData() if self.recipient.findText(name) == self.recipient.currentIndex() else None
        return {"document_title": self._document_title(),
                "recipient": name, "party_id": pid, "method": self.method.currentData(),
                "consent": self.consent.isChecked(), "sent_on": py_date(self.sent_on),
                "served_on": py_date(self.served_on) if self.has_served.isChecked() else None,
                "signed_by": self.signed_by.text(), "receipt": self.receipt.text(), "address": self.address.text(),
                "event": self.event_choice.currentData() if self.event_choice is not None else "",
                "note": self.note.text()}

    def _document_title(self) -> str:
        return _chosen_or_typed(self.document_title) if self.document_title is not None else ""


def _chosen_or_typed(combo: QComboBox) -> str:
    """An editable combo's value: the data of the item shown (its Chinese text), or what was typed."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    return str(combo.itemData(index) or text) if index >= 0 else text


class MediationDialog(FormDialog):
    """先行调解 succeeded: the 仲裁调解书's claims and agreed terms, each term as who pays (or does)
    what, to whom, how much and by when -- like the items of a mediation agreement."""

    COLUMNS = 6  # obligor, jointly liable, obligee, content, amount, time limit

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, claims: Sequence[str], arbitrators: str,
                 parties: Sequence[tuple[str, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("仲裁调解书"), save, parent)
        self.setMinimumWidth(1100)
        self.parties = list(parties)  # (name, side label)
        self.ui = ui = Ui_MediationDialog()
        self.use_form(ui, {"mediated_on": "mediated_on", "claims": "claims", "agreement": "agreement_box",
                           "arbitrators": "arbitrators", "clerk": "clerk", "performance": "performance"})
        self.mediated_on, self.claims = set_date(ui.mediated_on), ui.claims
        self.claims.setPlainText("\n".join(claims))
        self.items = ui.items
        self.items.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 210), (1, 190), (2, 150), (4, 100), (5, 160)):
            self.items.setColumnWidth(col, width)
        self.add_button, self.remove_button = ui.add_button, ui.remove_button
        self.add_button.clicked.connect(lambda: self.add_item())
        self.remove_button.clicked.connect(self._remove)
        self.arbitrators, self.clerk, self.performance = ui.arbitrators, ui.clerk, ui.performance
        self.arbitrators.setText(arbitrators)
        self.add_item()
        self.finish_layout()

    def _party_combo(self, *, empty: str, side: str | None = None, chosen: str = "") -> QComboBox:
        combo = QComboBox()
        combo.addItem(empty, "")
        for name, label in self.parties:
            combo.addItem(f"{label_text(label)} {name}", name)
        index = combo.findData(chosen) if chosen else -1
        if index < 0 and side is not None:
            index = next((i for i in range(1, combo.count()) if self.parties[i - 1][1] == side), 0)
        combo.setCurrentIndex(max(0, index))
        return combo

    def add_item(self, obligor: str = "", obligee: str = "", content: str = "", amount: str = "",
                 due: str = "", joint_with: str = "") -> int:
        row = self.items.rowCount()
        self.items.insertRow(row)
        self.items.setCellWidget(row, 0, self._party_combo(empty=self.tr("（无，当事人声明）"), side="被申请人",
                                                           chosen=obligor))
        self.items.setCellWidget(row, 1, self._party_combo(empty=self.tr("（无）"), chosen=joint_with))
        self.items.setCellWidget(row, 2, self._party_combo(empty=self.tr("（无）"), side="申请人", chosen=obligee))
        for col, text in ((3, content), (4, amount), (5, due)):
            self.items.setItem(row, col, QTableWidgetItem(text))
        return row

    def _remove(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)

    def _text(self, row: int, col: int) -> str:
        item = self.items.item(row, col)
        return item.text().strip() if item is not None else ""

    def _data(self, row: int, col: int) -> str:
        w = self.items.cellWidget(row, col)
        return w.currentData() if isinstance(w, QComboBox) else ""

    def agreement(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.items.rowCount()):
            content = self._text(row, 3)
            if not content:
                continue
            obligor, joint_with, obligee = self._data(row, 0), self._data(row, 1), self._data(row, 2)
            due = self._text(row, 5).removesuffix("日").removesuffix("天").strip()
            item: dict[str, Any] = {"content": content, "amount": self._text(row, 4).replace(",", "") or None}
            if obligor:
                item["obligors"] = [obligor] + ([joint_with] if joint_with and joint_with != obligor else [])
                item["joint"] = len(item["obligors"]) > 1
            if obligee:
                item["obligee"] = obligee
            if due.isdigit():
                item["due_days"] = int(due)
            elif due:
                item["due_date"] = due
            out.append(item)
        return out

    def values(self) -> dict[str, Any]:
        return {"mediated_on": py_date(self.mediated_on), "claims": lines(self.claims.toPlainText()),
                "agreement": self.agreement(),
                "arbitrators": [s.strip() for s in self.arbitrators.text().replace(",", "、").split("、") if s.strip()],
                "clerk": self.clerk.text(), "performance": self.performance.text()}


class DateReasonDialog(FormDialog):
    """A dated decision with its reason or note (书面审理, 调解不成)."""

    def __init__(self, title: str, save: Callable[[dict[str, Any]], Any], *, date_label: str, reason_label: str,
                 placeholder: str = "", reason_key: str = "reason", parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        self.reason_key = reason_key
        self.ui = ui = Ui_DateReasonDialog()
        self.use_form(ui, {"on": "on", reason_key: "reason"})
        ui.on_label.setText(date_label)
        ui.reason_label.setText(reason_label)
        self.on, self.reason = set_date(ui.on), ui.reason
        self.reason.setPlaceholderText(placeholder)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"on": py_date(self.on), self.reason_key: self.reason.text()}


class ReasonDialog(FormDialog):
    """更正（新版本）: the reason of the correction."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, award: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("更正（新版本）"), save, parent)
        self.ui = ui = Ui_ReasonDialog()
        self.use_form(ui, {"reason": "reason"})
        ui.award.setText(award)
        self.reason = ui.reason
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.text()}


class RenderDialog(FormDialog):
    """The few values a document needs beyond what the case already holds, pre-filled."""

    def __init__(self, title: str, save: Callable[[dict[str, Any]], Any], fields: Sequence[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        self.ui = ui = Ui_RenderDialog()
        self.use_form(ui, {})
        self.edits: dict[str, QLineEdit] = {}
        for key, text, default in fields:  # which values depends on the document
            edit = QLineEdit(default)
            edit.setObjectName(key)
            ui.fields.addRow(text, edit)
            self.edits[key] = edit
        self.form.attach(ui.fields, self.edits)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {k: e.text().strip() for k, e in self.edits.items()}
