"""A commission's demo book: its arbitration cases end in approved awards whose every granted item
names who pays whom, how much and by when. A final award generated from the demo book is rendered,
converted to PDF with LibreOffice and read back: each item's payer, amount and time limit are in
the text, and what was dismissed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from mediation_desk.config import AppPaths
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.award_text import days_text
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.domain.users import OrgKind
from mediation_desk.services import accounts, clock
from mediation_desk.services import arbitration as arb
from mediation_desk.services import documents as sd
from mediation_desk.services.cases import get_case
from mediation_desk.services.demo import create_demo
from mediation_desk.storage.book import create_book
from tests.integration.test_documents import docx_text
from tests.support.books import PASSPHRASE, NoKeyring

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PASSWORD = "demo-password-1"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    book = create_book(AppPaths(Path(tmp_path_factory.mktemp("demo-commission")) / "book"), PASSPHRASE,
                       keyring=NoKeyring())
    create_demo(book.uow, cases=12, password=PASSWORD, seed=2026, kind="arbitration")
    staff = accounts.log_in(book.uow, username="arbitrator", password=PASSWORD)  # the awards are the arbitrator's
    engine = DocumentEngine()
    yield book, staff, engine
    engine.close()
    book.close()


def _awards(book, staff):
    out = []
    for case_id in range(1, 40):
        try:
            awards = arb.list_awards(book.uow, staff, case_id)
        except Exception:  # noqa: BLE001 - no such case
            continue
        out += [(case_id, a) for a in awards if a.kind == arb.AWARD and a.status == "approved"]
    return out


def test_the_demo_commission_book_has_awards_with_payers(demo) -> None:
    book, staff, _ = demo
    org = accounts.get_organisation(book.uow)
    assert org.kind is OrgKind.ARBITRATION and org.name == "【演示数据】南昌市劳动人事争议仲裁委员会"  # a demo says so
    awards = _awards(book, staff)
    assert len(awards) == 8
    respondents_of = {}
    for case_id, award in awards:
        detail = get_case(book.uow, staff, case_id)
        assert detail.summary.number.startswith("洪劳人仲案字〔")
        respondents = {p.name for p in detail.parties if p.side.value == "respondent"}
        respondents_of[case_id] = respondents
        for r in award.rulings:
            if r.outcome != arb.DISMISSED and r.amount:
                assert r.payers and set(r.payers) <= respondents and r.payee and r.due_days
                assert len(r.payers) == 1 or r.joint
        assert award.content["procedure"]["hearings"] and award.content["procedure"]["mediation_failed"]
    assert any(r.joint for _c, a in awards for r in a.rulings)  # a chain of respondents answers jointly


def _final_award(book, staff):
    for case_id, award in _awards(book, staff):
        if any(p.finality == arb.FINAL for p in award.parts) and \
                sum(1 for i in next(p for p in award.parts if p.finality == arb.FINAL).rulings
                    if award.rulings[i].amount) >= 2:
            return case_id, award
    raise AssertionError("the demo book has no final award with two money items")


def test_a_final_award_from_the_demo_book_reads_back_from_pdf(demo, tmp_path) -> None:
    book, staff, engine = demo
    case_id, award = _final_award(book, staff)
    view = arb.render_arbitration_document(book.uow, engine, staff, case_id=case_id, template="award_final",
                                           extra={"revocation_court": "江西省南昌市中级人民法院"},
                                           today=clock.today())
    data = sd.read_document(book.uow, staff, document_id=view.id)
    detail = get_case(book.uow, staff, case_id)
    sides = {p.name: p.side.label for p in detail.parties}
    final = next(p for p in award.parts if p.finality == arb.FINAL)
    items = [award.rulings[i] for i in final.rulings if award.rulings[i].outcome != arb.DISMISSED and
             award.rulings[i].amount]
    expected = []
    for r in items:
        clause = arb.operative_clause(r, sides)
        assert f"{sides[r.payers[0]]}{r.payers[0]}应于本裁决书生效之日起{days_text(r.due_days)}内向申请人{r.payee}" in clause
        assert format_yuan(r.amount) in clause and to_chinese_capital(r.amount) in clause
        expected.append(clause)
    text = docx_text(data)
    assert "南昌市劳动人事争议仲裁委员会" in text and "仲裁庭在作出裁决前进行了调解，调解不成。" in text
    for clause in expected:
        assert clause in text
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    src = tmp_path / "award_final.docx"
    src.write_bytes(data)
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                             "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "award_final.pdf"
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    flat = "".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    flat = re.sub(r"—\d+—", "", flat)  # the page numbers between pages
    for r, clause in zip(items, expected):
        assert "".join(clause.split()) in flat, clause  # payer, payee, amount, time limit
        assert r.payers[0] in flat and format_yuan(r.amount) in flat
    assert "本裁决为终局裁决" in flat
