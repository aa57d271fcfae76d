"""Service of documents (送达): the date a document counts as served, and the deadlines that run
for a party from service of an award."""

from __future__ import annotations

from datetime import date, timedelta

from mediation_desk.domain.arbitration.records import FINAL, MIXED, NON_FINAL, PUBLIC_NOTICE_DAYS, SERVICE_METHODS
from mediation_desk.domain.cases import PartySide
from mediation_desk.domain.errors import ValidationError


def deemed_served_on(method: str, sent_on: date, served_on: date | None = None) -> date:
    """The date of service: public notice is deemed served 30 days after publication
    (民事诉讼法第九十五条); post on the date of the postal receipt; otherwise the date given
    (the receipt's date), or the sending date."""
    if method not in SERVICE_METHODS:
        raise ValidationError({"method": "请选择送达方式"})
    if method == "public_notice":
        return sent_on + timedelta(days=PUBLIC_NOTICE_DAYS)
    if method == "post" and served_on is None:
        raise ValidationError({"served_on": "邮寄送达以回执上注明的收件日期为送达日期，请填写"})
    served = served_on or sent_on
    if served < sent_on:
        raise ValidationError({"served_on": "送达日期不能早于发出日期"})
    return served


def award_deadlines(finality: str, side: PartySide | None) -> list[tuple[str, str]]:
    """The deadlines (rule code, name) that run for a party from service of an award on it: 15 days
    to sue (the worker for a final award; either party for a non-final one) and, for a final award or
    the final part of a mixed one, 30 days for the employer to apply to revoke (第四十八、四十九条)."""
    codes = []
    if finality == NON_FINAL or side is PartySide.APPLICANT:
        codes.append(("sue_after_award", "不服仲裁裁决起诉期限"))
    if finality in (FINAL, MIXED) and side is PartySide.RESPONDENT:
        codes.append(("revoke_final_award", "申请撤销终局裁决期限"))
    if finality == MIXED and side is PartySide.RESPONDENT:
        codes.append(("sue_after_award", "不服仲裁裁决起诉期限（非终局部分）"))
    return codes
