"""Platform order histories into a real encrypted book: XLSX and CSV exports, all or nothing,
the mapping remembered per platform, the metrics stored and read back equal."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.domain.work_records import ColumnMapping, guess_mapping
from mediation_desk.services import work_records as wr
from tests.support.books import create_test_book
from tests.support.work_history import (DELIVERY_HEADER, delivery_orders, ride_trips, write_delivery_csv,
                                        write_delivery_xlsx, write_ride_csv)


@pytest.fixture()
def desk(tmp_path):
    book, staff = create_test_book(tmp_path / "book", cases=2)
    yield book, staff
    book.close()


def audit_rows(book, action: str) -> list[dict]:
    with book.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT entity_id, changes FROM audit_log WHERE action = ? ORDER BY id",
                                    (action,)).all()
    return [{"entity_id": e, **json.loads(c)} for e, c in rows]


def count(book, table: str) -> int:
    with book.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_xlsx_export_is_previewed_and_imported_with_its_metrics(desk, tmp_path):
    book, staff = desk
    orders = delivery_orders(weeks=10)
    path = write_delivery_xlsx(tmp_path / "速达外卖订单明细.xlsx", orders)

    source = wr.read_work_record_source(path)
    assert source.header_row == 1 and source.header[:4] == ("订单编号", "订单类型", "接单时间", "送达时间")
    assert source.sha256 == sha(path) and source.size == path.stat().st_size
    assert source.rows[2][2] == orders[0].start.strftime("%Y-%m-%d %H:%M:%S")  # time of day kept

    suggestion = wr.suggest_mapping(book.uow, staff, platform="速达外卖", source=source)
    assert suggestion.origin == "guessed"
    mapping = suggestion.mapping
    assert (mapping.start, mapping.end, mapping.earnings, mapping.deductions, mapping.header_rows) == (2, 3, (5, 6), (7,), 2)

    preview = wr.preview_work_records(source.rows, mapping, "一类", source_name=source.name, source_sha256=source.sha256)
    assert preview.ok and preview.records == len(orders) == preview.rows_read
    m = preview.metrics
    assert m.total.orders == len(orders)
    assert m.total.earnings == sum((o.fee + o.bonus for o in orders), Decimal(0))
    assert m.total.deductions == sum((o.fine for o in orders), Decimal(0))
    assert m.weeks_in_period == 10 and all(w.days_worked == 6 for w in m.weeks)
    assert m.minimum_hourly == Decimal("18.50") and "一类" in m.minimum_wage_note
    assert m.weeks_below_minimum and len(m.weeks_below_minimum) < 10  # some weeks below, some above
    assert m.total.stretches_over_limit > 0  # long dinner shifts without a 20-minute break

    imported = wr.import_work_records(book.uow, staff, case_id=1, source_path=path, platform="速达外卖",
                                      mapping=mapping, minimum_hourly="一类", expected_sha256=source.sha256)
    assert imported.row_count == len(orders) and imported.source_sha256 == source.sha256
    assert imported.metrics == m

    # read back from the book: equal metrics, without the source file
    path.unlink()
    again = wr.get_work_record_import(book.uow, staff, import_id=imported.id)
    assert again.metrics == m
    assert again.metrics.source_name == "速达外卖订单明细.xlsx" and again.metrics.source_sha256 == source.sha256
    listed = wr.list_work_record_imports(book.uow, staff, case_id=1)
    assert [i.id for i in listed] == [imported.id] and listed[0].metrics is None
    assert wr.list_work_record_imports(book.uow, staff, case_id=2) == []

    (row,) = audit_rows(book, "work_records.import")
    assert row["sha256"] == source.sha256 and row["records"] == len(orders) and row["file"] == source.name
    assert row["weeks_below_minimum"] == list(m.weeks_below_minimum) and row["mapping_remembered"] is True
    assert audit_rows(book, "column_mapping.save")[0]["platform"] == "速达外卖"


def test_csv_export_of_another_platform_with_a_duration_column(desk, tmp_path):
    book, staff = desk
    trips = ride_trips()
    path = write_ride_csv(tmp_path / "快跑出行行程.csv", trips)  # GBK, as Chinese Excel saves it
    source = wr.read_work_record_source(path)
    suggestion = wr.suggest_mapping(book.uow, staff, platform="快跑出行", source=source)
    mapping = suggestion.mapping
    assert (mapping.start, mapping.duration, mapping.earnings, mapping.deductions) == (1, 2, (4,), (5,))
    imported = wr.import_work_records(book.uow, staff, case_id=2, source_path=path, platform="快跑出行",
                                      mapping=mapping, minimum_hourly=Decimal("18.5"))
    t = imported.metrics.total
    assert t.orders == len(trips) and t.earnings == sum((x[4] for x in trips), Decimal(0))
    assert t.deductions == sum((x[5] for x in trips), Decimal(0))
    assert t.days_worked == 24 and imported.metrics.weeks_in_period == 6


def test_malformed_rows_are_listed_and_nothing_is_stored(desk, tmp_path):
    book, staff = desk
    orders = delivery_orders(weeks=4)
    # sheet rows (title = 1, header = 2): a bad start, an end before its start, a bad fee
    bad = {7: (2, "昨天下午"), 30: (3, orders[27].start.replace(hour=1)), 55: (5, "六块五")}
    path = write_delivery_xlsx(tmp_path / "有错的订单.xlsx", orders, bad_rows=bad)
    source = wr.read_work_record_source(path)
    mapping = wr.suggest_mapping(book.uow, staff, platform="速达外卖", source=source).mapping

    preview = wr.preview_work_records(source.rows, mapping, "一类")
    assert not preview.ok and sorted({e.row for e in preview.errors}) == [7, 30, 55]
    assert preview.records == len(orders) - 3 and preview.metrics is not None

    before = count(book, "audit_log")
    with pytest.raises(wr.WorkRecordRowErrors) as caught:
        wr.import_work_records(book.uow, staff, case_id=1, source_path=path, platform="速达外卖", mapping=mapping)
    assert sorted({e.row for e in caught.value.row_errors}) == [7, 30, 55]
    assert "第7行" in caught.value.zh and "第30行" in caught.value.zh and "第55行" in caught.value.zh
    assert "没有导入任何记录" in caught.value.zh
    assert count(book, "work_record_imports") == 0
    assert count(book, "column_mappings") == 0  # not even the mapping
    assert count(book, "audit_log") == before


def test_mapping_is_remembered_for_the_platform_and_found_in_a_reordered_export(desk, tmp_path):
    book, staff = desk
    orders = delivery_orders(weeks=3)
    first = write_delivery_xlsx(tmp_path / "三月.xlsx", orders)
    source = wr.read_work_record_source(first)
    guessed = wr.suggest_mapping(book.uow, staff, platform="速达外卖", source=source).mapping
    # the mediator decides the 补贴 column is not pay for work and leaves it out
    chosen = replace(guessed, earnings=(5,))
    wr.import_work_records(book.uow, staff, case_id=1, source_path=first, platform="速达外卖", mapping=chosen)
    assert wr.known_platforms(book.uow, staff) == ["速达外卖"]

    # the next export: CSV, no title line, columns in another order
    order = [3, 2, 0, 7, 5, 6, 1, 4, 8]
    second = write_delivery_csv(tmp_path / "四月.csv", orders, column_order=order)
    source2 = wr.read_work_record_source(second)
    assert source2.header_row == 0
    suggestion = wr.suggest_mapping(book.uow, staff, platform="速达外卖", source=source2)
    assert suggestion.origin == "remembered"
    m = suggestion.mapping
    position = {DELIVERY_HEADER[i]: n for n, i in enumerate(order)}
    assert m.start == position["接单时间"] and m.end == position["送达时间"]
    assert m.earnings == (position["配送费(元)"],) and m.deductions == (position["罚款(元)"],)
    assert m.header_rows == 1

    # another platform's name gets a guess, not this mapping
    other = wr.suggest_mapping(book.uow, staff, platform="赣味到家", source=source2)
    assert other.origin == "guessed" and len(other.mapping.earnings) == 2

    # importing with the same mapping does not write it again
    wr.import_work_records(book.uow, staff, case_id=1, source_path=second, platform="速达外卖", mapping=m)
    assert len(audit_rows(book, "column_mapping.save")) == 1
    assert [r["mapping_remembered"] for r in audit_rows(book, "work_records.import")] == [True, False]

    # a file that lacks a remembered column falls back to a guess, saying why
    lacking = write_delivery_csv(tmp_path / "缺列.csv", orders, column_order=[0, 1, 2, 3, 6, 7])
    fallback = wr.suggest_mapping(book.uow, staff, platform="速达外卖", source=wr.read_work_record_source(lacking))
    assert fallback.origin == "guessed" and "配送费" in fallback.note


def test_a_file_changed_after_its_preview_is_refused(desk, tmp_path):
    book, staff = desk
    orders = delivery_orders(weeks=2)
    path = write_delivery_csv(tmp_path / "订单.csv", orders)
    source = wr.read_work_record_source(path)
    mapping = guess_mapping(source.header)
    write_delivery_csv(path, orders[:-1])
    with pytest.raises(ConflictError):
        wr.import_work_records(book.uow, staff, case_id=1, source_path=path, platform="速达外卖", mapping=mapping,
                               expected_sha256=source.sha256)
    assert count(book, "work_record_imports") == 0


def test_platform_name_is_required_and_an_empty_sheet_is_refused(desk, tmp_path):
    book, staff = desk
    path = write_delivery_csv(tmp_path / "订单.csv", delivery_orders(weeks=1))
    mapping = ColumnMapping(start=2, end=3, earnings=(5,))
    with pytest.raises(ValidationError) as caught:
        wr.import_work_records(book.uow, staff, case_id=1, source_path=path, platform="  ", mapping=mapping)
    assert "platform" in caught.value.fields
    empty = write_delivery_csv(tmp_path / "空.csv", [])
    with pytest.raises(ValidationError) as caught:
        wr.import_work_records(book.uow, staff, case_id=1, source_path=empty, platform="速达外卖", mapping=mapping)
    assert "没有可导入的订单记录" in caught.value.zh
    assert count(book, "work_record_imports") == 0



def test_imports_name_the_person_who_imported_them(desk, tmp_path):
    book, staff = desk
    path = write_delivery_xlsx(tmp_path / "订单.xlsx", delivery_orders(weeks=2))
    source = wr.read_work_record_source(path)
    mapping = wr.suggest_mapping(book.uow, staff, platform="速达外卖", source=source).mapping
    done = wr.import_work_records(book.uow, staff, case_id=1, source_path=path, platform="速达外卖", mapping=mapping)
    assert done.importer == staff.display_name != staff.username
    assert [i.importer for i in wr.list_work_record_imports(book.uow, staff, case_id=1)] == [staff.display_name]
    assert wr.get_work_record_import(book.uow, staff, import_id=done.id).importer == staff.display_name
    latest = wr.latest_work_record_import(book.uow, staff, case_id=1)
    assert latest.importer == staff.display_name
