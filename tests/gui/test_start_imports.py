"""Start-up: what is loaded before the first window, and that the rest comes in behind it.

The log-in or passphrase window needs PySide6 and its two dialogs only; the storage layer
(SQLAlchemy, SQLCipher), the services, the keyring, the key derivation and the main window are
imported on the start thread while the user types (``app.BookLoader``), and the document and
chart libraries only when first used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HEAVY = ("sqlalchemy", "alembic", "sqlcipher3", "keyring", "argon2", "cryptography", "reportlab", "docxtpl",
         "openpyxl", "jsonschema", "PySide6.QtCharts", "PySide6.QtPdf", "mediation_desk.storage",
         "mediation_desk.services.accounts", "mediation_desk.documents", "mediation_desk.ui.main_window",
         "mediation_desk.ui.views.cases_page", "mediation_desk.ui.dialogs.first_run")


def _loaded_after(code: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT}", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"],
                         env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_the_application_module_and_the_command_line_load_nothing_heavy() -> None:
    loaded = _loaded_after("import mediation_desk.cli, mediation_desk.app")
    assert [m for m in loaded if m.startswith(HEAVY)] == []


def test_the_first_window_is_shown_before_the_heavy_parts_are_imported(tmp_path: Path) -> None:
    # the log-in window of an existing book, with its key in a keyring: what is loaded when it shows
    code = r"""
import sys
from pathlib import Path
from tests.support.books import create_test_book
from tests.support.filekeyring import FileKeyring
import keyring
keyring.set_keyring(FileKeyring())
from mediation_desk.storage.keys import KeyringStore
book, _ = create_test_book(Path(sys.argv[1]), cases=1, keyring=KeyringStore())
book.close()
"""
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT}", QT_QPA_PLATFORM="offscreen",
               MEDIATION_DESK_TEST_KEYRING=str(tmp_path / "keyring.json"),
               PYTHON_KEYRING_BACKEND="tests.support.filekeyring.FileKeyring")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "book")], env=env, cwd=ROOT, check=True, timeout=120)
    probe = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog
app = QApplication(sys.argv[:1])
seen = {}

class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and not seen:
            seen["window"] = type(obj).__name__
            seen["modules"] = sorted(sys.modules)
            QTimer.singleShot(0, obj.reject)
        return False

spy = Spy(); app.installEventFilter(spy)
from mediation_desk.app import main_gui
code = main_gui(__import__("pathlib").Path(sys.argv[1]), "zh")
print(json.dumps(seen))
sys.exit(code)
"""
    out = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "book")], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["window"] == "LoginDialog"
    assert [m for m in seen["modules"] if m.startswith(HEAVY)] == []
