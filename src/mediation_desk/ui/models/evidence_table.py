"""One case's evidence register as a table model (a list of ``EvidenceItem`` read models from
``services.evidence.list_evidence``, loaded by the view on the worker thread)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import QApplication, QStyle

from mediation_desk.domain.evidence import INTEGRITY_REASONS, EvidenceItem, IntegrityStatus
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.labels import format_date, format_datetime, label
from mediation_desk.ui.models.base import RecordRole, RecordTableModel

ItemRole = RecordRole  # the row's EvidenceItem

# The evidence labels (``ui.labels.label`` translates them in the "labels" context).
CATALOG = (
    # EvidenceType
    QT_TRANSLATE_NOOP("labels", "书证"),
    QT_TRANSLATE_NOOP("labels", "物证"),
    QT_TRANSLATE_NOOP("labels", "视听资料"),
    QT_TRANSLATE_NOOP("labels", "电子数据"),
    QT_TRANSLATE_NOOP("labels", "证人证言"),
    QT_TRANSLATE_NOOP("labels", "当事人陈述"),
    QT_TRANSLATE_NOOP("labels", "鉴定意见"),
    QT_TRANSLATE_NOOP("labels", "勘验笔录"),
    # IntegrityStatus
    QT_TRANSLATE_NOOP("labels", "完好"),
    QT_TRANSLATE_NOOP("labels", "内容被改动"),
    QT_TRANSLATE_NOOP("labels", "文件不完整"),
    QT_TRANSLATE_NOOP("labels", "文件缺失"),
    QT_TRANSLATE_NOOP("labels", "无法解密"),
)

SHA_SHOWN = 12
_MAX_CELL = 60
_BAD = QColor("#b3261e")


def format_size(n: int) -> str:
    """``532 B``, ``12.3 KB``, ``4.0 MB``, ``1.2 GB``."""
    if n < 1024:
        return f"{n} B"
    value = n / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def integrity_reason(status: IntegrityStatus) -> str:
    """The sentence for a check result in the UI language (from the domain's pair)."""
    zh, en = INTEGRITY_REASONS[status]
    return en if current_lang() == "en" else zh


def _one_line(text: str) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= _MAX_CELL else flat[:_MAX_CELL - 1] + "…"


class EvidenceTableModel(RecordTableModel[EvidenceItem]):
    """Columns: number, type, title, provided by, source, purpose, collected on, original seen,
    cross-examination opinion, size, SHA-256 (first 12 digits; the full hash as tooltip), integrity."""

    COL_NUMBER, COL_TYPE, COL_TITLE, COL_PROVIDED_BY, COL_SOURCE, COL_PURPOSE, COL_COLLECTED, \
        COL_ORIGINAL, COL_OPINION, COL_SIZE, COL_SHA256, COL_INTEGRITY = range(12)
    HEADERS = (QT_TRANSLATE_NOOP("EvidenceTableModel", "编号"), QT_TRANSLATE_NOOP("EvidenceTableModel", "类型"),
               QT_TRANSLATE_NOOP("EvidenceTableModel", "名称"), QT_TRANSLATE_NOOP("EvidenceTableModel", "提供人"),
               QT_TRANSLATE_NOOP("EvidenceTableModel", "来源"), QT_TRANSLATE_NOOP("EvidenceTableModel", "证明目的"),
               QT_TRANSLATE_NOOP("EvidenceTableModel", "收集日期"), QT_TRANSLATE_NOOP("EvidenceTableModel", "原件核对"),
               QT_TRANSLATE_NOOP("EvidenceTableModel", "质证意见"), QT_TRANSLATE_NOOP("EvidenceTableModel", "大小"),
               "SHA-256", QT_TRANSLATE_NOOP("EvidenceTableModel", "完整性"))
    UNTRANSLATED_HEADERS = frozenset({"SHA-256"})

    # ---- contents ----
    def set_items(self, items: list[EvidenceItem]) -> None:
        self.set_rows(items)

    def items(self) -> list[EvidenceItem]:
        return self.rows()

    def item_at(self, row: int) -> EvidenceItem | None:
        return self.row_at(row)

    def replace_item(self, item: EvidenceItem) -> None:
        self.replace_row(item)

    def number_text(self, item: EvidenceItem) -> str:
        return self.tr("证据{n}").format(n=item.number)

    def display(self, item: EvidenceItem, col: int) -> str:
        if col == self.COL_NUMBER:
            return self.number_text(item)
        if col == self.COL_TYPE:
            return label(item.type)
        if col == self.COL_TITLE:
            return _one_line(item.title)
        if col == self.COL_PROVIDED_BY:
            return _one_line(item.provided_by)
        if col == self.COL_SOURCE:
            return _one_line(item.source)
        if col == self.COL_PURPOSE:
            return _one_line(item.purpose)
        if col == self.COL_COLLECTED:
            return format_date(item.collected_on)
        if col == self.COL_ORIGINAL:
            return self.tr("已核对") if item.original_seen else self.tr("未核对")
        if col == self.COL_OPINION:
            return _one_line(item.cross_exam_opinion)
        if col == self.COL_SIZE:
            return format_size(item.size)
        if col == self.COL_SHA256:
            return item.sha256[:SHA_SHOWN]
        if col == self.COL_INTEGRITY:
            return label(item.integrity)
        return ""

    def _tooltip(self, item: EvidenceItem, col: int) -> str | None:
        if col == self.COL_SHA256:
            return item.sha256
        if col == self.COL_TITLE:
            return item.title + (f"\n{item.original_filename}" if item.original_filename else "")
        if col in (self.COL_PURPOSE, self.COL_OPINION, self.COL_SOURCE, self.COL_PROVIDED_BY):
            text = {self.COL_PURPOSE: item.purpose, self.COL_OPINION: item.cross_exam_opinion,
                    self.COL_SOURCE: item.source, self.COL_PROVIDED_BY: item.provided_by}[col]
            return text or None
        if col == self.COL_INTEGRITY:
            checked = (self.tr("最后校验：{when}").format(when=format_datetime(item.checked_at))
                       if item.checked_at else self.tr("登记后尚未校验"))
            return f"{integrity_reason(item.integrity)}\n{checked}"
        if col == self.COL_SIZE:
            return self.tr("{n} 字节").format(n=f"{item.size:,}")
        return None

    def cell(self, item: EvidenceItem, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_INTEGRITY \
                and item.integrity is not IntegrityStatus.OK:
            return _BAD
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_INTEGRITY \
                and item.integrity is not IntegrityStatus.OK:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == self.COL_SHA256:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None
