"""The command line as an administrator's script uses it: real processes, real encrypted files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"
PASSWORD = "admin-password-1"


def run(*args: str, data_dir: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("MEDIATION_DESK_")}
    full_env.update({"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "MEDIATION_DESK_LANG": "zh"})
    full_env.update(env or {})
    cmd = [sys.executable, "-m", "mediation_desk", *args]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(cmd, capture_output=True, text=True, env=full_env, stdin=subprocess.DEVNULL, timeout=180)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def book_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cli") / "book"
    r = run("init", "--org-name", "南昌市劳动人事争议仲裁委员会", "--org-kind", "arbitration", "--doc-prefix", "洪劳人仲案字",
            "--admin-user", "chief", "--admin-name", "熊主任", data_dir=d,
            env={"MEDIATION_DESK_PASSPHRASE": PASSPHRASE, "MEDIATION_DESK_PASSWORD": PASSWORD})
    assert r.returncode == 0, r.stderr
    assert "系统密钥环" in r.stderr  # headless: said once, clearly
    return d


def test_init_then_verify(book_dir: Path):
    r = run("verify", data_dir=book_dir, env={"MEDIATION_DESK_PASSPHRASE": PASSPHRASE})
    assert r.returncode == 0, r.stdout + r.stderr
    assert "校验通过" in r.stdout


def test_wrong_passphrase_exit_1_file_untouched(book_dir: Path, tmp_path: Path):
    before = sha(book_dir / "casebook.db"), sha(book_dir / "casebook.key")
    wrong = tmp_path / "pp"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    r = run("verify", "--passphrase-file", str(wrong), data_dir=book_dir)
    assert r.returncode == 1
    assert "口令不正确" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert (sha(book_dir / "casebook.db"), sha(book_dir / "casebook.key")) == before


def test_passphrase_needed_without_keyring(book_dir: Path):
    r = run("verify", data_dir=book_dir)
    assert r.returncode == 1
    assert "MEDIATION_DESK_PASSPHRASE" in r.stderr


def test_users_add_list_and_refusals(book_dir: Path):
    env = {"MEDIATION_DESK_PASSPHRASE": PASSPHRASE, "MEDIATION_DESK_PASSWORD": "mediator-pass-1"}
    r = run("users", "add", "xiong", "--name", "熊丽华", "--role", "mediator", data_dir=book_dir, env=env)
    assert r.returncode == 0, r.stderr
    r = run("users", "list", data_dir=book_dir, env=env)
    assert "xiong\t熊丽华\t调解员\t启用" in r.stdout
    r = run("users", "add", "xiong", "--name", "重复", data_dir=book_dir, env=env)
    assert r.returncode == 1 and "已被使用" in r.stderr
    r = run("users", "disable", "chief", data_dir=book_dir, env=env)
    assert r.returncode == 1 and "至少要保留一名启用的管理员" in r.stderr
    r = run("users", "add", data_dir=book_dir, env=env)
    assert r.returncode == 2


def test_usage_errors_exit_2(tmp_path: Path):
    assert run("no-such-verb").returncode == 2
    assert run("demo", "--cases", "many", data_dir=tmp_path).returncode == 2
    assert run("backup", data_dir=tmp_path).returncode == 2  # --output is required


def test_missing_book_is_a_clear_failure(tmp_path: Path):
    r = run("verify", data_dir=tmp_path / "nothing", env={"MEDIATION_DESK_PASSPHRASE": PASSPHRASE})
    assert r.returncode == 1 and "没有案件库" in r.stderr
    assert not (tmp_path / "nothing" / "casebook.db").exists()


def test_demo_backup_restore_round_trip(tmp_path: Path):
    src, dst = tmp_path / "demo", tmp_path / "restored"
    env = {"MEDIATION_DESK_PASSPHRASE": PASSPHRASE}
    r = run("demo", "--cases", "40", data_dir=src, env=env)
    assert r.returncode == 0, r.stderr
    archive = tmp_path / "b.mdbak"
    r = run("backup", "--output", str(archive), data_dir=src, env=env)
    assert r.returncode == 0, r.stderr
    r = run("restore", "--input", str(archive), data_dir=dst, env=env)
    assert r.returncode == 0, r.stderr
    r = run("verify", data_dir=dst, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    # the encrypted files say nothing about the cases
    for path in (src / "casebook.db", src / "casebook.key", archive, dst / "casebook.db"):
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        assert "系统管理员".encode() not in data and "南昌".encode() not in data


def test_passwd_and_rekey(tmp_path: Path):
    d = tmp_path / "book"
    env = {"MEDIATION_DESK_PASSPHRASE": PASSPHRASE}
    assert run("demo", "--cases", "5", data_dir=d, env=env).returncode == 0
    new = "a different passphrase"
    r = run("passwd", data_dir=d, env={**env, "MEDIATION_DESK_NEW_PASSPHRASE": new})
    assert r.returncode == 0, r.stderr
    assert run("verify", data_dir=d, env=env).returncode == 1
    env = {"MEDIATION_DESK_PASSPHRASE": new}
    before = sha(d / "casebook.db")
    r = run("rekey", data_dir=d, env=env)
    assert r.returncode == 0, r.stderr
    assert sha(d / "casebook.db") != before
    r = run("verify", data_dir=d, env=env)
    assert r.returncode == 0, r.stdout + r.stderr


def test_hidden_render_worker_verb_starts_the_document_worker():
    """A packaged build has no ``python -m``: the document worker is the program's hidden verb."""
    proc = subprocess.Popen([sys.executable, "-m", "mediation_desk", "render-worker"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        proc.stdin.close()  # no job: the worker ends at once, cleanly
        assert proc.wait(timeout=60) == 0, proc.stderr.read().decode(errors="replace")
    finally:
        proc.kill()


def test_data_dir_before_or_after_the_verb_names_the_same_book() -> None:
    from mediation_desk.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["--data-dir", "/x", "verify"]).data_dir == "/x"
    assert parser.parse_args(["verify", "--data-dir", "/y"]).data_dir == "/y"
    assert parser.parse_args(["--data-dir", "/x", "verify", "--data-dir", "/y"]).data_dir == "/y"
    assert parser.parse_args(["verify"]).data_dir is None
