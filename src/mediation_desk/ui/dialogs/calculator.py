"""Working out a claim's amount: the calculator that fits the claim, its formula shown, and the
working kept with the claim."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mediation_desk import jurisdiction
from mediation_desk.domain import calculators as calc
from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.wage_standard import StandardInForce
from mediation_desk.services import clock
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE, NOTICE_STYLE, FieldErrors
from mediation_desk.ui.forms.calculator_dialog_ui import Ui_CalculatorDialog
from mediation_desk.ui.labels import label, money
from mediation_desk.ui.widgets import to_qdate

CALCULABLE = {ClaimKind.BELOW_MINIMUM_WAGE, ClaimKind.OVERTIME_PAY, ClaimKind.HOLIDAY_PAY,
              ClaimKind.ECONOMIC_COMPENSATION, ClaimKind.UNLAWFUL_TERMINATION, ClaimKind.DOUBLE_PAY}
TIERS = (("一类", QT_TRANSLATE_NOOP("CalculatorDialog", "一类（东湖区、西湖区、青云谱区、青山湖区、红谷滩区、经开区、高新区）")),
         ("二类", QT_TRANSLATE_NOOP("CalculatorDialog", "二类（新建区、南昌县）")),
         ("三类", QT_TRANSLATE_NOOP("CalculatorDialog", "三类（进贤县、安义县）")))


class CalculatorDialog(QDialog):
    """``result`` holds the Calculation once the user pressed 使用此结果."""

    def __init__(self, kind: ClaimKind, *, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.result_calc: calc.Calculation | None = None
        self.wage_used: StandardInForce | None = None
        today = today or clock.today()
        self.today = today
        self.setWindowTitle(self.tr("计算请求金额 — {kind}").format(kind=label(kind)))
        self.ui = Ui_CalculatorDialog()
        self.ui.setupUi(self)
        self.notice, self.message = self.ui.notice, self.ui.message
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.message.setStyleSheet(ERROR_STYLE)
        self.compute_button, self.working = self.ui.compute_button, self.ui.working
        self.compute_button.clicked.connect(self.compute)
        self.form = FieldErrors()
        ui, rows = self.ui, self.ui.fields
        # the form holds every calculator's rows; the ones this claim kind does not use are removed
        wanted: dict[str, QWidget] = {}
        if kind in (ClaimKind.BELOW_MINIMUM_WAGE, ClaimKind.ECONOMIC_COMPENSATION, ClaimKind.UNLAWFUL_TERMINATION):
            self.tier, self.wage_label, self.wage_warning = ui.tier, ui.wage_label, ui.wage_warning
            for code, text in TIERS:
                self.tier.addItem(self.tr(text), code)
            self.wage_warning.setStyleSheet(NOTICE_STYLE)
            self.wage_warning.hide()
            wanted["tier"] = ui.tier
        if kind is ClaimKind.BELOW_MINIMUM_WAGE:
            self.month, self.paid = ui.month, ui.paid
            self.month.setDate(to_qdate(today))
            wanted.update(month=ui.month, paid=ui.paid)
        if kind in (ClaimKind.OVERTIME_PAY, ClaimKind.HOLIDAY_PAY):
            self.wage, self.workday, self.restday, self.holiday = ui.monthly_wage, ui.workday, ui.restday, ui.holiday
            wanted.update(monthly_wage=ui.monthly_wage, workday_hours=ui.workday, rest_day_hours=ui.restday,
                          holiday_hours=ui.holiday)
        if kind in (ClaimKind.ECONOMIC_COMPENSATION, ClaimKind.UNLAWFUL_TERMINATION, ClaimKind.DOUBLE_PAY):
            self.wage, self.start, self.end = ui.monthly_wage, ui.start, ui.end
            rows.labelForField(ui.monthly_wage).setText(self.tr("月工资（元，解除前十二个月平均）"))
            self.start.setDate(to_qdate(date(today.year - 1, 1, 1)))
            self.end.setDate(to_qdate(today))
            if kind is ClaimKind.DOUBLE_PAY:
                rows.labelForField(ui.end).setText(self.tr("签订书面合同前一日或离职日"))
            wanted.update(monthly_wage=ui.monthly_wage, start=ui.start, end=ui.end)
        if kind in (ClaimKind.ECONOMIC_COMPENSATION, ClaimKind.UNLAWFUL_TERMINATION):
            self.average = ui.average
            wanted["local_average_wage"] = ui.average
            try:
                avg = jurisdiction.average_monthly_wage()
            except AppError:
                avg = None
            if avg is not None and avg.value is not None:
                self.average.setText(str(avg.value))
            else:
                self.notice.setText(self.tr("南昌市上年度职工月平均工资尚未核实，本程序不提供默认值：请按市统计部门公布的数额填写，"
                                            "用于劳动合同法第四十七条三倍封顶的判断。"))
                self.notice.show()
        keep = set(wanted.values())
        if "tier" in wanted:
            keep.add(ui.wage_label)
        for field in (ui.tier, ui.wage_label, ui.month, ui.paid, ui.monthly_wage, ui.workday,
                      ui.restday, ui.holiday, ui.start, ui.end, ui.average):
            if field not in keep:
                rows.removeRow(field)
        self.form.attach(rows, wanted)
        self.buttons = QDialogButtonBox()
        self.use_button = self.buttons.addButton(self.tr("使用此结果"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.use_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ui.column.addWidget(self.buttons)
        self.setMinimumWidth(560)
        if hasattr(self, "tier"):
            self.tier.currentIndexChanged.connect(self.show_wage_standard)
            for edit in (getattr(self, "month", None), getattr(self, "end", None)):
                if edit is not None:
                    edit.dateChanged.connect(self.show_wage_standard)
            self.show_wage_standard()

    def _fit(self) -> None:
        """Grow the dialog when a message or an error line made its content taller than it is."""
        layout = self.layout()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        need = max(need, layout.totalMinimumSize().height())
        if self.height() < need:
            self.resize(self.width(), need)

    def _wage_date(self) -> date:
        if self.kind is ClaimKind.BELOW_MINIMUM_WAGE:
            return self.month.date().toPython()
        return self.end.date().toPython()

    def show_wage_standard(self, *_args: object) -> None:
        """The standard the calculation will use, its effective date and source, and a warning when
        the newest standard on file is more than two years old."""
        try:
            found = jurisdiction.minimum_wage_in_force(self.tier.currentData(), self._wage_date(), today=self.today)
        except AppError as exc:
            self.wage_label.setText(exc.text(current_lang()))
            self.wage_warning.hide()
            return
        en = current_lang() == "en"
        self.wage_label.setText(self.tr("所用标准：{tier}月最低工资 {monthly}，自 {effective} 起执行（{source}）").format(
            tier=found.tier, monthly=format_yuan(found.monthly), effective=found.effective_iso if en else found.effective_text,
            source=found.source))
        self.wage_warning.setText(self.tr(
            "本程序保存的最新最低工资标准自 {effective} 起执行，已超过 {years} 年，江西省可能已经调整；"
            "请向江西省人力资源和社会保障厅核实现行标准后再使用计算结果。").format(
                effective=found.newest_effective_iso if en else found.newest_effective_text, years=found.stale_years))
        self.wage_warning.setVisible(found.stale)

    def _min_wage(self, on: date):  # noqa: ANN202
        found = jurisdiction.minimum_wage_in_force(self.tier.currentData(), on, today=self.today)
        self.wage_used = found
        return found.wage

    def calculate(self) -> calc.Calculation:
        kind = self.kind
        if kind is ClaimKind.BELOW_MINIMUM_WAGE:
            on = self.month.date().toPython()
            paid = [p.strip() for p in self.paid.text().replace("，", ",").split(",") if p.strip()]
            if not paid:
                raise ValidationError({"paid": "请填写各月实发工资"})
            return calc.below_minimum_wage_monthly(paid, self._min_wage(on).monthly)
        if kind in (ClaimKind.OVERTIME_PAY, ClaimKind.HOLIDAY_PAY):
            return calc.overtime_pay(monthly_wage=self.wage.text(), workday_hours=self.workday.text() or 0,
                                     rest_day_hours=self.restday.text() or 0, holiday_hours=self.holiday.text() or 0)
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if kind is ClaimKind.DOUBLE_PAY:
            period = calc.double_pay_months(start, end)
            result = calc.double_pay_no_contract(self.wage.text(), period.months)
            extra = [f"应支付二倍工资的期间：{period.first_day.isoformat()} 至 {period.last_day.isoformat()}，"
                     f"计 {period.months} 个月" + (f"又{period.days}天（不足一月的天数未计入，可按日折算）" if period.days else "")
                     + ("，已达11个月上限" if period.capped else "")]
            return calc.Calculation(result.amount, result.formula, result.basis, tuple(extra) + result.steps,
                                    result.notes)
        service = calc.ServiceLength.between(start, end)
        minimum = self._min_wage(end).monthly
        average = self.average.text().strip() or None
        fn = calc.economic_compensation if kind is ClaimKind.ECONOMIC_COMPENSATION else calc.unlawful_termination_damages
        return fn(self.wage.text(), service, minimum_wage=minimum, local_average_wage=average)

    def compute(self) -> None:
        self.wage_used = None
        self.form.clear_errors()
        self.message.hide()
        try:
            result = self.calculate()
        except ValidationError as exc:
            rest = self.form.show_errors(exc.fields)
            if rest:
                self.message.setText("；".join(rest.values()))
                self.message.show()
            self.use_button.setEnabled(False)
            self._fit()
            return
        except AppError as exc:
            self.message.setText(exc.text(current_lang()))
            self.message.show()
            self.use_button.setEnabled(False)
            self._fit()
            return
        used = self.wage_used if hasattr(self, "tier") else None
        if used is not None:
            extra = f"所用最低工资标准：{used.text}"
            notes = result.notes + ((used.warning,) if used.stale else ())
            result = calc.Calculation(result.amount, result.formula, result.basis, result.steps + (extra,), notes)
        self.result_calc = result
        lines = [f"<p><b>{money(result.amount)}</b></p><p>{result.formula}</p><ol>"]
        lines += [f"<li>{s}</li>" for s in result.steps]
        lines.append("</ol>")
        lines += [f"<p style='color:#8a5a00'>{n}</p>" for n in result.notes]
        lines.append(f"<p style='color:#52606d'>依据：{result.basis}</p>")
        self.working.setHtml("".join(lines))
        self.use_button.setEnabled(True)

    def working_text(self) -> str:
        """The working kept with the claim: formula, steps, notes and basis in one text."""
        r = self.result_calc
        if r is None:
            return ""
        return "；".join(part.rstrip("。；") for part in [r.formula, *r.steps, *r.notes, f"依据：{r.basis}"])
