"""Every DOCX template in ``templates/docs/registry.json`` agrees with its registry entry and renders.

The templates and the registry are authored documents (edited in Word or WPS, see docs/templates.md),
so nothing generates them in step any more. For every ``docx`` entry this test

1. reads the variables the template uses -- top-level names, dotted paths such as ``org.name`` and the
   attributes used on the items of a list (``{% for a in applicants %}{{ a.name }}``) -- from the
   template's Jinja source (the document XML as docxtpl prepares it) and fails, naming the template and
   the variable, when the template uses something the registry does not declare or the registry
   declares something the template never uses (except the few fields in ``NOT_PRINTED``, each with its
   reason);
2. renders the template through the program's own path (registry, context check, the sandboxed render
   worker) with sample values of the declared kinds, reads the DOCX back with python-docx and checks that
   no Jinja tag is left and that every printed sample value is in the document.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.oxml import parse_xml
from docxtpl import DocxTemplate
from jinja2 import nodes

from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.documents.sandbox import make_environment
from mediation_desk.domain.chinese_dates import chinese_count, chinese_date, numeric_date
from mediation_desk.domain.documents import check_context, plain_context, with_defaults
from mediation_desk.domain.money import format_yuan, to_chinese_capital

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "templates" / "docs"
REGISTRY = json.loads((FOLDER / "registry.json").read_text("utf-8"))
DOCX_ENTRIES = [t for t in REGISTRY["templates"] if t.get("format", "docx") == "docx"]
CODES = [t["code"] for t in DOCX_ENTRIES]

# Declared fields a template does not print, and why they are declared all the same. A field is named
# as in the registry; an item of a list as ``list[].item``.
_AGREEMENT_ITEMS = ("the agreement's items as recorded: the template prints each item's composed clause, and "
                    "these fields are checked before rendering (every item says what was agreed; an amount is a "
                    "sum, a due date a date), so that no clause comes from an incomplete item")
_RESULT = ("each ruling item's operative clause; the award prints the operative clauses through "
           "operative_items (granted items only, numbered without gaps), and the award context offers "
           "ruling_items.result to a template that prints each item's result beside its reasoning")
NOT_PRINTED: dict[tuple[str, str], str] = {
    **{(code, f"agreement_items[].{name}"): _AGREEMENT_ITEMS
       for code in ("mediation_agreement", "arbitration_review_application", "judicial_confirmation_application")
       for name in ("content", "obligor", "obligee", "amount", "due_date")},
    **{(code, "ruling_items[].result"): _RESULT for code in ("award_final", "award_non_final", "partial_award")},
}

# Filters whose use this check understands; filters that reach into items by attribute name
# (map, selectattr, sum(attribute=...)) would hide a use from it, so a template using one fails below.
_KNOWN_FILTERS = {"trim", "rmb", "yuan", "capital", "ymd", "cn_date", "cn_count", "length", "upper", "lower",
                  "replace", "default", "first", "last", "join", "string", "int"}
_JINJA_NAMES = {"loop", "range", "true", "false", "none", "True", "False", "None"}


# --------------------------------------------------------------------------- reading a template's variables


def template_source(path: Path) -> str:
    """The Jinja source docxtpl renders: the body XML, then every header and footer, as docxtpl patches it."""
    tpl = DocxTemplate(path)
    document = docx.Document(str(path))
    source = tpl.patch_xml(tpl.xml_to_string(document._element.body))
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for rel in document._part.rels.values():
            if rel.reltype == uri and rel.target_part.blob:
                source += tpl.patch_xml(tpl.xml_to_string(parse_xml(rel.target_part.blob)))
    return source


@dataclass
class Uses:
    """What a template reads: ``paths`` (``org.name``, ``applicants``, ``applicants[].name``) and, for the
    ones it prints directly, the filters applied (``printed["claims_total"] == ("rmb",)``)."""

    paths: set[str] = field(default_factory=set)
    printed: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _chain(node: nodes.Node) -> tuple[str | None, list[str]]:
    """``a.b.c`` / ``a['b']`` -> ("a", ["b", "c"]); anything else -> (None, [])."""
    parts: list[str] = []
    while True:
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
            node = node.node
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            parts.append(node.arg.value)
            node = node.node
        else:
            break
    if isinstance(node, nodes.Name):
        return node.name, list(reversed(parts))
    return None, []


def _unfilter(node: nodes.Node) -> tuple[nodes.Node, tuple[str, ...]]:
    filters: list[str] = []
    while isinstance(node, nodes.Filter) and node.node is not None:
        filters.append(node.name)
        node = node.node
    return node, tuple(reversed(filters))


def template_uses(source: str) -> Uses:
    uses = Uses()
    env = make_environment()

    def path_of(node: nodes.Node, scope: dict[str, str]) -> str | None:
        root, parts = _chain(node)
        if root is None:
            return None
        if root in scope:  # a loop variable: an item of the list it runs over
            return scope[root] + "[]" + "".join("." + p for p in parts)
        if root in _JINJA_NAMES or root in env.globals:
            return None
        return ".".join([root, *parts])

    def visit(node: nodes.Node, scope: dict[str, str]) -> None:
        if isinstance(node, nodes.For):
            iterated, _filters = _unfilter(node.iter)
            target = path_of(iterated, scope)
            if target is None or not isinstance(node.target, nodes.Name):
                uses.problems.append(f"a loop this check cannot follow: {node.iter} / {node.target}")
                return
            uses.paths.add(target)
            visit(node.iter, scope)
            inner = {**scope, node.target.name: target}
            for child in [*node.body, *node.else_, *([node.test] if node.test else [])]:
                visit(child, inner)
            return
        if isinstance(node, nodes.Output):
            for expr in node.nodes:
                if isinstance(expr, nodes.TemplateData):
                    continue
                base, filters = _unfilter(expr)
                path = path_of(base, scope)
                if path is not None:
                    uses.printed.setdefault(path, set()).add(filters)
                visit(expr, scope)
            return
        if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
            root, _parts = _chain(node)
            if root is not None:
                path = path_of(node, scope)
                if path is not None:
                    uses.paths.add(path)
                return
            if isinstance(node, nodes.Getitem):
                uses.problems.append(f"an index this check cannot follow: {node}")
        if isinstance(node, nodes.Filter) and node.name not in _KNOWN_FILTERS:
            uses.problems.append(f"the filter “{node.name}”, which this check does not know")
        if isinstance(node, (nodes.Assign, nodes.AssignBlock, nodes.Macro, nodes.CallBlock, nodes.With,
                             nodes.Call, nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
            uses.problems.append(f"a {type(node).__name__} tag, which this check cannot follow")
            return
        for child in node.iter_child_nodes():
            visit(child, scope)

    visit(env.parse(source), {})
    return uses


def declared_paths(entry: dict[str, Any]) -> set[str]:
    out = set()
    for f in entry["fields"]:
        out.add(f["name"])
        for item in f.get("items", []):
            out.add(f"{f['name']}[].{item['name']}")
    return out


def _covers(a: str, b: str) -> bool:
    """``a`` is ``b`` or a part of it (``org.name`` is part of ``org``; ``applicants[].name`` of ``applicants``)."""
    return a == b or a.startswith(b + ".") or a.startswith(b + "[]")


# --------------------------------------------------------------------------- sample contexts


@dataclass
class Samples:
    """Sample values of the declared kinds; ``expected`` lists, for each printed field, what must show."""

    counter: int = 0
    expected: dict[str, list[str]] = field(default_factory=dict)

    def next(self) -> int:
        self.counter += 1
        return self.counter


def _sample(spec: dict[str, Any], path: str, printed: dict[str, set[tuple[str, ...]]], flag: bool,
            sparse: bool, samples: Samples) -> Any:
    """A value of the field's kind (and of the kind its filters take: a text printed with ``ymd`` holds
    a date); what each printed form of it looks like goes to ``samples.expected``. With ``flag`` false,
    yes/no fields are no; with ``sparse``, optional texts are empty (amounts and dates stay), so that the
    other branch of each condition is seen in one of the renders."""
    kind = spec["type"]
    shown = printed.get(path, set())
    filters = set().union(*shown) if shown else set()
    n = samples.next()
    if kind == "bool":
        return flag
    if kind == "list":
        entries: list[Any] = []
        for item_flag in (flag, not flag):  # yes/no items both ways in each render
            if spec.get("items"):
                entries.append({item["name"]: _sample(item, f"{path}[].{item['name']}", printed, item_flag, sparse, samples)
                                for item in spec["items"]})
            else:  # a list of plain texts
                entries.append(_sample({"type": "text"}, f"{path}[]", printed, item_flag, sparse, samples))
        return entries
    value: Any
    forms: dict[tuple[str, ...], str] = {}
    if kind == "date" or filters & {"ymd", "cn_date"}:
        day = date(2026, 1, 5) + timedelta(days=3 * n)
        value = day if kind == "date" else day.isoformat()
        forms = {f: chinese_date(day) if "cn_date" in f else numeric_date(day) if "ymd" in f else day.isoformat()
                 for f in shown}
    elif kind == "money" or filters & {"rmb", "yuan", "capital"}:
        amount = Decimal(1000 + n) + Decimal(n % 100) / 100
        value = amount if kind == "money" else format(amount, "f")
        forms = {f: to_chinese_capital(amount) if "capital" in f else format_yuan(amount) if f else format(amount, "f")
                 for f in shown}
    elif "cn_count" in filters:
        count = n % 90 + 2
        value = str(count)
        forms = {f: chinese_count(count) if "cn_count" in f else str(count) for f in shown}
    else:
        value = f"样值{n:03d}"
        forms = {f: value for f in shown}
    for f, form in forms.items():
        if "length" not in f:
            samples.expected.setdefault(path, []).append(form)
    if sparse and kind == "text" and not spec.get("required") and "cn_count" not in filters:
        return ""  # the other branch of an {% if item.text %}…{% else %}
    return value


def _put(context: dict[str, Any], name: str, value: Any) -> None:
    *heads, last = name.split(".")
    for head in heads:
        context = context.setdefault(head, {})
    context[last] = value


def sample_context(entry: dict[str, Any], printed: dict[str, set[tuple[str, ...]]], flag: bool, sparse: bool,
                   samples: Samples) -> dict[str, Any]:
    context: dict[str, Any] = {}
    for f in entry["fields"]:
        _put(context, f["name"], _sample(f, f["name"], printed, flag, sparse, samples))
    return context


def docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    out: list[str] = []

    def cells(tables: Any) -> None:
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    cells(cell.tables)

    out.extend(p.text for p in d.paragraphs)
    cells(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer, s.even_page_header, s.even_page_footer):
            out.extend(p.text for p in part.paragraphs)
            cells(part.tables)
    return "\n".join(out)


# --------------------------------------------------------------------------- the checks


@pytest.fixture(scope="module")
def engine():
    e = DocumentEngine()
    yield e
    e.close()


def test_the_registry_lists_30_docx_templates_and_every_file_is_listed() -> None:
    files = sorted(p.name for p in FOLDER.glob("*.docx"))
    assert len(DOCX_ENTRIES) == 30
    assert sorted(t["file"] for t in DOCX_ENTRIES) == files


def test_every_exception_names_a_declared_field_the_template_does_not_use() -> None:
    by_code = {t["code"]: t for t in DOCX_ENTRIES}
    for (code, name), reason in NOT_PRINTED.items():
        assert reason
        assert name in declared_paths(by_code[code]), (code, name)


@pytest.mark.parametrize("code", CODES)
def test_template_uses_exactly_the_declared_fields(code: str) -> None:
    entry = next(t for t in DOCX_ENTRIES if t["code"] == code)
    uses = template_uses(template_source(FOLDER / entry["file"]))
    assert not uses.problems, f"{code}: " + "; ".join(uses.problems)
    declared = declared_paths(entry)
    undeclared = sorted(p for p in uses.paths if not any(_covers(p, d) or _covers(d, p) for d in declared))
    assert not undeclared, f"{entry['file']} uses fields registry.json does not declare for {code}: {undeclared}"
    unused = sorted(d for d in declared
                    if not any(_covers(p, d) for p in uses.paths) and (code, d) not in NOT_PRINTED)
    assert not unused, f"registry.json declares fields {entry['file']} never uses ({code}): {unused}"
    stale = sorted(d for (c, d) in NOT_PRINTED if c == code and any(_covers(p, d) for p in uses.paths))
    assert not stale, f"{code}: {stale} are used now; take them out of NOT_PRINTED"


@pytest.mark.parametrize("code", CODES)
def test_template_renders_with_sample_values(engine, code: str) -> None:
    entry = next(t for t in DOCX_ENTRIES if t["code"] == code)
    spec = engine.spec(code)
    uses = template_uses(template_source(FOLDER / entry["file"]))
    texts = []
    expected: dict[str, list[str]] = {}
    for flag, sparse in ((True, False), (False, False), (True, True)):  # both branches of conditions (_sample)
        samples = Samples()  # the same texts, amounts and dates in every render
        context = sample_context(entry, uses.printed, flag, sparse, samples)
        expected = samples.expected
        check_context(spec, context)  # the samples satisfy the registry's own check
        data = engine.render(code, plain_context(with_defaults(spec, context)))
        text = docx_text(data)
        for tag in ("{{", "}}", "{%", "%}"):
            assert tag not in text, f"{code}: a Jinja tag {tag!r} is left in the rendered document"
        texts.append(text)
    assert expected, f"{code}: the template prints no declared field"
    # a value printed under a condition shows in one of the renders
    missing = {path: [v for v in values if not any(v in t for t in texts)] for path, values in expected.items()}
    missing = {path: values for path, values in missing.items() if values}
    assert not missing, f"{code}: sample values not found in the rendered document: {missing}"
