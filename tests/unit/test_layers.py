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


def _lint_copy(tmp_path: Path, name: str, text: str) -> subprocess.CompletedProcess:
    """Run the contracts on a copy of the sources with one module added."""
    import shutil

    pkg = tmp_path / "src" / "mediation_desk"
    shutil.copytree(ROOT / "src" / "mediation_desk", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    (pkg / name).write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(lint), "--no-cache", str(tmp_path / "pyproject.toml")], cwd=tmp_path,
                          capture_output=True, text=True,
                          env={"PYTHONPATH": str(tmp_path / "src"), "PATH": "/usr/bin:/bin"})


def test_contracts_catch_a_domain_module_reading_the_data_files(tmp_path):
    """A domain module importing the jurisdiction adapter (even inside a function) would close the
    circle domain -> jurisdiction -> domain: the contracts refuse it."""
    result = _lint_copy(tmp_path, "domain/bad_module.py",
                        "def rules():\n    from mediation_desk import jurisdiction\n\n    return jurisdiction.deadline_rules()\n")
    assert result.returncode != 0
    assert "mediation_desk.domain.bad_module" in result.stdout


def _contracts() -> list[dict]:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def _named(entries) -> set[str]:
    return {part.strip() for entry in entries for part in entry.split("|")}


def test_every_top_level_module_is_named_in_a_contract():
    """A new top-level module or package of mediation_desk must be given its place in the rule of
    imports (pyproject.toml), or nothing checks what it imports and who imports it."""
    import pkgutil

    top_level = {f"mediation_desk.{m.name}" for m in pkgutil.iter_modules([str(ROOT / "src" / "mediation_desk")])}
    assert {"mediation_desk.domain", "mediation_desk.jurisdiction", "mediation_desk.__main__"} <= top_level
    named: set[str] = set()
    for contract in _contracts():
        for key in ("layers", "source_modules", "forbidden_modules", "modules", "containers"):
            named |= _named(contract.get(key, ()))
    layers = _named(next(c for c in _contracts() if c["type"] == "layers")["layers"])
    assert sorted(top_level - named) == []
    assert sorted(top_level - layers) == []


def test_domain_imports_nothing_outside_the_domain():
    """Every import statement of the domain package, at module level or inside a function, names
    only the standard library, third-party pure helpers or mediation_desk.domain."""
    import ast

    domain = ROOT / "src" / "mediation_desk" / "domain"
    found: list[str] = []
    for path in sorted(domain.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative: inside the package by construction
                    continue
                module = node.module or ""
                names = [f"{module}.{alias.name}" if module == "mediation_desk" else module for alias in node.names]
            else:
                continue
            for name in names:
                if name.split(".")[0] == "mediation_desk" and not name.startswith("mediation_desk.domain"):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert found == []
