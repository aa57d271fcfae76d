"""Tables of the case book (SQLAlchemy 2 declarative). Schema changes go through Alembic only.

One module per part of the book (``core``: cases and everything up to labour-inspection referrals;
``handoff``: the court hand-off and the organisation's templates; ``statistics``: the derived
statistics rows); every table is reachable here as
``orm.<Row>``, and importing this package registers them all in ``Base.metadata``."""

from mediation_desk.storage.orm.base import NAMING_CONVENTION, Base, IsoDateTime, Money
from mediation_desk.storage.orm.core import (
    BookMeta, Organisation, User, Setting, Counter, Case, Party, ClaimRow, CaseEvent, CaseDeadline,
    HolidayArrangementRow, AuditRow, EvidenceRow, WorkRecordImportRow, ColumnMappingRow, WorksheetRow,
    DocumentRow, MediationSessionRow, MediationProposalRow, MediationOutcomeRow, AgreementItemRow,
    AgreementPerformanceRow, LegalAidReferralRow, ArbitrationReviewRow, ArbitrationTribunalRow,
    ArbitrationHearingRow, ArbitrationHearingArbitratorRow, ArbitrationSuspensionRow, ArbitrationAwardRow,
    ServiceRecordRow, InspectionReferralRow,
)
from mediation_desk.storage.orm.handoff import (
    CourtProceedingRow, CourtOutcomeItemRow, HandoffOutboxRow, HandoffKeyRow, HandoffPackageRow,
    OrgTemplateRow,
)
from mediation_desk.storage.orm.statistics import case_stat_facts, case_stat_states, ix_cases_received_totals

__all__ = [
    "case_stat_facts", "case_stat_states", "ix_cases_received_totals",
    "NAMING_CONVENTION", "Base", "IsoDateTime", "Money", "BookMeta", "Organisation", "User", "Setting",
    "Counter", "Case", "Party", "ClaimRow", "CaseEvent", "CaseDeadline", "HolidayArrangementRow", "AuditRow",
    "EvidenceRow", "WorkRecordImportRow", "ColumnMappingRow", "WorksheetRow", "DocumentRow",
    "MediationSessionRow", "MediationProposalRow", "MediationOutcomeRow", "AgreementItemRow",
    "AgreementPerformanceRow", "LegalAidReferralRow", "ArbitrationReviewRow", "ArbitrationTribunalRow",
    "ArbitrationHearingRow", "ArbitrationHearingArbitratorRow", "ArbitrationSuspensionRow",
    "ArbitrationAwardRow", "ServiceRecordRow", "InspectionReferralRow", "CourtProceedingRow",
    "CourtOutcomeItemRow", "HandoffOutboxRow", "HandoffKeyRow", "HandoffPackageRow", "OrgTemplateRow",
]
