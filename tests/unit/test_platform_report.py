"""The platform-enterprise report's rules: every claim kind, industry, role and category has its
row; a case counts once in a single-valued breakdown and in each of its rows in a multi-valued one;
the same enterprise is found by the inspection rule; the checks pass on honest figures and name
what fails otherwise."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from mediation_desk.domain.cases import ClaimKind, EnterpriseRole, Industry
from mediation_desk.domain.inspection import names_with_one_code
from mediation_desk.domain.platform_report import (CATEGORY_PRIORITY, CLAIM_GROUP_OF, NO_ENTERPRISE, NO_PLATFORM,
                                                   ROLE_OF, CategoryRow, ClaimGroup, Figures, PlatformCase,
                                                   PlatformReportBuilder, ReportRole, category_of, claim_group_of,
                                                   industry_of, role_of)
from mediation_desk.domain.relationship.factors import RelationshipCategory
from mediation_desk.domain.statistics import Way

START, END = date(2026, 10, 1), date(2026, 10, 31)
CODE = "91360100MA0000001X"


def case(case_id: int, **kw) -> PlatformCase:  # noqa: ANN003
    base = PlatformCase(case_id=case_id, workers=1, claimed=Decimal("1000"), industry="food_delivery",
                        platform="速达外卖", enterprises=((CODE, "南昌众包劳务有限公司", "outsourcing"),),
                        claims=(("unpaid_pay", Decimal("1000")),))
    return replace(base, **kw)


def test_every_claim_kind_industry_role_and_category_has_its_row() -> None:
    assert set(CLAIM_GROUP_OF) == set(ClaimKind)
    assert set(ROLE_OF) == set(EnterpriseRole)
    assert {g.label for g in ClaimGroup} >= {"劳动报酬", "确认劳动关系", "工伤", "二倍工资", "补偿赔偿", "加班",
                                             "押金/保证金", "罚款扣款"}
    assert {r.label for r in ReportRole} >= {"平台", "合作商/站点", "外包", "派遣", "加盟"}
    assert claim_group_of("double_pay") is ClaimGroup.DOUBLE_PAY and claim_group_of("work_injury") is ClaimGroup.INJURY
    assert claim_group_of("unlawful_termination_damages") is ClaimGroup.COMPENSATION
    assert claim_group_of("holiday_pay") is ClaimGroup.OVERTIME and claim_group_of("no such") is ClaimGroup.OTHER
    assert role_of("agency") is ReportRole.PARTNER and role_of("labor_service") is ReportRole.OUTSOURCING
    assert role_of("") is ReportRole.OTHER and role_of("labor_dispatch") is ReportRole.DISPATCH
    assert all(industry_of(i.value) is i for i in Industry) and industry_of("mining") is Industry.OTHER
    assert {c.value for c in CATEGORY_PRIORITY} == {c.value for c in RelationshipCategory}
    report = PlatformReportBuilder(START, END).report()
    assert [r.key for r in report.breakdown("industry").rows] == [i.value for i in Industry]
    assert [r.key for r in report.breakdown("claim_kind").rows] == [g.value for g in ClaimGroup]
    assert [r.key for r in report.breakdown("category").rows] == [c.value for c in CategoryRow]
    assert report.passed and report.total["cases"] == 0
    fixed = [r for key in ("industry", "role", "category", "claim_kind") for r in report.breakdown(key).rows]
    assert all(r.english for r in fixed)  # every fixed row has its English label


def test_the_most_protective_category_of_the_chains_counts() -> None:
    assert category_of(["civil_relationship", "incomplete_labor_relationship"]) is CategoryRow.INCOMPLETE
    assert category_of(["civil_relationship", "labor_relationship"]) is CategoryRow.LABOR
    assert category_of([]) is CategoryRow.NONE and category_of(["??"]) is CategoryRow.NONE


def test_figures_count_outcomes_by_way() -> None:
    f = Figures()
    f.add(case(1, way=Way.MEDIATION, settled=Decimal("800")))
    f.add(case(2, way=Way.AWARD, settled=Decimal("600")))
    f.add(case(3, way=Way.WITHDRAWAL, settled=Decimal("5")))  # a withdrawal gives nothing
    f.add(case(4))
    assert (f.cases, f.concluded, f.agreed, f.awarded) == (4, 3, Decimal("800"), Decimal("600"))
    assert f.ways == {Way.MEDIATION: 1, Way.AWARD: 1, Way.WITHDRAWAL: 1, Way.OTHER: 0}


def test_a_case_counts_in_each_of_its_rows_of_a_multi_valued_breakdown() -> None:
    mentions = [(CODE, "南昌众包劳务有限公司"), ("", "南昌众包劳务有限责任公司"), ("", "速达外卖平台公司")]
    b = PlatformReportBuilder(START, END, names_with_one_code(mentions))
    b.add(case(1, workers=10, claimed=Decimal("1500"),
               enterprises=((CODE, "南昌众包劳务有限公司", "outsourcing"), ("", "南昌众包劳务有限责任公司", "labor_service"),
                            ("", "速达外卖平台公司", "platform")),
               claims=(("unpaid_pay", Decimal("1000")), ("deposit_refund", Decimal("500")),
                       ("confirm_relationship", None)),
               categories=("civil_relationship", "labor_relationship"), way=Way.MEDIATION, settled=Decimal("1200")))
    b.add(case(2, platform="", enterprises=(), claims=(), industry="??", claimed=Decimal("0")))
    report = b.report()
    assert report.passed, report.failed
    firms = {r.label: r for r in report.breakdown("enterprise").rows}
    # the code and the name without a code are one enterprise: case 1 counted once there
    assert firms["南昌众包劳务有限公司"].values["cases"] == 1
    assert firms["南昌众包劳务有限公司"].other_names == ("南昌众包劳务有限责任公司",)
    assert firms["南昌众包劳务有限公司"].credit_code == CODE and firms["南昌众包劳务有限公司"].roles == ("外包",)
    assert firms[NO_ENTERPRISE].values["cases"] == 1  # a case without enterprises still counts
    assert sum(int(r.values["cases"]) for r in report.breakdown("enterprise").rows) == 3
    claims = {r.key: r.values for r in report.breakdown("claim_kind").rows}
    assert (claims["pay"]["cases"], claims["pay"]["claimed"], claims["pay"]["agreed"]) == (1, Decimal("1000.00"),
                                                                                          Decimal("1200.00"))
    assert (claims["deposit"]["cases"], claims["deposit"]["claimed"]) == (1, Decimal("500.00"))
    assert (claims["relationship"]["cases"], claims["relationship"]["workers"]) == (1, 10)
    assert claims["none"]["cases"] == 1  # case 2 recorded no claim
    roles = {r.key: r.values["cases"] for r in report.breakdown("role").rows}
    assert roles == {"platform": 1, "partner": 0, "outsourcing": 1, "dispatch": 0, "franchise": 0, "other": 1}
    platforms = {r.label: r.values["cases"] for r in report.breakdown("platform").rows}
    assert platforms == {"速达外卖": 1, NO_PLATFORM: 1}
    categories = {r.key: r.values["cases"] for r in report.breakdown("category").rows}
    assert categories == {"labor_relationship": 1, "incomplete_labor_relationship": 0, "civil_relationship": 0,
                          "none": 1}
    assert {r.key: r.values["cases"] for r in report.breakdown("industry").rows}["other"] == 1
    assert report.total["cases"] == 2 and report.total["claimed"] == Decimal("1500.00")


def test_a_check_that_fails_says_which() -> None:
    b = PlatformReportBuilder(START, END)
    b.add(case(1))
    b.add(case(2, industry="ride_hailing", claimed=Decimal("300"), claims=(("work_injury", Decimal("300")),)))
    assert b.report().passed
    b.industry[Industry.COURIER].add(case(3))  # a row the total does not know
    b.counted["claim_kind"] -= 1  # a case no claim row counted
    failed = {c.key: c for c in b.report().failed}
    assert set(failed) == {"industry_cases_sum", "industry_workers_sum", "industry_claimed_sum", "claim_kind_every_case"}
    assert "各行 3，合计 2" in failed["industry_cases_sum"].detail
    assert failed["industry_cases_sum"].name == "按行业：各行案件数（件）之和 = 合计"


def test_every_fixed_row_has_its_own_english_label() -> None:
    # the rows are str enums: ClaimGroup.NONE == CategoryRow.NONE == "none", so the English labels
    # are looked up by enum and code, never by the member alone
    from mediation_desk.domain.cases import Industry
    from mediation_desk.domain.platform_report import CategoryRow, ClaimGroup, ReportRole, english

    assert english(ClaimGroup.NONE) == "(no claim recorded)"
    assert english(CategoryRow.NONE) == "Not assessed (no worksheet)"
    for enum in (Industry, ReportRole, ClaimGroup, CategoryRow):
        assert all(english(m) for m in enum)
