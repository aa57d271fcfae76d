"""PDF documents in Chinese: the bundled TrueType font is embedded as a subset in every PDF (never a
referenced STSong-Light), the text comes back out, every character of the legal texts has a glyph, a
500-item evidence list pages with its header repeated, user text is shown and never obeyed as markup, a
font that cannot load is an error, and the backup recovery sheet never holds the passphrase."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import fields
from decimal import Decimal
from pathlib import Path

import pytest

from mediation_desk.documents import pdf
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.documents import plain_context
from mediation_desk.services import documents as sd
from mediation_desk.services.cases import get_case
from mediation_desk.services.accounts import get_organisation
from mediation_desk.storage.keys import key_id
from mediation_desk.storage.maintenance import backup_book
from tests.support.books import PASSPHRASE, administrator
from tests.support.document_case import DOC_DATE, create_document_desk, documents_extra

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "tests" / "integration" / "output" / "pdf"
PDF_CODES = ["evidence_list_pdf", "case_cover_pdf", "relationship_opinion_pdf", "service_receipt_pdf"]
BIG = 520

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdffonts, pdftotext) are not installed")

# Statute sentences the documents quote or paraphrase (劳动争议调解仲裁法, 法律援助法, 民事诉讼法, 劳动合同法),
# with the punctuation, numerals and symbols of Chinese legal writing.
LEGAL_SAMPLE = """
经调解达成协议的，应当制作调解协议书。调解协议书由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，
对双方当事人具有约束力，当事人应当履行。自劳动争议调解组织收到调解申请之日起十五日内未达成调解协议的，当事人可以依法申请仲裁。
因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议，用人单位在协议约定期限内不履行的，劳动者可以持调解协议书依法向人民法院申请支付令。
劳动争议申请仲裁的时效期间为一年。仲裁时效期间从当事人知道或者应当知道其权利被侵害之日起计算。
裁决书应当载明仲裁请求、争议事实、裁决理由、裁决结果和裁决日期。裁决书由仲裁员签名，加盖劳动争议仲裁委员会印章。
追索劳动报酬、工伤医疗费、经济补偿或者赔偿金，不超过当地月最低工资标准十二个月金额的争议；
用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。
请求确认劳动关系或者支付劳动报酬；申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员。
期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。自发出公告之日起，经过三十日，即视为送达。
洪劳人仲案字〔2026〕第12号 洪新调字〔2026〕第3号 二〇二六年十一月二十九日 人民币3,200.50元（大写：叁仟贰佰元伍角）
零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整 《中华人民共和国劳动争议调解仲裁法》第十四条第三款（一）（二）（三）
“符合确立劳动关系情形”、“不完全符合确立劳动关系情形”；劳社部发〔2005〕12号 人社部发〔2021〕56号 法释〔2020〕26号
申请人：杨娟，女，24岁，公民身份号码360731200205159383，住江西省南昌市西湖区孺子路1438号。—1— ①②③ ×÷±％‰℃№
东湖区 西湖区 青云谱区 青山湖区 新建区 红谷滩区 南昌县 安义县 进贤县 赣 饶 鄱 婺 铅 彭 泽 浔 萍 鹰 潭 吉 抚 袁
"""


def pdffonts(data_path: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(data_path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 7:
            # name type... encoding emb sub uni objectID gen: read from the right
            rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3], "line": line})
    return rows


def pdftotext(path: Path, *, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-raw", "-enc", "UTF-8"]  # content-stream order: a table cell's lines stay together
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    return subprocess.run([*cmd, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def big_evidence_context(base: dict) -> dict:
    items = []
    for n in range(1, BIG + 1):
        purpose = ("证明申请人接受被申请人的排班管理、考勤打卡和奖惩，报酬由被申请人按月结算。" * (1 + n % 3))
        if n == 7:
            purpose = "证明目的很长：" + "申请人每天按排班在站点接单配送，迟到、拒单均被罚款，" * 60
        items.append({"number": n, "label": f"证据{n}", "title": f"第{n}周订单与收入截图（速达外卖App）",
                      "type_label": "电子数据", "source": "手机截图", "provided_by": "申请人", "purpose": purpose,
                      "original_seen": n % 2 == 0, "filename": f"week-{n:03d}.png", "size": 120_000 + n,
                      "sha256": f"{n:08x}" * 8})
    return {**base, "evidence": items, "submitted_by": "杨娟"}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Every PDF: code -> path (also written to tests/integration/output/pdf)."""
    root = tmp_path_factory.mktemp("pdfs")
    desk = create_document_desk(root / "book")
    engine = DocumentEngine()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    try:
        for code in PDF_CODES:
            view = sd.render_document(desk.book.uow, engine, desk.staff, case_id=desk.case_id, template=code,
                                      context_overrides=documents_extra(code), today=DOC_DATE)
            assert view.format == "pdf" and view.media_type == "application/pdf"
            paths[code] = OUTPUT / f"{code}.pdf"
            paths[code].write_bytes(sd.read_document(desk.book.uow, desk.staff, document_id=view.id))
        detail = get_case(desk.book.uow, desk.staff, desk.case_id)
        base = sd.build_case_context(detail, get_organisation(desk.book.uow), today=DOC_DATE)
        base["doc_number"] = detail.summary.number
        paths["evidence_list_500"] = OUTPUT / "evidence_list_500.pdf"
        paths["evidence_list_500"].write_bytes(engine.render("evidence_list_pdf",
                                                             plain_context(big_evidence_context(base))))
        paths["legal_sample"] = OUTPUT / "legal_sample.pdf"
        paths["legal_sample"].write_bytes(pdf.plain_text("法律条文摘录", LEGAL_SAMPLE.strip().splitlines(),
                                                         org_name="南昌市新就业形态劳动争议调解中心"))
        info = backup_book(desk.book, root / "backups" / "casebook-2026-11-29.mdbackup")
        facts = sd.BackupSheetFacts(org_name="南昌市新就业形态劳动争议调解中心", book_id=info.book_id,
                                    key_id=key_id(desk.book.master_key), backup_file=info.path.name,
                                    backup_sha256=info.sha256, backup_size=info.size_bytes,
                                    created_at=info.created_at, case_count=info.case_count,
                                    backup_location="移动硬盘（编号HD-02），存放于档案室铁柜",
                                    passphrase_location="单位保险柜第2格，密封信封（封口处签名）",
                                    keeper="陈国华", made_by="刘思远", audit_head_id=info.audit_head[0],
                                    audit_head_hash=info.audit_head[1])
        paths["backup_sheet"] = OUTPUT / "backup_sheet.pdf"
        paths["backup_sheet"].write_bytes(sd.backup_recovery_sheet(engine, administrator(desk.book), facts=facts))
        paths["_facts"] = facts  # type: ignore[assignment]
        yield paths
    finally:
        engine.close()
        desk.book.close()


def pdf_paths(made) -> list[Path]:  # noqa: ANN001
    return [p for k, p in made.items() if not k.startswith("_")]


def test_every_pdf_embeds_the_chinese_font_as_a_subset(made) -> None:
    for path in pdf_paths(made):
        data = path.read_bytes()
        fonts = pdffonts(path)
        assert fonts, path.name
        assert any("WenQuanYiMicroHei" in f["name"] for f in fonts), (path.name, fonts)
        for f in fonts:
            assert (f["emb"], f["sub"], f["uni"]) == ("yes", "yes", "yes"), (path.name, f["line"])
        assert b"/FontFile2" in data
        assert b"STSong" not in data and not any("STSong" in f["name"] for f in fonts)


EXPECTED_TEXT = {
    "evidence_list_pdf": ["证 据 目 录", "星耀直播App排班与打卡截图", "证明目的", "杨娟", "二〇二六年十一月二十九日"],
    "case_cover_pdf": ["案    卷", "卷 宗 目 录", "杨娟", "江西星耀网络科技有限公司", "调解结案", "长期"],
    "relationship_opinion_pdf": ["劳动关系认定意见表", "工作时间及工作量自主决定程度", "符合确立劳动关系情形", "陈国华",
                                 "风险提示", "未关联证据", "每天直播不少于5小时，须到公司直播间打卡",
                                 "自2021年4月1日起执行", "已超过2年", "洪人社发〔2022〕88号，2022年5月12日"],
    "service_receipt_pdf": ["送 达 回 证", "直接送达", "洪新调协字〔2026〕第7号", "杨娟"],
    "backup_sheet": ["案件库备份恢复单", "单位保险柜第2格", "本单不记载口令本身", "审计链头", "verify --against"],
}


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_chinese_text_comes_back_out(made) -> None:
    for code, needles in EXPECTED_TEXT.items():
        text = pdftotext(made[code])
        for needle in needles:
            assert _flat(needle) in _flat(text), (code, needle)
        assert "洪新调字〔2025〕第1号" in text or code == "backup_sheet"


def test_every_character_of_the_legal_texts_has_a_glyph(made) -> None:
    engine = DocumentEngine()
    try:
        registry_text = "".join(s.title + s.description + "".join(f.label for f in s.fields) for s in engine.specs())
    finally:
        engine.close()
    sample = LEGAL_SAMPLE + registry_text
    assert pdf.missing_glyphs(sample) == ""
    raw = pdftotext(made["legal_sample"]).splitlines()
    body = [ln for ln in raw if not re.fullmatch(r"— \d+ —", ln.strip()) and "南昌市新就业形态劳动争议调解中心" not in ln]
    text = _flat("".join(body))
    for line in LEGAL_SAMPLE.strip().splitlines():
        for piece in re.split(r"[，。；、：]", line):
            assert _flat(piece) in text, piece


def test_a_500_item_evidence_list_pages_with_its_header_repeated(made) -> None:
    path = made["evidence_list_500"]
    n = pages(path)
    assert n >= 20
    continued = 0
    for page in range(1, n + 1):
        text = pdftotext(path, first=page, last=page)
        assert f"— {page} —" in text  # the page number in the footer
        assert "南昌市新就业形态劳动争议调解中心" in text  # the header
        if page < n or re.search(r"^证据\d+$", text, re.M):
            assert "证明目的" in text and "SHA-256" in text, page  # the table's header on every page it runs over
        if page < n and not re.search(r"^证据\d+$", text, re.M):
            continued += 1  # a page holding only the rest of a long item (split inside its row)
    assert continued >= 2
    full = _flat(pdftotext(path))
    for i in (1, 7, 250, BIG):
        assert f"证据{i}" in full and f"{i:08x}" * 2 in full, i
    assert f"共{BIG}项证据" in full


def test_user_text_is_shown_never_obeyed_as_markup(tmp_path) -> None:
    ctx = {"org": {"name": "测试调解中心"}, "case": {"number": "洪新调字〔2026〕第1号"},
           "applicants": [{"name": "<b>王</b>&amp;"}], "respondents": [{"name": "某公司"}], "document_date": "2026-11-29",
           "evidence": [{"label": "证据1", "title": '<img src="/etc/passwd"/> <font size="90">大</font>',
                         "purpose": "a < b & c > d", "sha256": "0" * 64}]}
    data = pdf.evidence_list(ctx)
    path = tmp_path / "markup.pdf"
    path.write_bytes(data)
    text = _flat(pdftotext(path))
    for shown in ('<img src="/etc/passwd"/>', '<font size="90">大</font>', "<b>王</b>&amp;", "a < b & c > d"):
        assert _flat(shown) in text, shown


def test_a_font_that_cannot_load_is_an_error_not_boxes(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(pdf, "_registered", None)
    with pytest.raises(pdf.FontUnavailable) as err:
        pdf.register_fonts(tmp_path / "missing.ttc")
    assert err.value.zh.startswith("无法加载中文字体")
    cff = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    bad = cff if cff.exists() else tmp_path / "garbage.ttc"
    if not cff.exists():
        bad.write_bytes(b"OTTO" + b"\0" * 1000)
    with pytest.raises(pdf.FontUnavailable):
        pdf.register_fonts(bad)  # PostScript (CFF) outlines cannot be embedded by reportlab
    monkeypatch.undo()
    assert pdf.register_fonts() == (pdf.FONT, pdf.MONO)


def test_the_backup_sheet_never_holds_the_passphrase(made) -> None:
    facts = made["_facts"]
    path = made["backup_sheet"]
    text = pdftotext(path)
    flat = _flat(text)
    for value in (facts.book_id, facts.key_id, facts.backup_file, facts.backup_sha256[:32], facts.passphrase_location):
        assert _flat(value) in flat, value
    assert PASSPHRASE not in text and PASSPHRASE.encode() not in path.read_bytes()
    assert not [f.name for f in fields(sd.BackupSheetFacts) if "pass" in f.name and f.name != "passphrase_location"]
    with pytest.raises(ValueError):
        pdf.backup_recovery_sheet({"org_name": "x", "passphrase": PASSPHRASE})


def test_pngs_of_every_pdf_for_looking_at(made) -> None:
    """Page images in tests/integration/output/pdf (git-ignored) to look at the layout."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    for path in pdf_paths(made):
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", str(path), str(path.with_suffix(""))],
                       check=True, timeout=60)
    pngs = sorted(OUTPUT.glob("*.png"))
    assert any(p.name.startswith("evidence_list_500-") for p in pngs)
    assert any(p.name.startswith("relationship_opinion_pdf-") for p in pngs)
    for p in pngs:
        assert p.stat().st_size > 5000, p.name


def test_amounts_and_dates_helpers_used_by_the_generators() -> None:
    assert sd.money_fields(Decimal("3200.50"))["amount_rmb"] == "人民币3,200.50元（大写：叁仟贰佰元伍角）"
    assert sd.money_fields(None)["amount_rmb"] == ""
