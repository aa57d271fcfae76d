"""Signals the pages of one window use to tell each other what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DeskEvents(QObject):
    cases_changed = Signal()
    users_changed = Signal()
    backup_recorded = Signal(object)  # the BackupInfo just written
    backup_settings_changed = Signal()
    deadlines_recomputed = Signal()  # holiday data changed and every case's deadlines were recomputed
