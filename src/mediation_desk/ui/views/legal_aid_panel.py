"""法律援助: eligibility under the Legal Aid Law, the referral and its letter, the centre's decision,
the lawyer assigned and the outcome, each dated, with the 7-day and 3-day clocks.

The layout is ``ui/legal_aid_panel.ui``; the tab reads and acts through ``CaseTab``."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.cases import CaseDetail
from mediation_desk.domain.deadlines import Deadline
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.legal_aid import Eligibility, Hardship, Referral, ReferralStatus
from mediation_desk.domain.users import Permission, Role
from mediation_desk.services import accounts, clock, legal_aid
from mediation_desk.services.deadlines import case_deadlines
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.forms.legal_aid_panel_ui import Ui_LegalAidPanel
from mediation_desk.ui.labels import format_date, label
from mediation_desk.ui.views.case_tab import CaseTab
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.documents_panel import document_title
from mediation_desk.ui.widgets import guarded

HARDSHIP = (("unknown", QT_TRANSLATE_NOOP("LegalAidPanel", "尚未核查")),
            ("meets_standard", QT_TRANSLATE_NOOP("LegalAidPanel", "符合本省经济困难标准")),
            ("not_met", QT_TRANSLATE_NOOP("LegalAidPanel", "不符合经济困难标准")))
_DONE_STYLE = "color: #1e6b35;"


def _e(text: object) -> str:
    return html.escape(str(text or ""))


def _today() -> QDate:
    today = clock.today()
    return QDate(today.year, today.month, today.day)


class LegalAidPanel(CaseTab):
    """The case's legal-aid referral. ``course`` shows the referral's course and clocks; ``notice``
    (the tab's status line) what the last step did, e.g. the letter made with its number."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.referral: Referral | None = None
        self.eligibility: Eligibility | None = None
        self.can_write = ctx.principal.can(Permission.REFER_LEGAL_AID)
        self.ui = ui = Ui_LegalAidPanel()
        ui.setupUi(self)
        self.migrant, self.has_agent, self.urgent, self.hardship = ui.migrant, ui.has_agent, ui.urgent, ui.hardship
        self.check_button, self.result, self.centre = ui.check_button, ui.result, ui.centre
        self.refer_date, self.refer_button, self.course = ui.refer_date, ui.refer_button, ui.course
        self.step_date, self.reason, self.lawyer = ui.step_date, ui.reason, ui.lawyer
        self.grant_button, self.refuse_button, self.assign_button = ui.grant_button, ui.refuse_button, ui.assign_button
        self.outcome_button, self.letter_button = ui.outcome_button, ui.letter_button
        for code, text in HARDSHIP:
            self.hardship.addItem(self.tr(text), code)
        for edit in (self.refer_date, self.step_date):
            edit.setDate(_today())
            edit.setMaximumDate(_today())
        self.check_button.clicked.connect(self.check_eligibility)
        self.refer_button.clicked.connect(self.refer)
        self.grant_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.assign_button.clicked.connect(self.assign)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.letter_button.clicked.connect(self.make_letter)
        self.notice = self.status
        self.notice.setStyleSheet(_DONE_STYLE)
        self.notice.hide()
        ui.course_column.addWidget(self.message)
        ui.course_column.addWidget(self.notice)
        self._load_choices()
        self.set_case(None)

    def _load_choices(self) -> None:
        """The legal-aid centres and the active lawyers, read on the worker."""
        uow, principal = self.ctx.uow, self.ctx.principal

        def read(progress: Any) -> tuple[list[str], list[tuple[str, int]]]:
            centres = [c["name"] for c in legal_aid.centres(uow)]
            lawyers = [(u.display_name, u.id) for u in accounts.list_users(uow, principal)
                       if u.role is Role.LEGAL_AID_LAWYER and u.active]
            return centres, lawyers

        def loaded(choices: tuple[list[str], list[tuple[str, int]]]) -> None:
            centres, lawyers = choices
            for name in centres:
                self.centre.addItem(name)
            for name, user_id in lawyers:
                self.lawyer.addItem(name, user_id)
            self._update_buttons()

        run_task(self, self.tr("读取援助机构和律师"), read, on_done=guarded(self, loaded), show_progress=False)

    # ---- state ----
    def set_case(self, detail: CaseDetail | None) -> None:
        same = detail is not None and self.detail is not None and detail.summary.id == self.detail.summary.id
        if not same:  # nothing of the case the user left; a reload of the same case keeps what is shown
            self.eligibility = None
            self.result.setHtml("")
            self.notice.hide()
            for box in (self.migrant, self.has_agent, self.urgent):
                box.setChecked(False)
            self.hardship.setCurrentIndex(0)
            self.reason.clear()
            self.lawyer.setCurrentIndex(-1)
            self.lawyer.setEditText("")
            for edit in (self.refer_date, self.step_date):
                edit.setDate(_today())
        self.referral = None
        super().set_case(detail)

    def read_title(self) -> str:
        return self.tr("读取法律援助")

    def read_state(self, case_id: int) -> tuple[list[Referral], list[Deadline]]:
        refs = legal_aid.list_referrals(self.ctx.uow, self.ctx.principal, case_id=case_id)
        clocks = [d for d in case_deadlines(self.ctx.uow, self.ctx.principal, case_id)
                  if d.code.startswith("legal_aid")]
        return refs, clocks

    def show_state(self, state: tuple[list[Referral], list[Deadline]] | None) -> None:
        refs, clocks = state if state is not None else ([], [])
        self.referral = refs[0] if refs else None
        self._show_referral(clocks)

    def update_actions(self) -> None:
        self.check_button.setEnabled(self.detail is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.referral
        s = r.status if r else None
        w = self.can_write and self.detail is not None
        self.refer_button.setEnabled(w and self.centre.count() > 0  # the centres are read on the worker
                                     and (r is None or s in (ReferralStatus.REFUSED, ReferralStatus.CONCLUDED)))
        self.grant_button.setEnabled(w and s is ReferralStatus.REFERRED)
        self.refuse_button.setEnabled(w and s is ReferralStatus.REFERRED)
        self.assign_button.setEnabled(w and s is ReferralStatus.ACCEPTED)
        # the assigned lawyer records the outcome of their own referral too
        own = (r is not None and r.lawyer_user_id is not None and r.lawyer_user_id == self.ctx.principal.user_id
               and self.ctx.principal.can(Permission.HANDLE_LEGAL_AID))
        self.outcome_button.setEnabled((w or own) and self.detail is not None and s is ReferralStatus.LAWYER_ASSIGNED)
        self.letter_button.setEnabled(w and r is not None and self.ctx.renderer is not None)

    def _show_referral(self, clocks: Any = ()) -> None:
        r = self.referral
        self._update_buttons()
        if r is None:
            none_yet = self.tr("本案尚未转介法律援助。")
            self.course.setHtml(f"<p>{_e(none_yet)}</p>")
            return
        rows = [(self.tr("法律援助机构"), r.centre), (self.tr("转介日期"), format_date(r.referred_on)),
                (self.tr("状态"), label(r.status))]
        if r.decided_on:
            rows.append((self.tr("决定日期"), format_date(r.decided_on) + (f"（{r.decision_reason}）" if r.decision_reason else "")))
        if r.lawyer_name:
            rows.append((self.tr("承办律师"), f"{r.lawyer_name}，{format_date(r.assigned_on)}"))
        if r.outcome:
            rows.append((self.tr("援助结果"), f"{r.outcome}，{format_date(r.outcome_on)}"))
        for d in clocks:
            due = format_date(d.due) if d.due else d.problem
            rows.append((d.name, f"{due}（{d.status.label}，{d.source}）"))
        body = "".join(f"<tr><th align=left>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
        self.course.setHtml(f"<table cellspacing=4>{body}</table>")

    # ---- actions ----
    def facts(self) -> legal_aid.AidFacts:
        return legal_aid.AidFacts(migrant_worker=self.migrant.isChecked(), has_agent=self.has_agent.isChecked(),
                                  hardship=Hardship(self.hardship.currentData()),
                                  urgent_preservation=self.urgent.isChecked())

    def check_eligibility(self) -> None:
        if self.detail is None:
            return
        case_id, facts = self.detail.summary.id, self.facts()
        self.run_action(self.tr("检查援助条件"),
                        lambda progress: legal_aid.check_case(self.ctx.uow, self.ctx.principal, case_id=case_id,
                                                              facts=facts),
                        done=self._checked, show_progress=False, reload_after=False)

    def _checked(self, e: Eligibility) -> None:
        self.eligibility = e
        colour = {"eligible": "#1b6e20", "pending_hardship": "#8a5a00", "not_eligible": "#b3261e"}[e.verdict.value]
        parts = [f"<h3 style='color:{colour}'>{_e(e.label)}</h3><ul>"]
        parts += [f"<li>{_e(r)}</li>" for r in e.reasons]
        parts.append("</ul>")
        self.result.setHtml("".join(parts))

    def _run(self, title: str, fn: Any, done_text: Any = None) -> None:
        self.notice.hide()  # the previous step's message; this step's result replaces it

        def done(result: Any) -> None:
            if done_text is not None:
                self.notice.setText(done_text(result))
                self.notice.show()

        def failed(exc: BaseException) -> bool:
            self.letter_button.setEnabled(self.can_write and self.referral is not None and self.ctx.renderer is not None)
            if isinstance(exc, ValidationError):
                self.say_text("；".join(exc.fields.values()) or exc.text(current_lang()))
                return True
            return self.say(exc)

        self.run_action(title, lambda progress: fn(), done=done, failed=failed, show_progress=False)

    def refer(self) -> None:
        if self.detail is None:
            return
        case_id, facts = self.detail.summary.id, self.facts()
        centre, on = self.centre.currentText(), self.refer_date.date().toPython()
        self._run(self.tr("转介"), lambda: legal_aid.refer(self.ctx.uow, self.ctx.principal, case_id=case_id,
                                                         centre=centre, facts=facts, on=on))

    def decide(self, granted: bool) -> None:
        if self.referral is None:
            return
        rid, on, reason = self.referral.id, self.step_date.date().toPython(), self.reason.text()
        self._run(self.tr("援助决定"), lambda: legal_aid.decide(self.ctx.uow, self.ctx.principal, referral_id=rid,
                                                            granted=granted, on=on, reason=reason))

    def assign(self) -> None:
        if self.referral is None:
            return
        rid, on = self.referral.id, self.step_date.date().toPython()
        user_id = self.lawyer.currentData() if self.lawyer.currentIndex() >= 0 and \
            self.lawyer.currentText() == self.lawyer.itemText(self.lawyer.currentIndex()) else None
        name = self.lawyer.currentText()
        self._run(self.tr("指派律师"), lambda: legal_aid.assign_lawyer(
            self.ctx.uow, self.ctx.principal, referral_id=rid, on=on, lawyer_user_id=user_id,
            lawyer_name="" if user_id is not None else name))

    def record_outcome(self) -> None:
        if self.referral is None:
            return
        rid, on, outcome = self.referral.id, self.step_date.date().toPython(), self.reason.text()
        self._run(self.tr("登记结果"), lambda: legal_aid.record_outcome(self.ctx.uow, self.ctx.principal,
                                                                      referral_id=rid, on=on, outcome=outcome))

    def make_letter(self) -> None:
        if self.referral is None or self.ctx.renderer is None:
            return
        rid = self.referral.id
        self.letter_button.setEnabled(False)  # one letter per click; enabled again when the panel reloads

        def made(view) -> str:  # noqa: ANN001
            return self.tr("已生成{title}（{number}，第{v}版），可在“文书”中导出或打开。").format(
                title=document_title(view.title), number=view.number, v=view.version)

        self._run(self.tr("生成转介函"), lambda: legal_aid.referral_letter(
            self.ctx.uow, self.ctx.renderer, self.ctx.principal, referral_id=rid,
            contact_person=self.ctx.principal.display_name), done_text=made)
