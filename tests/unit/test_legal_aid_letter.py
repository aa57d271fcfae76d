"""The referral letter needs its case: a referral whose case cannot be read is NotFound, not a crash."""

from contextlib import contextmanager
from datetime import date
from types import SimpleNamespace

import pytest

from mediation_desk.domain.errors import NotFound
from mediation_desk.domain.legal_aid import Referral, ReferralStatus, Verdict
from mediation_desk.domain.users import Principal, Role
from mediation_desk.services import legal_aid

REFERRAL = Referral(id=7, case_id=3, centre="南昌市法律援助中心", referred_on=date(2026, 11, 2),
                    status=ReferralStatus.REFERRED, verdict=Verdict.ELIGIBLE, reasons=("农民工请求支付劳动报酬",),
                    urgent=False)


class _Uow:
    tx = SimpleNamespace(legal_aid=SimpleNamespace(get=lambda referral_id: REFERRAL),
                         cases=SimpleNamespace(get=lambda case_id: None))

    @contextmanager
    def read(self):
        yield self.tx


def test_referral_letter_for_a_case_that_cannot_be_read_is_not_found():
    mediator = Principal(user_id=1, username="tiaojie", display_name="李调解", role=Role.MEDIATOR)
    with pytest.raises(NotFound) as caught:
        legal_aid.referral_letter(_Uow(), renderer=None, actor=mediator, referral_id=7, contact_person="李调解")
    assert str(caught.value) == "找不到该案件。"
