"""``mediation-desk handoff verify FILE [--public-key F]``: no book needed; exit 0 and what the
package holds, or exit 1 with one line naming the reason."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.handoff.keys_file import public_key_pem, write_public_keys
from tests.support.handoff_packages import TestSigner, write_good


@pytest.fixture()
def signed(tmp_path: Path) -> tuple[Path, TestSigner]:
    signer = TestSigner()
    return write_good(tmp_path / "case.mdpkg", signer).path, signer


def test_verify_a_good_package_without_a_book(signed, tmp_path: Path, capsys, monkeypatch) -> None:
    path, signer = signed
    monkeypatch.setenv("MEDIATION_DESK_LANG", "zh")
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(tmp_path / "no-book-here"), "handoff", "verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert "核验通过" in out and "司法确认申请" in out and signer.key_id in out and "documents/application.pdf" in out
    assert "未指定 --public-key" in out
    assert not (tmp_path / "no-book-here").exists()


def test_verify_with_the_senders_public_key_file(signed, tmp_path: Path, capsys, monkeypatch) -> None:
    path, signer = signed
    monkeypatch.setenv("MEDIATION_DESK_LANG", "en")
    keys = tmp_path / "org-keys.json"
    write_public_keys(keys, [{"public_key": signer.public_key(), "created_at": "2026-01-01T09:00:00+08:00"}])
    assert main(["handoff", "verify", str(path), "--public-key", str(keys)]) == 0
    out = capsys.readouterr().out
    assert "verified" in out and "application for judicial confirmation" in out and "no --public-key" not in out
    pem = tmp_path / "org.pem"
    pem.write_text(public_key_pem(signer.public_key()))
    assert main(["handoff", "verify", str(path), "--public-key", str(pem)]) == 0


def test_verify_refuses_a_tampered_package_in_one_line(signed, capsys, monkeypatch) -> None:
    path, _ = signed
    monkeypatch.setenv("MEDIATION_DESK_LANG", "zh")
    with zipfile.ZipFile(path) as zf:
        members = [(i, zf.read(i)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w") as zf:
        for info, data in members:
            zf.writestr(info, data.replace(b"j", b"k") if info.filename == "identity/applicant-id.jpg" else data)
    assert main(["handoff", "verify", str(path)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("核验未通过：") and "identity/applicant-id.jpg" in lines[0]
    assert captured.out == ""


def test_verify_refuses_a_package_signed_by_another_key(signed, tmp_path: Path, capsys, monkeypatch) -> None:
    path, signer = signed
    monkeypatch.setenv("MEDIATION_DESK_LANG", "en")
    keys = tmp_path / "court-pinned.json"
    write_public_keys(keys, [{"public_key": TestSigner().public_key()}])
    assert main(["handoff", "verify", str(path), "--public-key", str(keys)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and signer.key_id in err[0] and "not one of the trusted public keys" in err[0]


def test_verify_says_so_when_the_file_or_key_file_is_missing(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("MEDIATION_DESK_LANG", "zh")
    assert main(["handoff", "verify", str(tmp_path / "nothing.mdpkg")]) == 1
    assert "nothing.mdpkg" in capsys.readouterr().err
    good = write_good(tmp_path / "case.mdpkg").path
    assert main(["handoff", "verify", str(good), "--public-key", str(tmp_path / "none.json")]) == 1
    assert "none.json" in capsys.readouterr().err


def test_handoff_needs_an_action(capsys) -> None:
    assert main(["handoff"]) == 2
