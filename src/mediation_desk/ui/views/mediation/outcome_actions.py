"""The mediation tab's forms for its outcome: the agreement, a performance, an item's correction or
deletion, a reversed performance, the advice on default (payment order), the joint applications for
arbitral review or judicial confirmation, and a failed mediation with the notice naming the commission."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import CaseStatus
from mediation_desk.domain.mediation import NextStep
from mediation_desk.services import mediation as mediation_service
from mediation_desk.services import mediation_edits
from mediation_desk.ui.dialogs.mediation_dialogs import (AgreementDialog, FailedDialog, InstitutionDialog, ItemDialog,
                                                         PerformanceDialog, ReasonDialog, yuan_text)
from mediation_desk.ui.labels import format_date

if TYPE_CHECKING:
    from mediation_desk.domain.cases import CaseDetail
    from mediation_desk.ui.context import DeskContext
    from mediation_desk.ui.dialogs.mediation_dialogs import SaveDialog


class MediationOutcomeActions:
    """Mixed into ``MediationPanel``, which provides the case, the open form, the buttons and the
    selected records (``current_*``), ``_open`` and the status line."""

    ctx: DeskContext
    detail: CaseDetail | None
    overview: mediation_service.MediationOverview | None
    dialog: SaveDialog | None
    can_render: bool

    def open_agreement(self) -> AgreementDialog | None:
        if self.detail is None or self.dialog is not None or not self.agreement_button.isEnabled():
            return None
        ctx, case_id, renderer = self.ctx, self.detail.summary.id, self.ctx.renderer if self.can_render else None
        respondents = self._names("respondent")
        obligor = respondents[-1] if respondents else ""

        def save(v: dict[str, Any]) -> Any:
            return mediation_service.conclude_agreement(ctx.uow, ctx.principal, case_id=case_id,
                                                        agreed_on=v["agreed_on"], items=v["items"],
                                                        renderer=renderer, mediator=v["mediator"],
                                                        performance=v["performance"])

        def saved(result: Any) -> None:
            if result is None:
                return
            _outcome, doc = result
            text = self.tr("已登记调解协议，案件转为“已达成调解协议”。")
            if doc is not None:
                text += self.tr("已生成调解协议书（{number}）。").format(number=doc.number)
            self._changed(text)

        dialog = AgreementDialog(save, obligor=obligor, obligee=self.detail.summary.worker_name,
                                 mediator=self._mediator(), parent=self)
        return self._open(dialog, saved)

    def open_performance(self) -> PerformanceDialog | None:
        row = self.current_item()
        if row is None or self.dialog is not None or not self.perform_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return mediation_service.record_performance(ctx.uow, ctx.principal, item_id=row.id, amount=v["amount"],
                                                        on=v["on"], note=v["note"])

        def saved(stored: Any) -> None:
            if stored is not None:
                self._changed(self.tr("已登记第{n}项的履行。").format(n=stored.position))

        return self._open(PerformanceDialog(save, row=row, parent=self), saved)

    def open_edit_item(self) -> ItemDialog | None:
        row = self.current_item()
        if row is None or self.dialog is not None or not self.edit_item_button.isEnabled():
            return None
        ctx, renderer = self.ctx, self.ctx.renderer if self.can_render else None

        def save(v: dict[str, Any]) -> Any:
            return mediation_edits.update_item(ctx.uow, ctx.principal, item_id=row.id,
                                               item=mediation_edits.item_from_values(v), reason=v["reason"],
                                               renderer=renderer)

        def saved(result: Any) -> None:
            if result is None:
                return
            stored, doc = result
            text = self.tr("已更正协议第{n}项。").format(n=stored.position)
            if doc is not None:
                text += self.tr("已生成调解协议书更正本（{number}，第{v}版）。").format(number=doc.number, v=doc.version)
            self._changed(text)

        return self._open(ItemDialog(save, row=row, parent=self), saved)

    def open_delete_item(self) -> ReasonDialog | None:
        row = self.current_item()
        if row is None or self.dialog is not None or not self.delete_item_button.isEnabled():
            return None
        ctx, renderer = self.ctx, self.ctx.renderer if self.can_render else None

        def save(v: dict[str, Any]) -> Any:
            doc = mediation_edits.delete_item(ctx.uow, ctx.principal, item_id=row.id, reason=v["reason"],
                                              renderer=renderer)
            return True, doc

        def saved(result: Any) -> None:
            if result is None:
                return
            _done, doc = result
            text = self.tr("已删除协议第{n}项，其余各项已重新编号。").format(n=row.position)
            if doc is not None:
                text += self.tr("已生成调解协议书更正本（{number}，第{v}版）。").format(number=doc.number, v=doc.version)
            self._changed(text)

        what = self.tr("删除协议第{n}项：{obligor} {content}").format(n=row.position, obligor=row.item.obligor,
                                                                content=row.item.content)
        dialog = ReasonDialog(self.tr("删除协议事项"), what, save, placeholder=self.tr("例如：不属于本协议的约定"),
                              parent=self)
        return self._open(dialog, saved)

    def open_reverse(self) -> ReasonDialog | None:
        entry = self.current_entry()
        if entry is None or self.dialog is not None or not self.reverse_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return mediation_edits.reverse_performance(ctx.uow, ctx.principal, performance_id=entry.id,
                                                       reason=v["reason"])

        def saved(result: Any) -> None:
            if result is not None:
                self._changed(self.tr("已冲正{day}登记的履行记录，履行情况已重新计算。").format(
                    day=format_date(entry.performed_on)))

        what = self.tr("冲正{day}登记的履行记录{amount}：原记录保留，另登记一条抵销的更正记录。").format(
            day=format_date(entry.performed_on),
            amount=f"（{yuan_text(entry.amount)}）" if entry.amount is not None else "")
        dialog = ReasonDialog(self.tr("冲正履行记录"), what, save, placeholder=self.tr("例如：转账被银行退回"),
                              parent=self)
        return self._open(dialog, saved)

    def open_failed(self) -> FailedDialog | None:
        if self.detail is None or self.dialog is not None or not self.failed_button.isEnabled():
            return None
        ctx, case_id, renderer = self.ctx, self.detail.summary.id, self.ctx.renderer if self.can_render else None

        def save(v: dict[str, Any]) -> Any:
            return mediation_service.mediation_failed(ctx.uow, ctx.principal, case_id=case_id, on=v["on"],
                                                      reason=v["reason"], next_status=v["next_status"],
                                                      renderer=renderer, arbitration_commission=v["commission"])

        def saved(result: Any) -> None:
            if result is None:
                return
            outcome, doc = result
            text = self.tr("已登记调解不成，案件转为“{status}”。").format(
                status=self.tr(CaseStatus(outcome.next_status).label))
            if doc is not None:
                text += self.tr("已生成调解终止告知书（{number}）。").format(number=doc.number)
            self._changed(text)

        return self._open(FailedDialog(save, parent=self), saved)

    def open_joint(self, kind: str) -> InstitutionDialog | None:
        if self.detail is None or self.dialog is not None or self.ctx.renderer is None:
            return None
        ctx, case_id, renderer = self.ctx, self.detail.summary.id, self.ctx.renderer
        review = kind == mediation_service.JointKind.ARBITRAL_REVIEW

        def save(v: dict[str, Any]) -> Any:
            if review:
                return mediation_service.joint_application(ctx.uow, renderer, ctx.principal, case_id=case_id,
                                                           kind=kind, on=v["on"],
                                                           arbitration_commission=v["institution"])
            return mediation_service.joint_application(ctx.uow, renderer, ctx.principal, case_id=case_id, kind=kind,
                                                       on=v["on"], court=v["institution"])

        def saved(doc: Any) -> None:
            if doc is not None:
                self._changed(self.tr("已登记共同申请，并生成{title}。").format(title=doc.title))

        if review:
            dialog = InstitutionDialog(self.tr("申请仲裁审查"), self.tr("仲裁委员会"), jurisdiction.venue().commission,
                                       save, note=self.tr("双方当事人自调解协议生效之日起十五日内共同申请。"), parent=self)
        else:
            dialog = InstitutionDialog(self.tr("申请司法确认"), self.tr("人民法院"), "", save,
                                       note=self.tr("双方当事人自调解协议生效之日起三十日内共同向人民法院申请。"),
                                       parent=self)
        return self._open(dialog, saved)

    def follow_advice(self) -> InstitutionDialog | None:
        a = self.overview.agreement if self.overview else None
        if a is None or self.detail is None:
            return None
        if a.advice.step is NextStep.ARBITRATION:
            self._show_status(self.tr("一方不履行调解协议的，另一方可以依法申请仲裁：请在案件中登记仲裁申请。"))
            return None
        if a.advice.step is not NextStep.PAYMENT_ORDER or self.dialog is not None or self.ctx.renderer is None:
            return None
        ctx, case_id, renderer = self.ctx, self.detail.summary.id, self.ctx.renderer

        def save(v: dict[str, Any]) -> Any:
            return mediation_service.payment_order_draft(ctx.uow, renderer, ctx.principal, case_id=case_id,
                                                         court=v["institution"])

        def saved(doc: Any) -> None:
            if doc is not None:
                self._show_status(self.tr("已生成支付令申请书草稿，可在“调解文书”中导出。"))
                self.reload()

        dialog = InstitutionDialog(self.tr("支付令申请书"), self.tr("基层人民法院"), "", save, with_date=False,
                                   note=self.tr("劳动者持调解协议书向有管辖权的基层人民法院申请支付令（劳动争议调解仲裁法第十六条）。"),
                                   parent=self)
        return self._open(dialog, saved)
