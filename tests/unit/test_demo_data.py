import inspect
import re
from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.services.demo import claims, common, data, industries, people, places, platforms
from mediation_desk.domain.cases import AgentAuthority, ClaimKind, EnterpriseRole, Industry, Intake, IntakeChannel
from mediation_desk.services.demo import DEMO_ORGANISATION, PLATFORMS, generate_intakes
from mediation_desk.domain.identifiers import validate_credit_code, validate_mobile, validate_resident_id

SAMPLE = 2000
START = date(2025, 1, 2)
END = date(2026, 11, 20)

# Names of real platforms and courier brands that must never appear.
REAL_BRANDS = ("美团", "饿了么", "滴滴", "顺丰", "京东", "货拉拉", "满帮", "运满满", "快手", "抖音", "中通",
               "圆通", "申通", "韵达", "极兔", "闪送", "达达", "高德", "曹操", "T3", "花小猪", "58到家", "天鹅到家")

MONEY_RANGES = {
    ClaimKind.UNPAID_PAY: (Decimal("800"), Decimal("15000")),
    ClaimKind.DEPOSIT_REFUND: (Decimal("300"), Decimal("2000")),
    ClaimKind.DOUBLE_PAY: (Decimal("1000"), Decimal("11") * Decimal("6000")),
    ClaimKind.UNLAWFUL_DEDUCTION: (Decimal("50"), Decimal("3000")),
    ClaimKind.OVERTIME_PAY: (Decimal("1000"), Decimal("20000")),
}
NO_AMOUNT = {ClaimKind.CONFIRM_RELATIONSHIP, ClaimKind.SOCIAL_INSURANCE, ClaimKind.RETURN_DOCUMENTS}


@pytest.fixture(scope="module")
def intakes() -> list[Intake]:
    return list(generate_intakes(SAMPLE))


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def test_generator_is_lazy_and_counts():
    gen = generate_intakes(5)
    assert inspect.isgenerator(gen) or iter(gen) is gen
    assert len(list(gen)) == 5
    assert list(generate_intakes(0)) == []


def test_bad_arguments_are_rejected_at_call_time():
    with pytest.raises(ValueError):
        generate_intakes(-1)
    with pytest.raises(ValueError):
        generate_intakes(1, start=date(2026, 1, 2), end=date(2026, 1, 1))


def test_same_seed_same_output_other_seed_other_output(intakes):
    again = list(generate_intakes(300))
    assert again == intakes[:300]
    other = list(generate_intakes(300, seed=7))
    assert other != again
    assert sum(a.worker.id_number == b.worker.id_number for a, b in zip(again, other)) < 5


def test_workers_have_valid_consistent_identity(intakes):
    for intake in intakes:
        worker = intake.worker
        rid = validate_resident_id(worker.id_number, today=intake.received_on)
        assert rid.number == worker.id_number
        assert rid.sex == worker.sex
        assert rid.birth_date == worker.birth_date
        assert worker.id_number.startswith("36")
        assert 18 <= _age(worker.birth_date, intake.received_on) <= 58
        assert validate_mobile(worker.phone) == worker.phone
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,3}", worker.name)
        assert worker.address.startswith("江西省南昌市")
        for agent in intake.agents:
            person = agent.person
            assert validate_resident_id(person.id_number, today=intake.received_on).sex == person.sex
            assert agent.kind in {"近亲属", "法律援助律师", "工会推荐", "律师"}
            assert agent.authority is (AgentAuthority.SPECIAL if agent.kind.endswith("律师") else AgentAuthority.GENERAL)
        assert not intake.members


def test_area_codes_are_jiangxi_and_mostly_nanchang(intakes):
    nanchang = sum(i.worker.id_number.startswith("3601") for i in intakes)
    assert 0.45 * SAMPLE < nanchang < 0.8 * SAMPLE
    prefixes = {i.worker.id_number[:4] for i in intakes}
    assert {"3601", "3604", "3607", "3609", "3610", "3611"} <= prefixes


def test_some_intakes_have_agents(intakes):
    with_agents = sum(bool(i.agents) for i in intakes)
    assert 0.03 * SAMPLE < with_agents < 0.15 * SAMPLE


def test_both_sexes_and_industries_are_present(intakes):
    assert {i.worker.sex for i in intakes} == {"男", "女"}
    counts = {industry: sum(i.industry is industry for i in intakes) for industry in Industry}
    assert counts[Industry.FOOD_DELIVERY] > counts[Industry.RIDE_HAILING] > counts[Industry.FREIGHT]
    assert counts[Industry.COURIER] > counts[Industry.HOUSEKEEPING]
    assert all(counts[k] > 0 for k in Industry if k is not Industry.OTHER)


def test_respondents_form_a_chain_with_valid_credit_codes(intakes):
    brands = {p.brand: p for p in PLATFORMS}
    seen_second = False
    for intake in intakes:
        assert intake.platform in brands
        assert brands[intake.platform].industry is intake.industry
        assert 1 <= len(intake.respondents) <= 3
        platform, *others = intake.respondents
        assert platform.role is EnterpriseRole.PLATFORM
        assert platform.name == brands[intake.platform].company
        assert all(e.role is not EnterpriseRole.PLATFORM for e in others)
        assert len({e.name for e in intake.respondents}) == len(intake.respondents)
        seen_second |= bool(others)
        for enterprise in intake.respondents:
            assert validate_credit_code(enterprise.credit_code) == enterprise.credit_code
            assert re.match(r"9[12]3601", enterprise.credit_code)
            assert enterprise.address.startswith("江西省南昌市")
            assert enterprise.legal_representative
            if enterprise.name.endswith(("部", "店")):
                assert enterprise.credit_code.startswith("92")  # individual business
    assert seen_second


def test_no_real_brand_names(intakes):
    names = {p.brand for p in PLATFORMS} | {p.company for p in PLATFORMS}
    names |= {e.name for intake in intakes for e in intake.respondents}
    for name in names:
        for brand in REAL_BRANDS:
            assert brand not in name


def test_claims_are_plausible(intakes):
    for intake in intakes:
        assert 1 <= len(intake.claims) <= 4
        kinds = [c.kind for c in intake.claims]
        assert len(set(kinds)) == len(kinds)
        assert not {ClaimKind.ECONOMIC_COMPENSATION, ClaimKind.UNLAWFUL_TERMINATION} <= set(kinds)
        for claim in intake.claims:
            assert claim.basis.endswith("。") and claim.basis.count("。") == 1
            if claim.kind in NO_AMOUNT:
                assert claim.amount is None
                continue
            assert isinstance(claim.amount, Decimal)
            assert claim.amount.as_tuple().exponent == -2
            assert Decimal("0") < claim.amount <= Decimal("150000")
            if claim.kind in MONEY_RANGES:
                low, high = MONEY_RANGES[claim.kind]
                assert low <= claim.amount <= high, (claim.kind, claim.amount)
            if claim.period_start and claim.period_end:
                assert claim.period_start <= claim.period_end <= intake.received_on


def test_facts_are_two_to_four_sentences_matching_the_claims(intakes):
    for intake in intakes:
        facts = intake.facts
        assert 2 <= facts.count("。") <= 4
        assert facts.startswith("申请人自") and facts.endswith("。")
        assert f"“{intake.platform}”" in facts
        for claim in intake.claims:
            if claim.kind in (ClaimKind.UNPAID_PAY, ClaimKind.DEPOSIT_REFUND, ClaimKind.UNLAWFUL_DEDUCTION):
                amount = claim.amount
                text = f"{int(amount):,}元" if amount == amount.to_integral_value() else f"{amount:,.2f}元"
                assert text in facts, (claim.kind, text, facts)
        if intake.channel is IntakeChannel.REFERRED:
            assert facts.endswith("转来。")


def test_received_dates_and_channels(intakes):
    for intake in intakes:
        assert START <= intake.received_on <= END
        assert intake.received_on.weekday() < 5
    channels = [i.channel for i in intakes]
    assert channels.count(IntakeChannel.WRITTEN) > SAMPLE * 0.6
    assert channels.count(IntakeChannel.ORAL) > 0
    assert channels.count(IntakeChannel.REFERRED) > 0


def test_custom_date_range():
    start, end = date(2026, 3, 2), date(2026, 3, 6)  # Monday to Friday
    for intake in generate_intakes(50, seed=3, start=start, end=end):
        assert start <= intake.received_on <= end


def test_demo_organisation():
    assert DEMO_ORGANISATION.name == "南昌市新就业形态劳动争议调解中心"
    assert DEMO_ORGANISATION.kind == "mediation"
    assert DEMO_ORGANISATION.number_prefix == "洪新调字"
    assert DEMO_ORGANISATION.as_dict()["number_prefix"] == data.DEMO_NUMBER_PREFIX


# The generator proper (not the book set-up in services.demo.book/.arbitration) stays free of services.
GENERATOR_MODULES = (data, claims, common, industries, people, places, platforms)
GENERATOR_NAMES = {m.__name__ for m in GENERATOR_MODULES}


@pytest.mark.parametrize("module", GENERATOR_MODULES, ids=lambda m: m.__name__)
def test_generator_modules_use_only_stdlib_and_domain(module):
    source = inspect.getsource(module)
    for line in source.splitlines():
        if line.startswith(("import ", "from ")):
            module_name = line.split()[1]
            assert module_name.split(".")[0] in {"__future__", "random", "bisect", "collections", "dataclasses",
                                                 "datetime", "decimal", "typing", "mediation_desk"}
            if module_name.startswith("mediation_desk"):
                assert module_name.startswith("mediation_desk.domain") or module_name in GENERATOR_NAMES
