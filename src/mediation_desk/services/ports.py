"""What the services need from storage, as protocols. ``storage`` implements them."""

from __future__ import annotations

from collections.abc import Callable, Collection, Generator, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from mediation_desk.domain.arbitration.records import (AcceptanceReview, ArbitratorRef, Award, Hearing,
                                                       ServiceRecord, Suspension, Tribunal)

from mediation_desk.domain.cases import CaseDetail, CaseQuery, CaseStatus, CaseSummary, Intake
from mediation_desk.domain.versions import RecordChange
from mediation_desk.domain.documents import DocumentView, TemplateSpec
from mediation_desk.domain.mediation import MediationOutcome, MediationSession, Performance, Proposal, StoredItem
from mediation_desk.domain.handoff import HandoffPackageRecord
from mediation_desk.domain.evidence import (EvidenceEdit, EvidenceInput, EvidenceItem, IntegrityCheck,
                                            IntegrityStatus)
from mediation_desk.domain.inspection import InspectionReferral, RepeatCase
from mediation_desk.domain.legal_aid import Referral
from mediation_desk.domain.outbox import Endpoint, OutboxItem, SendResult
from mediation_desk.domain.statistics import CaseFacts
from mediation_desk.domain.mediation import AgreementItem
from mediation_desk.domain.holiday_arrangements import HolidayArrangement
from mediation_desk.domain.users import OrganisationView, Role, UserView
from mediation_desk.services.court_ports import CourtRepo
from mediation_desk.services.template_ports import OrgTemplateRepo


Progress = Callable[[int, int], bool]  # (done, total) -> keep going? False cancels (OperationCancelled)


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    password_hash: str


@dataclass(frozen=True)
class DeadlineRow:
    """A stored open deadline of a case (see domain.deadlines.Deadline for the full computation)."""

    code: str
    name: str
    start_event: str
    start: date
    due: date | None
    day_kind: str
    source: str
    problem: str = ""
    provisional_years: tuple[int, ...] = ()  # the date was counted with an estimate for these years (暂定)


class AuditLog(Protocol):
    def append(self, *, actor: str, action: str, entity: str, entity_id: str | int, changes: dict[str, Any]) -> int: ...


class OrganisationRepo(Protocol):
    def get(self) -> OrganisationView | None: ...
    def save(self, org: OrganisationView) -> None: ...


class UserRepo(Protocol):
    def by_username(self, username: str) -> UserRecord | None: ...
    def by_id(self, user_id: int) -> UserRecord | None: ...
    def list(self) -> list[UserView]: ...
    def add(self, *, username: str, display_name: str, role: Role, password_hash: str, created_at: datetime) -> int: ...
    def update(self, user_id: int, **fields: Any) -> None: ...
    def count_active(self, role: Role) -> int: ...


class SettingsRepo(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


class CounterRepo(Protocol):
    def next(self, name: str, year: int) -> int: ...


class CaseRepo(Protocol):
    def add(self, intake: Intake, *, number: str, status: CaseStatus, handler_id: int | None,
            now: datetime) -> int: ...
    def count(self, query: CaseQuery) -> int: ...
    def page(self, query: CaseQuery, offset: int, limit: int) -> list[CaseSummary]: ...
    def get(self, case_id: int) -> CaseDetail | None: ...
    def set_status(self, case_id: int, status: CaseStatus, now: datetime) -> int: ...
    def version_of(self, case_id: int) -> int: ...
    def update_details(self, case_id: int, *, facts: str, platform: str, now: datetime) -> int: ...
    def changes_since(self, case_id: int, version: int) -> list[RecordChange]: ...
    def add_event(self, case_id: int, *, event_date: date, kind: str, actor: str, note: str,
                  from_status: str = "", to_status: str = "", now: datetime) -> int: ...
    def platforms(self) -> list[str]: ...
    def events_of(self, case_id: int) -> dict[str, date]: ...
    def replace_deadlines(self, case_id: int, deadlines: list[DeadlineRow]) -> None: ...
    def deadlines_due(self, *, until: date, handler_id: int | None, active_only: bool = True,
                      limit: int = 1000, include_provisional: bool = False,
                      referred_to: int | None = None) -> list[tuple[CaseSummary, DeadlineRow]]: ...
    def deadline_counts(self, *, today: date, week_end: date, handler_id: int | None,
                        referred_to: int | None = None) -> tuple[int, int, int, int]: ...
    def active_case_ids(self, after_id: int, limit: int) -> list[int]: ...


@dataclass(frozen=True)
class EvidenceFile:
    """How one item's file is stored: what the vault needs to find, decrypt and check it."""

    uid: str  # random id: the file name in the vault and, with the case id, the file's associated data
    case_id: int
    size: int  # plaintext bytes
    sha256: str  # of the plaintext
    wrapped_keys: tuple[tuple[str, bytes], ...]  # (master key id, wrapped data key), current first
    format_version: int = 1
    item_id: int | None = None


class StagedEvidence(Protocol):
    """An encrypted file written under a temporary name, not yet part of the vault."""

    file: EvidenceFile

    def place(self) -> None:
        """Move it to its final name (atomic, durable). Called last inside the transaction that adds the row."""

    def discard(self) -> None:
        """Remove it, placed or not (the row was not committed). Never raises."""


class StagedExport(Protocol):
    """A decrypted, checked copy written beside its target under a temporary name."""

    target: Path
    size: int
    sha256: str

    def place(self) -> None: ...
    def discard(self) -> None: ...


class EvidenceVault(Protocol):
    """The encrypted evidence files of one book (implemented by ``storage.vault.Vault``)."""

    def stage(self, *, case_id: int, source: Path, progress: Progress | None = None) -> StagedEvidence: ...
    def open_plaintext_stream(self, file: EvidenceFile) -> Generator[bytes, None, None]: ...  # close it if not read to the end
    def export_to(self, file: EvidenceFile, target: Path, *, progress: Progress | None = None,
                  overwrite: bool = False) -> StagedExport: ...
    def check_item(self, file: EvidenceFile, *, progress: Progress | None = None) -> IntegrityCheck: ...
    def holds(self, path: Path) -> bool: ...


class EvidenceRepo(Protocol):
    def next_number(self, case_id: int) -> int: ...
    def add(self, evidence: EvidenceInput, *, number: int, file: EvidenceFile, added_by: str, now: datetime) -> int: ...
    def get(self, item_id: int) -> EvidenceItem | None: ...
    def list_for_case(self, case_id: int) -> list[EvidenceItem]: ...
    def file_of(self, item_id: int) -> EvidenceFile | None: ...
    def page(self, *, after_id: int, limit: int, case_id: int | None = None) -> list[tuple[EvidenceItem, EvidenceFile]]: ...
    def totals(self, case_id: int | None = None) -> tuple[int, int]: ...
    def update(self, item_id: int, edit: EvidenceEdit, *, now: datetime) -> None: ...
    def set_integrity(self, item_id: int, status: IntegrityStatus, *, checked_at: datetime) -> None: ...


@dataclass(frozen=True)
class StoredWorkRecordImport:
    """A stored work-record import. ``mapping`` and ``metrics`` are the plain JSON values the
    service wrote (``metrics`` is None when only the list was asked for)."""

    id: int
    case_id: int
    source_name: str
    source_sha256: str
    source_size: int
    platform: str
    mapping: dict[str, Any]
    row_count: int
    metrics: dict[str, Any] | None
    imported_at: datetime
    imported_by: str


class WorkRecordRepo(Protocol):
    def add(self, *, case_id: int, source_name: str, source_sha256: str, source_size: int, platform: str,
            mapping: dict[str, Any], row_count: int, metrics: dict[str, Any], imported_at: datetime,
            imported_by: str) -> int: ...
    def get(self, import_id: int) -> StoredWorkRecordImport | None: ...
    def list_for_case(self, case_id: int) -> list[StoredWorkRecordImport]: ...  # newest first, without metrics
    def latest_for_case(self, case_id: int) -> StoredWorkRecordImport | None: ...


class ColumnMappingRepo(Protocol):
    def get(self, platform: str) -> dict[str, Any] | None: ...
    def save(self, platform: str, mapping: dict[str, Any], *, by: str, now: datetime) -> None: ...
    def platforms(self) -> list[str]: ...


@dataclass(frozen=True)
class StoredWorksheet:
    """One stored worksheet version, its JSON columns as plain values."""

    id: int
    case_id: int
    chain_key: str
    version: int
    chain: list[dict[str, Any]]
    answers: dict[str, Any]
    context: dict[str, Any]
    assessment: dict[str, Any]
    recommended_category: str
    decision: str
    final_category: str
    reason: str
    decided_by: str
    decided_by_name: str
    decided_by_role: str
    decided_at: datetime


class WorksheetRepo(Protocol):
    def next_version(self, case_id: int, chain_key: str) -> int: ...
    def add(self, *, case_id: int, chain_key: str, version: int, chain: list[dict[str, Any]],
            answers: dict[str, Any], context: dict[str, Any], assessment: dict[str, Any],
            recommended_category: str, decision: str, final_category: str, reason: str, decided_by: str,
            decided_by_name: str, decided_by_role: str, decided_at: datetime) -> int: ...
    def get(self, worksheet_id: int) -> StoredWorksheet | None: ...
    def list_for_case(self, case_id: int, chain_key: str | None = None) -> list[StoredWorksheet]: ...  # newest first


class DocumentRepo(Protocol):
    """Rendered documents of a case, kept in the encrypted book (bytes, hash, number, version)."""

    def next_version(self, case_id: int, template: str) -> int: ...
    def latest(self, case_id: int, template: str) -> DocumentView | None: ...
    def add(self, *, case_id: int, template: str, title: str, number: str, version: int, format: str,
            media_type: str, filename: str, content: bytes, sha256: str, context: dict[str, Any],
            created_by: str, created_at: datetime) -> int: ...
    def get(self, document_id: int) -> DocumentView | None: ...
    def content(self, document_id: int) -> bytes | None: ...
    def list_for_case(self, case_id: int) -> list[DocumentView]: ...  # template, then version


class DocumentRenderer(Protocol):
    """Makes documents from templates (implemented by ``documents.engine.DocumentEngine``).

    DOCX templates render in a sandboxed worker process with a timeout and an output cap; PDF
    documents are drawn by built-in generators with the embedded Chinese font. Errors are
    ``domain.documents.DocumentError`` subclasses with Chinese text.
    """

    def specs(self) -> list[TemplateSpec]: ...
    def spec(self, code: str) -> TemplateSpec: ...
    def check_template(self, code: str) -> None: ...  # safety of the template file, before a number is drawn
    def render(self, code: str, context: Mapping[str, Any]) -> bytes: ...  # context: plain JSON values
    def docx_to_pdf(self, data: bytes) -> bytes: ...  # the PDF rendition of a DOCX the program made
    def backup_recovery_sheet(self, data: Mapping[str, Any]) -> bytes: ...
    def book_recovery_sheet(self, data: Mapping[str, Any]) -> bytes: ...


class LegalAidRepo(Protocol):
    def add(self, *, case_id: int, centre: str, referred_on: date, verdict: str, reasons: list[str], urgent: bool,
            facts: dict[str, Any], created_by: str, created_at: datetime) -> int: ...
    def get(self, referral_id: int) -> "Referral | None": ...
    def update(self, referral_id: int, **fields: Any) -> None: ...
    def list_for_case(self, case_id: int) -> "list[Referral]": ...
    def for_lawyer(self, user_id: int | None) -> "list[Referral]": ...


class InspectionRepo(Protocol):
    """Repeat respondents and labour-inspection referrals (``storage.inspection_repo``)."""

    def respondent_counts(self, *, since: date, until: date) -> list[tuple[str, str, int]]: ...
    def respondent_cases(self, *, since: date, until: date, names: Sequence[str]) -> list[tuple[str, str, int]]: ...
    def case_rows(self, case_ids: Sequence[int]) -> list[RepeatCase]: ...  # by received date, then id
    def add(self, *, case_id: int, letter_key: str, respondent: str, grounds: list[str], facts: dict[str, Any],
            letter_cases: list[str], authority: str, sent_on: date, sent_how: str, document_number: str,
            document_id: int | None, created_by: str, created_at: datetime) -> int: ...
    def get(self, referral_id: int) -> InspectionReferral | None: ...
    def by_letter(self, letter_key: str) -> list[InspectionReferral]: ...
    def list_for_case(self, case_id: int) -> list[InspectionReferral]: ...  # newest first
    def set_answer(self, letter_key: str, *, answered_on: date, answer: str, action_taken: str,
                   answered_by: str) -> None: ...


class HolidayRepo(Protocol):
    def all(self) -> list[HolidayArrangement]: ...
    def get(self, year: int) -> HolidayArrangement | None: ...
    def put(self, arrangement: HolidayArrangement, *, entered_by: str, entered_at: datetime) -> int: ...


class ArbitrationRepo(Protocol):
    """What the arbitration services need from storage (``storage.arbitration_repo``)."""

    def add_review(self, **fields: Any) -> int: ...
    def latest_review(self, case_id: int) -> AcceptanceReview | None: ...
    def add_tribunal(self, **fields: Any) -> int: ...
    def latest_tribunal(self, case_id: int) -> Tribunal | None: ...
    def set_tribunal_notified(self, tribunal_id: int, on: date) -> None: ...
    def add_hearing(self, *, arbitrators: Sequence[ArbitratorRef], **fields: Any) -> int: ...
    def get_hearing(self, hearing_id: int) -> Hearing | None: ...
    def update_hearing(self, hearing_id: int, **fields: Any) -> None: ...
    def hearings_of_case(self, case_id: int) -> list[Hearing]: ...
    def overlapping(self, *, starts_at: datetime, ends_at: datetime, room: str, keys: Sequence[str],
                    exclude_id: int | None = None) -> list[Hearing]: ...
    def calendar(self, *, start: datetime, end: datetime, room: str | None = None,
                 arbitrator_key: str | None = None) -> list[Hearing]: ...
    def add_suspension(self, **fields: Any) -> int: ...
    def get_suspension(self, suspension_id: int) -> Suspension | None: ...
    def set_suspension_end(self, suspension_id: int, end: date) -> None: ...
    def suspensions(self, case_id: int) -> list[Suspension]: ...
    def add_service(self, **fields: Any) -> int: ...
    def services(self, case_id: int) -> list[ServiceRecord]: ...
    def add_award(self, **fields: Any) -> int: ...
    def get_award(self, award_id: int) -> Award | None: ...
    def update_award(self, award_id: int, **fields: Any) -> None: ...
    def awards(self, case_id: int) -> list[Award]: ...
    # for services.deadlines.refresh_case
    def suspensions_for_deadlines(self, case_id: int, today: date) -> dict[str, list[tuple[date, date]]]: ...
    def deadline_facts(self, case_id: int) -> dict[str, bool]: ...
    def hearing_events(self, case_id: int) -> dict[str, date | None]: ...


class MediationRepo(Protocol):
    """What the mediation services need from storage (``storage.mediation_repo``)."""

    def add_session(self, *, case_id: int, held_on: date, place: str, participants: str, mediator: str,
                    record: str, recorded_at: datetime, recorded_by: str, starts_at: time | None = None,
                    ends_at: time | None = None) -> int: ...
    def get_session(self, session_id: int) -> MediationSession | None: ...
    def list_sessions(self, case_id: int) -> list[MediationSession]: ...  # by date, then id
    def update_session(self, session_id: int, *, held_on: date, starts_at: time | None, ends_at: time | None,
                       place: str, participants: str, mediator: str, record: str) -> None: ...
    def delete_session(self, session_id: int) -> None: ...  # its proposals stay, unlinked
    def add_proposal(self, *, case_id: int, side: str, content: str, amount: Decimal | None, proposed_on: date,
                     session_id: int | None, recorded_at: datetime, recorded_by: str, party: str = "") -> int: ...
    def list_proposals(self, case_id: int) -> list[Proposal]: ...  # by date, then id
    def get_proposal(self, proposal_id: int) -> Proposal | None: ...
    def update_proposal(self, proposal_id: int, *, side: str, party: str, content: str, amount: Decimal | None,
                        proposed_on: date) -> None: ...
    def delete_proposal(self, proposal_id: int) -> None: ...
    def add_outcome(self, *, case_id: int, outcome: str, decided_on: date, reason: str, next_status: str,
                    items: Sequence[AgreementItem], created_at: datetime, created_by: str) -> int: ...
    def latest_outcome(self, case_id: int) -> MediationOutcome | None: ...
    def item(self, item_id: int) -> tuple[int, StoredItem] | None: ...  # (case id, item)
    def update_item(self, item_id: int, item: AgreementItem) -> None: ...  # its performance (paid, performed)
    def update_item_terms(self, item_id: int, item: AgreementItem) -> None: ...  # who, what, how much, by when
    def delete_item(self, item_id: int) -> None: ...  # the remaining items renumbered 1..n
    def add_performance(self, *, item_id: int, amount: Decimal | None, performed_on: date, note: str,
                        recorded_at: datetime, recorded_by: str, reverses_id: int | None = None,
                        reason: str = "") -> int: ...
    def performances(self, case_id: int) -> list[Performance]: ...
    def item_performances(self, item_id: int) -> list[Performance]: ...
    def get_performance(self, performance_id: int) -> Performance | None: ...
    def remove_case_events(self, case_id: int, kind: str) -> int: ...


@dataclass(frozen=True)
class CaseStatRecord:
    """What the dispute tables read of one case (``storage.statistics_repo``): its facts (with the
    period's ``Timeline``), the latest event of each kind the handling periods of 超审限 read (code,
    date) before the day the period is judged on, its approved awards (kind, finality,
    (outcome, amount) of each ruling, or ("agreed", amount) of each term of a 仲裁调解书), the amount of its latest mediation agreement, its suspension
    intervals and the arbitrators of its latest tribunal."""

    facts: CaseFacts
    events: tuple[tuple[str, date], ...]
    awards: tuple[tuple[str, str, tuple[tuple[str, Decimal | None], ...]], ...] = ()
    agreed: Decimal | None = None
    suspensions: tuple[tuple[date, date | None], ...] = ()
    arbitrators: tuple[str, ...] = ()


class StatisticsRepo(Protocol):
    """Reads for the statistics (portable SQL; a period's cases in batches, memory bounded)."""

    def case_batches(self, *, start: date, end: date, as_of: date | None = None, event_kinds: Collection[str] = (),
                     batch: int = 5000, ids: Sequence[int] | None = None,
                     ) -> Iterator[list[CaseStatRecord]]: ...  # events: latest of these kinds
    def count_received(self, *, start: date, end: date) -> tuple[int, int, Decimal]: ...  # cases, workers, claimed


class StatisticsFactsReads(Protocol):
    """The dispute tables as GROUP BYs over the derived statistics rows (``services.statistics_facts``)."""

    def fact_groups(self, *, start: date, end: date, by_arbitrator: bool) -> list[Any]: ...
    def open_case_periods(self, ids: Sequence[int], *, as_of: date, event_kinds: Collection[str], batch: int = 5000,
                          ) -> dict[int, tuple[tuple[tuple[str, date], ...], tuple[tuple[date, date | None], ...]]]: ...


@dataclass(frozen=True)
class PlatformCaseRecord:
    """What the platform-enterprise report reads of one case (``storage.platform_report_repo``): the
    dispute tables' record (status changes, awards, agreement), the industry and platform, the
    enterprises among respondents and third parties (credit code, name, role code), every claim
    (kind code, amount; members' too) and the final category of each chain's latest worksheet."""

    stat: CaseStatRecord
    industry: str
    platform: str
    enterprises: tuple[tuple[str, str, str], ...]
    claims: tuple[tuple[str, Decimal | None], ...]
    categories: tuple[str, ...]


class PlatformReportRepo(Protocol):
    """Reads for the platform-enterprise report (portable SQL; batches of cases, memory bounded)."""

    def platform_batches(self, *, start: date, end: date, batch: int = 5000) -> Iterator[list[PlatformCaseRecord]]: ...
    def enterprise_mentions(self, *, start: date, end: date) -> list[tuple[str, str]]: ...  # distinct (code, name)


class OutboxRepo(Protocol):
    """The outbox of hand-off packages (``storage.outbox_repo``; docs/outbox.md)."""

    def add(self, *, package_id: str, case_id: int | None, kind: str, title: str, file: EvidenceFile,
            destination: str, idempotency_key: str, state: str, next_attempt_at: datetime | None,
            created_by: str, created_at: datetime) -> int: ...
    def get(self, item_id: int) -> OutboxItem | None: ...
    def file_of(self, item_id: int) -> EvidenceFile | None: ...
    def find(self, destination: str, package_id: str) -> OutboxItem | None: ...
    def list(self, *, case_id: int | None = None, states: Collection[str] = ()) -> list[OutboxItem]: ...
    def claim(self, item_id: int, *, expected: str, state: str) -> bool: ...  # compare-and-set of the state
    def update(self, item_id: int, **fields: Any) -> None: ...


@dataclass(frozen=True)
class OutgoingPackage:
    """What the transport posts: the package streamed from the vault, with its identity."""

    package_id: str
    idempotency_key: str
    size: int
    sha256: str
    open: Callable[[], Generator[bytes, None, None]]  # a fresh stream of the package's bytes


class PackageTransport(Protocol):
    """Posts a package to a court system's endpoint (``handoff.transport.HttpsTransport``)."""

    def send(self, endpoint: Endpoint, package: OutgoingPackage) -> SendResult: ...
class HandoffRepo(Protocol):
    """The register of hand-off packages made and received (``storage.handoff_repo``)."""

    def add(self, *, case_id: int | None, direction: str, kind: str, package_id: str, manifest_sha256: str,
            file_name: str, size: int, files: int, key_id: str, court: str, court_reference: str,
            created_at: datetime, created_by: str, note: str = "") -> int: ...
    def get(self, record_id: int) -> HandoffPackageRecord | None: ...
    def by_package_id(self, package_id: str) -> HandoffPackageRecord | None: ...
    def list_for_case(self, case_id: int) -> list[HandoffPackageRecord]: ...  # newest first
    def set_court_reference(self, record_id: int, reference: str) -> None: ...


class Tx(Protocol):
    """One transaction's repositories."""

    org: OrganisationRepo
    users: UserRepo
    settings: SettingsRepo
    counters: CounterRepo
    cases: CaseRepo
    evidence: EvidenceRepo
    work_records: WorkRecordRepo
    column_mappings: ColumnMappingRepo
    worksheets: WorksheetRepo
    documents: DocumentRepo
    legal_aid: LegalAidRepo
    mediation: MediationRepo
    arbitration: ArbitrationRepo
    holidays: HolidayRepo
    statistics: StatisticsRepo
    statistics_facts: StatisticsFactsReads
    platform_report: PlatformReportRepo
    inspection: InspectionRepo
    court: CourtRepo
    outbox: OutboxRepo
    handoff: HandoffRepo
    org_templates: OrgTemplateRepo
    audit: AuditLog


class UnitOfWork(Protocol):
    def read(self) -> AbstractContextManager[Tx]: ...
    def write(self) -> AbstractContextManager[Tx]: ...
