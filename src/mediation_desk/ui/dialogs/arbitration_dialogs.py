"""The small forms of the arbitration tab: each saves through one service call on the worker and
stays open, with the message at its field, when the input is refused."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QTimeEdit, QVBoxLayout,
                               QWidget)

from mediation_desk.domain.errors import AppError
from mediation_desk.services import arbitration as arb
from mediation_desk.services import clock
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.labels import label_text

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
    """先行调解 succeeded: the 仲裁调解书's claims and agreed terms, each term as who pays (or does)
    what, to whom, how much and by when -- like the items of a mediation agreement."""

    COLUMNS = 6  # obligor, jointly liable, obligee, content, amount, time limit

    def __init__(self, save: Callable[[dict[str, Any]], Any], *, claims: Sequence[str], arbitrators: str,
                 parties: Sequence[tuple[str, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("仲裁调解书"), save, parent)
        self.setMinimumWidth(1100)
        self.parties = list(parties)  # (name, side label)
        self.mediated_on = self.form.add_field("mediated_on", self.tr("调解日期"), date_edit())
        self.claims = self.form.add_field("claims", self.tr("仲裁请求（每行一项）"), QPlainTextEdit("\n".join(claims)))
        self.claims.setMaximumHeight(80)
        self.items = QTableWidget(0, self.COLUMNS)
        self.items.setHorizontalHeaderLabels([self.tr("义务人"), self.tr("连带责任人"), self.tr("权利人"),
                                              self.tr("给付或履行的内容"), self.tr("金额（元）"),
                                              self.tr("履行期限（日期或天数）")])
        self.items.verticalHeader().hide()
        self.items.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 210), (1, 190), (2, 150), (4, 100), (5, 160)):
            self.items.setColumnWidth(col, width)
        self.items.setMinimumHeight(150)
        self.items.horizontalHeaderItem(5).setToolTip(self.tr("日期如2026-12-25；天数如10，即本调解书生效之日起十日内"))
        self.add_button = QPushButton(self.tr("添加一项"))
        self.add_button.clicked.connect(lambda: self.add_item())
        self.remove_button = QPushButton(self.tr("删除所选项"))
        self.remove_button.clicked.connect(self._remove)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.items)
        row = QHBoxLayout()
        hint = QLabel(self.tr("不写义务人的一项为当事人的声明，如“申请人放弃其他仲裁请求”。"))
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        col.addLayout(row)
        self.form.add_field("agreement", self.tr("协议内容"), box)
        self.arbitrators = self.form.add_field("arbitrators", self.tr("仲裁员"), QLineEdit(arbitrators))
        self.clerk = self.form.add_field("clerk", self.tr("书记员"), QLineEdit())
        self.performance = self.form.add_field("performance", self.tr("履行方式"), QLineEdit())
        self.performance.setPlaceholderText(self.tr("例如：款项一次性转入申请人本人的银行账户"))
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
        self.on = self.form.add_field("on", date_label, date_edit())
        self.reason = self.form.add_field(reason_key, reason_label, QLineEdit())
        self.reason.setPlaceholderText(placeholder)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"on": py_date(self.on), self.reason_key: self.reason.text()}


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
