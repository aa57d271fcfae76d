"""The administrators' verbs leave their audit rows (passphrase, re-key, users, restore, checkpoint),
and ``verify --against`` proves the trail extends a backup's or a checkpoint's anchored head."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediation_desk.config import AppPaths
from mediation_desk.storage.book import open_book
from tests.integration.test_cli import PASSPHRASE, run
from tests.support.books import NoKeyring


def actions(data_dir: Path, passphrase: str) -> list[str]:
    book = open_book(AppPaths(data_dir), passphrase, NoKeyring(), upgrade=False)
    try:
        with book.engine.connect() as conn:
            return [r[0] for r in conn.exec_driver_sql("SELECT action FROM audit_log ORDER BY id")]
    finally:
        book.close()


@pytest.mark.tampers
def test_admin_verbs_are_audited_and_verify_against_anchors(tmp_path: Path) -> None:
    d, restored = tmp_path / "book", tmp_path / "restored"
    env = {"MEDIATION_DESK_PASSPHRASE": PASSPHRASE, "MEDIATION_DESK_PASSWORD": "user-password-1"}
    assert run("demo", "--cases", "3", data_dir=d, env=env).returncode == 0
    new = "another passphrase 2"
    assert run("passwd", data_dir=d, env={**env, "MEDIATION_DESK_NEW_PASSPHRASE": new}).returncode == 0
    env["MEDIATION_DESK_PASSPHRASE"] = new
    assert run("rekey", data_dir=d, env=env).returncode == 0
    for verb in (["users", "add", "clerk2", "--role", "clerk"], ["users", "set-role", "clerk2", "--role", "mediator"],
                 ["users", "disable", "clerk2"], ["users", "enable", "clerk2"], ["users", "reset-password", "clerk2"]):
        r = run(*verb, data_dir=d, env=env)
        assert r.returncode == 0, r.stderr
    checkpoint = tmp_path / "checkpoint.json"
    r = run("audit", "checkpoint", "--output", str(checkpoint), data_dir=d, env=env)
    assert r.returncode == 0, r.stderr
    anchored = json.loads(checkpoint.read_text("utf-8"))
    assert anchored["head_id"] > 0 and anchored["digest"] in r.stdout and "seal" in anchored
    archive = tmp_path / "b.mdbak"
    assert run("backup", "--output", str(archive), data_dir=d, env=env).returncode == 0
    r = run("restore", "--input", str(archive), data_dir=restored, env=env)
    assert r.returncode == 0, r.stderr

    done = actions(d, new)
    for action in ("book.passphrase", "book.rekey", "user.create", "user.role", "user.deactivate", "user.activate",
                   "user.password", "audit.checkpoint", "backup.create"):
        assert action in done, action
    assert actions(restored, new)[-1] == "book.restore"

    for against in (checkpoint, archive):
        r = run("verify", "--against", str(against), data_dir=d, env=env)
        assert r.returncode == 0, r.stdout + r.stderr
        assert "审计记录延续了" in r.stdout
    r = run("verify", "--against", str(archive), data_dir=restored, env=env)
    assert r.returncode == 0, r.stdout + r.stderr

    # a key holder rewrites the trail from the start and re-hashes it: verify alone passes, against the anchor not
    from tests.integration.test_audit_tampering import recompute_chain
    from mediation_desk.storage.engine import key_pragma
    from mediation_desk.storage.keys import db_key
    import sqlcipher3.dbapi2 as sqlcipher

    book = open_book(AppPaths(d), new, NoKeyring(), upgrade=False)
    mk, db = book.master_key, book.paths.db_path
    book.close()
    conn = sqlcipher.connect(str(db), isolation_level=None)
    conn.execute(key_pragma(db_key(mk)))
    conn.execute("UPDATE audit_log SET actor = 'nobody' WHERE id = 2")
    recompute_chain(conn)
    conn.close()
    assert run("verify", data_dir=d, env=env).returncode == 0
    r = run("verify", "--against", str(checkpoint), data_dir=d, env=env)
    assert r.returncode == 1 and f"审计记录第{anchored['head_id']}条" in r.stdout
    r = run("verify", "--against", str(tmp_path / "nothing.json"), data_dir=d, env=env)
    assert r.returncode == 1 and "Traceback" not in r.stderr
