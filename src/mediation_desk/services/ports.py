"""What the services need from storage, as protocols. ``storage`` implements them."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from mediation_desk.domain.cases import CaseDetail, CaseQuery, CaseStatus, CaseSummary, Intake
from mediation_desk.domain.users import OrganisationView, Role, UserView


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    password_hash: str


@dataclass(frozen=True)
class DeadlineRow:
    """A stored open deadline of a case (see domain.deadlines.Deadline for the full computation)."""

    code: str
    name: str
    start_event: str
    start: date
    due: date | None
    day_kind: str
    source: str
    problem: str = ""


class AuditLog(Protocol):
    def append(self, *, actor: str, action: str, entity: str, entity_id: str | int, changes: dict[str, Any]) -> int: ...


class OrganisationRepo(Protocol):
    def get(self) -> OrganisationView | None: ...
    def save(self, org: OrganisationView) -> None: ...


class UserRepo(Protocol):
    def by_username(self, username: str) -> UserRecord | None: ...
    def by_id(self, user_id: int) -> UserRecord | None: ...
    def list(self) -> list[UserView]: ...
    def add(self, *, username: str, display_name: str, role: Role, password_hash: str, created_at: datetime) -> int: ...
    def update(self, user_id: int, **fields: Any) -> None: ...
    def count_active(self, role: Role) -> int: ...


class SettingsRepo(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


class CounterRepo(Protocol):
    def next(self, name: str, year: int) -> int: ...


class CaseRepo(Protocol):
    def add(self, intake: Intake, *, number: str, status: CaseStatus, handler_id: int | None,
            now: datetime) -> int: ...
    def count(self, query: CaseQuery) -> int: ...
    def page(self, query: CaseQuery, offset: int, limit: int) -> list[CaseSummary]: ...
    def get(self, case_id: int) -> CaseDetail | None: ...
    def set_status(self, case_id: int, status: CaseStatus, now: datetime) -> None: ...
    def add_event(self, case_id: int, *, event_date: date, kind: str, actor: str, note: str,
                  from_status: str = "", to_status: str = "", now: datetime) -> int: ...
    def platforms(self) -> list[str]: ...
    def events_of(self, case_id: int) -> dict[str, date]: ...
    def replace_deadlines(self, case_id: int, deadlines: list[DeadlineRow]) -> None: ...
    def deadlines_due(self, *, until: date, handler_id: int | None, active_only: bool = True,
                      limit: int = 1000) -> list[tuple[CaseSummary, DeadlineRow]]: ...
    def count_deadlines_due(self, *, until: date, since: date | None, handler_id: int | None) -> int: ...
    def active_case_ids(self, after_id: int, limit: int) -> list[int]: ...


class Tx(Protocol):
    """One transaction's repositories."""

    org: OrganisationRepo
    users: UserRepo
    settings: SettingsRepo
    counters: CounterRepo
    cases: CaseRepo
    audit: AuditLog


class UnitOfWork(Protocol):
    def read(self) -> AbstractContextManager[Tx]: ...
    def write(self) -> AbstractContextManager[Tx]: ...
