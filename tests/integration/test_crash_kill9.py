"""kill -9 during a write loop: every acknowledged case survives whole, the book stays sound."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.config import PASSPHRASE_ENV
from mediation_desk.domain.users import Principal, Role
from mediation_desk.services.cases import get_case
from mediation_desk.storage.engine import key_pragma
from mediation_desk.storage.keys import db_key
from mediation_desk.storage.maintenance import verify_book
from tests.support.books import PASSPHRASE, create_test_book, reopen

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "support" / "write_loop.py"
KILLS = 18  # aimed for; at least MIN_KILLS are required
MIN_KILLS = 15
BUDGET_S = 45  # past this, stop aiming higher than MIN_KILLS


def read_acknowledged(out: Path) -> list[tuple[int, str]]:
    """Complete ``<id>\\t<name>`` lines only: a line cut by the kill was never acknowledged."""
    acked = []
    for line in out.read_text("utf-8", errors="replace").splitlines(keepends=True):
        if line.endswith("\n") and "\t" in line:
            case_id, name = line.rstrip("\n").split("\t")
            acked.append((int(case_id), name))
    return acked


def wait_for_ready(proc: subprocess.Popen, out: Path, deadline: float) -> bool:
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().startswith(b"ready\n"):
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.01)
    return False


def test_kill9_during_writes_loses_no_acknowledged_case(tmp_path) -> None:
    book, _admin = create_test_book(tmp_path / "book", cases=1)
    book.close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
           "MEDIATION_DESK_TEST_DATA_DIR": str(book.paths.data_dir), PASSPHRASE_ENV: PASSPHRASE,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    rng = random.Random(20250310)
    acknowledged: list[tuple[int, str]] = []
    kills = 0
    started = time.monotonic()
    run = -1
    while kills < KILLS and not (kills >= MIN_KILLS and time.monotonic() - started > BUDGET_S):
        run += 1
        out, err = tmp_path / f"run-{run}.out", tmp_path / f"run-{run}.err"
        with open(out, "wb") as fo, open(err, "wb") as fe:
            proc = subprocess.Popen([sys.executable, str(SCRIPT)], env={**env, "MEDIATION_DESK_TEST_RUN": str(run)},
                                    stdout=fo, stderr=fe, cwd=ROOT)
        try:
            if run % 4 == 3:  # now and then, kill at any moment, even while the book is being opened
                time.sleep(rng.uniform(0.0, 1.2))
            else:
                assert wait_for_ready(proc, out, time.monotonic() + 30), err.read_text("utf-8", errors="replace")
                time.sleep(rng.uniform(0.02, 0.6))
            assert proc.poll() is None, err.read_text("utf-8", errors="replace")
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
            kills += 1
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL
        acknowledged += read_acknowledged(out)
    assert kills >= MIN_KILLS
    assert len(acknowledged) > 50, "the loop barely wrote; the kills did not interrupt real work"

    book = reopen(book.paths.data_dir)
    try:
        report = verify_book(book)
        assert report.ok, [f.zh for f in report.findings]
        admin = Principal(user_id=1, username="admin", display_name="管理员", role=Role.ADMINISTRATOR)
        for case_id, name in acknowledged:
            case = get_case(book.uow, admin, case_id)
            assert case.summary.worker_name == name
            assert len(case.parties) == 3 and len(case.claims) == 2 and case.events
        conn = sqlcipher.connect(str(book.paths.db_path))
        try:
            conn.execute(key_pragma(db_key(book.master_key)))
            partial = conn.execute(
                "SELECT count(*) FROM cases c WHERE (SELECT count(*) FROM parties p WHERE p.case_id = c.id) != 3 "
                "OR (SELECT count(*) FROM claims k WHERE k.case_id = c.id) != 2 "
                "OR (SELECT count(*) FROM case_events e WHERE e.case_id = c.id) != 1").fetchone()[0]
            cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
            registered = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'case.register'").fetchone()[0]
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            conn.close()
        assert partial == 0
        assert cases == registered  # every case has its audit row and no audit row lacks its case
        assert cases >= len(acknowledged) + 1
    finally:
        book.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
