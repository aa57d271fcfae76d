"""A demo arbitration case for the arbitration document tests: the demo dispute (杨娟 v. 江西星耀网络科技有限公司
and 江西永信网络科技有限公司) registered at a labour arbitration commission whose case numbers read
洪劳人仲案字〔year〕第N号, three items of evidence, and the extra fields each arbitration template needs
beyond the case itself (what the arbitration services pass as ``context_overrides``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from mediation_desk.config import AppPaths
from mediation_desk.domain.evidence import EvidenceInput
from mediation_desk.domain.users import OrganisationView, OrgKind, Principal, Role
from mediation_desk.services import evidence as ev
from mediation_desk.services.accounts import setup_organisation
from mediation_desk.services.cases import register_intake
from mediation_desk.storage.book import Book, create_book
from mediation_desk.storage.vault import Vault
from tests.support.books import ADMIN_PASSWORD, ADMIN_USERNAME, PASSPHRASE, STAFF_USERNAME, NoKeyring, add_user
from tests.support.document_case import EVIDENCE, demo_intake

COMMISSION = "南昌市劳动人事争议仲裁委员会"
COMMISSION_PREFIX = "洪劳人仲案字"
DOC_DATE = date(2026, 12, 18)
RECEIVED_ON = date(2026, 11, 30)
ACCEPTED_ON = date(2026, 12, 3)
HEARING_DATE = date(2026, 12, 15)
AWARD_DATE = date(2026, 12, 18)

WAGES = Decimal("6790.00")
DEDUCTIONS = Decimal("770.00")
FINAL_TOTAL = Decimal("7560.00")
COMPENSATION = Decimal("36000.00")  # 2N damages: above 12 months of the local minimum wage, so non-final
MEDIATION_TOTAL = Decimal("5200.50")

ARBITRATORS = [{"role": "首席仲裁员", "name": "陈国华"}, {"role": "仲裁员", "name": "李红梅"},
               {"role": "仲裁员", "name": "黄志强"}]
CONTACT = {"contact_person": "王晓梅", "contact_phone": "0791-86100000",
           "commission_address": "南昌市红谷滩区丰和中大道1288号"}

FINAL_ITEMS = [
    {"kind_label": "拖欠劳动报酬", "amount": WAGES,
     "basis": "申请人按被申请人排班每天到直播间直播，受其考勤和奖惩管理，双方存在劳动关系；被申请人未足额支付2025年4月至5月的保底工资",
     "calculation": "保底工资每月4,000元×2个月－已付1,210元＝6,790元",
     "result": "被申请人江西永信网络科技有限公司于本裁决生效之日起五日内向申请人杨娟支付2025年4月至5月拖欠的劳动报酬"},
    {"kind_label": "返还违法扣款", "amount": DEDUCTIONS,
     "basis": "被申请人以迟到、缺播为由扣减报酬，无合法依据",
     "calculation": "迟到扣款350元＋缺播扣款420元＝770元",
     "result": "被申请人江西永信网络科技有限公司于本裁决生效之日起五日内向申请人杨娟返还违法扣款"},
]
NON_FINAL_ITEMS = [
    {"kind_label": "违法解除劳动合同赔偿金", "amount": COMPENSATION,
     "basis": "被申请人以流水未达标为由解除劳动合同，不符合《中华人民共和国劳动合同法》第三十九条、第四十条规定的情形，属违法解除",
     "calculation": "月工资6,000元×经济补偿年限3个月×2＝36,000元",
     "result": "被申请人江西永信网络科技有限公司于本裁决生效之日起五日内向申请人杨娟支付违法解除劳动合同赔偿金"},
]
# The operative part as the service writes it: who pays whom, how much, by when.
FINAL_CLAUSES = [
    {"text": "被申请人江西永信网络科技有限公司应于本裁决书生效之日起十日内向申请人杨娟支付2025年4月至5月拖欠的劳动报酬"
             "人民币6,790.00元（大写：陆仟柒佰玖拾元整）。", "amount": WAGES},
    {"text": "被申请人江西永信网络科技有限公司应于本裁决书生效之日起十日内向申请人杨娟返还违法扣款"
             "人民币770.00元（大写：柒佰柒拾元整）。", "amount": DEDUCTIONS},
]
NON_FINAL_CLAUSES = [
    {"text": "被申请人江西永信网络科技有限公司应于本裁决书生效之日起十日内向申请人杨娟支付违法解除劳动合同赔偿金"
             "人民币36,000.00元（大写：叁万陆仟元整），被申请人江西星耀网络科技有限公司对上述款项承担连带责任。",
     "amount": COMPENSATION},
    {"text": "驳回申请人的其他仲裁请求。"},
]
AWARD_COMMON = {
    "accepted_on": ACCEPTED_ON, "hearing_dates": "2026年12月15日",
    "applicant_statement": "申请人自2024年10月起在被申请人处从事直播工作，被申请人拖欠保底工资并违法扣款，后以流水未达标为由解除合作。",
    "respondent_defence": "双方签订的是合作协议，不存在劳动关系；保底工资可以协商。",
    "facts_found": "申请人于2024年10月起在被申请人江西永信网络科技有限公司安排下为江西星耀网络科技有限公司运营的直播间直播，"
                   "每天到公司直播间打卡，直播时长由公司安排，约定保底工资每月4,000元。",
    "evidence_relied": [{"title": "星耀直播App排班与打卡截图", "note": "证明申请人受被申请人考勤管理"},
                        {"title": "2025年4月至5月报酬结算单", "note": "证明被申请人拖欠保底工资"}],
    "reasoning": "被申请人对申请人的工作时间、工作内容进行管理，申请人的报酬主要来源于被申请人，双方之间具有人格从属性和经济从属性，"
                 "应认定双方存在劳动关系。",
    "legal_basis": "《中华人民共和国劳动合同法》第三十条、第八十七条，《中华人民共和国劳动争议调解仲裁法》第四十七条",
    "arbitrators": ARBITRATORS, "clerk": "王晓梅", "award_date": AWARD_DATE,
}

EXTRA: dict[str, dict] = {
    "arbitration_application": {
        "arbitration_commission": COMMISSION,
        "reasons": "被申请人以合作协议规避劳动关系，拖欠工资并违法扣款。",
        "witnesses": [{"name": "张敏", "address": "南昌市西湖区孺子路88号"}],
        "applicants": None,  # filled by arbitration_extra() from the case's applicants with occupation
    },
    "acceptance_notice": {"accepted_on": ACCEPTED_ON, "evidence_due_date": date(2026, 12, 10), **CONTACT},
    "non_acceptance_notice": {
        "non_acceptance_reasons": ["申请人请求确认的事项为平台服务费分成，属于平等主体之间的民事合同纠纷，不属于劳动人事争议的范围",
                                   "申请人未提出明确的仲裁请求"],
        "legal_basis": "《劳动人事争议仲裁办案规则》第三十条第（一）项、第（二）项",
        "court": "南昌市红谷滩区人民法院", **CONTACT},
    "jurisdiction_explanation": {
        "jurisdiction_reason": "劳动合同履行地和用人单位所在地均不在本委管辖区域内",
        "performance_place": "江西省九江市浔阳区", "employer_seat": "江西省九江市濂溪区",
        "competent_commission": "九江市劳动人事争议仲裁委员会", "competent_commission_address": "九江市浔阳区长虹大道1号",
        "competent_commission_phone": "0792-8000000", **CONTACT},
    "respondent_notice": {"accepted_on": ACCEPTED_ON, "evidence_due_date": date(2026, 12, 14),
                          "enclosures": ["仲裁申请书副本一份", "申请人证据材料复印件三份"], **CONTACT},
    "tribunal_notice": {"accepted_on": ACCEPTED_ON, "tribunal_form": "由三名仲裁员组成仲裁庭",
                        "arbitrators": ARBITRATORS, "clerk": "王晓梅", **CONTACT},
    "hearing_notice": {"hearing_date": HEARING_DATE, "hearing_time": "上午9时00分",
                       "hearing_place": "南昌市劳动人事争议仲裁院", "hearing_room": "第三仲裁庭",
                       "arbitrators": ARBITRATORS, **CONTACT},
    "postponement_notice": {"original_hearing_date": HEARING_DATE, "original_hearing_time": "上午9时00分",
                            "postponement_reason": "申请人突发疾病住院治疗", "requested_by": "申请人杨娟",
                            "new_hearing_date": date(2026, 12, 22), "new_hearing_time": "下午2时30分",
                            "new_hearing_place": "南昌市劳动人事争议仲裁院第三仲裁庭", **CONTACT},
    "arbitral_mediation": {
        "accepted_on": ACCEPTED_ON,
        "mediation_items": [
            {"content": "被申请人江西永信网络科技有限公司向申请人杨娟支付2025年4月至5月工资", "amount": Decimal("4430.50"),
             "due_date": date(2026, 12, 25)},
            {"content": "被申请人江西永信网络科技有限公司向申请人杨娟返还扣款", "amount": DEDUCTIONS,
             "due_date": date(2026, 12, 25)},
            {"content": "申请人放弃其他仲裁请求，双方就本案再无其他争议"}],
        "mediation_total": MEDIATION_TOTAL, "performance": "款项一次性转入申请人本人的银行账户。",
        "arbitrators": ARBITRATORS, "clerk": "王晓梅"},
    "award_final": {**AWARD_COMMON, "ruling_items": FINAL_ITEMS, "operative_items": FINAL_CLAUSES,
                    "rulings_total": FINAL_TOTAL,
                    "number_suffix": "之一",
                    "final_basis": "本裁决各项数额均不超过当地月最低工资标准十二个月金额。",
                    "related_award_note": "申请人关于违法解除劳动合同赔偿金的请求，另行制作非终局裁决书（本案之二）。",
                    "revocation_court": "江西省南昌市中级人民法院"},
    "award_non_final": {**AWARD_COMMON, "ruling_items": NON_FINAL_ITEMS, "operative_items": NON_FINAL_CLAUSES,
                        "number_suffix": "之二",
                        "non_final_basis": "违法解除劳动合同赔偿金的数额超过当地月最低工资标准十二个月金额。",
                        "court": "南昌市红谷滩区人民法院"},
    "partial_award": {**AWARD_COMMON, "ruling_items": FINAL_ITEMS[:1], "operative_items": FINAL_CLAUSES[:1],
                      "partial_scope": "关于拖欠劳动报酬的请求", "is_final": True,
                      "revocation_court": "江西省南昌市中级人民法院"},
}

# What each document must show beyond the parties and the number: amounts in figures and capitals, dates, names.
AMOUNTS: dict[str, list[Decimal]] = {
    "arbitration_application": [WAGES, FINAL_TOTAL],
    "acceptance_notice": [WAGES, FINAL_TOTAL],
    "non_acceptance_notice": [WAGES, FINAL_TOTAL],
    "respondent_notice": [WAGES, FINAL_TOTAL],
    "arbitral_mediation": [Decimal("4430.50"), DEDUCTIONS, MEDIATION_TOTAL],
    "award_final": [WAGES, DEDUCTIONS, FINAL_TOTAL],
    "award_non_final": [COMPENSATION],
    "partial_award": [WAGES],
}


def arbitration_extra(code: str, applicants: list[dict] | None = None) -> dict:
    """The overrides for ``code``; the application adds occupation and workplace to the case's applicants."""
    extra = dict(EXTRA.get(code, {}))
    extra["case"] = {"received_on": RECEIVED_ON}  # the demo intake was registered earlier; the application came now
    if "applicants" in extra:
        extra["applicants"] = [{**a, "occupation": "网络主播", "workplace": "江西永信网络科技有限公司"}
                               for a in (applicants or [])]
    return extra


@dataclass
class ArbitrationDesk:
    book: Book
    staff: Principal
    vault: Vault
    case_id: int


def create_arbitration_desk(data_dir: Path) -> ArbitrationDesk:
    book = create_book(AppPaths(Path(data_dir)), PASSPHRASE, keyring=NoKeyring())
    org = OrganisationView(name=COMMISSION, kind=OrgKind.ARBITRATION, doc_prefix=COMMISSION_PREFIX,
                           address="南昌市红谷滩区丰和中大道1288号", phone="0791-86100000")
    admin = setup_organisation(book.uow, org=org, admin_username=ADMIN_USERNAME, admin_display_name="系统管理员",
                               admin_password=ADMIN_PASSWORD)
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name="王晓梅", role=Role.ARBITRATOR)
    case_id = register_intake(book.uow, staff, demo_intake())
    vault = Vault(book)
    folder = Path(data_dir).parent / "arbitration-evidence-src"
    folder.mkdir(parents=True, exist_ok=True)
    for kind, title, purpose, by, source, data, name in EVIDENCE:
        path = folder / name
        path.write_bytes(data)
        ev.add_evidence(book.uow, vault, staff, source_path=path,
                        evidence=EvidenceInput(case_id=case_id, type=kind, title=title, purpose=purpose,
                                               provided_by=by, source=source, original_seen=True))
    return ArbitrationDesk(book=book, staff=staff, vault=vault, case_id=case_id)
