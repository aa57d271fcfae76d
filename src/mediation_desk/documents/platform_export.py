"""The platform-enterprise report (平台企业用工情况) as plain JSON values and as an XLSX workbook:
one sheet per breakdown, a sheet of definitions and one of checks. Text cells are written as text
(``statistics_export``'s rule: a value starting with =, +, - or @ is never read as a formula)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from mediation_desk.documents.statistics_export import _text_cell
from mediation_desk.domain.platform_report import FIGURE_COLUMNS, Breakdown, PlatformReport


def _plain(value: int | Decimal) -> int | str:
    return str(value) if isinstance(value, Decimal) else value


def _figures(values: Any) -> dict[str, int | str]:
    return {key: _plain(values[key]) for key, _, _ in FIGURE_COLUMNS}


def breakdown_json(b: Breakdown) -> dict[str, Any]:
    rows = []
    for r in b.rows:
        row: dict[str, Any] = {"key": r.key, "label": r.label, "english": r.english, **_figures(r.values)}
        if b.key == "enterprise":
            row.update(credit_code=r.credit_code, roles=list(r.roles), other_names=list(r.other_names))
        elif b.key == "platform":
            row.update(other_names=list(r.other_names))
        rows.append(row)
    return {"key": b.key, "name": b.name, "english": b.english, "definition": b.definition, "source": b.source,
            "multi_valued": b.multi_valued, "rows": rows,
            "checks": [{"key": c.key, "name": c.name, "english": c.english, "passed": c.passed, "detail": c.detail}
                       for c in b.checks]}


def report_json(report: PlatformReport) -> dict[str, Any]:
    return {"report": "platforms", "start": report.start.isoformat(), "end": report.end.isoformat(),
            "passed": report.passed, "columns": [{"key": k, "name": n, "english": e} for k, n, e in FIGURE_COLUMNS],
            "total": _figures(report.total), "received_new": report.received_new,
            "received_reopened": report.received_reopened,
            "checks": [{"key": c.key, "name": c.name, "english": c.english, "passed": c.passed, "detail": c.detail}
                       for c in report.checks],
            "breakdowns": [breakdown_json(b) for b in report.breakdowns]}


def _number(ws: Any, row: int, column: int, value: int | Decimal) -> None:
    cell = ws.cell(row=row, column=column)
    cell.value = value if isinstance(value, Decimal) else int(value)
    if isinstance(value, Decimal):
        cell.number_format = "0.00"


def write_xlsx(report: PlatformReport, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    period = f"{report.start.isoformat()} 至 {report.end.isoformat()}"
    first = True
    for b in report.breakdowns:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = b.name[:31]
        _text_cell(ws, 1, 1, f"平台企业用工情况 {b.name} {period}")
        extra = ("统一社会信用代码", "角色", "其他写法") if b.key == "enterprise" else ()
        headers = ("项目", *(n for _, n, _ in FIGURE_COLUMNS), *extra)
        for col, h in enumerate(headers, start=1):
            _text_cell(ws, 2, col, h)
            ws.cell(row=2, column=col).font = Font(bold=True)
        row = 3
        for r in b.rows:
            _text_cell(ws, row, 1, r.label)
            for col, (key, _, _) in enumerate(FIGURE_COLUMNS, start=2):
                _number(ws, row, col, r.values[key])
            if extra:
                base = len(FIGURE_COLUMNS) + 2
                _text_cell(ws, row, base, r.credit_code)
                _text_cell(ws, row, base + 1, "、".join(r.roles))
                _text_cell(ws, row, base + 2, "、".join(r.other_names))
            row += 1
        _text_cell(ws, row, 1, "合计（案件）" if b.multi_valued else "合计")
        ws.cell(row=row, column=1).font = Font(bold=True)
        for col, (key, _, _) in enumerate(FIGURE_COLUMNS, start=2):
            _number(ws, row, col, report.total[key])
        if b.multi_valued:
            _text_cell(ws, row + 1, 1, "注：一件案件可计入多行，各行之和可大于合计。")
        ws.column_dimensions["A"].width = 36
    defs = wb.create_sheet("定义")
    for col, h in enumerate(("分表", "Breakdown", "多值", "定义", "依据"), start=1):
        _text_cell(defs, 1, col, h)
        defs.cell(row=1, column=col).font = Font(bold=True)
    for row, b in enumerate(report.breakdowns, start=2):
        _text_cell(defs, row, 1, b.name)
        _text_cell(defs, row, 2, b.english)
        _text_cell(defs, row, 3, "是（一案可计入多行）" if b.multi_valued else "否（每案只计一行）")
        _text_cell(defs, row, 4, b.definition)
        _text_cell(defs, row, 5, b.source)
    for col, width in zip("ABCDE", (22, 30, 18, 90, 50)):
        defs.column_dimensions[col].width = width
    checks = wb.create_sheet("校验")
    for col, h in enumerate(("分表", "校验", "Check", "结果", "说明"), start=1):
        _text_cell(checks, 1, col, h)
        checks.cell(row=1, column=col).font = Font(bold=True)
    row = 2
    for owner, items in (("合计", report.checks), *((b.name, b.checks) for b in report.breakdowns)):
        for check in items:
            _text_cell(checks, row, 1, owner)
            _text_cell(checks, row, 2, check.name)
            _text_cell(checks, row, 3, check.english)
            _text_cell(checks, row, 4, "通过" if check.passed else "未通过")
            _text_cell(checks, row, 5, check.detail)
            row += 1
    for col, width in zip("ABCDE", (22, 50, 44, 8, 60)):
        checks.column_dimensions[col].width = width
    wb.save(target)
