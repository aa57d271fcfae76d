"""The outbox against a real court endpoint: an HTTPS server on 127.0.0.1 (tests/support/court_server.py)
that fails, delays, drops connections and answers twice, and a real encrypted book.

Each test asserts what the court received as new (exactly once per package), the states and the
back-off times of the outbox (on the frozen clock, passed to ``send_due``), and that nothing was lost.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from mediation_desk.domain import clock
from mediation_desk.domain.errors import ConflictError, PermissionDenied, ValidationError
from mediation_desk.domain.outbox import MAX_ATTEMPTS, Endpoint, OutboxState, Verdict, backoff
from mediation_desk.handoff.transport import HttpsTransport
from mediation_desk.services import outbox
from mediation_desk.storage.book import Book
from mediation_desk.storage.vault import Vault
from tests.support.books import PASSPHRASE, administrator, create_test_book, reopen
from tests.support.court_server import CourtEndpoint, Pki, make_pki

NO_JITTER = lambda: 0.0  # noqa: E731 - the back-off without its random stretch


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture()
def desk(tmp_path: Path) -> Iterator[tuple[Book, object, object, Vault]]:
    book, staff = create_test_book(tmp_path / "book", cases=2)
    try:
        yield book, staff, administrator(book), Vault(book)
    finally:
        book.close()


def make_package(folder: Path, name: str = "pkg.mdpkg", size: int = 3 * 1024 * 1024 + 17) -> tuple[Path, str]:
    """A ZIP of ``size`` random bytes (several vault chunks): what the transport streams."""
    path = folder / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr("manifest.json", b'{"format": "mediation-desk-handoff"}')
        z.writestr("documents/a.pdf", os.urandom(size))
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def configure(book: Book, admin, url: str, pki: Pki, *, client: bool = False, timeout_s: float = 5.0,  # noqa: ANN001
              ca: Path | None = None) -> None:
    outbox.set_endpoint(book.uow, admin, Endpoint(
        name="court", url=url, ca_file=str(ca or pki.ca.cert), client_cert=str(pki.client.cert) if client else "",
        client_key=str(pki.client.key) if client else "", timeout_s=timeout_s), make_default=True)


def put(book: Book, staff, vault: Vault, folder: Path, *, case_id: int = 1, package_id: str | None = None,  # noqa: ANN001
        destination: str | None = None):  # noqa: ANN202
    import uuid

    path, sha = make_package(folder, f"{package_id or uuid.uuid4()}.mdpkg")
    item = outbox.enqueue(book.uow, vault, staff, package_path=path, package_id=package_id or str(uuid.uuid4()),
                          case_id=case_id, kind="judicial_confirmation", title="司法确认申请材料",
                          destination=destination)
    return item, sha


def get(book: Book, staff, item_id: int):  # noqa: ANN001, ANN202
    return next(r.item for r in outbox.list_items(book.uow, staff) if r.item.id == item_id)


def transport() -> HttpsTransport:
    return HttpsTransport(continue_wait_s=2.0)


# --------------------------------------------------------------------------- sending


def test_503_then_success_with_backoff_on_the_injected_clock(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki)
        item, sha = put(book, staff, vault, tmp_path)
        assert item.state is OutboxState.WAITING and item.destination == "court"
        court.state.script = ["503", "503"]
        t0 = clock.now()
        report = outbox.send_due(book.uow, vault, staff, transport(), now=t0, rng=NO_JITTER)
        assert report.count(Verdict.RETRY) == 1
        after = get(book, staff, item.id)
        assert after.state is OutboxState.WAITING and after.attempts == 1 and after.last_status == 503
        assert after.next_attempt_at == t0 + timedelta(minutes=1)
        assert "HTTP 503" in after.last_error and "稍后自动重试" in after.last_error
        # not yet due: nothing is posted
        assert outbox.send_due(book.uow, vault, staff, transport(), now=t0 + timedelta(seconds=59)).results == ()
        t1 = t0 + timedelta(minutes=1)
        outbox.send_due(book.uow, vault, staff, transport(), now=t1, rng=NO_JITTER)
        after = get(book, staff, item.id)
        assert after.attempts == 2 and after.next_attempt_at == t1 + timedelta(minutes=2)
        t2 = t1 + timedelta(minutes=2)
        report = outbox.send_due(book.uow, vault, staff, transport(), now=t2, rng=NO_JITTER)
        assert report.count(Verdict.SENT) == 1
        done = get(book, staff, item.id)
        assert done.state is OutboxState.SENT and done.sent_at == t2 and done.attempts == 3 and done.last_error == ""
        assert done.next_attempt_at is None and done.receipt and done.receipt["status"] == 202
    assert [r.sha256 for r in court.state.stored.values()] == [sha]
    assert court.state.new_packages() == [item.package_id]
    assert [a for _k, a in court.state.posts] == ["503", "503", "ok"]
    assert {k for k, _a in court.state.posts} == {item.idempotency_key}


def test_timeout_then_retry_is_recognised_as_a_duplicate(desk, pki: Pki, tmp_path: Path) -> None:
    """The server stores the package but answers after the client's timeout; the retry, with the same
    idempotency key, is answered 409 "already received": success, and the court holds it once."""
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki, timeout_s=1.0)
        court.state.script, court.state.delay_s = ["delay"], 2.5
        item, sha = put(book, staff, vault, tmp_path)
        t0 = clock.now()
        report = outbox.send_due(book.uow, vault, staff, transport(), now=t0, rng=lambda: 0.5)
        assert report.count(Verdict.RETRY) == 1
        after = get(book, staff, item.id)
        assert "没有答复" in after.last_error and after.last_status is None
        assert after.next_attempt_at == t0 + timedelta(minutes=1) * 1.1  # half of the 20 % jitter
        outbox.send_due(book.uow, vault, staff, transport(), now=after.next_attempt_at)
        done = get(book, staff, item.id)
    assert done.state is OutboxState.ACKNOWLEDGED and done.reference.startswith("(2026)赣0102收")
    assert done.receipt is not None and done.receipt["status"] == 409
    assert len(court.state.stored) == 1 and court.state.new_packages() == [item.package_id]
    assert [a for _k, a in court.state.posts] == ["delay", "duplicate-early"]


def test_connection_dropped_mid_upload_then_sent(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki)
        court.state.script = ["drop", "ack"]
        item, sha = put(book, staff, vault, tmp_path)
        t0 = clock.now()
        outbox.send_due(book.uow, vault, staff, transport(), now=t0, rng=NO_JITTER)
        after = get(book, staff, item.id)
        assert after.state is OutboxState.WAITING and "连接中断" in after.last_error
        assert court.state.stored == {}
        outbox.send_due(book.uow, vault, staff, transport(), now=t0 + timedelta(minutes=1), rng=NO_JITTER)
        done = get(book, staff, item.id)
    assert done.state is OutboxState.ACKNOWLEDGED and done.acknowledged_at == t0 + timedelta(minutes=1)
    assert [r.sha256 for r in court.state.stored.values()] == [sha]


def test_answer_lost_and_posted_twice_is_recorded_once(desk, pki: Pki, tmp_path: Path) -> None:
    """The server keeps the package but the connection closes before its answer; then the same key is
    posted twice more (a retry and a second desk run after a crash): one package, success."""
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki)
        court.state.script = ["lost"]
        item, sha = put(book, staff, vault, tmp_path)
        t0 = clock.now()
        outbox.send_due(book.uow, vault, staff, transport(), now=t0, rng=NO_JITTER)
        assert get(book, staff, item.id).state is OutboxState.WAITING
        outbox.send_due(book.uow, vault, staff, transport(), now=t0 + timedelta(minutes=1), rng=NO_JITTER)
        done = get(book, staff, item.id)
        assert done.state is OutboxState.ACKNOWLEDGED
        # a repeated post of the same key (as after a crash between the post and its record)
        again = HttpsTransport().send(outbox.list_endpoints(book.uow, staff)[0], _outgoing(book, vault, item.id))
        assert again.status == 409 and again.reference == done.reference
    assert len(court.state.stored) == 1 and next(iter(court.state.stored.values())).sha256 == sha
    assert [a for _k, a in court.state.posts] == ["lost", "duplicate-early", "duplicate-early"]


def _outgoing(book: Book, vault: Vault, item_id: int):  # noqa: ANN202
    from mediation_desk.services.ports import OutgoingPackage

    with book.uow.read() as tx:
        item, file = tx.outbox.get(item_id), tx.outbox.file_of(item_id)
    return OutgoingPackage(package_id=item.package_id, idempotency_key=item.idempotency_key, size=file.size,
                           sha256=file.sha256, open=lambda: vault.open_plaintext_stream(file))


def test_crash_while_sending_goes_back_to_the_queue(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki)
        item, sha = put(book, staff, vault, tmp_path)
        with book.uow.write() as tx:  # what a run killed between its claim and its record leaves
            assert tx.outbox.claim(item.id, expected="waiting", state="sending")
            tx.audit.append(actor="test", action="handoff_outbox.claim", entity="handoff_outbox", entity_id=item.id,
                            changes={"attempt": 1})
        assert get(book, staff, item.id).state is OutboxState.SENDING
        report = outbox.send_due(book.uow, vault, staff, transport(), now=clock.now())
        assert report.recovered == 1 and report.count(Verdict.SENT) == 1
    assert court.state.new_packages() == [item.package_id]


def test_many_packages_none_lost(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki)
        court.state.script = ["503", "drop", "ok", "lost", "429", "ok"]
        items = [put(book, staff, vault, tmp_path, case_id=1 + i % 2) for i in range(4)]
        t = clock.now()
        for _round in range(6):
            outbox.send_due(book.uow, vault, staff, transport(), now=t, rng=NO_JITTER)
            t += timedelta(minutes=11)  # past every back-off and the 429's Retry-After (600 s)
        states = {get(book, staff, i.id).state for i, _s in items}
    assert states <= {OutboxState.SENT, OutboxState.ACKNOWLEDGED}
    assert sorted(court.state.new_packages()) == sorted(i.package_id for i, _s in items)
    assert sorted(r.sha256 for r in court.state.stored.values()) == sorted(s for _i, s in items)


def test_retry_after_of_429_is_honoured(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki)
        court.state.script = ["429"]
        item, _sha = put(book, staff, vault, tmp_path)
        t0 = clock.now()
        outbox.send_due(book.uow, vault, staff, transport(), now=t0, rng=NO_JITTER)
        assert get(book, staff, item.id).next_attempt_at == t0 + timedelta(seconds=600)


def test_permanent_refusal_fails_at_once_and_retry_by_hand(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki)
        court.state.script = ["413"]
        item, sha = put(book, staff, vault, tmp_path)
        outbox.send_due(book.uow, vault, staff, transport(), now=clock.now())
        failed = get(book, staff, item.id)
        assert failed.state is OutboxState.FAILED and failed.attempts == 1
        assert failed.last_error == "法院系统拒收：文件超过对方允许的大小（HTTP 413），未重试。"
        assert outbox.send_due(book.uow, vault, staff, transport(), now=clock.now() + timedelta(days=1)).results == ()
        outbox.retry(book.uow, staff, item.id)
        again = get(book, staff, item.id)
        assert again.state is OutboxState.WAITING and again.attempts == 0
        assert again.idempotency_key == item.idempotency_key
        outbox.send_due(book.uow, vault, staff, transport(), now=clock.now() + timedelta(minutes=1))
        assert get(book, staff, item.id).state is OutboxState.SENT
    assert court.state.new_packages() == [item.package_id]


def test_gives_up_after_max_attempts(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki)
        court.state.script = ["503"] * MAX_ATTEMPTS
        item, _sha = put(book, staff, vault, tmp_path)
        t = clock.now()
        waits = []
        for n in range(MAX_ATTEMPTS):
            outbox.send_due(book.uow, vault, staff, transport(), now=t, rng=NO_JITTER)
            now_item = get(book, staff, item.id)
            if now_item.next_attempt_at is not None:
                waits.append(now_item.next_attempt_at - t)
                t = now_item.next_attempt_at
        assert waits == [backoff(n) for n in range(1, MAX_ATTEMPTS)]
        final = get(book, staff, item.id)
        assert final.state is OutboxState.FAILED and final.attempts == MAX_ATTEMPTS
        assert f"已自动尝试{MAX_ATTEMPTS}次仍未成功" in final.last_error and "手动重新发送" in final.last_error
    assert court.state.stored == {}


def test_connection_refused_is_retried(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        url = court.url
    configure(book, admin, url, pki)  # the server is gone: nothing listens on its port
    item, _sha = put(book, staff, vault, tmp_path)
    outbox.send_due(book.uow, vault, staff, transport(), now=clock.now(), rng=NO_JITTER)
    after = get(book, staff, item.id)
    assert after.state is OutboxState.WAITING and after.last_error.startswith("无法连接法院系统")


def test_server_ignoring_expect_continue_still_gets_the_body(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        court.state.expect_continue = False
        configure(book, admin, court.url, pki)
        item, sha = put(book, staff, vault, tmp_path)
        outbox.send_due(book.uow, vault, staff, HttpsTransport(continue_wait_s=0.3), now=clock.now())
        assert get(book, staff, item.id).state is OutboxState.SENT
    assert [r.sha256 for r in court.state.stored.values()] == [sha]


def test_a_package_damaged_in_the_book_never_reaches_the_court_complete(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki)
        item, _sha = put(book, staff, vault, tmp_path)
        (stored,) = Path(book.paths.vault_dir).rglob("*.mdv")
        raw = bytearray(stored.read_bytes())
        raw[len(raw) // 2] ^= 0x01  # one bit in the middle of the encrypted package
        stored.write_bytes(bytes(raw))
        outbox.send_due(book.uow, vault, staff, transport(), now=clock.now())
        after = get(book, staff, item.id)
    assert after.state is OutboxState.FAILED and after.last_error.startswith("案件库中保存的移交包无法读取或已损坏")
    assert court.state.stored == {}
    assert [a for _k, a in court.state.posts] in ([], ["short"])
    from mediation_desk.storage.maintenance import verify_book

    report = verify_book(book)  # the book's own check names the damaged package too
    found = [f.zh for f in report.findings if "法院衔接发件箱" in f.zh]
    assert len(found) == 1 and found[0].startswith(f"案件 {item.case_number} 的法院衔接发件箱第{item.id}项“司法确认申请材料”：")


def test_an_endpoint_removed_from_the_settings_fails_with_a_sentence(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    configure(book, admin, "https://127.0.0.1:9/x", pki)
    item, _sha = put(book, staff, vault, tmp_path)
    with pytest.raises(ConflictError):
        outbox.remove_endpoint(book.uow, admin, "court")  # packages still wait for it
    with book.uow.write() as tx:  # as a settings file restored from elsewhere would leave it
        tx.settings.set(outbox.ENDPOINTS_KEY, {})
    outbox.send_due(book.uow, vault, staff, transport(), now=clock.now())
    after = get(book, staff, item.id)
    assert after.state is OutboxState.FAILED and "未配置名为“court”的接收地址" in after.last_error


# --------------------------------------------------------------------------- TLS


def test_wrong_host_certificate_fails_verification(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki, cert=pki.wrong_host) as court:
        configure(book, admin, court.url, pki)
        item, _sha = put(book, staff, vault, tmp_path)
        outbox.send_due(book.uow, vault, staff, transport(), now=clock.now())
        after = get(book, staff, item.id)
    assert after.state is OutboxState.FAILED and after.last_error.startswith("法院系统的证书未通过验证")
    assert court.state.stored == {} and court.state.posts == []


def test_untrusted_ca_fails_verification(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki, ca=pki.client_ca.cert)  # not the CA of the server
        item, _sha = put(book, staff, vault, tmp_path)
        outbox.send_due(book.uow, vault, staff, transport(), now=clock.now())
        assert get(book, staff, item.id).state is OutboxState.FAILED
    assert court.state.stored == {}


def test_mutual_tls_accepts_our_client_certificate(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki, require_client_cert=True) as court:
        configure(book, admin, court.url, pki, client=True)
        item, sha = put(book, staff, vault, tmp_path)
        outbox.send_due(book.uow, vault, staff, transport(), now=clock.now())
        assert get(book, staff, item.id).state is OutboxState.SENT
    assert [r.sha256 for r in court.state.stored.values()] == [sha]


@pytest.mark.parametrize("client", ["none", "stranger"])
def test_client_certificate_refused(desk, pki: Pki, tmp_path: Path, client: str) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki, require_client_cert=True) as court:
        cert = pki.stranger if client == "stranger" else None
        outbox.set_endpoint(book.uow, admin, Endpoint(
            name="court", url=court.url, ca_file=str(pki.ca.cert), client_cert=str(cert.cert) if cert else "",
            client_key=str(cert.key) if cert else "", timeout_s=5), make_default=True)
        item, _sha = put(book, staff, vault, tmp_path)
        outbox.send_due(book.uow, vault, staff, transport(), now=clock.now())
        after = get(book, staff, item.id)
    assert after.state is OutboxState.FAILED, after.last_error
    assert after.last_error.startswith("法院系统拒绝了本机构的客户端证书")
    assert court.state.stored == {} and court.state.handshake_failures


def test_http_and_missing_files_are_refused_in_settings(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with pytest.raises(ValidationError) as err:
        outbox.set_endpoint(book.uow, admin, Endpoint(name="court", url="http://127.0.0.1:8443/x",
                                                      client_cert=str(tmp_path / "none.crt")))
    assert "https" in err.value.fields["url"] and "找不到文件" in err.value.fields["client_cert"]
    with pytest.raises(PermissionDenied):
        outbox.set_endpoint(book.uow, staff, Endpoint(name="court", url="https://127.0.0.1/x"))
    assert outbox.list_endpoints(book.uow, staff) == []


# --------------------------------------------------------------------------- the book side


def test_package_is_kept_encrypted_and_survives_a_rekey(desk, pki: Pki, tmp_path: Path) -> None:
    from mediation_desk.storage.book import rekey
    from mediation_desk.storage.maintenance import verify_book

    book, staff, admin, vault = desk
    path, sha = make_package(tmp_path, size=200_000)
    marker = zipfile.ZipFile(path).read("documents/a.pdf")[:64]
    item = outbox.enqueue(book.uow, vault, staff, package_path=path, package_id="6f1c1a52-3f86-4b8a-9d59-0c1d1f0e2a11",
                          case_id=1, kind="case_file", title="卷宗移送材料", destination="")
    path.unlink()  # the outbox keeps its own copy
    blobs = b"".join(p.read_bytes() for p in Path(book.paths.vault_dir).rglob("*.mdv"))
    assert marker not in blobs
    rekey(book, PASSPHRASE)
    book.close()
    again = reopen(book.paths.data_dir)
    try:
        report = verify_book(again)
        assert report.ok, [f.en for f in report.findings]
        target = outbox.export_package(again.uow, Vault(again), staff, item.id, folder=tmp_path)
        assert hashlib.sha256(target.read_bytes()).hexdigest() == sha
    finally:
        again.close()


def test_offline_route_export_then_acknowledge(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    usb = tmp_path / "usb"
    usb.mkdir()
    item, sha = put(book, staff, vault, tmp_path, destination="")
    assert item.destination == "" and item.next_attempt_at is None
    assert outbox.send_due(book.uow, vault, admin, transport(), now=clock.now()).results == ()
    with pytest.raises(ConflictError):
        outbox.retry(book.uow, staff, item.id)
    target = outbox.export_package(book.uow, vault, staff, item.id, folder=usb)
    assert target.parent == usb and target.suffix == ".mdpkg" and item.package_id[:8] in target.name
    assert hashlib.sha256(target.read_bytes()).hexdigest() == sha
    assert [p.name for p in usb.iterdir()] == [target.name]  # no temp file left
    exported = get(book, staff, item.id)
    assert exported.state is OutboxState.EXPORTED and exported.exported_to == str(target)
    with pytest.raises(ConflictError):
        outbox.export_package(book.uow, vault, staff, item.id, folder=usb)  # never overwritten silently
    with pytest.raises(ValidationError):
        outbox.acknowledge(book.uow, staff, item.id, reference=" ")
    done = outbox.acknowledge(book.uow, staff, item.id, reference="(2026)赣0102民特123号", note="窗口签收")
    assert done.state is OutboxState.ACKNOWLEDGED and done.reference == "(2026)赣0102民特123号"
    view = outbox.case_outbox(book.uow, staff, 1)
    assert [r.item.id for r in view.rows] == [item.id] and view.rows[0].state_label == "法院已签收"
    assert view.rows[0].destination_label.startswith("离线递交")


def test_exporting_a_waiting_item_takes_it_off_the_network_queue(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki)
        item, _sha = put(book, staff, vault, tmp_path)
        outbox.export_package(book.uow, vault, staff, item.id, folder=tmp_path)
        assert outbox.send_due(book.uow, vault, staff, transport(), now=clock.now()).results == ()
    assert court.state.posts == []


def test_enqueue_refuses_bad_input_and_duplicates(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    configure(book, admin, "https://127.0.0.1:9/x", pki)
    item, _sha = put(book, staff, vault, tmp_path, package_id="0b7d2f4e-8a4c-4e55-bb1a-6b2f7f1a9c33")
    with pytest.raises(ConflictError) as dup:
        put(book, staff, vault, tmp_path, package_id="0b7d2f4e-8a4c-4e55-bb1a-6b2f7f1a9c33")
    assert "不会重复加入" in dup.value.zh
    not_zip = tmp_path / "x.mdpkg"
    not_zip.write_bytes(b"hello")
    with pytest.raises(ValidationError) as bad:
        outbox.enqueue(book.uow, vault, staff, package_path=not_zip, package_id="nope", case_id=1, kind="x",
                       title="")
    assert set(bad.value.fields) == {"kind", "title"}
    with pytest.raises(PermissionDenied):
        outbox.enqueue(book.uow, vault, admin, package_path=not_zip, package_id=item.package_id, case_id=1,
                       kind="case_file", title="t")
    assert [r.item.id for r in outbox.list_items(book.uow, staff)] == [item.id]
    assert len(list(Path(book.paths.vault_dir).rglob("*.mdv"))) == 1  # nothing half-written


def test_cancel_then_retry(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    configure(book, admin, "https://127.0.0.1:9/x", pki)
    item, _sha = put(book, staff, vault, tmp_path)
    cancelled = outbox.cancel(book.uow, staff, item.id, reason="法院要求改为现场递交")
    assert cancelled.state is OutboxState.FAILED and "法院要求改为现场递交" in cancelled.last_error
    assert outbox.retry(book.uow, admin, item.id).state is OutboxState.WAITING  # the administrator runs the connection


def test_case_outbox_view_for_the_tab(desk, pki: Pki, tmp_path: Path) -> None:
    book, staff, admin, vault = desk
    configure(book, admin, "https://127.0.0.1:9/x", pki)
    a, _ = put(book, staff, vault, tmp_path, case_id=1)
    put(book, staff, vault, tmp_path, case_id=2)
    view = outbox.case_outbox(book.uow, staff, 1)
    assert view.endpoints == ("court",) and view.default_endpoint == "court" and view.waiting == 1
    (row,) = view.rows
    assert row.item.id == a.id and row.item.case_number and row.kind_label == "司法确认申请"
    assert row.can_cancel and row.can_retry and row.can_export and row.can_acknowledge



def test_a_client_key_protected_by_a_passphrase_is_refused_not_prompted(desk, pki: Pki, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization

    book, staff, admin, vault = desk
    key = serialization.load_pem_private_key(pki.client.key.read_bytes(), None)
    locked = tmp_path / "locked.key"
    locked.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                         serialization.BestAvailableEncryption(b"secret")))
    with CourtEndpoint(pki, require_client_cert=True) as court:
        outbox.set_endpoint(book.uow, admin, Endpoint(name="court", url=court.url, ca_file=str(pki.ca.cert),
                                                      client_cert=str(pki.client.cert), client_key=str(locked)),
                            make_default=True)
        item, _sha = put(book, staff, vault, tmp_path)
        outbox.send_due(book.uow, vault, staff, transport(), now=clock.now())
        after = get(book, staff, item.id)
    assert after.state is OutboxState.FAILED and after.last_error.startswith("发送设置有误")
    assert "客户端证书或私钥文件无法使用" in after.last_error and court.state.posts == []


def test_a_large_package_is_streamed_in_bounded_memory(desk, pki: Pki, tmp_path: Path) -> None:
    """48 MB posted while Python's allocations stay at a few chunks (the client and the test server together)."""
    import tracemalloc

    book, staff, admin, vault = desk
    path, sha = make_package(tmp_path, "large.mdpkg", size=48 * 1024 * 1024)
    with CourtEndpoint(pki) as court:
        configure(book, admin, court.url, pki, timeout_s=60)
        item = outbox.enqueue(book.uow, vault, staff, package_path=path, package_id="5e0f7a1c-2b9d-4c3e-8f6a-1d2e3f4a5b6c",
                              case_id=1, kind="case_file", title="卷宗移送材料")
        tracemalloc.start()
        try:
            outbox.send_due(book.uow, vault, staff, transport(), now=clock.now())
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert get(book, staff, item.id).state is OutboxState.SENT
    assert [r.sha256 for r in court.state.stored.values()] == [sha]
    assert peak < 16 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB"
