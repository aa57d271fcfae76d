"""The platform report's reads are portable SQL: every statement ``storage.platform_report_repo``
runs compiles for PostgreSQL and uses no SQLite-only function (run against a scratch SQLite database
with one case, its enterprise party, a claim and two worksheet versions)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, event, insert
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from mediation_desk.storage import orm
from mediation_desk.storage.platform_report_repo import SqlPlatformReportRepo
from tests.unit.test_statistics_sql import SQLITE_ONLY

SOURCE = Path(orm.__file__).parent.parent / "platform_report_repo.py"


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
            id=1, number="A1", title="t", status="mediation", industry="courier", platform="顺捷", facts="",
            channel="written", received_on=date(2026, 10, 2), worker_name="w", worker_id_number="", worker_phone="",
            respondent_names="", total_claimed=Decimal("10"), is_group=False, applicant_count=1, applicant_names="w",
            created_at=now, updated_at=now))
        s.execute(insert(orm.Party.__table__).values(id=1, case_id=1, position=0, side="respondent", is_person=False,
                                                     name="顺捷快递公司", credit_code="X1", enterprise_role="platform"))
        s.execute(insert(orm.ClaimRow.__table__).values(id=1, case_id=1, position=0, kind="unpaid_pay",
                                                        amount=Decimal("10")))
        for version, category in ((1, "labor_relationship"), (2, "civil_relationship")):
            s.execute(insert(orm.WorksheetRow.__table__).values(
                case_id=1, chain_key="1", version=version, chain="[]", answers="{}", context="{}", assessment="{}",
                recommended_category=category, decision="overridden", final_category=category, decided_by="u",
                decided_by_name="u", decided_by_role="mediator", decided_at=now))
        statements.clear()
        repo = SqlPlatformReportRepo(s)
        assert repo.enterprise_mentions(start=date(2026, 10, 1), end=date(2026, 12, 31)) == [("X1", "顺捷快递公司")]
        [[record]] = list(repo.platform_batches(start=date(2026, 10, 1), end=date(2026, 12, 31)))
        assert (record.industry, record.platform, record.enterprises) == ("courier", "顺捷", (("X1", "顺捷快递公司", "platform"),))
        assert record.claims == (("unpaid_pay", Decimal("10.00")),) and record.categories == ("civil_relationship",)
        assert record.stat.facts.case_id == 1 and record.stat.facts.claimed == Decimal("10.00")
    assert len(statements) >= 6
    for statement in statements:
        sql = str(statement.compile(dialect=postgresql.dialect()))
        assert not SQLITE_ONLY.search(sql), sql
    source = SOURCE.read_text("utf-8")
    assert not SQLITE_ONLY.search(source)
    assert "text(" not in source and "exec_driver_sql" not in source
