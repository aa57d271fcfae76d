"""Audit rows bound to the data: ``audit_log.states`` holds the hash of the stored state of what
each row is about. Books upgraded to this revision are bound as found: one ``audit.bind`` row
records the state of every case, user and organisation at the upgrade (docs/architecture.md).

Revision ID: 0015
Revises: 0013
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from mediation_desk.storage.audit_state import bind_all
    from mediation_desk.storage.dialect import driver_sql

    op.add_column("audit_log", sa.Column("states", sa.Text(), nullable=True))
    conn = op.get_bind()

    def query(sql, params=()):  # noqa: ANN001, ANN202
        return list(conn.exec_driver_sql(*driver_sql(conn, sql, params)).fetchall())

    def execute(sql, params=()):  # noqa: ANN001, ANN202
        conn.exec_driver_sql(*driver_sql(conn, sql, params))

    bind_all(query, execute, reason="schema 0015")


def downgrade() -> None:
    # Rows written since the binding hash their states: without the column the chain would not verify.
    raise NotImplementedError("schema 0015 cannot be downgraded; restore a backup taken before the upgrade")
