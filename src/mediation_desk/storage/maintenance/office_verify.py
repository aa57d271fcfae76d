"""``verify`` of an office book (PostgreSQL): the schema revision, the audit chain against the head
kept in ``book_meta``, and the data against the audit rows that bound it. The page and file checks
of the single-PC book do not apply: the server keeps its own pages, and an office book holds no
evidence files yet (docs/architecture.md, "Two stores")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from mediation_desk.domain.audit import AuditEntry, verify_chain
from mediation_desk.storage import schema
from mediation_desk.storage.dialect import driver_sql
from mediation_desk.storage.maintenance.anchor import check_data_against_trail
from mediation_desk.storage.maintenance.archive import _parse_head
from mediation_desk.storage.maintenance.findings import Finding, audit_entries
from mediation_desk.storage.maintenance.verify import VerifyReport


class DriverConnection:
    """A SQLAlchemy connection with the DB-API ``execute(sql, params)`` the SQLite checks are written
    for (``?`` parameters and ``PRAGMA table_info`` translated by ``dialect.driver_sql``)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.conn.exec_driver_sql(*driver_sql(self.conn, sql, params))


def verify_office_book(book: Any) -> VerifyReport:  # storage.office.OfficeBook
    report = VerifyReport()
    add = report.findings.append
    with book.engine.connect() as sa_conn:
        conn = DriverConnection(sa_conn)
        revision = schema.current_revision(sa_conn)
        report.schema_revision = revision
        head = schema.head_revision()
        if revision != head:
            add(Finding("error", f"案件库的数据结构版本为 {revision or '无'}，应为 {head}。",
                        f"The schema revision is {revision or 'none'}, expected {head}.", check="schema"))
            return report
        report.case_count = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        meta = {k: v for k, v in conn.execute("SELECT key, value FROM book_meta").fetchall()}
        rows = 0

        def counted() -> Iterator[AuditEntry]:
            nonlocal rows
            for entry in audit_entries(conn):  # type: ignore[arg-type]
                rows += 1
                yield entry

        try:
            for p in verify_chain(counted(), _parse_head(meta.get("audit_head"))):
                add(Finding("error", p.zh, p.en, row_id=p.row_id, check="audit"))
        except (DBAPIError, ValueError) as exc:
            add(Finding("error", f"审计记录读到第{rows}条后无法继续。", f"The audit rows cannot be read past row {rows} "
                        f"({type(exc).__name__}).", check="audit"))
            return report
        report.audit_rows = rows
        check_data_against_trail(conn, add)  # type: ignore[arg-type]
    return report
