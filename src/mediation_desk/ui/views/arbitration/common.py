"""What the sections of the arbitration tab share: the labels of the service's codes, the colours
of the clocks and messages, and the base of a section (it shows its part of the case's arbitration
overview and enables its buttons; the panel holds the case, the overview and the running work)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QWidget

from mediation_desk.services import arbitration as arb
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.widgets import yuan_text

if TYPE_CHECKING:
    from mediation_desk.ui.views.arbitration.panel import ArbitrationPanel

OK_STYLE = "color: #1e6b35;"
WARN_STYLE = "color: #8a5a00; font-weight: bold;"
OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"
FINAL_COLOUR = "#1e6b35"
NON_FINAL_COLOUR = "#8a5a00"
OUTCOMES = ((arb.GRANTED, "支持"), (arb.PARTLY, "部分支持"), (arb.DISMISSED, "驳回"))
CATEGORIES = (("", "按请求类别"), (arb.MONEY, "劳动报酬、经济补偿或赔偿金"), (arb.STANDARDS, "劳动标准（工时、休假、社保）"),
              (arb.OTHER, "其他事项"))
FINALITY = {arb.FINAL: "终局", arb.NON_FINAL: "非终局", arb.MIXED: "部分终局、部分非终局"}
STATUS = {"draft": "草稿", "approved": "已批准（锁定）", "superseded": "已被更正"}
KINDS = {arb.AWARD: "裁决书", arb.PARTIAL: "先行裁决书", arb.MEDIATION: "仲裁调解书"}
HEARING_STATUS = {"scheduled": "已安排", "postponed": "已延期", "held": "已开庭", "cancelled": "已取消"}


def label(text: str) -> str:
    """A label of the arbitration service or the deadline rules (catalogued in
    ``arbitration_widgets``) in the interface language."""
    return QCoreApplication.translate("ArbitrationPanel", text)


def fit_columns(*tables: QTableWidget, stretch_last: bool = True) -> None:
    """Columns as wide as their contents, the last one taking the room left (as
    ``widgets.read_only_table`` sizes them) unless ``stretch_last`` is false (a narrow table
    that scrolls: its last column keeps its header whole)."""
    for table in tables:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(stretch_last)


def names(refs: Any) -> str:
    return "、".join(m.name for m in refs)


def money(amount: Any) -> str:
    return yuan_text(amount) if current_lang() != "en" else f"{amount:,.2f} yuan"


def problem(text: str) -> str:
    """Why a deadline cannot be computed; in English in general terms."""
    if not text or current_lang() != "en":
        return text
    return QCoreApplication.translate("ArbitrationPanel", "无法计算（缺少该年的节假日安排）")


def rights(finality: str, stored: str = "") -> str:
    """The rights notice as the award states it; in English a summary of it."""
    if current_lang() != "en":
        return stored or arb.rights_notice(finality)
    if finality == arb.FINAL:
        return QCoreApplication.translate(
            "ArbitrationPanel", "终局裁决自作出之日起生效；劳动者可以自收到裁决书之日起十五日内起诉，用人单位可以自收到之日起"
                                "三十日内向中级人民法院申请撤销。")
    return QCoreApplication.translate("ArbitrationPanel", "当事人可以自收到裁决书之日起十五日内起诉；期满不起诉的，裁决书发生法律效力。")


def split_bases(reasoning: str) -> tuple[str, dict[int, str]]:
    """The reasoning without the per-item grounds, and those grounds by item number."""
    keep, bases = [], {}
    for line in reasoning.splitlines():
        if line.startswith("【第") and "项认定依据】" in line:
            head, _, text = line.partition("项认定依据】")
            try:
                bases[int(head[2:])] = text
                continue
            except ValueError:
                pass
        keep.append(line)
    return "\n".join(keep), bases


@dataclass
class Loaded:
    overview: arb.ArbitrationOverview
    evidence: list[Any]
    party_deadlines: list[arb.PartyDeadline]


@dataclass(frozen=True)
class Ready:
    """What every section's buttons depend on, worked out once per update."""
    ready: bool  # an overview is shown and nothing runs or is open
    change: bool  # ready, and the user conducts the arbitration
    render: bool  # ready, and the user may make documents
    in_review: bool
    in_arb: bool
    accepted: bool


class Section(QWidget):
    """One section of the arbitration tab. ``panel`` is set by the panel before the first use."""

    panel: ArbitrationPanel

    def attach(self, panel: ArbitrationPanel) -> None:
        self.panel = panel

    def show_overview(self, overview: arb.ArbitrationOverview | None) -> None:
        """Show the section's part of ``overview`` (``None``: no case)."""

    def update_buttons(self, r: Ready) -> None:
        """Enable the section's buttons."""

    def clear(self) -> None:
        """Forget everything typed or shown for the previous case."""
