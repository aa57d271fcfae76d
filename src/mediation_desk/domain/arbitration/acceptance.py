"""The acceptance review of an arbitration application (办案规则第三十、三十一条) and the
commission's jurisdiction (劳动争议调解仲裁法第二十一条)."""

from __future__ import annotations

from collections.abc import Mapping

from mediation_desk.domain.arbitration.records import (ACCEPT, ACCEPTANCE_CONDITIONS, NOT_ACCEPT, WRONG_COMMISSION,
                                                       _CONDITION_LABELS)
from mediation_desk.domain.errors import ValidationError


def acceptance_decision(checklist: Mapping[str, bool]) -> str:
    """ACCEPT when every condition is met; WRONG_COMMISSION when only jurisdiction fails
    (办案规则第三十一条); NOT_ACCEPT otherwise."""
    unknown = sorted(set(checklist) - set(_CONDITION_LABELS))
    if unknown:
        raise ValidationError({"checklist": f"未知的受理条件：{'、'.join(unknown)}"})
    missing = [label for code, label, _ in ACCEPTANCE_CONDITIONS if code not in checklist]
    if missing:
        raise ValidationError({"checklist": "请逐项审查受理条件：" + "；".join(missing)})
    unmet = {code for code, ok in checklist.items() if not ok}
    if not unmet:
        return ACCEPT
    if unmet == {"jurisdiction"}:
        return WRONG_COMMISSION
    return NOT_ACCEPT


def jurisdiction_check(*, performance_place: str, employer_seat: str, commission_area: str,
                       performance_place_seized: bool = False) -> tuple[bool, str]:
    """Whether the commission of ``commission_area`` has jurisdiction (第二十一条): the place of
    performance of the labour contract or the employer's seat; when both are seized, the
    commission of the place of performance. Returns (has jurisdiction, explanation)."""
    area = commission_area.strip()
    perf, seat = performance_place.strip(), employer_seat.strip()
    if perf and area and area in perf:
        return True, f"劳动合同履行地{perf}属于本委管辖区域。"
    if seat and area and area in seat:
        if performance_place_seized and perf:
            return False, (f"用人单位所在地{seat}虽属本委管辖区域，但劳动合同履行地{perf}的仲裁委员会已受理，"
                           "依照《劳动争议调解仲裁法》第二十一条第二款由劳动合同履行地的仲裁委员会管辖。")
        return True, f"用人单位所在地{seat}属于本委管辖区域。"
    return False, (f"劳动合同履行地{perf or '不明'}、用人单位所在地{seat or '不明'}均不属于本委管辖区域，"
                   "请向劳动合同履行地（优先）或者用人单位所在地的劳动人事争议仲裁委员会申请仲裁。")
