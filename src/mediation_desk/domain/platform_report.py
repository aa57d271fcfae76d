"""The new-employment-form report (平台企业用工情况): the cases a period received, broken down by
industry, platform, cooperating enterprise and its role in the chain, relationship category of the
worksheet and claim kind, each row with its cases, workers, amounts and outcomes. Pure: no storage,
no clock; ``services.platform_report`` feeds the cases here one at a time (memory stays bounded).

Counting rules (docs/statistics.md, 平台企业用工情况):

- The cases are those 当期受理 in the dispute tables (``domain.statistics.course_of``): registered in
  the period, or concluded before it and reopened within it; each case once.
- Outcomes are the dispute tables' own: a case is concluded when its conclusion is in force at the
  end of the period, by the way ``domain.statistics.way_of`` gives; the amount agreed or awarded is
  what ``services.statistics.settled_of`` reads for that way.
- Industry, platform and relationship category: every case in exactly one row, so the rows add up
  to the totals. Enterprise, role and claim kind: a case counts in every row it has (two enterprises,
  three kinds of claim), so the rows do not add up; the check is that every case is counted at least
  once, and, for the claim kinds, that the amounts claimed (counted per claim) add up.
- The same enterprise is found with ``domain.inspection``'s rule (credit code, else normalised name;
  a name recorded with exactly one code among the cases the period reads joins that code).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from mediation_desk.domain.cases import ClaimKind, EnterpriseRole, Industry, LabelledEnum
from mediation_desk.domain.inspection import identity_key, normalise_name
from mediation_desk.domain.relationship.factors import RelationshipCategory
from mediation_desk.domain.statistics import WAY_LABELS, Check, Way

_ZERO = Decimal("0")
_CENT = Decimal("0.01")
NO_PLATFORM = "（未填写平台）"
NO_ENTERPRISE = "（未登记企业当事人）"
SRC_56 = "人社部发〔2021〕56号《关于维护新就业形态劳动者劳动保障权益的指导意见》；本程序的统计口径"
SRC_PLAN = "洪人社发〔2022〕88号《关于维护新就业形态劳动者劳动保障权益的实施方案》第十六项（平台企业用工情况报告制度）；本程序的统计口径"


class ReportRole(LabelledEnum):
    """The role of an enterprise in the chain as the report names it."""

    PLATFORM = ("platform", "平台")
    PARTNER = ("partner", "合作商/站点")
    OUTSOURCING = ("outsourcing", "外包")
    DISPATCH = ("dispatch", "派遣")
    FRANCHISE = ("franchise", "加盟")
    OTHER = ("other", "其他")


ROLE_OF: dict[EnterpriseRole, ReportRole] = {
    EnterpriseRole.PLATFORM: ReportRole.PLATFORM,
    EnterpriseRole.AGENCY: ReportRole.PARTNER,  # 代理商、配送站点
    EnterpriseRole.OUTSOURCING: ReportRole.OUTSOURCING,
    EnterpriseRole.LABOR_SERVICE: ReportRole.OUTSOURCING,  # 劳务公司承接的用工外包
    EnterpriseRole.DISPATCH: ReportRole.DISPATCH,
    EnterpriseRole.FRANCHISE: ReportRole.FRANCHISE,
    EnterpriseRole.OTHER: ReportRole.OTHER,
}


class ClaimGroup(LabelledEnum):
    PAY = ("pay", "劳动报酬")
    RELATIONSHIP = ("relationship", "确认劳动关系")
    INJURY = ("injury", "工伤")
    DOUBLE_PAY = ("double_pay", "二倍工资")
    COMPENSATION = ("compensation", "补偿赔偿")
    OVERTIME = ("overtime", "加班")
    DEPOSIT = ("deposit", "押金/保证金")
    DEDUCTION = ("deduction", "罚款扣款")
    SOCIAL_INSURANCE = ("social_insurance", "社会保险")
    OTHER = ("other", "其他")
    NONE = ("none", "（未登记请求）")


CLAIM_GROUP_OF: dict[ClaimKind, ClaimGroup] = {
    ClaimKind.UNPAID_PAY: ClaimGroup.PAY,
    ClaimKind.BELOW_MINIMUM_WAGE: ClaimGroup.PAY,
    ClaimKind.OVERTIME_PAY: ClaimGroup.OVERTIME,
    ClaimKind.HOLIDAY_PAY: ClaimGroup.OVERTIME,
    ClaimKind.DEPOSIT_REFUND: ClaimGroup.DEPOSIT,
    ClaimKind.UNLAWFUL_DEDUCTION: ClaimGroup.DEDUCTION,
    ClaimKind.CONFIRM_RELATIONSHIP: ClaimGroup.RELATIONSHIP,
    ClaimKind.DOUBLE_PAY: ClaimGroup.DOUBLE_PAY,
    ClaimKind.ECONOMIC_COMPENSATION: ClaimGroup.COMPENSATION,
    ClaimKind.UNLAWFUL_TERMINATION: ClaimGroup.COMPENSATION,
    ClaimKind.SOCIAL_INSURANCE: ClaimGroup.SOCIAL_INSURANCE,
    ClaimKind.WORK_INJURY: ClaimGroup.INJURY,
    ClaimKind.RETURN_DOCUMENTS: ClaimGroup.OTHER,
    ClaimKind.OTHER: ClaimGroup.OTHER,
}


class CategoryRow(LabelledEnum):
    LABOR = (RelationshipCategory.LABOR.value, "劳动关系（符合确立劳动关系情形）")
    INCOMPLETE = (RelationshipCategory.INCOMPLETE.value, "不完全符合确立劳动关系情形")
    CIVIL = (RelationshipCategory.CIVIL.value, "个人依托平台自主经营等民事关系")
    NONE = ("none", "未认定（无关系认定表）")


# The most protective category wins when a case's chains were assessed differently.
CATEGORY_PRIORITY: tuple[CategoryRow, ...] = (CategoryRow.LABOR, CategoryRow.INCOMPLETE, CategoryRow.CIVIL)


# English labels of the fixed rows (the Chinese ones are the enums' labels), for the English interface.
# Keyed by (enum, code): the members are str enums, so ClaimGroup.NONE == CategoryRow.NONE == "none".
_ENGLISH: tuple[tuple[LabelledEnum, str], ...] = (
    (Industry.FOOD_DELIVERY, "Food delivery"),
    (Industry.RIDE_HAILING, "Ride hailing"),
    (Industry.COURIER, "Courier"),
    (Industry.FREIGHT, "Freight by app"),
    (Industry.HOUSEKEEPING, "Housekeeping"),
    (Industry.LIVE_STREAMING, "Live streaming"),
    (Industry.OTHER, "Other"),
    (ReportRole.PLATFORM, "Platform"),
    (ReportRole.PARTNER, "Partner or site"),
    (ReportRole.OUTSOURCING, "Outsourcing"),
    (ReportRole.DISPATCH, "Labour dispatch"),
    (ReportRole.FRANCHISE, "Franchise"),
    (ReportRole.OTHER, "Other"),
    (ClaimGroup.PAY, "Pay"),
    (ClaimGroup.RELATIONSHIP, "Confirmation of the employment relationship"),
    (ClaimGroup.INJURY, "Work injury"),
    (ClaimGroup.DOUBLE_PAY, "Double pay"),
    (ClaimGroup.COMPENSATION, "Compensation and damages"),
    (ClaimGroup.OVERTIME, "Overtime"),
    (ClaimGroup.DEPOSIT, "Deposit"),
    (ClaimGroup.DEDUCTION, "Fines and deductions"),
    (ClaimGroup.SOCIAL_INSURANCE, "Social insurance"),
    (ClaimGroup.OTHER, "Other"),
    (ClaimGroup.NONE, "(no claim recorded)"),
    (CategoryRow.LABOR, "Employment relationship"),
    (CategoryRow.INCOMPLETE, "Not fully an employment relationship"),
    (CategoryRow.CIVIL, "Self-employed through the platform (civil relationship)"),
    (CategoryRow.NONE, "Not assessed (no worksheet)"),
)
ENGLISH: dict[tuple[type[LabelledEnum], str], str] = {(type(m), m.value): text for m, text in _ENGLISH}


def english(member: LabelledEnum) -> str:
    """The English label of a fixed row of the report."""
    return ENGLISH[(type(member), member.value)]


def industry_of(code: str) -> Industry:
    try:
        return Industry(code)
    except ValueError:
        return Industry.OTHER


def role_of(code: str) -> ReportRole:
    try:
        return ROLE_OF[EnterpriseRole(code)]
    except ValueError:
        return ReportRole.OTHER


def claim_group_of(code: str) -> ClaimGroup:
    try:
        return CLAIM_GROUP_OF[ClaimKind(code)]
    except ValueError:
        return ClaimGroup.OTHER


def category_of(final_categories: Iterable[str]) -> CategoryRow:
    """The case's row from the final category of the latest worksheet version of each chain."""
    found = set(final_categories)
    for row in CATEGORY_PRIORITY:
        if row.value in found:
            return row
    return CategoryRow.NONE


@dataclass(frozen=True)
class PlatformCase:
    """What the report needs of one case received in the period."""

    case_id: int
    workers: int
    claimed: Decimal
    industry: str
    platform: str
    enterprises: tuple[tuple[str, str, str], ...]  # (credit code, name, role code): respondents, third parties
    claims: tuple[tuple[str, Decimal | None], ...]  # (kind code, amount) of every claim, members' too
    categories: tuple[str, ...] = ()  # final category of each chain's latest worksheet version
    reopened: bool = False
    way: Way | None = None  # the conclusion in force at the period's end
    settled: Decimal = _ZERO  # agreed (mediation) or awarded (award) by that conclusion


@dataclass
class Figures:
    cases: int = 0
    workers: int = 0
    claimed: Decimal = _ZERO
    concluded: int = 0
    ways: dict[Way, int] = field(default_factory=lambda: {w: 0 for w in Way})
    agreed: Decimal = _ZERO
    awarded: Decimal = _ZERO

    def add(self, case: PlatformCase, claimed: Decimal | None = None) -> None:
        self.cases += 1
        self.workers += case.workers
        self.claimed += case.claimed if claimed is None else claimed
        if case.way is not None:
            self.concluded += 1
            self.ways[case.way] += 1
            if case.way is Way.MEDIATION:
                self.agreed += case.settled
            elif case.way is Way.AWARD:
                self.awarded += case.settled


FIGURE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("cases", "案件数（件）", "Cases"),
    ("workers", "涉及劳动者（人）", "Workers"),
    ("claimed", "请求金额（元）", "Amount claimed"),
    ("concluded", "已结（件）", "Concluded"),
    *((f"way_{w.value}", f"其中{WAY_LABELS[w][0]}（件）", f"by {WAY_LABELS[w][1].lower()}") for w in Way),
    ("agreed", "调解协议金额（元）", "Amount agreed"),
    ("awarded", "裁决金额（元）", "Amount awarded"),
)


def figure_values(f: Figures) -> dict[str, int | Decimal]:
    values: dict[str, int | Decimal] = {"cases": f.cases, "workers": f.workers, "claimed": f.claimed.quantize(_CENT),
                                        "concluded": f.concluded}
    values.update({f"way_{w.value}": f.ways[w] for w in Way})
    values["agreed"] = f.agreed.quantize(_CENT)
    values["awarded"] = f.awarded.quantize(_CENT)
    return values


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    values: Mapping[str, int | Decimal]
    english: str = ""  # fixed rows; a platform's or an enterprise's name has none
    roles: tuple[str, ...] = ()  # enterprise rows: the report roles it was recorded with
    credit_code: str = ""
    other_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Breakdown:
    key: str
    name: str
    english: str
    definition: str
    source: str
    multi_valued: bool
    rows: tuple[Row, ...]
    checks: tuple[Check, ...]


@dataclass(frozen=True)
class PlatformReport:
    start: date
    end: date
    total: Mapping[str, int | Decimal]
    received_new: int
    received_reopened: int
    breakdowns: tuple[Breakdown, ...]
    checks: tuple[Check, ...] = ()

    @property
    def all_checks(self) -> tuple[Check, ...]:
        return self.checks + tuple(c for b in self.breakdowns for c in b.checks)

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.all_checks)

    @property
    def failed(self) -> tuple[Check, ...]:
        return tuple(c for c in self.all_checks if not c.passed)

    def breakdown(self, key: str) -> Breakdown:
        return next(b for b in self.breakdowns if b.key == key)


_DEFS = {
    "industry": ("按行业", "By industry", False, SRC_56,
                 "当期受理案件按登记的行业（外卖配送、网约车、快递、网约货运、家政、网络主播、其他）分组；每件只计一次，"
                 "各行之和等于合计。"),
    "platform": ("按平台", "By platform", False, SRC_PLAN,
                 "当期受理案件按登记的平台名称分组（名称按全角转半角、去空格、英文字母大写、统一括号后比较，显示最常用的写法）；"
                 "未填写的单列；每件只计一次，各行之和等于合计。"),
    "role": ("按用工链条中的企业角色", "By role in the chain", True, SRC_56,
             "当期受理案件按被申请人、第三人中企业的角色分组：平台（平台企业）、合作商/站点（代理）、外包（外包、劳务公司）、"
             "派遣（劳务派遣）、加盟、其他。一案有多种角色的企业时在每种角色各计一次，各行之和可大于合计；"
             "校验改为每件案件至少计入一行。"),
    "enterprise": ("按合作企业", "By enterprise", True, SRC_PLAN,
                   "当期受理案件按被申请人、第三人中的每家企业分组，同一企业按统一社会信用代码识别，无代码的按规范化名称识别"
                   "（与劳动保障监察移送的多次被申请企业同一口径）；列出其被登记的角色。一案涉及多家企业时在每家各计一次，"
                   "金额为整案金额，各行之和可大于合计；校验改为每件案件至少计入一行。"),
    "category": ("按劳动关系认定类别", "By relationship category", False, SRC_56,
                 "按案件关系认定表各用工链条最新版本的最终认定类别分组；各链条认定不同的，取劳动关系、不完全符合确立劳动关系情形、"
                 "民事关系中在前者。认定表只有三类，“个人依托平台自主经营”与其他民事关系同属民事关系一类；没有认定表的计入未认定。"
                 "每件只计一次，各行之和等于合计。"),
    "claim_kind": ("按请求种类", "By claim kind", True, SRC_56,
                   "当期受理案件按请求种类分组（含集体争议成员各自的请求），请求种类的归并见 docs/statistics.md。"
                   "一案有几类请求就在几行各计一次，案件数、人数、结案及调解、裁决金额（整案金额）之和可大于合计；"
                   "请求金额按该类各项请求金额之和计，各行之和等于合计。校验：每件案件至少计入一行，请求金额之和等于合计。"),
}


@dataclass
class _Named:
    figures: Figures = field(default_factory=Figures)
    names: dict[str, int] = field(default_factory=dict)
    roles: set[ReportRole] = field(default_factory=set)

    def name(self, raw: str) -> None:
        self.names[raw] = self.names.get(raw, 0) + 1

    def ordered_names(self) -> tuple[str, ...]:
        return tuple(n for n, _ in sorted(self.names.items(), key=lambda kv: (-kv[1], kv[0])))


class PlatformReportBuilder:
    """Adds the received cases one at a time, then gives the breakdowns and their checks.
    ``name_to_code``: ``domain.inspection.names_with_one_code`` over the period's enterprises."""

    def __init__(self, start: date, end: date, name_to_code: Mapping[str, str] | None = None) -> None:
        self.start, self.end = start, end
        self.name_to_code = dict(name_to_code or {})
        self.total = Figures()
        self.new = self.reopened = 0
        self.new_claimed = _ZERO  # claimed by the newly registered cases (checked against SQL)
        self.industry = {i: Figures() for i in Industry}
        self.category = {c: Figures() for c in CategoryRow}
        self.role = {r: Figures() for r in ReportRole}
        self.claim = {g: Figures() for g in ClaimGroup}
        self.platforms: dict[str, _Named] = {}
        self.enterprises: dict[str, _Named] = {}
        self.counted: dict[str, int] = {"role": 0, "enterprise": 0, "claim_kind": 0}

    def add(self, case: PlatformCase) -> None:
        self.total.add(case)
        if case.reopened:
            self.reopened += 1
        else:
            self.new += 1
            self.new_claimed += case.claimed
        self.industry[industry_of(case.industry)].add(case)
        self.category[category_of(case.categories)].add(case)
        raw = case.platform.strip()
        platform = self.platforms.setdefault(normalise_name(raw) if raw else "", _Named())
        platform.figures.add(case)
        platform.name(raw or NO_PLATFORM)
        firms: dict[str, list[tuple[str, ReportRole]]] = {}
        for code, name, role in case.enterprises:
            key = identity_key(code, name, self.name_to_code)
            if key != "name:":
                firms.setdefault(key, []).append((name.strip(), role_of(role)))
        if not firms:
            firms[""] = [(NO_ENTERPRISE, ReportRole.OTHER)]
        roles = {role for mentions in firms.values() for _, role in mentions}
        for role in roles:
            self.role[role].add(case)
        self.counted["role"] += 1 if roles else 0
        for key, mentions in firms.items():
            firm = self.enterprises.setdefault(key, _Named())
            firm.figures.add(case)
            for name, role in mentions:
                firm.name(name)
                firm.roles.add(role)
        self.counted["enterprise"] += 1
        amounts: dict[ClaimGroup, Decimal] = {}
        for kind, amount in case.claims:
            group = claim_group_of(kind)
            amounts[group] = amounts.get(group, _ZERO) + (amount or _ZERO)
        if not amounts:
            amounts[ClaimGroup.NONE] = _ZERO
        for group, amount in amounts.items():
            self.claim[group].add(case, claimed=amount)
        self.counted["claim_kind"] += 1

    # ------------------------------------------------------------------ the report

    def report(self, checks: Iterable[Check] = ()) -> PlatformReport:
        total = figure_values(self.total)
        roles_order = list(ReportRole)
        breakdowns = (
            self._breakdown("industry", [Row(i.value, i.label, figure_values(f), english(i)) for i, f in self.industry.items()]),
            self._breakdown("platform", self._named_rows(self.platforms)),
            self._breakdown("role", [Row(r.value, r.label, figure_values(f), english(r)) for r, f in self.role.items()]),
            self._breakdown("enterprise", self._named_rows(self.enterprises, roles_order)),
            self._breakdown("category", [Row(c.value, c.label, figure_values(f), english(c))
                                               for c, f in self.category.items()]),
            self._breakdown("claim_kind", [Row(g.value, g.label, figure_values(f), english(g))
                                                 for g, f in self.claim.items()]),
        )
        own = Check("received_parts", "新收案件 + 恢复处理 = 合计", "New + reopened = total",
                    self.new + self.reopened == self.total.cases,
                    f"{self.new} + {self.reopened}，合计 {self.total.cases}")
        return PlatformReport(self.start, self.end, total, self.new, self.reopened, breakdowns, (own, *checks))

    def _named_rows(self, named: Mapping[str, _Named], roles_order: list[ReportRole] | None = None) -> list[Row]:
        rows = []
        for key, item in named.items():
            names = item.ordered_names()
            roles = tuple(r.label for r in roles_order if r in item.roles) if roles_order else ()
            code = key[5:] if key.startswith("code:") else ""
            rows.append(Row(key or "none", names[0] if names else "", figure_values(item.figures), "", roles, code,
                            names[1:]))
        rows.sort(key=lambda r: (-int(r.values["cases"]), r.label))
        return rows

    def _breakdown(self, key: str, rows: list[Row]) -> Breakdown:
        name, english, multi, source, definition = _DEFS[key]
        total = figure_values(self.total)
        checks: list[Check] = []
        if not multi:
            for col, label, _ in FIGURE_COLUMNS:
                summed = sum((r.values[col] for r in rows), start=Decimal(0) if isinstance(total[col], Decimal) else 0)
                checks.append(Check(f"{key}_{col}_sum", f"{name}：各行{label}之和 = 合计", f"{english}: rows add up ({col})",
                                    summed == total[col], f"各行 {summed}，合计 {total[col]}"))
        else:
            counted = self.counted[key]
            checks.append(Check(f"{key}_every_case", f"{name}：每件案件至少计入一行",
                                f"{english}: every case counted at least once", counted == self.total.cases,
                                f"计入至少一行的案件 {counted}，合计 {self.total.cases}"))
            over = [r.label for r in rows if int(r.values["cases"]) > self.total.cases]
            checks.append(Check(f"{key}_rows_within", f"{name}：任何一行的案件数不超过合计",
                                f"{english}: no row exceeds the total", not over,
                                "；".join(over) if over else f"合计 {self.total.cases}"))
            if key == "claim_kind":
                claimed = sum((Decimal(r.values["claimed"]) for r in rows), Decimal(0))
                checks.append(Check("claim_kind_claimed_sum", f"{name}：各类请求金额之和 = 合计请求金额",
                                    f"{english}: amounts claimed add up", claimed == total["claimed"],
                                    f"各类 {claimed}，合计 {total['claimed']}"))
        return Breakdown(key, name, english, definition, source, multi, tuple(rows), tuple(checks))
