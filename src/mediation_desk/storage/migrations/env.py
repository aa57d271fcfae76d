"""Alembic environment: always run on a connection the application opened (keyed SQLCipher)."""

from alembic import context

from mediation_desk.storage.orm import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through mediation_desk.storage.schema")



def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001, ANN201
    # The search tables (FTS5 and its shadow tables; case_search on PostgreSQL) are made by hand-written revisions.
    return not (type_ == "table" and name and name.startswith(("case_fts", "case_grams", "case_search")))


context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  transaction_per_migration=True, include_object=include_object)
with context.begin_transaction():
    context.run_migrations()
