"""Static types: mypy, configured in pyproject.toml, over domain/ and services/ (strict there)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ["src/mediation_desk/domain", "src/mediation_desk/services"]


def _mypy(cwd: Path, *paths: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(cwd / "pyproject.toml"),
                           "--cache-dir", str(cwd / ".mypy_cache"), *paths],
                          cwd=cwd, capture_output=True, text=True)


def test_domain_and_services_pass_mypy():
    result = _mypy(ROOT, *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_strict_rules_apply_to_services(tmp_path):
    """The check is not vacuous: an unannotated function in a services module is an error."""
    services = tmp_path / "src" / "mediation_desk" / "services"
    services.mkdir(parents=True)
    (services.parent / "__init__.py").write_text("", encoding="utf-8")
    (services / "__init__.py").write_text("", encoding="utf-8")
    (services / "loose.py").write_text("def total(amounts):\n    return sum(amounts)\n", encoding="utf-8")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    result = _mypy(tmp_path, "src/mediation_desk/services")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "src/mediation_desk/services/loose.py:1: error: Function is missing a type annotation" in result.stdout
