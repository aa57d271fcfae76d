"""The figures of a dispute table as the page and the PDF show them: each value written out, and
the bars of the three charts. Pure: no Qt, no reportlab."""

from __future__ import annotations

from decimal import Decimal

from mediation_desk.domain.statistics import (CAUSE_LABELS, CAUSE_PRIORITY, RESULT_LABELS, WAY_LABELS, DisputeTable,
                                              Indicator)

__all__ = ["chart_series", "value_text"]


def value_text(indicator: Indicator, value: int | Decimal | None) -> str:
    """A figure as the report prints it: ``5``, ``17,300.00`` (元), ``62.50`` (%), ``11.00`` (天), ``—``."""
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return f"{value:,.2f}" if indicator.unit == "元" else f"{value:.2f}"
    return str(value)


def chart_series(table: DisputeTable) -> dict[str, list[tuple[str, int]]]:
    """The three charts' bars (label, count): closed by way, closed by result, received by cause."""
    v = table.values

    def n(key: str) -> int:
        value = v.get(key)
        return int(value) if value is not None else 0

    return {
        "way": [(WAY_LABELS[w][0], n(f"way_{w.value}")) for w in WAY_LABELS],
        "result": [(RESULT_LABELS[r][0].split("（")[0], n(f"result_{r.value}")) for r in RESULT_LABELS],
        "cause": [(CAUSE_LABELS[c][0], n(f"cause_{c.value}")) for c in CAUSE_PRIORITY],
    }
