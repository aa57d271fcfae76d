"""The register of hand-off packages made and received (implements ``services.ports.HandoffRepo``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk.domain.handoff import HandoffPackageRecord
from mediation_desk.storage import orm


def _record(row: orm.HandoffPackageRow) -> HandoffPackageRecord:
    return HandoffPackageRecord(
        id=row.id, case_id=row.case_id, direction=row.direction, kind=row.kind, package_id=row.package_id,
        manifest_sha256=row.manifest_sha256, file_name=row.file_name, size=int(row.size), files=int(row.files),
        key_id=row.key_id, court=row.court, court_reference=row.court_reference, created_at=row.created_at,
        created_by=row.created_by, note=row.note)


class SqlHandoffRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, *, case_id: int | None, direction: str, kind: str, package_id: str, manifest_sha256: str,
            file_name: str, size: int, files: int, key_id: str, court: str, court_reference: str,
            created_at: datetime, created_by: str, note: str = "") -> int:
        row = orm.HandoffPackageRow(case_id=case_id, direction=direction, kind=kind, package_id=package_id,
                                    manifest_sha256=manifest_sha256, file_name=file_name, size=size, files=files,
                                    key_id=key_id, court=court, court_reference=court_reference,
                                    created_at=created_at, created_by=created_by, note=note)
        self.s.add(row)
        self.s.flush()
        return row.id

    def get(self, record_id: int) -> HandoffPackageRecord | None:
        row = self.s.get(orm.HandoffPackageRow, record_id)
        return _record(row) if row is not None else None

    def by_package_id(self, package_id: str) -> HandoffPackageRecord | None:
        row = self.s.scalars(select(orm.HandoffPackageRow).where(orm.HandoffPackageRow.package_id == package_id)
                             ).first()
        return _record(row) if row is not None else None

    def list_for_case(self, case_id: int) -> list[HandoffPackageRecord]:
        rows = self.s.scalars(select(orm.HandoffPackageRow).where(orm.HandoffPackageRow.case_id == case_id)
                              .order_by(orm.HandoffPackageRow.created_at.desc(), orm.HandoffPackageRow.id.desc()))
        return [_record(r) for r in rows]

    def set_court_reference(self, record_id: int, reference: str) -> None:
        row = self.s.get(orm.HandoffPackageRow, record_id)
        if row is not None:
            row.court_reference = reference
            self.s.flush()
