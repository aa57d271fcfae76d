"""What a check of a book reports (one finding per problem), and the audit rows read for it.

Shared by ``verify`` and ``anchor`` (the check against a backup, package or checkpoint), so
neither imports the other."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.domain.audit import AuditEntry

__all__ = ["Finding", "audit_entries"]


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" or "warning"
    zh: str
    en: str
    row_id: int | None = None
    check: str = ""
    evidence_id: int | None = None  # the evidence item a "vault" finding is about


def audit_entries(conn: sqlcipher.Connection) -> Iterator[AuditEntry]:
    bound = any(r[1] == "states" for r in conn.execute("PRAGMA table_info(audit_log)"))
    cur = conn.execute("SELECT id, at, actor, action, entity, entity_id, changes, prev_hash, hash"
                       + (", states" if bound else ", NULL") + " FROM audit_log ORDER BY id")
    while rows := cur.fetchmany(1000):
        for r in rows:
            yield AuditEntry(id=int(r[0]), at=r[1], actor=r[2], action=r[3], entity=r[4], entity_id=str(r[5]),
                             changes=r[6], prev_hash=r[7], hash=r[8], states=r[9])
