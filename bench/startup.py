"""Start-up of the desktop application with a 100,000-case book: first window, log-in, memory, exit.

Every figure is measured in a fresh process started from here, so imports count. The child runs the
real ``main_gui`` (the same code as ``mediation-desk``) with the book's key in a keyring (a file-based
keyring backend here, answering as a desktop keyring would), so its first window is the log-in:

1. first window: from starting the process until the log-in window is shown, against a bare PySide6
   window (python + PySide6 + QApplication + an empty QMainWindow with a table, shown). Goal <= 1.5x.
2. log-in to first page: from pressing 登录 until the main window is shown with the first page of the
   case list in it, minus the Argon2id password check. The check is deliberate (it is what makes a
   guessed password expensive) and is measured separately in the same process, on the same stored
   hash, with the same hasher; the output shows the total, the check and the difference. Goal <= 300 ms.
   Before pressing 登录 the child waits ``--typing-s`` seconds, as a user typing the password does.
   In the running window, a new query of the case list (as a search does) is timed until its first
   page is in the model.
3. memory: the resident set after the first page is shown.
4. exit: the main window is closed while the deadline reminder's work runs; anything Qt or Python
   prints to stderr at exit is reported (it must be nothing).
5. the PyInstaller bundle (``dist/mediation-desk/mediation-desk``), if it has been built: its time to
   the first window against the virtual environment's ``python -m mediation_desk`` (both stop at the
   first window through ``MEDIATION_DESK_START_PROBE=first-window``).

``--book FOLDER`` uses an existing book (its key file and database). A book at an older schema is
copied to a temporary folder first and upgraded there; the folder given is never written.
"""

from __future__ import annotations

import argparse
import json
import shutil
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

FIRST_WINDOW_GOAL = 1.5
LOGIN_GOAL_MS = 300.0
BUNDLE = ROOT / "dist" / "mediation-desk" / "mediation-desk"
# measured with this script on the code before the start was split (everything imported and the book
# opened before the log-in window), 7 runs, same machine and book; see docs/architecture.md
BEFORE = ("before the split start (recorded): first window 7.94x bare (2,243 ms; bare 263 ms); 登录 to first "
          "page without the Argon2id check 349 ms median, 489 ms max")

BARE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1280, 800); w.show()
app.processEvents()
print("READY", flush=True)
"""

# The child: the real main_gui, driven through its windows as a user would.
APP = r"""
import json, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog
folder, password, typing_ms = sys.argv[1], sys.argv[2], int(float(sys.argv[3]) * 1000)
marks = {}

class Driver(QObject):
    def __init__(self):
        super().__init__()
        self.dialog = None
        self.poll = QTimer(); self.poll.setInterval(1); self.poll.timeout.connect(self.check_main)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and self.dialog is None:
            self.dialog = obj
            QTimer.singleShot(0, self.first_window)
        return False

    def first_window(self):
        print("READY", flush=True)
        marks["first_window_class"] = type(self.dialog).__name__
        QTimer.singleShot(typing_ms, self.submit)

    def submit(self):
        d = self.dialog
        d.username.setText("mediator"); d.password.setText(password)
        marks["submit"] = time.perf_counter()
        self.poll.start()
        d.ok_button.click()

    def check_main(self):
        from mediation_desk.ui.main_window import MainWindow
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible() and w.cases_page.model.rowCount() > 0:
                marks["main_ms"] = (time.perf_counter() - marks["submit"]) * 1000
                self.poll.stop()
                self.window = w
                QTimer.singleShot(0, self.measure_and_close)
                return

    def measure_and_close(self):
        from argon2 import PasswordHasher
        w = self.window
        with w.ctx.uow.read() as tx:
            stored = tx.users.by_username("mediator").password_hash
        hasher, checks = PasswordHasher(), []
        for _ in range(3):
            t = time.perf_counter(); hasher.verify(stored, password); checks.append((time.perf_counter() - t) * 1000)
        marks["argon2_ms"] = sorted(checks)[1]
        marks["rows"] = w.cases_page.model.rowCount(); marks["total"] = w.cases_page.model.total
        # a new query of the case list (as a search or a filter change makes), until its rows are in
        from mediation_desk.domain.cases import CaseQuery
        model, pages = w.cases_page.model, []
        def settle():
            while model.busy:
                app.processEvents(); time.sleep(0.0005)
        settle()
        for _ in range(10):
            t = time.perf_counter(); model.set_query(CaseQuery()); settle(); model.rowCount()
            pages.append((time.perf_counter() - t) * 1000)
        marks["query_ms"] = sorted(pages)
        marks["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        marks.pop("submit")
        w.check_deadlines()  # work on the database thread while the window closes
        w.close()

app = QApplication(sys.argv[:1])
driver = Driver()
app.installEventFilter(driver)
from mediation_desk.app import main_gui
code = main_gui(__import__("pathlib").Path(folder), "zh")
print("FIGURES " + json.dumps(marks), flush=True)
sys.exit(code)
"""


# what the offscreen platform plugin says about windows (a real screen does not)
PLATFORM_NOISE = "This plugin does not support propagateSizeHints()"


def _meaningful(stderr: str) -> str:
    return "\n".join(line for line in stderr.splitlines() if line.strip() and line.strip() != PLATFORM_NOISE)


def timed(cmd: list[str], *, env: dict) -> tuple[float, list[str], str]:
    """(seconds until the child printed READY, its stdout lines, its stderr)."""
    t = time.perf_counter()
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, env=env)
        ready = None
        lines = []
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith("READY") and ready is None:
                ready = time.perf_counter() - t
            lines.append(line.strip())
        proc.wait()
        err.seek(0)
        stderr = err.read()
    if proc.returncode != 0 or ready is None:
        raise SystemExit(f"benchmark child {cmd[:2]} failed ({proc.returncode}):\n{stderr}")
    return ready, lines, stderr


def _schema_of(folder: Path, env: dict) -> str:
    code = ("import sys; from pathlib import Path; from mediation_desk.storage.engine import connect_raw; "
            "from mediation_desk.storage.keys import KeyFile, db_key; folder = Path(sys.argv[1]); "
            "mk = KeyFile.load(folder / 'casebook.key').unwrap_all(sys.argv[2])[0][1]; "
            "conn = connect_raw(folder / 'casebook.db', db_key(mk)); "
            "print(conn.execute('SELECT version_num FROM alembic_version').fetchone()[0]); conn.close()")
    out = subprocess.run([sys.executable, "-c", code, str(folder), PASSPHRASE], check=True, env=env,
                         capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


# Open (and so upgrade) the copy, then bring its deadlines up to the current rules once, as the first
# log-in after an upgrade does, so that the measured starts do not include that one-off work.
UPGRADE = r"""
import sys
from pathlib import Path
from mediation_desk.config import AppPaths
from mediation_desk.services import accounts, deadlines
from mediation_desk.storage.book import open_book
book = open_book(AppPaths(Path(sys.argv[1])), sys.argv[2])
try:
    if deadlines.needs_recompute(book.uow):
        deadlines.recompute_all(book.uow, accounts.log_in(book.uow, username="mediator", password=sys.argv[3]))
finally:
    book.close()
"""


def book_folder(given: str | None, cases: int, env: dict, password: str) -> Path:
    """The book to measure: ``given`` (copied to a temporary folder if its schema is older), else the
    bench's own book at the current schema (made once)."""
    if given is None:
        return ensure_book(cases)
    sys.path.insert(0, str(ROOT / "src"))
    from mediation_desk.storage.schema import head_revision

    folder = Path(given).resolve()
    head = head_revision()
    if _schema_of(folder, env) == head:
        return folder
    copy = Path(tempfile.gettempdir()) / f"mediation-desk-bench-{folder.name}-at-{head}"
    if not (copy / "casebook.db").exists() or _schema_of(copy, env) != head:
        shutil.rmtree(copy, ignore_errors=True)
        print(f"copying {folder} to {copy} and upgrading it to {head} (the original is not written) ...",
              file=sys.stderr)
        copy.mkdir(parents=True)
        for name in ("casebook.db", "casebook.key"):
            shutil.copy2(folder / name, copy / name)
        subprocess.run([sys.executable, "-c", UPGRADE, str(copy), PASSPHRASE, password], check=True, env=env)
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=int, default=100_000)
    parser.add_argument("--book", help="an existing book folder (passphrase as the bench's books)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--typing-s", type=float, default=3.0, help="seconds between the log-in window and 登录")
    parser.add_argument("--password", default="demo-password")
    args = parser.parse_args()
    env = bench_env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # compiled modules, as an installed program has them (pip and PyInstaller compile them once), kept
    # outside the source tree; the warm-up runs below write them
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "mediation-desk-bench-pycache")
    folder = book_folder(args.book, args.cases, env, args.password)
    keyring_file = Path(tempfile.mkdtemp()) / "keyring.json"
    env.update({"PYTHON_KEYRING_BACKEND": "tests.support.filekeyring.FileKeyring",
                "MEDIATION_DESK_TEST_KEYRING": str(keyring_file), "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}"})
    env.pop("MEDIATION_DESK_PASSPHRASE", None)
    # put the book's key into the keyring once, as the first unlock with the passphrase does
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; from mediation_desk.config import "
                    "AppPaths; from mediation_desk.storage.book import open_book; "
                    "open_book(AppPaths(Path(sys.argv[1])), sys.argv[2]).close()", str(folder), PASSPHRASE],
                   check=True, env=env)
    app_cmd = [sys.executable, "-c", APP, str(folder), args.password, str(args.typing_s)]
    timed([sys.executable, "-c", BARE], env=env)  # warm the OS file cache for both
    timed(app_cmd, env=env)
    bare, runs = [], []
    for _ in range(args.runs):  # in pairs, so that a busy moment of the machine weighs on both alike
        bare.append(timed([sys.executable, "-c", BARE], env=env)[0])
        runs.append(timed(app_cmd, env=env))
    first = [r[0] for r in runs]
    ratios = [a / b for a, b in zip(first, bare)]
    figures = [json.loads(next(x for x in r[1] if x.startswith("FIGURES")).split(" ", 1)[1]) for r in runs]
    main_ms = [f["main_ms"] for f in figures]
    argon = [f["argon2_ms"] for f in figures]
    net = [f["main_ms"] - f["argon2_ms"] for f in figures]
    stderr = [text for text in (_meaningful(r[2]) for r in runs) if text]
    ratio = statistics.median(ratios)
    verdict = lambda ok: "PASS" if ok else "FAIL"  # noqa: E731
    print(f"book: {figures[-1]['total']:,} cases; {args.runs} runs each; QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; "
          f"first window: {figures[-1]['first_window_class']}; typing time {args.typing_s:g} s; compiled modules")
    print(f"(1) bare PySide6 window shown:          median {statistics.median(bare) * 1000:7.0f} ms")
    print(f"    first window (log-in) shown:        median {statistics.median(first) * 1000:7.0f} ms "
          f"; median of the pairs' ratios {ratio:.2f}x bare (goal <= {FIRST_WINDOW_GOAL}x)  {verdict(ratio <= FIRST_WINDOW_GOAL)}")
    print(f"(2) 登录 pressed -> main window with first page: median {statistics.median(main_ms):6.0f} ms, "
          f"of which the Argon2id check median {statistics.median(argon):.0f} ms (measured apart, same hash)")
    print(f"    without the Argon2id check:         median {statistics.median(net):7.0f} ms, max {max(net):.0f} ms "
          f"(goal <= {LOGIN_GOAL_MS:.0f} ms)  {verdict(statistics.median(net) <= LOGIN_GOAL_MS)}")
    queries = [ms for f in figures for ms in f["query_ms"]]
    print(f"    a new query of the case list:       median {statistics.median(queries):7.1f} ms, "
          f"max {max(queries):.1f} ms (in the running window; goal < 100 ms)")
    print(f"(3) memory with the first page shown:   {statistics.median(f['max_rss_mb'] for f in figures):7.0f} MB "
          f"max RSS (goal < 300 MB)")
    print("(4) stderr at exit, window closed during work: " + ("clean  PASS" if not stderr else f"FAIL\n{stderr[0]}"))
    print(BEFORE)
    probe_env = dict(env, MEDIATION_DESK_START_PROBE="first-window")
    venv_cmd = [sys.executable, "-m", "mediation_desk", "--data-dir", str(folder)]
    if BUNDLE.exists():
        venv, bundle = [], []
        for _ in range(args.runs):
            venv.append(timed(venv_cmd, env=probe_env)[0])
            bundle.append(timed([str(BUNDLE), "--data-dir", str(folder)], env=probe_env)[0])
        print(f"(5) virtual environment, first window:  median {statistics.median(venv) * 1000:7.0f} ms")
        print(f"    bundle, first window:               median {statistics.median(bundle) * 1000:7.0f} ms "
              f"(goal: no slower than the virtual environment, 5% for noise)  "
              f"{verdict(statistics.median(bundle) <= statistics.median(venv) * 1.05)}")
    else:
        venv = [timed(venv_cmd, env=probe_env)[0] for _ in range(args.runs)]
        print(f"(5) virtual environment, first window:  median {statistics.median(venv) * 1000:7.0f} ms")
        print("    bundle, first window:               bundle not built (packaging/build.sh makes "
              "dist/mediation-desk/)")


if __name__ == "__main__":
    main()
