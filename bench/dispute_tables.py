"""The dispute table over the 100,000-case demo book, cold, against one bare SQL statement.

Each figure is measured in a fresh process (so imports, the book's unlock and the first reads
count): the service ``dispute_table`` for the last twelve months, whole and by arbitrator, and the
same period's main counts written as one bare SQL statement (received, workers, amount claimed,
closed by the way of their last concluding change). Goal (issue 13): under 1 s cold and under 3x
the bare statement. Usage: ``python bench/dispute_tables.py [cases]`` (the book is made once, slowly,
in bench/out/ by ``casebook.ensure_book``). Not named statistics.py: run as a script from bench/,
that name would hide the standard library's ``statistics`` from every benchmark here.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from casebook import PASSPHRASE, bench_env, ensure_book  # noqa: E402

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
t = time.perf_counter()
report = dispute_table(book.uow, admin, start=start, end=end, by=sys.argv[3] or None)
took = time.perf_counter() - t
v = report.total.values
print("FIGURES " + json.dumps({"s": took, "received": v["received"], "closed": v["closed"],
                                "passed": all(t.passed for t in report.tables), "tables": len(report.tables)}))
book.close()
"""

BARE = OPEN + r"""
from sqlalchemy import text
SQL = '''
SELECT
  SUM(CASE WHEN c.received_on >= :s AND c.received_on <= :e THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.received_on >= :s AND c.received_on <= :e THEN c.applicant_count ELSE 0 END),
  SUM(CASE WHEN c.received_on >= :s AND c.received_on <= :e THEN c.total_claimed ELSE 0 END),
  SUM(CASE WHEN k.to_status = 'agreement' THEN 1 ELSE 0 END),
  SUM(CASE WHEN k.to_status = 'award' THEN 1 ELSE 0 END),
  SUM(CASE WHEN k.to_status = 'withdrawn' THEN 1 ELSE 0 END),
  SUM(CASE WHEN k.to_status IN ('closed', 'handoff') THEN 1 ELSE 0 END)
FROM cases c
LEFT JOIN case_events k ON k.case_id = c.id AND k.id = (
  SELECT MAX(x.id) FROM case_events x
  WHERE x.case_id = c.id AND x.event_date >= :s AND x.event_date <= :e
    AND x.to_status IN ('agreement', 'award', 'withdrawn', 'closed', 'handoff')
    AND x.from_status NOT IN ('agreement', 'award', 'withdrawn', 'closed', 'handoff'))
WHERE c.received_on <= :e
'''
t = time.perf_counter()
with book.engine.connect() as conn:
    row = conn.execute(text(SQL), {"s": start, "e": end}).one()
took = time.perf_counter() - t
print("FIGURES " + json.dumps({"s": took, "received": row[0], "closed": sum(int(x or 0) for x in row[3:])}))
book.close()
"""


def run(code: str, *args: str, env: dict) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    line = [x for x in out.stdout.splitlines() if x.startswith("FIGURES ")][-1]
    return json.loads(line.split(" ", 1)[1])


def main() -> None:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = 3
    folder = ensure_book(cases)
    env = bench_env()
    run(BARE, str(folder), PASSPHRASE, env=env)  # warm the OS file cache
    bare = [run(BARE, str(folder), PASSPHRASE, env=env) for _ in range(runs)]
    whole = [run(SERVICE, str(folder), PASSPHRASE, "", env=env) for _ in range(runs)]
    grouped = [run(SERVICE, str(folder), PASSPHRASE, "arbitrator", env=env) for _ in range(runs)]
    b = statistics.median(r["s"] for r in bare)
    w = statistics.median(r["s"] for r in whole)
    g = statistics.median(r["s"] for r in grouped)
    print(f"book: {cases:,} cases; last twelve months; {runs} cold runs each (median)")
    print(f"bare SQL statement:          {b * 1000:8.0f} ms  (received {bare[-1]['received']}, "
          f"closed {bare[-1]['closed']})")
    print(f"dispute_table, whole book:   {w * 1000:8.0f} ms  ({w / b:.1f}x bare; received {whole[-1]['received']}, "
          f"closed {whole[-1]['closed']}, checks {'passed' if whole[-1]['passed'] else 'FAILED'})")
    print(f"dispute_table, by arbitrator:{g * 1000:8.0f} ms  ({g / b:.1f}x bare; {grouped[-1]['tables']} tables)")
    print("goal: under 1 s cold and under 3x the bare statement")


if __name__ == "__main__":
    main()
