"""The dispute tables over a real encrypted commission book whose cases are made through the
services (acceptance, tribunal, written review, awards, agreements, withdrawal, 不予受理), with every
figure worked out by hand; the ``report disputes`` verb gives the same figures as JSON and XLSX.

Period: 2026-10-01 .. 2026-11-30. Every date is fixed and lies before the test day.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pytest

from mediation_desk import cli
from mediation_desk.documents.statistics_export import report_json
from mediation_desk.domain.cases import CaseStatus, Claim, ClaimKind, GroupMember, Person
from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.domain.mediation import AgreementItem
from mediation_desk.domain.users import OrganisationView, OrgKind, Role
from mediation_desk.services import arbitration as arb
from mediation_desk.services import mediation as med
from mediation_desk.services.accounts import setup_organisation
from mediation_desk.services.cases import change_status, get_case, register_intake
from mediation_desk.services.statistics import NO_TRIBUNAL, dispute_table
from tests.support.books import (ADMIN_PASSWORD, ADMIN_USERNAME, STAFF_USERNAME, add_user, cli_location, id_number,
                                 make_intake, new_book)

START, END = date(2026, 10, 1), date(2026, 11, 30)
ALL_MET = {"scope": True, "claims_and_facts": True, "proper_parties": True, "jurisdiction": True}
EMPLOYER_OF = {}  # case id -> the first respondent's name (who pays)
ODD_ARBITRATOR = "=HYPERLINK(\"x\")仲裁员"  # a name that looks like a formula: must stay text in the workbook


def claims(*pairs: tuple[ClaimKind, str | None]) -> tuple[Claim, ...]:
    return tuple(Claim(kind=k, amount=Decimal(a) if a is not None else None, basis="请求") for k, a in pairs)


def register(book, staff, n: int, received: date, *pairs: tuple[ClaimKind, str | None]) -> int:
    intake = replace(make_intake(n, received_on=received), claims=claims(*pairs))
    case_id = register_intake(book.uow, staff, intake)
    EMPLOYER_OF[case_id] = intake.respondents[0].name
    return case_id


def ruling(case_id: int, kind: ClaimKind, amount: str, outcome: str) -> arb.Ruling:
    return arb.Ruling(claim=kind.label, outcome=outcome, amount=Decimal(amount) if outcome != arb.DISMISSED else None,
                      claimed_amount=Decimal(amount), claim_kind=kind,
                      payers=(EMPLOYER_OF[case_id],) if outcome != arb.DISMISSED else (),
                      due_days=10 if outcome != arb.DISMISSED else None,
                      subject="" if outcome != arb.DISMISSED else "驳回申请人的该项请求",
                      calculation=f"{amount}元（按结算单计算）" if outcome != arb.DISMISSED else "")


def award(book, staff, case_id: int, on: date, rulings: list[arb.Ruling], *, review_on: date) -> None:
    arb.decide_written_review(book.uow, staff, case_id=case_id, on=review_on, reason="双方书面同意不开庭")
    draft = arb.AwardDraft(claims=tuple(r.claim for r in rulings), facts=(arb.FactFound("申请人在被申请人处从事配送工作。"),),
                           reasoning="依照《中华人民共和国劳动合同法》第三十条……", rulings=tuple(rulings), award_date=on,
                           monthly_minimum_wage=Decimal("1850"))
    made = arb.draft_award(book.uow, staff, case_id=case_id, draft=draft)
    arb.approve_award(book.uow, staff, award_id=made.id)


def agreement(book, staff, case_id: int, on: date, amount: str) -> None:
    med.record_session(book.uow, staff, case_id=case_id, held_on=on, place="调解室", participants="双方",
                       mediator="刘思远", record="双方同意调解。", starts_at=time(9, 30), ends_at=time(11, 0))
    worker = get_case(book.uow, staff, case_id).summary.worker_name
    med.conclude_agreement(book.uow, staff, case_id=case_id, agreed_on=on, today=on, items=[
        AgreementItem(obligor=EMPLOYER_OF[case_id], obligee=worker, content="支付劳动报酬",
                      claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal(amount), due_on=on, method="银行转账")])


@pytest.fixture(scope="module")
def desk(module_store):  # noqa: ANN001 - a single-PC book and an office book
    data_dir = module_store
    book = new_book(module_store)
    org = OrganisationView(name="南昌市劳动人事争议仲裁委员会", kind=OrgKind.ARBITRATION, doc_prefix="洪劳人仲案字",
                           address="南昌市红谷滩区丰和中大道1288号", phone="0791-86000000")
    admin = setup_organisation(book.uow, org=org, admin_username=ADMIN_USERNAME, admin_display_name="系统管理员",
                               admin_password=ADMIN_PASSWORD)
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name="陈国华", role=Role.ARBITRATOR)
    u, ids = book.uow, {}

    # c1: pending at the start; accepted 09-02, award 10-10 granting all 3,000 (final): 39 days
    c1 = ids["c1"] = register(book, staff, 1, date(2026, 9, 1), (ClaimKind.UNPAID_PAY, "3000"))
    arb.review_application(u, staff, case_id=c1, checklist=ALL_MET, decided_on=date(2026, 9, 2))
    arb.form_tribunal(u, staff, case_id=c1, members=[arb.ArbitratorRef("刘仲裁")], formed_on=date(2026, 9, 3))
    award(book, staff, c1, date(2026, 10, 10), [ruling(c1, ClaimKind.UNPAID_PAY, "3000", arb.GRANTED)],
          review_on=date(2026, 9, 20))
    # c2: pending at the start and at the end; accepted 09-11, award period due 10-26: open past due
    c2 = ids["c2"] = register(book, staff, 2, date(2026, 9, 10), (ClaimKind.ECONOMIC_COMPENSATION, "20000"),
                              (ClaimKind.UNPAID_PAY, "2000"))
    arb.review_application(u, staff, case_id=c2, checklist=ALL_MET, decided_on=date(2026, 9, 11))
    arb.form_tribunal(u, staff, case_id=c2, members=[arb.ArbitratorRef(ODD_ARBITRATOR)], formed_on=date(2026, 9, 12))
    # c3: received 10-09, withdrawn 10-20 (11 days)
    c3 = ids["c3"] = register(book, staff, 3, date(2026, 10, 9), (ClaimKind.SOCIAL_INSURANCE, "5000"))
    change_status(u, staff, case_id=c3, target=CaseStatus.WITHDRAWN, on=date(2026, 10, 20), reason="申请人撤回申请")
    # c4: received 10-12, mediation agreement 10-20 for 1,500 of 2,000 (8 days)
    c4 = ids["c4"] = register(book, staff, 4, date(2026, 10, 12), (ClaimKind.UNPAID_PAY, "2000"))
    agreement(book, staff, c4, date(2026, 10, 20), "1500")
    # c5: accepted 08-04, arbitral mediation agreement 08-20 (closed before the period), agreement not
    # performed: back to arbitration 10-15 (reopened), award 11-10 dismissing the claim (99 days)
    c5 = ids["c5"] = register(book, staff, 5, date(2026, 8, 3), (ClaimKind.OVERTIME_PAY, "1000"))
    arb.review_application(u, staff, case_id=c5, checklist=ALL_MET, decided_on=date(2026, 8, 4))
    arb.form_tribunal(u, staff, case_id=c5, members=[arb.ArbitratorRef("刘仲裁")], formed_on=date(2026, 8, 5))
    worker = get_case(u, staff, c5).summary.worker_name
    statement = arb.record_arbitral_mediation(u, staff, case_id=c5, mediated_on=date(2026, 8, 20), claims=["加班费1000元"],
                                              agreement=[{"obligor": EMPLOYER_OF[c5], "obligee": worker,
                                                          "content": "加班费", "amount": "800",
                                                          "due_date": date(2026, 8, 30)}])
    for party in get_case(u, staff, c5).parties:
        if party.side.value in ("applicant", "respondent"):
            arb.serve_award(u, staff, award_id=statement.id, party_id=party.id, method="direct",
                            sent_on=date(2026, 8, 20), signed_by=party.name)
    assert get_case(u, staff, c5).summary.status is CaseStatus.AGREEMENT
    change_status(u, staff, case_id=c5, target=CaseStatus.ARBITRATION, on=date(2026, 10, 15),
                  reason="仲裁调解书未履行，恢复仲裁")
    award(book, staff, c5, date(2026, 11, 10), [ruling(c5, ClaimKind.OVERTIME_PAY, "1000", arb.DISMISSED)],
          review_on=date(2026, 11, 1))
    # c6: collective dispute of ten riders received 11-02, open; 确认劳动关系 in common, 100 each owed
    riders = tuple(GroupMember(Person(name=f"骑手{i}号", id_number=id_number(100 + i)),
                               claims=claims((ClaimKind.UNPAID_PAY, "100")), is_representative=i == 0)
                   for i in range(10))
    group = replace(make_intake(6, received_on=date(2026, 11, 2)), worker=riders[0].person, members=riders,
                    claims=claims((ClaimKind.CONFIRM_RELATIONSHIP, None)))
    ids["c6"] = register_intake(u, staff, group)
    # c7: received after the period; c8: received and closed before it
    ids["c7"] = register(book, staff, 7, date(2026, 12, 1), (ClaimKind.UNPAID_PAY, "700"))
    c8 = ids["c8"] = register(book, staff, 8, date(2026, 9, 15), (ClaimKind.UNPAID_PAY, "800"))
    change_status(u, staff, case_id=c8, target=CaseStatus.CLOSED, on=date(2026, 9, 25), reason="当事人和解")
    # c9: received on the period's last day; c10: not accepted 10-28 (2 days), handed to the court
    ids["c9"] = register(book, staff, 9, date(2026, 11, 30), (ClaimKind.DEPOSIT_REFUND, "300"))
    c10 = ids["c10"] = register(book, staff, 10, date(2026, 10, 26), (ClaimKind.WORK_INJURY, "8000"))
    arb.review_application(u, staff, case_id=c10, checklist={**ALL_MET, "scope": False}, decided_on=date(2026, 10, 28))
    assert get_case(u, staff, c10).summary.status is CaseStatus.HANDOFF
    assert get_case(u, staff, c5).summary.status is CaseStatus.AWARD
    yield book, staff, admin, ids, data_dir
    book.close()


HAND = {
    "pending_start": 2,  # c1, c2 (c5 was concluded on 08-20, c8 closed on 09-25)
    "received": 6, "received_new": 5, "received_reopened": 1,  # c3 c4 c6 c9 c10 + c5
    "collective": 1, "collective_workers": 10, "workers": 1 + 1 + 1 + 10 + 1 + 1,
    "cause_pay": 2, "cause_social_insurance": 2, "cause_relationship": 1, "cause_other": 1, "cause_contract": 0,
    "closed": 5, "way_mediation": 1, "way_award": 2, "way_withdrawal": 1, "way_other": 1,  # c4 | c1 c5 | c3 | c10
    "result_worker": 1, "result_employer": 1, "result_partial": 1, "result_none": 2,  # c1 | c5 | c4 | c3 c10
    "pending_end": 3,  # c2 c6 c9
    "claimed_received": Decimal("17300.00"),  # 5000 + 2000 + 1000 + 10 × 100 + 300 + 8000
    "claimed_closed": Decimal("19000.00"),  # 3000 + 5000 + 2000 + 1000 + 8000
    "awarded": Decimal("3000.00"), "agreed": Decimal("1500.00"),
    "closing_rate": Decimal("62.50"),  # 5 / 8
    "mediation_rate": Decimal("20.00"), "mediation_withdrawal_rate": Decimal("40.00"),
    "final_awards": 2, "final_award_share": Decimal("100.00"),  # both awards are on pay under §47(1)'s limit
    "duration_median": Decimal("11.00"),  # 2, 8, 11, 39, 99
    "duration_p90": Decimal("75.00"),  # 39 + 0.6 × (99 − 39)
    "over_limit": 1, "over_limit_closed": 0, "over_limit_open": 1,  # c2
}


def test_every_indicator_of_the_book(desk) -> None:
    book, staff, admin, ids, _ = desk
    report = dispute_table(book.uow, staff, start=START, end=END)
    assert report.organisation == "南昌市劳动人事争议仲裁委员会"
    assert dict(report.total.values) == HAND
    assert report.total.passed, report.total.failed
    # the administrator sees the same; a legal-aid lawyer may not see statistics
    assert dict(dispute_table(book.uow, admin, start=START, end=END).total.values) == HAND
    lawyer = add_user(book, admin, username="lawyer", display_name="赵律师", role=Role.LEGAL_AID_LAWYER)
    with pytest.raises(PermissionDenied, match="统计"):
        dispute_table(book.uow, lawyer, start=START, end=END)
    with pytest.raises(ValidationError):
        dispute_table(book.uow, staff, start=END, end=START)


def test_by_arbitrator_the_groups_add_up(desk) -> None:
    book, staff, *_ = desk
    report = dispute_table(book.uow, staff, start=START, end=END, by="arbitrator")
    groups = {t.group: t.values for t in report.tables[1:]}
    assert set(groups) == {"刘仲裁", ODD_ARBITRATOR, NO_TRIBUNAL}
    assert (groups["刘仲裁"]["pending_start"], groups["刘仲裁"]["received"], groups["刘仲裁"]["closed"]) == (1, 1, 2)
    assert (groups[ODD_ARBITRATOR]["pending_start"], groups[ODD_ARBITRATOR]["over_limit_open"]) == (1, 1)
    assert (groups[NO_TRIBUNAL]["received"], groups[NO_TRIBUNAL]["closed"]) == (5, 3)  # c3 c4 c6 c9 c10
    assert report.total.passed and "groups_sum" in {c.key for c in report.total.checks}
    assert all(t.passed for t in report.tables)
    by_org = dispute_table(book.uow, staff, start=START, end=END, by="organisation")
    assert [t.group for t in by_org.tables[1:]] == ["南昌市劳动人事争议仲裁委员会"]
    assert dict(by_org.tables[1].values) == HAND


def test_the_quarter_before_counts_the_reopened_case_there(desk) -> None:
    book, staff, *_ = desk
    v = dispute_table(book.uow, staff, start=date(2026, 7, 1), end=date(2026, 9, 30)).total.values
    # received c1 c2 c5 c8; closed c5 (arbitral mediation, 08-20) and c8 (other); c1 c2 pending at 09-30
    assert (v["pending_start"], v["received"], v["closed"], v["pending_end"]) == (0, 4, 2, 2)
    assert (v["way_mediation"], v["way_other"], v["agreed"]) == (1, 1, Decimal("800.00"))


def test_the_cli_writes_the_services_figures(desk, tmp_path, monkeypatch, capsys) -> None:
    book, staff, _, _, data_dir = desk
    expected = report_json(dispute_table(book.uow, staff, start=START, end=END, by="arbitrator"))
    book.close()
    where, env = cli_location(data_dir)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    base = ["report", "disputes", *where, "--from", START.isoformat(), "--to", END.isoformat(),
            "--by", "arbitrator"]
    out = tmp_path / "disputes.json"
    assert cli.main([*base, "--format", "json", "--output", str(out)]) == 0
    assert json.loads(out.read_text("utf-8")) == json.loads(json.dumps(expected, ensure_ascii=False))

    from openpyxl import load_workbook

    xlsx = tmp_path / "disputes.xlsx"
    assert cli.main([*base, "--format", "xlsx", "--output", str(xlsx)]) == 0
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["指标", "校验"]
    rows = list(wb["指标"].iter_rows(min_row=3, values_only=True))
    total = {r[1]: r[3] for r in rows if r[0] == "合计"}
    assert total["当期受理"] == 6 and total["结案"] == 5 and total["结案率"] == pytest.approx(62.5)
    assert total["请求金额（当期受理）"] == pytest.approx(17300)
    odd = [c for row in wb["指标"].iter_rows(min_row=3) for c in row if c.value == ODD_ARBITRATOR]
    assert odd and all(c.data_type == "s" for c in odd)  # text, not a formula
    check_rows = list(wb["校验"].iter_rows(min_row=2, values_only=True))
    assert check_rows and all(r[3] == "通过" for r in check_rows)

    capsys.readouterr()
    for dates, said in ((("2026-13-01", "2026-11-30"), "--from 日期无效：2026-13-01"),
                        (("2026-11-30", "2026-10-01"), "统计期无效：结束日 2026-10-01 早于开始日 2026-11-30")):
        before = out.read_bytes()
        assert cli.main(["report", "disputes", *where, "--from", dates[0], "--to", dates[1],
                         "--output", str(out)]) == 1
        err = capsys.readouterr().err
        assert said in err and len(err.strip().splitlines()) == 1
        assert out.read_bytes() == before  # nothing written
    assert cli.main([*base, "--output", str(tmp_path / "no such folder" / "x.json")]) == 1
    assert "输出文件夹不存在" in capsys.readouterr().err


def test_a_mediation_centre_counts_the_fifteen_day_window(tmp_path) -> None:
    """调解期限 (15 days from the application): m1 agreed on day 9, m2 on day 23 (late), m3 still in
    mediation at the end past its due date, m4 received late in the month and not yet due."""
    from tests.support.books import create_test_book

    book, staff = create_test_book(tmp_path / "centre", cases=0)
    try:
        m1 = register(book, staff, 21, date(2026, 10, 1), (ClaimKind.UNPAID_PAY, "1000"))
        agreement(book, staff, m1, date(2026, 10, 10), "1000")  # due 10-16: in time
        m2 = register(book, staff, 22, date(2026, 10, 2), (ClaimKind.UNPAID_PAY, "1000"))
        agreement(book, staff, m2, date(2026, 10, 25), "600")  # due 10-17 (a Saturday; 10-19 at the latest): late
        m3 = register(book, staff, 23, date(2026, 10, 5), (ClaimKind.UNPAID_PAY, "1000"))
        med.record_session(book.uow, staff, case_id=m3, held_on=date(2026, 10, 6), place="调解室", participants="双方",
                           mediator="刘思远", record="继续调解。", starts_at=time(9, 30), ends_at=time(11, 0))
        register(book, staff, 24, date(2026, 10, 20), (ClaimKind.UNPAID_PAY, "1000"))  # due 11-04
        v = dispute_table(book.uow, staff, start=date(2026, 10, 1), end=date(2026, 10, 31)).total.values
        assert (v["received"], v["closed"], v["way_mediation"], v["pending_end"]) == (4, 2, 2, 2)
        assert (v["result_worker"], v["result_partial"], v["agreed"]) == (1, 1, Decimal("1600.00"))
        assert (v["over_limit"], v["over_limit_closed"], v["over_limit_open"]) == (2, 1, 1)
        assert (v["duration_median"], v["duration_p90"]) == (Decimal("16.00"), Decimal("21.60"))  # 9 and 23 days: 9 + 0.9 × 14
    finally:
        book.close()
