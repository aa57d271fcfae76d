"""The anonymiser and the leak check of a typical case (domain.anonymise, domain.typical_case)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from mediation_desk.domain.anonymise import (KnownData, Named, anonymise, city_of, enterprise_core,
                                             enterprise_pseudonym, find_leaks, platform_core, pseudonyms, surname_of)
from mediation_desk.domain.cases import (CaseDetail, CaseStatus, CaseSummary, ClaimKind, ClaimView, Industry,
                                         IntakeChannel, PartySide, PartyView)
from mediation_desk.domain.typical_case import (AGREEMENT, PART_TITLES, Outcome, WorksheetFacts, check_parts, draft,
                                                is_publishable, known_data)

WORKER_ID = "36073120020515938X"
AGENT_ID = "360103198109091771"

KNOWN = KnownData(
    people=(Named("杨娟", "申请人"), Named("杨俊康", "委托代理人"), Named("孙英莲", "法定代表人"), Named("金华", "申请人")),
    enterprises=(Named("江西星耀网络科技有限公司", "被申请人"), Named("江西永信网络科技有限公司", "被申请人"),
                 Named("江西速达同城网络科技有限公司", "第三人")),
    platforms=("星耀直播",),
    id_numbers=(Named(WORKER_ID, "申请人“杨娟”"), Named(AGENT_ID, "委托代理人“杨俊康”")),
    phones=(Named("13900001234", "申请人“杨娟”"),),
    credit_codes=(Named("9136010075259864X8", "被申请人“江西星耀网络科技有限公司”"),),
    addresses=(Named("江西省南昌市西湖区孺子路1438号和平雅苑5栋4单元1104室", "申请人“杨娟”"),),
    case_numbers=(Named("洪新调字〔2026〕第7号", "案号"),),
    industry_word="直播")


def keys(text: str, **kw) -> set[str]:  # noqa: ANN003
    return {h.key for h in find_leaks(text, KNOWN, **kw)}


def test_surnames_including_compound_ones_and_names_that_are_not_chinese() -> None:
    assert surname_of("杨娟") == "杨" and surname_of("欧阳修远") == "欧阳" and surname_of("欧阳") == "欧"
    assert surname_of("买买提·艾力") == "" and surname_of("John") == ""


def test_two_people_sharing_a_surname_get_different_pseudonyms() -> None:
    names = pseudonyms(KNOWN)
    assert names["杨娟"] == "杨某" and names["杨俊康"] == "杨某某" and names["孙英莲"] == "孙某"
    assert len({names["杨娟"], names["杨俊康"]}) == 2


def test_enterprises_keep_the_industry_word_and_lose_the_distinguishing_name() -> None:
    assert enterprise_pseudonym("江西速达同城网络科技有限公司") == "某网络科技公司"
    assert enterprise_core("江西速达同城网络科技有限公司") == "速达同城"
    assert enterprise_pseudonym("南昌速达外卖配送服务有限公司") == "某外卖配送服务公司"
    assert enterprise_pseudonym("江西速达同城网络科技有限公司南昌分公司") == "某网络科技公司分公司"
    assert enterprise_pseudonym("南昌洪城劳务派遣有限责任公司") == "某劳务派遣公司"
    # two enterprises that would read the same are told apart
    names = pseudonyms(KNOWN)
    assert {names["江西星耀网络科技有限公司"], names["江西永信网络科技有限公司"],
            names["江西速达同城网络科技有限公司"]} == {"甲网络科技公司", "乙网络科技公司", "丙网络科技公司"}
    assert names["星耀直播"] == "某直播平台" and platform_core("速达外卖") == "速达"


def test_anonymise_replaces_names_and_removes_numbers_addresses_and_case_numbers() -> None:
    text = (f"申请人杨娟（公民身份号码{WORKER_ID}，联系电话139-0000-1234）住江西省南昌市西湖区孺子路1438号和平雅苑5栋4单元"
            "1104室，在“星耀直播”平台由江西永信网络科技有限公司安排直播，代理人杨俊康。案号洪新调字〔2026〕第7号。"
            "工资打入银行卡6222 0202 0000 1234 567。依据劳社部发〔2005〕12号第一条。")
    out = anonymise(text, KNOWN)
    assert out.startswith("申请人杨某住南昌市，在“某直播”平台由乙网络科技公司安排直播，代理人杨某某。")
    for gone in ("杨娟", "杨俊康", WORKER_ID, "1234", "孺子路", "和平雅苑", "洪新调字", "6222", "星耀", "永信"):
        assert gone not in out, gone
    assert "劳社部发〔2005〕12号" in out  # a legal source is not a case number
    assert find_leaks(out, KNOWN) == []


def test_a_name_inside_a_longer_word_is_left_for_the_person_but_listed() -> None:
    out = anonymise("申请人金华是金华市人。", KNOWN)
    assert out == "申请人金某是金华市人。"
    hits = find_leaks(out, KNOWN)
    assert [(h.text, h.key) for h in hits] == [("金华", "name:金华")]
    assert "申请人" in hits[0].what and "姓名" in hits[0].what
    assert find_leaks(out, KNOWN, accepted=["name:金华"]) == []


def test_the_check_finds_partial_forms_and_says_what_each_is() -> None:
    text = ("俊康说娟姐还在星耀上班，身份证尾号938X，手机 139 0000 1234，住和平雅苑，"
            f"代理人证件{AGENT_ID[:6]} {AGENT_ID[6:14]} {AGENT_ID[14:]}，速达同城和（2026）第7号。")
    hits = find_leaks(text, KNOWN)
    found = {h.key: h for h in hits}
    assert {"given:俊康", "nickname:娟", "core:星耀", "id-tail4:938X", "phone:13900001234",
            "address:和平雅苑", f"id:{AGENT_ID}", "core:速达同城", "caseno-tail:2026-7"} <= set(found)
    assert found["given:俊康"].what == "委托代理人“杨俊康”的名字（不含姓）"
    assert found["phone:13900001234"].text == "139 0000 1234"
    assert found[f"id:{AGENT_ID}"].what == "委托代理人“杨俊康”的身份证号码"
    assert "后4位" in found["id-tail4:938X"].what
    # hits are in the order of the text and none lies inside another
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert all(not (a is not b and a.start <= b.start and b.end <= a.end) for a in hits for b in hits)


def test_an_id_with_a_lower_case_x_and_its_last_six_digits() -> None:
    assert f"id:{WORKER_ID}" in keys("号码36073120020515938x。")
    assert "id-tail6:15938X" in keys("尾号15938x")
    assert "id-tail6:15938X" not in keys("金额115938元")  # digits inside a longer number are not a tail


def test_numbers_the_record_does_not_hold_are_found_by_their_shape() -> None:
    text = "另一人身份证110101199003074578，电话0791-86001234，卡号6217 0000 1111 2222 333，（2025）赣0106民初5678号。"
    kinds = {h.what for h in find_leaks(text, KNOWN)}
    assert {"疑似身份证号码", "疑似固定电话号码", "疑似银行账号", "疑似案号或文书编号"} <= kinds
    out = anonymise(text, KNOWN)
    assert not any(ch.isdigit() for ch in out.replace("0106", "")), out


def test_city_of_an_address() -> None:
    assert city_of("江西省南昌市西湖区孺子路1438号") == "南昌市" and city_of("孺子路1438号") == ""


def _detail(status: CaseStatus = CaseStatus.AGREEMENT) -> CaseDetail:
    summary = CaseSummary(id=1, number="洪新调字〔2026〕第7号", title="", status=status, industry=Industry.LIVE_STREAMING,
                          platform="星耀直播", worker_name="杨娟", worker_id_number=WORKER_ID, worker_phone="13900001234",
                          respondent_names="", total_claimed=Decimal("7560"), received_on=date(2025, 7, 15), handler="刘思远")
    parties = (
        PartyView(PartySide.APPLICANT, "杨娟", True, id_number=WORKER_ID, phone="13900001234",
                  address="江西省南昌市西湖区孺子路1438号和平雅苑5栋4单元1104室"),
        PartyView(PartySide.AGENT, "杨俊康", True, id_number=AGENT_ID),
        PartyView(PartySide.RESPONDENT, "江西星耀网络科技有限公司", False, credit_code="9136010075259864X8",
                  enterprise_role="platform", legal_representative="孙英莲"),
        PartyView(PartySide.RESPONDENT, "江西永信网络科技有限公司", False, enterprise_role="agency"),
    )
    claims = (ClaimView(ClaimKind.CONFIRM_RELATIONSHIP, None, date(2024, 6, 24), date(2025, 5, 26), ""),
              ClaimView(ClaimKind.UNPAID_PAY, Decimal("6790.00"), date(2025, 4, 1), date(2025, 5, 26), ""),
              ClaimView(ClaimKind.UNLAWFUL_DEDUCTION, Decimal("770.00"), None, None, ""))
    return CaseDetail(summary, "申请人自2024年6月起由江西永信网络科技有限公司安排在“星耀直播”平台直播，联系人杨俊康（13900001234）。",
                      IntakeChannel.WRITTEN, parties, claims)


def test_the_draft_has_four_parts_the_worksheet_and_no_personal_data() -> None:
    detail = _detail()
    known = known_data(detail, others=[Named("刘思远", "承办人")])
    outcome = Outcome(AGREEMENT, date(2025, 8, 3), clauses=(
        "江西永信网络科技有限公司应于2025年8月15日前通过银行转账向杨娟支付保底工资人民币2,430.50元（大写：贰仟肆佰叁拾元伍角）。",),
        performed=True)
    ws = WorksheetFacts(factors=(("工作时间自主性", "受企业安排"), ("报酬", "")), category="符合确立劳动关系情形",
                        category_code="labor_relationship", route="劳动仲裁前置：可先申请调解")
    d = draft(detail, outcome, worksheet=ws, known=known)
    assert len(d.parts) == len(PART_TITLES) == 4 and all(d.parts)
    text = "\n".join(d.parts)
    for datum in ("杨娟", "杨俊康", "孙英莲", "星耀", "永信", WORKER_ID, AGENT_ID, "13900001234", "孺子路", "洪新调字"):
        assert datum not in text, datum
    assert "杨某" in d.basic_facts and "乙网络科技公司" in d.result and "6,790.00元" in d.basic_facts
    assert "工作时间自主性：受企业安排" in d.issues and "未查明的因素：报酬" in d.issues
    assert "符合确立劳动关系情形" in d.issues and "劳社部发〔2005〕12号" in d.significance
    assert "2,430.50元" in d.result and "已经履行完毕" in d.result
    assert check_parts(d.parts, known) == []
    edited = (d.basic_facts + "据杨娟本人陈述。", *d.parts[1:])
    leaks = check_parts(edited, known)
    assert [(lk.part, lk.hit.key) for lk in leaks] == [(0, "name:杨娟")]
    assert leaks[0].as_dict()["part"] == "基本案情"


def test_which_cases_may_be_published() -> None:
    assert {s for s in CaseStatus if is_publishable(s)} == {CaseStatus.AGREEMENT, CaseStatus.AWARD, CaseStatus.CLOSED,
                                                            CaseStatus.WITHDRAWN}


def test_a_tail_of_a_number_is_not_a_year_or_an_amount_and_a_one_character_name_is_ignored() -> None:
    known = KnownData(people=(Named("李", "证人"), Named("王建国", "申请人")),
                      phones=(Named("13900002025", "申请人“王建国”"),))
    text = "2025年王建国领取2025元，手机尾号2025。李某在场。"
    assert [h.key for h in find_leaks(text, known)] == ["name:王建国", "phone-tail4:2025"]
    assert anonymise(text, known) == "2025年王某领取2025元，手机尾号2025。李某在场。"


def test_a_group_dispute_names_no_worker_and_sums_the_claims_by_kind() -> None:
    from dataclasses import replace

    names = ["王建华", "王秀英", "李志强", "张海燕", "刘国平", "陈丽娟", "杨小龙", "黄春梅", "赵文斌", "吴晓东", "周桂兰", "徐德明"]
    base = _detail()
    applicants = tuple(PartyView(PartySide.APPLICANT, n, True, id_number=f"3601021990010100{i:02d}"[:17] + "X",
                                 phone=f"1390000{i:04d}") for i, n in enumerate(names))
    parties = applicants + tuple(p for p in base.parties if p.side is PartySide.RESPONDENT)
    claims = tuple(ClaimView(ClaimKind.UNPAID_PAY, Decimal("1000.00") + i, None, None, "", party_name=n)
                   for i, n in enumerate(names))
    detail = replace(base, parties=parties, claims=claims,
                     summary=replace(base.summary, worker_name="王建华等12人", is_group=True, applicant_count=12))
    known = known_data(detail)
    d = draft(detail, Outcome(AGREEMENT, date(2025, 8, 3)), known=known)
    text = "\n".join(d.parts)
    assert not [n for n in names if n in text] and "等12名劳动者" in d.basic_facts
    assert "拖欠劳动报酬（12人）合计12,066.00元" in d.basic_facts
    assert pseudonyms(known)["王秀英"] == "王某某" and check_parts(d.parts, known) == []
