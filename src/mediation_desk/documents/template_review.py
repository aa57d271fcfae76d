"""Checks a template file against its registry entry: which fields it uses, which it may not, and
what it contains that a template may not contain.

:func:`review_docx` runs, in order:

1. the package checks of :mod:`documents.template_check`: a package unsafe to read (sizes, part
   names, DTDs) is not opened any further and the review lists that refusal only; forbidden
   content (external links, fields that fetch content or link out, macros, embedded objects) is
   listed, every piece of it, and the check goes on;
2. the Jinja source docxtpl renders (the body, every header and footer, as docxtpl prepares them)
   is parsed -- never run -- in the sandbox's environment, and its syntax tree is read: every
   variable path the template reads (``org.name``, ``applicants[].name`` for ``{% for a in
   applicants %}{{ a.name }}``), and every construct the sandbox does not allow or the check cannot
   follow: access to ``_``-attributes (``__class__``), ``{% include %}``/``{% import %}``/
   ``{% extends %}``, ``{% set %}``, macros, calls, and filters other than those listed in
   :data:`ALLOWED_FILTERS` (``safe`` would let raw XML into the document; ``map`` or ``attr``
   would read fields the check cannot see);
3. the paths are compared with the fields the registry declares for the code: a path not
   declared is refused, a declared field never read is a warning;
4. the document's text is kept paragraph by paragraph, for the difference shown before saving.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field

from jinja2 import TemplateSyntaxError, nodes

from mediation_desk.documents.template_check import check_docx_template
from mediation_desk.domain.documents import TemplateInvalid, TemplateSecurityError, TemplateSpec
from mediation_desk.domain.templates import TemplateReview

__all__ = ["ALLOWED_FILTERS", "declared_paths", "review_docx", "template_source", "template_uses"]

ALLOWED_FILTERS = frozenset({"trim", "rmb", "yuan", "capital", "ymd", "cn_date", "cn_count", "length", "count",
                             "upper", "lower", "title", "capitalize", "replace", "default", "d", "first", "last",
                             "join", "string", "int", "float", "abs", "round", "truncate", "list", "e", "escape"})
_JINJA_NAMES = frozenset({"loop", "range", "true", "false", "none", "True", "False", "None"})
_EN_PREFIX = "The template contains something not allowed: "
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class Uses:
    paths: set[str] = field(default_factory=set)
    forbidden: list[tuple[str, str]] = field(default_factory=list)  # (zh, en)

    def refuse(self, zh: str, en: str) -> None:
        if (zh, en) not in self.forbidden:
            self.forbidden.append((zh, en))


def template_source(data: bytes) -> str:
    """The Jinja source docxtpl renders: the body XML, then every header and footer."""
    import docx
    from docx.opc.oxml import parse_xml
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(io.BytesIO(data))
    document = docx.Document(io.BytesIO(data))
    source: str = tpl.patch_xml(tpl.xml_to_string(document._element.body))
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for rel in document.part.rels.values():
            if rel.reltype == uri and rel.target_part.blob:
                source += tpl.patch_xml(tpl.xml_to_string(parse_xml(rel.target_part.blob)))
    return source


def paragraphs(data: bytes) -> tuple[str, ...]:
    """The document's text, one entry per paragraph (tables' cells included), in document order."""
    import docx

    body = docx.Document(io.BytesIO(data))._element.body
    return tuple("".join(t.text or "" for t in p.iter(f"{_W}t")) for p in body.iter(f"{_W}p"))


def _chain(node: nodes.Node) -> tuple[str | None, list[str]]:
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


def _unfilter(node: nodes.Node) -> nodes.Node:
    while isinstance(node, nodes.Filter) and node.node is not None:
        node = node.node
    return node


def template_uses(source: str) -> Uses:
    """The variable paths ``source`` reads and the constructs it may not use (parsed, not run)."""
    from mediation_desk.documents.sandbox import make_environment

    uses = Uses()
    env = make_environment()

    def path_of(node: nodes.Node, scope: dict[str, str]) -> str | None:
        root, parts = _chain(node)
        if root is None:
            return None
        if root in scope:
            return scope[root] + "[]" + "".join("." + p for p in parts)
        if root in _JINJA_NAMES or root in env.globals:
            return None
        return ".".join([root, *parts])

    def visit(node: nodes.Node, scope: dict[str, str]) -> None:
        if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
            uses.refuse(f"访问对象的内部属性（{node.attr}）", f"access to the internal attribute {node.attr!r}")
        if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) \
                and isinstance(node.arg.value, str) and node.arg.value.startswith("_"):
            uses.refuse(f"访问对象的内部属性（{node.arg.value}）", f"access to the internal attribute {node.arg.value!r}")
        if isinstance(node, (nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
            uses.refuse("引用其他模板或文件（include/import/extends）",
                        "loading other templates or files (include/import/extends)")
            return
        if isinstance(node, (nodes.Assign, nodes.AssignBlock, nodes.Macro, nodes.CallBlock, nodes.With,
                             nodes.Call)):
            uses.refuse("无法核对的写法（{% set %}、宏、函数或方法调用）",
                        "a construct the check cannot follow ({% set %}, a macro, a call)")
            return
        if isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
            uses.refuse(f"不允许的过滤器“{node.name}”", f"the filter {node.name!r}, which is not allowed")
        if isinstance(node, nodes.For):
            target = path_of(_unfilter(node.iter), scope)
            if target is None or not isinstance(node.target, nodes.Name):
                uses.refuse("无法核对的循环（for 应当逐项读取一个列表字段）",
                            "a loop the check cannot follow (for should run over a list field)")
                return
            uses.paths.add(target)
            visit(node.iter, scope)
            inner = {**scope, node.target.name: target}
            for child in [*node.body, *node.else_, *([node.test] if node.test else [])]:
                visit(child, inner)
            return
        if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
            root, _parts = _chain(node)
            if root is not None:
                path = path_of(node, scope)
                if path is not None:
                    uses.paths.add(path)
                return
        for child in node.iter_child_nodes():
            visit(child, scope)

    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        uses.refuse(f"模板标签有误（{exc.message}）：请检查 {{{{ }}}} 和 {{% %}} 是否成对、是否在同一段文字中",
                    f"a tag error ({exc.message})")
        return uses
    visit(tree, {})
    return uses


def declared_paths(spec: TemplateSpec) -> set[str]:
    out: set[str] = set()
    for f in spec.fields:
        out.add(f.name)
        for item in f.items:
            out.add(f"{f.name}[].{item.name}")
    return out


def _covers(a: str, b: str) -> bool:
    """``a`` is ``b`` or a part of it (``org.name`` of ``org``; ``applicants[].name`` of ``applicants``)."""
    return a == b or a.startswith(b + ".") or a.startswith(b + "[]")


def review_docx(data: bytes, spec: TemplateSpec) -> TemplateReview:
    """The check of ``data`` as the template of ``spec`` (see the module's docstring). Raises
    ``TemplateInvalid`` for a file that is not a DOCX at all."""
    digest = hashlib.sha256(data).hexdigest()
    found: list[TemplateSecurityError] = []
    try:
        check_docx_template(data, found=found)
    except TemplateSecurityError as exc:  # unsafe to open any further: this refusal only
        return TemplateReview(spec.code, spec.title, digest, len(data), forbidden=(exc.what,),
                              forbidden_en=(exc.en.removeprefix(_EN_PREFIX),))
    content = list(dict.fromkeys((exc.what, exc.en.removeprefix(_EN_PREFIX)) for exc in found))
    try:
        source = template_source(data)
        texts = paragraphs(data)
    except Exception as exc:  # noqa: BLE001 - python-docx/docxtpl on a damaged file
        raise TemplateInvalid("模板不是有效的Word（DOCX）文件，无法使用。", "The template is not a valid DOCX file.",
                              detail=str(exc)) from None
    uses = template_uses(source)
    declared = declared_paths(spec)
    undeclared = sorted(p for p in uses.paths if not any(_covers(p, d) or _covers(d, p) for d in declared))
    unused = sorted(d for d in declared if not any(_covers(p, d) for p in uses.paths))
    return TemplateReview(spec.code, spec.title, digest, len(data), variables=tuple(sorted(uses.paths)),
                          undeclared=tuple(undeclared), unused=tuple(unused),
                          forbidden=tuple(zh for zh, _en in [*content, *uses.forbidden]),
                          forbidden_en=tuple(en for _zh, en in [*content, *uses.forbidden]), paragraphs=texts)
