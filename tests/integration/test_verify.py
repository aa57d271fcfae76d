"""``verify_book`` on real encrypted books: sound books pass, every kind of damage is named in words."""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.storage.engine import key_pragma
from mediation_desk.storage.keys import db_key
from mediation_desk.storage.maintenance import verify_book
from tests.support.books import create_test_book, reopen

PAGE = 4096  # SQLCipher 4 default page size


@pytest.fixture()
def book(tmp_path):
    b, _admin = create_test_book(tmp_path / "book", cases=5)
    yield b
    b.close()


def keyed(book) -> sqlcipher.Connection:  # noqa: ANN001
    conn = sqlcipher.connect(str(book.paths.db_path), isolation_level=None)
    conn.execute(key_pragma(db_key(book.master_key)))
    return conn


def assert_words_only(report) -> None:  # noqa: ANN001
    for f in report.findings:
        assert f.zh and f.en and f.severity in ("error", "warning")
        assert "Traceback" not in f.zh and "Error" not in f.zh


def test_fresh_book_verifies(book) -> None:
    report = verify_book(book)
    assert report.ok and report.findings == []
    assert report.case_count == 5 and report.audit_rows == 8  # setup (2) + the mediator + 5 registrations


def test_edited_audit_row_is_named(book) -> None:
    conn = keyed(book)
    conn.execute("""UPDATE audit_log SET changes = '{"worker":"改过的名字"}' WHERE id = 4""")
    conn.close()
    report = verify_book(book)
    assert not report.ok
    assert_words_only(report)
    hits = [f for f in report.findings if f.row_id == 4]
    assert hits and any("审计记录第4条的内容被改动" in f.zh for f in hits)
    assert all(f.row_id == 4 for f in report.findings if f.check == "audit")


@pytest.mark.tampers
def test_deleted_last_audit_row_is_detected(book) -> None:
    conn = keyed(book)
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE id = ?", (last,))
    conn.close()
    report = verify_book(book)
    assert not report.ok
    assert_words_only(report)
    assert any(f.row_id == last and "截去" in f.zh for f in report.findings)


@pytest.mark.tampers
def test_deleted_middle_row_and_forged_row_are_detected(book) -> None:
    conn = keyed(book)
    conn.execute("DELETE FROM audit_log WHERE id = 3")
    row = conn.execute("SELECT id, at, actor, action, entity, entity_id, changes, prev_hash, hash FROM audit_log "
                       "ORDER BY id DESC LIMIT 1").fetchone()
    conn.execute("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, changes, prev_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (row[0] + 1, row[1], "intruder", row[3], row[4], row[5], row[6], row[8], "f" * 64))
    conn.close()
    report = verify_book(book)
    assert_words_only(report)
    texts = " ".join(f.zh for f in report.findings)
    assert "第3条" in texts and "缺失" in texts
    assert any(f.row_id == row[0] + 1 for f in report.findings)


def test_flipped_page_near_the_end_is_reported_in_words(tmp_path) -> None:
    b, admin = create_test_book(tmp_path / "big", cases=60)
    b.close()
    db = b.paths.db_path
    assert not db.with_name(db.name + "-wal").exists() or db.with_name(db.name + "-wal").stat().st_size == 0
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    assert pages > 5
    victim = pages - 1  # 1-based number of the second-to-last page
    offset = (victim - 1) * PAGE + PAGE // 2
    data[offset:offset + 3] = bytes(x ^ 0xFF for x in data[offset:offset + 3])
    db.write_bytes(bytes(data))
    report = verify_book(b)  # opens its own connection; must not raise
    assert not report.ok
    assert_words_only(report)
    cipher = [f for f in report.findings if f.check == "cipher"]
    assert cipher and f"第{victim}" in cipher[0].zh and "加密校验失败" in cipher[0].zh
    assert str(victim) in cipher[0].en


def test_truncated_database_is_reported_in_words(tmp_path) -> None:
    b, _ = create_test_book(tmp_path / "cut", cases=40)
    b.close()
    db = b.paths.db_path
    data = db.read_bytes()
    db.write_bytes(data[:len(data) - PAGE - 100])
    report = verify_book(b)
    assert not report.ok
    assert_words_only(report)
    assert any("截断" in f.zh for f in report.findings)


def test_first_page_damage_is_reported_not_raised(tmp_path) -> None:
    b, _ = create_test_book(tmp_path / "p1", cases=2)
    b.close()
    db = b.paths.db_path
    data = bytearray(db.read_bytes())
    data[100:110] = bytes(10)
    db.write_bytes(bytes(data))
    report = verify_book(b)
    assert not report.ok
    assert_words_only(report)
    assert any("第1页" in f.zh for f in report.findings)


def test_schema_revision_behind_head_is_reported(book) -> None:
    conn = keyed(book)
    conn.execute("UPDATE alembic_version SET version_num = '0000'")
    conn.close()
    report = verify_book(book)
    assert not report.ok
    assert any(f.check == "schema" and "数据结构版本" in f.zh for f in report.findings)


def test_book_reopened_after_verify_still_works(book, tmp_path) -> None:
    assert verify_book(book).ok
    book.close()
    again = reopen(book.paths.data_dir)
    try:
        assert verify_book(again).ok
    finally:
        again.close()


def test_demo_book_with_its_whole_history_verifies_clean(tmp_path) -> None:
    """A legitimate book: users, log-ins, 250 registrations (group disputes among them) and their status
    histories; every case, user and the organisation match their audit rows."""
    from mediation_desk.config import AppPaths
    from mediation_desk.services.demo import create_demo
    from mediation_desk.storage.book import create_book
    from tests.support.books import NoKeyring

    demo = create_book(AppPaths(tmp_path / "demo"), "demo passphrase 2026", keyring=NoKeyring())
    try:
        create_demo(demo.uow, cases=250, password="demo-password-1")
        report = verify_book(demo)
        assert report.ok and report.findings == [], [f.en for f in report.findings]
        conn = keyed(demo)
        bound = conn.execute("SELECT count(*) FROM audit_log WHERE states IS NOT NULL").fetchone()[0]
        changes = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'case.status'").fetchone()[0]
        conn.close()
        assert report.case_count == 250 and changes > 100 and bound > 250 + changes - 1
    finally:
        demo.close()
