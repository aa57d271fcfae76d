"""The pieces of the relationship worksheet's form: the domain labels offered to the translators,
the evidence picker of one answer and the widgets of one factor's row."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMenu, QToolButton, QWidget

from mediation_desk.domain.evidence import EvidenceItem
from mediation_desk.domain.relationship import Factor, RelationshipCategory
from mediation_desk.services import worksheets as ws

_SOURCE_STYLE = "color: #1f4e79; font-size: 9pt;"

CATALOG = (
    QT_TRANSLATE_NOOP("worksheet", "工作时间"),
    QT_TRANSLATE_NOOP("worksheet", "工作时间及工作量自主决定程度"),
    QT_TRANSLATE_NOOP("worksheet", "自主决定"),
    QT_TRANSLATE_NOOP("worksheet", "部分自主"),
    QT_TRANSLATE_NOOP("worksheet", "由企业控制"),
    QT_TRANSLATE_NOOP("worksheet", "劳动过程"),
    QT_TRANSLATE_NOOP("worksheet", "劳动过程受管理控制程度"),
    QT_TRANSLATE_NOOP("worksheet", "不管理"),
    QT_TRANSLATE_NOOP("worksheet", "部分管理"),
    QT_TRANSLATE_NOOP("worksheet", "支配性管理"),
    QT_TRANSLATE_NOOP("worksheet", "劳动纪律和奖惩"),
    QT_TRANSLATE_NOOP("worksheet", "工作规则、算法规则、劳动纪律和奖惩办法"),
    QT_TRANSLATE_NOOP("worksheet", "不受约束"),
    QT_TRANSLATE_NOOP("worksheet", "平台通用规则"),
    QT_TRANSLATE_NOOP("worksheet", "考勤、罚款、辞退等纪律"),
    QT_TRANSLATE_NOOP("worksheet", "工作持续性"),
    QT_TRANSLATE_NOOP("worksheet", "工作持续性（工作频次）"),
    QT_TRANSLATE_NOOP("worksheet", "偶尔"),
    QT_TRANSLATE_NOOP("worksheet", "经常"),
    QT_TRANSLATE_NOOP("worksheet", "持续"),
    QT_TRANSLATE_NOOP("worksheet", "交易价格"),
    QT_TRANSLATE_NOOP("worksheet", "能否决定或改变交易价格"),
    QT_TRANSLATE_NOOP("worksheet", "劳动者定价"),
    QT_TRANSLATE_NOOP("worksheet", "可以协商"),
    QT_TRANSLATE_NOOP("worksheet", "企业定价"),
    QT_TRANSLATE_NOOP("worksheet", "报酬结算"),
    QT_TRANSLATE_NOOP("worksheet", "营业收入分成"),
    QT_TRANSLATE_NOOP("worksheet", "按单计酬"),
    QT_TRANSLATE_NOOP("worksheet", "工资性报酬"),
    QT_TRANSLATE_NOOP("worksheet", "劳动工具"),
    QT_TRANSLATE_NOOP("worksheet", "自备"),
    QT_TRANSLATE_NOOP("worksheet", "部分由企业提供"),
    QT_TRANSLATE_NOOP("worksheet", "企业提供"),
    QT_TRANSLATE_NOOP("worksheet", "工作场所"),
    QT_TRANSLATE_NOOP("worksheet", "自由选择"),
    QT_TRANSLATE_NOOP("worksheet", "指定区域"),
    QT_TRANSLATE_NOOP("worksheet", "固定站点"),
    QT_TRANSLATE_NOOP("worksheet", "多平台就业"),
    QT_TRANSLATE_NOOP("worksheet", "是否限制多平台就业"),
    QT_TRANSLATE_NOOP("worksheet", "不限制"),
    QT_TRANSLATE_NOOP("worksheet", "不鼓励"),
    QT_TRANSLATE_NOOP("worksheet", "禁止"),
    QT_TRANSLATE_NOOP("worksheet", "业务组成部分"),
    QT_TRANSLATE_NOOP("worksheet", "劳动是否属于企业业务组成部分"),
    QT_TRANSLATE_NOOP("worksheet", "否"),
    QT_TRANSLATE_NOOP("worksheet", "是"),
    QT_TRANSLATE_NOOP("worksheet", "亲自履行"),
    QT_TRANSLATE_NOOP("worksheet", "是否须亲自履行"),
    QT_TRANSLATE_NOOP("worksheet", "个体工商户登记"),
    QT_TRANSLATE_NOOP("worksheet", "是否应企业要求登记为个体工商户"),
    QT_TRANSLATE_NOOP("worksheet", "符合确立劳动关系情形"),
    QT_TRANSLATE_NOOP("worksheet", "不完全符合确立劳动关系情形"),
    QT_TRANSLATE_NOOP("worksheet", "民事关系"),
    QT_TRANSLATE_NOOP("worksheet", "安排工作、管理劳动过程"),
    QT_TRANSLATE_NOOP("worksheet", "支付报酬"),
    QT_TRANSLATE_NOOP("worksheet", "实施奖惩"),
    QT_TRANSLATE_NOOP("worksheet", "收取押金、保证金或其他费用"),
    QT_TRANSLATE_NOOP("worksheet", "扣押身份证等证件"),
    QT_TRANSLATE_NOOP("worksheet", "限制多平台就业"),
    QT_TRANSLATE_NOOP("worksheet", "报酬低于最低工资标准"),
    QT_TRANSLATE_NOOP("worksheet", "连续工作超过4小时没有工间休息"),
    QT_TRANSLATE_NOOP("worksheet", "诱导或强迫注册为个体工商户"),
    QT_TRANSLATE_NOOP("worksheet", "已登记为个体工商户（须核实原因）"),
    QT_TRANSLATE_NOOP("worksheet", "个体工商户登记是企业要求的"),
    QT_TRANSLATE_NOOP("worksheet", "劳动仲裁前置"),
    QT_TRANSLATE_NOOP("worksheet", "先行调解，不成的引导起诉"),
    QT_TRANSLATE_NOOP("worksheet", "引导向人民法院起诉"),
    # what each level means (the answer's tooltip)
    QT_TRANSLATE_NOOP("worksheet", "劳动者自主决定是否工作、何时工作、工作多长时间"),
    QT_TRANSLATE_NOOP("worksheet", "有高峰时段或最低接单量等要求，但劳动者有实际的选择余地"),
    QT_TRANSLATE_NOOP("worksheet", "企业安排班次、规定在线时长或每日最低单量，请假须经批准"),
    QT_TRANSLATE_NOOP("worksheet", "企业不管理劳动过程"),
    QT_TRANSLATE_NOOP("worksheet", "算法派单，劳动者可以拒单而不受处罚；有服务标准"),
    QT_TRANSLATE_NOOP("worksheet", "强制派单、站点管理人员、早会、实时指令、定位监控"),
    QT_TRANSLATE_NOOP("worksheet", "劳动者不受工作规则或奖惩约束"),
    QT_TRANSLATE_NOOP("worksheet", "对平台所有用户普遍适用的服务规则和顾客评价扣分"),
    QT_TRANSLATE_NOOP("worksheet", "考勤制度、罚款、拒单处罚、辞退"),
    QT_TRANSLATE_NOOP("worksheet", "偶尔工作"),
    QT_TRANSLATE_NOOP("worksheet", "每周工作几天"),
    QT_TRANSLATE_NOOP("worksheet", "数月以来全职式工作"),
    QT_TRANSLATE_NOOP("worksheet", "劳动者自己决定价格"),
    QT_TRANSLATE_NOOP("worksheet", "价格可与客户协商"),
    QT_TRANSLATE_NOOP("worksheet", "价格由企业决定"),
    QT_TRANSLATE_NOOP("worksheet", "劳动者从自己的营业收入中分成"),
    QT_TRANSLATE_NOOP("worksheet", "按单计酬，由企业结算"),
    QT_TRANSLATE_NOOP("worksheet", "底薪、月薪、全勤奖"),
    QT_TRANSLATE_NOOP("worksheet", "劳动工具由劳动者自备"),
    QT_TRANSLATE_NOOP("worksheet", "劳动工具部分由企业提供"),
    QT_TRANSLATE_NOOP("worksheet", "劳动工具由企业提供"),
    QT_TRANSLATE_NOOP("worksheet", "劳动者自行选择工作地点"),
    QT_TRANSLATE_NOOP("worksheet", "企业划定工作区域"),
    QT_TRANSLATE_NOOP("worksheet", "在企业的固定站点工作"),
    QT_TRANSLATE_NOOP("worksheet", "劳动者可以在多个平台工作"),
    QT_TRANSLATE_NOOP("worksheet", "企业不鼓励在其他平台工作"),
    QT_TRANSLATE_NOOP("worksheet", "企业禁止在其他平台工作"),
    QT_TRANSLATE_NOOP("worksheet", "劳动不属于企业业务的组成部分"),
    QT_TRANSLATE_NOOP("worksheet", "劳动是企业业务的组成部分"),
    QT_TRANSLATE_NOOP("worksheet", "可以由他人代为完成"),
    QT_TRANSLATE_NOOP("worksheet", "须亲自完成"),
    QT_TRANSLATE_NOOP("worksheet", "未登记为个体工商户"),
    QT_TRANSLATE_NOOP("worksheet", "劳动者应企业要求登记为个体工商户"),
    QT_TRANSLATE_NOOP("worksheet", "较高"),
    QT_TRANSLATE_NOOP("worksheet", "中等"),
    QT_TRANSLATE_NOOP("worksheet", "较低"),
)

FACT_LABELS = {
    "deposit_or_fees_taken": "收取押金、保证金或其他费用",
    "id_documents_withheld": "扣押身份证等证件",
    "multi_platform_ban": "限制多平台就业",
    "pay_below_minimum_wage": "报酬低于最低工资标准",
    "no_break_after_four_hours": "连续工作超过4小时没有工间休息",
    "induced_individual_business_registration": "诱导或强迫注册为个体工商户",
    "registration_requested_by_enterprise": "个体工商户登记是企业要求的",
}


def tr_label(chinese: str) -> str:
    """A domain label in the UI language."""
    return QCoreApplication.translate("worksheet", chinese)


def category_label(code: str) -> str:
    try:
        return tr_label(RelationshipCategory(code).label)
    except ValueError:
        return code



class StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while they are ticked."""

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(e)


class EvidencePicker(QToolButton):
    """Pick the case's evidence items behind one answer."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.picker_menu = StayOpenMenu(self)
        self.setMenu(self.picker_menu)
        self.actions_by_id: dict[int, QAction] = {}
        self.set_items([])

    def set_items(self, items: list[EvidenceItem]) -> None:
        chosen = set(self.selected())
        self.picker_menu.clear()
        self.actions_by_id = {}
        for item in items:
            number = self.tr("证据{n}").format(n=item.number)
            action = QAction(f"{number}　{item.title}", self.picker_menu)
            action.setCheckable(True)
            action.setChecked(item.id in chosen)
            action.setData(item.id)
            action.toggled.connect(self._toggled)
            self.picker_menu.addAction(action)
            self.actions_by_id[item.id] = action
        if not items:
            empty = QAction(self.tr("本案还没有登记证据"), self.picker_menu)
            empty.setEnabled(False)
            self.picker_menu.addAction(empty)
        self._update_text()

    def selected(self) -> tuple[int, ...]:
        return tuple(i for i, a in self.actions_by_id.items() if a.isChecked())

    def set_selected(self, ids: tuple[int, ...]) -> None:
        for i, action in self.actions_by_id.items():
            action.blockSignals(True)
            action.setChecked(i in ids)
            action.blockSignals(False)
        self._update_text()

    def _toggled(self, _on: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        n = len(self.selected())
        self.setText(self.tr("证据（{n}）").format(n=n) if n else self.tr("证据…"))
        titles = [a.text() for a in self.actions_by_id.values() if a.isChecked()]
        self.setToolTip("\n".join(titles) if titles else self.tr("选择支持这一回答的证据"))


class FactorRow:
    """The widgets of one factor's answer (a plain holder; the panel owns the widgets)."""

    def __init__(self, factor: Factor, *, with_actor: bool) -> None:
        self.key = factor.key
        self.factor = factor
        self.title = QLabel(tr_label(factor.short))
        self.title.setToolTip(tr_label(factor.label))
        self.level = QComboBox()
        self.level.addItem(QCoreApplication.translate("WorksheetPanel", "未知"), "")
        for lv in factor.levels:
            self.level.addItem(tr_label(lv.label), lv.code)
            self.level.setItemData(self.level.count() - 1, tr_label(lv.description), Qt.ItemDataRole.ToolTipRole)
        self.actor = QComboBox()
        self.actor.setVisible(with_actor)
        self.actor.setMinimumContentsLength(11)
        self.actor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.note = QLineEdit()
        self.note.setPlaceholderText(QCoreApplication.translate("WorksheetPanel", "具体事实"))
        self.evidence = EvidencePicker()
        self.evidence.setMinimumWidth(self.evidence.fontMetrics().horizontalAdvance("证据（99）") + 28)
        self.source = QLabel()
        self.source.setStyleSheet(_SOURCE_STYLE)
        self.source.setWordWrap(True)
        self.source.hide()
        self.source_text = ""

    def set_source(self, text: str) -> None:
        self.source_text = text
        self.source.setText(QCoreApplication.translate("WorksheetPanel", "预填来源：{source}").format(source=text)
                            if text else "")
        self.source.setVisible(bool(text))

    def answer(self) -> ws.WorksheetAnswer:
        return ws.WorksheetAnswer(level=self.level.currentData() or "", evidence_ids=self.evidence.selected(),
                                  note=self.note.text().strip(), exercised_by=self.actor.currentData() or "",
                                  source=self.source_text)


__all__ = ["CATALOG", "FACT_LABELS", "EvidencePicker", "FactorRow", "StayOpenMenu", "category_label", "tr_label"]
