"""裁审衔接 figures: what the courts did with the commission's awards, over a period.

Pure Python over plain facts read by the storage layer (``AwardFact``, ``ChallengeFact``,
``ItemFact``). Definitions (docs/court-handoff.md):

* **awards made** (作出裁决数): approved awards (仲裁裁决书 and 先行裁决书, current version) dated in
  the period;
* **awards challenged** (裁决后起诉数): awards with a lawsuit (起诉) or a set-aside application
  (申请撤销终局裁决) recorded against them;
* **仲裁后起诉率** = awards challenged / awards made;
* **items decided** (法院处理的裁决事项): award items with a court result (维持 / 改判 / 撤销); a suit
  withdrawn or dismissed leaves no item result;
* **维持率 / 改判率 / 撤裁率** = items upheld / changed / set aside ÷ items decided; **撤裁改裁率** =
  (changed + set aside) ÷ items decided;
* **裁审一致率** = items upheld ÷ items decided (the same count as 维持率, reported under the name the
  hand-off indicators use). These follow the indicators Guangzhou's hand-off system reports
  (legal-rules.md §6, local practice [S]); they are not a national standard.

Two ways to read a period (``Basis``):

* ``award`` (by award date, the default): the awards made in the period and everything the courts
  have done with them since, whenever recorded — a cohort, stable once the courts have finished;
* ``outcome`` (by court date): awards made in the period as the denominator, the suits filed in the
  period (on awards of any date) and the item results decided in the period — the flow of a year,
  as an annual report counts it.

Groups: the commission as a whole; the presiding (or sole) arbitrator of the case's tribunal; the
claim kind (an award counts under each kind among its items; an item under its own kind); the
respondent (an award counts under each respondent of its case). An award can fall in several groups
of one grouping, so the groups of a grouping need not add up to the commission's figure.

Each figure keeps the ids of the cases behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from mediation_desk.domain.cases import ClaimKind, LabelledEnum
from mediation_desk.domain.errors import ValidationError

__all__ = [
    "AwardFact",
    "Basis",
    "ChallengeFact",
    "CourtFigures",
    "FIGURES",
    "Figure",
    "FigureDef",
    "FigureGroup",
    "Grouping",
    "ItemFact",
    "compute_figures",
    "rate",
]

NO_ARBITRATOR = "（未组庭）"
NO_RESPONDENT = "（无被申请人）"
NO_KIND = "（未分类）"


class Basis(LabelledEnum):
    AWARD = ("award", "按裁决日期")
    OUTCOME = ("outcome", "按法院立案和裁判日期")


class Grouping(LabelledEnum):
    COMMISSION = ("commission", "全委合计")
    ARBITRATOR = ("arbitrator", "按首席（独任）仲裁员")
    CLAIM_KIND = ("claim_kind", "按请求类型")
    RESPONDENT = ("respondent", "按被申请人")


@dataclass(frozen=True)
class AwardFact:
    """One approved award. ``key`` identifies the award across its versions (case id and lineage)."""

    key: str
    case_id: int
    case_number: str
    number: str
    award_date: date
    arbitrator: str = ""
    respondents: tuple[str, ...] = ()
    item_kinds: tuple[str, ...] = ()  # claim kind code of item 1, 2, ...


@dataclass(frozen=True)
class ChallengeFact:
    """A lawsuit or set-aside application against an award."""

    award_key: str
    case_id: int
    kind: str  # lawsuit / set_aside
    filed_on: date


@dataclass(frozen=True)
class ItemFact:
    """The court's result for one award item."""

    award_key: str
    case_id: int
    award_item_no: int
    claim_kind: str
    result: str  # upheld / changed / set_aside
    decided_on: date


@dataclass(frozen=True)
class FigureDef:
    key: str
    name: str
    english: str
    unit: str
    definition: str


FIGURES: tuple[FigureDef, ...] = (
    FigureDef("awards_made", "作出裁决数", "Awards made", "件", "期间内作出（裁决日期在期间内）的仲裁裁决书和先行裁决书"),
    FigureDef("awards_challenged", "裁决后起诉数", "Awards taken to court", "件",
              "作出裁决后当事人起诉或申请撤销终局裁决的裁决"),
    FigureDef("suit_rate", "仲裁后起诉率", "Share of awards taken to court", "%", "裁决后起诉数 ÷ 作出裁决数"),
    FigureDef("items_decided", "法院处理的裁决事项", "Award items decided by a court", "项",
              "法院判决、调解或撤销裁定逐项处理的裁决事项（撤诉、驳回起诉不计）"),
    FigureDef("items_upheld", "维持事项", "Items upheld", "项", "法院维持的裁决事项"),
    FigureDef("items_changed", "改判事项", "Items changed", "项", "法院改判的裁决事项"),
    FigureDef("items_set_aside", "撤销事项", "Items set aside", "项", "法院撤销的裁决事项"),
    FigureDef("upheld_rate", "维持率", "Share of items upheld", "%", "维持事项 ÷ 法院处理的裁决事项"),
    FigureDef("changed_rate", "改判率", "Share of items changed", "%", "改判事项 ÷ 法院处理的裁决事项"),
    FigureDef("set_aside_rate", "撤裁率", "Share of items set aside", "%", "撤销事项 ÷ 法院处理的裁决事项"),
    FigureDef("changed_or_set_aside_rate", "撤裁改裁率", "Share of items changed or set aside", "%",
              "（改判事项 + 撤销事项）÷ 法院处理的裁决事项"),
    FigureDef("consistency_rate", "裁审一致率", "Consistency of awards and judgments", "%",
              "维持事项 ÷ 法院处理的裁决事项（参照广州市裁审衔接指标，地方实践 [S]）"),
)
_DEFS = {d.key: d for d in FIGURES}


@dataclass(frozen=True)
class Figure:
    key: str
    value: int | Decimal | None  # a count, a percentage with two places, or None (nothing to divide by)
    numerator: int
    denominator: int | None
    case_ids: tuple[int, ...]  # the cases behind the number

    @property
    def name(self) -> str:
        return _DEFS[self.key].name

    @property
    def english(self) -> str:
        return _DEFS[self.key].english

    @property
    def unit(self) -> str:
        return _DEFS[self.key].unit

    @property
    def definition(self) -> str:
        return _DEFS[self.key].definition

    @property
    def text(self) -> str:
        """``"12"``, ``"33.33%"``, ``"—"``."""
        if self.value is None:
            return "—"
        return f"{self.value}%" if self.unit == "%" else str(self.value)


@dataclass(frozen=True)
class FigureGroup:
    grouping: Grouping
    label: str
    figures: tuple[Figure, ...]

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)


@dataclass(frozen=True)
class CourtFigures:
    start: date
    end: date
    basis: Basis
    groups: tuple[FigureGroup, ...]
    case_numbers: dict[int, str] = field(default_factory=dict)

    def of(self, grouping: Grouping) -> tuple[FigureGroup, ...]:
        return tuple(g for g in self.groups if g.grouping is grouping)

    @property
    def commission(self) -> FigureGroup:
        return self.of(Grouping.COMMISSION)[0]


def rate(numerator: int, denominator: int) -> Decimal | None:
    """A percentage with two places (half up), None when there is nothing to divide by."""
    if denominator <= 0:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _ids(facts: Iterable[AwardFact | ChallengeFact | ItemFact]) -> tuple[int, ...]:
    return tuple(sorted({f.case_id for f in facts}))


def _group_figures(awards: Sequence[AwardFact], challenged: Sequence[AwardFact],
                   items: Sequence[ItemFact]) -> tuple[Figure, ...]:
    made = len(awards)
    n_challenged = len(challenged)
    decided = len(items)
    by_result = {r: [i for i in items if i.result == r] for r in ("upheld", "changed", "set_aside")}
    up, ch, sa = by_result["upheld"], by_result["changed"], by_result["set_aside"]

    def count(key: str, facts: Sequence[AwardFact] | Sequence[ItemFact]) -> Figure:
        return Figure(key, len(facts), len(facts), None, _ids(facts))

    def share(key: str, part: Sequence[ItemFact]) -> Figure:
        return Figure(key, rate(len(part), decided), len(part), decided, _ids(part))

    return (
        count("awards_made", awards),
        count("awards_challenged", challenged),
        Figure("suit_rate", rate(n_challenged, made), n_challenged, made, _ids(challenged)),
        count("items_decided", items),
        count("items_upheld", up),
        count("items_changed", ch),
        count("items_set_aside", sa),
        share("upheld_rate", up),
        share("changed_rate", ch),
        share("set_aside_rate", sa),
        share("changed_or_set_aside_rate", [*ch, *sa]),
        share("consistency_rate", up),
    )


def _kind_label(code: str) -> str:
    if not code:
        return NO_KIND
    try:
        return ClaimKind(code).label
    except ValueError:
        return code


def compute_figures(awards: Sequence[AwardFact], challenges: Sequence[ChallengeFact], items: Sequence[ItemFact],
                    *, start: date, end: date, basis: Basis = Basis.AWARD) -> CourtFigures:
    """The figures of the period ``start``..``end`` (inclusive) on ``basis``. ``awards`` must
    include every award that ``challenges`` and ``items`` refer to (others are ignored)."""
    if end < start:
        raise ValidationError({"period": "统计期的结束日不能早于开始日"})
    by_key = {a.key: a for a in awards}
    made = [a for a in awards if start <= a.award_date <= end]
    if basis is Basis.AWARD:
        cohort = {a.key for a in made}
        challenged_keys = {c.award_key for c in challenges if c.award_key in cohort}
        kept_items = [i for i in items if i.award_key in cohort]
    else:
        challenged_keys = {c.award_key for c in challenges if start <= c.filed_on <= end and c.award_key in by_key}
        kept_items = [i for i in items if start <= i.decided_on <= end and i.award_key in by_key]
    challenged = [by_key[k] for k in sorted(challenged_keys)]
    kept_items.sort(key=lambda i: (i.case_id, i.award_key, i.award_item_no))

    groups: list[FigureGroup] = [FigureGroup(Grouping.COMMISSION, "全委合计",
                                             _group_figures(made, challenged, kept_items))]

    def grouped(grouping: Grouping, award_labels: Callable[[AwardFact], Iterable[str]],
                item_label: Callable[[ItemFact], Iterable[str]]) -> None:
        labels: set[str] = set()
        for a in [*made, *challenged]:
            labels.update(award_labels(a))
        for i in kept_items:
            labels.update(item_label(i))
        for label in sorted(labels):
            groups.append(FigureGroup(grouping, label, _group_figures(
                [a for a in made if label in award_labels(a)],
                [a for a in challenged if label in award_labels(a)],
                [i for i in kept_items if label in item_label(i)])))

    def arbitrator(a: AwardFact) -> tuple[str, ...]:
        return (a.arbitrator or NO_ARBITRATOR,)

    def respondents(a: AwardFact) -> tuple[str, ...]:
        return a.respondents or (NO_RESPONDENT,)

    def kinds(a: AwardFact) -> tuple[str, ...]:
        return tuple(sorted({_kind_label(k) for k in a.item_kinds})) or (NO_KIND,)

    grouped(Grouping.ARBITRATOR, arbitrator, lambda i: arbitrator(by_key[i.award_key]))
    grouped(Grouping.CLAIM_KIND, kinds, lambda i: (_kind_label(i.claim_kind),))
    grouped(Grouping.RESPONDENT, respondents, lambda i: respondents(by_key[i.award_key]))
    numbers = {a.case_id: a.case_number for a in awards}
    return CourtFigures(start=start, end=end, basis=basis, groups=tuple(groups), case_numbers=numbers)
