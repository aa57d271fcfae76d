"""The TLS rule of the office edition: a desk talks to the database server only over TLS with the
server's certificate verified against the organisation's CA (libpq ``sslmode=verify-full`` with
``sslrootcert=<CA file>``), so neither the database password nor a case leaves the PC readable, and a
machine that pretends to be the server is refused.

Exceptions, each asked for explicitly:
- a server on this PC (``127.0.0.1``, ``::1``, ``localhost`` or a unix socket) may be reached without
  TLS when the URL says so (``sslmode=disable``);
- a lab or training network may use a weaker ``sslmode`` to another host only when the environment
  variable ``MEDIATION_DESK_DB_INSECURE_LAB=1`` is set (never for an office's real cases).
See docs/architecture.md, "Two stores", and the README's server section.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy.engine import URL

from mediation_desk.domain.errors import BookError

log = logging.getLogger("mediation_desk")

SECURE_MODE = "verify-full"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
LOCAL_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
LAB_OVERRIDE_ENV = "MEDIATION_DESK_DB_INSECURE_LAB"
SYSTEM_CAS = "system"  # libpq: the operating system's trusted CAs (a server with a public certificate)


def target_host(url: URL) -> str:
    """The host a desk connects to: the URL's host, or libpq's ``host`` parameter (a unix socket folder)."""
    query_host = url.query.get("host")
    if isinstance(query_host, tuple):
        query_host = query_host[0] if query_host else None
    return str(url.host or query_host or "")


def is_local(host: str) -> bool:
    """This PC: the loopback addresses, ``localhost``, or a unix socket (no host, or a folder)."""
    return not host or host.startswith("/") or host.lower() in LOCAL_HOSTS


def _lab_override() -> bool:
    return os.environ.get(LAB_OVERRIDE_ENV, "").strip() == "1"


def _one(url: URL, key: str) -> str | None:
    value = url.query.get(key)
    if isinstance(value, tuple):
        value = value[-1] if value else None
    return None if value is None else str(value)


def apply_tls_policy(url: URL) -> URL:
    """The URL with ``sslmode=verify-full`` when it names none; refused (before any connection is made)
    when it asks for less than ``verify-full`` to another host, or names a CA file that is not there."""
    host = target_host(url)
    mode = _one(url, "sslmode")
    if mode is None:
        mode = SECURE_MODE
        url = url.update_query_dict({"sslmode": SECURE_MODE})
    if mode not in SSL_MODES:
        raise BookError(f"数据库地址中的 sslmode={mode} 无效，应为 verify-full。",
                        f"sslmode={mode} in the database URL is not valid; use verify-full.")
    if mode != SECURE_MODE:
        if is_local(host):
            return url  # this PC, and the URL asked for it
        if not _lab_override():
            raise BookError(
                f"拒绝以 sslmode={mode} 连接服务器 {host}：必须使用 TLS 并验证服务器证书（sslmode=verify-full 与 "
                f"sslrootcert=CA证书文件），否则数据库密码和案件数据可能被截获。",
                f"Refusing sslmode={mode} to {host}: the connection must use TLS with the server's certificate "
                f"verified (sslmode=verify-full and sslrootcert=CA file), or the password and the cases could be "
                f"intercepted.")
        log.warning("%s=1: connecting to %s with sslmode=%s (lab use only)", LAB_OVERRIDE_ENV, host, mode)
        return url
    root = _one(url, "sslrootcert")
    if not root:
        raise BookError("连接服务器需要机构的 CA 证书文件：请在数据库地址中加上 sslrootcert=CA证书文件路径。",
                        "Connecting needs the organisation's CA certificate: add sslrootcert=<CA file> to the URL.")
    if root != SYSTEM_CAS and not Path(root).expanduser().is_file():
        raise BookError(f"找不到 CA 证书文件：{root}", f"CA certificate file not found: {root}")
    return url


def tls_error(where: str, text: str) -> BookError | None:
    """A one-line message for libpq's TLS failures, or None when ``text`` is about something else."""
    low = text.lower()
    if "does not match host name" in low:
        return BookError(f"拒绝连接 {where}：服务器证书上的名称与所连接的主机名不符（可能连到了冒充的服务器）。",
                         f"Refused {where}: the server's certificate is not for this host name "
                         f"(the server may be an impostor).")
    if "certificate verify failed" in low or "self-signed certificate" in low or "unable to get local issuer" in low:
        return BookError(f"拒绝连接 {where}：服务器证书不是由所给的 CA 证书签发的（CA 文件不对，或服务器是冒充的）。",
                         f"Refused {where}: the server's certificate was not issued by the given CA "
                         f"(wrong CA file, or an impostor server).")
    if "server does not support ssl" in low:
        return BookError(f"无法连接 {where}：服务器未开启 TLS 加密连接（请管理员在服务器上设置 ssl = on）。",
                         f"Cannot connect to {where}: the server does not offer TLS (set ssl = on on the server).")
    if "root certificate file" in low or "could not read root certificate" in low:
        return BookError(f"无法连接 {where}：CA 证书文件无法读取或格式不对。",
                         f"Cannot connect to {where}: the CA certificate file cannot be read.")
    if "no pg_hba.conf entry" in low and "no encryption" in low:
        return BookError(f"无法连接 {where}：服务器只接受 TLS 加密连接。",
                         f"Cannot connect to {where}: the server accepts only TLS connections.")
    return None
