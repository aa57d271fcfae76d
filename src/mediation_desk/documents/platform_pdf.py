"""The platform-enterprise report (平台企业用工情况) as a PDF: the title with the organisation and the
period, the totals, charts of the received cases by industry, by relationship category and by claim
kind (reportlab.graphics), every breakdown as a table with its definition and source, and the
consistency checks (a failed one in red).

The layout helpers, the embedded Chinese font and the bar chart are those of ``documents.pdf`` and
``documents.statistics_pdf``. Figures are written as the report computes them: counts as integers,
amounts in 元 with two places and thousands separators.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from mediation_desk.documents.pdf import WIDTH, _build, _p, _styles, _table
from mediation_desk.documents.statistics_pdf import bar_chart, period_text
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.platform_report import FIGURE_COLUMNS, Breakdown, PlatformReport
from mediation_desk.domain.statistics import Check

TITLE = "平台企业用工情况"
# the charts: (title, breakdown) — cases received, one bar per row
CHARTS = (("按行业（当期受理，件）", "industry"), ("按劳动关系认定类别（当期受理，件）", "category"),
          ("按请求种类（当期受理，件；一案可计入多类）", "claim_kind"))
# the columns' short heads in the PDF's narrow table (the full names are FIGURE_COLUMNS')
SHORT_HEADS = {"cases": "案件", "workers": "人数", "claimed": "请求金额", "concluded": "已结", "way_mediation": "调解",
               "way_award": "裁决", "way_withdrawal": "撤回", "way_other": "其他", "agreed": "调解金额",
               "awarded": "裁决金额"}
_MONEY = ("claimed", "agreed", "awarded")


def figure_text(value: int | Decimal) -> str:
    """A figure as the report prints it: ``5`` or ``17,300.00`` (元)."""
    return f"{value:,.2f}" if isinstance(value, Decimal) else str(value)


def chart_bars(b: Breakdown) -> list[tuple[str, int]]:
    """The bars of a breakdown's chart: (row label, cases) for every row, in the report's order."""
    return [(r.label, int(r.values["cases"])) for r in b.rows]


def _widths() -> list[float]:
    counts = [k for k, _, _ in FIGURE_COLUMNS if k not in _MONEY]
    label, count = 36 * mm, 8.6 * mm
    money = (WIDTH - label - count * len(counts)) / len(_MONEY)
    return [label] + [money if k in _MONEY else count for k, _, _ in FIGURE_COLUMNS]


def _breakdown_rows(report: PlatformReport, b: Breakdown, s: dict[str, Any]) -> list[list[Any]]:
    rows: list[list[Any]] = [[_p("项目", s["head"])] + [_p(SHORT_HEADS[k], s["head"]) for k, _, _ in FIGURE_COLUMNS]]
    for r in b.rows:
        extra = []
        if r.credit_code:
            extra.append(f"统一社会信用代码 {r.credit_code}")
        if r.roles:
            extra.append("角色：" + "、".join(r.roles))
        if r.other_names:
            extra.append("又写作：" + "、".join(r.other_names))
        rows.append([Paragraph(_label_markup(r.label, extra), s["cell"])]
                    + [_p(figure_text(r.values[k]), s["num"]) for k, _, _ in FIGURE_COLUMNS])
    total_label = "合计（案件）" if b.multi_valued else "合计"
    rows.append([_p(total_label, s["cell"])] + [_p(figure_text(report.total[k]), s["num"]) for k, _, _ in FIGURE_COLUMNS])
    return rows


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _label_markup(label: str, extra: Sequence[str]) -> str:
    return _esc(label) + "".join(f"<br/><font size=6.5>{_esc(t)}</font>" for t in extra)


def _check_rows(report: PlatformReport, s: dict[str, Any]) -> list[list[Any]]:
    rows: list[list[Any]] = [[_p(h, s["head"]) for h in ("分表", "校验", "结果", "比较的数字")]]
    owners: list[tuple[str, Sequence[Check]]] = [("合计", report.checks)]
    owners += [(b.name, b.checks) for b in report.breakdowns]
    for owner, checks in owners:
        for check in checks:
            verdict = _p("通过" if check.passed else "未通过", s["pass"] if check.passed else s["fail"])
            rows.append([_p(owner, s["small_cell"]), _p(check.name, s["small_cell"]), verdict,
                         _p(check.detail, s["small_cell"])])
    return rows


def platform_report_pdf(report: PlatformReport, *, organisation: str = "", made_on: date | None = None) -> bytes:
    """The PDF of the platform-enterprise report: totals, the three charts, every breakdown with its
    definition and source, and every check (a failed one in red)."""
    s: dict[str, Any] = dict(_styles())
    base = s["cell"]
    s["cell"] = base.clone("pcell", fontSize=8, leading=10.5)
    s["head"] = s["head"].clone("phead", fontSize=8, leading=10.5)
    s["num"] = base.clone("num", fontSize=7.6, leading=10.5, alignment=2)
    s["small_cell"] = base.clone("small_cell", fontSize=7.8, leading=10.5)
    s["pass"] = s["cell_center"].clone("pass", fontSize=8, textColor=colors.HexColor("#1d6b2f"))
    s["fail"] = s["cell_center"].clone("fail", fontSize=8, textColor=colors.HexColor("#b3261e"))
    period = period_text(report.start, report.end)
    story: list[Any] = [_p(TITLE, s["title"])]
    if organisation:
        story.append(_p(organisation, s["subtitle"]))
    story.append(_p(f"统计期：{period}", s["subtitle"]))
    if made_on is not None:
        story.append(_p(f"制表日期：{numeric_date(made_on)}", s["right"]))
    story.append(Spacer(1, 6))
    if report.failed:
        story.append(_p("注意：本表有校验未通过（见“四、校验”），数字须核对后方可报送：" + "；".join(
            dict.fromkeys(c.name for c in report.failed)) + "。", s["fail"].clone("fail_note", alignment=0,
                                                                                fontSize=10.5, leading=15)))
    else:
        story.append(_p("本表各项校验均已通过。", s["small"]))
    story.append(_p("一、合计", s["heading"]))
    summary = [[_p(n, s["head"]) for _, n, _ in FIGURE_COLUMNS[:4]] + [_p("新收案件（件）", s["head"]),
                                                                       _p("恢复处理（件）", s["head"])],
               [_p(figure_text(report.total[k]), s["cell_center"]) for k, _, _ in FIGURE_COLUMNS[:4]]
               + [_p(str(report.received_new), s["cell_center"]), _p(str(report.received_reopened), s["cell_center"])]]
    story.append(_table(summary, [WIDTH / 6] * 6, header_rows=1))
    story.append(_p("统计范围：统计期内当期受理的案件（新收案件及恢复处理的案件，每件只计一次）；已结及结案方式、"
                    "调解协议金额、裁决金额按期末有效的结案计。", s["small"]))
    story.append(_p("二、图表", s["heading"]))
    for title, key in CHARTS:
        story.append(KeepTogether([bar_chart(title, chart_bars(report.breakdown(key))), Spacer(1, 4)]))
    story.append(CondPageBreak(60 * mm))
    story.append(_p("三、分表、定义和依据", s["heading"]))
    story.append(_p("各列：案件（件）、人数（涉及劳动者，人）、请求金额（元）、已结（件）及其中调解、裁决、撤回、其他方式结案"
                    "（件）、调解金额（调解协议金额，元）、裁决金额（元）。", s["small"]))
    for number, b in enumerate(report.breakdowns, start=1):
        story.append(CondPageBreak(40 * mm))
        story.append(_p(f"（{_CN_NUMBERS[number]}）{b.name}", s["heading"].clone("sub", fontSize=11.5, leading=18)))
        story.append(_p(f"定义：{b.definition}", s["small"]))
        story.append(_p(f"依据：{b.source}", s["small"]))
        if b.multi_valued:
            story.append(_p("注：一件案件可计入多行，各行之和可大于合计。", s["small"]))
        story.append(Spacer(1, 3))
        story.append(_table(_breakdown_rows(report, b, s), _widths(), header_rows=1,
                            extra=[("VALIGN", (0, 1), (-1, -1), "TOP")]))
    story.append(CondPageBreak(50 * mm))
    story.append(_p("四、校验", s["heading"]))
    story.append(_table(_check_rows(report, s), [26 * mm, 56 * mm, 14 * mm, WIDTH - 96 * mm], header_rows=1,
                        extra=[("VALIGN", (0, 1), (-1, -1), "TOP")]))
    story.append(Spacer(1, 6))
    story.append(_p("口径：见 docs/statistics.md（平台企业用工情况）；金额单位为元，保留两位小数。", s["small"]))
    return _build(story, title=TITLE, org_name=organisation, right_header=period)


_CN_NUMBERS = ("〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十")
