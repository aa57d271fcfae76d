"""A typical case (典型案例) for publication, drafted from a closed case's record.

南昌市维护新就业形态劳动者劳动保障权益实施方案 item 18 asks for typical cases published to
explain the law. The draft has four parts -- 基本案情, 争议焦点, 处理结果, 典型意义 -- written only
from facts on the record: the parties' roles, the claims with their amounts, the relationship
worksheet's factors and conclusion, and the outcome (the agreement's items, the award's rulings,
a withdrawal or a failed mediation). Every part goes through :func:`domain.anonymise.anonymise`
before it is shown; the person then edits it and :func:`check_parts` lists whatever of the case's
personal data is still in the text.

A case may be published once it is closed: :data:`PUBLISHABLE` (已达成调解协议, 已裁决, 已结案,
已撤回). 移送法院 is not: the court's outcome is not on this record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from mediation_desk.domain.anonymise import KnownData, LeakHit, Named, anonymise, find_leaks, pseudonyms
from mediation_desk.domain.cases import CaseDetail, CaseStatus, ClaimKind, ClaimView, EnterpriseRole, PartySide
from mediation_desk.domain.money import format_yuan

__all__ = ["PUBLISHABLE", "PART_TITLES", "TEMPLATES", "AGREEMENT", "AWARD", "WITHDRAWN", "FAILED", "CLOSED", "Outcome",
           "WorksheetFacts", "TypicalCaseDraft", "PartLeak", "is_publishable", "known_data", "draft",
           "check_parts", "INDUSTRY_WORDS"]

PUBLISHABLE = frozenset({CaseStatus.AGREEMENT, CaseStatus.AWARD, CaseStatus.CLOSED, CaseStatus.WITHDRAWN})
PART_TITLES = ("基本案情", "争议焦点", "处理结果", "典型意义")
# The templates of a typical case: made only from the reviewed text (services.typical_cases.export),
# never from the case's own data by the generic document act.
TEMPLATES = ("typical_case", "typical_case_pdf")

AGREEMENT = "agreement"  # a mediation agreement or a 仲裁调解书
AWARD = "award"
WITHDRAWN = "withdrawn"
FAILED = "failed"  # mediation ended without agreement
CLOSED = "closed"  # closed with no agreement, award or withdrawal on the record

# What a platform of each industry is called (某外卖平台, 某网约车平台).
INDUSTRY_WORDS = {"food_delivery": "外卖", "ride_hailing": "网约车", "courier": "快递", "freight": "网约货运",
                  "housekeeping": "家政", "live_streaming": "直播", "other": "互联网"}

# 争议焦点 by claim kind.
_ISSUES = {
    ClaimKind.CONFIRM_RELATIONSHIP: "申请人与被申请人之间是否存在劳动关系，用工主体是哪一家企业",
    ClaimKind.UNPAID_PAY: "被申请人是否拖欠申请人劳动报酬，拖欠的数额是多少",
    ClaimKind.BELOW_MINIMUM_WAGE: "申请人的报酬是否低于当地最低工资标准，应否补足差额",
    ClaimKind.OVERTIME_PAY: "申请人是否延长工作时间，应否支付加班费及其数额",
    ClaimKind.HOLIDAY_PAY: "申请人是否在法定节假日工作，应否支付相应的工资报酬",
    ClaimKind.DEPOSIT_REFUND: "被申请人收取押金、保证金是否合法，应否退还",
    ClaimKind.UNLAWFUL_DEDUCTION: "被申请人以罚款、扣款方式扣减报酬是否有依据，应否返还",
    ClaimKind.DOUBLE_PAY: "被申请人应否支付未订立书面劳动合同的二倍工资差额",
    ClaimKind.ECONOMIC_COMPENSATION: "被申请人应否支付解除劳动合同的经济补偿",
    ClaimKind.UNLAWFUL_TERMINATION: "被申请人解除劳动合同是否违法，应否支付赔偿金",
    ClaimKind.SOCIAL_INSURANCE: "社会保险的缴纳或者相应损失由谁承担",
    ClaimKind.WORK_INJURY: "申请人的工伤（职业伤害）待遇由谁承担",
    ClaimKind.RETURN_DOCUMENTS: "被申请人应否返还扣押的证件",
    ClaimKind.OTHER: "申请人的其他请求应否支持",
}

# 典型意义 by claim kind: the rule the case illustrates, with its source.
_RULES = {
    ClaimKind.UNPAID_PAY: "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬（《中华人民共和国劳动合同法》"
                          "第三十条）；企业应当按时足额支付新就业形态劳动者的劳动报酬，不得克扣或者无故拖欠"
                          "（人社部发〔2021〕56号）。",
    ClaimKind.BELOW_MINIMUM_WAGE: "劳动者在法定工作时间内提供了正常劳动的，用人单位支付的工资不得低于当地最低工资标准"
                                  "（《中华人民共和国劳动法》第四十八条）。",
    ClaimKind.OVERTIME_PAY: "用人单位安排劳动者延长工作时间的，应当支付不低于工资百分之一百五十的工资报酬"
                            "（《中华人民共和国劳动法》第四十四条）。",
    ClaimKind.HOLIDAY_PAY: "法定休假日安排劳动者工作的，应当支付不低于工资百分之三百的工资报酬"
                           "（《中华人民共和国劳动法》第四十四条）。",
    ClaimKind.DEPOSIT_REFUND: "用人单位招用劳动者，不得要求劳动者提供担保或者以其他名义向劳动者收取财物"
                              "（《中华人民共和国劳动合同法》第九条）。",
    ClaimKind.UNLAWFUL_DEDUCTION: "用人单位不得克扣劳动者工资（《工资支付暂行规定》第十五条）；以罚款、扣款等方式扣减报酬，"
                                  "须有合法依据。",
    ClaimKind.RETURN_DOCUMENTS: "用人单位招用劳动者，不得扣押劳动者的居民身份证和其他证件"
                                "（《中华人民共和国劳动合同法》第九条）。",
    ClaimKind.DOUBLE_PAY: "用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付"
                          "二倍的工资（《中华人民共和国劳动合同法》第八十二条）。",
    ClaimKind.ECONOMIC_COMPENSATION: "有《中华人民共和国劳动合同法》第四十六条规定情形的，用人单位应当向劳动者支付经济补偿，"
                                     "按劳动者在本单位工作的年限计算（同法第四十七条）。",
    ClaimKind.UNLAWFUL_TERMINATION: "用人单位违法解除劳动合同，劳动者不要求继续履行的，用人单位应当按经济补偿标准的二倍"
                                    "支付赔偿金（《中华人民共和国劳动合同法》第四十八条、第八十七条）。",
}

# The category of the worksheet's conclusion and what it teaches (人社部发〔2021〕56号 第一条第（一）项).
_CATEGORY_RULES = {
    "labor_relationship": "企业对劳动者进行支配性劳动管理的，即使双方签订的是“合作协议”，或者劳动者被要求注册为个体工商户，"
                          "也应当依据用工事实认定劳动关系；符合确立劳动关系情形的，企业应当依法与劳动者订立劳动合同"
                          "（劳社部发〔2005〕12号第一条；人社部发〔2021〕56号）。",
    "incomplete_labor_relationship": "不完全符合确立劳动关系情形但企业对劳动者进行劳动管理的，企业应当与劳动者订立书面协议，"
                                     "合理确定双方的权利义务，劳动者的报酬、休息和劳动安全等权益同样受到保障"
                                     "（人社部发〔2021〕56号）。",
    "civil_relationship": "个人依托平台自主开展经营活动、从事自由职业的，按照民事法律调整双方的权利义务"
                          "（人社部发〔2021〕56号）。",
}


@dataclass(frozen=True)
class WorksheetFacts:
    """The relationship worksheet's substance: each factor with the answer recorded, the category
    decided (label and code), the route and the documents the assessment cites."""

    factors: tuple[tuple[str, str], ...]
    category: str
    category_code: str = ""
    route: str = ""
    cited: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """How the case ended, as the record states it: ``clauses`` are the operative sentences (the
    agreement's items or the award's rulings, with the parties' real names: the draft anonymises
    them); ``title`` e.g. 终局裁决 or 仲裁调解书; ``performed`` whether every agreement item is
    recorded as performed (None: not known)."""

    kind: str
    on: date | None = None
    clauses: tuple[str, ...] = ()
    title: str = ""
    performed: bool | None = None
    total: Decimal | None = None


@dataclass(frozen=True)
class TypicalCaseDraft:
    basic_facts: str
    issues: str
    result: str
    significance: str

    @property
    def parts(self) -> tuple[str, str, str, str]:
        return (self.basic_facts, self.issues, self.result, self.significance)


@dataclass(frozen=True)
class PartLeak:
    """A hit of the check in one part (index into :data:`PART_TITLES`)."""

    part: int
    hit: LeakHit

    def as_dict(self) -> dict[str, object]:
        return {"part": PART_TITLES[self.part], **self.hit.as_dict()}


def is_publishable(status: CaseStatus) -> bool:
    return status in PUBLISHABLE


def known_data(detail: CaseDetail, *, others: Iterable[Named] = (), numbers: Iterable[Named] = ()) -> KnownData:
    """Everything the record knows about the case's people: every party, agent and legal
    representative by name (group members included: they are applicants), their identity and
    telephone numbers, credit codes and addresses, the case number; ``others`` adds more people
    (the handler, the mediator, the arbitrators) and ``numbers`` more document numbers."""
    s = detail.summary
    people: list[Named] = []
    enterprises: list[Named] = []
    ids: list[Named] = []
    phones: list[Named] = []
    codes: list[Named] = []
    addresses: list[Named] = []
    for p in detail.parties:
        role = "委托代理人" if p.side is PartySide.AGENT else p.side.label
        who = f"{role}“{p.name}”"
        if p.is_person:
            people.append(Named(p.name, role))
        else:
            enterprises.append(Named(p.name, role))
        if p.legal_representative.strip():
            people.append(Named(p.legal_representative, f"{who}的法定代表人"))
        if p.id_number.strip():
            ids.append(Named(p.id_number, who))
        if p.phone.strip():
            phones.append(Named(p.phone, who))
        if p.credit_code.strip():
            codes.append(Named(p.credit_code, who))
        if p.address.strip():
            addresses.append(Named(p.address, who))
    if not s.is_group and s.worker_name.strip() and all(n.value != s.worker_name for n in people):
        people.append(Named(s.worker_name, "申请人"))
    if s.worker_id_number.strip() and "*" not in s.worker_id_number:
        ids.append(Named(s.worker_id_number, f"申请人“{s.worker_name}”"))
    if s.worker_phone.strip() and "*" not in s.worker_phone:
        phones.append(Named(s.worker_phone, f"申请人“{s.worker_name}”"))
    people.extend(n for n in others if n.value.strip())
    return KnownData(people=tuple(people), enterprises=tuple(enterprises),
                     platforms=(s.platform,) if s.platform.strip() else (), id_numbers=tuple(ids),
                     phones=tuple(phones), credit_codes=tuple(codes), addresses=tuple(addresses),
                     case_numbers=(Named(s.number, "案号"), *(n for n in numbers if n.value.strip())),
                     industry_word=INDUSTRY_WORDS.get(s.industry.value, "互联网"))


def _month(d: date | None) -> str:
    return f"{d.year}年{d.month}月" if d else ""


def _period(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{_month(start)}至{_month(end)}" if (start.year, start.month) != (end.year, end.month) else _month(start)
    return f"{_month(start)}起" if start else (f"截至{_month(end)}" if end else "")


def _names(names: Sequence[str]) -> str:
    return "、".join(names)


def _basic_facts(detail: CaseDetail, org_kind: str) -> str:
    s = detail.summary
    applicants = [p for p in detail.parties if p.side is PartySide.APPLICANT]
    respondents = [p for p in detail.parties if p.side is PartySide.RESPONDENT]
    shown = [p.name for p in applicants[:3]] or [s.worker_name]
    who = _names(shown) + (f"等{len(applicants)}名劳动者" if len(applicants) > 3 else "")
    work = s.industry.label if s.industry.value != "other" else "平台"
    lines = []
    intro = f"申请人{who}"
    intro += f"通过“{s.platform}”平台从事{work}工作" if s.platform.strip() else f"从事{work}工作"
    if respondents:
        roles = "、".join(f"{r.name}{('（' + _role(r.enterprise_role) + '）') if _role(r.enterprise_role) else ''}"
                         for r in respondents)
        intro += f"。被申请人为{roles}"
    lines.append(intro + "。")
    if detail.facts.strip():
        lines.append("申请人称：" + detail.facts.strip().rstrip("。") + "。")
    org = "劳动人事争议仲裁委员会申请仲裁" if org_kind == "arbitration" else "调解组织申请调解"
    claims = []
    if any(c.party_name for c in detail.claims):  # a group dispute: each kind once, with its workers and total
        by_kind: dict[ClaimKind, list[ClaimView]] = {}
        for c in detail.claims:
            by_kind.setdefault(c.kind, []).append(c)
        for i, (kind, items) in enumerate(by_kind.items(), start=1):
            workers = len({c.party_name for c in items if c.party_name})
            money = [c.amount for c in items if c.amount is not None]
            text = kind.label + (f"（{workers}人）" if workers > 1 else "")
            if money:
                text += f"合计{format_yuan(sum(money, Decimal('0')))}"
            claims.append(f"{i}. {text}")
    for i, c in enumerate(() if claims else detail.claims, start=1):
        text = c.kind.label
        period = _period(c.period_start, c.period_end)
        if period:
            text += f"（{period}）"
        if c.amount is not None:
            text += format_yuan(c.amount)
        claims.append(f"{i}. {text}")
    amounts = [c.amount for c in detail.claims if c.amount is not None]
    request = f"{_month(s.received_on)}，申请人向{org}，请求：" + "；".join(claims) + "。" if claims else \
        f"{_month(s.received_on)}，申请人向{org}。"
    if len(amounts) > 1:
        request += f"请求金额合计{format_yuan(sum(amounts, Decimal('0')))}。"
    lines.append(request)
    return "\n".join(lines)


def _role(code: str) -> str:
    return EnterpriseRole.label_of(code) if code else ""


def _issues(detail: CaseDetail, worksheet: WorksheetFacts | None) -> str:
    kinds = list(dict.fromkeys(c.kind for c in detail.claims))
    if worksheet is not None and ClaimKind.CONFIRM_RELATIONSHIP not in kinds:
        kinds.insert(0, ClaimKind.CONFIRM_RELATIONSHIP)
    lines = [f"{i}. {_ISSUES.get(k, _ISSUES[ClaimKind.OTHER])}。" for i, k in enumerate(kinds, start=1)]
    if worksheet is not None and worksheet.factors:
        answered = [f"{label}：{answer}" for label, answer in worksheet.factors if answer]
        open_ = [label for label, answer in worksheet.factors if not answer]
        text = "关于用工关系，逐项审查劳动管理的各项因素：" + "；".join(answered) + "。"
        if open_:
            text += "未查明的因素：" + "、".join(open_) + "。"
        if worksheet.category:
            text += f"综合上述因素，认定为{worksheet.category}。"
        lines.append(text)
    return "\n".join(lines)


def _result(outcome: Outcome, org_kind: str) -> str:
    when = _month(outcome.on)
    at = f"于{when}" if when else ""
    lines: list[str] = []
    if outcome.kind == AGREEMENT:
        how = "经仲裁庭调解" if outcome.title == "仲裁调解书" else "经调解"
        lines.append(f"{how}，双方当事人{at}自愿达成协议：")
    elif outcome.kind == AWARD:
        lines.append(f"仲裁委员会{at}作出{outcome.title or '裁决'}：")
    elif outcome.kind == WITHDRAWN:
        lines.append(f"申请人{at}撤回申请，本案结案。")
    elif outcome.kind == FAILED:
        tail = "告知申请人可以依法申请仲裁" if org_kind != "arbitration" else "本案依法继续处理"
        lines.append(f"双方未能达成调解协议，{at}终止调解，{tail}。")
    else:
        lines.append(f"本案{at}结案。")
    lines.extend(f"{i}. {c}" for i, c in enumerate(outcome.clauses, start=1))
    if outcome.total is not None and len(outcome.clauses) > 1:
        lines.append(f"以上款项合计{format_yuan(outcome.total)}。")
    if outcome.kind == AGREEMENT and outcome.performed is True:
        lines.append("协议约定的各项义务已经履行完毕。")
    return "\n".join(lines)


def _significance(detail: CaseDetail, worksheet: WorksheetFacts | None, outcome: Outcome) -> str:
    s = detail.summary
    lines = [f"本案是{s.industry.label if s.industry.value != 'other' else '平台用工'}领域新就业形态劳动者权益保障的典型案例。"]
    if worksheet is not None:
        rule = _CATEGORY_RULES.get(worksheet.category_code)
        if rule:
            lines.append(rule)
        if worksheet.route:
            label, _sep, text = worksheet.route.partition("：")
            route = f"{label}，即{text.rstrip('。')}" if text else label.rstrip("。")
            lines.append(f"按照认定的用工关系，本类争议的处理途径为{route}。")
    for kind in dict.fromkeys(c.kind for c in detail.claims):
        if kind in _RULES:
            lines.append(_RULES[kind])
    if outcome.kind == AGREEMENT and outcome.title != "仲裁调解书":
        lines.append("调解协议经双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力"
                     "（《中华人民共和国劳动争议调解仲裁法》第十四条）；用人单位在协议约定期限内不支付劳动报酬、经济补偿或者"
                     "赔偿金的，劳动者可以持调解协议书依法向人民法院申请支付令（同法第十六条）。")
    if worksheet is not None and worksheet.cited:
        lines.append("本案参照：" + "；".join(worksheet.cited) + "。")
    return "\n".join(lines)


def draft(detail: CaseDetail, outcome: Outcome, *, worksheet: WorksheetFacts | None = None,
          org_kind: str = "mediation", known: KnownData | None = None) -> TypicalCaseDraft:
    """The four parts from the record, anonymised (``detail`` must hold the full numbers)."""
    known = known or known_data(detail)
    names = pseudonyms(known)
    parts = (_basic_facts(detail, org_kind), _issues(detail, worksheet), _result(outcome, org_kind),
             _significance(detail, worksheet, outcome))
    return TypicalCaseDraft(*(anonymise(p, known, names) for p in parts))


def check_parts(parts: Sequence[str], known: KnownData, *, accepted: Iterable[str] = ()) -> list[PartLeak]:
    """Every hit of the check in every part, part by part (see :func:`domain.anonymise.find_leaks`)."""
    keys = list(accepted)
    return [PartLeak(i, hit) for i, text in enumerate(parts) for hit in find_leaks(text, known, accepted=keys)]
