"""裁决书: the versions of the case's awards, and the editor of the one chosen (or of a new draft).
A draft is saved and approved here; an approved award is numbered and locked, and corrected only by
a new version; an approved award is served and its documents made from here."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.services import arbitration as arb
from mediation_desk.ui.dialogs import arbitration_dialogs as dlg
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.forms.arbitration_awards_section_ui import Ui_AwardsSection
from mediation_desk.ui.views.arbitration.common import (FINALITY, KINDS, STATUS, WARN_STYLE, Ready, Section, fit_columns,
                                                       label)
from mediation_desk.ui.widgets import day_text, fill_table


class AwardsSection(Section):
    """The award versions and the editor; the layout is ``ui/arbitration_awards_section.ui``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.award: arb.Award | None = None  # the award shown in the editor (None: a new draft)
        self.ui = ui = Ui_AwardsSection()
        ui.setupUi(self)
        self.editor = ui.editor
        self.versions = ui.versions
        fit_columns(self.versions, stretch_last=False)  # beside the editor: it scrolls
        self.versions.itemSelectionChanged.connect(self._version_selected)
        self.new_button, self.correct_button = ui.new_button, ui.correct_button
        self.serve_button, self.award_doc_button = ui.serve_button, ui.award_doc_button
        self.new_button.clicked.connect(self.new_draft)
        self.correct_button.clicked.connect(lambda: self.open_correction())
        self.serve_button.clicked.connect(lambda: self.panel.open_serve_award(self.award))
        self.award_doc_button.clicked.connect(lambda: self.render_award())
        self.editor.save_button.clicked.connect(lambda: self.save_draft())
        self.editor.approve_button.clicked.connect(self.approve)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([300, 1150])

    def attach(self, panel: Any) -> None:
        super().attach(panel)
        self.editor.attach(panel)

    def awards(self) -> list[arb.Award]:
        o = self.panel.overview
        return [a for a in (o.awards if o else ()) if a.kind != arb.MEDIATION]

    def clear(self) -> None:
        self.award = None
        self.editor.clear()
        self.editor.award_message.clear()

    def show_awards(self, select_award: int | None) -> None:
        awards = self.awards()
        self.versions.blockSignals(True)
        fill_table(self.versions, [[label(KINDS.get(a.kind, a.kind)), str(a.version), label(STATUS.get(a.status, a.status)),
                                    label(FINALITY.get(a.finality, a.finality)), a.number, day_text(a.award_date),
                                    a.correction_reason] for a in awards])
        target = None
        if select_award is not None:
            target = next((i for i, a in enumerate(awards) if a.id == select_award), None)
        if target is not None:
            self.versions.selectRow(target)
        else:
            self.versions.clearSelection()
        self.versions.blockSignals(False)
        if target is not None:
            chosen = awards[target]
            if self.award is None or (self.award.id, self.award.updated_at) != (chosen.id, chosen.updated_at):
                self._load(chosen)
            self.award = chosen
        elif self.award is not None:
            self.award = None
            self.editor.clear()

    def update_buttons(self, r: Ready) -> None:
        panel, editor = self.panel, self.editor
        a = self.award
        locked = a is not None and a.locked
        awards = self.awards()
        pending = any(x.status == "draft" for x in awards)
        self.new_button.setEnabled(r.change and panel.can_draft and r.in_arb and not pending)
        editable = panel.can_change and panel.can_draft and not locked and (a is not None or r.in_arb)
        editor.set_editable(editable)
        editor.save_button.setEnabled(r.ready and editable)
        editor.approve_button.setEnabled(r.ready and editable and panel.can_approve and (a is not None or r.in_arb))
        self.correct_button.setEnabled(r.change and panel.can_draft and a is not None and a.status == "approved"
                                       and a.kind != arb.MEDIATION
                                       and not any(x.status == "draft" and x.lineage == a.lineage for x in awards))
        self.serve_button.setEnabled(r.change and a is not None and a.status == "approved")
        self.award_doc_button.setEnabled(r.render and panel.can_draft and a is not None and a.status == "approved"
                                         and r.accepted)
        lock = editor.lock_label
        if a is None:
            lock.setText(self.tr("新的裁决书草稿。") if r.in_arb else self.tr("案件不在仲裁审理中，不能起草裁决书。"))
            lock.setStyleSheet("")
        elif locked:
            if a.status == "superseded":
                text = self.tr("第{v}版已被更正版本取代，仅供查阅。").format(v=a.version)
            else:
                text = self.tr("{title}{number}已于{day}批准并锁定，不能修改；如需更正，请点“更正（新版本）”。").format(
                    title=label(a.title), number=a.number, day=day_text(a.approved_at.date() if a.approved_at else None))
            lock.setText(text)
            lock.setStyleSheet(WARN_STYLE)
        else:
            text = self.tr("草稿（第{v}版），尚未批准。").format(v=a.version)
            if a.supersedes_id:
                text += self.tr("更正理由：{reason}").format(reason=a.correction_reason)
            lock.setText(text)
            lock.setStyleSheet("")

    def new_draft(self) -> None:
        self.versions.clearSelection()
        self.award = None
        self.editor.clear()
        self.panel.update_actions()

    def _version_selected(self) -> None:
        awards = self.awards()
        row = self.versions.currentRow()
        if 0 <= row < len(awards):
            self._load(awards[row])
            self.panel.update_actions()

    def _load(self, award: arb.Award) -> None:
        self.editor.clear()
        self.award = award
        self.editor.load(award)

    # ---- saving
    def _draft_or_message(self) -> arb.AwardDraft | None:
        try:
            return self.editor.read_draft()
        except ValidationError as exc:
            self.editor.show_error("；".join(exc.fields.values()) or exc.zh)
            return None

    def failed(self, exc: BaseException) -> bool:
        """A refusal of the award's service call, shown under the editor."""
        if isinstance(exc, ValidationError):
            self.editor.show_error("；".join(exc.fields.values()) or exc.text(current_lang()))
            return True
        if isinstance(exc, AppError):
            self.editor.show_error(exc.text(current_lang()))
            return True
        return False

    def save_draft(self, *, then_approve: bool = False) -> None:
        panel = self.panel
        if panel.detail is None or not self.editor.save_button.isEnabled():
            return
        draft = self._draft_or_message()
        if draft is None:
            return
        self.editor.show_error("")
        ctx, case_id, award = panel.ctx, panel.detail.summary.id, self.award

        def work(_progress: Any) -> arb.Award:
            if award is None:
                saved = arb.draft_award(ctx.uow, ctx.principal, case_id=case_id, draft=draft)
            else:
                saved = arb.update_draft(ctx.uow, ctx.principal, award_id=award.id, draft=draft)
            if then_approve:
                saved = arb.approve_award(ctx.uow, ctx.principal, award_id=saved.id)
            return saved

        def done(saved: arb.Award) -> None:
            self.award = saved
            if then_approve:
                text = self.tr("已批准{title}，文号{number}（{finality}），已锁定。").format(
                    title=label(saved.title), number=saved.number, finality=label(FINALITY.get(saved.finality, "")))
            else:
                text = self.tr("已保存草稿（第{v}版）。").format(v=saved.version)
            panel.changed(text, select_award=saved.id)

        panel.run(self.tr("批准裁决书") if then_approve else self.tr("保存裁决书草稿"), work, done, self.failed)

    def approve(self) -> None:
        if not self.editor.approve_button.isEnabled():
            return
        self.save_draft(then_approve=True)

    def open_correction(self) -> dlg.ReasonDialog | None:
        award, panel = self.award, self.panel
        if award is None or panel.dialog is not None or not self.correct_button.isEnabled():
            return None
        draft = self._draft_or_message()
        if draft is None:
            return None
        ctx = panel.ctx

        def save(v: dict[str, Any]) -> Any:
            return arb.correct_award(ctx.uow, ctx.principal, award_id=award.id, draft=draft, reason=v["reason"])

        def saved(new: Any) -> None:
            if new is not None:
                self.award = new
                panel.changed(self.tr("已制作更正版本（第{v}版），请修改后批准；原第{old}版在批准前仍然有效。").format(
                    v=new.version, old=award.version), select_award=new.id)

        text = f"{label(award.title)}（{award.number}，第{award.version}版）"
        return panel.open(dlg.ReasonDialog(save, award=text, parent=panel), saved)  # type: ignore[return-value]

    def render_award(self) -> None:
        award = self.award
        if award is None or not self.award_doc_button.isEnabled():
            return
        self.panel.documents.render_award(award, self.failed)
