"""Amounts of money in yuan: parsing user input, formatting, fen, and 大写.

All amounts are :class:`~decimal.Decimal` values with exactly two decimal
places (yuan and fen). Floats never enter the calculation except as input
converted through their shortest decimal representation.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from mediation_desk.domain.errors import ValidationError

__all__ = [
    "CENT",
    "MAX_AMOUNT",
    "parse_amount",
    "format_yuan",
    "format_plain",
    "to_fen",
    "from_fen",
    "to_chinese_capital",
]

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("100000000")  # 1亿元: anything larger is a typing mistake
_CAPITAL_LIMIT = Decimal("1000000000000")  # 1万亿元 (exclusive)
_FIELD = "amount"

_PREFIXES = ("人民币", "RMB", "CNY", "¥")
_SUFFIXES = ("元整", "元正", "元", "圆")
_PLAIN_RE = re.compile(r"(\d+)(?:\.(\d*))?|\.(\d+)")
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d*)?")


def _invalid(message: str) -> ValidationError:
    return ValidationError({_FIELD: message})


def parse_amount(text: str | Decimal | int | float) -> Decimal:
    """Parse an amount typed by a user into a Decimal with two places.

    Accepted: ``1234.5``, ``1,234.50`` (thousands separators in the right
    places), full-width digits ``１２３４``, a ``元``/``元整`` suffix and a
    ``¥``/``￥``/``人民币`` prefix, surrounding spaces. Rejected with
    ``ValidationError({"amount": ...})``: empty input, negative amounts, more
    than two significant decimal places (``1.234``; ``1.230`` is accepted),
    anything that is not a plain decimal number, and amounts above 1亿元.
    The result is quantised to 0.01 (ROUND_HALF_UP).
    """
    if isinstance(text, bool):
        raise _invalid("金额应为数字，如1234.50")
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise _invalid("金额应为数字，如1234.50")
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, float):
        if text != text or text in (float("inf"), float("-inf")):
            raise _invalid("金额应为数字，如1234.50")
        value = Decimal(repr(text))
    else:
        value = _parse_text(str(text))
    if value < 0:
        raise _invalid("金额不能为负数")
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        raise _invalid("金额最多保留两位小数（精确到分）")
    if value > MAX_AMOUNT:
        raise _invalid("金额超出合理范围（不能超过1亿元），请检查是否多输入了数字")
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _parse_text(raw: str) -> Decimal:
    text = unicodedata.normalize("NFKC", raw).strip()
    text = text.replace("，", ",").replace(" ", "")
    if not text:
        raise _invalid("请填写金额")
    upper = text.upper()
    for prefix in _PREFIXES:
        if upper.startswith(prefix):
            text = text[len(prefix):]
            break
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    negative = False
    if text[:1] in ("-", "−", "－"):
        negative = True
        text = text[1:]
    elif text[:1] == "+":
        text = text[1:]
    if text.startswith("¥"):  # "-¥100"
        text = text[1:]
    if "," in text:
        if not _GROUPED_RE.fullmatch(text):
            raise _invalid("金额的千位分隔符位置不正确，如1,234.50")
        text = text.replace(",", "")
    if not text or not _PLAIN_RE.fullmatch(text):
        raise _invalid("金额应为数字，如1234.50")
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern above prevents it
        raise _invalid("金额应为数字，如1234.50") from None
    if negative and value != 0:
        raise _invalid("金额不能为负数")
    return value


def _q(d: Decimal | int) -> Decimal:
    return Decimal(d).quantize(CENT, rounding=ROUND_HALF_UP)


def format_yuan(d: Decimal | int) -> str:
    """``Decimal("12345.6")`` -> ``"12,345.60元"``."""
    return f"{_q(d):,.2f}元"


def format_plain(d: Decimal | int) -> str:
    """``Decimal("12345.6")`` -> ``"12345.60"`` (no separators, no unit)."""
    return f"{_q(d):.2f}"


def to_fen(d: Decimal | int) -> int:
    """Yuan to integer fen (分), rounding half up to the nearest fen."""
    return int(_q(d) * 100)


def from_fen(i: int) -> Decimal:
    """Integer fen to yuan with two places: ``123456`` -> ``Decimal("1234.56")``."""
    if isinstance(i, bool) or not isinstance(i, int):
        raise TypeError("fen must be an int")
    return (Decimal(i) / 100).quantize(CENT)


# ---- 中文大写金额 ----

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿")


def _group_to_capital(n: int) -> str:
    """0 < n < 10000 -> 大写 without leading 零; inner zero runs give one 零."""
    out: list[str] = []
    zero_pending = False
    for pos in (3, 2, 1, 0):
        digit = n // 10**pos % 10
        if digit == 0:
            if out:
                zero_pending = True
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[digit] + _SMALL_UNITS[pos])
    return "".join(out)


def _integer_to_capital(n: int) -> str:
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out: list[str] = []
    zero_pending = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            if out:
                zero_pending = True
            continue
        if out and (zero_pending or group < 1000):
            out.append("零")
        zero_pending = False
        out.append(_group_to_capital(group) + _GROUP_UNITS[index])
    return "".join(out)


def to_chinese_capital(d: Decimal | int | str) -> str:
    """The 大写 amount written on agreements, receipts and payment orders.

    Rules followed (《支付结算办法》附件《正确填写票据和结算凭证的基本规定》):

    * Digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿; a leading 10-19 is
      written 壹拾 (``10`` -> ``壹拾元整``).
    * A run of zeros inside the number is written as one 零, also across the
      万 and 亿 groups (``10050`` -> ``壹万零伍拾``, ``20760`` ->
      ``贰万零柒佰陆拾``, ``100010000`` -> ``壹亿零壹万``); zeros at the end
      of a group are not written (``107000`` -> ``壹拾万柒仟``).
    * ``整`` follows 元 when there are no 角 and 分 (``100000`` ->
      ``壹拾万元整``); nothing follows 角 or 分 (``壹仟元伍角``).
    * 角 = 0 with 分 > 0 puts 零 after 元 (``325.04`` -> ``叁佰贰拾伍元零肆分``).
    * 元 digit 0 with 角 > 0 writes no 零 after 元 (``1680.32`` ->
      ``壹仟陆佰捌拾元叁角贰分``), one of the two forms the rules allow.
    * Less than one yuan omits 元 (``0.5`` -> ``伍角``, ``0.05`` -> ``伍分``);
      zero is ``零元整``.

    Amounts are first rounded half up to the fen. Negative amounts and
    amounts of 1万亿元 or more raise ``ValidationError({"amount": ...})``.
    """
    value = parse_amount(d) if isinstance(d, str) else Decimal(d)
    if not value.is_finite():
        raise _invalid("金额应为数字，如1234.50")
    value = _q(value)
    if value < 0:
        raise _invalid("金额不能为负数")
    if value >= _CAPITAL_LIMIT:
        raise _invalid("金额过大，无法写成中文大写（应小于1万亿元）")
    fen_total = int(value * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    if yuan == 0 and rest == 0:
        return "零元整"
    out = ""
    if yuan:
        out = _integer_to_capital(yuan) + "元"
        if rest == 0:
            return out + "整"
        if jiao == 0:
            return out + "零" + _DIGITS[fen] + "分"
    if jiao:
        out += _DIGITS[jiao] + "角"
    if fen:
        out += _DIGITS[fen] + "分"
    return out
