"""Repeat respondents and referrals to the labour-inspection authority (劳动保障监察), as plain values.

Who counts as the same enterprise (docs/inspection-referrals.md):

* a respondent with a unified social credit code (统一社会信用代码) is identified by that code,
  normalised: full-width characters made half-width (NFKC), spaces removed, letters upper case;
* one without a code by its normalised name: NFKC (full-width letters, digits, brackets and spaces
  become half-width), every space removed, Latin letters upper case, round brackets unified, and the
  company-form variants folded: ``有限责任公司`` is read as ``有限公司`` and ``股份有限公司`` stays as it is;
* a name without a code joins the group of a code when, within the same window, that normalised name
  was recorded with exactly one code (a case that left the code out is still counted).

The window (city plan item 16, joint supervision): a case counts when it was received within the
``window_days`` days ending on the reference day, both ends included; an enterprise named as
respondent in ``min_cases`` or more such cases is a repeat respondent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from mediation_desk.domain.cases import ClaimKind, LabelledEnum
from mediation_desk.domain.errors import ValidationError

DEFAULT_MIN_CASES = 3
DEFAULT_WINDOW_DAYS = 90
MIN_MIN_CASES, MAX_MIN_CASES = 2, 1000
MIN_WINDOW_DAYS, MAX_WINDOW_DAYS = 1, 3660

_SPACES = re.compile(r"\s+")
_FORM_VARIANTS: tuple[tuple[str, str], ...] = (
    ("有限责任公司", "有限公司"),
)


class InspectionGround(LabelledEnum):
    """What the inspection authority is asked to look into (劳动保障监察条例第十一条)."""

    UNPAID_PAY = ("unpaid_pay", "拖欠或者克扣劳动报酬")
    OVERTIME = ("overtime", "违法延长工作时间")
    DEPOSIT = ("deposit", "违法收取押金、保证金")


# The claims on the record that support each ground.
GROUND_CLAIMS: dict[InspectionGround, frozenset[ClaimKind]] = {
    InspectionGround.UNPAID_PAY: frozenset({ClaimKind.UNPAID_PAY, ClaimKind.BELOW_MINIMUM_WAGE,
                                            ClaimKind.UNLAWFUL_DEDUCTION}),
    InspectionGround.OVERTIME: frozenset({ClaimKind.OVERTIME_PAY, ClaimKind.HOLIDAY_PAY}),
    InspectionGround.DEPOSIT: frozenset({ClaimKind.DEPOSIT_REFUND}),
}


class SendingMethod(LabelledEnum):
    BY_HAND = ("by_hand", "当面递交")
    POST = ("post", "邮寄")
    ONLINE = ("online", "政务服务平台或电子邮件")
    OTHER = ("other", "其他方式")


@dataclass(frozen=True)
class RepeatSettings:
    min_cases: int = DEFAULT_MIN_CASES
    window_days: int = DEFAULT_WINDOW_DAYS


def validate_repeat_settings(min_cases: object, window_days: object) -> RepeatSettings:
    errors: dict[str, str] = {}
    if isinstance(min_cases, bool) or not isinstance(min_cases, int) or not (
            MIN_MIN_CASES <= min_cases <= MAX_MIN_CASES):
        errors["min_cases"] = f"案件数应为{MIN_MIN_CASES}至{MAX_MIN_CASES}之间的整数"
    if isinstance(window_days, bool) or not isinstance(window_days, int) or not (
            MIN_WINDOW_DAYS <= window_days <= MAX_WINDOW_DAYS):
        errors["window_days"] = f"统计期间应为{MIN_WINDOW_DAYS}至{MAX_WINDOW_DAYS}天之间的整数"
    if errors:
        raise ValidationError(errors)
    assert isinstance(min_cases, int) and isinstance(window_days, int)
    return RepeatSettings(min_cases=min_cases, window_days=window_days)


def window_start(reference: date, window_days: int) -> date:
    """The first day of the ``window_days`` days ending on ``reference`` (both included)."""
    return reference - timedelta(days=window_days - 1)


def normalise_credit_code(code: str) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", code or "")).upper()


def normalise_name(name: str) -> str:
    """The comparison form of an enterprise's name (see the module's docstring)."""
    text = _SPACES.sub("", unicodedata.normalize("NFKC", name or "")).upper()
    text = text.replace("[", "(").replace("]", ")").replace("〔", "(").replace("〕", ")")
    text = text.strip("。.,，;；")
    for variant, canonical in _FORM_VARIANTS:
        text = text.replace(variant, canonical)
    return text


@dataclass(frozen=True)
class RespondentMention:
    """One (credit code, name) as recorded on respondents of cases in the window, with the cases."""

    credit_code: str
    name: str
    case_ids: tuple[int, ...]


def identity_key(credit_code: str, name: str, name_to_code: Mapping[str, str] | None = None) -> str:
    """``code:…`` or ``name:…``: the key under which the enterprise is counted."""
    code = normalise_credit_code(credit_code)
    if code:
        return "code:" + code
    norm = normalise_name(name)
    if name_to_code and norm in name_to_code:
        return "code:" + name_to_code[norm]
    return "name:" + norm


def names_with_one_code(mentions: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Normalised name -> code, for the names recorded with exactly one code."""
    seen: dict[str, set[str]] = {}
    for code, name in mentions:
        c = normalise_credit_code(code)
        if c:
            seen.setdefault(normalise_name(name), set()).add(c)
    return {n: next(iter(codes)) for n, codes in seen.items() if len(codes) == 1 and n}


@dataclass(frozen=True)
class RepeatGroup:
    key: str
    credit_code: str
    names: tuple[str, ...]  # the names as recorded, most frequent first
    case_ids: tuple[int, ...]

    @property
    def name(self) -> str:
        return self.names[0] if self.names else ""


def group_mentions(mentions: Sequence[RespondentMention], min_cases: int) -> list[RepeatGroup]:
    """Merge the mentions by identity and keep the enterprises with ``min_cases`` or more distinct cases."""
    name_to_code = names_with_one_code((m.credit_code, m.name) for m in mentions)
    cases: dict[str, set[int]] = {}
    names: dict[str, dict[str, int]] = {}
    codes: dict[str, str] = {}
    for m in mentions:
        key = identity_key(m.credit_code, m.name, name_to_code)
        if key == "name:":
            continue
        cases.setdefault(key, set()).update(m.case_ids)
        counter = names.setdefault(key, {})
        counter[m.name.strip()] = counter.get(m.name.strip(), 0) + len(m.case_ids)
        if key.startswith("code:"):
            codes[key] = key[5:]
    out = []
    for key, ids in cases.items():
        if len(ids) >= min_cases:
            ordered = tuple(n for n, _ in sorted(names[key].items(), key=lambda kv: (
                -kv[1], _SPACES.search(kv[0]) is not None, kv[0])))
            out.append(RepeatGroup(key=key, credit_code=codes.get(key, ""), names=ordered,
                                   case_ids=tuple(sorted(ids))))
    out.sort(key=lambda g: (-len(g.case_ids), g.name))
    return out


@dataclass(frozen=True)
class RepeatCase:
    case_id: int
    number: str
    received_on: date
    worker: str
    claims_total: Decimal
    status: str  # CaseStatus code
    respondents: str = ""  # the respondents' names as the case list shows them


@dataclass(frozen=True)
class RepeatRespondent:
    key: str
    name: str
    credit_code: str
    other_names: tuple[str, ...]
    cases: tuple[RepeatCase, ...]

    @property
    def claims_total(self) -> Decimal:
        return sum((c.claims_total for c in self.cases), Decimal("0"))


@dataclass(frozen=True)
class RepeatReport:
    reference: date
    since: date
    settings: RepeatSettings
    respondents: tuple[RepeatRespondent, ...]


@dataclass(frozen=True)
class InspectionReferral:
    """The record of one case in a referral letter: sending and, later, the answer."""

    id: int
    case_id: int
    letter_key: str
    respondent: str
    grounds: tuple[InspectionGround, ...]
    authority: str
    sent_on: date
    sent_how: str
    document_number: str
    document_id: int | None
    case_numbers: tuple[str, ...]  # every case the letter names
    answered_on: date | None
    answer: str
    action_taken: str
    created_by: str

    @property
    def answered(self) -> bool:
        return self.answered_on is not None
