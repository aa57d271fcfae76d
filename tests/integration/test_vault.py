"""The evidence vault on real encrypted books: round trips, no plaintext at rest, damage named by case and
item, cancel and disk full leave nothing, backup and restore, re-key and its crashes."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.config import AppPaths
from mediation_desk.domain.errors import ConflictError, NotFound, OperationCancelled, ValidationError
from mediation_desk.domain.evidence import (EvidenceDamaged, EvidenceEdit, EvidenceInput, EvidenceType,
                                            IntegrityStatus, PreviewTooLarge, clean_filename)
from mediation_desk.services import evidence as ev
from mediation_desk.storage.book import _rekey_database, read_meta, rekey
from mediation_desk.storage.crypto_stream import DEFAULT_CHUNK_SIZE, ciphertext_size
from mediation_desk.storage.engine import connect_raw, key_pragma
from mediation_desk.storage.keys import KeyFile, db_key, key_id, new_master_key, wrap_master_key
from mediation_desk.storage.maintenance import backup_book, restore_book, verify_book
from mediation_desk.storage.vault import Vault, prepare_rekey, settle_keys
from tests.support.clock import TODAY
from tests.support.books import PASSPHRASE, NoKeyring, create_test_book, reopen

ROOT = Path(__file__).resolve().parents[2]
CHUNK = DEFAULT_CHUNK_SIZE
TITLE = "外卖平台接单记录截图"


# --------------------------------------------------------------------------- helpers


@pytest.fixture()
def desk(tmp_path):
    book, staff = create_test_book(tmp_path / "book", cases=3)
    yield book, staff, Vault(book)
    book.close()


def source_file(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def add(desk, folder: Path, data: bytes, *, case_id: int = 1, title: str = "工资条", name: str = "evidence.bin",
        progress=None, **fields):  # noqa: ANN001, ANN003, ANN201
    book, staff, vault = desk
    evidence = EvidenceInput(case_id=case_id, type=fields.pop("type", EvidenceType.DOCUMENTARY), title=title,
                             purpose=fields.pop("purpose", "证明拖欠工资的数额"), **fields)
    return ev.add_evidence(book.uow, vault, staff, evidence=evidence, source_path=source_file(folder, name, data),
                           progress=progress)


def vault_files(book) -> list[Path]:  # noqa: ANN001
    root = book.paths.vault_dir
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def file_of(desk, item_id: int):  # noqa: ANN001, ANN201
    book = desk[0]
    with book.uow.read() as tx:
        return tx.evidence.file_of(item_id)


def path_of(desk, item_id: int) -> Path:  # noqa: ANN001
    return desk[2].path_of(file_of(desk, item_id).uid)


def audit_actions(book) -> list[tuple[str, dict]]:  # noqa: ANN001
    with book.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT action, changes FROM audit_log ORDER BY id").all()
    return [(a, json.loads(c)) for a, c in rows]


def case_number(book, case_id: int) -> str:  # noqa: ANN001
    with book.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT number FROM cases WHERE id = ?", (case_id,)).scalar_one()


def vault_errors(report) -> list:  # noqa: ANN001
    return [f for f in report.findings if f.check == "vault" and f.severity == "error"]


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("size", [0, 1, 4095, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5])
def test_round_trip(desk, tmp_path, size) -> None:
    book, staff, vault = desk
    data = os.urandom(size)
    item = add(desk, tmp_path / "src", data, name="记录.jpg", collected_on=TODAY - timedelta(days=3),
               provided_by="申请人", source="手机截图", original_seen=True)
    assert item.size == size and item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.number == 1 and item.original_filename == "记录.jpg" and item.media_type == "image/jpeg"
    assert item.integrity is IntegrityStatus.OK and item.added_by == staff.username
    stored = path_of(desk, item.id)
    assert stored.parent.parent == book.paths.vault_dir and stored.suffix == ".mdv"
    assert stored.stat().st_size == ciphertext_size(size)
    if size >= 16:
        assert data[:16] not in stored.read_bytes()
    assert ev.read_for_preview(book.uow, vault, staff, item_id=item.id) == data
    assert b"".join(vault.open_plaintext_stream(file_of(desk, item.id))) == data
    out = ev.export_evidence(book.uow, vault, staff, item_id=item.id, target_path=tmp_path / "out" / "copy.jpg")
    assert out.read_bytes() == data and [p.name for p in out.parent.iterdir()] == ["copy.jpg"]
    assert ev.check_evidence(book.uow, vault, staff, item_id=item.id).ok
    assert vault_files(book) == [stored]
    assert verify_book(book).findings == []


def test_items_are_numbered_per_case_listed_and_audited(desk, tmp_path) -> None:
    book, staff, vault = desk
    a = add(desk, tmp_path / "a", b"first", case_id=1, title="劳务协议")
    b = add(desk, tmp_path / "b", b"second", case_id=2, title="银行流水")
    c = add(desk, tmp_path / "c", b"third", case_id=1, title=TITLE, type=EvidenceType.ELECTRONIC_DATA)
    assert (a.number, b.number, c.number) == (1, 1, 2)
    listed = ev.list_evidence(book.uow, staff, case_id=1)
    assert [(i.number, i.title, i.type) for i in listed] == [(1, "劳务协议", EvidenceType.DOCUMENTARY),
                                                             (2, TITLE, EvidenceType.ELECTRONIC_DATA)]
    assert listed[1].label == "证据2" and listed[1].describe() == f"案件 {case_number(book, 1)} 的证据2“{TITLE}”"
    assert ev.get_evidence(book.uow, staff, item_id=b.id).case_number == case_number(book, 2)
    added = [c for a_, c in audit_actions(book) if a_ == "evidence.add"]
    assert [(x["evidence"], x["title"], x["sha256"]) for x in added] == [
        (1, "劳务协议", hashlib.sha256(b"first").hexdigest()), (1, "银行流水", hashlib.sha256(b"second").hexdigest()),
        (2, TITLE, hashlib.sha256(b"third").hexdigest())]
    assert added[0]["case"] == case_number(book, 1) and added[0]["filename"] == "evidence.bin"
    with pytest.raises(NotFound):
        ev.get_evidence(book.uow, staff, item_id=999)


def test_validation_names_each_field_in_chinese_and_writes_nothing(desk, tmp_path) -> None:
    book, staff, vault = desk
    src = source_file(tmp_path / "src", "a.txt", b"x")
    bad = EvidenceInput(case_id=1, type=EvidenceType.DOCUMENTARY, title="  ", purpose="",
                        collected_on=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError) as info:
        ev.add_evidence(book.uow, vault, staff, evidence=bad, source_path=src)
    assert info.value.fields == {"title": "请填写证据名称", "purpose": "请填写证明目的",
                                 "collected_on": "收集日期不能晚于今天"}
    with pytest.raises(ValidationError) as info:
        ev.add_evidence(book.uow, vault, staff, evidence=replace(bad, title="t", purpose="p", collected_on=None),
                        source_path=tmp_path / "src" / "missing.txt")
    assert "找不到要添加的文件" in info.value.fields["source_path"]
    with pytest.raises(NotFound):
        ev.add_evidence(book.uow, vault, staff, evidence=replace(bad, case_id=99, title="t", purpose="p",
                                                                 collected_on=None), source_path=src)
    assert vault_files(book) == [] and ev.list_evidence(book.uow, staff, case_id=1) == []
    assert clean_filename("C:\\Users\\王\\Desktop\\工资条.pdf") == "工资条.pdf"
    assert clean_filename("../../etc/passwd") == "passwd" and clean_filename("CON.txt") == "_CON.txt"


def test_cross_examination_opinion_is_edited_with_before_and_after(desk, tmp_path) -> None:
    book, staff, vault = desk
    item = add(desk, tmp_path / "s", b"payslip")
    edit = replace(EvidenceEdit.of(item), cross_exam_opinion="被申请人对真实性无异议，对证明目的有异议", original_seen=True)
    after = ev.update_evidence(book.uow, staff, item_id=item.id, edit=edit)
    assert after.cross_exam_opinion.startswith("被申请人") and after.original_seen and after.sha256 == item.sha256
    action, changes = audit_actions(book)[-1]
    assert action == "evidence.update"
    assert changes == {"case": item.case_number, "evidence": 1,
                       "cross_exam_opinion": ["", "被申请人对真实性无异议，对证明目的有异议"], "original_seen": [False, True]}
    before = len(audit_actions(book))
    assert ev.update_evidence(book.uow, staff, item_id=item.id, edit=edit) == after  # no change, no audit row
    assert len(audit_actions(book)) == before
    with pytest.raises(ValidationError) as info:
        ev.update_evidence(book.uow, staff, item_id=item.id, edit=replace(edit, purpose=" "))
    assert info.value.fields == {"purpose": "请填写证明目的"}


def test_preview_is_capped_and_export_is_explicit_and_audited(desk, tmp_path) -> None:
    book, staff, vault = desk
    data = os.urandom(CHUNK + 10)
    item = add(desk, tmp_path / "s", data)
    with pytest.raises(PreviewTooLarge) as info:
        ev.read_for_preview(book.uow, vault, staff, item_id=item.id, limit=CHUNK)
    assert "超过预览上限" in info.value.zh
    target = tmp_path / "exports" / "工资条.bin"
    ev.export_evidence(book.uow, vault, staff, item_id=item.id, target_path=target)
    action, changes = audit_actions(book)[-1]
    assert action == "evidence.export" and changes["target"] == str(target) and changes["evidence"] == 1
    assert changes["sha256"] == item.sha256 and changes["size"] == len(data)
    with pytest.raises(ConflictError):
        ev.export_evidence(book.uow, vault, staff, item_id=item.id, target_path=target)
    ev.export_evidence(book.uow, vault, staff, item_id=item.id, target_path=target, overwrite=True)
    with pytest.raises(ValidationError) as refused:
        ev.export_evidence(book.uow, vault, staff, item_id=item.id, target_path=book.paths.data_dir / "plain.bin")
    assert "案件库文件夹" in refused.value.fields["target_path"]
    assert not (book.paths.data_dir / "plain.bin").exists()
    assert [a for a, _ in audit_actions(book)].count("evidence.export") == 2
    cancelled = tmp_path / "exports" / "cancelled.bin"
    with pytest.raises(OperationCancelled):
        ev.export_evidence(book.uow, vault, staff, item_id=item.id, target_path=cancelled,
                           progress=lambda d, t: d == 0)
    assert sorted(p.name for p in target.parent.iterdir()) == ["工资条.bin"]
    assert [a for a, _ in audit_actions(book)].count("evidence.export") == 2


# --------------------------------------------------------------------------- no plaintext at rest


def _files_to_search(roots: list[Path], since: float, skip: set[Path]) -> list[Path]:
    out = []
    for root in roots:
        for dirpath, _dirs, names in os.walk(root, onerror=lambda e: None):
            for n in names:
                p = Path(dirpath) / n
                try:
                    st = p.lstat()
                except OSError:
                    continue
                if not p.is_file() or p.is_symlink() or p in skip:
                    continue
                if root == roots[0] or max(st.st_mtime, st.st_ctime) >= since:
                    out.append(p)
    return out


def _holding(paths: list[Path], needles: list[bytes]) -> list[str]:
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


def test_marker_is_nowhere_on_disk_outside_the_vault(tmp_path) -> None:
    started = time.time() - 2
    marker = f"证据标记-{uuid.uuid4()}-外卖骑手接单记录"
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("gb18030")]
    data = (f"骑手聊天记录：{marker}\n".encode("utf-8") * 3000) + os.urandom(CHUNK) + marker.encode("utf-8")
    book, staff = create_test_book(tmp_path / "book", cases=1)
    vault = Vault(book)
    source = source_file(tmp_path / "source", "chat.txt", data)
    roots = [book.paths.data_dir, Path(tempfile.gettempdir())]

    def leaks() -> list[str]:
        return _holding(_files_to_search(roots, started, {source}), needles)

    try:
        item = ev.add_evidence(book.uow, vault, staff, source_path=source, evidence=EvidenceInput(
            case_id=1, type=EvidenceType.ELECTRONIC_DATA, title="聊天记录", purpose="证明平台对骑手的管理"))
        assert leaks() == []
        preview = ev.read_for_preview(book.uow, vault, staff, item_id=item.id)
        assert preview == data
        del preview
        assert leaks() == []
        assert ev.check_vault(book.uow, vault, staff).ok
    finally:
        book.close()
    assert leaks() == []
    assert _holding([source], needles) == [str(source)]  # the search would have found it


# --------------------------------------------------------------------------- damage


def test_flipped_byte_names_the_case_and_item_and_the_others_still_open(desk, tmp_path) -> None:
    book, staff, vault = desk
    contents = {}
    for case_id, title in [(1, "劳务协议"), (2, "银行流水"), (2, "工作群聊天记录"), (2, TITLE), (3, "考勤表")]:
        data = os.urandom(CHUNK + 777)
        contents[add(desk, tmp_path / f"s{len(contents)}", data, case_id=case_id, title=title).id] = data
    bad = [i for i, it in enumerate(ev.list_evidence(book.uow, staff, case_id=2)) if it.title == TITLE][0]
    bad_item = ev.list_evidence(book.uow, staff, case_id=2)[bad]
    assert bad_item.number == 3
    path = path_of(desk, bad_item.id)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))

    report = verify_book(book)
    assert not report.ok
    assert [f.zh for f in report.errors] == [
        f"案件 {case_number(book, 2)} 的证据3“{TITLE}”：文件内容与登记的哈希值不符"]
    assert report.errors[0].evidence_id == bad_item.id and TITLE in report.errors[0].en
    for item_id, data in contents.items():
        if item_id != bad_item.id:
            assert ev.read_for_preview(book.uow, vault, staff, item_id=item_id) == data
    with pytest.raises(EvidenceDamaged) as info:
        ev.read_for_preview(book.uow, vault, staff, item_id=bad_item.id)
    assert info.value.zh.startswith(f"案件 {case_number(book, 2)} 的证据3“{TITLE}”：文件内容与登记的哈希值不符")
    assert ev.get_evidence(book.uow, staff, item_id=bad_item.id).integrity is IntegrityStatus.CHANGED
    action, changes = audit_actions(book)[-1]
    assert action == "evidence.integrity" and changes["status"] == ["ok", "changed"]
    with pytest.raises(EvidenceDamaged):
        ev.export_evidence(book.uow, vault, staff, item_id=bad_item.id, target_path=tmp_path / "x" / "bad.bin")
    assert not (tmp_path / "x").exists() or list((tmp_path / "x").iterdir()) == []


def test_truncation_missing_file_appended_data_and_swaps_are_reported(desk, tmp_path) -> None:
    book, staff, vault = desk
    items = [add(desk, tmp_path / f"s{i}", os.urandom(size), case_id=case_id, title=f"证据材料{i}")
             for i, (case_id, size) in enumerate([(1, 3 * CHUNK + 100), (1, 5000), (1, 2 * CHUNK), (2, 4000),
                                                  (3, 4000), (3, 5000), (2, 100)])]
    cut, gone, chunk_cut, swap_a, swap_b, appended, fine = items
    with open(path_of(desk, cut.id), "r+b") as fh:  # cut mid-chunk
        fh.truncate(path_of(desk, cut.id).stat().st_size - 100)
    path_of(desk, gone.id).unlink()
    with open(path_of(desk, chunk_cut.id), "r+b") as fh:  # drop the whole final chunk
        fh.truncate(ciphertext_size(CHUNK))
    pa, pb = path_of(desk, swap_a.id), path_of(desk, swap_b.id)  # same size, different cases
    a_bytes, b_bytes = pa.read_bytes(), pb.read_bytes()
    pa.write_bytes(b_bytes)
    pb.write_bytes(a_bytes)
    with open(path_of(desk, appended.id), "ab") as fh:
        fh.write(b"\x00" * 16)

    report = verify_book(book)
    by_item = {f.evidence_id: f.zh for f in vault_errors(report)}
    assert set(by_item) == {cut.id, gone.id, chunk_cut.id, swap_a.id, swap_b.id, appended.id}
    assert by_item[cut.id].endswith("：文件不完整（被截断）") and by_item[chunk_cut.id].endswith("：文件不完整（被截断）")
    assert by_item[gone.id].endswith("：找不到加密文件")
    assert by_item[swap_a.id] == f"案件 {case_number(book, 2)} 的证据1“证据材料3”：文件内容与登记的哈希值不符"
    assert by_item[swap_b.id].endswith("的证据1“证据材料4”：文件内容与登记的哈希值不符")
    assert by_item[appended.id].endswith("：文件内容与登记的哈希值不符")

    checked = ev.check_vault(book.uow, vault, staff)
    assert checked.checked == 7 and {i.id: c.status for i, c in checked.problems} == {
        cut.id: IntegrityStatus.TRUNCATED, gone.id: IntegrityStatus.MISSING, chunk_cut.id: IntegrityStatus.TRUNCATED,
        swap_a.id: IntegrityStatus.CHANGED, swap_b.id: IntegrityStatus.CHANGED, appended.id: IntegrityStatus.CHANGED}
    assert len(checked.lines()) == 6 and all("案件 " in line for line in checked.lines())
    assert ev.get_evidence(book.uow, staff, item_id=gone.id).integrity is IntegrityStatus.MISSING
    assert ev.check_evidence(book.uow, vault, staff, item_id=fine.id).ok
    # swapping back repairs the swap: nothing else was touched
    pa.write_bytes(a_bytes)
    pb.write_bytes(b_bytes)
    assert ev.check_evidence(book.uow, vault, staff, item_id=swap_a.id).ok


def test_wrapped_keys_swapped_between_rows_do_not_open(desk, tmp_path) -> None:
    book, staff, vault = desk
    a = add(desk, tmp_path / "a", b"a" * 100, case_id=1)
    b = add(desk, tmp_path / "b", b"b" * 100, case_id=1)
    conn = sqlcipher.connect(str(book.paths.db_path), isolation_level=None)
    conn.execute(key_pragma(db_key(book.master_key)))
    (wa,), (wb,) = conn.execute("SELECT wrapped_dek FROM evidence_items ORDER BY id").fetchall()
    conn.execute("UPDATE evidence_items SET wrapped_dek = ? WHERE id = ?", (wb, a.id))
    conn.execute("UPDATE evidence_items SET wrapped_dek = ? WHERE id = ?", (wa, b.id))
    conn.close()
    report = verify_book(book)
    assert {f.evidence_id for f in vault_errors(report)} == {a.id, b.id}
    assert all(f.zh.endswith("文件无法解密（密钥不符或已损坏）") for f in vault_errors(report))


def test_files_that_belong_to_no_item_are_warnings(desk, tmp_path) -> None:
    book, staff, vault = desk
    item = add(desk, tmp_path / "s", b"kept")
    stray_uid = uuid.uuid4().hex
    (book.paths.vault_dir / stray_uid[:2]).mkdir(exist_ok=True)
    (book.paths.vault_dir / stray_uid[:2] / f"{stray_uid}.mdv").write_bytes(os.urandom(100))
    os.utime(book.paths.vault_dir / stray_uid[:2] / f"{stray_uid}.mdv", (time.time() - 7200, time.time() - 7200))
    young_uid = uuid.uuid4().hex  # placed a moment ago: its add may still be committing, not reported
    (book.paths.vault_dir / young_uid[:2]).mkdir(exist_ok=True)
    (book.paths.vault_dir / young_uid[:2] / f"{young_uid}.mdv").write_bytes(os.urandom(100))
    (book.paths.vault_dir / "notes.txt").write_text("?")
    old_temp = path_of(desk, item.id).with_name(f".{uuid.uuid4().hex}.mdv.part-1-abcd")
    old_temp.write_bytes(b"x")
    os.utime(old_temp, (time.time() - 7200, time.time() - 7200))
    fresh_temp = old_temp.with_name(f".{uuid.uuid4().hex}.mdv.part-2-abcd")
    fresh_temp.write_bytes(b"y")  # an add in progress: not reported
    report = verify_book(book)
    assert report.ok
    warnings = [f.zh for f in report.findings if f.severity == "warning"]
    assert len(warnings) == 3
    assert f"{stray_uid[:2]}/{stray_uid}.mdv" in warnings[0] and "无法解密" in warnings[0]
    assert young_uid not in " ".join(warnings)
    assert old_temp.name in warnings[1] and fresh_temp.name not in " ".join(warnings)
    assert "notes.txt" in warnings[2]
    info = backup_book(book, tmp_path / "out" / "b.mdbak")  # temp files are not backed up
    from mediation_desk.storage.maintenance import read_backup_header

    names = [m.name for m in read_backup_header(info.path, book.master_key).members]
    assert not any(".part-" in n for n in names) and f"vault/{stray_uid[:2]}/{stray_uid}.mdv" in names


# --------------------------------------------------------------------------- failures leave nothing


def test_cancel_mid_add_leaves_no_file_and_no_row(desk, tmp_path) -> None:
    book, staff, vault = desk
    before = audit_actions(book)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(OperationCancelled):
        add(desk, tmp_path / "s", os.urandom(5 * CHUNK), progress=progress)
    assert calls[-1] == (2 * CHUNK, 5 * CHUNK)
    assert vault_files(book) == []
    assert ev.list_evidence(book.uow, staff, case_id=1) == [] and audit_actions(book) == before
    seen: list[tuple[int, int]] = []
    item = add(desk, tmp_path / "t", os.urandom(2 * CHUNK + 1), progress=lambda d, t: seen.append((d, t)) or True)
    assert seen[0] == (0, 2 * CHUNK + 1) and seen[-1] == (2 * CHUNK + 1, 2 * CHUNK + 1)
    assert item.number == 1 and vault_files(book) == [path_of(desk, item.id)]


FULL_DISK_SCRIPT = r"""
import json, resource, signal, sys
from pathlib import Path
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
from mediation_desk.services.evidence import add_evidence
from mediation_desk.storage.vault import Vault
from tests.support.books import case_worker, reopen
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
data_dir, source, limit = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
book = reopen(data_dir)
admin = case_worker(book)
wal = book.paths.db_path.with_name("casebook.db-wal")
evidence = EvidenceInput(case_id=1, type=EvidenceType.DOCUMENTARY, title="工资条", purpose="证明工资数额")
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    add_evidence(book.uow, Vault(book), admin, evidence=evidence, source_path=source)
    print(json.dumps({"ok": True}))
except AppError as exc:
    print(json.dumps({"ok": False, "type": type(exc).__name__, "zh": exc.zh,
                      "wal": wal.stat().st_size if wal.exists() else 0}, ensure_ascii=False))
"""


@pytest.mark.parametrize("room", ["vault file fails", "database commit fails"])
def test_disk_full_during_add_leaves_no_file_and_no_row(tmp_path, room) -> None:
    book, staff = create_test_book(tmp_path / "book", cases=2)
    before = audit_actions(book)
    book.close()  # the last connection checkpoints and removes the WAL
    assert not book.paths.db_path.with_name("casebook.db-wal").exists()
    if room == "vault file fails":
        data, limit = os.urandom(3 * CHUNK), CHUNK
    else:  # the encrypted file fits, the first WAL frame (32 + 24 + 4096 bytes) does not
        data, limit = os.urandom(2000), 4096
    source = source_file(tmp_path / "src", "payslip.pdf", data)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    proc = subprocess.run([sys.executable, "-c", FULL_DISK_SCRIPT, str(book.paths.data_dir), str(source), str(limit)],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["ok"] is False and result["type"] == "BookError", result
    expected = "证据未保存" if room == "vault file fails" else "本次修改未保存"
    assert expected in result["zh"], result
    assert vault_files(book) == []  # neither the temp file nor a placed file remains
    again = reopen(book.paths.data_dir)
    try:
        assert ev.list_evidence(again.uow, staff, case_id=1) == []
        assert audit_actions(again) == before
        report = verify_book(again)
        assert report.ok and report.findings == [], report.findings
        item = ev.add_evidence(again.uow, Vault(again), staff, source_path=source, evidence=EvidenceInput(
            case_id=1, type=EvidenceType.DOCUMENTARY, title="工资条", purpose="证明工资数额"))
        assert item.number == 1 and ev.read_for_preview(again.uow, Vault(again), staff, item_id=item.id) == data
    finally:
        again.close()


# --------------------------------------------------------------------------- backup and restore


def test_backup_and_restore_carry_the_vault(desk, tmp_path) -> None:
    book, staff, vault = desk
    contents = {add(desk, tmp_path / f"s{i}", data, case_id=1 + i % 3, title=f"材料{i}").id: data
                for i, data in enumerate([os.urandom(2 * CHUNK + 3), b"", "仲裁申请书".encode() * 50])}
    info = backup_book(book, tmp_path / "out" / "with-vault.mdbak")
    assert info.member_count == 2 + 3
    result = restore_book(info.path, AppPaths(tmp_path / "restored"), PASSPHRASE, keyring=NoKeyring())
    restored = reopen(result.data_dir)
    try:
        report = verify_book(restored)
        assert report.ok and report.findings == [], report.findings
        rv = Vault(restored)
        for item_id, data in contents.items():
            assert ev.read_for_preview(restored.uow, rv, staff, item_id=item_id) == data
        assert ev.check_vault(restored.uow, rv, staff).checked == 3
        assert sorted(p.relative_to(result.data_dir).as_posix() for p in vault_files(restored)) == sorted(
            p.relative_to(book.paths.data_dir).as_posix() for p in vault_files(book))
    finally:
        restored.close()


# --------------------------------------------------------------------------- re-key


def _wraps(db: Path, mk: bytes) -> list[tuple[str, str | None]]:
    conn = connect_raw(db, db_key(mk))
    try:
        return conn.execute("SELECT dek_key_id, dek_next_key_id FROM evidence_items ORDER BY id").fetchall()
    finally:
        conn.close()


def test_rekey_keeps_every_item_readable_without_rewriting_files(desk, tmp_path) -> None:
    book, staff, vault = desk
    contents = {add(desk, tmp_path / f"s{i}", os.urandom(n), case_id=1 + i % 2).id: n for i, n in
                enumerate([10, CHUNK + 1, 0])}
    data = {i: ev.read_for_preview(book.uow, vault, staff, item_id=i) for i in contents}
    files_before = {p: p.read_bytes() for p in vault_files(book)}
    old_mk = book.master_key
    new_id = rekey(book, PASSPHRASE)
    assert new_id == key_id(book.master_key) != key_id(old_mk)
    assert {p: p.read_bytes() for p in vault_files(book)} == files_before  # only the wraps changed
    assert _wraps(book.paths.db_path, book.master_key) == [(new_id, None)] * 3
    for item_id, plain in data.items():
        assert ev.read_for_preview(book.uow, vault, staff, item_id=item_id) == plain
    item = add(desk, tmp_path / "after", b"added after the re-key")
    assert verify_book(book).findings == []
    book.close()
    again = reopen(book.paths.data_dir)
    try:
        av = Vault(again)
        for item_id, plain in data.items():
            assert ev.read_for_preview(again.uow, av, staff, item_id=item_id) == plain
        assert ev.read_for_preview(again.uow, av, staff, item_id=item.id) == b"added after the re-key"
    finally:
        again.close()


@pytest.mark.parametrize("crash_after", ["pending slot", "data keys re-wrapped", "database re-keyed",
                                         "key file finalised"])
def test_crash_between_rekey_steps_leaves_every_item_readable(tmp_path, crash_after) -> None:
    """Each step of ``rekey`` done by hand, as tests/integration/test_keys.py does, then the process "dies"."""
    book, staff = create_test_book(tmp_path / "book", cases=2)
    vault = Vault(book)
    folder = tmp_path / "src"
    contents = {}
    for i, n in enumerate([100, CHUNK + 5, 0]):
        data = os.urandom(n)
        contents[add((book, staff, vault), folder / str(i), data, case_id=1 + i % 2).id] = data
    paths, old_mk = book.paths, book.master_key
    book.close()
    steps = ["pending slot", "data keys re-wrapped", "database re-keyed", "key file finalised"]
    done = steps[:steps.index(crash_after) + 1]
    new_mk = new_master_key()
    keyfile = KeyFile.load(paths.key_path)
    keyfile.slots["pending"] = wrap_master_key(new_mk, PASSPHRASE, keyfile.book_id, "pending")
    keyfile.save(paths.key_path)
    conn = connect_raw(paths.db_path, db_key(old_mk))
    if "data keys re-wrapped" in done:
        assert prepare_rekey(conn, old_mk, new_mk) == 3
        assert _wraps_conn(conn) == [(key_id(old_mk), key_id(new_mk))] * 3
    if "database re-keyed" in done:
        _rekey_database(conn, new_mk)
    conn.close()
    if "key file finalised" in done:
        keyfile.slots = {"current": wrap_master_key(new_mk, PASSPHRASE, keyfile.book_id, "current")}
        keyfile.save(paths.key_path)
    # ... the process dies here. The next start opens with the passphrase:
    expected = new_mk if "database re-keyed" in done else old_mk
    again = reopen(paths.data_dir)
    try:
        assert again.master_key == expected
        av = Vault(again)
        for item_id, data in contents.items():
            assert ev.read_for_preview(again.uow, av, staff, item_id=item_id) == data
        report = verify_book(again)
        assert report.ok and not vault_errors(report), report.findings
        if expected is new_mk:  # open_book finished the last step
            assert _wraps(paths.db_path, new_mk) == [(key_id(new_mk), None)] * 3
        # and a complete re-key afterwards still works
        rekey(again, PASSPHRASE)
        for item_id, data in contents.items():
            assert ev.read_for_preview(again.uow, av, staff, item_id=item_id) == data
        assert _wraps(paths.db_path, again.master_key) == [(key_id(again.master_key), None)] * 3
    finally:
        again.close()


def _wraps_conn(conn) -> list[tuple[str, str | None]]:  # noqa: ANN001
    return conn.execute("SELECT dek_key_id, dek_next_key_id FROM evidence_items ORDER BY id").fetchall()


def test_item_added_between_rewrap_and_pragma_rekey_is_rewrapped(desk, tmp_path) -> None:
    """Another writer adds an item after the data keys were re-wrapped: the last step wraps it too."""
    book, staff, vault = desk
    first = add(desk, tmp_path / "a", b"before")
    old_mk, new_mk = book.master_key, new_master_key()
    conn = connect_raw(book.paths.db_path, db_key(old_mk))
    prepare_rekey(conn, old_mk, new_mk)
    late = add(desk, tmp_path / "b", b"late")  # through the book's own engine, still on the old key
    book.engine.dispose()
    _rekey_database(conn, new_mk)
    conn.close()
    conn = connect_raw(book.paths.db_path, db_key(new_mk))
    assert settle_keys(conn, new_mk, previous=old_mk) == 2
    assert _wraps_conn(conn) == [(key_id(new_mk), None)] * 2
    conn.close()
    keyfile = KeyFile.load(book.paths.key_path)
    keyfile.slots = {"current": wrap_master_key(new_mk, PASSPHRASE, keyfile.book_id, "current")}
    keyfile.save(book.paths.key_path)
    book.close()
    again = reopen(book.paths.data_dir)
    try:
        av = Vault(again)
        assert ev.read_for_preview(again.uow, av, staff, item_id=first.id) == b"before"
        assert ev.read_for_preview(again.uow, av, staff, item_id=late.id) == b"late"
        assert read_meta(again.engine)["book_id"] == again.book_id
    finally:
        again.close()


# --------------------------------------------------------------------------- schema


def test_migrations_match_the_orm(desk) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from mediation_desk.storage import orm

    book = desk[0]
    with book.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": lambda o, name, type_, r, c: not (
            type_ == "table" and name and name.startswith(("case_fts", "case_grams", "case_search")))})
        assert compare_metadata(ctx, orm.Base.metadata) == []
        from mediation_desk.storage.schema import head_revision

        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == head_revision()
