"""The bundle's figures: build time, bundle and .deb size, and the self-test's time in the bundle
against the virtual environment.

    .venv/bin/python bench/bundle.py           # figures of the last build in dist/ (builds if none)
    .venv/bin/python bench/bundle.py --build   # build anew first (bash packaging/build.sh)

The build figures are the ones ``packaging/build.sh`` wrote to ``dist/build-figures.txt``; the
self-test is timed here, each in a fresh process, headless.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"


def self_test_seconds(command: list[str], runs: int) -> float:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="run packaging/build.sh first")
    parser.add_argument("--runs", type=int, default=3, help="self-test runs each (median)")
    args = parser.parse_args()
    figures = DIST / "build-figures.txt"
    if args.build or not figures.exists():
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, stdout=subprocess.DEVNULL)
    print(figures.read_text("utf-8").rstrip())
    bundle = self_test_seconds([str(DIST / "mediation-desk" / "mediation-desk"), "--self-test"], args.runs)
    venv = self_test_seconds([sys.executable, "-m", "mediation_desk", "--self-test"], args.runs)
    print(f"self-test seconds, bundle: {bundle:.1f}")
    print(f"self-test seconds, virtual environment: {venv:.1f}")


if __name__ == "__main__":
    main()
