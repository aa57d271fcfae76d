"""Record versions against lost updates: every case carries ``version`` (1 for the cases already in
the book), raised by one at each change of its details or status, so a desk that saves over a newer
version is told instead of silently overwriting it. One new column with a default; no row changes
otherwise (the audit trail's bindings leave the column out, as they leave out ``updated_at``).

Revision ID: 0024
Revises: 0022
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0024"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("version")
