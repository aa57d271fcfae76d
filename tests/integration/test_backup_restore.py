"""Backups and restores of real encrypted books: round trip, damage refused, nothing half-done."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.config import AppPaths
from mediation_desk.domain.cases import CaseQuery
from mediation_desk.domain.errors import BackupInvalid, OperationCancelled, ValidationError, WrongKey
from mediation_desk.domain.errors import PermissionDenied
from mediation_desk.domain.users import Principal, Role
from mediation_desk.services import backups as backup_service
from mediation_desk.services.cases import count_cases, get_case, register_intake
from mediation_desk.storage.book import NeedPassphrase
from mediation_desk.storage.engine import key_pragma
from mediation_desk.storage.keys import db_key
from mediation_desk.storage.maintenance import (ARCHIVE_MAGIC, backup_book, backup_to_folder, check_backup,
                                                list_backups, read_backup_header, restore_book, verify_book)
from tests.support.books import PASSPHRASE, NoKeyring, create_test_book, make_intake, reopen, administrator

NAMES = ["司马晓雯", "欧阳春燕", "诸葛建国"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(path: Path) -> dict[str, str]:
    """Every file under ``path`` with its SHA-256: the state a failed restore must not change."""
    return {p.relative_to(path).as_posix(): sha256(p) for p in sorted(path.rglob("*")) if p.is_file()}


def audit_rows(db: Path, master_key: bytes) -> list[tuple[int, str, str]]:
    conn = sqlcipher.connect(str(db))
    try:
        conn.execute(key_pragma(db_key(master_key)))
        return conn.execute("SELECT id, prev_hash, hash FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture()
def source(tmp_path):
    book, staff = create_test_book(tmp_path / "source", cases=6, workers=NAMES)
    yield book, staff
    book.close()


@pytest.fixture()
def archive(source, tmp_path) -> Path:
    book, _admin = source
    return backup_book(book, tmp_path / "out" / "book.mdbak").path


def test_backup_then_restore_elsewhere_gives_the_same_book(source, tmp_path) -> None:
    book, staff = source
    out = tmp_path / "out"
    info = backup_book(book, out / "book.mdbak")
    assert info.path.exists() and info.sha256 == sha256(info.path) and info.size_bytes == info.path.stat().st_size
    assert sorted(p.name for p in out.iterdir()) == ["book.mdbak"]  # no temp copy left behind
    assert info.path.read_bytes().startswith(ARCHIVE_MAGIC)
    assert read_backup_header(info.path).sealed  # without the key only the format and the key file are known
    header = read_backup_header(info.path, book.master_key)
    assert header.book_id == book.book_id and header.case_count == 6 and header.audit_head == info.audit_head
    assert [m.name for m in header.members] == ["casebook.db", "casebook.key"]
    assert header.keyfile["book_id"] == book.book_id
    assert check_backup(info.path, book.master_key).book_id == book.book_id

    target = AppPaths(tmp_path / "restored")
    result = restore_book(info.path, target, PASSPHRASE, keyring=NoKeyring())
    assert result.moved_aside is None and result.data_dir == target.data_dir and result.case_count == 6
    assert not [p for p in tmp_path.iterdir() if ".restore-" in p.name]  # staging removed
    restored = reopen(target.data_dir)
    try:
        report = verify_book(restored)
        assert report.ok, report.findings
        assert restored.book_id == book.book_id
        assert count_cases(restored.uow, staff, CaseQuery()) == count_cases(book.uow, staff, CaseQuery()) == 6
        rows, original = audit_rows(target.db_path, restored.master_key), audit_rows(book.paths.db_path, book.master_key)
        assert rows[:-1] == original  # the same trail, extended by the restore's own row
        assert rows[-1][0] == original[-1][0] + 1 and rows[-1][1] == original[-1][2]
        with restored.engine.connect() as conn:
            action, changes = conn.exec_driver_sql("SELECT action, changes FROM audit_log ORDER BY id DESC LIMIT 1").one()
        assert action == "book.restore" and info.path.name in changes and info.audit_head[1] in changes
        assert get_case(restored.uow, staff, 1).summary.worker_name == NAMES[0]
    finally:
        restored.close()


def test_archive_holds_no_plaintext(source, archive) -> None:
    data = archive.read_bytes()
    for text in NAMES + ["南昌市东湖区劳动人事争议调解中心", "拖欠两个月配送费", "速达外卖"]:
        assert text.encode("utf-8") not in data, text
        assert text.encode("gb18030") not in data, text
    assert b"SQLite format 3" not in data


def damaged_variants(archive: Path) -> dict[str, bytes]:
    data = archive.read_bytes()
    header = read_backup_header(archive)
    start = header.stream_offset
    variants = {
        "cut at the end": data[:-1],
        "cut in the middle": data[:start + (len(data) - start) // 2],
        "only the header": data[:start],
        "cut in the header": data[:start - 10],
        "extra bytes": data + b"\x00",
    }
    for label, pos in (("flip in the stream", start + (len(data) - start) // 2), ("flip in the last byte", len(data) - 1),
                       ("flip in the stream header", start + 9)):
        bad = bytearray(data)
        bad[pos] ^= 0x01
        variants[label] = bytes(bad)
    check = f'"check":"{header.keyfile["check"]}"'.encode()  # a field of the clear header no reader relies on
    assert data.count(check) == 1
    altered = header.keyfile["check"][:-1] + ("0" if header.keyfile["check"][-1] != "0" else "1")
    variants["header field altered"] = data.replace(check, f'"check":"{altered}"'.encode())
    return variants


def test_damaged_archives_are_refused_and_the_target_is_untouched(source, archive, tmp_path) -> None:
    other, _ = create_test_book(tmp_path / "target", cases=2)
    other.close()
    target = AppPaths(tmp_path / "target")
    before, listing = tree(target.data_dir), sorted(p.name for p in tmp_path.iterdir())
    book, _ = source
    for label, blob in damaged_variants(archive).items():
        bad = tmp_path / "bad.mdbak"
        bad.write_bytes(blob)
        with pytest.raises(BackupInvalid) as info:
            restore_book(bad, target, PASSPHRASE, keyring=NoKeyring())
        assert info.value.zh and "Traceback" not in info.value.zh, label
        with pytest.raises(BackupInvalid):
            check_backup(bad, book.master_key)
        assert tree(target.data_dir) == before, label
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(listing + ["bad.mdbak"]), label
    # the target still opens as it was
    still = reopen(target.data_dir)
    try:
        assert still.book_id == other.book_id and verify_book(still).ok
    finally:
        still.close()


def test_not_an_archive_is_refused_clearly(tmp_path) -> None:
    for blob in (b"", b"PK\x03\x04 not a backup", b"SQLite format 3\x00" + b"\x00" * 100):
        path = tmp_path / "x.mdbak"
        path.write_bytes(blob)
        with pytest.raises(BackupInvalid) as info:
            read_backup_header(path)
        assert "备份" in info.value.zh
    with pytest.raises(BackupInvalid):
        read_backup_header(tmp_path / "missing.mdbak")


def test_archive_from_a_newer_format_is_refused(archive, tmp_path) -> None:
    data = bytearray(archive.read_bytes())
    data[len(ARCHIVE_MAGIC) + 1] = 9  # format version 9
    newer = tmp_path / "newer.mdbak"
    newer.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid) as info:
        read_backup_header(newer)
    assert "更新版本" in info.value.zh


def test_restore_over_an_existing_book_moves_it_aside(source, archive, tmp_path) -> None:
    book, _ = source
    other, _ = create_test_book(tmp_path / "target", cases=1)
    other.close()
    target = AppPaths(tmp_path / "target")
    before = tree(target.data_dir)
    result = restore_book(archive, target, PASSPHRASE, keyring=NoKeyring(), replace_other_book=True)
    assert result.moved_aside is not None and result.moved_aside.name.startswith("target.before-restore-")
    assert tree(result.moved_aside) == before
    restored = reopen(target.data_dir)
    try:
        assert restored.book_id == book.book_id and verify_book(restored).ok
    finally:
        restored.close()
    moved = reopen(result.moved_aside)  # the old book is still whole where it was put
    try:
        assert moved.book_id == other.book_id
    finally:
        moved.close()


def test_wrong_passphrase_on_restore_touches_nothing(archive, tmp_path) -> None:
    other, _ = create_test_book(tmp_path / "target", cases=1)
    other.close()
    target = AppPaths(tmp_path / "target")
    before, listing = tree(target.data_dir), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(WrongKey) as info:
        restore_book(archive, target, "not-the-passphrase", keyring=NoKeyring())
    assert "口令不正确" in info.value.zh
    assert tree(target.data_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    with pytest.raises(WrongKey):
        restore_book(archive, AppPaths(tmp_path / "fresh"), "not-the-passphrase", keyring=NoKeyring())
    assert not (tmp_path / "fresh").exists()


def test_restore_without_passphrase_uses_the_keyring(archive, source, tmp_path) -> None:
    book, _ = source
    with pytest.raises(NeedPassphrase):
        restore_book(archive, AppPaths(tmp_path / "r1"), None, keyring=NoKeyring())
    assert not (tmp_path / "r1").exists()

    class MemoryKeyring(NoKeyring):
        def __init__(self) -> None:
            super().__init__()
            self.entries: dict[str, bytes] = {book.book_id: book.master_key}
            self._backend = object()

        def get(self, book_id: str) -> bytes | None:
            return self.entries.get(book_id)

        def set(self, book_id: str, master_key: bytes) -> bool:
            self.entries[book_id] = master_key
            return True

    result = restore_book(archive, AppPaths(tmp_path / "r2"), None, keyring=MemoryKeyring())
    assert result.keyring_stored and result.case_count == 6


def test_vault_files_travel_with_the_backup(source, tmp_path) -> None:
    book, _ = source
    files = {"ab/evidence-1.bin": os.urandom(3 * (1 << 20) + 5), "cd/evidence-2.bin": b"", "x.bin": b"123"}
    for name, data in files.items():
        p = book.paths.vault_dir / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    info = backup_book(book, tmp_path / "out" / "v.mdbak")
    assert info.member_count == 5
    result = restore_book(info.path, AppPaths(tmp_path / "restored"), PASSPHRASE, keyring=NoKeyring())
    for name, data in files.items():
        assert (result.data_dir / "vault" / name).read_bytes() == data


def test_cancelled_backup_leaves_no_file(source, tmp_path) -> None:
    book, _ = source
    out = tmp_path / "out"
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(OperationCancelled):
        backup_book(book, out / "c.mdbak", progress)
    assert not out.exists() or list(out.iterdir()) == []
    seen = []
    info = backup_book(book, out / "d.mdbak", lambda d, t: seen.append((d, t)) or True)
    assert seen[-1][0] == seen[-1][1] > 0 and info.path.exists()


def test_cancelled_restore_leaves_nothing(archive, tmp_path) -> None:
    with pytest.raises(OperationCancelled):
        restore_book(archive, AppPaths(tmp_path / "r"), PASSPHRASE, keyring=NoKeyring(),
                     progress=lambda d, t: d < t * 0.75)
    assert not (tmp_path / "r").exists()
    assert not [p for p in tmp_path.iterdir() if ".restore-" in p.name]


def test_backup_while_another_thread_writes_restores_cleanly(source, tmp_path) -> None:
    book, staff = source
    stop = threading.Event()
    written: list[int] = []
    errors: list[BaseException] = []

    def writer() -> None:
        n = 1000
        try:
            while not stop.is_set():
                written.append(register_intake(book.uow, staff, make_intake(n)))
                n += 1
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 20:
            stop.wait(0.01)
        infos = [backup_book(book, tmp_path / "out" / f"live-{i}.mdbak") for i in range(3)]
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert len(written) > 20
    for i, info in enumerate(infos):
        result = restore_book(info.path, AppPaths(tmp_path / f"restored-{i}"), PASSPHRASE, keyring=NoKeyring())
        restored = reopen(result.data_dir)
        try:
            report = verify_book(restored)
            assert report.ok, report.findings
            assert count_cases(restored.uow, staff, CaseQuery()) == info.case_count >= 6 + 20
            last = get_case(restored.uow, staff, info.case_count)
            assert len(last.parties) == 3 and len(last.claims) == 2
        finally:
            restored.close()


def test_backup_to_folder_names_and_prunes(source, tmp_path) -> None:
    book, _ = source
    folder = tmp_path / "auto"
    folder.mkdir()
    foreign = folder / "mediation-desk-ffffffff-20200101-000000.mdbak"
    foreign.write_bytes(b"another book's backup")
    notes = folder / "notes.txt"
    notes.write_text("keep me")
    stem = f"mediation-desk-{book.book_id[:8]}-20240101-000000.mdbak"
    stale = [folder / f".{stem}.tmp-123-abcdef12", folder / f".{stem}.db-123-abcdef12-wal"]
    fresh = folder / f".{stem}.tmp-456-abcdef34"  # may belong to a backup running right now
    for p in stale + [fresh]:
        p.write_bytes(b"\x00" * 10)
    for p in stale:
        os.utime(p, (1_600_000_000, 1_600_000_000))
    made = [backup_to_folder(book, folder, keep=2).path for _ in range(4)]
    assert not any(p.exists() for p in stale) and fresh.exists()
    fresh.unlink()
    prefix = f"mediation-desk-{book.book_id[:8]}-"
    assert all(p.name.startswith(prefix) and p.name.endswith(".mdbak") for p in made)
    assert len(set(made)) == 4
    assert list_backups(folder, book.book_id) == made[-2:]
    assert foreign.exists() and notes.exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted([foreign.name, notes.name, made[2].name, made[3].name])


def test_backup_settings_and_record_through_a_real_book(source, tmp_path) -> None:
    book, staff = source
    settings = backup_service.get_backup_settings(book.uow)
    assert (settings.interval_hours, settings.keep, settings.folder, settings.last_at) == (24, 14, "", None)
    folder = str(tmp_path / "nightly")
    saved = backup_service.set_backup_settings(book.uow, administrator(book), interval_hours=12, keep=7, folder=folder)
    assert (saved.interval_hours, saved.keep, saved.folder) == (12, 7, folder)
    with pytest.raises(ValidationError):
        backup_service.set_backup_settings(book.uow, administrator(book), interval_hours=0, keep=7, folder=folder)
    mediator = Principal(user_id=None, username="m", display_name="调解员甲", role=Role.MEDIATOR)
    with pytest.raises(PermissionDenied):
        backup_service.set_backup_settings(book.uow, mediator, interval_hours=12, keep=7, folder=folder)
    info = backup_to_folder(book, Path(folder), keep=saved.keep)
    backup_service.record_backup(book.uow, administrator(book), info)
    after = backup_service.get_backup_settings(book.uow)
    assert after.last_at == info.created_at and (after.interval_hours, after.keep) == (12, 7)
    assert not backup_service.backup_due(after.last_at, info.created_at, after.interval_hours)
    conn = sqlcipher.connect(str(book.paths.db_path))
    try:
        conn.execute(key_pragma(db_key(book.master_key)))
        actions = [(a, json.loads(c)) for a, c in conn.execute("SELECT action, changes FROM audit_log ORDER BY id")]
    finally:
        conn.close()
    assert actions[-2][0] == "backup.settings" and actions[-2][1]["keep"] == [14, 7]
    assert actions[-1][0] == "backup.create" and actions[-1][1]["sha256"] == info.sha256
    assert verify_book(book).ok


FULL_DISK_SCRIPT = r"""
import json, resource, signal, sys
from pathlib import Path
from mediation_desk.domain.errors import AppError
from tests.support.books import reopen
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
data_dir, output, limit = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
book = reopen(data_dir)
from mediation_desk.storage.maintenance import backup_book
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    backup_book(book, output)
    print(json.dumps({"ok": True}))
except AppError as exc:
    print(json.dumps({"ok": False, "type": type(exc).__name__, "zh": exc.zh}, ensure_ascii=False))
"""


@pytest.mark.parametrize("room", ["database copy fails", "archive fails"])
def test_disk_full_during_backup_leaves_no_partial_file(tmp_path, room) -> None:
    import subprocess
    import sys

    book, _ = create_test_book(tmp_path / "book", cases=20)
    book.close()
    db_size = book.paths.db_path.stat().st_size
    limit = db_size // 2 if room == "database copy fails" else db_size + 200
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    own = ("casebook.db", "casebook.key")
    before = {k: v for k, v in tree(book.paths.data_dir).items() if k in own}
    proc = subprocess.run([sys.executable, "-c", FULL_DISK_SCRIPT, str(book.paths.data_dir), str(out_dir / "f.mdbak"),
                           str(limit)], env=env, capture_output=True, text=True, timeout=120, cwd=root)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["ok"] is False and result["type"] == "BookError", result
    assert "备份未完成" in result["zh"]
    assert list(out_dir.iterdir()) == []  # neither the archive nor its temp files remain
    assert {k: v for k, v in tree(book.paths.data_dir).items() if k in own} == before
