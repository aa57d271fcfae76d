"""The relationship worksheet in a real encrypted book: append-only versions per respondent chain,
the person's decision (override needs a reason), evidence links, audit rows, and answers
pre-filled from an imported order history that cite its file and hash."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
from mediation_desk.services import work_records as wr
from mediation_desk.services import worksheets as ws
from mediation_desk.services.cases import get_case
from mediation_desk.services.evidence import add_evidence
from mediation_desk.storage.vault import Vault
from tests.support.books import create_test_book
from tests.support.work_history import delivery_orders, write_delivery_xlsx


@pytest.fixture()
def desk(tmp_path):
    book, staff = create_test_book(tmp_path / "book", cases=2)
    yield book, staff
    book.close()


def audit_rows(book, action: str) -> list[dict]:
    with book.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT entity_id, actor, changes FROM audit_log WHERE action = ? ORDER BY id",
                                    (action,)).all()
    return [{"entity_id": e, "actor": a, **json.loads(c)} for e, a, c in rows]


def raw_worksheets(book) -> list[tuple]:
    with book.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT id, version, answers, assessment, decision, final_category, reason "
                                    "FROM worksheets ORDER BY id").all()


def evidence(book, staff, tmp_path, case_id: int, title: str) -> int:
    f = tmp_path / f"{title}.txt"
    f.write_text(title, encoding="utf-8")
    item = add_evidence(book.uow, Vault(book), staff, source_path=f, evidence=EvidenceInput(
        case_id=case_id, type=EvidenceType.ELECTRONIC_DATA, title=title, purpose="证明用工管理", provided_by="申请人"))
    return item.id


def station_answers(roster: int, fines: int, outsourcer: str) -> dict[str, ws.WorksheetAnswer]:
    return {
        "time_autonomy": ws.WorksheetAnswer("controlled", (roster,), "站长每周排班，请假须站长批准", outsourcer),
        "process_control": ws.WorksheetAnswer("dominant", (), "每天早会，站长在群里实时派单", outsourcer),
        "rules_and_discipline": ws.WorksheetAnswer("employer_discipline", (fines,), "拒单罚款50元", outsourcer),
        "continuity": ws.WorksheetAnswer("continuous"),
        "remuneration": ws.WorksheetAnswer("piece_rate", note="按单计酬，站点每月结算"),
        "exclusivity": ws.WorksheetAnswer("prohibited", note="站长要求不得在其他平台接单"),
    }


def test_versions_are_appended_and_an_override_needs_a_reason(desk, tmp_path):
    book, staff = desk
    detail = get_case(book.uow, staff, 1)
    chain = ws.respondent_chain(detail)
    assert [m.role for m in chain] == ["outsourcing", "platform"]
    outsourcer, platform = chain[0].name, chain[1].name
    chain = (replace(chain[0], named_in_contract=True), chain[1])
    roster = evidence(book, staff, tmp_path, 1, "排班表截图")
    fines = evidence(book, staff, tmp_path, 1, "罚款通知")
    answers = station_answers(roster, fines, outsourcer)
    context = ws.WorksheetContext(manages=outsourcer, pays=outsourcer, disciplines=outsourcer,
                                  facts={"deposit_or_fees_taken": "入职时收取装备押金500元"}, contract_label="合作协议")

    draft = ws.draft_assessment(answers, context, chain=chain, evidence={roster: "证据1 排班表截图"},
                                weights=ws.load_weights())
    assert draft.category == "labor_relationship" and draft.employer_candidate.name == outsourcer
    assert any("证据1 排班表截图" in r for r in draft.reasons)

    v1 = ws.save_worksheet(book.uow, staff, case_id=1, chain=chain, answers=answers, context=context,
                           decision=ws.CONFIRMED)
    assert (v1.version, v1.decision, v1.final_category, v1.recommended_category) == (
        1, "confirmed", "labor_relationship", "labor_relationship")
    assert v1.assessment["employer_candidate"]["name"] == outsourcer
    assert {w["code"] for w in v1.assessment["warnings"]} >= {"deposit_or_fees_taken", "multi_platform_ban"}
    assert v1.answers["time_autonomy"].evidence_ids == (roster,)
    assert v1.context.facts == {"deposit_or_fees_taken": "入职时收取装备押金500元"}
    assert v1.chain[0].named_in_contract and v1.decided_by == staff.username and v1.decided_by_role == "mediator"

    # overriding without a written reason is refused, and nothing is written
    with pytest.raises(ValidationError) as caught:
        ws.save_worksheet(book.uow, staff, case_id=1, chain=chain, answers=answers, context=context,
                          decision=ws.OVERRIDDEN, final_category="incomplete_labor_relationship", reason="  ")
    assert "reason" in caught.value.fields
    with pytest.raises(ValidationError) as caught:
        ws.save_worksheet(book.uow, staff, case_id=1, chain=chain, answers=answers, context=context,
                          decision=ws.OVERRIDDEN, final_category="labor_relationship", reason="同意")
    assert "final_category" in caught.value.fields  # the same category is a confirmation
    with pytest.raises(ValidationError):
        ws.save_worksheet(book.uow, staff, case_id=1, chain=chain, answers=answers, context=context,
                          decision=ws.CONFIRMED, final_category="civil_relationship")
    assert len(raw_worksheets(book)) == 1

    # new facts: the process control was only partial; the arbitrator overrides with reasons
    answers2 = dict(answers, process_control=ws.WorksheetAnswer("partial", note="可以拒单，不受处罚"))
    v2 = ws.save_worksheet(book.uow, staff, case_id=1, chain=chain, answers=answers2, context=context,
                           decision=ws.OVERRIDDEN, final_category="incomplete_labor_relationship",
                           reason="庭审中双方均认可排班为建议性质，罚款只针对超时，按不完全符合确立劳动关系情形处理。")
    assert v2.version == 2 and v2.overridden and v2.final_category == "incomplete_labor_relationship"

    versions = ws.list_worksheets(book.uow, staff, case_id=1)
    assert [v.version for v in versions] == [2, 1]
    assert ws.latest_worksheet(book.uow, staff, case_id=1, chain_key=ws.chain_key(chain)).id == v2.id
    # version 1 is unchanged: the first row still holds its own answers and decision
    rows = raw_worksheets(book)
    assert json.loads(rows[0][2])["process_control"]["level"] == "dominant"
    assert rows[0][4:] == ("confirmed", "labor_relationship", "")
    assert versions[1] == v1

    audit = audit_rows(book, "worksheet.save")
    assert [a["version"] for a in audit] == [1, 2]
    assert audit[0]["recommended"] == "labor_relationship" and audit[0]["decision"] == "confirmed"
    assert audit[1]["decision"] == "overridden" and audit[1]["final"] == "incomplete_labor_relationship"
    assert audit[1]["reason"].startswith("庭审中") and audit[0]["employer_candidate"] == outsourcer
    assert "deposit_or_fees_taken" in audit[0]["warnings"] and audit[0]["chain"] == [outsourcer, platform]

    # a decision on nothing answered is refused
    with pytest.raises(ValidationError) as err:
        ws.save_worksheet(book.uow, staff, case_id=1, chain=[chain[1]], answers={}, context=None,
                          decision=ws.CONFIRMED, reason="事实尚未查明，先行记录")
    assert "尚未回答任何因素" in err.value.fields["answers"]
    # another chain of the same case (the platform alone) has its own versions
    # one answer is too little to confirm anything: 信息不足, the person decides with a reason
    with pytest.raises(ValidationError) as err:
        ws.save_worksheet(book.uow, staff, case_id=1, chain=[chain[1]],
                          answers={"price_autonomy": ws.WorksheetAnswer("enterprise_sets")}, context=None,
                          decision=ws.CONFIRMED, reason="其余事实尚未查明，先行记录")
    assert "信息不足" in err.value.fields["decision"]
    tentative = ws.draft_assessment({"price_autonomy": "enterprise_sets"}).category
    solo = ws.save_worksheet(book.uow, staff, case_id=1, chain=[chain[1]],
                             answers={"price_autonomy": ws.WorksheetAnswer("enterprise_sets")}, context=None,
                             decision=ws.OVERRIDDEN, final_category=tentative,
                             reason="其余事实尚未查明，依庭审陈述先行认定")
    assert solo.version == 1 and solo.chain_key != v1.chain_key
    assert solo.assessment["headline"] == "信息不足" and solo.final_category == tentative
    assert audit_rows(book, "worksheet.save")[-1]["sufficient"] is False
    assert [v.version for v in ws.list_worksheets(book.uow, staff, case_id=1, chain_key=solo.chain_key)] == [1]


def test_chain_and_evidence_must_belong_to_the_case(desk, tmp_path):
    book, staff = desk
    chain1 = ws.respondent_chain(get_case(book.uow, staff, 1))
    chain2 = ws.respondent_chain(get_case(book.uow, staff, 2))
    with pytest.raises(ValidationError) as caught:
        ws.save_worksheet(book.uow, staff, case_id=1, chain=[chain2[0]], answers={}, context=None,
                          decision=ws.CONFIRMED)
    assert "chain" in caught.value.fields
    other = evidence(book, staff, tmp_path, 2, "别案证据")
    with pytest.raises(ValidationError) as caught:
        ws.save_worksheet(book.uow, staff, case_id=1, chain=chain1,
                          answers={"tools": ws.WorksheetAnswer("own", (other,))}, context=None, decision=ws.CONFIRMED)
    assert "answers.tools.evidence" in caught.value.fields
    with pytest.raises(ValidationError) as caught:
        ws.save_worksheet(book.uow, staff, case_id=1, chain=chain1, answers={}, context=ws.WorksheetContext(
            manages="不在链条中的公司"), decision=ws.CONFIRMED)
    assert "context.manages" in caught.value.fields
    with pytest.raises(ValidationError):
        ws.save_worksheet(book.uow, staff, case_id=1, chain=[], answers={}, context=None, decision=ws.CONFIRMED)
    assert raw_worksheets(book) == []


def test_prefill_from_the_imported_history_cites_the_file_and_hash(desk, tmp_path):
    book, staff = desk
    assert ws.prefill_from_work_records(book.uow, staff, case_id=1) is None
    path = write_delivery_xlsx(tmp_path / "骑手订单.xlsx", delivery_orders(weeks=10))
    source = wr.read_work_record_source(path)
    mapping = wr.suggest_mapping(book.uow, staff, platform="速达外卖", source=source).mapping
    imported = wr.import_work_records(book.uow, staff, case_id=1, source_path=path, platform="速达外卖",
                                      mapping=mapping, minimum_hourly="一类")
    path.unlink()  # the prefill works from the stored metrics alone

    prefill = ws.prefill_from_work_records(book.uow, staff, case_id=1)
    assert prefill.import_id == imported.id and prefill.source_sha256 == source.sha256
    assert source.sha256 in prefill.source and "骑手订单.xlsx" in prefill.source
    assert set(prefill.factors) == {"time_autonomy", "continuity"}
    level, text = prefill.factors["continuity"]
    assert level == "continuous" and "骑手订单.xlsx" in text and source.sha256[:8] in text
    assert set(prefill.facts) == {"pay_below_minimum_wage", "no_break_after_four_hours"}
    assert all(source.sha256[:8] in t for t in prefill.facts.values())

    chain = ws.respondent_chain(get_case(book.uow, staff, 1))
    answers = {k: ws.WorksheetAnswer(level, note=text, source=prefill.source) for k, (level, text) in prefill.factors.items()}
    assert all(level != "free" for key, (level, _t) in prefill.factors.items() if key == "time_autonomy")
    assert all("在线" not in text for _level, text in prefill.factors.values())
    # two factors from the records are not enough for a recommendation
    draft = ws.draft_assessment(answers, ws.WorksheetContext(facts=dict(prefill.facts)), chain=chain)
    assert draft.headline == "信息不足" and not draft.sufficient
    with pytest.raises(ValidationError) as err:
        ws.save_worksheet(book.uow, staff, case_id=1, chain=chain, answers=answers,
                          context=ws.WorksheetContext(facts=dict(prefill.facts)), decision=ws.CONFIRMED)
    assert "信息不足" in err.value.fields["decision"]
    saved = ws.save_worksheet(book.uow, staff, case_id=1, chain=chain, answers=answers,
                              context=ws.WorksheetContext(facts=dict(prefill.facts)), decision=ws.OVERRIDDEN,
                              final_category="incomplete_labor_relationship", reason="订单记录显示长期按单工作，先行认定")
    assert saved.answers["continuity"].source == prefill.source
    assert {w["code"] for w in saved.assessment["warnings"]} == {"pay_below_minimum_wage", "no_break_after_four_hours"}
    assert ws.prefill_from_work_records(book.uow, staff, case_id=2) is None


def test_a_chain_given_by_party_ids_only_attributes_nothing_nobody_entered(desk):
    """Chain members given without their names get the parties' names; an answer or a context
    field that names nobody (who pays is not yet known) stays empty instead of taking a name."""
    book, staff = desk
    detail = get_case(book.uow, staff, 1)
    outsourcer, platform = ws.respondent_chain(detail)
    answers = {"time_autonomy": ws.WorksheetAnswer("controlled", note="站长排班", exercised_by=""),
               "process_control": ws.WorksheetAnswer("dominant", note="早会点名")}
    context = ws.WorksheetContext(manages="", pays="", disciplines="", facts={"deposit_or_fees_taken": "押金500元"},
                                  contract_label="合作协议")

    saved = ws.save_worksheet(book.uow, staff, case_id=1,
                              chain=[{"party_id": outsourcer.party_id}, {"party_id": platform.party_id}],
                              answers=answers, context=context, decision=ws.OVERRIDDEN,
                              final_category="labor_relationship", reason="支配性劳动管理，见排班表")

    assert [m.name for m in saved.chain] == [outsourcer.name, platform.name]
    assert (saved.context.manages, saved.context.pays, saved.context.disciplines) == ("", "", "")
    assert saved.context.facts == {"deposit_or_fees_taken": "押金500元"} and saved.context.contract_label == "合作协议"
    assert {k: a.exercised_by for k, a in saved.answers.items()} == {"time_autonomy": "", "process_control": ""}
