"""The organisation's Ed25519 signing key for hand-off packages, kept in the book.

* made on first use (``BookSigner.key_id``/``sign``), with an audit row ``handoff_key.create``;
* the private key is stored only wrapped: AES-256-GCM under
  ``keys.derive_key(master_key, "handoff-signing-v1")``, the associated data binding it to the
  book id and the key id, so a wrapped key copied into another book or onto another key row does
  not open;
* ``rotate()`` makes a new key and retires the current one; retired keys stay listed
  (``public_keys()``) so the packages they signed still verify against the exported key file;
* a re-key of the book (``storage.book.rekey``) wraps every signing key under the new master key
  too before the database is re-keyed (``prepare_rekey``) and settles the new wraps after it
  (``settle_keys``), the same crash-safe order as the evidence keys.

``key_id`` is the first 16 hex characters of the SHA-256 of the raw 32-byte public key.
"""

from __future__ import annotations

import base64

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from mediation_desk.domain import clock
from mediation_desk.domain.errors import BookError
from mediation_desk.storage import orm
from mediation_desk.storage.keys import derive_key, key_id as master_key_id

ALGORITHM = "Ed25519"
WRAP_LABEL = "handoff-signing-v1"
_AAD_FORMAT = "mediation-desk-handoff-key/1"


def public_key_id(public_key: bytes) -> str:
    """The id of a raw Ed25519 public key: the first 16 hex characters of its SHA-256."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def _aad(book_id: str, kid: str) -> bytes:
    return f"{_AAD_FORMAT}/{book_id}/{kid}".encode()


def wrap_private(master_key: bytes, book_id: str, kid: str, private_raw: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(derive_key(master_key, WRAP_LABEL)).encrypt(nonce, private_raw, _aad(book_id, kid))


def unwrap_private(master_key: bytes, book_id: str, kid: str, blob: bytes) -> bytes:
    """The raw private key; raises ``InvalidTag`` when ``master_key`` or the binding is wrong."""
    blob = bytes(blob)
    return AESGCM(derive_key(master_key, WRAP_LABEL)).decrypt(blob[:12], blob[12:], _aad(book_id, kid))


@dataclass(frozen=True)
class PublicKeyInfo:
    """One signing key as a court pins it: never the private half."""

    key_id: str
    algorithm: str
    public_key: bytes  # raw, 32 bytes
    created_at: datetime
    created_by: str
    retired_at: datetime | None

    def entry(self) -> dict[str, Any]:
        """This key as the public-key file lists it (``handoff.keys_file.write_public_keys``)."""
        return {"key_id": self.key_id, "algorithm": self.algorithm,
                "public_key": base64.b64encode(self.public_key).decode("ascii"),
                "created_at": self.created_at.isoformat(),
                "retired_at": self.retired_at.isoformat() if self.retired_at else None}

    @property
    def current(self) -> bool:
        return self.retired_at is None


def _info(row: orm.HandoffKeyRow) -> PublicKeyInfo:
    return PublicKeyInfo(key_id=row.key_id, algorithm=row.algorithm, public_key=bytes(row.public_key),
                         created_at=row.created_at, created_by=row.created_by, retired_at=row.retired_at)


class BookSigner:
    """``services.handoff_ports.PackageSigner`` for one book: the current signing key, made (and
    audit-logged) the first time it is needed. ``book`` is a ``storage.book.Book``."""

    def __init__(self, book: Any, *, actor: str = "system") -> None:
        self._book = book
        self._actor = actor
        self._private: Ed25519PrivateKey | None = None
        self._public: bytes = b""
        self._key_id: str = ""

    # ---- PackageSigner ----

    @property
    def key_id(self) -> str:
        self._load()
        return self._key_id

    def public_key(self) -> bytes:
        self._load()
        return self._public

    def sign(self, message: bytes) -> bytes:
        self._load()
        assert self._private is not None
        return self._private.sign(message)

    # ---- the key register ----

    def public_keys(self) -> list[PublicKeyInfo]:
        """Every signing key of the book, oldest first: the current one and the retired ones."""
        with self._book.uow.read() as tx:
            return [_info(r) for r in tx.session.scalars(select(orm.HandoffKeyRow).order_by(orm.HandoffKeyRow.id))]

    def ensure(self) -> PublicKeyInfo:
        """The current key, made now if the book has none."""
        self._load()
        return next(k for k in self.public_keys() if k.key_id == self._key_id)

    def rotate(self) -> PublicKeyInfo:
        """Retire the current key (it stays listed, so what it signed still verifies) and make a new one."""
        with self._write() as tx:
            now = clock.now()
            for row in tx.session.scalars(select(orm.HandoffKeyRow).where(orm.HandoffKeyRow.retired_at.is_(None))).all():
                row.retired_at = now
                tx.session.flush()
                tx.audit.append(actor=self._actor, action="handoff_key.retire", entity="handoff_key",
                                entity_id=row.id, changes={"key_id": row.key_id, "retired_at": now.isoformat()})
            info = _info(self._create(tx))
        self._private = None
        self._load()
        return info

    # ---- inside ----

    @contextmanager
    def _write(self) -> Iterator[Any]:
        with self._book.uow.write() as tx:
            yield tx

    def _create(self, tx: Any) -> orm.HandoffKeyRow:
        private = Ed25519PrivateKey.generate()
        raw_private = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                            serialization.NoEncryption())
        public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        kid = public_key_id(public)
        mk = self._book.master_key
        row = orm.HandoffKeyRow(key_id=kid, algorithm=ALGORITHM, public_key=public,
                                wrapped_private=wrap_private(mk, self._book.book_id, kid, raw_private),
                                wrap_key_id=master_key_id(mk), created_at=clock.now(), created_by=self._actor)
        tx.session.add(row)
        tx.session.flush()
        tx.audit.append(actor=self._actor, action="handoff_key.create", entity="handoff_key", entity_id=row.id,
                        changes={"key_id": kid, "algorithm": ALGORITHM,
                                 "public_key_sha256": hashlib.sha256(public).hexdigest()})
        return row

    def _current_row(self, tx: Any) -> orm.HandoffKeyRow | None:
        return tx.session.scalars(select(orm.HandoffKeyRow).where(orm.HandoffKeyRow.retired_at.is_(None))
                                  .order_by(orm.HandoffKeyRow.id.desc())).first()

    def _load(self) -> None:
        if self._private is not None:
            return
        with self._book.uow.read() as tx:
            row = self._current_row(tx)
            found = None if row is None else (row.key_id, bytes(row.public_key), row.wrapped_private, row.wrapped_next)
        if found is None:
            with self._write() as tx:
                row = self._current_row(tx) or self._create(tx)
                found = (row.key_id, bytes(row.public_key), row.wrapped_private, row.wrapped_next)
        kid, public, wrapped, wrapped_next = found
        self._private = self._open(kid, public, (wrapped, wrapped_next))
        self._public = public
        self._key_id = kid

    def _open(self, kid: str, public_raw: bytes, blobs: tuple[bytes | None, ...]) -> Ed25519PrivateKey:
        mk, book_id = self._book.master_key, self._book.book_id
        for blob in blobs:
            if blob is None:
                continue
            try:
                private = Ed25519PrivateKey.from_private_bytes(unwrap_private(mk, book_id, kid, blob))
            except (InvalidTag, ValueError):
                continue
            public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            if public != public_raw or public_key_id(public) != kid:
                break
            return private
        raise BookError(f"无法使用本机构的签名密钥（编号 {kid}）：密钥记录已损坏或不属于本案件库。"
                        "请从备份恢复，或由管理员更换签名密钥。",
                        f"The organisation's signing key {kid} cannot be used: its record is damaged "
                        "or belongs to another book. Restore a backup or rotate the signing key.")


def verify_signature(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is ``public_key``'s Ed25519 signature of ``message``."""
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# ---- re-keying the book (called by storage.book.rekey with a DB-API connection) ----

def _has_table(conn: Any) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'handoff_keys'"
                        ).fetchone()[0] > 0


def prepare_rekey(conn: Any, book_id: str, old_mk: bytes, new_mk: bytes) -> int:
    """Before ``PRAGMA rekey``: every signing key that ``old_mk`` opens is also wrapped under
    ``new_mk`` (``wrapped_next``), in one transaction. Returns the number of keys prepared."""
    if not _has_table(conn):
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        updates = []
        for row_id, kid, blob in conn.execute("SELECT id, key_id, wrapped_private FROM handoff_keys").fetchall():
            try:
                raw = unwrap_private(old_mk, book_id, kid, bytes(blob))
            except InvalidTag:
                continue  # unreadable already; verify reports it, the key can be rotated
            updates.append((wrap_private(new_mk, book_id, kid, raw), master_key_id(new_mk), row_id))
        conn.executemany("UPDATE handoff_keys SET wrapped_next = ?, next_key_id = ? WHERE id = ?", updates)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(updates)


def settle_keys(conn: Any, master_key: bytes) -> int:
    """After the database opens with ``master_key``: the wraps under it become the current ones."""
    if not _has_table(conn):
        return 0
    kid = master_key_id(master_key)
    conn.execute("BEGIN IMMEDIATE")
    try:
        cur = conn.execute("UPDATE handoff_keys SET wrapped_private = wrapped_next, wrap_key_id = next_key_id, "
                           "wrapped_next = NULL, next_key_id = NULL WHERE next_key_id = ?", (kid,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(cur.rowcount or 0)
