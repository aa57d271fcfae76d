"""Issue 13's performance goal, shared by the statistics benchmarks: every table and the platform
report over the 100,000-case book under 1 s cold, and under 3x the same aggregate written as one
bare SQL statement. Each figure is the median of fresh processes (imports, the book's unlock and
the first reads happen in each; the clock runs around the call only). The machine's other work
shows in the wall-clock time, so the process's CPU time is printed beside it."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

LIMIT_S = 1.0
RATIO = 3.0


def run(code: str, *args: str, env: dict) -> dict:
    """Run ``code`` in a new interpreter and return the JSON it printed after ``FIGURES``."""
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    line = [x for x in out.stdout.splitlines() if x.startswith("FIGURES ")][-1]
    return json.loads(line.split(" ", 1)[1])


def median(runs: list[dict], key: str = "s") -> float:
    return statistics.median(r[key] for r in runs)


def verdict(name: str, service: list[dict], bare: list[dict]) -> tuple[str, bool]:
    """One line: cold time (wall, CPU), bare statement time, ratio, PASS/FAIL on both goals."""
    s, b = median(service), median(bare)
    cpu, bare_cpu = median(service, "cpu"), median(bare, "cpu")
    ratio = s / b if b > 0 else float("inf")
    under, within = s < LIMIT_S, ratio < RATIO
    line = (f"{name:34s} cold {s * 1000:7.0f} ms (cpu {cpu * 1000:6.0f})  bare {b * 1000:6.0f} ms "
            f"(cpu {bare_cpu * 1000:5.0f})  ratio {ratio:5.2f}  "
            f"<1 s {'PASS' if under else 'FAIL'}  <3x {'PASS' if within else 'FAIL'}")
    return line, under and within
