"""A large demo case book for the benchmarks, made once and reused (bench/out/, not in git)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PASSPHRASE = "bench-passphrase"


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"MEDIATION_DESK_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                "PYTHONPATH": str(ROOT / "src")})
    return env


def book_and_cases(argv: list[str]) -> tuple[Path, int]:
    """``[cases] [--book FOLDER]``: a book given by its folder (for instance a copy upgraded to the
    current schema by opening it once), else the demo book of ``cases`` cases in bench/out/, made if
    missing."""
    args = list(argv)
    folder = None
    if "--book" in args:
        i = args.index("--book")
        folder = Path(args[i + 1]).expanduser().resolve()
        del args[i:i + 2]
    cases = int(args[0]) if args else 100_000
    return (folder if folder is not None else ensure_book(cases)), cases


def ensure_book(cases: int) -> Path:
    """The folder of a book with ``cases`` demo cases at the current schema, made if missing."""
    sys.path.insert(0, str(ROOT / "src"))
    from mediation_desk.storage.schema import head_revision

    folder = OUT / f"book-{cases}-{head_revision()}"
    if (folder / "casebook.db").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"making a {cases:,}-case book in {folder} (once) ...", file=sys.stderr)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mediation_desk", "demo", "--cases", str(cases), "--data-dir", str(folder)],
                   check=True, env=bench_env(), stdout=subprocess.DEVNULL)
    print(f"  made in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return folder


if __name__ == "__main__":
    print(ensure_book(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
