"""Posting a hand-off package to a court system's HTTPS endpoint (standard library only).

One POST per attempt, ``Connection: close``::

    POST <path> HTTP/1.1
    Content-Type: application/vnd.mediation-desk.handoff+zip
    Content-Length: <size>
    Content-Digest: sha-256=:<base64 of the SHA-256 of the package>:
    Idempotency-Key: <uuid fixed when the package entered the outbox>
    X-Package-Id: <the manifest's package_id>
    Expect: 100-continue

The body is streamed from the vault chunk by chunk (memory bounded whatever the size) and each
chunk goes out only once the next one decrypted and checked, so a package damaged in the book never
reaches the court complete. ``Expect: 100-continue`` lets the server refuse (a duplicate, a client
it does not know, a size it does not take) before hundreds of megabytes are sent; a server that does
not answer the expectation within a few seconds gets the body anyway (RFC 9110 §10.1.1).

TLS: the server's certificate is verified against the configured CA file (or the system's trusted
certificates) and its host name checked; TLS 1.2 at least; an optional client certificate and key
(mutual TLS) are read from the files named in the settings. Only https URLs are accepted.

Nothing here raises for a network failure: every outcome is a :class:`SendResult` that
``domain.outbox.classify`` turns into sent, retry or failed.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import io
import json
import socket
import ssl
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from mediation_desk.domain.outbox import MEDIA_TYPE, Endpoint, ErrorKind, SendResult
from mediation_desk.services.ports import OutgoingPackage

MAX_ANSWER = 64 * 1024  # bytes of the server's answer kept
CONTINUE_WAIT_S = 5.0
USER_AGENT = "mediation-desk"


class _Failure(Exception):
    def __init__(self, kind: ErrorKind, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


class _SourceFailed(Exception):
    pass


class _FileSock:
    """What ``http.client.HTTPResponse`` needs of a socket: the reader already in use."""

    def __init__(self, fp: io.BufferedReader) -> None:
        self._fp = fp

    def makefile(self, mode: str, *args: Any, **kwargs: Any) -> io.BufferedReader:
        return self._fp


def _ssl_kind(exc: ssl.SSLError) -> ErrorKind:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ErrorKind.TLS_VERIFY
    if isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
        return ErrorKind.RESET
    return ErrorKind.TLS_REJECTED


def _network_failure(exc: BaseException) -> _Failure:
    if isinstance(exc, _Failure):
        return exc
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return _Failure(ErrorKind.TIMEOUT, "timed out")
    if isinstance(exc, ssl.SSLError):
        return _Failure(_ssl_kind(exc), str(exc.reason or exc))
    if isinstance(exc, ConnectionRefusedError):
        return _Failure(ErrorKind.CONNECT, "connection refused")
    if isinstance(exc, (ConnectionError, http.client.HTTPException, EOFError)):
        return _Failure(ErrorKind.RESET, f"{type(exc).__name__}: {exc}".rstrip(": "))
    if isinstance(exc, socket.gaierror):
        return _Failure(ErrorKind.CONNECT, f"host not found: {exc}")
    if isinstance(exc, OSError):
        return _Failure(ErrorKind.CONNECT, f"{exc.strerror or exc}")
    return _Failure(ErrorKind.RESET, f"{type(exc).__name__}: {exc}")


def ssl_context(endpoint: Endpoint) -> ssl.SSLContext:
    """The client's TLS context for ``endpoint`` (raises ``_Failure`` CONFIG for a file it cannot use)."""
    try:
        ctx = ssl.create_default_context(cafile=endpoint.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise _Failure(ErrorKind.CONFIG, f"CA证书文件无法使用：{endpoint.ca_file}（{exc}）") from None
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    if endpoint.client_cert:
        try:
            # a key protected by a passphrase is refused rather than prompted for on a terminal
            ctx.load_cert_chain(endpoint.client_cert, endpoint.client_key or None, password=_no_passphrase)
        except (OSError, ssl.SSLError) as exc:
            raise _Failure(ErrorKind.CONFIG, f"客户端证书或私钥文件无法使用：{endpoint.client_cert}（{exc}）") from None
    return ctx


def _no_passphrase() -> bytes:
    return b""


class HttpsTransport:
    """Implements ``services.ports.PackageTransport``."""

    def __init__(self, *, continue_wait_s: float = CONTINUE_WAIT_S) -> None:
        self.continue_wait_s = continue_wait_s

    def send(self, endpoint: Endpoint, package: OutgoingPackage) -> SendResult:
        try:
            return self._send(endpoint, package)
        except _Failure as exc:
            return SendResult(error=exc.kind, detail=exc.detail)
        except _SourceFailed as exc:
            return SendResult(error=ErrorKind.SOURCE, detail=str(exc))

    # ---- one attempt

    def _send(self, endpoint: Endpoint, package: OutgoingPackage) -> SendResult:
        parts = urlsplit(endpoint.url)
        if parts.scheme != "https" or not parts.hostname:
            raise _Failure(ErrorKind.CONFIG, f"接收地址必须是 https 地址：{endpoint.url}")
        host, port = parts.hostname, parts.port or 443
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        ctx = ssl_context(endpoint)
        try:
            raw = socket.create_connection((host, port), timeout=endpoint.timeout_s)
        except BaseException as exc:
            if not isinstance(exc, Exception):
                raise
            raise _network_failure(exc) from None
        try:
            try:
                sock = ctx.wrap_socket(raw, server_hostname=host)
            except Exception as exc:
                raise _network_failure(exc) from None
            with sock:
                return self._exchange(sock, endpoint, package, host, port, path)
        finally:
            raw.close()

    def _exchange(self, sock: ssl.SSLSocket, endpoint: Endpoint, package: OutgoingPackage, host: str, port: int,
                  path: str) -> SendResult:
        digest = base64.b64encode(bytes.fromhex(package.sha256)).decode("ascii")
        host_header = host if port == 443 else f"{host}:{port}"
        if ":" in host and not host.startswith("["):
            host_header = f"[{host}]" + ("" if port == 443 else f":{port}")
        head = (f"POST {path} HTTP/1.1\r\nHost: {host_header}\r\nUser-Agent: {USER_AGENT}\r\n"
                f"Content-Type: {MEDIA_TYPE}\r\nContent-Length: {package.size}\r\n"
                f"Content-Digest: sha-256=:{digest}:\r\nIdempotency-Key: {package.idempotency_key}\r\n"
                f"X-Package-Id: {package.package_id}\r\nAccept: application/json\r\n"
                "Expect: 100-continue\r\nConnection: close\r\n\r\n")
        try:
            sock.sendall(head.encode("ascii"))
        except Exception as exc:
            raise _pending_alert(sock) or _network_failure(exc) from None
        fp, early = self._await_continue(sock, endpoint)
        if early:
            return self._answer(sock, fp, endpoint)
        try:
            self._send_body(sock, package)
        except _SourceFailed:
            raise
        except Exception as exc:
            failure = _network_failure(exc)
            if failure.kind is not ErrorKind.RESET:
                raise failure from None
            try:  # the server may have answered before closing (e.g. 413): that answer decides
                return self._answer(sock, fp, endpoint)
            except _Failure as late:
                raise late if late.kind is ErrorKind.TLS_REJECTED else failure from None
        return self._answer(sock, fp, endpoint)

    def _await_continue(self, sock: ssl.SSLSocket, endpoint: Endpoint) -> tuple[io.BufferedReader, bool]:
        """(reader, True) when the server answered finally before the body; (reader, False) to send it."""
        fp = sock.makefile("rb")
        sock.settimeout(min(self.continue_wait_s, endpoint.timeout_s))
        try:
            peeked = fp.peek(16)
        except (socket.timeout, TimeoutError):
            sock.settimeout(endpoint.timeout_s)
            return sock.makefile("rb"), False  # no answer yet: send the body
        except Exception as exc:
            raise _network_failure(exc) from None
        sock.settimeout(endpoint.timeout_s)
        if not peeked:
            raise _Failure(ErrorKind.RESET, "the server closed the connection before the upload")
        if peeked[:12] in (b"HTTP/1.1 100", b"HTTP/1.0 100"):
            try:
                while fp.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass
            except Exception as exc:
                raise _network_failure(exc) from None
            return fp, False
        return fp, True

    @staticmethod
    def _send_body(sock: ssl.SSLSocket, package: OutgoingPackage) -> None:
        """Stream the package; a chunk is sent once the next one was read (the vault checks the whole
        file's SHA-256 at its end), and the total is checked against the declared size and digest."""
        h = hashlib.sha256()
        total = 0
        stream = package.open()
        try:
            pending: bytes | None = None
            for chunk in _checked(stream):
                if pending:
                    sock.sendall(pending)
                h.update(chunk)
                total += len(chunk)
                if total > package.size:
                    raise _SourceFailed(f"package longer than its recorded size ({package.size} bytes)")
                pending = bytes(chunk)
            if total != package.size or h.hexdigest() != package.sha256:
                raise _SourceFailed("package differs from its recorded SHA-256")
            if pending:
                sock.sendall(pending)
        finally:
            stream.close()

    @staticmethod
    def _answer(sock: ssl.SSLSocket, fp: io.BufferedReader, endpoint: Endpoint) -> SendResult:
        sock.settimeout(endpoint.timeout_s)
        response = http.client.HTTPResponse(_FileSock(fp), method="POST")  # type: ignore[arg-type]
        try:
            response.begin()
            body = response.read(MAX_ANSWER)
        except Exception as exc:
            raise _network_failure(exc) from None
        finally:
            response.close()
        status = int(response.status)
        reference = ""
        if 200 <= status < 300 or status == 409:
            reference = (response.getheader("X-Court-Reference") or "").strip()
            try:
                data = json.loads(body.decode("utf-8")) if body else None
            except (UnicodeDecodeError, ValueError):
                data = None
            if isinstance(data, dict) and isinstance(data.get("reference"), str):
                reference = data["reference"].strip() or reference
        retry_after: float | None = None
        raw_after = (response.getheader("Retry-After") or "").strip()
        if raw_after.isdigit():
            retry_after = float(raw_after)
        return SendResult(status=status, body=body, reference=reference[:100], retry_after_s=retry_after)


def _pending_alert(sock: ssl.SSLSocket) -> _Failure | None:
    """After a failed write: the TLS alert the server sent before closing, if it is waiting to be read
    (a server refusing our client certificate under TLS 1.3 says so only after the handshake)."""
    try:
        sock.settimeout(2.0)
        sock.recv(1)
    except ssl.SSLError as exc:
        if _ssl_kind(exc) is ErrorKind.TLS_REJECTED:
            return _Failure(ErrorKind.TLS_REJECTED, str(exc.reason or exc))
    except Exception:  # noqa: BLE001 - nothing more to learn: the write's own error stands
        pass
    return None


def _checked(stream: Iterator[bytes]) -> Iterator[bytes]:
    """The stream's chunks; an error of the source (not of the network) becomes ``_SourceFailed``."""
    while True:
        try:
            chunk = next(stream)
        except StopIteration:
            return
        except Exception as exc:
            raise _SourceFailed(f"{type(exc).__name__}: {exc}") from None
        yield chunk
