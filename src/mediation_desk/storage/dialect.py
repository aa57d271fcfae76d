"""Which store a connection talks to, for the few places that must differ between SQLite
(the single-PC SQLCipher book) and PostgreSQL (the office edition). See docs/architecture.md,
"Two stores"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any


def name_of(bind: Any) -> str:
    """``"sqlite"`` or ``"postgresql"`` for an Engine, Connection or Session."""
    if hasattr(bind, "get_bind"):  # a Session
        bind = bind.get_bind()
    return str(bind.dialect.name)


def on_sqlite(bind: Any) -> bool:
    return name_of(bind) == "sqlite"


def on_postgresql(bind: Any) -> bool:
    return name_of(bind) == "postgresql"


_TABLE_INFO = re.compile(r"^\s*PRAGMA\s+table_info\((\w+)\)\s*$", re.I)

# The columns of a table as PRAGMA table_info gives them: (position, name, type, notnull, default, pk).
_PG_TABLE_INFO = ("SELECT ordinal_position - 1, column_name, data_type, (is_nullable = 'NO')::int, "
                  "column_default, 0 FROM information_schema.columns "
                  "WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position")


def driver_sql(bind: Any, sql: str, params: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
    """Plain SQL written for SQLite's DB-API (``?`` parameters, ``PRAGMA table_info``) as the driver of
    ``bind`` takes it. The statements given here never hold a literal ``?`` or ``%``."""
    if on_sqlite(bind):
        return sql, tuple(params)
    m = _TABLE_INFO.match(sql)
    if m:
        return _PG_TABLE_INFO, (m.group(1),)
    return sql.replace("?", "%s"), tuple(params)
