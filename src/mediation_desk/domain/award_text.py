"""The wording of an arbitral award (仲裁裁决书) and of a 仲裁调解书 built from structured records.

An enforceable operative clause says who pays (or does) what, to whom, how much and by when:
“被申请人甲公司应于本裁决书生效之日起十日内向申请人杨娟支付拖欠的劳动报酬人民币6,790.00元（大写：陆仟柒佰玖拾元整）”,
with the other respondents' joint liability stated after it (“被申请人乙公司对上述款项承担连带责任”).
A ruling that is not a payment is written as what it orders or confirms (确认劳动关系, 出具解除劳动合同证明).
Dismissed claims close the operative part (驳回申请人关于……的仲裁请求 / 驳回申请人的其他仲裁请求).

The account of the proceedings says only what the record holds: the hearings held (with who was
absent), a decision to decide on the papers (书面审理) with its reason, a mediation that failed.
Every sentence ends with a full stop, and no sentence is said twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from mediation_desk.domain.chinese_dates import chinese_count, numeric_date
from mediation_desk.domain.money import format_yuan, to_chinese_capital

__all__ = ["Obligation", "PartyRef", "full_stop", "join_sentences", "days_text", "money_text", "obligation_clause",
           "dismissal_clause", "procedure_text", "RETURN_VERBS"]

_ENDINGS = "。！？"
_TRAILING = "。；;，,、 \u3000\n"
# Verbs a subject may already start with; otherwise 支付 (or 返还 for deposits and deductions) is put in.
RETURN_VERBS = ("支付", "返还", "退还", "补发", "补缴", "赔偿", "给付", "偿还")


def full_stop(text: str) -> str:
    """``text`` as one sentence ending in 。 (a trailing ；，、 is replaced); empty stays empty."""
    t = (text or "").strip().rstrip(_TRAILING)
    if not t:
        return ""
    return t if t[-1] in _ENDINGS or t.endswith("）。") else t + "。"


def join_sentences(parts: Iterable[str]) -> str:
    """The parts as sentences, each ending in 。, a sentence already said not repeated."""
    seen: list[str] = []
    for part in parts:
        for piece in (full_stop(s) for s in (part or "").split("。")):
            if piece and piece not in seen:
                seen.append(piece)
    return "".join(seen)


def days_text(days: int) -> str:
    """10 -> 十日, 15 -> 十五日, 120 -> 120日."""
    return f"{chinese_count(days)}日" if 0 < days < 100 else f"{days}日"


def money_text(amount: Decimal) -> str:
    return f"人民币{format_yuan(amount)}（大写：{to_chinese_capital(amount)}）"


@dataclass(frozen=True)
class PartyRef:
    """A party named in a clause, with the label of its side (申请人 / 被申请人 / 第三人)."""

    name: str
    side_label: str

    @property
    def text(self) -> str:
        return f"{self.side_label}{self.name}"


@dataclass(frozen=True)
class Obligation:
    """What one ruling (or one term of a 仲裁调解书) orders.

    ``payers`` owe it (the first is the principal debtor; with ``joint`` the others answer jointly);
    ``payee`` receives it; ``amount`` is a sum of money (None: an act or a confirmation, ``subject``
    says which); the time limit is ``due_days`` from the day the instrument takes effect or a
    fixed ``due_date``."""

    subject: str
    payers: tuple[PartyRef, ...] = ()
    payee: PartyRef | None = None
    amount: Decimal | None = None
    due_days: int | None = None
    due_date: date | None = None
    joint: bool = False
    verb: str = "支付"


def _when(ob: Obligation, effective: str) -> str:
    if ob.due_date is not None:
        return f"于{numeric_date(ob.due_date)}前"
    if ob.due_days is not None:
        return f"于{effective}之日起{days_text(ob.due_days)}内"
    return ""


def obligation_clause(ob: Obligation, *, effective: str = "本裁决书生效") -> str:
    """One operative clause, ending in 。 (see the module's description)."""
    subject = (ob.subject or "").strip().rstrip(_TRAILING)
    if not ob.payers:
        return full_stop(subject)
    first, others = ob.payers[0], ob.payers[1:]
    when = _when(ob, effective)
    head = f"{first.text}应{when}" if when else f"{first.text}应"
    if ob.amount is not None:
        verb = "" if subject.startswith(RETURN_VERBS) else ob.verb
        to = f"向{ob.payee.text}" if ob.payee is not None else ""
        clause = f"{head}{to}{verb}{subject}{money_text(ob.amount)}"
    else:
        clause = f"{head}{subject}"
    if others:
        names = "、".join(p.text for p in others)
        what = "上述款项" if ob.amount is not None else "上述义务"
        clause += f"，{names}对{what}承担连带责任" if ob.joint else ""
    return full_stop(clause)


def dismissal_clause(dismissed: Sequence[str], partly: Sequence[str] = (), *, whole: bool = True,
                     applicant: str = "申请人") -> str:
    """What is dismissed: the claims dismissed outright (``dismissed``) and the rest of the claims
    granted only in part (``partly``). In an award that decides every claim (``whole``) that is
    驳回申请人的其他仲裁请求; in one instrument of a split award the claims are named. Empty when
    nothing is dismissed."""
    names = list(dict.fromkeys(d.strip().rstrip(_TRAILING) for d in dismissed if d.strip()))
    rest = list(dict.fromkeys(d.strip().rstrip(_TRAILING) for d in partly if d.strip()))
    if not names and not rest:
        return ""
    if whole:
        return f"驳回{applicant}的其他仲裁请求。"
    parts = []
    if names:
        parts.append(f"驳回{applicant}关于{'、'.join(names)}的仲裁请求")
    if rest:
        parts.append(f"驳回{applicant}关于{'、'.join(rest)}的其余请求")
    return join_sentences(parts)


def procedure_text(*, tribunal: str, hearings: Sequence[tuple[date, bool | None, bool | None]],
                   written_reason: str = "", mediation_failed: bool = False, respondents: str = "被申请人") -> str:
    """The account of the proceedings from the record: ``tribunal`` (the sentence on the tribunal,
    e.g. “本委依法指定仲裁员刘某独任仲裁”),
    the held hearings as (day, applicant present, respondent present), the reason for deciding on
    the papers, and whether a mediation was recorded as failed."""
    parts = []
    held = sorted({h[0] for h in hearings})
    if tribunal:
        parts.append(tribunal)
    if held:
        days = "、".join(numeric_date(d) for d in held)
        parts.append(f"仲裁庭于{days}开庭审理了本案")
        if any(r is False for _d, _a, r in hearings):
            parts.append(f"{respondents}经书面通知，无正当理由拒不到庭，仲裁庭依法缺席审理")
    elif written_reason.strip():
        parts.append(f"仲裁庭决定对本案书面审理（{written_reason.strip().rstrip(_TRAILING)}）")
    if mediation_failed:
        parts.append("仲裁庭在作出裁决前进行了调解，调解不成")
    parts.append("本案现已审理终结")
    return join_sentences(parts)
