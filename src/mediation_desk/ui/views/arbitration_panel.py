"""仲裁: one case at the labour arbitration commission -- the acceptance review against the
conditions (with the 5-day clock), the tribunal, the hearing calendar (a double booking of an
arbitrator or a room is refused with the service's message), the award period (extension,
suspensions, restarts), service records, 先行调解 and the structured award: a ruling per claim,
the facts found with the evidence relied on, the reasoning, the final-award test per item and the
rights notice; an approved award is locked and can only be corrected by a new version.

Every database and rendering operation runs on the worker thread (``ui.tasks.run_task``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import CaseDetail, CaseStatus, ClaimKind, PartySide
from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.users import OrgKind, Permission, Role
from mediation_desk.services import accounts, clock
from mediation_desk.services import arbitration as arb
from mediation_desk.services import evidence as evidence_service
from mediation_desk.services.deadlines import due_date
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs import arbitration_dialogs as dlg
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE, NOTICE_STYLE
from mediation_desk.ui.labels import label as label_of
from mediation_desk.ui.views.arbitration_widgets import EvidencePicker, PayerPicker, _due_text, _parse_due
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import (guarded as _guarded, day_text as _cn, yuan_text as _yuan,
                                      amount_or_none as _amount, read_only_table as _table, fill_table as _fill)

_OK_STYLE = "color: #1e6b35;"
_WARN_STYLE = "color: #8a5a00; font-weight: bold;"
_OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"
_FINAL_COLOUR = "#1e6b35"
_NON_FINAL_COLOUR = "#8a5a00"
OUTCOMES = ((arb.GRANTED, "支持"), (arb.PARTLY, "部分支持"), (arb.DISMISSED, "驳回"))
CATEGORIES = (("", "按请求类别"), (arb.MONEY, "劳动报酬、经济补偿或赔偿金"), (arb.STANDARDS, "劳动标准（工时、休假、社保）"),
              (arb.OTHER, "其他事项"))
FINALITY = {arb.FINAL: "终局", arb.NON_FINAL: "非终局", arb.MIXED: "部分终局、部分非终局"}
STATUS = {"draft": "草稿", "approved": "已批准（锁定）", "superseded": "已被更正"}
KINDS = {arb.AWARD: "裁决书", arb.PARTIAL: "先行裁决书", arb.MEDIATION: "仲裁调解书"}
HEARING_STATUS = {"scheduled": "已安排", "postponed": "已延期", "held": "已开庭", "cancelled": "已取消"}
# ruling table columns
C_CLAIM, C_KIND, C_CATEGORY, C_OUTCOME, C_AMOUNT, C_PAYERS, C_DUE, C_TEXT, C_FINALITY, C_BASIS, C_CALC = range(11)


def _names(refs: Any) -> str:
    return "、".join(m.name for m in refs)


@dataclass
class Loaded:
    overview: arb.ArbitrationOverview
    evidence: list[Any]
    party_deadlines: list[arb.PartyDeadline]


class ArbitrationPanel(QWidget):
    """The arbitration of the case given to ``set_case``. ``case_changed`` is emitted after the
    case's status, events or deadlines changed."""

    case_changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: CaseDetail | None = None
        self.overview: arb.ArbitrationOverview | None = None
        self.evidence: list[Any] = []
        self.party_rows: list[arb.PartyDeadline] = []
        self.award: arb.Award | None = None  # the award shown in the editor (None: a new draft)
        self.loading = False
        self.busy = False
        self._generation = 0
        self.dialog: QDialog | None = None
        p = ctx.principal
        self.can_view = p.can(Permission.VIEW_CASES)
        self.can_change = p.can(Permission.CONDUCT_ARBITRATION)
        self.can_draft = p.can(Permission.DRAFT_AWARD)
        self.can_approve = p.can(Permission.APPROVE_AWARD)
        self.can_render = (p.can(Permission.MANAGE_EVIDENCE) and p.can(Permission.CONDUCT_ARBITRATION)
                           and ctx.renderer is not None)
        try:
            org = accounts.get_organisation(ctx.uow)
        except AppError:
            org = None
        # only a commission's book accepts, hears and awards (the services refuse the others too)
        self.is_commission = org is not None and org.kind is OrgKind.ARBITRATION

        self.heading = QLabel(self.tr("仲裁"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.clock_label, 1)

        self.sections = QTabWidget()
        self.sections.addTab(self._build_review(), self.tr("受理审查"))
        self.sections.addTab(self._build_hearings(), self.tr("仲裁庭与开庭"))
        self.sections.addTab(self._build_period(), self.tr("审理期限"))
        self.sections.addTab(self._build_service(), self.tr("送达"))
        self.sections.addTab(self._build_mediation(), self.tr("先行调解"))
        self.sections.addTab(self._build_award(), self.tr("裁决书"))

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.status_label)
        if not self.is_commission:
            self.sections.setEnabled(False)
            self.clock_label.setText(self.tr("本机构不是劳动人事争议仲裁委员会，不能办理仲裁受理、开庭和裁决。"))
        self.set_case(None)

    # ------------------------------------------------------------------ building
    def _build_review(self) -> QWidget:
        page = QWidget()
        conditions = QGroupBox(self.tr("受理条件（劳动人事争议仲裁办案规则第三十条）"))
        grid = QGridLayout(conditions)
        self.condition_checks: dict[str, QCheckBox] = {}
        self.condition_notes: dict[str, QLineEdit] = {}
        for row, (code, label, item) in enumerate(arb.ACCEPTANCE_CONDITIONS):
            check = QCheckBox(self.tr("（{n}）{condition}").format(n=item, condition=self.tr(label)))
            check.setChecked(True)
            check.toggled.connect(self._show_decision)
            note = QLineEdit()
            note.setPlaceholderText(self.tr("审查意见（不符合时写明）"))
            grid.addWidget(check, row, 0)
            grid.addWidget(note, row, 1)
            self.condition_checks[code] = check
            self.condition_notes[code] = note
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        juris = QGroupBox(self.tr("管辖（劳动合同履行地或者用人单位所在地，履行地优先）"))
        jform = QGridLayout(juris)
        self.performance_place = QLineEdit()
        self.performance_place.setPlaceholderText(self.tr("例如：南昌市红谷滩区"))
        self.employer_seat = QLineEdit()
        self.employer_seat.setPlaceholderText(self.tr("例如：南昌市西湖区"))
        self.commission_area = QLineEdit(jurisdiction.venue().commission_area)
        self.seized = QCheckBox(self.tr("履行地仲裁委员会已受理"))
        self.jurisdiction_button = QPushButton(self.tr("判断管辖"))
        self.jurisdiction_button.clicked.connect(self.check_jurisdiction)
        self.jurisdiction_label = QLabel()
        self.jurisdiction_label.setWordWrap(True)
        jform.addWidget(QLabel(self.tr("劳动合同履行地")), 0, 0)
        jform.addWidget(self.performance_place, 0, 1)
        jform.addWidget(QLabel(self.tr("用人单位所在地")), 0, 2)
        jform.addWidget(self.employer_seat, 0, 3)
        jform.addWidget(QLabel(self.tr("本委管辖区域")), 1, 0)
        jform.addWidget(self.commission_area, 1, 1)
        jform.addWidget(self.seized, 1, 2)
        jform.addWidget(self.jurisdiction_button, 1, 3)
        jform.addWidget(self.jurisdiction_label, 2, 0, 1, 4)

        decide = QGroupBox(self.tr("审查决定"))
        dform = QFormLayout(decide)
        self.decision_label = QLabel()
        self.decision_label.setWordWrap(True)
        self.decided_on = dlg.date_edit()
        self.reasons = QLineEdit()
        self.reasons.setPlaceholderText(self.tr("不予受理的理由（不填则按不符合的条件写明）"))
        self.competent_commission = QLineEdit()
        self.competent_commission.setPlaceholderText(self.tr("不属于本委管辖时：有管辖权的仲裁委员会"))
        self.then_status = QComboBox()
        self.then_status.addItem(self.tr("移送法院（告知起诉权利）"), CaseStatus.HANDOFF.value)
        self.then_status.addItem(self.tr("结案"), CaseStatus.CLOSED.value)
        self.decide_button = QPushButton(self.tr("作出决定"))
        self.decide_button.clicked.connect(self.decide)
        self.review_result = QLabel()
        self.review_result.setWordWrap(True)
        dform.addRow(self.tr("决定"), self.decision_label)
        dform.addRow(self.tr("决定日期"), self.decided_on)
        dform.addRow(self.tr("不予受理理由"), self.reasons)
        dform.addRow(self.tr("有管辖权的仲裁委员会"), self.competent_commission)
        dform.addRow(self.tr("不予受理后"), self.then_status)
        row = QHBoxLayout()
        row.addWidget(self.review_result, 1)
        row.addWidget(self.decide_button)
        dform.addRow(row)

        docs = QHBoxLayout()
        docs.addWidget(QLabel(self.tr("文书：")))
        self.review_doc_buttons = {}
        for code, title in (("acceptance_notice", "受理通知书"), ("respondent_notice", "应诉通知书"),
                            ("non_acceptance_notice", "不予受理通知书"), ("jurisdiction_explanation", "无管辖权的书面说明")):
            b = QPushButton(self.tr(title))
            b.clicked.connect(lambda _=False, c=code: self.render(c))
            docs.addWidget(b)
            self.review_doc_buttons[code] = b
        docs.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(conditions)
        left.addWidget(juris)
        left.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(decide)
        right.addLayout(docs)
        right.addStretch(1)
        layout.addLayout(right, 2)
        return page

    def _build_hearings(self) -> QWidget:
        page = QWidget()
        tribunal = QGroupBox(self.tr("仲裁庭"))
        tform = QGridLayout(tribunal)
        self.tribunal_kind = QComboBox()
        self.tribunal_kind.addItem(self.tr("独任仲裁"), 1)
        self.tribunal_kind.addItem(self.tr("三名仲裁员组成仲裁庭"), 3)
        self.tribunal_kind.currentIndexChanged.connect(self._tribunal_kind_changed)
        self.member_edits: list[QComboBox] = []
        for _ in range(3):
            combo = QComboBox()
            combo.setEditable(True)
            combo.setMinimumWidth(120)
            if self.ctx.principal.role is Role.ARBITRATOR:
                combo.addItem(self.ctx.principal.display_name, self.ctx.principal.user_id)
            combo.setCurrentText("")
            self.member_edits.append(combo)
        self.formed_on = dlg.date_edit()
        self.notify_now = QCheckBox(self.tr("同时书面通知当事人"))
        self.notify_now.setChecked(True)
        self.tribunal_button = QPushButton(self.tr("组成仲裁庭"))
        self.tribunal_button.clicked.connect(self.form_tribunal)
        self.notify_button = QPushButton(self.tr("登记组庭通知…"))
        self.notify_button.clicked.connect(lambda: self.open_notify_tribunal())
        self.tribunal_label = QLabel()
        self.tribunal_label.setWordWrap(True)
        tform.addWidget(self.tribunal_kind, 0, 0)
        tform.addWidget(QLabel(self.tr("首席（独任）")), 0, 1)
        tform.addWidget(self.member_edits[0], 0, 2)
        self.member_labels = [QLabel(self.tr("仲裁员")), QLabel(self.tr("仲裁员"))]
        tform.addWidget(self.member_labels[0], 0, 3)
        tform.addWidget(self.member_edits[1], 0, 4)
        tform.addWidget(self.member_labels[1], 0, 5)
        tform.addWidget(self.member_edits[2], 0, 6)
        tform.addWidget(QLabel(self.tr("组庭日期")), 1, 0)
        tform.addWidget(self.formed_on, 1, 1, 1, 2)
        tform.addWidget(self.notify_now, 1, 3, 1, 2)
        tform.addWidget(self.tribunal_button, 1, 5)
        tform.addWidget(self.notify_button, 1, 6)
        tform.addWidget(self.tribunal_label, 2, 0, 1, 7)
        self._tribunal_kind_changed()

        hearings = QGroupBox(self.tr("开庭"))
        hl = QVBoxLayout(hearings)
        self.hearings = _table([self.tr("日期"), self.tr("时间"), self.tr("仲裁庭室"), self.tr("仲裁员"), self.tr("状态"),
                                self.tr("开庭通知送达"), self.tr("到庭情况")])
        self.hearings.itemSelectionChanged.connect(self._update_buttons)
        bar = QHBoxLayout()
        self.schedule_button = QPushButton(self.tr("安排开庭…"))
        self.schedule_button.clicked.connect(lambda: self.open_schedule())
        self.notice_button = QPushButton(self.tr("送达开庭通知…"))
        self.notice_button.clicked.connect(lambda: self.open_notice())
        self.postpone_button = QPushButton(self.tr("延期开庭…"))
        self.postpone_button.clicked.connect(lambda: self.open_postpone())
        self.attendance_button = QPushButton(self.tr("记录到庭…"))
        self.attendance_button.clicked.connect(lambda: self.open_attendance())
        self.hearing_doc_button = QPushButton(self.tr("开庭通知书"))
        self.hearing_doc_button.clicked.connect(lambda: self.render("hearing_notice"))
        self.postponement_doc_button = QPushButton(self.tr("延期审理通知书"))
        self.postponement_doc_button.clicked.connect(lambda: self.render("postponement_notice"))
        self.tribunal_doc_button = QPushButton(self.tr("仲裁庭组成通知书"))
        self.tribunal_doc_button.clicked.connect(lambda: self.render("tribunal_notice"))
        self.written_button = QPushButton(self.tr("书面审理…"))
        self.written_button.setToolTip(self.tr("仲裁庭决定不开庭、书面审理时登记决定及理由；裁决书据此写明审理经过"))
        self.written_button.clicked.connect(lambda: self.open_written_review())
        for b in (self.schedule_button, self.notice_button, self.postpone_button, self.attendance_button,
                  self.written_button):
            bar.addWidget(b)
        bar.addStretch(1)
        for b in (self.tribunal_doc_button, self.hearing_doc_button, self.postponement_doc_button):
            bar.addWidget(b)
        self.hearing_message = QLabel()
        self.hearing_message.setWordWrap(True)
        self.hearing_message.setStyleSheet(ERROR_STYLE)
        self.hearing_message.hide()
        hl.addWidget(self.hearings, 1)
        hl.addWidget(self.hearing_message)
        hl.addLayout(bar)
        layout = QVBoxLayout(page)
        layout.addWidget(tribunal)
        layout.addWidget(hearings, 1)
        return page

    def _build_period(self) -> QWidget:
        page = QWidget()
        self.deadlines = _table([self.tr("期限"), self.tr("起算"), self.tr("届满"), self.tr("剩余")])
        self.suspensions = _table([self.tr("种类"), self.tr("开始"), self.tr("结束"), self.tr("理由")])
        self.suspensions.itemSelectionChanged.connect(self._update_buttons)
        self.extension_button = QPushButton(self.tr("延长审理期限…"))
        self.extension_button.clicked.connect(lambda: self.open_extension())
        self.suspension_button = QPushButton(self.tr("中止审理或公告…"))
        self.suspension_button.clicked.connect(lambda: self.open_suspension())
        self.end_suspension_button = QPushButton(self.tr("结束所选中止…"))
        self.end_suspension_button.clicked.connect(lambda: self.open_end_suspension())
        self.restart_button = QPushButton(self.tr("期限重新计算…"))
        self.restart_button.clicked.connect(lambda: self.open_restart())
        box1 = QGroupBox(self.tr("本案期限"))
        QVBoxLayout(box1).addWidget(self.deadlines)
        box2 = QGroupBox(self.tr("不计入审理期限的期间"))
        b2 = QVBoxLayout(box2)
        b2.addWidget(self.suspensions)
        bar = QHBoxLayout()
        for b in (self.extension_button, self.suspension_button, self.end_suspension_button, self.restart_button):
            bar.addWidget(b)
        bar.addStretch(1)
        b2.addLayout(bar)
        layout = QHBoxLayout(page)
        layout.addWidget(box1, 1)
        layout.addWidget(box2, 1)
        return page

    def _build_service(self) -> QWidget:
        page = QWidget()
        self.services = _table([self.tr("文书"), self.tr("受送达人"), self.tr("方式"), self.tr("发出"), self.tr("送达"),
                                self.tr("签收人"), self.tr("回执")])
        self.service_button = QPushButton(self.tr("登记送达…"))
        self.service_button.clicked.connect(lambda: self.open_service())
        self.party_deadlines = _table([self.tr("当事人"), self.tr("期限"), self.tr("送达日期"), self.tr("届满")])
        box1 = QGroupBox(self.tr("送达回证"))
        b1 = QVBoxLayout(box1)
        b1.addWidget(self.services, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.service_button)
        b1.addLayout(bar)
        box2 = QGroupBox(self.tr("裁决送达后各方当事人的期限"))
        QVBoxLayout(box2).addWidget(self.party_deadlines)
        layout = QHBoxLayout(page)
        layout.addWidget(box1, 3)
        layout.addWidget(box2, 2)
        return page

    def _build_mediation(self) -> QWidget:
        page = QWidget()
        hint = QLabel(self.tr("仲裁庭在作出裁决前应当先行调解。调解达成协议的，制作仲裁调解书，经双方当事人签收后发生法律效力"
                              "（劳动争议调解仲裁法第四十二条）；调解不成或者签收前反悔的，应当及时作出裁决。"))
        hint.setWordWrap(True)
        hint.setStyleSheet(NOTICE_STYLE)
        self.mediations = _table([self.tr("文号"), self.tr("调解日期"), self.tr("协议内容"), self.tr("签收")])
        self.mediations.itemSelectionChanged.connect(self._update_buttons)
        self.mediation_button = QPushButton(self.tr("调解成功，制作仲裁调解书…"))
        self.mediation_button.clicked.connect(lambda: self.open_mediation())
        self.mediation_serve_button = QPushButton(self.tr("送达（签收）…"))
        self.mediation_serve_button.clicked.connect(lambda: self.open_serve_award(mediation=True))
        self.mediation_doc_button = QPushButton(self.tr("仲裁调解书"))
        self.mediation_doc_button.clicked.connect(lambda: self.render("arbitral_mediation"))
        self.mediation_failed_button = QPushButton(self.tr("调解不成…"))
        self.mediation_failed_button.setToolTip(self.tr("登记仲裁庭先行调解不成；裁决书只在有此记录时写明“调解不成”"))
        self.mediation_failed_button.clicked.connect(lambda: self.open_mediation_failed())
        bar = QHBoxLayout()
        bar.addWidget(self.mediation_button)
        bar.addWidget(self.mediation_failed_button)
        bar.addWidget(self.mediation_serve_button)
        bar.addStretch(1)
        bar.addWidget(self.mediation_doc_button)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.mediations, 1)
        layout.addLayout(bar)
        return page

    def _build_award(self) -> QWidget:
        page = QWidget()
        # versions
        self.versions = _table([self.tr("文书"), self.tr("版本"), self.tr("状态"), self.tr("终局性"), self.tr("文号"),
                                self.tr("裁决日期"), self.tr("更正理由")])
        self.versions.itemSelectionChanged.connect(self._version_selected)
        self.new_button = QPushButton(self.tr("新建草稿"))
        self.new_button.clicked.connect(self.new_draft)
        self.correct_button = QPushButton(self.tr("更正（新版本）…"))
        self.correct_button.clicked.connect(lambda: self.open_correction())
        self.serve_button = QPushButton(self.tr("送达裁决书…"))
        self.serve_button.clicked.connect(lambda: self.open_serve_award())
        self.award_doc_button = QPushButton(self.tr("生成裁决书"))
        self.award_doc_button.clicked.connect(lambda: self.render_award())
        vbox = QGroupBox(self.tr("版本"))
        vl = QVBoxLayout(vbox)
        vl.addWidget(self.versions, 1)
        vbar = QGridLayout()
        vbar.addWidget(self.new_button, 0, 0)
        vbar.addWidget(self.correct_button, 0, 1)
        vbar.addWidget(self.serve_button, 1, 0)
        vbar.addWidget(self.award_doc_button, 1, 1)
        vl.addLayout(vbar)

        # the editor
        self.lock_label = QLabel()
        self.lock_label.setWordWrap(True)
        self.award_kind = QComboBox()
        self.award_kind.addItem(self.tr("仲裁裁决书"), arb.AWARD)
        self.award_kind.addItem(self.tr("先行裁决书"), arb.PARTIAL)
        self.award_date = dlg.date_edit()
        self.wage_tier = QComboBox()
        for tier in ("一类", "二类", "三类"):
            self.wage_tier.addItem(self.tr(tier), tier)
        self.wage_tier.currentIndexChanged.connect(self.refresh_classification)
        self.award_date.dateChanged.connect(self.refresh_classification)
        self.clerk = QLineEdit()
        self.clerk.setPlaceholderText(self.tr("书记员"))
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("文书")))
        head.addWidget(self.award_kind)
        head.addWidget(QLabel(self.tr("裁决日期")))
        head.addWidget(self.award_date)
        head.addWidget(QLabel(self.tr("最低工资档次")))
        head.addWidget(self.wage_tier)
        head.addWidget(QLabel(self.tr("书记员")))
        head.addWidget(self.clerk, 1)
        # 先予执行 (第四十四条): the money rulings granted, when both conditions hold
        self.provisional = QCheckBox(self.tr("裁决先予执行（劳动报酬、工伤医疗费、经济补偿或赔偿金）"))
        self.rights_clear = QCheckBox(self.tr("权利义务关系明确"))
        self.livelihood = QCheckBox(self.tr("不先予执行将严重影响申请人的生活"))
        self.provisional.toggled.connect(lambda on: (self.rights_clear.setEnabled(on), self.livelihood.setEnabled(on)))
        self.rights_clear.setEnabled(False)
        self.livelihood.setEnabled(False)

        self.rulings = QTableWidget(0, 11)
        self.rulings.setHorizontalHeaderLabels([self.tr("仲裁请求"), self.tr("请求类别"), self.tr("事项类别"),
                                                self.tr("裁决结果"), self.tr("裁决金额（元）"), self.tr("义务人"),
                                                self.tr("履行期限（日或日期）"), self.tr("给付或确认的内容"),
                                                self.tr("终局性"), self.tr("认定依据"), self.tr("计算过程")])
        self.rulings.horizontalHeaderItem(C_TEXT).setToolTip(self.tr(
            "金额：支付的是什么，如“2025年4月至5月拖欠的劳动报酬”；其他事项：裁决的内容，如“确认申请人与被申请人"
            "自2024年10月1日起存在劳动关系”或“为申请人出具解除劳动合同的证明”"))
        self.rulings.horizontalHeaderItem(C_DUE).setToolTip(self.tr(
            "天数：本裁决书生效之日起若干日内履行；或者具体日期，如2027-01-08"))
        self.rulings.verticalHeader().hide()
        self.rulings.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rulings.horizontalHeader().setStretchLastSection(True)
        for col, width in ((C_CLAIM, 150), (C_KIND, 110), (C_CATEGORY, 100), (C_OUTCOME, 86), (C_AMOUNT, 90),
                           (C_PAYERS, 170), (C_DUE, 130), (C_TEXT, 220), (C_FINALITY, 64), (C_BASIS, 150),
                           (C_CALC, 150)):
            self.rulings.setColumnWidth(col, width)
        self.rulings.cellChanged.connect(lambda *_: self.refresh_classification())
        self.add_ruling_button = QPushButton(self.tr("添加一项"))
        self.add_ruling_button.clicked.connect(lambda: self.add_ruling())
        self.from_claims_button = QPushButton(self.tr("按仲裁请求逐项填入"))
        self.from_claims_button.clicked.connect(self.rulings_from_claims)
        self.remove_ruling_button = QPushButton(self.tr("删除所选项"))
        self.remove_ruling_button.clicked.connect(lambda: self._remove_row(self.rulings))
        rbar = QHBoxLayout()
        rbar.addWidget(QLabel(self.tr("仲裁请求与逐项裁决")))
        rbar.addStretch(1)
        for b in (self.from_claims_button, self.add_ruling_button, self.remove_ruling_button):
            rbar.addWidget(b)

        self.facts = QTableWidget(0, 2)
        self.facts.setHorizontalHeaderLabels([self.tr("查明的事实"), self.tr("所依据的证据")])
        self.facts.verticalHeader().hide()
        self.facts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.facts.setColumnWidth(1, 200)
        self.add_fact_button = QPushButton(self.tr("添加事实"))
        self.add_fact_button.clicked.connect(lambda: self.add_fact())
        self.remove_fact_button = QPushButton(self.tr("删除所选事实"))
        self.remove_fact_button.clicked.connect(lambda: self._remove_row(self.facts))
        fbar = QHBoxLayout()
        fbar.addWidget(QLabel(self.tr("仲裁庭查明的事实")))
        fbar.addStretch(1)
        fbar.addWidget(self.add_fact_button)
        fbar.addWidget(self.remove_fact_button)
        self.reasoning = QPlainTextEdit()
        self.reasoning.setPlaceholderText(self.tr("裁决理由：对争议焦点的分析和所适用的法律"))
        self.reasoning.setMaximumHeight(80)
        self.legal_basis = QLineEdit()
        self.legal_basis.setPlaceholderText(self.tr("裁决所依据的法律条文，如：《中华人民共和国劳动合同法》第三十条、第八十七条"
                                                    "（空白时按终局性引用调解仲裁法的相应条文）"))

        self.classification_label = QLabel()
        self.classification_label.setWordWrap(True)
        self.rights_label = QLabel()
        self.rights_label.setWordWrap(True)
        self.rights_label.setStyleSheet(NOTICE_STYLE)
        self.award_message = QLabel()
        self.award_message.setWordWrap(True)
        self.award_message.setStyleSheet(ERROR_STYLE)
        self.award_message.hide()
        self.save_button = QPushButton(self.tr("保存草稿"))
        self.save_button.clicked.connect(self.save_draft)
        self.approve_button = QPushButton(self.tr("批准"))
        self.approve_button.setToolTip(self.tr("批准后裁决书编号并锁定，不能再修改；更正须制作新版本"))
        self.approve_button.clicked.connect(self.approve)
        abar = QHBoxLayout()
        abar.addWidget(self.award_message, 1)
        abar.addWidget(self.save_button)
        abar.addWidget(self.approve_button)

        editor = QWidget()
        el = QVBoxLayout(editor)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(self.lock_label)
        el.addLayout(head)
        provisional_row = QHBoxLayout()
        for w in (self.provisional, self.rights_clear, self.livelihood):
            provisional_row.addWidget(w)
        provisional_row.addStretch(1)
        el.addLayout(provisional_row)
        el.addLayout(rbar)
        el.addWidget(self.rulings, 3)
        el.addLayout(fbar)
        el.addWidget(self.facts, 2)
        el.addWidget(QLabel(self.tr("裁决理由")))
        el.addWidget(self.reasoning)
        basis_row = QHBoxLayout()
        basis_row.addWidget(QLabel(self.tr("法律依据")))
        basis_row.addWidget(self.legal_basis, 1)
        el.addLayout(basis_row)
        el.addWidget(self.classification_label)
        el.addWidget(self.rights_label)
        el.addLayout(abar)
        self.editor = editor

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(vbox)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 1150])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    # ------------------------------------------------------------------ the case
    def set_case(self, detail: CaseDetail | None) -> None:
        same = detail is not None and self.case is not None and detail.summary.id == self.case.summary.id
        self.case = detail
        if not same:
            self.overview = None
            self.award = None
            self.evidence = []
            self.party_rows = []
            if self.dialog is not None:  # a form of the previous case never saves onto this one
                self.dialog.reject()
                self.dialog = None
            self._show_status("")
            self._clear_case_fields()
            self._clear_editor()
            self._show()
        self.reload()

    def _clear_case_fields(self) -> None:
        """Everything typed or shown for the previous case: the review's checks and notes, the
        jurisdiction inputs and result, the decision's fields, the tribunal form, the messages."""
        for check in self.condition_checks.values():
            check.blockSignals(True)
            check.setChecked(True)
            check.blockSignals(False)
        for edit in (*self.condition_notes.values(), self.performance_place, self.employer_seat, self.reasons,
                     self.competent_commission):
            edit.clear()
        self.commission_area.setText(jurisdiction.venue().commission_area)
        self.seized.setChecked(False)
        self.jurisdiction_label.clear()
        self.review_result.clear()
        self.then_status.setCurrentIndex(0)
        today = clock.today()
        for edit in (self.decided_on, self.formed_on):
            edit.setDate(QDate(today.year, today.month, today.day))
        for combo in self.member_edits:
            combo.setCurrentText("")
        self.tribunal_kind.setCurrentIndex(0)
        self.hearing_message.clear()
        self.hearing_message.hide()
        self.award_message.clear()
        self.award_message.hide()

    @property
    def case_id(self) -> int | None:
        return self.case.summary.id if self.case is not None else None

    def reload(self, *, select_award: int | None = None) -> None:
        self._generation += 1
        generation = self._generation
        case_id = self.case_id
        if case_id is None or not self.can_view:
            self.loading = False
            self.overview = None
            self._show()
            return
        self.loading = True
        self._update_buttons()
        ctx = self.ctx

        def work(_progress: Any) -> Loaded:
            overview = arb.arbitration_overview(ctx.uow, ctx.principal, case_id)
            items = evidence_service.list_evidence(ctx.uow, ctx.principal, case_id=case_id)
            deadlines = arb.party_deadlines(ctx.uow, ctx.principal, case_id=case_id)
            return Loaded(overview, items, deadlines)

        def loaded(result: Loaded) -> None:
            if generation != self._generation:
                return
            self.loading = False
            self.overview = result.overview
            self.evidence = result.evidence
            self.party_rows = result.party_deadlines
            keep = select_award if select_award is not None else (self.award.id if self.award else None)
            self._show(select_award=keep)

        def failed(_exc: BaseException) -> bool:
            if generation == self._generation:
                self.loading = False
                self._update_buttons()
            return False

        run_task(self, self.tr("读取仲裁情况"), work, on_done=_guarded(self, loaded),
                 on_error=_guarded(self, failed, True), show_progress=False)

    def _changed(self, message: str, *, select_award: int | None = None) -> None:
        self._show_status(message)
        self.reload(select_award=select_award)
        self.case_changed.emit()

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else _OK_STYLE)
        self.status_label.setVisible(bool(text))

    # ------------------------------------------------------------------ showing
    def _deadline(self, code: str) -> Any:
        o = self.overview
        return next((d for d in o.deadlines if d.code == code), None) if o else None

    def _show(self, select_award: int | None = None) -> None:
        o = self.overview
        today = clock.today()
        self.clock_label.setStyleSheet("")
        if not self.is_commission:
            pass
        elif o is None:
            self.clock_label.setText("")
        else:
            parts = [self.tr("案件状态：{status}").format(status=label_of(o.status))]  # type: ignore[attr-defined]
            style = ""
            for code in ("acceptance_decision", "award"):
                d = self._deadline(code)
                due = d.due if d is not None else None
                if code == "acceptance_decision" and due is None and self.case is not None and \
                        o.status in (CaseStatus.INTAKE, CaseStatus.ACCEPTANCE_REVIEW):
                    try:  # the commission's 5-working-day clock from the receipt of the application
                        due = due_date("acceptance_decision", self.case.summary.received_on)
                    except Exception:  # noqa: BLE001 - a calendar gap: no clock to show
                        due = None
                name = self.tr("受理审查期限（5日）") if code == "acceptance_decision" else self.tr("仲裁审理期限")
                if due is None:
                    if d is not None and getattr(d, "problem", ""):
                        parts.append(self.tr("{name}：{problem}").format(name=name, problem=self._problem(d.problem)))
                    continue
                left = (due - today).days
                if left < 0:
                    parts.append(self.tr("{name}已于{due}届满，已逾期 {n} 天").format(name=name, due=_cn(due), n=-left))
                    style = _OVERDUE_STYLE
                else:
                    parts.append(self.tr("{name}至{due}届满，还剩 {n} 天").format(name=name, due=_cn(due), n=left))
                    if left <= 2 and style != _OVERDUE_STYLE:
                        style = _WARN_STYLE
            self.clock_label.setText(self.tr("；").join(parts) + self.tr("。"))
            self.clock_label.setStyleSheet(style)

        # acceptance
        review = o.review if o else None
        if review is not None:
            text = self.tr("{day}决定：{decision}。").format(day=_cn(review.decided_on),
                                                           decision=self.tr(review.decision_label))
            if review.reasons:
                text += review.reasons
            self.review_result.setText(text)
            for code, check in self.condition_checks.items():
                entry = review.checklist.get(code, {})
                check.blockSignals(True)
                check.setChecked(bool(entry.get("met", True)))
                check.blockSignals(False)
                self.condition_notes[code].setText(entry.get("note", ""))
            self.competent_commission.setText(review.competent_commission)
        else:
            self.review_result.setText("")
        self._show_decision()

        # tribunal and hearings
        t = o.tribunal if o else None
        if t is not None:
            text = self.tr("{kind}：{names}，{day}组庭").format(kind=self.tr(t.kind_label), names=_names(t.members),
                                                            day=_cn(t.formed_on))
            text += self.tr("，{day}已书面通知当事人。").format(day=_cn(t.notified_on)) if t.notified_on else \
                self.tr("，尚未通知当事人。")
            self.tribunal_label.setText(text)
        else:
            self.tribunal_label.setText(self.tr("尚未组成仲裁庭。"))
        hearings = o.hearings if o else ()
        rows = []
        for h in hearings:
            if h.applicant_present is None:
                attendance = ""
            else:
                attendance = "；".join([self.tr("申请人到庭") if h.applicant_present else self.tr("申请人缺席"),
                                       self.tr("被申请人到庭") if h.respondent_present else self.tr("被申请人缺席")])
            notice = _cn(h.notice_served_on) + (self.tr("（放弃期限）") if h.notice_waived else "")
            status = self.tr(HEARING_STATUS.get(h.status, h.status))
            if h.status == "postponed" and h.postponement_reason:
                status += f"（{h.postponement_reason}）"
            rows.append([h.starts_at.date().isoformat(), f"{h.starts_at:%H:%M}–{h.ends_at:%H:%M}", h.room,
                         _names(h.arbitrators), status, notice, attendance])
        _fill(self.hearings, rows)

        # period
        drows = []
        for d in (o.deadlines if o else ()):
            left = "" if d.due is None else (self.tr("{n} 天").format(n=(d.due - today).days)
                                             if d.due >= today else self.tr("已逾期"))
            drows.append([self.tr(d.name), _cn(d.start) if getattr(d, "start", None) else "",
                          _cn(d.due) if d.due else self._problem(getattr(d, "problem", "")), left])
        _fill(self.deadlines, drows)
        _fill(self.suspensions, [[self.tr(s.kind_label), _cn(s.start), _cn(s.end) if s.end else self.tr("（进行中）"),
                                  s.reason] for s in (o.suspensions if o else ())])

        # service
        _fill(self.services, [[s.document_title, s.recipient, self.tr(s.method_label), _cn(s.sent_on), _cn(s.served_on),
                               s.signed_by, s.receipt] for s in (o.services if o else ())])
        _fill(self.party_deadlines, [[p.party, self.tr(p.name), _cn(p.served_on),
                                      _cn(p.due) if p.due else self._problem(p.problem)] for p in self.party_rows])

        # mediation
        mediations = [a for a in (o.awards if o else ()) if a.kind == arb.MEDIATION]
        signed = {}
        for s in (o.services if o else ()):
            if s.award_id is not None and s.signed_by:
                signed.setdefault(s.award_id, []).append(s.recipient)
        _fill(self.mediations, [[a.number, _cn(a.award_date), "；".join(a.content.get("agreement", [])),
                                 "、".join(signed.get(a.id, []))] for a in mediations])

        # awards
        awards = self._awards()
        self.versions.blockSignals(True)
        _fill(self.versions, [[self.tr(KINDS.get(a.kind, a.kind)), str(a.version), self.tr(STATUS.get(a.status, a.status)),
                               self.tr(FINALITY.get(a.finality, a.finality)), a.number, _cn(a.award_date),
                               a.correction_reason] for a in awards])
        target = None
        if select_award is not None:
            target = next((i for i, a in enumerate(awards) if a.id == select_award), None)
        if target is not None:
            self.versions.selectRow(target)
        else:
            self.versions.clearSelection()
        self.versions.blockSignals(False)
        if target is not None:
            chosen = awards[target]
            if self.award is None or (self.award.id, self.award.updated_at) != (chosen.id, chosen.updated_at):
                self._load_award(chosen)
            self.award = chosen
        elif self.award is not None:
            self._clear_editor()
        self._update_buttons()

    def _awards(self) -> list[arb.Award]:
        o = self.overview
        return [a for a in (o.awards if o else ()) if a.kind != arb.MEDIATION]

    def _update_buttons(self) -> None:
        o = self.overview
        ready = o is not None and not self.loading and not self.busy and self.dialog is None and self.is_commission
        status = o.status if o else None
        change = ready and self.can_change
        in_review = status in (CaseStatus.INTAKE, CaseStatus.ACCEPTANCE_REVIEW)
        in_arb = status is CaseStatus.ARBITRATION
        review = o.review if o else None
        self.decide_button.setEnabled(change and in_review)
        for check in self.condition_checks.values():
            check.setEnabled(self.can_change and in_review)
        render = ready and self.can_render
        accepted = review is not None and review.decision == arb.ACCEPT
        self.review_doc_buttons["acceptance_notice"].setEnabled(render and accepted)
        self.review_doc_buttons["respondent_notice"].setEnabled(render and accepted)
        self.review_doc_buttons["non_acceptance_notice"].setEnabled(render and review is not None
                                                                    and review.decision == arb.NOT_ACCEPT)
        self.review_doc_buttons["jurisdiction_explanation"].setEnabled(render and review is not None
                                                                       and review.decision == arb.WRONG_COMMISSION)
        self.tribunal_button.setEnabled(change and in_arb)
        t = o.tribunal if o else None
        self.notify_button.setEnabled(change and t is not None and t.notified_on is None)
        self.tribunal_doc_button.setEnabled(render and t is not None and accepted)
        h = self.current_hearing()
        scheduled = h is not None and h.status == "scheduled"
        self.schedule_button.setEnabled(change and in_arb)
        self.notice_button.setEnabled(change and scheduled)
        self.postpone_button.setEnabled(change and scheduled)
        self.attendance_button.setEnabled(change and scheduled and h is not None and h.day <= clock.today())
        self.hearing_doc_button.setEnabled(render and scheduled)
        self.postponement_doc_button.setEnabled(render and h is not None and h.status == "postponed")
        self.extension_button.setEnabled(change and in_arb)
        self.suspension_button.setEnabled(change and in_arb)
        s = self.current_suspension()
        self.end_suspension_button.setEnabled(change and s is not None and s.end is None)
        self.restart_button.setEnabled(change and in_arb)
        self.service_button.setEnabled(change and self.case is not None)
        self.mediation_button.setEnabled(change and in_arb)
        self.mediation_failed_button.setEnabled(change and in_arb)
        self.written_button.setEnabled(change and self.can_draft and in_arb)
        m = self.current_mediation()
        self.mediation_serve_button.setEnabled(change and m is not None)
        self.mediation_doc_button.setEnabled(render and self.can_draft and m is not None and accepted)

        a = self.award
        locked = a is not None and a.locked
        pending = any(x.status == "draft" for x in self._awards())
        self.new_button.setEnabled(change and self.can_draft and in_arb and not pending)
        editable = self.can_change and self.can_draft and not locked and (a is not None or in_arb)
        self._set_editable(editable)
        self.save_button.setEnabled(ready and editable)
        self.approve_button.setEnabled(ready and editable and self.can_approve and (a is not None or in_arb))
        self.correct_button.setEnabled(change and self.can_draft and a is not None and a.status == "approved" and a.kind != arb.MEDIATION
                                       and not any(x.status == "draft" and x.lineage == a.lineage for x in self._awards()))
        self.serve_button.setEnabled(change and a is not None and a.status == "approved")
        self.award_doc_button.setEnabled(render and self.can_draft and a is not None and a.status == "approved" and accepted)
        if a is None:
            self.lock_label.setText(self.tr("新的裁决书草稿。") if in_arb else
                                    self.tr("案件不在仲裁审理中，不能起草裁决书。"))
            self.lock_label.setStyleSheet("")
        elif locked:
            if a.status == "superseded":
                text = self.tr("第{v}版已被更正版本取代，仅供查阅。").format(v=a.version)
            else:
                text = self.tr("{title}{number}已于{day}批准并锁定，不能修改；如需更正，请点“更正（新版本）”。").format(
                    title=self.tr(a.title), number=a.number, day=_cn(a.approved_at.date() if a.approved_at else None))
            self.lock_label.setText(text)
            self.lock_label.setStyleSheet(_WARN_STYLE)
        else:
            text = self.tr("草稿（第{v}版），尚未批准。").format(v=a.version)
            if a.supersedes_id:
                text += self.tr("更正理由：{reason}").format(reason=a.correction_reason)
            self.lock_label.setText(text)
            self.lock_label.setStyleSheet("")

    def current_hearing(self) -> arb.Hearing | None:
        hearings = self.overview.hearings if self.overview else ()
        row = self.hearings.currentRow()
        return hearings[row] if 0 <= row < len(hearings) else None

    def current_suspension(self) -> arb.Suspension | None:
        items = self.overview.suspensions if self.overview else ()
        row = self.suspensions.currentRow()
        return items[row] if 0 <= row < len(items) else None

    def current_mediation(self) -> arb.Award | None:
        items = [a for a in (self.overview.awards if self.overview else ()) if a.kind == arb.MEDIATION]
        row = self.mediations.currentRow()
        return items[row] if 0 <= row < len(items) else None

    # ------------------------------------------------------------------ acceptance
    def checklist(self) -> dict[str, bool]:
        return {code: check.isChecked() for code, check in self.condition_checks.items()}

    def _show_decision(self, *_args: Any) -> None:
        decision = arb.acceptance_decision(self.checklist())
        texts = {arb.ACCEPT: self.tr("受理：案件转入仲裁审理，生成受理通知书和应诉通知书。"),
                 arb.NOT_ACCEPT: self.tr("不予受理：书面说明理由，并告知申请人可以就该争议事项向人民法院提起诉讼。"),
                 arb.WRONG_COMMISSION: self.tr("不属于本委管辖：书面告知申请人向有管辖权的仲裁委员会申请，不出具不予受理通知书。")}
        self.decision_label.setText(texts[decision])
        self.decision_label.setStyleSheet(_OK_STYLE if decision == arb.ACCEPT else _WARN_STYLE)
        self.competent_commission.setEnabled(decision == arb.WRONG_COMMISSION)
        self.then_status.setEnabled(decision == arb.NOT_ACCEPT)
        self.reasons.setEnabled(decision != arb.ACCEPT)

    def check_jurisdiction(self) -> None:
        ok, text = arb.jurisdiction_check(performance_place=self.performance_place.text(),
                                          employer_seat=self.employer_seat.text(),
                                          commission_area=self.commission_area.text(),
                                          performance_place_seized=self.seized.isChecked())
        self.jurisdiction_label.setText(text)
        self.jurisdiction_label.setStyleSheet(_OK_STYLE if ok else _WARN_STYLE)
        self.condition_checks["jurisdiction"].setChecked(ok)
        if not ok:
            self.condition_notes["jurisdiction"].setText(text)

    def decide(self) -> None:
        if self.case is None or not self.decide_button.isEnabled():
            return
        ctx, case_id = self.ctx, self.case.summary.id
        checklist = self.checklist()
        notes = {c: e.text().strip() for c, e in self.condition_notes.items() if e.text().strip()}
        decided_on = dlg.py_date(self.decided_on)
        reasons, commission = self.reasons.text(), self.competent_commission.text()
        then = CaseStatus(self.then_status.currentData())
        decision = arb.acceptance_decision(checklist)

        def work(_progress: Any) -> arb.AcceptanceReview:
            return arb.review_application(ctx.uow, ctx.principal, case_id=case_id, checklist=checklist,
                                          decided_on=decided_on, notes=notes, reasons=reasons,
                                          competent_commission=commission,
                                          then_status=then if decision == arb.NOT_ACCEPT else None)

        def done(review: arb.AcceptanceReview) -> None:
            text = self.tr("已作出决定：{decision}。").format(decision=self.tr(review.decision_label))
            if review.late:
                text += self.tr("注意：已超过五日审查期限（{due}）。").format(due=_cn(review.due))
            self._changed(text)

        self._run(self.tr("受理审查"), work, done)

    # ------------------------------------------------------------------ running
    def _run(self, title: str, work: Callable[[Any], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], bool] | None = None) -> None:
        self.busy = True
        self._update_buttons()

        def ok(result: Any) -> None:
            self.busy = False
            done(result)
            self._update_buttons()

        def bad(exc: BaseException) -> bool:
            self.busy = False
            self._update_buttons()
            if failed is not None and failed(exc):
                return True
            if isinstance(exc, AppError):
                if isinstance(exc, ValidationError) and exc.fields:
                    self._show_status("；".join(exc.fields.values()), error=True)
                else:
                    self._show_status(exc.text(current_lang()), error=True)
                return True
            return False

        run_task(self, title, work, on_done=_guarded(self, ok), on_error=_guarded(self, bad, True),
                 show_progress=False)

    def _open(self, dialog: dlg.FormDialog, on_saved: Callable[[Any], None]) -> dlg.FormDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_saved(dialog.result_value))
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        self._update_buttons()
        dialog.open()
        return dialog

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self._update_buttons()

    # ------------------------------------------------------------------ tribunal and hearings
    def _tribunal_kind_changed(self, *_args: Any) -> None:
        three = self.tribunal_kind.currentData() == 3
        for w in (*self.member_edits[1:], *getattr(self, "member_labels", [])):
            w.setVisible(three)

    def _member_refs(self) -> list[arb.ArbitratorRef]:
        n = int(self.tribunal_kind.currentData())
        refs = []
        for combo in self.member_edits[:n]:
            name = combo.currentText().strip()
            index = combo.findText(name)
            user_id = combo.itemData(index) if index >= 0 and name else None
            refs.append(arb.ArbitratorRef(name=name, user_id=user_id))
        return refs

    def form_tribunal(self) -> None:
        if self.case is None or not self.tribunal_button.isEnabled():
            return
        ctx, case_id = self.ctx, self.case.summary.id
        members, formed_on = self._member_refs(), dlg.py_date(self.formed_on)
        notified_on = formed_on if self.notify_now.isChecked() else None

        def work(_progress: Any) -> arb.Tribunal:
            return arb.form_tribunal(ctx.uow, ctx.principal, case_id=case_id, members=members, formed_on=formed_on,
                                     notified_on=notified_on)

        self._run(self.tr("组成仲裁庭"), work,
                  lambda t: self._changed(self.tr("已组成仲裁庭：{names}。").format(names=_names(t.members))))

    def open_notify_tribunal(self) -> dlg.FormDialog | None:
        if self.case is None or self.dialog is not None or not self.notify_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.case.summary.id

        def save(v: dict[str, Any]) -> Any:
            return arb.notify_tribunal(ctx.uow, ctx.principal, case_id=case_id, notified_on=v["notified_on"])

        return self._open(dlg.DateDialog(self.tr("仲裁庭组成通知"), self.tr("通知日期"), save, key="notified_on",
                                         parent=self),
                          lambda t: t is not None and self._changed(self.tr("已登记组庭通知。")))

    def _hearing_refs(self, v: dict[str, Any]) -> list[arb.ArbitratorRef] | None:
        if not v.get("arbitrators_changed"):
            return None
        names = [s.strip() for s in v["arbitrators"].replace(",", "、").replace("，", "、").split("、") if s.strip()]
        known = {}
        t = self.overview.tribunal if self.overview else None
        for m in (t.members if t else ()):
            known[m.name] = m
        if self.ctx.principal.role is Role.ARBITRATOR:
            known.setdefault(self.ctx.principal.display_name,
                             arb.ArbitratorRef(self.ctx.principal.display_name, self.ctx.principal.user_id))
        return [known.get(n, arb.ArbitratorRef(name=n)) for n in names]

    def _tribunal_names(self) -> str:
        t = self.overview.tribunal if self.overview else None
        return _names(t.members) if t else ""

    def _conflict(self, exc: BaseException) -> bool:
        """A refused booking is shown in the dialog; it is repeated under the calendar."""
        if isinstance(exc, AppError) and not isinstance(exc, ValidationError):
            self.hearing_message.setText(exc.text(current_lang()))
            self.hearing_message.show()
        return False

    def open_schedule(self) -> dlg.HearingDialog | None:
        if self.case is None or self.dialog is not None or not self.schedule_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.case.summary.id
        last_room = self.overview.hearings[-1].room if self.overview and self.overview.hearings else ""

        refs_of = self._hearing_refs

        def save(v: dict[str, Any]) -> Any:
            return arb.schedule_hearing(ctx.uow, ctx.principal, case_id=case_id, starts_at=v["starts_at"],
                                        ends_at=v["ends_at"], room=v["room"], arbitrators=v["refs"])

        def saved(h: Any) -> None:
            if h is not None:
                self.hearing_message.hide()
                self._changed(self.tr("已安排{day} {time}在{room}开庭；请在开庭五日前送达开庭通知（最迟{due}）。").format(
                    day=_cn(h.day), time=f"{h.starts_at:%H:%M}", room=h.room, due=_cn(arb.hearing_notice_due(h.day))))

        dialog = dlg.HearingDialog(save, arbitrators=self._tribunal_names(), room=last_room, parent=self)
        dialog.resolve = refs_of
        dialog.refused = self._conflict
        return self._open(dialog, saved)  # type: ignore[return-value]

    def open_notice(self) -> dlg.NoticeDialog | None:
        h = self.current_hearing()
        if h is None or self.dialog is not None or not self.notice_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return arb.serve_hearing_notice(ctx.uow, ctx.principal, hearing_id=h.id, served_on=v["served_on"],
                                            waived=v["waived"], waiver_note=v["waiver_note"])

        label = f"{h.starts_at:%Y-%m-%d %H:%M} {h.room}"
        return self._open(dlg.NoticeDialog(save, hearing=label, parent=self),  # type: ignore[return-value]
                          lambda r: r is not None and self._changed(self.tr("已登记开庭通知的送达。")))

    def open_postpone(self) -> dlg.HearingDialog | None:
        h = self.current_hearing()
        if h is None or self.dialog is not None or not self.postpone_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return arb.postpone_hearing(ctx.uow, ctx.principal, hearing_id=h.id, requested_by=v["requested_by"],
                                        requested_on=v["requested_on"], reason=v["reason"],
                                        new_starts_at=v["starts_at"], new_ends_at=v["ends_at"], room=v["room"],
                                        good_cause=v["good_cause"])

        def saved(new: Any) -> None:
            if new is not None:
                self.hearing_message.hide()
                self._changed(self.tr("已延期开庭，改于{day} {time}开庭；请重新送达开庭通知。").format(
                    day=_cn(new.day), time=f"{new.starts_at:%H:%M}"))

        dialog = dlg.HearingDialog(save, arbitrators=_names(h.arbitrators), room=h.room, postpone=True, parent=self)
        dialog.arbitrators.setEnabled(False)
        dialog.refused = self._conflict
        return self._open(dialog, saved)  # type: ignore[return-value]

    def open_attendance(self) -> dlg.AttendanceDialog | None:
        h = self.current_hearing()
        if h is None or self.dialog is not None or not self.attendance_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return arb.record_attendance(ctx.uow, ctx.principal, hearing_id=h.id, **v)

        def saved(r: Any) -> None:
            if r is None:
                return
            if not r.applicant_present:
                self._changed(self.tr("已记录开庭：申请人未到庭，按撤回仲裁申请处理。"))
            elif not r.respondent_present:
                self._changed(self.tr("已记录开庭：被申请人未到庭，可以缺席裁决。"))
            else:
                self._changed(self.tr("已记录开庭。"))

        label = f"{h.starts_at:%Y-%m-%d %H:%M} {h.room}"
        return self._open(dlg.AttendanceDialog(save, hearing=label, parent=self), saved)  # type: ignore[return-value]

    # ------------------------------------------------------------------ the award period
    def open_extension(self) -> dlg.ExtensionDialog | None:
        if self.case is None or self.dialog is not None or not self.extension_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.case.summary.id

        def save(v: dict[str, Any]) -> Any:
            arb.approve_extension(ctx.uow, ctx.principal, case_id=case_id, **v)
            return True

        return self._open(dlg.ExtensionDialog(save, parent=self),  # type: ignore[return-value]
                          lambda r: r and self._changed(self.tr("已登记延长审理期限十五日。")))

    def open_suspension(self) -> dlg.SuspensionDialog | None:
        if self.case is None or self.dialog is not None or not self.suspension_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.case.summary.id

        def save(v: dict[str, Any]) -> Any:
            return arb.add_suspension(ctx.uow, ctx.principal, case_id=case_id, **v)

        return self._open(dlg.SuspensionDialog(save, parent=self),  # type: ignore[return-value]
                          lambda r: r is not None and self._changed(self.tr("已登记{kind}，该期间不计入审理期限。").format(
                              kind=self.tr(r.kind_label))))

    def open_end_suspension(self) -> dlg.DateDialog | None:
        s = self.current_suspension()
        if s is None or self.dialog is not None or not self.end_suspension_button.isEnabled():
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return arb.end_suspension(ctx.uow, ctx.principal, suspension_id=s.id, end=v["end"])

        return self._open(dlg.DateDialog(self.tr("结束中止"), self.tr("最后一日"), save, key="end", parent=self),  # type: ignore[return-value]
                          lambda r: r is not None and self._changed(self.tr("已登记恢复审理。")))

    def open_restart(self) -> dlg.RestartDialog | None:
        if self.case is None or self.dialog is not None or not self.restart_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.case.summary.id

        def save(v: dict[str, Any]) -> Any:
            arb.record_restart(ctx.uow, ctx.principal, case_id=case_id, **v)
            return True

        return self._open(dlg.RestartDialog(save, parent=self),  # type: ignore[return-value]
                          lambda r: r and self._changed(self.tr("已登记，仲裁期限重新计算。")))

    # ------------------------------------------------------------------ service
    def _parties(self) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in self.case.parties] if self.case else []

    def open_service(self) -> dlg.ServiceDialog | None:
        if self.case is None or self.dialog is not None or not self.service_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.case.summary.id
        documents = ["仲裁申请书副本、应诉通知书", "受理通知书", "仲裁庭组成通知书", "开庭通知书", "延期审理通知书",
                     "答辩书副本", "不予受理通知书"]

        def save(v: dict[str, Any]) -> Any:
            return arb.record_service(ctx.uow, ctx.principal, case_id=case_id, document_title=v["document_title"],
                                      recipient=v["recipient"], method=v["method"], sent_on=v["sent_on"],
                                      served_on=v["served_on"], party_id=v["party_id"], consent=v["consent"],
                                      address=v["address"], receipt=v["receipt"], signed_by=v["signed_by"],
                                      event=v["event"], note=v["note"])

        return self._open(dlg.ServiceDialog(save, parties=self._parties(), documents=documents, parent=self),  # type: ignore[return-value]
                          lambda r: r is not None and self._changed(self.tr("已登记送达：{doc}于{day}送达{who}。").format(
                              doc=r.document_title, day=_cn(r.served_on), who=r.recipient)))

    def open_serve_award(self, *, mediation: bool = False) -> dlg.ServiceDialog | None:
        award = self.current_mediation() if mediation else self.award
        if award is None or self.dialog is not None or award.status != "approved":
            return None
        ctx = self.ctx
        parties = [(pid, name) for pid, name in self._parties()
                   if any(p.id == pid and p.side in (PartySide.APPLICANT, PartySide.RESPONDENT)
                          for p in self.case.parties)]  # type: ignore[union-attr]

        def save(v: dict[str, Any]) -> Any:
            return arb.serve_award(ctx.uow, ctx.principal, award_id=award.id, method=v["method"], sent_on=v["sent_on"],
                                   party_id=v["party_id"], served_on=v["served_on"], consent=v["consent"],
                                   address=v["address"], receipt=v["receipt"], signed_by=v["signed_by"],
                                   note=v["note"])

        label = f"{self.tr(award.title)}（{award.number}）"
        return self._open(dlg.ServiceDialog(save, parties=parties, award=label, parent=self),  # type: ignore[return-value]
                          lambda r: r is not None and self._changed(self.tr("已登记送达：{doc}于{day}送达{who}。").format(
                              doc=r.document_title, day=_cn(r.served_on), who=r.recipient)))

    # ------------------------------------------------------------------ 先行调解
    def open_mediation(self) -> dlg.MediationDialog | None:
        if self.case is None or self.dialog is not None or not self.mediation_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.case.summary.id
        claims = [self._claim_text(c) for c in self.case.claims]

        def save(v: dict[str, Any]) -> Any:
            return arb.record_arbitral_mediation(ctx.uow, ctx.principal, case_id=case_id, **v)

        parties = [(p.name, p.side.label) for p in self.case.parties
                   if p.side in (PartySide.APPLICANT, PartySide.RESPONDENT, PartySide.THIRD_PARTY)]
        return self._open(dlg.MediationDialog(save, claims=claims, arbitrators=self._tribunal_names(),  # type: ignore[return-value]
                                              parties=parties, parent=self),
                          lambda r: r is not None and self._changed(self.tr(
                              "已制作仲裁调解书（{number}），经双方当事人签收后发生法律效力。").format(number=r.number)))

    def open_mediation_failed(self) -> dlg.DateReasonDialog | None:
        if self.case is None or self.dialog is not None or not self.mediation_failed_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.case.summary.id

        def save(v: dict[str, Any]) -> Any:
            arb.record_mediation_failure(ctx.uow, ctx.principal, case_id=case_id, on=v["on"], note=v["note"])
            return True

        dialog = dlg.DateReasonDialog(self.tr("调解不成"), save, date_label=self.tr("调解日期"),
                                      reason_label=self.tr("情况"), reason_key="note",
                                      placeholder=self.tr("例如：被申请人不同意调解方案"), parent=self)
        return self._open(dialog, lambda r: r and self._changed(self.tr("已登记先行调解不成。")))  # type: ignore[return-value]

    def open_written_review(self) -> dlg.DateReasonDialog | None:
        if self.case is None or self.dialog is not None or not self.written_button.isEnabled():
            return None
        ctx, case_id = self.ctx, self.case.summary.id

        def save(v: dict[str, Any]) -> Any:
            arb.decide_written_review(ctx.uow, ctx.principal, case_id=case_id, on=v["on"], reason=v["reason"])
            return True

        dialog = dlg.DateReasonDialog(self.tr("书面审理"), save, date_label=self.tr("决定日期"),
                                      reason_label=self.tr("理由"),
                                      placeholder=self.tr("例如：双方当事人书面同意不开庭，案件事实清楚"), parent=self)
        return self._open(dialog, lambda r: r and self._changed(self.tr("已登记书面审理的决定。")))  # type: ignore[return-value]

    # ------------------------------------------------------------------ the award editor
    def _claim_text(self, claim: Any) -> str:
        label = claim.kind.label  # award and mediation text: Chinese in any UI language
        return f"{label}{format_yuan(claim.amount)}" if claim.amount is not None else label

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0 and table.isEnabled():
            table.removeRow(row)
            self.refresh_classification()

    def add_ruling(self, ruling: arb.Ruling | None = None, *, basis: str = "") -> int:
        r = ruling or arb.Ruling(claim="", outcome=arb.GRANTED)
        table = self.rulings
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        for col, text in ((C_CLAIM, r.claim), (C_AMOUNT, format(r.amount, "f") if r.amount is not None else ""),
                          (C_BASIS, getattr(r, "basis", "") or basis), (C_CALC, r.calculation),
                          (C_TEXT, r.subject or ("" if r.amount else r.text)), (C_DUE, _due_text(r))):
            table.setItem(row, col, QTableWidgetItem(text))
        table.setCellWidget(row, C_PAYERS, PayerPicker(self._respondents(), r.payers, r.joint))
        final = QTableWidgetItem("")
        final.setFlags(final.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, C_FINALITY, final)
        kind = QComboBox()
        kind.addItem(self.tr("（其他）"), "")
        for member in ClaimKind:
            kind.addItem(label_of(member), member.value)  # type: ignore[attr-defined]
        kind.setCurrentIndex(max(0, kind.findData(r.claim_kind.value if r.claim_kind else "")))
        kind.currentIndexChanged.connect(self.refresh_classification)
        table.setCellWidget(row, C_KIND, kind)
        category = QComboBox()
        for code, label in CATEGORIES:
            category.addItem(self.tr(label), code)
        category.setCurrentIndex(max(0, category.findData(r.category)))
        category.currentIndexChanged.connect(self.refresh_classification)
        table.setCellWidget(row, C_CATEGORY, category)
        outcome = QComboBox()
        for code, label in OUTCOMES:
            outcome.addItem(self.tr(label), code)
        outcome.setCurrentIndex(max(0, outcome.findData(r.outcome)))
        outcome.currentIndexChanged.connect(self.refresh_classification)
        table.setCellWidget(row, C_OUTCOME, outcome)
        table.blockSignals(False)
        self.refresh_classification()
        return row

    def add_fact(self, text: str = "", evidence_ids: tuple[int, ...] = ()) -> int:
        row = self.facts.rowCount()
        self.facts.insertRow(row)
        self.facts.setItem(row, 0, QTableWidgetItem(text))
        self.facts.setCellWidget(row, 1, EvidencePicker(self.evidence, evidence_ids))
        return row

    def _respondents(self) -> list[str]:
        if self.case is None:
            return []
        return [p.name for p in self.case.parties if p.side in (PartySide.RESPONDENT, PartySide.THIRD_PARTY)]

    def rulings_from_claims(self) -> None:
        if self.case is None:
            return
        respondents = [p.name for p in self.case.parties if p.side is PartySide.RESPONDENT]
        for c in self.case.claims:
            # one respondent: it is the payer; several: the arbitrator chooses who pays and whether jointly
            payers = tuple(respondents) if len(respondents) == 1 and c.amount is not None else ()
            self.add_ruling(arb.Ruling(claim=self._claim_text(c), outcome=arb.GRANTED, amount=c.amount,
                                       claimed_amount=c.amount, claim_kind=c.kind, calculation=c.calculation or "",
                                       payers=payers),
                            basis=c.basis or "")

    def _cell(self, row: int, col: int) -> str:
        item = self.rulings.item(row, col)
        return item.text() if item is not None else ""

    def _combo(self, row: int, col: int) -> str:
        w = self.rulings.cellWidget(row, col)
        return w.currentData() if isinstance(w, QComboBox) else ""

    def read_rulings(self) -> tuple[list[arb.Ruling], list[str]]:
        out, bases = [], []
        for row in range(self.rulings.rowCount()):
            kind = self._combo(row, C_KIND)
            amount = _amount(self._cell(row, C_AMOUNT), f"rulings.{row + 1}.amount")
            due_days, due_on = _parse_due(self._cell(row, C_DUE), f"rulings.{row + 1}.due")
            picker = self.rulings.cellWidget(row, C_PAYERS)
            values: dict[str, Any] = dict(claim=self._cell(row, C_CLAIM).strip(), outcome=self._combo(row, C_OUTCOME),
                                          subject=self._cell(row, C_TEXT).strip(), amount=amount,
                                          claim_kind=ClaimKind(kind) if kind else None,
                                          category=self._combo(row, C_CATEGORY), calculation=self._cell(row, C_CALC).strip(),
                                          payers=picker.payers() if isinstance(picker, PayerPicker) else (),
                                          joint=picker.joint() if isinstance(picker, PayerPicker) else False,
                                          due_days=due_days, due_date=due_on)
            basis = self._cell(row, C_BASIS).strip()
            values["basis"] = basis
            out.append(arb.Ruling(**values))
            bases.append(basis)
        return out, bases

    def read_draft(self) -> arb.AwardDraft:
        rulings, bases = self.read_rulings()
        facts = []
        for row in range(self.facts.rowCount()):
            item = self.facts.item(row, 0)
            picker = self.facts.cellWidget(row, 1)
            text = item.text().strip() if item is not None else ""
            if text:
                facts.append(arb.FactFound(text, picker.chosen() if isinstance(picker, EvidencePicker) else ()))
        reasoning = self.reasoning.toPlainText().strip()
        legal_basis = self.legal_basis.text().strip()
        provisional = None
        if self.provisional.isChecked():
            money = tuple(i for i, r in enumerate(rulings) if r.outcome in (arb.GRANTED, arb.PARTLY)
                          and r.amount is not None and r.claim_kind in arb.PROVISIONAL_KINDS)
            provisional = arb.ProvisionalExecution(rulings=money, rights_clear=self.rights_clear.isChecked(),
                                                   livelihood_affected=self.livelihood.isChecked())
        return arb.AwardDraft(claims=tuple(r.claim for r in rulings), facts=tuple(facts), reasoning=reasoning,
                              rulings=tuple(rulings), award_date=dlg.py_date(self.award_date),
                              kind=self.award_kind.currentData(), minimum_wage_tier=self.wage_tier.currentData(),
                              clerk=self.clerk.text().strip(), legal_basis=legal_basis,
                              provisional_execution=provisional)

    def refresh_classification(self, *_args: Any) -> None:
        """The final-award test per item and the rights notice, as the award stands in the editor."""
        if not hasattr(self, "rights_label"):
            return
        try:
            rulings, _bases = self.read_rulings()
            if not rulings:
                self.classification_label.setText(self.tr("请逐项写明对仲裁请求的裁决。"))
                self.rights_label.setText("")
                return
            mw = jurisdiction.minimum_wage(self.wage_tier.currentData(), dlg.py_date(self.award_date))
            cls = arb.classify_award(rulings, mw.monthly)
        except (ValidationError, AppError, LookupError, ValueError) as exc:
            self.classification_label.setText(getattr(exc, "zh", "") or str(exc))
            self.classification_label.setStyleSheet(ERROR_STYLE)
            return
        self.rulings.blockSignals(True)
        for row, (finality, reason) in enumerate(zip(cls.per_ruling, cls.reasons)):
            item = self.rulings.item(row, C_FINALITY)
            if item is None:
                continue
            item.setText(self.tr(FINALITY[finality]))
            item.setToolTip(reason)
            item.setForeground(QColor(_FINAL_COLOUR if finality == arb.FINAL else _NON_FINAL_COLOUR))
        self.rulings.blockSignals(False)
        self.classification_label.setStyleSheet("")
        self.classification_label.setText(self.tr(
            "终局裁决标准：当地月最低工资标准{wage}×12个月＝{limit}。本裁决为：{finality}。").format(
                wage=self._money(cls.monthly_minimum_wage), limit=self._money(cls.threshold),
                finality=self.tr(FINALITY[cls.finality])))
        self.classification_label.setText(self.classification_label.text() + self._wage_standard_note())
        if cls.finality == arb.MIXED:
            text = self.tr("终局部分与非终局部分分别制作裁决书。\n终局部分：{final}\n非终局部分：{non_final}").format(
                final=self._rights(arb.FINAL), non_final=self._rights(arb.NON_FINAL))
        else:
            text = self.tr("权利告知：") + self._rights(cls.finality)
        self.rights_label.setText(text)

    def _wage_standard_note(self) -> str:
        """The effective date of the minimum wage behind the threshold, and a warning when the
        newest standard on file is more than two years old."""
        from mediation_desk.services import clock

        try:
            found = jurisdiction.minimum_wage_in_force(self.wage_tier.currentData(), dlg.py_date(self.award_date),
                                                       today=clock.today())
        except AppError:
            return ""
        en = current_lang() == "en"
        if en:  # the source is a Chinese document title: named in the Chinese interface and on the award
            note = self.tr("\n所用最低工资标准自 {effective} 起执行。").format(effective=found.effective_iso)
        else:
            note = self.tr("\n所用最低工资标准自 {effective} 起执行（{source}）。").format(
                effective=found.effective_text, source=found.source)
        if found.stale:
            note += self.tr("本程序保存的最新标准自 {effective} 起执行，已超过 {years} 年，请核实现行标准。").format(
                effective=found.newest_effective_iso if en else found.newest_effective_text, years=found.stale_years)
        return note

    def _problem(self, text: str) -> str:
        """Why a deadline cannot be computed; in English in general terms."""
        if not text or current_lang() != "en":
            return text
        return self.tr("无法计算（缺少该年的节假日安排）")

    def _money(self, amount: Any) -> str:
        return _yuan(amount) if current_lang() != "en" else f"{amount:,.2f} yuan"

    def _rights(self, finality: str, stored: str = "") -> str:
        """The rights notice as the award states it; in English a summary of it."""
        if current_lang() != "en":
            return stored or arb.rights_notice(finality)
        if finality == arb.FINAL:
            return self.tr("终局裁决自作出之日起生效；劳动者可以自收到裁决书之日起十五日内起诉，用人单位可以自收到之日起"
                           "三十日内向中级人民法院申请撤销。")
        return self.tr("当事人可以自收到裁决书之日起十五日内起诉；期满不起诉的，裁决书发生法律效力。")

    def _set_editable(self, editable: bool) -> None:
        for w in (self.award_kind, self.award_date, self.wage_tier, self.clerk, self.provisional, self.legal_basis,
                  self.add_ruling_button,
                  self.from_claims_button, self.remove_ruling_button, self.add_fact_button, self.remove_fact_button):
            w.setEnabled(editable)
        self.reasoning.setReadOnly(not editable)
        trigger = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                   | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        for table in (self.rulings, self.facts):
            table.setEditTriggers(trigger if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
            for row in range(table.rowCount()):
                for col in range(table.columnCount()):
                    w = table.cellWidget(row, col)
                    if w is not None:
                        w.setEnabled(editable)

    @property
    def editor_locked(self) -> bool:
        return self.rulings.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers

    def _clear_editor(self) -> None:
        self.award = None
        self.rulings.setRowCount(0)
        self.facts.setRowCount(0)
        self.reasoning.setPlainText("")
        self.clerk.setText("")
        self.legal_basis.setText("")
        self.provisional.setChecked(False)
        self.rights_clear.setChecked(False)
        self.livelihood.setChecked(False)
        self.award_kind.setCurrentIndex(0)
        today = clock.today()
        self.award_date.setDate(QDate(today.year, today.month, today.day))
        self.award_message.hide()
        self.refresh_classification()

    def new_draft(self) -> None:
        self.versions.clearSelection()
        self._clear_editor()
        self._update_buttons()

    def _version_selected(self) -> None:
        awards = self._awards()
        row = self.versions.currentRow()
        if 0 <= row < len(awards):
            self._load_award(awards[row])
            self._update_buttons()

    def _load_award(self, award: arb.Award) -> None:
        self._clear_editor()
        self.award = award
        c = award.content
        self.award_kind.setCurrentIndex(max(0, self.award_kind.findData(award.kind)))
        if award.award_date:
            d = award.award_date
            self.award_date.setDate(QDate(d.year, d.month, d.day))
        self.wage_tier.setCurrentIndex(max(0, self.wage_tier.findData(c.get("minimum_wage_tier", "一类"))))
        self.clerk.setText(c.get("clerk", ""))
        self.legal_basis.setText(c.get("legal_basis", ""))
        pe = c.get("provisional_execution") or None
        self.provisional.setChecked(bool(pe))
        self.rights_clear.setChecked(bool(pe and pe.get("rights_clear")))
        self.livelihood.setChecked(bool(pe and pe.get("livelihood_affected")))
        reasoning, bases = _split_bases(c.get("reasoning", ""))
        for i, r in enumerate(award.rulings):
            self.add_ruling(r, basis=bases.get(i + 1, ""))
        for f in c.get("facts", []):
            self.add_fact(f.get("text", ""), tuple(f.get("evidence_ids", [])))
        self.reasoning.setPlainText(reasoning)
        self.refresh_classification()
        if award.locked and award.parts:
            self.rights_label.setText("\n".join(
                f"{self.tr(FINALITY[p.finality])}（{p.number}）：{self._rights(p.finality, p.rights_notice)}"
                for p in award.parts))

    def _draft_or_message(self) -> arb.AwardDraft | None:
        try:
            return self.read_draft()
        except ValidationError as exc:
            self._award_error("；".join(exc.fields.values()) or exc.zh)
            return None

    def _award_error(self, text: str) -> None:
        self.award_message.setText(text)
        self.award_message.setVisible(bool(text))

    def _award_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            self._award_error("；".join(exc.fields.values()) or exc.text(current_lang()))
            return True
        if isinstance(exc, AppError):
            self._award_error(exc.text(current_lang()))
            return True
        return False

    def save_draft(self, *, then_approve: bool = False) -> None:
        if self.case is None or not self.save_button.isEnabled():
            return
        draft = self._draft_or_message()
        if draft is None:
            return
        self._award_error("")
        ctx, case_id, award = self.ctx, self.case.summary.id, self.award

        def work(_progress: Any) -> arb.Award:
            if award is None:
                saved = arb.draft_award(ctx.uow, ctx.principal, case_id=case_id, draft=draft)
            else:
                saved = arb.update_draft(ctx.uow, ctx.principal, award_id=award.id, draft=draft)
            if then_approve:
                saved = arb.approve_award(ctx.uow, ctx.principal, award_id=saved.id)
            return saved

        def done(saved: arb.Award) -> None:
            self.award = saved
            if then_approve:
                text = self.tr("已批准{title}，文号{number}（{finality}），已锁定。").format(
                    title=self.tr(saved.title), number=saved.number, finality=self.tr(FINALITY.get(saved.finality, "")))
            else:
                text = self.tr("已保存草稿（第{v}版）。").format(v=saved.version)
            self._changed(text, select_award=saved.id)

        self._run(self.tr("批准裁决书") if then_approve else self.tr("保存裁决书草稿"), work, done, self._award_failed)

    def approve(self) -> None:
        if not self.approve_button.isEnabled():
            return
        self.save_draft(then_approve=True)

    def open_correction(self) -> dlg.ReasonDialog | None:
        award = self.award
        if award is None or self.dialog is not None or not self.correct_button.isEnabled():
            return None
        draft = self._draft_or_message()
        if draft is None:
            return None
        ctx = self.ctx

        def save(v: dict[str, Any]) -> Any:
            return arb.correct_award(ctx.uow, ctx.principal, award_id=award.id, draft=draft, reason=v["reason"])

        def saved(new: Any) -> None:
            if new is not None:
                self.award = new
                self._changed(self.tr("已制作更正版本（第{v}版），请修改后批准；原第{old}版在批准前仍然有效。").format(
                    v=new.version, old=award.version), select_award=new.id)

        label = f"{self.tr(award.title)}（{award.number}，第{award.version}版）"
        return self._open(dlg.ReasonDialog(save, award=label, parent=self), saved)  # type: ignore[return-value]

    # ------------------------------------------------------------------ documents
    def document_context(self, template: str) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
        """What only a person gives for ``template`` (the rest comes from the stored records through
        ``arb.render_arbitration_document``), and the values to ask first (key, label, default)."""
        extra: dict[str, Any] = {}
        ask: list[tuple[str, str, str]] = []
        if template == "non_acceptance_notice":
            ask.append(("court", self.tr("可以起诉的人民法院"), ""))
        elif template == "jurisdiction_explanation":
            extra.update(performance_place=self.performance_place.text().strip(),
                         employer_seat=self.employer_seat.text().strip())
        elif template == "hearing_notice":
            ask.append(("hearing_place", self.tr("开庭地点"), jurisdiction.venue().hearing_place))
        elif template in ("award_final", "partial_award"):
            extra["revocation_court"] = jurisdiction.venue().intermediate_court
        return {k: v for k, v in extra.items() if v}, ask

    def _record_id(self, template: str) -> int | None:
        if template in ("hearing_notice", "postponement_notice"):
            h = self.current_hearing()
            return h.id if h is not None else None
        if template == "arbitral_mediation":
            m = self.current_mediation()
            return m.id if m is not None else None
        return None

    def _render_call(self, template: str, extra: dict[str, Any], record_id: int | None = None) -> Any:
        ctx = self.ctx
        case_id = self.case_id
        assert case_id is not None
        return arb.render_arbitration_document(ctx.uow, ctx.renderer, ctx.principal, case_id=case_id,
                                               template=template, record_id=record_id, extra=extra)

    def render(self, template: str) -> dlg.RenderDialog | None:
        """Make one document; when it needs a value the case does not hold, ask for it first."""
        if self.case is None or self.overview is None or not self.can_render or self.dialog is not None:
            return None
        context, ask = self.document_context(template)
        record_id = self._record_id(template)

        def save(v: dict[str, Any]) -> Any:
            return self._render_call(template, {**context, **{k: x for k, x in v.items() if x}}, record_id)

        def saved(doc: Any) -> None:
            if doc is not None:
                self._show_status(self.tr("已生成{title}（{number}，第{v}版），可在“文书”中导出。").format(
                    title=doc.title, number=doc.number, v=doc.version))

        if ask:
            return self._open(dlg.RenderDialog(self.tr("生成文书"), save, ask, parent=self), saved)  # type: ignore[return-value]
        self._run(self.tr("生成文书"), lambda _p: save({}), saved)
        return None

    def render_award(self) -> None:
        award = self.award
        if award is None or not self.award_doc_button.isEnabled():
            return
        jobs = []
        for template, part in arb.award_documents(award):
            extra, _ask = self.document_context(template)
            if template == "partial_award" and part is not None:
                extra["is_final"] = part == arb.FINAL
            jobs.append((template, extra))

        def work(_progress: Any) -> list[Any]:
            return [self._render_call(template, extra, award.id) for template, extra in jobs]

        def done(docs: list[Any]) -> None:
            self._show_status(self.tr("已生成：{docs}，可在“文书”中导出。").format(
                docs="、".join(f"{d.title}（{d.number}）" for d in docs)))

        self._run(self.tr("生成裁决书"), work, done, self._award_failed)


def _split_bases(reasoning: str) -> tuple[str, dict[int, str]]:
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
