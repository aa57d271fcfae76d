"""The worker (ui/tasks.py) and the one error path (ui/errors.py)."""

from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from mediation_desk.domain.errors import NotFound, OperationCancelled
from mediation_desk.ui import errors as ui_errors
from mediation_desk.ui.tasks import TaskRunner, run_task


def test_work_runs_on_one_worker_thread_in_order(qtbot):
    main = threading.get_ident()
    seen: list[tuple[int, int]] = []
    results: list[int] = []

    def work(n, progress):  # noqa: ANN001, ANN202
        seen.append((n, threading.get_ident()))
        progress(1, 1)
        return n * 10

    for n in range(5):
        run_task(None, "t", work, n, on_done=results.append, show_progress=False)
    qtbot.waitUntil(lambda: len(results) == 5, timeout=5000)
    assert results == [0, 10, 20, 30, 40]
    threads = {t for _, t in seen}
    assert len(threads) == 1 and main not in threads
    assert TaskRunner.instance().idle


def test_app_error_goes_to_a_message_box_and_cancel_is_silent(qtbot, message_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    done = []

    def fails(progress):  # noqa: ANN001, ANN202
        raise NotFound("找不到该案件。", "Case not found.")

    def cancelled(progress):  # noqa: ANN001, ANN202
        raise OperationCancelled()

    run_task(parent, "t", cancelled, on_cancelled=lambda: done.append("cancelled"), show_progress=False)
    run_task(parent, "t", fails, on_done=done.append, show_progress=False)
    qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=5000)
    assert done == ["cancelled"]
    assert message_boxes == [("无法完成", "找不到该案件。")]


def test_progress_dialog_cancel_stops_the_work(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    ended = []
    started = threading.Event()

    def long_work(progress):  # noqa: ANN001, ANN202
        started.set()
        for i in range(1000):
            if not progress(i, 1000):
                raise OperationCancelled()
            time.sleep(0.01)
        return "finished"

    task = run_task(parent, "长时间工作", long_work, on_done=ended.append,
                    on_cancelled=lambda: ended.append("cancelled"))
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=5000)
    assert task.dialog.labelText() == "长时间工作"
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.value() > 0, timeout=5000)
    cancel = task.dialog.findChild(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended == ["cancelled"], timeout=5000)
    assert task.dialog is None and task.is_finished


def test_unexpected_errors_are_logged_and_the_crash_dialog_names_the_log(qtbot, qapp, tmp_path, message_boxes,
                                                                         monkeypatch, caplog):
    log_file = tmp_path / "logs" / "mediation-desk.log"
    ui_errors.set_app_state(qapp, lang="zh", log_file=log_file)
    try:
        def broken(progress):  # noqa: ANN001, ANN202
            raise RuntimeError("boom")

        run_task(None, "t", broken, show_progress=False)
        qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=5000)
        title, text = message_boxes[0]
        assert title == "程序错误" and str(log_file) in text
        # logged with its traceback (on the worker thread, where it happened)
        assert any("boom" in r.getMessage() and "Traceback" in r.getMessage() for r in caplog.records)

        monkeypatch.setattr(sys, "excepthook", sys.excepthook)
        ui_errors.install_excepthook()
        try:
            raise ValueError("in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        assert len(message_boxes) == 2 and str(log_file) in message_boxes[1][1]
        sys.excepthook(OperationCancelled, OperationCancelled(), None)
        assert len(message_boxes) == 2
    finally:
        ui_errors.set_app_state(qapp, lang="zh", log_file=None)


def test_english_error_text(qtbot, qapp, message_boxes):
    ui_errors.set_app_state(qapp, lang="en", log_file=None)
    try:
        ui_errors.show_error(None, NotFound("找不到该案件。", "Case not found."))
    finally:
        ui_errors.set_app_state(qapp, lang="zh", log_file=None)
    assert message_boxes[0][1] == "Case not found."


def test_quick_work_never_shows_its_progress_dialog(qtbot):
    import gc

    from mediation_desk.ui.tasks import SHOW_PROGRESS_AFTER_MS

    results = []
    run_task(None, "快", lambda progress: 42, on_done=results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    gc.collect()  # the finished task is gone before its "show the dialog" timer fires
    qtbot.wait(SHOW_PROGRESS_AFTER_MS + 100)
    assert TaskRunner.instance().idle
