"""The 概况 tab of the case list: parties, claims with amounts, deadlines, facts and timeline of one case."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from mediation_desk.domain.cases import CaseDetail, CaseStatus, EnterpriseRole, PartySide, allowed_transitions
from mediation_desk.domain.deadlines import Deadline
from mediation_desk.domain.identifiers import mask_id_number, mask_phone
from mediation_desk.ui.deadline_labels import period_text, provisional_reason, rule_name, source_text
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.forms.case_detail_pane_ui import Ui_CaseDetailPane
from mediation_desk.ui.labels import event_kind, format_date, format_datetime, label, money

_DETAIL_CSS = """
h2 { font-size: 13pt; margin: 0 0 4px 0; }
h3 { font-size: 11pt; margin: 14px 0 4px 0; color: #1f4e79; }
table { border-collapse: collapse; }
td, th { padding: 3px 8px 3px 0; vertical-align: top; }
th { text-align: left; color: #555555; font-weight: normal; }
.muted { color: #666666; }
.amount { text-align: right; white-space: nowrap; }
"""


def _e(text: object) -> str:
    return html.escape(str(text or ""))


class CaseDetailPane(QWidget):
    """Parties, claims with amounts, facts and timeline of one case, and its status action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.full: CaseDetail | None = None  # the revealed (audited) detail of the case shown
        # ``revealer(case_id, answer)`` reads the case with full numbers on the worker and calls
        # ``answer(detail_or_None)`` on the UI thread
        self.revealer: Callable[[int, Callable[[CaseDetail | None], None]], None] | None = None
        self.revealing = False
        self.deadlines: list[Deadline] = []
        self.ui = Ui_CaseDetailPane()
        self.ui.setupUi(self)
        self.title, self.reveal, self.browser = self.ui.title, self.ui.reveal, self.ui.browser
        self.record_event_button, self.change_status_button = self.ui.record_event_button, self.ui.change_status_button
        self.typical_case_button = self.ui.typical_case_button  # enabled for a closed case (show_status)
        self.inspection_button = self.ui.inspection_button
        # 编辑案情: enabled for a desk that may register cases (``can_edit``, set by the page)
        self.can_edit = False
        self.edit_button = QPushButton(self.tr("编辑案情"), self)
        self.edit_button.setEnabled(False)
        self.ui.top.insertWidget(self.ui.top.indexOf(self.change_status_button), self.edit_button, 0,
                                 Qt.AlignmentFlag.AlignTop)
        self.reveal.toggled.connect(self._reveal_toggled)
        self.browser.document().setDefaultStyleSheet(_DETAIL_CSS)
        self.show_case(None)

    def text(self) -> str:
        return self.browser.toPlainText()

    def show_case(self, detail: CaseDetail | None, *, can_change: bool = False,
                  deadlines: list[Deadline] | tuple = ()) -> None:
        same = detail is not None and self.detail is not None and detail.summary.id == self.detail.summary.id
        self.detail = detail
        self.deadlines = list(deadlines)
        if not same:  # every case's full numbers are revealed (and audited) on their own
            self.full = None
            self.revealing = False
            self.reveal.blockSignals(True)
            self.reveal.setChecked(False)
            self.reveal.blockSignals(False)
        elif self.reveal.isChecked() and self.revealer is not None and detail is not None:
            self._ask_reveal(detail.summary.id)
        self.reveal.setEnabled(detail is not None and self.revealer is not None)
        if detail is None:
            self.title.setText(self.tr("案件详情"))
            self.change_status_button.setEnabled(False)
            self.edit_button.setEnabled(False)
            self.record_event_button.setEnabled(False)
            self.inspection_button.setEnabled(False)
        else:
            s = detail.summary
            self.title.setText(self.tr("{number}　{status}").format(number=s.number, status=label(s.status)))
            self.change_status_button.setEnabled(can_change and bool(allowed_transitions(s.status)))
            self.record_event_button.setEnabled(can_change)
            self.edit_button.setEnabled(self.can_edit)
            self.inspection_button.setEnabled(can_change)
        self.typical_case_button.show_status(detail.summary.status if detail is not None else None)
        self._render()

    def _reveal_toggled(self, on: bool) -> None:
        if on and self.detail is not None and self.revealer is not None:
            self._ask_reveal(self.detail.summary.id)
        self._render()

    def _ask_reveal(self, case_id: int) -> None:
        if self.revealer is None:
            return
        self.revealing = True

        def answer(full: CaseDetail | None) -> None:
            if self.detail is None or self.detail.summary.id != case_id:
                return  # another case is shown meanwhile: its numbers are revealed on their own
            self.revealing = False
            self.full = full
            if full is None:
                self.reveal.blockSignals(True)
                self.reveal.setChecked(False)
                self.reveal.blockSignals(False)
            self._render()

        self.revealer(case_id, answer)

    def _shown(self) -> CaseDetail | None:
        if self.reveal.isChecked() and self.full is not None:
            return self.full
        return self.detail

    def _id(self, value: str) -> str:
        return value if self.reveal.isChecked() and self.full is not None else mask_id_number(value)

    def _phone(self, value: str) -> str:
        return value if self.reveal.isChecked() and self.full is not None else mask_phone(value)

    def _render(self) -> None:
        d = self._shown()
        if d is None:
            hint = self.tr("在列表中选择一个案件，这里显示当事人、请求事项、事实与办理经过。")
            self.browser.setHtml(f"<p class='muted'>{_e(hint)}</p>")
            return
        s = d.summary
        respondent = next((p.name for p in d.parties if p.side is PartySide.RESPONDENT), "")
        title = self.tr("{worker}与{respondent}劳动争议").format(worker=s.worker_name, respondent=respondent) \
            if current_lang() == "en" and respondent else s.title
        parts: list[str] = ["<table width='100%' cellspacing='0'><tr><td width='46%' style='padding-right: 18px'>",
                            f"<h2>{_e(title)}</h2>", "<table>"]
        for head, value in ((self.tr("状态"), label(s.status)),
                            (self.tr("收案日期"), format_date(s.received_on)),
                            (self.tr("收案方式"), label(d.channel)),
                            (self.tr("行业 / 平台"), f"{label(s.industry)} / {s.platform}"),
                            (self.tr("承办人"), s.handler or self.tr("（未指定）"))):
            parts.append(f"<tr><th>{_e(head)}</th><td>{_e(value)}</td></tr>")
        parts.append("</table>")

        if self.deadlines:
            h_deadlines = self.tr("法定期限")
            parts.append(f"<h3>{_e(h_deadlines)}</h3><table>")
            for dl in self.deadlines:
                colour = {"overdue": "#b3261e", "today": "#8a5a00"}.get(dl.status.value, "#1f4e79")
                due = format_date(dl.due) if dl.due else (dl.problem if current_lang() == "zh" else label(dl.status))
                left = ""
                if dl.days_left is not None:
                    left = (self.tr("已逾期{n}天").format(n=-dl.days_left) if dl.days_left < 0 else
                            self.tr("今日到期") if dl.days_left == 0 else self.tr("还有{n}天").format(n=dl.days_left))
                note = ""
                if dl.provisional:
                    note = "<br><span style='color:#8a5a00'>" + _e(self.tr("暂定：{reason}").format(
                        reason=provisional_reason(dl.provisional_years))) + "</span>"
                basis = self.tr("{period}，{source}").format(period=period_text(dl.period), source=source_text(dl.source))
                parts.append(f"<tr><th>{_e(rule_name(dl.name))}</th><td><b style='color:{colour}'>{_e(due)}</b> "
                             f"{_e(left)}{note}<br><span class=muted>{_e(basis)}</span></td></tr>")
            parts.append("</table>")

        h_parties, h_claims, h_total = self.tr("当事人"), self.tr("请求事项"), self.tr("合计")
        h_facts, h_timeline = self.tr("事实与理由"), self.tr("办理经过")
        parts.append(f"<h3>{_e(h_parties)}</h3><table>")
        for p in d.parties:
            if p.is_person:
                extra = [self._id(p.id_number), self._phone(p.phone), p.address]
            else:
                role = p.enterprise_role
                if role in EnterpriseRole._value2member_map_:
                    role = label(EnterpriseRole(role))
                code = self.tr("统一社会信用代码 {code}").format(code=p.credit_code) if p.credit_code else ""
                extra = [role, code, p.address]
            info = "<br>".join(_e(x) for x in extra if x)
            parts.append(f"<tr><th>{_e(label(p.side))}</th><td><b>{_e(p.name)}</b>"
                         f"{'<br><span class=muted>' + info + '</span>' if info else ''}</td></tr>")
        parts.append("</table></td><td width='54%'>")

        parts.append(f"<h3>{_e(h_claims)}</h3><table>")
        for i, c in enumerate(d.claims, start=1):
            amount = money(c.amount) if c.amount is not None else self.tr("（无金额）")
            period = ""
            if c.period_start or c.period_end:
                period = f"{format_date(c.period_start)} — {format_date(c.period_end)}"
            basis = "<br>".join(_e(x) for x in (period, c.basis) if x)
            who = _e(self.tr("{name}：").format(name=c.party_name)) if c.party_name else ""
            working = f"<br><span class=muted>{_e(c.calculation)}</span>" if c.calculation else ""
            parts.append(f"<tr><td>{i}.</td><td>{who}{_e(label(c.kind))}"
                         f"{'<br><span class=muted>' + basis + '</span>' if basis else ''}{working}</td>"
                         f"<td class=amount>{_e(amount)}</td></tr>")
        parts.append(f"<tr><td></td><td><b>{_e(h_total)}</b></td>"
                     f"<td class=amount><b>{_e(money(s.total_claimed))}</b></td></tr></table>")

        parts.append(f"<h3>{_e(h_facts)}</h3>")
        for para in (d.facts or "").splitlines():
            if para.strip():
                parts.append(f"<p>{_e(para)}</p>")

        parts.append(f"<h3>{_e(h_timeline)}</h3><table>")
        for ev in sorted(d.events, key=lambda e: (e.event_date or e.when.date(), e.when)):
            what = event_kind(ev.kind)
            if ev.to_status in CaseStatus._value2member_map_ and ev.from_status:
                what = f"{what}　→ {label(CaseStatus(ev.to_status))}"
            when = format_date(ev.event_date) if isinstance(ev.event_date, date) else format_datetime(ev.when)
            actor = self.tr("（{name}）").format(name=ev.actor)
            parts.append(f"<tr><td class=muted style='white-space: nowrap'>{_e(when)}</td><td><b>{_e(what)}</b>"
                         f"<br>{_e(ev.note)} <span class=muted>{_e(actor)}</span></td></tr>")
        parts.append("</table></td></tr></table>")
        self.browser.setHtml("".join(parts))
