"""Every table that belongs to a case is either part of the bound case file or declared derived,
so a new table cannot slip out of the audit binding unnoticed (storage.audit_state)."""

from mediation_desk.storage import orm
from mediation_desk.storage.audit_state import CASE_PARTS, CHILD_ENTITIES, DERIVED_CASE_TABLES, ROW_ENTITIES


def test_every_case_table_is_bound_or_declared_derived():
    bound = {p.table for p in CASE_PARTS}
    via = {p.table for p in CASE_PARTS if p.via}
    for table in orm.Base.metadata.sorted_tables:
        owned = "case_id" in table.c or any(fk.column.table.name in bound - via - {"cases"} and fk.parent.name != "id"
                                            for fk in table.foreign_keys if fk.column.table.name != "cases"
                                            and fk.ondelete == "CASCADE")
        if table.name == "cases" or owned:
            assert table.name in bound or table.name in DERIVED_CASE_TABLES, table.name
    assert not bound & DERIVED_CASE_TABLES


def test_excluded_columns_exist():
    tables = orm.Base.metadata.tables
    for part in CASE_PARTS:
        assert part.table in tables, part.table
        assert part.exclude <= set(tables[part.table].c.keys()), part.table
        if part.via:
            assert part.via[0] in tables and part.via[1] in tables[part.table].c
    for table in CHILD_ENTITIES.values():
        assert "case_id" in tables[table].c
    for table, *_ in ROW_ENTITIES.values():
        assert table in tables
