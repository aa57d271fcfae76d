"""Indexes for every sort order of the case list, so a page is read in order, never sorted whole.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_cases_worker_name": "worker_name",
    "ix_cases_total_claimed": "total_claimed",
}


def upgrade() -> None:
    for name, column in INDEXES.items():
        op.create_index(name, "cases", [column])


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="cases")
