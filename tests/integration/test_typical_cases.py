"""Typical cases on a real encrypted book: a mediated case with a relationship worksheet is drafted as an
anonymised typical case; none of its people, numbers or addresses is in the text; an edit that puts a
name back is caught and the export refused until it is removed (or accepted as not personal data); the
DOCX and the PDF are stored, numbered, hashed and audited, and read back hold no personal datum."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import time, timedelta
from decimal import Decimal

import docx
import pytest

from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.domain.mediation import AgreementItem
from mediation_desk.domain.typical_case import PART_TITLES
from mediation_desk.domain.users import Principal, Role
from mediation_desk.services import documents as sd
from mediation_desk.services import mediation as med
from mediation_desk.services import typical_cases as tc
from mediation_desk.services import worksheets as ws
from mediation_desk.services.cases import register_intake, reveal_case
from tests.support.books import add_user, administrator
from tests.support.clock import TODAY
from tests.support.document_case import create_document_desk, demo_intake

OBLIGOR = "江西永信网络科技有限公司"
WORKER = "杨娟"


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    d = create_document_desk(tmp_path_factory.mktemp("typical") / "book")
    engine = DocumentEngine()
    yield d, engine
    engine.close()
    d.book.close()


def personal_data(desk) -> list[str]:  # noqa: ANN001
    """Every name, number and address of the case as the record holds them (revealed in full)."""
    d, _ = desk
    detail = reveal_case(d.book.uow, d.staff, d.case_id)
    out = [detail.summary.number, detail.summary.platform, "星耀", "永信", "俊康"]
    for p in detail.parties:
        out += [v for v in (p.name, p.id_number, p.phone, p.address, p.credit_code, p.legal_representative) if v]
    return out


def close_by_agreement(desk) -> None:  # noqa: ANN001
    d, engine = desk
    uow, staff = d.book.uow, d.staff
    agreed_on = TODAY - timedelta(days=5)
    med.record_session(uow, staff, case_id=d.case_id, held_on=agreed_on, starts_at=time(9, 30), ends_at=time(11, 0),
                       place="第二调解室", participants="江西永信网络科技有限公司运营主管周某", mediator="刘思远",
                       record="申请人：同意调解。")
    items = [AgreementItem(obligor=OBLIGOR, obligee=WORKER, content="支付2025年4月至5月保底工资",
                           claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("2430.50"),
                           due_on=agreed_on + timedelta(days=10), method="银行转账"),
             AgreementItem(obligor=OBLIGOR, obligee=WORKER, content="退还违规扣款", claim_kind=ClaimKind.UNLAWFUL_DEDUCTION,
                           amount=Decimal("770.00"), due_on=agreed_on + timedelta(days=10), method="银行转账")]
    med.conclude_agreement(uow, staff, case_id=d.case_id, agreed_on=agreed_on, items=items, renderer=engine)


def save_worksheet(desk) -> None:  # noqa: ANN001
    d, _ = desk
    detail = reveal_case(d.book.uow, d.staff, d.case_id)
    chain = ws.respondent_chain(detail)
    agency = chain[1].name
    answers = {"time_autonomy": ws.WorksheetAnswer("controlled", note="每天直播不少于5小时，须到公司直播间打卡"),
               "process_control": ws.WorksheetAnswer("dominant"),
               "rules_and_discipline": ws.WorksheetAnswer("employer_discipline", note="迟到、缺播扣款共计770元"),
               "continuity": ws.WorksheetAnswer("continuous"), "price_autonomy": ws.WorksheetAnswer("enterprise_sets"),
               "remuneration": ws.WorksheetAnswer("wage_like")}
    context = ws.WorksheetContext(manages=agency, pays=agency, disciplines=agency)
    ws.save_worksheet(d.book.uow, d.staff, case_id=d.case_id, chain=chain, answers=answers, context=context,
                      decision=ws.CONFIRMED)


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    out = [p.text for p in document.paragraphs]
    out += [p.text for t in document.tables for row in t.rows for cell in row.cells for p in cell.paragraphs]
    for section in document.sections:
        for part in (section.header, section.footer, section.even_page_footer):
            out += [p.text for p in part.paragraphs]
    return "\n".join(out)


def pdf_text(data: bytes, tmp_path) -> str:  # noqa: ANN001
    path = tmp_path / "typical.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def absent(text: str, data: list[str]) -> list[str]:
    flat = re.sub(r"\s+", "", text)
    return [x for x in data if x and re.sub(r"\s+", "", x) in flat]


def test_an_open_case_is_not_published_and_only_its_mediators_and_arbitrators_may(desk) -> None:
    d, _ = desk
    open_case = register_intake(d.book.uow, d.staff, replace(demo_intake(), received_on=TODAY - timedelta(days=3)))
    with pytest.raises(ValidationError) as caught:
        tc.draft(d.book.uow, d.staff, open_case)
    assert "已结案" in caught.value.zh
    clerk = add_user(d.book, administrator(d.book), username="clerk", display_name="王晓梅", role=Role.CLERK)
    assert not tc.may_publish(clerk) and not tc.may_publish(administrator(d.book)) and tc.may_publish(d.staff)
    lawyer = Principal(user_id=None, username="lawyer", display_name="律师", role=Role.LEGAL_AID_LAWYER)
    assert not tc.may_publish(lawyer)
    for who in (clerk, administrator(d.book), lawyer):
        with pytest.raises(PermissionDenied):
            tc.draft(d.book.uow, who, d.case_id)


def test_draft_check_refusal_and_export(desk, tmp_path) -> None:
    d, engine = desk
    close_by_agreement(desk)
    save_worksheet(desk)
    data = personal_data(desk)
    view = tc.draft(d.book.uow, d.staff, d.case_id)
    text = "\n".join(view.parts)
    # the four parts, none of the case's personal data, the worksheet's factors kept
    assert len(view.parts) == 4 and all(p.strip() for p in view.parts)
    assert absent(text, data) == [] and view.leaks == ()
    assert "刘思远" not in text  # the mediator is not named either
    assert "杨某" in text and "网络科技公司" in text and "6,790.00元" in text
    for factor in ("工作时间", "劳动过程", "符合确立劳动关系情形"):
        assert factor in view.parts[1], factor
    assert "2,430.50" in view.parts[2] and "770.00" in view.parts[2]
    assert "《中华人民共和国劳动合同法》第三十条" in view.parts[3]
    assert "杨" not in view.title and view.title.startswith("网络主播")

    # an edit puts the worker's name and phone back: the check names them, the export is refused
    detail = reveal_case(d.book.uow, d.staff, d.case_id)
    phone = detail.parties[0].phone
    edited = list(view.parts)
    edited[0] += f"据{WORKER}本人陈述（电话{phone[:3]}-{phone[3:7]}-{phone[7:]}），她在直播间工作。"
    with d.book.uow.read() as tx:
        before = len(tx.documents.list_for_case(d.case_id))
    with pytest.raises(tc.LeaksFound) as caught:
        tc.export(d.book.uow, engine, d.staff, d.case_id, edited)
    keys = {lk.hit.key for lk in caught.value.leaks}
    assert f"name:{WORKER}" in keys and f"phone:{phone}" in keys
    assert "基本案情" in caught.value.zh and WORKER in caught.value.zh
    with d.book.uow.read() as tx:
        assert len(tx.documents.list_for_case(d.case_id)) == before  # nothing written, no number drawn
    # accepting the name alone is not enough: the phone is still there
    with pytest.raises(tc.LeaksFound):
        tc.export(d.book.uow, engine, d.staff, d.case_id, edited, accepted=[f"name:{WORKER}"])

    # the person removes the name and phone and accepts a hit that is not personal data
    edited[0] = view.parts[0] + "直播间位于公司办公场所。"
    edited[3] = view.parts[3] + "星耀一词在此指平台名称的通称。"
    with pytest.raises(tc.LeaksFound) as caught:
        tc.export(d.book.uow, engine, d.staff, d.case_id, edited)
    assert [lk.hit.key for lk in caught.value.leaks] == ["core:星耀"]
    edited[3] = view.parts[3]
    result = tc.export(d.book.uow, engine, d.staff, d.case_id, edited, accepted=["core:星耀", "name:不存在"])
    assert result.accepted == ()  # nothing was accepted that the text holds

    # both documents are stored, numbered alike, hashed and audited
    assert result.docx.template == "typical_case" and result.pdf.template == "typical_case_pdf"
    assert result.docx.number == f"洪新调例字〔{TODAY.year}〕第1号"
    assert result.docx.number == result.pdf.number and detail.summary.number not in result.docx.filename
    docx_bytes = sd.read_document(d.book.uow, d.staff, document_id=result.docx.id)
    pdf_bytes = sd.read_document(d.book.uow, d.staff, document_id=result.pdf.id)
    docx_plain, pdf_plain = docx_text(docx_bytes), pdf_text(pdf_bytes, tmp_path)
    for plain in (docx_plain, pdf_plain):
        flat = re.sub(r"\s+", "", plain)
        assert absent(plain, data) == [], absent(plain, data)
        for title in PART_TITLES:
            assert title in flat
        assert "杨某" in flat and "2,430.50" in flat and "典型案例" in flat
    rows = [r for r in _audit(d.book) if r[0] == "typical_case.export"]
    assert rows and json.loads(rows[-1][1])["documents"] == [result.docx.id, result.pdf.id]

    # the generic document act cannot make a typical case from the case's own data
    for code in ("typical_case", "typical_case_pdf"):
        with pytest.raises(ValidationError) as refused:
            sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template=code)
        assert "典型案例" in refused.value.zh

    # a corrected export keeps the number and is the next version
    again = tc.export(d.book.uow, engine, d.staff, d.case_id, [p + "（修订）" for p in view.parts])
    assert again.docx.number == result.docx.number and again.docx.version == 2


def test_an_accepted_hit_is_recorded_in_the_audit_row(desk) -> None:
    d, engine = desk
    view = tc.draft(d.book.uow, d.staff, d.case_id)
    parts = list(view.parts)
    parts[3] += "“星耀”一词见于多家企业名称。"
    result = tc.export(d.book.uow, engine, d.staff, d.case_id, parts, accepted=["core:星耀"])
    assert [a["key"] for a in result.accepted] == ["core:星耀"]
    row = [r for r in _audit(d.book) if r[0] == "typical_case.export"][-1]
    changes = json.loads(row[1])
    assert changes["accepted"][0]["key"] == "core:星耀" and changes["accepted"][0]["part"] == "典型意义"


def _audit(book) -> list[tuple[str, str]]:  # noqa: ANN001
    with book.engine.connect() as conn:
        return [(r[0], r[1]) for r in conn.exec_driver_sql("SELECT action, changes FROM audit_log ORDER BY id").all()]


def test_an_award_of_the_demo_commission_book(tmp_path) -> None:
    """An approved award: the rulings (who pays whom, how much, by when) with the parties anonymised,
    the award's number gone, the arbitrator not named."""
    from pathlib import Path

    from mediation_desk.config import AppPaths
    from mediation_desk.domain.typical_case import is_publishable
    from mediation_desk.services import accounts
    from mediation_desk.services import arbitration as arb
    from mediation_desk.services.cases import get_case
    from mediation_desk.services.demo import create_demo
    from mediation_desk.storage.book import create_book
    from tests.support.books import PASSPHRASE, NoKeyring

    book = create_book(AppPaths(Path(tmp_path) / "book"), PASSPHRASE, keyring=NoKeyring())
    try:
        create_demo(book.uow, cases=6, password="demo-password-1", seed=2026, kind="arbitration")
        staff = accounts.log_in(book.uow, username="arbitrator", password="demo-password-1")
        case_id = next(c for c in range(1, 60) if _has_award(book, staff, c))
        detail = reveal_case(book.uow, staff, case_id)
        assert is_publishable(get_case(book.uow, staff, case_id).summary.status)
        award = next(a for a in arb.list_awards(book.uow, staff, case_id) if a.status == "approved")
        view = tc.draft(book.uow, staff, case_id)
        text = "\n".join(view.parts)
        data = [detail.summary.number, award.number, staff.display_name]
        for p in detail.parties:
            data += [v for v in (p.name, p.id_number, p.phone, p.address, p.credit_code, p.legal_representative) if v]
        assert absent(text, data) == [] and view.leaks == ()
        assert "裁决" in view.parts[2] and "人民币" in view.parts[2] and "应于" in view.parts[2]
        assert "申请人" in view.parts[2] and "某" in view.parts[2]
    finally:
        book.close()


def _has_award(book, staff, case_id: int) -> bool:  # noqa: ANN001
    from mediation_desk.services import arbitration as arb

    try:
        return any(a.status == "approved" and a.kind == arb.AWARD for a in arb.list_awards(book.uow, staff, case_id))
    except Exception:  # noqa: BLE001 - no such case
        return False


pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is needed to read the PDF back")
