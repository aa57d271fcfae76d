"""Who may do what with the hand-off outbox (docs/permissions.md), on a real book: every act of
``services.outbox`` by every role, allowed or refused with nothing written."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.domain import clock
from mediation_desk.domain.errors import AppError, PermissionDenied
from mediation_desk.domain.outbox import Endpoint
from mediation_desk.domain.users import Principal, Role
from mediation_desk.services import legal_aid, outbox
from mediation_desk.storage.vault import Vault
from tests.integration.test_outbox_transport import make_package
from tests.support.books import add_user, administrator, create_test_book

ROLES = ("admin", "mediator", "arbitrator", "clerk", "lawyer", "other_lawyer")


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    root = tmp_path_factory.mktemp("outbox-permissions")
    book, mediator = create_test_book(root / "book", cases=2)
    admin = administrator(book)
    who = {"admin": admin, "mediator": mediator}
    for key, role in (("arbitrator", Role.ARBITRATOR), ("clerk", Role.CLERK), ("lawyer", Role.LEGAL_AID_LAWYER),
                      ("other_lawyer", Role.LEGAL_AID_LAWYER)):
        who[key] = add_user(book, admin, username=key, display_name=f"{key}用户", role=role)
    on = clock.today() - timedelta(days=3)
    r = legal_aid.refer(book.uow, mediator, case_id=1, centre="南昌市法律援助中心",
                        facts=legal_aid.AidFacts(migrant_worker=True, has_agent=False), on=on)
    legal_aid.decide(book.uow, mediator, referral_id=r.id, granted=True, on=on)
    legal_aid.assign_lawyer(book.uow, mediator, referral_id=r.id, on=on, lawyer_user_id=who["lawyer"].user_id)
    outbox.set_endpoint(book.uow, admin, Endpoint(name="court", url="https://127.0.0.1:9/x"), make_default=True)
    path, _ = make_package(root, size=10_000)
    item = outbox.enqueue(book.uow, Vault(book), mediator, package_path=path, package_id=str(uuid.uuid4()),
                          case_id=1, kind="case_file", title="卷宗移送材料")
    export_dir = root / "usb"
    export_dir.mkdir()
    yield book, who, item.id, path, export_dir
    book.close()


def _state(book) -> tuple[Any, ...]:  # noqa: ANN001
    with book.engine.connect() as conn:
        rows = tuple(conn.exec_driver_sql("SELECT id, state, attempts, exported_to FROM handoff_outbox").all())
        return rows, conn.exec_driver_sql("SELECT max(id) FROM audit_log").scalar(), \
            tuple(conn.exec_driver_sql("SELECT key, value FROM settings ORDER BY key").all())


class Refuse:
    """A transport that must never be reached by a refused act."""

    def send(self, endpoint, package):  # noqa: ANN001, ANN201
        raise AssertionError("sent")


STAFF = {"mediator", "arbitrator", "clerk"}
Act = Callable[[Any, Principal, int, Path, Path], Any]
MATRIX: list[tuple[str, Act, set[str]]] = [
    ("enqueue", lambda b, p, i, src, d: outbox.enqueue(b.uow, Vault(b), p, package_path=src, package_id=str(uuid.uuid4()),
                                                       case_id=1, kind="case_file", title="卷宗"), STAFF),
    ("list case", lambda b, p, i, src, d: outbox.case_outbox(b.uow, p, 1), STAFF | {"admin", "lawyer"}),
    ("send due", lambda b, p, i, src, d: outbox.send_due(b.uow, Vault(b), p, Refuse(), now=clock.now() - timedelta(days=1)),
     STAFF | {"admin"}),
    ("retry", lambda b, p, i, src, d: outbox.retry(b.uow, p, i), STAFF | {"admin"}),
    ("cancel", lambda b, p, i, src, d: outbox.cancel(b.uow, p, i, reason="改为现场递交"), STAFF),
    ("export", lambda b, p, i, src, d: outbox.export_package(b.uow, Vault(b), p, i, folder=d / str(uuid.uuid4())),
     STAFF | {"lawyer"}),
    ("acknowledge", lambda b, p, i, src, d: outbox.acknowledge(b.uow, p, i, reference=""), STAFF),
    ("endpoint", lambda b, p, i, src, d: outbox.set_endpoint(b.uow, p, Endpoint(name="x", url="ftp://x")), {"admin"}),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,act,allowed", MATRIX, ids=[m[0] for m in MATRIX])
def test_outbox_permission_matrix(desk, role: str, name: str, act: Act, allowed: set[str]) -> None:  # noqa: ANN001
    book, who, item_id, src, export_dir = desk
    before = _state(book)
    if role in allowed:
        try:
            act(book, who[role], item_id, src, export_dir)
        except PermissionDenied as exc:
            pytest.fail(f"{role} refused {name}: {exc.zh}")
        except AppError:
            pass  # allowed, but refused for the input or the item's state (nothing about permission)
    else:
        with pytest.raises(PermissionDenied):
            act(book, who[role], item_id, src, export_dir)
        assert _state(book) == before


def test_a_lawyer_lists_only_the_outbox_of_cases_referred_to_them(desk) -> None:  # noqa: ANN001
    book, who, item_id, _src, _d = desk
    assert item_id in [r.item.id for r in outbox.list_items(book.uow, who["lawyer"])]
    assert outbox.list_items(book.uow, who["other_lawyer"]) == []
    with pytest.raises(PermissionDenied):
        outbox.case_outbox(book.uow, who["other_lawyer"], 1)
