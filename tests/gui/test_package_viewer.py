"""打开移交包: a real package written by the hand-off writer and signed with a real Ed25519 key is
shown read-only with what it holds; a tampered one is refused with the sentence naming the file;
a public-key file that lacks the signing key refuses it; a saved file has the listed SHA-256; a
PDF opens in memory; nothing needs a book."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog

from mediation_desk.handoff.keys_file import write_public_keys
from mediation_desk.ui.dialogs.package_viewer import PackageFilePreview, PackageViewerDialog, open_package
from mediation_desk.ui.form_support import ERROR_STYLE
from tests.gui.screens_support import CJK, english
from mediation_desk.handoff.writer import ZipPackageWriter
from tests.support.handoff_packages import TestSigner, content, sample_files, write_good


@pytest.fixture
def package(tmp_path: Path) -> tuple[Path, TestSigner]:
    signer = TestSigner()
    path = tmp_path / "司法确认.mdpkg"
    write_good(path, signer)
    return path, signer


def _viewer(qtbot, path: Path, keys: Path | None = None) -> PackageViewerDialog:  # noqa: ANN001
    dialog = PackageViewerDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.verify(keys)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    return dialog


def _tamper(source: Path, target: Path, member: str) -> None:
    """The same package with one byte of ``member`` changed (its listed hash no longer matches)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == member:
                data = data[:-1] + bytes([data[-1] ^ 1])
            zout.writestr(info, data)


def test_a_good_package_is_shown_with_its_content_and_files(qtbot, package, tmp_path, screenshot) -> None:  # noqa: ANN001
    path, _signer = package
    dialog = _viewer(qtbot, path)
    assert dialog.verified is not None and not dialog.refusal
    assert "核验通过" in dialog.ui.verdict.text() and ERROR_STYLE not in dialog.ui.verdict.styleSheet()
    text = dialog.ui.content.toPlainText()
    for fact in ("司法确认申请材料", "南昌市青山湖区新就业形态劳动争议调解中心", "南昌市青山湖区人民法院",
                 "洪青调字〔2026〕第118号", "张三", "南昌某某配送服务有限公司", "8600.00元", "被申请人支付申请人劳动报酬",
                 "2026年12月20日", "申请司法确认期限", dialog.verified.key_id):
        assert fact in text, fact
    names = [dialog.files.item(r, 0).text() for r in range(dialog.files.rowCount())]
    assert names == [f["name"] for f in dialog.verified.manifest["files"]] and "documents/application.pdf" in names
    sha = {dialog.files.item(r, 0).text(): dialog.files.item(r, 4).text() for r in range(dialog.files.rowCount())}
    assert sha["documents/application.pdf"] == next(f["sha256"] for f in dialog.verified.manifest["files"]
                                                    if f["name"] == "documents/application.pdf")
    dialog.resize(1366, 768)
    screenshot(dialog, "package_viewer")

    # 另存为…: the file saved is the one listed, byte for byte
    row = names.index("records/mediation-record.txt")
    dialog.files.selectRow(row)
    assert dialog.ui.save_button.isEnabled() and not dialog.ui.open_button.isEnabled()  # not a PDF
    target = tmp_path / "saved" / "调解笔录.txt"
    target.parent.mkdir()
    from pytest import MonkeyPatch

    with MonkeyPatch.context() as mp:
        mp.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.last_saved is not None, timeout=20000)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == sha["records/mediation-record.txt"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["调解笔录.txt"]

    # 打开: a PDF is shown in memory by the evidence preview
    dialog.files.selectRow(names.index("documents/application.pdf"))
    assert dialog.ui.open_button.isEnabled()
    qtbot.mouseClick(dialog.ui.open_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert isinstance(preview, PackageFilePreview)
    qtbot.waitUntil(lambda: not preview.loading, timeout=20000)
    assert "司法确认申请书" in preview.windowTitle() and sha["documents/application.pdf"] in preview.ui.facts.text()
    assert preview.pages.currentWidget() in (preview.pdf_view, preview.message_label)  # the test PDF is not a real one
    preview.reject()


def test_an_award_is_shown_item_by_item_with_its_finality(qtbot, tmp_path) -> None:  # noqa: ANN001
    manifest = content()
    manifest.update(kind="case_file", title="卷宗移送材料", agreement=None, award={
        "number": "洪劳人仲案字〔2026〕第7号", "date": "2026-07-06", "finality": "mixed",
        "items": [{"no": 1, "text": "被申请人支付申请人2026年5月劳动报酬", "payer": "南昌某某配送服务有限公司",
                   "payee": "张三", "amount": "6790.00", "final": True},
                  {"no": 2, "text": "被申请人支付申请人违法解除劳动合同赔偿金", "payer": "南昌某某配送服务有限公司",
                   "payee": "张三", "amount": "36000.00", "final": False}]})
    path = tmp_path / "case-file.mdpkg"
    ZipPackageWriter().write(path, manifest, sample_files(), TestSigner())
    dialog = _viewer(qtbot, path)
    text = dialog.ui.content.toPlainText()
    assert "洪劳人仲案字〔2026〕第7号" in text and "2026年7月6日" in text and "部分终局" in text
    assert "1. 被申请人支付申请人2026年5月劳动报酬 6790.00元（终局）" in text
    assert "2. 被申请人支付申请人违法解除劳动合同赔偿金 36000.00元（非终局）" in text


def test_a_tampered_package_is_refused_naming_the_file(qtbot, package, tmp_path) -> None:  # noqa: ANN001
    path, _signer = package
    bad = tmp_path / "tampered.mdpkg"
    _tamper(path, bad, "evidence/e01-wages.png")
    dialog = _viewer(qtbot, bad)
    assert dialog.verified is None
    verdict = dialog.ui.verdict.text()
    assert "未通过核验" in verdict and "evidence/e01-wages.png" in verdict and "SHA-256" in verdict
    assert ERROR_STYLE in dialog.ui.verdict.styleSheet()
    assert dialog.files.rowCount() == 0 and not dialog.ui.content.toPlainText()
    assert not dialog.ui.save_button.isEnabled()

    manifest_changed = tmp_path / "manifest-changed.mdpkg"
    _tamper(path, manifest_changed, "manifest.json")
    dialog = _viewer(qtbot, manifest_changed)
    assert dialog.verified is None and "manifest" in dialog.ui.verdict.text()


def test_a_public_key_file_must_hold_the_signing_key(qtbot, package, tmp_path) -> None:  # noqa: ANN001
    path, signer = package
    pinned = tmp_path / "sender-keys.json"
    write_public_keys(pinned, [{"public_key": signer.public_key()}])
    other = tmp_path / "other-keys.json"
    write_public_keys(other, [{"public_key": TestSigner().public_key()}])
    dialog = _viewer(qtbot, path, pinned)
    assert dialog.verified is not None and "sender-keys.json" in dialog.ui.trust.text()
    dialog = _viewer(qtbot, path, other)
    assert dialog.verified is None and ERROR_STYLE in dialog.ui.verdict.styleSheet()
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    dialog = _viewer(qtbot, path, broken)
    assert dialog.verified is None and "broken.json" in dialog.ui.verdict.text()


def test_the_menu_action_opens_a_package_and_the_english_viewer_shows_no_chinese_of_its_own(
        qtbot, qapp, package, monkeypatch) -> None:  # noqa: ANN001
    path, _signer = package
    copy = path.with_name("package.mdpkg")
    shutil.copy(path, copy)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    with english(qapp):
        dialog = open_package(None)
        assert dialog is not None
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
        assert dialog.verified is not None
        assert dialog.ui.verdict.text().startswith("Hand-off package verified")
        own = [dialog.ui.verdict.text(), dialog.ui.trust.text(), dialog.ui.read_only_note.text(),
               dialog.ui.files_box.title(), dialog.ui.save_button.text(), dialog.ui.open_button.text(),
               dialog.ui.keys_button.text(), dialog.ui.another_button.text(), dialog.ui.close_button.text(),
               dialog.windowTitle(), dialog.ui.package_file.text()]
        own += [dialog.files.horizontalHeaderItem(c).text() for c in range(dialog.files.columnCount())]
        assert not [t for t in own if CJK.search(t)], own
        # the content's labels are English; the values are the package's (Chinese names and titles)
        table = dialog.ui.content.document().rootFrame().childFrames()[0]
        labels = []
        for r in range(table.rows()):
            cell = table.cellAt(r, 0)
            cursor = cell.firstCursorPosition()
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
            labels.append(cursor.selectedText().replace("\xa0", " "))
        assert "Party" in labels and "Award item" not in labels and "Agreement item" in labels
        assert not [t for t in labels if CJK.search(t)], labels
        dialog.reject()


def test_cancelling_a_check_or_a_save_leaves_nothing(package, tmp_path) -> None:  # noqa: ANN001
    from mediation_desk.domain.errors import OperationCancelled
    from mediation_desk.handoff.reader import ZipPackageReader
    from mediation_desk.ui.dialogs.package_viewer import save_member, verify_package

    path, _signer = package
    with pytest.raises(OperationCancelled):
        verify_package(path, None, lambda done, total: False)
    verified = ZipPackageReader().open_verified(path)
    listed = {f["name"]: f for f in verified.manifest["files"]}
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(OperationCancelled):
        save_member(verified, "documents/application.pdf", folder / "a.pdf",
                    int(listed["documents/application.pdf"]["size"]), lambda done, total: False)
    assert not list(folder.iterdir())
    written = save_member(verified, "documents/application.pdf", folder / "a.pdf",
                          int(listed["documents/application.pdf"]["size"]))
    assert hashlib.sha256(written.read_bytes()).hexdigest() == listed["documents/application.pdf"]["sha256"]
