"""Who did something is shown by the person's name (熊丽华), never by the username, in the case
history, the documents list and the work-record import lines; the record keeps the username."""

from __future__ import annotations

from datetime import date

import pytest

from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.users import Role
from mediation_desk.services import accounts
from mediation_desk.services import documents as sd
from mediation_desk.services import work_records as wr
from mediation_desk.services.cases import get_case, record_event, register_intake
from tests.support.books import make_intake, administrator
from tests.support.document_case import DOC_DATE, create_document_desk, documents_extra
from tests.support.work_history import delivery_orders, write_delivery_xlsx

USERNAME = "xionglh"
NAME = "熊丽华"


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    d = create_document_desk(tmp_path_factory.mktemp("names") / "book")
    accounts.create_user(d.book.uow, administrator(d.book), username=USERNAME, display_name=NAME, role=Role.MEDIATOR,
                         password="xiong-password-1")
    mediator = accounts.log_in(d.book.uow, username=USERNAME, password="xiong-password-1")
    yield d, mediator
    d.book.close()


def _stored(book, sql: str) -> list[str]:
    with book.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(sql).all()]


def test_case_history_names_people(desk):
    d, mediator = desk
    case_id = register_intake(d.book.uow, mediator, make_intake(3, received_on=date(2026, 11, 2)))
    record_event(d.book.uow, mediator, case_id=case_id, event="knew_of_infringement", on=date(2026, 10, 1),
                 note="申请人称十月初得知被拖欠")
    record_event(d.book.uow, d.staff, case_id=case_id, event="knew_of_infringement", on=date(2026, 10, 2))
    events = get_case(d.book.uow, mediator, case_id).events
    assert [e.actor for e in events] == [NAME, NAME, d.staff.display_name]
    assert all(USERNAME not in e.actor and "admin" not in e.actor for e in events)
    # the record itself keeps the stable username (what the audit trail names)
    assert _stored(d.book, f"SELECT actor FROM case_events WHERE case_id = {case_id} ORDER BY id")[:2] == [USERNAME] * 2


def test_documents_list_names_who_made_each_version(desk):
    d, mediator = desk
    engine = DocumentEngine()
    try:
        view = sd.render_document(d.book.uow, engine, mediator, case_id=d.case_id, template="evidence_list",
                                  context_overrides=documents_extra("evidence_list"), today=DOC_DATE)
    finally:
        engine.close()
    assert view.created_by == NAME
    listed = [v for v in sd.list_documents(d.book.uow, d.staff, case_id=d.case_id) if v.id == view.id]
    assert [v.created_by for v in listed] == [NAME]
    assert sd.get_document(d.book.uow, d.staff, document_id=view.id).created_by == NAME
    assert _stored(d.book, f"SELECT created_by FROM documents WHERE id = {view.id}") == [USERNAME]


def test_work_record_import_lines_name_who_imported(desk, tmp_path):
    d, mediator = desk
    path = write_delivery_xlsx(tmp_path / "速达外卖订单明细.xlsx", delivery_orders(weeks=3))
    source = wr.read_work_record_source(path)
    mapping = wr.suggest_mapping(d.book.uow, mediator, platform="速达外卖", source=source).mapping
    imported = wr.import_work_records(d.book.uow, mediator, case_id=d.case_id, source_path=path, platform="速达外卖",
                                      mapping=mapping, minimum_hourly="一类")
    assert imported.imported_by == NAME
    assert [i.imported_by for i in wr.list_work_record_imports(d.book.uow, d.staff, case_id=d.case_id)] == [NAME]
    assert wr.get_work_record_import(d.book.uow, d.staff, import_id=imported.id).imported_by == NAME
    assert wr.latest_work_record_import(d.book.uow, d.staff, case_id=d.case_id).imported_by == NAME
    assert _stored(d.book, f"SELECT imported_by FROM work_record_imports WHERE id = {imported.id}") == [USERNAME]
