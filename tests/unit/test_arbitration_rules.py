"""The pure rules of arbitration (``domain.arbitration``): the rights notice names the city of the
venue, deemed service, each party's deadlines after service of an award, the clash message of the
hearing calendar, and dates in messages written as 2026年12月3日."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mediation_desk import jurisdiction
from mediation_desk.domain.arbitration import notices
from mediation_desk.domain.arbitration.hearings import conflict_message
from mediation_desk.domain.arbitration.records import FINAL, MIXED, NON_FINAL, ArbitratorRef, Hearing
from mediation_desk.domain.arbitration.service_of_documents import award_deadlines, deemed_served_on
from mediation_desk.domain.cases import PartySide
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.provisional_dates import ProvisionalDate
from mediation_desk.services import arbitration as arb
from mediation_desk.services.arbitration.hearings import _day


def test_the_rights_notice_names_the_intermediate_court_of_the_city_it_is_given() -> None:
    text = notices.rights_notice(FINAL, commission_city="赣州市")
    assert "向赣州市中级人民法院申请撤销裁决" in text and "三十日内" in text
    with pytest.raises(TypeError):
        notices.rights_notice(FINAL)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        notices.rights_notice(MIXED, commission_city="赣州市")


def test_the_commission_s_rights_notice_takes_the_city_from_the_venue() -> None:
    city = jurisdiction.venue().city
    assert f"向{city}中级人民法院申请撤销裁决" in arb.rights_notice(arb.FINAL)
    assert arb.rights_notice(arb.FINAL) == notices.rights_notice(FINAL, commission_city=city)
    assert arb.rights_notice(arb.NON_FINAL) == notices.rights_notice(NON_FINAL, commission_city=city)
    assert "中级人民法院" not in arb.rights_notice(arb.NON_FINAL)


def test_public_notice_is_deemed_served_thirty_days_later_and_post_needs_the_receipt_date() -> None:
    assert deemed_served_on("public_notice", date(2026, 11, 3)) == date(2026, 12, 3)
    assert deemed_served_on("direct", date(2026, 11, 3)) == date(2026, 11, 3)
    assert deemed_served_on("post", date(2026, 11, 3), date(2026, 11, 5)) == date(2026, 11, 5)
    with pytest.raises(ValidationError) as exc:
        deemed_served_on("post", date(2026, 11, 3))
    assert "回执" in exc.value.fields["served_on"]
    with pytest.raises(ValidationError):
        deemed_served_on("direct", date(2026, 11, 3), date(2026, 11, 2))


def test_the_deadlines_after_service_depend_on_finality_and_side() -> None:
    sue = ("sue_after_award", "不服仲裁裁决起诉期限")
    revoke = ("revoke_final_award", "申请撤销终局裁决期限")
    assert award_deadlines(FINAL, PartySide.APPLICANT) == [sue]
    assert award_deadlines(FINAL, PartySide.RESPONDENT) == [revoke]
    assert award_deadlines(NON_FINAL, PartySide.RESPONDENT) == [sue]
    assert award_deadlines(MIXED, PartySide.RESPONDENT) == [
        revoke, ("sue_after_award", "不服仲裁裁决起诉期限（非终局部分）")]
    assert award_deadlines(MIXED, PartySide.APPLICANT) == [sue]
    assert award_deadlines(FINAL, None) == []


def test_a_clash_names_the_other_case_its_day_in_chinese_and_the_shared_arbitrator() -> None:
    judge = ArbitratorRef(name="罗建华", user_id=7)
    other = Hearing(id=1, case_id=2, starts_at=datetime(2026, 12, 3, 9, 0), ends_at=datetime(2026, 12, 3, 11, 0),
                    room="第一仲裁庭", arbitrators=(judge,), status="scheduled", case_number="洪劳人仲案字〔2026〕12号")
    text = conflict_message(other, room="第二仲裁庭", keys={judge.key})
    assert text.startswith("时间冲突：仲裁员罗建华在2026年12月3日09:00至11:00已安排洪劳人仲案字〔2026〕12号的开庭（第一仲裁庭）")


def test_hearing_messages_write_a_provisional_last_day_without_the_mark_as_before() -> None:
    assert _day(date(2026, 12, 3)) == "2026年12月3日"
    assert _day(ProvisionalDate.of(date(2027, 1, 18), (2027,))) == "2027年1月18日"
