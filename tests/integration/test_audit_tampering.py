"""Tampering with a book by someone who holds its key, and what ``verify`` says about it.

Each attack goes around the program (raw SQL on the decrypted database). Data changed without an
audit row is named by the binding of the trail to the data; a trail rewritten and re-hashed is
caught against an anchor kept outside the book (a backup, a checkpoint, a hand-off package). What
the trail cannot prove (a key holder rewriting everything after the last anchor) is shown too.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import timedelta

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.domain.audit import GENESIS, entry_hash
from mediation_desk.domain.cases import CaseStatus
from mediation_desk.domain.errors import BookError
from mediation_desk.domain.users import Role
from mediation_desk.services import accounts
from mediation_desk.services.cases import change_status
from mediation_desk.storage.audit_state import AuditWriter
from mediation_desk.storage.engine import key_pragma
from mediation_desk.storage.keys import db_key
from mediation_desk.storage.maintenance import backup_book, verify_book
from mediation_desk.storage.maintenance.anchor import (PACKAGE_MEMBER, add_to_package, check_against, handoff_anchor,
                                                       read_anchor,
                                                       write_checkpoint)
from tests.support.books import administrator, create_test_book
from tests.support.clock import TODAY

pytestmark = pytest.mark.tampers


@pytest.fixture()
def desk(tmp_path):
    book, _ = create_test_book(tmp_path / "book", cases=5)
    accounts.create_user(book.uow, administrator(book), username="med", display_name="熊丽华", role=Role.MEDIATOR,
                         password="mediator-password-1")
    mediator = accounts.log_in(book.uow, username="med", password="mediator-password-1")
    change_status(book.uow, mediator, case_id=2, target=CaseStatus.MEDIATION, on=TODAY - timedelta(days=1),
                  reason="受理调解申请")
    assert verify_book(book).ok
    yield book
    book.close()


def med_id(book) -> int:  # noqa: ANN001
    """The id of the mediator account the ``desk`` fixture makes."""
    conn = keyed(book)
    try:
        return conn.execute("SELECT id FROM users WHERE username = 'med'").fetchone()[0]
    finally:
        conn.close()


def keyed(book) -> sqlcipher.Connection:  # noqa: ANN001
    conn = sqlcipher.connect(str(book.paths.db_path), isolation_level=None)
    conn.execute(key_pragma(db_key(book.master_key)))
    return conn


def sql(book, *statements: str) -> None:  # noqa: ANN001
    conn = keyed(book)
    try:
        for s in statements:
            conn.execute(s)
    finally:
        conn.close()


def case_number(book, case_id: int) -> str:  # noqa: ANN001
    conn = keyed(book)
    try:
        return conn.execute("SELECT number FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    finally:
        conn.close()


def recompute_chain(conn: sqlcipher.Connection) -> None:
    """What a key holder does after editing the trail: number the rows 1..n again, hash them again
    and set the chain head to match."""
    rows = conn.execute("SELECT id, at, actor, action, entity, entity_id, changes, states FROM audit_log "
                        "ORDER BY id").fetchall()
    prev = GENESIS
    conn.execute("UPDATE audit_log SET hash = 'x' || id")  # free the unique hashes
    for new_id, (old_id, at, actor, action, entity, entity_id, changes, states) in enumerate(rows, start=1):
        digest = entry_hash(id=new_id, at=at, actor=actor, action=action, entity=entity, entity_id=entity_id,
                            changes=changes, prev_hash=prev, states=states)
        conn.execute("UPDATE audit_log SET id = ?, prev_hash = ?, hash = ? WHERE id = ?",
                     (new_id, prev, digest, old_id))
        prev = digest
    conn.execute("UPDATE book_meta SET value = ? WHERE key = 'audit_head'", (json.dumps([len(rows), prev]),))


def forge_row(conn: sqlcipher.Connection, *, entity: str, entity_id: int, action: str) -> None:
    """Append an audit row the way the program would, binding whatever the data now is."""
    writer = AuditWriter(lambda s, p: conn.execute(s, tuple(p)).fetchall(), lambda s, p: conn.execute(s, tuple(p)))
    writer.append(actor="admin", action=action, entity=entity, entity_id=entity_id, changes={})
    writer.seal()


def binding(report) -> list:  # noqa: ANN001
    return [f for f in report.findings if f.check == "binding"]


# ---- data changed without an audit row: named by plain verify ----

def test_claim_amount_times_100_names_the_case_and_the_claim(desk) -> None:
    sql(desk, "UPDATE claims SET amount = amount * 100 WHERE id = 3")  # case 2's first claim
    report = verify_book(desk)
    assert not report.ok
    (f,) = binding(report)
    assert case_number(desk, 2) in f.zh and "请求事项（记录3）被改动" in f.zh
    assert "claim 3 changed" in f.en
    assert f.row_id is not None  # the audit row it no longer matches


def test_party_id_number_and_case_status_edits_are_named(desk) -> None:
    sql(desk, "UPDATE parties SET id_number = '360102199001019999' WHERE case_id = 3 AND side = 'applicant'",
        "UPDATE cases SET status = 'agreement' WHERE id = 4")
    texts = [f.zh for f in binding(verify_book(desk))]
    assert any(case_number(desk, 3) in t and "当事人" in t for t in texts)
    assert any(case_number(desk, 4) in t and "案件基本信息" in t for t in texts)
    assert len(texts) == 2


def test_summary_column_of_the_case_list_is_bound(desk) -> None:
    sql(desk, "UPDATE cases SET worker_name = '别人' WHERE id = 1")
    (f,) = binding(verify_book(desk))
    assert case_number(desk, 1) in f.zh


def test_event_added_or_deleted_is_named(desk) -> None:
    sql(desk, "DELETE FROM case_events WHERE case_id = 2 AND kind != 'intake' "
              "AND id = (SELECT max(id) FROM case_events WHERE case_id = 2)")
    (f,) = binding(verify_book(desk))
    assert case_number(desk, 2) in f.zh and "案件事件" in f.zh and "被删除" in f.zh


def test_case_inserted_outside_the_program_is_named(desk) -> None:
    conn = keyed(desk)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(cases)") if r[1] != "id"]
    values = ", ".join("'洪东劳调字〔2026〕第999号'" if c == "number" else c for c in cols)
    conn.execute(f"INSERT INTO cases ({', '.join(cols)}) SELECT {values} FROM cases WHERE id = 1")
    conn.close()
    (f,) = binding(verify_book(desk))
    assert "第999号" in f.zh and "没有任何审计记录" in f.zh


def test_case_deleted_outside_the_program_is_named(desk) -> None:
    sql(desk, "PRAGMA foreign_keys = ON", "DELETE FROM cases WHERE id = 5")
    (f,) = binding(verify_book(desk))
    assert "内部编号 5" in f.zh and "已从数据库中删除" in f.zh


def test_user_made_administrator_outside_the_program_is_named(desk) -> None:
    sql(desk, "UPDATE users SET role = 'administrator' WHERE username = 'med'")
    (f,) = binding(verify_book(desk))
    assert f.zh.startswith(f"用户（编号 {med_id(desk)}）")


def test_document_bytes_changed_are_named(desk) -> None:
    # a document as the program stores it (row and audit row), then its bytes changed behind its back
    conn = keyed(desk)
    body = b"%PDF-1.4 original"
    conn.execute("INSERT INTO documents (case_id, template, title, number, version, format, media_type, filename, "
                 "size, sha256, content, context, created_at, created_by) VALUES (1, 'x', '调解书', 'n', 1, 'pdf', "
                 "'application/pdf', 'x.pdf', ?, ?, ?, '{}', '2026-01-01T00:00:00+08:00', 'admin')",
                 (len(body), hashlib.sha256(body).hexdigest(), body))
    forge_row(conn, entity="document", entity_id=conn.execute("SELECT max(id) FROM documents").fetchone()[0],
              action="document.render")
    conn.close()
    assert verify_book(desk).ok  # as the program would have left it
    sql(desk, "UPDATE documents SET content = CAST('%PDF-1.4 altered' AS BLOB) WHERE case_id = 1")
    texts = [f.zh for f in binding(verify_book(desk))]
    assert any("调解书" in t and "内容与登记的校验值不符" in t for t in texts)


# ---- the trail itself rewritten and re-hashed: caught against an anchor ----

def test_rewritten_and_rehashed_trail_passes_alone_but_not_against_a_backup(desk, tmp_path) -> None:
    info = backup_book(desk, tmp_path / "b.mdbak")
    conn = keyed(desk)
    conn.execute("""UPDATE audit_log SET actor = 'someone-else' WHERE id = 3""")
    recompute_chain(conn)
    conn.close()
    assert verify_book(desk).ok  # the key holder's rewrite is consistent in itself
    anchor = read_anchor(info.path, desk.master_key)
    assert anchor.source == "backup" and anchor.head_id == info.audit_head[0]
    findings = check_against(desk, anchor)
    assert findings and findings[0].severity == "error"
    assert f"审计记录第{info.audit_head[0]}条与" in findings[0].zh and "备份" in findings[0].zh


def test_deleted_rows_and_rehashed_chain_are_caught(desk, tmp_path) -> None:
    checkpoint = tmp_path / "cp.json"
    write_checkpoint(desk, checkpoint)
    uid = med_id(desk)
    conn = keyed(desk)
    # the row that created the mediator's account; a later row (the login) binds the account again
    conn.execute(f"DELETE FROM audit_log WHERE action = 'user.create' AND entity_id = '{uid}'")
    recompute_chain(conn)
    conn.close()
    report = verify_book(desk)
    assert report.ok  # no data is left unbound: only the anchor shows it
    findings = check_against(desk, read_anchor(checkpoint, desk.master_key))
    assert findings and "审计检查点" in findings[0].zh and "已不存在" in findings[0].zh


def test_deleting_rows_that_bound_the_latest_state_is_named_even_without_an_anchor(desk) -> None:
    uid = med_id(desk)
    conn = keyed(desk)
    conn.execute("DELETE FROM audit_log WHERE action IN ('case.status', 'user.login')")
    recompute_chain(conn)
    conn.close()
    texts = [f.zh for f in binding(verify_book(desk))]
    # their data no longer matches the older rows that bound it
    assert any(case_number(desk, 2) in t for t in texts) and any(t.startswith(f"用户（编号 {uid}）") for t in texts)


def test_altered_checkpoint_is_refused(desk, tmp_path) -> None:
    checkpoint = tmp_path / "cp.json"
    write_checkpoint(desk, checkpoint)
    data = json.loads(checkpoint.read_text("utf-8"))
    data["head_id"] -= 1
    checkpoint.write_text(json.dumps(data), "utf-8")
    (f,) = check_against(desk, read_anchor(checkpoint, desk.master_key))
    assert "校验印记不符" in f.zh


def test_handoff_package_anchor_is_read_and_checked(desk, tmp_path) -> None:
    package = tmp_path / "handoff.zip"
    with zipfile.ZipFile(package, "w") as zf:
        zf.writestr("case.pdf", b"%PDF-1.4")
        add_to_package(zf, desk)
    with zipfile.ZipFile(package) as zf:
        assert json.loads(zf.read(PACKAGE_MEMBER))["book_id"] == desk.book_id
    anchor = read_anchor(package, desk.master_key)
    assert anchor.source == "package" and anchor.sealed is True
    assert check_against(desk, anchor) == []
    sql(desk, "UPDATE audit_log SET changes = '{}' WHERE id = 1")
    conn = keyed(desk)
    recompute_chain(conn)
    conn.close()
    (f,) = check_against(desk, anchor)
    assert "移交包" in f.zh


def test_anchor_in_a_package_manifest_is_read_and_checked(desk, tmp_path) -> None:
    """Format 1 packages carry the anchor as the manifest's ``audit_anchor`` (docs/handoff-format.md)."""
    package = tmp_path / "handoff.mdpkg"
    with zipfile.ZipFile(package, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "mediation-desk-handoff", "version": 1,
                                                 "audit_anchor": handoff_anchor(desk)}, ensure_ascii=False))
    anchor = read_anchor(package, desk.master_key)
    assert anchor.source == "package" and anchor.sealed is True
    assert check_against(desk, anchor) == []
    with zipfile.ZipFile(package, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "mediation-desk-handoff", "audit_anchor": None}))
    with pytest.raises(BookError, match="没有审计锚点"):
        read_anchor(package)


def test_anchor_of_another_book_is_refused(desk, tmp_path) -> None:
    other, _ = create_test_book(tmp_path / "other", cases=1)
    try:
        checkpoint = tmp_path / "other.json"
        write_checkpoint(other, checkpoint)
    finally:
        other.close()
    (f,) = check_against(desk, read_anchor(checkpoint))
    assert "另一个案件库" in f.zh


# ---- the boundary: a key holder rewriting everything after the last anchor ----

def test_key_holder_rewriting_after_the_last_anchor_is_outside_what_the_trail_proves(desk, tmp_path) -> None:
    """Documented in docs/architecture.md: with the key, data changed after the last anchor and a
    forged audit row appended for it pass; only what the anchor covers is proven."""
    checkpoint = tmp_path / "cp.json"
    write_checkpoint(desk, checkpoint)
    conn = keyed(desk)
    conn.execute("UPDATE claims SET amount = amount * 100 WHERE id = 3")
    forge_row(conn, entity="case", entity_id=2, action="case.event")
    conn.close()
    assert verify_book(desk).ok
    assert check_against(desk, read_anchor(checkpoint, desk.master_key)) == []


# ---- books written before the binding ----

@pytest.mark.parametrize("name", ["schema-0001", "schema-0009"])
def test_upgraded_book_is_bound_as_found_and_then_guarded(name, tmp_path) -> None:
    import shutil

    from mediation_desk.config import AppPaths
    from mediation_desk.storage.book import open_book
    from tests.integration.test_schema_upgrade import FIXTURES, PASSPHRASE
    from tests.support.books import NoKeyring

    shutil.copytree(FIXTURES / name, tmp_path / name)
    book = open_book(AppPaths(tmp_path / name), PASSPHRASE, NoKeyring(), backup_before_upgrade=None)
    try:
        assert verify_book(book).ok
        conn = keyed(book)
        bind_id, action, changes = conn.execute(
            "SELECT id, action, changes FROM audit_log WHERE action = 'audit.bind'").fetchone()
        assert json.loads(changes)["cases"] == 20 and json.loads(changes)["reason"] == "schema 0015"
        claim_id, case_id = conn.execute("SELECT id, case_id FROM claims ORDER BY id LIMIT 1").fetchone()
        conn.execute("UPDATE claims SET amount = amount * 100 WHERE id = ?", (claim_id,))
        conn.close()
        (f,) = binding(verify_book(book))
        assert case_number(book, case_id) in f.zh and f"第{bind_id}条" in f.zh and f.row_id == bind_id
    finally:
        book.close()


def test_backup_whose_anchored_head_was_edited_is_refused(desk, tmp_path) -> None:
    from mediation_desk.domain.errors import BackupInvalid

    from mediation_desk.storage.maintenance.archive import read_backup_header

    info = backup_book(desk, tmp_path / "b.mdbak")
    data = bytearray(info.path.read_bytes())
    assert info.audit_head[1].encode() not in data  # the head is in the encrypted manifest, not in clear
    offset = read_backup_header(info.path).stream_offset + 64  # a byte of the encrypted manifest
    data[offset] ^= 0x01
    forged = tmp_path / "forged.mdbak"
    forged.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid):
        read_anchor(forged, desk.master_key)
    assert read_anchor(info.path, desk.master_key).sealed is True
