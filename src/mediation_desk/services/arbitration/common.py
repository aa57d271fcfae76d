"""What the arbitration use cases share: loading the case, the date checks, dated case events,
and the refusal of arbitration acts outside a labour arbitration commission's book or outside
the case's arbitration stage."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.domain.cases import CaseDetail, CaseStatus
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.users import OrgKind, Principal
from mediation_desk.services import clock
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import refresh_case
from mediation_desk.services.ports import ArbitrationRepo, Tx


def _repo(tx: Tx) -> ArbitrationRepo:
    return tx.arbitration


def _case(tx: Tx, case_id: int) -> CaseDetail:
    detail = tx.cases.get(case_id)
    if detail is None:
        raise NotFound("找不到该案件。", "Case not found.")
    return detail


def _not_before_receipt(name: str, on: date, detail: CaseDetail, label: str) -> None:
    if on < detail.summary.received_on:
        raise ValidationError({name: f"{label}不能早于收案日期"})


def _not_future(name: str, on: date, label: str) -> None:
    if on > clock.today():
        raise ValidationError({name: f"{label}不能晚于今天"})


def _event(tx: Tx, actor: Principal, case_id: int, kind: str, on: date, note: str = "", *,
           refresh: bool = True) -> None:
    tx.cases.add_event(case_id, event_date=on, kind=kind, actor=actor.username, note=note, now=now())
    if refresh:
        refresh_case(tx, case_id)
    tx.audit.append(actor=actor.username, action="case.event", entity="case", entity_id=case_id,
                    changes={"event": kind, "on": on.isoformat(), "note": note})


def require_commission(tx: Tx) -> Any:
    """The organisation of the book, refused unless it is a labour arbitration commission: only a
    commission accepts applications, forms tribunals, holds hearings and makes awards."""
    org = tx.org.get()
    if org is None or org.kind is not OrgKind.ARBITRATION:
        name = org.name if org is not None else "本案件库"
        raise ConflictError(f"{name}不是劳动人事争议仲裁委员会，不能办理仲裁受理、组庭、开庭、送达和裁决；"
                            "仲裁文书只能在仲裁委员会的案件库中制作。",
                            "Arbitration (acceptance, tribunal, hearings, service and awards) is available only "
                            "in the case book of a labour arbitration commission.")
    return org


def _require_arbitration(detail: CaseDetail, what: str) -> None:
    if detail.summary.status is not CaseStatus.ARBITRATION:
        raise ConflictError(f"案件当前为“{CaseStatus.label_of(detail.summary.status.value)}”，不在仲裁审理中，不能{what}。",
                            f"The case is not in arbitration ({detail.summary.status.value}).")


def _tribunal_names(tx: Tx, case_id: int) -> list[str]:
    tribunal = _repo(tx).latest_tribunal(case_id)
    return [m.name for m in tribunal.members] if tribunal else []
