from decimal import Decimal

import pytest

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import (
    format_plain,
    format_yuan,
    from_fen,
    parse_amount,
    to_chinese_capital,
    to_fen,
)

D = Decimal


# ---------------------------------------------------------------- parse_amount

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.5", "1234.50"),
        ("1,234.50", "1234.50"),
        ("12,345,678.9", "12345678.90"),
        ("１２３４", "1234.00"),
        ("１，２３４．５", "1234.50"),
        ("1234.50元", "1234.50"),
        ("3000元整", "3000.00"),
        ("¥1234", "1234.00"),
        ("￥1,234", "1234.00"),
        ("人民币3200元", "3200.00"),
        ("RMB 800", "800.00"),
        ("  12  ", "12.00"),
        ("1 234.50", "1234.50"),
        ("0", "0.00"),
        (".5", "0.50"),
        ("5.", "5.00"),
        ("1.230", "1.23"),
        ("100000000", "100000000.00"),
        (D("99.9"), "99.90"),
        (D("1.500"), "1.50"),
        (7, "7.00"),
        (1.1, "1.10"),
    ],
)
def test_parse_amount_accepts(text, expected):
    result = parse_amount(text)
    assert result == D(expected)
    assert str(result) == expected  # always two places


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "请填写金额"),
        ("   ", "请填写金额"),
        ("-5", "金额不能为负数"),
        ("－5", "金额不能为负数"),
        ("-¥5", "金额不能为负数"),
        (D("-0.01"), "金额不能为负数"),
        (-3, "金额不能为负数"),
        ("1.234", "金额最多保留两位小数（精确到分）"),
        (D("1.005"), "金额最多保留两位小数（精确到分）"),
        ("abc", "金额应为数字，如1234.50"),
        ("12元5角", "金额应为数字，如1234.50"),
        ("1e3", "金额应为数字，如1234.50"),
        ("1.2.3", "金额应为数字，如1234.50"),
        ("¥", "金额应为数字，如1234.50"),
        (D("NaN"), "金额应为数字，如1234.50"),
        (float("inf"), "金额应为数字，如1234.50"),
        (True, "金额应为数字，如1234.50"),
        ("12,34", "金额的千位分隔符位置不正确，如1,234.50"),
        ("1,5", "金额的千位分隔符位置不正确，如1,234.50"),
        ("100000000.01", "金额超出合理范围（不能超过1亿元），请检查是否多输入了数字"),
        ("1,000,000,000", "金额超出合理范围（不能超过1亿元），请检查是否多输入了数字"),
    ],
)
def test_parse_amount_rejects(text, message):
    with pytest.raises(ValidationError) as exc_info:
        parse_amount(text)
    assert exc_info.value.fields == {"amount": message}


# ---------------------------------------------------------------- formatting and fen

def test_format_yuan_and_plain():
    assert format_yuan(D("12345.6")) == "12,345.60元"
    assert format_yuan(D("0")) == "0.00元"
    assert format_yuan(D("1234567.891")) == "1,234,567.89元"
    assert format_yuan(800) == "800.00元"
    assert format_plain(D("12345.6")) == "12345.60"
    assert format_plain(D("0.005")) == "0.01"  # half up
    assert format_plain(D("1000000")) == "1000000.00"


def test_fen_round_trip():
    assert to_fen(D("1234.56")) == 123456
    assert to_fen(D("0.01")) == 1
    assert to_fen(D("12.345")) == 1235  # half up
    assert to_fen(D("0")) == 0
    assert from_fen(123456) == D("1234.56")
    assert str(from_fen(100)) == "1.00"
    assert str(from_fen(0)) == "0.00"
    assert from_fen(to_fen(D("98765.43"))) == D("98765.43")
    with pytest.raises(TypeError):
        from_fen(1.5)  # type: ignore[arg-type]


# ---------------------------------------------------------------- 大写

# Worked out by hand from the rules in 《正确填写票据和结算凭证的基本规定》.
CAPITALS = [
    ("0", "零元整"),
    ("0.05", "伍分"),
    ("0.5", "伍角"),
    ("0.56", "伍角陆分"),
    ("1", "壹元整"),
    ("10", "壹拾元整"),
    ("15.5", "壹拾伍元伍角"),
    ("105", "壹佰零伍元整"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("1000.5", "壹仟元伍角"),
    ("1010", "壹仟零壹拾元整"),
    ("1234.50", "壹仟贰佰叁拾肆元伍角"),
    ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"),
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
    ("6000", "陆仟元整"),
    ("10050.07", "壹万零伍拾元零柒分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("20760", "贰万零柒佰陆拾元整"),
    ("30001", "叁万零壹元整"),
    ("100000", "壹拾万元整"),
    ("107000.53", "壹拾万柒仟元伍角叁分"),
    ("110000", "壹拾壹万元整"),
    ("1000000", "壹佰万元整"),
    ("49500", "肆万玖仟伍佰元整"),
    ("100000001", "壹亿零壹元整"),
    ("100010000", "壹亿零壹万元整"),
    ("100001000", "壹亿零壹仟元整"),
    ("1000000000.01", "壹拾亿元零壹分"),
    ("123456789012.34", "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"),
]


@pytest.mark.parametrize(("amount", "expected"), CAPITALS)
def test_to_chinese_capital(amount, expected):
    assert to_chinese_capital(D(amount)) == expected


def test_to_chinese_capital_accepts_int_and_text():
    assert to_chinese_capital(3200) == "叁仟贰佰元整"
    assert to_chinese_capital("3,200.50元") == "叁仟贰佰元伍角"


def test_to_chinese_capital_rounds_to_fen():
    assert to_chinese_capital(D("0.005")) == "壹分"


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (D("-1"), "金额不能为负数"),
        (D("1000000000000"), "金额过大，无法写成中文大写（应小于1万亿元）"),
    ],
)
def test_to_chinese_capital_rejects(amount, message):
    with pytest.raises(ValidationError) as exc_info:
        to_chinese_capital(amount)
    assert exc_info.value.fields == {"amount": message}
