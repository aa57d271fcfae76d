"""The mediation documents of a demo-book case, rendered to DOCX, converted to PDF with LibreOffice
and read back: the 调解协议书 states for each item who pays whom, how much and by when (and non-money
terms as clauses of their own), names the worker's birth date, says 各方当事人 for three parties,
has a dated signature line per signatory kept on the page of the last clause; the 调解笔录 has the
session's start and end time, the attendance once, and names the respondent who put a proposal."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.config import AppPaths
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.cases import ClaimKind
from mediation_desk.services.demo import generate_intakes
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.mediation import AgreementItem, ProposalSide, clause
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.services import clock
from mediation_desk.services import documents as sd
from mediation_desk.services import mediation as med
from mediation_desk.services.accounts import log_in
from mediation_desk.services.cases import register_intake, reveal_case
from mediation_desk.services.demo import create_demo
from mediation_desk.storage.book import create_book
from tests.support.books import PASSPHRASE, NoKeyring

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
OUTPUT = Path(__file__).resolve().parent / "output" / "mediation"
PASSWORD = "demo-password-1"

pytestmark = pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                                reason="LibreOffice (soffice) and pdftotext are needed to read the PDF back")


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_pages(docx: bytes, name: str, profile: Path) -> list[str]:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    src = OUTPUT / f"{name}.docx"
    src.write_bytes(docx)
    pdf = OUTPUT / f"{name}.pdf"
    pdf.unlink(missing_ok=True)
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", str(OUTPUT), str(src)],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and pdf.is_file(), result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(OUTPUT / name)], check=True, timeout=60)
    return text.split("\f")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    book = create_book(AppPaths(tmp_path_factory.mktemp("demo") / "book"), PASSPHRASE, keyring=NoKeyring())
    create_demo(book.uow, cases=20, password=PASSWORD)
    mediator = log_in(book.uow, username="mediator", password=PASSWORD)
    engine = DocumentEngine()
    yield book, mediator, engine
    engine.close()
    book.close()


def _demo_case(book, mediator):  # noqa: ANN001, ANN202
    """A dispute of the demo data with one worker and two respondents, received three days ago (so
    the session and the agreement fall inside the mediation window whatever the day the test runs)."""
    intake = next(i for i in generate_intakes(60, seed=2026) if len(i.respondents) >= 2 and i.worker.id_number
                  and not getattr(i, "members", ()))
    case_id = register_intake(book.uow, mediator, replace(intake, received_on=clock.today() - timedelta(days=3)))
    return reveal_case(book.uow, mediator, case_id)  # the full ID number (an audited reveal)


def test_agreement_and_record_from_the_demo_book_read_back_as_pdf(demo, tmp_path) -> None:
    book, mediator, engine = demo
    uow = book.uow
    detail = _demo_case(book, mediator)
    case_id = detail.summary.id
    worker = next(p for p in detail.parties if p.side.value == "applicant")
    first, second = [p.name for p in detail.parties if p.side.value == "respondent"][:2]
    today = clock.today()
    day = max(detail.summary.received_on, today - timedelta(days=1))

    session = med.record_session(uow, mediator, case_id=case_id, held_on=day, starts_at=time(9, 30),
                                 ends_at=time(11, 20), place="第一调解室",
                                 participants=f"申请人{worker.name}本人；{second}委托代理人周某",
                                 mediator="熊丽华", record="申请人：请求支付拖欠的报酬。\n被申请人：同意分期支付。")
    with pytest.raises(ValidationError) as which:  # two respondents: which one put the proposal must be said
        med.add_proposal(uow, mediator, case_id=case_id, side=ProposalSide.EMPLOYER, content="分两期支付",
                         amount=Decimal("3000"), on=day, session_id=session.id)
    assert "party" in which.value.fields
    med.add_proposal(uow, mediator, case_id=case_id, side=ProposalSide.EMPLOYER, party=second,
                     content="分两期支付", amount=Decimal("3000"), on=day, session_id=session.id)
    record = med.render_session_record(uow, engine, mediator, session_id=session.id, recorder="万晓敏")

    items = [
        AgreementItem(obligor=second, obligee=worker.name, content="支付2025年4月至5月劳动报酬",
                      claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("1800.00"), due_on=day + timedelta(days=10),
                      method="银行转账"),
        AgreementItem(obligor=first, obligee=worker.name, content="退还押金", claim_kind=ClaimKind.DEPOSIT_REFUND,
                      amount=Decimal("1200.50"), due_on=day + timedelta(days=20), method="银行转账"),
        AgreementItem(obligor=second, obligee=worker.name, content="向申请人出具解除劳动关系的证明",
                      due_on=day + timedelta(days=5)),
        AgreementItem(obligor=worker.name, obligee="", content="放弃其他调解请求", due_on=day),
    ]
    _outcome, doc = med.conclude_agreement(uow, mediator, case_id=case_id, agreed_on=day, items=items,
                                           renderer=engine, mediator="熊丽华")
    assert doc is not None

    profile = tmp_path / "lo-profile"
    pages = _pdf_pages(sd.read_document(uow, mediator, document_id=doc.id), "mediation_agreement", profile)
    text = _compact("".join(pages))
    for item in items[:2]:  # each money item: payer, payee, amount in figures and capitals, deadline
        sentence = _compact(clause(item, agreed_on=day))
        assert sentence in text, sentence
        assert _compact(f"{item.obligor}应于{numeric_date(item.due_on)}前") in text
        assert _compact(f"向{item.obligee}") in sentence
        assert format_yuan(item.amount).replace(" ", "") in text and to_chinese_capital(item.amount) in text
    assert _compact(f"{second}应于{numeric_date(day + timedelta(days=5))}前向申请人出具解除劳动关系的证明。") in text
    assert _compact(f"{worker.name}放弃其他调解请求。") in text  # its own clause, no payment spliced in
    assert "出具解除劳动关系的证明（" not in text and "证明人民币" not in text
    assert _compact(f"以上款项合计{'人民币'}{format_yuan(Decimal('3000.50'))}") in text
    assert "各方当事人" in text and "双方当事人" not in text  # one worker and two respondents
    birth = worker.id_number[6:14]
    born = f"{int(birth[:4])}年{int(birth[4:6])}月{int(birth[6:])}日出生"
    assert born in text and "岁" not in text.split("一、")[0]
    assert text.count("年月日") >= 4  # a dated signature line for the worker, both respondents, the mediator
    for who in (worker.name, first, second):
        assert _compact(f"{who}（") in text
    signing = next(i for i, p in enumerate(pages) if "（签名或按指印）" in p)
    assert "具有同等效力" in _compact(pages[signing]), "the signatures are kept with the last clause"

    pages = _pdf_pages(sd.read_document(uow, mediator, document_id=record.id), "mediation_record", profile)
    text = _compact("".join(pages))
    assert _compact(f"时间：{numeric_date(day)}9时30分至11时20分") in text
    assert text.count("委托代理人周某") == 1  # the attendance listed once, on its own line
    assert _compact(f"到场人员：申请人{worker.name}本人") in text
    assert _compact(f"被申请人{second}提出：分两期支付") in text
