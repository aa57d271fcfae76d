"""The Qt Designer forms in ``ui/`` and their compiled modules in ``src/mediation_desk/ui/forms/``
agree: every committed module is exactly what ``pyside6-uic`` makes of its ``.ui`` file today."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "scripts" / "compile_forms.py")
assert _spec is not None and _spec.loader is not None
compile_forms = importlib.util.module_from_spec(_spec)
sys.modules["compile_forms"] = compile_forms
_spec.loader.exec_module(compile_forms)

FORMS = compile_forms.forms()


def test_there_are_forms() -> None:
    assert FORMS, "no .ui files in ui/"


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_compiled_module_is_current(form: Path) -> None:
    target = compile_forms.OUT / compile_forms.module_name(form)
    assert target.exists(), f"{form.name} is not compiled: run python scripts/compile_forms.py"
    assert target.read_text(encoding="utf-8") == compile_forms.compile_form(form), (
        f"{target.name} differs from what {form.name} gives: run python scripts/compile_forms.py")


def test_every_compiled_module_has_its_form() -> None:
    names = {compile_forms.module_name(f) for f in FORMS}
    orphans = sorted(p.name for p in compile_forms.OUT.glob("*_ui.py") if p.name not in names)
    assert not orphans, f"compiled modules without a .ui file: {orphans}"
