"""The Jinja2 environment user templates run in.

An ``ImmutableSandboxedEnvironment`` with ``autoescape=True`` (values land in XML), strict
undefined variables (a field the registry does not declare is an error, not a blank), a loader
that refuses every ``{% import %}``/``{% include %}``/``{% extends %}``, no ``lipsum``, and caps
on what a template can build, checked **before** the memory is taken:

* every rendered part counts against one output budget (characters) per document;
* every value a template builds is capped at :data:`VALUE_CHARS` (characters or items, nested
  ones counted): ``~`` and ``+`` (so a doubling loop stops at the cap), ``*`` and ``**``,
  padding methods (``ljust``, ``rjust``, ``center``, ``zfill``, ``expandtabs``), ``replace``,
  ``join``, ``translate``, the widths and precisions of ``str.format`` and of the ``format``
  filter (``'%0999999999d'|format``), every filter's arguments and result, and every
  ``{{ … }}`` before it becomes text;
* ``%`` formatting of strings is refused.

What the sandbox cannot bound (CPU spent in loops that print nothing, many values alive at
once) is bounded by the worker process: its timeout (``render_docx``) and its memory limit
(``worker_process``).

Filters for legal documents: ``yuan`` (3,200.50元), ``capital`` (叁仟贰佰元伍角), ``rmb``
(人民币3,200.50元（大写：叁仟贰佰元伍角）), ``cn_date`` (二〇二六年十一月二十九日), ``ymd``
(2026年11月29日), ``cn_count`` (十五).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import update_wrapper
from typing import Any

from jinja2 import BaseLoader, StrictUndefined
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEscapeFormatter, SandboxedFormatter
from markupsafe import Markup

from mediation_desk.domain.chinese_dates import chinese_count, chinese_date, numeric_date
from mediation_desk.domain.money import format_yuan, to_chinese_capital

DEFAULT_OUTPUT_CHARS = 16_000_000
# One value a template builds (a string, a list): a whole legal document is about 50,000
# characters, so a million is far beyond any honest template yet small in memory.
VALUE_CHARS = 1_000_000


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


def _deep_size(value: Any, cap: int) -> int:
    """Characters and items in ``value`` (strings, lists, dicts, nested), counted until past ``cap``:
    what turning it into text would cost at least."""
    total = 0
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, (str, bytes)):
            total += len(v)
        elif isinstance(v, (list, tuple, set, frozenset, dict, range)):
            total += len(v)
            if total > cap:
                return total
            if isinstance(v, dict):
                stack.extend(v.keys())
                stack.extend(v.values())
            elif not isinstance(v, range):
                stack.extend(v)
        else:
            total += 1
        if total > cap:
            return total
    return total


_PRINTF_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d*)(?:\.(\*|\d*))?[hlL]?[diouxXeEfFgGcrsa%]")
_WIDTHS = re.compile(r"\d+")
_PADDING_METHODS = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs"})


def _printf_width(fmt: str) -> int:
    """What the widths and precisions of a ``%`` format string can add (a ``*`` width: unbounded)."""
    total = 0
    for m in _PRINTF_SPEC.finditer(fmt):
        for g in m.groups():
            if g == "*":
                return 1 << 62
            if g:
                total += int(g) if len(g) < 19 else 1 << 62
    return total


class _BoundedFormatterMixin:
    """``str.format`` in a template: no width or precision beyond the value cap, and the fields
    formatted so far never beyond it either."""

    cap: int = 0
    used: int = 0

    def vformat(self, format_string, args, kwargs):  # noqa: ANN001, ANN201
        self.used = len(format_string)
        return super().vformat(format_string, args, kwargs)  # type: ignore[misc]

    def format_field(self, value, format_spec):  # noqa: ANN001, ANN201
        for digits in _WIDTHS.findall(format_spec or ""):
            if len(digits) > 12 or int(digits) > self.cap:
                raise OutputTooLarge(self.cap)
        if _deep_size(value, self.cap) > self.cap:
            raise OutputTooLarge(self.cap)
        out = super().format_field(value, format_spec)  # type: ignore[misc]
        self.used += len(out)
        if self.used > self.cap:
            raise OutputTooLarge(self.cap)
        return out


class _BoundedFormatter(_BoundedFormatterMixin, SandboxedFormatter):
    pass


class _BoundedEscapeFormatter(_BoundedFormatterMixin, SandboxedEscapeFormatter):
    pass


class _CheckedConcat(CodeGenerator):
    """Compiles ``a ~ b`` so that the environment checks the parts' sizes before joining them."""

    def visit_Concat(self, node, frame) -> None:  # noqa: ANN001
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"environment.checked_concat({func_name}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class DocumentEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox with an output budget and a cap on every value a template builds (see the
    module's docstring)."""

    intercepted_binops = frozenset(["+", "*", "**", "%"])
    code_generator_class = _CheckedConcat

    def __init__(self, budget: OutputBudget | None = None) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, loader=_NoTemplates(),
                         keep_trailing_newline=True, finalize=self._finalize_output)
        self.budget = budget or OutputBudget()
        self.value_cap = min(VALUE_CHARS, self.budget.limit)
        self.globals.pop("lipsum", None)
        self.filters.update(FILTERS)
        self.filters["format"] = _printf_filter
        for name in list(self.filters):
            self.filters[name] = self._guarded_filter(name, self.filters[name])

        def counted_concat(parts) -> str:  # noqa: ANN001
            out = []
            for part in parts:
                self.budget.spend(len(part))
                out.append(part)
            return "".join(out)

        self.concat = counted_concat  # type: ignore[method-assign]

    # ---- sizes

    def _refuse_if_large(self, *values: Any) -> None:
        cap = self.value_cap
        total = 0
        for v in values:
            total += _deep_size(v, cap - total + 1)
            if total > cap:
                raise OutputTooLarge(cap)

    def _finalize_output(self, value: Any) -> Any:
        """Every ``{{ … }}`` before it becomes text."""
        self._refuse_if_large(value)
        return value

    def checked_concat(self, join, parts: tuple) -> Any:  # noqa: ANN001
        self._refuse_if_large(*parts)
        return join(parts)

    # ---- filters

    def _guarded_filter(self, name: str, f):  # noqa: ANN001, ANN202
        env = self
        skip = 1 if getattr(f, "jinja_pass_arg", None) is not None else 0

        def guarded(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            cap = env.value_cap
            values = args[skip:]
            if name in ("join", "sum") and values and not isinstance(values[0], (str, list, tuple, dict)):
                values = (list(values[0]), *values[1:])  # a generator: its items are counted below
                args = (*args[:skip], *values)
            env._refuse_if_large(*values, *kwargs.values())
            extra = _filter_growth(name, values, kwargs, cap)
            if extra > cap:
                raise OutputTooLarge(cap)
            result = f(*args, **kwargs)
            if isinstance(result, (str, list, tuple)) and _deep_size(result, 8 * cap) > 8 * cap:
                raise OutputTooLarge(cap)
            if isinstance(result, Iterator):  # map, select, batch...: counted as they are consumed
                return _counted(result, cap)
            return result

        attr = getattr(f, "jinja_pass_arg", None)
        if attr is not None:
            guarded.jinja_pass_arg = attr  # type: ignore[attr-defined]
        return guarded

    # ---- calls and operators

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201, N805
        cap = __self.value_cap
        __self._refuse_if_large(*args, *kwargs.values())
        target = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(target, str) and _method_growth(target, name, args, kwargs, cap) > cap:
            raise OutputTooLarge(cap)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any):  # noqa: ANN201
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        f_self = value.__self__
        formatter = _BoundedEscapeFormatter(self, escape=f_self.escape) if isinstance(f_self, Markup) \
            else _BoundedFormatter(self)
        formatter.cap = self.value_cap
        is_format_map = value.__name__ == "format_map"
        str_type = type(f_self)

        def bounded(*args: Any, **kwargs: Any) -> str:
            if is_format_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs, args = args[0], ()
            return str_type(formatter.vformat(f_self, args, kwargs))

        return update_wrapper(bounded, value)

    def call_binop(self, context, operator_: str, left: Any, right: Any) -> Any:  # noqa: ANN001
        cap = self.value_cap
        if operator_ == "+":
            if isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)):
                self._refuse_if_large(left, right)
            return operator.add(left, right)
        if operator_ == "*":
            if isinstance(left, int) and isinstance(right, (str, list, tuple)):
                left, right = right, left
            if isinstance(left, (str, list, tuple)) and isinstance(right, int):
                if right > 0 and _deep_size(left, cap) * right > cap:
                    raise OutputTooLarge(cap)
            elif isinstance(left, int) and isinstance(right, int):
                if left.bit_length() + right.bit_length() > 4096:
                    raise OutputTooLarge(cap)
            return operator.mul(left, right)
        if operator_ == "**":
            if isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
                if right * max(left.bit_length(), 1) > 4096:
                    raise OutputTooLarge(cap)
            return operator.pow(left, right)
        if operator_ == "%":
            if isinstance(left, str):
                raise SecurityError("string % formatting is not allowed in templates")
            return operator.mod(left, right)
        return super().call_binop(context, operator_, left, right)


def _counted(items: Iterator[Any], cap: int) -> Iterator[Any]:
    total = 0
    for item in items:
        total += _deep_size(item, cap)
        if total > cap:
            raise OutputTooLarge(cap)
        yield item


def _int_arg(values: tuple, kwargs: dict, index: int, key: str, default: Any = 0) -> Any:
    if key in kwargs:
        return kwargs[key]
    return values[index] if len(values) > index else default


def _as_int(v: Any) -> int:
    return v if isinstance(v, int) and not isinstance(v, bool) else 0


def _replace_growth(s: str, old: Any, new: Any, count: Any) -> int:
    if not isinstance(s, str) or not isinstance(old, str) or not isinstance(new, str):
        return 0
    hits = len(s) + 1 if old == "" else s.count(old)
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        hits = min(hits, count)
    return len(s) + hits * max(0, len(new) - len(old))


def _filter_growth(name: str, values: tuple, kwargs: dict, cap: int) -> int:
    """How large a filter's result can be, for the filters that can make more than they get."""
    if not values:
        return 0
    value = values[0]
    if name in ("center", "wordwrap", "truncate", "batch", "slice"):
        n = _as_int(_int_arg(values, kwargs, 1, {"center": "width", "wordwrap": "width", "truncate": "length",
                                                    "batch": "linecount", "slice": "slices"}[name]))
        return abs(n) + (len(value) if isinstance(value, (str, list, tuple)) else 0)
    if name == "format" and isinstance(value, str):
        return len(value) + _printf_width(value)
    if name == "replace":
        return _replace_growth(str(value), _int_arg(values, kwargs, 1, "old", ""), _int_arg(values, kwargs, 2, "new", ""),
                               _int_arg(values, kwargs, 3, "count", None))
    if name == "indent" and isinstance(value, str):
        width = _int_arg(values, kwargs, 1, "width", 4)
        per_line = len(width) if isinstance(width, str) else abs(_as_int(width))
        return len(value) + (value.count("\n") + 1) * per_line
    if name == "join" and isinstance(value, (list, tuple)):
        sep = _int_arg(values, kwargs, 1, "d", "")
        return len(sep) * len(value) if isinstance(sep, str) else 0
    return 0


def _method_growth(s: str, name: str, args: tuple, kwargs: dict, cap: int) -> int:
    """How long the result of a string method can be, for the methods that can grow a string."""
    if name in _PADDING_METHODS:
        n = abs(_as_int(args[0] if args else kwargs.get("width", kwargs.get("tabsize", 8))))
        if name == "expandtabs":
            return len(s) + (s.count("\t") + 1) * n
        return max(len(s), n)
    if name == "replace":
        return _replace_growth(s, args[0] if args else "", args[1] if len(args) > 1 else "",
                               args[2] if len(args) > 2 else kwargs.get("count"))
    if name == "join" and args:
        items = args[0]
        n = len(items) if isinstance(items, (list, tuple, str, dict, set, frozenset)) else cap + 1
        return len(s) * n
    if name == "translate" and args and isinstance(args[0], dict):
        longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
        return len(s) * max(longest, 1)
    return 0


def _printf_filter(value: Any, *args: Any, **kwargs: Any) -> str:
    """Jinja's ``format`` filter (``"%05.2f"|format(x)``), after the widths were checked."""
    from jinja2.filters import do_format

    return do_format(value, *args, **kwargs)


def make_environment(output_chars: int = DEFAULT_OUTPUT_CHARS) -> DocumentEnvironment:
    return DocumentEnvironment(OutputBudget(output_chars))
