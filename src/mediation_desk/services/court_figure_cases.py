"""The cases behind a 裁审衔接 figure (``services.court.court_figures`` gives their ids): for each,
its number, parties, the approved awards and what the courts did with them, so the user can check
a number against the records and open the case.

The figures count every case of the book, so the list needs the same permission as the figures
(``view_statistics``), not access to each case."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.arbitration.records import AWARD, PARTIAL
from mediation_desk.domain.cases import PartySide
from mediation_desk.domain.court import CourtProceeding, ProceedingKind
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.ports import UnitOfWork

__all__ = ["AwardLine", "FigureCase", "figure_cases"]

_AWARD_PROCEEDINGS = (ProceedingKind.LAWSUIT, ProceedingKind.SET_ASIDE)


@dataclass(frozen=True)
class AwardLine:
    number: str
    award_date: date | None


@dataclass(frozen=True)
class FigureCase:
    case_id: int
    case_number: str
    applicants: tuple[str, ...]
    respondents: tuple[str, ...]
    awards: tuple[AwardLine, ...]  # approved awards and partial awards, in the order made
    proceedings: tuple[CourtProceeding, ...]  # suits and set-aside applications on them, with outcomes


def figure_cases(uow: UnitOfWork, actor: Principal, *, case_ids: Iterable[int]) -> list[FigureCase]:
    """One row per case id (in the order given, each once); a case no longer in the book is left out."""
    actor.require(Permission.VIEW_STATISTICS)
    rows: list[FigureCase] = []
    with uow.read() as tx:
        for case_id in dict.fromkeys(case_ids):
            detail = tx.cases.get(case_id)
            if detail is None:
                continue
            awards = tuple(AwardLine(a.number, a.award_date) for a in tx.arbitration.awards(case_id)
                           if a.kind in (AWARD, PARTIAL) and a.status == "approved")
            proceedings = tuple(p for p in tx.court.list_for_case(case_id) if p.kind in _AWARD_PROCEEDINGS)
            rows.append(FigureCase(
                case_id=case_id, case_number=detail.summary.number,
                applicants=tuple(p.name for p in detail.parties if p.side is PartySide.APPLICANT),
                respondents=tuple(p.name for p in detail.parties if p.side is PartySide.RESPONDENT),
                awards=awards, proceedings=proceedings))
    return rows
