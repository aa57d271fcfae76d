"""The claim calculator names the minimum-wage standard it uses, with its effective date and
source, and warns when the newest standard on file is more than two years old (on the injected
day, never the machine's)."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.ui.dialogs.calculator import CalculatorDialog


def test_the_standard_used_shows_its_effective_date_and_a_stale_warning(qtbot):
    dialog = CalculatorDialog(ClaimKind.BELOW_MINIMUM_WAGE, today=date(2026, 12, 3))
    qtbot.addWidget(dialog)
    assert "2021年4月1日" in dialog.wage_label.text() and "1,850.00元" in dialog.wage_label.text()
    assert "江西省人民政府" in dialog.wage_label.text() and "http" not in dialog.wage_label.text()
    assert dialog.wage_warning.isVisibleTo(dialog) and "超过 2 年" in dialog.wage_warning.text()

    dialog.paid.setText("1500, 1600")
    dialog.compute()
    working = dialog.working_text()
    assert dialog.result_calc.amount == 600
    assert "所用最低工资标准" in working and "自2021年4月1日起执行" in working and "已超过2年" in working

    dialog.tier.setCurrentIndex(dialog.tier.findData("三类"))
    assert "1,610.00元" in dialog.wage_label.text()


def test_no_warning_while_the_standard_is_recent(qtbot):
    dialog = CalculatorDialog(ClaimKind.ECONOMIC_COMPENSATION, today=date(2022, 12, 3))
    qtbot.addWidget(dialog)
    assert "2021年4月1日" in dialog.wage_label.text()
    assert not dialog.wage_warning.isVisibleTo(dialog)


def test_a_period_without_a_known_standard_is_said_so(qtbot):
    dialog = CalculatorDialog(ClaimKind.BELOW_MINIMUM_WAGE, today=date(2026, 12, 3))
    qtbot.addWidget(dialog)
    dialog.month.setDate(dialog.month.date().addYears(-14))
    assert "没有" in dialog.wage_label.text() and not dialog.wage_warning.isVisibleTo(dialog)
