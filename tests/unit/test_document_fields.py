"""A template's declared fields: every missing one named in Chinese, wrong kinds of value refused, optional
ones filled in empty, contexts made JSON-ready, numbers and file names formed."""

from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.domain.documents import (FieldSpec, FieldType, MissingFields, NumberKind, TemplateSpec,
                                             check_context, document_filename, format_document_number,
                                             missing_fields, number_prefix, plain_context, with_defaults)
from mediation_desk.domain.errors import ValidationError

T = FieldType
SPEC = TemplateSpec(code="mediation_agreement", title="调解协议书", format="docx", file="x.docx",
                    number=NumberKind("mediation_agreement", "调解协议书编号", "{org_stem}协字"),
                    fields=(FieldSpec("org.name", T.TEXT, "调解组织名称", True),
                            FieldSpec("items", T.LIST, "协议内容", True,
                                      (FieldSpec("content", T.TEXT, "内容", True), FieldSpec("amount", T.MONEY, "金额"))),
                            FieldSpec("total", T.MONEY, "协议金额合计", True),
                            FieldSpec("signed_on", T.DATE, "签订日期", True),
                            FieldSpec("copies", T.TEXT, "份数"),
                            FieldSpec("urgent", T.BOOL, "是否紧急")))


def test_every_missing_field_is_named_in_order():
    assert missing_fields(SPEC, {}) == ["调解组织名称", "协议内容", "协议金额合计", "签订日期"]
    ctx = {"org": {"name": " "}, "items": [{"content": "付款"}, {"amount": "10"}, {}], "total": "0",
           "signed_on": date(2026, 11, 29)}
    assert missing_fields(SPEC, ctx) == ["调解组织名称", "协议内容第2项的内容", "协议内容第3项的内容"]
    with pytest.raises(MissingFields) as err:
        check_context(SPEC, ctx)
    assert err.value.zh == "生成《调解协议书》前还缺少以下内容：调解组织名称、协议内容第2项的内容、协议内容第3项的内容。"
    assert set(err.value.fields) == {"org.name", "items.2.content", "items.3.content"}


def test_values_of_the_wrong_kind_are_refused():
    ctx = {"org": {"name": "中心"}, "items": [{"content": "付款", "amount": "十元"}], "total": "-1",
           "signed_on": "下周", "urgent": "yes"}
    with pytest.raises(ValidationError) as err:
        check_context(SPEC, ctx)
    assert not isinstance(err.value, MissingFields)
    assert set(err.value.fields) == {"items.1.amount", "total", "signed_on", "urgent"}
    check_context(SPEC, {**ctx, "items": [{"content": "付款", "amount": "1,000.50"}], "total": Decimal("3200.50"),
                         "signed_on": "2026-11-29", "urgent": False})


def test_defaults_fill_optional_fields_without_touching_the_input():
    org = {"name": "中心"}
    ctx = {"org": org, "items": [{"content": "付款"}]}
    out = with_defaults(SPEC, ctx)
    assert out["copies"] == "" and out["urgent"] is False and out["items"] == [{"content": "付款", "amount": ""}]
    assert ctx == {"org": org, "items": [{"content": "付款"}]}


def test_plain_context_numbers_and_names():
    assert plain_context({"a": Decimal("3200.50"), "d": date(2026, 11, 29), "t": (1, 2), "n": None}) == \
        {"a": "3200.50", "d": "2026-11-29", "t": [1, 2], "n": None}
    with pytest.raises(TypeError):
        plain_context({"x": object()})
    assert format_document_number("洪劳人仲案字", 2026, 12) == "洪劳人仲案字〔2026〕第12号"
    assert number_prefix(SPEC.number, "洪新调字") == "洪新调协字"
    assert number_prefix(NumberKind("award", "", "{org}"), "洪劳人仲案字") == "洪劳人仲案字"
    assert document_filename("调解协议书", "洪新调协字〔2026〕第3号", 2, "docx") == "调解协议书_洪新调协字2026第3号_v2.docx"
    assert document_filename("送达回证", "", 1, "pdf") == "送达回证_v1.pdf"
    with pytest.raises(ValueError):
        NumberKind("bad kind")
    with pytest.raises(ValueError):
        FieldSpec("Bad-Name", T.TEXT, "x")
