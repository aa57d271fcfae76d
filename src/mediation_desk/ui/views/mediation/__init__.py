"""The sections of the 调解 tab (``ui.views.mediation_panel.MediationPanel``): the window and the next
steps, the sessions, the proposals, the agreement and its performance, and the documents; and the
forms the tab opens, grouped by what they record."""
