"""Editing a case's details at one of several desks without losing anyone's work.

A save names the version of the case the desk read (``CaseDetail.version``). Under the write lock the
service compares it with the stored version; when another desk saved in between, nothing is written
and ``domain.versions.StaleRecord`` tells who changed what and when (from the audit trail), so the
desk reloads the case and saves again with what its user typed."""

from __future__ import annotations

from mediation_desk.domain.cases import CaseDetail
from mediation_desk.domain.errors import NotFound, ValidationError
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.domain.versions import stale_record
from mediation_desk.services.access import require_case
from mediation_desk.services.clock import now
from mediation_desk.services.ports import Tx, UnitOfWork

MAX_FACTS = 20_000
MAX_PLATFORM = 100


def check_version(tx: Tx, detail: CaseDetail, expected_version: int | None) -> None:
    """Refuse a save by a desk that read ``expected_version`` when the case has moved on since
    (``None``: the caller read the case inside this very transaction)."""
    if expected_version is None or expected_version == detail.version:
        return
    number = detail.summary.number
    raise stale_record((f"案件{number}", f"case {number}"), read_version=expected_version,
                       current_version=detail.version,
                       changes=tx.cases.changes_since(detail.summary.id, expected_version))


def edit_case_details(uow: UnitOfWork, actor: Principal, *, case_id: int, facts: str, platform: str,
                      expected_version: int) -> int:
    """Save a case's facts and platform over the version the desk read; the new version.
    Saving what is already stored changes nothing (the version stays)."""
    facts, platform = facts.strip(), platform.strip()
    errors: dict[str, str] = {}
    if not facts:
        errors["facts"] = "请填写案情"
    elif len(facts) > MAX_FACTS:
        errors["facts"] = f"案情不能超过{MAX_FACTS}字"
    if len(platform) > MAX_PLATFORM:
        errors["platform"] = f"平台名称不能超过{MAX_PLATFORM}字"
    if errors:
        raise ValidationError(errors)
    with uow.write() as tx:
        require_case(tx, actor, case_id, Permission.REGISTER_CASE)
        detail = tx.cases.get(case_id)
        if detail is None:
            raise NotFound("找不到该案件。", "Case not found.")
        check_version(tx, detail, expected_version)
        changes: dict[str, object] = {}
        if facts != detail.facts:
            changes["facts"] = [detail.facts, facts]
        if platform != detail.summary.platform:
            changes["platform"] = [detail.summary.platform, platform]
        if not changes:
            return detail.version
        version = tx.cases.update_details(case_id, facts=facts, platform=platform, now=now())
        changes["version"] = version
        tx.audit.append(actor=actor.username, action="case.edit", entity="case", entity_id=case_id, changes=changes)
        return version
