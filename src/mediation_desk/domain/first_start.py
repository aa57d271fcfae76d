"""What a first start needs to know: the demo book's fixed secrets and mark, and how strong a
new book passphrase is.

The demo's passphrase and password are printed in the README and on the demo's log-in window,
so a real book must never use them (``storage.book.create_book`` and ``services.accounts``
refuse them with :func:`refuse_demo_secret`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from mediation_desk.domain.errors import ValidationError

DEMO_PASSPHRASE = "demo-passphrase"
DEMO_PASSWORD = "demo-password"
DEMO_MARK = "演示数据"
DEMO_PREFIX = f"【{DEMO_MARK}】"  # before the organisation's name in a demo book: every document shows it
DEMO_SETTING = "demo_book"  # settings key: true in a demo book

# The most used passwords in leaked lists, plus the Chinese ones (pinyin, keyboard runs, dates).
COMMON_PASSWORDS = frozenset({
    "123456", "12345678", "123456789", "1234567890", "11111111", "00000000", "88888888", "66666666",
    "87654321", "12341234", "11223344", "123123123", "147258369", "147852369", "159357", "5201314",
    "password", "password1", "password123", "passw0rd", "p@ssw0rd", "qwerty", "qwertyui", "qwerty123",
    "qwertyuiop", "1qaz2wsx", "1q2w3e4r", "1q2w3e4r5t", "abc123", "abc12345", "abcd1234", "a1234567",
    "a123456789", "aa123456", "asdfghjk", "asdf1234", "zxcvbnm", "zxcvbnm123", "iloveyou", "woaini",
    "woaini1314", "woaini520", "wo123456", "admin", "admin123", "admin888", "administrator", "root",
    "letmein", "welcome", "welcome1", "monkey", "dragon", "sunshine", "princess", "football", "baseball",
    "superman", "trustno1", "shadow", "master", "zhangwei", "wangwei", "liwei", "nanchang", "jiangxi",
    "china", "china123", "beijing", "shanghai", "mediation", "mediation-desk", "casebook", "changeme",
    "default", "secret", "test1234", "demo", "demo1234", DEMO_PASSPHRASE, DEMO_PASSWORD,
})


class Strength(Enum):
    WEAK = "weak"
    MEDIUM = "medium"
    STRONG = "strong"

    @property
    def label(self) -> str:
        return {"weak": "弱", "medium": "中", "strong": "强"}[self.value]


@dataclass(frozen=True)
class StrengthReport:
    strength: Strength
    hints: tuple[str, ...]  # what would make it stronger: keys of HINTS


HINTS = {  # the hints' Chinese text (the window has its own translated labels for these keys)
    "common": "这是常见口令，很容易被猜中",
    "too_short": "长度不够",
    "longer": "再长一些（12个字符以上更好）",
    "variety": "混合使用字母、数字、汉字或符号",
}


def _kinds(phrase: str) -> int:
    groups = (str.islower, str.isupper, str.isdigit)
    found = sum(1 for test in groups if any(test(ch) for ch in phrase if ch.isascii()))
    if any(not ch.isascii() for ch in phrase):
        found += 1  # Chinese characters or other letters
    if any(ch.isascii() and not ch.isalnum() for ch in phrase):
        found += 1  # punctuation or spaces
    return found


def _is_common(phrase: str) -> bool:
    low = phrase.lower()
    stripped = low.rstrip("0123456789!.@#")
    return low in COMMON_PASSWORDS or stripped in COMMON_PASSWORDS or len(set(low)) <= 2


def assess_passphrase(phrase: str, *, min_length: int = 8) -> StrengthReport:
    """弱 / 中 / 强 from length, variety of characters and a list of common passwords. A hint, not a rule:
    only the minimum length and the demo's passphrase are refused."""
    hints: list[str] = []
    if _is_common(phrase):
        return StrengthReport(Strength.WEAK, ("common",))
    length, kinds = len(phrase), _kinds(phrase)
    if length < min_length:
        hints.append("too_short")
    elif length < 12:
        hints.append("longer")
    if kinds < 2:
        hints.append("variety")
    score = (length >= min_length) + (length >= 12) + (length >= 16) + min(kinds, 3) - 1
    if length < min_length or score <= 1:
        strength = Strength.WEAK
    elif score >= 4:
        strength = Strength.STRONG
    else:
        strength = Strength.MEDIUM
    return StrengthReport(strength, tuple(hints))


def is_demo_secret(secret: str) -> bool:
    return secret.strip().lower() in (DEMO_PASSPHRASE, DEMO_PASSWORD)


def refuse_demo_secret(secret: str, field: str) -> None:
    """A real book's passphrase or password may not be one of the demo's published ones."""
    if is_demo_secret(secret):
        raise ValidationError(
            {field: "这是演示案件库公开的口令或密码，不能用于正式案件库，请另设一个"},
            zh="演示案件库的口令和密码是公开的，不能用于正式案件库。请另设一个。",
            en="The demo's passphrase and passwords are published; a real case book cannot use them. "
               "Choose another.")


def demo_name(name: str) -> str:
    """The organisation's name as a demo book stores it: marked, so every window and document says so."""
    return name if DEMO_MARK in name else DEMO_PREFIX + name
