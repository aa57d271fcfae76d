"""典型案例: the anonymised draft of a closed case in four editable parts, the check for the case's
personal data (re-run as the text is edited; a hit may be marked "not personal data"), and the
export of the DOCX and the PDF into the case's documents (on the worker)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHeaderView, QPlainTextEdit, QPushButton, QTreeWidgetItem, QWidget

from mediation_desk.domain.cases import CaseStatus
from mediation_desk.domain.typical_case import PartLeak, check_parts, is_publishable
from mediation_desk.services.typical_cases import TypicalCaseDraftView
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.forms.typical_case_dialog_ui import Ui_TypicalCaseDialog

CHECK_DELAY_MS = 300


class TypicalCaseButton(QPushButton):
    """“典型案例…” on the case view: enabled for a closed case when the user may publish."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("典型案例…"))
        self.setToolTip(self.tr("把已结案件整理为匿名的典型案例（DOCX和PDF）"))
        self.allowed = False
        self.setEnabled(False)

    def show_status(self, status: CaseStatus | None) -> None:
        self.setEnabled(self.allowed and status is not None and is_publishable(status))


class TypicalCaseDialog(TaskDialog):
    """``export(parts, accepted_keys)`` runs on the worker and returns the stored documents."""

    def __init__(self, view: TypicalCaseDraftView, case_number: str,
                 export: Callable[[list[str], list[str]], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("典型案例 — {number}").format(number=case_number))
        self.view = view
        self._export = export
        self.not_personal: set[str] = set()
        self.current: list[PartLeak] = []
        self.ui = Ui_TypicalCaseDialog()
        self.use_form(self.ui, {"basic_facts": "basic_facts", "issues": "issues", "result": "result",
                                "significance": "significance"})
        self.editors: tuple[QPlainTextEdit, ...] = (self.ui.basic_facts, self.ui.issues, self.ui.result,
                                                     self.ui.significance)
        self.part_names = (self.tr("基本案情"), self.tr("争议焦点"), self.tr("处理结果"), self.tr("典型意义"))
        self.leaks = self.ui.leaks
        self.ui.heading.setText(self.tr("案件 {number}").format(number=case_number))
        self.ui.case_title.setText(view.title)
        for editor, text in zip(self.editors, view.parts):
            editor.setPlainText(text)
        header = self.leaks.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.recheck)
        for editor in self.editors:
            editor.textChanged.connect(self.timer.start)
        self.leaks.itemChanged.connect(self._item_changed)
        self.leaks.itemClicked.connect(self._item_clicked)
        self.ok_button.setText(self.tr("导出DOCX和PDF"))
        self.finish_layout()
        self.resize(1200, 760)
        self.recheck()

    # ---- the check ----
    def parts(self) -> list[str]:
        return [e.toPlainText() for e in self.editors]

    def recheck(self) -> None:
        """Run the check on the text as it is now and list every datum found, grouped by what it is."""
        self.timer.stop()
        self.current = check_parts(self.parts(), self.view.known)
        groups: dict[str, list[PartLeak]] = {}
        for leak in self.current:
            groups.setdefault(leak.hit.key, []).append(leak)
        self.leaks.blockSignals(True)
        self.leaks.clear()
        english = current_lang().startswith("en")
        for key, found in groups.items():
            first = found[0].hit
            where = "、".join(dict.fromkeys(self.part_names[lk.part] for lk in found))
            if len(found) > 1:
                where += self.tr("（{n}处）").format(n=len(found))
            item = QTreeWidgetItem(["", first.text, where, self._what(key) if english else first.what])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if key in self.not_personal else Qt.CheckState.Unchecked)
            item.setToolTip(3, first.what)
            self.leaks.addTopLevelItem(item)
        self.leaks.blockSignals(False)
        self._update_summary()

    def outstanding(self) -> list[PartLeak]:
        return [lk for lk in self.current if lk.hit.key not in self.not_personal]

    def _update_summary(self) -> None:
        left, total = len(self.outstanding()), len(self.current)
        if not total:
            self.ui.leak_summary.setText(self.tr("未发现本案当事人的姓名、号码或地址。"))
        elif left:
            self.ui.leak_summary.setText(self.tr("发现{total}处可能的个人信息，还有{left}处未处理：导出前请删除或改写，"
                                                 "或勾选“不是个人信息”。").format(total=total, left=left))
        else:
            self.ui.leak_summary.setText(self.tr("发现的{total}处均已标记为“不是个人信息”。").format(total=total))
        self.ok_button.setEnabled(not left and not self.busy)

    def _what(self, key: str) -> str:
        kind = key.split(":", 1)[0]
        labels = {
            "name": self.tr("姓名"), "given": self.tr("名字（不含姓）"), "nickname": self.tr("昵称"),
            "namepart": self.tr("姓名的一部分"), "enterprise": self.tr("企业名称"), "core": self.tr("字号"),
            "corepart": self.tr("字号的一部分"), "platform": self.tr("平台名称"), "id": self.tr("身份证号码"),
            "id-tail6": self.tr("身份证号码后6位"), "id-tail4": self.tr("身份证号码后4位"), "phone": self.tr("电话号码"),
            "phone-tail4": self.tr("电话号码后4位"), "credit": self.tr("统一社会信用代码"), "account": self.tr("银行账号"),
            "account-tail6": self.tr("银行账号后6位"), "account-tail4": self.tr("银行账号后4位"),
            "address": self.tr("地址"), "caseno": self.tr("案号或文书编号"), "caseno-tail": self.tr("案号的年份和序号"),
            "pattern-id": self.tr("疑似身份证号码"), "pattern-phone": self.tr("疑似电话号码"),
            "pattern-credit": self.tr("疑似统一社会信用代码"), "pattern-account": self.tr("疑似银行账号"),
            "pattern-caseno": self.tr("疑似案号或文书编号"), "pattern-address": self.tr("疑似详细地址"),
        }
        return labels.get(kind, kind)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        key = str(item.data(0, Qt.ItemDataRole.UserRole))
        if item.checkState(0) == Qt.CheckState.Checked:
            self.not_personal.add(key)
        else:
            self.not_personal.discard(key)
        self._update_summary()

    def _item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            return
        key = str(item.data(0, Qt.ItemDataRole.UserRole))
        leak = next((lk for lk in self.current if lk.hit.key == key), None)
        if leak is None:
            return
        editor = self.editors[leak.part]
        cursor = editor.textCursor()
        cursor.setPosition(leak.hit.start)
        cursor.setPosition(leak.hit.end, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.setFocus()

    def accept_hits(self, keys: Sequence[str]) -> None:
        """Mark the hits of ``keys`` as not personal data (as ticking their boxes does)."""
        for i in range(self.leaks.topLevelItemCount()):
            item = self.leaks.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) in keys:
                item.setCheckState(0, Qt.CheckState.Checked)

    # ---- export ----
    def on_ok(self) -> None:
        self.recheck()
        if self.outstanding():
            self.show_message(self.tr("文中仍有未处理的个人信息，未导出。"))
            return
        accepted = sorted(self.not_personal & {lk.hit.key for lk in self.current})
        self.submit(self.tr("导出典型案例"), self._export, self.parts(), accepted,
                    busy_text=self.tr("正在生成DOCX和PDF……"))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        super()._set_busy(busy, text)
        if not busy:
            self._update_summary()
