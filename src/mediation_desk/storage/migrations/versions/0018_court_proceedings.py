"""Court proceedings on a case (起诉, 申请撤销终局裁决, 司法确认, 支付令, 财产保全, 委托调解), the court's
decision and its result per award item. New tables: no existing row changes, so the audit states
bound by 0015 stay as they are.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "court_proceedings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("court", sa.String(length=200), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("brought_by", sa.String(length=16), nullable=False),
        sa.Column("court_case_number", sa.String(length=64), nullable=False),
        sa.Column("award_id", sa.Integer(), nullable=True),
        sa.Column("award_number", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("decision", sa.String(length=24), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("judgment_number", sa.String(length=64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("judgment_evidence_id", sa.Integer(), nullable=True),
        sa.Column("outcome_by", sa.String(length=64), nullable=False),
        sa.Column("outcome_at", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["award_id"], ["arbitration_awards.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["judgment_evidence_id"], ["evidence_items.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_court_proceedings_case_id", "court_proceedings", ["case_id"])
    op.create_index("ix_court_proceedings_award_id", "court_proceedings", ["award_id"])
    op.create_index("ix_court_proceedings_decided_on", "court_proceedings", ["decided_on"])
    op.create_table(
        "court_outcome_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proceeding_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("award_item_no", sa.Integer(), nullable=False),
        sa.Column("claim", sa.Text(), nullable=False),
        sa.Column("claim_kind", sa.String(length=40), nullable=False),
        sa.Column("awarded_amount", sa.Integer(), nullable=True),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("new_amount", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["proceeding_id"], ["court_proceedings.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("proceeding_id", "award_item_no", name="uq_court_outcome_items_item"),
    )
    op.create_index("ix_court_outcome_items_proceeding_id", "court_outcome_items", ["proceeding_id"])
    op.create_index("ix_court_outcome_items_case_id", "court_outcome_items", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_court_outcome_items_case_id", table_name="court_outcome_items")
    op.drop_index("ix_court_outcome_items_proceeding_id", table_name="court_outcome_items")
    op.drop_table("court_outcome_items")
    op.drop_index("ix_court_proceedings_decided_on", table_name="court_proceedings")
    op.drop_index("ix_court_proceedings_award_id", table_name="court_proceedings")
    op.drop_index("ix_court_proceedings_case_id", table_name="court_proceedings")
    op.drop_table("court_proceedings")
