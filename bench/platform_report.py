"""The platform-enterprise report over the demo book, cold, against one bare SQL statement.

Each figure is measured in a fresh process (imports, the book's unlock and the first reads count):
the service ``platform_report`` for the last twelve months, and the same period's cases, workers
and amounts by industry written as one bare SQL statement. Goal (issue 13): under 1 s cold and
under 3x the bare statement; the line says PASS or FAIL (``goal.verdict``). Usage: ``python bench/platform_report.py [cases]`` (the book is made
once, slowly, in bench/out/ by ``casebook.ensure_book``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from casebook import PASSPHRASE, bench_env, book_and_cases  # noqa: E402
from dispute_tables import OPEN  # noqa: E402
from goal import run, verdict  # noqa: E402

SERVICE = OPEN + r"""
from mediation_desk.services.accounts import administrator_principal
from mediation_desk.services.platform_report import platform_report
admin = administrator_principal(book.uow)
t, c = time.perf_counter(), time.process_time()
report = platform_report(book.uow, admin, start=start, end=end)
took, cpu = time.perf_counter() - t, time.process_time() - c
print("FIGURES " + json.dumps({"s": took, "cpu": cpu, "cases": report.total["cases"], "passed": report.passed,
                                "enterprises": len(report.breakdown("enterprise").rows)}))
book.close()
"""

BARE = OPEN + r"""
from sqlalchemy import text
SQL = '''
SELECT c.industry, COUNT(*), SUM(c.applicant_count), SUM(c.total_claimed)
FROM cases c WHERE c.received_on >= :s AND c.received_on <= :e GROUP BY c.industry
'''
t, c = time.perf_counter(), time.process_time()
with book.engine.connect() as conn:
    rows = conn.execute(text(SQL), {"s": start, "e": end}).all()
took, cpu = time.perf_counter() - t, time.process_time() - c
print("FIGURES " + json.dumps({"s": took, "cpu": cpu, "cases": sum(int(r[1]) for r in rows)}))
book.close()
"""


def main() -> None:
    folder, cases = book_and_cases(sys.argv[1:])
    runs = 3
    env = bench_env()
    run(BARE, str(folder), PASSPHRASE, env=env)  # warm the OS file cache
    bare = [run(BARE, str(folder), PASSPHRASE, env=env) for _ in range(runs)]
    service = [run(SERVICE, str(folder), PASSPHRASE, env=env) for _ in range(runs)]
    print(f"book: {cases:,} cases; last twelve months; {runs} cold runs each (median)")
    print(f"bare statement (by industry): new cases {bare[-1]['cases']}; report: cases {service[-1]['cases']}, "
          f"enterprises {service[-1]['enterprises']}, checks {'passed' if service[-1]['passed'] else 'FAILED'}")
    print(verdict("platform report", service, bare)[0])
    print("goal: under 1 s cold and under 3x the bare statement")


if __name__ == "__main__":
    main()
