"""The relationship worksheet driven as a mediator fills it in: pre-fill from the imported order
history, answer the factors with their evidence, confirm, then override with a written reason."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
from mediation_desk.services import work_records as wr
from mediation_desk.services import worksheets as ws
from mediation_desk.services.cases import get_case
from mediation_desk.services.evidence import add_evidence
from mediation_desk.storage.vault import Vault
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.ui.views.worksheet_panel import CATALOG, FACT_LABELS, WorksheetPanel
from tests.gui.support import wait_idle
from tests.gui.test_intake import chinese
from tests.support.work_history import delivery_orders, write_delivery_xlsx

CASE_ID = 8  # 速达外卖: the platform and a labour-service company
OTHER_CASE_ID = 3


def prepare_case(desk_book, tmp_path) -> tuple[list[int], str]:
    """Two items of evidence and an imported order history, as the earlier steps leave the case."""
    ids = []
    for title in ("站点排班表截图", "罚款通知聊天记录"):
        f = tmp_path / f"{title}.png"
        f.write_bytes(b"\x89PNG\r\n\x1a\n" + title.encode())
        ids.append(add_evidence(desk_book.uow, Vault(desk_book.book), desk_book.mediator, source_path=f,
                                evidence=EvidenceInput(case_id=CASE_ID, type=EvidenceType.ELECTRONIC_DATA, title=title,
                                                       purpose="证明站点对骑手进行管理", provided_by="申请人")).id)
    path = write_delivery_xlsx(tmp_path / "骑手订单明细.xlsx", delivery_orders(weeks=10))
    source = wr.read_work_record_source(path)
    mapping = wr.suggest_mapping(desk_book.uow, desk_book.mediator, platform="速达外卖", source=source).mapping
    wr.import_work_records(desk_book.uow, desk_book.mediator, case_id=CASE_ID, source_path=path, platform="速达外卖",
                           mapping=mapping, minimum_hourly="一类")
    return ids, source.sha256


def open_panel(qtbot, desk_book) -> WorksheetPanel:
    panel = WorksheetPanel(desk_book.context(desk_book.mediator))
    qtbot.addWidget(panel)
    panel.resize(1440, 900)
    panel.show()
    panel.set_case(get_case(desk_book.uow, desk_book.admin, CASE_ID))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    return panel


def choose(combo, data) -> None:  # noqa: ANN001
    index = combo.findData(data)
    assert index >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def wait_draft(qtbot, panel: WorksheetPanel) -> None:
    qtbot.waitUntil(lambda: not panel._draft_timer.isActive(), timeout=3000)


def worksheet_rows(desk_book) -> list[tuple]:
    with desk_book.book.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT version, decision, final_category, reason, decided_by FROM worksheets "
                                    "WHERE case_id = ? ORDER BY id", (CASE_ID,)).all()


def test_prefill_answer_confirm_then_override_with_a_reason(qtbot, desk_book, tmp_path, screenshot):
    evidence_ids, sha = prepare_case(desk_book, tmp_path)
    panel = open_panel(qtbot, desk_book)
    detail = panel.case
    names = [m.name for m in panel.chain()]
    assert names == [p.name for p in detail.parties if p.side.value == "respondent"]
    platform, labour_company = names
    assert "尚无建议结论" in panel.result_text()  # nothing answered yet: no recommendation shown

    # pre-fill the time and continuity factors from the imported history
    assert panel.prefill_button.isEnabled()
    qtbot.mouseClick(panel.prefill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.prefilling, timeout=10000)
    time_row, continuity = panel.rows["time_autonomy"], panel.rows["continuity"]
    assert continuity.level.currentData() == "continuous"
    assert time_row.level.currentData() in ("partial", "controlled")
    assert time_row.source.isVisible() and sha in time_row.source.text() and "骑手订单明细.xlsx" in time_row.source.text()
    assert sha[:8] in continuity.note.text()
    assert panel.fact_checks["pay_below_minimum_wage"].isChecked()
    assert panel.fact_checks["no_break_after_four_hours"].isChecked()
    assert sha in panel.notice.text()
    # two factors from the order history are not enough: 信息不足, nothing to confirm
    wait_draft(qtbot, panel)
    assert "信息不足" in panel.result_text() and "民事关系" not in panel.result.toHtml().split("</h2>")[0]
    assert not panel.confirm_radio.isEnabled() and panel.override_radio.isChecked()
    assert "在线" not in continuity.note.text()

    # the station manages: answers, who exercised them, the evidence behind them
    choose(time_row.level, "controlled")
    assert not time_row.source.isVisible()  # changed by hand: no longer the pre-filled answer
    time_row.note.clear()
    chinese(time_row.note, "站长每周排班，请假须站长批准")
    choose(time_row.actor, labour_company)
    time_row.evidence.actions_by_id[evidence_ids[0]].trigger()
    assert time_row.evidence.text() == "证据（1）"
    process = panel.rows["process_control"]
    choose(process.level, "dominant")
    choose(process.actor, labour_company)
    chinese(process.note, "每天早会，站长在微信群实时派单")
    rules = panel.rows["rules_and_discipline"]
    choose(rules.level, "employer_discipline")
    choose(rules.actor, labour_company)
    rules.evidence.actions_by_id[evidence_ids[1]].trigger()
    choose(panel.rows["remuneration"].level, "piece_rate")
    choose(panel.rows["price_autonomy"].level, "enterprise_sets")
    choose(panel.rows["tools"].level, "mixed")
    for function in ("manages", "disciplines"):
        choose(panel.function_combos[function], labour_company)
    choose(panel.function_combos["pays"], platform)
    panel.chain_checks[1][2].setChecked(True)  # the labour company signed the 合作协议
    chinese(panel.contract_label, "合作协议")
    panel.fact_checks["deposit_or_fees_taken"].setChecked(True)
    chinese(panel.fact_texts["deposit_or_fees_taken"], "入职时收取装备押金500元")
    wait_draft(qtbot, panel)

    a = panel.assessment
    assert a.sufficient and panel.confirm_radio.isEnabled() and panel.confirm_radio.isChecked()
    assert a.category == "labor_relationship" and a.employer_candidate.name == labour_company
    text = panel.result_text()
    assert "符合确立劳动关系情形" in text and "证据1 站点排班表截图" in text
    assert "收取押金" in text or "押金" in text
    assert {"pay_below_minimum_wage", "no_break_after_four_hours", "deposit_or_fees_taken"} <= set(a.warning_codes)
    assert "劳动仲裁前置" in text and "经济补偿" in text

    # confirm: version 1
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.saving, timeout=10000)
    assert panel.history.rowCount() == 1 and panel.history.item(0, 1).text() == "确认"
    assert "第 1 版" in panel.notice.text()

    # override without a reason: refused at once, nothing written
    panel.override_radio.setChecked(True)
    assert panel.final_category.isEnabled() and panel.final_category.currentData() != "labor_relationship"
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.reason_error.isVisible() and "理由" in panel.reason_error.text()
    assert len(worksheet_rows(desk_book)) == 1

    # override with a written reason: version 2
    choose(panel.final_category, "incomplete_labor_relationship")
    reason = "庭审查明排班仅为建议，骑手可自主选择上线时段，按不完全符合确立劳动关系情形处理。"
    chinese(panel.reason, reason)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.saving, timeout=10000)
    assert panel.history.rowCount() == 2
    assert panel.history.item(0, 0).text() == "第2版" and panel.history.item(0, 1).text() == "改定"
    assert panel.history.item(0, 2).text() == "不完全符合确立劳动关系情形"
    assert panel.history.item(0, 3).text() == "符合确立劳动关系情形"
    assert panel.history.item(0, 4).text() == "熊丽华"
    assert reason in panel.history_reason.text()
    assert "第2版" in panel.standing.text() and "熊丽华改定为" in panel.standing.text()

    rows = worksheet_rows(desk_book)
    assert rows == [(1, "confirmed", "labor_relationship", "", "mediator"),
                    (2, "overridden", "incomplete_labor_relationship", reason, "mediator")]
    v2 = ws.latest_worksheet(desk_book.uow, desk_book.admin, case_id=CASE_ID)
    assert v2.answers["time_autonomy"].evidence_ids == (evidence_ids[0],)
    assert v2.answers["continuity"].source and sha in v2.answers["continuity"].source
    with desk_book.book.engine.connect() as conn:
        audit = [json.loads(c) for (c,) in conn.exec_driver_sql(
            "SELECT changes FROM audit_log WHERE action = 'worksheet.save' ORDER BY id").all()]
    assert [x["decision"] for x in audit] == ["confirmed", "overridden"]

    # a fresh panel on the same case starts from the newest version; the first can be loaded back
    panel.set_case(get_case(desk_book.uow, desk_book.admin, CASE_ID))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    assert panel.rows["process_control"].level.currentData() == "dominant"
    assert panel.rows["time_autonomy"].evidence.selected() == (evidence_ids[0],)
    assert panel.history.rowCount() == 2

    wait_idle(TaskRunner.instance())
    panel.history.selectRow(0)
    panel.form_scroll.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    screenshot(panel, "worksheet_panel")

    # at 1366×768 (the case view's tab leaves about 600 pixels) the assessment stays readable
    panel.resize(1366, 600)
    wait_draft(qtbot, panel)
    qtbot.wait(50)
    assert panel.result.viewport().height() >= 220 and panel.result.viewport().width() >= 420
    screenshot(panel, "worksheet_panel_1366x768")

    # switching to another case leaves nothing of this one: answers, result, notice, history, errors
    panel.override_radio.setChecked(True)
    panel.reason_error.setText("旧的错误")
    panel.reason_error.show()
    panel.set_case(get_case(desk_book.uow, desk_book.admin, OTHER_CASE_ID))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    wait_idle(TaskRunner.instance())
    assert all(r.level.currentData() == "" and not r.note.text() and not r.evidence.selected()
               and not r.source.isVisible() for r in panel.rows.values())
    assert not any(c.isChecked() for c in panel.fact_checks.values()) and not panel.contract_label.text()
    assert labour_company not in panel.result_text() and "符合确立劳动关系情形" not in panel.result_text()
    assert not panel.notice.isVisible() and not panel.reason_error.isVisible()
    assert panel.history.rowCount() == 0 and panel.history_reason.text() == "" and panel.confirm_radio.isChecked()
    assert "熊丽华" not in panel.standing.text()
    assert labour_company not in [m.name for m in panel.chain()]


def test_catalog_offers_every_label_the_panel_shows():
    from mediation_desk.domain.relationship import CONTEXT_KEYS, EMPLOYER_FUNCTIONS, FACTORS, RelationshipCategory

    wanted = set(FACT_LABELS.values()) | set(EMPLOYER_FUNCTIONS.values()) | {c.label for c in RelationshipCategory}
    for f in [*FACTORS.values(), *CONTEXT_KEYS.values()]:
        wanted |= {f.short, f.label, *(lv.label for lv in f.levels), *(lv.description for lv in f.levels)}
    assert wanted <= set(CATALOG)


def test_without_a_case_or_records_the_actions_are_off(qtbot, desk_book):
    panel = WorksheetPanel(desk_book.context(desk_book.mediator))
    qtbot.addWidget(panel)
    assert not panel.save_button.isEnabled() and not panel.prefill_button.isEnabled()
    panel.set_case(get_case(desk_book.uow, desk_book.admin, 3))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    assert panel.save_button.isEnabled() and not panel.prefill_button.isEnabled()  # no work records imported
    assert panel.history.rowCount() == 0
