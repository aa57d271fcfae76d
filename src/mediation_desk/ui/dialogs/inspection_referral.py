"""转送劳动保障监察: preview what the letter will state, make it and record its sending; later
record the authority's answer. From one case or from a repeat respondent (all its listed cases)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from mediation_desk import jurisdiction
from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.inspection import InspectionGround, InspectionReferral, SendingMethod
from mediation_desk.domain.users import Permission
from mediation_desk.services import clock, inspection
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import FieldErrors
from mediation_desk.ui.forms.inspection_referral_dialog_ui import Ui_InspectionReferralDialog
from mediation_desk.ui.labels import format_date, join_names, label, label_text, money
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import guarded, to_qdate


def _e(text: object) -> str:
    return html.escape(str(text or ""))


class InspectionReferralDialog(TaskDialog):
    """OK makes the letter (a document of the first listed case) and records its sending on every
    case; the right-hand side lists the letters already sent and records an answer."""

    def __init__(self, ctx: DeskContext, case_ids: Sequence[int], *, respondent: str = "", heading: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("转送劳动保障监察"))
        self.ctx, self.case_ids, self.respondent = ctx, list(case_ids), respondent
        self.draft: Any = None
        self.referrals: list[InspectionReferral] = []
        self.ui = ui = Ui_InspectionReferralDialog()
        self.use_form(ui, {"grounds": "grounds_row", "authority": "authority", "sent_on": "sent_on",
                           "sent_how": "sent_how", "contact_person": "contact_person"})
        self.answer_form = FieldErrors()
        self.answer_form.attach(ui.answer_fields, {"answered_on": ui.answered_on, "answer": ui.answer})
        ui.heading.setText(heading or self.tr("案件数：{count}").format(count=len(self.case_ids)))
        self.grounds = {InspectionGround.UNPAID_PAY: ui.ground_unpaid_pay, InspectionGround.OVERTIME: ui.ground_overtime,
                        InspectionGround.DEPOSIT: ui.ground_deposit}
        ui.ground_unpaid_pay.setChecked(True)
        for box in self.grounds.values():
            box.toggled.connect(lambda _on: self.refresh_preview())
        try:
            ui.authority.setText(jurisdiction.venue().inspection_authority)
        except AppError:
            pass  # unreadable venue data: the user types the authority
        for method in SendingMethod:
            ui.sent_how.addItem(label(method), method.value)
        today = clock.today()
        for edit in (ui.sent_on, ui.answered_on):
            edit.setDate(to_qdate(today))
            edit.setMaximumDate(to_qdate(today))
        ui.contact_person.setText(ctx.principal.display_name)
        history = ui.history.horizontalHeader()
        history.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history.setStretchLastSection(True)
        ui.history.itemSelectionChanged.connect(self._update_answer)
        ui.answer_button.clicked.connect(self.record_answer)
        self.can_write = ctx.principal.can(Permission.CHANGE_CASE_STATUS) and ctx.renderer is not None
        self.finish_layout()
        self.ok_button.setText(self.tr("生成转送函并记录送出"))
        self.ok_button.setEnabled(self.can_write)
        self.setMinimumWidth(980)
        self.refresh_preview()
        self.load_history()

    # ---- preview ----
    def chosen_grounds(self) -> list[InspectionGround]:
        return [g for g, box in self.grounds.items() if box.isChecked()]

    def refresh_preview(self) -> None:
        grounds = self.chosen_grounds()
        if not grounds:
            self.draft = None
            self.ui.preview.setPlainText(self.tr("请至少选择一项转送事由。"))
            return

        def work(progress: Any) -> Any:
            return inspection.preview_referral(self.ctx.uow, self.ctx.principal, case_ids=self.case_ids, grounds=grounds,
                                               respondent=self.respondent)

        run_task(self, self.tr("预览转送函"), work, on_done=guarded(self, self._previewed),
                 on_error=guarded(self, self._preview_failed, True), show_progress=False)

    def _preview_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, AppError):
            self.draft = None
            self.ui.preview.setPlainText(exc.text(current_lang()))
            return True
        return False

    def _claims_html(self, claims: Sequence[tuple[str, Any, str]]) -> str:
        english = current_lang() == "en"
        parts = []
        for kind, amount, period in claims:
            text = label_text(kind)
            if period and not english:
                text += f"（{period}）"
            if amount:
                text = self.tr("{claim}：{amount}").format(claim=text, amount=money(amount))
            parts.append(_e(text))
        return "<br>".join(parts) if parts else _e(self.tr("（请求事项中没有与所列情形对应的金额）"))

    def _previewed(self, draft: Any) -> None:
        self.draft = draft
        respondent = draft.respondent + (self.tr("（统一社会信用代码{code}）").format(code=draft.credit_code)
                                         if draft.credit_code else "")
        who = self.tr("被申请人：{name}").format(name=respondent)
        why = self.tr("转送事由：{grounds}").format(grounds=join_names([label(g) for g in draft.grounds]))
        parts = [f"<p>{_e(who)}</p><p>{_e(why)}</p><table cellspacing='0' cellpadding='3' border='1'><tr>"
                 + "".join(f"<th>{_e(h)}</th>" for h in (self.tr("案号"), self.tr("收案日期"), self.tr("劳动者"),
                                                          self.tr("相关请求事项及金额"))) + "</tr>"]
        for c in draft.cases:
            parts.append(f"<tr><td>{_e(c.number)}</td><td>{_e(format_date(c.received_on))}</td><td>{_e(c.worker)}</td>"
                         f"<td>{self._claims_html(c.claims)}</td></tr>")
        parts.append("</table>")
        for g in draft.grounds:
            if g is not InspectionGround.OVERTIME or draft.total(g):
                total = self.tr("{ground}相关请求金额合计：{amount}").format(ground=label(g), amount=money(draft.total(g)))
                parts.append(f"<p>{_e(total)}</p>")
        with_work = [c for c in draft.cases if c.work_figures]
        for c in with_work:
            if current_lang() == "en":
                note = self.tr("{worker}（{number}）：工作记录统计的工作时间数据将写入转送函。").format(
                    worker=c.worker, number=c.number)
                parts.append(f"<p>{_e(note)}</p>")
            else:
                parts.append(f"<p><b>{_e(c.worker)}（{_e(c.number)}）</b>：{_e(''.join(c.work_figures))}</p>")
        if InspectionGround.OVERTIME in draft.grounds and not with_work:
            no_records = self.tr("这些案件没有导入工作记录，转送函不附工作时间数据。")
            parts.append(f"<p>{_e(no_records)}</p>")
        self.ui.preview.setHtml("".join(parts))

    # ---- sending ----
    def on_ok(self) -> None:
        self.clear_messages()
        grounds = self.chosen_grounds()
        if not grounds:
            self.form.show_errors({"grounds": self.tr("请至少选择一项转送事由")})
            return
        ui = self.ui
        sent_on, how = ui.sent_on.date().toPython(), ui.sent_how.currentData()
        authority, person, phone = ui.authority.text(), ui.contact_person.text(), ui.contact_phone.text()

        def send() -> list[InspectionReferral]:
            return inspection.send_referral(self.ctx.uow, self.ctx.renderer, self.ctx.principal, case_ids=self.case_ids,
                                            grounds=grounds, sent_on=sent_on, sent_how=how, authority=authority,
                                            respondent=self.respondent, contact_person=person, contact_phone=phone)

        self.submit(self.tr("生成转送函"), send, busy_text=self.tr("正在生成转送函……"))

    # ---- the letters sent and their answers ----
    def load_history(self) -> None:
        def work(progress: Any) -> list[InspectionReferral]:
            seen: dict[str, InspectionReferral] = {}
            for cid in self.case_ids:
                for r in inspection.referrals_for_case(self.ctx.uow, self.ctx.principal, case_id=cid):
                    seen.setdefault(r.letter_key, r)
            return sorted(seen.values(), key=lambda r: (r.sent_on, r.id), reverse=True)

        run_task(self, self.tr("读取转送记录"), work, on_done=guarded(self, self._history), show_progress=False)

    def _history(self, referrals: list[InspectionReferral]) -> None:
        self.referrals = referrals
        table = self.ui.history
        table.setRowCount(len(referrals))
        for row, r in enumerate(referrals):
            answer = (self.tr("{date}：{answer}").format(date=format_date(r.answered_on), answer=r.answer)
                      + (f"（{r.action_taken}）" if r.action_taken else "")) if r.answered else self.tr("尚未答复")
            values = (r.document_number, format_date(r.sent_on), r.authority, label(SendingMethod(r.sent_how)), answer)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text if col != 2 else self.tr("转送函列明的案件：{numbers}").format(
                    numbers="、".join(r.case_numbers)))
                table.setItem(row, col, item)
        first_open = next((i for i, r in enumerate(referrals) if not r.answered), -1)
        if first_open >= 0:
            table.selectRow(first_open)
        self._update_answer()

    def selected_referral(self) -> InspectionReferral | None:
        rows = self.ui.history.selectionModel().selectedRows() if self.ui.history.selectionModel() else []
        if not rows or rows[0].row() >= len(self.referrals):
            return None
        return self.referrals[rows[0].row()]

    def _update_answer(self) -> None:
        r = self.selected_referral()
        on = self.can_write and r is not None and not r.answered
        for w in (self.ui.answered_on, self.ui.answer, self.ui.action_taken, self.ui.answer_button):
            w.setEnabled(on)
        if r is not None and r.answered:
            self.ui.answer_message.setText(self.tr("该转送函的答复已登记。"))
        elif r is None:
            self.ui.answer_message.setText(self.tr("尚无转送记录。") if not self.referrals else "")
        else:
            self.ui.answer_message.setText("")

    def record_answer(self) -> None:
        r = self.selected_referral()
        if r is None:
            return
        self.answer_form.clear_errors()
        on, text, action = self.ui.answered_on.date().toPython(), self.ui.answer.toPlainText(), self.ui.action_taken.text()
        if not text.strip():
            self.answer_form.show_errors({"answer": self.tr("请填写监察机构答复的内容")})
            return

        def work(progress: Any) -> list[InspectionReferral]:
            return inspection.record_answer(self.ctx.uow, self.ctx.principal, referral_id=r.id, answered_on=on,
                                            answer=text, action_taken=action)

        def done(_rows: list[InspectionReferral]) -> None:
            self.ui.answer.clear()
            self.ui.action_taken.clear()
            self.load_history()
            self.ui.answer_message.setText(self.tr("答复已登记。"))

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, ValidationError):
                rest = self.answer_form.show_errors(exc.fields)
                if rest:
                    self.ui.answer_message.setText(exc.text(current_lang()))
                return True
            if isinstance(exc, AppError):
                self.ui.answer_message.setText(exc.text(current_lang()))
                return True
            return False

        run_task(self, self.tr("登记答复"), work, on_done=guarded(self, done), on_error=guarded(self, failed, True),
                 show_progress=False)

