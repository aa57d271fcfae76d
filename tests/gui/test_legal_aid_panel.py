"""A referral walked through the 法律援助 tab: eligibility, referral, decision, lawyer, outcome, letter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mediation_desk.domain.legal_aid import ReferralStatus
from mediation_desk.domain.users import Role
from mediation_desk.services import accounts, legal_aid
from mediation_desk.services.documents import list_documents
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.views.cases_page import CasesPage
from tests.gui.support import wait_cases


def click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_referral_from_eligibility_to_outcome(qtbot, desk_book, screenshot):
    accounts.create_user(desk_book.uow, desk_book.admin, username="zou", display_name="邹志强",
                         role=Role.LEGAL_AID_LAWYER, password="lawyer-pass-1")
    page = CasesPage(desk_book.context(desk_book.mediator), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    wait_cases(qtbot, page)
    page.select_row(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    case_id = page.detail.detail.summary.id
    panel = page.legal_aid
    page.case_tabs.setCurrentWidget(panel)

    panel.migrant.setChecked(True)
    click(qtbot, panel.check_button)
    qtbot.waitUntil(lambda: panel.eligibility is not None, timeout=5000)
    assert "法律援助" in panel.result.toPlainText() and "第" in panel.result.toPlainText()

    def state():  # noqa: ANN202
        refs = legal_aid.list_referrals(desk_book.uow, desk_book.admin, case_id=case_id)
        return refs[0].status if refs else None

    click(qtbot, panel.refer_button)
    qtbot.waitUntil(lambda: state() is ReferralStatus.REFERRED and panel.grant_button.isEnabled(), timeout=5000)
    assert "法律援助审查决定期限" in panel.course.toPlainText()  # the 7-day clock is shown

    click(qtbot, panel.letter_button)
    qtbot.waitUntil(lambda: any(d.template == "legal_aid_referral"
                                for d in list_documents(desk_book.uow, desk_book.admin, case_id=case_id)),
                    timeout=20000)

    from mediation_desk.ui.tasks import TaskRunner
    from tests.gui.support import wait_idle

    wait_idle(TaskRunner.instance())
    click(qtbot, panel.refuse_button)  # without reasons: refused with a message, nothing changes
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=5000)
    assert "理由" in panel.message.text() and state() is ReferralStatus.REFERRED

    click(qtbot, panel.grant_button)
    qtbot.waitUntil(lambda: state() is ReferralStatus.ACCEPTED and panel.assign_button.isEnabled(), timeout=5000)
    panel.lawyer.setCurrentIndex(panel.lawyer.findText("邹志强"))
    click(qtbot, panel.assign_button)
    qtbot.waitUntil(lambda: state() is ReferralStatus.LAWYER_ASSIGNED and panel.outcome_button.isEnabled(),
                    timeout=5000)
    assert "邹志强" in panel.course.toPlainText()
    panel.reason.setText("代理调解，双方达成调解协议")
    click(qtbot, panel.outcome_button)
    qtbot.waitUntil(lambda: state() is ReferralStatus.CONCLUDED, timeout=5000)
    screenshot(page, "legal_aid_panel")

    # the lawyer's own list shows the case referred to them
    lawyer = accounts.log_in(desk_book.uow, username="zou", password="lawyer-pass-1")
    lawyer_page = CasesPage(desk_book.context(lawyer), DeskEvents())
    qtbot.addWidget(lawyer_page)
    wait_cases(qtbot, lawyer_page)
    assert lawyer_page.referred_filter.isChecked() and lawyer_page.model.total == 1
    assert lawyer_page.model.case_at(0).id == case_id
