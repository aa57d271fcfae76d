"""The mediation tab's forms for sessions and proposals: recording one, and correcting or deleting
one with the user's reason (kept in the audit record)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mediation_desk.services import mediation as mediation_service
from mediation_desk.services import mediation_edits
from mediation_desk.ui.dialogs.mediation_dialogs import ProposalDialog, ReasonDialog, SessionDialog
from mediation_desk.ui.labels import format_date

if TYPE_CHECKING:
    from mediation_desk.domain.cases import CaseDetail
    from mediation_desk.ui.context import DeskContext
    from mediation_desk.ui.dialogs.mediation_dialogs import SaveDialog


class MediationSessionActions:
    """Mixed into ``MediationPanel``, which provides the case, the open form, the buttons and the
    selected records (``current_*``), ``_open`` and the status line."""

    ctx: DeskContext
    detail: CaseDetail | None
    overview: mediation_service.MediationOverview | None
    dialog: SaveDialog | None
    can_render: bool

    def open_session(self) -> SessionDialog | None:
        if self.detail is None or self.dialog is not None or not self.session_button.isEnabled():
            return None
        ctx, case_id, renderer = self.ctx, self.detail.summary.id, self.ctx.renderer if self.can_render else None

        def save(v: dict[str, Any]) -> Any:
            session = mediation_service.record_session(
                ctx.uow, ctx.principal, case_id=case_id, held_on=v["held_on"], starts_at=v["starts_at"],
                ends_at=v["ends_at"], place=v["place"], participants=v["participants"], mediator=v["mediator"],
                record=v["record"])
            doc = None
            if v["render"] and renderer is not None:
                doc = mediation_service.render_session_record(ctx.uow, renderer, ctx.principal,
                                                              session_id=session.id, recorder=v["recorder"])
            return session, doc

        def saved(result: Any) -> None:
            if result is None:
                return
            session, doc = result
            text = self.tr("已记录{day}的调解。").format(day=format_date(session.held_on))
            if doc is not None:
                text += self.tr("已生成调解笔录（{number}）。").format(number=doc.number)
            self._changed(text)

        return self._open(SessionDialog(save, mediator=self._mediator(), parent=self), saved)

    def open_edit_session(self) -> SessionDialog | None:
        session = self.current_session()
        if session is None or self.dialog is not None or not self.edit_session_button.isEnabled():
            return None
        ctx, renderer = self.ctx, self.ctx.renderer if self.can_render else None

        def save(v: dict[str, Any]) -> Any:
            fixed = mediation_edits.update_session(
                ctx.uow, ctx.principal, session_id=session.id, held_on=v["held_on"], starts_at=v["starts_at"],
                ends_at=v["ends_at"], place=v["place"], participants=v["participants"], mediator=v["mediator"],
                record=v["record"], reason=v["reason"])
            doc = None
            if v["render"] and renderer is not None:
                doc = mediation_service.render_session_record(ctx.uow, renderer, ctx.principal,
                                                              session_id=fixed.id, recorder=v["recorder"])
            return fixed, doc

        def saved(result: Any) -> None:
            if result is None:
                return
            fixed, doc = result
            text = self.tr("已更正{day}的调解记录。").format(day=format_date(fixed.held_on))
            if doc is not None:
                text += self.tr("已重新生成调解笔录（第{v}版）。").format(v=doc.version)
            self._changed(text)

        dialog = SessionDialog(save, mediator=self._mediator(), session=session, parent=self)
        return self._open(dialog, saved)

    def open_delete_session(self) -> ReasonDialog | None:
        session = self.current_session()
        if session is None or self.dialog is not None or not self.delete_session_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            mediation_edits.delete_session(ctx.uow, ctx.principal, session_id=session.id, reason=v["reason"])
            return True

        def saved(done: Any) -> None:
            if done:
                self._changed(self.tr("已删除调解记录。"))

        what = self.tr("删除{day}在{place}的调解记录（本次提出的方案保留）。").format(
            day=format_date(session.held_on), place=session.place)
        dialog = ReasonDialog(self.tr("删除调解记录"), what, save, placeholder=self.tr("例如：重复登记"), parent=self)
        return self._open(dialog, saved)

    def open_proposal(self) -> ProposalDialog | None:
        if self.detail is None or self.dialog is not None or not self.proposal_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.detail.summary.id
        sessions = self.overview.sessions if self.overview else ()

        def save(v: dict[str, Any]) -> Any:
            session_id = next((x.id for x in reversed(sessions) if x.held_on == v["on"]), None)  # put in that session
            return mediation_service.add_proposal(ctx.uow, ctx.principal, case_id=case_id, side=v["side"],
                                                  party=v["party"], content=v["content"], amount=v["amount"],
                                                  on=v["on"], session_id=session_id)

        def saved(p: Any) -> None:
            if p is not None:
                self._show_status(self.tr("已登记{author}的方案。").format(author=self._author(p)))
                self.reload()

        dialog = ProposalDialog(save, applicants=self._names("applicant"), respondents=self._names("respondent"),
                                mediator=self._mediator(), parent=self)
        return self._open(dialog, saved)

    def open_edit_proposal(self) -> ProposalDialog | None:
        proposal = self.current_proposal()
        if proposal is None or self.dialog is not None or not self.edit_proposal_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return mediation_edits.update_proposal(ctx.uow, ctx.principal, proposal_id=proposal.id, side=v["side"],
                                                   party=v["party"], content=v["content"], amount=v["amount"],
                                                   on=v["on"], reason=v["reason"])

        def saved(p: Any) -> None:
            if p is not None:
                self._show_status(self.tr("已更正{author}的方案。").format(author=self._author(p)))
                self.reload()

        dialog = ProposalDialog(save, applicants=self._names("applicant"), respondents=self._names("respondent"),
                                mediator=self._mediator(), proposal=proposal, parent=self)
        return self._open(dialog, saved)

    def open_delete_proposal(self) -> ReasonDialog | None:
        proposal = self.current_proposal()
        if proposal is None or self.dialog is not None or not self.delete_proposal_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            mediation_edits.delete_proposal(ctx.uow, ctx.principal, proposal_id=proposal.id, reason=v["reason"])
            return True

        def saved(done: Any) -> None:
            if done:
                self._show_status(self.tr("已删除调解方案。"))
                self.reload()

        what = self.tr("删除{author}于{day}提出的方案：{content}").format(
            author=self._author(proposal), day=format_date(proposal.proposed_on), content=proposal.content)
        dialog = ReasonDialog(self.tr("删除调解方案"), what, save, placeholder=self.tr("例如：误登记"), parent=self)
        return self._open(dialog, saved)
