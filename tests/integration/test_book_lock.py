"""One program per book, with real processes: a second program is refused with the holder's description,
a replaced book stops writing, and what killed programs leave behind is gone after the next open."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mediation_desk.config import PASSPHRASE_ENV, AppPaths
from sqlalchemy import text

from mediation_desk.services.cases import register_intake
from mediation_desk.storage.book import open_book, read_meta, rekey
from mediation_desk.storage.booklock import BookLocked, BookReplaced, live_holders
from mediation_desk.storage.maintenance import backup_book, restore_book, verify_book
from tests.support.books import PASSPHRASE, NoKeyring, create_test_book, make_intake, reopen

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "support" / "book_holder.py"


class Child:
    """``tests/support/book_holder.py`` in its own process; its output lines are read as they come."""

    def __init__(self, data_dir: Path, tmp: Path, *args: str, **env: str) -> None:
        self.out = tmp / f"child-{time.monotonic_ns()}.out"
        self.err = self.out.with_suffix(".err")
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
                       "MEDIATION_DESK_TEST_DATA_DIR": str(data_dir), PASSPHRASE_ENV: PASSPHRASE,
                       "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **env}
        with open(self.out, "wb") as fo, open(self.err, "wb") as fe:
            self.proc = subprocess.Popen([sys.executable, str(SCRIPT), *args], env=environment, stdout=fo,
                                         stderr=fe, cwd=ROOT)

    def lines(self) -> list[str]:
        return [ln for ln in self.out.read_text("utf-8").splitlines()]

    def wait_for(self, line: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if line in self.lines():
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.02)
        raise AssertionError(f"child never said {line!r}: {self.err.read_text('utf-8', errors='replace')}")

    def kill9(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=20)


@pytest.fixture
def closed(tmp_path):  # noqa: ANN001, ANN201
    book, _admin = create_test_book(tmp_path / "book", cases=2)
    archive = tmp_path / "book.mdbak"
    backup_book(book, archive)
    book.close()
    return book.paths, archive


def case_ids(data_dir: Path) -> set[int]:
    book = reopen(data_dir)
    try:
        with book.engine.connect() as conn:
            return {int(r[0]) for r in conn.execute(text("SELECT id FROM cases"))}
    finally:
        book.close()


def files(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*"))
            if p.is_file() and not p.name.startswith("casebook.lock")}


def test_restore_is_refused_while_another_program_has_the_book_open(closed, tmp_path) -> None:
    paths, archive = closed
    child = Child(paths.data_dir, tmp_path, "write")
    try:
        child.wait_for("ready")
        with pytest.raises(BookLocked) as info:
            restore_book(archive, paths, PASSPHRASE, keyring=NoKeyring())
        written_at_refusal = len(child.lines())
        err = info.value
        assert f"进程 {child.proc.pid}" in err.zh and f"process {child.proc.pid}" in err.en
        assert socket.gethostname() in err.zh and "正在使用案件库" in err.zh and "恢复备份" in err.zh
        assert [h.pid for h in err.holders] == [child.proc.pid] and err.holders[0].since is not None
        assert not list(tmp_path.glob("book.before-restore-*"))  # nothing moved aside
        assert not list(tmp_path.glob(".book.restore-*"))
        deadline = time.monotonic() + 20
        while len(child.lines()) < written_at_refusal + 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert child.proc.poll() is None and len(child.lines()) >= written_at_refusal + 5  # it keeps writing
    finally:
        child.kill9()
    acknowledged = [int(x) for x in child.lines()[1:]]
    assert set(acknowledged) <= case_ids(paths.data_dir) and len(acknowledged) > 5  # all in the live book


def test_rekey_is_refused_under_a_live_writer_which_keeps_working(closed, tmp_path) -> None:
    paths, _archive = closed
    child = Child(paths.data_dir, tmp_path, "write")
    book = reopen(paths.data_dir)
    try:
        child.wait_for("ready")
        key_before = read_meta(book.engine)["key_id"]
        with pytest.raises(BookLocked) as info:
            rekey(book, PASSPHRASE)
        assert f"进程 {child.proc.pid}" in info.value.zh and "更换数据密钥" in info.value.zh
        assert read_meta(book.engine)["key_id"] == key_before  # this program keeps its shared lock and works on
        n = len(child.lines())
        deadline = time.monotonic() + 20
        while len(child.lines()) < n + 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert child.proc.poll() is None, child.err.read_text("utf-8")  # not killed by "file is not a database"
        assert len(child.lines()) >= n + 5
    finally:
        child.kill9()
        book.close()
    book = reopen(paths.data_dir)  # alone now: the re-key goes through
    try:
        rekey(book, PASSPHRASE)
        assert verify_book(book).ok
    finally:
        book.close()


def test_schema_upgrade_needs_the_book_alone(tmp_path) -> None:
    fixture = ROOT / "tests" / "fixtures" / "books" / "schema-0001"
    data_dir = tmp_path / "old"
    shutil.copytree(fixture, data_dir)
    child = Child(data_dir, tmp_path, "verify-hold", MEDIATION_DESK_PASSPHRASE=_fixture_passphrase())
    try:
        child.wait_for("ready")
        with pytest.raises(BookLocked) as info:
            open_book(AppPaths(data_dir), _fixture_passphrase(), keyring=NoKeyring())
        assert "升级数据结构" in info.value.zh and "正在校验案件库" in info.value.zh
    finally:
        child.kill9()
    book = open_book(AppPaths(data_dir), _fixture_passphrase(), keyring=NoKeyring())
    try:
        assert book.upgraded_from is not None
    finally:
        book.close()


def _fixture_passphrase() -> str:
    from tests.integration.test_schema_upgrade import PASSPHRASE as FIXTURE_PASSPHRASE

    return FIXTURE_PASSPHRASE


def test_a_book_replaced_under_a_program_stops_it_writing(tmp_path) -> None:
    book, admin = create_test_book(tmp_path / "book", cases=1)
    other, _ = create_test_book(tmp_path / "other", cases=3)
    other.close()
    try:
        os.rename(book.paths.data_dir, tmp_path / "aside")  # what an older program's restore did
        shutil.copytree(tmp_path / "other", book.paths.data_dir)
        with pytest.raises(BookReplaced) as info:
            register_intake(book.uow, admin, make_intake(7))
        assert "已停止写入" in info.value.zh and info.value.en
    finally:
        book.close()
    assert len(case_ids(tmp_path / "aside")) == 1  # nothing landed in the moved-aside book


def test_a_holder_killed_leaves_no_lock_and_its_description_is_dropped(closed, tmp_path) -> None:
    paths, archive = closed
    child = Child(paths.data_dir, tmp_path, "hold")
    child.wait_for("ready")
    assert [h.pid for h in live_holders(paths.data_dir)] == [child.proc.pid]
    child.kill9()
    assert list(paths.data_dir.glob("casebook.lock.*.json"))  # the killed program could not remove it
    assert live_holders(paths.data_dir) == []
    assert not list(paths.data_dir.glob("casebook.lock.*.json"))
    restore_book(archive, paths, PASSPHRASE, keyring=NoKeyring())


def test_kill9_while_adding_evidence_leaves_a_part_file_that_the_next_open_removes(closed, tmp_path) -> None:
    paths, _archive = closed
    child = Child(paths.data_dir, tmp_path, "evidence", MEDIATION_DESK_TEST_SOURCE=str(tmp_path / "scan.bin"))
    child.wait_for("writing")
    child.kill9()
    parts = [p for p in paths.vault_dir.rglob(".*") if ".part-" in p.name]
    assert len(parts) == 1 and parts[0].stat().st_size >= 2 << 20  # before: the killed add's temp file
    book = reopen(paths.data_dir)
    try:
        assert not [p for p in paths.vault_dir.rglob(".*") if ".part-" in p.name]  # after: gone
        assert verify_book(book).ok and not verify_book(book).findings
    finally:
        book.close()


def test_part_files_of_a_live_add_are_left_alone(closed, tmp_path) -> None:
    paths, _archive = closed
    child = Child(paths.data_dir, tmp_path, "evidence", MEDIATION_DESK_TEST_SOURCE=str(tmp_path / "scan.bin"))
    try:
        child.wait_for("writing")
        book = reopen(paths.data_dir)  # another desk opens the book while the add is under way
        book.close()
        assert [p for p in paths.vault_dir.rglob(".*") if ".part-" in p.name]
    finally:
        child.kill9()


def test_kill9_during_a_restore_leaves_a_staging_folder_that_the_next_open_removes(closed, tmp_path) -> None:
    paths, archive = closed
    before = files(paths.data_dir)
    child = Child(paths.data_dir, tmp_path, "restore", str(archive))
    child.wait_for("extracting")
    staging = list(tmp_path.glob(".book.restore-*"))
    child.kill9()
    assert len(staging) == 1 and staging[0].is_dir() and any(staging[0].rglob("*"))  # before: left behind
    assert files(paths.data_dir) == before  # the book itself was not touched
    book = reopen(paths.data_dir)
    try:
        assert not list(tmp_path.glob(".book.restore-*"))  # after: gone
        assert verify_book(book).ok
    finally:
        book.close()


def _modes(root: Path) -> set[tuple[str, int]]:
    return {("d" if p.is_dir() else "f", stat.S_IMODE(p.stat().st_mode)) for p in [root, *root.rglob("*")]}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_book_files_are_readable_by_their_owner_only(tmp_path) -> None:
    old = os.umask(0o022)
    try:
        book, admin = create_test_book(tmp_path / "book", cases=1)
        try:
            from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
            from mediation_desk.services.evidence import add_evidence
            from mediation_desk.storage.vault import Vault

            src = tmp_path / "scan.bin"
            src.write_bytes(b"x" * 5000)
            add_evidence(book.uow, Vault(book), admin, source_path=src, evidence=EvidenceInput(
                case_id=1, type=EvidenceType.DOCUMENTARY, title="工资条", purpose="证明拖欠工资的数额"))
            backup_book(book, book.paths.backups_dir / "one.mdbak")
            assert _modes(book.paths.data_dir) == {("d", 0o700), ("f", 0o600)}
        finally:
            book.close()
        for p in [book.paths.data_dir, *book.paths.data_dir.rglob("*")]:  # a book made by an older version
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        reopen(book.paths.data_dir).close()
        assert _modes(book.paths.data_dir) == {("d", 0o700), ("f", 0o600)}
        restore_book(book.paths.backups_dir / "one.mdbak", AppPaths(tmp_path / "restored"), PASSPHRASE,
                     keyring=NoKeyring())
        assert _modes(tmp_path / "restored") == {("d", 0o700), ("f", 0o600)}
    finally:
        os.umask(old)


def test_verify_during_an_add_does_not_call_the_file_being_committed_an_orphan(tmp_path, monkeypatch) -> None:
    from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
    from mediation_desk.services.evidence import add_evidence
    from mediation_desk.storage import vault as vault_mod

    book, admin = create_test_book(tmp_path / "book", cases=1)
    reports = []
    place = vault_mod.StagedVaultFile.place

    def place_then_verify(self) -> None:  # noqa: ANN001 - verify runs between the rename and the commit
        place(self)
        reports.append(verify_book(book))

    monkeypatch.setattr(vault_mod.StagedVaultFile, "place", place_then_verify)
    try:
        for n in range(3):
            src = tmp_path / f"scan-{n}.bin"
            src.write_bytes(os.urandom(3000))
            add_evidence(book.uow, vault_mod.Vault(book), admin, source_path=src, evidence=EvidenceInput(
                case_id=1, type=EvidenceType.DOCUMENTARY, title=f"工资条{n}", purpose="证明拖欠工资的数额"))
        assert len(reports) == 3 and all(r.ok and not r.findings for r in reports), [
            f.zh for r in reports for f in r.findings]
    finally:
        book.close()
