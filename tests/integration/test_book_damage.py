"""Damage is diagnosed, never backed up as good: each kind of damage gets its own message, verify always
runs and reports, backups refuse a damaged book and keep the good archives, the archive header in clear
holds only its format, and restoring another book's archive needs a confirmation naming both books."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.config import AppPaths
from mediation_desk.domain.errors import BookError, WrongKey
from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
from mediation_desk.services.accounts import administrator_principal
from mediation_desk.services.cases import get_case
from mediation_desk.services.evidence import add_evidence
from mediation_desk.storage.book import open_book, unlock_for_verify
from mediation_desk.storage.engine import PAGE_SIZE, BookDamaged, key_pragma
from mediation_desk.storage.keys import db_key
from mediation_desk.storage.maintenance import (backup_book, backup_to_folder, list_backups, read_backup_header,
                                                restore_book, verify_book)
from mediation_desk.storage.maintenance.restore import OtherBookRestore
from mediation_desk.storage.vault import Vault
from tests.support.books import PASSPHRASE, NoKeyring, create_test_book, reopen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def closed(tmp_path):  # noqa: ANN001, ANN201
    """A closed book with 3 cases and 2 evidence items, and its master key."""
    book, admin = create_test_book(tmp_path / "book", cases=3)
    for n in range(2):
        src = tmp_path / f"scan-{n}.bin"
        src.write_bytes(os.urandom(20000))
        add_evidence(book.uow, Vault(book), admin, source_path=src, evidence=EvidenceInput(
            case_id=1, type=EvidenceType.DOCUMENTARY, title=f"工资条{n}", purpose="证明拖欠工资的数额"))
    mk = book.master_key
    book.close()
    return book.paths, mk


def root_page(paths: AppPaths, mk: bytes, table: str) -> int:
    conn = sqlcipher.connect(str(paths.db_path))
    try:
        conn.execute(key_pragma(db_key(mk)))
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    finally:
        conn.close()


def flip(path: Path, offset: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        b = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([b[0] ^ 0x40]))


def test_one_byte_in_page_1_is_damage_not_a_key_mismatch(closed) -> None:
    paths, _mk = closed
    flip(paths.db_path, 1000)
    with pytest.raises(BookDamaged) as info:
        open_book(paths, PASSPHRASE, keyring=NoKeyring())
    assert "第1页" in info.value.zh and "不匹配" not in info.value.zh and "page(s) 1" in info.value.en
    book = unlock_for_verify(paths, PASSPHRASE, keyring=NoKeyring())  # verify still runs and names the page
    try:
        report = verify_book(book)
    finally:
        book.close()
    assert not report.ok and any("第1页" in f.zh for f in report.errors)


def test_a_key_file_for_another_book_still_reads_as_a_mismatch(closed, tmp_path) -> None:
    paths, _mk = closed
    other, _ = create_test_book(tmp_path / "other", cases=1)
    other.close()
    shutil.copy2(other.paths.key_path, paths.key_path)
    with pytest.raises(WrongKey):
        open_book(paths, PASSPHRASE, keyring=NoKeyring())


def test_damage_on_the_evidence_register_opens_with_a_notice_and_verify_names_it(closed) -> None:
    paths, mk = closed
    flip(paths.db_path, (root_page(paths, mk, "evidence_items") - 1) * PAGE_SIZE + 300)
    book = open_book(paths, PASSPHRASE, keyring=NoKeyring())  # before: "database disk image is malformed"
    try:
        assert book.damaged and any("证据登记部分已损坏" in n for n in book.notices)
        admin = administrator_principal(book.uow)
        assert get_case(book.uow, admin, 2).summary.worker_name  # the rest of the book still reads
        report = verify_book(book)
        assert not report.ok and any("校验失败" in f.zh for f in report.errors)
        with pytest.raises(BookDamaged) as info:  # a damaged book is never backed up as good
            backup_book(book, paths.data_dir.parent / "out.mdbak")
        assert "没有写入备份" in info.value.zh
        assert not (paths.data_dir.parent / "out.mdbak").exists()
    finally:
        book.close()


def test_a_damaged_page_while_reading_cases_gives_a_clear_message(closed) -> None:
    paths, mk = closed
    page = root_page(paths, mk, "cases")
    book = open_book(paths, PASSPHRASE, keyring=NoKeyring())
    try:
        flip(paths.db_path, (page - 1) * PAGE_SIZE + 300)
        book.reconnect()  # no page cached from before the damage
        with pytest.raises(BookDamaged) as info:
            get_case(book.uow, administrator_principal(book.uow), 1)
        assert "案件库文件已损坏" in info.value.zh and "Run verify" in info.value.en
        assert "malformed" not in info.value.zh and "sqlite" not in info.value.zh.lower()
    finally:
        book.close()


def test_a_truncated_database_is_named_by_verify_itself(closed, tmp_path) -> None:
    paths, _mk = closed
    size = paths.db_path.stat().st_size
    with open(paths.db_path, "r+b") as fh:
        fh.truncate(size // 2 - 1000)
    try:
        open_book(paths, PASSPHRASE, keyring=NoKeyring()).close()
    except BookDamaged as exc:
        assert "截断" in exc.zh
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDIATION_DESK_")}
    env.update({"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "MEDIATION_DESK_LANG": "zh",
                "MEDIATION_DESK_PASSPHRASE": PASSPHRASE})
    r = subprocess.run([sys.executable, "-m", "mediation_desk", "verify", "--data-dir", str(paths.data_dir)],
                       capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=180)
    assert r.returncode == 1, r.stderr
    assert "截断" in r.stdout and "运行“校验”" not in r.stdout + r.stderr


def test_a_damaged_key_file_is_not_a_wrong_passphrase(closed) -> None:
    paths, _mk = closed
    data = json.loads(paths.key_path.read_text("utf-8"))
    ct = data["slots"]["current"]["ciphertext"]
    data["slots"]["current"]["ciphertext"] = ("B" if ct[0] != "B" else "C") + ct[1:]
    paths.key_path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(BookError) as info:
        open_book(paths, PASSPHRASE, keyring=NoKeyring())
    assert not isinstance(info.value, WrongKey)
    assert "密钥文件已损坏" in info.value.zh and "口令不正确" not in info.value.zh


def test_backup_of_a_damaged_book_writes_nothing_and_rotation_keeps_the_good_archives(closed, tmp_path) -> None:
    paths, mk = closed
    folder = tmp_path / "backups"
    book = reopen(paths.data_dir)
    try:
        backup_to_folder(book, folder, keep=2)
        backup_to_folder(book, folder, keep=2)
    finally:
        book.close()
    good = list_backups(folder, book.book_id)
    assert len(good) == 2
    evidence_file = next(p for p in paths.vault_dir.rglob("*.mdv"))
    flip(evidence_file, 5000)  # a damaged evidence file is damage too
    book = reopen(paths.data_dir)
    try:
        for _ in range(3):
            with pytest.raises(BookDamaged):
                backup_to_folder(book, folder, keep=2)
    finally:
        book.close()
    assert list_backups(folder, book.book_id) == good  # nothing new, nothing rotated away
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in good)  # no temp files either


def test_the_archive_header_in_clear_holds_only_its_format(closed, tmp_path) -> None:
    paths, mk = closed
    book = reopen(paths.data_dir)
    try:
        info = backup_book(book, tmp_path / "b.mdbak")
    finally:
        book.close()
    raw = info.path.read_bytes()
    hlen = int.from_bytes(raw[10:14], "big")
    clear = json.loads(raw[14:14 + hlen])
    assert set(clear) == {"format", "version", "key_id", "keyfile"}  # the key id is the key file's own
    for secret in (b"case_count", b"members", b"vault/", b"casebook.db", b"created_at", b"schema_revision"):
        assert secret not in raw[:14 + hlen]
    header = read_backup_header(info.path, master_key=mk)
    assert header.case_count == 3 and len(header.members) == 4
    restored = restore_book(info.path, AppPaths(tmp_path / "restored"), PASSPHRASE, keyring=NoKeyring())
    assert restored.case_count == 3


def test_an_archive_of_format_1_still_restores(tmp_path) -> None:
    archive = ROOT / "tests" / "fixtures" / "backups" / "format-v1.mdbak"
    assert read_backup_header(archive).case_count == 2  # format 1 kept its facts in clear
    result = restore_book(archive, AppPaths(tmp_path / "old"), PASSPHRASE, keyring=NoKeyring())
    assert result.case_count == 2
    book = reopen(tmp_path / "old")
    try:
        assert verify_book(book).ok
    finally:
        book.close()


def test_restoring_another_books_archive_asks_naming_both_books(closed, tmp_path) -> None:
    paths, _mk = closed
    from dataclasses import replace

    from mediation_desk.services.accounts import setup_organisation
    from mediation_desk.storage.book import create_book
    from tests.support.books import organisation

    other = create_book(AppPaths(tmp_path / "other"), PASSPHRASE, keyring=NoKeyring())
    setup_organisation(other.uow, org=replace(organisation(), name="南昌市青山湖区劳动人事争议调解委员会"),
                       admin_username="admin", admin_display_name="管理员", admin_password="admin-password-1")
    archive = backup_book(other, tmp_path / "other.mdbak").path
    other.close()
    before = {p.name for p in paths.data_dir.iterdir()}
    with pytest.raises(OtherBookRestore) as info:
        restore_book(archive, paths, PASSPHRASE, keyring=NoKeyring())
    err = info.value
    assert err.archive_org == "南昌市青山湖区劳动人事争议调解委员会" and err.current_org == "南昌市东湖区劳动人事争议调解中心"
    assert err.archive_org in err.zh and err.current_org in err.zh and err.current_org in err.en
    assert {p.name for p in paths.data_dir.iterdir()} == before and not list(tmp_path.glob("book.before-restore-*"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDIATION_DESK_")}
    env.update({"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "MEDIATION_DESK_LANG": "zh",
                "MEDIATION_DESK_PASSPHRASE": PASSPHRASE})
    cmd = [sys.executable, "-m", "mediation_desk", "restore", "--input", str(archive), "--data-dir", str(paths.data_dir)]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=180)
    assert r.returncode != 0 and "南昌市青山湖区" in r.stdout + r.stderr and not list(tmp_path.glob("book.before-*"))
    r = subprocess.run(cmd + ["--replace-other-book"], capture_output=True, text=True, env=env,
                       stdin=subprocess.DEVNULL, timeout=180)
    assert r.returncode == 0, r.stderr
    book = reopen(paths.data_dir)
    try:
        assert book.book_id == other.book_id
    finally:
        book.close()
