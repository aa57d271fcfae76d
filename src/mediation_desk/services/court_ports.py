"""The storage port of the court records (``storage.court_repo.SqlCourtRepo`` implements it)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from mediation_desk.domain.court import CourtItemResult, CourtProceeding, FilingInput, OutcomeInput
from mediation_desk.domain.court_figures import AwardFact, ChallengeFact, ItemFact


class CourtRepo(Protocol):
    def add(self, filing: FilingInput, *, award_number: str, created_by: str, now: datetime) -> int: ...
    def get(self, proceeding_id: int) -> CourtProceeding | None: ...
    def list_for_case(self, case_id: int) -> list[CourtProceeding]: ...
    def set_outcome(self, proceeding_id: int, outcome: OutcomeInput, items: tuple[CourtItemResult, ...], *,
                    judgment_evidence_id: int | None, recorded_by: str, now: datetime) -> None: ...
    def figure_facts(self, start: date, end: date, *, by_outcome: bool
                     ) -> tuple[list[AwardFact], list[ChallengeFact], list[ItemFact]]:
        """The awards dated in the period, the challenges and item results on them (by award date),
        or also those filed or decided in the period on awards of any date (``by_outcome``),
        with every award they refer to."""
        ...
