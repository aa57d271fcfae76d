"""``report disputes|platforms|court``: the statistics reports of a period."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from mediation_desk.cli.common import CliError, _open, _say

def _period_date(text: str, flag: str):  # noqa: ANN202
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{flag} 日期无效：{text}（格式为 YYYY-MM-DD）",
                       f"{flag}: not a date: {text} (use YYYY-MM-DD)") from None


def cmd_report(args: argparse.Namespace) -> int:
    """``report disputes|platforms``: the dispute tables of a period as JSON, XLSX or PDF, or the
    platform-enterprise report as JSON, XLSX or PDF."""
    import json
    import tempfile

    from mediation_desk.documents.statistics_export import report_json, write_xlsx
    from mediation_desk.services import accounts
    from mediation_desk.services.statistics import dispute_table

    start, end = _period_date(args.date_from, "--from"), _period_date(args.date_to, "--to")
    if end < start:
        raise CliError(f"统计期无效：结束日 {end.isoformat()} 早于开始日 {start.isoformat()}",
                       f"Bad period: {end.isoformat()} is before {start.isoformat()}")
    output = Path(args.output)
    if not output.parent.is_dir():
        raise CliError(f"输出文件夹不存在：{output.parent}", f"No such folder: {output.parent}")
    if getattr(args, "basis", None) and args.kind != "court":
        raise CliError("--basis 只用于 court", "--basis applies to court only")
    if args.kind == "court":
        if args.by:
            raise CliError("裁审衔接统计已按全委、仲裁员、请求类型和被申请人分组（--by 只用于 disputes）",
                           "The court report has all its groupings already; --by applies to disputes only")
        if args.format == "pdf":
            raise CliError("裁审衔接统计不能导出为PDF，请用 --format json 或 xlsx",
                           "The court report has no PDF: use --format json or xlsx")
        return _report_court(args, start, end, output)
    if args.kind == "platforms":
        if args.by:
            raise CliError("平台企业用工情况不分组（--by 只用于 disputes）", "--by applies to disputes only")
        return _report_platforms(args, start, end, output)
    book, _ = _open(args)
    try:
        report = dispute_table(book.uow, accounts.administrator_principal(book.uow), start=start, end=end,
                               by=args.by)
    finally:
        book.close()
    fd, tmp = tempfile.mkstemp(prefix=".report-", dir=output.parent)
    os.close(fd)
    try:
        if args.format == "json":
            Path(tmp).write_text(json.dumps(report_json(report), ensure_ascii=False, indent=2), "utf-8")
        elif args.format == "pdf":
            from mediation_desk.documents.statistics_pdf import dispute_report_pdf
            from mediation_desk.services import clock

            Path(tmp).write_bytes(dispute_report_pdf(report, made_on=clock.today()))
        else:
            write_xlsx(report, Path(tmp))
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # an ordinary file, as the user's other files (mkstemp makes 0600)
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    failed = [c.name for t in report.tables for c in t.failed]
    _say(f"已生成统计表：{output}" + (f"（校验未通过：{'；'.join(failed)}）" if failed else ""),
         f"Report written: {output}" + (f" (checks failed: {len(failed)})" if failed else ""))
    return 0


def _report_platforms(args: argparse.Namespace, start: date, end: date, output: Path) -> int:
    import json
    import tempfile

    from mediation_desk.documents.platform_export import report_json, write_xlsx
    from mediation_desk.services import accounts
    from mediation_desk.services.platform_report import platform_report

    book, _ = _open(args)
    try:
        report = platform_report(book.uow, accounts.administrator_principal(book.uow), start=start, end=end)
        org = accounts.get_organisation(book.uow)
    finally:
        book.close()
    fd, tmp = tempfile.mkstemp(prefix=".report-", dir=output.parent)
    os.close(fd)
    try:
        if args.format == "json":
            Path(tmp).write_text(json.dumps(report_json(report), ensure_ascii=False, indent=2), "utf-8")
        elif args.format == "pdf":
            from mediation_desk.documents.platform_pdf import platform_report_pdf
            from mediation_desk.services import clock

            Path(tmp).write_bytes(platform_report_pdf(report, organisation=org.name if org is not None else "",
                                                      made_on=clock.today()))
        else:
            write_xlsx(report, Path(tmp))
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    failed = [c.name for c in report.failed]
    _say(f"已生成平台企业用工情况表：{output}" + (f"（校验未通过：{'；'.join(failed)}）" if failed else ""),
         f"Report written: {output}" + (f" (checks failed: {len(failed)})" if failed else ""))
    return 0


def _report_court(args: argparse.Namespace, start: date, end: date, output: Path) -> int:
    """``report court``: the 裁审衔接 figures (仲裁后起诉率, 维持率, 改判率, 撤裁率, 裁审一致率) with the
    case numbers behind each figure, as JSON or XLSX."""
    import json
    import tempfile

    from mediation_desk.documents.court_export import figures_json, write_xlsx
    from mediation_desk.services import accounts
    from mediation_desk.services.court import court_figures

    book, _ = _open(args)
    try:
        admin = accounts.administrator_principal(book.uow)
        report = court_figures(book.uow, admin, start=start, end=end, basis=getattr(args, "basis", None) or "award")
        org = accounts.get_organisation(book.uow)
    finally:
        book.close()
    organisation = org.name if org is not None else ""
    fd, tmp = tempfile.mkstemp(prefix=".report-", dir=output.parent)
    os.close(fd)
    try:
        if args.format == "json":
            Path(tmp).write_text(json.dumps(figures_json(report, organisation=organisation), ensure_ascii=False,
                                            indent=2), "utf-8")
        else:
            write_xlsx(report, Path(tmp), organisation=organisation)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    total = report.commission
    _say(f"已生成裁审衔接统计：{output}（作出裁决{total.figure('awards_made').text}件，"
         f"仲裁后起诉率{total.figure('suit_rate').text}，裁审一致率{total.figure('consistency_rate').text}）",
         f"Court report written: {output} (awards {total.figure('awards_made').text}, "
         f"taken to court {total.figure('suit_rate').text}, consistency {total.figure('consistency_rate').text})")
    return 0
