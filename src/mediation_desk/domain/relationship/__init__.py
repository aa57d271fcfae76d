"""The relationship-determination worksheet (劳动关系认定工作表) as one pure function.

:func:`assess` reads the answers to the worksheet's factors (keys and level codes of
``relationship-worksheet.md``; they are public API) and recommends one of the three categories
of 人社部发〔2021〕56号 and the Nanchang plan (洪人社发〔2022〕88号 items 1 and 3):

* ``labor_relationship`` — 符合确立劳动关系情形 (支配性劳动管理);
* ``incomplete_labor_relationship`` — 不完全符合确立劳动关系情形但企业对劳动者进行劳动管理;
* ``civil_relationship`` — 个人依托平台自主开展经营活动、从事自由职业.

How the recommendation is reached (all numbers are data, ``resources/jurisdiction/
relationship_weights.json``, read by :mod:`mediation_desk.jurisdiction` and passed in as
``weights``):

1. Each answered factor contributes ``weight × level value`` (0 = autonomy … 1 = subordination);
   the *score* is the weighted mean over the answered factors. Unanswered factors are left out
   of the score and lower the confidence instead.
2. Dominant labour management — the three core factors of 指导性案例237号 (working time,
   work process, rules and discipline) all at their subordinate end — is a labour relationship
   whatever the score, the contract's name or an individual-business registration.
3. Otherwise a score at or above the labour threshold with enough core factors at their
   subordinate end is a labour relationship; labour management by the enterprise (any
   management indicator) with a score at or above the lower threshold is the incomplete
   category; anything else is a civil relationship.
4. Confidence: the share of the total weight that was answered, whether any answer to the
   open factors could still change the category (the category is monotone in every factor, so
   filling all open factors at their two ends decides it), and the distance to a threshold.

The result names the factors that drove it in sentences a mediator can read aloud, the employer
candidate (the enterprise that manages, pays and disciplines, not the one named in the
paperwork), notes on the other enterprises of the chain (Nanchang plan item 2), the route, the
claims that fit the category, and warnings from the facts. It is a recommendation: the mediator
or arbitrator confirms or overrides it with a written reason.

The package: :mod:`.factors` (vocabulary), :mod:`.weights` (the data file checked),
:mod:`.results` (the assessment's values), :mod:`.inputs` (answers and context parsed) and
:mod:`.engine` (the decision and its sentences). Everything public is re-exported here.
"""

from __future__ import annotations

from mediation_desk.domain.relationship.engine import assess
from mediation_desk.domain.relationship.factors import (
    CONTEXT_KEYS,
    EMPLOYER_FUNCTIONS,
    FACTOR_KEYS,
    FACTORS,
    INSUFFICIENT,
    NO_EVIDENCE,
    REGISTERED_INDIVIDUAL_BUSINESS,
    REGISTRATION_REQUESTED,
    Factor,
    Level,
    RelationshipCategory,
    WarningFlag,
)
from mediation_desk.domain.relationship.inputs import AssessmentContext, ChainEnterprise, FactorAnswer
from mediation_desk.domain.relationship.results import (
    Assessment,
    AssessmentWarning,
    ClaimFit,
    Confidence,
    EmployerCandidate,
    FactorReading,
    LiabilityNote,
)
from mediation_desk.domain.relationship.weights import ConfidenceRules, RelationshipWeights, Route, weights_from_data

__all__ = [
    "CONTEXT_KEYS",
    "EMPLOYER_FUNCTIONS",
    "FACTORS",
    "FACTOR_KEYS",
    "INSUFFICIENT",
    "NO_EVIDENCE",
    "REGISTERED_INDIVIDUAL_BUSINESS",
    "REGISTRATION_REQUESTED",
    "Assessment",
    "AssessmentContext",
    "AssessmentWarning",
    "ChainEnterprise",
    "ClaimFit",
    "Confidence",
    "ConfidenceRules",
    "EmployerCandidate",
    "Factor",
    "FactorAnswer",
    "FactorReading",
    "Level",
    "LiabilityNote",
    "RelationshipCategory",
    "RelationshipWeights",
    "Route",
    "WarningFlag",
    "assess",
    "weights_from_data",
]
