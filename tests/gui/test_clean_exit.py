"""The program ends cleanly when its main window is closed while work runs on the database thread:
nothing from Qt or Python on stderr at exit (a real exit, so the test runs the program in a child
process and reads what it printed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import atexit, time
atexit.register(time.sleep, 0.5)  # registered first, so it runs last: a slow end after PySide6's clean-up
import sys, threading, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tests.support.books import PASSPHRASE, STAFF_PASSWORD, STAFF_USERNAME, create_test_book
from tests.support.filekeyring import FileKeyring
import keyring
keyring.set_keyring(FileKeyring())
from mediation_desk.storage.keys import KeyringStore

folder = Path(sys.argv[1])
book, _ = create_test_book(folder, cases=3, keyring=KeyringStore())
book.close()
app = QApplication(sys.argv[:1])
started = threading.Event()

def slow(progress):  # work the user started, still running when the window closes
    started.set()
    for i in range(40):
        time.sleep(0.02)
        if not progress(i, 40):
            from mediation_desk.domain.errors import OperationCancelled
            raise OperationCancelled()
    return "done"

def drive():
    from mediation_desk.ui.dialogs.login import LoginDialog
    from mediation_desk.ui.main_window import MainWindow
    from mediation_desk.ui.tasks import run_task
    for w in QApplication.topLevelWidgets():
        if isinstance(w, LoginDialog) and w.isVisible() and not getattr(w, "driven", False):
            w.driven = True
            w.username.setText(STAFF_USERNAME); w.password.setText(STAFF_PASSWORD); w.ok_button.click()
        if isinstance(w, MainWindow) and w.isVisible() and w.cases_page.model.rowCount() > 0:
            timer.stop()
            for _ in range(3):
                run_task(w, "slow", slow, on_done=lambda _r: None)  # one runs, two wait
            w.check_deadlines()
            started.wait(5)
            w.close()
            return

timer = QTimer(); timer.setInterval(20); timer.timeout.connect(drive); timer.start()
from mediation_desk.app import main_gui
sys.exit(main_gui(folder, "zh"))
"""


# A window built without main_gui (a script, a self-check) and closed while the worker runs; the
# process then simply ends, without calling shutdown_tasks.
BARE_WINDOW = r"""
import atexit, time
atexit.register(time.sleep, 0.5)  # registered first, so it runs last: a slow end after PySide6's clean-up
import sys, threading, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from tests.support.books import create_test_book
from mediation_desk.app import build_context
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.tasks import run_task
app = QApplication(sys.argv[:1])
book, principal = create_test_book(Path(sys.argv[1]), cases=3)
w = MainWindow(build_context(book, principal), first_backup_check_ms=None); w.show(); app.processEvents()
started = threading.Event()

def long_work(progress):  # long work the user asked for, stopping when told to
    from mediation_desk.domain.errors import OperationCancelled
    started.set()
    for i in range(500):
        time.sleep(0.02)
        if not progress(i, 500):
            raise OperationCancelled()
    return 1

run_task(w, "long", long_work, on_done=lambda _r: None)
started.wait(5)
w.close()
del w
book.close()
"""

# The offscreen platform plugin of the test run says this about windows; a real screen does not.
_PLATFORM_NOISE = "This plugin does not support propagateSizeHints()"


def _stderr_of(code: str, tmp_path: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT}",
               MEDIATION_DESK_TEST_KEYRING=str(tmp_path / "keyring.json"), PYTHONFAULTHANDLER="1")
    env.pop("MEDIATION_DESK_PASSPHRASE", None)
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "book")], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return "\n".join(line for line in proc.stderr.splitlines() if line.strip() and line.strip() != _PLATFORM_NOISE)


def test_closing_the_main_window_during_work_prints_nothing_at_exit(tmp_path: Path) -> None:
    assert _stderr_of(CHILD, tmp_path) == ""


def test_an_exit_without_shutdown_while_the_worker_reports_prints_nothing(tmp_path: Path) -> None:
    # before: "RuntimeError: Signal source has been deleted" twice, from the worker thread
    assert _stderr_of(BARE_WINDOW, tmp_path) == ""
