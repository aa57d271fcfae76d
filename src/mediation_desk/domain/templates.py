"""Templates an organisation owns: the result of checking an imported DOCX template against its
registry entry, the readable difference between two versions, and the stored versions.

A check (:class:`TemplateReview`) lists the variables the template uses that its registry entry
does not declare (refused: a template may only use the values the program supplies), the declared
fields it never uses (a warning: the organisation may leave a value out of its own document), and
the forbidden content found (external links, fields that fetch content, macros, embedded objects,
Jinja constructs the sandbox does not allow). The difference (:class:`TemplateDiff`) is what a
reviewer reads before saving: paragraphs of the document's text added and removed, variables
added and removed.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["TemplateReview", "TemplateDiff", "OrgTemplateVersion", "TemplateStatus", "diff_reviews",
           "MAX_ORG_TEMPLATE_BYTES", "MAX_NOTE_CHARS", "MAX_VERSIONS_PER_CODE"]

MAX_ORG_TEMPLATE_BYTES = 10 * 1024 * 1024  # as a built-in template (documents.template_check)
MAX_NOTE_CHARS = 500
MAX_VERSIONS_PER_CODE = 200


@dataclass(frozen=True)
class TemplateReview:
    """What a template file uses and contains, checked against the registry entry of ``code``."""

    code: str
    title: str
    sha256: str
    size: int
    variables: tuple[str, ...] = ()  # every field path the template reads (org.name, applicants[].name)
    undeclared: tuple[str, ...] = ()  # used but not declared for this code: refused
    unused: tuple[str, ...] = ()  # declared but never used: a warning
    forbidden: tuple[str, ...] = ()  # forbidden content, in Chinese: refused
    forbidden_en: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = field(default=(), repr=False)  # the document's text, paragraph by paragraph

    @property
    def ok(self) -> bool:
        return not self.undeclared and not self.forbidden

    def problems(self) -> list[str]:
        """Every reason the template is refused, in Chinese (empty when it may be saved)."""
        out = list(self.forbidden)
        if self.undeclared:
            out.append("使用了登记表没有为本文书声明的字段：" + "、".join(self.undeclared))
        return out

    def warnings(self) -> list[str]:
        if not self.unused:
            return []
        return ["登记表为本文书声明、但模板没有使用的字段（生成的文书中不会出现）：" + "、".join(self.unused)]

    def report_lines(self) -> list[str]:
        """The check as lines of text (for the command line and the import dialog)."""
        lines = [f"《{self.title}》（{self.code}）：" + ("可以使用" if self.ok else "不能使用")]
        lines += [f"  ✗ {p}" for p in self.problems()]
        lines += [f"  ! {w}" for w in self.warnings()]
        return lines


@dataclass(frozen=True)
class TemplateDiff:
    """What changed from one version of a template to another."""

    added_paragraphs: tuple[str, ...] = ()
    removed_paragraphs: tuple[str, ...] = ()
    added_variables: tuple[str, ...] = ()
    removed_variables: tuple[str, ...] = ()

    @property
    def unchanged(self) -> bool:
        return not (self.added_paragraphs or self.removed_paragraphs or self.added_variables
                    or self.removed_variables)

    def lines(self) -> list[str]:
        """A readable difference: ``+`` added, ``-`` removed."""
        if self.unchanged:
            return ["文字和字段均无变化"]
        out: list[str] = []
        if self.added_variables:
            out.append("新增字段：" + "、".join(self.added_variables))
        if self.removed_variables:
            out.append("不再使用的字段：" + "、".join(self.removed_variables))
        out += [f"- {p}" for p in self.removed_paragraphs]
        out += [f"+ {p}" for p in self.added_paragraphs]
        return out


def diff_reviews(old: TemplateReview | None, new: TemplateReview) -> TemplateDiff:
    """The difference from ``old`` (None: nothing before) to ``new``: changed paragraphs in document
    order, and the variables one uses and the other does not."""
    old_paras: Sequence[str] = old.paragraphs if old is not None else ()
    old_vars = set(old.variables) if old is not None else set()
    added: list[str] = []
    removed: list[str] = []
    matcher = difflib.SequenceMatcher(a=list(old_paras), b=list(new.paragraphs), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            removed += [p for p in old_paras[i1:i2] if p.strip()]
        if tag in ("replace", "insert"):
            added += [p for p in new.paragraphs[j1:j2] if p.strip()]
    return TemplateDiff(added_paragraphs=tuple(added), removed_paragraphs=tuple(removed),
                        added_variables=tuple(sorted(set(new.variables) - old_vars)),
                        removed_variables=tuple(sorted(old_vars - set(new.variables))))


@dataclass(frozen=True)
class OrgTemplateVersion:
    """One stored version of an organisation's own template (the DOCX bytes stay in the book)."""

    id: int
    code: str
    version: int
    sha256: str
    size: int
    based_on_builtin_sha256: str  # the built-in template it was derived from
    imported_at: datetime
    imported_by: str
    note: str
    active: bool


@dataclass(frozen=True)
class TemplateStatus:
    """One DOCX template as the settings list shows it: the built-in, and the organisation's own
    active version if it has one; ``newer_builtin`` when the built-in has changed since that version
    was derived from it (an upgrade brought a new one: offered, never applied by itself)."""

    code: str
    title: str
    builtin_sha256: str
    active: OrgTemplateVersion | None
    versions: int

    @property
    def newer_builtin(self) -> bool:
        return self.active is not None and self.active.based_on_builtin_sha256 != self.builtin_sha256

    @property
    def source_label(self) -> str:
        return "内置" if self.active is None else f"本机构 v{self.active.version}"
