"""The outbox of hand-off packages (implements ``services.ports.OutboxRepo``).

The package file is in the vault; the row holds its uid, size, SHA-256 and wrapped data key like an
evidence item's, so a re-key of the book re-wraps it (``storage.vault.KEYED_TABLES``).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mediation_desk.domain.outbox import OutboxItem, OutboxState
from mediation_desk.services.ports import EvidenceFile
from mediation_desk.storage import orm

_UPDATABLE = frozenset({"state", "attempts", "next_attempt_at", "last_error", "last_status", "sent_at",
                        "acknowledged_at", "receipt", "exported_at", "exported_to"})


def _item(row: orm.HandoffOutboxRow, case_number: str | None) -> OutboxItem:
    return OutboxItem(
        id=row.id, package_id=row.package_id, case_id=row.case_id, kind=row.kind, title=row.title, size=row.size,
        sha256=row.sha256, destination=row.destination, idempotency_key=row.idempotency_key,
        state=OutboxState(row.state), attempts=row.attempts, next_attempt_at=row.next_attempt_at,
        last_error=row.last_error, last_status=row.last_status, sent_at=row.sent_at,
        acknowledged_at=row.acknowledged_at, receipt=json.loads(row.receipt) if row.receipt else None,
        exported_at=row.exported_at, exported_to=row.exported_to, created_at=row.created_at,
        created_by=row.created_by, case_number=case_number or "")


class SqlOutboxRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _select(self) -> Any:
        return (select(orm.HandoffOutboxRow, orm.Case.number)
                .outerjoin(orm.Case, orm.Case.id == orm.HandoffOutboxRow.case_id))

    def add(self, *, package_id: str, case_id: int | None, kind: str, title: str, file: EvidenceFile,
            destination: str, idempotency_key: str, state: str, next_attempt_at: datetime | None,
            created_by: str, created_at: datetime) -> int:
        (kid, wrapped), = file.wrapped_keys[:1]
        row = orm.HandoffOutboxRow(
            package_id=package_id, case_id=case_id, kind=kind, title=title, uid=file.uid, size=file.size,
            sha256=file.sha256, format_version=file.format_version, wrapped_dek=wrapped, dek_key_id=kid,
            destination=destination, idempotency_key=idempotency_key, state=state, attempts=0,
            next_attempt_at=next_attempt_at, last_error="", exported_to="", created_at=created_at,
            created_by=created_by)
        self.s.add(row)
        self.s.flush()
        return row.id

    def get(self, item_id: int) -> OutboxItem | None:
        got = self.s.execute(self._select().where(orm.HandoffOutboxRow.id == item_id)).first()
        return None if got is None else _item(got[0], got[1])

    def file_of(self, item_id: int) -> EvidenceFile | None:
        row = self.s.get(orm.HandoffOutboxRow, item_id)
        if row is None:
            return None
        wraps: tuple[tuple[str, bytes], ...] = ((row.dek_key_id, bytes(row.wrapped_dek)),)
        if row.wrapped_dek_next is not None and row.dek_next_key_id:
            wraps += ((row.dek_next_key_id, bytes(row.wrapped_dek_next)),)
        return EvidenceFile(uid=row.uid, case_id=row.case_id or 0, size=row.size, sha256=row.sha256,
                            wrapped_keys=wraps, format_version=row.format_version)

    def find(self, destination: str, package_id: str) -> OutboxItem | None:
        got = self.s.execute(self._select().where(orm.HandoffOutboxRow.destination == destination,
                                                  orm.HandoffOutboxRow.package_id == package_id)).first()
        return None if got is None else _item(got[0], got[1])

    def list(self, *, case_id: int | None = None, states: Collection[str] = ()) -> list[OutboxItem]:
        stmt = self._select()
        if case_id is not None:
            stmt = stmt.where(orm.HandoffOutboxRow.case_id == case_id)
        if states:
            stmt = stmt.where(orm.HandoffOutboxRow.state.in_(list(states)))
        return [_item(r, n) for r, n in self.s.execute(stmt.order_by(orm.HandoffOutboxRow.id.desc()))]

    def claim(self, item_id: int, *, expected: str, state: str) -> bool:
        cur = self.s.execute(update(orm.HandoffOutboxRow).where(orm.HandoffOutboxRow.id == item_id,
                                                                orm.HandoffOutboxRow.state == expected)
                             .values(state=state))
        self.s.expire_all()
        return bool(getattr(cur, "rowcount", 0) == 1)

    def update(self, item_id: int, **fields: Any) -> None:
        unknown = set(fields) - _UPDATABLE
        if unknown:
            raise ValueError(f"not an outbox field: {sorted(unknown)}")
        if "receipt" in fields and fields["receipt"] is not None:
            fields["receipt"] = json.dumps(fields["receipt"], ensure_ascii=False, sort_keys=True)
        if isinstance(fields.get("state"), OutboxState):
            fields["state"] = fields["state"].value
        row = self.s.get(orm.HandoffOutboxRow, item_id)
        if row is None:
            raise ValueError(f"no outbox item {item_id}")
        for key, value in fields.items():
            setattr(row, key, value)
        self.s.flush()
