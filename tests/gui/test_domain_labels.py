"""Every constant of the domain and services the UI can show has an English label, found through one
mechanism: the "labels" context of the translation (``ui.labels.CATALOG``, ``ui.domain_labels``),
which ``labels.DomainLabelTranslator`` also answers for any ``tr()`` of the same Chinese text."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QObject

import mediation_desk.domain
import mediation_desk.services
import mediation_desk.ui
from mediation_desk.domain.cases import LabelledEnum
from mediation_desk.resources import resource_path
from mediation_desk.ui import labels
from mediation_desk.ui.domain_labels import DOMAIN_CATALOG, UI_CONSTANTS
from tests.gui.screens_support import CJK, english

TS = resource_path("resources", "translations", "mediation_desk_en.ts")
LABELS = set(labels.CATALOG) | set(DOMAIN_CATALOG) | set(UI_CONSTANTS)


def _translated() -> dict[str, set[str]]:
    """Context -> the sources that have an English translation."""
    out: dict[str, set[str]] = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        done = {m.findtext("source") for m in ctx.iter("message")
                if (t := m.find("translation")) is not None and t.text and t.get("type") != "unfinished"}
        out.setdefault(ctx.findtext("name"), set()).update(done)
    return out


def _modules(package) -> list:  # noqa: ANN001
    return [importlib.import_module(m.name) for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]


def _strings(value: object):  # noqa: ANN202
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for v in value:
            yield from _strings(v)


def test_every_labelled_constant_of_the_domain_has_an_english_label():
    _modules(mediation_desk.domain)
    _modules(mediation_desk.services)

    def subclasses(cls):  # noqa: ANN001, ANN202
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    missing = {e.__name__: [m.label for m in e if m.label not in LABELS] for e in subclasses(LabelledEnum)}
    assert not {k: v for k, v in missing.items() if v}
    english_of = _translated()["labels"]
    assert LABELS <= english_of, sorted(LABELS - english_of)


def test_service_label_tables_and_jurisdiction_names_have_english_labels():
    from mediation_desk.domain import legal_aid
    from mediation_desk.domain.mediation import advise_on_default
    from mediation_desk.services import arbitration as arb

    shown = [label for _code, label, _n in arb.ACCEPTANCE_CONDITIONS]
    shown += list(arb.SERVICE_METHODS.values()) + list(legal_aid.VERDICT_LABELS.values())
    for name in ("_SUSPENSION_LABELS", "_KIND_TITLES", "_FINALITY_LABELS", "_OUTCOME_LABELS"):
        shown += list(getattr(arb, name, {}).values())
    rules = json.loads(resource_path("resources", "jurisdiction", "deadline_rules.json").read_text("utf-8"))
    shown += [r["name"] for r in rules["rules"]]
    registry = json.loads(resource_path("templates", "docs", "registry.json").read_text("utf-8"))
    shown += [t["title"] for t in registry["templates"]]
    assert advise_on_default([], labels_today()).reason in LABELS  # the advice on default is shown as it comes
    assert not [s for s in shown if s not in LABELS]


def labels_today():  # noqa: ANN201
    from mediation_desk.services import clock

    return clock.today()


def test_ui_constants_given_to_tr_have_english():
    """A Chinese text kept in an upper-case constant of a UI module or class reaches the screen through a
    variable; it must be translated in the "labels" context or in a context of its own module."""
    translated = _translated()
    problems = []
    for module in _modules(mediation_desk.ui):
        try:
            source = inspect.getsource(module)
        except OSError:
            continue
        contexts = {"labels", *re.findall(r'QT_TRANSLATE_NOOP\("([^"]+)"', source),
                    *(name for name, obj in vars(module).items() if inspect.isclass(obj)
                      and obj.__module__ == module.__name__)}
        known = set().union(*(translated.get(c, set()) for c in contexts))
        owners = [vars(module)] + [vars(c) for c in vars(module).values()
                                    if inspect.isclass(c) and c.__module__ == module.__name__]
        for space in owners:
            for name, value in space.items():
                if not name.isupper() or name.endswith("_EN") or not isinstance(value, (dict, tuple, list,
                                                                                          frozenset, set)):
                    continue
                if space is vars(module) and f"{name} = " not in source and f"{name}: " not in source:
                    continue  # imported from the module that defines it, and checked there
                for text in _strings(value):
                    if CJK.search(text) and text not in known:
                        problems.append(f"{module.__name__}.{name}: {text}")
    assert not problems, "\n".join(problems)


def test_domain_labels_reach_any_context_in_english(qapp):
    class Panel(QObject):
        pass

    with english(qapp):
        assert Panel().tr("仲裁中") == "In arbitration"
        assert QCoreApplication.translate("AnyPanel", "逾期未履行") == "Overdue, not performed"
        assert Panel().tr("一个没有译文的句子") == "一个没有译文的句子"
    assert Panel().tr("仲裁中") == "仲裁中"


def test_legal_sources_and_periods_in_english(qapp):
    rules = json.loads(resource_path("resources", "jurisdiction", "deadline_rules.json").read_text("utf-8"))
    with english(qapp):
        for rule in rules["rules"]:
            text = labels.citation(rule["source"])
            assert not CJK.search(text), (rule["source"], text)
        assert labels.citation("劳动争议调解仲裁法第四十三条；劳动人事争议仲裁办案规则第四十五条、第四十六条") == (
            "Labour Dispute Mediation and Arbitration Law art. 43; "
            "Rules for Handling Labour and Personnel Dispute Arbitration Cases art. 45, art. 46")
        assert labels.citation("民事诉讼法（2023年修正）第二百零五条") == "Civil Procedure Law (2023 amendment) art. 205"
        assert labels.citation("某地方规定第三条") == "某地方规定第三条"  # not understood: kept as written
        assert labels.deadline_period("45日（自然日）") == "45 calendar days"
        assert labels.deadline_period("5日（工作日）") == "5 working days"
        assert labels.deadline_period("1年") == "1 year"
        assert labels.money(1234) == "1,234.00 yuan"
        assert labels.list_text("甲公司、乙公司") == "甲公司, 乙公司"
    assert labels.citation("劳动争议调解仲裁法第四十三条") == "劳动争议调解仲裁法第四十三条"
    assert labels.money(1234) == "1,234.00元"


@pytest.mark.parametrize("text, number", [("十", 10), ("十四", 14), ("四十三", 43), ("二百零五", 205), ("一百", 100)])
def test_chinese_article_numbers(text, number):
    assert labels._cn_number(text) == number  # noqa: SLF001


def test_no_tr_call_hides_inside_an_f_string():
    """pyside6-lupdate does not look inside f-strings: a ``self.tr('…')`` there never reaches the
    translation and stays Chinese in English. Call tr() first, then format."""
    import ast

    root = importlib.import_module("mediation_desk.ui").__path__[0]
    hidden = []
    for path in sorted(__import__("pathlib").Path(root).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and \
                            inner.func.attr in ("tr", "translate") and \
                            any(isinstance(a, ast.Constant) and isinstance(a.value, str) and CJK.search(a.value)
                                for a in inner.args):
                        hidden.append(f"{path.name}:{inner.lineno}")
    assert not hidden, hidden
