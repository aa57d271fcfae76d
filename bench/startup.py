"""Cold start, first page and memory of the application with a 100,000-case book.

Each figure is measured in a fresh process, started from here, so imports count:
* bare: python + PySide6 + QApplication + an empty QMainWindow with a table, shown (the base);
* app: the same plus unlocking the book through the OS keyring (a file-based keyring backend
  here, as a desktop keyring would answer), the user's log-in (Argon2id check), the main window
  with the case list's first page loaded and shown;
* first page: the case list model's query for the first screen, measured in-process from the new
  query until its rows are in the model (count and first page are read on the worker thread);
* memory: the application's resident set after showing the window and scrolling 2,000 rows.
Goals (issue 2): app start within 3x of bare, first page under 100 ms, under 300 MB.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from casebook import PASSPHRASE, bench_env, ensure_book  # noqa: E402

BARE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1280, 800); w.show()
app.processEvents()
print("READY", flush=True)
"""

APP = r"""
import json, resource, sys, time
t_import = time.perf_counter()
from PySide6.QtWidgets import QApplication
from mediation_desk.app import build_context
from mediation_desk.config import AppPaths
from mediation_desk.resources import resource_path
from mediation_desk.services import accounts
from mediation_desk.storage.book import open_book
from mediation_desk.ui.fonts import install_cjk_font
from mediation_desk.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
install_cjk_font(app, resource_path("resources", "fonts", "wqy-microhei.ttc"))
book = open_book(AppPaths(__import__("pathlib").Path(sys.argv[1])))          # keyring, no passphrase
principal = accounts.log_in(book.uow, username="mediator", password="demo-password")
win = MainWindow(build_context(book, principal, "zh", None), first_backup_check_ms=None)
win.resize(1280, 800); win.show()
model = win.cases_page.model
while model.rowCount() == 0:
    app.processEvents()
app.processEvents()
print("READY", flush=True)

def settle():
    # the list is read on the worker thread: wait for its answer, as the window does
    while model.busy:
        app.processEvents()
        time.sleep(0.0005)

# first page, in-process: a new query on the model (as a search or filter change does), until its
# rows are in the model
from mediation_desk.domain.cases import CaseQuery
pages = []
for _ in range(15):
    t = time.perf_counter(); model.set_query(CaseQuery()); settle()
    if model.canFetchMore():
        model.fetchMore()
    settle(); model.rowCount(); pages.append((time.perf_counter() - t) * 1000)
while model.rowCount() < 2000 and model.canFetchMore():
    model.fetchMore()
    settle()
app.processEvents()
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("FIGURES " + json.dumps({"first_page_ms": sorted(pages), "rows": model.rowCount(), "total": model.total,
                                "max_rss_mb": rss_mb}), flush=True)
book.close()
"""


def timed(code: str, *args: str, env: dict) -> tuple[float, list[str]]:
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)
    ready = None
    lines = []
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.startswith("READY") and ready is None:
            ready = time.perf_counter() - t
        lines.append(line.strip())
    if proc.wait() != 0 or ready is None:
        raise SystemExit(f"benchmark child failed ({proc.returncode})")
    return ready, lines


def main() -> None:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = 5
    folder = ensure_book(cases)
    env = bench_env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    keyring_file = Path(tempfile.mkdtemp()) / "keyring.json"
    env.update({"PYTHON_KEYRING_BACKEND": "tests.support.filekeyring.FileKeyring",
                "MEDIATION_DESK_TEST_KEYRING": str(keyring_file), "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}"})
    # put the book's key into the keyring once, as the first unlock with the passphrase does
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; from mediation_desk.config import "
                    "AppPaths; from mediation_desk.storage.book import open_book; "
                    "open_book(AppPaths(Path(sys.argv[1])), sys.argv[2]).close()", str(folder), PASSPHRASE],
                   check=True, env=env)
    timed(BARE, env=env)  # warm the OS file cache for both
    timed(APP, str(folder), env=env)
    bare = [timed(BARE, env=env)[0] for _ in range(runs)]
    app_runs = [timed(APP, str(folder), env=env) for _ in range(runs)]
    app = [r[0] for r in app_runs]
    figures = json.loads(app_runs[-1][1][-1].split(" ", 1)[1])
    pages = figures["first_page_ms"]
    print(f"book: {figures['total']:,} cases; {runs} runs each; QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}")
    print(f"cold start, bare PySide6 window:      median {statistics.median(bare) * 1000:7.0f} ms")
    print(f"cold start, main window + first page: median {statistics.median(app) * 1000:7.0f} ms "
          f"({statistics.median(app) / statistics.median(bare):.2f}x bare; goal <= 3x)")
    print(f"first page of the case list:          median {statistics.median(pages):7.1f} ms, "
          f"max {max(pages):.1f} ms (goal < 100 ms)")
    print(f"memory after 2,000 rows shown:        {figures['max_rss_mb']:7.0f} MB max RSS (goal < 300 MB)")


if __name__ == "__main__":
    main()
