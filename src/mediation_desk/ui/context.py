"""What the composition root hands the windows: services' unit of work, who is logged in, and
the few book operations the UI may start (as plain callables, so ``ui`` never imports ``storage``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediation_desk.domain.users import Principal
from mediation_desk.services.ports import UnitOfWork

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


@dataclass(frozen=True)
class DeskContext:
    """One open case book and one logged-in user.

    ``backup_now(folder, keep, progress)`` writes a backup of the open book into ``folder``, keeping
    the newest ``keep`` backups there, and returns the backup's description (``.path``,
    ``.created_at``). ``verify(progress)`` checks the book and returns a report (``.ok`` and its
    findings). Both are called on the worker thread. The UI language and the log file are kept by
    the QApplication (``ui.errors.set_app_state``), not here.
    """

    uow: UnitOfWork
    principal: Principal
    data_dir: Path
    backup_now: Callable[[Path, int, Progress], Any]
    verify: Callable[[Progress], Any]
    book_label: str = ""
    default_backup_dir: Path | None = None
    vault: Any = None  # the open book's evidence files (services.ports.EvidenceVault)
    renderer: Any = None  # the document engine (services.ports.DocumentRenderer)

    @property
    def label(self) -> str:
        return self.book_label or str(self.data_dir)
