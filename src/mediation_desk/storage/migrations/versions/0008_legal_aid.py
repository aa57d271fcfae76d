"""Legal-aid referrals: the centre, the eligibility at referral, the decision, the lawyer, the outcome.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "legal_aid_referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("centre", sa.String(length=200), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("verdict", sa.String(length=24), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("lawyer_user_id", sa.Integer(), nullable=True),
        sa.Column("lawyer_name", sa.String(length=100), nullable=False),
        sa.Column("assigned_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["lawyer_user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_legal_aid_referrals_case_id", "legal_aid_referrals", ["case_id"])
    op.create_index("ix_legal_aid_referrals_lawyer_user_id", "legal_aid_referrals", ["lawyer_user_id"])


def downgrade() -> None:
    op.drop_table("legal_aid_referrals")
