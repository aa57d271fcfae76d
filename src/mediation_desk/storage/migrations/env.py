"""Alembic environment: always run on a connection the application opened (keyed SQLCipher)."""

from alembic import context

from mediation_desk.storage.orm import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through mediation_desk.storage.schema")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  transaction_per_migration=True)
with context.begin_transaction():
    context.run_migrations()
