"""Case search: one normaliser for the index and the query, what a case's index holds, and how a
query becomes terms.

The index has two parts (see ``storage``): an FTS5 trigram table over the case's normalised text
(number, names, platform, facts, claim kinds), for terms of three or more characters; and a table
of ordinary tokens: the 1-grams (short fields) and 2-grams (all fields) for one- and two-character
terms (a surname, 押金), plus *keys* that are never substrings of text:

* ``id`` + the last 4 to 18 characters of each applicant's identity number — an ID number is found
  by the whole number or its tail only, never by its beginning or middle;
* ``tel`` + a phone number (whole, last 4 digits, and the local 7/8 digits of a landline);
* ``yuan`` + the yuan part of each amount, and ``yuan`` + yuan ``p`` + fen (two places), so
  ``12345`` finds 12,345.60 and ``12345.6`` finds exactly 12,345.60;
* ``claim`` + each claim's kind, reached through :data:`CLAIM_SYNONYMS` (拖欠, 欠薪 → 劳动报酬);
* ``uscc`` + a respondent's unified social credit code (whole code only).

Text is normalised by :func:`normalise` on both sides: NFKC (full width to half width), lower case,
a case number's year brackets and optional 第 made canonical (``〔2026〕第1号``, ``(2026)1号`` and
``2026第1号`` are all ``2026第1号``), then letters and digits only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

from mediation_desk.domain.cases import ClaimKind

# A query is bounded: longer input is cut, further terms are ignored (and the caller is told).
MAX_QUERY_CHARS = 400
MAX_TERMS = 8
MAX_TERM_CHARS = 64

_CASE_NUMBER = re.compile(r"[〔\[(【]\s*(\d{4})\s*[〕\])】]\s*第?\s*(\d+)\s*号")
_AMOUNT = re.compile(r"^[¥]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?:元)?$")
_AMOUNT_IN_TEXT = re.compile(r"(?:¥\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*元")
_ID_TERM = re.compile(r"^\d{3,17}[\dx]$")
_CREDIT_CODE = re.compile(r"^[0-9a-z]{18}$")

# Words a user types for a claim, mapped to the claim kinds they mean. Data, not logic: a word
# missing here is still found wherever it appears in the case's text.
CLAIM_SYNONYMS: Mapping[str, tuple[ClaimKind, ...]] = MappingProxyType({
    "拖欠": (ClaimKind.UNPAID_PAY,),
    "欠薪": (ClaimKind.UNPAID_PAY,),
    "欠资": (ClaimKind.UNPAID_PAY,),
    "讨薪": (ClaimKind.UNPAID_PAY,),
    "工资": (ClaimKind.UNPAID_PAY,),
    "薪资": (ClaimKind.UNPAID_PAY,),
    "薪水": (ClaimKind.UNPAID_PAY,),
    "工钱": (ClaimKind.UNPAID_PAY,),
    "报酬": (ClaimKind.UNPAID_PAY,),
    "劳动报酬": (ClaimKind.UNPAID_PAY,),
    "劳务费": (ClaimKind.UNPAID_PAY,),
    "配送费": (ClaimKind.UNPAID_PAY,),
    "最低工资": (ClaimKind.BELOW_MINIMUM_WAGE,),
    "加班": (ClaimKind.OVERTIME_PAY, ClaimKind.HOLIDAY_PAY),
    "加班费": (ClaimKind.OVERTIME_PAY, ClaimKind.HOLIDAY_PAY),
    "加班工资": (ClaimKind.OVERTIME_PAY, ClaimKind.HOLIDAY_PAY),
    "节假日": (ClaimKind.HOLIDAY_PAY,),
    "押金": (ClaimKind.DEPOSIT_REFUND,),
    "保证金": (ClaimKind.DEPOSIT_REFUND,),
    "风险金": (ClaimKind.DEPOSIT_REFUND,),
    "罚款": (ClaimKind.UNLAWFUL_DEDUCTION,),
    "扣款": (ClaimKind.UNLAWFUL_DEDUCTION,),
    "克扣": (ClaimKind.UNLAWFUL_DEDUCTION,),
    "劳动关系": (ClaimKind.CONFIRM_RELATIONSHIP,),
    "确认劳动关系": (ClaimKind.CONFIRM_RELATIONSHIP,),
    "二倍工资": (ClaimKind.DOUBLE_PAY,),
    "双倍工资": (ClaimKind.DOUBLE_PAY,),
    "未签合同": (ClaimKind.DOUBLE_PAY,),
    "经济补偿": (ClaimKind.ECONOMIC_COMPENSATION,),
    "经济补偿金": (ClaimKind.ECONOMIC_COMPENSATION,),
    "补偿金": (ClaimKind.ECONOMIC_COMPENSATION,),
    "赔偿金": (ClaimKind.UNLAWFUL_TERMINATION,),
    "违法解除": (ClaimKind.UNLAWFUL_TERMINATION,),
    "违法辞退": (ClaimKind.UNLAWFUL_TERMINATION,),
    "辞退": (ClaimKind.UNLAWFUL_TERMINATION,),
    "社保": (ClaimKind.SOCIAL_INSURANCE,),
    "社会保险": (ClaimKind.SOCIAL_INSURANCE,),
    "五险": (ClaimKind.SOCIAL_INSURANCE,),
    "工伤": (ClaimKind.WORK_INJURY,),
    "职业伤害": (ClaimKind.WORK_INJURY,),
    "扣押证件": (ClaimKind.RETURN_DOCUMENTS,),
    "证件": (ClaimKind.RETURN_DOCUMENTS,),
})


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def normalise(text: str) -> str:
    """The one normaliser of index and query: NFKC, lower case, canonical case-number years,
    letters/digits/CJK only."""
    text = _CASE_NUMBER.sub(r"\1第\2号", _nfkc(text)).lower()
    return "".join(ch for ch in text if ch.isalnum())


# --------------------------------------------------------------------------- keys


def claim_key(kind: ClaimKind) -> str:
    return "claim" + kind.value.replace("_", "")


def _amount_key(yuan: str, fen: str | None = None) -> str:
    whole = str(int(yuan))
    return f"yuan{whole}" if fen is None else f"yuan{whole}p{(fen + '0')[:2]}"


def amount_keys(amount: Decimal) -> list[str]:
    """``yuan12345`` and ``yuan12345p60`` for 12,345.60 (negative or invalid amounts: none)."""
    try:
        value = Decimal(amount).quantize(Decimal("0.01"))
    except (InvalidOperation, TypeError, ValueError):
        return []
    if value < 0:
        return []
    whole, _, fen = f"{value:f}".partition(".")
    return [_amount_key(whole), _amount_key(whole, fen or "00")]


def amounts_in_text(text: str) -> list[Decimal]:
    """Amounts written with 元 in free text (``拖欠12,345.60元``)."""
    out = []
    for m in _AMOUNT_IN_TEXT.finditer(_nfkc(text)):
        out.append(Decimal(m.group(1).replace(",", "") + "." + (m.group(2) or "0")))
    return out


def id_keys(id_number: str) -> list[str]:
    """The identity number's tails of 4 characters up to the whole number."""
    s = normalise(id_number)
    return [f"id{s[-n:]}" for n in range(4, len(s) + 1)] if len(s) >= 4 else []


def phone_keys(phone: str) -> list[str]:
    """The whole number, its last 4 digits and, for a landline, its local number (7 or 8 digits)."""
    digits = "".join(ch for ch in _nfkc(phone) if ch.isdigit())
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    if len(digits) < 4:
        return []
    keys = [f"tel{digits}", f"tel{digits[-4:]}"]
    if digits.startswith("0") and len(digits) >= 10:
        keys += [f"tel{digits[-8:]}", f"tel{digits[-7:]}"]
    return keys


def credit_code_keys(code: str) -> list[str]:
    s = normalise(code)
    return [f"uscc{s}"] if _CREDIT_CODE.match(s) else []


# --------------------------------------------------------------------------- the index of one case


@dataclass(frozen=True)
class CaseIndexInput:
    """What of a case is searchable."""

    number: str
    worker_name: str
    applicant_names: str
    respondent_names: str
    platform: str
    facts: str
    claim_kinds: tuple[ClaimKind, ...] = ()
    amounts: tuple[Decimal, ...] = ()
    id_numbers: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    credit_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseIndexEntry:
    """``text``: the trigram table's columns (number, names, platform, facts, claims), normalised;
    ``tokens``: the token table's space-separated grams and keys."""

    text: tuple[str, str, str, str, str]
    tokens: str


INDEX_COLUMNS = ("number", "names", "platform", "facts", "claims")


def _grams(tokens: dict[str, None], text: str, *, singles: bool) -> None:
    if singles or len(text) == 1:
        for ch in text:
            tokens[ch] = None
    for i in range(len(text) - 1):
        tokens[text[i:i + 2]] = None


def index_entry(case: CaseIndexInput) -> CaseIndexEntry:
    kinds = tuple(dict.fromkeys(case.claim_kinds))
    names = " ".join(normalise(n) for n in (case.worker_name, case.applicant_names, case.respondent_names))
    claims = " ".join(normalise(k.label) for k in kinds)
    text = (normalise(case.number), names, normalise(case.platform), normalise(case.facts), claims)
    tokens: dict[str, None] = {}
    for field in (case.number, case.worker_name, case.applicant_names, case.respondent_names, case.platform):
        _grams(tokens, normalise(field), singles=True)
    _grams(tokens, text[3], singles=False)
    for kind in kinds:
        _grams(tokens, normalise(kind.label), singles=False)
        tokens[claim_key(kind)] = None
    for amount in (*case.amounts, *amounts_in_text(case.facts)):
        for key in amount_keys(amount):
            tokens[key] = None
    for value in case.id_numbers:
        for key in id_keys(value):
            tokens[key] = None
    for value in case.phones:
        for key in phone_keys(value):
            tokens[key] = None
    for value in case.credit_codes:
        for key in credit_code_keys(value):
            tokens[key] = None
    return CaseIndexEntry(text=text, tokens=" ".join(tokens))


# --------------------------------------------------------------------------- the query


@dataclass(frozen=True)
class SearchTerm:
    """One term of a query: a case matches it when its text contains one of ``phrases`` or its
    token table holds one of ``keys``. Phrases and keys are letters and digits only."""

    phrases: tuple[str, ...]
    keys: tuple[str, ...]


@dataclass(frozen=True)
class SearchPlan:
    terms: tuple[SearchTerm, ...]
    truncated: bool = False  # terms beyond MAX_TERMS, or text beyond MAX_QUERY_CHARS, were left out


def plan_term(raw: str) -> SearchTerm | None:
    """One whitespace-free piece of a query (cut to :data:`MAX_TERM_CHARS`) with its alternatives."""
    raw = raw[:MAX_TERM_CHARS]
    text = normalise(raw)
    if not text:
        return None
    phrases: list[str] = [text]
    keys: list[str] = []
    plain = _nfkc(raw).lower()
    amount = _AMOUNT.match(plain)
    if amount:
        keys.append(_amount_key(amount.group(1).replace(",", ""), amount.group(2)))
        if amount.group(2) is not None:
            phrases = []  # 12345.6 is an amount, not the digits 123456
    numeric = re.fullmatch(r"[+\d\- ()]+", plain) is not None  # digits, as a phone or ID is written
    if _ID_TERM.match(text) and (numeric or re.fullmatch(r"[\d\- ]+x", plain)):
        keys.append(f"id{text}")
    if numeric and text.isdigit() and len(text) >= 4:
        keys += phone_keys(plain)[:1]
    if _CREDIT_CODE.match(text) and not text.isdigit():
        keys.append(f"uscc{text}")
    for kind in CLAIM_SYNONYMS.get(text, ()):
        keys.append(claim_key(kind))
    return SearchTerm(phrases=tuple(phrases), keys=tuple(dict.fromkeys(keys)))


def plan_query(text: str) -> SearchPlan:
    """The query's terms (ANDed), each with its alternatives; at most :data:`MAX_TERMS` distinct terms."""
    text = text or ""
    truncated = len(text) > MAX_QUERY_CHARS
    terms: dict[SearchTerm, None] = {}
    for part in text[:MAX_QUERY_CHARS].split():
        term = plan_term(part)
        if term is None or term in terms:
            continue
        if len(terms) == MAX_TERMS:
            truncated = True
            break
        terms[term] = None
    return SearchPlan(terms=tuple(terms), truncated=truncated)
