"""Search latency over a 100,000-case book: encrypted book vs. a plain SQLite copy of it.

Prints median and p95 for 2-, 3- and 6-character queries, then for the other forms users type
(printed case number, ID and phone tails, an amount, a claim word); one "search" = the count plus
the first page of 50 rows, which is what the case list asks for as the user types.
Goal (issue 3): p95 under 50 ms and within 3x of plain SQLite.

``--office [N]``: the same search on an office book (PostgreSQL, issue 15: p95 under 50 ms at rest
over 100,000 cases). A throw-away server is started as the tests start theirs
(tests/support/pg_server.py) and the book is filled with N generated disputes (default 20,000)
through the case repository (tests/support/search_book.py: cases, parties, claims and search rows,
without audit rows); prints median and p95 for 1-, 2-, 3- and 6-character queries, printed case
numbers, ID numbers (whole, last 4), phones (whole, last 4), amounts and claim words, and the plan
of one query of each kind.
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


def office_queries(uow, actor, rng: random.Random, cases: int) -> dict[str, list[str]]:
    rows = list_cases(uow, actor, CaseQuery(), offset=rng.randrange(0, max(1, cases - 400)), limit=400)
    texts = [normalise(r.worker_name + r.respondent_names + r.platform) for r in rows]
    out: dict[str, list[str]] = {}
    for n in (1, 2, 3, 6):
        picked: list[str] = []
        while len(picked) < 60:
            t = rng.choice(texts)
            if len(t) >= n:
                i = rng.randrange(0, len(t) - n + 1)
                picked.append(t[i:i + n])
        out[f"{n} chars"] = picked
    sample = rows[:60]
    words = ["欠薪", "拖欠", "押金", "加班费", "工伤", "社保"]
    out.update({"case number": [r.number for r in sample],
                "ID whole": [r.worker_id_number for r in sample if r.worker_id_number],
                "ID last 4": [r.worker_id_number[-4:] for r in sample if len(r.worker_id_number) >= 4],
                "phone whole": [r.worker_phone for r in sample if r.worker_phone],
                "phone last 4": [r.worker_phone[-4:] for r in sample if len(r.worker_phone) >= 4],
                "amount": [f"{r.total_claimed:,.2f}" for r in sample],
                "claim word": [rng.choice(words) for _ in sample]})
    return out


def office_main(cases: int) -> None:
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from sqlalchemy import text

    from mediation_desk.domain.search import plan_term
    from mediation_desk.storage.case_search import term_sql
    from tests.support.books import OfficeLocation, create_test_book
    from tests.support.pg_server import OWNER, missing_reason, start_server
    from tests.support.search_book import fill_cases

    reason = missing_reason()
    if reason:
        sys.exit(reason)
    server = start_server()
    try:
        database = server.create_database("bench")
        book, _staff = create_test_book(OfficeLocation(server, database), cases=0)
        t = time.perf_counter()
        fill_cases(book, cases, progress=lambda n: print(f"  {n:,} cases", file=sys.stderr) if n % 10_000 == 0 else None)
        filled = time.perf_counter() - t
        server.sql("VACUUM ANALYZE", database=database, role=OWNER)
        actor = accounts.administrator_principal(book.uow)
        print(f"office book (PostgreSQL) search over {cases:,} cases (count + first 50 rows); "
              f"filled in {filled:.0f} s ({cases / filled:.0f} cases/s)")
        print(f"{'query':>13} {'n':>4} {'median':>9} {'p95':>9}  plan of the first query's term")
        for form, qs in office_queries(book.uow, actor, random.Random(7), cases).items():
            measure(book.uow, actor, qs[:5])
            median, p95 = measure(book.uow, actor, qs)
            with book.engine.connect() as conn:
                from sqlalchemy.orm import Session

                with Session(bind=conn) as session:
                    term = term_sql(session, plan_term(qs[0]), 0)
                    plan = [r[0] for r in session.execute(text("EXPLAIN " + term.sql), term.params)]
            used = sorted({w for line in plan for w in line.replace("(", " ").split() if w.startswith("ix_")})
            scan = "seq scan" if any("Seq Scan" in line for line in plan) else ", ".join(used)
            print(f"{form:>13} {len(qs):>4} {median:>6.1f} ms {p95:>6.1f} ms  {scan}")
        book.close()
    finally:
        server.stop()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--office":
        office_main(int(sys.argv[2]) if len(sys.argv) > 2 else 20_000)
    else:
        main()
