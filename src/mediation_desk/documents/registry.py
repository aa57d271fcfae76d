"""The template registry: ``templates/docs/registry.json``.

The file lists every document the program can make::

    {
      "version": 1,
      "number_kinds": {
        "case": {"label": "案号"},
        "mediation_agreement": {"label": "调解协议书编号", "prefix": "{org_stem}协字", "on_rerender": "keep"}
      },
      "templates": [
        {"code": "mediation_agreement", "title": "调解协议书", "format": "docx",
         "file": "mediation_agreement.docx", "number": "mediation_agreement",
         "fields": [{"name": "org.name", "type": "text", "required": true, "label": "调解组织名称"},
                    {"name": "agreement_items", "type": "list", "required": true, "label": "协议内容",
                     "items": [{"name": "content", "type": "text", "required": true, "label": "内容"}]}]}
      ]
    }

Field types: text, date, money, list, bool. ``format`` is ``docx`` (a template file beside the
registry) or ``pdf`` (a built-in generator named by ``generator``). Loading checks everything
and names each problem with its place in the file; :func:`missing_fields` names every missing
required field of a context in Chinese before anything is rendered.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from mediation_desk.domain.documents import (CASE_NUMBER, NO_NUMBER, FieldSpec, FieldType, NumberKind,
                                             TemplateInvalid, TemplateSpec)
from mediation_desk.domain.documents import missing_fields as _missing_fields
from mediation_desk.domain.errors import NotFound
from mediation_desk.resources import resource_path

REGISTRY_FILE = "registry.json"
MAX_REGISTRY_BYTES = 2 * 1024 * 1024
MAX_TEMPLATE_FILE_BYTES = 10 * 1024 * 1024
_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,47}$")
_FILE_RE = re.compile(r"^[A-Za-z0-9_\-]{1,100}\.docx$")


def default_folder() -> Path:
    return resource_path("templates", "docs")


def missing_fields(template: TemplateSpec, context: Mapping[str, Any]) -> list[str]:
    """The Chinese labels of every required field missing from ``context`` (``[]`` if complete)."""
    return _missing_fields(template, context)


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}：{message}")

    def raise_if_any(self, path: Path) -> None:
        if self.items:
            shown = "；".join(self.items[:8]) + (f"；等{len(self.items)}处" if len(self.items) > 8 else "")
            raise TemplateInvalid(f"文书模板登记表（{path.name}）有误：{shown}",
                                  f"The template registry {path} is invalid: " + "; ".join(self.items[:8]),
                                  detail="\n".join(self.items))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _field(raw: Any, where: str, problems: _Problems, *, nested: bool = False) -> FieldSpec | None:
    if not isinstance(raw, Mapping):
        problems.add(where, "应为一个字段说明")
        return None
    name, label = _text(raw.get("name")), _text(raw.get("label"))
    try:
        ftype = FieldType(raw.get("type"))
    except ValueError:
        problems.add(where, f"未知的字段类型“{raw.get('type')}”（可用：text、date、money、list、bool）")
        return None
    if not label:
        problems.add(where, f"字段“{name}”缺少中文名称（label）")
    required = raw.get("required", False)
    if not isinstance(required, bool):
        problems.add(where, "required 应为 true 或 false")
        required = False
    items: list[FieldSpec] = []
    raw_items = raw.get("items", [])
    if raw_items and ftype is not FieldType.LIST:
        problems.add(where, "只有列表字段（list）可以有 items")
    elif raw_items:
        if nested:
            problems.add(where, "列表中的字段不能再是带 items 的列表")
        elif not isinstance(raw_items, list):
            problems.add(where, "items 应为字段说明的列表")
        else:
            seen: set[str] = set()
            for j, sub in enumerate(raw_items):
                spec = _field(sub, f"{where}.items[{j}]", problems, nested=True)
                if spec is not None:
                    if spec.name in seen:
                        problems.add(f"{where}.items[{j}]", f"字段“{spec.name}”重复")
                    seen.add(spec.name)
                    items.append(spec)
    try:
        return FieldSpec(name=name, type=ftype, label=label or name, required=required, items=tuple(items))
    except ValueError:
        problems.add(where, f"字段名“{name}”无效（应为小写英文、数字和下划线，可用点号分层）")
        return None


def _number_kinds(raw: Any, problems: _Problems) -> dict[str, NumberKind]:
    kinds = {CASE_NUMBER: NumberKind(CASE_NUMBER, "案号", ""), NO_NUMBER: NumberKind(NO_NUMBER, "无文号", "")}
    if raw is None:
        return kinds
    if not isinstance(raw, Mapping):
        problems.add("number_kinds", "应为“编号种类 → 说明”的对应表")
        return kinds
    for code, spec in raw.items():
        where = f"number_kinds.{code}"
        if not isinstance(spec, Mapping):
            problems.add(where, "应为编号种类的说明")
            continue
        if code in (CASE_NUMBER, NO_NUMBER):
            kinds[code] = NumberKind(code, _text(spec.get("label")) or kinds[code].label, "")
            continue
        prefix = _text(spec.get("prefix"))
        if not prefix:
            problems.add(where, "缺少文号前缀（prefix），如“{org_stem}协字”")
        try:
            kinds[code] = NumberKind(code, _text(spec.get("label")) or code, prefix,
                                     spec.get("on_rerender", "keep"))
        except ValueError as exc:
            problems.add(where, f"无效（{exc}）")
    return kinds


class TemplateRegistry:
    """The loaded registry: specs by code and their template files."""

    def __init__(self, folder: Path, specs: Iterable[TemplateSpec], number_kinds: Mapping[str, NumberKind]) -> None:
        self.folder = Path(folder)
        self._specs = {s.code: s for s in specs}
        self.number_kinds = dict(number_kinds)

    @classmethod
    def load(cls, folder: Path | str | None = None, *, generators: Iterable[str] = ()) -> "TemplateRegistry":
        """Read and check ``registry.json`` in ``folder`` (default ``templates/docs``).

        ``generators`` are the names of the PDF generators a ``pdf`` entry may use.
        Raises ``TemplateInvalid`` naming every problem.
        """
        folder = Path(folder) if folder is not None else default_folder()
        path = folder / REGISTRY_FILE
        try:
            raw_bytes = path.read_bytes()
        except OSError as exc:
            raise TemplateInvalid(f"找不到文书模板登记表（{path}）。", f"The template registry {path} is missing.",
                                  detail=str(exc)) from None
        if len(raw_bytes) > MAX_REGISTRY_BYTES:
            raise TemplateInvalid("文书模板登记表过大。", "The template registry is too large.")
        try:
            data = json.loads(raw_bytes.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise TemplateInvalid(f"文书模板登记表（{path.name}）不是有效的JSON：{exc}",
                                  f"The template registry is not valid JSON: {exc}") from None
        problems = _Problems()
        if not isinstance(data, Mapping) or data.get("version") != 1:
            problems.add("version", "应为 1")
            problems.raise_if_any(path)
        kinds = _number_kinds(data.get("number_kinds"), problems)
        generators = set(generators)
        specs: list[TemplateSpec] = []
        codes: set[str] = set()
        templates = data.get("templates")
        if not isinstance(templates, list) or not templates:
            problems.add("templates", "应为模板说明的列表")
            problems.raise_if_any(path)
        for i, raw in enumerate(templates):
            where = f"templates[{i}]"
            if not isinstance(raw, Mapping):
                problems.add(where, "应为一个模板说明")
                continue
            code, title, fmt = _text(raw.get("code")), _text(raw.get("title")), raw.get("format", "docx")
            where = f"templates[{i}]（{code or '无代码'}）"
            if not _CODE_RE.match(code):
                problems.add(where, "代码（code）应为小写英文、数字和下划线")
            elif code in codes:
                problems.add(where, "代码重复")
            codes.add(code)
            if not title:
                problems.add(where, "缺少标题（title）")
            file, generator = _text(raw.get("file")), _text(raw.get("generator"))
            if fmt == "docx":
                if not _FILE_RE.match(file):
                    problems.add(where, "模板文件名（file）应为同一文件夹中的 .docx 文件名")
                elif not (folder / file).is_file():
                    problems.add(where, f"找不到模板文件 {file}")
            elif fmt == "pdf":
                if generator not in generators:
                    problems.add(where, f"未知的PDF生成器“{generator}”")
            else:
                problems.add(where, f"未知的格式“{fmt}”（可用：docx、pdf）")
            kind = kinds.get(_text(raw.get("number")) or CASE_NUMBER)
            if kind is None:
                problems.add(where, f"未知的编号种类“{raw.get('number')}”")
                kind = kinds[CASE_NUMBER]
            fields: list[FieldSpec] = []
            names: set[str] = set()
            raw_fields = raw.get("fields", [])
            if not isinstance(raw_fields, list):
                problems.add(where, "fields 应为字段说明的列表")
                raw_fields = []
            for j, rf in enumerate(raw_fields):
                spec = _field(rf, f"{where}.fields[{j}]", problems)
                if spec is None:
                    continue
                if spec.name in names:
                    problems.add(f"{where}.fields[{j}]", f"字段“{spec.name}”重复")
                names.add(spec.name)
                fields.append(spec)
            if code and title:
                specs.append(TemplateSpec(code=code, title=title, format=fmt, number=kind, fields=tuple(fields),
                                          file=file if fmt == "docx" else "", generator=generator if fmt == "pdf" else "",
                                          description=_text(raw.get("description"))))
        problems.raise_if_any(path)
        return cls(folder, specs, kinds)

    # ---- reading

    def specs(self) -> list[TemplateSpec]:
        return list(self._specs.values())

    def spec(self, code: str) -> TemplateSpec:
        try:
            return self._specs[code]
        except KeyError:
            raise NotFound(f"没有名为“{code}”的文书模板。", f"No document template {code!r}.") from None

    def path(self, code: str) -> Path:
        spec = self.spec(code)
        if spec.format != "docx":
            raise TemplateInvalid(f"《{spec.title}》不是Word模板。", f"{code} is not a DOCX template.")
        return self.folder / spec.file

    def template_bytes(self, code: str) -> bytes:
        path = self.path(code)
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_TEMPLATE_FILE_BYTES + 1)
        except OSError as exc:
            raise TemplateInvalid(f"无法读取模板文件 {path.name}（{exc.strerror or exc}）。",
                                  f"Cannot read the template {path}: {exc}") from None
        if len(data) > MAX_TEMPLATE_FILE_BYTES:
            raise TemplateInvalid(f"模板文件 {path.name} 过大。", f"The template {path} is too large.")
        return data

    def missing_fields(self, code: str, context: Mapping[str, Any]) -> list[str]:
        return missing_fields(self.spec(code), context)
