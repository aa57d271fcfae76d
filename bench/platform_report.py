"""The platform-enterprise report over the demo book, cold, against one bare SQL statement.

Each figure is measured in a fresh process (imports, the book's unlock and the first reads count):
the service ``platform_report`` for the last twelve months, and the same period's cases, workers
and amounts by industry written as one bare SQL statement. Goal (issue 13): under 1 s cold and
under 3x the bare statement. Usage: ``python bench/platform_report.py [cases]`` (the book is made
once, slowly, in bench/out/ by ``casebook.ensure_book``).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from casebook import PASSPHRASE, bench_env, ensure_book  # noqa: E402
from dispute_tables import OPEN  # noqa: E402

SERVICE = OPEN + r"""
from mediation_desk.services.accounts import administrator_principal
from mediation_desk.services.platform_report import platform_report
admin = administrator_principal(book.uow)
t = time.perf_counter()
report = platform_report(book.uow, admin, start=start, end=end)
took = time.perf_counter() - t
print("FIGURES " + json.dumps({"s": took, "cases": report.total["cases"], "passed": report.passed,
                                "enterprises": len(report.breakdown("enterprise").rows)}))
book.close()
"""

BARE = OPEN + r"""
from sqlalchemy import text
SQL = '''
SELECT c.industry, COUNT(*), SUM(c.applicant_count), SUM(c.total_claimed)
FROM cases c WHERE c.received_on >= :s AND c.received_on <= :e GROUP BY c.industry
'''
t = time.perf_counter()
with book.engine.connect() as conn:
    rows = conn.execute(text(SQL), {"s": start, "e": end}).all()
took = time.perf_counter() - t
print("FIGURES " + json.dumps({"s": took, "cases": sum(int(r[1]) for r in rows)}))
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
    service = [run(SERVICE, str(folder), PASSPHRASE, env=env) for _ in range(runs)]
    b = statistics.median(r["s"] for r in bare)
    s = statistics.median(r["s"] for r in service)
    print(f"book: {cases:,} cases; last twelve months; {runs} cold runs each (median)")
    print(f"bare SQL statement (by industry): {b * 1000:8.0f} ms  (new cases {bare[-1]['cases']})")
    print(f"platform_report:                  {s * 1000:8.0f} ms  ({s / b:.1f}x bare; cases {service[-1]['cases']}, "
          f"enterprises {service[-1]['enterprises']}, checks {'passed' if service[-1]['passed'] else 'FAILED'})")
    print("goal: under 1 s cold and under 3x the bare statement")


if __name__ == "__main__":
    main()
