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
class HandoffTools:
    """What the court hand-off screens need from the open book, as plain callables and objects:

    * ``signer(username)``: the organisation's signing key (``services.handoff_ports.PackageSigner``),
      made on first use; key creation is audit-logged under ``username``;
    * ``anchor()``: the book's audit anchor a package carries (its ``audit_anchor``);
    * ``writer()`` / ``reader()``: the package format (``PackageWriter`` / ``PackageReader``);
    * ``transport()``: the HTTPS transport the outbox sends with (``services.ports.PackageTransport``);
    * ``public_keys(username, rotate)``: the organisation's public keys (current and retired) as
      mappings for ``handoff.keys_file.write_public_keys``; ``rotate`` first makes a new key.
    """

    signer: Callable[[str], Any]
    anchor: Callable[[], Any]
    writer: Callable[[], Any]
    reader: Callable[[], Any]
    transport: Callable[[], Any]
    public_keys: Callable[[str, bool], Any]


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
    handoff: HandoffTools | None = None  # the court hand-off's key, anchor, package format and transport
    # ``watch_changes(on_change)``: an office book calls ``on_change()`` from a background thread when
    # another desk committed a change (``storage.office_changes``); None for a single-PC book
    watch_changes: Callable[[Callable[[], None]], Any] | None = None
    server_book: bool = False  # an office book on the server: its backups are the server's, not this desk's

    @property
    def label(self) -> str:
        return self.book_label or str(self.data_dir)
