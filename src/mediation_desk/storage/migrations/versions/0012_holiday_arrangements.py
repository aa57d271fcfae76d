"""Holiday arrangements entered by an administrator, and the provisional mark of stored deadlines.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "holiday_arrangements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("notice_title", sa.String(length=100), nullable=False),
        sa.Column("notice_number", sa.String(length=40), nullable=False),
        sa.Column("notice_date", sa.Date(), nullable=False),
        sa.Column("days_off", sa.Text(), nullable=False),
        sa.Column("workdays", sa.Text(), nullable=False),
        sa.Column("entered_by", sa.String(length=64), nullable=False),
        sa.Column("entered_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("year"),
    )
    op.add_column("case_deadlines", sa.Column("provisional_years", sa.String(length=40), nullable=False,
                                              server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("case_deadlines") as batch:
        batch.drop_column("provisional_years")
    op.drop_table("holiday_arrangements")
