"""The rights notice at the end of an award (仲裁裁决书): who may sue or apply to revoke, where,
and within how many days of receiving it."""

from __future__ import annotations

from mediation_desk.domain.arbitration.records import FINAL, NON_FINAL
from mediation_desk.domain.errors import ValidationError


def rights_notice(finality: str, *, commission_city: str) -> str:
    """The parties' rights stated at the end of the award (第四十七至四十九条; 办案规则第五十三条).
    ``commission_city``: the city whose intermediate court hears an application to revoke a final
    award (the venue of ``resources/jurisdiction/venue.json``)."""
    if finality == FINAL:
        return ("本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起"
                "十五日内向人民法院提起诉讼；用人单位有证据证明本裁决有《中华人民共和国劳动争议调解仲裁法》"
                f"第四十九条第一款规定情形之一的，可以自收到本裁决书之日起三十日内向{commission_city}中级人民法院"
                "申请撤销裁决。")
    if finality == NON_FINAL:
        return ("当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；"
                "期满不起诉的，本裁决书发生法律效力。")
    raise ValidationError({"finality": "终局或非终局未定"})
