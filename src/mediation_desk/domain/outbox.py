"""The outbox of hand-off packages: states, the retry schedule and what an answer of the court's
system means (pure; docs/outbox.md).

A package put in the outbox waits (``waiting``) until a run of ``services.outbox.send_due`` claims
it (``sending``) and posts it. The answer decides what follows:

* 2xx, or 409 for our idempotency key (the court's system already has the package): ``sent``, or
  ``acknowledged`` when the answer carries the court's reference;
* connection refused or reset, timeout, 408, 429, 5xx: back to ``waiting`` after a back-off of
  1, 2, 4 … minutes (capped at an hour, stretched by at most a fifth at random so that several
  desks do not retry in step), ``failed`` after ``MAX_ATTEMPTS``;
* any other 4xx, a redirect, a certificate that does not verify, a client certificate refused,
  a setting that is missing: ``failed`` at once, with one sentence saying why.

A ``failed`` item is sent again only when someone asks (``retry``). A package taken to the court on
a USB stick is ``exported`` (off the network queue, so the court never gets it twice by two routes)
and then ``acknowledged`` by hand with the court's receipt.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

MAX_ATTEMPTS = 8
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=1)
JITTER = 0.2  # a delay is stretched by a random share in [0, JITTER)
RETRY_AFTER_CAP = timedelta(hours=6)  # a server's Retry-After is honoured up to this
MEDIA_TYPE = "application/vnd.mediation-desk.handoff+zip"
OFFLINE = ""  # the destination of a package that only leaves on a USB stick or by e-mail


class OutboxState(str, enum.Enum):
    WAITING = "waiting"
    SENDING = "sending"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    FAILED = "failed"
    EXPORTED = "exported"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _STATE_LABELS[self][1]


_STATE_LABELS = {
    OutboxState.WAITING: ("待发送", "Waiting"),
    OutboxState.SENDING: ("正在发送", "Sending"),
    OutboxState.SENT: ("已发送", "Sent"),
    OutboxState.ACKNOWLEDGED: ("法院已签收", "Acknowledged by the court"),
    OutboxState.FAILED: ("发送失败", "Failed"),
    OutboxState.EXPORTED: ("已导出（离线递交）", "Exported (delivered offline)"),
}

# What each act may start from.
RETRYABLE = frozenset({OutboxState.WAITING, OutboxState.FAILED, OutboxState.EXPORTED})
CANCELLABLE = frozenset({OutboxState.WAITING, OutboxState.FAILED})
ACKNOWLEDGEABLE = frozenset({OutboxState.SENT, OutboxState.EXPORTED, OutboxState.FAILED, OutboxState.WAITING})


@dataclass(frozen=True)
class OutboxItem:
    id: int
    package_id: str
    case_id: int | None
    kind: str
    title: str
    size: int
    sha256: str
    destination: str
    idempotency_key: str
    state: OutboxState
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    last_status: int | None
    sent_at: datetime | None
    acknowledged_at: datetime | None
    receipt: dict[str, Any] | None
    exported_at: datetime | None
    exported_to: str
    created_at: datetime
    created_by: str
    case_number: str = ""

    @property
    def reference(self) -> str:
        """The court's reference for the package, once known."""
        return str((self.receipt or {}).get("reference") or "")


@dataclass(frozen=True)
class Endpoint:
    """A court system's receiving address (the book's settings, ``handoff.endpoints``): paths of the
    CA file, client certificate and key on this computer; never a key itself."""

    name: str
    url: str
    ca_file: str = ""  # empty: the system's trusted certificates
    client_cert: str = ""
    client_key: str = ""
    timeout_s: float = 60.0

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "ca_file": self.ca_file, "client_cert": self.client_cert,
                "client_key": self.client_key, "timeout_s": self.timeout_s}

    @classmethod
    def from_json(cls, name: str, data: dict[str, Any]) -> Endpoint:
        return cls(name=name, url=str(data.get("url", "")), ca_file=str(data.get("ca_file") or ""),
                   client_cert=str(data.get("client_cert") or ""), client_key=str(data.get("client_key") or ""),
                   timeout_s=float(data.get("timeout_s") or 60.0))


class ErrorKind(str, enum.Enum):
    """Why a post got no HTTP answer."""

    CONNECT = "connect"  # refused, unreachable, name not found
    TIMEOUT = "timeout"
    RESET = "reset"  # the connection dropped during the upload or before the answer
    TLS_VERIFY = "tls_verify"  # the server's certificate did not verify (CA, expiry, host name)
    TLS_REJECTED = "tls_rejected"  # the server refused our client certificate or the handshake
    CONFIG = "config"  # a setting is wrong (no https URL, a certificate file missing)
    SOURCE = "source"  # the package kept in the book could not be read


TRANSIENT_ERRORS = frozenset({ErrorKind.CONNECT, ErrorKind.TIMEOUT, ErrorKind.RESET})


@dataclass(frozen=True)
class SendResult:
    """What one post produced: an HTTP answer (``status``) or an error without one."""

    status: int | None = None
    body: bytes = b""
    reference: str = ""  # the court's reference, from the answer (JSON "reference" or X-Court-Reference)
    retry_after_s: float | None = None
    error: ErrorKind | None = None
    detail: str = ""  # technical detail for the log / the last-error sentence

    def answer_json(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.body.decode("utf-8")) if self.body else None
        except (UnicodeDecodeError, ValueError):
            return None
        return data if isinstance(data, dict) else None


class Verdict(str, enum.Enum):
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    RETRY = "retry"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    message: str = ""  # Chinese sentence for last_error ("" on success)
    message_en: str = ""
    receipt: dict[str, Any] = field(default_factory=dict)
    reason: str = ""  # the cause alone, without what follows (for the sentence when retries give up)


def _receipt(result: SendResult) -> dict[str, Any]:
    out: dict[str, Any] = {"status": result.status}
    data = result.answer_json()
    if data is not None:
        out["answer"] = data
    elif result.body:
        out["answer_text"] = result.body[:500].decode("utf-8", "replace")
    if result.reference:
        out["reference"] = result.reference
    return out


def _short(detail: str) -> str:
    return detail.strip().splitlines()[0][:200] if detail.strip() else ""


def _retry(reason: str, reason_en: str, note: str = "", *, receipt: dict[str, Any] | None = None) -> Outcome:
    return Outcome(Verdict.RETRY, f"{reason}，稍后自动重试{note}。", f"{reason_en}; will retry.", receipt or {},
                   reason)


def gave_up(outcome: Outcome, attempts: int) -> str:
    """The sentence for an item whose automatic retries are used up."""
    return (f"{outcome.reason or outcome.message.rstrip('。')}；已自动尝试{attempts}次仍未成功，已停止自动重试，"
            "请检查网络或设置后手动重新发送。")


def classify(result: SendResult) -> Outcome:
    """What the answer means for the package (see the module's docstring)."""
    if result.error is not None:
        kind = result.error
        tail = f"（{_short(result.detail)}）" if _short(result.detail) else ""
        if kind is ErrorKind.CONNECT:
            return _retry(f"无法连接法院系统{tail}", "Cannot connect to the court's system")
        if kind is ErrorKind.TIMEOUT:
            return _retry("法院系统在限定时间内没有答复", "The court's system did not answer in time",
                          "（同一幂等键，不会重复登记）")
        if kind is ErrorKind.RESET:
            return _retry(f"发送过程中连接中断{tail}", "The connection dropped during sending")
        if kind is ErrorKind.TLS_VERIFY:
            return Outcome(Verdict.FAILED, f"法院系统的证书未通过验证（证书颁发机构、有效期或主机名不符）{tail}，"
                                           "未发送。请核对接收地址和CA证书设置。",
                           "The court system's certificate did not verify; nothing was sent.")
        if kind is ErrorKind.TLS_REJECTED:
            return Outcome(Verdict.FAILED, f"法院系统拒绝了本机构的客户端证书或加密连接{tail}，未发送。"
                                           "请核对客户端证书设置。",
                           "The court's system refused our client certificate; nothing was sent.")
        if kind is ErrorKind.SOURCE:
            return Outcome(Verdict.FAILED, f"案件库中保存的移交包无法读取或已损坏{tail}，未发送。请重新生成移交包。",
                           "The package kept in the book cannot be read; nothing was sent.")
        return Outcome(Verdict.FAILED, f"发送设置有误{tail}，未发送。", "The sending settings are wrong.")
    status = int(result.status or 0)
    receipt = _receipt(result)
    if 200 <= status < 300 or status == 409:
        return Outcome(Verdict.ACKNOWLEDGED if result.reference else Verdict.SENT, receipt=receipt)
    if status in (408, 429) or 500 <= status < 600:
        return _retry(f"法院系统暂时无法接收（HTTP {status}）", f"The court's system cannot take it now (HTTP {status})",
                      receipt=receipt)
    if 300 <= status < 400:
        return Outcome(Verdict.FAILED, f"法院系统要求转到其他地址（HTTP {status}），未跟随，未发送。请核对接收地址。",
                       f"The court's system redirected (HTTP {status}); not followed.", receipt)
    why = {400: "请求格式不被接受", 401: "身份未被认可", 403: "无权提交", 404: "接收地址不存在",
           413: "文件超过对方允许的大小", 415: "文件类型不被接受", 422: "内容未通过对方校验"}.get(status, "请求被拒绝")
    return Outcome(Verdict.FAILED, f"法院系统拒收：{why}（HTTP {status}），未重试。",
                   f"The court's system refused the package (HTTP {status}); not retried.", receipt)


def backoff(attempts: int, unit: float = 0.0) -> timedelta:
    """The wait after the ``attempts``-th failed attempt (1 → 1 min, 2 → 2 min, 3 → 4 min … capped at
    ``BACKOFF_CAP``), stretched by ``unit * JITTER`` (``unit`` in [0, 1), from the caller's random source)."""
    if attempts < 1:
        raise ValueError("attempts starts at 1")
    unit = min(max(unit, 0.0), 1.0)
    base: timedelta = min(BACKOFF_BASE * (2 ** min(attempts - 1, 30)), BACKOFF_CAP)
    return timedelta(seconds=base.total_seconds() * (1.0 + JITTER * unit))


def next_attempt(now: datetime, attempts: int, unit: float, retry_after_s: float | None = None) -> datetime:
    """When to try again: the back-off, or the server's Retry-After when longer (bounded)."""
    wait = backoff(attempts, unit)
    if retry_after_s is not None and retry_after_s > 0:
        wait = max(wait, min(timedelta(seconds=retry_after_s), RETRY_AFTER_CAP))
    return now + wait
