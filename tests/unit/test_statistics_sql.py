"""The statistics reads are portable SQL: every statement ``storage.statistics_repo`` runs compiles for
PostgreSQL too, and none uses an SQLite-only function (checked on the statements themselves, run
against a scratch SQLite database with one case)."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, event, insert
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from mediation_desk.storage import orm
from mediation_desk.storage.statistics_repo import SqlStatisticsRepo

SQLITE_ONLY = re.compile(r"\b(julianday|strftime|group_concat|printf|date|datetime|ifnull|iif|instr)\s*\(", re.I)
SOURCE = Path(orm.__file__).parent.parent / "statistics_repo.py"


def test_the_reads_compile_for_postgresql_and_use_no_sqlite_function() -> None:
    engine = create_engine("sqlite://")
    orm.Base.metadata.create_all(engine)
    statements = []

    @event.listens_for(engine, "before_execute")
    def keep(conn, clauseelement, multiparams, params, execution_options):  # noqa: ANN001, ANN202
        statements.append(clauseelement)

    now = datetime(2026, 10, 1, tzinfo=timezone.utc)
    with Session(engine) as s:
        s.execute(insert(orm.Case.__table__).values(
            id=1, number="A1", title="t", status="mediation", industry="other", platform="p", facts="", channel="written",
            received_on=date(2026, 10, 2), worker_name="w", worker_id_number="", worker_phone="", respondent_names="",
            total_claimed=Decimal("10"), is_group=False, applicant_count=1, applicant_names="w", created_at=now,
            updated_at=now))
        statements.clear()
        repo = SqlStatisticsRepo(s)
        batches = list(repo.case_batches(start=date(2026, 10, 1), end=date(2026, 12, 31), event_kinds={"accepted"}))
        assert [r.facts.case_id for b in batches for r in b] == [1]
        assert repo.count_received(start=date(2026, 10, 1), end=date(2026, 12, 31)) == (1, 1, Decimal("10.00"))
    assert len(statements) >= 7  # the cases with their timelines, claims, awards, agreements, suspensions, tribunals, aggregate
    for statement in statements:
        sql = str(statement.compile(dialect=postgresql.dialect()))
        assert not SQLITE_ONLY.search(sql), sql
    source = SOURCE.read_text("utf-8")
    assert not SQLITE_ONLY.search(source)
    assert "text(" not in source and "exec_driver_sql" not in source  # Core expressions only, no raw SQL
