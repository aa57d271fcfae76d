"""Cell editors and helpers of the arbitration tab: the evidence a fact relies on, the respondent(s)
who pay a ruling (with joint liability), a ruling's time limit, and the catalog of the labels that
come from the arbitration service and the deadline rules (so that the English translation has them)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from mediation_desk.domain.errors import ValidationError
from mediation_desk.services import arbitration as arb

# Labels that come from the arbitration service and the deadline rules, listed so that the English
# translation has them (each is shown through ``self.tr``).
_CATALOG = (
    QT_TRANSLATE_NOOP("ArbitrationPanel", "属于劳动人事争议仲裁受案范围"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "有明确的仲裁请求和事实理由"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "申请人是与本案有直接利害关系的自然人、法人或者其他组织，有明确的被申请人"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "属于本仲裁委员会管辖（劳动合同履行地或者用人单位所在地，履行地优先）"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "受理"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "不予受理"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "告知向有管辖权的仲裁委员会申请"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "独任仲裁"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "仲裁庭（三人）"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "中止审理"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "公告送达期间"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "直接送达"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "邮寄送达"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "电子送达"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "留置送达"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "公告送达"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "仲裁裁决书"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "先行裁决书"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "仲裁调解书"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "裁决书"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "支持"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "部分支持"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "驳回"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "按请求类别"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "劳动报酬、经济补偿或赔偿金"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "劳动标准（工时、休假、社保）"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "其他事项"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "终局"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "非终局"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "部分终局、部分非终局"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "草稿"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "已批准（锁定）"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "已被更正"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "已安排"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "已延期"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "已开庭"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "已取消"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "一类"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "二类"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "三类"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "受理通知书"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "应诉通知书"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "不予受理通知书"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "无管辖权的书面说明"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "不服仲裁裁决起诉期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "申请撤销终局裁决期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "不服仲裁裁决起诉期限（非终局部分）"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "调解期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "受理审查期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "仲裁申请书副本送达期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "答辩期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "答辩书副本送达期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "仲裁庭组成通知期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "开庭通知期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "仲裁裁决期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "仲裁裁决期限（经批准延长）"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "调解协议仲裁审查申请期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "调解协议司法确认申请期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "仲裁时效"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "仲裁时效（劳动关系终止后追索劳动报酬）"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "法律援助审查决定期限"),
    QT_TRANSLATE_NOOP("ArbitrationPanel", "指派法律援助人员期限"),
)



class EvidencePicker(QToolButton):
    """A cell editor: the evidence items a fact relies on, chosen from the case's evidence.
    ``changed`` is emitted when the choice changed. The menu owns its actions; they are looked up
    in it each time (an item view takes its editors over, and with them their menus)."""

    changed = Signal()

    def __init__(self, evidence: list[Any], chosen: tuple[int, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        for item in evidence:
            action = self.menu_.addAction(f"证据{item.number} {item.title}")
            action.setCheckable(True)
            action.setChecked(item.id in chosen)
            action.setData(item.id)
            action.toggled.connect(self._label)
        self.setMenu(self.menu_)
        self._label()

    def _items(self) -> list[QAction]:
        return [a for a in self.menu_.actions() if a.data() is not None]

    def _label(self, *_args: Any) -> None:
        chosen = [a.text().split(" ")[0] for a in self._items() if a.isChecked()]
        self.setText("、".join(chosen) if chosen else self.tr("（选择证据）"))
        self.changed.emit()

    def chosen(self) -> tuple[int, ...]:
        return tuple(a.data() for a in self._items() if a.isChecked())

    def set_chosen(self, ids: tuple[int, ...]) -> None:
        for a in self._items():
            a.setChecked(a.data() in ids)


_JOINT = "joint"  # the object name of the payer picker's joint-liability action


class PayerPicker(QToolButton):
    """A cell editor: the respondent(s) who pay or perform a ruling, and whether they answer jointly.
    ``changed`` is emitted when the choice changed. The menu owns its actions; they are looked up
    in it each time (an item view takes its editors over, and with them their menus)."""

    changed = Signal()

    def __init__(self, respondents: list[str], chosen: tuple[str, ...] = (), joint: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self._order: list[str] = list(chosen)  # in the order chosen: the first is the principal debtor
        for name in [*chosen, *[r for r in respondents if r not in chosen]]:
            action = self.menu_.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in chosen)
            action.setData(name)
            action.toggled.connect(lambda on, n=name: self._toggled(n, on))
        self.menu_.addSeparator()
        joint_action = self.menu_.addAction(self.tr("承担连带责任"))
        joint_action.setObjectName(_JOINT)
        joint_action.setCheckable(True)
        joint_action.setChecked(joint)
        joint_action.toggled.connect(self._label)
        self.setMenu(self.menu_)
        self._label()

    def _names(self) -> dict[str, QAction]:
        return {a.data(): a for a in self.menu_.actions() if a.data() is not None}

    def _joint_action(self) -> QAction:
        return next(a for a in self.menu_.actions() if a.objectName() == _JOINT)

    def _label(self, *_args: Any) -> None:
        names = self.payers()
        text = "、".join(names) if names else self.tr("（选择义务人）")
        if len(names) > 1 and self.joint():
            text += self.tr("（连带）")
        self.setText(text)
        self.setToolTip(text)
        self.changed.emit()

    def _toggled(self, name: str, on: bool) -> None:
        if on and name not in self._order:
            self._order.append(name)
        elif not on and name in self._order:
            self._order.remove(name)
        self._label()

    def payers(self) -> tuple[str, ...]:
        actions = self._names()
        return tuple(n for n in self._order if n in actions and actions[n].isChecked())

    def joint(self) -> bool:
        return self._joint_action().isChecked()

    def set_payers(self, names: tuple[str, ...], joint: bool = False) -> None:
        actions = self._names()
        self._order = [n for n in names if n in actions]
        for n, a in actions.items():
            a.blockSignals(True)
            a.setChecked(n in names)
            a.blockSignals(False)
        self._joint_action().setChecked(joint)
        self._label()


def _due_text(r: arb.Ruling) -> str:
    if r.due_date is not None:
        return r.due_date.isoformat()
    return str(r.due_days) if r.due_days is not None else ""


def _parse_due(text: str, field: str) -> tuple[int | None, date | None]:
    """“10” -> ten days from the award taking effect; “2027-01-08” -> that date; blank -> none."""
    t = text.strip().removesuffix("日").removesuffix("天").strip()
    if not t:
        return None, None
    if t.isdigit():
        return int(t), None
    try:
        return None, date.fromisoformat(t)
    except ValueError:
        raise ValidationError({field: "履行期限请填写天数（如10，即裁决书生效之日起十日内）或日期（如2027-01-08）"}) from None
