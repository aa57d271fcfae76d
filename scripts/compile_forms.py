"""Compile the Qt Designer forms in ``ui/`` into Python modules in ``src/mediation_desk/ui/forms/``.

Each ``ui/<name>.ui`` becomes ``src/mediation_desk/ui/forms/<name>_ui.py`` (class ``Ui_<Class>``)
through ``pyside6-uic``. The generated modules are committed; ``tests/unit/test_forms.py``
compiles every form again and fails when a committed module differs from what its ``.ui``
file gives, or when a form or a compiled module has no counterpart.

Usage: ``python scripts/compile_forms.py`` (all forms) or ``python scripts/compile_forms.py --check``
(compare only, exit 1 on a difference).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "ui"
OUT = ROOT / "src" / "mediation_desk" / "ui" / "forms"


def _uic() -> str:
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-uic", here / "pyside6-uic.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: run scripts/setup.sh")
    return found


def module_name(form: Path) -> str:
    return f"{form.stem}_ui.py"


def compile_form(form: Path) -> str:
    """The Python module ``pyside6-uic`` makes of ``form``, with a header that does not depend on
    the machine or the Qt patch version (so a regenerated module compares equal)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / module_name(form)
        # run from the forms folder so the header names the file, not a path of this machine
        subprocess.run([_uic(), form.name, "-o", str(target)], cwd=form.parent, check=True,
                       env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        text = target.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if "Created by: Qt User Interface Compiler" not in line]
    lines = [line.replace(f"reading UI file '{form.name}'", f"reading UI file 'ui/{form.name}'") for line in lines]
    body = "\n".join(lines).rstrip() + "\n"
    return "# mypy: ignore-errors\n" + body


def forms() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 when a module is out of date")
    args = parser.parse_args(argv)
    stale: list[str] = []
    expected = {module_name(f) for f in forms()}
    for form in forms():
        target = OUT / module_name(form)
        text = compile_form(form)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            stale.append(target.name)
            if not args.check:
                target.write_text(text, encoding="utf-8")
    orphans = sorted(p.name for p in OUT.glob("*_ui.py") if p.name not in expected)
    for name in orphans:
        stale.append(name)
        if not args.check:
            (OUT / name).unlink()
    if args.check and stale:
        print("out of date: " + ", ".join(stale))
        return 1
    if stale and not args.check:
        print("compiled: " + ", ".join(stale))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
