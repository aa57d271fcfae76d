"""English through Qt translations: the catalog of domain labels, the .ts kept current, the .qm used."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from mediation_desk.app import install_translators
from mediation_desk.domain.cases import CaseStatus, ClaimKind, EnterpriseRole, Industry, IntakeChannel, PartySide
from mediation_desk.domain.users import OrgKind, Role
from mediation_desk.resources import resource_path
from mediation_desk.ui import errors as ui_errors
from mediation_desk.ui.labels import CATALOG
from mediation_desk.ui.main_window import MainWindow
from tests.gui.support import wait_cases

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("resources", "translations", "mediation_desk_en.ts")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def test_catalog_lists_every_label_the_ui_shows():
    for enum in (CaseStatus, Industry, ClaimKind, PartySide, IntakeChannel, EnterpriseRole, Role, OrgKind):
        missing = [m.label for m in enum if m.label not in CATALOG]
        assert not missing, (enum.__name__, missing)


def test_every_string_has_an_english_translation():
    messages = _messages(TS)
    assert len(messages) > 200
    unfinished = [src for (_ctx, src), tr in messages.items() if tr.get("type") == "unfinished" or not tr.text]
    assert not unfinished, unfinished
    assert resource_path("resources", "translations", "mediation_desk_en.qm").stat().st_mtime >= TS.stat().st_mtime - 1


def test_ts_file_is_current_with_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "src" / "mediation_desk" / "ui").rglob("*.py") if p.parent.name != "forms")
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))  # the Qt Designer forms
    subprocess.run([str(lupdate), *sources, str(ROOT / "src" / "mediation_desk" / "app.py"), "-no-obsolete",
                    "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    in_code, in_ts = set(_messages(fresh)), set(_messages(TS))
    assert in_code == in_ts, ("run scripts/update_translations.sh and translate the new strings; "
                              f"not in the .ts: {sorted(in_code - in_ts)}; gone from the code: {sorted(in_ts - in_code)}")


def test_english_main_window(qtbot, qapp, desk_book, screenshot):
    locale = QLocale()
    translators = install_translators(qapp, "en")
    ui_errors.set_app_state(qapp, lang="en", log_file=None)
    try:
        assert translators, "the English .qm did not load"
        window = MainWindow(desk_book.context(desk_book.admin), first_backup_check_ms=None)
        qtbot.addWidget(window)
        assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["Cases", "Deadlines", "Inspection", "Statistics",
                                                                                "Platforms", "Settings"]
        wait_cases(qtbot, window.cases_page)
        model = window.cases_page.model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Case number"
        assert model.data(model.index(0, model.COL_STATUS)) == "Registered"
        received = model.case_at(0).received_on
        assert model.data(model.index(0, model.COL_RECEIVED)) == received.isoformat()
        assert window.user_label.text() == "管理员 (Administrator)"
        assert window.settings_page.tabs.tabText(1) == "Users"
        window.resize(1440, 860)
        window.show()
        window.cases_page.select_row(0)
        wait_cases(qtbot, window.cases_page)
        screenshot(window, "main_window_en")
    finally:
        QLocale.setDefault(locale)
        for t in translators:
            qapp.removeTranslator(t)
        ui_errors.set_app_state(qapp, lang="zh", log_file=None)
