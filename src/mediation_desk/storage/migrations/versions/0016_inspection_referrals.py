"""Referrals to the labour-inspection authority (劳动保障监察): one row per case named in a letter,
with the record of sending and the answer. A new table: no existing row changes, so the audit
states bound by 0015 stay as they are.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inspection_referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("letter_key", sa.String(length=32), nullable=False),
        sa.Column("respondent", sa.String(length=200), nullable=False),
        sa.Column("grounds", sa.Text(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("letter_cases", sa.Text(), nullable=False),
        sa.Column("authority", sa.String(length=200), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("sent_how", sa.String(length=24), nullable=False),
        sa.Column("document_number", sa.String(length=64), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("action_taken", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_inspection_referrals_case_id", "inspection_referrals", ["case_id"])
    op.create_index("ix_inspection_referrals_letter_key", "inspection_referrals", ["letter_key"])


def downgrade() -> None:
    op.drop_index("ix_inspection_referrals_letter_key", table_name="inspection_referrals")
    op.drop_index("ix_inspection_referrals_case_id", table_name="inspection_referrals")
    op.drop_table("inspection_referrals")
