"""The derived statistics rows (docs/statistics.md "The derived statistics rows"): one row of facts
per case and one row per day its status changed, computed by the dispute tables' rules
(services.statistics_facts) and filled here for every existing case; and an index of the cases'
received day, workers and amount claimed (the tables' cross-check reads it alone). New tables of derived data
(storage.audit_state.DERIVED_CASE_TABLES): no bound state changes.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_stat_facts",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("workers", sa.Integer(), nullable=False),
        sa.Column("collective", sa.Boolean(), nullable=False),
        sa.Column("cause", sa.String(length=24), nullable=False),
        sa.Column("claimed_fen", sa.BigInteger(), nullable=False),
        sa.Column("arbitrator", sa.String(length=100), nullable=False),
        sa.Column("award_fen", sa.BigInteger(), nullable=False),
        sa.Column("award_result", sa.String(length=16), nullable=False),
        sa.Column("award_final", sa.Boolean(), nullable=False),
        sa.Column("agreed_fen", sa.BigInteger(), nullable=False),
        sa.Column("agreed_result", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_index("ix_case_stat_facts_received_on", "case_stat_facts", ["received_on"])
    op.create_table(
        "case_stat_states",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("day_from", sa.Date(), nullable=False),
        sa.Column("day_to", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("way", sa.String(length=16), nullable=True),
        sa.Column("concluded_on", sa.Date(), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("over_limit", sa.Boolean(), nullable=False),
        sa.Column("reopen_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", "day_from"),
        sqlite_with_rowid=False,  # stored in (case, day) order: a period reads them case by case in one pass
    )
    op.create_index("ix_cases_received_totals", "cases", ["received_on", "applicant_count", "total_claimed"])
    from mediation_desk.storage import statistics_facts_repo

    statistics_facts_repo.rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_cases_received_totals", table_name="cases")
    op.drop_table("case_stat_states")
    op.drop_index("ix_case_stat_facts_received_on", table_name="case_stat_facts")
    op.drop_table("case_stat_facts")
