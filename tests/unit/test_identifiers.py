from datetime import date

import pytest

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.identifiers import (
    ResidentId,
    credit_code_check_char,
    is_valid_credit_code,
    is_valid_mobile,
    is_valid_resident_id,
    mask_id_number,
    mask_phone,
    resident_id_check_char,
    validate_credit_code,
    validate_mobile,
    validate_resident_id,
)

TODAY = date(2026, 6, 1)


def _message(exc_info, field):
    assert set(exc_info.value.fields) == {field}
    return exc_info.value.fields[field]


# ---------------------------------------------------------------- resident ID

def test_gb11643_worked_example_is_valid_and_decoded():
    # GB 11643-1999, appendix: 北京市朝阳区 11010519491231002X.
    rid = validate_resident_id("11010519491231002X", today=TODAY)
    assert rid == ResidentId(number="11010519491231002X", birth_date=date(1949, 12, 31), sex="女", area_code="110105")
    assert rid.sequence == "002"
    assert rid.age_on(date(2026, 12, 30)) == 76
    assert rid.age_on(date(2026, 12, 31)) == 77


def test_gb11643_second_example_check_char():
    # GB 11643-1999, appendix: 广东省汕头市 440524188001010014 (born 1880).
    assert resident_id_check_char("44052418800101001") == "4"


def test_check_char_worked_by_hand():
    # 3 6 0 1 0 2 1 9 9 0 0 1 0 1 1 2 3 x 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    # = 21+54+0+5+0+8+2+9+54+0+0+9+0+5+8+8+6 = 189; 189 mod 11 = 2 -> "X"
    assert resident_id_check_char("36010219900101123") == "X"
    # 3 6 0 1 1 1 1 9 8 5 0 5 2 0 0 0 2 -> 21+54+0+5+8+4+2+9+48+15+0+45+20+0+0+0+4
    # = 235; 235 mod 11 = 4 -> "8"
    assert resident_id_check_char("36011119850520002") == "8"


def test_hand_worked_numbers_validate_with_sex_from_sequence():
    male = validate_resident_id("36010219900101123X", today=TODAY)
    assert (male.sex, male.birth_date, male.area_code) == ("男", date(1990, 1, 1), "360102")
    female = validate_resident_id("360111198505200028", today=TODAY)
    assert (female.sex, female.birth_date, female.area_code) == ("女", date(1985, 5, 20), "360111")


def test_lowercase_x_spaces_and_full_width_are_normalised():
    assert validate_resident_id("  11010519491231002x ", today=TODAY).number == "11010519491231002X"
    assert validate_resident_id("３６０１１１１９８５０５２０００２８", today=TODAY).number == "360111198505200028"
    assert is_valid_resident_id("11010519491231002x", today=TODAY)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "请填写身份证号码"),
        ("3601111985052000", "身份证号码应为18位（当前为16位）"),
        ("3601111985052000281", "身份证号码应为18位（当前为19位）"),
        ("360111850520002", "身份证号码应为18位（15位旧号码请换算为18位后填写）"),
        ("36011119850520A028", "身份证号码前17位应全部为数字"),
        ("36011119850520002Y", "身份证号码第18位应为数字或X"),
        ("960111198505200028", "身份证号码的地址码无效（首位应为1至8）"),
        ("360111198502300028", "身份证号码的出生日期无效"),
        ("360111198513010028", "身份证号码的出生日期无效"),
        ("440524188001010014", "身份证号码的出生日期无效（早于1900年）"),
        ("360111203001010028", "身份证号码的出生日期无效（晚于今天）"),
        ("360111198505200027", "身份证号码校验位错误（应为8）"),
        ("360102199001011231", "身份证号码校验位错误（应为X）"),
        ("110105194912310021", "身份证号码校验位错误（应为X）"),
    ],
)
def test_resident_id_rejections_are_precise(value, message):
    with pytest.raises(ValidationError) as exc_info:
        validate_resident_id(value, today=TODAY)
    assert _message(exc_info, "id_number") == message
    assert not is_valid_resident_id(value, today=TODAY)


def test_is_valid_resident_id_rejects_non_strings():
    assert not is_valid_resident_id(None)
    assert not is_valid_resident_id(11010519491231002)


def test_check_char_function_rejects_bad_input():
    with pytest.raises(ValueError):
        resident_id_check_char("1234")
    with pytest.raises(ValueError):
        resident_id_check_char("1101051949123100X")


# ---------------------------------------------------------------- credit code

def test_gb32100_worked_example():
    # GB 32100-2015 worked example: the weighted sum of 91350100M000100Y4 is
    # 1640; 1640 mod 31 = 28; 31 - 28 = 3 -> check character "3".
    assert credit_code_check_char("91350100M000100Y4") == "3"
    assert validate_credit_code("91350100M000100Y43") == "91350100M000100Y43"


def test_gb32100_worked_example_with_wrong_check_char():
    # The standard's own counter-example: "Z" is not even in the charset.
    with pytest.raises(ValidationError) as exc_info:
        validate_credit_code("91350100M000100Y4Z")
    assert _message(exc_info, "credit_code") == "统一社会信用代码第18位“Z”无效（代码中不使用字母I、O、Z、S、V）"
    with pytest.raises(ValidationError) as exc_info:
        validate_credit_code("91350100M000100Y44")
    assert _message(exc_info, "credit_code") == "统一社会信用代码校验位错误（应为3）"


@pytest.mark.parametrize(
    "code",
    [
        "914403001922038216",  # 华为技术有限公司 (published)
        "91440300708461136T",  # 腾讯科技（深圳）有限公司 (published)
        "91330100799655058B",  # a published company code ending in a letter
    ],
)
def test_published_company_codes_are_valid(code):
    assert validate_credit_code(code) == code
    assert credit_code_check_char(code[:17]) == code[17]
    assert is_valid_credit_code(code)


def test_credit_code_normalises_case_and_spaces():
    assert validate_credit_code(" 91350100m000100y43\t") == "91350100M000100Y43"
    assert validate_credit_code("９１３５０１００Ｍ０００１００Ｙ４３") == "91350100M000100Y43"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "请填写统一社会信用代码"),
        ("91350100M000100Y4", "统一社会信用代码应为18位（当前为17位）"),
        ("91350100M000100Y433", "统一社会信用代码应为18位（当前为19位）"),
        ("91350100M0001O0Y43", "统一社会信用代码第14位“O”无效（代码中不使用字母I、O、Z、S、V）"),
        ("91350100M000100Y4-", "统一社会信用代码第18位“-”无效（只能是数字或大写字母）"),
        ("B1350100M000100Y43", "统一社会信用代码第1位（登记管理部门代码）“B”无效"),
        ("94350100M000100Y43", "统一社会信用代码第2位（机构类别代码）“4”与登记管理部门（工商）不符"),
        ("91A50100M000100Y43", "统一社会信用代码第3至8位（行政区划码）应为有效的6位数字"),
        ("91050100M000100Y43", "统一社会信用代码第3至8位（行政区划码）应为有效的6位数字"),
        # Position 4 (weight 27) goes from 5 to 6: 1640 + 27 = 1667, 1667 mod 31 = 24, 31 - 24 = 7.
        ("91360100M000100Y43", "统一社会信用代码校验位错误（应为7）"),
    ],
)
def test_credit_code_rejections_are_precise(value, message):
    with pytest.raises(ValidationError) as exc_info:
        validate_credit_code(value)
    assert _message(exc_info, "credit_code") == message
    assert not is_valid_credit_code(value)


def test_credit_code_transposition_is_detected():
    # Swapping two different neighbours changes the weighted sum.
    assert not is_valid_credit_code("914403009122038216")


# ---------------------------------------------------------------- masking

def test_mask_id_number():
    assert mask_id_number("360102199001011234") == "360102********1234"
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number("360111850520002") == "360111*****0002"
    assert mask_id_number("12345") == "1***5"
    assert mask_id_number("12") == "**"
    assert mask_id_number("") == ""
    assert mask_id_number(None) == ""


def test_mask_phone():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("138 1234 5678") == "138****5678"
    assert mask_phone("0791-86123456") == "0791-****3456"
    assert mask_phone("010-1234") == "010-****"
    assert mask_phone("86123456") == "861*3456"
    assert mask_phone("12345") == "***45"
    assert mask_phone("") == ""
    assert mask_phone(None) == ""


# ---------------------------------------------------------------- telephone

@pytest.mark.parametrize(
    ("value", "normalised"),
    [
        ("13812345678", "13812345678"),
        (" 138 1234 5678 ", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 13812345678", "13812345678"),
        ("19912345678", "19912345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("0791-86123456", "0791-86123456"),
        ("0791 86123456", "0791-86123456"),
        ("079186123456", "0791-86123456"),
        ("(0791)86123456", "0791-86123456"),
        ("（0791）86123456", "0791-86123456"),
        ("010-62345678", "010-62345678"),
        ("02162345678", "021-62345678"),
        ("0791-86123456-801", "0791-86123456-801"),
        ("0791-86123456转801", "0791-86123456-801"),
        ("400-123-4567", "400-123-4567"),
    ],
)
def test_validate_mobile_accepts_and_normalises(value, normalised):
    assert validate_mobile(value) == normalised
    assert is_valid_mobile(value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "请填写联系电话"),
        ("1381234567", "手机号码应为11位数字（当前为10位）"),
        ("138123456789", "手机号码应为11位数字（当前为12位）"),
        ("12812345678", "手机号码应以13至19开头"),
        ("86123456", "固定电话请加区号，如0791-86123456"),
        ("0791-1234567", "固定电话号码应为区号加7至8位号码（号码首位不为0或1），如0791-86123456"),
        ("079-86123456", "固定电话区号“079”无效"),
        ("abc", "电话号码格式不正确：手机号码应为11位数字，固定电话应含区号，如0791-86123456"),
    ],
)
def test_validate_mobile_rejections(value, message):
    with pytest.raises(ValidationError) as exc_info:
        validate_mobile(value)
    assert _message(exc_info, "phone") == message
    assert not is_valid_mobile(value)
