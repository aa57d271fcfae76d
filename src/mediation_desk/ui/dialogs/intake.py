"""Registering a dispute: the worker (or a sheet of workers for a group dispute), the chain of
respondents, agents, claims and facts. Every problem is shown at its field; nothing is saved
until the whole intake is valid (the service checks again and writes one transaction)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFrame, QGroupBox, QHBoxLayout, QHeaderView,
                               QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from mediation_desk.domain.cases import (Agent, AgentAuthority, Claim, ClaimKind, Enterprise, EnterpriseRole,
                                         Industry, Intake, IntakeChannel, Person)
from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.identifiers import mask_id_number, validate_resident_id
from mediation_desk.domain.money import format_plain, parse_amount
from mediation_desk.services import clock
from mediation_desk.services.group_import import GroupPreview, preview_group, read_table
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE, NOTICE_STYLE, error_label, on_edited
from mediation_desk.ui.forms.intake_agent_row_ui import Ui_AgentRow
from mediation_desk.ui.forms.intake_claim_row_ui import Ui_ClaimRow
from mediation_desk.ui.forms.intake_dialog_ui import Ui_IntakeDialog
from mediation_desk.ui.forms.intake_respondent_row_ui import Ui_RespondentRow
from mediation_desk.ui.labels import join_names, label, money
from mediation_desk.ui.tasks import run_task

AGENT_KINDS = ("律师", "法律援助律师", "基层法律服务工作者", "近亲属", "工会推荐", "社区推荐")
_INVALID = "QLineEdit, QComboBox { border: 1px solid #b3261e; }"


def _parse_date(text: str, key: str, errors: dict[str, str]) -> date | None:
    text = text.strip().replace("/", "-").replace(".", "-")
    if not text:
        return None
    try:
        return date.fromisoformat("-".join(part.zfill(2) for part in text.split("-")))
    except ValueError:
        errors[key] = "日期应写作 2026-06-01"
        return None


def _fill_enum_combo(box: QComboBox, enum_cls, current=None) -> QComboBox:  # noqa: ANN001
    for member in enum_cls:
        box.addItem(label(member), member.value)
    if current is not None:
        box.setCurrentIndex(box.findData(current.value))
    return box


class _Row(QFrame):
    """One respondent, agent or claim: its fields on a grid (its Qt Designer form), an error line under
    them. A subclass builds its form and calls :meth:`adopt` with the form's fields."""

    FIELDS: tuple[tuple[str, str], ...] = ()

    def __init__(self, on_remove: Callable[["_Row"], None]) -> None:
        super().__init__()
        self.widgets: dict[str, QWidget] = {}
        self._shown_errors: dict[str, str] = {}
        self._captions: dict[str, str] = {}
        self._on_remove = on_remove

    def adopt(self, ui: Any, keys: list[str]) -> None:
        """Take the form's fields ``keys`` (each with its caption label ``<key>_caption``), its remove
        button and its error line."""
        self.grid = ui.grid
        self.errors = ui.errors
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remove_button = ui.remove_button
        self.remove_button.clicked.connect(lambda: self._on_remove(self))
        for key in keys:
            widget = getattr(ui, key)
            self.widgets[key] = widget
            self._captions[key] = getattr(ui, f"{key}_caption").text().strip()
            # "period" errors belong to both of the period's fields
            group = (key, "period") if key.startswith("period_") else (key,)
            on_edited(widget, lambda group=group: self.clear_field_errors(group))

    def show_errors(self, errors: dict[str, str], captions: dict[str, str] | None = None) -> None:
        """Each error with its field's caption (in the interface language) on the row's error line; the
        fields in error outlined. ``captions`` (Chinese) are recognised at the start of a message."""
        self._shown_errors = dict(errors)
        for key, widget in self.widgets.items():
            widget.setStyleSheet(_INVALID if key in errors else "")
        parts = []
        for k, v in errors.items():
            caption = self._captions.get(k) or (captions or {}).get(k, k)
            known = (captions or {}).get(k, "")
            parts.append(v if (known and v.startswith(known)) or v.startswith(caption) else f"{caption}：{v}")
        text = "；".join(parts)
        self.errors.setText(text)
        self.errors.setVisible(bool(text))

    def clear_field_errors(self, keys: tuple[str, ...]) -> None:
        """The user edited a field: its error (and its outline) go at once; the others stay."""
        if any(k in self._shown_errors for k in keys):
            self.show_errors({k: v for k, v in self._shown_errors.items() if k not in keys},
                             getattr(self, "CAPTIONS", {}))


class RespondentRow(_Row):
    CAPTIONS = {"name": "名称", "role": "角色", "credit_code": "统一社会信用代码", "address": "住所",
                "legal_representative": "法定代表人"}

    def __init__(self, on_remove: Callable[[_Row], None], role: EnterpriseRole = EnterpriseRole.PLATFORM) -> None:
        super().__init__(on_remove)
        self.ui = Ui_RespondentRow()
        self.ui.setupUi(self)
        self.name, self.role, self.credit_code = self.ui.name, self.ui.role, self.ui.credit_code
        self.address, self.legal_representative = self.ui.address, self.ui.legal_representative
        _fill_enum_combo(self.role, EnterpriseRole, role)
        self.adopt(self.ui, ["name", "role", "credit_code", "address", "legal_representative"])

    def value(self) -> Enterprise:
        return Enterprise(name=self.name.text(), credit_code=self.credit_code.text(),
                          role=EnterpriseRole(self.role.currentData()), address=self.address.text(),
                          legal_representative=self.legal_representative.text())


class AgentRow(_Row):
    CAPTIONS = {"name": "姓名", "id_number": "身份证号码", "phone": "电话", "kind": "类别", "authority": "授权",
                "scope": "代理权限"}

    def __init__(self, on_remove: Callable[[_Row], None]) -> None:
        super().__init__(on_remove)
        self.ui = Ui_AgentRow()
        self.ui.setupUi(self)
        self.name, self.id_number, self.phone = self.ui.name, self.ui.id_number, self.ui.phone
        self.kind, self.authority, self.scope = self.ui.kind, self.ui.authority, self.ui.scope
        self.kind.addItems(AGENT_KINDS)
        _fill_enum_combo(self.authority, AgentAuthority)
        self.adopt(self.ui, ["name", "id_number", "phone", "kind", "authority", "scope"])

    def value(self) -> Agent:
        return Agent(person=Person(name=self.name.text(), id_number=self.id_number.text(), phone=self.phone.text()),
                     authority=AgentAuthority(self.authority.currentData()), scope=self.scope.text(),
                     kind=self.kind.currentText().strip())


class ClaimRow(_Row):
    CAPTIONS = {"kind": "请求事项", "amount": "金额", "period": "期间", "basis": "依据"}

    def __init__(self, on_remove: Callable[[_Row], None], kind: ClaimKind = ClaimKind.UNPAID_PAY) -> None:
        super().__init__(on_remove)
        self.ui = Ui_ClaimRow()
        self.ui.setupUi(self)
        self.kind, self.amount, self.basis = self.ui.kind, self.ui.amount, self.ui.basis
        self.period_start, self.period_end = self.ui.period_start, self.ui.period_end
        self.calculate_button, self.working = self.ui.calculate_button, self.ui.working
        _fill_enum_combo(self.kind, ClaimKind, kind)
        self.calculate_button.clicked.connect(self.open_calculator)
        self.calculation = ""
        self.adopt(self.ui, ["kind", "amount", "period_start", "period_end", "basis"])
        self.widgets["calculate"] = self.calculate_button
        self.widgets["period"] = self.period_start
        self._captions["period"] = self.tr("期间")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.amount.textEdited.connect(self._amount_edited)
        self._kind_changed()

    def _kind_changed(self) -> None:
        from mediation_desk.ui.dialogs.calculator import CALCULABLE

        self.calculate_button.setEnabled(ClaimKind(self.kind.currentData()) in CALCULABLE)

    def _amount_edited(self, _text: str) -> None:
        """A typed amount is no longer the calculator's: the working is dropped."""
        self.set_calculation("")

    def set_calculation(self, working: str) -> None:
        self.calculation = working
        self.working.setText(self.tr("计算过程：{w}").format(w=working) if working else "")
        self.working.setVisible(bool(working))

    def open_calculator(self) -> None:
        from mediation_desk.ui.dialogs.calculator import CalculatorDialog

        dialog = CalculatorDialog(ClaimKind(self.kind.currentData()), parent=self)
        self.calculator = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_calc is not None:
            self.amount.setText(format_plain(dialog.result_calc.amount))
            self.set_calculation(dialog.working_text())
            if not self.basis.text().strip():
                self.basis.setText(dialog.result_calc.basis)
        self.calculator = None

    def value(self, errors: dict[str, str]) -> Claim:
        amount = None
        if self.amount.text().strip():
            try:
                amount = parse_amount(self.amount.text())
            except ValidationError as exc:
                errors["amount"] = next(iter(exc.fields.values()))
        start = _parse_date(self.period_start.text(), "period", errors)
        end = _parse_date(self.period_end.text(), "period", errors)
        return Claim(kind=ClaimKind(self.kind.currentData()), amount=amount, period_start=start, period_end=end,
                     basis=self.basis.text(), calculation=self.calculation)


class _RowList(QGroupBox):
    def __init__(self, title: str, add_text: str, factory: Callable[[Callable[[_Row], None]], _Row],
                 minimum: int = 0) -> None:
        super().__init__(title)
        self.factory = factory
        self.minimum = minimum
        self.rows: list[_Row] = []
        self.column = QVBoxLayout(self)
        self.summary = error_label()
        self.column.addWidget(self.summary)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add_row)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        self.column.addLayout(bar)

    def add_row(self) -> _Row:
        self.summary.hide()  # "add at least one ..." is answered
        row = self.factory(self.remove_row)
        self.rows.append(row)
        self.column.insertWidget(self.column.count() - 1, row)
        return row

    def remove_row(self, row: _Row) -> None:
        if len(self.rows) <= self.minimum:
            return
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def show_errors(self, prefix: str, errors: dict[str, str]) -> dict[str, str]:
        """Hand ``prefix[i].field`` messages to row i; return the rest."""
        rest: dict[str, str] = {}
        per_row: dict[int, dict[str, str]] = {}
        for key, message in errors.items():
            if key == prefix:
                self.summary.setText(message)
                self.summary.show()
            elif key.startswith(prefix + "["):
                index, _, field = key[len(prefix) + 1:].partition("].")
                per_row.setdefault(int(index), {})[field.split(".")[-1]] = message
            else:
                rest[key] = message
        for i, row in enumerate(self.rows):
            row.show_errors(per_row.get(i, {}), getattr(row, "CAPTIONS", {}))
        return rest

    def clear_errors(self) -> None:
        self.summary.hide()
        for row in self.rows:
            row.show_errors({}, {})


class IntakeDialog(TaskDialog):
    """``register(intake) -> case id`` runs on the worker. ``group=True`` takes the workers from a sheet."""

    def __init__(self, register: Callable[[Intake], int], *, platforms: list[str] = (), group: bool = False,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("登记集体争议") if group else self.tr("登记新案件"))
        self._register = register
        self.group = group
        self.preview: GroupPreview | None = None
        today = today or clock.today()
        qtoday = QDate(today.year, today.month, today.day)

        self.ui = ui = Ui_IntakeDialog()
        worker_fields = {"worker.name": "name", "worker.id_number": "id_number", "worker.sex": "sex",
                         "worker.phone": "phone", "worker.address": "address"}
        self.use_form(ui, {} if group else worker_fields)
        ui.intro.setStyleSheet(NOTICE_STYLE)
        for line in (ui.sheet_errors, ui.case_errors, ui.facts_error):
            line.setStyleSheet(ERROR_STYLE)
        if group:
            ui.worker_box.hide()
            ui.worker_box.deleteLater()
            self.choose_button, self.sheet_label = ui.choose_button, ui.sheet_label
            self.sheet_errors, self.members_table = ui.sheet_errors, ui.members_table
            self.choose_button.clicked.connect(self.choose_sheet)
            self.members_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            ui.sheet_box.hide()
            ui.sheet_box.deleteLater()
            self.name, self.id_number, self.sex = ui.name, ui.id_number, ui.sex
            self.phone, self.address = ui.phone, ui.address
            self.id_number.editingFinished.connect(self.check_id_number)
            for text, value in (("", ""), (self.tr("男"), "男"), (self.tr("女"), "女")):  # stored as 男 / 女
                self.sex.addItem(text, value)

        self.industry, self.platform, self.received_on, self.channel = \
            ui.industry, ui.platform, ui.received_on, ui.channel
        self.case_errors, self.facts, self.facts_error = ui.case_errors, ui.facts, ui.facts_error
        _fill_enum_combo(self.industry, Industry, Industry.FOOD_DELIVERY)
        self.platform.addItems(["", *platforms])
        self.platform.lineEdit().setPlaceholderText(self.tr("平台名称，如 速达外卖"))
        self.received_on.setDate(qtoday)
        self.received_on.setMaximumDate(qtoday)
        _fill_enum_combo(self.channel, IntakeChannel, IntakeChannel.WRITTEN)

        self.respondents = _RowList(self.tr("被申请人（平台企业及用工合作企业）*"), self.tr("增加被申请人"),
                                    lambda rm: RespondentRow(rm), minimum=1)
        self.respondents.add_row()
        self.agents = _RowList(self.tr("代理人"), self.tr("增加代理人"), lambda rm: AgentRow(rm))
        claims_title = self.tr("共同请求") if group else self.tr("仲裁/调解请求 *")
        self.claims = _RowList(claims_title, self.tr("增加请求"), lambda rm: ClaimRow(
            rm, ClaimKind.CONFIRM_RELATIONSHIP if group else ClaimKind.UNPAID_PAY), minimum=0 if group else 1)
        if not group:
            self.claims.add_row()
        for rows in (self.respondents, self.agents, self.claims):
            ui.row_lists.addWidget(rows)

        on_edited(self.facts, self.facts_error.hide)
        for widget in (self.platform, self.received_on):
            on_edited(widget, self.case_errors.hide)
        self.finish_layout()
        self.ok_button.setText(self.tr("保存登记"))
        self.resize(980, 760)

    # ---- the worker's ID number, checked as soon as it is typed ----
    def check_id_number(self) -> None:
        text = self.id_number.text().strip()
        key = "worker.id_number"
        if not text:
            return
        try:
            rid = validate_resident_id(text)
        except ValidationError as exc:
            self.form.errors[key].setText(next(iter(exc.fields.values())))
            self.form.errors[key].show()
            return
        self.form.errors[key].hide()
        self.id_number.setText(rid.number)
        self.sex.setCurrentIndex(max(0, self.sex.findData(rid.sex)))

    # ---- a group's sheet ----
    def choose_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择劳动者名单"), str(Path.home()),
                                              self.tr("表格 (*.xlsx *.csv)"))
        if path:
            self.load_sheet(Path(path))

    def load_sheet(self, path: Path) -> None:
        self.sheet_label.setText(path.name)
        self.choose_button.setEnabled(False)

        def work(p: Path, progress) -> GroupPreview:  # noqa: ANN001
            return preview_group(read_table(p))

        run_task(self, self.tr("读取表格"), work, path, on_done=self._sheet_loaded, on_error=self._sheet_failed,
                 show_progress=False)

    def _sheet_loaded(self, preview: GroupPreview) -> None:
        self.choose_button.setEnabled(True)
        self.preview = preview
        table = self.members_table
        table.setRowCount(len(preview.members))
        for r, m in enumerate(preview.members):
            total = sum((c.amount for c in m.claims if c.amount), start=0)
            cells = [m.person.name, mask_id_number(m.person.id_number), self.tr("是") if m.is_representative else "",
                     join_names([label(c.kind) for c in m.claims]), money(total)]
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        if preview.errors:
            lines = [e.text for e in preview.errors]
            self.sheet_errors.setText(self.tr("表格中有 {n} 处错误，改正后请重新选择表格；不会导入任何数据：\n").format(
                n=len(lines)) + "\n".join(lines))
            self.sheet_errors.show()
        else:
            self.sheet_errors.setText("")
            self.sheet_errors.hide()
            self.show_message("")
            self.status.setText(self.tr("共 {n} 名劳动者，请求金额合计 {total}").format(
                n=len(preview.members), total=money(preview.total)))
            self.status.show()

    def _sheet_failed(self, exc: BaseException) -> bool:
        self.choose_button.setEnabled(True)
        if isinstance(exc, AppError):
            self.sheet_errors.setText(exc.text(current_lang()))
            self.sheet_errors.show()
            return True
        return False

    # ---- saving ----
    def build_intake(self) -> tuple[Intake, dict[str, str]]:
        """The intake as typed, and the errors found before the service is asked (unparsable input)."""
        errors: dict[str, str] = {}
        claims = []
        for i, row in enumerate(self.claims.rows):
            row_errors: dict[str, str] = {}
            claims.append(row.value(row_errors))  # type: ignore[attr-defined]
            errors.update({f"claims[{i}].{k}": v for k, v in row_errors.items()})
        worker = Person(name="") if self.group else Person(
            name=self.name.text(), id_number=self.id_number.text(), sex=self.sex.currentData() or "",
            phone=self.phone.text(), address=self.address.text())
        intake = Intake(worker=worker, respondents=tuple(r.value() for r in self.respondents.rows),  # type: ignore[attr-defined]
                        claims=tuple(claims), industry=Industry(self.industry.currentData()),
                        platform=self.platform.currentText(), facts=self.facts.toPlainText(),
                        received_on=self.received_on.date().toPython(),
                        channel=IntakeChannel(self.channel.currentData()),
                        agents=tuple(r.value() for r in self.agents.rows))  # type: ignore[attr-defined]
        return intake, errors

    def on_ok(self) -> None:
        self.clear_messages()
        intake, errors = self.build_intake()
        if self.group:
            if self.preview is None:
                self.show_message(self.tr("请先选择劳动者名单表格。"))
                return
            if not self.preview.ok:
                self.show_message(self.tr("表格中仍有错误，未导入任何数据。"))
                return
            from mediation_desk.services.group_import import group_intake

            if not errors:
                intake = group_intake(intake, self.preview)
        if errors:
            self.show_field_errors(errors)
            return
        self.submit(self.windowTitle(), self._register, intake, busy_text=self.tr("正在保存……"))

    def clear_messages(self) -> None:
        super().clear_messages()
        for rows in (self.respondents, self.agents, self.claims):
            rows.clear_errors()
        self.case_errors.hide()
        self.facts_error.hide()

    def show_field_errors(self, fields: dict[str, str]) -> None:
        rest = self.respondents.show_errors("respondents", fields)
        rest = self.agents.show_errors("agents", rest)
        rest = self.claims.show_errors("claims", rest)
        if "facts" in rest:
            self.facts_error.setText(rest.pop("facts"))
            self.facts_error.show()
        case_keys = {"received_on": self.tr("收案日期"), "platform": self.tr("平台")}
        case_msgs = [f"{case_keys[k]}：{rest.pop(k)}" for k in list(rest) if k in case_keys]
        if case_msgs:
            self.case_errors.setText("；".join(case_msgs))
            self.case_errors.show()
        rest = self.form.show_errors(rest)
        if rest:
            self.show_message("；".join(rest.values()))
        else:
            self.show_message(self.tr("请改正标红的项目后再保存。"))

    def _work_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError) and exc.fields:
            self._set_busy(False)
            self.show_field_errors(exc.fields)
            return True
        return super()._work_failed(exc)
