"""A demo case book for document tests: the demo organisation, one demo dispute (a live-streaming
worker with an agent, two enterprises, a relationship claim and two money claims), three items of
evidence, and the extra fields each template needs beyond the case itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from mediation_desk.config import AppPaths
from mediation_desk.services.demo import DEMO_NUMBER_PREFIX, DEMO_ORGANISATION_NAME, generate_intakes
from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
from mediation_desk.domain.mediation import AgreementItem
from mediation_desk.domain.users import OrganisationView, OrgKind, Principal, Role
from mediation_desk.services import evidence as ev
from mediation_desk.services.worksheets import assess
from mediation_desk.services.accounts import setup_organisation
from mediation_desk.services.cases import register_intake
from mediation_desk.services.documents import relationship_opinion_context
from mediation_desk.services.mediation import item_fields
from mediation_desk.storage.book import Book, create_book
from mediation_desk.storage.vault import Vault
from tests.support.books import ADMIN_PASSWORD, ADMIN_USERNAME, PASSPHRASE, STAFF_USERNAME, NoKeyring, add_user

DOC_DATE = date(2026, 11, 29)
AGREEMENT_TOTAL = Decimal("3200.50")
PAYMENT_TOTAL = Decimal("7560.00")

EVIDENCE = [
    (EvidenceType.ELECTRONIC_DATA, "星耀直播App排班与打卡截图", "证明申请人每天须到公司直播间打卡、直播时长由公司安排",
     "申请人", "手机截图", b"screenshot-1" * 100, "schedule.png"),
    (EvidenceType.DOCUMENTARY, "2025年4月至5月报酬结算单", "证明被申请人拖欠保底工资6,790元",
     "申请人", "公司微信群", b"statement" * 300, "statement.pdf"),
    (EvidenceType.AUDIO_VISUAL, "运营主管通知解除合作的录音", "证明被申请人以流水未达标为由解除合作",
     "申请人", "手机录音", b"audio" * 2000, "call.m4a"),
]


def demo_intake():  # noqa: ANN201
    """The sixth demo dispute of seed 2026: 杨娟 v. 江西星耀网络科技有限公司 and 江西永信网络科技有限公司."""
    return list(generate_intakes(6, seed=2026))[5]


def opinion() -> dict:
    a = assess({"time_autonomy": {"level": "controlled", "evidence": ["证据1 排班与打卡截图"],
                                  "note": "每天直播不少于5小时，须到公司直播间打卡"},
                "process_control": "dominant", "rules_and_discipline": {"level": "employer_discipline",
                                                                         "note": "迟到、缺播扣款共计770元"},
                "continuity": "continuous", "price_autonomy": "enterprise_sets", "remuneration": "wage_like",
                "registered_individual_business": "yes"})
    return relationship_opinion_context(
        a, enterprises=["江西星耀网络科技有限公司（平台企业）", "江西永信网络科技有限公司（代理）"],
        decision="confirmed", decision_reason="",
        signatures=[{"role": "经办调解员", "name": "刘思远", "date": DOC_DATE},
                    {"role": "审核人", "name": "陈国华", "date": DOC_DATE}], on=DOC_DATE)


AGREED_ON = date(2026, 11, 20)
AGREEMENT_ITEMS = [item_fields(i, agreed_on=AGREED_ON) for i in (
    AgreementItem(obligor="江西永信网络科技有限公司", obligee="杨娟", content="支付2025年4月至5月保底工资",
                  amount=Decimal("2430.50"), due_on=date(2026, 12, 15), method="银行转账"),
    AgreementItem(obligor="江西永信网络科技有限公司", obligee="杨娟", content="退还违规扣款", amount=Decimal("770.00"),
                  due_on=date(2026, 12, 15), method="银行转账"),
    AgreementItem(obligor="杨娟", obligee="", content="放弃其他调解请求，双方就本争议再无其他争议", due_on=AGREED_ON))]

EXTRA: dict[str, dict] = {
    "mediation_application": {"registrar": "刘思远"},
    "mediation_record": {
        "session_date": DOC_DATE, "session_time": "9时30分至11时20分", "session_place": "南昌市红谷滩区调解中心第二调解室",
        "mediator": "刘思远", "recorder": "王晓梅", "attendees": "申请人杨娟；江西永信网络科技有限公司运营主管周某",
        "session_proposals": [{"author": "被申请人江西永信网络科技有限公司", "content": "一次性支付3,000元",
                               "amount": Decimal("3000.00")}],
        "record_entries": [{"speaker": "申请人", "text": "我每天按公司排班直播，迟到就扣钱，公司还欠我两个月保底工资6,790元。"},
                           {"speaker": "被申请人", "text": "双方签的是合作协议，不是劳动合同；保底工资可以协商。"},
                           {"speaker": "调解员", "text": "双方是否同意按照3,200.50元的方案调解？"}]},
    "mediation_agreement": {"agreement_items": AGREEMENT_ITEMS, "agreement_total": AGREEMENT_TOTAL,
                            "performance": "被申请人于2026年12月15日前将上述款项一次性转入申请人本人的银行账户。",
                            "mediator": "刘思远"},
    "mediation_termination": {"termination_reason": "被申请人明确表示不同意调解", "termination_date": DOC_DATE,
                              "arbitration_commission": "南昌市劳动人事争议仲裁委员会"},
    "payment_order_application": {
        "court": "南昌市红谷滩区人民法院", "agreement_number": "洪新调协字〔2026〕第7号",
        "agreement_date": date(2026, 11, 2), "payment_due_date": date(2026, 11, 20),
        "payment_items": [{"kind_label": "拖欠劳动报酬", "amount": Decimal("6790.00")},
                          {"kind_label": "返还违法扣款", "amount": Decimal("770.00")}],
        "payment_total": PAYMENT_TOTAL},
    "arbitration_review_application": {
        "arbitration_commission": "南昌市劳动人事争议仲裁委员会", "agreement_number": "洪新调协字〔2026〕第7号",
        "agreement_date": date(2026, 11, 20), "agreement_items": AGREEMENT_ITEMS, "agreement_total": AGREEMENT_TOTAL},
    "judicial_confirmation_application": {
        "court": "南昌市红谷滩区人民法院", "agreement_number": "洪新调协字〔2026〕第7号",
        "agreement_date": date(2026, 11, 20), "agreement_items": AGREEMENT_ITEMS},
    "evidence_list": {"submitted_by": "杨娟"},
    "evidence_list_pdf": {"submitted_by": "杨娟"},
    "relationship_opinion": {"opinion": None},  # filled by documents_extra()
    "relationship_opinion_pdf": {"opinion": None},
    "legal_aid_referral": {
        "aid_centre": "南昌市法律援助中心", "referral_reason": "申请人系进城务工人员，请求支付劳动报酬，本人经济困难，无力委托代理人。",
        "eligibility_basis": "依据《中华人民共和国法律援助法》第四十二条第（三）项，申请支付劳动报酬的进城务工人员免予核查经济困难状况。",
        "contact_person": "刘思远", "contact_phone": "0791-86000000",
        "attachments": ["调解申请登记表复印件", "申请人身份证复印件"]},
    "service_receipt": {
        "served_documents": [{"title": "调解协议书", "number": "洪新调协字〔2026〕第7号", "copies": "1"},
                             {"title": "证据目录", "copies": "1"}],
        "recipient": "江西星耀网络科技有限公司", "service_address": "江西省南昌市红谷滩区赣江中大道1853号锐捷国际10楼1003室",
        "service_method": "直接送达", "server": "刘思远、王晓梅", "witness": "", "note": ""},
    "service_receipt_pdf": {
        "served_documents": [{"title": "调解协议书", "number": "洪新调协字〔2026〕第7号", "copies": "1"}],
        "recipient": "杨娟", "service_address": "江西省南昌市西湖区孺子路1438号和平雅苑5栋4单元1104室",
        "service_method": "直接送达", "server": "刘思远", "note": ""},
    "case_cover": {"handler": "刘思远", "closed_on": DOC_DATE, "closing_method": "调解结案",
                   "archived_on": DOC_DATE, "retention": "长期", "filed_by": "王晓梅"},
    "case_cover_pdf": {"handler": "刘思远", "closed_on": DOC_DATE, "closing_method": "调解结案",
                       "archived_on": DOC_DATE, "retention": "长期", "filed_by": "王晓梅"},
}


def documents_extra(code: str) -> dict:
    extra = dict(EXTRA.get(code, {}))
    if "opinion" in extra:
        extra["opinion"] = opinion()
    return extra


@dataclass
class DocumentDesk:
    book: Book
    staff: Principal
    vault: Vault
    case_id: int


def create_document_desk(data_dir: Path) -> DocumentDesk:
    book = create_book(AppPaths(Path(data_dir)), PASSPHRASE, keyring=NoKeyring())
    org = OrganisationView(name=DEMO_ORGANISATION_NAME, kind=OrgKind.MEDIATION, doc_prefix=DEMO_NUMBER_PREFIX,
                           address="南昌市红谷滩区丰和中大道1288号", phone="0791-86000000")
    admin = setup_organisation(book.uow, org=org, admin_username=ADMIN_USERNAME, admin_display_name="系统管理员",
                               admin_password=ADMIN_PASSWORD)
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name="刘思远", role=Role.MEDIATOR)
    case_id = register_intake(book.uow, staff, demo_intake())
    vault = Vault(book)
    folder = Path(data_dir).parent / "evidence-src"
    folder.mkdir(parents=True, exist_ok=True)
    for kind, title, purpose, by, source, data, name in EVIDENCE:
        path = folder / name
        path.write_bytes(data)
        ev.add_evidence(book.uow, vault, staff, source_path=path,
                        evidence=EvidenceInput(case_id=case_id, type=kind, title=title, purpose=purpose,
                                               provided_by=by, source=source, original_seen=True))
    return DocumentDesk(book=book, staff=staff, vault=vault, case_id=case_id)
