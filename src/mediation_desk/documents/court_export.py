"""The 裁审衔接 figures as plain JSON values and as an XLSX workbook (openpyxl).

One sheet per grouping (全委合计, 按首席（独任）仲裁员, 按请求类型, 按被申请人) with every figure and the
case numbers behind it, one sheet listing the cases behind each figure (one row per case), and one
with the definitions. Text cells are written as text (``statistics_export._text_cell``): a value
starting with ``=``, ``+``, ``-`` or ``@`` is never read as a formula.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from mediation_desk.documents.statistics_export import _text_cell
from mediation_desk.domain.court_figures import FIGURES, CourtFigures, Figure, Grouping

_SHEET_TITLES = {Grouping.COMMISSION: "全委合计", Grouping.ARBITRATOR: "按仲裁员",
                 Grouping.CLAIM_KIND: "按请求类型", Grouping.RESPONDENT: "按被申请人"}


def _value(f: Figure) -> int | str | None:
    return str(f.value) if isinstance(f.value, Decimal) else f.value


def figures_json(report: CourtFigures, *, organisation: str = "") -> dict[str, Any]:
    numbers = report.case_numbers
    return {
        "report": "court", "organisation": organisation, "start": report.start.isoformat(),
        "end": report.end.isoformat(), "basis": report.basis.value, "basis_label": report.basis.label,
        "definitions": [{"key": d.key, "name": d.name, "english": d.english, "unit": d.unit,
                         "definition": d.definition} for d in FIGURES],
        "groups": [{"grouping": g.grouping.value, "grouping_label": g.grouping.label, "label": g.label,
                    "figures": [{"key": f.key, "name": f.name, "value": _value(f), "unit": f.unit,
                                 "numerator": f.numerator, "denominator": f.denominator,
                                 "cases": [numbers.get(c, str(c)) for c in f.case_ids]} for f in g.figures]}
                   for g in report.groups],
    }


def write_xlsx(report: CourtFigures, target: Path, *, organisation: str = "") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    numbers = report.case_numbers
    wb = Workbook()
    first = True
    period = f"{report.start.isoformat()} 至 {report.end.isoformat()}（{report.basis.label}）"
    headers = ("分组", "指标", "Figure", "数值", "单位", "分子", "分母", "案件")
    for grouping in Grouping:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = _SHEET_TITLES[grouping]
        _text_cell(ws, 1, 1, f"裁审衔接统计 {organisation} {period} {grouping.label}".replace("  ", " "))
        for col, h in enumerate(headers, start=1):
            _text_cell(ws, 2, col, h)
            ws.cell(row=2, column=col).font = Font(bold=True)
        row = 3
        for group in report.of(grouping):
            for f in group.figures:
                _text_cell(ws, row, 1, group.label)
                _text_cell(ws, row, 2, f.name)
                _text_cell(ws, row, 3, f.english)
                cell = ws.cell(row=row, column=4)
                if f.value is None:
                    _text_cell(ws, row, 4, "—")
                elif isinstance(f.value, Decimal):
                    cell.value = float(f.value)
                    cell.number_format = "0.00"
                else:
                    cell.value = int(f.value)
                _text_cell(ws, row, 5, f.unit)
                ws.cell(row=row, column=6).value = f.numerator
                if f.denominator is not None:
                    ws.cell(row=row, column=7).value = f.denominator
                _text_cell(ws, row, 8, "、".join(numbers.get(c, str(c)) for c in f.case_ids))
                row += 1
        for col, width in zip("ABCDEFGH", (30, 20, 34, 10, 6, 8, 8, 80)):
            ws.column_dimensions[col].width = width
    cases = wb.create_sheet("案件清单")
    for col, h in enumerate(("分组方式", "分组", "指标", "案号"), start=1):
        _text_cell(cases, 1, col, h)
        cases.cell(row=1, column=col).font = Font(bold=True)
    row = 2
    for group in report.groups:
        for f in group.figures:
            for case_id in f.case_ids:
                _text_cell(cases, row, 1, group.grouping.label)
                _text_cell(cases, row, 2, group.label)
                _text_cell(cases, row, 3, f.name)
                _text_cell(cases, row, 4, numbers.get(case_id, str(case_id)))
                row += 1
    for col, width in zip("ABCD", (22, 30, 20, 30)):
        cases.column_dimensions[col].width = width
    defs = wb.create_sheet("指标定义")
    for col, h in enumerate(("指标", "Figure", "单位", "定义"), start=1):
        _text_cell(defs, 1, col, h)
        defs.cell(row=1, column=col).font = Font(bold=True)
    for row, d in enumerate(FIGURES, start=2):
        _text_cell(defs, row, 1, d.name)
        _text_cell(defs, row, 2, d.english)
        _text_cell(defs, row, 3, d.unit)
        _text_cell(defs, row, 4, d.definition)
    _text_cell(defs, len(FIGURES) + 3, 1, "统计口径")
    _text_cell(defs, len(FIGURES) + 3, 4, report.basis.label + "：" + (
        "期间内作出的裁决，以及此后法院对其作出的全部处理" if report.basis.value == "award"
        else "期间内作出的裁决数为分母；期间内立案的起诉和撤销申请、期间内作出的法院处理"))
    for col, width in zip("ABCD", (16, 34, 6, 90)):
        defs.column_dimensions[col].width = width
    wb.save(target)
