"""Rules of the ui package: the Qt binding's signals do not corrupt Python; no storage imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "mediation_desk" / "ui"

EMIT_LOOP = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
class S(QObject):
    changed = Signal(object)
app = QCoreApplication([])
a, b = S(), S()
before = sys.getrefcount(True)
for i in range(20000):
    a.changed.emit(i)
for _ in range(2000):
    a.changed.connect(b.changed)
    a.changed.disconnect(b.changed)
print(sys.getrefcount(True) - before)
"""


def test_signal_emit_and_disconnect_keep_true_alive():
    """PySide6 6.12.0 drops a reference to True on every emit()/disconnect() and aborts Python 3.11
    ("bool_dealloc") after a few thousand calls; pyproject.toml keeps PySide6 below 6.12 for that.
    This guards the pin: run in a child process, since a failure kills the interpreter."""
    result = subprocess.run([sys.executable, "-c", EMIT_LOOP], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.strip())) <= 5


def test_ui_receives_storage_only_through_the_context():
    """ui calls services and gets read models; the book itself is opened by app.py (the composition root)."""
    import ast

    offenders = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                if name.startswith(("mediation_desk.storage", "sqlalchemy", "sqlcipher3", "keyring")):
                    offenders.append(f"{path.relative_to(UI)}: {name}")
    assert not offenders, offenders
