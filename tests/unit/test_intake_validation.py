from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.domain.cases import Claim, ClaimKind, Enterprise, EnterpriseRole, Industry, Intake, Person
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.intake import validate_intake

TODAY = date(2026, 11, 20)
# 11010519491231002X is the worked example of GB 11643-1999; 91350100M000100Y43 a published credit code.
GOOD_ID = "11010519491231002X"
GOOD_CODE = "91350100M000100Y43"


def intake(**over) -> Intake:
    base = dict(
        worker=Person(name=" 熊小明 ", id_number=GOOD_ID.lower(), phone="13812345678"),
        respondents=(Enterprise(name="江西速达同城网络科技有限公司", credit_code=GOOD_CODE, role=EnterpriseRole.PLATFORM),),
        claims=(Claim(kind=ClaimKind.UNPAID_PAY, amount=Decimal("3200.00"), period_start=date(2026, 6, 1),
                      period_end=date(2026, 6, 30), basis="劳动合同法第三十条"),),
        industry=Industry.FOOD_DELIVERY, platform="速达外卖",
        facts="申请人通过平台为被申请人配送外卖，2026年6月工资3200元未付。", received_on=date(2026, 11, 2))
    base.update(over)
    return Intake(**base)


def test_valid_intake_is_normalised():
    out = validate_intake(intake(), today=TODAY)
    assert out.worker.name == "熊小明"
    assert out.worker.id_number == GOOD_ID  # upper-case X
    assert out.worker.sex == "女" and out.worker.birth_date == date(1949, 12, 31)


def test_every_bad_field_is_reported_at_its_path():
    bad = intake(
        worker=Person(name="", id_number="110105194912310021", phone="12345"),
        respondents=(Enterprise(name="某公司", credit_code="91350100M000100Y44"),),
        claims=(Claim(kind=ClaimKind.UNPAID_PAY, amount=None),
                Claim(kind=ClaimKind.DEPOSIT_REFUND, amount=Decimal("-5")),
                Claim(kind=ClaimKind.CONFIRM_RELATIONSHIP)),
        facts="太短", received_on=date(2026, 12, 1))
    with pytest.raises(ValidationError) as err:
        validate_intake(bad, today=TODAY)
    f = err.value.fields
    assert set(f) == {"worker.name", "worker.id_number", "worker.phone", "respondents[0].credit_code",
                      "claims[0].amount", "claims[1].amount", "facts", "received_on"}
    assert "校验" in f["worker.id_number"]
    assert "claims[2].amount" not in f  # a declaration needs no amount


def test_sex_must_match_id_number():
    with pytest.raises(ValidationError) as err:
        validate_intake(intake(worker=Person(name="熊小明", id_number=GOOD_ID, sex="男")), today=TODAY)
    assert "worker.sex" in err.value.fields


def test_no_respondent_no_claim():
    with pytest.raises(ValidationError) as err:
        validate_intake(intake(respondents=(), claims=()), today=TODAY)
    assert {"respondents", "claims"} <= set(err.value.fields)


def test_period_order():
    c = Claim(kind=ClaimKind.UNPAID_PAY, amount=Decimal("1"), period_start=date(2026, 7, 1), period_end=date(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        validate_intake(intake(claims=(c,)), today=TODAY)
    assert "开始日期晚于结束日期" in err.value.fields["claims[0].period"]
