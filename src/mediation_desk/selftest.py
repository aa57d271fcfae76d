"""``mediation-desk --self-test``: does every native part this program needs work on this PC?

Run after installing (and by the build on the bundle it made). Each check uses the real
component: the SQLCipher engine opens a real encrypted book, the Argon2id hasher hashes, the
document worker process renders a DOCX in its sandbox, reportlab embeds the bundled Chinese font,
Qt builds the main window (offscreen when there is no display). Everything is made in one
temporary folder that is removed at the end; no keyring, no user data folder is touched.

One line per check with its time; exit code 0 when all passed, 1 naming each part that failed.
Messages in Chinese, or English when ``MEDIATION_DESK_LANG`` starts with ``en``.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

SELFTEST_PASSPHRASE = "self-test-临时口令-只用一次"  # a throw-away book, deleted at the end
_ADMIN_PASSWORD = "self-test-admin-1"
_STAFF_PASSWORD = "self-test-staff-1"
_WORKER_NAME = "赵海燕"


@dataclass
class State:
    """What one check leaves for the next ones (the temporary folder, the open book, ...)."""

    folder: Path
    book: Any = None
    staff: Any = None
    case_id: int | None = None
    app: Any = None


@dataclass(frozen=True)
class Check:
    key: str
    zh: str
    en: str
    run: Callable[[State], str | tuple[str, str]]  # a short detail (or Chinese and English); raises on failure
    needs: tuple[str, ...] = ()


# --------------------------------------------------------------------------- the checks


def _sqlcipher(state: State) -> str:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    try:
        conn.execute("PRAGMA key = 'self-test'")
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not row or not row[0]:
        raise RuntimeError("PRAGMA cipher_version is empty: the SQLite library is not SQLCipher")
    return f"SQLCipher {row[0]}"


def _argon2(state: State) -> str:
    import argon2

    hasher = argon2.PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    digest = hasher.hash("自检")
    if not hasher.verify(digest, "自检") or not digest.startswith("$argon2id$"):
        raise RuntimeError("Argon2id hash did not verify")
    return f"argon2-cffi {_version('argon2-cffi')}, argon2id"


def _cryptography(state: State) -> str:
    import cryptography
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = Ed25519PrivateKey.generate()
    message = "移交包清单".encode()
    key.public_key().verify(key.sign(message), message)  # raises InvalidSignature
    aes = AESGCM(AESGCM.generate_key(bit_length=256))
    nonce = os.urandom(12)
    if aes.decrypt(nonce, aes.encrypt(nonce, message, b"ad"), b"ad") != message:
        raise RuntimeError("AES-GCM round trip differs")
    return f"cryptography {cryptography.__version__} (Ed25519, AES-GCM)"


def _qt_modules(state: State) -> str:
    import PySide6
    from PySide6 import QtCharts, QtPdf, QtPdfWidgets

    chart = QtCharts.QChartView()  # the modules' libraries load, not only their Python wrappers
    document = QtPdf.QPdfDocument()
    view = QtPdfWidgets.QPdfView()
    view.setDocument(document)
    for widget in (chart, view):
        widget.deleteLater()
    return f"PySide6 {PySide6.__version__} (QtPdf, QtPdfWidgets, QtCharts)"


def _qt_platform(state: State) -> str:
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "mediation-desk"])
    state.app = app
    name = QApplication.platformName()
    if not name:
        raise RuntimeError("no Qt platform plugin was loaded")
    return f"平台插件 {name}", f"platform plugin {name}"


def _openpyxl(state: State) -> str:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["姓名", "金额"])
    book.active.append([_WORKER_NAME, 3200.5])
    buf = io.BytesIO()
    book.save(buf)
    again = openpyxl.load_workbook(io.BytesIO(buf.getvalue()), read_only=True)
    rows = list(again.active.iter_rows(values_only=True))
    again.close()
    if rows[1][0] != _WORKER_NAME:
        raise RuntimeError("the worksheet read back differs")
    return f"openpyxl {openpyxl.__version__}"


def _reportlab(state: State) -> str:
    import reportlab
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf)
    canvas.drawString(72, 72, "self-test")
    canvas.save()
    if not buf.getvalue().startswith(b"%PDF"):
        raise RuntimeError("reportlab made no PDF")
    return f"reportlab {reportlab.Version}"


def _docxtpl(state: State) -> str:
    import docxtpl
    import jinja2

    return f"docxtpl {docxtpl.__version__}, Jinja2 {jinja2.__version__}"


def _jsonschema(state: State) -> str:
    import json
    from importlib import resources

    import jsonschema

    text = resources.files("mediation_desk.handoff").joinpath("schema", "manifest-1.schema.json").read_text("utf-8")
    schema = json.loads(text)
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)  # needs the meta-schemas shipped with jsonschema_specifications
    if not list(validator(schema).iter_errors({})):
        raise RuntimeError("an empty manifest was accepted")
    return f"jsonschema {_version('jsonschema')}, {validator.__name__}"


def _book(state: State) -> str:
    from mediation_desk.config import AppPaths
    from mediation_desk.services.accounts import create_user, setup_organisation
    from mediation_desk.services.cases import register_intake
    from mediation_desk.storage.book import create_book
    from mediation_desk.domain.users import OrganisationView, OrgKind, Principal, Role

    paths = AppPaths(state.folder / "book")
    state.book = book = create_book(paths, SELFTEST_PASSPHRASE, keyring=_NoKeyring())
    admin = setup_organisation(
        book.uow, org=OrganisationView(name="自检调解委员会", kind=OrgKind.MEDIATION, doc_prefix="自检调字", address="南昌市", phone="0791-00000000"),
        admin_username="admin", admin_display_name="管理员", admin_password=_ADMIN_PASSWORD)
    user_id = create_user(book.uow, admin, username="desk", display_name="自检调解员", role=Role.MEDIATOR,
                          password=_STAFF_PASSWORD)
    state.staff = Principal(user_id=user_id, username="desk", display_name="自检调解员", role=Role.MEDIATOR)
    state.case_id = register_intake(book.uow, state.staff, _intake())
    with open(paths.db_path, "rb") as fh:
        head = fh.read(16)
    if head.startswith(b"SQLite format 3"):
        raise RuntimeError("the database file is not encrypted")
    size = paths.db_path.stat().st_size
    _check_cipher(book)
    return f"加密文件 {size // 1024} KB，完整性检查通过", f"encrypted file {size // 1024} KB, integrity checks passed"


def _search(state: State) -> str:
    from mediation_desk.domain.cases import CaseQuery
    from mediation_desk.services.cases import list_cases

    found = []
    for text in (_WORKER_NAME[:1], _WORKER_NAME):
        rows = list_cases(state.book.uow, state.staff, CaseQuery(text=text), offset=0, limit=20)
        if [r.id for r in rows] != [state.case_id]:
            raise RuntimeError(f"searching “{text}” found {len(rows)} cases instead of the one registered")
        found.append(f"“{text}”")
    return " / ".join(found) + " → 1"


def _docx_worker(state: State) -> str:
    import docx

    from mediation_desk.documents.render_docx import DocxRenderer

    template = docx.Document()
    template.add_paragraph("申请人：{{ name }}")
    buf = io.BytesIO()
    template.save(buf)
    with DocxRenderer(timeout=60) as renderer:
        data = renderer.render(buf.getvalue(), {"name": _WORKER_NAME})
        started = renderer.workers_started
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = z.read("word/document.xml").decode("utf-8")
    if f"申请人：{_WORKER_NAME}" not in body:
        raise RuntimeError("the rendered document lacks the filled-in field")
    return f"{len(data) // 1024} KB，工作进程 {started} 个", f"{len(data) // 1024} KB, {started} worker process"


def _pdf_font(state: State) -> str:
    from mediation_desk.documents import pdf

    pdf.register_fonts()
    data = pdf.plain_text("自检", [f"申请人{_WORKER_NAME}诉南昌某配送公司劳动争议。"], org_name="自检调解委员会")
    if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
        raise RuntimeError("the PDF does not embed the Chinese font")
    return f"{len(data) // 1024} KB, {pdf.font_path().name}"


def _main_window(state: State) -> str:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from mediation_desk.app import build_context
    from mediation_desk.documents.engine import DocumentEngine
    from mediation_desk.ui.main_window import MainWindow
    from mediation_desk.ui.tasks import shutdown_tasks

    engine = DocumentEngine()
    window = None
    try:
        window = MainWindow(build_context(state.book, state.staff, _lang(), renderer=engine))
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # laid out and painted, never on screen
        window.resize(1366, 768)
        window.show()
        for _ in range(5):
            QApplication.processEvents()
        title = window.windowTitle()
        grabbed = window.grab()
        if grabbed.isNull() or grabbed.width() < 100:
            raise RuntimeError("the main window did not paint")
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        shutdown_tasks()
        engine.close()
    return f"{grabbed.width()}×{grabbed.height()}, “{title}”"


CHECKS: tuple[Check, ...] = (
    Check("sqlcipher", "SQLCipher 加密数据库引擎", "SQLCipher database engine", _sqlcipher),
    Check("argon2", "Argon2id 口令散列", "Argon2id password hashing", _argon2),
    Check("cryptography", "密码库（Ed25519 签名、AES-GCM）", "cryptography (Ed25519, AES-GCM)", _cryptography),
    Check("qt-platform", "Qt 界面与平台插件", "Qt widgets and platform plugin", _qt_platform),
    Check("qt", "Qt 组件（QtPdf、QtCharts）", "Qt modules (QtPdf, QtCharts)", _qt_modules, ("qt-platform",)),
    Check("openpyxl", "Excel 表格（openpyxl）", "Excel sheets (openpyxl)", _openpyxl),
    Check("reportlab", "PDF 引擎（reportlab）", "PDF engine (reportlab)", _reportlab),
    Check("docxtpl", "DOCX 模板引擎（docxtpl）", "DOCX templates (docxtpl)", _docxtpl),
    Check("jsonschema", "移交包格式校验（jsonschema）", "Hand-off schema check (jsonschema)", _jsonschema),
    Check("book", "新建加密临时案件库", "Encrypted temporary case book", _book, ("sqlcipher", "argon2", "cryptography")),
    Check("search", "案件检索（1 个字和 3 个字）", "Case search (1 and 3 characters)", _search, ("book",)),
    Check("docx", "在沙箱进程中生成 DOCX 文书", "DOCX in the sandboxed worker process", _docx_worker, ("docxtpl",)),
    Check("pdf", "生成嵌入中文字体的 PDF", "PDF with the embedded Chinese font", _pdf_font, ("reportlab",)),
    Check("main-window", "构建主窗口（不显示在屏幕上）", "Main window built (not shown on screen)", _main_window, ("qt", "book")),
)


# --------------------------------------------------------------------------- running them


def run(checks: Sequence[Check] = CHECKS, out: TextIO | None = None) -> int:
    """Run ``checks`` in order, one line each; 0 when all passed, 1 otherwise (the last line names
    every part that failed). Whatever the checks made is removed before returning."""
    out = out or sys.stdout
    zh = _lang() == "zh"
    state = State(folder=Path(tempfile.mkdtemp(prefix="mediation-desk-selftest-")))
    print("mediation-desk 自检" if zh else "mediation-desk self-test", f"({_version('mediation-desk')})", file=out)
    failed: list[Check] = []
    done: set[str] = set()
    try:
        for check in checks:
            label = check.zh if zh else check.en
            missing = [n for n in check.needs if n not in done]
            if missing:
                names = "、".join(_label(n, checks, zh) for n in missing) if zh else \
                    ", ".join(_label(n, checks, zh) for n in missing)
                print(f"[跳过] {label}：依赖的“{names}”未通过" if zh else f"[skip] {label}: needs {names}",
                      file=out, flush=True)
                failed.append(check)
                continue
            started = time.perf_counter()
            try:
                detail = check.run(state)
                if isinstance(detail, tuple):
                    detail = detail[0] if zh else detail[1]
            except BaseException as exc:  # noqa: BLE001 - a failing part is reported, never a traceback
                if isinstance(exc, KeyboardInterrupt):
                    raise
                ms = (time.perf_counter() - started) * 1000
                print(f"[失败] {label}：{_error_text(exc, zh)}（{ms:.0f} 毫秒）" if zh
                      else f"[FAIL] {label}: {_error_text(exc, zh)} ({ms:.0f} ms)", file=out, flush=True)
                failed.append(check)
                continue
            ms = (time.perf_counter() - started) * 1000
            print(f"[通过] {label}：{detail}（{ms:.0f} 毫秒）" if zh else f"[ ok ] {label}: {detail} ({ms:.0f} ms)",
                  file=out, flush=True)
            done.add(check.key)
    finally:
        _clean_up(state)
    left = state.folder.exists()
    if left:
        print(f"[失败] 临时文件夹未能删除：{state.folder}" if zh else f"[FAIL] temporary folder not removed: {state.folder}",
              file=out)
    if failed:
        names = [c.zh if zh else c.en for c in failed]
        print(("自检未通过：" + "；".join(names)) if zh else ("Self-test FAILED: " + "; ".join(names)), file=out)
        return 1
    if left:
        return 1
    print(f"自检通过：{len(checks)} 项全部正常，临时文件已删除。" if zh
          else f"Self-test passed: all {len(checks)} checks, temporary files removed.", file=out)
    return 0


def main(argv: Sequence[str] = ()) -> int:
    if argv:
        print("--self-test 不接受其他参数。" if _lang() == "zh" else "--self-test takes no other arguments.",
              file=sys.stderr)
        return 2
    return run()


# --------------------------------------------------------------------------- helpers


def _lang() -> str:
    return "en" if os.environ.get("MEDIATION_DESK_LANG", "zh").startswith("en") else "zh"


def _label(key: str, checks: Sequence[Check], zh: bool) -> str:
    for c in checks:
        if c.key == key:
            return c.zh if zh else c.en
    return key


def _error_text(exc: BaseException, zh: bool) -> str:
    from mediation_desk.domain.errors import AppError

    if isinstance(exc, AppError):
        text = exc.text("zh" if zh else "en")
        detail = getattr(exc, "detail", None)
        return f"{text}（{detail}）" if zh and detail else (f"{text} ({detail})" if detail else text)
    return f"{type(exc).__name__}: {exc}"


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        from mediation_desk import __version__

        return __version__ if dist == "mediation-desk" else "?"


def _check_cipher(book: Any) -> None:
    from mediation_desk.storage.book import sqlcipher_checks

    try:
        problems = sqlcipher_checks(book.engine)
    except Exception as exc:  # noqa: BLE001 - reported as the check's failure
        raise RuntimeError(f"SQLCipher settings could not be read: {exc}") from None
    if problems:
        raise RuntimeError("; ".join(problems))


def _intake() -> Any:
    from mediation_desk.domain import clock
    from mediation_desk.domain.cases import (Claim, ClaimKind, Enterprise, EnterpriseRole, Industry, Intake,
                                             IntakeChannel, Person)
    from mediation_desk.domain.identifiers import credit_code_check_char, resident_id_check_char

    id_body = "36010219900101123"
    code_body = "91360100MA3500001"
    return Intake(
        worker=Person(name=_WORKER_NAME, id_number=id_body + resident_id_check_char(id_body), phone="13900000001"),
        respondents=(Enterprise(name="南昌速达配送服务有限公司", credit_code=code_body + credit_code_check_char(code_body),
                                role=EnterpriseRole.OUTSOURCING),),
        claims=(Claim(kind=ClaimKind.UNPAID_PAY, amount=Decimal("3200.50"), basis="拖欠两个月配送费"),),
        industry=Industry.FOOD_DELIVERY,
        platform="速达外卖",
        facts=f"申请人{_WORKER_NAME}在平台接单配送，被拖欠报酬。",
        received_on=clock.today() - timedelta(days=3),
        channel=IntakeChannel.WRITTEN,
    )


def _clean_up(state: State) -> None:
    if state.book is not None:
        try:
            state.book.close()
        except Exception:  # noqa: BLE001
            pass
    shutil.rmtree(state.folder, ignore_errors=True)


def _no_keyring_class() -> type:
    from mediation_desk.storage.keys import KEYRING_SERVICE, KeyringStore

    class NoKeyring(KeyringStore):
        """The self-test's book never goes into the OS keyring."""

        def __init__(self) -> None:  # noqa: D107 - deliberately does not call keyring
            self.service = KEYRING_SERVICE
            self._reason = "自检不使用系统密钥环"
            self._backend = None

    return NoKeyring


def _NoKeyring() -> Any:  # noqa: N802 - reads like the class it makes
    return _no_keyring_class()()
