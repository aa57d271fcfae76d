"""The saves of a case after a given version, read back from the audit trail: each audited change of
a case's details or status records the version it made (``changes["version"]``)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk.domain.versions import FIELD_LABELS, RecordChange
from mediation_desk.storage import orm
from mediation_desk.storage.user_names import user_names

# Only the latest saves matter to the desk; a case is not edited hundreds of times between a read and a save.
_LOOK_BACK = 50


def changes_since(session: Session, case_id: int, version: int) -> list[RecordChange]:
    rows = session.execute(select(orm.AuditRow.at, orm.AuditRow.actor, orm.AuditRow.changes)
                           .where(orm.AuditRow.entity == "case", orm.AuditRow.entity_id == str(case_id))
                           .order_by(orm.AuditRow.id.desc()).limit(_LOOK_BACK)).all()
    found: list[tuple[str, str, dict]] = []
    for at, actor, raw in rows:
        try:
            changes = json.loads(raw)
        except ValueError:
            continue
        made = changes.get("version") if isinstance(changes, dict) else None
        if isinstance(made, int) and made > version:
            found.append((at, actor, changes))
    names = user_names(session, (actor for _, actor, _ in found))
    return [RecordChange(at=datetime.fromisoformat(at), actor=names.get(actor, actor),
                         fields=tuple(k for k in changes if k in FIELD_LABELS), version=changes["version"])
            for at, actor, changes in reversed(found)]
