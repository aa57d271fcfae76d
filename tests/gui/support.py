"""Shared pieces of the GUI tests (the fixtures themselves are in conftest.py)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from mediation_desk.domain.users import Principal
from mediation_desk.storage.book import Book
from mediation_desk.storage.maintenance import backup_to_folder, verify_book
from mediation_desk.storage.vault import Vault

TEMPLATE_CASES = 200
MEDIATOR_USERNAME = "mediator"
MEDIATOR_PASSWORD = "mediator-password-1"


@dataclass
class DeskBook:
    book: Book
    admin: Principal
    mediator: Principal
    renderer: object = None

    @property
    def uow(self):  # noqa: ANN201
        return self.book.uow

    @property
    def data_dir(self) -> Path:
        return self.book.paths.data_dir

    def context(self, principal: Principal | None = None):  # noqa: ANN201
        from mediation_desk.ui.context import DeskContext

        book = self.book
        # by default the mediator: case work is a mediator's, the administrator only manages the desk
        return DeskContext(uow=book.uow, principal=principal or self.mediator, data_dir=book.paths.data_dir,
                           book_label=str(book.paths.data_dir),
                           backup_now=lambda folder, keep, progress: backup_to_folder(book, folder, keep, progress),
                           verify=lambda progress: verify_book(book, progress), default_backup_dir=book.paths.backups_dir,
                           vault=Vault(book), renderer=self.renderer)


def wait_idle(runner, timeout_s: float = 20.0) -> None:  # noqa: ANN001
    """Let queued work finish before the book it uses is closed."""
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + timeout_s
    while not runner.idle and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def wait_cases(qtbot, page_or_model, timeout: int = 10000) -> None:  # noqa: ANN001
    """Let the case list (a CasesPage or a CaseTableModel) finish reading on the worker."""
    qtbot.waitUntil(lambda: not page_or_model.busy, timeout=timeout)
