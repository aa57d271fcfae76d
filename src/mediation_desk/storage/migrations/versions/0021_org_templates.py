"""The organisation's own document templates: every imported version of a DOCX template, kept in
the (encrypted) book so that it travels in backups and survives upgrades. A new table: no existing
row changes.

Revision ID: 0021
Revises: 0019
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0021"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "org_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("based_on_builtin_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.String(length=40), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code", "version", name="uq_org_templates_code_version"),
    )
    op.create_index("ix_org_templates_code_active", "org_templates", ["code", "active"])


def downgrade() -> None:
    op.drop_index("ix_org_templates_code_active", table_name="org_templates")
    op.drop_table("org_templates")
