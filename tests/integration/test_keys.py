"""Keys of a real book: wrong passphrase, no plaintext at rest, passphrase change, re-key and its crashes, keyring."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from mediation_desk.config import AppPaths
from mediation_desk.domain.cases import CaseQuery
from mediation_desk.domain.errors import WrongKey
from mediation_desk.services.cases import count_cases, get_case
from mediation_desk.storage.book import NeedPassphrase, change_passphrase, create_book, open_book, read_meta, rekey
from mediation_desk.storage.engine import connect_raw
from mediation_desk.storage.keys import KeyFile, KeyringStore, db_key, key_id, new_master_key, wrap_master_key
from mediation_desk.storage.maintenance import verify_book
from tests.support.books import PASSPHRASE, NoKeyring, create_test_book, reopen
from tests.support.filekeyring import ENV_VAR, FileKeyring

ROOT = Path(__file__).resolve().parents[2]
WORKER = "上官秀兰"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def closed_book(tmp_path):
    book, staff = create_test_book(tmp_path / "book", cases=3, workers=[WORKER])
    book.close()
    return book.paths, staff


@pytest.fixture()
def file_keyring(tmp_path, monkeypatch):
    original = keyring.get_keyring()
    store = tmp_path / "keyring.json"
    monkeypatch.setenv(ENV_VAR, str(store))
    keyring.set_keyring(FileKeyring())
    yield store
    keyring.set_keyring(original)


@pytest.fixture()
def failing_keyring():
    original = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(original)


def test_wrong_passphrase_changes_nothing(closed_book) -> None:
    paths, _ = closed_book
    before = {p.name: sha(p) for p in paths.data_dir.iterdir()}
    with pytest.raises(WrongKey) as info:
        open_book(paths, "definitely-wrong-pass", keyring=NoKeyring())
    assert "口令不正确" in info.value.zh and info.value.en
    assert {p.name: sha(p) for p in paths.data_dir.iterdir()} == before


def test_wrong_raw_key_is_refused_without_recreating(closed_book) -> None:
    paths, _ = closed_book
    before = sha(paths.db_path)
    with pytest.raises(WrongKey):
        connect_raw(paths.db_path, db_key(new_master_key()))
    assert sha(paths.db_path) == before


def test_database_is_encrypted_and_holds_no_plaintext(tmp_path) -> None:
    book, staff = create_test_book(tmp_path / "book", cases=3, workers=[WORKER])
    try:
        db, wal = book.paths.db_path, book.paths.db_path.with_name("casebook.db-wal")
        assert get_case(book.uow, staff, 1).summary.worker_name == WORKER  # really stored
        assert not db.read_bytes().startswith(b"SQLite format 3")
        for path in (db, wal, db.with_name("casebook.db-shm"), book.paths.key_path):
            if path.exists():
                data = path.read_bytes()
                assert WORKER.encode("utf-8") not in data, path.name
                assert "南昌市东湖区劳动人事争议调解中心".encode("utf-8") not in data, path.name
    finally:
        book.close()
    for path in book.paths.data_dir.iterdir():
        assert WORKER.encode("utf-8") not in path.read_bytes(), path.name


def test_change_passphrase(closed_book) -> None:
    paths, staff = closed_book
    db_before = sha(paths.db_path)
    change_passphrase(paths, PASSPHRASE, "新的口令-new-pass-2")
    assert sha(paths.db_path) == db_before  # only the key file changes
    with pytest.raises(WrongKey):
        open_book(paths, PASSPHRASE, keyring=NoKeyring())
    book = open_book(paths, "新的口令-new-pass-2", keyring=NoKeyring())
    try:
        assert count_cases(book.uow, staff, CaseQuery()) == 3
    finally:
        book.close()
    with pytest.raises(WrongKey):
        change_passphrase(paths, PASSPHRASE, "another-pass-3")


def test_rekey_keeps_data_and_retires_the_old_key(closed_book) -> None:
    paths, staff = closed_book
    book = reopen(paths.data_dir)
    old_mk = book.master_key
    try:
        new_id = rekey(book, PASSPHRASE)
        assert new_id == key_id(book.master_key) != key_id(old_mk)
        assert read_meta(book.engine)["key_id"] == new_id
        assert count_cases(book.uow, staff, CaseQuery()) == 3
        assert verify_book(book).ok
    finally:
        book.close()
    with pytest.raises(WrongKey):
        connect_raw(paths.db_path, db_key(old_mk))
    assert list(KeyFile.load(paths.key_path).slots) == ["current"]
    again = reopen(paths.data_dir)
    try:
        assert again.master_key != old_mk
        assert get_case(again.uow, staff, 1).summary.worker_name == WORKER
        assert verify_book(again).ok
    finally:
        again.close()


def test_crash_after_pending_slot_before_rekey_opens_with_current(closed_book) -> None:
    paths, staff = closed_book
    keyfile = KeyFile.load(paths.key_path)
    current_mk = dict(keyfile.unwrap_all(PASSPHRASE))["current"]
    keyfile.slots["pending"] = wrap_master_key(new_master_key(), PASSPHRASE, keyfile.book_id, "pending")
    keyfile.save(paths.key_path)  # step 1 of rekey done, the database not yet re-keyed
    book = reopen(paths.data_dir)
    try:
        assert book.master_key == current_mk
        assert count_cases(book.uow, staff, CaseQuery()) == 3 and verify_book(book).ok
    finally:
        book.close()


def test_crash_after_rekey_before_key_file_final_promotes_pending(closed_book) -> None:
    paths, staff = closed_book
    keyfile = KeyFile.load(paths.key_path)
    old_mk = dict(keyfile.unwrap_all(PASSPHRASE))["current"]
    new_mk = new_master_key()
    keyfile.slots["pending"] = wrap_master_key(new_mk, PASSPHRASE, keyfile.book_id, "pending")
    keyfile.save(paths.key_path)
    conn = connect_raw(paths.db_path, db_key(old_mk))  # step 2: the database is re-keyed ...
    conn.execute(f"PRAGMA rekey = \"x'{db_key(new_mk).hex()}'\"")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()  # ... and the process dies before step 3
    book = reopen(paths.data_dir)
    try:
        assert book.master_key == new_mk
        assert count_cases(book.uow, staff, CaseQuery()) == 3
    finally:
        book.close()
    promoted = KeyFile.load(paths.key_path)
    assert list(promoted.slots) == ["current"] and promoted.slots["current"]["key_id"] == key_id(new_mk)
    again = reopen(paths.data_dir)  # and it keeps opening afterwards
    again.close()


def test_file_keyring_is_accepted_and_opens_without_passphrase(tmp_path, file_keyring) -> None:
    store = KeyringStore()
    assert store.available, store.unavailable_reason
    paths = AppPaths(tmp_path / "kr")
    book = create_book(paths, PASSPHRASE, keyring=store)
    book_id, mk = book.book_id, book.master_key
    book.close()
    assert file_keyring.exists() and book_id in file_keyring.read_text()
    opened = open_book(paths, keyring=KeyringStore())
    try:
        assert opened.master_key == mk
    finally:
        opened.close()


def test_file_keyring_works_in_a_subprocess(tmp_path, file_keyring) -> None:
    paths = AppPaths(tmp_path / "kr")
    create_book(paths, PASSPHRASE, keyring=KeyringStore()).close()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.support.filekeyring.FileKeyring",
           ENV_VAR: str(file_keyring), "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    code = ("import sys; from pathlib import Path; from mediation_desk.config import AppPaths; "
            "from mediation_desk.storage.book import open_book; "
            "b = open_book(AppPaths(Path(sys.argv[1]))); print(b.book_id); b.close()")
    out = subprocess.run([sys.executable, "-c", code, str(paths.data_dir)], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == KeyFile.load(paths.key_path).book_id


def test_failing_keyring_asks_for_the_passphrase(closed_book, failing_keyring) -> None:
    paths, _ = closed_book
    store = KeyringStore()
    assert not store.available and store.unavailable_reason
    with pytest.raises(NeedPassphrase) as info:
        open_book(paths, keyring=store)
    assert "请输入案件库口令" in info.value.zh
    book = open_book(paths, PASSPHRASE, keyring=store)  # the passphrase still works
    try:
        assert book.notices and "口令" in book.notices[0]
    finally:
        book.close()


def test_stale_keyring_entry_asks_for_the_passphrase(closed_book, file_keyring) -> None:
    paths, _ = closed_book
    store = KeyringStore()
    store.set(KeyFile.load(paths.key_path).book_id, new_master_key())
    with pytest.raises(NeedPassphrase):
        open_book(paths, keyring=store)


@pytest.mark.parametrize("name, value", [("t", 10_000), ("m", 64 * 1024 * 1024), ("p", 255), ("t", 0)])
def test_doctored_argon2_parameters_are_refused_at_once(closed_book, name, value) -> None:
    """A key file asking Argon2id for minutes of work or gigabytes of memory is damaged, not slow."""
    import json
    import time

    paths, _ = closed_book
    data = json.loads(paths.key_path.read_text("utf-8"))
    data["slots"]["current"][name] = value
    paths.key_path.write_text(json.dumps(data), "utf-8")
    started = time.monotonic()
    with pytest.raises(Exception) as info:
        open_book(paths, PASSPHRASE, keyring=NoKeyring())
    assert time.monotonic() - started < 5
    assert "密钥文件已损坏" in getattr(info.value, "zh", "")


def test_a_failing_statement_keeps_its_parameters_out_of_the_message(tmp_path) -> None:
    """SQLAlchemy puts a failing statement's parameters into the exception text, which ends up in
    logs; the engine hides them, so a worker's ID number never reaches a log file."""
    from sqlalchemy import text

    book, _ = create_test_book(tmp_path / "book", cases=1)
    marker = "36010219900307101X"
    try:
        with pytest.raises(Exception) as info:
            with book.engine.connect() as conn:
                conn.execute(text("SELECT * FROM no_such_table WHERE id = :id"), {"id": marker})
        assert marker not in str(info.value) and "hidden" in str(info.value)
    finally:
        book.close()
