"""First start without the window: the demo is marked and kept apart, its published secrets are refused
for a real book, the passphrase strength hint, the new book's recovery sheet, the remembered book folder."""

from __future__ import annotations

import io
import subprocess
import zipfile
from dataclasses import replace
from datetime import date

import pytest

from mediation_desk import config
from mediation_desk.cli import main as cli_main
from mediation_desk.config import AppPaths
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.first_start import (DEMO_PASSPHRASE, DEMO_PASSWORD, Strength, assess_passphrase,
                                               demo_name)
from mediation_desk.domain.users import Role
from mediation_desk.services import accounts
from mediation_desk.services import documents as sd
from mediation_desk.services.demo import create_demo
from mediation_desk.storage.book import change_passphrase, create_book, open_book
from tests.support.books import PASSPHRASE, NoKeyring, create_test_book, organisation


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))


def _pdf_text(data: bytes, tmp_path) -> str:  # noqa: ANN001
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):  # noqa: ANN001, ANN201
    book = create_book(AppPaths(tmp_path_factory.mktemp("demo") / "book-demo"), DEMO_PASSPHRASE, NoKeyring(), demo=True)
    create_demo(book.uow, cases=6, password=DEMO_PASSWORD)
    yield book
    book.close()


def test_a_demo_book_knows_it_is_one_and_every_document_says_so(demo_book, tmp_path) -> None:
    assert demo_book.is_demo and accounts.is_demo_book(demo_book.uow)
    org = accounts.get_organisation(demo_book.uow)
    assert org is not None and org.name == "【演示数据】南昌市新就业形态劳动争议调解中心"
    mediator = accounts.log_in(demo_book.uow, username="mediator", password=DEMO_PASSWORD)
    with DocumentEngine() as engine:
        docx = sd.render_document(demo_book.uow, engine, mediator, case_id=1, template="mediation_application")
        pdf = sd.render_document(demo_book.uow, engine, mediator, case_id=1, template="case_cover_pdf",
                                 context_overrides={"file_items": [{"title": "调解申请书", "pages": "1"}]})
        data_docx = sd.read_document(demo_book.uow, mediator, document_id=docx.id)
        data_pdf = sd.read_document(demo_book.uow, mediator, document_id=pdf.id)
    assert "演示数据" in _docx_text(data_docx)
    assert "演示数据" in _pdf_text(data_pdf, tmp_path).splitlines()[0]  # the header line of every page
    admin = accounts.administrator_principal(demo_book.uow)
    accounts.update_organisation(demo_book.uow, admin, org=replace(org, name="南昌市某调解中心"))
    assert accounts.get_organisation(demo_book.uow).name == "【演示数据】南昌市某调解中心"  # renamed, still a demo
    accounts.update_organisation(demo_book.uow, admin, org=org)
    assert accounts.create_user(demo_book.uow, admin, username="guest", display_name="访客", role=Role.CLERK,
                                password=DEMO_PASSWORD) > 0  # the demo may use its own password


def test_a_real_book_refuses_the_demo_secrets(tmp_path) -> None:
    paths = AppPaths(tmp_path / "book")
    with pytest.raises(ValidationError) as exc:
        create_book(paths, DEMO_PASSPHRASE, NoKeyring())
    assert "演示案件库" in exc.value.zh and "demo" in exc.value.en and "passphrase" in exc.value.fields
    assert not paths.db_path.exists()
    with pytest.raises(ValidationError) as exc:
        accounts.validate_setup(org=organisation(), admin_username="admin", admin_display_name="管理员",
                                admin_password=DEMO_PASSWORD)
    assert "password" in exc.value.fields
    book, _worker = create_test_book(paths.data_dir, cases=0)
    try:
        assert not book.is_demo and not accounts.is_demo_book(book.uow)
        admin = accounts.administrator_principal(book.uow)
        with pytest.raises(ValidationError) as exc:
            accounts.create_user(book.uow, admin, username="clerk2", display_name="万晓敏", role=Role.CLERK,
                                 password=DEMO_PASSWORD)
        assert "演示" in exc.value.fields["password"]
        with pytest.raises(ValidationError):
            accounts.reset_password(book.uow, admin, user_id=admin.user_id, password=DEMO_PASSWORD)
    finally:
        book.close()
    with pytest.raises(ValidationError):
        change_passphrase(paths, PASSPHRASE, DEMO_PASSPHRASE)
    open_book(paths, PASSPHRASE, NoKeyring()).close()  # unchanged


def test_the_demo_verb_uses_its_own_folder(tmp_path, monkeypatch) -> None:
    real = tmp_path / "mediation-desk"
    monkeypatch.setattr(config, "default_data_dir", lambda: real)
    assert cli_main(["demo", "--cases", "2"]) == 0
    assert not AppPaths(real).db_path.exists() and AppPaths(tmp_path / "mediation-desk-demo").book_exists()
    assert cli_main(["--data-dir", str(real), "demo", "--cases", "2"]) == 1  # never into the real folder
    assert not AppPaths(real).db_path.exists()
    book = open_book(AppPaths(tmp_path / "mediation-desk-demo"), DEMO_PASSPHRASE, NoKeyring())
    try:
        assert book.is_demo and "演示数据" in accounts.get_organisation(book.uow).name
    finally:
        book.close()


def test_passphrase_strength_hint() -> None:
    assert assess_passphrase("short").strength is Strength.WEAK
    assert assess_passphrase("password123").hints == ("common",)
    assert assess_passphrase("woaini1314").strength is Strength.WEAK
    assert assess_passphrase("aaaaaaaaaaaaaaaa").strength is Strength.WEAK
    assert assess_passphrase("ganjiang-river").strength is Strength.MEDIUM
    assert assess_passphrase("南昌-调解-2026-Ganjiang").strength is Strength.STRONG
    assert [s.label for s in Strength] == ["弱", "中", "强"]
    assert demo_name("某中心") == "【演示数据】某中心" and demo_name("【演示数据】某中心") == "【演示数据】某中心"


def test_the_recovery_sheet_of_a_new_book_never_carries_the_passphrase(tmp_path) -> None:
    book, _worker = create_test_book(AppPaths(tmp_path / "book").data_dir, cases=0)
    try:
        admin = accounts.administrator_principal(book.uow)
        facts = sd.BookSheetFacts(org_name="南昌市东湖区劳动人事争议调解中心", org_kind="劳动争议调解组织",
                                  book_id=book.book_id, key_id="3f2a9c1b7e6d5a40", data_dir=str(book.paths.data_dir),
                                  created_at=date(2026, 12, 3), admin="admin", passphrase_location="单位保险柜第2格")
        with DocumentEngine() as engine:
            text = _pdf_text(sd.book_recovery_sheet(engine, admin, facts=facts), tmp_path)
    finally:
        book.close()
    assert "案件库恢复单" in text and book.book_id in text and "2026年12月3日" in text and "单位保险柜第2格" in text
    assert PASSPHRASE not in text
    from mediation_desk.documents.book_sheet import book_recovery_sheet

    with pytest.raises(ValueError):
        book_recovery_sheet({"org_name": "x", "passphrase": PASSPHRASE})


def test_the_chosen_book_folder_is_remembered(tmp_path) -> None:
    default, chosen = AppPaths(tmp_path / "default"), AppPaths(tmp_path / "usb" / "book")
    assert default.remembered() == default
    create_test_book(chosen.data_dir, cases=0)[0].close()
    default.remember(chosen)
    assert default.remembered() == chosen
    assert default.demo().data_dir == tmp_path / "default-demo" and default.demo().demo() == default.demo()
