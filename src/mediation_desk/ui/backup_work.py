"""Backup and verification as plain functions run on the worker, and their results in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from mediation_desk.services import backups
from mediation_desk.ui.context import DeskContext, Progress


def backup_folder(ctx: DeskContext, folder_text: str) -> Path:
    """The folder a backup goes to: the one set, or the book's own backups folder."""
    if folder_text.strip():
        return Path(folder_text.strip()).expanduser()
    return ctx.default_backup_dir or (ctx.data_dir / "backups")


def backup_and_record(ctx: DeskContext, folder: Path, keep: int, progress: Progress) -> Any:
    """Write a backup (storage, via the context) and record it (service); returns the backup info."""
    info = ctx.backup_now(folder, keep, progress)
    backups.record_backup(ctx.uow, ctx.principal, info)
    return info


def verify_in_words(report: Any, lang: str) -> str:
    """A verification report as sentences for the administrator."""
    en = lang == "en"
    findings = list(getattr(report, "findings", []) or [])
    lines: list[str] = []
    if getattr(report, "ok", False):
        lines.append(QCoreApplication.translate("backup", "校验通过：案件库完好，加密页校验、数据库结构检查和审计记录哈希链均无问题。"))
    else:
        lines.append(QCoreApplication.translate("backup", "校验发现问题：请不要继续录入，先从最近的备份恢复或联系技术支持。"))
    facts = []
    if getattr(report, "case_count", None) is not None:
        facts.append(QCoreApplication.translate("backup", "案件 {n} 件").format(n=report.case_count))
    if getattr(report, "audit_rows", None) is not None:
        facts.append(QCoreApplication.translate("backup", "审计记录 {n} 条").format(n=report.audit_rows))
    if getattr(report, "schema_revision", None):
        facts.append(QCoreApplication.translate("backup", "数据结构版本 {rev}").format(rev=report.schema_revision))
    if facts:
        lines.append(("; " if en else "；").join(facts) + ("." if en else "。"))
    for f in findings:
        severity = getattr(f, "severity", "error")
        head = (QCoreApplication.translate("backup", "错误") if severity == "error"
                else QCoreApplication.translate("backup", "提醒"))
        text = getattr(f, "en" if en else "zh", None) or str(f)
        lines.append(f"• {head}{': ' if en else '：'}{text}")
    return "\n".join(lines)
