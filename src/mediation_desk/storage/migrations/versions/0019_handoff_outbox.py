"""The outbox of hand-off packages: one row per package and destination, the package itself kept
encrypted in the vault (its data key wrapped in the row like an evidence item's). A new table: no
existing row changes, so the audit states bound before stay as they are.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handoff_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("wrapped_dek", sa.LargeBinary(), nullable=False),
        sa.Column("dek_key_id", sa.String(length=64), nullable=False),
        sa.Column("wrapped_dek_next", sa.LargeBinary(), nullable=True),
        sa.Column("dek_next_key_id", sa.String(length=64), nullable=True),
        sa.Column("destination", sa.String(length=64), nullable=False),
        sa.Column("idempotency_key", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.String(length=40), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.String(length=40), nullable=True),
        sa.Column("acknowledged_at", sa.String(length=40), nullable=True),
        sa.Column("receipt", sa.Text(), nullable=True),
        sa.Column("exported_at", sa.String(length=40), nullable=True),
        sa.Column("exported_to", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("destination", "package_id", name="uq_handoff_outbox_destination_package"),
        sa.UniqueConstraint("uid", name="uq_handoff_outbox_uid"),
        sa.UniqueConstraint("idempotency_key", name="uq_handoff_outbox_idempotency_key"),
    )
    op.create_index("ix_handoff_outbox_case_id", "handoff_outbox", ["case_id"])
    op.create_index("ix_handoff_outbox_state_next", "handoff_outbox", ["state", "next_attempt_at"])


def downgrade() -> None:
    op.drop_index("ix_handoff_outbox_state_next", table_name="handoff_outbox")
    op.drop_index("ix_handoff_outbox_case_id", table_name="handoff_outbox")
    op.drop_table("handoff_outbox")
