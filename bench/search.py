"""Search latency over a 100,000-case book: encrypted book vs. a plain SQLite copy of it.

Prints median and p95 for 2-, 3- and 6-character queries, then for the other forms users type
(printed case number, ID and phone tails, an amount, a claim word); one "search" = the count plus
the first page of 50 rows, which is what the case list asks for as the user types.
Goal (issue 3): p95 under 50 ms and within 3x of plain SQLite.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from casebook import PASSPHRASE, ensure_book  # noqa: E402

import sqlcipher3.dbapi2 as sqlcipher  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402

from mediation_desk.config import AppPaths  # noqa: E402
from mediation_desk.domain.cases import CaseQuery  # noqa: E402
from mediation_desk.domain.search import normalise  # noqa: E402
from mediation_desk.services import accounts  # noqa: E402
from mediation_desk.services.cases import count_cases, list_cases  # noqa: E402
from mediation_desk.storage.book import open_book  # noqa: E402
from mediation_desk.storage.engine import connect_raw  # noqa: E402
from mediation_desk.storage.keys import db_key  # noqa: E402
from mediation_desk.storage.unit_of_work import SqlUnitOfWork  # noqa: E402


def plain_copy(book, target: Path) -> Path:
    if target.exists():
        return target
    conn = connect_raw(book.paths.db_path, db_key(book.master_key))
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    return target


def pick_queries(uow, actor, rng: random.Random) -> dict[int, list[str]]:
    rows = list_cases(uow, actor, CaseQuery(), offset=rng.randrange(0, 90_000), limit=400)
    texts = [normalise(r.worker_name + r.respondent_names + r.platform) for r in rows]
    out: dict[int, list[str]] = {2: [], 3: [], 6: []}
    for n in out:
        while len(out[n]) < 60:
            t = rng.choice(texts)
            if len(t) >= n:
                i = rng.randrange(0, len(t) - n + 1)
                out[n].append(t[i:i + n])
    return out


def pick_forms(uow, actor, rng: random.Random) -> dict[str, list[str]]:
    """What else users type: a printed case number, ID and phone tails, an amount, a claim word."""
    rows = list_cases(uow, actor, CaseQuery(), offset=rng.randrange(0, 90_000), limit=60)
    words = ["欠薪", "拖欠", "押金", "加班费", "工伤", "社保"]
    return {"case number": [r.number for r in rows],
            "ID last 4": [r.worker_id_number[-4:] for r in rows if len(r.worker_id_number) >= 4],
            "phone last 4": [r.worker_phone[-4:] for r in rows if len(r.worker_phone) >= 4],
            "amount": [f"{r.total_claimed:,.2f}" for r in rows],
            "claim word": [rng.choice(words) for _ in rows]}


def measure(uow, actor, queries: list[str]) -> tuple[float, float]:
    times = []
    for q in queries:
        t = time.perf_counter()
        query = CaseQuery(text=q)
        count_cases(uow, actor, query)
        list_cases(uow, actor, query, offset=0, limit=50)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    folder = ensure_book(cases)
    book = open_book(AppPaths(folder), PASSPHRASE)
    actor = accounts.administrator_principal(book.uow)
    plain = plain_copy(book, folder.with_name(folder.name + "-plain.db"))
    plain_engine = create_engine(f"sqlite:///{plain}", module=sqlcipher)
    plain_uow = SqlUnitOfWork(plain_engine)
    queries = pick_queries(book.uow, actor, random.Random(7))
    print(f"search over {cases:,} cases (count + first 50 rows), 60 queries per length")
    print(f"{'chars':>5} {'encrypted median':>17} {'p95':>8} {'plain median':>13} {'p95':>8} {'p95 ratio':>10}")
    for n, qs in queries.items():
        measure(book.uow, actor, qs[:5])  # warm the page cache the same way for both
        measure(plain_uow, actor, qs[:5])
        em, ep = measure(book.uow, actor, qs)
        pm, pp = measure(plain_uow, actor, qs)
        print(f"{n:>5} {em:>14.1f} ms {ep:>5.1f} ms {pm:>10.1f} ms {pp:>5.1f} ms {ep / pp:>9.2f}x")
    print(f"{'form':>12} {'encrypted median':>17} {'p95':>8} {'plain median':>13} {'p95':>8} {'p95 ratio':>10}")
    for form, qs in pick_forms(book.uow, actor, random.Random(11)).items():
        measure(book.uow, actor, qs[:5])
        measure(plain_uow, actor, qs[:5])
        em, ep = measure(book.uow, actor, qs)
        pm, pp = measure(plain_uow, actor, qs)
        print(f"{form:>12} {em:>14.1f} ms {ep:>5.1f} ms {pm:>10.1f} ms {pp:>5.1f} ms {ep / pp:>9.2f}x")
    book.close()
    plain_engine.dispose()


if __name__ == "__main__":
    main()
