"""Checking a whole intake before anything is saved: every problem, each at its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from mediation_desk.domain.cases import Claim, ClaimKind, Enterprise, GroupMember, Intake, Person
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.identifiers import validate_credit_code, validate_mobile, validate_resident_id

# Claims that are about money must say how much; a declaration, documents back or social-insurance
# contributions (often not yet calculable at intake) need not.
AMOUNT_OPTIONAL_CLAIMS = frozenset({ClaimKind.CONFIRM_RELATIONSHIP, ClaimKind.RETURN_DOCUMENTS, ClaimKind.SOCIAL_INSURANCE})
MAX_CLAIM = Decimal("100000000")


def _first_message(exc: ValidationError) -> str:
    return next(iter(exc.fields.values()))


def _person(p: Person, path: str, errors: dict[str, str], *, id_required: bool) -> Person:
    name = p.name.strip()
    if not name:
        errors[f"{path}.name"] = "请填写姓名"
    elif len(name) > 50:
        errors[f"{path}.name"] = "姓名过长"
    id_number, sex, birth = p.id_number.strip(), p.sex, p.birth_date
    if id_number:
        try:
            rid = validate_resident_id(id_number)
            id_number, sex, birth = rid.number, rid.sex, rid.birth_date
            if p.sex and p.sex != rid.sex:
                errors[f"{path}.sex"] = f"性别与身份证号码不符（号码显示为{rid.sex}）"
        except ValidationError as exc:
            errors[f"{path}.id_number"] = _first_message(exc)
    elif id_required:
        errors[f"{path}.id_number"] = "请填写身份证号码"
    phone = p.phone.strip()
    if phone:
        try:
            phone = validate_mobile(phone)
        except ValidationError as exc:
            errors[f"{path}.phone"] = _first_message(exc)
    return replace(p, name=name, id_number=id_number, sex=sex, birth_date=birth, phone=phone,
                   address=p.address.strip())


def _enterprise(e: Enterprise, path: str, errors: dict[str, str]) -> Enterprise:
    name = e.name.strip()
    if len(name) < 2:
        errors[f"{path}.name"] = "请填写企业全称"
    code = e.credit_code.strip()
    if code:
        try:
            code = validate_credit_code(code)
        except ValidationError as exc:
            errors[f"{path}.credit_code"] = _first_message(exc)
    return replace(e, name=name, credit_code=code, address=e.address.strip(),
                   legal_representative=e.legal_representative.strip())


def _claim(c: Claim, path: str, errors: dict[str, str], received_on: date) -> Claim:
    if c.kind not in AMOUNT_OPTIONAL_CLAIMS or c.amount is not None:
        if c.amount is None:
            errors[f"{path}.amount"] = "请填写请求金额"
        elif c.amount <= 0:
            errors[f"{path}.amount"] = "请求金额应大于零"
        elif c.amount > MAX_CLAIM:
            errors[f"{path}.amount"] = "请求金额过大，请核对"
        elif c.amount != c.amount.quantize(Decimal("0.01")):
            errors[f"{path}.amount"] = "金额最多两位小数"
    if c.period_start and c.period_end and c.period_start > c.period_end:
        errors[f"{path}.period"] = "期间的开始日期晚于结束日期"
    if c.period_start and c.period_start > received_on:
        errors[f"{path}.period"] = "期间不能从收案日期之后开始"
    return replace(c, basis=c.basis.strip())


def validate_intake(intake: Intake, *, today: date) -> Intake:
    """The intake with normalised fields, or ValidationError listing every bad field."""
    errors: dict[str, str] = {}
    worker = _person(intake.worker, "worker", errors, id_required=True)
    if not intake.respondents:
        errors["respondents"] = "至少需要一个被申请人"
    respondents = tuple(_enterprise(e, f"respondents[{i}]", errors) for i, e in enumerate(intake.respondents))
    codes = [r.credit_code for r in respondents if r.credit_code]
    if len(codes) != len(set(codes)):
        errors["respondents"] = "同一个统一社会信用代码出现了两次"
    agents = tuple(replace(a, person=_person(a.person, f"agents[{i}]", errors, id_required=False), scope=a.scope.strip())
                   for i, a in enumerate(intake.agents))
    members = tuple(_member(m, f"members[{i}]", errors, intake.received_on) for i, m in enumerate(intake.members))
    if members:
        _check_group(members, errors)
        worker = next((m.person for m in members if m.is_representative), worker)
    if not intake.claims and not any(m.claims for m in members):
        errors["claims"] = "至少需要一项请求"
    claims = tuple(_claim(c, f"claims[{i}]", errors, intake.received_on) for i, c in enumerate(intake.claims))
    if intake.received_on > today:
        errors["received_on"] = "收案日期不能晚于今天"
    facts = intake.facts.strip()
    if len(facts) < 10:
        errors["facts"] = "请写明事实和理由（至少10个字）"
    if errors:
        raise ValidationError(errors)
    return replace(intake, worker=worker, respondents=respondents, agents=agents, claims=claims, facts=facts,
                   platform=intake.platform.strip(), members=members)


def _member(m: GroupMember, path: str, errors: dict[str, str], received_on: date) -> GroupMember:
    person = _person(m.person, f"{path}.person", errors, id_required=True)
    claims = tuple(_claim(c, f"{path}.claims[{j}]", errors, received_on) for j, c in enumerate(m.claims))
    return replace(m, person=person, claims=claims)


def _check_group(members: tuple[GroupMember, ...], errors: dict[str, str]) -> None:
    if len(members) < 2:
        errors["members"] = "集体争议至少要有两名劳动者"
    if not any(m.is_representative for m in members):
        errors["members"] = "请推举至少一名代表"
    seen: dict[str, int] = {}
    for i, m in enumerate(members):
        number = m.person.id_number
        if number and number in seen:
            errors[f"members[{i}].person.id_number"] = f"与第{seen[number] + 1}名劳动者的身份证号码重复"
        elif number:
            seen[number] = i
