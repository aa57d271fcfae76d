"""The evidence register of a case, driven through its panel and dialogs: adding files (by the file
chooser and by dropping them), editing, previewing from memory, exporting on purpose, integrity
checks, permissions, and no plaintext left on disk."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QInputMethodEvent, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from mediation_desk.domain.errors import PermissionDenied
from mediation_desk.domain.evidence import EvidenceEdit, EvidenceType, IntegrityStatus
from mediation_desk.domain.users import Principal
from mediation_desk.resources import resource_path
from mediation_desk.services import evidence as ev
from mediation_desk.services.cases import get_case
from mediation_desk.storage.vault import Vault
from mediation_desk.ui.dialogs.evidence import EvidenceDialog
from mediation_desk.ui.dialogs.evidence_preview import EvidencePreviewDialog, PreviewKind, decode_text
from mediation_desk.ui.labels import label
from mediation_desk.ui.models.evidence_table import CATALOG, EvidenceTableModel
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.ui.views.evidence_panel import EvidencePanel
from tests.gui.support import wait_idle

CASE_ID = 1
PURPOSE = "证明申请人接受站点排班和考勤管理"


# --------------------------------------------------------------------------- helpers


def chinese(widget, text: str) -> None:
    """Chinese arrives from an input method as a committed string (key clicks are Latin only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def open_panel(qtbot, desk_book, principal=None) -> EvidencePanel:
    panel = EvidencePanel(desk_book.context(principal or desk_book.mediator))
    qtbot.addWidget(panel)
    panel.resize(1400, 460)
    panel.show()
    panel.set_case(get_case(desk_book.uow, desk_book.admin, CASE_ID))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    return panel


def make_png(path: Path, width: int = 320, height: int = 200) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f7fc1"))
    painter = QPainter(image)
    painter.fillRect(20, 20, width // 2, height // 2, QColor("#f2c14e"))
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def make_pdf(path: Path, pages: int = 3) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", str(resource_path("resources", "fonts", "wqy-microhei.ttc")),
                                       subfontIndex=0))
    c = canvas.Canvas(str(path))
    for n in range(1, pages + 1):
        c.setFont("WQY", 22)
        c.drawString(72, 760, f"劳务协议（第{n}页，共{pages}页）")
        c.setFont("WQY", 12)
        c.drawString(72, 730, "甲方：南昌市青山湖区顺达配送服务有限公司　乙方：熊小军")
        c.drawString(72, 710, "乙方按站点排班从事外卖配送，报酬按单结算，每月15日发放。")
        c.rect(72, 400, 450, 280)
        c.showPage()
    c.save()
    return path


def add_file(qtbot, panel: EvidencePanel, monkeypatch, path: Path, *, purpose: str = PURPOSE,
             provided_by: str = "熊小军", title: str | None = None, opinion: str = "", source: str = ""):
    """Add ``path`` through the dialog the way a mediator does; returns the new item."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = panel.model.rowCount()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.evidence_dialog
    assert isinstance(dialog, EvidenceDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_edit.text() == str(path)
    if title is not None:
        dialog.title_edit.clear()
        chinese(dialog.title_edit, title)
    chinese(dialog.provided_by.lineEdit(), provided_by)
    chinese(dialog.purpose, purpose)
    if source:
        chinese(dialog.source_edit, source)
    if opinion:
        chinese(dialog.opinion, opinion)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.evidence_dialog is None, timeout=15000)
    qtbot.waitUntil(lambda: not panel.loading and panel.model.rowCount() == before + 1, timeout=10000)
    return panel.current_item()


def audit_rows(desk_book, action: str) -> list[dict]:
    with desk_book.book.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT action, changes FROM audit_log ORDER BY id").all()
    return [json.loads(c) for a, c in rows if a == action]


def cell(panel: EvidencePanel, row: int, col: int, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
    return panel.model.data(panel.model.index(row, col), role)


def preview(qtbot, panel: EvidencePanel, item_id: int) -> EvidencePreviewDialog:
    panel.select_item(item_id)
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    dialog = panel.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    return dialog


def close_preview(qtbot, panel: EvidencePanel) -> None:
    dialog = panel.preview_dialog
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.released and dialog.pdf_document is None and dialog.pdf_buffer is None
    assert dialog.text_view.toPlainText() == "" and dialog._pixmap is None
    qtbot.waitUntil(lambda: panel.preview_dialog is None, timeout=5000)


def drop_files(widget, paths: list[Path]) -> tuple[bool, bool]:
    """Drag ``paths`` onto ``widget`` and drop them; whether the enter and the drop were accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(widget, drop)
    return True, drop.isAccepted()


def vault_path(desk_book, item_id: int) -> Path:
    with desk_book.uow.read() as tx:
        file = tx.evidence.file_of(item_id)
    return Vault(desk_book.book).path_of(file.uid)


def files_to_search(roots: list[Path], since: float) -> list[Path]:
    """Every file under the book's folder; files under the temporary folders written since ``since``."""
    out: dict[Path, None] = {}
    for root in roots:
        for dirpath, _dirs, names in os.walk(root, onerror=lambda e: None):
            for name in names:
                p = Path(dirpath) / name
                try:
                    st = p.lstat()
                except OSError:
                    continue
                if p.is_symlink() or not p.is_file():
                    continue
                if root == roots[0] or max(st.st_mtime, st.st_ctime) >= since:
                    out[p] = None
    return list(out)


def holding(paths: list[Path], needles: list[bytes]) -> list[str]:
    found = []
    overlap = max(len(n) for n in needles)
    for p in paths:
        try:
            with open(p, "rb") as fh:
                tail = b""
                while block := fh.read(1 << 20):
                    window = tail + block
                    if any(n in window for n in needles):
                        found.append(str(p))
                        break
                    tail = window[-overlap:]
        except OSError:
            continue
    return found


# --------------------------------------------------------------------------- adding and the list


def test_files_added_through_the_dialog_are_listed_with_type_and_hash(qtbot, desk_book, tmp_path, monkeypatch,
                                                                      qtmodeltester, screenshot):
    panel = open_panel(qtbot, desk_book)
    assert panel.model.rowCount() == 0 and panel.heading.text() == "证据（共 0 件）"
    assert panel.add_button.isEnabled() and not panel.edit_button.isEnabled()
    assert not panel.preview_button.isEnabled() and not panel.export_button.isEnabled()

    png = make_png(tmp_path / "接单截图.png")
    png_sha = hashlib.sha256(png.read_bytes()).hexdigest()
    text = tmp_path / "工作群聊天记录.txt"
    text.write_text("站长：明天早班7点到站点打卡\n熊小军：收到\n", encoding="utf-8")
    text_sha = hashlib.sha256(text.read_bytes()).hexdigest()

    # the purpose is required: the service's message appears at its field and nothing is added
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(png), ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.evidence_dialog
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("source_path") == "请选择要添加的文件"
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.title_edit.text() == "接单截图"  # from the file's name
    assert dialog.type_choice.currentData() == EvidenceType.ELECTRONIC_DATA.value  # a screenshot
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.isVisible() and dialog.form.error_text("purpose") == "请填写证明目的"
    screenshot(dialog, "evidence_add_dialog")
    assert ev.list_evidence(desk_book.uow, desk_book.admin, case_id=CASE_ID) == []
    dialog.reject()
    qtbot.waitUntil(lambda: panel.evidence_dialog is None, timeout=5000)

    first = add_file(qtbot, panel, monkeypatch, png, opinion="被申请人对真实性无异议")
    png.unlink()
    second = add_file(qtbot, panel, monkeypatch, text)
    text.unlink()
    assert [first.sha256, second.sha256] == [png_sha, text_sha]
    assert "SHA-256" in panel.status_label.text() and text_sha in panel.status_label.text()

    m = EvidenceTableModel
    assert [cell(panel, r, m.COL_NUMBER) for r in range(2)] == ["证据1", "证据2"]
    assert [cell(panel, r, m.COL_TYPE) for r in range(2)] == ["电子数据", "电子数据"]
    assert [cell(panel, r, m.COL_TITLE) for r in range(2)] == ["接单截图", "工作群聊天记录"]
    assert cell(panel, 0, m.COL_PROVIDED_BY) == "熊小军" and cell(panel, 0, m.COL_PURPOSE) == PURPOSE
    assert cell(panel, 0, m.COL_OPINION) == "被申请人对真实性无异议"
    assert cell(panel, 0, m.COL_ORIGINAL) == "未核对" and cell(panel, 0, m.COL_INTEGRITY) == "完好"
    assert cell(panel, 0, m.COL_SHA256) == png_sha[:12]
    assert cell(panel, 0, m.COL_SHA256, Qt.ItemDataRole.ToolTipRole) == png_sha
    assert cell(panel, 1, m.COL_SHA256, Qt.ItemDataRole.ToolTipRole) == text_sha
    assert cell(panel, 0, m.COL_COLLECTED)  # today, by default
    assert panel.heading.text() == "证据（共 2 件）"
    assert panel.edit_button.isEnabled() and panel.preview_button.isEnabled() and panel.export_button.isEnabled()
    assert [h for h in (panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(12))] == [
        "编号", "类型", "名称", "提供人", "来源", "证明目的", "收集日期", "原件核对", "质证意见", "大小", "SHA-256", "完整性"]
    qtmodeltester.check(panel.model, force_py=True)
    adds = audit_rows(desk_book, "evidence.add")
    assert [a["sha256"] for a in adds] == [png_sha, text_sha]


def test_the_evidence_labels_are_in_the_translation_catalog():
    for enum in (EvidenceType, IntegrityStatus):
        assert [m.label for m in enum if m.label not in CATALOG] == []


def test_edited_cross_examination_opinion_is_shown_and_audited(qtbot, desk_book, tmp_path, monkeypatch):
    panel = open_panel(qtbot, desk_book)
    item = add_file(qtbot, panel, monkeypatch, make_png(tmp_path / "工资条.png"))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.evidence_dialog
    assert dialog is not None and not dialog.adding
    assert dialog.purpose.toPlainText() == PURPOSE and dialog.title_edit.text() == "工资条"
    dialog.opinion.clear()
    chinese(dialog.opinion, "被申请人认为截图不完整，对关联性有异议")
    dialog.original_seen.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.evidence_dialog is None, timeout=10000)
    m = EvidenceTableModel
    assert cell(panel, 0, m.COL_OPINION) == "被申请人认为截图不完整，对关联性有异议"
    assert cell(panel, 0, m.COL_ORIGINAL) == "已核对"
    assert "已保存证据1“工资条”的修改" in panel.status_label.text()
    updates = audit_rows(desk_book, "evidence.update")
    assert len(updates) == 1
    assert updates[0]["cross_exam_opinion"] == ["", "被申请人认为截图不完整，对关联性有异议"]
    assert updates[0]["original_seen"] == [False, True] and updates[0]["evidence"] == item.number


def test_cancelled_add_leaves_no_row_and_no_file(qtbot, desk_book, tmp_path, monkeypatch):
    panel = open_panel(qtbot, desk_book)
    big = tmp_path / "骑手轨迹录像.mp4"
    with open(big, "wb") as fh:
        for _ in range(48):
            fh.write(os.urandom(1 << 20))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big), ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.evidence_dialog
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.type_choice.currentData() == EvidenceType.AUDIO_VISUAL.value
    chinese(dialog.purpose, PURPOSE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    runner = TaskRunner.instance()
    task = runner.pending[-1]
    assert task.dialog is not None  # the add shows progress with Cancel
    task.dialog.canceled.emit()  # the Cancel button
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert dialog.cancelled and dialog.isVisible() and "已取消" in dialog.message.text()
    assert ev.list_evidence(desk_book.uow, desk_book.admin, case_id=CASE_ID) == []
    vault_dir = desk_book.book.paths.vault_dir
    assert not vault_dir.exists() or [p for p in vault_dir.rglob("*") if p.is_file()] == []
    dialog.reject()


def test_dropped_files_open_the_add_dialog_one_after_another(qtbot, desk_book, tmp_path):
    panel = open_panel(qtbot, desk_book)
    first = make_png(tmp_path / "考勤打卡截图.png")
    second = tmp_path / "劳务协议.docx"
    second.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    assert drop_files(panel, [first, second, tmp_path]) == (True, True)  # a folder is skipped
    dialog = panel.evidence_dialog
    assert dialog is not None and dialog.title_edit.text() == "考勤打卡截图" and dialog.source_path == first
    assert "文件夹" in panel.status_label.text()
    chinese(dialog.purpose, PURPOSE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.evidence_dialog is not None and panel.evidence_dialog is not dialog,
                    timeout=10000)
    dialog = panel.evidence_dialog
    assert dialog.title_edit.text() == "劳务协议" and dialog.source_path == second
    assert dialog.type_choice.currentData() == EvidenceType.DOCUMENTARY.value
    dialog.reject()  # the second is not added
    qtbot.waitUntil(lambda: panel.evidence_dialog is None, timeout=5000)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.loading, timeout=10000)
    assert cell(panel, 0, EvidenceTableModel.COL_TITLE) == "考勤打卡截图"


# --------------------------------------------------------------------------- preview


def test_image_and_text_preview_from_memory(qtbot, desk_book, tmp_path, monkeypatch):
    panel = open_panel(qtbot, desk_book)
    image = add_file(qtbot, panel, monkeypatch, make_png(tmp_path / "截图.png", 640, 400))
    chat = tmp_path / "微信聊天记录.txt"
    chat.write_bytes("站长：本月押金500元从工资里扣\n熊小军：为什么要扣押金？\n".encode("gb18030"))
    text = add_file(qtbot, panel, monkeypatch, chat)

    dialog = preview(qtbot, panel, image.id)
    assert dialog.kind is PreviewKind.IMAGE and dialog.pages.currentWidget() is dialog.image_scroll
    shown = dialog.image_label.pixmap()
    assert not shown.isNull() and dialog._pixmap.width() == 640 and dialog._pixmap.height() == 400
    assert shown.width() <= dialog.image_scroll.viewport().width()  # fitted to the window
    dialog.fit_box.setChecked(False)
    assert dialog.image_label.pixmap().width() == 640
    close_preview(qtbot, panel)

    dialog = preview(qtbot, panel, text.id)
    assert dialog.kind is PreviewKind.TEXT and dialog.pages.currentWidget() is dialog.text_view
    assert "本月押金500元从工资里扣" in dialog.text_view.toPlainText()  # GB18030 decoded
    assert dialog.text_view.isReadOnly()
    close_preview(qtbot, panel)
    assert decode_text("\ufeff骑手".encode("utf-8")) == "骑手" and decode_text("骑手".encode("utf-16")) == "骑手"


def test_pdf_preview_shows_every_page(qtbot, desk_book, tmp_path, monkeypatch, screenshot):
    panel = open_panel(qtbot, desk_book)
    add_file(qtbot, panel, monkeypatch, make_png(tmp_path / "外卖平台接单记录截图.png"),
             opinion="对真实性无异议，对证明目的有异议", source="骑手App截图")
    pdf = add_file(qtbot, panel, monkeypatch, make_pdf(tmp_path / "劳务协议.pdf"), provided_by="熊小军",
                   purpose="证明双方约定的报酬结算方式和排班管理", source="申请人提交原件复印件")
    chat = tmp_path / "工作群聊天记录.txt"
    chat.write_text("站长：明天早班7点到站点打卡\n", encoding="utf-8")
    add_file(qtbot, panel, monkeypatch, chat, provided_by="南昌市青山湖区顺达配送服务有限公司",
             purpose="证明站点对骑手进行排班和考勤管理，双方存在管理与被管理关系", source="微信群导出")
    assert cell(panel, 1, EvidenceTableModel.COL_TYPE) == "书证"
    panel.select_item(pdf.id)
    screenshot(panel, "evidence_panel")

    dialog = preview(qtbot, panel, pdf.id)
    assert dialog.kind is PreviewKind.PDF and dialog.pages.currentWidget() is dialog.pdf_view
    assert dialog.pdf_document.status() == QPdfDocument.Status.Ready
    assert dialog.pdf_document.pageCount() == 3
    assert dialog.pdf_view.document() is dialog.pdf_document
    assert dialog.page_info.text() == "共 3 页"
    assert dialog.export_button.isVisible()
    qtbot.wait(200)
    screenshot(dialog, "evidence_preview_pdf")
    close_preview(qtbot, panel)


def test_office_documents_are_not_decrypted_for_preview_but_can_be_exported(qtbot, desk_book, tmp_path, monkeypatch):
    panel = open_panel(qtbot, desk_book)
    doc = tmp_path / "解除劳动合同通知书.docx"
    doc.write_bytes(b"PK\x03\x04" + os.urandom(4000))
    item = add_file(qtbot, panel, monkeypatch, doc)
    calls: list[int] = []
    monkeypatch.setattr(ev, "read_for_preview", lambda *a, **k: calls.append(1) or b"")
    dialog = preview(qtbot, panel, item.id)
    assert dialog.kind is PreviewKind.NONE and dialog.pages.currentWidget() is dialog.message_label
    assert "不能在程序内预览" in dialog.message_label.text() and "导出" in dialog.message_label.text()
    assert dialog.export_button.isVisible() and calls == []
    close_preview(qtbot, panel)


# --------------------------------------------------------------------------- no plaintext on disk


def test_marker_is_nowhere_on_disk_after_add_preview_and_close(qtbot, desk_book, tmp_path, monkeypatch):
    started = time.time() - 2
    marker = f"证据标记-{uuid.uuid4()}-骑手聊天记录"
    needles = [marker.encode("utf-8"), marker.encode("gb18030"), marker.encode("utf-16-le")]
    source = tmp_path / "聊天记录导出.txt"
    source.write_text(f"站长：明天早班\n{marker}\n熊小军：收到\n" * 200, encoding="utf-8")
    assert holding([source], needles) == [str(source)]  # the search finds what it looks for

    panel = open_panel(qtbot, desk_book)
    item = add_file(qtbot, panel, monkeypatch, source)
    source.unlink()
    dialog = preview(qtbot, panel, item.id)
    assert marker in dialog.text_view.toPlainText()
    close_preview(qtbot, panel)
    panel.close()
    panel.deleteLater()
    QCoreApplication.processEvents()
    wait_idle(TaskRunner.instance())
    gc.collect()
    desk_book.book.close()

    data_dir = desk_book.data_dir
    roots = [data_dir, Path(tempfile.gettempdir())]
    if os.environ.get("TMPDIR"):
        roots.append(Path(os.environ["TMPDIR"]))
    searched = files_to_search(roots, started)
    vault_files = [p for p in searched if p.suffix == ".mdv" and data_dir in p.parents]
    assert len(vault_files) == 1  # the ciphertext itself was searched too
    assert holding(searched, needles) == []


# --------------------------------------------------------------------------- export


def test_export_writes_the_file_where_asked_and_is_audited(qtbot, desk_book, tmp_path, monkeypatch, message_boxes):
    panel = open_panel(qtbot, desk_book)
    source = make_png(tmp_path / "银行流水截图.png")
    data = source.read_bytes()
    item = add_file(qtbot, panel, monkeypatch, source)

    # into the book's own folder: refused, nothing written, nothing audited
    inside = desk_book.data_dir / "导出.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(inside), ""))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("案件库文件夹" in text for _t, text in message_boxes), timeout=10000)
    assert not inside.exists() and audit_rows(desk_book, "evidence.export") == []

    target = tmp_path / "导出" / "证据1-银行流水截图.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    message_boxes.clear()
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    title, text = message_boxes[0]
    assert title == "导出证据文件" and "解密副本" in text and "审计记录" in text and str(target) in text
    qtbot.waitUntil(lambda: target.exists() and "已记入审计记录" in panel.status_label.text(), timeout=10000)
    assert target.read_bytes() == data
    rows = audit_rows(desk_book, "evidence.export")
    assert len(rows) == 1 and rows[0]["target"] == str(target) and rows[0]["sha256"] == item.sha256
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temp file left beside it


# --------------------------------------------------------------------------- integrity


def test_a_flipped_byte_is_named_by_case_and_item_and_the_other_item_still_previews(qtbot, desk_book, tmp_path,
                                                                                   monkeypatch, message_boxes,
                                                                                   screenshot):
    panel = open_panel(qtbot, desk_book)
    good = add_file(qtbot, panel, monkeypatch, make_png(tmp_path / "考勤表.png"))
    chat = tmp_path / "外卖平台接单记录.csv"
    chat.write_text("日期,单量\n2026-05-01,38\n2026-05-02,41\n", encoding="utf-8")
    bad = add_file(qtbot, panel, monkeypatch, chat)
    path = vault_path(desk_book, bad.id)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))

    panel.check_case_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10000)
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    m = EvidenceTableModel
    row_bad, row_good = panel.model.row_of(bad.id), panel.model.row_of(good.id)
    assert cell(panel, row_bad, m.COL_INTEGRITY) == "内容被改动"
    assert cell(panel, row_bad, m.COL_INTEGRITY, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(panel, row_good, m.COL_INTEGRITY) == "完好"
    sentence = f"案件 {bad.case_number} 的证据2“外卖平台接单记录”：文件内容与登记的哈希值不符"
    assert sentence in panel.status_label.text() and sentence in message_boxes[-1][1]
    assert "其中 1 件有问题" in panel.status_label.text()
    assert "考勤表" not in message_boxes[-1][1]
    screenshot(panel, "evidence_panel_damaged")

    dialog = preview(qtbot, panel, good.id)  # the other item is not affected
    assert dialog.pages.currentWidget() is dialog.image_scroll and not dialog.image_label.pixmap().isNull()
    close_preview(qtbot, panel)
    dialog = preview(qtbot, panel, bad.id)
    assert dialog.pages.currentWidget() is dialog.message_label
    assert "证据2“外卖平台接单记录”" in dialog.message_label.text() and "哈希值不符" in dialog.message_label.text()
    close_preview(qtbot, panel)

    # one item at a time, and the whole vault across cases
    panel.select_item(good.id)
    message_boxes.clear()
    panel.check_selected_action.trigger()
    qtbot.waitUntil(lambda: "文件完好" in panel.status_label.text(), timeout=10000)
    assert message_boxes == []
    panel.check_vault_action.trigger()
    qtbot.waitUntil(lambda: "所有案件" in panel.status_label.text(), timeout=10000)
    assert sentence in panel.status_label.text() and "已校验 2 件证据" in panel.status_label.text()
    statuses = [a["status"] for a in audit_rows(desk_book, "evidence.integrity")]
    assert statuses == [["ok", "changed"]]  # a change of status is audited once


# --------------------------------------------------------------------------- permissions


def test_a_user_without_evidence_rights_may_look_but_not_add_edit_or_export(qtbot, desk_book, tmp_path, monkeypatch):
    panel = open_panel(qtbot, desk_book)
    item = add_file(qtbot, panel, monkeypatch, make_png(tmp_path / "工牌照片.png"))
    reader = desk_book.admin  # reads cases, holds no evidence permission
    view = open_panel(qtbot, desk_book, reader)
    assert view.model.rowCount() == 1
    view.select_item(item.id)
    assert not view.add_button.isEnabled() and not view.edit_button.isEnabled()
    assert not view.export_button.isEnabled()
    assert view.preview_button.isEnabled() and view.check_button.isEnabled()
    assert view.open_add() is None and not view.hint.isVisible()
    dialog = preview(qtbot, view, item.id)
    assert not dialog.export_button.isVisible()
    close_preview(qtbot, view)
    with pytest.raises(PermissionDenied):  # the service refuses anyway
        ev.update_evidence(desk_book.uow, reader, item_id=item.id, edit=EvidenceEdit.of(item))
    assert drop_files(view, [make_png(tmp_path / "另一张.png")]) == (False, False)
    assert view.evidence_dialog is None
    assert label(EvidenceType.ELECTRONIC_DATA) == "电子数据"


# --------------------------------------------------------------------------- English


def test_the_panel_in_english(qtbot, qapp, desk_book, tmp_path, monkeypatch):
    from PySide6.QtCore import QLocale

    from mediation_desk.app import install_translators
    from mediation_desk.ui import errors as ui_errors

    locale = QLocale()
    translators = install_translators(qapp, "en")
    ui_errors.set_app_state(qapp, lang="en", log_file=None)
    try:
        panel = open_panel(qtbot, desk_book)
        add_file(qtbot, panel, monkeypatch, make_pdf(tmp_path / "劳务协议.pdf", pages=1))
        m = EvidenceTableModel
        assert [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in (m.COL_NUMBER, m.COL_TYPE,
                                                                               m.COL_INTEGRITY)] == \
            ["No.", "Type", "Integrity"]
        assert [cell(panel, 0, c) for c in (m.COL_NUMBER, m.COL_TYPE, m.COL_ORIGINAL, m.COL_INTEGRITY)] == \
            ["Evidence 1", "Documentary evidence", "No", "Intact"]
        assert panel.add_button.text() == "Add evidence…" and panel.heading.text() == "Evidence (1)"
        dialog = preview(qtbot, panel, panel.current_item().id)
        assert dialog.page_info.text() == "Pages: 1" and dialog.close_button.text() == "Close"
        close_preview(qtbot, panel)
    finally:
        QLocale.setDefault(locale)
        for t in translators:
            qapp.removeTranslator(t)
        ui_errors.set_app_state(qapp, lang="zh", log_file=None)
