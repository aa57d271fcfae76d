"""No personal data in logs: the error paths are driven with a distinctive worker (name, ID number,
phone) and every file the program wrote outside the encrypted book is searched for them."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event

from mediation_desk import app as app_module
from mediation_desk import cli
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.documents.render_docx import DocxRenderer
from mediation_desk.domain.cases import CaseQuery
from mediation_desk.domain.identifiers import resident_id_check_char
from mediation_desk.log_privacy import PersonalDataFilter, format_exception, mask_numbers
from mediation_desk.services import cases as case_service
from mediation_desk.services import documents as sd
from mediation_desk.services.group_import import preview_group, read_table, register_group
from mediation_desk.ui.tasks import TaskRunner, run_task
from tests.support.books import create_test_book, make_intake
from tests.integration.test_documents import _template
from tests.support.clock import TODAY

NAME = "甄茉珂"
ID_FIRST17 = "36010219870615783"
ID_NUMBER = ID_FIRST17 + resident_id_check_char(ID_FIRST17)
PHONE = "13907918273"
MARKERS = {"name": NAME, "id": ID_NUMBER, "id_start": ID_NUMBER[:14], "phone": PHONE, "phone_dashed": "139-0791-8273"}


def _encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "gb18030", "utf-16-le")]


def files_written(data_dir: Path, temp_dir: Path, book_dir: Path) -> list[Path]:
    """Every file outside the encrypted book: the data folder but the database, key and vault, and
    the temporary folder."""
    skip = {book_dir / "casebook.db", book_dir / "casebook.key", book_dir / "casebook.db-wal",
            book_dir / "casebook.db-shm", book_dir / "casebook.db-journal"}
    out = []
    for root in (data_dir, temp_dir):
        for p in root.rglob("*"):
            if p.is_file() and p not in skip and (book_dir / "vault") not in p.parents:
                out.append(p)
    return out


def leaks(paths: list[Path]) -> list[tuple[str, str]]:
    found = []
    for p in paths:
        data = p.read_bytes()
        for label, marker in MARKERS.items():
            if any(enc in data for enc in _encodings(marker)):
                found.append((str(p), label))
    return found


def wait_for(qtbot, runner_done: list) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: bool(runner_done), timeout=20000)
    qtbot.waitUntil(lambda: TaskRunner.instance().idle, timeout=20000)


@pytest.fixture
def logged_desk(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    data_dir = tmp_path / "data"
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    book, admin = create_test_book(data_dir, cases=2)
    intake = make_intake(7)
    intake = replace(intake, worker=replace(intake.worker, name=NAME, id_number=ID_NUMBER, phone=PHONE),
                     facts=f"申请人{NAME}（身份证号码{ID_NUMBER}，电话{PHONE}）被拖欠报酬。")
    case_id = case_service.register_intake(book.uow, admin, intake)
    log_file, handler = app_module.setup_logging(data_dir / "logs")
    assert handler is not None
    yield book, admin, case_id, data_dir, temp_dir, log_file
    logging.getLogger("mediation_desk").removeHandler(handler)
    handler.close()
    book.close()


def _fail_statements(book, needle: str, exc_type: type, message: str):  # noqa: ANN001, ANN202
    def before(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ANN202
        if needle in statement:
            raise exc_type(message)

    event.listen(book.engine, "before_cursor_execute", before)
    return lambda: event.remove(book.engine, "before_cursor_execute", before)


def test_error_paths_leave_no_personal_data_outside_the_book(qtbot, logged_desk, tmp_path, message_boxes,
                                                             monkeypatch) -> None:
    book, admin, case_id, data_dir, temp_dir, log_file = logged_desk
    errors: list[BaseException] = []

    def on_error(exc: BaseException) -> bool:
        errors.append(exc)
        return True

    # 1. a search that crashes in the database, the full-text engine quoting the term it choked on
    undo = _fail_statements(book, "MATCH", sqlcipher.OperationalError, f'fts5: syntax error near "{NAME} {ID_NUMBER}"')
    run_task(None, "搜索案件", lambda progress: case_service.list_cases(
        book.uow, admin, CaseQuery(text=f"{NAME} {ID_NUMBER} {PHONE}"), offset=0, limit=50),
        on_error=on_error, show_progress=False)
    wait_for(qtbot, errors)
    undo()

    # 2. a group import whose sheet holds the worker and whose saving fails in the database
    sheet = tmp_path / "名单.csv"
    sheet.write_text("姓名,身份证号码,手机号码,代表,拖欠劳动报酬\n"
                     f"{NAME},{ID_NUMBER},{PHONE},是,3000\n"
                     f"骆雨桐,{make_intake(3).worker.id_number},13800000003,,2000\n", encoding="utf-8")
    preview = preview_group(read_table(sheet))
    assert preview.ok, preview.errors
    undo = _fail_statements(book, "INSERT INTO parties", sqlcipher.IntegrityError,
                            f"UNIQUE constraint failed: parties.id_number ({ID_NUMBER}, {NAME})")
    count = len(errors)
    run_task(None, "导入名单", lambda progress: register_group(book.uow, admin, make_intake(8), preview),
             on_error=on_error, show_progress=False)
    qtbot.waitUntil(lambda: len(errors) > count, timeout=20000)
    undo()
    # ... and an import refused with a message to the user (the one error path of the windows)
    bad = tmp_path / f"{NAME}的名单.csv"
    bad.write_text(f"姓名,身份证号码,手机号码,代表,拖欠劳动报酬\n{NAME},{ID_NUMBER[:-1]}0,{PHONE},是,-5\n", encoding="utf-8")
    count = len(message_boxes)
    run_task(None, "读取名单", lambda progress: preview_group(read_table(bad)) and read_table(tmp_path / f"{NAME}.xls"),
             show_progress=False)
    qtbot.waitUntil(lambda: len(message_boxes) > count, timeout=20000)

    # 3. a render that crashes on the worker's data (the engine quoting the context it was given)
    engine = DocumentEngine()

    def crashing_render(code, context):  # noqa: ANN001, ANN202
        raise ValueError(f"cannot lay out {code}: {json.dumps(context, ensure_ascii=False, default=str)[:4000]}")

    monkeypatch.setattr(engine, "render", crashing_render)
    count = len(errors)
    run_task(None, "生成文书", lambda progress: sd.render_document(
        book.uow, engine, admin, case_id=case_id, template="evidence_list_pdf", today=TODAY),
        on_error=on_error, show_progress=False)
    qtbot.waitUntil(lambda: len(errors) > count, timeout=20000)
    assert isinstance(errors[-1], ValueError) and NAME in str(errors[-1])  # the data was in the error
    engine.close()
    # ... and a template that fails on the worker's data in the render worker (its working folder
    # is made in the temporary folder searched below)
    renderer = DocxRenderer(timeout=20)
    count = len(message_boxes)
    run_task(None, "生成文书", lambda progress: renderer.render(
        _template(body="{{ name }}{{ name|cn_count }}"), {"name": NAME, "id": ID_NUMBER, "phone": PHONE}),
        show_progress=False)
    qtbot.waitUntil(lambda: len(message_boxes) > count, timeout=30000)
    assert any(temp_dir.iterdir())  # the worker's folder while it lives
    renderer.close()

    # 4. any crash in a worker task, with its cause chained
    def crash(progress):  # noqa: ANN001, ANN202
        try:
            {}[f"{NAME}/{ID_NUMBER}"]
        except KeyError as exc:
            raise RuntimeError(f"state of {NAME}: phone 139-0791-8273") from exc

    count = len(errors)
    run_task(None, "整理案件", crash, on_error=on_error, show_progress=False)
    qtbot.waitUntil(lambda: len(errors) > count, timeout=20000)
    qtbot.waitUntil(lambda: TaskRunner.instance().idle, timeout=20000)

    # 5. the command line's last-resort crash log
    try:
        raise LookupError(f"{NAME} {ID_NUMBER} {PHONE}")
    except LookupError:
        cli._log_unexpected(argparse.Namespace(data_dir=str(data_dir)))

    for handler in logging.getLogger("mediation_desk").handlers:
        handler.flush()
    written = files_written(data_dir, temp_dir, data_dir)
    assert log_file in written
    text = log_file.read_text("utf-8")
    # the paths were really taken and logged, tracebacks and all
    assert text.count("Traceback (most recent call last)") >= 4
    for title in ("搜索案件", "导入名单", "生成文书", "整理案件"):
        assert f"error in {title}" in text, title
    assert "sqlalchemy.exc.OperationalError" in text and "sqlcipher3.dbapi2.OperationalError" in text
    assert "<身份证号已隐去>" in text and "<手机号已隐去>" in text
    assert "TemplateInvalid: The template could not be rendered." in text
    assert not any(temp_dir.iterdir())  # the render worker's folder went with it
    assert leaks(written) == [], leaks(written)


def test_the_filter_masks_messages_arguments_and_exceptions() -> None:
    record = logging.LogRecord("mediation_desk", logging.ERROR, __file__, 1, "worker %s phone %s id %s", (NAME, PHONE, ID_NUMBER),
                               None)
    try:
        raise sqlcipher.IntegrityError(f"CHECK failed for '{NAME}'")
    except sqlcipher.IntegrityError:
        record.exc_info = sys.exc_info()
    PersonalDataFilter().filter(record)
    text = logging.Formatter("%(message)s").format(record)
    assert PHONE not in text and ID_NUMBER not in text
    assert "(statement, parameters and message removed)" in text and NAME not in text.split("\n", 1)[1]
    assert mask_numbers("2026-12-03 09:02:47 洪东劳调字〔2026〕第7号 3,200.50元") == "2026-12-03 09:02:47 洪东劳调字〔2026〕第7号 3,200.50元"
    try:
        raise sqlcipher.DatabaseError("database disk image is malformed")
    except sqlcipher.DatabaseError as exc:
        assert "database disk image is malformed" in format_exception(exc)  # SQLite's own sentences stay
