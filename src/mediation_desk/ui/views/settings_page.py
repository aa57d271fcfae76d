"""设置: organisation, users, backups, holiday arrangements, inspection referrals, the court hand-off and the
organisation's document templates. What a role may not do is shown
disabled, with the reason; the services refuse it anyway. Each tab is its own module in
``ui/views/settings/`` (and ``holidays_tab``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.users import Permission
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.forms.settings_page_ui import Ui_SettingsPage
from mediation_desk.ui.views.holidays_tab import HolidaysTab
from mediation_desk.ui.views.settings.backup_tab import BackupTab
from mediation_desk.ui.views.settings.handoff_tab import HandoffTab
from mediation_desk.ui.views.settings.inspection_tab import InspectionTab
from mediation_desk.ui.views.settings.organisation_tab import OrganisationTab
from mediation_desk.ui.views.settings.templates_tab import TemplatesTab
from mediation_desk.ui.views.settings.users_tab import UsersTab

__all__ = ["BackupTab", "HandoffTab", "OrganisationTab", "SettingsPage", "UsersTab"]


class SettingsPage(QWidget):
    """Layout: ``ui/settings_page.ui`` (the tab widget); the tabs are added here."""

    def __init__(self, ctx: DeskContext, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.tabs = self.ui.tabs
        self.organisation_tab = OrganisationTab(ctx)
        self.users_tab = UsersTab(ctx, events)
        self.backup_tab = BackupTab(ctx, events)
        self.holidays_tab = HolidaysTab(ctx, events)
        self.tabs.addTab(self.organisation_tab, self.tr("机构"))
        self.tabs.addTab(self.users_tab, self.tr("用户"))
        self.tabs.addTab(self.backup_tab, self.tr("备份"))
        self.tabs.addTab(self.holidays_tab, self.tr("节假日安排"))
        self.tabs.addTab(InspectionTab(ctx), self.tr("监察转送"))
        self.handoff_tab = HandoffTab(ctx)
        self.tabs.addTab(self.handoff_tab, self.tr("法院衔接"))
        self.templates_tab: TemplatesTab | None = None
        if ctx.principal.can(Permission.MANAGE_ORGANISATION):  # the organisation's own templates
            self.templates_tab = TemplatesTab(ctx)
            self.tabs.addTab(self.templates_tab, self.tr("文书模板"))
