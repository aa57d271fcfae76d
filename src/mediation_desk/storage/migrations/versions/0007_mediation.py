"""Mediation: sessions (调解笔录), proposals and counter-proposals, the outcome (agreement or
failure), the agreement's items and the performance recorded against each item.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-15
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mediation_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("mediator", sa.String(length=100), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mediation_sessions_case_id", "mediation_sessions", ["case_id"])
    op.create_table(
        "mediation_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("side", sa.String(length=16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=True),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["mediation_sessions.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mediation_proposals_case_id", "mediation_proposals", ["case_id"])
    op.create_table(
        "mediation_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("next_status", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mediation_outcomes_case_id", "mediation_outcomes", ["case_id"])
    op.create_table(
        "agreement_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("obligor", sa.String(length=200), nullable=False),
        sa.Column("obligee", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("claim_kind", sa.String(length=48), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("method", sa.String(length=100), nullable=False),
        sa.Column("paid", sa.Integer(), nullable=False),
        sa.Column("performed_on", sa.Date(), nullable=True),
        sa.Column("performed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["outcome_id"], ["mediation_outcomes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agreement_items_case_id", "agreement_items", ["case_id"])
    op.create_index("ix_agreement_items_outcome_id", "agreement_items", ["outcome_id"])
    op.create_table(
        "agreement_performances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=True),
        sa.Column("performed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["agreement_items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agreement_performances_item_id", "agreement_performances", ["item_id"])


def downgrade() -> None:
    op.drop_index("ix_agreement_performances_item_id", table_name="agreement_performances")
    op.drop_table("agreement_performances")
    op.drop_index("ix_agreement_items_outcome_id", table_name="agreement_items")
    op.drop_index("ix_agreement_items_case_id", table_name="agreement_items")
    op.drop_table("agreement_items")
    op.drop_index("ix_mediation_outcomes_case_id", table_name="mediation_outcomes")
    op.drop_table("mediation_outcomes")
    op.drop_index("ix_mediation_proposals_case_id", table_name="mediation_proposals")
    op.drop_table("mediation_proposals")
    op.drop_index("ix_mediation_sessions_case_id", table_name="mediation_sessions")
    op.drop_table("mediation_sessions")
