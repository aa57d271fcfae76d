"""Who counts as the same enterprise, and which cases fall in the repeat-respondent window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.inspection import (RespondentMention, group_mentions, identity_key, normalise_credit_code,
                                              normalise_name, validate_repeat_settings, window_start)
from tests.support.clock import TODAY


@pytest.mark.parametrize("variant", [
    "南昌速达配送服务有限公司", "南昌速达配送服务有限责任公司", "南昌 速达配送服务　有限公司", "南昌速达配送服务有限公司。",
    " 南昌速达配送服务有限责任公司 "])
def test_name_variants_are_one_enterprise(variant):
    assert normalise_name(variant) == "南昌速达配送服务有限公司"


def test_full_width_letters_and_brackets_become_half_width():
    assert normalise_name("ＡＢＣ科技（南昌）有限公司") == "ABC科技(南昌)有限公司" == normalise_name("abc科技(南昌)有限责任公司")
    assert normalise_credit_code(" ９１３６０１００ma35xxxx1a ") == "91360100MA35XXXX1A"


def test_different_companies_and_share_companies_stay_apart():
    assert normalise_name("南昌速达配送服务股份有限公司") != normalise_name("南昌速达配送服务有限公司")
    assert normalise_name("南昌速达配送服务公司") != normalise_name("南昌速达配送服务有限公司")


def test_a_credit_code_wins_over_the_name():
    assert identity_key("91360100MA35AAAA1A", "甲公司") == identity_key("91360100ma35aaaa1a", "乙公司")
    assert identity_key("", "甲公司") == "name:甲公司"
    assert identity_key("", "甲有限责任公司", {"甲有限公司": "X1"}) == "code:X1"


def test_a_bare_name_joins_the_one_code_it_was_recorded_with():
    mentions = [RespondentMention("91360100MA35AAAA1A", "南昌速达配送服务有限公司", (1, 4)),
                RespondentMention("", "南昌速达配送服务有限责任公司", (2,)),
                RespondentMention("", "南昌 速达配送服务有限公司", (3, 1))]  # case 1 counted once
    [group] = group_mentions(mentions, 4)
    assert group.case_ids == (1, 2, 3, 4) and group.credit_code == "91360100MA35AAAA1A"
    # shown under the name recorded in most cases (a tie: the one written without spaces)
    assert group.name == "南昌速达配送服务有限公司"
    assert set(group.names) == {"南昌速达配送服务有限公司", "南昌速达配送服务有限责任公司", "南昌 速达配送服务有限公司"}


def test_a_name_recorded_with_two_codes_is_not_guessed():
    mentions = [RespondentMention("CODE1", "甲有限公司", (1,)), RespondentMention("CODE2", "甲有限公司", (2,)),
                RespondentMention("", "甲有限公司", (3, 4))]
    assert group_mentions(mentions, 3) == []
    assert [g.case_ids for g in group_mentions(mentions, 2)] == [(3, 4)]


def test_exactly_n_cases_count_and_one_less_does_not():
    mentions = [RespondentMention("", "甲有限公司", (1, 2, 3)), RespondentMention("", "乙有限公司", (4, 5))]
    assert [g.name for g in group_mentions(mentions, 3)] == ["甲有限公司"]
    assert [g.name for g in group_mentions(mentions, 2)] == ["甲有限公司", "乙有限公司"]


def test_the_window_is_d_days_ending_on_the_reference_day():
    since = window_start(TODAY, 90)
    assert since == TODAY - timedelta(days=89)  # day D is the first day in; day D+1 is out
    assert (TODAY - since).days + 1 == 90
    assert window_start(date(2027, 3, 1), 1) == date(2027, 3, 1)
    assert window_start(date(2028, 3, 1), 2) == date(2028, 2, 29)


@pytest.mark.parametrize("n, d", [(1, 90), (3, 0), (True, 90), ("3", 90), (3, 100000), (1001, 90)])
def test_bad_settings_are_refused(n, d):
    with pytest.raises(ValidationError):
        validate_repeat_settings(n, d)


def test_good_settings_pass():
    s = validate_repeat_settings(2, 1)
    assert (s.min_cases, s.window_days) == (2, 1)
