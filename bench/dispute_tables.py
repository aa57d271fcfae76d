"""The dispute tables over the 100,000-case demo book, cold, against one bare SQL statement each.

Each figure is measured in a fresh process (so imports, the book's unlock and the first reads
count): the service ``dispute_table`` for the last twelve months — whole, by organisation and by
arbitrator — and the same period's main counts written as one bare SQL statement per table
(pending at the start, received, workers, amount claimed, closed by way; by arbitrator, grouped by
the presiding arbitrator) over the tables the service reads, the derived statistics rows
(``case_stat_facts``, ``case_stat_states``, migration 0022). The former bare statement over the raw
tables (the closing way of each case's last concluding change in ``case_events``) is printed beside
it for comparison. Goal: under 1 s cold and under 3x the bare
statement; each line says PASS or FAIL (``goal.verdict``). Usage: ``python bench/dispute_tables.py
[cases]`` (the book is made once, slowly, in bench/out/ by ``casebook.ensure_book``). Not named
statistics.py: run as a script from bench/, that name would hide the standard library's
``statistics`` from every benchmark here. ``--book FOLDER``: measure that book instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from casebook import PASSPHRASE, bench_env, book_and_cases  # noqa: E402
from goal import median, run, verdict  # noqa: E402

OPEN = r"""
import json, sys, time
from datetime import date, timedelta
from pathlib import Path
from mediation_desk.config import AppPaths
from mediation_desk.storage.book import open_book
book = open_book(AppPaths(Path(sys.argv[1])), sys.argv[2])
from mediation_desk.services import clock
end = clock.today(); start = end - timedelta(days=364)
"""

SERVICE = OPEN + r"""
from mediation_desk.services.accounts import administrator_principal
from mediation_desk.services.statistics import dispute_table
admin = administrator_principal(book.uow)
t, c = time.perf_counter(), time.process_time()
report = dispute_table(book.uow, admin, start=start, end=end, by=sys.argv[3] or None)
took, cpu = time.perf_counter() - t, time.process_time() - c
v = report.total.values
print("FIGURES " + json.dumps({"s": took, "cpu": cpu, "received": v["received"], "closed": v["closed"],
                                "passed": all(t.passed for t in report.tables), "tables": len(report.tables)}))
book.close()
"""

NARROW = OPEN + r"""
from sqlalchemy import text
GROUP = sys.argv[3] == "arbitrator"
SQL = '''
SELECT %s
  SUM(CASE WHEN f.received_on < :s AND x.a_open = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN f.received_on >= :s THEN 1 ELSE 0 END),
  SUM(CASE WHEN f.received_on >= :s THEN f.workers ELSE 0 END),
  SUM(CASE WHEN f.received_on >= :s THEN f.claimed_fen ELSE 0 END),
  SUM(CASE WHEN x.b_open = 0 AND x.way = 'mediation' AND %(counted)s THEN 1 ELSE 0 END),
  SUM(CASE WHEN x.b_open = 0 AND x.way = 'award' AND %(counted)s THEN 1 ELSE 0 END),
  SUM(CASE WHEN x.b_open = 0 AND x.way = 'withdrawal' AND %(counted)s THEN 1 ELSE 0 END),
  SUM(CASE WHEN x.b_open = 0 AND x.way = 'other' AND %(counted)s THEN 1 ELSE 0 END)
FROM (SELECT case_id,
        MAX(CASE WHEN day_from <= :a AND (day_to IS NULL OR day_to > :a) THEN open END) AS a_open,
        MAX(CASE WHEN day_from <= :e AND (day_to IS NULL OR day_to > :e) THEN open END) AS b_open,
        MAX(CASE WHEN day_from <= :a AND (day_to IS NULL OR day_to > :a) THEN reopen_seq END) AS a_seq,
        MAX(CASE WHEN day_from <= :e AND (day_to IS NULL OR day_to > :e) THEN reopen_seq END) AS b_seq,
        MAX(CASE WHEN day_from <= :e AND (day_to IS NULL OR day_to > :e) THEN way END) AS way
      FROM case_stat_states
      WHERE (day_from <= :a AND (day_to IS NULL OR day_to > :a)) OR (day_from <= :e AND (day_to IS NULL OR day_to > :e))
      GROUP BY case_id) x
JOIN case_stat_facts f ON f.case_id = x.case_id
WHERE f.received_on <= :e
%s
'''
COUNTED = "(f.received_on >= :s OR x.a_open = 1 OR x.b_seq > x.a_seq)"
SQL = SQL.replace("%(counted)s", COUNTED) % (("f.arbitrator,", "GROUP BY f.arbitrator") if GROUP else ("", ""))
t, c = time.perf_counter(), time.process_time()
with book.engine.connect() as conn:
    rows = conn.execute(text(SQL), {"s": start, "e": end, "a": start - timedelta(days=1)}).all()
took, cpu = time.perf_counter() - t, time.process_time() - c
n = 1 if GROUP else 0
print("FIGURES " + json.dumps({"s": took, "cpu": cpu, "received": sum(int(r[n + 1] or 0) for r in rows),
                               "closed": sum(int(x or 0) for r in rows for x in r[n + 4:])}))
book.close()
"""


BARE = OPEN + r"""
from sqlalchemy import text
GROUP = sys.argv[3] == "arbitrator"
SQL = '''
SELECT %s
  SUM(CASE WHEN c.received_on >= :s AND c.received_on <= :e THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.received_on >= :s AND c.received_on <= :e THEN c.applicant_count ELSE 0 END),
  SUM(CASE WHEN c.received_on >= :s AND c.received_on <= :e THEN c.total_claimed ELSE 0 END),
  SUM(CASE WHEN k.to_status = 'agreement' THEN 1 ELSE 0 END),
  SUM(CASE WHEN k.to_status = 'award' THEN 1 ELSE 0 END),
  SUM(CASE WHEN k.to_status = 'withdrawn' THEN 1 ELSE 0 END),
  SUM(CASE WHEN k.to_status IN ('closed', 'handoff') THEN 1 ELSE 0 END)
FROM cases c %s
LEFT JOIN case_events k ON k.case_id = c.id AND k.id = (
  SELECT MAX(x.id) FROM case_events x
  WHERE x.case_id = c.id AND x.event_date >= :s AND x.event_date <= :e
    AND x.to_status IN ('agreement', 'award', 'withdrawn', 'closed', 'handoff')
    AND x.from_status NOT IN ('agreement', 'award', 'withdrawn', 'closed', 'handoff'))
WHERE c.received_on <= :e %s
'''
TRIBUNAL = '''LEFT JOIN arbitration_tribunals g ON g.id = (SELECT MAX(y.id) FROM arbitration_tribunals y
  WHERE y.case_id = c.id)'''
SQL = SQL % (("g.members,", TRIBUNAL, "GROUP BY g.members") if GROUP else ("", "", ""))
t, c = time.perf_counter(), time.process_time()
with book.engine.connect() as conn:
    rows = conn.execute(text(SQL), {"s": start, "e": end}).all()
took, cpu = time.perf_counter() - t, time.process_time() - c
n = 1 if GROUP else 0
print("FIGURES " + json.dumps({"s": took, "cpu": cpu, "received": sum(int(r[n] or 0) for r in rows),
                               "closed": sum(int(x or 0) for r in rows for x in r[n + 3:])}))
book.close()
"""


def main() -> None:
    folder, cases = book_and_cases(sys.argv[1:])
    runs = 3
    env = bench_env()
    run(BARE, str(folder), PASSPHRASE, "", env=env)  # warm the OS file cache
    raw = [run(BARE, str(folder), PASSPHRASE, "", env=env) for _ in range(runs)]
    raw_arb = [run(BARE, str(folder), PASSPHRASE, "arbitrator", env=env) for _ in range(runs)]
    bare = [run(NARROW, str(folder), PASSPHRASE, "", env=env) for _ in range(runs)]
    bare_arb = [run(NARROW, str(folder), PASSPHRASE, "arbitrator", env=env) for _ in range(runs)]
    tables = {by: [run(SERVICE, str(folder), PASSPHRASE, by, env=env) for _ in range(runs)]
              for by in ("", "organisation", "arbitrator")}
    print(f"book: {cases:,} cases; last twelve months; {runs} cold runs each (median)")
    print("bare statement: the table's main counts (pending, received, workers, claimed, closed by way) as one "
          "statement over the derived statistics rows the service reads (case_stat_facts, case_stat_states)")
    print(f"  for comparison, the former bare statement over the raw tables (cases, case_events): whole book "
          f"{median(raw) * 1000:.0f} ms (cpu {median(raw, 'cpu') * 1000:.0f}), by arbitrator "
          f"{median(raw_arb) * 1000:.0f} ms (cpu {median(raw_arb, 'cpu') * 1000:.0f}), received {raw[-1]['received']}")
    print(f"bare statement: received {bare[-1]['received']}, closed {bare[-1]['closed']}; "
          f"service: received {tables[''][-1]['received']}, closed {tables[''][-1]['closed']}, checks "
          f"{'passed' if all(r['passed'] for rs in tables.values() for r in rs) else 'FAILED'}")
    lines = [verdict("dispute table, whole book", tables[""], bare),
             verdict("dispute table, by organisation", tables["organisation"], bare),
             verdict(f"dispute table, by arbitrator ({tables['arbitrator'][-1]['tables']})", tables["arbitrator"],
                     bare_arb)]
    for line, _ in lines:
        print(line)
    print("goal: under 1 s cold and under 3x the bare statement")


if __name__ == "__main__":
    main()
