"""What the hand-off services need from the package format and the book's signing key, as
protocols. ``handoff`` implements the writer and the reader (the ZIP format, its manifest and its
Ed25519 signature, see docs/handoff-format.md); ``storage`` implements the signer (the
organisation's key, kept wrapped in the book)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from mediation_desk.services.ports import Progress

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class PackageFile:
    """One file to put in a package, streamed when the package is written (a 500 MB evidence
    folder never sits in memory)."""

    name: str  # path inside the package: "documents/…", "evidence/…", "identity/…"; ASCII, "/", no ".."
    title: str  # what it is, in Chinese: "仲裁裁决书", "证据3 工资流水截图"
    role: str  # application / agreement / award / notice / record / evidence / identity / receipt /
    #            judgment / letter / list / other (docs/handoff-format.md)
    media_type: str  # PDF, DOCX, "image/jpeg", …
    open: Callable[[], Iterator[bytes]]  # a fresh stream of the file's bytes each call
    expected_sha256: str = ""  # when known (vault files): the writer refuses a stream that differs


@dataclass(frozen=True)
class WrittenPackage:
    path: Path
    package_id: str  # the manifest's "package_id" (a UUID)
    manifest_sha256: str  # SHA-256 of manifest.json as written (what the signature covers)
    size: int  # bytes of the ZIP file
    files: int  # documents and evidence in it (manifest.json and its signature not counted)
    key_id: str  # the signing key's id


class PackageSigner(Protocol):
    """The organisation's current Ed25519 signing key."""

    @property
    def key_id(self) -> str: ...
    def public_key(self) -> bytes: ...  # raw, 32 bytes
    def sign(self, message: bytes) -> bytes: ...  # 64 bytes


class PackageWriter(Protocol):
    def write(self, target: Path, manifest: Mapping[str, Any], files: Sequence[PackageFile],
              signer: PackageSigner, *, progress: Progress | None = None) -> WrittenPackage:
        """Write the package atomically at ``target``. ``manifest`` holds the content fields
        (kind, sender, court, case, parties, claims, award items, dates, audit head); the writer
        adds ``format``, ``version``, ``package_id``, ``created_at``, ``signing_key`` and ``files``
        (name, title, role, media type, size and SHA-256 of each, measured while writing)."""
        ...


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose signature, hashes and schema were checked. ``read`` streams one listed file
    (and checks its hash again as it goes)."""

    path: Path
    manifest: Mapping[str, Any]
    manifest_sha256: str
    key_id: str
    public_key: bytes
    read: Callable[[str], Iterator[bytes]]


class PackageReader(Protocol):
    def open_verified(self, path: Path, *, trusted_keys: Sequence[bytes] = (),
                      progress: Progress | None = None) -> VerifiedPackage:
        """Check everything (see docs/handoff-format.md) or raise ``HandoffRefused`` with one
        sentence in Chinese and English. ``trusted_keys``: raw public keys; when given, the
        signing key must be one of them."""
        ...
