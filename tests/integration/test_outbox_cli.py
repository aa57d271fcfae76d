"""``mediation-desk handoff outbox list|send|retry|endpoint`` on a real book and a local court endpoint."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.services import outbox
from mediation_desk.storage.vault import Vault
from tests.integration.test_outbox_transport import make_package
from tests.support.books import PASSPHRASE, create_test_book, reopen
from tests.support.court_server import CourtEndpoint, make_pki


@pytest.fixture()
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDIATION_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("MEDIATION_DESK_LANG", "zh")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def test_endpoint_send_list_retry(env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pki = make_pki(tmp_path / "pki")
    data = tmp_path / "book"
    book, staff = create_test_book(data, cases=1)
    ids = []
    try:
        for n in range(2):
            path, _sha = make_package(tmp_path, f"p{n}.mdpkg", size=50_000)
            ids.append(outbox.enqueue(book.uow, Vault(book), staff, package_path=path, package_id=str(uuid.uuid4()),
                                      case_id=1, kind="payment_order", title="支付令申请材料", destination="").id)
    finally:
        book.close()
    with CourtEndpoint(pki) as court:
        base = ["handoff", "outbox"]
        assert main([*base, "endpoint", "court", "--url", "http://127.0.0.1/x", "--data-dir", str(data)]) == 1
        assert "https" in capsys.readouterr().err
        assert main([*base, "endpoint", "court", "--url", court.url, "--ca-file", str(pki.ca.cert), "--default",
                     "--timeout", "5", "--data-dir", str(data)]) == 0
        assert "已保存接收地址“court”" in capsys.readouterr().out
        # the two packages were put in for offline delivery: send has nothing to do, retry moves one to the network
        assert main([*base, "send", "--data-dir", str(data)]) == 0
        assert "已发送0个" in capsys.readouterr().out
        assert main([*base, "retry", f"#{ids[0]}", "--data-dir", str(data)]) == 1  # offline only: refused with one line
        assert "只能离线递交" in capsys.readouterr().err
        assert main([*base, "list", "--data-dir", str(data)]) == 0
        out = capsys.readouterr().out
        assert out.count("待发送") == 2 and "接收地址“court”" in out
        assert main([*base, "retry", "--data-dir", str(data)]) == 1
        assert main([*base, "bogus", "--data-dir", str(data)]) == 2
    assert court.state.posts == []


def test_send_and_failure_exit_code(env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pki = make_pki(tmp_path / "pki")
    data = tmp_path / "book"
    book, staff = create_test_book(data, cases=1)
    try:
        with CourtEndpoint(pki) as court:
            outbox.set_endpoint(book.uow, outbox_admin(book), outbox.Endpoint(
                name="court", url=court.url, ca_file=str(pki.ca.cert), timeout_s=5), make_default=True)
            good, _ = make_package(tmp_path, "good.mdpkg", size=40_000)
            bad, _ = make_package(tmp_path, "bad.mdpkg", size=40_000)
            for p in (good, bad):
                outbox.enqueue(book.uow, Vault(book), staff, package_path=p, package_id=str(uuid.uuid4()), case_id=1,
                               kind="case_file", title="卷宗移送材料")
            book.close()
            court.state.script = ["ack", "400"]
            base = ["handoff", "outbox"]
            assert main([*base, "send", "--data-dir", str(data)]) == 1  # one refused for good
            captured = capsys.readouterr()
            assert "法院已签收1个" in captured.out and "失败1个" in captured.out
            assert "法院系统拒收：请求格式不被接受（HTTP 400）" in captured.err
            assert main([*base, "list", "--state", "acknowledged", "--data-dir", str(data)]) == 0
            assert "法院编号 (2026)赣0102收0001号" in capsys.readouterr().out
    finally:
        book = reopen(data)
        book.close()
    assert len(court.state.stored) == 1


def outbox_admin(book):  # noqa: ANN001, ANN201
    from tests.support.books import administrator

    return administrator(book)
