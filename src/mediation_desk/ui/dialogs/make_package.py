"""制作移交包: one signed package (.mdpkg) of the case for a court, built on the worker with
progress and Cancel (services.handoff_export.export_package)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QWidget

from mediation_desk.domain.cases import CaseDetail
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.handoff import PRESERVATION_COURT_BASES, PackageKind, PreservationRequest
from mediation_desk.services import clock
from mediation_desk.services.handoff_export import KindOption, export_package
from mediation_desk.services.handoff_ports import WrittenPackage
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import NOTICE_STYLE
from mediation_desk.ui.forms.make_package_dialog_ui import Ui_MakePackageDialog
from mediation_desk.ui.labels import label
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import amount_or_none, guarded, to_qdate

# domain.handoff.PRESERVATION_COURT_BASES, in the interface language
_COURT_BASES = (QT_TRANSLATE_NOOP("MakePackageDialog", "被申请人住所地"),
                QT_TRANSLATE_NOOP("MakePackageDialog", "被申请人财产所在地"))
_PRESERVATION_FIELDS = {"preservation.applicant": "applicant", "preservation.respondent": "respondent",
                        "preservation.amount": "amount", "preservation.property": "property",
                        "preservation.court_basis": "court_basis"}


def package_file_name(case_number: str, kind: PackageKind) -> str:
    """A file name for the package: the case number's letters and digits, the kind, ``.mdpkg``."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in case_number).strip("-") or "case"
    return f"{safe}-{kind.value}.mdpkg"


class MakePackageDialog(TaskDialog):
    """The kinds ``check_eligible`` allows for the case are enabled; each other kind says why not."""

    def __init__(self, ctx: DeskContext, detail: CaseDetail, options: list[KindOption],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("制作移交包"))
        self.ctx, self.detail, self.options = ctx, detail, list(options)
        self.task: Any = None
        self.ui = ui = Ui_MakePackageDialog()
        self.use_form(ui, {"kind": "kind", "court": "court", "court_reference": "court_reference", "notes": "notes",
                           "output": "output_box"})
        self.form.attach(ui.preservation_fields, {key: getattr(ui, name) for key, name in _PRESERVATION_FIELDS.items()})
        self.kind, self.court, self.court_reference, self.notes = ui.kind, ui.court, ui.court_reference, ui.notes
        self.output = ui.output
        ui.heading.setText(self.tr("案件 {number}：移交包是一个签名的文件，可存入U盘、发送电子邮件，或放入发件箱发往法院系统。"
                                   "法院可用本机构导出的公钥核验。").format(number=detail.summary.number))
        ui.kind_note.setStyleSheet(NOTICE_STYLE)
        for option in self.options:
            self.kind.addItem(label(option.kind), option.kind.value)
            index = self.kind.count() - 1
            if not option.allowed:
                reason = option.reason_en if current_lang() == "en" and option.reason_en else option.reason
                model = self.kind.model()
                if isinstance(model, QStandardItemModel):
                    model.item(index).setEnabled(False)
                self.kind.setItemData(index, reason, Qt.ItemDataRole.ToolTipRole)
        parties = self.options[0].parties if self.options else ()
        for combo in (ui.applicant, ui.respondent):
            for name in parties:
                combo.addItem(name, name)
        if ui.respondent.count() > 1:
            ui.respondent.setCurrentIndex(ui.respondent.count() - 1)
        for code, text in PRESERVATION_COURT_BASES.items():
            ui.court_basis.addItem(QCoreApplication.translate("MakePackageDialog", text), code)
        today = clock.today()
        ui.applied_on.setDate(to_qdate(today))
        ui.applied_on.setMaximumDate(to_qdate(today))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        ui.output_button.clicked.connect(self.choose_output)
        first = next((i for i, o in enumerate(self.options) if o.allowed), -1)
        self.kind.setCurrentIndex(first if first >= 0 else 0)
        self._kind_changed()
        self.finish_layout()
        self.ok_button.setText(self.tr("制作"))
        self.ok_button.setEnabled(first >= 0)
        self.setMinimumWidth(620)

    def option(self) -> KindOption | None:
        code = self.kind.currentData()
        return next((o for o in self.options if o.kind.value == code), None)

    def _kind_changed(self, *_args: object) -> None:
        option = self.option()
        self.ui.preservation_box.setVisible(option is not None and option.kind is PackageKind.PRESERVATION)
        if option is None:
            self.ui.kind_note.setText(self.tr("本案没有可以移交的材料种类。"))
            return
        if not option.allowed:
            reason = option.reason_en if current_lang() == "en" and option.reason_en else option.reason
            self.ui.kind_note.setText(reason)
        else:
            self.ui.kind_note.setText(self.tr("本案可以制作此类材料。"))
        self.court.setText(option.default_court)
        self.court.setPlaceholderText(self.tr("如：南昌市青山湖区人民法院") if not option.default_court else "")
        if not self.output.text().strip() or self.output.text().endswith(".mdpkg"):
            folder = Path(self.output.text()).parent if self.output.text().strip() else Path.home()
            self.output.setText(str(folder / package_file_name(self.detail.summary.number, option.kind)))

    def choose_output(self) -> None:
        start = self.output.text().strip() or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存移交包"), start,
                                              self.tr("移交包 (*.mdpkg)"))
        if path:
            if not path.endswith(".mdpkg"):
                path += ".mdpkg"
            self.output.setText(path)

    def preservation(self) -> PreservationRequest:
        ui = self.ui
        amount = amount_or_none(ui.amount.text(), "preservation.amount")
        if amount is None:
            raise ValidationError({"preservation.amount": QCoreApplication.translate(
                "MakePackageDialog", "请填写申请保全的金额")})
        return PreservationRequest(applicant=ui.applicant.currentData() or "",
                                   respondent=ui.respondent.currentData() or "", amount=amount,
                                   property=ui.property.toPlainText().strip(),
                                   court_basis=ui.court_basis.currentData() or "",
                                   reason=ui.reason.text().strip(), applied_on=ui.applied_on.date().toPython())

    def on_ok(self) -> None:
        if self.busy:
            return
        self.clear_messages()
        option = self.option()
        if option is None or not option.allowed:
            self.form.show_errors({"kind": self.tr("请选择本案可以制作的材料种类")})
            return
        errors: dict[str, str] = {}
        court = self.court.text().strip()
        if not court:
            errors["court"] = self.tr("请填写接收材料的人民法院")
        target = self.output.text().strip()
        if not target:
            errors["output"] = self.tr("请选择移交包的保存位置")
        elif Path(target).is_dir():
            errors["output"] = self.tr("保存位置应是文件名，不是文件夹")
        elif Path(target).exists():
            errors["output"] = self.tr("该文件已存在，请换一个文件名")
        elif not Path(target).parent.is_dir():
            errors["output"] = self.tr("文件夹不存在")
        preservation = None
        if option.kind is PackageKind.PRESERVATION:
            try:
                preservation = self.preservation()
            except ValidationError as exc:
                errors.update(exc.fields)
        if errors:
            self.form.show_errors(errors)
            return
        ctx, actor, case_id = self.ctx, self.ctx.principal, self.detail.summary.id
        tools = ctx.handoff
        if tools is None:
            self.show_message(self.tr("本程序未配置移交包的签名工具。"))
            return
        notes, reference, kind = self.notes.toPlainText(), self.court_reference.text(), option.kind

        def work(progress: Any) -> WrittenPackage:
            return export_package(ctx.uow, ctx.renderer, ctx.vault, tools.writer(), tools.signer(actor.username), actor,
                                  case_id=case_id, kind=kind, target=Path(target), court_name=court,
                                  court_reference=reference, anchor=tools.anchor(), progress=progress,
                                  preservation=preservation, notes=notes)

        self._set_busy(True, self.tr("正在制作移交包……"))
        self.task = run_task(self, self.tr("制作移交包"), work, on_done=guarded(self, self._work_done),
                             on_error=guarded(self, self._work_failed, True),
                             on_cancelled=guarded(self, self._cancelled), label=self.tr("正在制作移交包（可以取消）……"))

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.show_message(self.tr("已取消，未制作移交包。"))

    def _work_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, OSError):  # the chosen folder is not writable, the stick is full …
            self._set_busy(False)
            self.show_message(self.tr("无法写入移交包文件：{error}").format(error=exc.strerror or str(exc)))
            return True
        return super()._work_failed(exc)
