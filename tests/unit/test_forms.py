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


# ---- every dialog, page and panel section takes its layout from a form ----

import ast  # noqa: E402

UI_SRC = ROOT / "src" / "mediation_desk" / "ui"
WIDGET_BASES = {"QDialog", "QWidget", "QMainWindow", "QGroupBox", "QFrame", "QWizard", "QWizardPage", "QScrollArea",
                "QTabWidget", "QSplitter", "QStackedWidget"}
# Widgets built in code on purpose: small reusable controls that are one field of a form (not a
# dialog, page or section), and containers whose children are the sections.
BUILT_IN_CODE = {
    "FormDialog": "the base class of the arbitration dialogs; each subclass lays itself out from its form",
    "Section": "the base class of the arbitration tab's sections; each section lays itself out from its form",
    "_Row": "the base class of the intake's respondent, agent and claim rows; each row lays itself out from its form",
    "PageOnFirstShow": "an empty holder that builds its page (laid out from its form) the first time it is shown",
    "_RowList": "a box that holds as many rows as the user adds (each row from its form) and an add button",
    "PackageFilePreview": "the evidence preview (laid out from its form) showing a file of a hand-off package",
}


def _widget_classes() -> dict[str, tuple[Path, ast.ClassDef]]:
    modules = [p for folder in ("dialogs", "views") for p in (UI_SRC / folder).rglob("*.py")]
    modules.append(UI_SRC / "main_window.py")
    classes: dict[str, tuple[Path, ast.ClassDef]] = {}
    bases: dict[str, set[str]] = {}
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = (path, node)
                bases[node.name] = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
    widgets: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, bs in bases.items():
            if name not in widgets and (bs & WIDGET_BASES or bs & widgets or "TaskDialog" in bs or "CaseTab" in bs):
                widgets.add(name)
                changed = True
    return {name: classes[name] for name in sorted(widgets)}


def _uses_form(node: ast.ClassDef) -> bool:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Attribute) and sub.attr in ("setupUi", "use_form"):
            return True
    return False


def test_every_dialog_page_and_section_has_its_form() -> None:
    missing = [f"{path.relative_to(ROOT)}: {name}" for name, (path, node) in _widget_classes().items()
               if name not in BUILT_IN_CODE and name not in ("TaskDialog", "CaseTab") and not _uses_form(node)]
    assert not missing, "lay these out in a Qt Designer form in ui/ (or say why not in BUILT_IN_CODE): " + "; ".join(missing)
