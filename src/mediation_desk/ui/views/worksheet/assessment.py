"""The worksheet's recommendation as the person reads it while answering: the category, how
reliable it is, the reasons and warnings, the employer candidate, the route and the claims that fit."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.relationship import Assessment
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.labels import label
from mediation_desk.ui.views.worksheet.widgets import category_label, tr_label

CATEGORY_COLOUR = {"labor_relationship": "#1f4e79", "incomplete_labor_relationship": "#8a5a00",
                   "civil_relationship": "#3d5a3d"}


def _e(text: object) -> str:
    return html.escape(str(text or ""))


class AssessmentView(QTextBrowser):
    """The recommendation (or a note while there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(
            "h2 { font-size: 13pt; margin: 0 0 4px 0; } h3 { font-size: 10.5pt; margin: 10px 0 2px 0; color: #1f4e79; }"
            " .muted { color: #666666; } .warn { color: #9f1d14; } li { margin-bottom: 3px; }")

    def show_note(self, text: str) -> None:
        self.setHtml("<p class=muted>" + _e(text) + "</p>")

    def show_warning(self, text: str) -> None:
        self.setHtml(f"<p class=warn>{_e(text)}</p>")

    def show_assessment(self, a: Assessment) -> None:
        self.setHtml(self.render_assessment(a))

    def headline(self, a: Assessment) -> str:
        """The recommendation's headline in the UI language."""
        if not a.sufficient:
            return self.tr("信息不足")
        if current_lang() == "en":
            return category_label(a.category)
        return a.category_label

    def render_assessment(self, a: Assessment) -> str:
        if a.score is None:  # nothing answered: no recommendation to show yet
            return ("<h2>" + _e(self.tr("尚无建议结论")) + "</h2>"
                    "<p>" + _e(self.tr("请先依据证据逐项回答左侧的因素；回答越完整，建议越可靠。")) + "</p>")
        colour = CATEGORY_COLOUR.get(a.category, "#1f4e79") if a.sufficient else "#6b6b6b"
        c = a.confidence
        parts = [f"<h2 style='color:{colour}'>{_e(self.headline(a))}</h2>"]
        if not a.sufficient:
            parts.append("<p class=warn>" + _e(self.tr(
                "已回答的因素不足以提出建议结论（按已回答的因素暂时倾向于“{category}”）。请依据证据查明其余因素；"
                "如已有其他依据，可以选择“改定为”并写明理由。").format(category=category_label(a.category))) + "</p>")
        parts.append("<p>" + _e(self.tr("可信度：{level}（{score}）").format(level=tr_label(c.label), score=c.score)))
        if a.score is not None:
            parts.append("　" + _e(self.tr("从属性得分：{score}（0为完全自主，1为完全从属）").format(score=a.score)))
        parts.append("</p>")
        for note in c.notes:
            parts.append(f"<p class=muted>{_e(note)}</p>")
        if current_lang() == "en":
            parts.append("<p class=muted>" + _e(self.tr("下列理由、警示和说明是意见表中的中文原文。")) + "</p>")
        parts.append("<h3>" + _e(self.tr("理由")) + "</h3><ol>")
        parts += [f"<li>{_e(r)}</li>" for r in a.reasons]
        parts.append("</ol>")
        if a.warnings:
            parts.append("<h3>" + _e(self.tr("警示")) + "</h3><ul>")
            parts += [f"<li class=warn>{_e(w)}</li>" for w in a.warnings]
            parts.append("</ul>")
        parts.append("<h3>" + _e(self.tr("用人单位候选")) + "</h3>")
        if a.employer_candidate is not None:
            parts.append(f"<p><b>{_e(a.employer_candidate.name)}</b></p>")
        parts.append(f"<p>{_e(a.employer_note)}</p>")
        if a.joint_liability:
            parts.append("<h3>" + _e(self.tr("链条上其他企业的责任")) + "</h3><ul>")
            parts += [f"<li>{_e(n.text)}</li>" for n in a.joint_liability]
            parts.append("</ul>")
        parts.append("<h3>" + _e(self.tr("处理途径")) + f"</h3><p><b>{_e(tr_label(a.route.label))}</b>：{_e(a.route.text)}"
                     f" <span class=muted>（{_e(a.route.basis)}）</span></p>")
        parts.append("<h3>" + _e(self.tr("适合提出的请求")) + "</h3><ul>")
        parts += [f"<li><b>{_e(label(ClaimKind(f.kind)))}</b>：{_e(f.reason)}</li>" for f in a.fitting_claims]
        parts.append("</ul><h3>" + _e(self.tr("不适合提出的请求")) + "</h3><ul>")
        parts += [f"<li><b>{_e(label(ClaimKind(f.kind)))}</b>：{_e(f.reason)}</li>" for f in a.unfitting_claims]
        parts.append("</ul>")
        return "".join(parts)


__all__ = ["AssessmentView"]
