"""Screenshots of the desk at 1366×768 (the common office screen), in Chinese and in English.

    PYTHONPATH=src .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--cases 60]

Builds a demo book in a temporary folder: a labour arbitration commission with the demo users and
synthetic disputes (``services.demo``), plus two worked cases -- one in mediation (a session,
proposals, evidence, a relationship worksheet and a document) and one in arbitration (accepted,
tribunal formed, a hearing on the calendar). Opens the main window offscreen and saves the case list
and each tab of the case view as ``<name>_<lang>.png`` (256 colours, so the files stay small).
Nothing of the machine it runs on appears in the pictures: the book lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta
from datetime import time as clock_time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)
SHOTS_PASSWORD = "screens-password-1"  # a real book's: the demo's published password is refused for one
TABS = {"mediation": "调解", "arbitration": "仲裁", "evidence": "证据", "worksheet": "劳动关系认定",
        "documents": "文书", "work_records": "工作记录"}


def _step(what: str, fn, *args, **kwargs):  # noqa: ANN001, ANN202
    """One part of the worked cases; a part the current code refuses is reported and left out."""
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - a missing part must not stop the other pictures
        print(f"  skipped {what}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return None


def build_book(folder: Path, cases: int):  # noqa: ANN201
    """The demo book; returns (book, admin, mediator, arbitrator, mediation case id, arbitration case id)."""
    from mediation_desk.config import AppPaths
    from mediation_desk.services.demo import generate_intakes
    from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
    from mediation_desk.domain.users import OrganisationView, OrgKind
    from mediation_desk.services import accounts, clock
    from mediation_desk.services import arbitration as arb
    from mediation_desk.services import evidence as ev
    from mediation_desk.services import mediation as med
    from mediation_desk.services import worksheets as ws
    from mediation_desk.services.cases import get_case, register_intake, register_many
    from mediation_desk.services.demo import DEMO_USERS, demo_history
    from mediation_desk.storage.book import create_book
    from mediation_desk.storage.keys import KEYRING_SERVICE, KeyringStore
    from mediation_desk.storage.vault import Vault

    class NoKeyring(KeyringStore):
        def __init__(self) -> None:  # the pictures never touch the machine's keyring
            self.service = KEYRING_SERVICE
            self._reason = "screenshots"
            self._backend = None

    book = create_book(AppPaths(folder), "screenshots-passphrase", keyring=NoKeyring())
    org = OrganisationView(name="南昌市劳动人事争议仲裁委员会", kind=OrgKind.ARBITRATION, doc_prefix="洪劳人仲案字",
                           address="江西省南昌市红谷滩区丰和中大道1288号", phone="0791-86100000")
    admin = accounts.setup_organisation(book.uow, org=org, admin_username="admin", admin_display_name="系统管理员",
                                        admin_password=SHOTS_PASSWORD)
    for username, name, role in DEMO_USERS:
        accounts.create_user(book.uow, admin, username=username, display_name=name, role=role, password=SHOTS_PASSWORD)
    mediator = accounts.log_in(book.uow, username="mediator", password=SHOTS_PASSWORD)
    arbitrator = accounts.log_in(book.uow, username="arbitrator", password=SHOTS_PASSWORD)
    today = clock.today()
    register_many(book.uow, mediator, generate_intakes(cases, seed=2026), total=cases,
                  history=lambda intake: demo_history(intake, today))

    worked = list(generate_intakes(8, seed=4711))
    m_case = register_intake(book.uow, mediator, replace(worked[5], received_on=today - timedelta(days=9)))
    a_case = register_intake(book.uow, mediator, replace(worked[2], received_on=today - timedelta(days=6)))
    held = today - timedelta(days=4)
    session = _step("mediation session", med.record_session, book.uow, mediator, case_id=m_case, held_on=held,
                    starts_at=clock_time(9, 30), ends_at=clock_time(11, 20), place="第二调解室",
                    participants="申请人本人；被申请人委托代理人", mediator=mediator.display_name,
                    record="申请人：要求支付拖欠的报酬。\n被申请人：同意协商，但金额过高。")
    sid = getattr(session, "id", None)
    _step("proposal", med.add_proposal, book.uow, mediator, case_id=m_case, side="worker",
          content="支付拖欠报酬及押金", amount=Decimal("6800"), on=held, session_id=sid)
    _step("proposal", med.add_proposal, book.uow, mediator, case_id=m_case, side="employer",
          content="一次性支付", amount=Decimal("4500"), on=held, session_id=sid,
          party=worked[5].respondents[0].name)
    vault = Vault(book)
    files = folder.parent / "evidence"
    files.mkdir(exist_ok=True)
    for i, (kind, title, purpose, name) in enumerate((
            (EvidenceType.ELECTRONIC_DATA, "骑手App排班与考勤截图", "证明申请人按站点排班上线、迟到扣款", "schedule.png"),
            (EvidenceType.DOCUMENTARY, "2026年8月至9月配送费结算单", "证明被申请人拖欠两个月配送费", "statement.pdf"),
            (EvidenceType.AUDIO_VISUAL, "站长通知停止派单的录音", "证明被申请人单方停止派单", "call.m4a"))):
        path = files / name
        path.write_bytes(f"{title}\n".encode() * (200 + 50 * i))
        _step("evidence", ev.add_evidence, book.uow, vault, mediator, source_path=path, evidence=EvidenceInput(
            case_id=m_case, type=kind, title=title, purpose=purpose, provided_by="申请人", source="申请人提交",
            collected_on=held, original_seen=True, original_filename=name))
    _step("work records", _import_orders, book.uow, mediator, m_case, files / "订单明细.csv", held)
    detail = get_case(book.uow, mediator, m_case)
    _step("worksheet", ws.save_worksheet, book.uow, mediator, case_id=m_case, chain=ws.respondent_chain(detail),
          answers={"time_autonomy": "controlled", "process_control": "dominant", "continuity": "continuous",
                   "price_autonomy": "enterprise_sets", "remuneration": "piece_rate",
                   "rules_and_discipline": "employer_discipline", "tools": "mixed", "work_place": "assigned_area",
                   "exclusivity": "discouraged", "business_integration": "yes", "personal_service": "yes"},
          context=None, decision="confirmed")

    from mediation_desk.app import LazyDocumentEngine
    from mediation_desk.services.documents import render_document

    renderer = LazyDocumentEngine()
    try:
        _step("document", render_document, book.uow, renderer, mediator, case_id=m_case,
              template="mediation_application")
        _step("document", render_document, book.uow, renderer, mediator, case_id=m_case, template="evidence_list")
    finally:
        renderer.close()

    _step("acceptance", arb.review_application, book.uow, arbitrator, case_id=a_case, decided_on=today - timedelta(days=5),
          checklist={"scope": True, "claims_and_facts": True, "proper_parties": True, "jurisdiction": True})
    _step("tribunal", arb.form_tribunal, book.uow, arbitrator, case_id=a_case,
          members=[arb.ArbitratorRef(arbitrator.display_name, arbitrator.user_id)],
          formed_on=today - timedelta(days=4), notified_on=today - timedelta(days=4))
    start = datetime.combine(today + timedelta(days=10), datetime.min.time()).replace(hour=9, minute=30)
    _step("hearing", arb.schedule_hearing, book.uow, arbitrator, case_id=a_case, starts_at=start,
          ends_at=start + timedelta(hours=2), room="第一仲裁庭")
    _step("court records", _court_records, book, mediator, arbitrator, list(generate_intakes(12, seed=1207))[6:], today)
    return book, admin, mediator, arbitrator, m_case, a_case


def _court_records(book, mediator, arbitrator, intakes, today) -> None:  # noqa: ANN001
    """Awards made some weeks ago and what the courts did with them (for the 裁审衔接 page): one
    suit judged item by item, one withdrawn, one award not taken to court."""
    from mediation_desk.domain.court import (BroughtBy, CourtDecision, FilingInput, ItemResult, ItemResultInput,
                                             OutcomeInput, ProceedingKind)
    from mediation_desk.services import arbitration as arb
    from mediation_desk.services import court
    from mediation_desk.services.cases import get_case, register_intake

    u = book.uow
    results = ((ItemResult.UPHELD, ItemResult.CHANGED, ItemResult.UPHELD), None, ())
    for n, (intake, outcome) in enumerate(zip(intakes, results)):
        made = today - timedelta(days=60 - 5 * n)
        case_id = register_intake(u, mediator, replace(intake, received_on=made - timedelta(days=40)))
        arb.review_application(u, arbitrator, case_id=case_id, decided_on=made - timedelta(days=35),
                               checklist={"scope": True, "claims_and_facts": True, "proper_parties": True,
                                          "jurisdiction": True})
        arb.form_tribunal(u, arbitrator, case_id=case_id, members=[arb.ArbitratorRef(arbitrator.display_name,
                                                                                      arbitrator.user_id)],
                          formed_on=made - timedelta(days=34))
        arb.decide_written_review(u, arbitrator, case_id=case_id, on=made - timedelta(days=10), reason="双方书面同意不开庭")
        detail = get_case(u, arbitrator, case_id)
        employer = next(p for p in detail.parties if p.side.value == "respondent")
        worker = next(p for p in detail.parties if p.side.value == "applicant")
        claims = [c for c in detail.claims if c.amount][:3]
        rulings = tuple(arb.Ruling(claim=c.kind.label, outcome=arb.GRANTED, amount=c.amount, claimed_amount=c.amount,
                                   claim_kind=c.kind, payers=(employer.name,), due_days=10, calculation=f"{c.amount}元")
                        for c in claims)
        draft = arb.AwardDraft(claims=tuple(r.claim for r in rulings),
                               facts=(arb.FactFound("申请人在被申请人处从事配送工作。"),),
                               reasoning="依照《中华人民共和国劳动合同法》第三十条……", rulings=rulings, award_date=made,
                               monthly_minimum_wage=Decimal("1850"))
        award = arb.approve_award(u, arbitrator, award_id=arb.draft_award(u, arbitrator, case_id=case_id,
                                                                          draft=draft).id)
        for party in (worker, employer):
            arb.serve_award(u, arbitrator, award_id=award.id, party_id=party.id, method="direct",
                            sent_on=made + timedelta(days=2), signed_by=party.name)
        if outcome == ():
            continue
        suit = court.record_filing(u, arbitrator, filing=FilingInput(
            case_id=case_id, kind=ProceedingKind.LAWSUIT, court="南昌市红谷滩区人民法院", filed_on=made + timedelta(days=10),
            brought_by=BroughtBy.WORKER, court_case_number=f"（{made.year}）赣0113民初{3100 + n}号", award_id=award.id))
        if outcome is None:
            decision = OutcomeInput(decision=CourtDecision.WITHDRAWN, decided_on=made + timedelta(days=30),
                                    judgment_number=f"（{made.year}）赣0113民初{3100 + n}号之一")
        else:
            items = tuple(ItemResultInput(i + 1, r, (c.amount * Decimal("0.8")).quantize(Decimal("0.01"))
                                          if r is ItemResult.CHANGED else None)
                          for i, (r, c) in enumerate(zip(outcome, claims)))
            decision = OutcomeInput(decision=CourtDecision.JUDGMENT, decided_on=made + timedelta(days=45),
                                    judgment_number=f"（{made.year}）赣0113民初{3100 + n}号", items=items)
        court.record_outcome(u, None, arbitrator, proceeding_id=suit.id, outcome=decision)


def _demo_package(path: Path) -> None:
    """A signed case-file package (卷宗移送) for the viewer's picture, with a key made here."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from mediation_desk.handoff.format import key_id_of
    from mediation_desk.handoff.writer import ZipPackageWriter
    from mediation_desk.services.handoff_ports import PDF, PackageFile

    class Signer:
        def __init__(self) -> None:
            self._key = Ed25519PrivateKey.generate()

        @property
        def key_id(self) -> str:
            return key_id_of(self.public_key())

        def public_key(self) -> bytes:
            return self._key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

        def sign(self, message: bytes) -> bytes:
            return self._key.sign(message)

    def pdf(name: str, title: str, role: str, size: int) -> PackageFile:
        data = b"%PDF-1.4\n" + title.encode() * (size // len(title.encode()))
        return PackageFile(name=name, title=title, role=role, media_type=PDF, open=lambda: iter((data,)))

    employer, worker = "南昌快跑配送服务有限公司", "李建华"
    manifest = {
        "kind": "case_file", "title": "卷宗移送材料",
        "sender": {"name": "南昌市劳动人事争议仲裁委员会", "kind": "arbitration", "address": "江西省南昌市红谷滩区丰和中大道1288号",
                   "phone": "0791-86100000"},
        "court": {"name": "南昌市红谷滩区人民法院", "reference": "（2026）赣0113民初3100号"},
        "case": {"number": "洪劳人仲案字〔2026〕第118号", "received_on": "2026-08-03", "cause": "劳动报酬争议",
                 "status": "移送法院", "relates_to": None},
        "parties": [{"role": "applicant", "kind": "person", "name": worker, "id_type": "居民身份证",
                     "id_number": "360102199001011234", "phone": "13800000000", "address": "南昌市东湖区"},
                    {"role": "respondent", "kind": "organisation", "name": employer, "id_type": "统一社会信用代码",
                     "id_number": "91360100MA35XXXX1X", "phone": "", "address": "南昌市红谷滩区"}],
        "claims": [{"no": 1, "kind": "unpaid_pay", "title": "支付拖欠的劳动报酬", "amount": "6790.00"},
                   {"no": 2, "kind": "unlawful_termination", "title": "支付违法解除劳动合同赔偿金", "amount": "36000.00"}],
        "award": {"number": "洪劳人仲案字〔2026〕第118号", "date": "2026-10-12", "finality": "mixed",
                  "items": [{"no": 1, "text": "被申请人支付申请人拖欠的劳动报酬", "payer": employer, "payee": worker,
                             "amount": "6790.00", "final": True},
                            {"no": 2, "text": "被申请人支付申请人违法解除劳动合同赔偿金", "payer": employer, "payee": worker,
                             "amount": "36000.00", "final": False}]},
        "agreement": None,
        "dates": [{"code": "award_served", "label": "裁决书送达", "date": "2026-10-14", "party": employer}],
        "periods": [{"code": "sue_after_award", "label": "不服仲裁裁决起诉期限", "starts": "2026-10-14", "due": "2026-10-29"}],
        "outcome": None, "referral": None, "audit_anchor": None, "notes": "",
    }
    files = [pdf("documents/award.pdf", "仲裁裁决书", "award", 48_000),
             pdf("documents/application.pdf", "仲裁申请书", "application", 21_000),
             pdf("records/hearing-record.pdf", "庭审笔录", "record", 35_000),
             pdf("evidence/e01-statement.pdf", "证据1 配送费结算单", "evidence", 12_000),
             pdf("documents/service-receipts.pdf", "送达回证", "receipt", 6_000)]
    ZipPackageWriter().write(path, manifest, files, Signer())


def _import_orders(uow, actor, case_id: int, path: Path, last_day) -> None:  # noqa: ANN001
    """Ten weeks of a rider's orders as the platform app exports them (CSV), imported into the case."""
    import csv
    import random

    from mediation_desk.services import work_records as wr

    rng = random.Random(7)
    first = last_day - timedelta(days=last_day.weekday() + 7 * 10)
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh)
        out.writerow(["订单编号", "订单类型", "接单时间", "送达时间", "配送距离(公里)", "配送费(元)", "补贴(元)", "罚款(元)",
                      "备注"])
        n = 0
        for week in range(10):
            rest = rng.randrange(7)
            for day in range(7):
                if day == rest:
                    continue
                d = first + timedelta(days=7 * week + day)
                for hour, length in ((10.5, 3.5), (16.5, 4.5 + rng.random() * 2)):
                    t = datetime.combine(d, datetime.min.time()) + timedelta(hours=hour, minutes=rng.randrange(20))
                    end = t + timedelta(hours=length)
                    while t < end:
                        minutes = rng.randrange(15, 36)
                        n += 1
                        out.writerow([f"SD{d:%Y%m%d}{n:05d}", "外卖配送", f"{t:%Y-%m-%d %H:%M:%S}",
                                      f"{t + timedelta(minutes=minutes):%Y-%m-%d %H:%M:%S}",
                                      f"{rng.randrange(8, 60) / 10}", f"{rng.randrange(500, 1000) / 100:.2f}", "",
                                      "50.00" if rng.random() < 0.01 else "", ""])
                        t += timedelta(minutes=minutes + rng.randrange(1, 12))
    source = wr.read_work_record_source(path)
    suggestion = wr.suggest_mapping(uow, actor, platform="速达外卖", source=source)
    wr.import_work_records(uow, actor, case_id=case_id, source_path=path, platform="速达外卖",
                           mapping=suggestion.mapping, minimum_hourly="一类")


def _settle(app) -> None:  # noqa: ANN001
    from mediation_desk.ui.tasks import TaskRunner

    runner = TaskRunner.instance()
    for _ in range(3):
        end = time.monotonic() + 30
        while not runner.idle and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)


def _save(widget, path: Path) -> None:  # noqa: ANN001
    from PIL import Image

    image = widget.grab().toImage()
    raw = path.with_suffix(".raw.png")
    image.save(str(raw))
    with Image.open(raw) as im:
        im.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    raw.unlink()
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({path.stat().st_size // 1024} KB)")


def shoot(app, book, principal, m_case: int, a_case: int, lang: str, out: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QLocale

    from mediation_desk.app import LazyDocumentEngine, handoff_tools, install_translators
    from mediation_desk.services import clock
    from mediation_desk.storage.maintenance import backup_to_folder, verify_book
    from mediation_desk.storage.vault import Vault
    from mediation_desk.ui.context import DeskContext
    from mediation_desk.ui.errors import set_app_state
    from mediation_desk.ui.main_window import MainWindow

    locale = QLocale()
    translators = install_translators(app, lang)
    set_app_state(app, lang=lang, log_file=None)
    renderer = LazyDocumentEngine()
    ctx = DeskContext(uow=book.uow, principal=principal, data_dir=book.paths.data_dir, book_label="南昌市劳动人事争议仲裁委员会",
                      backup_now=lambda folder, keep, progress: backup_to_folder(book, folder, keep, progress),
                      verify=lambda progress: verify_book(book, progress), default_backup_dir=book.paths.backups_dir,
                      vault=Vault(book), renderer=renderer, handoff=handoff_tools(book))
    try:
        window = MainWindow(ctx, first_backup_check_ms=None)
        window.resize(*SIZE)
        window.show()
        _settle(app)
        page = window.cases_page
        page.select_row(0)
        _settle(app)
        _save(window, out / f"case_list_{lang}.png")

        def case_tab(case_id: int, name: str | None) -> None:
            page.show_case_by_id(case_id)
            _settle(app)
            if name is None:
                page.case_tabs.setCurrentIndex(0)
            else:
                names = [n for n, _t in page._panel_tabs]  # noqa: SLF001 - the script drives the view
                if name not in names:
                    print(f"  no {name} tab", file=sys.stderr)
                    return
                page.case_tabs.setCurrentWidget(page.panel(name))
            _settle(app)

        case_tab(m_case, None)
        _save(window, out / f"overview_{lang}.png")
        for name in ("mediation", "evidence", "work_records", "worksheet", "documents"):
            case_tab(m_case, name)
            _save(window, out / f"{name}_{lang}.png")
            if name == "work_records":  # the panel scrolled down to its chart
                from PySide6.QtCharts import QChartView
                from PySide6.QtWidgets import QScrollArea, QTabWidget

                scroll = QTabWidget.widget(page.case_tabs, page.case_tabs.currentIndex())
                charts = page.panel(name).findChildren(QChartView)
                if isinstance(scroll, QScrollArea) and charts:
                    _settle(app)
                    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
                    _settle(app)
                    _save(window, out / f"work_records_chart_{lang}.png")
        case_tab(a_case, "arbitration")
        arbitration = page.panel("arbitration")
        _save(window, out / f"arbitration_{lang}.png")
        sections = getattr(arbitration, "sections", None)
        if sections is not None:
            sections.setCurrentIndex(sections.count() - 1)  # the award
            _step("award draft", arbitration.rulings_from_claims)
            _settle(app)
            _save(window, out / f"award_{lang}.png")
        case_tab(a_case, "court")  # 法院衔接: packages, outbox, court proceedings; and the make-a-package dialog
        court_tab = page.panel("court")
        _save(window, out / f"court_handoff_{lang}.png")
        if getattr(court_tab, "state", None) is not None:
            court_tab.open_make_package()
            _settle(app)
            dialog = getattr(court_tab, "dialog", None)
            if dialog is not None:
                _save(dialog, out / f"make_package_{lang}.png")
                dialog.reject()
                _settle(app)
        # the pages beside the case list: deadlines, hearing calendar, settings (users and backups)
        for attr, name in (("deadlines_page", "deadlines"), ("hearings_page", "hearings")):
            shown = getattr(window, attr, None)
            if shown is not None:
                window.nav.setCurrentRow(window.stack.indexOf(shown))
                _settle(app)
                _save(window, out / f"{name}_{lang}.png")
        holder = getattr(window, "statistics_page", None)
        if holder is not None:  # this year's dispute tables, computed
            window.nav.setCurrentRow(window.stack.indexOf(holder))
            _settle(app)
            stats = holder.page
            stats.set_period("year", clock.today().replace(month=1, day=1))
            stats.compute()
            _settle(app)
            _save(window, out / f"statistics_{lang}.png")
        holder = getattr(window, "platform_page", None)
        if holder is not None:  # this year's platform-enterprise report, computed: its table and charts
            window.nav.setCurrentRow(window.stack.indexOf(holder))
            _settle(app)
            platforms = holder.page
            platforms.set_period("year", clock.today().replace(month=1, day=1))
            platforms.compute()
            _settle(app)
            _save(window, out / f"platform_report_{lang}.png")
            platforms.ui.tabs.setCurrentIndex(1)
            _settle(app)
            _save(window, out / f"platform_report_charts_{lang}.png")
        holder = getattr(window, "court_figures_page", None)
        if holder is not None:  # the 裁审衔接 figures of the last twelve months and the cases behind a number
            window.nav.setCurrentRow(window.stack.indexOf(holder))
            _settle(app)
            figures = holder.page
            figures.set_period("custom", clock.today() - timedelta(days=364), clock.today())
            figures.compute()
            _settle(app)
            figures.list_cases(0, 3)  # 仲裁后起诉率
            _settle(app)
            _save(window, out / f"court_figures_{lang}.png")
        with tempfile.TemporaryDirectory(prefix="desk-package-") as folder:  # a signed package, read-only
            package = Path(folder) / "卷宗移送.mdpkg"
            _step("package", _demo_package, package)
            if package.exists():
                from mediation_desk.ui.dialogs.package_viewer import PackageViewerDialog

                viewer = PackageViewerDialog(package, ctx=ctx, parent=window)
                viewer.resize(*SIZE)
                viewer.show()
                viewer.verify()
                _settle(app)
                _save(viewer, out / f"package_viewer_{lang}.png")
                viewer.reject()
        settings = window.settings_page
        window.nav.setCurrentRow(window.stack.indexOf(settings))
        for tab, name in ((settings.users_tab, "settings_users"), (settings.backup_tab, "settings_backup"),
                          (settings.holidays_tab, "settings_holidays"), (settings.handoff_tab, "settings_handoff")):
            settings.tabs.setCurrentWidget(tab)
            _settle(app)
            _save(window, out / f"{name}_{lang}.png")
        window.close()
    finally:
        _settle(app)
        renderer.close()
        QLocale.setDefault(locale)
        for t in translators:
            app.removeTranslator(t)


def shoot_first_run(app, lang: str, out: Path) -> None:  # noqa: ANN001
    """The first-run assistant's pages (its work is not run: the pictures need none)."""
    from PySide6.QtCore import QLocale

    from mediation_desk.app import install_translators
    from mediation_desk.storage.keys import MIN_PASSPHRASE_LEN
    from mediation_desk.ui.dialogs.first_run import (CHOOSE, OPEN, ORG, PASSPHRASE, RESTORE, SHEET,
                                                     FirstRunAssistant, FirstStartActions)
    from mediation_desk.ui.errors import set_app_state

    locale = QLocale()
    translators = install_translators(app, lang)
    set_app_state(app, lang=lang, log_file=None)
    try:
        actions = FirstStartActions(create=lambda new: None, sheet=lambda *a: b"", check_folder=lambda folder: True,
                                    restore=lambda *a: None, demo=lambda progress: None)
        home = Path("/home/user/.local/share")
        dialog = FirstRunAssistant(home / "mediation-desk", home / "mediation-desk-demo", actions,
                                   min_length=MIN_PASSPHRASE_LEN)
        dialog.resize(*SIZE)
        dialog.show()
        dialog.org.name.setText("南昌市东湖区劳动人事争议调解中心")
        dialog.org.doc_prefix.setText("洪东调字")
        dialog.ui.username.setText("admin")
        dialog.ui.display_name.setText("涂建国")
        dialog.ui.passphrase.setText("ganjiang-2026")
        dialog.ui.sheet_intro.setText(dialog.tr("案件库已创建：{folder}").format(folder=str(home / "mediation-desk")))
        for page, name in ((CHOOSE, "first_run_choose"), (ORG, "first_run_organisation"),
                           (PASSPHRASE, "first_run_passphrase"), (SHEET, "first_run_sheet"),
                           (OPEN, "first_run_open"), (RESTORE, "first_run_restore")):
            dialog.go(page)
            _settle(app)
            _save(dialog, out / f"{name}_{lang}.png")
        dialog.close()
    finally:
        QLocale.setDefault(locale)
        for t in translators:
            app.removeTranslator(t)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--first-run-only", action="store_true", help="only the first-run assistant's pages")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from mediation_desk.resources import resource_path
    from mediation_desk.ui import gc_guard
    from mediation_desk.ui.fonts import install_cjk_font
    from mediation_desk.ui.tasks import shutdown_tasks

    app = QApplication(["mediation-desk"])
    gc_guard.install(app)
    install_cjk_font(app, resource_path("resources", "fonts", "wqy-microhei.ttc"))
    if args.first_run_only:
        for lang in ("zh", "en"):
            shoot_first_run(app, lang, args.out)
        shutdown_tasks()
        return 0
    with tempfile.TemporaryDirectory(prefix="desk-shots-") as tmp:
        print("building the demo book ...")
        book, _admin, _mediator, arbitrator, m_case, a_case = build_book(Path(tmp) / "book", args.cases)
        try:
            for lang in ("zh", "en"):
                print(f"screens in {lang}:")
                shoot_first_run(app, lang, args.out)
                shoot(app, book, arbitrator, m_case, a_case, lang, args.out)
        finally:
            shutdown_tasks()
            book.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
