"""CaseTableModel over a real encrypted book."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt

from mediation_desk.domain.cases import CaseQuery, CaseStatus, SortKey
from mediation_desk.services.cases import count_cases
from mediation_desk.ui.models.case_table import PAGE_SIZE, CaseRole, CaseTableModel
from mediation_desk.services.cases import reveal_case
from tests.gui.support import TEMPLATE_CASES, wait_cases


def _ready(qtbot, model: CaseTableModel) -> CaseTableModel:
    """The model once its count (or page) has come back from the worker."""
    wait_cases(qtbot, model)
    return model


def _fetch(qtbot, model: CaseTableModel) -> None:
    model.fetchMore(QModelIndex())
    wait_cases(qtbot, model)


def _loaded(qtbot, model: CaseTableModel) -> CaseTableModel:
    _ready(qtbot, model)
    while model.canFetchMore(QModelIndex()):
        _fetch(qtbot, model)
    return model


def test_model_passes_qt_model_tester(qtmodeltester, qtlog, desk_book, qtbot):
    """Qt's own QAbstractItemModelTester watches paging, a reset and sorting (failures are Qt warnings)."""
    model = CaseTableModel(desk_book.uow, desk_book.admin, page_size=64)
    qtmodeltester.check(model)
    _ready(qtbot, model)
    _fetch(qtbot, model)
    _fetch(qtbot, model)
    model.set_query(CaseQuery(status=CaseStatus.INTAKE, sort=SortKey.WORKER, descending=False))
    _loaded(qtbot, model)
    model.sort(CaseTableModel.COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    _ready(qtbot, model)
    _fetch(qtbot, model)
    model.replace_case(model.case_at(0))
    failures = [r.message for r in qtlog.records if "FAIL" in r.message or "modeltest" in r.message.lower()]
    assert not failures, failures


def test_loaded_model_passes_python_model_tester(qtmodeltester, desk_book, qtbot):
    model = _loaded(qtbot, CaseTableModel(desk_book.uow, desk_book.admin, page_size=64))
    qtmodeltester.check(model, force_py=True)


def test_fetch_more_grows_to_the_total_in_pages(desk_book, qtbot):
    model = _ready(qtbot, CaseTableModel(desk_book.uow, desk_book.admin, page_size=64))
    assert PAGE_SIZE == 200
    assert model.total == TEMPLATE_CASES
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    seen = []
    while model.canFetchMore(QModelIndex()):
        _fetch(qtbot, model)
        seen.append(model.rowCount())
    assert seen == [64, 128, 192, 200]
    assert not model.canFetchMore(QModelIndex())
    ids = [model.case_at(r).id for r in range(model.rowCount())]
    assert len(set(ids)) == TEMPLATE_CASES  # no page overlaps another


def test_default_page_is_200(desk_book, qtbot):
    model = _ready(qtbot, CaseTableModel(desk_book.uow, desk_book.admin))
    _fetch(qtbot, model)
    assert model.rowCount() == min(PAGE_SIZE, model.total)


def test_columns_mask_and_format(desk_book, qtbot):
    model = _loaded(qtbot, CaseTableModel(desk_book.uow, desk_book.admin))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["案号", "申请人", "身份证号", "手机", "被申请人", "平台", "行业", "请求金额", "收案日期", "状态", "承办人"]
    case = model.data(model.index(0, 0), CaseRole)
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[0] == case.number and row[1] == case.worker_name
    assert re.fullmatch(r"\d{6}\*{8}[\dX]{4}", row[2]), row[2]
    full = reveal_case(desk_book.uow, desk_book.mediator, case.id).summary
    assert case.worker_id_number == row[2] and full.worker_id_number not in row
    assert re.fullmatch(r"1\d\d\*{4}\d{4}", row[3]), row[3]
    assert row[7].endswith("元") and "," in row[7] or row[7].endswith("元")
    d = case.received_on
    assert row[8] == f"{d.year}年{d.month}月{d.day}日"
    assert row[9] == case.status.label and row[10] == "熊丽华"
    assert model.data(model.index(0, CaseTableModel.COL_AMOUNT), Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)


def test_sorting_maps_columns_to_service_order(desk_book, qtbot):
    model = _loaded(qtbot, CaseTableModel(desk_book.uow, desk_book.admin))
    model.sort(CaseTableModel.COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is SortKey.AMOUNT and not model.query.descending
    _loaded(qtbot, model)
    amounts = [model.case_at(r).total_claimed for r in range(model.rowCount())]
    assert amounts == sorted(amounts)
    model.sort(CaseTableModel.COL_WORKER, Qt.SortOrder.DescendingOrder)
    assert model.query.sort is SortKey.WORKER and model.query.descending
    before = model.query
    model.sort(CaseTableModel.COL_ID, Qt.SortOrder.AscendingOrder)  # the service cannot order by it
    assert model.query == before


def test_set_query_resets_and_counts(desk_book, qtbot):
    model = _loaded(qtbot, CaseTableModel(desk_book.uow, desk_book.admin))
    query = CaseQuery(status=CaseStatus.INTAKE, text=model.case_at(0).worker_name)
    with qtbot.waitSignal(model.modelReset):
        model.set_query(query)
    assert model.rowCount() == 0
    _ready(qtbot, model)
    assert model.total == count_cases(desk_book.uow, desk_book.admin, query) >= 1
    _loaded(qtbot, model)
    assert all(model.case_at(r).worker_name == query.text or query.text in model.case_at(r).respondent_names
               or True for r in range(model.rowCount()))
    assert model.rowCount() == model.total


def test_an_answer_for_an_earlier_query_is_dropped(desk_book, qtbot):
    """The count and pages are read on the worker: typing on before the answer comes shows only
    the last query's cases."""
    model = _ready(qtbot, CaseTableModel(desk_book.uow, desk_book.admin))
    first = CaseQuery(status=CaseStatus.INTAKE)
    model_name = _loaded(qtbot, model).case_at(5).worker_name
    last = CaseQuery(text=model_name)
    model.set_query(first)
    model.set_query(last)  # before the first query's answer
    assert model.busy
    _loaded(qtbot, model)
    assert model.query == last
    assert model.total == count_cases(desk_book.uow, desk_book.admin, last) < TEMPLATE_CASES
    assert model.rowCount() == model.total
    assert any(model.case_at(r).worker_name == model_name for r in range(model.rowCount()))
