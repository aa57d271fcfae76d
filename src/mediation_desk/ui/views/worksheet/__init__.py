"""劳动关系认定工作表: the worksheet tab of the case view, one widget per section."""

from mediation_desk.ui.views.worksheet.panel import WorksheetPanel

__all__ = ["WorksheetPanel"]
