"""The search normaliser, the index of a case, the claim synonyms and the bounds of a query."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.search import (CLAIM_SYNONYMS, MAX_QUERY_CHARS, MAX_TERM_CHARS, MAX_TERMS,
                                          CaseIndexInput, amount_keys, claim_key, id_keys, index_entry,
                                          normalise, phone_keys, plan_query, plan_term)


@pytest.mark.parametrize("written", ["洪东劳调字〔2026〕第1号", "洪东劳调字（2026）第1号", "洪东劳调字(2026)1号",
                                     "洪东劳调字[2026]第1号", "洪东劳调字【2026】1号", "洪东劳调字 〔2026〕 第 1 号",
                                     "洪东劳调字2026第1号", "洪东劳调字［２０２６］第１号"])
def test_every_way_of_writing_a_case_number_normalises_alike(written):
    assert normalise(written) == "洪东劳调字2026第1号"


def test_normalise_folds_width_and_case_and_drops_punctuation():
    assert normalise("ＡＢＣ　ｘ-1２３，。") == "abcx123"
    assert normalise("熊丽华、南昌速达") == "熊丽华南昌速达"
    assert normalise("") == ""


def test_case_number_rule_keeps_the_sequence_whole():
    assert normalise("〔2026〕第1号") != normalise("〔2026〕第11号")
    assert normalise("〔2026〕第1号") not in normalise("洪东劳调字〔2026〕第11号")


def test_the_index_holds_text_normalised_as_the_query_is():
    entry = index_entry(CaseIndexInput(number="洪东劳调字〔2026〕第7号", worker_name="熊丽华",
                                       applicant_names="熊丽华", respondent_names="南昌速达配送有限公司",
                                       platform="速达外卖", facts="拖欠配送费１２，３４５．６０元。",
                                       claim_kinds=(ClaimKind.UNPAID_PAY,)))
    number, names, platform, facts, claims = entry.text
    for query in ("洪东劳调字〔2026〕第7号", "（2026）7号", "熊丽华", "速达外卖"):
        (phrase,) = plan_term(query).phrases
        assert phrase in number or phrase in names or phrase in platform
    assert claims == normalise(ClaimKind.UNPAID_PAY.label)
    tokens = entry.tokens.split()
    assert {"熊", "丽华", "第7", claim_key(ClaimKind.UNPAID_PAY), "yuan12345p60"} <= set(tokens)


def test_id_numbers_are_keyed_by_their_tails_only():
    number = "36010219850317482X"
    keys = id_keys(number)
    assert keys == [f"id{number[-n:].lower()}" for n in range(4, 19)]
    assert "id82x" not in keys  # fewer than 4 characters: no key
    # no key is a beginning or a middle part of the number
    assert all(number.lower().endswith(k[2:]) for k in keys)
    assert id_keys("123") == []


def test_phone_keys():
    assert phone_keys("138-0791-5286") == ["tel13807915286", "tel5286"]
    assert phone_keys("+86 138 0791 5286") == ["tel13807915286", "tel5286"]
    assert phone_keys("0791-86123456") == ["tel079186123456", "tel3456", "tel86123456", "tel6123456"]
    assert phone_keys("12") == []


def test_amount_keys_and_query_terms_agree():
    assert amount_keys(Decimal("12345.6")) == ["yuan12345", "yuan12345p60"]
    assert amount_keys(Decimal("-1")) == []
    for written in ("12,345.60", "12345.60", "12345.6", "¥12,345.60", "￥12345.6", "12345.60元", "１２，３４５．６"):
        term = plan_term(written)
        assert term.keys[0] == "yuan12345p60", written
        assert term.phrases == ()  # never the digits 1234560
    for written in ("12345", "12,345", "12345元"):
        assert "yuan12345" in plan_term(written).keys
    assert "yuan12345" not in plan_term("12345.60").keys  # a given fen must match exactly


def test_id_and_phone_keys_only_for_numbers_written_as_such():
    assert "id1234" in plan_term("1234").keys and "tel1234" in plan_term("1234").keys
    assert "id482x" in plan_term("482X").keys
    assert not any(k.startswith(("id", "tel")) for k in plan_term("12,345.60").keys)
    assert not any(k.startswith(("id", "tel")) for k in plan_term("熊丽华").keys)


def test_synonyms_are_data_mapping_words_to_claim_kinds():
    assert CLAIM_SYNONYMS["拖欠"] == (ClaimKind.UNPAID_PAY,)
    assert CLAIM_SYNONYMS["欠薪"] == (ClaimKind.UNPAID_PAY,)
    for word, kinds in CLAIM_SYNONYMS.items():
        assert word == normalise(word) and kinds and all(isinstance(k, ClaimKind) for k in kinds)
    for word in ("拖欠", "欠薪"):
        term = plan_term(word)
        assert term.phrases == (word,) and claim_key(ClaimKind.UNPAID_PAY) in term.keys
    assert plan_term("欠 薪") is not None and not plan_term("熊丽华").keys


def test_every_claim_kind_has_its_own_key():
    keys = {claim_key(k) for k in ClaimKind}
    assert len(keys) == len(ClaimKind) and all(k.isalnum() for k in keys)


def test_phrases_and_keys_are_letters_and_digits_only():
    for text in ('a"b', "NEAR(x y)", "*^", "洪东劳调字〔2026〕第1号", "12,345.60", "-0791-", "😀熊"):
        term = plan_term(text)
        if term is not None:
            assert all(p.isalnum() for p in term.phrases + term.keys), text


def test_queries_are_bounded():
    plan = plan_query(" ".join(f"词{i}" for i in range(600)))
    assert len(plan.terms) == MAX_TERMS and plan.truncated
    plan = plan_query("熊丽华 熊丽华 欠薪")
    assert len(plan.terms) == 2 and not plan.truncated
    assert plan_query("熊" * (MAX_QUERY_CHARS + 1)).truncated
    (term,) = plan_query("熊" * 10_000).terms
    assert len(term.phrases[0]) == MAX_TERM_CHARS
    assert plan_query("  ，。 ").terms == ()
    assert len(plan_term("1" * 100_000).phrases[0]) == MAX_TERM_CHARS  # no huge number is parsed
