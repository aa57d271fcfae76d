"""法院衔接 on a real encrypted commission book: awards made through the arbitration services, the
courts' filings and outcomes recorded (with the judgment's PDF in the vault), the periods they close
and restart, the figures of a period worked out by hand, ``report court`` as JSON and XLSX, and
refusals that write nothing. Each test runs on a single-PC book and on an office book (PostgreSQL);
an office book keeps no evidence files yet, so there the judgment's PDF is left out.

Every fixed date lies before the earliest day the date-sensitive tests run on (2026-10-02).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from mediation_desk import cli
from mediation_desk.documents.court_export import figures_json
from mediation_desk.domain.cases import CaseStatus, Claim, ClaimKind
from mediation_desk.domain.court import (BroughtBy, CourtDecision, FilingInput, ItemResult, ItemResultInput,
                                         OutcomeInput, ProceedingKind)
from mediation_desk.domain.court_figures import Grouping
from mediation_desk.domain.errors import ConflictError, PermissionDenied, ValidationError
from mediation_desk.domain.users import OrganisationView, OrgKind, Role
from mediation_desk.services import arbitration as arb
from mediation_desk.services import court
from mediation_desk.services.accounts import setup_organisation
from mediation_desk.services.cases import get_case, register_intake
from mediation_desk.services.deadlines import case_deadlines
from mediation_desk.services.evidence import list_evidence
from mediation_desk.storage.maintenance.office_verify import verify_office_book
from mediation_desk.storage.maintenance.verify import verify_book
from mediation_desk.storage.vault import Vault
from tests.support.books import (ADMIN_PASSWORD, ADMIN_USERNAME, STAFF_USERNAME, add_user, cli_location, make_intake,
                                 new_book)
from tests.support.clock import TODAY

ALL_MET = {"scope": True, "claims_and_facts": True, "proper_parties": True, "jurisdiction": True}
BASIC_COURT = "南昌市红谷滩区人民法院"
INTERMEDIATE_COURT = "江西省南昌市中级人民法院"
ODD_ARBITRATOR = "=HYPERLINK(\"x\")仲裁员"  # looks like a formula: must stay text in the workbook
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _register(book, staff, n: int, received: date) -> int:
    intake = replace(make_intake(n, received_on=received),
                     claims=(Claim(kind=ClaimKind.UNPAID_PAY, amount=Decimal("6790"), basis="拖欠报酬"),))
    return register_intake(book.uow, staff, intake)


def _ruling(payer: str, kind: ClaimKind, amount: str) -> arb.Ruling:
    return arb.Ruling(claim=kind.label, outcome=arb.GRANTED, amount=Decimal(amount), claimed_amount=Decimal(amount),
                      claim_kind=kind, payers=(payer,), due_days=10, calculation=f"{amount}元")


def _award(book, staff, case_id: int, tribunal: arb.ArbitratorRef, on: date, rulings: list[tuple[ClaimKind, str]],
           served: date) -> arb.Award:
    u = book.uow
    arb.review_application(u, staff, case_id=case_id, checklist=ALL_MET, decided_on=on - timedelta(days=30))
    arb.form_tribunal(u, staff, case_id=case_id, members=[tribunal], formed_on=on - timedelta(days=29))
    arb.decide_written_review(u, staff, case_id=case_id, on=on - timedelta(days=10), reason="双方书面同意不开庭")
    detail = get_case(u, staff, case_id)
    employer = next(p for p in detail.parties if p.side.value == "respondent")
    worker = next(p for p in detail.parties if p.side.value == "applicant")
    draft = arb.AwardDraft(claims=tuple(k.label for k, _ in rulings), facts=(arb.FactFound("申请人在被申请人处从事配送工作。"),),
                           reasoning="依照《中华人民共和国劳动合同法》第三十条……",
                           rulings=tuple(_ruling(employer.name, k, a) for k, a in rulings), award_date=on,
                           monthly_minimum_wage=Decimal("1850"))
    made = arb.approve_award(u, staff, award_id=arb.draft_award(u, staff, case_id=case_id, draft=draft).id)
    for party in (worker, employer):
        arb.serve_award(u, staff, award_id=made.id, party_id=party.id, method="direct", sent_on=served,
                        signed_by=party.name)
    return made


@pytest.fixture(scope="module")
def desk(tmp_path_factory, module_store):  # noqa: ANN001
    root = Path(tmp_path_factory.mktemp("court"))
    data_dir = module_store
    book = new_book(module_store)
    office = not isinstance(module_store, Path)
    org = OrganisationView(name="南昌市劳动人事争议仲裁委员会", kind=OrgKind.ARBITRATION, doc_prefix="洪劳人仲案字",
                           address="南昌市红谷滩区丰和中大道1288号", phone="0791-86000000")
    admin = setup_organisation(book.uow, org=org, admin_username=ADMIN_USERNAME, admin_display_name="系统管理员",
                               admin_password=ADMIN_PASSWORD)
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name="陈国华", role=Role.ARBITRATOR)
    clerk = add_user(book, admin, username="clerk", display_name="王晓梅", role=Role.CLERK)
    lawyer = add_user(book, admin, username="lawyer", display_name="赵律师", role=Role.LEGAL_AID_LAWYER)
    chen = arb.ArbitratorRef("陈国华", staff.user_id)
    # c1: mixed award 07-06 (item 1 pay, final; item 2 a deduction, not a §47(1) kind, and item 3 damages of
    # 36,000 > 12 x 1,850: non-final), served 07-08
    c1 = _register(book, staff, 1, date(2026, 6, 1))
    a1 = _award(book, staff, c1, chen, date(2026, 7, 6), [(ClaimKind.UNPAID_PAY, "6790.00"),
                                                         (ClaimKind.UNLAWFUL_DEDUCTION, "770.00"),
                                                         (ClaimKind.UNLAWFUL_TERMINATION, "36000.00")],
                date(2026, 7, 8))
    # c2: final award 07-10, served Mon 07-13
    c2 = _register(book, staff, 2, date(2026, 6, 3))
    a2 = _award(book, staff, c2, arb.ArbitratorRef("李红梅"), date(2026, 7, 10), [(ClaimKind.UNPAID_PAY, "5000.00")],
                date(2026, 7, 13))
    # c3: final award 07-15, never taken to court
    c3 = _register(book, staff, 3, date(2026, 6, 5))
    _award(book, staff, c3, arb.ArbitratorRef(ODD_ARBITRATOR), date(2026, 7, 15), [(ClaimKind.OVERTIME_PAY, "900.00")],
           date(2026, 7, 17))
    # c4: final award 08-03, served Wed 08-05 (outside the July and September figures below)
    c4 = _register(book, staff, 4, date(2026, 6, 8))
    a4 = _award(book, staff, c4, chen, date(2026, 8, 3), [(ClaimKind.UNPAID_PAY, "4000.00")], date(2026, 8, 5))
    pdf = root / "判决书.pdf"
    pdf.write_bytes(PDF)
    yield dict(book=book, vault=None if office else Vault(book), office=office, staff=staff, clerk=clerk, admin=admin, lawyer=lawyer, c1=c1, c2=c2,
               c3=c3, c4=c4, a1=a1, a2=a2, a4=a4, pdf=pdf, data_dir=data_dir, root=root)
    book.close()


def dues(d, case_id: int, today: date) -> dict[str, date | None]:
    """The court-related deadlines of the case (the steps before the award are not recorded here)."""
    return {x.code: x.due for x in case_deadlines(d["book"].uow, d["staff"], case_id, today=today)
            if x.code in court.COURT_DEADLINES}


def _counts(book) -> tuple[int, ...]:
    with book.engine.connect() as conn:
        return tuple(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                     for t in ("court_proceedings", "court_outcome_items", "case_events", "evidence_items", "audit_log"))


def _vault_files(d) -> list[str]:
    if d["office"]:
        return []
    return sorted(str(p.relative_to(d["data_dir"])) for p in d["data_dir"].rglob("*")
                  if p.is_file() and p.relative_to(d["data_dir"]).parts[0] == "vault")


def test_a_worker_suit_with_a_judgment_per_item_and_its_pdf(desk) -> None:
    book, staff, clerk = desk["book"], desk["staff"], desk["clerk"]
    c1, a1 = desk["c1"], desk["a1"]
    # served 07-08: 15 days to sue -> Thu 07-23; 30 days to apply to set aside (final part) -> Fri 08-07
    assert dues(desk, c1, date(2026, 7, 9)) == {"sue_after_award": date(2026, 7, 23),
                                                 "revoke_final_award": date(2026, 8, 7)}
    p = court.record_filing(book.uow, clerk, filing=FilingInput(
        case_id=c1, kind=ProceedingKind.LAWSUIT, court=BASIC_COURT, filed_on=date(2026, 7, 20),
        brought_by=BroughtBy.WORKER, court_case_number="（2026）赣0113民初2001号", award_id=a1.id))
    assert p.pending and p.award_number == a1.number and p.status_text == "审理中（2026年7月20日立案）"
    assert get_case(book.uow, staff, c1).summary.status is CaseStatus.HANDOFF
    assert dues(desk, c1, date(2026, 7, 21)) == {}  # the suit closes both periods

    done = court.record_outcome(book.uow, desk["vault"], staff, proceeding_id=p.id,
                                judgment_file=None if desk["office"] else desk["pdf"],
                                outcome=OutcomeInput(
                                    decision=CourtDecision.JUDGMENT, decided_on=date(2026, 9, 10),
                                    judgment_number="（2026）赣0113民初2001号", received_on=date(2026, 9, 14),
                                    items=(ItemResultInput(1, ItemResult.UPHELD),
                                           ItemResultInput(2, ItemResult.CHANGED, Decimal("500")),
                                           ItemResultInput(3, ItemResult.CHANGED, Decimal("24000.00")))))
    o = done.outcome
    assert o is not None and o.decision is CourtDecision.JUDGMENT and o.received_on == date(2026, 9, 14)
    assert [(r.award_item_no, r.claim, r.awarded_amount, r.result, r.new_amount) for r in o.items] == [
        (1, "拖欠劳动报酬", Decimal("6790.00"), ItemResult.UPHELD, None),
        (2, "返还违法罚款、扣款", Decimal("770.00"), ItemResult.CHANGED, Decimal("500.00")),
        (3, "违法解除劳动合同赔偿金", Decimal("36000.00"), ItemResult.CHANGED, Decimal("24000.00"))]
    if not desk["office"]:
        files = {e.id: e for e in list_evidence(book.uow, staff, case_id=c1)}
        judgment = files[o.judgment_evidence_id]
        assert judgment.title == f"{BASIC_COURT}判决（（2026）赣0113民初2001号）"
        assert judgment.original_filename == "判决书.pdf" and judgment.provided_by == BASIC_COURT
    with pytest.raises(ConflictError, match="已记录法院结果"):
        court.record_outcome(book.uow, None, staff, proceeding_id=p.id, outcome=OutcomeInput(
            decision=CourtDecision.WITHDRAWN, decided_on=date(2026, 9, 10), judgment_number="x"))

    view = court.case_court_view(book.uow, staff, case_id=c1)
    assert view.proceedings == (done,) and view.can_record
    assert [(i.no, i.final) for i in view.awards[0].items] == [(1, True), (2, False), (3, False)]
    assert CourtDecision.SET_ASIDE in view.decisions[ProceedingKind.SET_ASIDE]


def test_withdrawn_suit_restarts_the_employers_thirty_days_then_the_award_is_set_aside(desk) -> None:
    book, staff = desk["book"], desk["staff"]
    c2, a2 = desk["c2"], desk["a2"]
    suit = court.record_filing(book.uow, staff, filing=FilingInput(
        case_id=c2, kind=ProceedingKind.LAWSUIT, court=BASIC_COURT, filed_on=date(2026, 7, 20),
        brought_by=BroughtBy.WORKER, award_id=a2.id))
    court.record_outcome(book.uow, desk["vault"], staff, proceeding_id=suit.id, outcome=OutcomeInput(
        decision=CourtDecision.WITHDRAWN, decided_on=date(2026, 8, 10), judgment_number="（2026）赣0113民初2002号之一",
        received_on=date(2026, 8, 12)))
    # the withdrawal ruling received Wed 08-12: 30 days -> Fri 09-11
    ds = {d.code: d for d in court.case_court_view(book.uow, staff, case_id=c2, today=date(2026, 8, 13)).deadlines}
    assert set(ds) == {"revoke_after_suit_ended"} and ds["revoke_after_suit_ended"].due == date(2026, 9, 11)

    with pytest.raises(ValidationError) as refused:
        court.record_filing(book.uow, staff, filing=FilingInput(
            case_id=c2, kind=ProceedingKind.SET_ASIDE, court=INTERMEDIATE_COURT, filed_on=date(2026, 9, 1),
            brought_by=BroughtBy.WORKER, award_id=a2.id))
    assert "只能是用人单位" in refused.value.fields["brought_by"]
    aside = court.record_filing(book.uow, staff, filing=FilingInput(
        case_id=c2, kind=ProceedingKind.SET_ASIDE, court=INTERMEDIATE_COURT, filed_on=date(2026, 9, 1),
        brought_by=BroughtBy.EMPLOYER, court_case_number="（2026）赣01民特301号", award_id=a2.id))
    assert dues(desk, c2, date(2026, 9, 2)) == {}
    done = court.record_outcome(book.uow, desk["vault"], staff, proceeding_id=aside.id, outcome=OutcomeInput(
        decision=CourtDecision.SET_ASIDE, decided_on=date(2026, 9, 25), judgment_number="（2026）赣01民特301号",
        received_on=date(2026, 9, 26)))
    assert [(r.award_item_no, r.result) for r in done.outcome.items] == [(1, ItemResult.SET_ASIDE)]
    # the set-aside ruling received Sat 09-26: 15 days -> Sun 10-11 -> Mon 10-12
    assert dues(desk, c2, date(2026, 9, 28)) == {"sue_after_set_aside": date(2026, 10, 12)}
    listed = court.list_for_case(book.uow, staff, case_id=c2)
    assert [p.kind for p in listed] == [ProceedingKind.LAWSUIT, ProceedingKind.SET_ASIDE]


def test_a_set_aside_application_moves_the_case_to_the_court(desk) -> None:
    book, staff, c4 = desk["book"], desk["staff"], desk["c4"]
    # served Wed 08-05: sue -> Thu 08-20; set aside -> Fri 09-04
    assert dues(desk, c4, date(2026, 8, 6)) == {"sue_after_award": date(2026, 8, 20),
                                                 "revoke_final_award": date(2026, 9, 4)}
    court.record_filing(book.uow, staff, filing=FilingInput(
        case_id=c4, kind=ProceedingKind.SET_ASIDE, court=INTERMEDIATE_COURT, filed_on=date(2026, 8, 18),
        brought_by=BroughtBy.EMPLOYER, award_id=desk["a4"].id))
    detail = get_case(book.uow, staff, c4)
    assert detail.summary.status is CaseStatus.HANDOFF
    # the application closes the 30 days; the worker's own 15 days still run
    assert dues(desk, c4, date(2026, 8, 18)) == {"sue_after_award": date(2026, 8, 20)}
    with book.engine.connect() as conn:
        rows = conn.execute(text("SELECT kind, event_date, from_status, to_status FROM case_events "
                                 "WHERE case_id = :c AND kind = 'revocation_applied'"), {"c": c4}).all()
    assert [tuple(str(v) for v in r) for r in rows] == [("revocation_applied", "2026-08-18", "award", "handoff")]


def test_the_figures_of_july_by_award_date(desk) -> None:
    book, staff = desk["book"], desk["staff"]
    r = court.court_figures(book.uow, staff, start=date(2026, 7, 1), end=date(2026, 7, 31))
    v = {f.key: f.value for f in r.commission.figures}
    # awards c1, c2, c3 = 3; taken to court c1, c2 -> 2/3 = 66.67%
    # items: c1 upheld 1, changed 2; c2 set aside 1 -> 4: upheld 25%, changed 50%, set aside 25%
    assert (v["awards_made"], v["awards_challenged"], v["suit_rate"]) == (3, 2, Decimal("66.67"))
    assert (v["items_decided"], v["upheld_rate"], v["changed_rate"], v["set_aside_rate"], v["consistency_rate"]) == (
        4, Decimal("25.00"), Decimal("50.00"), Decimal("25.00"), Decimal("25.00"))
    assert r.commission.figure("suit_rate").case_ids == tuple(sorted((desk["c1"], desk["c2"])))
    by = {g.label: {f.key: f.value for f in g.figures} for g in r.of(Grouping.ARBITRATOR)}
    # the presiding arbitrator: 陈国华 (a user) c1; 李红梅 c2; the odd name c3
    assert by["陈国华"]["suit_rate"] == Decimal("100.00") and by["陈国华"]["upheld_rate"] == Decimal("33.33")
    assert by["李红梅"]["set_aside_rate"] == Decimal("100.00")
    assert by[ODD_ARBITRATOR]["suit_rate"] == Decimal("0.00") and by[ODD_ARBITRATOR]["upheld_rate"] is None
    kinds = {g.label: {f.key: f.value for f in g.figures} for g in r.of(Grouping.CLAIM_KIND)}
    # pay items: c1 item 1 upheld, c2 item 1 set aside -> 50% / 50%
    assert kinds["拖欠劳动报酬"]["awards_made"] == 2 and kinds["拖欠劳动报酬"]["upheld_rate"] == Decimal("50.00")
    assert {g.grouping for g in r.groups} == set(Grouping) and r.of(Grouping.RESPONDENT)

    # by court date, September: no award made; the set-aside application filed 09-01; 4 items decided
    s = court.court_figures(book.uow, staff, start=date(2026, 9, 1), end=date(2026, 9, 30), basis="outcome")
    v = {f.key: f.value for f in s.commission.figures}
    assert (v["awards_made"], v["awards_challenged"], v["suit_rate"], v["items_decided"]) == (0, 1, None, 4)


def test_refusals_write_nothing(desk) -> None:
    book, staff, c3 = desk["book"], desk["staff"], desk["c3"]
    filing = FilingInput(case_id=c3, kind=ProceedingKind.LAWSUIT, court=BASIC_COURT, filed_on=TODAY + timedelta(days=1),
                         brought_by=BroughtBy.WORKER, award_id=desk["a1"].id)
    with pytest.raises(ValidationError) as exc:
        court.record_filing(book.uow, staff, filing=filing)
    assert "立案日期不能晚于今天" in exc.value.fields["filed_on"] and "不是本案的裁决书" in exc.value.fields["award_id"]
    for who in ("admin", "lawyer"):
        with pytest.raises(PermissionDenied):
            court.record_filing(book.uow, desk[who], filing=replace(filing, filed_on=date(2026, 8, 1)))
    text = desk["root"] / "judgment.pdf.txt"
    text.write_text("不是PDF", "utf-8")
    pending = court.record_filing(book.uow, staff, filing=FilingInput(
        case_id=c3, kind=ProceedingKind.PRESERVATION, court=BASIC_COURT, filed_on=date(2026, 7, 20),
        brought_by=BroughtBy.WORKER))
    before, vault_before = _counts(book), _vault_files(desk)
    # an office book has no evidence files yet: the judgment's file is refused as such
    with pytest.raises(ValidationError, match="不能保存裁判文书" if desk["office"] else "裁判文书应为PDF文件"):
        court.record_outcome(book.uow, desk["vault"], staff, proceeding_id=pending.id, judgment_file=text,
                             outcome=OutcomeInput(decision=CourtDecision.RULING, decided_on=date(2026, 7, 22),
                                                  judgment_number="（2026）赣0113财保88号"))
    with pytest.raises(ValidationError, match="“裁定”没有对裁决事项作出处理，不能填写逐项结果"):
        court.record_outcome(book.uow, desk["vault"], staff, proceeding_id=pending.id, outcome=OutcomeInput(
            decision=CourtDecision.RULING, decided_on=date(2026, 7, 22), judgment_number="（2026）赣0113财保88号",
            items=(ItemResultInput(1, ItemResult.UPHELD),)))
    assert _counts(book) == before
    assert _vault_files(desk) == vault_before  # the refused judgment left no file behind
    # the audit trail covers the new tables: the book verifies
    assert court.get(book.uow, staff, proceeding_id=pending.id).pending
    assert (verify_office_book(book) if desk["office"] else verify_book(book)).ok


def test_report_court_writes_json_and_xlsx(desk, tmp_path, monkeypatch, capsys) -> None:
    book, staff = desk["book"], desk["staff"]
    expected = figures_json(court.court_figures(book.uow, staff, start=date(2026, 7, 1), end=date(2026, 7, 31)),
                            organisation="南昌市劳动人事争议仲裁委员会")
    book.close()
    where, env = cli_location(desk["data_dir"])
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    base = ["report", "court", *where, "--from", "2026-07-01", "--to", "2026-07-31"]
    out = tmp_path / "court.json"
    assert cli.main([*base, "--format", "json", "--output", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert data == json.loads(json.dumps(expected, ensure_ascii=False))
    total = next(g for g in data["groups"] if g["grouping"] == "commission")
    suit = next(f for f in total["figures"] if f["key"] == "suit_rate")
    assert suit["value"] == "66.67" and len(suit["cases"]) == 2 and all("洪劳人仲案字" in c for c in suit["cases"])
    assert "仲裁后起诉率66.67%" in capsys.readouterr().out

    from openpyxl import load_workbook

    xlsx = tmp_path / "court.xlsx"
    assert cli.main([*base, "--format", "xlsx", "--output", str(xlsx)]) == 0
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["全委合计", "按仲裁员", "按请求类型", "按被申请人", "案件清单", "指标定义"]
    rows = {r[1]: r for r in wb["全委合计"].iter_rows(min_row=3, values_only=True)}
    assert rows["仲裁后起诉率"][3] == pytest.approx(66.67) and rows["仲裁后起诉率"][5:7] == (2, 3)
    assert rows["作出裁决数"][3] == 3
    odd = [c for row in wb["按仲裁员"].iter_rows(min_row=3) for c in row if c.value == ODD_ARBITRATOR]
    assert odd and all(c.data_type == "s" for c in odd)  # text, not a formula
    listed = list(wb["案件清单"].iter_rows(min_row=2, values_only=True))
    behind = [r[3] for r in listed if r[:3] == ("全委合计", "全委合计", "仲裁后起诉率")]
    assert behind == suit["cases"]  # the case list behind the rate, one row per case

    capsys.readouterr()
    assert cli.main([*base, "--format", "pdf", "--output", str(tmp_path / "x.pdf")]) == 1
    assert "不能导出为PDF" in capsys.readouterr().err
    assert cli.main([*base, "--basis", "outcome", "--format", "json", "--output", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["basis"] == "outcome"
