"""Anchoring the audit trail outside the book, and checking the book against an anchor.

An anchor is the chain head (row id and hash) of a book at a moment, kept somewhere the book's
key does not reach: in every backup archive (its header) and on its recovery sheet, in every
hand-off package (:func:`handoff_anchor`, file :data:`PACKAGE_MEMBER`), or in a checkpoint file
(:func:`write_checkpoint`, ``mediation-desk audit checkpoint``). ``verify --against FILE`` proves
that the live chain extends what was anchored: the row with the anchored id still has the anchored
hash, and the chain from it to the head verifies (docs/architecture.md, "What the audit trail proves").
"""

from __future__ import annotations

import hashlib
import hmac
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.domain import clock
from mediation_desk.domain.audit import check_anchor
from mediation_desk.domain.errors import BookError
from mediation_desk.storage.audit_state import check_bindings
from mediation_desk.storage.keys import derive_key, key_id
from mediation_desk.storage.maintenance.findings import Finding, audit_entries

CHECKPOINT_FORMAT = "mediation-desk-audit-checkpoint"
CHECKPOINT_VERSION = 1
PACKAGE_MEMBER = "audit-anchor.json"
MANIFEST_MEMBER = "manifest.json"  # of a hand-off package (format 1): its "audit_anchor"
MAX_MANIFEST_BYTES = 1 << 20
SEAL_LABEL = "audit-anchor-v1"
MAX_ANCHOR_BYTES = 64 << 10


@dataclass(frozen=True)
class Anchor:
    book_id: str
    head_id: int
    head_hash: str
    created_at: datetime
    source: str  # "backup", "package" or "checkpoint"
    sealed: bool | None = None  # checkpoint/package: True seal checked, False seal wrong, None not checkable

    @property
    def where(self) -> tuple[str, str]:
        when = self.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        zh = {"backup": "备份", "package": "移交包", "checkpoint": "审计检查点"}[self.source]
        en = {"backup": "the backup", "package": "the hand-off package", "checkpoint": "the checkpoint"}[self.source]
        return f"{when}的{zh}", f"{en} of {when}"


# ---- the data against the trail (part of every verify) ----

def check_data_against_trail(conn: sqlcipher.Connection, add: Callable[[Any], None]) -> None:
    """Findings for every case, user or organisation whose stored state differs from its latest
    audit row (storage.audit_state), and every document whose bytes differ from its SHA-256."""
    def query(sql: str, params) -> list[tuple]:  # noqa: ANN001
        return conn.execute(sql, tuple(params)).fetchall()

    try:
        problems = check_bindings(query)
    except sqlcipher.DatabaseError as exc:
        add(Finding("error", "无法将数据与审计记录核对：数据库已损坏，请从备份恢复。",
                    f"The data could not be checked against the audit trail ({exc}).", check="binding"))
        return
    for p in problems:
        add(Finding("error", p.zh, p.en, row_id=p.row_id, check="binding"))


# ---- the restore's own audit row ----

def record_restore(db_path: Path, raw_key: bytes, *, archive: Path, created_at: datetime,
                   archive_head: tuple[int, str] | None, replacing: bool, actor: str = "restore") -> None:
    """Append the ``book.restore`` row to a restored database before it is moved into place, so a
    restored book always says it was restored, from what and when."""
    from mediation_desk.storage.audit_state import append_sealed
    from mediation_desk.storage.engine import connect_raw

    conn = connect_raw(db_path, raw_key)
    try:
        conn.execute("BEGIN IMMEDIATE")
        append_sealed(lambda sql, params: conn.execute(sql, tuple(params)).fetchall(),
                      lambda sql, params: conn.execute(sql, tuple(params)),
                      actor=actor, action="book.restore", entity="book", entity_id="restore",
                      changes={"archive": archive.name, "archive_created_at": created_at.isoformat(),
                               "archive_head": None if archive_head is None else list(archive_head),
                               "replaced_existing_book": replacing})
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


# ---- making anchors ----

def _head_of(book) -> tuple[int, str]:  # noqa: ANN001
    from mediation_desk.storage.book import audit_head

    head = audit_head(book.engine)
    if head is None:
        raise BookError("案件库还没有任何审计记录，无需锚定。", "The book has no audit rows yet; there is nothing to anchor.")
    return head


def _body(book_id: str, head: tuple[int, str], created_at: datetime, key: str) -> dict[str, Any]:
    return {"format": CHECKPOINT_FORMAT, "version": CHECKPOINT_VERSION, "book_id": book_id,
            "head_id": head[0], "head_hash": head[1], "created_at": created_at.isoformat(), "key_id": key}


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode("ascii")


def _seal(master_key: bytes, body: dict[str, Any]) -> str:
    return hmac.new(derive_key(master_key, SEAL_LABEL), _canonical(body), hashlib.sha256).hexdigest()


def handoff_anchor(book) -> dict[str, Any]:  # noqa: ANN001 - storage.book.Book
    """The anchor a hand-off package carries (as :data:`PACKAGE_MEMBER`): the book id, the chain head
    and the time, sealed with a key derived from the book's key, plus the SHA-256 of the body to read
    out or print."""
    head = _head_of(book)
    body = _body(book.book_id, head, clock.now().astimezone(timezone.utc).replace(microsecond=0),
                 key_id(book.master_key))
    return {**body, "seal": _seal(book.master_key, body), "digest": hashlib.sha256(_canonical(body)).hexdigest()}


def add_to_package(package: zipfile.ZipFile, book) -> dict[str, Any]:  # noqa: ANN001
    """Put the book's anchor into a hand-off package being written, as :data:`PACKAGE_MEMBER`."""
    data = handoff_anchor(book)
    package.writestr(PACKAGE_MEMBER, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    return data


def write_checkpoint(book, output: Path) -> dict[str, Any]:  # noqa: ANN001
    """Write a checkpoint file (JSON, the same content as :func:`handoff_anchor`) atomically."""
    from mediation_desk.storage.maintenance.archive import _atomic_output

    data = handoff_anchor(book)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    try:
        with _atomic_output(Path(output)) as fh:
            fh.write(text)
    except OSError as exc:
        raise BookError(f"无法写入检查点文件：{output}（{exc.strerror or exc}）", f"Cannot write {output}: {exc}") from None
    return data


# ---- reading anchors ----

def _bad(path: Path, why_zh: str, why_en: str) -> BookError:
    return BookError(f"{path.name} 不能用作审计核对的依据：{why_zh}", f"{path.name} cannot be used to check the audit trail: "
                     f"{why_en}")


def _from_json(data: Any, path: Path, source: str, master_key: bytes | None) -> Anchor:
    try:
        if data.get("format") != CHECKPOINT_FORMAT or int(data["version"]) > CHECKPOINT_VERSION:
            raise ValueError("format")
        body = _body(str(data["book_id"]), (int(data["head_id"]), str(data["head_hash"])),
                     datetime.fromisoformat(str(data["created_at"])), str(data["key_id"]))
        sealed: bool | None = None
        if master_key is not None and body["key_id"] == key_id(master_key):
            sealed = hmac.compare_digest(_seal(master_key, body), str(data.get("seal", "")))
        return Anchor(body["book_id"], body["head_id"], body["head_hash"], datetime.fromisoformat(body["created_at"]),
                      source, sealed)
    except (AttributeError, KeyError, TypeError, ValueError):
        raise _bad(path, "不是本程序的审计检查点。", "not an audit checkpoint of this program.") from None


def _package_anchor(path: Path) -> bytes:
    """The anchor's JSON in a hand-off package: the ``audit_anchor`` of its ``manifest.json``
    (format 1, docs/handoff-format.md; the manifest is signed, ``handoff verify`` checks that), or
    the separate :data:`PACKAGE_MEMBER` of earlier packages."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            member = MANIFEST_MEMBER if MANIFEST_MEMBER in names else PACKAGE_MEMBER
            info = zf.getinfo(member)
            if info.file_size > (MAX_MANIFEST_BYTES if member == MANIFEST_MEMBER else MAX_ANCHOR_BYTES):
                raise _bad(path, "审计锚点过大。", "the audit anchor is too large.")
            raw = zf.read(info)
    except KeyError:
        raise _bad(path, "移交包中没有审计锚点。", f"the package holds no {PACKAGE_MEMBER}.") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise _bad(path, "移交包已损坏。", f"the package is damaged ({exc}).") from None
    if member == PACKAGE_MEMBER:
        return raw
    try:
        anchor = json.loads(raw.decode("utf-8")).get("audit_anchor")
    except (UnicodeDecodeError, ValueError, AttributeError):
        raise _bad(path, "移交包的清单无法读取。", "the package's manifest cannot be read.") from None
    if not isinstance(anchor, dict):
        raise _bad(path, "移交包中没有审计锚点。", "the package's manifest holds no audit anchor.")
    return json.dumps(anchor).encode("utf-8")


def read_anchor(path: Path, master_key: bytes | None = None) -> Anchor:
    """The anchor in a backup archive, a hand-off package (a ZIP with :data:`PACKAGE_MEMBER`) or a
    checkpoint file. With ``master_key``, an anchor made under that key is authenticated: a backup
    is decrypted whole (its header is the stream's associated data), a checkpoint's seal is checked."""
    from mediation_desk.storage.maintenance.archive import ARCHIVE_MAGIC, read_backup_header

    path = Path(path)
    try:
        with open(path, "rb") as fh:
            start = fh.read(len(ARCHIVE_MAGIC))
    except OSError as exc:
        raise BookError(f"无法读取文件：{path}（{exc.strerror or exc}）", f"Cannot read {path}: {exc}") from None
    if start == ARCHIVE_MAGIC:
        from mediation_desk.storage.maintenance.archive import check_backup

        same_key = master_key is not None and read_backup_header(path).key_id == key_id(master_key)
        # format 2 keeps the chain head in the encrypted manifest: it is read with the book's key
        header = read_backup_header(path, master_key if same_key else None)
        if header.sealed:
            raise _bad(path, "该备份是用另一把数据密钥（重新加密之前）制作的，无法读出其中锚定的链头。",
                       "the backup was made under another data key (before a re-key); its anchor cannot be read.")
        if header.audit_head is None:
            raise _bad(path, "备份时案件库还没有审计记录。", "the book had no audit rows when it was backed up.")
        sealed: bool | None = None
        if same_key:
            assert master_key is not None
            check_backup(path, master_key)  # the header is the stream's associated data: this authenticates it
            sealed = True
        return Anchor(header.book_id, header.audit_head[0], header.audit_head[1], header.created_at, "backup", sealed)
    if zipfile.is_zipfile(path):
        raw = _package_anchor(path)
        source = "package"
    else:
        if path.stat().st_size > MAX_ANCHOR_BYTES:
            raise _bad(path, "不是审计检查点（文件过大）。", "not an audit checkpoint (too large).")
        raw = path.read_bytes()
        source = "checkpoint"
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _bad(path, "不是本程序的审计检查点。", "not an audit checkpoint of this program.") from None
    return _from_json(data, path, source, master_key)


# ---- checking against an anchor ----

def check_against(book, anchor: Anchor) -> list:  # noqa: ANN001
    """Findings: does this book's live chain extend the anchored head?"""
    from mediation_desk.storage.engine import connect_raw
    from mediation_desk.storage.keys import db_key

    where_zh, where_en = anchor.where
    if anchor.book_id != book.book_id:
        return [Finding("error", f"{where_zh}属于另一个案件库，不能用来核对本案件库。",
                        f"{where_en.capitalize()} belongs to another case book.", check="anchor")]
    out = []
    if anchor.sealed is False:
        out.append(Finding("error", f"{where_zh}的校验印记不符：文件被改动过，不能作为核对依据。",
                           f"The seal of {where_en} does not match: the file was altered.", check="anchor"))
        return out
    if anchor.sealed is None:
        out.append(Finding("warning", f"{where_zh}是在更换数据密钥之前制作的，无法核验它本身是否被改动；"
                                      "请与打印的恢复单或摘要对照其审计链头。",
                           f"{where_en.capitalize()} was made under an earlier data key, so it cannot be authenticated "
                           "itself: compare its chain head with the printed sheet or digest.", check="anchor"))
    conn = connect_raw(book.paths.db_path, db_key(book.master_key))
    try:
        problems = check_anchor(audit_entries(conn), (anchor.head_id, anchor.head_hash),
                                where_zh=where_zh, where_en=where_en)
    finally:
        conn.close()
    out.extend(Finding("error", p.zh, p.en, row_id=p.row_id, check="anchor") for p in problems)
    return out
