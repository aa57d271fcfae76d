"""``handoff export`` and ``handoff key export`` at the command line, on a demo mediation centre's
book. The package writer is the collecting one of ``test_handoff_export`` until the ZIP writer is in
the same tree (``test_handoff_export_zip_cli`` then runs the verbs end to end)."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from mediation_desk.cli import handoff_book, main
from mediation_desk.config import AppPaths
from mediation_desk.domain.cases import CaseQuery, CaseStatus
from mediation_desk.services import accounts
from mediation_desk.services.cases import list_cases
from mediation_desk.services.demo import create_demo
from mediation_desk.storage.book import create_book, open_book
from tests.integration.test_handoff_export import CollectingWriter
from tests.support.books import PASSPHRASE, NoKeyring

PASSWORD = "demo-password-1"


@pytest.fixture()
def demo(tmp_path: Path, monkeypatch):
    data = tmp_path / "book"
    book = create_book(AppPaths(data), PASSPHRASE, keyring=NoKeyring())
    create_demo(book.uow, cases=6, password=PASSWORD, seed=2026)
    mediator = accounts.log_in(book.uow, username="mediator", password=PASSWORD)
    agreement = next(c for c in list_cases(book.uow, mediator, CaseQuery(status=CaseStatus.AGREEMENT), offset=0,
                                           limit=50))
    ongoing = next(c for c in list_cases(book.uow, mediator, CaseQuery(status=CaseStatus.MEDIATION), offset=0,
                                         limit=50))
    book.close()
    monkeypatch.setenv("MEDIATION_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", PASSWORD)
    monkeypatch.setattr("mediation_desk.storage.book.KeyringStore", NoKeyring)
    writer = CollectingWriter()
    monkeypatch.setattr(handoff_book, "_package_writer", lambda: writer)
    return data, agreement.number, ongoing.number, writer


def _packages(data: Path) -> list:
    book = open_book(AppPaths(data), PASSPHRASE, keyring=NoKeyring())
    try:
        with book.uow.read() as tx:
            from sqlalchemy import select

            from mediation_desk.storage import orm
            return [(r.kind, r.package_id, r.court) for r in tx.session.scalars(select(orm.HandoffPackageRow))]
    finally:
        book.close()


def test_handoff_export_cli_writes_and_records_a_package(demo, tmp_path, capsys) -> None:
    data, number, _ongoing, writer = demo
    out = tmp_path / "confirm.mdpkg"
    rc = main(["handoff", "export", "--data-dir", str(data), "--case", number, "--kind", "judicial_confirmation",
               "--output", str(out), "--court", "南昌市东湖区人民法院", "--user", "mediator"])
    said = capsys.readouterr()
    assert rc == 0, said.err
    assert out.exists() and "移交包已写入" in said.out
    manifest = writer.last.manifest
    assert manifest["case"]["number"] == number and manifest["court"]["name"] == "南昌市东湖区人民法院"
    kinds = _packages(data)
    assert [k for k, _p, _c in kinds] == ["judicial_confirmation"]
    assert kinds[0][1] in said.out  # the package id is printed


def test_handoff_export_cli_refusals_are_one_line_and_write_nothing(demo, tmp_path, capsys) -> None:
    data, number, ongoing, _writer = demo
    out = tmp_path / "p.mdpkg"
    cases = [
        (["--case", ongoing, "--kind", "payment_order", "--court", "某法院"], "没有调解协议"),
        (["--case", "（2026）不存在1号", "--kind", "payment_order", "--court", "某法院"], "找不到案号"),
        (["--case", number, "--kind", "judicial_confirmation"], "请填写接收材料的人民法院"),
        (["--case", number, "--kind", "preservation", "--court", "某法院"], "--preservation-amount"),
    ]
    for extra, words in cases:
        rc = main(["handoff", "export", "--data-dir", str(data), "--output", str(out), "--user", "mediator", *extra])
        err = capsys.readouterr().err.strip().splitlines()
        assert rc == 1 and words in err[-1], (extra, err)
        assert not out.exists()
    rc = main(["handoff", "export", "--data-dir", str(data), "--output", str(out), "--user", "mediator",
               "--case", number, "--kind", "judicial_confirmation", "--court", "某法院"])
    assert rc == 0
    rc = main(["handoff", "export", "--data-dir", str(data), "--output", str(out), "--user", "mediator",
               "--case", number, "--kind", "judicial_confirmation", "--court", "某法院"])
    assert rc == 1 and "未覆盖" in capsys.readouterr().err  # an existing file is never overwritten
    assert len(_packages(data)) == 1


def test_handoff_key_export_cli_lists_current_and_retired_keys(demo, tmp_path, capsys) -> None:
    data, *_ = demo
    first = tmp_path / "keys1.json"
    assert main(["handoff", "key", "export", "--data-dir", str(data), "--output", str(first)]) == 0
    keys = json.loads(first.read_text("utf-8"))
    assert keys["format"] == "mediation-desk-public-keys" and len(keys["keys"]) == 1
    k = keys["keys"][0]
    raw = base64.b64decode(k["public_key"])
    assert len(raw) == 32 and k["key_id"] == hashlib.sha256(raw).hexdigest()[:16]
    assert k["algorithm"] == "Ed25519" and k["retired_at"] is None and k["created_at"]
    second = tmp_path / "keys2.json"
    assert main(["handoff", "key", "export", "--data-dir", str(data), "--output", str(second), "--rotate"]) == 0
    after = json.loads(second.read_text("utf-8"))["keys"]
    assert [x["key_id"] for x in after][0] == k["key_id"] and after[0]["retired_at"] and after[1]["retired_at"] is None
    capsys.readouterr()
    assert main(["handoff", "key", "export", "--data-dir", str(data), "--output", str(tmp_path)]) == 1
    assert "不是文件夹" in capsys.readouterr().err
