"""The command line's ``--item`` results of ``handoff outcome``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mediation_desk.domain.court import ItemResult
from mediation_desk.domain.errors import ValidationError
from mediation_desk.services.handoff_outcome import ItemDecision, parse_item


def test_item_results_are_read_with_their_amount() -> None:
    assert parse_item("1=upheld") == ItemDecision(1, ItemResult.UPHELD)
    assert parse_item("2=changed:1234.50") == ItemDecision(2, ItemResult.CHANGED, Decimal("1234.50"))
    assert parse_item(" 3 = set_aside ") == ItemDecision(3, ItemResult.SET_ASIDE)


@pytest.mark.parametrize("text", ["upheld", "x=upheld", "0=upheld", "1=kept", "2=changed:abc", "=set_aside"])
def test_a_malformed_item_result_is_refused_with_the_form_it_should_have(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_item(text)
    assert err.value.fields  # one field named, in Chinese
    assert all(message for message in err.value.fields.values())
