"""Every deadline rule of the data file has its name and source in the catalog the English
translation is made from, and the provisional mark and reason follow the interface language."""

from __future__ import annotations

from datetime import date

from mediation_desk import jurisdiction
from mediation_desk.domain.deadlines import DeadlineStatus, ProvisionalDate
from mediation_desk.domain.provisional_dates import provisional_reason as domain_reason
from mediation_desk.ui.deadline_labels import (CATALOG, STATUSES, period_text, provisional_reason, rule_name,
                                               source_text, status_text)
from mediation_desk.ui.labels import format_date
from mediation_desk.ui.widgets import cn_day


def test_catalog_lists_every_rule_name_and_source():
    rules = jurisdiction.deadline_rules().values()
    missing = sorted(({r.name for r in rules} | {r.source for r in rules}) - set(CATALOG))
    assert not missing, missing
    assert set(STATUSES) == set(DeadlineStatus)


def test_chinese_texts_are_the_data_and_the_domain_wording():
    assert rule_name("仲裁裁决期限") == "仲裁裁决期限"
    assert status_text(DeadlineStatus.LATER) == "未到期"
    assert period_text("45日（自然日）") == "45日（自然日）" and period_text("odd") == "odd"
    assert provisional_reason([2027]) == domain_reason([2027])
    combined = "劳动争议调解仲裁法第十四条；法律援助法第四十三条第一款"  # an extension's sources joined
    assert source_text(combined) == combined


def test_dates_carry_the_mark_in_the_interface():
    due = ProvisionalDate(2027, 1, 18, years=[2027])
    assert format_date(due) == "2027年1月18日（暂定）"
    assert format_date(date(2027, 1, 18)) == "2027年1月18日"
    assert cn_day(due) == "2027年1月18日（暂定）" and cn_day(date(2027, 1, 18)) == "2027年1月18日"
