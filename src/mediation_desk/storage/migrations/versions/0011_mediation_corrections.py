"""Mediation records that can be corrected: a session's start and end time, the party who put a
proposal, and a performance entry that corrects (reverses) an earlier one with its reason.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("mediation_sessions", sa.Column("starts_at", sa.String(length=5), nullable=True))
    op.add_column("mediation_sessions", sa.Column("ends_at", sa.String(length=5), nullable=True))
    op.add_column("mediation_proposals", sa.Column("party", sa.String(length=200), nullable=False, server_default=""))
    op.add_column("agreement_performances", sa.Column("reverses_id", sa.Integer(), nullable=True))
    op.add_column("agreement_performances", sa.Column("reason", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_agreement_performances_reverses_id", "agreement_performances", ["reverses_id"])


def downgrade() -> None:
    with op.batch_alter_table("agreement_performances") as batch:
        batch.drop_index("ix_agreement_performances_reverses_id")
        batch.drop_column("reason")
        batch.drop_column("reverses_id")
    with op.batch_alter_table("mediation_proposals") as batch:
        batch.drop_column("party")
    with op.batch_alter_table("mediation_sessions") as batch:
        batch.drop_column("ends_at")
        batch.drop_column("starts_at")
