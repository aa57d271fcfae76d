"""The declarative base, the column types and the naming convention of the case book's tables."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

from mediation_desk.domain.money import from_fen, to_fen


class Money(TypeDecorator):
    """Decimal yuan stored exactly as integer fen."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return None if value is None else to_fen(Decimal(value))

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else from_fen(value)


class IsoDateTime(TypeDecorator):
    """Timezone-aware datetimes kept as ISO-8601 text (stable for hashing)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return None if value is None else value.isoformat(timespec="microseconds")

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else datetime.fromisoformat(value)


# Names for constraints that are not named explicitly: the names PostgreSQL itself gives unnamed
# constraints (so a database made by the migrations, which name few, and this metadata agree), and the
# ``ix_`` names the migrations already use for indexes. SQLite books made before keep their unnamed
# constraints; a migration that must drop one uses batch mode with this convention
# (docs/architecture.md, "Two stores").
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "%(table_name)s_%(column_0_name)s_key",
    "ck": "%(table_name)s_%(constraint_name)s_check",
    "fk": "%(table_name)s_%(column_0_name)s_fkey",
    "pk": "%(table_name)s_pkey",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
