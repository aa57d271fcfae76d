"""The mediation's window (15 days from the application) and the buttons of its next steps."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mediation_desk.services import clock
from mediation_desk.services.mediation import MediationOverview
from mediation_desk.ui.forms.mediation_overview_section_ui import Ui_MediationOverviewSection
from mediation_desk.ui.labels import format_date, label
from mediation_desk.ui.views.mediation.common import OVERDUE_STYLE, WARN_STYLE


class MediationOverviewSection(QWidget):
    """The layout is ``ui/mediation_overview_section.ui``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MediationOverviewSection()
        self.ui.setupUi(self)

    def show_overview(self, o: MediationOverview | None) -> None:
        window_label = self.ui.window_label
        window_label.setStyleSheet("")
        if o is None:
            window_label.setText("")
        elif o.window is not None and o.window.due is not None:
            left = (o.window.due - clock.today()).days
            if left < 0:
                text = self.tr("调解期限（15日）已于{due}届满，已逾期 {n} 天：当事人可以依法申请仲裁。").format(
                    due=format_date(o.window.due), n=-left)
                window_label.setStyleSheet(OVERDUE_STYLE)
            else:
                text = self.tr("调解期限（15日）：收到申请 {start}，至 {due} 届满，还剩 {n} 天。").format(
                    start=format_date(o.window.start), due=format_date(o.window.due), n=left)
                if left <= 3:
                    window_label.setStyleSheet(WARN_STYLE)
            window_label.setText(text)
        else:
            window_label.setText(self.tr("案件状态：{status}。").format(status=label(o.status)))
