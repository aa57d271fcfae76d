"""The court hand-off: the organisation's Ed25519 signing keys (the private key wrapped under a key
derived from the book's master key) and the register of the packages sent and received. New tables:
no existing row changes, so the audit states bound by 0015 stay as they are.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handoff_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("algorithm", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("wrapped_private", sa.LargeBinary(), nullable=False),
        sa.Column("wrap_key_id", sa.String(length=16), nullable=False),
        sa.Column("wrapped_next", sa.LargeBinary(), nullable=True),
        sa.Column("next_key_id", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("retired_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key_id", name="uq_handoff_keys_key_id"),
    )
    op.create_table(
        "handoff_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("files", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("court", sa.String(length=200), nullable=False),
        sa.Column("court_reference", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("package_id", name="uq_handoff_packages_package_id"),
    )
    op.create_index("ix_handoff_packages_case_id", "handoff_packages", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_handoff_packages_case_id", table_name="handoff_packages")
    op.drop_table("handoff_packages")
    op.drop_table("handoff_keys")
