"""A second program working in a test book, for the lock and kill tests.

Run with the repository root and ``src`` on PYTHONPATH, ``MEDIATION_DESK_TEST_DATA_DIR`` (the book)
and ``MEDIATION_DESK_PASSPHRASE``; the first argument says what to do:

* ``hold``: open the book, print ``ready``, then wait until killed;
* ``write``: open the book, print ``ready``, then register cases, printing ``<case id>`` after each commit;
* ``verify-hold``: unlock the book for checking only (as ``verify`` does), print ``ready``, then wait;
* ``evidence``: open the book, print ``ready``, then add a 4 MiB file to case 1 and stop halfway through its
  encryption, printing ``writing``, until killed;
* ``restore ARCHIVE``: restore the archive into the book's folder and stop halfway through extracting,
  printing ``extracting``, until killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from mediation_desk.config import PASSPHRASE_ENV, AppPaths
from mediation_desk.domain import clock
from tests.support.books import NoKeyring, make_intake
from tests.support.clock import TODAY


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> None:
    clock.freeze(TODAY)
    paths = AppPaths(Path(os.environ["MEDIATION_DESK_TEST_DATA_DIR"]))
    passphrase = os.environ[PASSPHRASE_ENV]
    what = sys.argv[1]
    if what == "restore":
        from mediation_desk.storage.maintenance import restore_book

        stopped = [False]

        def progress(done: int, total: int) -> bool:
            if done > total // 2 + 1024 and not stopped[0]:
                stopped[0] = True
                say("extracting")
                time.sleep(600)
            return True

        restore_book(Path(sys.argv[2]), paths, passphrase, keyring=NoKeyring(), progress=progress)
        return
    if what == "verify-hold":
        from mediation_desk.storage.book import unlock_for_verify

        unlock_for_verify(paths, passphrase, keyring=NoKeyring())
        say("ready")
        time.sleep(600)
        return
    from mediation_desk.storage.book import open_book
    from tests.support.books import case_worker

    book = open_book(paths, passphrase, keyring=NoKeyring())
    actor = case_worker(book)  # cases and evidence are the work of a mediator, not the administrator
    say("ready")
    if what == "hold":
        time.sleep(600)
    elif what == "write":
        from mediation_desk.services.cases import register_intake

        n = 0
        while True:
            say(str(register_intake(book.uow, actor, make_intake(5000 + n, worker=f"写入工人{n}号"))))
            n += 1
    elif what == "evidence":
        from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
        from mediation_desk.services.evidence import add_evidence
        from mediation_desk.storage.vault import Vault

        source = Path(os.environ["MEDIATION_DESK_TEST_SOURCE"])
        source.write_bytes(os.urandom(4 << 20))

        def progress(done: int, total: int) -> bool:
            if done >= 2 << 20:
                say("writing")
                time.sleep(600)
            return True

        add_evidence(book.uow, Vault(book), actor, source_path=source, progress=progress,
                     evidence=EvidenceInput(case_id=1, type=EvidenceType.DOCUMENTARY, title="工资条",
                                            purpose="证明拖欠工资的数额"))


if __name__ == "__main__":
    main()
