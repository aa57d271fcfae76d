"""The derived statistics rows: ``case_stat_facts`` and ``case_stat_states`` (migration 0022;
``services.statistics_facts`` FactRow, StateRow; docs/statistics.md "The derived statistics rows"),
rewritten with every write to their case."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, Date, ForeignKey, Index, Integer, String, Table

from mediation_desk.storage.orm.base import Base
from mediation_desk.storage.orm.core import Case

_cascade = dict(ondelete="CASCADE")
case_stat_facts = Table(
    "case_stat_facts", Base.metadata, Column("case_id", ForeignKey("cases.id", **_cascade), primary_key=True),
    Column("received_on", Date, nullable=False, index=True), Column("workers", Integer, nullable=False),
    Column("collective", Boolean, nullable=False), Column("cause", String(24), nullable=False),
    Column("claimed_fen", BigInteger, nullable=False), Column("arbitrator", String(100), nullable=False),
    Column("award_fen", BigInteger, nullable=False), Column("award_result", String(16), nullable=False),
    Column("award_final", Boolean, nullable=False), Column("agreed_fen", BigInteger, nullable=False),
    Column("agreed_result", String(16), nullable=False))
case_stat_states = Table(
    "case_stat_states", Base.metadata, Column("case_id", ForeignKey("cases.id", **_cascade), primary_key=True),
    Column("day_from", Date, primary_key=True), Column("day_to", Date, nullable=True),
    Column("received_on", Date, nullable=False), Column("open", Boolean, nullable=False),
    Column("way", String(16), nullable=True), Column("concluded_on", Date, nullable=True),
    Column("days", Integer, nullable=True), Column("over_limit", Boolean, nullable=False),
    Column("reopen_seq", Integer, nullable=False), sqlite_with_rowid=False)  # stored in (case, day) order
# the statistics' cross-check reads the cases a period registered, their workers and claims from this index alone
ix_cases_received_totals = Index("ix_cases_received_totals", Case.received_on, Case.applicant_count,
                                 Case.total_claimed)
