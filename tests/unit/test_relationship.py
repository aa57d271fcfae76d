"""The relationship worksheet: every key and level of the spec, unknown answers, bad input, and
clear-cut cases written from the facts of a dispute."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import ClaimKind, Enterprise, EnterpriseRole
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.relationship import (
    AssessmentContext,
    FACTORS,
    ChainEnterprise,
    FactorAnswer,
    weights_from_data,
)
from mediation_desk.services.worksheets import assess, default_weights

# Copied from relationship-worksheet.md ("The factors"), not from the module: the keys and level
# codes are public API, left = more autonomy, right = more subordination.
SPEC = {
    "time_autonomy": ("free", "partial", "controlled"),
    "process_control": ("none", "partial", "dominant"),
    "rules_and_discipline": ("none", "platform_standard", "employer_discipline"),
    "continuity": ("occasional", "regular", "continuous"),
    "price_autonomy": ("worker_sets", "negotiable", "enterprise_sets"),
    "remuneration": ("revenue_share", "piece_rate", "wage_like"),
    "tools": ("own", "mixed", "enterprise"),
    "work_place": ("free", "assigned_area", "fixed_station"),
    "exclusivity": ("free", "discouraged", "prohibited"),
    "business_integration": ("no", "yes"),
    "personal_service": ("no", "yes"),
}
CONTEXT_SPEC = {"registered_individual_business": ("no", "yes")}
CATEGORIES = ("labor_relationship", "incomplete_labor_relationship", "civil_relationship")

# The station rider. 小刘 delivers for a food-delivery app in 青山湖区. The app's terms name the
# platform company, but he was recruited by 洪城速达配送站 (an outsourcing partner), which puts him on
# early or late shifts, holds a morning meeting with roll-call at 8:30, tracks him by GPS, sends
# orders he may not refuse, fines him 20 元 for a late order or an absence, and keeps him to its
# district around the station. The station pays him per order plus an attendance bonus each month;
# he rides his own e-bike with the station's box and uniform; he may not work for another app.
# He has worked full time for eight months. The station had him register as an individual business
# through an app ("so we can pay you"), and he signed a "合作协议" with the platform.
STATION_RIDER = {
    "time_autonomy": FactorAnswer("controlled", ("证据2 排班表截图",), "站点排早晚班，请假须站长批准"),
    "process_control": FactorAnswer("dominant", ("证据3 早会照片", "证据4 聊天记录"),
                                    "每天8:30早会点名，App实时定位，系统派单不得拒绝"),
    "rules_and_discipline": FactorAnswer("employer_discipline", ("证据5 罚款记录",), "超时、缺勤每次罚款20元"),
    "continuity": "continuous",
    "price_autonomy": "enterprise_sets",
    "remuneration": "wage_like",
    "tools": "mixed",
    "work_place": "fixed_station",
    "exclusivity": "prohibited",
    "business_integration": "yes",
    "personal_service": "yes",
}
PLATFORM = "赣江畅达网络科技有限公司"
STATION = "南昌洪城速达配送服务有限公司"
STATION_CONTEXT = {
    "enterprises": [
        {"name": PLATFORM, "role": "platform", "named_in_contract": True},
        {"name": STATION, "role": "outsourcing"},
    ],
    "exercised_by": {"time_autonomy": STATION, "process_control": STATION, "rules_and_discipline": STATION,
                     "remuneration": STATION, "work_place": STATION},
    "contract_label": "合作协议",
}

# The crowdsourced rider. 小王 delivers with the same app in her spare time: she logs on when she
# likes, two or three evenings a week, refuses orders without any consequence, rides her own
# e-bike, also delivers for a second app, and is rated by customers under the app's general
# service rules like every other user. The app sets the delivery fee and pays her per order.
CROWD_RIDER = {
    "time_autonomy": "free",
    "process_control": "partial",
    "rules_and_discipline": "platform_standard",
    "continuity": "regular",
    "price_autonomy": "enterprise_sets",
    "remuneration": "piece_rate",
    "tools": "own",
    "work_place": "free",
    "exclusivity": "free",
    "business_integration": "yes",
    "personal_service": "yes",
}

# The housekeeper. 陈阿姨 lists her cleaning service on a listing platform: she writes her own
# price per hour, accepts or declines the households who contact her, brings her own cleaning kit,
# works when she chooses (usually four days a week) and also takes clients from her neighbours.
# Customers rate her under the platform's general rules; the platform takes a share of what the
# households pay her and does not do housekeeping itself.
HOUSEKEEPER = {
    "time_autonomy": "free",
    "process_control": "none",
    "rules_and_discipline": "platform_standard",
    "continuity": "regular",
    "price_autonomy": "worker_sets",
    "remuneration": "revenue_share",
    "tools": "own",
    "work_place": "free",
    "exclusivity": "free",
    "business_integration": "no",
    "personal_service": "yes",
}


def _codes(rows):
    return [row.kind for row in rows]


# ---- keys and levels of the spec ----

@pytest.mark.parametrize("key,level", [(k, lv) for k, levels in {**SPEC, **CONTEXT_SPEC}.items() for lv in levels])
def test_every_key_and_level_of_the_spec_is_accepted(key, level):
    result = assess({key: level})
    assert result.category in CATEGORIES
    if key in SPEC:
        assert result.answers[key] == level
        assert key not in result.unknown_factors
    else:
        assert result.registered_individual_business == level


def test_all_factors_answered_at_each_end_of_the_scale():
    autonomy = assess({k: levels[0] for k, levels in SPEC.items()})
    subordination = assess({k: levels[-1] for k, levels in SPEC.items()})
    assert autonomy.category == "civil_relationship" and autonomy.score == Decimal("0.000")
    assert subordination.category == "labor_relationship" and subordination.score == Decimal("1.000")
    assert autonomy.unknown_factors == subordination.unknown_factors == ()


def test_answers_may_carry_evidence_and_a_note_or_come_as_mappings():
    result = assess({"process_control": {"level": "dominant", "evidence": ["证据3 早会照片"], "note": "每天早会点名"},
                     "time_autonomy": FactorAnswer("controlled")})
    reading = next(r for r in result.factors if r.key == "process_control")
    assert reading.evidence == ("证据3 早会照片",)
    assert "每天早会点名" in reading.sentence and "证据3 早会照片" in reading.sentence



# ---- only facts that were entered ----

_LEVEL_DESCRIPTIONS = [lv.description for f in FACTORS.values() for lv in f.levels]


@pytest.mark.parametrize("key,level", [(k, lv) for k, levels in SPEC.items() for lv in levels])
def test_a_bare_answer_states_no_fact_and_says_it_has_no_evidence(key, level):
    """A drop-down choice is reported as the answer it is; it never becomes a factual sentence
    (e.g. 安排班次、规定在线时长…请假须经批准, 通过强制派单、管理人员、早会…)."""
    result = assess({key: level})
    reading = next(r for r in result.factors if r.key == key)
    label = FACTORS[key].level(level).label
    assert f"回答为“{label}”" in reading.sentence
    assert "未记录具体事实" in reading.sentence and "未关联证据" in reading.sentence
    everything = "".join(result.reasons)
    for description in _LEVEL_DESCRIPTIONS:
        if description != label:
            assert description not in everything, description
    for invented in ("安排班次", "请假须经批准", "强制派单", "早会", "定位监控", "全职式"):
        assert invented not in everything
    assert key in result.unsupported_factors


def test_the_facts_and_evidence_entered_are_what_the_sentences_say():
    result = assess({"time_autonomy": {"level": "controlled", "note": "站长每周排班，请假须站长批准",
                                       "evidence": ["证据3 排班表截图"]},
                     "process_control": {"level": "dominant", "note": "每天早会点名"},
                     "rules_and_discipline": {"level": "employer_discipline", "evidence": ["证据4 罚款记录"]}})
    time, process, rules = (next(r for r in result.factors if r.key == k)
                            for k in ("time_autonomy", "process_control", "rules_and_discipline"))
    assert time.sentence == "工作时间：回答为“由企业控制”。记录的事实：站长每周排班，请假须站长批准；证据：证据3 排班表截图。"
    assert "记录的事实：每天早会点名" in process.sentence and "此项回答未关联证据" in process.sentence
    assert "未记录具体事实" in rules.sentence and "证据：证据4 罚款记录" in rules.sentence
    assert result.unsupported_factors == ("process_control",)
    assert any(r.startswith("以下因素的回答未关联证据") and "劳动过程" in r for r in result.reasons)


def test_two_answers_are_not_enough_for_a_recommendation():
    """Work records alone (working time and continuity) cannot decide the category."""
    result = assess({"time_autonomy": "free", "continuity": "occasional"})
    assert result.sufficient is False
    assert result.headline == "信息不足" and "民事关系" not in result.headline
    assert result.reasons[0].startswith("信息不足")
    assert result.as_dict()["headline"] == "信息不足" and result.as_dict()["sufficient"] is False
    assert result.category in ("labor_relationship", "incomplete_labor_relationship", "civil_relationship")
    nothing = assess({})
    assert nothing.sufficient is False and nothing.headline == "信息不足"


def test_a_clear_case_has_its_category_as_the_headline():
    station = assess(STATION_RIDER)
    assert station.sufficient and station.headline == station.category_label
    housekeeper = assess(HOUSEKEEPER)
    assert housekeeper.sufficient and housekeeper.headline.startswith("个人依托平台")
    core_only = assess({"time_autonomy": "controlled", "process_control": "dominant",
                        "rules_and_discipline": "employer_discipline"})
    assert core_only.sufficient  # dominant management: nothing still open can change it


# ---- unknown answers ----

def test_missing_keys_are_unknown_and_lower_the_confidence():
    full = assess(CROWD_RIDER)
    assert full.unknown_factors == ()
    previous = full.confidence.score
    answers = dict(CROWD_RIDER)
    for key in ("tools", "work_place", "continuity", "rules_and_discipline", "time_autonomy"):
        del answers[key]
        partial = assess(answers)
        assert key in partial.unknown_factors
        assert partial.confidence.score < previous
        previous = partial.confidence.score
    assert partial.confidence.level == "low"
    assert any("尚未查明" in r for r in partial.reasons)


@pytest.mark.parametrize("answers", [{}, None, {"tools": None}, {"tools": ""}, {"tools": "unknown"}])
def test_nothing_known_never_crashes(answers):
    result = assess(answers)
    assert result.category in CATEGORIES
    assert result.confidence.level == "low"
    assert result.confidence.score == Decimal("0.00")
    assert set(result.unknown_factors) == set(SPEC)
    assert result.score is None


def test_a_missing_minor_factor_does_not_shake_a_clear_case():
    answers = dict(STATION_RIDER)
    del answers["tools"]
    result = assess(answers)
    assert result.category == "labor_relationship"
    assert result.confidence.stable
    assert result.confidence.level == "high"
    assert result.confidence.score < assess(STATION_RIDER).confidence.score


def test_unknown_core_factor_caps_the_confidence():
    answers = dict(STATION_RIDER)
    del answers["rules_and_discipline"]
    result = assess(answers)
    assert result.confidence.level != "high"
    assert any("核心因素" in n for n in result.confidence.notes)


# ---- bad input ----

def test_unknown_level_names_the_factor_the_level_and_the_allowed_levels():
    with pytest.raises(ValidationError) as info:
        assess({"time_autonomy": "sometimes"})
    message = info.value.fields["answers.time_autonomy"]
    assert "time_autonomy" in message and "sometimes" in message
    assert "工作时间及工作量自主决定程度" in message
    for level in SPEC["time_autonomy"]:
        assert level in message
    assert "无效" in str(info.value)


def test_unknown_key_is_named_with_the_keys_that_exist():
    with pytest.raises(ValidationError) as info:
        assess({"working_hours": "free", "tools": "own"})
    message = info.value.fields["answers.working_hours"]
    assert "未知的因素" in message and "working_hours" in message
    for key in (*SPEC, *CONTEXT_SPEC):
        assert key in message


def test_every_bad_answer_is_reported_at_once():
    with pytest.raises(ValidationError) as info:
        assess({"tools": "borrowed", "exclusivity": 3, "registered_individual_business": "maybe"})
    assert set(info.value.fields) == {"answers.tools", "answers.exclusivity", "answers.registered_individual_business"}


def test_bad_context_is_reported():
    with pytest.raises(ValidationError) as info:
        assess(CROWD_RIDER, context={"enterprises": [{"name": PLATFORM, "role": "platform"}],
                                     "exercised_by": {"process_control": "不在链条中的公司"}})
    assert "不在用工链条中" in info.value.fields["context.exercised_by.process_control"]
    with pytest.raises(ValidationError) as info:
        assess(CROWD_RIDER, context={"facts": {"paid_late": True}})
    assert "paid_late" in info.value.fields["context.facts.paid_late"]
    with pytest.raises(ValidationError) as info:
        assess(CROWD_RIDER, context={"enterprises": [{"name": PLATFORM, "role": "franchisor"}]})
    assert "franchisor" in info.value.fields["context.enterprises[0].role"]


# ---- clear-cut cases ----

def test_station_rider_is_a_labour_relationship_with_the_station_as_employer():
    result = assess(STATION_RIDER, context=STATION_CONTEXT)
    assert result.category == "labor_relationship"
    assert result.category_label.startswith("符合确立劳动关系情形")
    assert result.dominant_management
    assert result.confidence.level == "high"
    assert STATION in result.reasons[0] and result.reasons[0].startswith("按工作表的回答")
    assert "支配性劳动管理" in result.reasons[0] and "237号" in result.reasons[0]
    assert any("每天8:30早会点名" in r and "证据3 早会照片" in r for r in result.reasons)
    # the employer is who manages, pays and disciplines, not the company named in the contract
    candidate = result.employer_candidate
    assert candidate is not None and candidate.name == STATION
    assert candidate.functions == ("manages", "pays", "disciplines")
    assert not candidate.named_in_contract
    assert PLATFORM in candidate.reason and "实际管理为准" in candidate.reason
    # the platform in the chain: possible liability under Nanchang plan item 2
    assert [n.name for n in result.joint_liability] == [PLATFORM]
    assert "南昌方案第2项" in result.joint_liability[0].text
    assert any("合作协议" in r and "不决定" in r for r in result.reasons)
    assert result.route.code == "arbitration_first"
    assert "仲裁" in result.route.text
    assert result.unfitting_claims == ()
    assert {"economic_compensation", "double_pay", "confirm_relationship"} <= set(_codes(result.fitting_claims))


def test_dominant_management_decides_whatever_the_rest_and_the_paperwork_say():
    # Shifts, station manager and fines, but everything else on the autonomy side and the worker
    # registered as an individual business: the three core factors alone decide.
    answers = {k: levels[0] for k, levels in SPEC.items()}
    answers.update(time_autonomy="controlled", process_control="dominant", rules_and_discipline="employer_discipline",
                   registered_individual_business="yes")
    result = assess(answers, context={"contract_label": "承揽协议"})
    assert result.score < Decimal("0.70")
    assert result.category == "labor_relationship"
    assert result.dominant_management


def test_labour_relationship_from_the_overall_picture_without_full_dominance():
    # 老周 drives a fleet company's car for a ride-hailing app: the company sets his ten-hour
    # shifts and its dispatcher assigns rides he must take, but there are no fines or attendance
    # rules beyond the app's general rating rules. Fares are the app's, paid per ride, the car is
    # the company's, he works its district only, full time, for no other app.
    answers = {"time_autonomy": "controlled", "process_control": "dominant", "rules_and_discipline": "platform_standard",
               "continuity": "continuous", "price_autonomy": "enterprise_sets", "remuneration": "piece_rate",
               "tools": "enterprise", "work_place": "assigned_area", "exclusivity": "prohibited",
               "business_integration": "yes", "personal_service": "yes"}
    result = assess(answers)
    assert not result.dominant_management
    assert result.score == Decimal("0.814")  # (3+3+0.9+1.5+1.5+0.75+1+0.5+1+1+0.5) / 18
    assert result.category == "labor_relationship"
    assert "2项核心因素" in result.reasons[0]
    # the same facts with the shifts left to the driver: management, but not a labour relationship
    assert assess({**answers, "time_autonomy": "free"}).category == "incomplete_labor_relationship"


def test_a_score_near_a_threshold_lowers_the_confidence():
    # the crowdsourced rider, but delivering for a shop's own orders posted on a listing app
    answers = {**CROWD_RIDER, "business_integration": "no"}
    result = assess(answers)
    assert result.score == Decimal("0.328")  # 5.9 / 18, within 0.05 of 0.30
    assert result.category == "incomplete_labor_relationship"
    assert result.confidence.score == Decimal("0.90")
    assert any("接近分界线" in n for n in result.confidence.notes)


def test_induced_individual_business_registration_does_not_make_a_labour_relationship_civil():
    plain = assess(STATION_RIDER, context=STATION_CONTEXT)
    context = dict(STATION_CONTEXT, facts={"registration_requested_by_enterprise": "站长让他在某App上注册个体户，说“这样才能结算”"})
    registered = assess({**STATION_RIDER, "registered_individual_business": "yes"}, context=context)
    assert registered.category == plain.category == "labor_relationship"
    assert registered.score == plain.score
    codes = list(registered.warning_codes)
    assert "induced_individual_business_registration" in codes
    warning = next(w for w in registered.warning_items if w.code == "induced_individual_business_registration")
    assert "这样才能结算" in warning.text and "南昌方案第3项" in warning.text
    assert any("登记为个体工商户" in r and "不决定" in r for r in registered.reasons)


def test_crowdsourced_rider_is_the_incomplete_category():
    result = assess(CROWD_RIDER, context={"enterprises": [Enterprise(PLATFORM, role=EnterpriseRole.PLATFORM)],
                                          "exercised_by": {"process_control": PLATFORM, "remuneration": PLATFORM}})
    assert result.category == "incomplete_labor_relationship"
    assert result.management_present is True
    assert not result.dominant_management
    assert result.confidence.level == "high"
    assert result.route.code == "mediation_first"
    assert "人民法院" in result.route.text
    unfitting = _codes(result.unfitting_claims)
    assert {"economic_compensation", "unlawful_termination_damages", "double_pay"} <= set(unfitting)
    assert {"below_minimum_wage", "work_injury", "unpaid_pay", "deposit_refund"} <= set(_codes(result.fitting_claims))
    assert "经济补偿" in result.claim_fit("economic_compensation").reason
    assert result.employer_candidate is not None and result.employer_candidate.name == PLATFORM
    assert "书面协议" in result.employer_candidate.reason
    assert "劳动过程" in result.reasons[0]


def test_housekeeper_who_sets_her_own_price_is_a_civil_relationship():
    result = assess(HOUSEKEEPER, context={"enterprises": [{"name": "家和到家信息服务有限公司", "role": "platform"}]})
    assert result.category == "civil_relationship"
    assert result.management_present is False
    assert result.confidence.level == "high"
    assert result.route.code == "court_guidance"
    assert result.employer_candidate is None
    assert result.joint_liability == ()
    assert any("交易价格：回答为“劳动者定价”" in r for r in result.reasons)
    assert {"economic_compensation", "below_minimum_wage", "overtime_pay"} <= set(_codes(result.unfitting_claims))


def test_dispatch_chain_names_the_common_parties():
    # 小赵 was hired through a labour-dispatch company and works at the platform's own station.
    dispatch = "江西众力劳务派遣有限公司"
    result = assess(STATION_RIDER, context=AssessmentContext(
        enterprises=(ChainEnterprise(PLATFORM, EnterpriseRole.PLATFORM),
                     ChainEnterprise(dispatch, EnterpriseRole.DISPATCH, named_in_contract=True)),
        exercised_by={"manages": PLATFORM, "disciplines": PLATFORM, "pays": dispatch}))
    assert result.employer_candidate.name == PLATFORM
    note = next(n for n in result.joint_liability if n.name == dispatch)
    assert "第二十二条" in note.text and "第九十二条" in note.text
    assert "支付报酬的是" + dispatch in result.employer_candidate.reason
    assert "派遣真实合法的，由其承担用人单位责任" in result.employer_candidate.reason


def test_no_chain_gives_no_candidate_and_says_why():
    result = assess(STATION_RIDER)
    assert result.employer_candidate is None
    assert "未列明" in result.employer_note
    two = assess(STATION_RIDER, context={"enterprises": [{"name": PLATFORM, "role": "platform"},
                                                         {"name": STATION, "role": "outsourcing"}]})
    assert two.employer_candidate is None and "注明" in two.employer_note


# ---- warnings ----

@pytest.mark.parametrize("flag,fact", [
    ("deposit_or_fees_taken", "入职时交装备押金300元（证据6 收据）"),
    ("id_documents_withheld", "站长收走了身份证原件，至今未还"),
    ("multi_platform_ban", "站长在群里说接别家的单就封号"),
    ("pay_below_minimum_wage", "2025年6月净收入1,200元，在线180小时"),
    ("no_break_after_four_hours", "6月12日10:00至15:40连续送单，其间间隔都不到20分钟"),
    ("induced_individual_business_registration", "注册个体户是上岗的条件"),
])
def test_each_flag_gives_a_warning_with_its_fact(flag, fact):
    result = assess(CROWD_RIDER, context={"facts": {flag: fact}})
    warning = next(w for w in result.warning_items if w.code == flag)
    assert fact.rstrip("。") in warning.text
    assert warning.fact and warning.basis.startswith("南昌方案")
    assert result.warnings == (warning.text,)


def test_a_flag_set_to_true_asks_for_the_fact():
    result = assess(CROWD_RIDER, context={"facts": {"deposit_or_fees_taken": True, "id_documents_withheld": False}})
    assert result.warning_codes == ("deposit_or_fees_taken",)
    assert "请补充" in result.warnings[0]


def test_warnings_derived_from_the_answers():
    banned = assess({**CROWD_RIDER, "exclusivity": "prohibited"})
    warning = next(w for w in banned.warning_items if w.code == "multi_platform_ban")
    assert "禁止" in warning.fact
    registered_only = assess({**CROWD_RIDER, "registered_individual_business": "yes"})
    assert registered_only.warning_codes == ("individual_business_registered",)
    asked = assess({**CROWD_RIDER, "registered_individual_business": "yes"},
                   context={"facts": {"registration_requested_by_enterprise": True}})
    assert asked.warning_codes == ("induced_individual_business_registration",)
    not_registered = assess({**CROWD_RIDER, "registered_individual_business": "no"},
                            context={"facts": {"registration_requested_by_enterprise": True}})
    assert not_registered.warnings == ()


# ---- data and purity ----

def test_weights_file_covers_every_factor_level_and_claim_kind():
    weights = default_weights()
    assert set(weights.factor_weights) == set(SPEC)
    for key, levels in SPEC.items():
        assert set(weights.level_values[key]) == set(levels)
    assert dict(weights.core_levels) == {"time_autonomy": "controlled", "process_control": "dominant",
                                         "rules_and_discipline": "employer_discipline"}
    for category in CATEGORIES:
        assert set(weights.claim_fit[category]) == {k.value for k in ClaimKind}
        assert weights.routes[category].text
    assert "不是法律" in weights.note
    assert "237号" in weights.source


def test_every_claim_kind_is_listed_once_per_assessment():
    for answers in (STATION_RIDER, CROWD_RIDER, HOUSEKEEPER):
        result = assess(answers)
        kinds = _codes(result.fitting_claims) + _codes(result.unfitting_claims)
        assert sorted(kinds) == sorted(k.value for k in ClaimKind)
        assert all(row.reason for row in result.fitting_claims + result.unfitting_claims)


def test_thresholds_are_data():
    data = json.loads((jurisdiction.jurisdiction_dir() / "relationship_weights.json").read_text(encoding="utf-8"))
    data["thresholds"]["incomplete_labor_relationship"]["min_score"] = 0.5
    assert assess(CROWD_RIDER, weights=data).category == "civil_relationship"
    data["thresholds"]["incomplete_labor_relationship"]["min_score"] = 0.3
    data["core_factors"] = {"process_control": "dominant"}
    with pytest.raises(ValidationError):  # two core factors at the dominant level cannot be met by one
        weights_from_data(data)
    data["thresholds"]["labor_relationship"]["min_core_at_dominant_level"] = 1
    assert assess({"process_control": "dominant"}, weights=data).category == "labor_relationship"


def test_broken_weights_are_refused():
    data = json.loads((jurisdiction.jurisdiction_dir() / "relationship_weights.json").read_text(encoding="utf-8"))
    del data["factors"]["tools"]["levels"]["mixed"]
    with pytest.raises(ValidationError):
        weights_from_data(data)
    data = json.loads((jurisdiction.jurisdiction_dir() / "relationship_weights.json").read_text(encoding="utf-8"))
    del data["claim_fit"]["civil_relationship"]["double_pay"]
    with pytest.raises(ValidationError):
        weights_from_data(data)
    data = json.loads((jurisdiction.jurisdiction_dir() / "relationship_weights.json").read_text(encoding="utf-8"))
    data["factors"]["tools"]["levels"] = {"own": 1, "mixed": 0.5, "enterprise": 0}
    with pytest.raises(ValidationError):
        weights_from_data(data)


def test_same_input_same_result():
    context = dict(STATION_CONTEXT, facts={"deposit_or_fees_taken": "押金300元"})
    first = assess(STATION_RIDER, context=context)
    second = assess(dict(reversed(list(STATION_RIDER.items()))), context=context)
    assert first == second
    assert first.as_dict() == second.as_dict()
    json.dumps(first.as_dict(), ensure_ascii=False)
