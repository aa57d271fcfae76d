"""The minimum-wage standard with its effective date, official source and stale flag, and the
sources every jurisdiction file cites."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from mediation_desk import jurisdiction
from mediation_desk.domain.calculators import MinimumWageStandard
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.wage_standard import minimum_wage_in_force, minimum_wage_table

# A private reprint is never a source; neither is a file of this program.
_NOT_A_SOURCE = ("http", "www.", ".com", "转载", ".md", "legal-rules", "网址")


def _standards() -> tuple[MinimumWageStandard, ...]:
    return (
        MinimumWageStandard(date(2021, 4, 1), 2021, {"一类": (Decimal("1850.00"), Decimal("18.50"))},
                            "江西省人民政府《关于调整全省最低工资标准的通知》（自2021年4月1日起执行）", True),
        MinimumWageStandard(None, 2018, {"一类": (Decimal("1680.00"), None)}, "江西省人民政府关于调整全省最低工资标准的通知"
                            "（2018年调整；文号、发布日期和生效日期未核实）", False, effective_date_verified=False),
    )


def test_the_standard_carries_its_effective_date_and_source():
    found = minimum_wage_in_force(_standards(), "一类", date(2026, 12, 3), today=date(2026, 12, 3))
    assert found.monthly == Decimal("1850.00") and found.hourly == Decimal("18.50")
    assert found.effective == date(2021, 4, 1) and found.effective_text == "2021年4月1日"
    assert found.final_award_threshold == Decimal("22200.00")
    assert "2021年4月1日" in found.text and "1,850.00元" in found.text and "江西省人民政府" in found.text


@pytest.mark.parametrize("today,stale", [
    (date(2022, 6, 1), False),
    (date(2023, 4, 1), False),  # exactly two years: not yet
    (date(2023, 4, 2), True),
    (date(2026, 12, 3), True),
])
def test_the_stale_flag_follows_the_injected_today(today, stale):
    found = minimum_wage_in_force(_standards(), "一类", date(2022, 1, 10), today=today)
    assert found.stale is stale
    if stale:
        assert "2021年4月1日" in found.warning and "超过2年" in found.warning and "核实" in found.warning
    else:
        assert found.warning == ""


def test_the_newest_standard_decides_staleness_even_for_an_old_date():
    old = minimum_wage_in_force(_standards(), "一类", date(2019, 6, 1), today=date(2022, 1, 1))
    assert old.monthly == Decimal("1680.00") and old.effective is None
    assert old.effective_text == "2018年（具体日期未核实）"
    assert old.stale is False  # the newest on file (2021-04-01) is not two years old on 2022-01-01
    assert minimum_wage_in_force(_standards(), "一类", date(2019, 6, 1), today=date(2024, 1, 1)).stale


def test_a_date_without_a_standard_is_a_validation_error():
    with pytest.raises(ValidationError):
        minimum_wage_in_force(_standards(), "一类", date(2010, 1, 1), today=date(2026, 12, 3))


def test_the_table_lists_every_tier_of_the_shipped_standard():
    table = jurisdiction.minimum_wage_table(date(2026, 12, 3), today=date(2026, 12, 3))
    assert set(table.tiers) == {"一类", "二类", "三类"}
    assert table.effective == date(2021, 4, 1) and table.stale
    assert "1,850.00元" in table.text and "1,610.00元" in table.text and "2021年4月1日" in table.text
    fresh = minimum_wage_table(jurisdiction.minimum_wage_standards(), date(2022, 1, 1), today=date(2022, 1, 1))
    assert not fresh.stale and fresh.warning == ""


def test_the_shipped_figures_and_their_stale_limit():
    assert jurisdiction.minimum_wage_stale_after_years() == 2
    found = jurisdiction.minimum_wage_in_force("二类", date(2026, 12, 3), today=date(2026, 12, 3))
    assert found.monthly == Decimal("1730.00") and found.stale


def _sources(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("source", "_source") and isinstance(value, str):
                yield f"{path}.{key}", value
            yield from _sources(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _sources(value, f"{path}[{i}]")


def test_every_source_in_the_jurisdiction_files_is_an_official_document():
    found = 0
    for path in sorted(jurisdiction.jurisdiction_dir().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for where, text in _sources(data):
            found += 1
            for bad in _NOT_A_SOURCE:
                assert bad not in text.lower(), f"{path.name}{where}: {text}"
    assert found > 20


def test_every_minimum_wage_standard_names_the_issuing_authority_and_invents_no_number():
    for standard in jurisdiction.minimum_wage_standards():
        assert standard.source.startswith("江西省人民政府"), standard.source
        assert "赣府" not in standard.source  # the number is not known: never made up


def test_the_effective_date_for_an_english_screen():
    found = minimum_wage_in_force(_standards(), "一类", date(2026, 12, 3), today=date(2026, 12, 3))
    assert found.effective_iso == "2021-04-01" and found.newest_effective_iso == "2021-04-01"
    old = minimum_wage_in_force(_standards(), "一类", date(2019, 6, 1), today=date(2026, 12, 3))
    assert old.effective_iso == "2018 (date not verified)"
