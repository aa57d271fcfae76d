"""The organisation's own templates (implements ``services.ports.OrgTemplateRepo``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mediation_desk.domain.templates import OrgTemplateVersion
from mediation_desk.storage import orm

_T = orm.OrgTemplateRow
_COLUMNS = (_T.id, _T.code, _T.version, _T.sha256, _T.size, _T.based_on_builtin_sha256, _T.imported_at,
            _T.imported_by, _T.note, _T.active)


def _view(row: tuple[Any, ...]) -> OrgTemplateVersion:
    return OrgTemplateVersion(id=row[0], code=row[1], version=row[2], sha256=row[3], size=row[4],
                              based_on_builtin_sha256=row[5], imported_at=row[6], imported_by=row[7],
                              note=row[8] or "", active=bool(row[9]))


class SqlOrgTemplateRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def versions(self, code: str) -> list[OrgTemplateVersion]:
        """Every stored version of ``code``, newest first (without the bytes)."""
        rows = self.s.execute(select(*_COLUMNS).where(_T.code == code).order_by(_T.version.desc()))
        return [_view(tuple(r)) for r in rows]

    def active_versions(self) -> list[OrgTemplateVersion]:
        rows = self.s.execute(select(*_COLUMNS).where(_T.active.is_(True)).order_by(_T.code))
        return [_view(tuple(r)) for r in rows]

    def version_counts(self) -> dict[str, int]:
        return {code: n for code, n in self.s.execute(select(_T.code, func.count()).group_by(_T.code))}

    def get(self, version_id: int) -> OrgTemplateVersion | None:
        row = self.s.execute(select(*_COLUMNS).where(_T.id == version_id)).first()
        return None if row is None else _view(tuple(row))

    def content(self, version_id: int) -> bytes | None:
        return self.s.scalar(select(_T.content).where(_T.id == version_id))

    def active_content(self, code: str) -> bytes | None:
        return self.s.scalar(select(_T.content).where(_T.code == code, _T.active.is_(True))
                             .order_by(_T.version.desc()).limit(1))

    def add(self, *, code: str, content: bytes, sha256: str, based_on_builtin_sha256: str, imported_at: datetime,
            imported_by: str, note: str) -> OrgTemplateVersion:
        """Store the next version of ``code`` and make it the active one."""
        self.deactivate(code)
        version = (self.s.scalar(select(func.max(_T.version)).where(_T.code == code)) or 0) + 1
        row = _T(code=code, version=version, content=content, size=len(content), sha256=sha256,
                 based_on_builtin_sha256=based_on_builtin_sha256, imported_at=imported_at, imported_by=imported_by,
                 note=note, active=True)
        self.s.add(row)
        self.s.flush()
        view = self.get(row.id)
        assert view is not None
        return view

    def deactivate(self, code: str) -> None:
        """No version of ``code`` is active any more: the built-in is used."""
        self.s.execute(update(_T).where(_T.code == code, _T.active.is_(True)).values(active=False))
        self.s.flush()
