"""Schema versions through Alembic: create, inspect, upgrade. Called on a keyed connection.

Opening a book only needs to know its revision and the newest one this program has; both are
read without importing Alembic (which costs about 90 ms at start): the book's revision from the
``alembic_version`` table, the program's from the revision files themselves. Alembic is imported
only to create or upgrade a book.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*=\s*(None|["\']([^"\']+)["\'])', re.M)


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the revision files."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text("utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev and down:
            graph[rev.group(1)] = down.group(2)
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    parents = {down for down in graph.values() if down}
    heads = [rev for rev in graph if rev not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"schema revisions must form one line, found heads {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(connection: Connection) -> str | None:
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):  # no such table: an empty database (SQLite, PostgreSQL)
        connection.rollback()
        return None


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)
