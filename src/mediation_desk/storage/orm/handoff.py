"""The court hand-off's tables (court proceedings and results, the outbox, signing keys and the
package register) and the organisation's own templates (migrations 0017–0021)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (BigInteger, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from mediation_desk.storage.orm.base import Base, IsoDateTime, Money


# --------------------------------------------------------------------------- court_proceedings, court_outcome_items


class CourtProceedingRow(Base):
    """A proceeding before a people's court on a case (起诉, 申请撤销终局裁决, 司法确认, 支付令,
    财产保全, 委托调解) and, once recorded, the court's decision (``decision`` empty while pending)."""

    __tablename__ = "court_proceedings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    court: Mapped[str] = mapped_column(String(200))
    filed_on: Mapped[date] = mapped_column(Date)
    brought_by: Mapped[str] = mapped_column(String(16))
    court_case_number: Mapped[str] = mapped_column(String(64), default="")
    award_id: Mapped[int | None] = mapped_column(ForeignKey("arbitration_awards.id", ondelete="SET NULL"),
                                                 nullable=True, index=True)
    award_number: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    decision: Mapped[str] = mapped_column(String(24), default="")
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    judgment_number: Mapped[str] = mapped_column(String(64), default="")
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    judgment_evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence_items.id", ondelete="SET NULL"),
                                                             nullable=True)
    outcome_by: Mapped[str] = mapped_column(String(64), default="")
    outcome_at: Mapped[datetime | None] = mapped_column(IsoDateTime, nullable=True)


class CourtOutcomeItemRow(Base):
    """The court's result for one item of the award (维持 / 改判 with the new amount / 撤销)."""

    __tablename__ = "court_outcome_items"
    __table_args__ = (UniqueConstraint("proceeding_id", "award_item_no", name="uq_court_outcome_items_item"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proceeding_id: Mapped[int] = mapped_column(ForeignKey("court_proceedings.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    award_item_no: Mapped[int] = mapped_column(Integer)
    claim: Mapped[str] = mapped_column(Text, default="")
    claim_kind: Mapped[str] = mapped_column(String(40), default="")
    awarded_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    result: Mapped[str] = mapped_column(String(16))
    new_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


# --------------------------------------------------------------------------- hand-off outbox (handoff_outbox)


class HandoffOutboxRow(Base):
    """A hand-off package waiting for, or done with, its way to a court's system. The package file
    is in the vault under ``uid`` (encrypted like an evidence file; ``case_id`` 0 in its associated
    data when the package belongs to no case)."""

    __tablename__ = "handoff_outbox"
    __table_args__ = (UniqueConstraint("destination", "package_id", name="uq_handoff_outbox_destination_package"),
                      UniqueConstraint("uid", name="uq_handoff_outbox_uid"),
                      UniqueConstraint("idempotency_key", name="uq_handoff_outbox_idempotency_key"),
                      Index("ix_handoff_outbox_state_next", "state", "next_attempt_at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True,
                                                nullable=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    uid: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    format_version: Mapped[int] = mapped_column(Integer)
    wrapped_dek: Mapped[bytes] = mapped_column(LargeBinary)
    dek_key_id: Mapped[str] = mapped_column(String(64))
    wrapped_dek_next: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    dek_next_key_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    destination: Mapped[str] = mapped_column(String(64))
    idempotency_key: Mapped[str] = mapped_column(String(36))
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(IsoDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(IsoDateTime, nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(IsoDateTime, nullable=True)
    receipt: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON: the court's answer / receipt
    exported_at: Mapped[datetime | None] = mapped_column(IsoDateTime, nullable=True)
    exported_to: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    created_by: Mapped[str] = mapped_column(String(64))


# ---- the court hand-off: handoff_keys, handoff_packages (migration 0017) ----


class HandoffKeyRow(Base):
    """One Ed25519 signing key of the organisation. The private key is kept only wrapped
    (AES-256-GCM under ``keys.derive_key(master_key, "handoff-signing-v1")``, the associated data
    binding the book id and ``key_id``); ``wrapped_next`` holds it wrapped under the next master key
    while a re-key is under way. A retired key (``retired_at``) still verifies old packages."""

    __tablename__ = "handoff_keys"
    __table_args__ = (UniqueConstraint("key_id", name="uq_handoff_keys_key_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16))  # first 16 hex of SHA-256 of the raw public key
    algorithm: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)  # raw, 32 bytes
    wrapped_private: Mapped[bytes] = mapped_column(LargeBinary)  # nonce (12) + ciphertext
    wrap_key_id: Mapped[str] = mapped_column(String(16))  # the master key it is wrapped under
    wrapped_next: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    next_key_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    retired_at: Mapped[datetime | None] = mapped_column(IsoDateTime, nullable=True)


class HandoffPackageRow(Base):
    """A hand-off package made (``out``) or received (``in``): what it was, for which case and
    court, the SHA-256 of its signed manifest and the key that signed it."""

    __tablename__ = "handoff_packages"
    __table_args__ = (UniqueConstraint("package_id", name="uq_handoff_packages_package_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), nullable=True,
                                                index=True)
    direction: Mapped[str] = mapped_column(String(8))  # out / in
    kind: Mapped[str] = mapped_column(String(32))  # domain.handoff.PackageKind
    package_id: Mapped[str] = mapped_column(String(36))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    files: Mapped[int] = mapped_column(Integer)
    key_id: Mapped[str] = mapped_column(String(16))
    court: Mapped[str] = mapped_column(String(200))
    court_reference: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")


# ---- the organisation's own templates: org_templates (migration 0021) ----


class OrgTemplateRow(Base):
    """One imported version of a DOCX template of the organisation (the file's bytes, inside the
    encrypted book). At most one version per code is ``active``: rendering uses it instead of the
    built-in; none active means the built-in. ``based_on_builtin_sha256`` is the SHA-256 of the
    built-in template this version was derived from, to offer a newer built-in after an upgrade."""

    __tablename__ = "org_templates"
    __table_args__ = (UniqueConstraint("code", "version", name="uq_org_templates_code_version"),
                      Index("ix_org_templates_code_active", "code", "active"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(48))
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    based_on_builtin_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(IsoDateTime)
    imported_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=False)
