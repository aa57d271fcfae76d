"""How the document worker is started from a source checkout and from the bundles."""

from __future__ import annotations

import sys
from pathlib import Path

from mediation_desk.documents import worker_process


def test_from_source_the_worker_runs_in_isolated_mode() -> None:
    command = worker_process.worker_command()
    assert command[:3] == [sys.executable, "-I", "-c"]
    assert command[-1] == str(worker_process.PACKAGE_ROOT)


def test_a_linux_bundle_runs_itself_with_the_hidden_verb(monkeypatch, tmp_path: Path) -> None:
    program = tmp_path / "mediation-desk"
    program.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    monkeypatch.setattr(sys, "platform", "linux")
    assert worker_process.worker_command() == [str(program), "render-worker"]


def test_the_windows_bundle_runs_the_worker_as_its_console_twin(monkeypatch, tmp_path: Path) -> None:
    """The windowed mediation-desk.exe has no standard streams; the worker talks over them."""
    windowed = tmp_path / "mediation-desk.exe"
    windowed.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(windowed))
    monkeypatch.setattr(sys, "platform", "win32")
    assert worker_process.worker_command() == [str(windowed), "render-worker"]  # no twin beside it
    (tmp_path / worker_process.WINDOWS_CONSOLE_EXE).write_bytes(b"")
    assert worker_process.worker_command() == [str(tmp_path / "mediation-desk-cli.exe"), "render-worker"]
