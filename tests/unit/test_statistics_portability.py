"""The statistics and platform-report storage code stays portable SQL (issue 13: a server edition
is planned): no SQLite-only function appears in its source, whether written as SQL text or through
``sqlalchemy.func``, and no raw SQL text is run. The compiled statements are checked in
``test_statistics_sql.py`` and ``test_platform_report_sql.py``; this test reads the source, so a
function used on a path those statements do not reach is caught too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mediation_desk.storage import orm

STORAGE = Path(orm.__file__).parent.parent  # storage/ (orm is a package in it)
FILES = sorted({*STORAGE.glob("statistics*.py"), *STORAGE.glob("platform_report*.py")})

# SQLite functions PostgreSQL lacks (or has with another meaning), called as f(...) or func.f(...)
SQLITE_ONLY = re.compile(
    r"\b(julianday|strftime|unixepoch|group_concat|json_extract|json_each|json_group_array|printf|format|"
    r"date|datetime|time|ifnull|iif|instr|total|glob|likelihood|typeof|zeroblob|hex|char|unicode)\s*\(",
    re.I)
NEGATIVE_SUBSTR = re.compile(r"\bsubstr(ing)?\s*\([^()]*,\s*-\s*\d", re.I)
RAW_SQL = re.compile(r"\b(text|exec_driver_sql|literal_column)\s*\(")
JSON_OPERATORS = re.compile(r"""op\(\s*["'](->>?|#>>?)["']""")


def _code(path: Path) -> list[tuple[int, str]]:
    """The file's lines without comments and docstrings' prose (a docstring may name a function it
    does not use): only lines outside triple-quoted blocks, with any ``#`` comment cut off."""
    out: list[tuple[int, str]] = []
    in_doc = False
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        quotes = line.count('"""') + line.count("'''")
        if in_doc or quotes:
            if quotes % 2:
                in_doc = not in_doc
            continue
        out.append((n, line.split("#", 1)[0]))
    return out


def test_the_files_are_found() -> None:
    names = {p.name for p in FILES}
    assert {"statistics_repo.py", "platform_report_repo.py"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_sqlite_only_function_in_the_statistics_storage(path: Path) -> None:
    found = []
    for n, line in _code(path):
        for pattern in (SQLITE_ONLY, NEGATIVE_SUBSTR, RAW_SQL, JSON_OPERATORS):
            match = pattern.search(line)
            if match and not line[:match.start()].rstrip().endswith("def"):
                found.append(f"{path.name}:{n}: {line.strip()}")
    assert not found, "SQLite-only or raw SQL in the statistics storage code:\n" + "\n".join(found)


@pytest.mark.parametrize("snippet", [
    "func.julianday(_E.c.event_date)", "func.strftime('%Y', x)", "func.group_concat(_CL.c.kind)",
    "func.json_extract(_AW.c.content, '$.rulings')", "func.date(x)", "func.datetime('now')", "func.ifnull(a, 0)",
    "func.printf('%05d', a)", "func.instr(a, 'x')", "func.substr(a, -3)", "text('SELECT 1')", "x.op('->>')('a')"])
def test_the_rule_catches_each_kind(snippet: str) -> None:
    assert any(p.search(snippet) for p in (SQLITE_ONLY, NEGATIVE_SUBSTR, RAW_SQL, JSON_OPERATORS)), snippet


@pytest.mark.parametrize("snippet", [
    "func.max(_E.c.event_date)", "func.sum(_C.c.total_claimed)", "func.count(_C.c.id)", "func.substr(a, 24)",
    "cast(_E.c.id + 1, String)", "case((a == 1, b), else_=None)"])
def test_portable_constructs_pass(snippet: str) -> None:
    assert not any(p.search(snippet) for p in (SQLITE_ONLY, NEGATIVE_SUBSTR, RAW_SQL, JSON_OPERATORS)), snippet
