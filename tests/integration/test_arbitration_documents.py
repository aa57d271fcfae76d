"""The arbitration documents on a real encrypted book of a labour arbitration commission: every template
renders from the demo arbitration case and reads back with the parties, the document number, the amounts
in figures and in capitals and the contents the law requires; every DOCX converts with LibreOffice; the
award's first page is rendered to PNG for inspection."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.documents.sandbox import make_environment
from mediation_desk.domain.documents import MissingFields
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.services import documents as sd
from tests.integration.test_documents import docx_text
from tests.support.arbitration_case import (AMOUNTS, COMMISSION_PREFIX, DOC_DATE, FINAL_TOTAL, arbitration_extra,
                                            create_arbitration_desk)

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "tests" / "integration" / "output" / "arbitration"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
WORKER = "杨娟"
RESPONDENTS = ("江西星耀网络科技有限公司", "江西永信网络科技有限公司")

CODES = ["arbitration_application", "acceptance_notice", "non_acceptance_notice", "jurisdiction_explanation",
         "respondent_notice", "tribunal_notice", "hearing_notice", "postponement_notice", "arbitral_mediation",
         "award_final", "award_non_final", "partial_award"]

# The contents the law requires of each document (beyond parties, number and amounts).
EXPECTED: dict[str, list[str]] = {
    "arbitration_application": ["仲裁请求", "事实和理由", "证据和证据来源、证人姓名和住所", "网络主播",
                                "星耀直播App排班与打卡截图", "证人张敏", "南昌市劳动人事争议仲裁委员会", "副本二份"],
    "acceptance_notice": ["2026年11月30日", "2026年12月3日", "予以受理", "2026年12月10日", "视为撤回仲裁申请"],
    "non_acceptance_notice": ["不予受理", "不属于劳动人事争议的范围", "南昌市红谷滩区人民法院提起诉讼", "第二十九条"],
    "jurisdiction_explanation": ["九江市劳动人事争议仲裁委员会", "没有管辖权", "第三十一条", "不是不予受理决定"],
    "respondent_notice": ["答辩提示", "十日内", "答辩书", "不影响仲裁程序的进行", "仲裁申请书副本一份"],
    "tribunal_notice": ["首席仲裁员：陈国华", "仲裁员：李红梅", "回避申请", "由三名仲裁员组成仲裁庭"],
    "hearing_notice": ["2026年12月15日", "上午9时00分", "第三仲裁庭", "开庭三日前", "缺席裁决", "开庭五日前"],
    "postponement_notice": ["2026年12月15日", "2026年12月22日", "申请人突发疾病住院治疗"],
    "arbitral_mediation": ["仲裁请求", "协议的结果", "经各方当事人签收后，发生法律效力", "陈国华", "2026年12月25日"],
    "award_final": ["仲裁请求", "争议事实", "裁决理由", "裁决结果", "二〇二六年十二月十八日", "终局裁决",
                    "十五日内向人民法院提起诉讼", "三十日内向江西省南昌市中级人民法院申请撤销裁决", "之一",
                    "保底工资每月4,000元×2个月", "陈国华", "李红梅", "黄志强", "书记员"],
    "award_non_final": ["非终局裁决", "十五日内向南昌市红谷滩区人民法院提起诉讼", "期满不起诉的，本裁决书发生法律效力",
                        "之二", "二〇二六年十二月十八日", "驳回申请人的其他仲裁请求"],
    "partial_award": ["先行裁决", "关于拖欠劳动报酬的请求", "第四十三条第二款", "终局裁决", "三十日内"],
}
NOT_EXPECTED: dict[str, list[str]] = {
    "award_final": ["本裁决为非终局裁决", "期满不起诉的，本裁决书发生法律效力"],
    "award_non_final": ["申请撤销裁决", "本裁决为终局裁决"],
    "jurisdiction_explanation": ["决定不予受理"],
}


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    d = create_arbitration_desk(tmp_path_factory.mktemp("arbitration") / "book")
    engine = DocumentEngine()
    yield d, engine
    engine.close()
    d.book.close()


def _applicants(desk) -> list[dict]:  # noqa: ANN001
    d, _ = desk
    with d.book.uow.read() as tx:
        detail = tx.cases.get(d.case_id)
        org = tx.org.get()
    return sd.build_case_context(detail, org, today=DOC_DATE)["applicants"]


@pytest.fixture(scope="module")
def rendered(desk):
    """Every arbitration template rendered once: code -> (DocumentView, bytes)."""
    d, engine = desk
    applicants = _applicants(desk)
    folder = OUTPUT / "docx"
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for code in CODES:
        view = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template=code,
                                  context_overrides=arbitration_extra(code, applicants), today=DOC_DATE)
        data = sd.read_document(d.book.uow, d.staff, document_id=view.id)
        (folder / f"{code}.docx").write_bytes(data)
        out[code] = (view, data)
    return out


def test_registry_declares_every_arbitration_template(desk) -> None:
    _, engine = desk
    codes = {s.code for s in engine.specs()}
    assert set(CODES) <= codes
    for code in CODES:
        spec = engine.spec(code)
        engine.check_template(code)
        assert spec.format == "docx" and spec.description
        assert spec.number.code == ("none" if code == "arbitration_application" else "case")
    award = engine.spec("award_final")
    items = {f.name: f for f in award.field("ruling_items").items}
    assert {"kind_label", "amount", "basis", "calculation", "result"} <= set(items)
    assert items["amount"].type.value == "money" and award.field("award_date").type.value == "date"


def test_templates_use_only_declared_fields(desk) -> None:
    from docxtpl import DocxTemplate

    _, engine = desk
    for code in CODES:
        spec = engine.spec(code)
        declared = {f.name.split(".")[0] for f in spec.fields}
        used = DocxTemplate(engine.registry.path(code)).get_undeclared_template_variables(
            jinja_env=make_environment())
        assert used <= declared, (code, used - declared)


@pytest.mark.parametrize("code", CODES)
def test_every_arbitration_template_renders_and_reads_back(rendered, desk, code) -> None:
    _, engine = desk
    view, data = rendered[code]
    spec = engine.spec(code)
    text = docx_text(data)
    assert "{{" not in text and "{%" not in text and "}}" not in text
    assert spec.title.split("（")[0] in text.replace(" ", "").replace("　", "")
    assert WORKER in text
    for name in RESPONDENTS:
        assert name in text, (code, name)
    if code == "arbitration_application":
        assert view.number == ""
    else:
        assert view.number.startswith(COMMISSION_PREFIX + "〔") and view.number.endswith("第1号")
        assert view.number in text
    for amount in AMOUNTS.get(code, []):
        assert format_yuan(amount) in text, (code, amount)
        assert to_chinese_capital(amount) in text, (code, amount)
    for expected in EXPECTED[code]:
        assert expected in text, (code, expected)
    for unexpected in NOT_EXPECTED.get(code, []):
        assert unexpected not in text, (code, unexpected)


def test_an_award_without_its_required_contents_is_refused_before_numbering(desk) -> None:
    d, engine = desk
    extra = arbitration_extra("award_final")
    for key in ("facts_found", "reasoning", "ruling_items", "award_date", "arbitrators"):
        extra.pop(key)
    with pytest.raises(MissingFields) as info:
        sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template="award_final",
                           context_overrides=extra, today=DOC_DATE)
    for label in ("仲裁庭查明的争议事实", "裁决理由", "裁决事项", "裁决日期", "仲裁员"):
        assert label in info.value.labels


def test_every_arbitration_docx_converts_to_pdf(rendered, tmp_path) -> None:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    src = OUTPUT / "docx"
    out = OUTPUT / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.pdf"):
        old.unlink()
    profile = tmp_path / "lo-profile"
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", str(out), *[str(src / f"{c}.docx") for c in CODES]],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for code in CODES:
        pdf_path = out / f"{code}.pdf"
        assert pdf_path.is_file() and pdf_path.stat().st_size > 1000, code
        txt = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                             check=True).stdout
        assert WORKER in txt, code
    compact = subprocess.run(["pdftotext", str(out / "award_final.pdf"), "-"], capture_output=True, text=True,
                             check=True).stdout.replace(" ", "").replace("\n", "")
    assert to_chinese_capital(FINAL_TOTAL) in compact and "仲裁裁决书" in compact
    pngs = OUTPUT / "png"
    pngs.mkdir(parents=True, exist_ok=True)
    for old in pngs.glob("*.png"):
        old.unlink()
    for code in ("award_final", "hearing_notice", "arbitral_mediation"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(out / f"{code}.pdf"), str(pngs / code)],
                       check=True, timeout=60)
    assert list(pngs.glob("award_final-*.png"))
