"""The values an assessment is made of (read models shown by the worksheet and written into
劳动关系认定意见表)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.relationship.factors import INSUFFICIENT
from mediation_desk.domain.relationship.weights import Route


# ---------------------------------------------------------------------------
# the result
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Confidence:
    level: str  # high / medium / low (codes of the weights file)
    label: str  # 较高 / 中等 / 较低
    score: Decimal  # 0.00 … 1.00
    coverage: Decimal  # answered weight ÷ total weight
    stable: bool  # no answer to the open factors could change the category
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactorReading:
    """One factor as read: level (None = unknown), its value and weight, who exercised it."""

    key: str
    label: str
    level: str | None
    level_label: str
    value: Decimal | None
    weight: Decimal
    actor: str
    evidence: tuple[str, ...]
    note: str
    sentence: str  # "" when unknown


@dataclass(frozen=True)
class AssessmentWarning:
    code: str
    label: str
    text: str  # the full sentence: what is wrong, the fact it rests on, the basis
    fact: str
    basis: str


@dataclass(frozen=True)
class EmployerCandidate:
    name: str
    role: str  # EnterpriseRole code
    role_label: str
    functions: tuple[str, ...]  # manages / pays / disciplines
    named_in_contract: bool
    reason: str


@dataclass(frozen=True)
class LiabilityNote:
    name: str
    role: str
    role_label: str
    text: str


@dataclass(frozen=True)
class ClaimFit:
    kind: str  # ClaimKind code
    label: str
    fits: bool
    reason: str


@dataclass(frozen=True)
class Assessment:
    category: str
    category_label: str
    score: Decimal | None  # weighted mean over the answered factors, 3 places; None if none answered
    confidence: Confidence
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]  # sentences: what is wrong, the fact it rests on, the basis
    warning_items: tuple[AssessmentWarning, ...]  # the same warnings with their codes and parts
    employer_candidate: EmployerCandidate | None
    employer_note: str
    joint_liability: tuple[LiabilityNote, ...]
    route: Route
    fitting_claims: tuple[ClaimFit, ...]
    unfitting_claims: tuple[ClaimFit, ...]
    unknown_factors: tuple[str, ...]
    factors: tuple[FactorReading, ...]
    dominant_management: bool
    management_present: bool | None
    registered_individual_business: str | None
    weights_version: int
    weights_source: str
    sufficient: bool = True  # False: too little is known to recommend a category (headline 信息不足)
    unsupported_factors: tuple[str, ...] = ()  # answered factors with no evidence linked

    @property
    def headline(self) -> str:
        """What the recommendation says in one line: the category, or 信息不足."""
        return self.category_label if self.sufficient else INSUFFICIENT

    @property
    def warning_codes(self) -> tuple[str, ...]:
        return tuple(w.code for w in self.warning_items)

    @property
    def answers(self) -> Mapping[str, str]:
        """The answered factor levels by key."""
        return MappingProxyType({r.key: r.level for r in self.factors if r.level is not None})

    def claim_fit(self, kind: str | ClaimKind) -> ClaimFit:
        code = ClaimKind(kind).value
        for row in self.fitting_claims + self.unfitting_claims:
            if row.kind == code:
                return row
        raise KeyError(code)  # pragma: no cover - every ClaimKind is in one of the lists

    def as_dict(self) -> dict[str, Any]:
        """Plain values (strings, numbers as strings, lists) for storage and documents."""

        def dec(d: Decimal | None) -> str | None:
            return None if d is None else str(d)

        return {
            "category": self.category,
            "category_label": self.category_label,
            "score": dec(self.score),
            "confidence": {"level": self.confidence.level, "label": self.confidence.label,
                           "score": dec(self.confidence.score), "coverage": dec(self.confidence.coverage),
                           "stable": self.confidence.stable, "notes": list(self.confidence.notes)},
            "reasons": list(self.reasons),
            "warnings": [{"code": w.code, "label": w.label, "text": w.text, "fact": w.fact, "basis": w.basis}
                         for w in self.warning_items],
            "employer_candidate": None if self.employer_candidate is None else {
                "name": self.employer_candidate.name, "role": self.employer_candidate.role,
                "functions": list(self.employer_candidate.functions),
                "named_in_contract": self.employer_candidate.named_in_contract,
                "reason": self.employer_candidate.reason},
            "employer_note": self.employer_note,
            "joint_liability": [{"name": n.name, "role": n.role, "text": n.text} for n in self.joint_liability],
            "route": {"code": self.route.code, "label": self.route.label, "text": self.route.text,
                      "basis": self.route.basis},
            "fitting_claims": [{"kind": c.kind, "reason": c.reason} for c in self.fitting_claims],
            "unfitting_claims": [{"kind": c.kind, "reason": c.reason} for c in self.unfitting_claims],
            "unknown_factors": list(self.unknown_factors),
            "factors": [{"key": r.key, "level": r.level, "actor": r.actor, "evidence": list(r.evidence),
                         "note": r.note} for r in self.factors],
            "dominant_management": self.dominant_management,
            "management_present": self.management_present,
            "registered_individual_business": self.registered_individual_business,
            "weights_version": self.weights_version,
            "sufficient": self.sufficient,
            "headline": self.headline,
            "unsupported_factors": list(self.unsupported_factors),
        }
