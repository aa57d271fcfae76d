"""The rule of imports (docs/architecture.md), checked with import-linter's contracts in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_contracts_catch_a_qt_import_in_services(tmp_path):
    """The check is not vacuous: a services module importing PySide6 breaks a contract."""
    pkg = tmp_path / "src" / "mediation_desk"
    import shutil

    shutil.copytree(ROOT / "src" / "mediation_desk", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    (pkg / "services" / "bad_module.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache", str(tmp_path / "pyproject.toml")], cwd=tmp_path,
                            capture_output=True, text=True, env={"PYTHONPATH": str(tmp_path / "src"), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "mediation_desk.services.bad_module" in result.stdout
