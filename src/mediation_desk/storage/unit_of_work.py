"""Transactions: ``read()`` for queries, ``write()`` for changes, one writer at a time: on SQLite
``BEGIN IMMEDIATE`` behind a process-wide lock; on PostgreSQL a transaction-scoped advisory lock
taken first, so desks on several PCs extend the audit chain one after the other."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from typing import Any
from contextlib import contextmanager

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from mediation_desk.domain.errors import BookError
from mediation_desk.storage import orm, statistics_facts_repo
from mediation_desk.storage.audit_state import AuditWriter, Schema, keys_of
from mediation_desk.storage.arbitration_repo import SqlArbitrationRepo
from mediation_desk.storage.court_repo import SqlCourtRepo
from mediation_desk.storage.dialect import driver_sql, on_postgresql
from mediation_desk.storage.document_repo import SqlDocumentRepo
from mediation_desk.storage.handoff_repo import SqlHandoffRepo
from mediation_desk.storage.holiday_repo import SqlHolidayRepo
from mediation_desk.storage.inspection_repo import SqlInspectionRepo
from mediation_desk.storage.mediation_repo import SqlMediationRepo
from mediation_desk.storage.org_template_repo import SqlOrgTemplateRepo
from mediation_desk.storage.outbox_repo import SqlOutboxRepo
from mediation_desk.storage.legal_aid_repo import SqlLegalAidRepo
from mediation_desk.storage.platform_report_repo import SqlPlatformReportRepo
from mediation_desk.storage.statistics_repo import SqlStatisticsFactsReads, SqlStatisticsRepo
from mediation_desk.storage.repositories import (SqlCaseRepo, SqlColumnMappingRepo, SqlCounterRepo,
                                                 SqlEvidenceRepo, SqlOrganisationRepo, SqlSettingsRepo, SqlUserRepo,
                                                 SqlWorkRecordRepo, SqlWorksheetRepo)


class SqlTx:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.org = SqlOrganisationRepo(session)
        self.users = SqlUserRepo(session)
        self.settings = SqlSettingsRepo(session)
        self.counters = SqlCounterRepo(session)
        self.cases = SqlCaseRepo(session)
        self.evidence = SqlEvidenceRepo(session)
        self.work_records = SqlWorkRecordRepo(session)
        self.column_mappings = SqlColumnMappingRepo(session)
        self.worksheets = SqlWorksheetRepo(session)
        self.documents = SqlDocumentRepo(session)
        self.mediation = SqlMediationRepo(session)
        self.legal_aid = SqlLegalAidRepo(session)
        self.arbitration = SqlArbitrationRepo(session)
        self.holidays = SqlHolidayRepo(session)
        self.statistics = SqlStatisticsRepo(session)
        self.statistics_facts = SqlStatisticsFactsReads(session)
        self.platform_report = SqlPlatformReportRepo(session)
        self.inspection = SqlInspectionRepo(session)
        self.court = SqlCourtRepo(session)
        self.outbox = SqlOutboxRepo(session)
        self.handoff = SqlHandoffRepo(session)
        self.org_templates = SqlOrgTemplateRepo(session)
        self.audit = SqlAuditLog(session)


class SqlAuditLog:
    """``services.ports.AuditLog``: rows are numbered at once, hashed and bound to the data they
    leave behind when the transaction is sealed, just before it commits (storage.audit_state)."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self._writer = AuditWriter(self._query, self._exec)

    def _query(self, sql: str, params) -> list[tuple]:  # noqa: ANN001
        conn = self.s.connection()
        return list(conn.exec_driver_sql(*driver_sql(conn, sql, params)).fetchall())

    def _exec(self, sql: str, params) -> None:  # noqa: ANN001
        conn = self.s.connection()
        conn.exec_driver_sql(*driver_sql(conn, sql, params))

    def append(self, *, actor: str, action: str, entity: str, entity_id: str | int, changes: dict[str, Any]) -> int:
        return self._writer.append(actor=actor, action=action, entity=entity, entity_id=entity_id, changes=changes)

    def bound_cases(self) -> set[int]:
        """The cases the pending audit rows speak for."""
        schema = Schema(self._query)
        return {int(key.partition(":")[2]) for p in self._writer.pending
                for key in keys_of(schema, p.entity, p.entity_id) if key.startswith("case:")}

    def seal(self) -> None:
        if self._writer.pending:
            self.s.flush()
            self._writer.seal()


# The advisory lock every write transaction of an office book takes first (released at commit or rollback).
WRITE_LOCK_KEY = 0x6D64_0001  # "md", 1
# Every write transaction of an office book notifies this channel (delivered at commit) with its unit
# of work's origin; ``storage.office_changes.ChangeListener`` tells the other desks.
CHANGES_CHANNEL = "mediation_desk_changes"


class _Touched:
    """The cases a write transaction changed through the ORM (and whether the holiday calendar
    changed), collected at every flush; with the cases its audit rows bind, their derived
    statistics rows are rewritten before the transaction is sealed."""

    def __init__(self, session: Session) -> None:
        self.cases: set[int] = set()
        self.calendar = False
        event.listen(session, "after_flush", self._flushed)

    def _flushed(self, session: Session, _context: Any) -> None:
        for obj in (*session.new, *session.dirty, *session.deleted):
            if isinstance(obj, orm.Case):
                self.cases.add(obj.id)
            elif isinstance(obj, orm.HolidayArrangementRow):
                self.calendar = True
            else:
                case_id = getattr(obj, "case_id", None)
                if isinstance(case_id, int):
                    self.cases.add(case_id)

    def refresh(self, tx: SqlTx) -> None:
        tx.session.flush()
        conn = tx.session.connection()
        if self.calendar:  # 超审限 depends on the working calendar: every case
            statistics_facts_repo.rebuild(conn)
        else:
            cases = self.cases | tx.audit.bound_cases()
            if cases:
                statistics_facts_repo.refresh(conn, cases)


class SqlUnitOfWork:
    """Implements ``services.ports.UnitOfWork`` over one book's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write_engine = engine.execution_options(immediate=True)
        self._write_lock = threading.Lock()  # one writer per process; SQLite serialises processes
        self._office = on_postgresql(engine)
        self.origin = uuid.uuid4().hex  # names this unit of work's changes in the notifications

    @contextmanager
    def read(self) -> Iterator[SqlTx]:
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield SqlTx(session)
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[SqlTx]:
        with self._write_lock, Session(self._write_engine, expire_on_commit=False) as session:
            try:
                if self._office:
                    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
                tx = SqlTx(session)
                touched = _Touched(session)
                yield tx
                touched.refresh(tx)
                tx.audit.seal()
                if self._office:
                    session.execute(text("SELECT pg_notify(:c, :o)"), {"c": CHANGES_CHANNEL, "o": self.origin})
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if self._office and exc.connection_invalidated:
                    raise BookError("与数据库服务器的连接中断，本次修改未保存。请检查网络后重试。",
                                    "The connection to the database server was lost; nothing was saved. Check the "
                                    "network and try again.") from None
                if "locked" in str(exc) or "busy" in str(exc) or "lock timeout" in str(exc):
                    raise BookError("案件库正被其他程序占用，请稍后再试。",
                                    "The case book is busy in another program; try again.") from None
                if "disk" in str(exc) or "full" in str(exc):
                    raise BookError("磁盘已满或无法写入，本次修改未保存。",
                                    "The disk is full or not writable; nothing was saved.", detail=str(exc)) from None
                raise
            except BaseException:
                session.rollback()
                raise
