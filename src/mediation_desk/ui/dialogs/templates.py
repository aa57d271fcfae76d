"""The dialogs of 设置 → 文书模板: the check and difference shown before an imported template (or the
program's newer built-in) is saved, and the list of the organisation's versions with restore."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.templates import OrgTemplateVersion, TemplateDiff, TemplateReview
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE, NOTICE_STYLE
from mediation_desk.ui.forms.template_preview_dialog_ui import Ui_TemplatePreviewDialog
from mediation_desk.ui.forms.template_versions_dialog_ui import Ui_TemplateVersionsDialog
from mediation_desk.ui.labels import format_datetime


class TemplatePreviewDialog(TaskDialog):
    """Shows a template's check (``review``, None when there is nothing to check) and ``diff``;
    OK runs ``save(note)`` on the worker. A refused template cannot be saved: OK stays disabled."""

    def __init__(self, title: str, heading: str, review: TemplateReview | None, diff: TemplateDiff,
                 save: Callable[[str], Any], *, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, title)
        self._save = save
        self.ui = Ui_TemplatePreviewDialog()
        self.use_form(self.ui, {"note": "note"})
        self.heading, self.verdict, self.details, self.note = (self.ui.heading, self.ui.verdict, self.ui.details,
                                                               self.ui.note)
        self.heading.setText(heading)
        self.can_save = review is None or review.ok
        if review is None:
            self.verdict.hide()
        elif review.ok:
            self.verdict.setStyleSheet(NOTICE_STYLE)
            self.verdict.setText(self.tr("检查通过：模板只使用登记的字段，没有外部链接、域代码、宏或嵌入对象。"))
        else:
            self.verdict.setStyleSheet(ERROR_STYLE)
            self.verdict.setText(self.tr("该模板不能使用，未保存。请按下列问题修改后重新导入。"))
        self.details.setPlainText("\n".join(self.detail_lines(review, diff)))
        self.ok_button.setText(ok_text)
        self.ok_button.setEnabled(self.can_save)
        self.note.setEnabled(self.can_save)
        self.finish_layout()
        self.resize(760, 560)

    def detail_lines(self, review: TemplateReview | None, diff: TemplateDiff) -> list[str]:
        out: list[str] = []
        if review is not None:
            english = current_lang() == "en"
            problems = list(review.forbidden_en if english else review.forbidden)
            if review.undeclared:
                problems.append(self.tr("使用了登记表没有为本文书声明的字段：{names}").format(
                    names="、".join(review.undeclared)))
            if problems:
                out.append(self.tr("不能使用的原因："))
                out += [f"  ✗ {p}" for p in problems]
            if review.unused:
                out.append(self.tr("登记的字段中模板没有使用的（生成的文书中不会出现）：{names}").format(
                    names="、".join(review.unused)))
            if out:
                out.append("")
        if diff.unchanged:
            out.append(self.tr("与当前使用的版本相比：文字和字段均无变化。"))
            return out
        out.append(self.tr("与当前使用的版本相比："))
        if diff.added_variables:
            out.append(self.tr("新增字段：{names}").format(names="、".join(diff.added_variables)))
        if diff.removed_variables:
            out.append(self.tr("不再使用的字段：{names}").format(names="、".join(diff.removed_variables)))
        if diff.removed_paragraphs:
            out.append(self.tr("删去的段落："))
            out += [f"  - {p}" for p in diff.removed_paragraphs]
        if diff.added_paragraphs:
            out.append(self.tr("新增的段落："))
            out += [f"  + {p}" for p in diff.added_paragraphs]
        return out

    def on_ok(self) -> None:
        if not self.can_save:
            return
        self.submit(self.windowTitle(), self._save, self.note.text().strip(), busy_text=self.tr("正在保存……"))


class TemplateVersionsDialog(TaskDialog):
    """The organisation's versions of one template, newest first; OK restores the selected one
    (``restore(version_id, note)`` on the worker) as a new version."""

    def __init__(self, title: str, versions: list[OrgTemplateVersion], restore: Callable[[int, str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("《{title}》的版本").format(title=title))
        self._restore = restore
        self.ui = Ui_TemplateVersionsDialog()
        self.use_form(self.ui, {"note": "note"})
        self.table, self.note = self.ui.versions, self.ui.note
        self.versions = versions
        self.ui.heading.setText(self.tr("恢复旧版本时，以其内容保存为一个新版本并开始使用；所有版本都保留。"))
        self.table.setRowCount(len(versions))
        for row, v in enumerate(versions):
            status = self.tr("（正在使用）") if v.active else ""
            values = [f"v{v.version}{status}", format_datetime(v.imported_at), v.imported_by, v.sha256[:16], v.note]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setToolTip(v.sha256)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.ok_button.setText(self.tr("恢复所选版本"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("关闭"))
        self.finish_layout()
        self.resize(780, 420)
        self._selection_changed()

    def selected(self) -> OrgTemplateVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows else None

    def select_version(self, version: int) -> None:
        for row, v in enumerate(self.versions):
            if v.version == version:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        v = self.selected()
        self.ok_button.setEnabled(v is not None and not v.active)

    def on_ok(self) -> None:
        v = self.selected()
        if v is None or v.active:
            return
        self.submit(self.tr("恢复模板版本"), self._restore, v.id, self.note.text().strip(),
                    busy_text=self.tr("正在保存……"))


__all__ = ["TemplatePreviewDialog", "TemplateVersionsDialog"]
