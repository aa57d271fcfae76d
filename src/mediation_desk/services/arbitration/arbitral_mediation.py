"""5. Mediation in arbitration (先行调解, 第四十二条): the 仲裁调解书, numbered and locked at once."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from mediation_desk.domain.arbitration.arbitral_mediation import agreement_items
from mediation_desk.domain.arbitration.records import APPROVED, MEDIATION, Award
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.access import require_tribunal_member
from mediation_desk.services.arbitration.common import (_case, _not_before_receipt, _not_future, _repo,
                                                        _require_arbitration, _tribunal_names, require_commission)
from mediation_desk.services.clock import now
from mediation_desk.services.ports import UnitOfWork


def record_arbitral_mediation(uow: UnitOfWork, actor: Principal, *, case_id: int, mediated_on: date,
                              claims: Sequence[str], agreement: Sequence[str | Mapping[str, Any]],
                              arbitrators: Sequence[str] = (), clerk: str = "", performance: str = "") -> Award:
    """A successful 先行调解 (第四十二条): the 仲裁调解书 with the claims and the agreed terms,
    numbered and locked at once. It takes effect when both parties sign for it (``serve_award``).
    Each term is a mapping ``{"obligor", "obligee", "content", "amount", "due_date"}`` (see
    ``_agreement_items``: who pays whom, how much, by when) or a text for a declaration of the
    parties; ``performance`` says how the sums are paid."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    if not agreement_items(agreement):
        raise ValidationError({"agreement": "请写明协议内容"})
    _not_future("mediated_on", mediated_on, "调解日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        items = agreement_items(agreement, detail, mediated_on)
        _require_arbitration(detail, "制作仲裁调解书")
        require_tribunal_member(tx, actor, case_id, "制作仲裁调解书")
        _not_before_receipt("mediated_on", mediated_on, detail, "调解日期")
        number = detail.summary.number  # the 仲裁调解书 carries the case number
        content = {"claims": [c.strip() for c in claims if c.strip()],
                   "agreement": [i["text"] for i in items], "agreement_items": items,
                   "performance": performance.strip(),
                   "arbitrators": list(arbitrators) or _tribunal_names(tx, case_id), "clerk": clerk.strip(),
                   "parts": []}
        stamp = now()
        repo = _repo(tx)
        aid = repo.add_award(case_id=case_id, kind=MEDIATION, lineage=0, version=1, status=APPROVED, finality="",
                             number=number, award_date=mediated_on, default_award=False,
                             content=json.dumps(content, ensure_ascii=False), supersedes_id=None,
                             correction_reason="", approved_by=actor.username, approved_at=stamp,
                             created_by=actor.username, created_at=stamp, updated_at=stamp)
        repo.update_award(aid, lineage=aid)
        tx.audit.append(actor=actor.username, action="arbitration.mediation", entity="case", entity_id=case_id,
                        changes={"award": aid, "number": number, "mediated_on": mediated_on.isoformat(),
                                 "agreement": content["agreement"]})
        award = repo.get_award(aid)
    assert award is not None
    return award
