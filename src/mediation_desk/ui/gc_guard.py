"""Python's cyclic garbage collection, run on the UI thread only.

An automatic collection runs on whichever thread happens to allocate when a threshold is crossed,
the database worker included. If that collection frees a Qt wrapper (a dialog caught in a
reference cycle, say), the binding has to delete a widget off the UI thread, which crashes. So
automatic collection is switched off and a timer on the UI thread collects instead, with the same
generation thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("mediationDeskMainThreadCollector")
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        gc.enable()


def install(app: QObject) -> MainThreadCollector:
    existing = app.findChild(MainThreadCollector, "mediationDeskMainThreadCollector")
    return existing if isinstance(existing, MainThreadCollector) else MainThreadCollector(app)
