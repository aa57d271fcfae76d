"""The database worker runs the work a user waits for before queued background reads, keeps
submission order within each kind, and never interrupts a piece of work that has started."""

from __future__ import annotations

import threading

from mediation_desk.ui.tasks import run_task


def test_foreground_work_passes_queued_background_work_in_order(qtbot) -> None:  # noqa: ANN001
    order: list[str] = []
    gate = threading.Event()

    def blocking(progress) -> None:  # noqa: ANN001
        gate.wait(10)
        order.append("running")

    def step(name: str):  # noqa: ANN202
        return lambda progress: order.append(name)

    run_task(None, "running", blocking, show_progress=False)
    run_task(None, "reminder", step("background 1"), show_progress=False, background=True)
    run_task(None, "platforms", step("background 2"), show_progress=False, background=True)
    run_task(None, "search", step("foreground 1"), show_progress=False)
    last = run_task(None, "page", step("foreground 2"), show_progress=False)
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 5 and last.is_finished, timeout=10000)
    assert order == ["running", "foreground 1", "foreground 2", "background 1", "background 2"]
