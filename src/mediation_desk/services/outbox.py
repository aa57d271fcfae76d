"""The outbox of hand-off packages: what waits for the court's system, what was sent, what the court
acknowledged, what failed and why (docs/outbox.md).

A package is copied into the book's vault when it is put in the outbox (encrypted; it holds
personal data), so the outbox keeps working when the original file is moved or the USB stick is
gone. Each call is one transaction with its audit row, except ``send_due``, which claims an item
(``sending``) in one transaction, posts it outside any transaction and records the answer in a
second one. The idempotency key is fixed when the package is put in the outbox and sent with every
attempt: a repeated post (after a timeout, a dropped connection or a crash) is recognised by the
court's system, and its "already received" answer counts as success.
"""

from __future__ import annotations

import random
import re
import threading
import uuid
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.outbox import (ACKNOWLEDGEABLE, CANCELLABLE, MAX_ATTEMPTS, OFFLINE, RETRYABLE, Endpoint,
                                          ErrorKind, OutboxItem, OutboxState, SendResult, Verdict, classify,
                                          gave_up, next_attempt)
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.access import may_access, referral_scoped, require_case, require_outbox_operator
from mediation_desk.services.clock import now as clock_now
from mediation_desk.services.ports import (EvidenceFile, EvidenceVault, OutgoingPackage, PackageTransport, Tx,
                                           UnitOfWork)

ENDPOINTS_KEY = "handoff.endpoints"
DEFAULT_ENDPOINT_KEY = "handoff.default_endpoint"
PACKAGE_SUFFIX = ".mdpkg"
KINDS: dict[str, str] = {
    "judicial_confirmation": "司法确认申请", "payment_order": "支付令申请", "case_file": "卷宗移送",
    "preservation": "财产保全移送", "court_guidance": "引导起诉函", "entrusted_result": "委派/委托调解结果",
    "court_outcome": "法院裁判结果", "court_referral": "法院委派/委托调解",
}
_NAME_RE = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{1,64}$")
_ENTITY = "handoff_outbox"
_send_lock = threading.Lock()  # one sending run per process: an item found "sending" at the start was left by a crash


@dataclass(frozen=True)
class OutboxRow:
    """One item as the 法院衔接 tab and the command line show it."""

    item: OutboxItem
    state_label: str
    state_label_en: str
    destination_label: str
    kind_label: str
    can_retry: bool
    can_cancel: bool
    can_export: bool
    can_acknowledge: bool


@dataclass(frozen=True)
class CaseOutbox:
    """Everything the case's 法院衔接 tab shows about its outbox, from one call."""

    case_id: int
    rows: tuple[OutboxRow, ...]
    endpoints: tuple[str, ...]  # the receiving addresses configured in the book
    default_endpoint: str  # where a new package goes ("" = offline only)
    waiting: int
    failed: int


@dataclass(frozen=True)
class SendReport:
    """What one ``send_due`` run did: (item id, verdict, sentence) per item it tried."""

    results: tuple[tuple[int, Verdict, str], ...]
    recovered: int  # items found "sending" (left by a crash) and put back in the queue

    def count(self, verdict: Verdict) -> int:
        return sum(1 for _i, v, _m in self.results if v is verdict)


# --------------------------------------------------------------------------- settings


def _endpoints(tx: Tx) -> dict[str, Endpoint]:
    raw = tx.settings.get(ENDPOINTS_KEY, {}) or {}
    return {str(n): Endpoint.from_json(str(n), d) for n, d in raw.items() if isinstance(d, dict)}


def _default_destination(tx: Tx, endpoints: dict[str, Endpoint]) -> str:
    chosen = str(tx.settings.get(DEFAULT_ENDPOINT_KEY, "") or "")
    if chosen in endpoints:
        return chosen
    return next(iter(endpoints)) if len(endpoints) == 1 else OFFLINE


def validate_endpoint(endpoint: Endpoint) -> Endpoint:
    """The endpoint as it will be kept, or ``ValidationError`` naming each wrong field."""
    errors: dict[str, str] = {}
    name = endpoint.name.strip()
    if not _NAME_RE.match(name):
        errors["name"] = "名称须为1至64个汉字、字母、数字或 _ . -"
    url = endpoint.url.strip()
    parts = urlsplit(url)
    if parts.scheme != "https":
        errors["url"] = "接收地址必须以 https:// 开头（不接受未加密的 http）"
    elif not parts.hostname:
        errors["url"] = "接收地址缺少主机名"
    elif parts.username or parts.password:
        errors["url"] = "接收地址中不能包含用户名或密码"
    files = {"ca_file": endpoint.ca_file.strip(), "client_cert": endpoint.client_cert.strip(),
             "client_key": endpoint.client_key.strip()}
    for key, value in files.items():
        if value and not Path(value).expanduser().is_file():
            errors[key] = f"找不到文件：{value}"
    if files["client_key"] and not files["client_cert"]:
        errors["client_cert"] = "填写了客户端私钥文件，但没有填写客户端证书文件"
    if not 1 <= endpoint.timeout_s <= 600:
        errors["timeout_s"] = "超时须在1至600秒之间"
    if errors:
        raise ValidationError(errors)
    return Endpoint(name=name, url=url, ca_file=str(Path(files["ca_file"]).expanduser()) if files["ca_file"] else "",
                    client_cert=str(Path(files["client_cert"]).expanduser()) if files["client_cert"] else "",
                    client_key=str(Path(files["client_key"]).expanduser()) if files["client_key"] else "",
                    timeout_s=float(endpoint.timeout_s))


def list_endpoints(uow: UnitOfWork, actor: Principal) -> list[Endpoint]:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        return list(_endpoints(tx).values())


def set_endpoint(uow: UnitOfWork, actor: Principal, endpoint: Endpoint, *, make_default: bool = False) -> Endpoint:
    """Add or change a court system's receiving address (paths of the CA file and of the client
    certificate and key on this computer; the key stays in its file, never in the book)."""
    actor.require(Permission.MANAGE_ORGANISATION)
    endpoint = validate_endpoint(endpoint)
    with uow.write() as tx:
        current = {n: e.to_json() for n, e in _endpoints(tx).items()}
        before = current.get(endpoint.name)
        current[endpoint.name] = endpoint.to_json()
        tx.settings.set(ENDPOINTS_KEY, current)
        if make_default:
            tx.settings.set(DEFAULT_ENDPOINT_KEY, endpoint.name)
        tx.audit.append(actor=actor.username, action="handoff_outbox.endpoint", entity="organisation", entity_id=0,
                        changes={"endpoint": endpoint.name, "before": before, "after": endpoint.to_json(),
                                 "default": make_default})
    return endpoint


def remove_endpoint(uow: UnitOfWork, actor: Principal, name: str) -> None:
    actor.require(Permission.MANAGE_ORGANISATION)
    with uow.write() as tx:
        current = {n: e.to_json() for n, e in _endpoints(tx).items()}
        if name not in current:
            raise NotFound(f"没有名为“{name}”的接收地址。", f"No endpoint named {name}.")
        waiting = [i for i in tx.outbox.list(states=[OutboxState.WAITING.value, OutboxState.SENDING.value])
                   if i.destination == name]
        if waiting:
            raise ConflictError(f"还有{len(waiting)}个移交包等待发往“{name}”，请先取消或改为离线递交。",
                                f"{len(waiting)} packages still wait for {name}.")
        before = current.pop(name)
        tx.settings.set(ENDPOINTS_KEY, current)
        if tx.settings.get(DEFAULT_ENDPOINT_KEY, "") == name:
            tx.settings.set(DEFAULT_ENDPOINT_KEY, "")
        tx.audit.append(actor=actor.username, action="handoff_outbox.endpoint_remove", entity="organisation",
                        entity_id=0, changes={"endpoint": name, "before": before})


# --------------------------------------------------------------------------- putting a package in


def _check_package_file(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except FileNotFoundError:
        raise ValidationError({"package_path": f"找不到移交包文件：{path.name}"}) from None
    except IsADirectoryError:
        raise ValidationError({"package_path": "请选择移交包文件，而不是文件夹"}) from None
    except OSError as exc:
        raise ValidationError({"package_path": f"无法读取移交包文件：{exc.strerror or exc}"}) from None
    if head != b"PK\x03\x04":
        raise ValidationError({"package_path": f"“{path.name}”不是移交包（应为 {PACKAGE_SUFFIX} 压缩文件）"})


def _canonical_uuid(value: str, field: str, label: str) -> str:
    try:
        return str(uuid.UUID(str(value).strip()))
    except ValueError:
        raise ValidationError({field: f"{label}格式无效：{value}"}) from None


def enqueue(uow: UnitOfWork, vault: EvidenceVault, actor: Principal, *, package_path: Path | str, package_id: str,
            case_id: int | None, kind: str, title: str, destination: str | None = None) -> OutboxItem:
    """Copy the package into the book (encrypted) and put it in the outbox for ``destination`` (a
    configured endpoint's name; ``None``: the default one, or offline when none is configured; ""
    offline: it leaves by export only). Its idempotency key is fixed now."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    package_path = Path(package_path)
    errors: dict[str, str] = {}
    if kind not in KINDS:
        errors["kind"] = f"未知的移交包种类：{kind}"
    title = (title or "").strip()
    if not title:
        errors["title"] = "请填写移交包标题"
    elif len(title) > 200:
        errors["title"] = "标题不能超过200字"
    if errors:
        raise ValidationError(errors)
    package_id = _canonical_uuid(package_id, "package_id", "移交包编号")
    _check_package_file(package_path)
    with uow.read() as tx:
        if case_id is not None:
            if tx.cases.get(case_id) is None:
                raise NotFound("找不到该案件。", "Case not found.")
            require_case(tx, actor, case_id, Permission.CHANGE_CASE_STATUS)
        endpoints = _endpoints(tx)
        dest = _default_destination(tx, endpoints) if destination is None else destination.strip()
        if dest != OFFLINE and dest not in endpoints:
            raise ValidationError({"destination": f"没有名为“{dest}”的接收地址，请先在设置中添加"})
        _refuse_duplicate(tx.outbox.find(dest, package_id))
    staged = vault.stage(case_id=case_id or 0, source=package_path)
    try:
        with uow.write() as tx:
            _refuse_duplicate(tx.outbox.find(dest, package_id))
            stamp = clock_now()
            key = str(uuid.uuid4())
            item_id = tx.outbox.add(package_id=package_id, case_id=case_id, kind=kind, title=title,
                                    file=staged.file, destination=dest, idempotency_key=key,
                                    state=OutboxState.WAITING.value,
                                    next_attempt_at=stamp if dest != OFFLINE else None,
                                    created_by=actor.username, created_at=stamp)
            item = tx.outbox.get(item_id)
            assert item is not None
            tx.audit.append(actor=actor.username, action="handoff_outbox.enqueue", entity=_ENTITY, entity_id=item_id,
                            changes={"case": item.case_number or None, "package_id": package_id, "kind": kind,
                                     "title": title, "destination": dest or "offline", "idempotency_key": key,
                                     "size": staged.file.size, "sha256": staged.file.sha256})
            staged.place()  # last: the commit follows; if it fails the file is removed below
    except BaseException:
        staged.discard()
        raise
    return item


def _refuse_duplicate(existing: OutboxItem | None) -> None:
    if existing is not None:
        where = f"发往“{existing.destination}”" if existing.destination else "离线递交"
        raise ConflictError(f"该移交包已在发件箱中（第{existing.id}项，{where}，{existing.state.label}），不会重复加入。",
                            f"This package is already in the outbox (item {existing.id}, {existing.state.label_en}).")


# --------------------------------------------------------------------------- reading


def _row(item: OutboxItem) -> OutboxRow:
    s = item.state
    online = item.destination != OFFLINE
    return OutboxRow(item=item, state_label=s.label, state_label_en=s.label_en,
                     destination_label=item.destination if online else "离线递交（导出到文件夹）",
                     kind_label=KINDS.get(item.kind, item.kind),
                     can_retry=online and s in RETRYABLE, can_cancel=s in CANCELLABLE,
                     can_export=s is not OutboxState.SENDING, can_acknowledge=s in ACKNOWLEDGEABLE)


def list_items(uow: UnitOfWork, actor: Principal, *, case_id: int | None = None,
               states: Sequence[OutboxState] = ()) -> list[OutboxRow]:
    """The outbox, newest first (of one case, or of the whole book for whoever sees every case)."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        if case_id is not None:
            require_case(tx, actor, case_id)
        items = tx.outbox.list(case_id=case_id, states=[s.value for s in states])
        if referral_scoped(actor):
            items = [i for i in items if i.case_id is not None and may_access(tx, actor, i.case_id)]
    return [_row(i) for i in items]


def case_outbox(uow: UnitOfWork, actor: Principal, case_id: int) -> CaseOutbox:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        if tx.cases.get(case_id) is None:
            raise NotFound("找不到该案件。", "Case not found.")
        require_case(tx, actor, case_id)
        items = tx.outbox.list(case_id=case_id)
        endpoints = _endpoints(tx)
        default = _default_destination(tx, endpoints)
    rows = tuple(_row(i) for i in items)
    return CaseOutbox(case_id=case_id, rows=rows, endpoints=tuple(endpoints), default_endpoint=default,
                      waiting=sum(1 for i in items if i.state is OutboxState.WAITING),
                      failed=sum(1 for i in items if i.state is OutboxState.FAILED))


def _load(tx: Tx, actor: Principal, item_id: int, *permissions: Permission) -> OutboxItem:
    item = tx.outbox.get(item_id)
    if item is None:
        raise NotFound(f"发件箱中没有第{item_id}项。", f"No outbox item {item_id}.")
    if item.case_id is not None:
        require_case(tx, actor, item.case_id, *permissions)
    else:
        for p in permissions:
            actor.require(p)
    return item


def _audit(tx: Tx, actor: str, action: str, item: OutboxItem, **changes: Any) -> None:
    tx.audit.append(actor=actor, action=f"handoff_outbox.{action}", entity=_ENTITY, entity_id=item.id,
                    changes={"case": item.case_number or None, "package_id": item.package_id,
                             "title": item.title, **changes})


# --------------------------------------------------------------------------- acts by hand


def retry(uow: UnitOfWork, actor: Principal, item_id: int) -> OutboxItem:
    """Send again at the next run (now): a failed item, one waiting out its back-off, or one that was
    exported and should go by the network after all. The attempts start again from one; the
    idempotency key stays, so the court's system recognises a package it already has."""
    require_outbox_operator(actor)
    with uow.write() as tx:
        item = _load(tx, actor, item_id)
        if item.destination == OFFLINE:
            raise ConflictError("该移交包只能离线递交（导出到文件夹），没有接收地址可发送。",
                                "This package is delivered offline only; there is no endpoint to send it to.")
        if item.state not in RETRYABLE:
            raise ConflictError(f"该移交包{item.state.label}，不能重新发送。",
                                f"The package is {item.state.label_en}; it cannot be sent again.")
        stamp = clock_now()
        tx.outbox.update(item.id, state=OutboxState.WAITING.value, attempts=0, next_attempt_at=stamp)
        _audit(tx, actor.username, "retry", item, state=[item.state.value, OutboxState.WAITING.value])
        out = tx.outbox.get(item.id)
    assert out is not None
    return out


def cancel(uow: UnitOfWork, actor: Principal, item_id: int, *, reason: str) -> OutboxItem:
    """Stop sending (state ``failed`` with who cancelled and why); a retry by hand may restart it."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "请填写取消发送的原因"})
    with uow.write() as tx:
        item = _load(tx, actor, item_id, Permission.CHANGE_CASE_STATUS)
        if item.state not in CANCELLABLE:
            raise ConflictError(f"该移交包{item.state.label}，不能取消。",
                                f"The package is {item.state.label_en}; it cannot be cancelled.")
        message = f"已由{actor.display_name}取消发送：{reason}"
        tx.outbox.update(item.id, state=OutboxState.FAILED.value, next_attempt_at=None, last_error=message)
        _audit(tx, actor.username, "cancel", item, state=[item.state.value, OutboxState.FAILED.value], reason=reason)
        out = tx.outbox.get(item.id)
    assert out is not None
    return out


def _file_name(item: OutboxItem) -> str:
    stem = re.sub(r"[^0-9A-Za-z\u4e00-\u9fff\-]+", "-", f"{item.case_number or 'package'}-{item.kind}").strip("-")
    return f"{stem}-{item.package_id[:8]}{PACKAGE_SUFFIX}"


def export_package(uow: UnitOfWork, vault: EvidenceVault, actor: Principal, item_id: int, *,
                   folder: Path | str, overwrite: bool = False) -> Path:
    """Write the package to ``folder`` (a USB stick, a shared folder) for delivery by hand: checked
    against its SHA-256 and moved into place atomically, then recorded. An item still waiting or
    failed leaves the network queue (``exported``), so the court never receives it by two routes; a
    copy of an item already sent or acknowledged changes nothing but the record of the export."""
    actor.require(Permission.EXPORT_EVIDENCE)
    with uow.read() as tx:
        item = _load(tx, actor, item_id, Permission.EXPORT_EVIDENCE)
        file = tx.outbox.file_of(item_id)
    assert file is not None
    if item.state is OutboxState.SENDING:
        raise ConflictError("该移交包正在发送，请稍后再导出。", "The package is being sent; export it later.")
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ValidationError({"folder": f"文件夹不存在：{folder}"})
    staged = vault.export_to(file, folder / _file_name(item), overwrite=overwrite)
    try:
        with uow.write() as tx:
            current = _load(tx, actor, item_id, Permission.EXPORT_EVIDENCE)
            if current.state is OutboxState.SENDING:
                raise ConflictError("该移交包正在发送，请稍后再导出。", "The package is being sent; export it later.")
            to_state = OutboxState.EXPORTED if current.state in (OutboxState.WAITING, OutboxState.FAILED) \
                else current.state
            tx.outbox.update(item_id, state=to_state.value, exported_at=clock_now(), exported_to=str(staged.target),
                             next_attempt_at=None if to_state is OutboxState.EXPORTED else current.next_attempt_at)
            _audit(tx, actor.username, "export", current, state=[current.state.value, to_state.value],
                   target=str(staged.target), size=staged.size, sha256=staged.sha256)
            staged.place()
    except BaseException:
        staged.discard()
        raise
    return staged.target


def acknowledge(uow: UnitOfWork, actor: Principal, item_id: int, *, reference: str, note: str = "") -> OutboxItem:
    """Record by hand that the court received the package (the offline route, or an acknowledgement
    that came by letter): the court's receipt or case reference is required."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    reference = (reference or "").strip()
    if not reference:
        raise ValidationError({"reference": "请填写法院的签收编号或收案号"})
    if len(reference) > 100:
        raise ValidationError({"reference": "签收编号不能超过100字"})
    with uow.write() as tx:
        item = _load(tx, actor, item_id, Permission.CHANGE_CASE_STATUS)
        if item.state not in ACKNOWLEDGEABLE:
            raise ConflictError(f"该移交包{item.state.label}，不能登记签收。",
                                f"The package is {item.state.label_en}; its receipt cannot be recorded.")
        stamp = clock_now()
        receipt = dict(item.receipt or {})
        receipt.update({"reference": reference, "recorded_by_hand": True, "recorded_by": actor.username,
                        "note": note.strip()})
        tx.outbox.update(item.id, state=OutboxState.ACKNOWLEDGED.value, acknowledged_at=stamp, next_attempt_at=None,
                         receipt=receipt, last_error="")
        _audit(tx, actor.username, "acknowledge", item, state=[item.state.value, OutboxState.ACKNOWLEDGED.value],
               reference=reference, note=note.strip())
        out = tx.outbox.get(item.id)
    assert out is not None
    return out


# --------------------------------------------------------------------------- sending


def _recover(uow: UnitOfWork, actor: str, at: datetime) -> int:
    with uow.write() as tx:
        stuck = tx.outbox.list(states=[OutboxState.SENDING.value])
        for item in stuck:
            tx.outbox.update(item.id, state=OutboxState.WAITING.value, next_attempt_at=at)
            _audit(tx, actor, "recover", item, state=[OutboxState.SENDING.value, OutboxState.WAITING.value])
    return len(stuck)


def _claim(uow: UnitOfWork, actor: str, item_id: int, at: datetime) -> tuple[OutboxItem, EvidenceFile] | None:
    with uow.write() as tx:
        item = tx.outbox.get(item_id)
        if item is None or item.state is not OutboxState.WAITING or item.destination == OFFLINE:
            return None
        if item.next_attempt_at is not None and item.next_attempt_at > at:
            return None
        if not tx.outbox.claim(item_id, expected=OutboxState.WAITING.value, state=OutboxState.SENDING.value):
            return None
        _audit(tx, actor, "claim", item, attempt=item.attempts + 1, destination=item.destination)
        file = tx.outbox.file_of(item_id)
    assert file is not None
    return item, file


def _record(uow: UnitOfWork, actor: str, item: OutboxItem, result: SendResult, at: datetime,
            unit: float) -> tuple[Verdict, str]:
    outcome = classify(result)
    attempts = item.attempts + 1
    verdict, message = outcome.verdict, outcome.message
    fields: dict[str, Any] = {"attempts": attempts, "last_status": result.status}
    if outcome.receipt:
        fields["receipt"] = outcome.receipt
    if verdict in (Verdict.SENT, Verdict.ACKNOWLEDGED):
        fields.update(state=verdict.value, sent_at=at, next_attempt_at=None, last_error="")
        if verdict is Verdict.ACKNOWLEDGED:
            fields["acknowledged_at"] = at
    elif verdict is Verdict.RETRY and attempts >= MAX_ATTEMPTS:
        verdict = Verdict.FAILED
        message = gave_up(outcome, attempts)
        fields.update(state=OutboxState.FAILED.value, next_attempt_at=None, last_error=message)
    elif verdict is Verdict.RETRY:
        fields.update(state=OutboxState.WAITING.value, last_error=message,
                      next_attempt_at=next_attempt(at, attempts, unit, result.retry_after_s))
    else:
        fields.update(state=OutboxState.FAILED.value, next_attempt_at=None, last_error=message)
    with uow.write() as tx:
        tx.outbox.update(item.id, **fields)
        _audit(tx, actor, verdict.value, item, attempt=attempts, status=result.status,
               error=result.error.value if result.error else None, reference=result.reference or None,
               message=message or None,
               next_attempt_at=fields["next_attempt_at"].isoformat() if fields.get("next_attempt_at") else None)
    return verdict, message


def _opener(vault: EvidenceVault, file: EvidenceFile) -> Callable[[], Generator[bytes, None, None]]:
    def open_stream() -> Generator[bytes, None, None]:
        return vault.open_plaintext_stream(file)

    return open_stream


def send_due(uow: UnitOfWork, vault: EvidenceVault, actor: Principal, transport: PackageTransport, *,
             now: datetime | None = None, rng: Callable[[], float] = random.random,
             limit: int | None = None) -> SendReport:
    """Post every waiting package whose time has come (``next_attempt_at`` ≤ ``now``), oldest first,
    and record each answer (see ``domain.outbox``). Items left ``sending`` by a crash go back to the
    queue first. ``rng`` gives the jitter of the back-off (a number in [0, 1))."""
    require_outbox_operator(actor)
    at = now or clock_now()
    if not _send_lock.acquire(blocking=False):
        raise ConflictError("发件箱正在发送，请稍后再试。", "The outbox is being sent already; try again later.")
    try:
        recovered = _recover(uow, actor.username, at)
        with uow.read() as tx:
            endpoints = _endpoints(tx)
            due = [i for i in tx.outbox.list(states=[OutboxState.WAITING.value])
                   if i.destination != OFFLINE and (i.next_attempt_at is None or i.next_attempt_at <= at)]
        due.sort(key=lambda i: (i.next_attempt_at or i.created_at, i.id))
        results: list[tuple[int, Verdict, str]] = []
        for candidate in due[:limit] if limit is not None else due:
            claimed = _claim(uow, actor.username, candidate.id, at)
            if claimed is None:
                continue
            item, file = claimed
            endpoint = endpoints.get(item.destination)
            if endpoint is None:
                result = SendResult(error=ErrorKind.CONFIG, detail=f"未配置名为“{item.destination}”的接收地址")
            else:
                package = OutgoingPackage(package_id=item.package_id, idempotency_key=item.idempotency_key,
                                          size=file.size, sha256=file.sha256,
                                          open=_opener(vault, file))
                try:
                    result = transport.send(endpoint, package)
                except Exception as exc:  # noqa: BLE001 - the item must not stay "sending"
                    result = SendResult(error=ErrorKind.RESET, detail=f"{type(exc).__name__}: {exc}")
            verdict, message = _record(uow, actor.username, item, result, at, rng())
            results.append((item.id, verdict, message))
        return SendReport(results=tuple(results), recovered=recovered)
    finally:
        _send_lock.release()


def package_title(kind: str) -> str:
    """The Chinese name of a package kind (for a title the caller did not give)."""
    if kind not in KINDS:
        raise ValidationError({"kind": f"未知的移交包种类：{kind}"})
    return KINDS[kind]


def default_endpoint(uow: UnitOfWork, actor: Principal) -> str:
    """The endpoint new packages go to ("" = offline only), as ``enqueue`` chooses it."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        return _default_destination(tx, _endpoints(tx))
