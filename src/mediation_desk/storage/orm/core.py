"""The case book's tables up to labour-inspection referrals (migrations 0001–0016)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (BigInteger, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mediation_desk.storage.orm.base import Base, IsoDateTime, Money


class BookMeta(Base):
    __tablename__ = "book_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Organisation(Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    doc_prefix: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(IsoDateTime, nullable=True)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class Counter(Base):
    """Number sequences (case numbers now, document numbers later); never reused."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(32), index=True)
    industry: Mapped[str] = mapped_column(String(32), index=True)
    platform: Mapped[str] = mapped_column(String(100), index=True)
    facts: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[date] = mapped_column(Date, index=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    # Summary columns kept by the repository in the same transaction as the parties and
    # claims they summarise, so the case list pages over one table.
    worker_name: Mapped[str] = mapped_column(String(100), default="", index=True)
    worker_id_number: Mapped[str] = mapped_column(String(18), default="")
    worker_phone: Mapped[str] = mapped_column(String(40), default="")
    respondent_names: Mapped[str] = mapped_column(String(600), default="")
    total_claimed: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"), index=True)
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    applicant_count: Mapped[int] = mapped_column(Integer, default=1)
    applicant_names: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)
    # Raised by one at each change of the details or status (migration 0024): a desk saving over a
    # newer version is refused (services.case_edits).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    parties: Mapped[list["Party"]] = relationship(back_populates="case", order_by="Party.position",
                                                  cascade="all, delete-orphan")
    claims: Mapped[list["ClaimRow"]] = relationship(back_populates="case", order_by="ClaimRow.position",
                                                    cascade="all, delete-orphan")
    events: Mapped[list["CaseEvent"]] = relationship(back_populates="case", order_by="CaseEvent.id",
                                                     cascade="all, delete-orphan")


Index("ix_cases_received_id", Case.received_on.desc(), Case.id.desc())


class Party(Base):
    __tablename__ = "parties"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    side: Mapped[str] = mapped_column(String(16))
    is_person: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(200))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    sex: Mapped[str] = mapped_column(String(4), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    credit_code: Mapped[str] = mapped_column(String(18), default="")
    enterprise_role: Mapped[str] = mapped_column(String(32), default="")
    legal_representative: Mapped[str] = mapped_column(String(100), default="")
    is_representative: Mapped[bool] = mapped_column(Boolean, default=False)
    authority: Mapped[str] = mapped_column(String(16), default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    agent_kind: Mapped[str] = mapped_column(String(32), default="")

    case: Mapped[Case] = relationship(back_populates="parties")


class ClaimRow(Base):
    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"), nullable=True, index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(48))
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    basis: Mapped[str] = mapped_column(Text, default="")
    calculation: Mapped[str] = mapped_column(Text, default="")  # the formula with its figures, when calculated

    case: Mapped[Case] = relationship(back_populates="claims")
    party: Mapped[Party | None] = relationship()


class CaseEvent(Base):
    __tablename__ = "case_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    event_date: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(IsoDateTime)
    kind: Mapped[str] = mapped_column(String(48))
    from_status: Mapped[str] = mapped_column(String(32), default="")
    to_status: Mapped[str] = mapped_column(String(32), default="")
    actor: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="events")


class CaseDeadline(Base):
    """A case's open statutory deadlines, recomputed from its events in the same transaction
    that changes them, so the deadline view across 100,000 cases is one indexed query."""

    __tablename__ = "case_deadlines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(48))
    name: Mapped[str] = mapped_column(String(100))
    start_event: Mapped[str] = mapped_column(String(48))
    start_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    day_kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(200), default="")
    problem: Mapped[str] = mapped_column(String(300), default="")
    # years whose holiday arrangement was estimated when the date was counted ("2027"): the date
    # is provisional (暂定) until the notice is entered and the deadline recomputed
    provisional_years: Mapped[str] = mapped_column(String(40), default="", server_default="")


class HolidayArrangementRow(Base):
    """A year's holiday arrangement entered by an administrator from the State Council's notice."""

    __tablename__ = "holiday_arrangements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    notice_title: Mapped[str] = mapped_column(String(100))
    notice_number: Mapped[str] = mapped_column(String(40))
    notice_date: Mapped[date] = mapped_column(Date)
    days_off: Mapped[str] = mapped_column(Text)  # JSON {"YYYY-MM-DD": "春节"}
    workdays: Mapped[str] = mapped_column(Text)  # JSON {"YYYY-MM-DD": "春节调休上班"}
    entered_by: Mapped[str] = mapped_column(String(64))
    entered_at: Mapped[datetime] = mapped_column(IsoDateTime)


class AuditRow(Base):
    """Append-only, hash-chained history of every change a service made."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # JSON: the hash of the stored state of what the row is about, at the end of its transaction
    # (storage.audit_state); NULL on rows written before schema 0015 and on rows about nothing bound.
    states: Mapped[str | None] = mapped_column(Text, nullable=True)


class EvidenceRow(Base):
    """One registered item of evidence. Its file lives encrypted in the vault under ``uid``;
    ``wrapped_dek`` is the file's own data key wrapped by HKDF(master key, "vault-v1") of the
    master key named by ``dek_key_id``. During a re-key the ``next`` pair holds the same data key
    wrapped under the new master key (docs/architecture.md, "Evidence vault")."""

    __tablename__ = "evidence_items"
    __table_args__ = (UniqueConstraint("case_id", "number", name="uq_evidence_items_case_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text)
    provided_by: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    collected_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    original_seen: Mapped[bool] = mapped_column(Boolean, default=False)
    cross_exam_opinion: Mapped[str] = mapped_column(Text, default="")
    original_filename: Mapped[str] = mapped_column(String(255), default="")
    media_type: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    format_version: Mapped[int] = mapped_column(Integer, default=1)
    wrapped_dek: Mapped[bytes] = mapped_column(LargeBinary)
    dek_key_id: Mapped[str] = mapped_column(String(16))
    wrapped_dek_next: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    dek_next_key_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    added_at: Mapped[datetime] = mapped_column(IsoDateTime)
    added_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)
    integrity: Mapped[str] = mapped_column(String(16), default="ok")
    checked_at: Mapped[datetime | None] = mapped_column(IsoDateTime, nullable=True)


class WorkRecordImportRow(Base):
    """A platform order / earnings history imported for a case: derived evidence. The source
    file itself is not kept here; its name, size and SHA-256 are, with the column mapping used
    and the computed metrics (JSON, enough to redraw the weekly table and chart)."""

    __tablename__ = "work_record_imports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    source_name: Mapped[str] = mapped_column(String(255))
    source_sha256: Mapped[str] = mapped_column(String(64))
    source_size: Mapped[int] = mapped_column(BigInteger)
    platform: Mapped[str] = mapped_column(String(100))
    mapping: Mapped[str] = mapped_column(Text)  # JSON
    row_count: Mapped[int] = mapped_column(Integer)
    metrics: Mapped[str] = mapped_column(Text)  # JSON
    imported_at: Mapped[datetime] = mapped_column(IsoDateTime)
    imported_by: Mapped[str] = mapped_column(String(64))


class ColumnMappingRow(Base):
    """The column mapping last used for a platform's export, offered again for its next file."""

    __tablename__ = "column_mappings"
    platform: Mapped[str] = mapped_column(String(100), primary_key=True)
    mapping: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))


class WorksheetRow(Base):
    """One version of a case's relationship worksheet for one respondent chain. Append-only:
    every save is a new version; a row is never updated."""

    __tablename__ = "worksheets"
    __table_args__ = (UniqueConstraint("case_id", "chain_key", "version", name="uq_worksheets_case_chain_version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    chain_key: Mapped[str] = mapped_column(String(200))  # the chain's party ids, sorted, comma-separated
    version: Mapped[int] = mapped_column(Integer)
    chain: Mapped[str] = mapped_column(Text)  # JSON: the enterprises of the chain
    answers: Mapped[str] = mapped_column(Text)  # JSON: level, evidence ids, note, actor, source per factor
    context: Mapped[str] = mapped_column(Text)  # JSON: who managed / paid / disciplined, fact flags
    assessment: Mapped[str] = mapped_column(Text)  # JSON: the recommendation at this version
    recommended_category: Mapped[str] = mapped_column(String(48))
    decision: Mapped[str] = mapped_column(String(16))  # confirmed / overridden
    final_category: Mapped[str] = mapped_column(String(48))
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_by_name: Mapped[str] = mapped_column(String(100))
    decided_by_role: Mapped[str] = mapped_column(String(32))
    decided_at: Mapped[datetime] = mapped_column(IsoDateTime)


class DocumentRow(Base):
    """One version of a rendered document of a case (DOCX or PDF). The bytes live here, in the
    encrypted book, with their SHA-256: documents are small, and so they share the book's key,
    re-key, backup and integrity checks. Append-only: a re-render is a new version."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("case_id", "template", "version", name="uq_documents_case_template_version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    template: Mapped[str] = mapped_column(String(48))
    title: Mapped[str] = mapped_column(String(100))
    number: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(8))
    media_type: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    context: Mapped[str] = mapped_column(Text)  # JSON: the values the document was made from
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    created_by: Mapped[str] = mapped_column(String(64))


class MediationSessionRow(Base):
    """One mediation session of a case, with its record (调解笔录)."""

    __tablename__ = "mediation_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[str | None] = mapped_column(String(5), nullable=True)  # "09:30"
    ends_at: Mapped[str | None] = mapped_column(String(5), nullable=True)
    place: Mapped[str] = mapped_column(String(200))
    participants: Mapped[str] = mapped_column(Text)
    mediator: Mapped[str] = mapped_column(String(100))
    record: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(IsoDateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))


class MediationProposalRow(Base):
    """A proposal or counter-proposal put during mediation."""

    __tablename__ = "mediation_proposals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_sessions.id", ondelete="SET NULL"),
                                                   nullable=True)
    side: Mapped[str] = mapped_column(String(16))
    party: Mapped[str] = mapped_column(String(200), default="")  # which applicant or respondent put it
    content: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    proposed_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(IsoDateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))


class MediationOutcomeRow(Base):
    """How a mediation ended: ``agreement`` (with its items) or ``failed`` (with the reason)."""

    __tablename__ = "mediation_outcomes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    decided_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    next_status: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    created_by: Mapped[str] = mapped_column(String(64))

    items: Mapped[list["AgreementItemRow"]] = relationship(order_by="AgreementItemRow.position",
                                                           cascade="all, delete-orphan")


class AgreementItemRow(Base):
    """One obligation of a mediation agreement and how far it has been performed."""

    __tablename__ = "agreement_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("mediation_outcomes.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    obligor: Mapped[str] = mapped_column(String(200))
    obligee: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    claim_kind: Mapped[str] = mapped_column(String(48), default="")
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    method: Mapped[str] = mapped_column(String(100), default="")
    paid: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    performed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    performed: Mapped[bool] = mapped_column(Boolean, default=False)

    performances: Mapped[list["AgreementPerformanceRow"]] = relationship(order_by="AgreementPerformanceRow.id",
                                                                         cascade="all, delete-orphan")


class AgreementPerformanceRow(Base):
    """One recorded performance (payment) against an agreement item. Append-only: a mistaken entry
    is corrected by a later entry that ``reverses_id`` it (its amount negated), with the reason."""

    __tablename__ = "agreement_performances"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agreement_items.id", ondelete="CASCADE"), index=True)
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    performed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    reverses_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(IsoDateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))


class LegalAidReferralRow(Base):
    """A referral to a legal-aid centre and its course (法律援助法第四十三条)."""

    __tablename__ = "legal_aid_referrals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    centre: Mapped[str] = mapped_column(String(200))
    referred_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24))
    verdict: Mapped[str] = mapped_column(String(24))
    reasons: Mapped[str] = mapped_column(Text)  # JSON list of the eligibility reasons at referral
    urgent: Mapped[bool] = mapped_column(Boolean)
    facts: Mapped[str] = mapped_column(Text)  # JSON: migrant worker, agent, hardship, urgency
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    lawyer_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    lawyer_name: Mapped[str] = mapped_column(String(100), default="")
    assigned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    outcome_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)


class ArbitrationReviewRow(Base):
    """An acceptance review of an arbitration application and its decision: ``accept``,
    ``not_accept`` (不予受理) or ``wrong_commission`` (a written explanation naming the competent one)."""

    __tablename__ = "arbitration_reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    checklist: Mapped[str] = mapped_column(Text)  # JSON: condition -> {met, note}
    decision: Mapped[str] = mapped_column(String(24))
    reasons: Mapped[str] = mapped_column(Text, default="")
    competent_commission: Mapped[str] = mapped_column(String(200), default="")
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)


class ArbitrationTribunalRow(Base):
    """The arbitral tribunal of a case: a sole arbitrator or three members. The newest row counts."""

    __tablename__ = "arbitration_tribunals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # sole / three
    members: Mapped[str] = mapped_column(Text)  # JSON list of {key, user_id, name, presiding}
    formed_on: Mapped[date] = mapped_column(Date)
    notified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)


class ArbitrationHearingRow(Base):
    """A hearing on the calendar, by room and arbitrators. Postponement marks it ``postponed`` and
    schedules a new row pointing back to it through ``previous_id``."""

    __tablename__ = "arbitration_hearings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(IsoDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(IsoDateTime)
    room: Mapped[str] = mapped_column(String(100), index=True)
    status: Mapped[str] = mapped_column(String(16))  # scheduled / postponed / held / cancelled
    notice_served_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notice_waived: Mapped[bool] = mapped_column(Boolean, default=False)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("arbitration_hearings.id", ondelete="SET NULL"),
                                                    nullable=True)
    postponement_reason: Mapped[str] = mapped_column(Text, default="")
    postponement_requested_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    postponement_requested_by: Mapped[str] = mapped_column(String(200), default="")
    applicant_present: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    respondent_present: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    record: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)

    arbitrators: Mapped[list["ArbitrationHearingArbitratorRow"]] = relationship(
        order_by="ArbitrationHearingArbitratorRow.id", cascade="all, delete-orphan")


class ArbitrationHearingArbitratorRow(Base):
    """An arbitrator sitting at a hearing (``arbitrator_key``: "user:<id>" or "name:<name>")."""

    __tablename__ = "arbitration_hearing_arbitrators"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("arbitration_hearings.id", ondelete="CASCADE"), index=True)
    arbitrator_key: Mapped[str] = mapped_column(String(120), index=True)
    name: Mapped[str] = mapped_column(String(100))


class ArbitrationSuspensionRow(Base):
    """An interval excluded from the award period: 中止 (suspension) or public-notice time."""

    __tablename__ = "arbitration_suspensions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # suspension / public_notice
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date, nullable=True)  # None: still running
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)


class ArbitrationAwardRow(Base):
    """One version of an award (``award``), partial award (``partial``, 先行裁决) or arbitral
    mediation statement (``mediation``, 仲裁调解书). Versions of one instrument share ``lineage``;
    an approved version is locked; a correction is a new version superseding it."""

    __tablename__ = "arbitration_awards"
    __table_args__ = (UniqueConstraint("case_id", "lineage", "version",
                                       name="uq_arbitration_awards_case_lineage_version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    lineage: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # draft / approved / superseded
    finality: Mapped[str] = mapped_column(String(16), default="")  # final / non_final / mixed
    number: Mapped[str] = mapped_column(String(64), default="")
    award_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    default_award: Mapped[bool] = mapped_column(Boolean, default=False)
    content: Mapped[str] = mapped_column(Text)  # JSON: claims, facts, reasoning, rulings, parts, notices
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("arbitration_awards.id", ondelete="SET NULL"),
                                                      nullable=True)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"), nullable=True)
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[datetime | None] = mapped_column(IsoDateTime, nullable=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class ServiceRecordRow(Base):
    """One service of a document on one recipient (送达回证): method, dates, receipt."""

    __tablename__ = "service_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"), nullable=True)
    award_id: Mapped[int | None] = mapped_column(ForeignKey("arbitration_awards.id", ondelete="SET NULL"),
                                                 nullable=True)
    document_title: Mapped[str] = mapped_column(String(100))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"), nullable=True)
    recipient: Mapped[str] = mapped_column(String(200))
    method: Mapped[str] = mapped_column(String(24))
    sent_on: Mapped[date] = mapped_column(Date)
    served_on: Mapped[date] = mapped_column(Date)  # the (deemed) date of service
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str] = mapped_column(String(300), default="")
    receipt: Mapped[str] = mapped_column(Text, default="")
    signed_by: Mapped[str] = mapped_column(String(100), default="")
    event_kind: Mapped[str] = mapped_column(String(48), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(IsoDateTime)


__all__ = ["Integer", "Base", "BookMeta", "Organisation", "User", "Setting", "Counter", "Case", "Party", "ClaimRow",
           "CaseEvent", "AuditRow", "UniqueConstraint", "EvidenceRow",
           "WorkRecordImportRow", "ColumnMappingRow", "WorksheetRow", "DocumentRow",
           "MediationSessionRow", "MediationProposalRow", "MediationOutcomeRow", "AgreementItemRow",
           "AgreementPerformanceRow", "LegalAidReferralRow", "ArbitrationReviewRow",
           "ArbitrationTribunalRow", "ArbitrationHearingRow", "ArbitrationHearingArbitratorRow",
           "ArbitrationSuspensionRow", "ArbitrationAwardRow", "ServiceRecordRow"]


class InspectionReferralRow(Base):
    """One case named in a referral letter to the labour-inspection authority (劳动保障监察), the
    record of sending and the authority's answer. A letter about a repeat respondent names several
    cases: each has its row, the rows share ``letter_key``."""

    __tablename__ = "inspection_referrals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    letter_key: Mapped[str] = mapped_column(String(32), index=True)
    respondent: Mapped[str] = mapped_column(String(200))
    grounds: Mapped[str] = mapped_column(Text)  # JSON list of InspectionGround codes
    facts: Mapped[str] = mapped_column(Text)  # JSON: the figures the letter states for this case
    letter_cases: Mapped[str] = mapped_column(Text)  # JSON list of the case numbers the letter names
    authority: Mapped[str] = mapped_column(String(200))
    sent_on: Mapped[date] = mapped_column(Date)
    sent_how: Mapped[str] = mapped_column(String(24))
    document_number: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    action_taken: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(64), default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
