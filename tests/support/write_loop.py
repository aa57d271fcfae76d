"""Registers cases in a loop, printing ``<case id>\\t<worker name>`` after each commit.

Run with the repository root and ``src`` on PYTHONPATH and these variables:
``MEDIATION_DESK_TEST_DATA_DIR`` (the book), ``MEDIATION_DESK_PASSPHRASE`` and
``MEDIATION_DESK_TEST_RUN`` (a prefix that keeps names distinct between runs).
The crash tests kill it with SIGKILL at random moments.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mediation_desk.domain import clock
from mediation_desk.config import PASSPHRASE_ENV, AppPaths
from mediation_desk.services.cases import register_intake
from mediation_desk.storage.book import open_book
from tests.support.books import NoKeyring, case_worker, make_intake
from tests.support.clock import TODAY


def loop_worker_name(run: str, n: int) -> str:
    return f"循环工人{run}号{n}"


def main() -> None:
    clock.freeze(TODAY)  # the parent test's day
    paths = AppPaths(Path(os.environ["MEDIATION_DESK_TEST_DATA_DIR"]))
    run = os.environ.get("MEDIATION_DESK_TEST_RUN", "0")
    book = open_book(paths, os.environ[PASSPHRASE_ENV], keyring=NoKeyring())
    actor = case_worker(book)  # cases are registered by a mediator, not the administrator
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    n = 0
    while True:
        name = loop_worker_name(run, n)
        case_id = register_intake(book.uow, actor, make_intake(n, worker=name))
        out.write(f"{case_id}\t{name}\n")
        out.flush()
        n += 1


if __name__ == "__main__":
    main()
