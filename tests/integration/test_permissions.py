"""The permission matrix of docs/permissions.md, walked on a real encrypted book.

Every (actor, service function) pair is tried: an allowed act never raises PermissionDenied (it may
still be refused for another reason, e.g. the state of the case); a denied act raises
PermissionDenied with a Chinese and an English message and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.config import AppPaths
from mediation_desk.domain.cases import CaseQuery, CaseStatus
from mediation_desk.domain.errors import AppError, ConflictError, NotFound, PermissionDenied
from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
from mediation_desk.domain.users import OrganisationView, OrgKind, Principal, Role
from mediation_desk.domain.court import BroughtBy, FilingInput, ProceedingKind
from mediation_desk.services import accounts, backups, court, deadlines, legal_aid, statistics, worksheets
from mediation_desk.services import arbitration as arb
from mediation_desk.services import cases as cs
from mediation_desk.services import documents as docs
from mediation_desk.services import evidence as ev
from mediation_desk.services import mediation as med
from mediation_desk.services import work_records as wr
from mediation_desk.storage.book import Book, create_book
from mediation_desk.storage.vault import Vault
from tests.support.books import ADMIN_PASSWORD, PASSPHRASE, NoKeyring, add_user, make_intake
from tests.support.clock import TODAY

MIGRANT = legal_aid.AidFacts(migrant_worker=True, has_agent=False)
ALL_MET = {"scope": True, "claims_and_facts": True, "proper_parties": True, "jurisdiction": True}
ACTORS = ("admin", "mediator", "arbitrator", "other_arbitrator", "clerk", "lawyer", "other_lawyer")
STAFF = {"mediator", "arbitrator", "other_arbitrator", "clerk"}
SEES_CASE_A = set(ACTORS) - {"other_lawyer"}  # case A is referred to "lawyer"


@dataclass
class Desk:
    book: Book
    vault: Vault
    who: dict[str, Principal]
    case_a: int  # referred to "lawyer", accepted, tribunal: "arbitrator"
    case_b: int  # an unrelated case in mediation
    referral_a: int
    item_a: int
    source: Path
    export_dir: Path


class NoRenderer:
    """Stands in for the document engine: the permission checks come before any rendering."""

    def spec(self, code: str):  # noqa: ANN201
        raise NotFound(f"测试中不制作文书：{code}", "No rendering in this test.")

    def specs(self):  # noqa: ANN201
        return []


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Desk:
    root = Path(tmp_path_factory.mktemp("permissions"))
    book = create_book(AppPaths(root / "book"), PASSPHRASE, keyring=NoKeyring())
    org = OrganisationView(name="南昌市劳动人事争议仲裁委员会", kind=OrgKind.ARBITRATION, doc_prefix="洪劳人仲案字",
                           address="南昌市红谷滩区丰和中大道1288号", phone="0791-86000000")
    admin = accounts.setup_organisation(book.uow, org=org, admin_username="admin", admin_display_name="系统管理员",
                                        admin_password=ADMIN_PASSWORD)
    who = {"admin": admin}
    for key, name, role in (("mediator", "熊丽华", Role.MEDIATOR), ("arbitrator", "陈国华", Role.ARBITRATOR),
                            ("other_arbitrator", "涂建国", Role.ARBITRATOR), ("clerk", "万晓敏", Role.CLERK),
                            ("lawyer", "邹志强", Role.LEGAL_AID_LAWYER), ("other_lawyer", "罗文斌", Role.LEGAL_AID_LAWYER)):
        who[key] = add_user(book, admin, username=key, display_name=name, role=role)
    received = TODAY - timedelta(days=6)
    case_a = cs.register_intake(book.uow, who["clerk"], make_intake(3, received_on=received))
    case_b = cs.register_intake(book.uow, who["mediator"], make_intake(4, received_on=received))
    r = legal_aid.refer(book.uow, who["mediator"], case_id=case_a, centre="南昌市法律援助中心", facts=MIGRANT,
                        on=received + timedelta(days=1))
    legal_aid.decide(book.uow, who["mediator"], referral_id=r.id, granted=True, on=received + timedelta(days=2))
    legal_aid.assign_lawyer(book.uow, who["mediator"], referral_id=r.id, on=received + timedelta(days=3),
                            lawyer_user_id=who["lawyer"].user_id)
    arb.review_application(book.uow, who["arbitrator"], case_id=case_a, checklist=ALL_MET,
                           decided_on=received + timedelta(days=1))
    arb.form_tribunal(book.uow, who["clerk"], case_id=case_a,
                      members=[arb.ArbitratorRef("陈国华", who["arbitrator"].user_id)],
                      formed_on=received + timedelta(days=2), notified_on=received + timedelta(days=2))
    cs.change_status(book.uow, who["mediator"], case_id=case_b, target=CaseStatus.MEDIATION, on=received,
                     reason="双方同意调解")
    vault = Vault(book)
    source = root / "工资条.txt"
    source.write_bytes("2026年10月 工资 3200元".encode())
    item = ev.add_evidence(book.uow, vault, who["clerk"], source_path=source,
                           evidence=EvidenceInput(case_id=case_a, type=EvidenceType.DOCUMENTARY, title="工资条",
                                                  purpose="证明工资数额"))
    export_dir = root / "exports"
    export_dir.mkdir()
    yield Desk(book=book, vault=vault, who=who, case_a=case_a, case_b=case_b, referral_a=r.id, item_a=item.id,
               source=source, export_dir=export_dir)
    book.close()


def _state(book: Book) -> tuple[Any, ...]:
    """Everything a denied act could have written: row counts of the case tables and the audit head."""
    tables = ("audit_log", "cases", "case_events", "evidence_items", "documents", "legal_aid_referrals", "users",
              "settings", "arbitration_awards", "arbitration_hearings", "mediation_proposals", "organisation",
              "court_proceedings")
    with book.engine.connect() as conn:
        counts = tuple(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in tables)
        statuses = tuple(conn.exec_driver_sql("SELECT id, status, updated_at FROM cases ORDER BY id").all())
        settings = tuple(conn.exec_driver_sql("SELECT key, value FROM settings ORDER BY key").all())
        head = conn.exec_driver_sql("SELECT max(id) FROM audit_log").scalar()
    return counts, statuses, settings, head


_n = iter(range(1_000_000))


def _export_target(d: Desk) -> Path:
    return d.export_dir / f"导出{next(_n)}.txt"


# (name, act, actors allowed). ``act(desk, principal)`` calls one service function.
Act = Callable[[Desk, Principal], Any]
MATRIX: list[tuple[str, Act, set[str]]] = [
    # reading
    ("case view", lambda d, p: cs.get_case(d.book.uow, p, d.case_a), SEES_CASE_A),
    ("case deadlines", lambda d, p: deadlines.case_deadlines(d.book.uow, p, d.case_a), SEES_CASE_A),
    ("evidence list", lambda d, p: ev.list_evidence(d.book.uow, p, case_id=d.case_a), SEES_CASE_A),
    ("evidence item", lambda d, p: ev.get_evidence(d.book.uow, p, item_id=d.item_a), SEES_CASE_A),
    ("evidence preview", lambda d, p: ev.read_for_preview(d.book.uow, d.vault, p, item_id=d.item_a), SEES_CASE_A),
    ("document list", lambda d, p: docs.list_documents(d.book.uow, p, case_id=d.case_a), SEES_CASE_A),
    ("arbitration overview", lambda d, p: arb.arbitration_overview(d.book.uow, p, d.case_a), SEES_CASE_A),
    ("awards", lambda d, p: arb.list_awards(d.book.uow, p, d.case_a), SEES_CASE_A),
    ("mediation overview", lambda d, p: med.mediation_overview(d.book.uow, p, case_id=d.case_a), SEES_CASE_A),
    ("referrals", lambda d, p: legal_aid.list_referrals(d.book.uow, p, case_id=d.case_a), SEES_CASE_A),
    ("work records", lambda d, p: wr.list_work_record_imports(d.book.uow, p, case_id=d.case_a), SEES_CASE_A),
    ("worksheets", lambda d, p: worksheets.list_worksheets(d.book.uow, p, case_id=d.case_a), SEES_CASE_A),
    ("deadline report", lambda d, p: deadlines.overview(d.book.uow, p), set(ACTORS)),
    ("dispute statistics",
     lambda d, p: statistics.dispute_table(d.book.uow, p, start=TODAY - timedelta(days=90), end=TODAY),
     STAFF | {"admin"}),
    ("court hand-off view", lambda d, p: court.case_court_view(d.book.uow, p, case_id=d.case_a), SEES_CASE_A),
    ("court figures",
     lambda d, p: court.court_figures(d.book.uow, p, start=TODAY - timedelta(days=90), end=TODAY),
     STAFF | {"admin"}),
    # personal numbers
    ("reveal full ID and phone", lambda d, p: cs.reveal_case(d.book.uow, p, d.case_a), STAFF),
    # case work
    ("register a case", lambda d, p: cs.register_intake(d.book.uow, p, make_intake(50 + next(_n))), STAFF),
    ("record a case event",
     lambda d, p: cs.record_event(d.book.uow, p, case_id=d.case_a, event="knew_of_infringement",
                                  on=TODAY - timedelta(days=30)), STAFF),
    ("add evidence",
     lambda d, p: ev.add_evidence(d.book.uow, d.vault, p, source_path=d.source,
                                  evidence=EvidenceInput(case_id=d.case_a, type=EvidenceType.DOCUMENTARY,
                                                         title="考勤记录", purpose="证明工作时间")),
     STAFF | {"lawyer"}),
    ("export evidence",
     lambda d, p: ev.export_evidence(d.book.uow, d.vault, p, item_id=d.item_a, target_path=_export_target(d)),
     STAFF | {"lawyer"}),
    ("make the party's evidence list",
     lambda d, p: docs.render_document(d.book.uow, NoRenderer(), p, case_id=d.case_a, template="evidence_list"),
     STAFF | {"lawyer"}),
    ("make an acceptance notice",
     lambda d, p: docs.render_document(d.book.uow, NoRenderer(), p, case_id=d.case_a, template="acceptance_notice"),
     {"arbitrator", "other_arbitrator", "clerk"}),
    ("make an award document",
     lambda d, p: docs.render_document(d.book.uow, NoRenderer(), p, case_id=d.case_a, template="award_final"),
     {"arbitrator"}),
    ("record a court filing",
     lambda d, p: court.record_filing(d.book.uow, p, filing=FilingInput(
         case_id=d.case_a, kind=ProceedingKind.PRESERVATION, court="南昌市红谷滩区人民法院", filed_on=TODAY,
         brought_by=BroughtBy.WORKER)), STAFF),
    # mediation
    ("mediation proposal",
     lambda d, p: med.add_proposal(d.book.uow, p, case_id=d.case_b, side="employer", content="支付2000元",
                                   amount=None, on=TODAY, party=""),
     {"mediator", "arbitrator", "other_arbitrator", "clerk"}),
    # arbitration: an arbitration role; decisions only by the case's tribunal
    ("arbitration step (mediation before the award failed)",
     lambda d, p: arb.record_mediation_failure(d.book.uow, p, case_id=d.case_a, on=TODAY, note="调解不成"),
     {"arbitrator", "other_arbitrator", "clerk"}),
    ("tribunal decision (written review)",
     lambda d, p: arb.decide_written_review(d.book.uow, p, case_id=d.case_a, on=TODAY, reason="双方书面同意不开庭"),
     {"arbitrator"}),
    # legal aid
    ("refer for legal aid",
     lambda d, p: legal_aid.refer(d.book.uow, p, case_id=d.case_b, centre="南昌市法律援助中心", facts=MIGRANT,
                                  on=TODAY), STAFF),
    ("legal-aid outcome",
     lambda d, p: legal_aid.record_outcome(d.book.uow, p, referral_id=d.referral_a, on=TODAY, outcome="代理调解"),
     STAFF | {"lawyer"}),
    # administration
    ("create a user",
     lambda d, p: accounts.create_user(d.book.uow, p, username=f"u{next(_n)}", display_name="新用户",
                                       role=Role.CLERK, password="new-user-pass-1"), {"admin"}),
    ("backup settings",
     lambda d, p: backups.set_backup_settings(d.book.uow, p, interval_hours=24, keep=7, folder=None), {"admin"}),
    ("organisation",
     lambda d, p: accounts.update_organisation(d.book.uow, p, org=accounts.get_organisation(d.book.uow)), {"admin"}),
]


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("name,act,allowed", MATRIX, ids=[m[0] for m in MATRIX])
def test_the_permission_matrix(desk, actor, name, act, allowed) -> None:
    principal = desk.who[actor]
    if actor in allowed:
        try:
            act(desk, principal)
        except PermissionDenied as exc:  # pragma: no cover - the failure message
            pytest.fail(f"{actor} should be allowed to {name}: {exc.zh}")
        except AppError:
            pass  # allowed, but refused for the state of the case (e.g. already concluded)
        return
    before = _state(desk.book)
    with pytest.raises(PermissionDenied) as denied:
        act(desk, principal)
    assert denied.value.zh and denied.value.en and denied.value.zh != denied.value.en
    assert "无权" in denied.value.zh or "只能" in denied.value.zh or "不是本案仲裁庭" in denied.value.zh
    assert _state(desk.book) == before, f"{actor} was refused {name} but something was written"


def test_a_lawyer_lists_and_searches_only_the_cases_referred_to_them(desk) -> None:
    lawyer, other = desk.who["lawyer"], desk.who["other_lawyer"]
    uow = desk.book.uow
    everything = CaseQuery(referred_to=None)  # "unticking the filter" asks for every case
    assert [c.id for c in cs.list_cases(uow, lawyer, everything, offset=0, limit=100)] == [desk.case_a]
    assert cs.count_cases(uow, lawyer, everything) == 1
    assert cs.count_cases(uow, lawyer, CaseQuery(referred_to=other.user_id)) == 1  # their own, whatever is asked
    assert cs.list_cases(uow, other, everything, offset=0, limit=100) == []
    b_worker = cs.get_case(uow, desk.who["mediator"], desk.case_b).summary.worker_name
    assert cs.count_cases(uow, lawyer, CaseQuery(text=b_worker)) == 0
    assert cs.count_cases(uow, desk.who["mediator"], CaseQuery(text=b_worker)) >= 1
    assert {i.case.id for i in deadlines.overview(uow, lawyer, mine_only=False).items} <= {desk.case_a}
    with pytest.raises(PermissionDenied):
        legal_aid.referred_to(uow, lawyer, lawyer_user_id=other.user_id)


def test_numbers_are_masked_unless_revealed_and_every_reveal_is_audited(desk) -> None:
    uow, mediator = desk.book.uow, desk.who["mediator"]
    full_id = make_intake(3).worker.id_number
    listed = cs.list_cases(uow, mediator, CaseQuery(), offset=0, limit=100)
    shown = cs.get_case(uow, mediator, desk.case_a)
    assert full_id not in {c.worker_id_number for c in listed}
    assert shown.summary.worker_id_number != full_id and "*" in shown.summary.worker_id_number
    assert all(full_id != p.id_number for p in shown.parties)
    with desk.book.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM audit_log WHERE action = 'case.reveal_personal_data'").scalar()
    revealed = cs.reveal_case(uow, mediator, desk.case_a)
    assert revealed.summary.worker_id_number == full_id
    with desk.book.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT actor, entity_id FROM audit_log WHERE action = 'case.reveal_personal_data' "
                                    "ORDER BY id").all()
    assert len(rows) == before + 1 and tuple(rows[-1]) == ("mediator", str(desk.case_a))


def test_status_changes_follow_the_life_cycle_and_need_their_record(desk) -> None:
    uow, mediator = desk.book.uow, desk.who["mediator"]
    case_id = cs.register_intake(uow, mediator, make_intake(77, received_on=TODAY - timedelta(days=5)))
    cs.change_status(uow, mediator, case_id=case_id, target=CaseStatus.MEDIATION, on=TODAY - timedelta(days=5),
                     reason="受理调解")
    before = _state(desk.book)
    # a mediator may not put a case into arbitration at all; an arbitrator not without acceptance
    with pytest.raises(PermissionDenied):
        cs.change_status(uow, mediator, case_id=case_id, target=CaseStatus.ARBITRATION, on=TODAY, reason="调解不成")
    with pytest.raises(ConflictError, match="未经仲裁委员会受理"):
        cs.change_status(uow, desk.who["arbitrator"], case_id=case_id, target=CaseStatus.ARBITRATION, on=TODAY,
                         reason="调解不成")
    # 已达成调解协议 needs an agreement, 已裁决 an approved award
    with pytest.raises(ConflictError, match="没有调解协议记录"):
        cs.change_status(uow, mediator, case_id=case_id, target=CaseStatus.AGREEMENT, on=TODAY, reason="达成协议")
    assert _state(desk.book) == before
    assert cs.get_case(uow, mediator, case_id).summary.status is CaseStatus.MEDIATION
    with pytest.raises(ConflictError, match="没有经审批的仲裁裁决"):
        cs.change_status(uow, desk.who["arbitrator"], case_id=desk.case_a, target=CaseStatus.AWARD, on=TODAY,
                         reason="裁决")
