"""Dates written as Chinese legal documents write them."""

from datetime import date, datetime

import pytest

from mediation_desk.domain.chinese_dates import chinese_count, chinese_date, chinese_year, numeric_date, parse_date
from mediation_desk.domain.errors import ValidationError


@pytest.mark.parametrize("d, text", [
    (date(2026, 11, 29), "二〇二六年十一月二十九日"),
    (date(2020, 10, 1), "二〇二〇年十月一日"),
    (date(2008, 5, 10), "二〇〇八年五月十日"),
    (date(2031, 12, 31), "二〇三一年十二月三十一日"),
    (date(2026, 2, 20), "二〇二六年二月二十日"),
    (date(1999, 1, 11), "一九九九年一月十一日"),
])
def test_chinese_date(d, text):
    assert chinese_date(d) == text
    assert chinese_date(d.isoformat()) == text
    assert chinese_date(datetime(d.year, d.month, d.day, 23, 59)) == text


def test_numeric_date_and_counts():
    assert numeric_date(date(2026, 1, 5)) == "2026年1月5日"
    assert numeric_date("2026-11-29T10:00:00+08:00") == "2026年11月29日"
    assert [chinese_count(n) for n in (0, 3, 10, 15, 20, 45, 99)] == ["零", "三", "十", "十五", "二十", "四十五", "九十九"]
    assert chinese_year(2100) == "二一〇〇"
    with pytest.raises(ValueError):
        chinese_count(100)


def test_bad_dates_are_named():
    with pytest.raises(ValidationError) as err:
        parse_date("29/11/2026")
    assert "日期格式不正确" in err.value.zh
    with pytest.raises(ValidationError):
        chinese_date("")
