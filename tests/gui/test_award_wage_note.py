"""The award editor's final-award threshold names the effective date of the minimum wage behind
it, and warns when the newest standard on file is more than two years old."""

from __future__ import annotations

from datetime import date

from mediation_desk.services import clock
from tests.gui.test_arbitration_panel import arbitrator, new_case, open_panel  # noqa: F401 - fixture


def test_the_threshold_shows_the_standards_effective_date(qtbot, desk_book, arbitrator, monkeypatch):  # noqa: F811
    clock.freeze(date(2026, 12, 3))
    case_id = new_case(desk_book, accepted=True, arbitrator=arbitrator)
    panel = open_panel(qtbot, desk_book, arbitrator, case_id)
    panel.sections.setCurrentIndex(5)
    panel.rulings_from_claims()
    panel.refresh_classification()
    text = panel.classification_label.text()
    assert "终局裁决标准" in text and "所用最低工资标准自 2021年4月1日 起执行" in text
    assert "江西省人民政府" in text and "http" not in text
    assert "已超过 2 年" in text and "请核实现行标准" in text
    clock.freeze(date(2022, 6, 1))
    panel.refresh_classification()
    assert "2021年4月1日" in panel.classification_label.text() and "已超过" not in panel.classification_label.text()
