"""仲裁: one case at the labour arbitration commission, one section each -- the acceptance review
against the conditions (with the 5-day clock), the tribunal and the hearing calendar, the award
period (extension, suspensions, restarts), service records, 先行调解 and the structured award.

The panel is the case tab: it reads the case's arbitration overview on the worker, hands it to the
sections, runs their actions and forms one at a time, and shows the clocks and the outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.cases import CaseDetail, CaseStatus, PartySide
from mediation_desk.services.deadlines import due_date
from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.users import OrgKind, Permission
from mediation_desk.services import accounts, clock
from mediation_desk.services import arbitration as arb
from mediation_desk.services import evidence as evidence_service
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs import arbitration_dialogs as dlg
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.forms.arbitration_panel_ui import Ui_ArbitrationPanel
from mediation_desk.ui.labels import label as label_of
from mediation_desk.ui.views.arbitration.common import (OK_STYLE, OVERDUE_STYLE, WARN_STYLE, Loaded, Ready, Section,
                                                       label, names, problem)
from mediation_desk.ui.views.arbitration.documents import ArbitrationDocuments
from mediation_desk.ui.views.case_tab import CaseTab
from mediation_desk.ui.widgets import day_text

# what the tab offers of its sections (e.g. ``panel.decide_button``), by section
_SHOWN = {
    "review": ("condition_checks", "condition_notes", "competent_commission", "decide_button", "decision_label",
               "employer_seat", "performance_place", "jurisdiction_label", "reasons", "review_doc_buttons",
               "review_result", "check_jurisdiction"),
    "hearings_section": ("hearing_message", "hearings", "tribunal_button", "tribunal_label", "open_schedule"),
    "period": ("deadlines", "suspensions"),
    "service": ("services", "party_deadlines"),
    "mediation": ("mediations", "open_mediation"),
    "awards": ("award", "versions", "correct_button", "serve_button", "open_correction", "save_draft", "editor"),
}
_EDITOR = ("add_fact", "add_ruling", "approve_button", "award_message", "classification_label", "legal_basis",
           "livelihood", "lock_label", "provisional", "reasoning", "rights_clear", "rights_label", "rulings",
           "rulings_model", "facts", "facts_model", "rulings_from_claims", "read_draft", "refresh_classification",
           "save_button")


class ArbitrationPanel(CaseTab):
    """The arbitration of the case given to ``set_case``; the layout is ``ui/arbitration_panel.ui``.
    ``case_changed`` is emitted after the case's status, events or deadlines changed."""

    case_changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: arb.ArbitrationOverview | None = None
        self.evidence: list[Any] = []
        self.party_rows: list[arb.PartyDeadline] = []
        self.loading = False
        self.busy = False
        self.dialog: dlg.FormDialog | None = None
        self._select_award: int | None = None
        p = ctx.principal
        self.can_view = p.can(Permission.VIEW_CASES)
        self.can_change = p.can(Permission.CONDUCT_ARBITRATION)
        self.can_draft = p.can(Permission.DRAFT_AWARD)
        self.can_approve = p.can(Permission.APPROVE_AWARD)
        self.can_render = (p.can(Permission.MANAGE_EVIDENCE) and p.can(Permission.CONDUCT_ARBITRATION)
                           and ctx.renderer is not None)
        try:
            org = accounts.get_organisation(ctx.uow)
        except AppError:
            org = None
        # only a commission's book accepts, hears and awards (the services refuse the others too)
        self.is_commission = org is not None and org.kind is OrgKind.ARBITRATION
        self.documents = ArbitrationDocuments(self)

        self.ui = ui = Ui_ArbitrationPanel()
        ui.setupUi(self)
        self.heading, self.clock_label, self.sections = ui.heading, ui.clock_label, ui.sections
        self.review, self.hearings_section, self.period = ui.review, ui.hearings_section, ui.period
        self.service, self.mediation, self.awards = ui.service, ui.mediation, ui.awards
        for section in self.all_sections():
            section.attach(self)
        self.status_label = self.status
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        ui.column.addWidget(self.message)
        ui.column.addWidget(self.status_label)
        if not self.is_commission:
            self.sections.setEnabled(False)
            self.clock_label.setText(self.tr("本机构不是劳动人事争议仲裁委员会，不能办理仲裁受理、开庭和裁决。"))
        self.set_case(None)

    def all_sections(self) -> tuple[Section, ...]:
        return (self.review, self.hearings_section, self.period, self.service, self.mediation, self.awards)

    @property
    def editor_locked(self) -> bool:
        return self.awards.editor.locked

    # ------------------------------------------------------------------ the case
    def set_case(self, detail: CaseDetail | None) -> None:
        same = detail is not None and self.detail is not None and detail.summary.id == self.detail.summary.id
        if not same:
            self.overview = None
            self.evidence = []
            self.party_rows = []
            self._select_award = None
            if self.dialog is not None:  # a form of the previous case never saves onto this one
                self.dialog.reject()
                self.dialog = None
            self.show_status("")
            for section in self.all_sections():
                section.clear()
        super().set_case(detail)

    def read_title(self) -> str:
        return self.tr("读取仲裁情况")

    def reload(self, *, select_award: int | None = None) -> None:
        if select_award is not None:
            self._select_award = select_award
        self.loading = self.case_id is not None and self.can_view
        self.update_actions()
        super().reload()

    def read_state(self, case_id: int) -> Loaded | None:
        ctx = self.ctx
        if not self.can_view:
            return None
        overview = arb.arbitration_overview(ctx.uow, ctx.principal, case_id)
        items = evidence_service.list_evidence(ctx.uow, ctx.principal, case_id=case_id)
        deadlines = arb.party_deadlines(ctx.uow, ctx.principal, case_id=case_id)
        return Loaded(overview, items, deadlines)

    def read_failed(self, exc: BaseException) -> bool:
        self.loading = False
        self.update_actions()
        return super().read_failed(exc)

    def show_state(self, state: Loaded | None) -> None:
        self.loading = False
        award = self.awards.award
        keep = self._select_award if self._select_award is not None else (award.id if award else None)
        self._select_award = None
        self.overview = state.overview if state is not None else None
        self.evidence = state.evidence if state is not None else []
        self.party_rows = state.party_deadlines if state is not None else []
        self._show_clock()
        for section in self.all_sections():
            section.show_overview(self.overview)
        self.awards.show_awards(keep)
        self.update_actions()

    def changed(self, message: str, *, select_award: int | None = None) -> None:
        """An action changed the case: say so, read the case again, tell the case view."""
        self.show_status(message)
        self.reload(select_award=select_award)
        self.case_changed.emit()

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status_label.setVisible(bool(text))

    # ------------------------------------------------------------------ showing
    def _show_clock(self) -> None:
        o = self.overview
        self.clock_label.setStyleSheet("")
        if not self.is_commission:
            return
        if o is None:
            self.clock_label.setText("")
            return
        today = clock.today()
        parts = [self.tr("案件状态：{status}").format(status=label_of(o.status))]  # type: ignore[attr-defined]
        style = ""
        for code in ("acceptance_decision", "award"):
            d = next((x for x in o.deadlines if x.code == code), None)
            due = d.due if d is not None else None
            if code == "acceptance_decision" and due is None and self.detail is not None and \
                    o.status in (CaseStatus.INTAKE, CaseStatus.ACCEPTANCE_REVIEW):
                try:  # the commission's 5-working-day clock from the receipt of the application
                    due = due_date("acceptance_decision", self.detail.summary.received_on)
                except Exception:  # noqa: BLE001 - a calendar gap: no clock to show
                    due = None
            name = self.tr("受理审查期限（5日）") if code == "acceptance_decision" else self.tr("仲裁审理期限")
            if due is None:
                if d is not None and getattr(d, "problem", ""):
                    parts.append(self.tr("{name}：{problem}").format(name=name, problem=problem(d.problem)))
                continue
            left = (due - today).days
            if left < 0:
                parts.append(self.tr("{name}已于{due}届满，已逾期 {n} 天").format(name=name, due=day_text(due), n=-left))
                style = OVERDUE_STYLE
            else:
                parts.append(self.tr("{name}至{due}届满，还剩 {n} 天").format(name=name, due=day_text(due), n=left))
                if left <= 2 and style != OVERDUE_STYLE:
                    style = WARN_STYLE
        self.clock_label.setText(self.tr("；").join(parts) + self.tr("。"))
        self.clock_label.setStyleSheet(style)

    def update_actions(self) -> None:
        o = self.overview
        ready = o is not None and not self.loading and not self.busy and self.dialog is None and self.is_commission
        status = o.status if o else None
        review = o.review if o else None
        r = Ready(ready=ready, change=ready and self.can_change, render=ready and self.can_render,
                  in_review=status in (CaseStatus.INTAKE, CaseStatus.ACCEPTANCE_REVIEW),
                  in_arb=status is CaseStatus.ARBITRATION,
                  accepted=review is not None and review.decision == arb.ACCEPT)
        for section in self.all_sections():
            section.update_buttons(r)

    # ------------------------------------------------------------------ running
    def run(self, title: str, work: Callable[[Any], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], bool] | None = None) -> None:
        """Run a section's action on the worker; the buttons wait for it. A refusal goes to
        ``failed`` or else to the status line."""
        self.busy = True
        self.update_actions()

        def finished() -> None:
            self.busy = False
            self.update_actions()

        def refused(exc: BaseException) -> bool:
            if failed is not None and failed(exc):
                return True
            if isinstance(exc, AppError):
                if isinstance(exc, ValidationError) and exc.fields:
                    self.show_status("；".join(exc.fields.values()), error=True)
                else:
                    self.show_status(exc.text(current_lang()), error=True)
                return True
            return False

        self.run_action(title, work, done=done, failed=refused, show_progress=False, reload_after=False,
                        finished=finished)

    def open(self, dialog: dlg.FormDialog, on_saved: Callable[[Any], None]) -> dlg.FormDialog:
        """Open a section's form; the other actions wait until it is closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_saved(dialog.result_value))
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        self.update_actions()
        dialog.open()
        return dialog

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.update_actions()

    def render(self, template: str) -> dlg.RenderDialog | None:
        return self.documents.render(template)

    # ------------------------------------------------------------------ what several sections use
    def tribunal_names(self) -> str:
        t = self.overview.tribunal if self.overview else None
        return names(t.members) if t else ""

    def parties(self) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in self.detail.parties] if self.detail else []

    def served(self, r: Any) -> None:
        if r is not None:
            self.changed(self.tr("已登记送达：{doc}于{day}送达{who}。").format(
                doc=r.document_title, day=day_text(r.served_on), who=r.recipient))

    def open_serve_award(self, award: arb.Award | None) -> dlg.ServiceDialog | None:
        """Serve an approved award or arbitral mediation statement on a party."""
        if award is None or self.dialog is not None or award.status != "approved" or self.detail is None:
            return None
        ctx = self.ctx
        parties = [(p.id, p.name) for p in self.detail.parties if p.side in (PartySide.APPLICANT, PartySide.RESPONDENT)]

        def save(v: dict[str, Any]) -> Any:
            return arb.serve_award(ctx.uow, ctx.principal, award_id=award.id, method=v["method"], sent_on=v["sent_on"],
                                   party_id=v["party_id"], served_on=v["served_on"], consent=v["consent"],
                                   address=v["address"], receipt=v["receipt"], signed_by=v["signed_by"],
                                   note=v["note"])

        text = f"{label(award.title)}（{award.number}）"
        return self.open(dlg.ServiceDialog(save, parties=parties, award=text, parent=self), self.served)  # type: ignore[return-value]


def _shown(section: str, name: str) -> property:
    return property(lambda self: getattr(getattr(self, section), name))


def _edited(name: str) -> property:
    return property(lambda self: getattr(self.awards.editor, name))


for _section, _names in _SHOWN.items():
    for _name in _names:
        setattr(ArbitrationPanel, _name, _shown(_section, _name))
for _name in _EDITOR:
    setattr(ArbitrationPanel, _name, _edited(_name))
