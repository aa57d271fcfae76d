"""Templates each organisation owns, on a real encrypted book: an edited DOCX is checked against its
registry entry and refused or accepted with the right message; versions are kept and restored;
rendering uses the organisation's active version; the versions travel in a backup; a changed
built-in is offered, never forced."""

from __future__ import annotations

import io
import shutil

import docx
import pytest

from mediation_desk.config import AppPaths
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.documents import TemplateInvalid
from mediation_desk.domain.errors import ConflictError, PermissionDenied, ValidationError
from mediation_desk.services import documents as sd
from mediation_desk.services import org_templates as ot
from mediation_desk.storage.maintenance import backup_book, restore_book
from tests.support.books import PASSPHRASE, NoKeyring, administrator, reopen
from tests.support.document_case import DOC_DATE, create_document_desk, documents_extra
from tests.support.template_edits import (add_external_hyperlink, add_field, add_paragraphs, add_part, builtin,
                                          edit_paragraph)

CODE = "mediation_termination"
OWN_TEXT = "本机构特别提示：如对本告知书有疑问，可在工作日到调解室当面咨询。"


def text_of(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in d.paragraphs)


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    d = create_document_desk(tmp_path_factory.mktemp("org-templates") / "book")
    engine = DocumentEngine(template_source=ot.template_source(d.book.uow))
    yield d, engine, administrator(d.book)
    engine.close()
    d.book.close()


def audit_actions(book) -> list[tuple[str, str]]:  # noqa: ANN001
    with book.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT action, entity_id FROM audit_log WHERE entity = 'template' ORDER BY id")]


# --------------------------------------------------------------------------- the check


@pytest.mark.parametrize(("edit", "message"), [
    (lambda b: add_paragraphs(b, "{{ case.secret_note }}"), "使用了登记表没有为本文书声明的字段：case.secret_note"),
    (lambda b: add_paragraphs(b, "{{ bank_account }}"), "bank_account"),
    (add_external_hyperlink, "指向外部的链接"),
    (lambda b: add_field(b, 'INCLUDETEXT "C:\\\\公文\\\\正文.docx"'), "引用外部内容的域代码（INCLUDETEXT）"),
    (lambda b: add_field(b, 'HYPERLINK "file:///C:/公文/正文.docx"'), "指向文件或网址的超链接域（HYPERLINK）"),
    (lambda b: add_field(b, 'DDEAUTO excel "C:\\\\a.xlsx"'), "引用外部内容的域代码（DDEAUTO）"),
    (lambda b: add_part(b, "word/vbaProject.bin"), "宏或活动内容"),
    (lambda b: add_part(b, "word/embeddings/Microsoft_Excel_Worksheet.xlsx", b"PK\x03\x04"), "嵌入的对象"),
    (lambda b: add_paragraphs(b, "{{ org.__class__ }}"), "访问对象的内部属性（__class__）"),
    (lambda b: add_paragraphs(b, "{% include 'other.docx' %}"), "引用其他模板或文件"),
    (lambda b: add_paragraphs(b, "{{ org.name|safe }}"), "不允许的过滤器“safe”"),
    (lambda b: add_paragraphs(b, "{% set x = 1 %}{{ x }}"), "无法核对的写法"),
    (lambda b: add_paragraphs(b, "{{ org.name }"), "模板标签有误"),
], ids=["undeclared-dotted", "undeclared", "external-hyperlink", "includetext", "hyperlink-file", "dde", "vba",
        "embedded", "dunder", "include", "safe", "set", "syntax"])
def test_an_unsafe_or_undeclared_template_is_refused_with_its_reason(desk, edit, message) -> None:
    d, engine, admin = desk
    data = edit(builtin(CODE))
    preview = ot.preview_import(d.book.uow, engine, admin, code=CODE, data=data)
    assert not preview.ok
    assert any(message in p for p in preview.review.problems()), preview.review.problems()
    before = audit_actions(d.book)
    with pytest.raises(ValidationError) as err:
        ot.import_template(d.book.uow, engine, admin, code=CODE, data=data)
    assert message in err.value.zh and "不能使用" in err.value.zh
    assert audit_actions(d.book) == before
    assert ot.list_versions(d.book.uow, admin, code=CODE) == [] or all(
        v.sha256 != preview.review.sha256 for v in ot.list_versions(d.book.uow, admin, code=CODE))


def test_a_file_that_is_not_a_docx_is_refused(desk) -> None:
    d, engine, admin = desk
    with pytest.raises(TemplateInvalid, match="不是有效的Word"):
        ot.preview_import(d.book.uow, engine, admin, code=CODE, data=b"not a word file")


def test_only_an_administrator_manages_templates(desk) -> None:
    d, engine, _admin = desk
    with pytest.raises(PermissionDenied):
        ot.list_templates(d.book.uow, engine, d.staff)
    with pytest.raises(PermissionDenied):
        ot.import_template(d.book.uow, engine, d.staff, code=CODE, data=builtin(CODE))


def test_adding_a_declared_variable_is_accepted_and_shown_in_the_difference(desk) -> None:
    d, engine, admin = desk
    code = "mediation_agreement"
    base = builtin(code)
    assert "agreement_items[].content" in engine.review_template(code, base).unused
    data = add_paragraphs(base, "{%p for it in agreement_items %}", "约定事项：{{ it.content }}", "{%p endfor %}")
    preview = ot.preview_import(d.book.uow, engine, admin, code=code, data=data)
    assert preview.ok and preview.current == "内置"
    assert "agreement_items[].content" not in preview.review.unused
    assert preview.diff.added_variables == ("agreement_items[].content",)
    assert "约定事项：{{ it.content }}" in preview.diff.added_paragraphs and not preview.diff.removed_paragraphs
    version = ot.import_template(d.book.uow, engine, admin, code=code, data=data, note="列出每项约定")
    assert version.version == 1 and version.active and version.note == "列出每项约定"
    # rendering the agreement now prints each item's content from the organisation's version
    extra = documents_extra(code)
    view = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template=code,
                              context_overrides=extra, today=DOC_DATE)
    text = text_of(sd.read_document(d.book.uow, d.staff, document_id=view.id))
    for item in extra["agreement_items"]:
        assert f"约定事项：{item['content']}" in text
    ot.revert_to_builtin(d.book.uow, engine, admin, code=code)


# --------------------------------------------------------------------------- versions and rendering


def test_import_versions_restore_and_revert(desk) -> None:
    d, engine, admin = desk
    uow = d.book.uow
    first = edit_paragraph(builtin(CODE), 10, OWN_TEXT)
    preview = ot.preview_import(uow, engine, admin, code=CODE, data=first)
    assert preview.ok and preview.diff.added_paragraphs == (OWN_TEXT,)
    assert preview.diff.removed_paragraphs == ("特此告知。",) and not preview.diff.added_variables
    assert any("- 特此告知。" == line for line in preview.diff.lines())
    v1 = ot.import_template(uow, engine, admin, code=CODE, data=first, note="加提示语", source_name="告知书.docx")
    assert (v1.version, v1.active) == (1, True)
    assert v1.based_on_builtin_sha256 == ot._sha(builtin(CODE))

    # the case's document is made from the organisation's version, through the sandboxed worker
    view = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template=CODE,
                              context_overrides=documents_extra(CODE), today=DOC_DATE)
    text = text_of(sd.read_document(uow, d.staff, document_id=view.id))
    assert OWN_TEXT in text and "特此告知。" not in text and "杨娟" in text

    with pytest.raises(ConflictError, match="内容相同"):
        ot.import_template(uow, engine, admin, code=CODE, data=first)
    second = edit_paragraph(first, 4, "申请人提出的调解请求如下：")
    preview2 = ot.preview_import(uow, engine, admin, code=CODE, data=second)
    assert preview2.current == "本机构 v1"
    assert preview2.diff.removed_paragraphs == ("申请人的调解请求为：",)
    v2 = ot.import_template(uow, engine, admin, code=CODE, data=second)
    versions = ot.list_versions(uow, admin, code=CODE)
    assert [(v.version, v.active) for v in versions] == [(2, True), (1, False)]

    v3 = ot.restore_version(uow, engine, admin, code=CODE, version_id=v1.id)
    assert (v3.version, v3.sha256, v3.note) == (3, v1.sha256, "恢复 v1")
    assert [v.version for v in ot.list_versions(uow, admin, code=CODE) if v.active] == [3]
    status = {s.code: s for s in ot.list_templates(uow, engine, admin)}[CODE]
    assert status.source_label == "本机构 v3" and status.versions == 3 and not status.newer_builtin

    out = d.book.paths.data_dir.parent / "export" / "告知书.docx"
    ot.export_template(uow, engine, admin, code=CODE, target_path=out)
    assert out.read_bytes() == first
    with pytest.raises(ConflictError):
        ot.export_template(uow, engine, admin, code=CODE, target_path=out)
    ot.export_template(uow, engine, admin, code=CODE, target_path=out, overwrite=True, builtin=True)
    assert out.read_bytes() == builtin(CODE)

    ot.revert_to_builtin(uow, engine, admin, code=CODE)
    view = sd.render_document(d.book.uow, engine, d.staff, case_id=d.case_id, template=CODE,
                              context_overrides=documents_extra(CODE), today=DOC_DATE)
    assert "特此告知。" in text_of(sd.read_document(uow, d.staff, document_id=view.id))
    with pytest.raises(ConflictError, match="已在使用内置模板"):
        ot.revert_to_builtin(uow, engine, admin, code=CODE)
    assert len(ot.list_versions(uow, admin, code=CODE)) == 3  # older versions kept
    actions = [a for a, code in audit_actions(d.book) if code == CODE]
    assert actions == ["template.import", "template.import", "template.restore", "template.export",
                       "template.export", "template.revert"]
    assert v2.version == 2


# --------------------------------------------------------------------------- backups and upgrades


def test_a_backup_carries_the_organisations_templates(tmp_path) -> None:
    d = create_document_desk(tmp_path / "book")
    admin = administrator(d.book)
    with DocumentEngine(template_source=ot.template_source(d.book.uow)) as engine:
        data = edit_paragraph(builtin(CODE), 10, OWN_TEXT)
        ot.import_template(d.book.uow, engine, admin, code=CODE, data=data)
        archive = backup_book(d.book, tmp_path / "out" / "book.mdbak").path
    d.book.close()
    target = AppPaths(tmp_path / "restored")
    restore_book(archive, target, PASSPHRASE, keyring=NoKeyring())
    restored = reopen(target.data_dir)
    try:
        admin = administrator(restored)
        staff = d.staff
        with DocumentEngine(template_source=ot.template_source(restored.uow)) as engine:
            status = {s.code: s for s in ot.list_templates(restored.uow, engine, admin)}[CODE]
            assert status.source_label == "本机构 v1"
            view = sd.render_document(restored.uow, engine, staff, case_id=d.case_id, template=CODE,
                                      context_overrides=documents_extra(CODE), today=DOC_DATE)
            assert OWN_TEXT in text_of(sd.read_document(restored.uow, staff, document_id=view.id))
    finally:
        restored.close()


def test_a_changed_builtin_is_offered_never_forced(desk, tmp_path) -> None:
    d, engine, admin = desk
    uow = d.book.uow
    own = edit_paragraph(builtin(CODE), 10, OWN_TEXT)
    ot.import_template(uow, engine, admin, code=CODE, data=own)
    # the next release ships a changed built-in of this template and of one the organisation never edited
    folder = tmp_path / "docs"
    shutil.copytree(engine.registry.folder, folder)
    upgraded_text = "（本告知书自送达之日起生效。）"
    (folder / f"{CODE}.docx").write_bytes(add_paragraphs(builtin(CODE), upgraded_text))
    (folder / "hearing_notice.docx").write_bytes(add_paragraphs(builtin("hearing_notice"), upgraded_text))
    with DocumentEngine(folder=folder, template_source=ot.template_source(uow)) as upgraded:
        statuses = {s.code: s for s in ot.list_templates(uow, upgraded, admin)}
        assert statuses[CODE].newer_builtin and statuses[CODE].source_label.startswith("本机构")
        assert not statuses["hearing_notice"].newer_builtin and statuses["hearing_notice"].active is None
        # nothing changed by itself: the document still comes from the organisation's version
        view = sd.render_document(uow, upgraded, d.staff, case_id=d.case_id, template=CODE,
                                  context_overrides=documents_extra(CODE), today=DOC_DATE)
        text = text_of(sd.read_document(uow, d.staff, document_id=view.id))
        assert OWN_TEXT in text and upgraded_text not in text
        diff = ot.builtin_difference(uow, upgraded, admin, code=CODE)
        assert upgraded_text in diff.added_paragraphs and OWN_TEXT in diff.removed_paragraphs
        adopted = ot.adopt_builtin(uow, upgraded, admin, code=CODE)
        assert adopted.active and adopted.note == "采用新的内置模板"
        assert not {s.code: s for s in ot.list_templates(uow, upgraded, admin)}[CODE].newer_builtin
        view = sd.render_document(uow, upgraded, d.staff, case_id=d.case_id, template=CODE,
                                  context_overrides=documents_extra(CODE), today=DOC_DATE)
        assert upgraded_text in text_of(sd.read_document(uow, d.staff, document_id=view.id))
    ot.revert_to_builtin(uow, engine, admin, code=CODE)
