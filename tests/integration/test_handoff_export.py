"""Outgoing hand-off packages built from demo cases: every kind, its manifest content (the fields of
docs/handoff-format.md), its file list (names, roles, streams that yield the stored bytes with the
recorded SHA-256), the application or letter read back from the DOCX, the refusals, and that a
package is recorded only after it was written.

These tests stand in a small collecting writer for ``handoff.writer`` (it consumes every stream,
checks each hash and signs the manifest with the book's real Ed25519 key). The end-to-end tests that
write, verify and import a real ``.mdpkg`` are ``test_handoff_export_zip_*`` once the ZIP writer and
reader are in the same tree."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mediation_desk.config import AppPaths
from mediation_desk.documents.engine import DocumentEngine
from mediation_desk.domain.cases import CaseQuery, CaseStatus, ClaimKind, PartySide
from mediation_desk.domain.errors import ConflictError, PermissionDenied, ValidationError
from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
from mediation_desk.domain.handoff import OUTGOING_KINDS, PackageKind, PreservationRequest
from mediation_desk.domain.mediation import AgreementItem
from mediation_desk.services import accounts, clock
from mediation_desk.services import arbitration as arb
from mediation_desk.services import mediation as med
from mediation_desk.services.cases import get_case, list_cases
from mediation_desk.services.demo import create_demo
from mediation_desk.services.documents import list_documents
from mediation_desk.services.evidence import add_evidence
from mediation_desk.services.handoff_export import export_package
from mediation_desk.services.handoff_ports import PackageFile, WrittenPackage
from mediation_desk.storage import orm
from mediation_desk.storage.book import create_book
from mediation_desk.storage.handoff_keys import BookSigner, verify_signature
from mediation_desk.storage.maintenance.anchor import handoff_anchor
from mediation_desk.storage.vault import Vault
from tests.integration.test_documents import docx_text
from tests.support.books import PASSPHRASE, NoKeyring

PASSWORD = "demo-password-1"
MONEY = re.compile(r"^\d+\.\d{2}$")
CONTENT_KEYS = {"kind", "title", "sender", "court", "case", "parties", "claims", "award", "agreement", "dates",
                "periods", "outcome", "referral", "audit_anchor", "notes"}
ROLES = {"application", "agreement", "award", "notice", "record", "evidence", "identity", "receipt", "judgment",
         "letter", "list", "other"}
NAME = re.compile(r"^(documents|evidence|identity|records)/[A-Za-z0-9._()\-]+(/[A-Za-z0-9._()\-]+)*$")


@dataclass
class Collected:
    manifest: dict[str, Any]
    files: list[PackageFile]
    contents: dict[str, bytes]
    signature: bytes
    manifest_bytes: bytes


class CollectingWriter:
    """Consumes every stream as the ZIP writer would, refuses one whose SHA-256 differs from the
    expected one, and signs the manifest bytes with the signer it is given."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.last: Collected | None = None

    def write(self, target: Path, manifest, files, signer, *, progress=None) -> WrittenPackage:  # noqa: ANN001
        contents = {}
        entries = []
        for f in files:
            data = b"".join(f.open())
            digest = hashlib.sha256(data).hexdigest()
            if f.expected_sha256:
                assert digest == f.expected_sha256, f.name
            contents[f.name] = data
            entries.append({"name": f.name, "title": f.title, "role": f.role, "media_type": f.media_type,
                            "size": len(data), "sha256": digest})
        if self.fail:
            raise OSError(28, "No space left on device")
        full = {**manifest, "format": "mediation-desk-handoff", "version": 1, "package_id": str(uuid.uuid4()),
                "created_at": clock.now().isoformat(), "files": entries,
                "signing_key": {"key_id": signer.key_id, "algorithm": "Ed25519", "public_key": ""}}
        raw = json.dumps(full, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8")
        signature = signer.sign(raw)
        target.write_bytes(raw)
        self.last = Collected(dict(manifest), list(files), contents, signature, raw)
        return WrittenPackage(path=target, package_id=full["package_id"], manifest_sha256=hashlib.sha256(raw).hexdigest(),
                              size=len(raw), files=len(entries), key_id=signer.key_id)


def _book(tmp_path_factory, kind: str, cases: int):  # noqa: ANN001, ANN202
    book = create_book(AppPaths(Path(tmp_path_factory.mktemp(f"demo-{kind}")) / "book"), PASSPHRASE,
                       keyring=NoKeyring())
    create_demo(book.uow, cases=cases, password=PASSWORD, seed=2026, kind=kind)
    return book


@pytest.fixture(scope="module")
def engine():
    e = DocumentEngine()
    yield e
    e.close()


@pytest.fixture(scope="module")
def commission(tmp_path_factory):
    book = _book(tmp_path_factory, "arbitration", 12)
    yield book
    book.close()


@pytest.fixture(scope="module")
def centre(tmp_path_factory):
    book = _book(tmp_path_factory, "mediation", 40)
    yield book
    book.close()


def _staff(book, username: str):  # noqa: ANN001, ANN202
    return accounts.log_in(book.uow, username=username, password=PASSWORD)


def _cases(book, actor, status: CaseStatus | None = None):  # noqa: ANN001, ANN202
    return list_cases(book.uow, actor, CaseQuery(status=status), offset=0, limit=500)


def _export(book, engine, actor, case_id, kind, tmp_path, writer=None, **kw):  # noqa: ANN001, ANN202
    writer = writer or CollectingWriter()
    target = tmp_path / f"{kind}-{case_id}.mdpkg"
    written = export_package(book.uow, engine, Vault(book), writer, BookSigner(book, actor=actor.username), actor,
                             case_id=case_id, kind=kind, target=target, anchor=handoff_anchor(book), **kw)
    return written, writer.last


def _add_file(book, actor, case_id: int, tmp_path: Path, title: str, data: bytes, name: str):  # noqa: ANN001, ANN202
    path = tmp_path / name
    path.write_bytes(data)
    return add_evidence(book.uow, Vault(book), actor, source_path=path, evidence=EvidenceInput(
        case_id=case_id, type=EvidenceType.DOCUMENTARY,
        title=title, purpose="证明当事人身份和工作事实", provided_by="申请人"))


def _check_manifest(m: dict[str, Any], kind: str, detail) -> None:  # noqa: ANN001
    assert set(m) == CONTENT_KEYS
    assert m["kind"] == kind and m["title"]
    assert set(m["sender"]) == {"name", "kind", "address", "phone"} and m["sender"]["name"]
    assert set(m["court"]) == {"name", "reference"} and m["court"]["name"]
    assert set(m["case"]) == {"number", "received_on", "cause", "status", "relates_to"}
    assert m["case"]["number"] == detail.summary.number
    assert m["case"]["received_on"] == detail.summary.received_on.isoformat()
    applicants = [p for p in m["parties"] if p["role"] == "applicant"]
    assert applicants and {p["role"] for p in m["parties"]} <= {"applicant", "respondent", "third_party"}
    for p in m["parties"]:
        assert set(p) == {"role", "kind", "name", "id_type", "id_number", "phone", "address"}
        assert p["kind"] in ("person", "organisation")
    named = {p.name for p in detail.parties if p.side is not PartySide.AGENT}
    assert {p["name"] for p in m["parties"]} == named
    for c in m["claims"]:
        assert set(c) == {"no", "kind", "title", "amount"}
        assert c["amount"] is None or MONEY.match(c["amount"])
    for d in m["dates"]:
        assert set(d) == {"code", "label", "date", "party"} and re.match(r"^\d{4}-\d{2}-\d{2}$", d["date"])
    for p in m["periods"]:
        assert set(p) == {"code", "label", "starts", "due"}
    assert m["outcome"] is None and m["referral"] is None
    assert m["audit_anchor"]["book_id"] and m["audit_anchor"]["head_hash"]
    json.dumps(m, ensure_ascii=False)  # plain JSON values only


def _check_files(c: Collected) -> None:
    names = [f.name for f in c.files]
    assert len(names) == len(set(names))
    for f in c.files:
        assert NAME.match(f.name) and ".." not in f.name, f.name
        assert f.role in ROLES and f.title and f.media_type
        assert f.expected_sha256 and hashlib.sha256(c.contents[f.name]).hexdigest() == f.expected_sha256
        again = b"".join(f.open())  # a fresh stream on every call
        assert again == c.contents[f.name]
    # the application or letter as PDF (of record) and as DOCX (for the court to edit), then the evidence list
    assert names[0].startswith("documents/01-") and names[0].endswith(".pdf")
    assert names[1] == names[0].removesuffix(".pdf") + ".docx"
    assert names[2] == "documents/02-evidence-list.pdf"
    assert c.contents[names[0]].startswith(b"%PDF") and c.contents[names[2]].startswith(b"%PDF")
    for f in c.files[2:]:  # every other document travels as PDF only
        if f.name.startswith("documents/") and not f.name.startswith("documents/E"):
            assert f.media_type == "application/pdf" and f.name.endswith(".pdf"), f.name
            assert c.contents[f.name].startswith(b"%PDF"), f.name


def _registered(book, case_id: int) -> list:  # noqa: ANN001
    with book.uow.read() as tx:
        return tx.handoff.list_for_case(case_id)


def _events(book, case_id: int) -> dict:  # noqa: ANN001
    with book.uow.read() as tx:
        return tx.cases.events_of(case_id)


def _yuan(amount: Decimal) -> str:
    return f"{amount:,.2f}元"


# --------------------------------------------------------------------------- mediation centre


def _demo_agreement(book, mediator, *, overdue: bool):  # noqa: ANN001, ANN202
    """The demo centre's walked case with an agreement whose pay is (or is not yet) overdue."""
    today = clock.today()
    for summary in _cases(book, mediator, CaseStatus.AGREEMENT):
        outcome = med.mediation_overview(book.uow, mediator, case_id=summary.id).outcome
        if outcome is None or not outcome.items:
            continue
        late = any(s.item.due_on < today for s in outcome.items)
        if late == overdue and not _registered(book, summary.id):
            item = outcome.items[0].item
            return summary.id, item.obligee, item.obligor, outcome.decided_on, item
    pytest.fail("the demo centre has no such agreement")


def _agree(book, mediator, *, days_ago: int, due_in: int, engine=None):  # noqa: ANN001, ANN202
    """A further demo dispute mediated to an agreement ``days_ago`` days ago, due ``due_in`` days after it."""
    from dataclasses import replace as _replace

    from mediation_desk.services.cases import change_status, register_intake
    from mediation_desk.services.demo.data import generate_intakes

    today = clock.today()
    n = len(_cases(book, mediator))
    intake = next(i for i in generate_intakes(n + 5, seed=99 + n) if not i.members and i.claims)
    received = today - timedelta(days=days_ago + 1)
    case_id = register_intake(book.uow, mediator, _replace(intake, received_on=received))
    change_status(book.uow, mediator, case_id=case_id, target=CaseStatus.MEDIATION, on=received, reason="受理调解申请")
    detail = get_case(book.uow, mediator, case_id)
    worker = next(p.name for p in detail.parties if p.side is PartySide.APPLICANT)
    employer = next(p.name for p in detail.parties if p.side is PartySide.RESPONDENT)
    agreed_on = today - timedelta(days=days_ago)
    items = [AgreementItem(obligor=employer, obligee=worker, content="2025年9月至10月拖欠的劳动报酬",
                           claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("3260.50"),
                           due_on=agreed_on + timedelta(days=due_in), method="银行转账")]
    med.conclude_agreement(book.uow, mediator, case_id=case_id, agreed_on=agreed_on, items=items, renderer=engine)
    return case_id, worker, employer, agreed_on


def test_handoff_export_content_judicial_confirmation_from_a_demo_mediation_case(centre, engine, tmp_path):
    mediator = _staff(centre, "mediator")
    case_id, worker, employer, agreed_on, first = _demo_agreement(centre, mediator, overdue=False)
    _add_file(centre, mediator, case_id, tmp_path, "申请人居民身份证复印件", b"\xff\xd8id-card-scan" * 50, "id.jpg")
    _add_file(centre, mediator, case_id, tmp_path, "平台收入流水截图", b"\x89PNGpay-screens" * 80, "pay.png")
    written, c = _export(centre, engine, mediator, case_id, "judicial_confirmation", tmp_path,
                         court_name="南昌市东湖区人民法院")
    detail = get_case(centre.uow, mediator, case_id)
    _check_manifest(c.manifest, "judicial_confirmation", detail)
    _check_files(c)
    m = c.manifest
    assert m["court"] == {"name": "南昌市东湖区人民法院", "reference": ""}
    assert m["award"] is None and m["agreement"]["effective_on"] == agreed_on.isoformat()
    item = m["agreement"]["items"][0]
    assert (item["payer"], item["payee"], item["amount"]) == (employer, worker, f"{first.amount:.2f}")
    assert item["due_on"] == first.due_on.isoformat() and _yuan(first.amount) in item["text"]
    assert any(p["code"] == "judicial_confirmation" and p["due"] == (agreed_on + timedelta(days=30)).isoformat()
               for p in m["periods"])
    roles = {f.name: f.role for f in c.files}
    assert roles["documents/01-judicial_confirmation_application.docx"] == "application"
    assert "agreement" in roles.values()  # the 调解协议书 (made for the package when the case had none yet)
    identity = [f for f in c.files if f.role == "identity"]
    assert [f.name for f in identity] == ["identity/E001.jpg"]
    assert c.contents["identity/E001.jpg"] == b"\xff\xd8id-card-scan" * 50
    assert c.contents["evidence/E002.png"] == b"\x89PNGpay-screens" * 80
    text = docx_text(c.contents["documents/01-judicial_confirmation_application.docx"])
    assert worker in text and employer in text and "南昌市东湖区人民法院" in text and _yuan(first.amount) in text
    # signed with the book's own key, recorded once, the period stops, the event is on the timeline
    signer = BookSigner(centre)
    assert written.key_id == signer.key_id and verify_signature(signer.public_key(), c.manifest_bytes, c.signature)
    rows = _registered(centre, case_id)
    assert [(r.kind, r.direction, r.package_id, r.court) for r in rows] == [
        ("judicial_confirmation", "out", written.package_id, "南昌市东湖区人民法院")]
    assert rows[0].manifest_sha256 == hashlib.sha256(c.manifest_bytes).hexdigest()
    events = _events(centre, case_id)
    assert events["handoff_sent"] == clock.today() and events["judicial_confirmation_applied"] == clock.today()
    docs = {d.template for d in list_documents(centre.uow, mediator, case_id=case_id)}
    assert "judicial_confirmation_application" in docs  # the application sent is kept with the case


def test_handoff_export_content_payment_order_for_an_overdue_agreement(centre, engine, tmp_path):
    mediator = _staff(centre, "mediator")
    case_id, worker, employer, agreed_on, first = _demo_agreement(centre, mediator, overdue=True)
    written, c = _export(centre, engine, mediator, case_id, "payment_order", tmp_path, court_name="南昌市青山湖区人民法院")
    _check_manifest(c.manifest, "payment_order", get_case(centre.uow, mediator, case_id))
    _check_files(c)
    text = docx_text(c.contents["documents/01-payment_order_application.docx"])
    assert _yuan(first.amount) in text and employer in text and worker in text and "南昌市青山湖区人民法院" in text
    assert c.manifest["agreement"]["items"][0]["amount"] == f"{first.amount:.2f}"
    assert c.manifest["agreement"]["items"][0]["due_on"] < clock.today().isoformat()
    assert written.files == len(c.files)


def test_handoff_export_content_entrusted_result_after_a_failed_mediation(centre, engine, tmp_path):
    mediator = _staff(centre, "mediator")
    summary = next(s for s in _cases(centre, mediator, CaseStatus.CLOSED)
                   if get_case(centre.uow, mediator, s.id).channel.value == "referred"
                   and (o := med.mediation_overview(centre.uow, mediator, case_id=s.id).outcome) is not None
                   and o.outcome == "failed")
    with pytest.raises(ValidationError):
        _export(centre, engine, mediator, summary.id, "entrusted_result", tmp_path, court_name="南昌市西湖区人民法院")
    written, c = _export(centre, engine, mediator, summary.id, "entrusted_result", tmp_path,
                         court_name="南昌市西湖区人民法院", court_reference="（2026）赣0103民诉前调1234号")
    _check_manifest(c.manifest, "entrusted_result", get_case(centre.uow, mediator, summary.id))
    _check_files(c)
    assert c.manifest["court"]["reference"] == "（2026）赣0103民诉前调1234号"
    assert any(d["code"] == "mediation_failed" for d in c.manifest["dates"])
    text = docx_text(c.contents["documents/01-entrusted_result_letter.docx"])
    assert "（2026）赣0103民诉前调1234号" in text and "未能达成调解协议" in text and "被申请人不同意支付" in text
    assert "mediation_failed" in {d["code"] for d in c.manifest["dates"]}
    assert not [f for f in c.files if f.role in ("evidence", "identity")]
    # the letter lists as attached only what the package holds
    assert ("调解终止告知书" in text) == any("-mediation_termination-" in f.name for f in c.files)


def test_refusals_name_why_and_write_nothing(centre, engine, tmp_path):
    mediator = _staff(centre, "mediator")
    summary = next(s for s in _cases(centre, mediator, CaseStatus.MEDIATION))  # the demo case still in mediation
    cases = {
        "judicial_confirmation": "没有调解协议", "payment_order": "没有调解协议", "case_file": "没有已批准的仲裁裁决书",
        "preservation": "尚未受理", "court_guidance": "不属于引导向人民法院起诉的情形", "court_outcome": "由人民法院发出",
    }
    for kind, words in cases.items():
        with pytest.raises(ConflictError) as err:
            _export(centre, engine, mediator, summary.id, kind, tmp_path, court_name="某法院")
        assert words in err.value.zh, (kind, err.value.zh)
    with pytest.raises(ValidationError):
        _export(centre, engine, mediator, summary.id, "no_such_kind", tmp_path, court_name="某法院")
    # an agreement whose item is not yet due: no payment order; 31 days after it took effect: no confirmation
    case_id, *_ = _agree(centre, mediator, days_ago=31, due_in=40, engine=engine)
    with pytest.raises(ConflictError) as err:
        _export(centre, engine, mediator, case_id, "payment_order", tmp_path, court_name="某法院")
    assert "不能申请支付令" in err.value.zh
    with pytest.raises(ConflictError) as err:
        _export(centre, engine, mediator, case_id, "judicial_confirmation", tmp_path, court_name="某法院")
    assert "已超过申请司法确认的期限" in err.value.zh
    with pytest.raises(ValidationError) as verr:  # no court named and none sourced for this kind
        _export(centre, engine, mediator, case_id, "entrusted_result", tmp_path, court_reference="（2026）赣01民1号")
    assert "court" in verr.value.fields
    assert not _registered(centre, summary.id) and not _registered(centre, case_id)
    assert not list(tmp_path.glob("*.mdpkg"))


def test_permissions_for_handoff(centre, engine, tmp_path):
    admin = accounts.administrator_principal(centre.uow)
    mediator = _staff(centre, "mediator")
    lawyer = _staff(centre, "lawyer")
    case_id, *_ = _agree(centre, mediator, days_ago=2, due_in=10, engine=engine)
    with pytest.raises(PermissionDenied):
        _export(centre, engine, admin, case_id, "judicial_confirmation", tmp_path, court_name="某法院")
    with pytest.raises(PermissionDenied):  # not referred to this lawyer
        _export(centre, engine, lawyer, case_id, "judicial_confirmation", tmp_path, court_name="某法院")
    assert not _registered(centre, case_id)


def test_a_legal_aid_lawyer_sends_the_workers_payment_order_on_a_referred_case_only(centre, engine, tmp_path):
    from mediation_desk.services import legal_aid
    from tests.integration.test_permissions import MIGRANT

    mediator = _staff(centre, "mediator")
    lawyer = _staff(centre, "lawyer")
    case_id, worker, employer, agreed_on = _agree(centre, mediator, days_ago=12, due_in=5, engine=engine)
    with pytest.raises(PermissionDenied):
        _export(centre, engine, lawyer, case_id, "payment_order", tmp_path, court_name="南昌市东湖区人民法院")
    r = legal_aid.refer(centre.uow, mediator, case_id=case_id, centre="南昌市法律援助中心", facts=MIGRANT,
                        on=agreed_on + timedelta(days=1))
    legal_aid.decide(centre.uow, mediator, referral_id=r.id, granted=True, on=agreed_on + timedelta(days=2))
    legal_aid.assign_lawyer(centre.uow, mediator, referral_id=r.id, on=agreed_on + timedelta(days=3),
                            lawyer_user_id=lawyer.user_id)
    written, c = _export(centre, engine, lawyer, case_id, "payment_order", tmp_path, court_name="南昌市东湖区人民法院")
    assert c.manifest["kind"] == "payment_order" and _registered(centre, case_id)[0].created_by == "lawyer"
    assert "3,260.50元" in docx_text(c.contents["documents/01-payment_order_application.docx"])
    with pytest.raises(PermissionDenied) as err:  # the organisation's letters are not the lawyer's
        _export(centre, engine, lawyer, case_id, "entrusted_result", tmp_path, court_name="某法院",
                court_reference="（2026）赣01民1号")
    assert "法律援助律师" in err.value.zh


def test_a_failed_write_records_nothing_and_a_failed_record_leaves_no_file(centre, engine, tmp_path, monkeypatch):
    mediator = _staff(centre, "mediator")
    case_id, *_ = _agree(centre, mediator, days_ago=1, due_in=10, engine=engine)
    with pytest.raises(OSError):
        _export(centre, engine, mediator, case_id, "judicial_confirmation", tmp_path, writer=CollectingWriter(fail=True),
                court_name="某法院")
    assert not _registered(centre, case_id) and "handoff_sent" not in _events(centre, case_id)
    from mediation_desk.storage import handoff_repo

    def broken(self, **kw):  # noqa: ANN001, ANN003, ANN202
        raise RuntimeError("disk went away")

    monkeypatch.setattr(handoff_repo.SqlHandoffRepo, "add", broken)
    with pytest.raises(RuntimeError):
        _export(centre, engine, mediator, case_id, "judicial_confirmation", tmp_path, court_name="某法院")
    assert not list(tmp_path.glob("*.mdpkg"))
    assert "handoff_sent" not in _events(centre, case_id)


# --------------------------------------------------------------------------- arbitration commission


def _awarded(book, arbitrator):  # noqa: ANN001, ANN202
    out = []
    for s in _cases(book, arbitrator):
        awards = [a for a in arb.list_awards(book.uow, arbitrator, s.id) if a.kind == arb.AWARD and a.status == "approved"]
        if awards:
            out.append((s.id, awards[-1]))
    return out


def test_handoff_export_content_case_file_of_a_served_demo_award(commission, engine, tmp_path):
    arbitrator = _staff(commission, "arbitrator")
    case_id, award = next((c, a) for c, a in _awarded(commission, arbitrator) if a.finality in ("final", "mixed"))
    with pytest.raises(ConflictError) as err:  # not served yet
        _export(commission, engine, arbitrator, case_id, "case_file", tmp_path)
    assert "尚未送达" in err.value.zh
    detail = get_case(commission.uow, arbitrator, case_id)
    served = clock.today() - timedelta(days=2)
    for p in detail.parties:
        if p.side in (PartySide.APPLICANT, PartySide.RESPONDENT):
            arb.serve_award(commission.uow, arbitrator, award_id=award.id, method="direct", sent_on=served,
                            party_id=p.id, served_on=served, signed_by=p.name)
    _add_file(commission, arbitrator, case_id, tmp_path, "考勤排班记录", b"roster" * 300, "roster.pdf")
    written, c = _export(commission, engine, arbitrator, case_id, "case_file", tmp_path,
                         transfer_reason="被申请人向你院申请撤销终局裁决")
    _check_manifest(c.manifest, "case_file", detail)
    _check_files(c)
    m = c.manifest
    assert m["court"]["name"] == "江西省南昌市中级人民法院"  # the sourced default for a final award
    assert m["award"]["finality"] == award.finality and m["award"]["date"] == award.award_date.isoformat()
    finals = {i for p in award.parts if p.finality == "final" for i in p.rulings}
    assert [i["final"] for i in m["award"]["items"]] == [n in finals for n in range(len(award.rulings))]
    for item, ruling in zip(m["award"]["items"], award.rulings):
        if ruling.outcome != arb.DISMISSED and ruling.amount is not None:
            assert item["amount"] == f"{ruling.amount:.2f}" and item["payer"] == "、".join(ruling.payers)
    served_dates = [d for d in m["dates"] if d["code"] == "award_served"]
    assert {d["party"] for d in served_dates} == {p.name for p in detail.parties
                                                  if p.side in (PartySide.APPLICANT, PartySide.RESPONDENT)}
    assert all(d["date"] == served.isoformat() for d in served_dates)
    codes = {p["code"] for p in m["periods"]}
    assert "sue_after_award" in codes and "revoke_final_award" in codes
    assert any(f.role == "award" for f in c.files) and any(f.name.startswith("evidence/") for f in c.files)
    text = docx_text(c.contents["documents/01-case_file_transfer.docx"])
    assert detail.summary.number in text and "江西省南昌市中级人民法院" in text and "被申请人向你院申请撤销终局裁决" in text
    assert "终局" in text and f"{served.year}年{served.month}月{served.day}日" in text
    for f in c.files[3:]:
        assert f.expected_sha256 in text  # the file list of the letter carries every hash
    assert [r.kind for r in _registered(commission, case_id)] == ["case_file"]


def test_handoff_export_content_preservation_with_the_acceptance_notice(commission, engine, tmp_path):
    arbitrator = _staff(commission, "arbitrator")
    case_id, _award = _awarded(commission, arbitrator)[1]
    detail = get_case(commission.uow, arbitrator, case_id)
    worker = next(p.name for p in detail.parties if p.side is PartySide.APPLICANT)
    employer = next(p.name for p in detail.parties if p.side is PartySide.RESPONDENT)
    request = PreservationRequest(applicant=worker, respondent=employer, amount=Decimal("12500.00"),
                                  property="被申请人在中国工商银行南昌分行开立的基本存款账户内的存款",
                                  court_basis="property", reason="被申请人已停止经营，可能转移财产",
                                  applied_on=clock.today(), document_evidence=1)
    kw = dict(court_name="南昌市红谷滩区人民法院", preservation=request)
    if not any(d.template == "acceptance_notice" for d in list_documents(commission.uow, arbitrator, case_id=case_id)):
        with pytest.raises(ConflictError) as err:
            _export(commission, engine, arbitrator, case_id, "preservation", tmp_path, **kw)
        assert "受理通知书" in err.value.zh
        arb.render_arbitration_document(commission.uow, engine, arbitrator, case_id=case_id, template="acceptance_notice")
    _add_file(commission, arbitrator, case_id, tmp_path, "财产保全申请书", b"%PDF-preservation" * 40, "apply.pdf")
    written, c = _export(commission, engine, arbitrator, case_id, "preservation", tmp_path, **kw)
    _check_manifest(c.manifest, "preservation", detail)
    _check_files(c)
    roles = {f.name: f.role for f in c.files}
    assert roles["documents/E001.pdf"] == "application" and "notice" in roles.values()
    assert not [n for n in roles if n.startswith("evidence/")]
    text = docx_text(c.contents["documents/01-preservation_forwarding.docx"])
    assert "12,500.00元" in text and employer in text and "被申请人财产所在地" in text and "南昌市红谷滩区人民法院" in text
    with pytest.raises(ValidationError) as verr:
        _export(commission, engine, arbitrator, case_id, "preservation", tmp_path, court_name="某法院",
                preservation=PreservationRequest(applicant=worker, respondent=worker, amount=Decimal("0"), property=""))
    assert {"preservation.respondent", "preservation.amount", "preservation.property"} <= set(verr.value.fields)


def test_handoff_export_content_court_guidance_for_a_case_not_accepted(commission, engine, tmp_path):
    arbitrator = _staff(commission, "arbitrator")
    pending = [s for s in _cases(commission, arbitrator) if s.status in (CaseStatus.INTAKE, CaseStatus.ACCEPTANCE_REVIEW)]
    summary = pending[0]
    checklist = {code: code != "scope" for code, _label, _n in arb.ACCEPTANCE_CONDITIONS}
    arb.review_application(commission.uow, arbitrator, case_id=summary.id, checklist=checklist,
                           decided_on=max(summary.received_on, clock.today() - timedelta(days=1)),
                           reasons="申请人与被申请人之间系个人依托平台自主经营形成的合作关系，不属于劳动人事争议仲裁受案范围")
    written, c = _export(commission, engine, arbitrator, summary.id, "court_guidance", tmp_path,
                         court_name="南昌市新建区人民法院")
    detail = get_case(commission.uow, arbitrator, summary.id)
    _check_manifest(c.manifest, "court_guidance", detail)
    _check_files(c)
    assert any(d["code"] == "not_accepted" for d in c.manifest["dates"])
    text = docx_text(c.contents["documents/01-court_guidance_letter.docx"])
    assert "不予受理" in text and "个人依托平台自主经营" in text and "起诉状" in text and "南昌市新建区人民法院" in text
    assert detail.summary.worker_name in text
    assert "劳动争议调解仲裁法》第二十九条" in text and "第18项" not in text  # not accepted; no worksheet finding
    # the preservation of a case not accepted is refused
    with pytest.raises(ConflictError):
        _export(commission, engine, arbitrator, summary.id, "preservation", tmp_path, court_name="某法院",
                preservation=PreservationRequest(applicant="a", respondent="b", amount=Decimal("1"), property="x"))


def test_every_outgoing_kind_was_exported_from_a_demo_case(centre, commission):
    kinds = set()
    for book in (centre, commission):
        with book.uow.read() as tx:
            kinds |= set(tx.session.scalars(select(orm.HandoffPackageRow.kind)))
    assert kinds == {k.value for k in OUTGOING_KINDS}
    assert PackageKind.COURT_OUTCOME.value not in kinds
