"""SQLAlchemy implementation of ``services.ports.DocumentRepo``: rendered documents in the book."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from mediation_desk.domain.documents import DocumentView
from mediation_desk.storage import orm
from mediation_desk.storage.user_names import user_names


def _view(r: orm.DocumentRow, case_number: str, names: dict[str, str]) -> DocumentView:
    """``created_by`` is the name of the user who made it (the row keeps the username)."""
    return DocumentView(id=r.id, case_id=r.case_id, case_number=case_number, template=r.template, title=r.title,
                        number=r.number, version=r.version, format=r.format, media_type=r.media_type,
                        filename=r.filename, size=r.size, sha256=r.sha256, created_at=r.created_at,
                        created_by=names.get(r.created_by, r.created_by))


class SqlDocumentRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _rows(self):  # noqa: ANN202 - (DocumentRow without its bytes, case number)
        return (select(orm.DocumentRow, orm.Case.number)
                .join(orm.Case, orm.Case.id == orm.DocumentRow.case_id)
                .options(defer(orm.DocumentRow.content), defer(orm.DocumentRow.context)))

    def next_version(self, case_id: int, template: str) -> int:
        last = self.s.scalar(select(func.max(orm.DocumentRow.version))
                             .where(orm.DocumentRow.case_id == case_id, orm.DocumentRow.template == template))
        return (last or 0) + 1

    def latest(self, case_id: int, template: str) -> DocumentView | None:
        row = self.s.execute(self._rows().where(orm.DocumentRow.case_id == case_id,
                                                orm.DocumentRow.template == template)
                             .order_by(orm.DocumentRow.version.desc()).limit(1)).first()
        return self._views([row])[0] if row else None

    def add(self, *, case_id: int, template: str, title: str, number: str, version: int, format: str,
            media_type: str, filename: str, content: bytes, sha256: str, context: dict[str, Any],
            created_by: str, created_at: datetime) -> int:
        row = orm.DocumentRow(case_id=case_id, template=template, title=title, number=number, version=version,
                              format=format, media_type=media_type, filename=filename, size=len(content),
                              sha256=sha256, content=content,
                              context=json.dumps(context, ensure_ascii=False, sort_keys=True),
                              created_at=created_at, created_by=created_by)
        self.s.add(row)
        self.s.flush()
        return row.id

    def get(self, document_id: int) -> DocumentView | None:
        row = self.s.execute(self._rows().where(orm.DocumentRow.id == document_id)).first()
        return self._views([row])[0] if row else None

    def content(self, document_id: int) -> bytes | None:
        return self.s.scalar(select(orm.DocumentRow.content).where(orm.DocumentRow.id == document_id))

    def list_for_case(self, case_id: int) -> list[DocumentView]:
        rows = self.s.execute(self._rows().where(orm.DocumentRow.case_id == case_id)
                              .order_by(orm.DocumentRow.template, orm.DocumentRow.version)).all()
        return self._views(rows)

    def _views(self, rows) -> list[DocumentView]:  # noqa: ANN001 - (DocumentRow, case number) rows
        names = user_names(self.s, (r[0].created_by for r in rows))
        return [_view(r, number, names) for r, number in rows]
