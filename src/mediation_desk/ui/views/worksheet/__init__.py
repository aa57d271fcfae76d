"""劳动关系认定工作表: the worksheet tab of the case view, one widget per section
(``panel.WorksheetPanel``; ``mediation_desk.ui.views.worksheet_panel`` keeps the old import path).

The package itself imports nothing: its form (``ui/forms/worksheet_panel_ui``) promotes the
section widgets of this package, so importing the panel here would make importing the form
first a circle."""
