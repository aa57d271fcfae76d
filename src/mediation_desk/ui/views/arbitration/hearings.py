"""仲裁庭与开庭: forming the tribunal and notifying the parties, and the hearing calendar -- a
hearing scheduled, its notice served, postponed, its attendance recorded, or a written review
decided instead. A double booking of an arbitrator or a room is refused with the service's message,
shown in the form and repeated under the calendar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.users import Role
from mediation_desk.services import arbitration as arb
from mediation_desk.services import clock
from mediation_desk.ui.dialogs import arbitration_dialogs as dlg
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.forms.arbitration_hearings_section_ui import Ui_HearingsSection
from mediation_desk.ui.views.arbitration.common import HEARING_STATUS, Ready, Section, fit_columns, label, names
from mediation_desk.ui.widgets import day_text, fill_table


class HearingsSection(Section):
    """The tribunal and the hearings; the layout is ``ui/arbitration_hearings_section.ui``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_HearingsSection()
        ui.setupUi(self)
        self.tribunal_kind = ui.tribunal_kind
        self.tribunal_kind.addItem(self.tr("独任仲裁"), 1)
        self.tribunal_kind.addItem(self.tr("三名仲裁员组成仲裁庭"), 3)
        self.tribunal_kind.currentIndexChanged.connect(self._tribunal_kind_changed)
        self.member_edits = [ui.member_0, ui.member_1, ui.member_2]
        self.member_labels = [ui.member_label_1, ui.member_label_2]
        self.formed_on, self.notify_now, self.tribunal_label = ui.formed_on, ui.notify_now, ui.tribunal_label
        self.notify_now.setChecked(True)
        self.tribunal_button, self.notify_button = ui.tribunal_button, ui.notify_button
        self.tribunal_button.clicked.connect(self.form_tribunal)
        self.notify_button.clicked.connect(lambda: self.open_notify_tribunal())
        self.hearings = ui.hearings
        fit_columns(self.hearings)
        self.hearings.itemSelectionChanged.connect(lambda: self.panel.update_actions())
        self.hearing_message = ui.hearing_message
        self.hearing_message.setStyleSheet(ERROR_STYLE)
        self.hearing_message.hide()
        self.schedule_button, self.notice_button = ui.schedule_button, ui.notice_button
        self.postpone_button, self.attendance_button = ui.postpone_button, ui.attendance_button
        self.written_button = ui.written_button
        self.tribunal_doc_button, self.hearing_doc_button = ui.tribunal_doc_button, ui.hearing_doc_button
        self.postponement_doc_button = ui.postponement_doc_button
        self.schedule_button.clicked.connect(lambda: self.open_schedule())
        self.notice_button.clicked.connect(lambda: self.open_notice())
        self.postpone_button.clicked.connect(lambda: self.open_postpone())
        self.attendance_button.clicked.connect(lambda: self.open_attendance())
        self.written_button.clicked.connect(lambda: self.open_written_review())
        self.tribunal_doc_button.clicked.connect(lambda: self.panel.render("tribunal_notice"))
        self.hearing_doc_button.clicked.connect(lambda: self.panel.render("hearing_notice"))
        self.postponement_doc_button.clicked.connect(lambda: self.panel.render("postponement_notice"))
        self._tribunal_kind_changed()

    def attach(self, panel: Any) -> None:
        super().attach(panel)
        principal = panel.ctx.principal
        for combo in self.member_edits:
            if principal.role is Role.ARBITRATOR:
                combo.addItem(principal.display_name, principal.user_id)
            combo.setCurrentText("")

    def clear(self) -> None:
        today = clock.today()
        self.formed_on.setDate(QDate(today.year, today.month, today.day))
        for combo in self.member_edits:
            combo.setCurrentText("")
        self.tribunal_kind.setCurrentIndex(0)
        self.hearing_message.clear()
        self.hearing_message.hide()

    def show_overview(self, overview: arb.ArbitrationOverview | None) -> None:
        t = overview.tribunal if overview else None
        if t is not None:
            text = self.tr("{kind}：{names}，{day}组庭").format(kind=label(t.kind_label), names=names(t.members),
                                                            day=day_text(t.formed_on))
            text += self.tr("，{day}已书面通知当事人。").format(day=day_text(t.notified_on)) if t.notified_on else \
                self.tr("，尚未通知当事人。")
            self.tribunal_label.setText(text)
        else:
            self.tribunal_label.setText(self.tr("尚未组成仲裁庭。"))
        rows = []
        for h in (overview.hearings if overview else ()):
            if h.applicant_present is None:
                attendance = ""
            else:
                attendance = "；".join([self.tr("申请人到庭") if h.applicant_present else self.tr("申请人缺席"),
                                       self.tr("被申请人到庭") if h.respondent_present else self.tr("被申请人缺席")])
            notice = day_text(h.notice_served_on) + (self.tr("（放弃期限）") if h.notice_waived else "")
            status = label(HEARING_STATUS.get(h.status, h.status))
            if h.status == "postponed" and h.postponement_reason:
                status += f"（{h.postponement_reason}）"
            rows.append([h.starts_at.date().isoformat(), f"{h.starts_at:%H:%M}–{h.ends_at:%H:%M}", h.room,
                         names(h.arbitrators), status, notice, attendance])
        fill_table(self.hearings, rows)

    def update_buttons(self, r: Ready) -> None:
        o = self.panel.overview
        self.tribunal_button.setEnabled(r.change and r.in_arb)
        t = o.tribunal if o else None
        self.notify_button.setEnabled(r.change and t is not None and t.notified_on is None)
        self.tribunal_doc_button.setEnabled(r.render and t is not None and r.accepted)
        h = self.current_hearing()
        scheduled = h is not None and h.status == "scheduled"
        self.schedule_button.setEnabled(r.change and r.in_arb)
        self.notice_button.setEnabled(r.change and scheduled)
        self.postpone_button.setEnabled(r.change and scheduled)
        self.attendance_button.setEnabled(r.change and scheduled and h is not None and h.day <= clock.today())
        self.hearing_doc_button.setEnabled(r.render and scheduled)
        self.postponement_doc_button.setEnabled(r.render and h is not None and h.status == "postponed")
        self.written_button.setEnabled(r.change and self.panel.can_draft and r.in_arb)

    def current_hearing(self) -> arb.Hearing | None:
        hearings = self.panel.overview.hearings if self.panel.overview else ()
        row = self.hearings.currentRow()
        return hearings[row] if 0 <= row < len(hearings) else None

    # ---- the tribunal
    def _tribunal_kind_changed(self, *_args: Any) -> None:
        three = self.tribunal_kind.currentData() == 3
        for w in (*self.member_edits[1:], *self.member_labels):
            w.setVisible(three)

    def _member_refs(self) -> list[arb.ArbitratorRef]:
        n = int(self.tribunal_kind.currentData())
        refs = []
        for combo in self.member_edits[:n]:
            name = combo.currentText().strip()
            index = combo.findText(name)
            user_id = combo.itemData(index) if index >= 0 and name else None
            refs.append(arb.ArbitratorRef(name=name, user_id=user_id))
        return refs

    def form_tribunal(self) -> None:
        panel = self.panel
        if panel.detail is None or not self.tribunal_button.isEnabled():
            return
        ctx, case_id = panel.ctx, panel.detail.summary.id
        members, formed_on = self._member_refs(), dlg.py_date(self.formed_on)
        notified_on = formed_on if self.notify_now.isChecked() else None

        def work(_progress: Any) -> arb.Tribunal:
            return arb.form_tribunal(ctx.uow, ctx.principal, case_id=case_id, members=members, formed_on=formed_on,
                                     notified_on=notified_on)

        panel.run(self.tr("组成仲裁庭"), work,
                  lambda t: panel.changed(self.tr("已组成仲裁庭：{names}。").format(names=names(t.members))))

    def open_notify_tribunal(self) -> dlg.FormDialog | None:
        panel = self.panel
        if panel.detail is None or panel.dialog is not None or not self.notify_button.isEnabled():
            return None
        ctx, case_id = panel.ctx, panel.detail.summary.id

        def save(v: dict[str, Any]) -> Any:
            return arb.notify_tribunal(ctx.uow, ctx.principal, case_id=case_id, notified_on=v["notified_on"])

        return panel.open(dlg.DateDialog(self.tr("仲裁庭组成通知"), self.tr("通知日期"), save, key="notified_on",
                                         parent=panel),
                          lambda t: t is not None and panel.changed(self.tr("已登记组庭通知。")))

    # ---- hearings
    def _hearing_refs(self, v: dict[str, Any]) -> list[arb.ArbitratorRef] | None:
        if not v.get("arbitrators_changed"):
            return None
        typed = [s.strip() for s in v["arbitrators"].replace(",", "、").replace("，", "、").split("、") if s.strip()]
        known = {}
        t = self.panel.overview.tribunal if self.panel.overview else None
        for m in (t.members if t else ()):
            known[m.name] = m
        principal = self.panel.ctx.principal
        if principal.role is Role.ARBITRATOR:
            known.setdefault(principal.display_name, arb.ArbitratorRef(principal.display_name, principal.user_id))
        return [known.get(n, arb.ArbitratorRef(name=n)) for n in typed]

    def _conflict(self, exc: BaseException) -> bool:
        """A refused booking is shown in the dialog; it is repeated under the calendar."""
        if isinstance(exc, AppError) and not isinstance(exc, ValidationError):
            self.hearing_message.setText(exc.text(current_lang()))
            self.hearing_message.show()
        return False

    def open_schedule(self) -> dlg.HearingDialog | None:
        panel = self.panel
        if panel.detail is None or panel.dialog is not None or not self.schedule_button.isEnabled():
            return None
        ctx, case_id = panel.ctx, panel.detail.summary.id
        last_room = panel.overview.hearings[-1].room if panel.overview and panel.overview.hearings else ""

        def save(v: dict[str, Any]) -> Any:
            return arb.schedule_hearing(ctx.uow, ctx.principal, case_id=case_id, starts_at=v["starts_at"],
                                        ends_at=v["ends_at"], room=v["room"], arbitrators=v["refs"])

        def saved(h: Any) -> None:
            if h is not None:
                self.hearing_message.hide()
                panel.changed(self.tr("已安排{day} {time}在{room}开庭；请在开庭五日前送达开庭通知（最迟{due}）。").format(
                    day=day_text(h.day), time=f"{h.starts_at:%H:%M}", room=h.room,
                    due=day_text(arb.hearing_notice_due(h.day))))

        dialog = dlg.HearingDialog(save, arbitrators=panel.tribunal_names(), room=last_room, parent=panel)
        dialog.resolve = self._hearing_refs
        dialog.refused = self._conflict
        return panel.open(dialog, saved)  # type: ignore[return-value]

    def open_notice(self) -> dlg.NoticeDialog | None:
        h, panel = self.current_hearing(), self.panel
        if h is None or panel.dialog is not None or not self.notice_button.isEnabled():
            return None
        ctx = panel.ctx

        def save(v: dict[str, Any]) -> Any:
            return arb.serve_hearing_notice(ctx.uow, ctx.principal, hearing_id=h.id, served_on=v["served_on"],
                                            waived=v["waived"], waiver_note=v["waiver_note"])

        text = f"{h.starts_at:%Y-%m-%d %H:%M} {h.room}"
        return panel.open(dlg.NoticeDialog(save, hearing=text, parent=panel),  # type: ignore[return-value]
                          lambda r: r is not None and panel.changed(self.tr("已登记开庭通知的送达。")))

    def open_postpone(self) -> dlg.HearingDialog | None:
        h, panel = self.current_hearing(), self.panel
        if h is None or panel.dialog is not None or not self.postpone_button.isEnabled():
            return None
        ctx = panel.ctx

        def save(v: dict[str, Any]) -> Any:
            return arb.postpone_hearing(ctx.uow, ctx.principal, hearing_id=h.id, requested_by=v["requested_by"],
                                        requested_on=v["requested_on"], reason=v["reason"],
                                        new_starts_at=v["starts_at"], new_ends_at=v["ends_at"], room=v["room"],
                                        good_cause=v["good_cause"])

        def saved(new: Any) -> None:
            if new is not None:
                self.hearing_message.hide()
                panel.changed(self.tr("已延期开庭，改于{day} {time}开庭；请重新送达开庭通知。").format(
                    day=day_text(new.day), time=f"{new.starts_at:%H:%M}"))

        dialog = dlg.HearingDialog(save, arbitrators=names(h.arbitrators), room=h.room, postpone=True, parent=panel)
        dialog.arbitrators.setEnabled(False)
        dialog.refused = self._conflict
        return panel.open(dialog, saved)  # type: ignore[return-value]

    def open_attendance(self) -> dlg.AttendanceDialog | None:
        h, panel = self.current_hearing(), self.panel
        if h is None or panel.dialog is not None or not self.attendance_button.isEnabled():
            return None
        ctx = panel.ctx

        def save(v: dict[str, Any]) -> Any:
            return arb.record_attendance(ctx.uow, ctx.principal, hearing_id=h.id, **v)

        def saved(r: Any) -> None:
            if r is None:
                return
            if not r.applicant_present:
                panel.changed(self.tr("已记录开庭：申请人未到庭，按撤回仲裁申请处理。"))
            elif not r.respondent_present:
                panel.changed(self.tr("已记录开庭：被申请人未到庭，可以缺席裁决。"))
            else:
                panel.changed(self.tr("已记录开庭。"))

        text = f"{h.starts_at:%Y-%m-%d %H:%M} {h.room}"
        return panel.open(dlg.AttendanceDialog(save, hearing=text, parent=panel), saved)  # type: ignore[return-value]

    def open_written_review(self) -> dlg.DateReasonDialog | None:
        panel = self.panel
        if panel.detail is None or panel.dialog is not None or not self.written_button.isEnabled():
            return None
        ctx, case_id = panel.ctx, panel.detail.summary.id

        def save(v: dict[str, Any]) -> Any:
            arb.decide_written_review(ctx.uow, ctx.principal, case_id=case_id, on=v["on"], reason=v["reason"])
            return True

        dialog = dlg.DateReasonDialog(self.tr("书面审理"), save, date_label=self.tr("决定日期"),
                                      reason_label=self.tr("理由"),
                                      placeholder=self.tr("例如：双方当事人书面同意不开庭，案件事实清楚"), parent=panel)
        return panel.open(dialog, lambda r: r and panel.changed(self.tr("已登记书面审理的决定。")))  # type: ignore[return-value]
