"""The dispute tables as a PDF report (劳动争议案件统计表): the title with the organisation and the
period, charts of the closed cases by way and by result and of the received cases by cause
(reportlab.graphics), every indicator with its definition and source, and the consistency checks.

The layout helpers and the embedded Chinese font are those of ``documents.pdf``. Figures are
written as the tables compute them: counts as integers, amounts in 元 with two places, rates in
per cent and durations in days with two places, an empty rate as "—".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from mediation_desk.documents.pdf import FONT, WIDTH, _build, _p, _styles, _table
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.statistics import INDICATOR_BY_KEY, INDICATORS, DisputeTable, Indicator
from mediation_desk.domain.statistics_figures import chart_series, value_text
from mediation_desk.services.statistics import DisputeReport

TITLE = "劳动争议案件统计表"
GROUPING_TEXT = {None: "", "organisation": "按机构分组", "arbitrator": "按仲裁员（首席仲裁员）分组"}
SUMMARY_KEYS = ("pending_start", "received", "closed", "pending_end", "closing_rate", "mediation_rate", "over_limit")
_BAR = colors.HexColor("#4a7fb5")


def _ind(key: str) -> Indicator:
    return INDICATOR_BY_KEY[key]


def period_text(start: date, end: date) -> str:
    return f"{numeric_date(start)}至{numeric_date(end)}"


def bar_chart(title: str, bars: Sequence[tuple[str, int]], width: float = WIDTH) -> Drawing:
    """A horizontal bar chart with the Chinese labels on the left and the count beside each bar."""
    row = 18
    height = 34 + row * len(bars)
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # else the renderer starts in an unembedded Helvetica
    drawing.add(String(0, height - 12, title, fontName=FONT, fontSize=10.5))
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 14
    chart.width, chart.height = width - 62 * mm - 16 * mm, row * len(bars)
    chart.data = [[count for _, count in reversed(bars)]]  # the first bar on top
    chart.categoryAxis.categoryNames = [label for label, _ in reversed(bars)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    top = max((count for _, count in bars), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top, 1) * 1.15
    chart.valueAxis.valueStep = max(1, round(max(top, 1) / 5))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _indicator_rows(table: DisputeTable, s: dict[str, Any]) -> list[list[Any]]:
    rows: list[list[Any]] = [[_p(h, s["head"]) for h in ("序号", "指标", "数值", "单位", "定义", "依据")]]
    for i, ind in enumerate(INDICATORS, start=1):
        rows.append([_p(i, s["cell_center"]), _p(ind.name, s["cell"]),
                     _p(value_text(ind, table.values.get(ind.key)), s["cell_right"]), _p(ind.unit, s["cell_center"]),
                     _p(ind.definition, s["small_cell"]), _p(ind.source, s["small_cell"])])
    return rows


def _check_rows(tables: Sequence[DisputeTable], s: dict[str, Any], grouped: bool) -> list[list[Any]]:
    head = ("分组", "校验", "结果", "比较的数字") if grouped else ("校验", "结果", "比较的数字")
    rows: list[list[Any]] = [[_p(h, s["head"]) for h in head]]
    for table in tables:
        for check in table.checks:
            verdict = _p("通过" if check.passed else "未通过", s["pass"] if check.passed else s["fail"])
            cells = [_p(check.name, s["cell"]), verdict, _p(check.detail, s["small_cell"])]
            rows.append(([_p(table.group or "合计", s["cell"])] if grouped else []) + cells)
    return rows


def dispute_report_pdf(report: DisputeReport, *, made_on: date | None = None) -> bytes:
    """The PDF of a dispute report: charts, every indicator of the whole book with its definition
    and source, the groups' main figures when grouped, and every check (a failed one in red)."""
    s: dict[str, Any] = dict(_styles())
    base = s["cell"]
    s["cell_right"] = base.clone("cell_right", alignment=2)
    s["small_cell"] = base.clone("small_cell", fontSize=7.8, leading=10.5)
    s["pass"] = s["cell_center"].clone("pass", textColor=colors.HexColor("#1d6b2f"))
    s["fail"] = s["cell_center"].clone("fail", textColor=colors.HexColor("#b3261e"))
    total = report.total
    story: list[Any] = [_p(TITLE, s["title"])]
    story.append(_p(report.organisation, s["subtitle"]))
    story.append(_p(f"统计期：{period_text(report.start, report.end)}", s["subtitle"]))
    if report.by:
        story.append(_p(GROUPING_TEXT.get(report.by, ""), s["subtitle"]))
    if made_on is not None:
        story.append(_p(f"制表日期：{numeric_date(made_on)}", s["right"]))
    story.append(Spacer(1, 6))
    failed = [c for t in report.tables for c in t.failed]
    if failed:
        story.append(_p("注意：本表有校验未通过（见“四、校验”），数字须核对后方可报送：" + "；".join(
            dict.fromkeys(c.name for c in failed)) + "。", s["fail"].clone("fail_note", alignment=0, fontSize=10.5,
                                                                        leading=15)))
    else:
        story.append(_p("本表各项校验均已通过。", s["small"]))
    story.append(_p("一、主要数字", s["heading"]))
    summary = [[_p(ind.name, s["head"]) for ind in (_ind(k) for k in SUMMARY_KEYS)],
               [_p(value_text(_ind(k), total.values.get(k)) + ("" if _ind(k).unit in ("件", "人") else _ind(k).unit),
                   s["cell_center"]) for k in SUMMARY_KEYS]]
    story.append(_table(summary, [WIDTH / len(SUMMARY_KEYS)] * len(SUMMARY_KEYS), header_rows=1))
    story.append(_p("二、图表", s["heading"]))
    series = chart_series(total)
    for title, key in (("结案方式（件）", "way"), ("处理结果（件）", "result"), ("争议原因（当期受理，件）", "cause")):
        story.append(KeepTogether([bar_chart(title, series[key]), Spacer(1, 4)]))
    story.append(CondPageBreak(60 * mm))
    story.append(_p("三、指标、定义和依据" + ("（合计）" if report.by else ""), s["heading"]))
    widths = [9 * mm, 33 * mm, 20 * mm, 9 * mm, 52 * mm, WIDTH - 123 * mm]
    story.append(_table(_indicator_rows(total, s), widths, header_rows=1,
                        extra=[("VALIGN", (0, 1), (-1, -1), "TOP")]))
    if report.by and len(report.tables) > 1:
        story.append(CondPageBreak(50 * mm))
        story.append(_p("分组主要数字", s["heading"]))
        head = [_p("分组", s["head"])] + [_p(_ind(k).name, s["head"]) for k in SUMMARY_KEYS]
        rows: list[list[Any]] = [head]
        for t in report.tables[1:]:
            rows.append([_p(t.group, s["cell"])] + [_p(value_text(_ind(k), t.values.get(k)), s["cell_right"])
                                                   for k in SUMMARY_KEYS])
        first = 34 * mm
        story.append(_table(rows, [first] + [(WIDTH - first) / len(SUMMARY_KEYS)] * len(SUMMARY_KEYS), header_rows=1))
    story.append(CondPageBreak(50 * mm))
    story.append(_p("四、校验", s["heading"]))
    grouped = len(report.tables) > 1
    check_widths = ([24 * mm, 52 * mm, 16 * mm, WIDTH - 92 * mm] if grouped
                    else [62 * mm, 16 * mm, WIDTH - 78 * mm])
    story.append(_table(_check_rows(report.tables, s, grouped), check_widths, header_rows=1,
                        extra=[("VALIGN", (0, 1), (-1, -1), "TOP")]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("口径：各指标的统计口径见上表“定义”栏；金额单位为元，比率为百分比，保留两位小数。", s["small"]))
    return _build(story, title=TITLE, org_name=report.organisation, right_header=period_text(report.start, report.end))
