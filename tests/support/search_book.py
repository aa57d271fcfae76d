"""Many realistic cases in a book, fast, for search tests and the search benchmark.

The demo generator's disputes (``services.demo.data.generate_intakes``) are written through the case
repository (``tx.cases.add``: the case, its parties, claims and search index rows, as registration
writes them) in transactions of 1,000, without the audit rows and deadlines registration adds: a
book filled this way is for searching, not for ``verify`` (tests using it are marked ``tampers``).
Registering through the service costs about 60 ms a case on PostgreSQL; this about a tenth of that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mediation_desk.domain import clock
from mediation_desk.domain.cases import CaseStatus
from mediation_desk.services.cases import format_case_number
from mediation_desk.services.demo.data import generate_intakes

BATCH = 1000


def fill_cases(book: Any, count: int, *, seed: int = 2026, prefix: str = "洪东劳调字",
               progress: Callable[[int], None] | None = None) -> int:
    """Add ``count`` generated cases to ``book``; returns how many were added."""
    intakes = generate_intakes(count, seed=seed)
    done = 0
    while done < count:
        with book.uow.write() as tx:
            for _ in range(min(BATCH, count - done)):
                intake = next(intakes)
                year = intake.received_on.year
                number = format_case_number(prefix, year, tx.counters.next("case", year))
                tx.cases.add(intake, number=number, status=CaseStatus.INTAKE, handler_id=None, now=clock.now())
                done += 1
        if progress is not None:
            progress(done)
    return done
