"""The platform-enterprise report (平台企业用工情况) over a real encrypted commission book whose cases
are made through the services: chains of platform, outsourcer and site, worksheets saved with
their categories (a later version replacing an earlier one, two chains assessed differently), a
mediation agreement, an award, a withdrawal, a collective dispute and a reopened case. Every figure
is worked out by hand; ``report platforms`` gives the same figures as JSON and XLSX.

Period: 2026-10-01 .. 2026-11-30. Every date is fixed and lies before the test day.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk import cli
from mediation_desk.config import PASSPHRASE_ENV, AppPaths
from mediation_desk.documents.platform_export import report_json
from mediation_desk.domain.cases import (CaseStatus, Claim, ClaimKind, Enterprise, EnterpriseRole, GroupMember,
                                         Industry, Person)
from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.domain.mediation import AgreementItem
from mediation_desk.domain.users import OrganisationView, OrgKind, Role
from mediation_desk.services import arbitration as arb
from mediation_desk.services import mediation as med
from mediation_desk.services import worksheets as ws
from mediation_desk.services.accounts import setup_organisation
from mediation_desk.services.cases import change_status, get_case, register_intake
from mediation_desk.services.platform_report import platform_report
from mediation_desk.storage.book import create_book
from tests.support.books import (ADMIN_PASSWORD, ADMIN_USERNAME, PASSPHRASE, STAFF_USERNAME, NoKeyring, add_user,
                                 credit_code, id_number, make_intake)

START, END = date(2026, 10, 1), date(2026, 11, 30)
ALL_MET = {"scope": True, "claims_and_facts": True, "proper_parties": True, "jurisdiction": True}
P, B, A, Q, F, D, G = (credit_code(9000 + i) for i in range(7))
PLATFORM = Enterprise("速达外卖平台运营有限公司", P, EnterpriseRole.PLATFORM)
OUTSOURCER = Enterprise("南昌众包劳务有限公司", B, EnterpriseRole.OUTSOURCING)
OUTSOURCER_NO_CODE = Enterprise("南昌众包劳务有限责任公司", "", EnterpriseRole.OUTSOURCING)  # the same (rule of inspection)
SITE = Enterprise("速达外卖红谷滩配送站", A, EnterpriseRole.AGENCY)
ODD = "=CMD()到家家政服务部"  # looks like a formula: must stay text in the workbook


def claims(*pairs: tuple[ClaimKind, str | None]) -> tuple[Claim, ...]:
    return tuple(Claim(kind=k, amount=Decimal(a) if a is not None else None, basis="请求") for k, a in pairs)


def register(book, staff, n: int, received: date, industry: Industry, platform: str,
             respondents: tuple[Enterprise, ...], *pairs: tuple[ClaimKind, str | None],
             members: tuple[GroupMember, ...] = ()) -> int:
    intake = replace(make_intake(n, received_on=received), claims=claims(*pairs), industry=industry,
                     platform=platform, respondents=respondents)
    if members:
        intake = replace(intake, worker=members[0].person, members=members)
    return register_intake(book.uow, staff, intake)


def decide(book, staff, case_id: int, chain_size: int | None, category: str, *, skip: int = 0) -> None:
    chain = ws.respondent_chain(get_case(book.uow, staff, case_id))[skip:chain_size]
    answers = {"continuity": ws.WorksheetAnswer("continuous")}  # too little for a recommendation: decided
    ws.save_worksheet(book.uow, staff, case_id=case_id, chain=chain, answers=answers, context=None,
                      decision=ws.OVERRIDDEN, final_category=category, reason="依据双方陈述及证据认定")


def agreement(book, staff, case_id: int, on: date, amount: str, obligor: str) -> None:
    med.record_session(book.uow, staff, case_id=case_id, held_on=on, place="调解室", participants="双方",
                       mediator="刘思远", record="双方同意调解。", starts_at=time(9, 30), ends_at=time(11, 0))
    worker = get_case(book.uow, staff, case_id).summary.worker_name
    med.conclude_agreement(book.uow, staff, case_id=case_id, agreed_on=on, today=on, items=[
        AgreementItem(obligor=obligor, obligee=worker, content="支付劳动报酬", claim_kind=ClaimKind.UNPAID_PAY,
                      amount=Decimal(amount), due_on=on, method="银行转账")])


def ruling(kind: ClaimKind, amount: str, outcome: str, payer: str) -> arb.Ruling:
    granted = outcome != arb.DISMISSED
    return arb.Ruling(claim=kind.label, outcome=outcome, amount=Decimal(amount) if granted else None,
                      claimed_amount=Decimal(amount), claim_kind=kind, payers=(payer,) if granted else (),
                      due_days=10 if granted else None, subject="" if granted else "驳回申请人的该项请求",
                      calculation=f"{amount}元（按结算单计算）" if granted else "")


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    data_dir = Path(tmp_path_factory.mktemp("platforms")) / "book"
    book = create_book(AppPaths(data_dir), PASSPHRASE, keyring=NoKeyring())
    org = OrganisationView(name="南昌市劳动人事争议仲裁委员会", kind=OrgKind.ARBITRATION, doc_prefix="洪劳人仲案字",
                           address="南昌市红谷滩区丰和中大道1288号", phone="0791-86000000")
    admin = setup_organisation(book.uow, org=org, admin_username=ADMIN_USERNAME, admin_display_name="系统管理员",
                               admin_password=ADMIN_PASSWORD)
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name="陈国华", role=Role.ARBITRATOR)
    u, ids = book.uow, {}
    food, ride, courier, home = Industry.FOOD_DELIVERY, Industry.RIDE_HAILING, Industry.COURIER, Industry.HOUSEKEEPING

    # p1: site -> outsourcer -> platform; 劳动关系; agreement 10-20 for 3,000
    p1 = ids["p1"] = register(book, staff, 1, date(2026, 10, 5), food, "速达外卖", (SITE, OUTSOURCER, PLATFORM),
                              (ClaimKind.UNPAID_PAY, "3000"), (ClaimKind.DEPOSIT_REFUND, "500"))
    decide(book, staff, p1, None, "labor_relationship")
    agreement(book, staff, p1, date(2026, 10, 20), "3000", SITE.name)
    # p2: the outsourcer without its code, the platform; chain (outsourcer, platform) saved as 劳动关系 and
    # then, in a later version, as 不完全符合; chain (platform) as 民事关系: the case counts as 不完全符合.
    # Award 11-15 granting overtime 1,200 and dismissing double pay 6,000.
    p2 = ids["p2"] = register(book, staff, 2, date(2026, 10, 10), food, " 速达外卖", (OUTSOURCER_NO_CODE, PLATFORM),
                              (ClaimKind.CONFIRM_RELATIONSHIP, None), (ClaimKind.OVERTIME_PAY, "1200"),
                              (ClaimKind.DOUBLE_PAY, "6000"))
    decide(book, staff, p2, None, "labor_relationship")
    decide(book, staff, p2, None, "incomplete_labor_relationship")
    decide(book, staff, p2, None, "civil_relationship", skip=1)
    arb.review_application(u, staff, case_id=p2, checklist=ALL_MET, decided_on=date(2026, 10, 11))
    arb.form_tribunal(u, staff, case_id=p2, members=[arb.ArbitratorRef("刘仲裁")], formed_on=date(2026, 10, 12))
    arb.decide_written_review(u, staff, case_id=p2, on=date(2026, 11, 1), reason="双方书面同意不开庭")
    rulings = (ruling(ClaimKind.OVERTIME_PAY, "1200", arb.GRANTED, OUTSOURCER_NO_CODE.name),
               ruling(ClaimKind.DOUBLE_PAY, "6000", arb.DISMISSED, OUTSOURCER_NO_CODE.name))
    draft = arb.AwardDraft(claims=tuple(r.claim for r in rulings), facts=(arb.FactFound("申请人从事外卖配送。"),),
                           reasoning="依照《中华人民共和国劳动法》第四十四条……", rulings=rulings,
                           award_date=date(2026, 11, 15), monthly_minimum_wage=Decimal("1850"))
    arb.approve_award(u, staff, award_id=arb.draft_award(u, staff, case_id=p2, draft=draft).id)
    # p3: platform and franchisee of ride hailing; no worksheet; open
    ids["p3"] = register(book, staff, 3, date(2026, 11, 2), ride, "快跑出行",
                         (Enterprise("快跑出行科技有限公司", Q, EnterpriseRole.PLATFORM),
                          Enterprise("南昌快跑汽车服务加盟店", F, EnterpriseRole.FRANCHISE)),
                         (ClaimKind.WORK_INJURY, "8000"), (ClaimKind.UNLAWFUL_DEDUCTION, "300"))
    # p4: a dispatch agency, no platform recorded; 民事关系; withdrawn 10-25
    p4 = ids["p4"] = register(book, staff, 4, date(2026, 10, 20), courier, "",
                              (Enterprise("顺捷快递南昌人力派遣有限公司", D, EnterpriseRole.DISPATCH),),
                              (ClaimKind.ECONOMIC_COMPENSATION, "5000"))
    decide(book, staff, p4, None, "civil_relationship")
    change_status(u, staff, case_id=p4, target=CaseStatus.WITHDRAWN, on=date(2026, 10, 25), reason="申请人撤回申请")
    # p7: ten riders against one platform, 确认劳动关系 in common and 100 each owed; open
    riders = tuple(GroupMember(Person(name=f"骑手{i}号", id_number=id_number(300 + i)),
                               claims=claims((ClaimKind.UNPAID_PAY, "100")), is_representative=i == 0)
                   for i in range(10))
    ids["p7"] = register(book, staff, 7, date(2026, 11, 20), food, "赣味到家",
                         (Enterprise("赣味到家平台公司", G, EnterpriseRole.PLATFORM),),
                         (ClaimKind.CONFIRM_RELATIONSHIP, None), members=riders)
    # p8: received 08-03, agreement 08-20 for 900, not performed: back to arbitration 10-15 (reopened)
    p8 = ids["p8"] = register(book, staff, 8, date(2026, 8, 3), home, "到家家政",
                              (Enterprise(ODD, "", EnterpriseRole.OTHER),), (ClaimKind.UNPAID_PAY, "900"))
    arb.review_application(u, staff, case_id=p8, checklist=ALL_MET, decided_on=date(2026, 8, 4))
    worker = get_case(u, staff, p8).summary.worker_name
    statement = arb.record_arbitral_mediation(u, staff, case_id=p8, mediated_on=date(2026, 8, 20), claims=["工资900元"],
                                              agreement=[{"obligor": ODD, "obligee": worker, "content": "工资",
                                                          "amount": "900", "due_date": date(2026, 8, 30)}])
    for party in get_case(u, staff, p8).parties:
        if party.side.value in ("applicant", "respondent"):
            arb.serve_award(u, staff, award_id=statement.id, party_id=party.id, method="direct",
                            sent_on=date(2026, 8, 20), signed_by=party.name)
    assert get_case(u, staff, p8).summary.status is CaseStatus.AGREEMENT
    change_status(u, staff, case_id=p8, target=CaseStatus.ARBITRATION, on=date(2026, 10, 15),
                  reason="仲裁调解书未履行，恢复仲裁")
    # outside the period: received before it and closed before it; received after it
    p5 = register(book, staff, 5, date(2026, 9, 1), food, "速达外卖", (PLATFORM,), (ClaimKind.UNPAID_PAY, "700"))
    change_status(u, staff, case_id=p5, target=CaseStatus.CLOSED, on=date(2026, 9, 20), reason="当事人和解")
    register(book, staff, 6, date(2026, 12, 1), food, "速达外卖", (PLATFORM,), (ClaimKind.UNPAID_PAY, "600"))
    assert get_case(u, staff, p2).summary.status is CaseStatus.AWARD
    yield book, staff, admin, ids, data_dir
    book.close()


def fig(cases, workers, claimed, mediation=0, award=0, withdrawal=0, agreed="0", awarded="0"):  # noqa: ANN001, ANN201
    return {"cases": cases, "workers": workers, "claimed": Decimal(claimed).quantize(Decimal("0.01")),
            "concluded": mediation + award + withdrawal, "way_mediation": mediation, "way_award": award,
            "way_withdrawal": withdrawal, "way_other": 0, "agreed": Decimal(agreed).quantize(Decimal("0.01")),
            "awarded": Decimal(awarded).quantize(Decimal("0.01"))}


ZERO = fig(0, 0, "0")
# received: p1 p2 p3 p4 p7 (new) + p8 (reopened); workers 1+1+1+1+10+1; claimed 3500+7200+8300+5000+1000+900
TOTAL = fig(6, 15, "25900", mediation=1, award=1, withdrawal=1, agreed="3000", awarded="1200")
INDUSTRY = {"food_delivery": fig(3, 12, "11700", mediation=1, award=1, agreed="3000", awarded="1200"),  # p1 p2 p7
            "ride_hailing": fig(1, 1, "8300"), "courier": fig(1, 1, "5000", withdrawal=1),
            "housekeeping": fig(1, 1, "900"), "freight": ZERO, "live_streaming": ZERO, "other": ZERO}
PLATFORMS = [("速达外卖", fig(2, 2, "10700", mediation=1, award=1, agreed="3000", awarded="1200")),
             ("到家家政", fig(1, 1, "900")), ("快跑出行", fig(1, 1, "8300")), ("赣味到家", fig(1, 10, "1000")),
             ("（未填写平台）", fig(1, 1, "5000", withdrawal=1))]
ROLES = {"platform": fig(4, 13, "20000", mediation=1, award=1, agreed="3000", awarded="1200"),  # p1 p2 p3 p7
         "partner": fig(1, 1, "3500", mediation=1, agreed="3000"),  # p1
         "outsourcing": fig(2, 2, "10700", mediation=1, award=1, agreed="3000", awarded="1200"),  # p1 p2
         "dispatch": fig(1, 1, "5000", withdrawal=1), "franchise": fig(1, 1, "8300"), "other": fig(1, 1, "900")}
CATEGORIES = {"labor_relationship": fig(1, 1, "3500", mediation=1, agreed="3000"),
              "incomplete_labor_relationship": fig(1, 1, "7200", award=1, awarded="1200"),
              "civil_relationship": fig(1, 1, "5000", withdrawal=1),
              "none": fig(3, 12, "10200")}  # p3 p7 p8
CLAIMS = {"pay": fig(3, 12, "4900", mediation=1, agreed="3000"),  # p1 3000, p7 10 × 100, p8 900
          "deposit": fig(1, 1, "500", mediation=1, agreed="3000"),  # the whole case's agreement
          "relationship": fig(2, 11, "0", award=1, awarded="1200"),  # p2 p7, no amount
          "overtime": fig(1, 1, "1200", award=1, awarded="1200"), "double_pay": fig(1, 1, "6000", award=1, awarded="1200"),
          "injury": fig(1, 1, "8000"), "deduction": fig(1, 1, "300"), "compensation": fig(1, 1, "5000", withdrawal=1),
          "social_insurance": ZERO, "other": ZERO, "none": ZERO}


def rows(report, key):  # noqa: ANN001, ANN201
    return {r.key: dict(r.values) for r in report.breakdown(key).rows}


def test_every_breakdown_of_the_book(desk) -> None:
    book, staff, admin, ids, _ = desk
    report = platform_report(book.uow, staff, start=START, end=END)
    assert report.passed, report.failed
    assert dict(report.total) == TOTAL and (report.received_new, report.received_reopened) == (5, 1)
    assert [b.key for b in report.breakdowns] == ["industry", "platform", "role", "enterprise", "category", "claim_kind"]
    assert rows(report, "industry") == INDUSTRY
    assert [(r.label, dict(r.values)) for r in report.breakdown("platform").rows] == PLATFORMS
    assert rows(report, "role") == ROLES
    assert rows(report, "category") == CATEGORIES
    assert rows(report, "claim_kind") == CLAIMS
    firms = {r.label: r for r in report.breakdown("enterprise").rows}
    assert set(firms) == {PLATFORM.name, OUTSOURCER.name, SITE.name, "快跑出行科技有限公司", "南昌快跑汽车服务加盟店",
                          "顺捷快递南昌人力派遣有限公司", "赣味到家平台公司", ODD}
    outsourcer = firms[OUTSOURCER.name]  # p1 with its code, p2 by its name only: one enterprise
    assert dict(outsourcer.values) == ROLES["outsourcing"] and outsourcer.credit_code == B
    assert outsourcer.other_names == (OUTSOURCER_NO_CODE.name,) and outsourcer.roles == ("外包",)
    assert dict(firms[PLATFORM.name].values) == ROLES["outsourcing"] and firms[PLATFORM.name].roles == ("平台",)
    assert dict(firms[SITE.name].values) == ROLES["partner"] and firms[SITE.name].roles == ("合作商/站点",)
    assert dict(firms[ODD].values) == fig(1, 1, "900") and firms[ODD].credit_code == ""
    # P 2 + B 2 + site, Q, F, D, G, ODD 1 each = 10 rows-counts for 6 cases: multi-valued
    assert sum(int(r.values["cases"]) for r in report.breakdown("enterprise").rows) == 10
    for key in ("industry", "platform", "category"):
        assert not report.breakdown(key).multi_valued
        assert {c.key for c in report.breakdown(key).checks} >= {f"{key}_cases_sum", f"{key}_claimed_sum"}
    for key in ("role", "enterprise", "claim_kind"):
        assert report.breakdown(key).multi_valued and f"{key}_every_case" in {c.key for c in report.breakdown(key).checks}
    assert {c.key for c in report.checks} == {"received_parts", "sql_received"}
    # the administrator sees the same; a legal-aid lawyer may not see statistics; a backward period is refused
    assert dict(platform_report(book.uow, admin, start=START, end=END).total) == TOTAL
    lawyer = add_user(book, admin, username="lawyer", display_name="赵律师", role=Role.LEGAL_AID_LAWYER)
    with pytest.raises(PermissionDenied, match="统计"):
        platform_report(book.uow, lawyer, start=START, end=END)
    with pytest.raises(ValidationError):
        platform_report(book.uow, staff, start=END, end=START)


def test_august_sees_the_reopened_case_as_new_and_agreed(desk) -> None:
    book, staff, *_ = desk
    report = platform_report(book.uow, staff, start=date(2026, 8, 1), end=date(2026, 8, 31))
    assert dict(report.total) == fig(1, 1, "900", mediation=1, agreed="900")  # p8 only
    assert rows(report, "industry")["housekeeping"] == fig(1, 1, "900", mediation=1, agreed="900")
    assert report.passed, report.failed


def test_the_cli_writes_the_services_figures(desk, tmp_path, monkeypatch, capsys) -> None:
    book, staff, _, _, data_dir = desk
    expected = report_json(platform_report(book.uow, staff, start=START, end=END))
    book.close()
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    base = ["report", "platforms", "--data-dir", str(data_dir), "--from", START.isoformat(), "--to", END.isoformat()]
    out = tmp_path / "platforms.json"
    assert cli.main([*base, "--format", "json", "--output", str(out)]) == 0
    written = json.loads(out.read_text("utf-8"))
    assert written == json.loads(json.dumps(expected, ensure_ascii=False))
    assert written["total"]["claimed"] == "25900.00" and written["passed"] is True

    from openpyxl import load_workbook

    xlsx = tmp_path / "platforms.xlsx"
    assert cli.main([*base, "--format", "xlsx", "--output", str(xlsx)]) == 0
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["按行业", "按平台", "按用工链条中的企业角色", "按合作企业", "按劳动关系认定类别", "按请求种类",
                             "定义", "校验"]
    industry = {r[0]: r[1:] for r in wb["按行业"].iter_rows(min_row=3, values_only=True)}
    assert industry["外卖配送"][:4] == (3, 12, pytest.approx(11700), 2) and industry["合计"][0] == 6
    firms = list(wb["按合作企业"].iter_rows(min_row=3))
    odd = [c for row in firms for c in row if c.value == ODD]
    assert odd and all(c.data_type == "s" for c in odd)  # text, not a formula
    assert {r[0] for r in wb["定义"].iter_rows(min_row=2, values_only=True)} >= {"按行业", "按请求种类"}
    check_rows = list(wb["校验"].iter_rows(min_row=2, values_only=True))
    assert check_rows and all(r[3] == "通过" for r in check_rows)

    capsys.readouterr()
    for dates, said in ((("2026-10-01", "2026-02-30"), "--to 日期无效：2026-02-30"),
                        (("2026-11-30", "2026-10-01"), "统计期无效：结束日 2026-10-01 早于开始日 2026-11-30")):
        before = out.read_bytes()
        assert cli.main(["report", "platforms", "--data-dir", str(data_dir), "--from", dates[0], "--to", dates[1],
                         "--output", str(out)]) == 1
        err = capsys.readouterr().err
        assert said in err and len(err.strip().splitlines()) == 1
        assert out.read_bytes() == before  # nothing written
    assert cli.main([*base, "--by", "arbitrator", "--output", str(tmp_path / "x.json")]) == 1
    assert not (tmp_path / "x.json").exists()
