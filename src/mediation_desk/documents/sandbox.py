"""The Jinja2 environment user templates run in.

An ``ImmutableSandboxedEnvironment`` with ``autoescape=True`` (values land in XML), strict
undefined variables (a field the registry does not declare is an error, not a blank), a loader
that refuses every ``{% import %}``/``{% include %}``/``{% extends %}``, no ``lipsum``, and caps
on what a template can build:

* every rendered part counts against one output budget (characters) per document;
* ``*`` and ``**`` may not build a string, list or number larger than the budget;
* ``%`` formatting of strings and width arguments beyond the budget are refused.

What the sandbox cannot bound (CPU spent in loops that print nothing) is bounded by the worker
process's timeout (``render_docx``).

Filters for legal documents: ``yuan`` (3,200.50元), ``capital`` (叁仟贰佰元伍角), ``rmb``
(人民币3,200.50元（大写：叁仟贰佰元伍角）), ``cn_date`` (二〇二六年十一月二十九日), ``ymd``
(2026年11月29日), ``cn_count`` (十五).
"""

from __future__ import annotations

import operator
from decimal import Decimal, InvalidOperation
from typing import Any

from jinja2 import BaseLoader, StrictUndefined
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from mediation_desk.domain.chinese_dates import chinese_count, chinese_date, numeric_date
from mediation_desk.domain.money import format_yuan, to_chinese_capital

DEFAULT_OUTPUT_CHARS = 16_000_000


class OutputTooLarge(Exception):
    """The template produced more than its output budget."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"output exceeds {limit} characters")
        self.limit = limit


class OutputBudget:
    """Characters left for one document (all its parts together)."""

    def __init__(self, limit: int = DEFAULT_OUTPUT_CHARS) -> None:
        self.limit = limit
        self.used = 0

    def spend(self, n: int) -> None:
        self.used += n
        if self.used > self.limit:
            raise OutputTooLarge(self.limit)

    def check_size(self, n: int) -> None:
        if n > self.limit:
            raise OutputTooLarge(self.limit)


class _NoTemplates(BaseLoader):
    def get_source(self, environment, template):  # noqa: ANN001, ANN201
        raise SecurityError(f"template loading is not allowed: {template!r}")


# ---- filters


def _decimal(value: Any) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError("an amount, not a yes/no value")
    try:
        d = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not d.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return d


def yuan(value: Any) -> str:
    d = _decimal(value)
    return "" if d is None else format_yuan(d)


def capital(value: Any) -> str:
    d = _decimal(value)
    return "" if d is None else to_chinese_capital(d)


def rmb(value: Any) -> str:
    d = _decimal(value)
    return "" if d is None else f"人民币{format_yuan(d)}（大写：{to_chinese_capital(d)}）"


def cn_date(value: Any) -> str:
    return "" if value in (None, "") else chinese_date(value)


def ymd(value: Any) -> str:
    return "" if value in (None, "") else numeric_date(value)


def cn_count(value: Any) -> str:
    return chinese_count(int(value))


FILTERS = {"yuan": yuan, "capital": capital, "rmb": rmb, "cn_date": cn_date, "ymd": ymd, "cn_count": cn_count}


def _size(value: Any) -> int:
    if isinstance(value, (str, bytes, list, tuple)):
        return len(value)
    return 1


class DocumentEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox with an output budget (see the module's docstring)."""

    intercepted_binops = frozenset(["*", "**", "%"])

    def __init__(self, budget: OutputBudget | None = None) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, loader=_NoTemplates(),
                         keep_trailing_newline=True)
        self.budget = budget or OutputBudget()
        self.globals.pop("lipsum", None)
        self.filters.update(FILTERS)
        for name in ("center", "indent", "wordwrap", "truncate"):
            self.filters[name] = self._capped_filter(self.filters[name])

        def counted_concat(parts) -> str:  # noqa: ANN001
            out = []
            for part in parts:
                self.budget.spend(len(part))
                out.append(part)
            return "".join(out)

        self.concat = counted_concat  # type: ignore[method-assign]

    def _capped_filter(self, f):  # noqa: ANN001, ANN202
        budget = self.budget

        def capped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            for v in list(args[1:]) + list(kwargs.values()):
                if isinstance(v, int) and not isinstance(v, bool) and abs(v) > budget.limit:
                    raise OutputTooLarge(budget.limit)
            return f(*args, **kwargs)

        for attr in ("jinja_pass_arg",):
            if hasattr(f, attr):
                setattr(capped, attr, getattr(f, attr))
        return capped

    def call_binop(self, context, operator_: str, left: Any, right: Any) -> Any:  # noqa: ANN001
        limit = self.budget.limit
        if operator_ == "*":
            if isinstance(left, int) and isinstance(right, (str, list, tuple)):
                left, right = right, left
            if isinstance(left, (str, list, tuple)) and isinstance(right, int):
                if len(left) * max(right, 0) > limit:
                    raise OutputTooLarge(limit)
            elif isinstance(left, int) and isinstance(right, int):
                if left.bit_length() + right.bit_length() > 4096:
                    raise OutputTooLarge(limit)
            return operator.mul(left, right)
        if operator_ == "**":
            if isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
                if right * max(left.bit_length(), 1) > 4096:
                    raise OutputTooLarge(limit)
            return operator.pow(left, right)
        if operator_ == "%":
            if isinstance(left, str):
                raise SecurityError("string % formatting is not allowed in templates")
            return operator.mod(left, right)
        return super().call_binop(context, operator_, left, right)


def make_environment(output_chars: int = DEFAULT_OUTPUT_CHARS) -> DocumentEnvironment:
    return DocumentEnvironment(OutputBudget(output_chars))
