"""劳动关系认定工作表 (the worksheet tab); the panel and its sections live in
:mod:`mediation_desk.ui.views.worksheet`. This module keeps the panel's import path."""

from __future__ import annotations

from mediation_desk.ui.views.worksheet.panel import WorksheetPanel
from mediation_desk.ui.views.worksheet.widgets import CATALOG, FACT_LABELS, category_label, tr_label

__all__ = ["CATALOG", "FACT_LABELS", "WorksheetPanel", "category_label", "tr_label"]
