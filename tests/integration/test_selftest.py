"""``mediation-desk --self-test``: every native part is checked for real, a broken one is named,
and nothing is left behind."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from mediation_desk import selftest

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "MEDIATION_DESK_LANG", "MEDIATION_DESK_TEST_TODAY")}
    env.update(PYTHONPATH=str(ROOT / "src"), TMPDIR=str(tmp), HOME=str(tmp / "home"), **extra)
    (tmp / "home").mkdir(exist_ok=True)
    return env


def test_the_self_test_passes_every_check_headless_and_removes_what_it_made(tmp_path) -> None:
    """No display and no QT_QPA_PLATFORM: the self-test picks the offscreen plugin itself."""
    result = subprocess.run([sys.executable, "-m", "mediation_desk", "--self-test"], cwd=tmp_path,
                            env=_env(tmp_path), capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for check in selftest.CHECKS:
        assert any(line.startswith(f"[通过] {check.zh}：") and line.endswith("毫秒）") for line in lines), check.key
    assert "[失败]" not in result.stdout
    assert "平台插件 offscreen" in result.stdout
    assert "“赵” / “赵海燕” → 1" in result.stdout  # a one- and a three-character search
    assert lines[-1] == f"自检通过：{len(selftest.CHECKS)} 项全部正常，临时文件已删除。"
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]  # the book, the worker's folder: all gone
    assert not any((tmp_path / "home").iterdir())  # no data folder, no keyring file, no settings


def test_a_missing_font_is_named_as_the_part_that_failed(tmp_path) -> None:
    """The real PDF generator with its font file pointing at nothing: exit 1, the PDF check named."""
    script = ("import sys; from pathlib import Path\n"
              "from mediation_desk import selftest\n"
              "from mediation_desk.documents import pdf\n"
              "pdf.font_path = lambda: Path(sys.argv[1])\n"
              "checks = [c for c in selftest.CHECKS if c.key in ('sqlcipher', 'reportlab', 'pdf')]\n"
              "raise SystemExit(selftest.run(checks))\n")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "missing.ttc")], cwd=tmp_path,
                            env=_env(tmp_path, MEDIATION_DESK_LANG="en"), capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("[ ok ] SQLCipher database engine: SQLCipher ") for line in lines)
    failed = [line for line in lines if line.startswith("[FAIL]")]
    assert len(failed) == 1
    assert failed[0].startswith("[FAIL] PDF with the embedded Chinese font: Cannot load the Chinese font")
    assert "missing.ttc" in failed[0]
    assert lines[-1] == "Self-test FAILED: PDF with the embedded Chinese font"
    assert "Traceback" not in result.stdout + result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def test_checks_that_need_a_failed_part_are_skipped_and_named(monkeypatch) -> None:
    def broken(state: selftest.State) -> str:
        from sqlcipher3 import dbapi2

        dbapi2.connect(str(state.folder / "no-such-folder" / "x.db"))  # a real engine, a path it cannot open
        return "unreachable"

    checks = [selftest.Check("sqlcipher", "SQLCipher 加密数据库引擎", "SQLCipher database engine", broken)]
    checks += [c for c in selftest.CHECKS if c.key in ("argon2", "cryptography", "book", "search")]
    monkeypatch.setenv("MEDIATION_DESK_LANG", "zh")
    out = io.StringIO()
    assert selftest.run(checks, out=out) == 1
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("[失败] SQLCipher 加密数据库引擎：OperationalError: unable to open database file")
    assert lines[2].startswith("[通过] Argon2id 口令散列：")
    assert "[跳过] 新建加密临时案件库：依赖的“SQLCipher 加密数据库引擎”未通过" in lines
    assert "[跳过] 案件检索（1 个字和 3 个字）：依赖的“新建加密临时案件库”未通过" in lines
    assert lines[-1] == "自检未通过：SQLCipher 加密数据库引擎；新建加密临时案件库；案件检索（1 个字和 3 个字）"


def test_the_command_line_refuses_extra_arguments_after_the_flag(tmp_path) -> None:
    result = subprocess.run([sys.executable, "-m", "mediation_desk", "--self-test", "extra"], cwd=tmp_path,
                            env=_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "--self-test 不接受其他参数。" in result.stderr
