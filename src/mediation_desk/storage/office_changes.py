"""Other desks' changes to an office book, as they are committed: PostgreSQL LISTEN/NOTIFY.

Every write transaction of an office book sends ``NOTIFY mediation_desk_changes`` (delivered at
commit, not at all on rollback; ``unit_of_work.CHANGES_CHANNEL``) with the writing unit of work's
origin as payload. :class:`ChangeListener` keeps its own connection (never one of the pool the
desk's reads and writes use) in a background thread, listens, and calls ``on_change()`` from that
thread for each change made by another unit of work; the UI turns the call into a queued Qt signal.
A lost connection is retried every few seconds; nothing here ever blocks the caller."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from sqlalchemy.engine import URL

from mediation_desk.storage.unit_of_work import CHANGES_CHANNEL

log = logging.getLogger(__name__)

RETRY_S = 5.0
POLL_S = 0.5  # how soon ``stop()`` is noticed


def _conninfo(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """Calls ``on_change()`` (in its own thread) when another desk committed a change to the book.
    Notifications arriving together are reported once."""

    def __init__(self, url: URL, on_change: Callable[[], None], *, ignore_origin: str = "") -> None:
        self._conninfo = _conninfo(url)
        self._on_change = on_change
        self._ignore = ignore_origin
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while a connection listens (tests wait for it)
        self._thread = threading.Thread(target=self._run, name="office-changes", daemon=True)

    def start(self) -> "ChangeListener":
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=10,
                                     application_name="mediation-desk-changes") as conn:
                    conn.execute(f"LISTEN {CHANGES_CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        changed = False
                        for note in conn.notifies(timeout=POLL_S):
                            if note.payload != self._ignore or not self._ignore:
                                changed = True
                        if changed:
                            self._on_change()
            except psycopg.Error as exc:
                log.info("office change listener: %s; retrying", type(exc).__name__)
            except Exception:  # a failing callback must not end the listening
                log.exception("office change listener callback failed")
            self.listening.clear()
            self._stop.wait(RETRY_S)
