"""Arbitration of a case at the labour arbitration commission: acceptance review, the tribunal,
the hearing calendar, the award period (extension, suspensions, restarts), service of documents
(送达回证), mediation in arbitration (仲裁调解书) and the award (仲裁裁决书, 先行裁决书).

Status changes go along the case's life cycle (``services.cases._transition``) in the same
transaction as the arbitration data they belong to, so the dated events, the statutory deadlines
of ``resources/jurisdiction/deadline_rules.json`` and the audit log stay consistent:

* acceptance: ``accepted`` / ``not_accepted`` / ``jurisdiction_explained`` close the 5-day
  ``acceptance_decision`` clock (劳动争议调解仲裁法第二十九条; 办案规则第三十、三十一条);
* ``tribunal_notified`` (组庭通知, 5 days), ``hearing_date`` + ``hearing_notice_served``
  (开庭五日前通知, 办案规则第三十八条), ``application_withdrawn`` (申请人无正当理由拒不到庭);
* ``award_extension_approved`` (+15 days, 第四十三条), suspension and public-notice intervals
  (办案规则第四十六条第（六）项) from ``arbitration_suspensions``, restarts (``party_added`` ...);
* ``award_made`` on approval of the award, ``award_served`` per party (15 days to sue, 30 days
  to apply to revoke a final award, 第四十八、四十九条), ``arbitral_mediation_effective``.

The final-award test is applied per ruling (第四十七条; 解释（一）第十八至二十条); a mixed award is
split into a final and a non-final part, each with its own number and rights notice (办案规则第五十条).

The records, the vocabulary and the pure rules live in ``domain.arbitration``; the use cases are
split along the steps above (``acceptance``, ``hearings``, ``award_period``, ``service``,
``arbitral_mediation``, ``awards``) with the document fields in ``contexts`` and ``documents``.
Every public name is available from this package.
"""

from __future__ import annotations

from mediation_desk.domain.arbitration.acceptance import acceptance_decision, jurisdiction_check
from mediation_desk.domain.arbitration.awards import check_obligations, classify_award
from mediation_desk.domain.arbitration.records import (
    ACCEPT, ACCEPTANCE_CONDITIONS, APPROVED, ARBITRATION_TEMPLATES, AWARD, DISMISSED, DRAFT, FINAL, GRANTED,
    MEDIATION, MEDIATION_FAILED, MIXED, MONEY, NON_FINAL, NOT_ACCEPT, OTHER, PARTIAL, PARTLY, PROVISIONAL_KINDS,
    PUBLIC_NOTICE, PUBLIC_NOTICE_DAYS, RESTART_EVENTS, SERVICE_METHODS, STANDARDS, SUPERSEDED, SUSPENSION,
    WRITTEN_REVIEW, WRONG_COMMISSION, AcceptanceReview, ArbitrationOverview, ArbitratorRef, Award,
    AwardClassification, AwardDraft, AwardPart, FactFound, Hearing, PartyDeadline, ProvisionalExecution, Ruling,
    ServiceRecord, Suspension, Tribunal, default_category)
from mediation_desk.domain.arbitration.service_of_documents import deemed_served_on
from mediation_desk.services.arbitration.acceptance import review_application
from mediation_desk.services.arbitration.arbitral_mediation import record_arbitral_mediation
from mediation_desk.services.arbitration.award_period import (add_suspension, approve_extension, end_suspension,
                                                              record_restart)
from mediation_desk.services.arbitration.awards import (approve_award, arbitration_overview, correct_award,
                                                        decide_written_review, draft_award, get_award, list_awards,
                                                        procedure_record, record_mediation_failure, rights_notice,
                                                        update_draft)
from mediation_desk.services.arbitration.common import require_commission
from mediation_desk.services.arbitration.contexts import (acceptance_context, application_context, arbitrator_rows,
                                                          award_context, award_documents, hearing_context,
                                                          jurisdiction_context, mediation_context,
                                                          non_acceptance_context, operative_clause,
                                                          postponement_context, time_text, tribunal_context)
from mediation_desk.services.arbitration.documents import document_context, render_arbitration_document
from mediation_desk.services.arbitration.hearings import (form_tribunal, hearing_calendar, hearing_notice_due,
                                                          postponement_request_due, notify_tribunal,
                                                          postpone_hearing, record_attendance, schedule_hearing,
                                                          serve_hearing_notice)
from mediation_desk.services.arbitration.service import party_deadlines, record_service, serve_award
from mediation_desk.services.ports import ArbitrationRepo

__all__ = [
    # constants
    "ACCEPT", "NOT_ACCEPT", "WRONG_COMMISSION", "ACCEPTANCE_CONDITIONS", "SERVICE_METHODS", "PUBLIC_NOTICE_DAYS",
    "RESTART_EVENTS", "SUSPENSION", "PUBLIC_NOTICE", "AWARD", "PARTIAL", "MEDIATION", "FINAL", "NON_FINAL", "MIXED",
    "GRANTED", "PARTLY", "DISMISSED", "MONEY", "STANDARDS", "OTHER", "DRAFT", "APPROVED", "SUPERSEDED",
    "PROVISIONAL_KINDS", "ARBITRATION_TEMPLATES", "MEDIATION_FAILED", "WRITTEN_REVIEW",
    # records
    "AcceptanceReview", "ArbitratorRef", "Tribunal", "Hearing", "Suspension", "ServiceRecord", "FactFound",
    "Ruling", "ProvisionalExecution", "AwardDraft", "AwardPart", "AwardClassification", "Award",
    "PartyDeadline", "ArbitrationOverview", "ArbitrationRepo",
    # pure helpers
    "acceptance_decision", "jurisdiction_check", "classify_award", "rights_notice", "default_category",
    "deemed_served_on", "hearing_notice_due", "postponement_request_due", "check_obligations",
    # services
    "review_application", "form_tribunal", "notify_tribunal", "schedule_hearing", "serve_hearing_notice",
    "postpone_hearing", "record_attendance", "approve_extension", "add_suspension", "end_suspension",
    "record_restart", "record_service", "serve_award", "record_arbitral_mediation", "draft_award",
    "update_draft", "approve_award", "correct_award", "record_mediation_failure", "decide_written_review",
    "require_commission", "procedure_record", "operative_clause", "get_award", "list_awards", "hearing_calendar",
    "party_deadlines", "arbitration_overview", "award_context", "render_arbitration_document",
    # document contexts
    "arbitrator_rows", "time_text", "application_context", "acceptance_context", "non_acceptance_context",
    "jurisdiction_context", "tribunal_context", "hearing_context", "postponement_context", "mediation_context",
    "award_documents", "document_context",
]
