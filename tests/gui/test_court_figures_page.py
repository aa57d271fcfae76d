"""The 裁审衔接 page over a real commission book: three awards in July, a worker's suit judged per item,
a suit withdrawn and the award then set aside (the same records as tests/integration/test_court.py).
The figures shown are the service's, the list behind a figure holds its cases and opens one, the
English page gives every definition in English, and the XLSX written is the figures on the screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from mediation_desk.config import AppPaths
from mediation_desk.domain.court import (BroughtBy, CourtDecision, FilingInput, ItemResult, ItemResultInput,
                                         OutcomeInput, ProceedingKind)
from mediation_desk.domain.court_figures import FIGURES, Basis, Grouping
from mediation_desk.domain.users import OrganisationView, OrgKind, Role
from mediation_desk.services import arbitration as arb
from mediation_desk.services import court
from mediation_desk.services.accounts import setup_organisation
from mediation_desk.storage.book import create_book
from mediation_desk.storage.vault import Vault
from mediation_desk.ui.views.court_figures_page import DEFINITIONS, CourtFiguresPage, definition_text
from tests.gui.screens_support import CJK, english
from tests.gui.support import DeskBook, wait_idle
from tests.integration.test_court import BASIC_COURT, INTERMEDIATE_COURT, _award, _register
from tests.support.books import ADMIN_PASSWORD, ADMIN_USERNAME, PASSPHRASE, STAFF_USERNAME, NoKeyring, add_user

JULY = (date(2026, 7, 1), date(2026, 7, 31))


@pytest.fixture(scope="module")
def commission(tmp_path_factory):  # noqa: ANN001, ANN201
    root = Path(tmp_path_factory.mktemp("court-figures"))
    book = create_book(AppPaths(root / "book"), PASSPHRASE, keyring=NoKeyring())
    org = OrganisationView(name="南昌市劳动人事争议仲裁委员会", kind=OrgKind.ARBITRATION, doc_prefix="洪劳人仲案字",
                           address="南昌市红谷滩区丰和中大道1288号", phone="0791-86000000")
    admin = setup_organisation(book.uow, org=org, admin_username=ADMIN_USERNAME, admin_display_name="系统管理员",
                               admin_password=ADMIN_PASSWORD)
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name="陈国华", role=Role.ARBITRATOR)
    chen = arb.ArbitratorRef("陈国华", staff.user_id)
    from mediation_desk.domain.cases import ClaimKind

    c1 = _register(book, staff, 1, date(2026, 6, 1))
    a1 = _award(book, staff, c1, chen, date(2026, 7, 6), [(ClaimKind.UNPAID_PAY, "6790.00"),
                                                         (ClaimKind.UNLAWFUL_DEDUCTION, "770.00"),
                                                         (ClaimKind.UNLAWFUL_TERMINATION, "36000.00")],
                date(2026, 7, 8))
    c2 = _register(book, staff, 2, date(2026, 6, 3))
    a2 = _award(book, staff, c2, arb.ArbitratorRef("李红梅"), date(2026, 7, 10), [(ClaimKind.UNPAID_PAY, "5000.00")],
                date(2026, 7, 13))
    c3 = _register(book, staff, 3, date(2026, 6, 5))
    _award(book, staff, c3, chen, date(2026, 7, 15), [(ClaimKind.OVERTIME_PAY, "900.00")], date(2026, 7, 17))
    vault = Vault(book)
    suit = court.record_filing(book.uow, staff, filing=FilingInput(
        case_id=c1, kind=ProceedingKind.LAWSUIT, court=BASIC_COURT, filed_on=date(2026, 7, 20),
        brought_by=BroughtBy.WORKER, court_case_number="（2026）赣0113民初2001号", award_id=a1.id))
    court.record_outcome(book.uow, vault, staff, proceeding_id=suit.id, outcome=OutcomeInput(
        decision=CourtDecision.JUDGMENT, decided_on=date(2026, 9, 10), judgment_number="（2026）赣0113民初2001号",
        received_on=date(2026, 9, 14), items=(ItemResultInput(1, ItemResult.UPHELD),
                                              ItemResultInput(2, ItemResult.CHANGED, Decimal("500")),
                                              ItemResultInput(3, ItemResult.CHANGED, Decimal("24000.00")))))
    withdrawn = court.record_filing(book.uow, staff, filing=FilingInput(
        case_id=c2, kind=ProceedingKind.LAWSUIT, court=BASIC_COURT, filed_on=date(2026, 7, 20),
        brought_by=BroughtBy.WORKER, award_id=a2.id))
    court.record_outcome(book.uow, vault, staff, proceeding_id=withdrawn.id, outcome=OutcomeInput(
        decision=CourtDecision.WITHDRAWN, decided_on=date(2026, 8, 10), judgment_number="（2026）赣0113民初2002号之一",
        received_on=date(2026, 8, 12)))
    aside = court.record_filing(book.uow, staff, filing=FilingInput(
        case_id=c2, kind=ProceedingKind.SET_ASIDE, court=INTERMEDIATE_COURT, filed_on=date(2026, 9, 1),
        brought_by=BroughtBy.EMPLOYER, court_case_number="（2026）赣01民特301号", award_id=a2.id))
    court.record_outcome(book.uow, vault, staff, proceeding_id=aside.id, outcome=OutcomeInput(
        decision=CourtDecision.SET_ASIDE, decided_on=date(2026, 9, 25), judgment_number="（2026）赣01民特301号",
        received_on=date(2026, 9, 26)))
    desk = DeskBook(book=book, admin=admin, mediator=staff)
    numbers = {cid: court.case_court_view(book.uow, staff, case_id=cid).case_number for cid in (c1, c2, c3)}
    try:
        yield dict(desk=desk, c1=c1, c2=c2, c3=c3, numbers=numbers)
    finally:
        from mediation_desk.ui.tasks import TaskRunner

        wait_idle(TaskRunner.instance())
        book.close()


def _page(qtbot, desk: DeskBook, opened: list[int] | None = None) -> CourtFiguresPage:  # noqa: ANN001
    page = CourtFiguresPage(desk.context(), opened.append if opened is not None else None)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: not page.busy and page.report is not None, timeout=20000)  # this year, on first show
    return page


def _compute(qtbot, page: CourtFiguresPage) -> None:  # noqa: ANN001
    page.report = None
    qtbot.mouseClick(page.ui.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.report is not None, timeout=20000)


def _shown(page: CourtFiguresPage) -> dict[str, dict[str, str]]:
    return {page.figures.item(r, 0).text(): {d.key: page.figures.item(r, c).text() for c, d in enumerate(FIGURES, 1)}
            for r in range(page.figures.rowCount())}


def test_the_page_shows_the_services_figures_and_the_cases_behind_them(qtbot, commission, screenshot) -> None:  # noqa: ANN001
    desk, opened = commission["desk"], []
    page = _page(qtbot, desk, opened)
    page.set_period("month", date(2026, 7, 9))
    assert page.period() == JULY and not page.ui.date_to.isEnabled()
    _compute(qtbot, page)
    expected = court.court_figures(desk.uow, desk.mediator, start=JULY[0], end=JULY[1])
    assert _shown(page) == {"全委合计": {f.key: f.text for f in expected.commission.figures}}
    # by hand: 3 awards, 2 taken to court; 4 items decided: 1 upheld, 2 changed, 1 set aside
    row = _shown(page)["全委合计"]
    assert (row["awards_made"], row["suit_rate"], row["upheld_rate"], row["changed_rate"], row["set_aside_rate"],
            row["consistency_rate"]) == ("3", "66.67%", "25.00%", "50.00%", "25.00%", "25.00%")

    page.set_grouping(Grouping.ARBITRATOR)
    by = _shown(page)
    assert by == {g.label: {f.key: f.text for f in g.figures} for g in expected.of(Grouping.ARBITRATOR)}
    assert by["陈国华"]["suit_rate"] == "50.00%" and by["李红梅"]["set_aside_rate"] == "100.00%"
    page.set_grouping(Grouping.CLAIM_KIND)
    assert _shown(page)["拖欠劳动报酬"]["upheld_rate"] == "50.00%"

    # the definition of the selected figure is shown with it
    page.set_grouping(Grouping.COMMISSION)
    col = 1 + [d.key for d in FIGURES].index("suit_rate")
    page.figures.setCurrentCell(0, col)
    assert "裁决后起诉数 ÷ 作出裁决数" in page.ui.definition.text()
    assert page.figures.horizontalHeaderItem(col).toolTip() == "裁决后起诉数 ÷ 作出裁决数"

    # double-click the suit rate: the two cases taken to court, with their parties, awards and results
    rect = page.figures.visualItemRect(page.figures.item(0, col))
    qtbot.mouseClick(page.figures.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.figures.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.cases.rowCount() == 2, timeout=10000)
    numbers = commission["numbers"]
    listed = [page.cases.item(r, 0).text() for r in range(page.cases.rowCount())]
    assert listed == [numbers[commission["c1"]], numbers[commission["c2"]]]
    assert page.ui.details.currentWidget() is page.ui.cases_tab
    first = {page.cases.horizontalHeaderItem(c).text(): page.cases.item(0, c).text() for c in range(5)}
    assert "南昌某某" in first["被申请人"] or first["被申请人"]
    assert "2026年7月6日" in first["裁决书"]
    assert "第1项维持" in first["法院处理结果"] and "第2项改判（500.00元）" in first["法院处理结果"]
    second = page.cases.item(1, 4).text()
    assert "撤诉（撤回申请）" in second and "裁定撤销仲裁裁决" in second and "第1项撤销" in second
    assert "2" in page.ui.cases_title.text() and "仲裁后起诉率" in page.ui.cases_title.text()
    screenshot(page, "court_figures_page")

    # the button lists the selected number too: the items changed are case 1's only
    page.figures.setCurrentCell(0, 1 + [d.key for d in FIGURES].index("items_changed"))
    qtbot.mouseClick(page.ui.cases_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.cases.rowCount() == 1, timeout=10000)
    assert page.cases.item(0, 0).text() == numbers[commission["c1"]]
    # and a case opens in the case page
    page.cases.selectRow(0)
    qtbot.mouseClick(page.ui.open_button, Qt.MouseButton.LeftButton)
    rect = page.cases.visualItemRect(page.cases.item(0, 0))
    qtbot.mouseClick(page.cases.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.cases.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [commission["c1"], commission["c1"]]

    # by court date, September: no award made, the set-aside application filed, 4 items decided
    page.set_period("month", date(2026, 9, 1))
    page.set_basis(Basis.OUTCOME)
    _compute(qtbot, page)
    row = _shown(page)["全委合计"]
    assert (row["awards_made"], row["awards_challenged"], row["suit_rate"], row["items_decided"]) == ("0", "1", "—", "4")


def test_a_bad_period_is_said_in_the_message_line(qtbot, commission) -> None:  # noqa: ANN001
    page = _page(qtbot, commission["desk"])
    page.set_period("custom", date(2026, 7, 31), date(2026, 7, 1))
    page.report = None
    qtbot.mouseClick(page.ui.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert "结束日不能早于开始日" in page.message.text()


def test_every_definition_has_its_english_and_the_english_page_shows_no_chinese(qtbot, qapp, commission,
                                                                               screenshot) -> None:  # noqa: ANN001
    assert [d.definition for d in FIGURES] == list(DEFINITIONS)
    with english(qapp):
        page = _page(qtbot, commission["desk"])
        page.set_period("month", date(2026, 7, 9))
        _compute(qtbot, page)
        for grouping in (Grouping.COMMISSION, Grouping.CLAIM_KIND):
            page.set_grouping(grouping)
            QCoreApplication.processEvents()
        page.list_cases(0, 1)  # the awards made of the first claim kind
        qtbot.waitUntil(lambda: page.cases.rowCount() >= 1, timeout=10000)
        screenshot(page, "court_figures_page_en")
        assert all(not CJK.search(definition_text(d)) for d in FIGURES)
        texts = [page.figures.horizontalHeaderItem(c).text() for c in range(page.figures.columnCount())]
        texts += [page.figures.item(r, 0).text() for r in range(page.figures.rowCount())]
        texts += [page.ui.definition.text(), page.summary.text(), page.cases.item(0, 4).text(),
                  page.ui.details.tabText(0), page.ui.details.tabText(1), page.ui.basis.currentText(),
                  page.ui.grouping.currentText(), page.ui.cases_title.text()]
        texts += [page.ui.definitions.item(r, c).text() for r in range(len(FIGURES)) for c in range(3)]
        chinese = [t for t in texts if CJK.search(t.replace(BASIC_COURT, "").replace("（2026）赣0113民初2001号", "")
                                                  .replace("（2026）赣01民特301号", "").replace("（2026）赣0113民初2002号之一", "")
                                                  .replace(INTERMEDIATE_COURT, ""))]
        # the case numbers and the claim kinds' group names are data or labels: only labels must be English
        assert not [t for t in chinese if "洪劳人仲" not in t], chinese


def test_the_xlsx_export_is_the_figures_on_the_screen(qtbot, commission, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    page = _page(qtbot, commission["desk"])
    page.set_period("month", date(2026, 7, 9))
    _compute(qtbot, page)
    target = tmp_path / "figures"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.ui.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
    assert page.last_export == tmp_path / "figures.xlsx" and "已导出" in page.message.text()
    wb = load_workbook(page.last_export)
    ws = wb["全委合计"]
    rows = {ws.cell(row=r, column=2).value: ws.cell(row=r, column=4).value for r in range(3, 3 + len(FIGURES))}
    shown = _shown(page)["全委合计"]
    for d in FIGURES:
        value = rows[d.name]
        text = "—" if value == "—" else (f"{value:.2f}%" if d.unit == "%" else str(value))
        assert text == shown[d.key], d.key
    assert "南昌市劳动人事争议仲裁委员会" in ws.cell(row=1, column=1).value
    cases = wb["案件清单"]
    listed = {cases.cell(row=r, column=4).value for r in range(2, cases.max_row + 1)
              if cases.cell(row=r, column=3).value == "仲裁后起诉率" and cases.cell(row=r, column=1).value == "全委合计"}
    assert listed == {commission["numbers"][commission["c1"]], commission["numbers"][commission["c2"]]}
    assert not list(tmp_path.glob(".court-figures-*"))


def test_the_page_is_a_navigation_entry_built_when_first_shown(qtbot, commission) -> None:  # noqa: ANN001
    from mediation_desk.domain.users import Principal
    from mediation_desk.services import accounts
    from mediation_desk.ui.main_window import MainWindow, PageOnFirstShow

    desk = commission["desk"]
    window = MainWindow(desk.context(), first_backup_check_ms=None)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names[names.index("平台用工") + 1] == "裁审衔接"
    holder = window.court_figures_page
    assert isinstance(holder, PageOnFirstShow) and holder.page is None  # nothing built at log-in
    window.show_page(names.index("裁审衔接"))
    assert isinstance(holder.page, CourtFiguresPage)
    qtbot.waitUntil(lambda: holder.page.report is not None, timeout=20000)
    assert window.open_package_action.isEnabled()
    window.close()

    # a legal-aid lawyer sees no figures, but can still open a package read-only
    accounts.create_user(desk.uow, desk.admin, username="lawyer2", display_name="赵律师",
                         role=Role.LEGAL_AID_LAWYER, password="lawyer-password-1")
    with desk.uow.read() as tx:
        user = tx.users.by_username("lawyer2")
    lawyer = Principal(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role)
    window = MainWindow(desk.context(lawyer), first_backup_check_ms=None)
    qtbot.addWidget(window)
    assert window.court_figures_page is None
    assert "裁审衔接" not in [window.nav.item(i).text() for i in range(window.nav.count())]
    assert window.open_package_action.isEnabled() and window.open_package_action.text() == "打开移交包…"
    window.close()


def test_a_cancelled_export_leaves_no_file(commission, tmp_path) -> None:  # noqa: ANN001
    from mediation_desk.domain.errors import OperationCancelled
    from mediation_desk.ui.views.court_figures_page import write_figures

    desk = commission["desk"]
    report = court.court_figures(desk.uow, desk.mediator, start=JULY[0], end=JULY[1])
    calls: list[tuple[int, int]] = []

    def cancel_after_writing(done: int, total: int) -> bool:
        calls.append((done, total))
        return done == 0  # the user cancels while the workbook is being written

    with pytest.raises(OperationCancelled):
        write_figures(report, tmp_path / "figures.xlsx", progress=cancel_after_writing)
    assert calls == [(0, 2), (1, 2)] and not list(tmp_path.iterdir())
