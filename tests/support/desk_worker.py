"""One desk of the many-desks test, run as its own process: it opens the book (an office database or a
single-PC folder), then registers cases and draws numbered documents' numbers as fast as it can,
printing what it got as one JSON line.

    python -m tests.support.desk_worker (--database URL | --data-dir DIR) USERNAME COUNT SEED
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from mediation_desk.config import DB_PASSWORD_ENV, AppPaths
from mediation_desk.domain import clock
from mediation_desk.domain.documents import NumberKind
from mediation_desk.services.cases import change_status, get_case, register_intake
from mediation_desk.services.documents import next_document_number
from mediation_desk.domain.cases import CaseStatus
from tests.support.books import PASSPHRASE, NoKeyring, make_intake, user_principal
from tests.support.clock import TODAY


def main(argv: list[str]) -> int:
    where, location, username, count, seed = argv[0], argv[1], argv[2], int(argv[3]), int(argv[4])
    clock.freeze(TODAY)
    if where == "--database":
        from mediation_desk.storage.office import open_office_book

        book = open_office_book(location, os.environ[DB_PASSWORD_ENV])
    else:
        from mediation_desk.storage.book import open_book

        book = open_book(AppPaths(Path(location)), PASSPHRASE, keyring=NoKeyring())
    try:
        actor = user_principal(book, username)
        kind = NumberKind("mediation_agreement")
        cases, numbers = [], []
        for i in range(count):
            case_id = register_intake(book.uow, actor, make_intake(seed + i, received_on=TODAY))
            cases.append(get_case(book.uow, actor, case_id).summary.number)
            numbers.append(next_document_number(book.uow, kind, TODAY.year, actor=actor, case_id=case_id))
            if i % 2 == 0:
                change_status(book.uow, actor, case_id=case_id, target=CaseStatus.MEDIATION, on=TODAY,
                              reason="双方同意调解")
        print(json.dumps({"cases": cases, "documents": numbers}, ensure_ascii=False))
    finally:
        book.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
