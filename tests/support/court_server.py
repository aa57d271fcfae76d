"""A court system's receiving endpoint for the tests: a real HTTPS server on 127.0.0.1 in a thread,
with certificates made here (a CA, a server certificate, client certificates), scripted to fail,
delay, drop connections and repeat answers.

The server keeps what it received as new by idempotency key (exactly what a court system must
do): a second post with a key it already holds is answered 409 and is not stored again.
"""

from __future__ import annotations

import hashlib
import base64
import ipaddress
import json
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# Certificates must be valid on the machine's real date (TLS checks it), whatever day the tests freeze.
_NOT_BEFORE = datetime(2020, 1, 1, tzinfo=timezone.utc)
_NOT_AFTER = datetime(2090, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Issued:
    cert: Path
    key: Path


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _write(folder: Path, stem: str, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> Issued:
    c, k = folder / f"{stem}.crt", folder / f"{stem}.key"
    c.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    k.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()))
    return Issued(c, k)


def make_ca(folder: Path, name: str) -> tuple[Issued, x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = _key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(_NOT_BEFORE).not_valid_after(_NOT_AFTER)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False),
                           critical=True)
            .sign(key, hashes.SHA256()))
    return _write(folder, name, cert, key), cert, key


def issue(folder: Path, stem: str, ca_cert: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey, *,
          hosts: tuple[str, ...] = (), client: bool = False) -> Issued:
    key = _key()
    names: list[x509.GeneralName] = []
    for h in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(h)))
        except ValueError:
            names.append(x509.DNSName(h))
    builder = (x509.CertificateBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, stem)]))
               .issuer_name(ca_cert.subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(_NOT_BEFORE)
               .not_valid_after(_NOT_AFTER)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH if client
                                                     else ExtendedKeyUsageOID.SERVER_AUTH]), critical=False))
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return _write(folder, stem, builder.sign(ca_key, hashes.SHA256()), key)


@dataclass
class Pki:
    """The court's CA and server certificates, and the organisation's client certificates."""

    ca: Issued  # the court's CA (what the desk pins)
    server: Issued  # for 127.0.0.1
    wrong_host: Issued  # same CA, for another host name only
    client_ca: Issued  # the CA the court trusts for client certificates
    client: Issued  # the organisation's client certificate
    stranger: Issued  # a client certificate from a CA the court does not trust


def make_pki(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    ca, ca_cert, ca_key = make_ca(folder, "court-ca")
    client_ca, cc_cert, cc_key = make_ca(folder, "court-client-ca")
    _other, oc_cert, oc_key = make_ca(folder, "other-ca")
    return Pki(ca=ca, server=issue(folder, "server", ca_cert, ca_key, hosts=("127.0.0.1", "localhost")),
               wrong_host=issue(folder, "wrong-host", ca_cert, ca_key, hosts=("court.example.invalid",)),
               client_ca=client_ca, client=issue(folder, "client", cc_cert, cc_key, client=True),
               stranger=issue(folder, "stranger", oc_cert, oc_key, client=True))


# --------------------------------------------------------------------------- the server


@dataclass
class Received:
    idempotency_key: str
    package_id: str
    size: int
    sha256: str
    reference: str


@dataclass
class CourtState:
    """What the server did. ``script``: one action per request, in order ("ok" once empty):

    ok / ack (201 with a reference) / 503 / 429 / 400 / 413 / delay (store, then answer after
    ``delay_s``) / drop (read half the body, then close) / lost (store, then close without an answer)
    """

    script: list[str] = field(default_factory=list)
    delay_s: float = 2.0
    expect_continue: bool = True  # answer "100 Continue" (and refuse a known key before the body)
    stored: dict[str, Received] = field(default_factory=dict)
    posts: list[tuple[str, str]] = field(default_factory=list)  # (idempotency key, action taken)
    handshake_failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def new_packages(self) -> list[str]:
        return [r.package_id for r in self.stored.values()]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _CourtServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass

    def _reply(self, status: int, data: dict[str, object] | None = None, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(data or {}).encode("utf-8")
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        self.close_connection = True

    def handle_expect_100(self) -> bool:
        key = self.headers.get("Idempotency-Key", "")
        state = self.server.state
        if not state.expect_continue:
            return True  # a server that ignores the expectation: the client sends the body after waiting
        with state.lock:
            known = state.stored.get(key)
        if known is not None:  # a duplicate: refused before the body is sent
            state.posts.append((key, "duplicate-early"))
            self._reply(409, {"status": "duplicate", "reference": known.reference})
            return False
        return super().handle_expect_100()

    def do_POST(self) -> None:  # noqa: N802
        state = self.server.state
        key = self.headers.get("Idempotency-Key", "")
        package_id = self.headers.get("X-Package-Id", "")
        length = int(self.headers.get("Content-Length", "0"))
        with state.lock:
            action = state.script.pop(0) if state.script else "ok"
        if action == "drop":
            self.rfile.read(max(1, length // 2))
            state.posts.append((key, "drop"))
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        body_hash = hashlib.sha256()
        left = length
        while left:
            piece = self.rfile.read(min(left, 1 << 16))
            if not piece:
                state.posts.append((key, "short"))
                return
            body_hash.update(piece)
            left -= len(piece)
        digest = "sha-256=:" + base64.b64encode(body_hash.digest()).decode("ascii") + ":"
        if (self.headers.get("Content-Type") != "application/vnd.mediation-desk.handoff+zip"
                or self.headers.get("Content-Digest") != digest or not key):
            state.posts.append((key, "bad"))
            self._reply(400, {"error": "digest or type"})
            return
        if action in ("503", "429", "400", "413"):
            state.posts.append((key, action))
            headers = {"Retry-After": "600"} if action == "429" else None
            self._reply(int(action), {"error": action}, headers)
            return
        with state.lock:
            known = state.stored.get(key)
            if known is None:
                reference = f"(2026)赣0102收{len(state.stored) + 1:04d}号"
                state.stored[key] = Received(key, package_id, length, body_hash.hexdigest(), reference)
        if known is not None:
            state.posts.append((key, "duplicate"))
            self._reply(409, {"status": "duplicate", "reference": known.reference})
            return
        state.posts.append((key, action))
        if action == "lost":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if action == "delay":
            time.sleep(state.delay_s)
        if action == "ack":
            self._reply(201, {"status": "received", "reference": reference})
        else:
            self._reply(202, {"status": "queued"})


class _CourtServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, context: ssl.SSLContext, state: CourtState) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.state = state

    def finish_request(self, request, client_address) -> None:  # noqa: ANN001
        request.settimeout(10)
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            self.state.handshake_failures.append(str(exc))
            _linger(request)
            return
        try:
            self.RequestHandlerClass(tls, client_address, self)
        except (ssl.SSLError, OSError) as exc:
            self.state.handshake_failures.append(str(exc))
        finally:
            try:
                tls.close()
            except OSError:
                pass

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        pass


def _linger(sock: socket.socket) -> None:
    """Close as a web server does after refusing a handshake (nginx's lingering close): stop sending,
    then read what the client already sent, so the kernel does not answer it with a reset that could
    overtake the TLS alert on its way to the client."""
    try:
        sock.shutdown(socket.SHUT_WR)
        sock.settimeout(2)
        while sock.recv(65536):
            pass
    except OSError:
        pass


class CourtEndpoint:
    """``with CourtEndpoint(pki) as court: court.url …``"""

    def __init__(self, pki: Pki, *, cert: Issued | None = None, require_client_cert: bool = False) -> None:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        chosen = cert or pki.server
        ctx.load_cert_chain(chosen.cert, chosen.key)
        if require_client_cert:
            ctx.verify_mode = ssl.CERT_REQUIRED
            ctx.load_verify_locations(pki.client_ca.cert)
        self.state = CourtState()
        self._server = _CourtServer(ctx, self.state)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self._server.server_address[1]}/handoff/packages"

    def __enter__(self) -> CourtEndpoint:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def later(t: datetime, **kw: float) -> datetime:
    return t + timedelta(**kw)
