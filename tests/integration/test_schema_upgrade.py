"""Saved books of every released schema open and upgrade; a newer book is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from mediation_desk.config import AppPaths
from mediation_desk.domain.audit import AuditEntry, verify_chain
from mediation_desk.domain.cases import CaseQuery
from mediation_desk.domain.errors import BookNewerThanApp
from mediation_desk.services import accounts
from mediation_desk.services.cases import count_cases, list_cases
from mediation_desk.storage import book as book_mod
from mediation_desk.storage import schema
from mediation_desk.storage.engine import connect_raw
from mediation_desk.storage.keys import KeyFile, KeyringStore, db_key

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "books"
PASSPHRASE = "fixture-passphrase"


class NoKeyring(KeyringStore):
    def __init__(self) -> None:
        self.service, self._backend, self._reason = "test", None, "测试：无密钥环"


def _copy(name: str, tmp_path: Path) -> AppPaths:
    target = tmp_path / name
    shutil.copytree(FIXTURES / name, target)
    return AppPaths(target)


def _chain(book) -> list:
    with book.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, at, actor, action, entity, entity_id, changes, prev_hash, hash, states "
                                    "FROM audit_log ORDER BY id").all()
    return [AuditEntry(*r) for r in rows]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()))
def test_saved_book_opens_at_head(name: str, tmp_path: Path):
    paths = _copy(name, tmp_path)
    backups: list[Path] = []

    def backup_first(book):
        target = tmp_path / "pre-upgrade.copy"
        shutil.copy(book.paths.db_path, target)
        backups.append(target)
        return target

    book = book_mod.open_book(paths, PASSPHRASE, NoKeyring(), backup_before_upgrade=backup_first)
    try:
        assert book_mod.schema_revision(book.engine) == schema.head_revision()
        if book.upgraded_from:
            assert backups, "an older book is backed up before it is upgraded"
        staff = accounts.administrator_principal(book.uow)
        assert count_cases(book.uow, staff, CaseQuery()) == 20
        # the search index added after 0001 covers the old cases, short and long queries alike
        with book.engine.connect() as conn:
            name, platform = conn.exec_driver_sql("SELECT worker_name, platform FROM cases LIMIT 1").one()
        assert count_cases(book.uow, staff, CaseQuery(text=name[:1])) >= 1
        assert count_cases(book.uow, staff, CaseQuery(text=name)) >= 1
        assert count_cases(book.uow, staff, CaseQuery(text=platform)) >= 1
        # ... and is rebuilt over normalised text with its keys: the printed number, ID and phone
        # tails, amounts and claim kinds find the old cases
        with book.engine.connect() as conn:
            case_id, number, id_number, phone = conn.exec_driver_sql(
                "SELECT c.id, c.number, p.id_number, p.phone FROM cases c JOIN parties p ON p.case_id = c.id "
                "WHERE p.side = 'applicant' AND p.id_number != '' AND p.phone != '' ORDER BY c.id LIMIT 1").one()
            fen, kind = conn.exec_driver_sql(f"SELECT amount, kind FROM claims WHERE case_id = {case_id} "
                                             "AND amount IS NOT NULL LIMIT 1").one()
        for text in (number, id_number[-4:], phone[-4:], f"{fen // 100:,}.{fen % 100:02d}"):
            found = list_cases(book.uow, staff, CaseQuery(text=text), offset=0, limit=100)
            assert case_id in [c.id for c in found], text
        if kind == "unpaid_pay":
            assert count_cases(book.uow, staff, CaseQuery(text="欠薪")) >= 1
        assert verify_chain(_chain(book), book_mod.audit_head(book.engine)) == []
        from mediation_desk.storage.maintenance import verify_book

        report = verify_book(book)
        assert report.ok, [f.zh for f in report.findings]
    finally:
        book.close()


def test_older_book_is_backed_up_then_upgraded(tmp_path: Path, monkeypatch):
    """A release with a new revision upgrades the 0001 book, after a backup."""
    migrations = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "0099_test_column.py").write_text(
        'from alembic import op\nimport sqlalchemy as sa\n\nrevision = "0099"\n'
        f'down_revision = "{schema.head_revision()}"\n'
        'branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n'
        '    with op.batch_alter_table("cases") as b:\n'
        '        b.add_column(sa.Column("test_note", sa.Text(), nullable=True))\n\n\ndef downgrade():\n    pass\n',
        encoding="utf-8")
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    assert schema.head_revision() == "0099"
    paths = _copy("schema-0001", tmp_path)
    taken: list[str] = []

    def backup_first(book):
        with book.engine.connect() as conn:
            taken.append(schema.current_revision(conn))
        return tmp_path / "backup-marker"

    book = book_mod.open_book(paths, PASSPHRASE, NoKeyring(), backup_before_upgrade=backup_first)
    try:
        assert taken == ["0001"]  # the backup sees the book as it was
        assert book.upgraded_from == "0001"
        assert book_mod.schema_revision(book.engine) == "0099"
        with book.engine.connect() as conn:
            cols = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(cases)")]
        assert "test_note" in cols
        staff = accounts.administrator_principal(book.uow)
        assert count_cases(book.uow, staff, CaseQuery()) == 20
    finally:
        book.close()


def test_book_newer_than_program_is_refused_untouched(tmp_path: Path):
    paths = _copy("schema-0001", tmp_path)
    keyfile = KeyFile.load(paths.key_path)
    (_, mk), = keyfile.unwrap_all(PASSPHRASE)
    conn = connect_raw(paths.db_path, db_key(mk))
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = hashlib.sha256(paths.db_path.read_bytes()).hexdigest()
    with pytest.raises(BookNewerThanApp) as err:
        book_mod.open_book(paths, PASSPHRASE, NoKeyring())
    assert "更新版本" in err.value.zh and "9999" in err.value.zh
    assert hashlib.sha256(paths.db_path.read_bytes()).hexdigest() == before
