"""The organisation's hand-off signing key: made on first use (audit-logged), kept wrapped in the
book, rotated with the old key still listed, and still usable after the book is re-keyed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from mediation_desk.config import AppPaths
from mediation_desk.domain.errors import BookError
from mediation_desk.storage import orm
from mediation_desk.storage.book import create_book, open_book, rekey
from mediation_desk.storage.handoff_keys import BookSigner, public_key_id, unwrap_private, verify_signature
from tests.support.books import PASSPHRASE, NoKeyring


@pytest.fixture()
def book(tmp_path: Path):
    b = create_book(AppPaths(tmp_path / "book"), PASSPHRASE, keyring=NoKeyring())
    yield b
    b.close()


def _audit(book, action: str) -> list[str]:
    with book.uow.read() as tx:
        return [r.entity_id for r in tx.session.scalars(select(orm.AuditRow).where(orm.AuditRow.action == action))]


def test_the_key_is_made_on_first_use_signs_and_is_audited(book) -> None:
    signer = BookSigner(book, actor="mediator")
    assert _audit(book, "handoff_key.create") == []
    public = signer.public_key()
    assert len(public) == 32
    assert signer.key_id == hashlib.sha256(public).hexdigest()[:16] == public_key_id(public)
    signature = signer.sign(b"manifest bytes")
    assert len(signature) == 64 and verify_signature(public, b"manifest bytes", signature)
    assert not verify_signature(public, b"manifest bytez", signature)
    assert len(_audit(book, "handoff_key.create")) == 1
    # a second signer of the same book uses the same key: no second key is made
    again = BookSigner(book)
    assert again.key_id == signer.key_id and len(_audit(book, "handoff_key.create")) == 1
    keys = again.public_keys()
    assert [(k.key_id, k.algorithm, k.current) for k in keys] == [(signer.key_id, "Ed25519", True)]


def test_the_private_key_is_stored_only_wrapped_and_bound_to_book_and_key(book) -> None:
    signer = BookSigner(book)
    kid = signer.key_id
    with book.uow.read() as tx:
        row = tx.session.scalars(select(orm.HandoffKeyRow)).one()
        blob, public = bytes(row.wrapped_private), bytes(row.public_key)
    assert public not in blob and len(blob) == 12 + 32 + 16
    raw = unwrap_private(book.master_key, book.book_id, kid, blob)
    assert len(raw) == 32 and raw not in blob
    from cryptography.exceptions import InvalidTag

    with pytest.raises(InvalidTag):
        unwrap_private(book.master_key, "another-book", kid, blob)
    with pytest.raises(InvalidTag):
        unwrap_private(book.master_key, book.book_id, "0" * 16, blob)


def test_rotation_retires_the_old_key_and_keeps_it_listed(book) -> None:
    signer = BookSigner(book, actor="admin")
    old = signer.key_id
    old_sig = signer.sign(b"old package")
    new = signer.rotate()
    assert new.key_id != old and signer.key_id == new.key_id
    keys = signer.public_keys()
    assert [k.key_id for k in keys] == [old, new.key_id]
    assert keys[0].retired_at is not None and keys[1].retired_at is None
    assert verify_signature(keys[0].public_key, b"old package", old_sig)
    assert _audit(book, "handoff_key.retire") and len(_audit(book, "handoff_key.create")) == 2
    assert BookSigner(book).key_id == new.key_id


def test_the_key_survives_a_rekey_of_the_book(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "book")
    b = create_book(paths, PASSPHRASE, keyring=NoKeyring())
    signer = BookSigner(b)
    kid, public = signer.key_id, signer.public_key()
    rekey(b, PASSPHRASE)
    after = BookSigner(b)
    assert after.key_id == kid and verify_signature(public, b"x", after.sign(b"x"))
    b.close()
    reopened = open_book(paths, PASSPHRASE, keyring=NoKeyring())
    try:
        assert BookSigner(reopened).key_id == kid
    finally:
        reopened.close()


@pytest.mark.tampers
def test_a_key_row_whose_public_key_was_swapped_is_refused(book) -> None:
    signer = BookSigner(book)
    signer.key_id
    with book.uow.write() as tx:
        row = tx.session.scalars(select(orm.HandoffKeyRow)).one()
        row.public_key = bytes(32)
    with pytest.raises(BookError) as err:
        BookSigner(book).sign(b"x")
    assert "签名密钥" in err.value.zh
