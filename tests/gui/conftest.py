"""GUI tests: offscreen Qt, the bundled CJK font, real encrypted books copied from one template.

* ``QT_QPA_PLATFORM=offscreen`` is set before Qt loads (headless Qt aborts otherwise).
* ``faulthandler`` prints the Python stack if Qt crashes.
* The keyring is a file in the session's temporary folder (``tests.support.filekeyring``), so
  the tests never touch the real keyring and copies of the template book open without Argon2.
* Message boxes are recorded instead of shown (``message_boxes``), so no test blocks on one.
"""

from __future__ import annotations

import faulthandler
import os
import shutil
from datetime import date, timedelta
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    if not faulthandler.is_enabled():
        faulthandler.enable()


# No QApplication exists before pytest-qt's qapp fixture makes one, after pytest_configure ran.
from mediation_desk.config import AppPaths  # noqa: E402
from mediation_desk.services.demo import generate_intakes  # noqa: E402
from mediation_desk.domain.users import Principal, Role  # noqa: E402
from mediation_desk.services import accounts  # noqa: E402
from mediation_desk.services.cases import register_many  # noqa: E402
from mediation_desk.storage.book import Book, open_book  # noqa: E402
from mediation_desk.storage.keys import KeyringStore  # noqa: E402
from tests.gui.support import (MEDIATOR_PASSWORD, MEDIATOR_USERNAME, TEMPLATE_CASES, DeskBook,  # noqa: E402
                               wait_idle)
from tests.support.books import create_test_book  # noqa: E402
from tests.support.clock import TODAY  # noqa: E402

SCREENSHOTS = Path(__file__).parent / "screenshots"


@pytest.fixture(scope="session", autouse=True)
def test_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    import keyring

    from tests.support.filekeyring import ENV_VAR, FileKeyring

    path = tmp_path_factory.mktemp("keyring") / "keyring.json"
    previous_env = os.environ.get(ENV_VAR)
    previous = keyring.get_keyring()
    os.environ[ENV_VAR] = str(path)
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(previous)
    if previous_env is None:
        os.environ.pop(ENV_VAR, None)
    else:
        os.environ[ENV_VAR] = previous_env


@pytest.fixture(scope="session", autouse=True)
def qt_session(qapp):  # noqa: ANN001, ANN201
    """The bundled font as fallback family; the worker thread stopped at the end."""
    from mediation_desk.resources import resource_path
    from mediation_desk.ui.errors import set_app_state
    from mediation_desk.ui.fonts import install_cjk_font
    from mediation_desk.ui import gc_guard
    from mediation_desk.ui.tasks import shutdown_tasks

    gc_guard.install(qapp)

    family = install_cjk_font(qapp, resource_path("resources", "fonts", "wqy-microhei.ttc"))
    assert family, "the bundled CJK font did not load"
    set_app_state(qapp, lang="zh", log_file=None)
    yield qapp
    shutdown_tasks()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every QMessageBox.exec() is recorded as (title, text) and answered with OK."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture(scope="session")
def template_book(tmp_path_factory: pytest.TempPathFactory, test_keyring: Path) -> Path:
    """A closed book with the organisation, an administrator, a mediator and 200 varied cases."""
    data_dir = tmp_path_factory.mktemp("template") / "book"
    book, admin = create_test_book(data_dir, cases=0, keyring=KeyringStore(), role=None)
    try:
        accounts.create_user(book.uow, admin, username=MEDIATOR_USERNAME, display_name="熊丽华",
                             role=Role.MEDIATOR, password=MEDIATOR_PASSWORD)
        mediator = _principal(book, MEDIATOR_USERNAME)
        # received before the test day, whatever day the suite runs on (the default day keeps the usual range)
        last = min(date(2026, 11, 20), TODAY - timedelta(days=1))
        register_many(book.uow, mediator, generate_intakes(TEMPLATE_CASES, seed=7, end=last), total=TEMPLATE_CASES)
    finally:
        book.close()
    return data_dir


def _principal(book: Book, username: str) -> Principal:
    with book.uow.read() as tx:
        user = tx.users.by_username(username)
    assert user is not None
    return Principal(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role)


@pytest.fixture
def desk_book(template_book: Path, tmp_path: Path) -> Iterator[DeskBook]:
    """A private copy of the template book, opened through the (test) keyring."""
    data_dir = tmp_path / "book"
    shutil.copytree(template_book, data_dir)
    book = open_book(AppPaths(data_dir), keyring=KeyringStore())
    from mediation_desk.app import LazyDocumentEngine

    renderer = LazyDocumentEngine()
    try:
        yield DeskBook(book=book, admin=_principal(book, "admin"), mediator=_principal(book, MEDIATOR_USERNAME),
                       renderer=renderer)
    finally:
        from mediation_desk.ui.tasks import TaskRunner

        wait_idle(TaskRunner.instance())
        renderer.close()
        book.close()


@pytest.fixture
def screenshot() -> Callable[[object, str], Path]:
    """Save a widget's rendering to ``tests/gui/screenshots/<name>.png`` (git-ignored)."""
    def save(widget, name: str) -> Path:  # noqa: ANN001
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        return path

    return save

