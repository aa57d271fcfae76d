"""The dispute tables as plain JSON values and as an XLSX workbook (openpyxl).

In the workbook every text cell is written as text: a value that starts with ``=``, ``+``, ``-``
or ``@`` is stored with the string data type, never read as a formula. Figures are numbers.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from mediation_desk.domain.statistics import INDICATORS, DisputeTable
from mediation_desk.services.statistics import DisputeReport

FORMULA_START = ("=", "+", "-", "@")


def _plain(value: int | Decimal | None) -> int | str | None:
    return str(value) if isinstance(value, Decimal) else value


def table_json(table: DisputeTable) -> dict[str, Any]:
    return {
        "group": table.group,
        "passed": table.passed,
        "indicators": [{"key": i.key, "name": i.name, "english": i.english, "unit": i.unit,
                        "value": _plain(table.values.get(i.key)), "definition": i.definition, "source": i.source}
                       for i in INDICATORS],
        "checks": [{"key": c.key, "name": c.name, "english": c.english, "passed": c.passed, "detail": c.detail}
                   for c in table.checks],
    }


def report_json(report: DisputeReport) -> dict[str, Any]:
    return {"report": "disputes", "organisation": report.organisation, "start": report.start.isoformat(),
            "end": report.end.isoformat(), "by": report.by,
            "tables": [table_json(t) for t in report.tables]}


def _text_cell(ws: Any, row: int, column: int, value: str) -> None:
    cell = ws.cell(row=row, column=column)
    cell.value = value
    cell.data_type = "s"  # a string even when it looks like a formula


def write_xlsx(report: DisputeReport, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "指标"
    checks = wb.create_sheet("校验")
    period = f"{report.start.isoformat()} 至 {report.end.isoformat()}"
    headers = ("分组", "指标", "Indicator", "数值", "单位", "定义", "依据")
    _text_cell(ws, 1, 1, f"劳动争议案件统计表 {report.organisation} {period}")
    for col, h in enumerate(headers, start=1):
        _text_cell(ws, 2, col, h)
        ws.cell(row=2, column=col).font = Font(bold=True)
    row = 3
    for table in report.tables:
        group = table.group or "合计"
        for ind in INDICATORS:
            value = table.values.get(ind.key)
            _text_cell(ws, row, 1, group)
            _text_cell(ws, row, 2, ind.name)
            _text_cell(ws, row, 3, ind.english)
            cell = ws.cell(row=row, column=4)
            if value is None:
                cell.value = None
            elif isinstance(value, Decimal):
                cell.value = float(value) if ind.unit in ("%", "天") else value
                cell.number_format = "0.00"
            else:
                cell.value = int(value)
            _text_cell(ws, row, 5, ind.unit)
            _text_cell(ws, row, 6, ind.definition)
            _text_cell(ws, row, 7, ind.source)
            row += 1
    for col, width in zip("ABCDEFG", (18, 26, 34, 14, 6, 70, 44)):
        ws.column_dimensions[col].width = width
    for col, h in enumerate(("分组", "校验", "Check", "结果", "说明"), start=1):
        _text_cell(checks, 1, col, h)
        checks.cell(row=1, column=col).font = Font(bold=True)
    row = 2
    for table in report.tables:
        for check in table.checks:
            _text_cell(checks, row, 1, table.group or "合计")
            _text_cell(checks, row, 2, check.name)
            _text_cell(checks, row, 3, check.english)
            _text_cell(checks, row, 4, "通过" if check.passed else "未通过")
            _text_cell(checks, row, 5, check.detail)
            row += 1
    for col, width in zip("ABCDE", (18, 50, 44, 8, 60)):
        checks.column_dimensions[col].width = width
    wb.save(target)
