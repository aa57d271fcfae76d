"""Identity numbers, credit codes and telephone numbers: validation and masking.

* Resident identity number (公民身份号码), GB 11643-1999: 6-digit area code,
  8-digit birth date, 3-digit sequence (odd = male, even = female) and a check
  character computed with ISO 7064 MOD 11-2.
* Unified social credit code (统一社会信用代码), GB 32100-2015: registration
  authority, organisation type, 6-digit area code, 9-character organisation
  code and a MOD 31 check character.
* Mainland mobile numbers and landlines with an area code.

Every validation failure raises :class:`ValidationError` keyed by the form
field (``id_number``, ``credit_code``, ``phone``) with a Chinese message that
says exactly what is wrong.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain import clock
from mediation_desk.domain.errors import ValidationError

__all__ = [
    "ResidentId",
    "validate_resident_id",
    "is_valid_resident_id",
    "resident_id_check_char",
    "validate_credit_code",
    "is_valid_credit_code",
    "credit_code_check_char",
    "CREDIT_CODE_CHARSET",
    "mask_id_number",
    "mask_phone",
    "validate_mobile",
    "is_valid_mobile",
]


def _normalise(value: object) -> str:
    """Full-width to half-width (NFKC), surrounding whitespace removed, upper case."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return text.strip().upper()


# --------------------------------------------------------------------------
# Resident identity number (GB 11643-1999)
# --------------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"  # remainder 0..10 -> check character
_ID_FIELD = "id_number"
_EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class ResidentId:
    """A validated 18-character resident identity number and what it encodes."""

    number: str
    birth_date: date
    sex: str  # "男" / "女"
    area_code: str

    @property
    def sequence(self) -> str:
        return self.number[14:17]

    def age_on(self, day: date) -> int:
        """Full years of age on ``day``."""
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years


def resident_id_check_char(first17: str) -> str:
    """The 18th character for the 17 leading digits (ISO 7064 MOD 11-2)."""
    body = first17 if isinstance(first17, str) and len(first17) == 17 else _normalise(first17)
    if len(body) != 17 or not body.isascii() or not body.isdigit():
        raise ValueError("first17 must be exactly 17 digits")
    total = sum(map(operator.mul, map(int, body), _ID_WEIGHTS))
    return _ID_CHECK_CHARS[total % 11]


def validate_resident_id(value: str, *, today: date | None = None) -> ResidentId:
    """Check an 18-character resident identity number and decode it.

    Lower-case ``x``, full-width characters and surrounding spaces are accepted;
    the returned number is upper case without spaces. ``today`` (default: the
    current date) bounds the birth date.
    """
    number = _normalise(value)
    if not number:
        raise ValidationError({_ID_FIELD: "请填写身份证号码"})
    if len(number) != 18:
        if len(number) == 15 and number.isdigit():
            raise ValidationError({_ID_FIELD: "身份证号码应为18位（15位旧号码请换算为18位后填写）"})
        raise ValidationError({_ID_FIELD: f"身份证号码应为18位（当前为{len(number)}位）"})
    body, check = number[:17], number[17]
    if not (body.isascii() and body.isdigit()):
        raise ValidationError({_ID_FIELD: "身份证号码前17位应全部为数字"})
    if not (check.isascii() and (check.isdigit() or check == "X")):
        raise ValidationError({_ID_FIELD: "身份证号码第18位应为数字或X"})
    if body[0] not in "12345678":
        raise ValidationError({_ID_FIELD: "身份证号码的地址码无效（首位应为1至8）"})
    try:
        birth = date(int(body[6:10]), int(body[10:12]), int(body[12:14]))
    except ValueError:
        raise ValidationError({_ID_FIELD: "身份证号码的出生日期无效"}) from None
    if birth < _EARLIEST_BIRTH:
        raise ValidationError({_ID_FIELD: "身份证号码的出生日期无效（早于1900年）"})
    if birth > (today or clock.today()):
        raise ValidationError({_ID_FIELD: "身份证号码的出生日期无效（晚于今天）"})
    expected = resident_id_check_char(body)
    if check != expected:
        raise ValidationError({_ID_FIELD: f"身份证号码校验位错误（应为{expected}）"})
    sex = "男" if int(body[16]) % 2 == 1 else "女"
    return ResidentId(number=number, birth_date=birth, sex=sex, area_code=body[:6])


def is_valid_resident_id(value: object, *, today: date | None = None) -> bool:
    if not isinstance(value, str):
        return False
    try:
        validate_resident_id(value, today=today)
    except ValidationError:
        return False
    return True


# --------------------------------------------------------------------------
# Unified social credit code (GB 32100-2015)
# --------------------------------------------------------------------------

CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_VALUES = {ch: i for i, ch in enumerate(CREDIT_CODE_CHARSET)}
_CC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CC_FIELD = "credit_code"

# Registration authority (position 1) -> organisation types (position 2)
# allowed under it, per GB 32100-2015 and its later additions (A, N).
_CC_AUTHORITIES: dict[str, tuple[str, str]] = {
    "1": ("机构编制", "1239"),
    "2": ("外交", "19"),
    "3": ("司法行政", "123459"),
    "4": ("文化", "19"),
    "5": ("民政", "1239"),
    "6": ("旅游", "129"),
    "7": ("宗教", "129"),
    "8": ("工会", "19"),
    "9": ("工商", "123"),
    "A": ("中央军委改革和编制办公室", "19"),
    "N": ("农业农村", "1239"),
    "Y": ("其他", "1"),
}


def credit_code_check_char(first17: str) -> str:
    """The 18th character for the 17 leading characters (GB 32100-2015, MOD 31)."""
    body = _normalise(first17)
    if len(body) != 17 or any(ch not in _CC_VALUES for ch in body):
        raise ValueError("first17 must be 17 characters from the credit-code charset")
    total = sum(_CC_VALUES[ch] * w for ch, w in zip(body, _CC_WEIGHTS))
    return CREDIT_CODE_CHARSET[(31 - total % 31) % 31]


def validate_credit_code(value: str) -> str:
    """Check an 18-character unified social credit code; return it normalised.

    Lower case, full-width characters and surrounding spaces are accepted.
    """
    code = _normalise(value)
    if not code:
        raise ValidationError({_CC_FIELD: "请填写统一社会信用代码"})
    if len(code) != 18:
        raise ValidationError({_CC_FIELD: f"统一社会信用代码应为18位（当前为{len(code)}位）"})
    for pos, ch in enumerate(code, start=1):
        if ch not in _CC_VALUES:
            if ch in "IOZSV":
                msg = f"统一社会信用代码第{pos}位“{ch}”无效（代码中不使用字母I、O、Z、S、V）"
            else:
                msg = f"统一社会信用代码第{pos}位“{ch}”无效（只能是数字或大写字母）"
            raise ValidationError({_CC_FIELD: msg})
    authority = _CC_AUTHORITIES.get(code[0])
    if authority is None:
        raise ValidationError({_CC_FIELD: f"统一社会信用代码第1位（登记管理部门代码）“{code[0]}”无效"})
    if code[1] not in authority[1]:
        raise ValidationError(
            {_CC_FIELD: f"统一社会信用代码第2位（机构类别代码）“{code[1]}”与登记管理部门（{authority[0]}）不符"}
        )
    area = code[2:8]
    if not area.isdigit() or area[0] not in "12345678":
        raise ValidationError({_CC_FIELD: "统一社会信用代码第3至8位（行政区划码）应为有效的6位数字"})
    expected = credit_code_check_char(code[:17])
    if code[17] != expected:
        raise ValidationError({_CC_FIELD: f"统一社会信用代码校验位错误（应为{expected}）"})
    return code


def is_valid_credit_code(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        validate_credit_code(value)
    except ValidationError:
        return False
    return True


# --------------------------------------------------------------------------
# Masking for lists, exports and screen sharing
# --------------------------------------------------------------------------

def mask_id_number(value: str | None) -> str:
    """Keep the first 6 and last 4 characters: ``360102********1234``.

    Values of 10 characters or fewer keep only their first and last character.
    """
    text = (value or "").strip()
    n = len(text)
    if n == 0:
        return ""
    if n > 10:
        return text[:6] + "*" * (n - 10) + text[-4:]
    if n <= 2:
        return "*" * n
    return text[0] + "*" * (n - 2) + text[-1]


def mask_phone(value: str | None) -> str:
    """``138****5678`` for mobiles; landlines keep the area code and last 4 digits.

    ``0791-86123456`` -> ``0791-****3456``; other values keep their first 3 and
    last 4 characters when long enough, otherwise only the last 2 (or nothing).
    """
    text = (value or "").strip()
    if not text:
        return ""
    digits = text.replace(" ", "").replace("-", "")
    if len(digits) == 11 and digits.isdigit() and digits[0] == "1":
        return digits[:3] + "****" + digits[-4:]
    if "-" in text:
        head, _, rest = text.partition("-")
        if len(rest) > 4:
            return head + "-" + "*" * (len(rest) - 4) + rest[-4:]
        return head + "-" + "*" * len(rest)
    n = len(text)
    if n >= 8:
        return text[:3] + "*" * (n - 7) + text[-4:]
    if n > 2:
        return "*" * (n - 2) + text[-2:]
    return "*" * n


# --------------------------------------------------------------------------
# Telephone numbers
# --------------------------------------------------------------------------

_PHONE_FIELD = "phone"
_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_SEPARATORS_RE = re.compile(r"[\s\-()（）]")
# Area code with a hyphen or space, local number, optional extension.
_LANDLINE_RE = re.compile(r"(0\d{2,3})[-\s]?([2-9]\d{6,7})(?:(?:-|转|ext\.?)(\d{1,6}))?", re.IGNORECASE)
_SERVICE_RE = re.compile(r"([48]00)-?(\d{3})-?(\d{4})")


def validate_mobile(value: str) -> str:
    """Check a mainland mobile number or a landline and return it normalised.

    * Mobile: 11 digits starting with 13-19; spaces/hyphens and a +86 prefix
      are removed (``138 0000 5678`` -> ``13800005678``).
    * Landline: area code (010, 02x or a 4-digit code such as 0791) and a
      7-8 digit local number, normalised to ``0791-86123456``; an extension
      may follow as ``-801`` or ``转801``.
    * 400/800 service numbers: normalised to ``400-123-4567``.
    """
    text = _normalise(value).lower()
    if not text:
        raise ValidationError({_PHONE_FIELD: "请填写联系电话"})
    compact = _SEPARATORS_RE.sub("", text)
    for prefix in ("+86", "0086"):
        if compact.startswith(prefix) and len(compact) == len(prefix) + 11:
            compact = compact[len(prefix):]
    if _MOBILE_RE.fullmatch(compact):
        return compact
    if compact.isdigit() and compact.startswith("1"):
        if len(compact) != 11:
            raise ValidationError({_PHONE_FIELD: f"手机号码应为11位数字（当前为{len(compact)}位）"})
        raise ValidationError({_PHONE_FIELD: "手机号码应以13至19开头"})

    service = _SERVICE_RE.fullmatch(compact)
    if service:
        return "-".join(service.groups())

    candidate = re.sub(r"^[(（](0\d{2,3})[)）]\s*", r"\1-", text)
    if candidate.isdigit() and candidate.startswith("0"):
        # No separator: 010 and 02x are the only 3-digit area codes.
        area_len = 3 if candidate[:3] == "010" or candidate[:2] == "02" else 4
        candidate = candidate[:area_len] + "-" + candidate[area_len:]
    landline = _LANDLINE_RE.fullmatch(candidate)
    if landline:
        area, local, ext = landline.groups()
        if (area == "010" or area.startswith("02")) != (len(area) == 3):
            raise ValidationError({_PHONE_FIELD: f"固定电话区号“{area}”无效"})
        number = f"{area}-{local}"
        return f"{number}-{ext}" if ext else number
    if re.fullmatch(r"0\d{2,3}-\d+(-\d+)?", candidate):
        raise ValidationError(
            {_PHONE_FIELD: "固定电话号码应为区号加7至8位号码（号码首位不为0或1），如0791-86123456"}
        )
    if compact.isdigit() and 7 <= len(compact) <= 8:
        raise ValidationError({_PHONE_FIELD: "固定电话请加区号，如0791-86123456"})
    raise ValidationError(
        {_PHONE_FIELD: "电话号码格式不正确：手机号码应为11位数字，固定电话应含区号，如0791-86123456"}
    )


def is_valid_mobile(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        validate_mobile(value)
    except ValidationError:
        return False
    return True
