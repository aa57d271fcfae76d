"""What the screen tests share: a book whose user data is all in Latin letters (so any Chinese on an
English screen is the program's own text), the English interface switched on and off, and a walk over
every text a widget tree shows."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDialog,
                               QGroupBox, QHeaderView, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTabBar,
                               QTabWidget, QTextEdit, QWidget)

from mediation_desk.config import AppPaths
from mediation_desk.domain.cases import (Claim, ClaimKind, Enterprise, EnterpriseRole, Industry, Intake,
                                         IntakeChannel, Person)
from mediation_desk.domain.users import OrganisationView, OrgKind, Principal, Role
from mediation_desk.services import accounts
from mediation_desk.services import arbitration as arb
from mediation_desk.services import clock
from mediation_desk.services import mediation as mediation_service
from mediation_desk.services.accounts import setup_organisation
from mediation_desk.services.cases import register_intake
from mediation_desk.storage.book import create_book
from mediation_desk.storage.keys import KeyringStore
from tests.gui.support import DeskBook
from tests.support.books import credit_code, id_number

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_TAG = re.compile(r"<[^>]+>")

ARBITRATOR_NAME = "Chen Guohua"


@dataclass
class LatinBook:
    desk: DeskBook
    arbitrator: Principal
    case_a: int  # in arbitration: accepted, tribunal formed, a hearing on the calendar
    case_b: int  # in mediation: a session and a proposal
    marker_a: str = "ALPHA"  # in every name and text of case A, in none of case B

    def notes(self) -> list[str]:
        """The notes of the case history: the record's own words (a line of the history starts with one)."""
        from mediation_desk.services.cases import get_case

        return sorted({e.note for case_id in (self.case_a, self.case_b)
                       for e in get_case(self.desk.uow, self.desk.admin, case_id).events if e.note},
                      key=len, reverse=True)

    def user_data(self) -> list[str]:
        """What is Chinese though no one typed Chinese, and is data rather than the program's words:
        the case numbers as issued (the record; its notes are in ``notes``); the names of
        institutions and places the program offers as default values of fields that go into Chinese
        documents; the column names and values a group sheet must have (a file format). Longest
        first, so a note is removed before its parts."""
        from mediation_desk import jurisdiction
        from mediation_desk.domain.cases import ClaimKind
        from mediation_desk.services import legal_aid
        from mediation_desk.services.cases import get_case
        from mediation_desk.services.group_import import HEADER_ALIASES

        texts: set[str] = set()
        for case_id in (self.case_a, self.case_b):
            detail = get_case(self.desk.uow, self.desk.admin, case_id)
            texts.add(detail.summary.number)
        texts.update(c["name"] for c in legal_aid.centres(self.desk.uow))
        venue = jurisdiction.venue()
        texts.update((venue.city, venue.commission, venue.commission_area, venue.hearing_place,
                      venue.intermediate_court))
        texts.add("银行转账")  # the agreement item's default method of payment, written into the agreement
        texts.update(alias for aliases in HEADER_ALIASES.values() for alias in aliases)
        texts.update(kind.label for kind in ClaimKind)
        texts.add("是/否")
        return sorted(texts, key=len, reverse=True)


def _intake(n: int, *, tag: str, received_on: date) -> Intake:
    return Intake(
        worker=Person(name=f"Li Na {tag}", id_number=id_number(500 + n), phone=f"1390000{n:04d}",
                      address=f"{n} Bayi Avenue {tag}, Nanchang"),
        respondents=(Enterprise(name=f"Swift Riders {tag} Co., Ltd.", credit_code=credit_code(900 + 2 * n),
                                role=EnterpriseRole.OUTSOURCING, address=f"Honggutan {tag}"),
                     Enterprise(name=f"FastEats {tag} Platform Co.", credit_code=credit_code(901 + 2 * n),
                                role=EnterpriseRole.PLATFORM)),
        claims=(Claim(kind=ClaimKind.UNPAID_PAY, amount=Decimal("3200.50") + n, basis=f"two months of fees {tag}"),
                Claim(kind=ClaimKind.DEPOSIT_REFUND, amount=Decimal("500"), basis=f"equipment deposit {tag}")),
        industry=Industry.FOOD_DELIVERY, platform=f"FastEats{tag}", facts=f"Delivered orders since 2024 {tag}.",
        received_on=received_on, channel=IntakeChannel.WRITTEN)


def make_latin_book(data_dir: Path, renderer: object = None) -> LatinBook:
    """An arbitration commission's book with two cases whose every party, place and text is in Latin letters."""
    book = create_book(AppPaths(data_dir), "latin-passphrase-1", keyring=KeyringStore())
    admin = setup_organisation(book.uow, org=OrganisationView(
        name="Nanchang Labour Arbitration Commission", kind=OrgKind.ARBITRATION, doc_prefix="NCLAC",
        address="Honggutan, Nanchang", phone="0791-86100000"), admin_username="admin",
        admin_display_name="Admin", admin_password="admin-password-1")
    for username, name, role in (("mediator", "Xiong Lihua", Role.MEDIATOR),
                                 ("arbitrator", ARBITRATOR_NAME, Role.ARBITRATOR)):
        accounts.create_user(book.uow, admin, username=username, display_name=name, role=role,
                             password=f"{username}-password-1")
    with book.uow.read() as tx:
        users = {u: tx.users.by_username(u) for u in ("mediator", "arbitrator")}
    mediator, arbitrator = (Principal(user_id=x.id, username=x.username, display_name=x.display_name, role=x.role)
                            for x in users.values())
    desk = DeskBook(book=book, admin=admin, mediator=mediator, renderer=renderer)
    today = clock.today()
    case_a = register_intake(book.uow, mediator, _intake(1, tag="ALPHA", received_on=today - timedelta(days=3)))
    case_b = register_intake(book.uow, mediator, _intake(2, tag="BRAVO", received_on=today - timedelta(days=2)))
    arb.review_application(book.uow, arbitrator, case_id=case_a, decided_on=today - timedelta(days=2),
                           checklist={"scope": True, "claims_and_facts": True, "proper_parties": True,
                                      "jurisdiction": True})
    arb.form_tribunal(book.uow, arbitrator, case_id=case_a, members=[arb.ArbitratorRef(ARBITRATOR_NAME, arbitrator.user_id)],
                      formed_on=today - timedelta(days=1), notified_on=today - timedelta(days=1))
    start = datetime.combine(today + timedelta(days=12), time(9, 30))  # local time, as the hearing dialog gives it
    arb.schedule_hearing(book.uow, arbitrator, case_id=case_a, starts_at=start, ends_at=start + timedelta(hours=2),
                         room="Room ALPHA")
    mediation_service.record_session(book.uow, mediator, case_id=case_b, held_on=today - timedelta(days=1),
                                     starts_at=time(9, 30), ends_at=time(10, 45), place="Room 2", participants="both parties", mediator="Xiong Lihua",
                                     record="The parties stated their positions.")
    mediation_service.add_proposal(book.uow, mediator, case_id=case_b, side="employer", content="Pay 2000 yuan",
                                   party="Swift Riders BRAVO Co., Ltd.",
                                   amount=Decimal("2000"), on=today - timedelta(days=1))
    return LatinBook(desk=desk, arbitrator=arbitrator, case_a=case_a, case_b=case_b)


@contextmanager
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    """The English interface (as ``--lang en``) for the duration of the block."""
    from mediation_desk.app import install_translators
    from mediation_desk.ui import errors as ui_errors

    locale = QLocale()
    translators = install_translators(qapp, "en")
    ui_errors.set_app_state(qapp, lang="en", log_file=None)
    try:
        assert translators, "the English .qm did not load"
        yield
    finally:
        QLocale.setDefault(locale)
        for t in translators:
            qapp.removeTranslator(t)
        ui_errors.set_app_state(qapp, lang="zh", log_file=None)


def _model_texts(view: QAbstractItemView, where: str, *, cells: bool) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for orientation in (Qt.Orientation.Horizontal,):
        for c in range(model.columnCount()):
            text = model.headerData(c, orientation, Qt.ItemDataRole.DisplayRole)
            if text:
                yield f"{where} header {c}", str(text)
    if cells:
        for r in range(min(model.rowCount(), 50)):
            for c in range(model.columnCount()):
                text = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                if isinstance(text, str) and text:
                    yield f"{where} cell {r},{c}", text


def widget_texts(root: QWidget, *, cells: bool = True, fields: bool = True) -> Iterator[tuple[str, str]]:
    """Every text ``root`` and its children show or may show: window titles, labels, buttons, group
    titles, tabs, combo items, fields and their placeholders, list items, table headers and cells,
    chart titles and axes. Hidden widgets count too (a status line is hidden until it speaks).
    ``fields=False`` leaves out what editable fields hold (the user's data, or a default of it)."""
    for w in [root, *root.findChildren(QWidget)]:
        name = f"{type(w).__name__}:{w.objectName() or hex(id(w))}"
        if w.isWindow() and w.windowTitle():
            yield f"{name} title", w.windowTitle()
        if isinstance(w, QLabel):
            yield name, _TAG.sub("", w.text())
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name} tab {i}", w.tabText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name} tab {i}", w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name} item {i}", w.itemText(i)
            if w.isEditable() and w.lineEdit() is not None:
                yield f"{name} placeholder", w.lineEdit().placeholderText()
        elif isinstance(w, QLineEdit):
            if fields or w.isReadOnly():
                yield name, w.text()
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            if fields or w.isReadOnly():
                yield name, w.toPlainText()
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QAbstractSpinBox):
            yield name, w.text()
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                yield f"{name} item {i}", w.item(i).text()
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            yield from _model_texts(w, name, cells=cells)
        yield from _chart_texts(w, name)


def _chart_texts(w: QWidget, name: str) -> Iterator[tuple[str, str]]:
    try:
        from PySide6.QtCharts import QBarCategoryAxis, QChartView
    except ImportError:  # pragma: no cover - QtCharts is part of PySide6
        return
    if not isinstance(w, QChartView):
        return
    chart = w.chart()
    yield f"{name} chart title", chart.title()
    for axis in chart.axes():
        yield f"{name} axis", axis.titleText()
        if isinstance(axis, QBarCategoryAxis):
            for c in axis.categories():
                yield f"{name} category", c
    for series in chart.series():
        yield f"{name} series", series.name()


def chinese_texts(root: QWidget, *, cells: bool = True) -> list[tuple[str, str]]:
    """The program's texts under ``root`` with Chinese in them (editable fields' contents are data)."""
    return [(where, text) for where, text in widget_texts(root, cells=cells, fields=False)
            if text and CJK.search(text)]


def open_dialogs() -> list[QDialog]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
