"""The arbitration documents made from the stored records: a case at a labour arbitration commission
walked through acceptance, the tribunal, a hearing (postponed once), a partial award and a mixed award
approved; a second case settled by arbitral mediation; a third refused and a fourth sent to the
competent commission. Every arbitration template is rendered through
``render_arbitration_document`` with only the values a person gives (courts, the hearing place); each
DOCX reads back with the parties, the document number (之一/之二 for the two parts of the mixed award)
and the amounts in figures and in capitals, and converts to PDF with LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.config import AppPaths
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.documents import MissingFields
from mediation_desk.domain.errors import ConflictError
from mediation_desk.domain.evidence import EvidenceInput
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.domain.users import OrganisationView, OrgKind, Role
from mediation_desk.services import arbitration as arb
from mediation_desk.services import documents as sd
from mediation_desk.services import evidence as ev
from mediation_desk.services.accounts import setup_organisation
from mediation_desk.services.cases import get_case, register_intake
from mediation_desk.storage.book import create_book
from mediation_desk.storage.vault import Vault
from tests.integration.test_documents import docx_text
from tests.support.books import ADMIN_PASSWORD, ADMIN_USERNAME, PASSPHRASE, STAFF_USERNAME, NoKeyring, add_user
from tests.support.document_case import EVIDENCE, demo_intake

CST = timezone(timedelta(hours=8))
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
WORKER = "杨娟"
RESPONDENTS = ("江西星耀网络科技有限公司", "江西永信网络科技有限公司")
EMPLOYER = "江西永信网络科技有限公司"
ALL_MET = {"scope": True, "claims_and_facts": True, "proper_parties": True, "jurisdiction": True}
RECEIVED = date(2026, 10, 9)
WAGES, DEDUCTIONS, COMPENSATION = Decimal("6790.00"), Decimal("770.00"), Decimal("36000.00")
MEDIATION_PAY = Decimal("4430.50")

# What only a person gives: the courts, the hearing place, the places the jurisdiction turns on.
EXTRA: dict[str, dict] = {
    "non_acceptance_notice": {"court": "南昌市红谷滩区人民法院"},
    "jurisdiction_explanation": {"performance_place": "江西省九江市浔阳区", "employer_seat": "江西省九江市濂溪区"},
    "hearing_notice": {"hearing_place": "南昌市劳动人事争议仲裁院"},
    "award_final": {"revocation_court": "江西省南昌市中级人民法院"},
    "award_non_final": {"court": "南昌市红谷滩区人民法院"},
    "partial_award": {"revocation_court": "江西省南昌市中级人民法院"},
}


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CST)


PLATFORM = "江西星耀网络科技有限公司"


def ruling(claim: str, kind: ClaimKind, amount: Decimal, basis: str, calculation: str, subject: str,
           category: str = "", *, payers: tuple[str, ...] = (EMPLOYER,), joint: bool = False,
           due_days: int = 10) -> arb.Ruling:
    return arb.Ruling(claim=claim, outcome=arb.GRANTED, subject=subject, amount=amount, claimed_amount=amount,
                      claim_kind=kind, category=category, calculation=calculation, basis=basis, payers=payers,
                      joint=joint, due_days=due_days)


PAY = ruling("拖欠劳动报酬", ClaimKind.UNPAID_PAY, WAGES, "被申请人未足额支付2025年4月至5月的保底工资",
             "保底工资每月4,000元×2个月－已付1,210元＝6,790元", "2025年4月至5月拖欠的劳动报酬",
             payers=(EMPLOYER, PLATFORM), joint=True)
DEDUCTION = ruling("返还违法扣款", ClaimKind.UNLAWFUL_DEDUCTION, DEDUCTIONS, "被申请人以迟到、缺播为由扣减报酬，无合法依据",
                   "迟到扣款350元＋缺播扣款420元＝770元", "违法扣款", category=arb.MONEY, due_days=15)
DAMAGES = ruling("违法解除劳动合同赔偿金", ClaimKind.UNLAWFUL_TERMINATION, COMPENSATION,
                 "被申请人以流水未达标为由解除劳动合同，不符合劳动合同法第三十九条、第四十条规定的情形",
                 "月工资6,000元×经济补偿年限3个月×2＝36,000元", "违法解除劳动合同赔偿金")
OVERTIME = arb.Ruling(claim="加班费", outcome=arb.DISMISSED, claim_kind=ClaimKind.OVERTIME_PAY,
                      basis="申请人未能举证证明存在延长工作时间的事实")
# What the operative part of each instrument must say, word for word: who pays whom, how much, by when.
PAY_CLAUSE = ("被申请人江西永信网络科技有限公司应于本裁决书生效之日起十日内向申请人杨娟支付2025年4月至5月拖欠的劳动报酬"
              "人民币6,790.00元（大写：陆仟柒佰玖拾元整），被申请人江西星耀网络科技有限公司对上述款项承担连带责任。")
DEDUCTION_CLAUSE = ("被申请人江西永信网络科技有限公司应于本裁决书生效之日起十五日内向申请人杨娟返还违法扣款"
                    "人民币770.00元（大写：柒佰柒拾元整）。")
DAMAGES_CLAUSE = ("被申请人江西永信网络科技有限公司应于本裁决书生效之日起十日内向申请人杨娟支付违法解除劳动合同赔偿金"
                  "人民币36,000.00元（大写：叁万陆仟元整）。")
LEGAL_BASIS = "《中华人民共和国劳动合同法》第三十条、第八十七条，《中华人民共和国劳动争议调解仲裁法》第四十七条"


def draft(rulings: list[arb.Ruling], on: date, evidence_ids: tuple[int, ...], kind: str = arb.AWARD) -> arb.AwardDraft:
    return arb.AwardDraft(
        claims=tuple(r.claim for r in rulings),
        facts=(arb.FactFound("申请人于2024年10月起在被申请人安排下从事直播工作，约定保底工资每月4,000元。", evidence_ids),),
        reasoning="被申请人对申请人的工作时间、工作内容进行管理，双方存在劳动关系。", rulings=tuple(rulings),
        award_date=on, kind=kind, monthly_minimum_wage=Decimal("1850"), clerk="王晓梅", legal_basis=LEGAL_BASIS)


@pytest.fixture(scope="module")
def walked(tmp_path_factory):
    """The book with its four cases walked through; yields (book, admin, engine, cases)."""
    root = Path(tmp_path_factory.mktemp("arbitration-rendering"))
    book = create_book(AppPaths(root / "book"), PASSPHRASE, keyring=NoKeyring())
    org = OrganisationView(name="南昌市劳动人事争议仲裁委员会", kind=OrgKind.ARBITRATION, doc_prefix="洪劳人仲案字",
                           address="南昌市红谷滩区丰和中大道1288号", phone="0791-86100000")
    admin = setup_organisation(book.uow, org=org, admin_username=ADMIN_USERNAME, admin_display_name="系统管理员",
                               admin_password=ADMIN_PASSWORD)
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name="王晓梅", role=Role.ARBITRATOR)
    engine = DocumentEngine()
    uow = book.uow
    new = lambda: register_intake(uow, staff, replace(demo_intake(), received_on=RECEIVED))  # noqa: E731

    # the main case: evidence, acceptance, tribunal, a postponed hearing, a partial and a mixed award
    main = new()
    vault = Vault(book)
    folder = root / "evidence-src"
    folder.mkdir()
    ids = []
    for kind, title, purpose, by, source, data, name in EVIDENCE:
        path = folder / name
        path.write_bytes(data)
        item = ev.add_evidence(uow, vault, staff, source_path=path,
                               evidence=EvidenceInput(case_id=main, type=kind, title=title, purpose=purpose,
                                                      provided_by=by, source=source, original_seen=True))
        ids.append(getattr(item, "id", item))
    arb.review_application(uow, staff, case_id=main, checklist=ALL_MET, decided_on=date(2026, 10, 12))
    arb.form_tribunal(uow, staff, case_id=main, formed_on=date(2026, 10, 13), notified_on=date(2026, 10, 13),
                      members=[arb.ArbitratorRef("陈国华"), arb.ArbitratorRef("李红梅"), arb.ArbitratorRef("黄志强")])
    first = arb.schedule_hearing(uow, staff, case_id=main, starts_at=at(date(2026, 10, 26), 9),
                                 ends_at=at(date(2026, 10, 26), 11), room="第三仲裁庭")
    arb.serve_hearing_notice(uow, staff, hearing_id=first.id, served_on=date(2026, 10, 15))
    second = arb.postpone_hearing(uow, staff, hearing_id=first.id, requested_by="申请人杨娟",
                                  requested_on=date(2026, 10, 16), reason="申请人突发疾病住院治疗",
                                  new_starts_at=at(date(2026, 11, 2), 14, 30), new_ends_at=at(date(2026, 11, 2), 16, 30))
    arb.serve_hearing_notice(uow, staff, hearing_id=second.id, served_on=date(2026, 10, 23))
    cases = {"main": main, "first_hearing": first.id, "second_hearing": second.id}

    def render(code: str, case_id: int, **kw):  # noqa: ANN202
        view = arb.render_arbitration_document(uow, engine, staff, case_id=case_id, template=code,
                                               extra=EXTRA.get(code), today=date(2026, 11, 20), **kw)
        return view, sd.read_document(uow, staff, document_id=view.id)

    docs = {code: render(code, main) for code in ("arbitration_application", "acceptance_notice",
                                                  "respondent_notice", "tribunal_notice", "hearing_notice")}
    docs["postponement_notice"] = render("postponement_notice", main, record_id=first.id)
    # before the hearing is held the record cannot support an award: approval is refused
    early = arb.draft_award(uow, staff, case_id=main, draft=draft([PAY], date(2026, 10, 30), tuple(ids[:2]),
                                                                  kind=arb.PARTIAL))
    with pytest.raises(ConflictError, match="尚无已开庭的记录"):
        arb.approve_award(uow, staff, award_id=early.id)
    arb.record_attendance(uow, staff, hearing_id=second.id, applicant_present=True, respondent_present=True)
    arb.record_mediation_failure(uow, staff, case_id=main, on=date(2026, 11, 2), note="被申请人不同意调解方案")

    partial = arb.update_draft(uow, staff, award_id=early.id,
                               draft=draft([PAY], date(2026, 11, 5), tuple(ids[:2]), kind=arb.PARTIAL))
    cases["partial"] = arb.approve_award(uow, staff, award_id=partial.id).id
    award = arb.draft_award(uow, staff, case_id=main,
                            draft=draft([PAY, DEDUCTION, DAMAGES, OVERTIME], date(2026, 11, 10), tuple(ids[:2])))
    award = arb.approve_award(uow, staff, award_id=award.id)
    assert award.finality == arb.MIXED
    cases["award"] = award.id
    for code in ("partial_award", "award_final", "award_non_final"):
        docs[code] = render(code, main)

    # arbitral mediation on another case
    mediated = new()
    arb.review_application(uow, staff, case_id=mediated, checklist=ALL_MET, decided_on=date(2026, 10, 12))
    med = arb.record_arbitral_mediation(
        uow, staff, case_id=mediated, mediated_on=date(2026, 10, 20), claims=["支付拖欠劳动报酬", "返还违法扣款"],
        arbitrators=["陈国华"], clerk="王晓梅", performance="款项一次性转入申请人本人的银行账户。",
        agreement=[{"obligor": EMPLOYER, "obligee": WORKER, "content": "2025年4月至5月工资", "amount": MEDIATION_PAY,
                    "due_date": date(2026, 12, 25)},
                   {"obligors": [EMPLOYER, PLATFORM], "joint": True, "obligee": WORKER, "content": "返还扣款",
                    "amount": DEDUCTIONS, "due_days": 10},
                   "申请人放弃其他仲裁请求，双方就本案再无其他争议"])
    cases["mediated"], cases["mediation"] = mediated, med.id
    docs["arbitral_mediation"] = render("arbitral_mediation", mediated)

    # refused, and outside the commission's jurisdiction
    refused = new()
    arb.review_application(uow, staff, case_id=refused, decided_on=date(2026, 10, 12),
                           checklist={**ALL_MET, "scope": False},
                           reasons="申请人请求确认的事项为平台服务费分成，不属于劳动人事争议的范围；申请人未提出明确的仲裁请求")
    docs["non_acceptance_notice"] = render("non_acceptance_notice", refused)
    elsewhere = new()
    arb.review_application(uow, staff, case_id=elsewhere, decided_on=date(2026, 10, 12),
                           checklist={**ALL_MET, "jurisdiction": False},
                           reasons="劳动合同履行地和用人单位所在地均不在本委管辖区域内",
                           competent_commission="九江市劳动人事争议仲裁委员会")
    docs["jurisdiction_explanation"] = render("jurisdiction_explanation", elsewhere)
    cases.update(refused=refused, elsewhere=elsewhere)
    yield book, staff, engine, cases, docs
    engine.close()
    book.close()


def number_of(walked, case_id: int) -> str:
    book, staff, *_ = walked
    return get_case(book.uow, staff, case_id).summary.number


# code -> (case key, number suffix, amounts shown in figures and capitals)
CHECKS: dict[str, tuple[str, str, list[Decimal]]] = {
    "arbitration_application": ("main", "", [WAGES, WAGES + DEDUCTIONS]),
    "acceptance_notice": ("main", "", [WAGES, WAGES + DEDUCTIONS]),
    "respondent_notice": ("main", "", [WAGES, WAGES + DEDUCTIONS]),
    "non_acceptance_notice": ("refused", "", [WAGES, WAGES + DEDUCTIONS]),
    "jurisdiction_explanation": ("elsewhere", "", []),
    "tribunal_notice": ("main", "", []),
    "hearing_notice": ("main", "", []),
    "postponement_notice": ("main", "", []),
    "arbitral_mediation": ("mediated", "", [MEDIATION_PAY, DEDUCTIONS]),
    "award_final": ("main", "之一", [WAGES, DEDUCTIONS, WAGES + DEDUCTIONS]),
    "award_non_final": ("main", "之二", [COMPENSATION]),
    "partial_award": ("main", "", [WAGES]),
}
EXPECTED: dict[str, list[str]] = {
    "acceptance_notice": ["2026年10月9日", "2026年10月12日", "王晓梅", "0791-86100000"],
    "non_acceptance_notice": ["不属于劳动人事争议的范围", "南昌市红谷滩区人民法院", "第三十条第（一）项"],
    "jurisdiction_explanation": ["九江市劳动人事争议仲裁委员会", "江西省九江市浔阳区"],
    "tribunal_notice": ["首席仲裁员：陈国华", "仲裁员：李红梅", "由三名仲裁员组成仲裁庭"],
    "hearing_notice": ["2026年11月2日", "下午2时30分", "第三仲裁庭", "南昌市劳动人事争议仲裁院"],
    "postponement_notice": ["2026年10月26日", "上午9时00分", "2026年11月2日", "申请人突发疾病住院治疗", "申请人杨娟"],
    "arbitral_mediation": ["独任仲裁员", "陈国华", "申请人放弃其他仲裁请求", "银行账户", "南昌市劳动人事争议仲裁委员会",
                           "（一）被申请人江西永信网络科技有限公司应于2026年12月25日前向申请人杨娟支付2025年4月至5月工资"
                           "人民币4,430.50元（大写：肆仟肆佰叁拾元伍角）。",
                           "（二）被申请人江西永信网络科技有限公司应于本调解书生效之日起十日内向申请人杨娟返还扣款"
                           "人民币770.00元（大写：柒佰柒拾元整），被申请人江西星耀网络科技有限公司对上述款项承担连带责任。"],
    "award_final": ["终局裁决", "被申请人未足额支付2025年4月至5月的保底工资", "保底工资每月4,000元×2个月", LEGAL_BASIS,
                    "南昌市劳动人事争议仲裁委员会", "一、" + PAY_CLAUSE, "二、" + DEDUCTION_CLAUSE,
                    "三、驳回申请人关于加班费的仲裁请求。", "仲裁庭于2026年11月2日开庭审理了本案。",
                    "仲裁庭在作出裁决前进行了调解，调解不成。", "申请人未能举证证明存在延长工作时间的事实。",
                    "江西省南昌市中级人民法院申请撤销裁决", "违法解除劳动合同赔偿金的请求，另行制作非终局裁决书（本案之二）",
                    "二〇二六年十一月十日", "首席仲裁员", "黄志强", "王晓梅", "2026年11月2日", "2026年10月12日"],
    "award_non_final": ["非终局裁决", "不符合劳动合同法第三十九条、第四十条规定的情形", "南昌市红谷滩区人民法院",
                        "一、" + DAMAGES_CLAUSE, "超过当地月最低工资标准十二个月金额22,200.00元",
                        "另行制作终局裁决书（本案之一）", "二〇二六年十一月十日"],
    "partial_award": ["先行裁决", "关于拖欠劳动报酬的请求", "江西省南昌市中级人民法院", "一、" + PAY_CLAUSE],
}


PDF_CLAUSES = {"award_final": [PAY_CLAUSE, DEDUCTION_CLAUSE, "驳回申请人关于加班费的仲裁请求。"],
               "award_non_final": [DAMAGES_CLAUSE], "partial_award": [PAY_CLAUSE],
               "arbitral_mediation": EXPECTED["arbitral_mediation"][-2:]}


@pytest.mark.parametrize("code", list(CHECKS))
def test_every_arbitration_template_renders_from_the_records(walked, code) -> None:
    _, _, engine, cases, docs = walked
    assert set(docs) == set(CHECKS) == set(arb.ARBITRATION_TEMPLATES) - {"service_receipt"}
    view, data = docs[code]
    text = docx_text(data)
    assert "{{" not in text and "{%" not in text
    assert engine.spec(code).title.split("（")[0] in text.replace(" ", "").replace("　", "")
    assert WORKER in text
    for name in RESPONDENTS:
        assert name in text, (code, name)
    key, suffix, amounts = CHECKS[code]
    if code == "arbitration_application":
        assert view.number == ""
    else:
        number = number_of(walked, cases[key])
        assert view.number == number and number + suffix in text, (code, number + suffix)
    for amount in amounts:
        assert format_yuan(amount) in text, (code, amount)
        assert to_chinese_capital(amount) in text, (code, amount)
    for expected in EXPECTED.get(code, []):
        assert expected in text, (code, expected)


def test_the_two_parts_of_a_mixed_award_keep_apart(walked) -> None:
    _, _, _, cases, docs = walked
    final = docx_text(docs["award_final"][1])
    non_final = docx_text(docs["award_non_final"][1])
    # the claims are stated in full in both; the reasons and rulings are each part's own
    final_rulings = final.split("裁决理由", 1)[1]
    non_final_rulings = non_final.split("裁决理由", 1)[1]
    assert to_chinese_capital(COMPENSATION) in non_final_rulings and to_chinese_capital(WAGES) in final_rulings
    assert to_chinese_capital(COMPENSATION) not in final_rulings and "36,000.00" not in final_rulings
    assert to_chinese_capital(WAGES) not in non_final_rulings and "迟到扣款" not in non_final_rulings
    assert "之二" not in final.replace("本案之二", "") and "之一" not in non_final.replace("本案之一", "")
    assert "申请撤销裁决" not in non_final and "本裁决为非终局裁决" not in final
    # the sums are owed by different parties (one jointly): no total that would blur who owes what
    assert "以上款项合计" not in final
    assert "以上款项合计" not in docx_text(docs["arbitral_mediation"][1])


def test_the_award_is_linked_to_its_document(walked) -> None:
    book, staff, _, cases, docs = walked
    award = arb.get_award(book.uow, staff, cases["award"])
    assert award.document_id == docs["award_final"][0].id  # the first instrument (之一)
    assert arb.get_award(book.uow, staff, cases["partial"]).document_id == docs["partial_award"][0].id
    assert arb.get_award(book.uow, staff, cases["mediation"]).document_id == docs["arbitral_mediation"][0].id
    ruling = award.rulings[0]
    assert ruling.basis == PAY.basis and award.content["legal_basis"] == LEGAL_BASIS
    assert "认定依据】" not in award.content["reasoning"]


def test_missing_person_given_values_are_named(walked) -> None:
    book, staff, engine, cases, _ = walked
    with pytest.raises(MissingFields) as info:
        arb.render_arbitration_document(book.uow, engine, staff, case_id=cases["main"], template="hearing_notice",
                                        record_id=cases["second_hearing"], today=date(2026, 11, 20))
    assert "hearing_place" in str(info.value.__dict__) + str(info.value)
    with pytest.raises(ConflictError):  # the main case was accepted, not refused
        arb.render_arbitration_document(book.uow, engine, staff, case_id=cases["main"],
                                        template="non_acceptance_notice", extra=EXTRA["non_acceptance_notice"])


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_every_document_converts_to_pdf(walked, tmp_path) -> None:
    *_, docs = walked
    src = tmp_path / "docx"
    src.mkdir()
    for code, (_, data) in docs.items():
        (src / f"{code}.docx").write_bytes(data)
    out = tmp_path / "pdf"
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                             "--norestore", "--convert-to", "pdf", "--outdir", str(out),
                             *[str(src / f"{c}.docx") for c in docs]], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for code in docs:
        pdf = out / f"{code}.pdf"
        assert pdf.is_file() and pdf.stat().st_size > 1000, code
        if shutil.which("pdftotext"):
            txt = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            flat = "".join(txt.split())
            assert WORKER in flat, code
            # the operative part read back from the PDF: who pays whom, how much, by when, for every item
            for clause in PDF_CLAUSES.get(code, []):
                assert "".join(clause.split()) in flat, (code, clause)
