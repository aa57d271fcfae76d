"""The arbitration documents made from the tab's sections: what a person gives beyond the stored
records (asked first when the case does not hold it), and the award's documents (one per part of an
award that is partly final)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from mediation_desk import jurisdiction
from mediation_desk.services import arbitration as arb
from mediation_desk.ui.dialogs import arbitration_dialogs as dlg

if TYPE_CHECKING:
    from mediation_desk.ui.views.arbitration.panel import ArbitrationPanel


class ArbitrationDocuments(QObject):
    """Makes the documents of the panel's case on the worker."""

    def __init__(self, panel: ArbitrationPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def context(self, template: str) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
        """What only a person gives for ``template`` (the rest comes from the stored records through
        ``arb.render_arbitration_document``), and the values to ask first (key, label, default)."""
        extra: dict[str, Any] = {}
        ask: list[tuple[str, str, str]] = []
        if template == "non_acceptance_notice":
            ask.append(("court", self.tr("可以起诉的人民法院"), ""))
        elif template == "jurisdiction_explanation":
            review = self.panel.review
            extra.update(performance_place=review.performance_place.text().strip(),
                         employer_seat=review.employer_seat.text().strip())
        elif template == "hearing_notice":
            ask.append(("hearing_place", self.tr("开庭地点"), jurisdiction.venue().hearing_place))
        elif template in ("award_final", "partial_award"):
            extra["revocation_court"] = jurisdiction.venue().intermediate_court
        return {k: v for k, v in extra.items() if v}, ask

    def record_id(self, template: str) -> int | None:
        if template in ("hearing_notice", "postponement_notice"):
            h = self.panel.hearings_section.current_hearing()
            return h.id if h is not None else None
        if template == "arbitral_mediation":
            m = self.panel.mediation.current_mediation()
            return m.id if m is not None else None
        return None

    def _render(self, template: str, extra: dict[str, Any], record_id: int | None = None) -> Any:
        ctx, case_id = self.panel.ctx, self.panel.case_id
        assert case_id is not None
        return arb.render_arbitration_document(ctx.uow, ctx.renderer, ctx.principal, case_id=case_id,
                                               template=template, record_id=record_id, extra=extra)

    def render(self, template: str) -> dlg.RenderDialog | None:
        """Make one document; when it needs a value the case does not hold, ask for it first."""
        panel = self.panel
        if panel.detail is None or panel.overview is None or not panel.can_render or panel.dialog is not None:
            return None
        context, ask = self.context(template)
        record_id = self.record_id(template)

        def save(v: dict[str, Any]) -> Any:
            return self._render(template, {**context, **{k: x for k, x in v.items() if x}}, record_id)

        def saved(doc: Any) -> None:
            if doc is not None:
                panel.show_status(self.tr("已生成{title}（{number}，第{v}版），可在“文书”中导出。").format(
                    title=doc.title, number=doc.number, v=doc.version))

        if ask:
            return panel.open(dlg.RenderDialog(self.tr("生成文书"), save, ask, parent=panel), saved)  # type: ignore[return-value]
        panel.run(self.tr("生成文书"), lambda _p: save({}), saved)
        return None

    def render_award(self, award: arb.Award, failed: Callable[[BaseException], bool]) -> None:
        jobs = []
        for template, part in arb.award_documents(award):
            extra, _ask = self.context(template)
            if template == "partial_award" and part is not None:
                extra["is_final"] = part == arb.FINAL
            jobs.append((template, extra))

        def work(_progress: Any) -> list[Any]:
            return [self._render(template, extra, award.id) for template, extra in jobs]

        def done(docs: list[Any]) -> None:
            self.panel.show_status(self.tr("已生成：{docs}，可在“文书”中导出。").format(
                docs="、".join(f"{d.title}（{d.number}）" for d in docs)))

        self.panel.run(self.tr("生成裁决书"), work, done, failed)
