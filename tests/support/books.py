"""Real encrypted case books for tests: an organisation, an administrator and N registered cases."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediation_desk.config import DB_PASSWORD_ENV, PASSPHRASE_ENV, AppPaths
from mediation_desk.domain.cases import (Claim, ClaimKind, Enterprise, EnterpriseRole, Industry, Intake,
                                         IntakeChannel, Person)
from mediation_desk.domain.identifiers import credit_code_check_char, resident_id_check_char
from mediation_desk.domain.users import OrganisationView, OrgKind, Principal, Role
from mediation_desk.services.accounts import create_user, setup_organisation
from mediation_desk.services.cases import register_intake
from mediation_desk.storage.book import Book, create_book, open_book
from mediation_desk.storage.keys import KEYRING_SERVICE, KeyringStore
from tests.support.clock import TODAY

PASSPHRASE = "洪城调解-passphrase-1"
ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "admin-password-1"
STAFF_USERNAME = "desk"
STAFF_NAME = "吴建平"
STAFF_PASSWORD = "desk-password-1"

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ["建华", "秀英", "志强", "海燕", "国平", "丽娟", "小龙", "春梅", "文斌", "晓东", "桂兰", "德明"]
_PLATFORMS = ["速达外卖", "赣味到家", "快跑出行", "顺捷快递", "洪城货运"]


class NoKeyring(KeyringStore):
    """A keyring store that is never available, whatever the machine running the tests has."""

    def __init__(self) -> None:  # noqa: D107 - deliberately does not call keyring
        self.service = KEYRING_SERVICE
        self._reason = "测试环境没有系统密钥环"
        self._backend = None


def worker_name(n: int) -> str:
    """A distinct Chinese name for every ``n`` (surname, given name, and a running suffix when needed)."""
    surname = _SURNAMES[n % len(_SURNAMES)]
    given = _GIVEN[(n // len(_SURNAMES)) % len(_GIVEN)]
    cycle = n // (len(_SURNAMES) * len(_GIVEN))
    return f"{surname}{given}" + ("" if cycle == 0 else "甲乙丙丁戊己庚辛壬癸"[cycle % 10] * (1 + cycle // 10))


def id_number(n: int) -> str:
    """A valid resident identity number (Nanchang, born 1990-01-01), distinct for n < 999."""
    body = f"36010219900101{n % 999 + 1:03d}"
    return body + resident_id_check_char(body)


def credit_code(n: int) -> str:
    """A valid unified social credit code, distinct for every n < 10**7."""
    body = f"91360100MA{n % 10**7:07d}"
    return body + credit_code_check_char(body)


def make_intake(n: int, *, worker: str | None = None, received_on: date | None = None) -> Intake:
    """A plausible platform-work dispute: one worker, two respondents, two claims."""
    name = worker or worker_name(n)
    platform = _PLATFORMS[n % len(_PLATFORMS)]
    return Intake(
        worker=Person(name=name, id_number=id_number(n), phone=f"139{n % 100000000:08d}", address=f"江西省南昌市东湖区八一大道{n % 500 + 1}号"),
        respondents=(
            Enterprise(name=f"南昌{platform}配送服务有限公司", credit_code=credit_code(2 * n),
                       role=EnterpriseRole.OUTSOURCING, address="南昌市红谷滩区"),
            Enterprise(name=f"{platform}平台运营公司", credit_code=credit_code(2 * n + 1), role=EnterpriseRole.PLATFORM),
        ),
        claims=(
            Claim(kind=ClaimKind.UNPAID_PAY, amount=Decimal("3200.50") + n, basis="拖欠两个月配送费"),
            Claim(kind=ClaimKind.DEPOSIT_REFUND, amount=Decimal("500"), basis="退还装备押金"),
        ),
        industry=Industry.FOOD_DELIVERY,
        platform=platform,
        facts=f"申请人{name}自2023年起在{platform}平台接单配送，被拖欠报酬。",
        received_on=received_on or (TODAY - timedelta(days=n % 300)),
        channel=IntakeChannel.WRITTEN,
    )


def organisation() -> OrganisationView:
    return OrganisationView(name="南昌市东湖区劳动人事争议调解中心", kind=OrgKind.MEDIATION,
                            doc_prefix="洪东劳调字", address="南昌市东湖区", phone="0791-86000000")


def add_user(book: Book, admin: Principal, *, username: str, display_name: str, role: Role,
             password: str = STAFF_PASSWORD) -> Principal:
    """A user of ``role`` created by the administrator, as the principal that acts for them."""
    user_id = create_user(book.uow, admin, username=username, display_name=display_name, role=role,
                          password=password)
    return Principal(user_id=user_id, username=username, display_name=display_name, role=role)


def user_principal(book: Book, username: str) -> Principal:
    with book.uow.read() as tx:
        user = tx.users.by_username(username)
    assert user is not None
    return Principal(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role)


def administrator(book: Book) -> Principal:
    """The book's administrator (who manages users and settings but does not decide cases)."""
    return user_principal(book, ADMIN_USERNAME)


def case_worker(book: Book) -> Principal:
    """The case worker ``create_test_book`` made (a mediator unless another role was asked for)."""
    return user_principal(book, STAFF_USERNAME)


@dataclass(frozen=True)
class OfficeLocation:
    """Where an office book of the tests lives: a database of the test server. The book is made by the
    owner of the tables and used through the desks' role, which is not their owner."""

    server: Any  # tests.support.pg_server.PgServer
    database: str

    def url(self, role: str = "md_app") -> str:
        return self.server.url(self.database, role)

    def password(self, role: str = "md_app") -> str:
        return self.server.passwords[role]

    def cli_args(self) -> list[str]:
        return ["--database", self.url()]

    def cli_env(self) -> dict[str, str]:
        return {DB_PASSWORD_ENV: self.password()}


BookLocation = Path | OfficeLocation


def new_book(location: BookLocation, passphrase: str = PASSPHRASE, keyring: KeyringStore | None = None) -> Any:
    """An empty book at the newest schema: a SQLCipher folder, or an office book in a database."""
    if isinstance(location, OfficeLocation):
        from mediation_desk.storage.office import create_office_book, open_office_book

        create_office_book(location.url("md_owner"), location.password("md_owner")).close()
        return open_office_book(location.url(), location.password())
    return create_book(AppPaths(Path(location)), passphrase, keyring=keyring or NoKeyring())


def cli_location(location: BookLocation) -> tuple[list[str], dict[str, str]]:
    """The command-line arguments and environment that name the book at ``location``."""
    if isinstance(location, OfficeLocation):
        return location.cli_args(), location.cli_env()
    return ["--data-dir", str(location)], {PASSPHRASE_ENV: PASSPHRASE}


def create_test_book(data_dir: BookLocation, *, cases: int = 3, passphrase: str = PASSPHRASE,
                     keyring: KeyringStore | None = None, workers: list[str] | None = None,
                     role: Role | None = Role.MEDIATOR) -> tuple[Book, Principal]:
    """A new book in ``data_dir`` with the organisation, an administrator, a case worker of ``role``
    (a mediator by default) and cases registered by that worker.

    ``workers`` names the workers of the first cases (the rest get generated names).
    Returns the open book and the case worker acting on it (``administrator(book)`` gives the
    administrator); with ``role=None`` no case worker is made and the administrator is returned
    (the book then has no cases: an administrator registers none).
    """
    book = new_book(data_dir, passphrase, keyring)
    admin = setup_organisation(book.uow, org=organisation(), admin_username=ADMIN_USERNAME,
                               admin_display_name="管理员", admin_password=ADMIN_PASSWORD)
    if role is None:
        return book, admin
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name=STAFF_NAME, role=role)
    register_cases(book, staff, cases, names=workers)
    return book, staff


def register_cases(book: Book, actor: Principal, count: int, *, start: int = 0,
                   names: list[str] | None = None) -> list[int]:
    ids = []
    for i in range(count):
        n = start + i
        name = names[i] if names and i < len(names) else None
        ids.append(register_intake(book.uow, actor, make_intake(n, worker=name)))
    return ids


def reopen(data_dir: Path, passphrase: str = PASSPHRASE, keyring: KeyringStore | None = None) -> Book:
    return open_book(AppPaths(Path(data_dir)), passphrase, keyring=keyring or NoKeyring())
