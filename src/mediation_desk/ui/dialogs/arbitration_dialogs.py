"""The small forms of the arbitration tab: each saves through one service call on the worker and
stays open, with the message at its field, when the input is refused."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QTimeEdit, QWidget

from mediation_desk.services import clock
from mediation_desk.domain.errors import AppError
from mediation_desk.services import arbitration as arb
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang

CST = datetime.now().astimezone().tzinfo


def date_edit(d: date | None = None) -> QDateEdit:
    d = d or clock.today()
    edit = QDateEdit(QDate(d.year, d.month, d.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def time_edit(t: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(t.hour, t.minute))
    edit.setDisplayFormat("HH:mm")
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
        if postpone:
            self.requested_by = self.form.add_field("requested_by", self.tr("申请人"), QLineEdit())
            self.requested_by.setPlaceholderText(self.tr("提出延期申请的当事人"))
            self.requested_on = self.form.add_field("requested_on", self.tr("申请日期"), date_edit())
            self.reason = self.form.add_field("reason", self.tr("延期理由"), QLineEdit())
            self.good_cause = self.form.add_field("good_cause", "", QCheckBox(self.tr("开庭前三日内提出，但确有正当理由")))
        self.day = self.form.add_field("starts_at", self.tr("开庭日期"), date_edit(day))
        self.start = self.form.add_field("start_time", self.tr("开始时间"), time_edit(time(9, 0)))
        self.end = self.form.add_field("ends_at", self.tr("结束时间"), time_edit(time(11, 0)))
        self.room = self.form.add_field("room", self.tr("仲裁庭室"), QLineEdit(room))
        self.room.setPlaceholderText(self.tr("例如：第一仲裁庭"))
        self.arbitrators = self.form.add_field("arbitrators", self.tr("仲裁员"), QLineEdit(arbitrators))
        self.arbitrators.setPlaceholderText(self.tr("多名仲裁员用顿号分隔；不改则为仲裁庭组成人员"))
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
        self.form.addRow(self.tr("开庭"), QLineEdit(hearing, readOnly=True))
        self.served_on = self.form.add_field("served_on", self.tr("送达日期"), date_edit())
        self.waived = self.form.add_field("waived", "", QCheckBox(self.tr("当事人书面同意放弃五日通知期限")))
        self.waiver_note = self.form.add_field("waiver_note", self.tr("放弃情况"), QLineEdit())
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"served_on": py_date(self.served_on), "waived": self.waived.isChecked(),
                "waiver_note": self.waiver_note.text()}


class AttendanceDialog(FormDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], *, hearing: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("记录开庭"), save, parent)
        self.form.addRow(self.tr("开庭"), QLineEdit(hearing, readOnly=True))
        self.applicant = self.form.add_field("applicant_present", "", QCheckBox(self.tr("申请人到庭")))
        self.applicant.setChecked(True)
        self.respondent = self.form.add_field("respondent_present", "", QCheckBox(self.tr("被申请人到庭")))
        self.respondent.setChecked(True)
        self.withdrawal = self.form.add_field("treat_as_withdrawal", "",
                                              QCheckBox(self.tr("申请人无正当理由拒不到庭，按撤回仲裁申请处理")))
        self.withdrawal.setChecked(True)
        self.record = self.form.add_field("record", self.tr("庭审记录摘要"), QPlainTextEdit())
        self.record.setMaximumHeight(100)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"applicant_present": self.applicant.isChecked(), "respondent_present": self.respondent.isChecked(),
                "treat_as_withdrawal": self.withdrawal.isChecked(), "record": self.record.toPlainText()}


class ExtensionDialog(FormDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("延长审理期限（十五日）"), save, parent)
        self.approved_on = self.form.add_field("approved_on", self.tr("批准日期"), date_edit())
        self.approver = self.form.add_field("approver", self.tr("批准人"), QLineEdit())
        self.approver.setPlaceholderText(self.tr("仲裁委员会主任或者其委托的仲裁院负责人"))
        self.reason = self.form.add_field("reason", self.tr("延期理由"), QLineEdit())
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"approved_on": py_date(self.approved_on), "approver": self.approver.text(),
                "reason": self.reason.text()}


class SuspensionDialog(FormDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("中止审理或公告期间"), save, parent)
        self.kind = self.form.add_field("kind", self.tr("种类"), QComboBox())
        self.kind.addItem(self.tr("中止审理"), arb.SUSPENSION)
        self.kind.addItem(self.tr("公告送达期间"), arb.PUBLIC_NOTICE)
        self.start = self.form.add_field("start", self.tr("开始日期"), date_edit())
        self.ended = QCheckBox(self.tr("已结束"))
        self.form.addRow("", self.ended)
        self.end = self.form.add_field("end", self.tr("结束日期"), date_edit())
        self.end.setEnabled(False)
        self.ended.toggled.connect(self.end.setEnabled)
        self.reason = self.form.add_field("reason", self.tr("理由"), QLineEdit())
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
        self.on = self.form.add_field(key, label, date_edit())
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {self.key: py_date(self.on)}


RESTART_LABELS = {"party_added": "追加当事人", "materials_supplemented": "补正申请材料", "claims_changed": "增加或者变更仲裁请求",
                  "counterclaim_joined": "被申请人提出反申请并合并审理", "transfer_received": "移送管辖后受理"}


class RestartDialog(FormDialog):
    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("仲裁期限重新计算"), save, parent)
        self.event_choice = self.form.add_field("event", self.tr("事由"), QComboBox())
        for code in arb.RESTART_EVENTS:
            self.event_choice.addItem(self.tr(RESTART_LABELS.get(code, code)), code)
        self.on = self.form.add_field("on", self.tr("日期"), date_edit())
        self.note = self.form.add_field("note", self.tr("情况说明"), QLineEdit())
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
        if award:
            self.form.addRow(self.tr("文书"), QLineEdit(award, readOnly=True))
            self.document_title = None
        else:
            self.document_title = self.form.add_field("document_title", self.tr("送达的文书"), QComboBox())
            self.document_title.setEditable(True)
            for title in documents:  # shown in the interface language; the Chinese title is recorded
                self.document_title.addItem(self.tr(title), title)
        self.recipient = self.form.add_field("party_id" if award else "recipient", self.tr("受送达人"), QComboBox())
        self.recipient.setEditable(not award)
        for pid, name in parties:
            self.recipient.addItem(name, pid)
        self.method = self.form.add_field("method", self.tr("送达方式"), QComboBox())
        for code, label in arb.SERVICE_METHODS.items():
            self.method.addItem(self.tr(label), code)
        self.consent = self.form.add_field("consent", "", QCheckBox(self.tr("受送达人同意电子送达")))
        self.sent_on = self.form.add_field("sent_on", self.tr("发出日期"), date_edit())
        self.has_served = QCheckBox(self.tr("回证注明的签收日期与发出日期不同"))
        self.form.addRow("", self.has_served)
        self.served_on = self.form.add_field("served_on", self.tr("签收日期"), date_edit())
        self.served_on.setEnabled(False)
        self.has_served.toggled.connect(self.served_on.setEnabled)
        self.signed_by = self.form.add_field("signed_by", self.tr("签收人"), QLineEdit())
        self.receipt = self.form.add_field("receipt", self.tr("回执或单号"), QLineEdit())
        self.address = self.form.add_field("address", self.tr("送达地址"), QLineEdit())
        self.event_choice = None
        if not award:
            self.event_choice = self.form.add_field("event", self.tr("送达产生的期限"), QComboBox())
            for code, label in SERVICE_EVENTS:
                self.event_choice.addItem(self.tr(label), code)
        self.note = self.form.add_field("note", self.tr("备注"), QLineEdit())
        self.note.setPlaceholderText(self.tr("留置送达请注明拒收情况及见证人"))
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
    """先行调解 succeeded: the 仲裁调解书's claims and agreed terms."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, claims: Sequence[str], arbitrators: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("仲裁调解书"), save, parent)
        self.mediated_on = self.form.add_field("mediated_on", self.tr("调解日期"), date_edit())
        self.claims = self.form.add_field("claims", self.tr("仲裁请求（每行一项）"), QPlainTextEdit("\n".join(claims)))
        self.claims.setMaximumHeight(90)
        self.agreement = self.form.add_field("agreement", self.tr("协议内容（每行一项）"), QPlainTextEdit())
        self.agreement.setMaximumHeight(110)
        self.agreement.setPlaceholderText(self.tr("例如：被申请人于2026年12月25日前向申请人支付工资4,430.50元"))
        self.arbitrators = self.form.add_field("arbitrators", self.tr("仲裁员"), QLineEdit(arbitrators))
        self.clerk = self.form.add_field("clerk", self.tr("书记员"), QLineEdit())
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"mediated_on": py_date(self.mediated_on), "claims": lines(self.claims.toPlainText()),
                "agreement": lines(self.agreement.toPlainText()),
                "arbitrators": [s.strip() for s in self.arbitrators.text().replace(",", "、").split("、") if s.strip()],
                "clerk": self.clerk.text()}


class ReasonDialog(FormDialog):
    """更正（新版本）: the reason of the correction."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, award: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("更正（新版本）"), save, parent)
        self.form.addRow(self.tr("更正的文书"), QLineEdit(award, readOnly=True))
        self.reason = self.form.add_field("reason", self.tr("更正理由"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("例如：第一项裁决金额计算错误"))
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.text()}


class RenderDialog(FormDialog):
    """The few values a document needs beyond what the case already holds, pre-filled."""

    def __init__(self, title: str, save: Callable[[dict[str, Any]], Any], fields: Sequence[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        self.edits: dict[str, QLineEdit] = {}
        for key, label, default in fields:
            self.edits[key] = self.form.add_field(key, label, QLineEdit(default))
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {k: e.text().strip() for k, e in self.edits.items()}
