"""Users, roles and what each role may do. The service layer checks; the UI only hides."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from mediation_desk.domain.cases import LabelledEnum
from mediation_desk.domain.errors import PermissionDenied


class Role(LabelledEnum):
    ADMINISTRATOR = ("administrator", "管理员")
    MEDIATOR = ("mediator", "调解员")
    ARBITRATOR = ("arbitrator", "仲裁员")
    CLERK = ("clerk", "书记员")
    LEGAL_AID_LAWYER = ("legal_aid_lawyer", "法律援助律师")


class OrgKind(LabelledEnum):
    MEDIATION = ("mediation", "劳动争议调解组织")
    ARBITRATION = ("arbitration", "劳动人事争议仲裁委员会")
    LEGAL_AID = ("legal_aid", "工会法律援助服务站点")


class Permission(str, enum.Enum):
    MANAGE_USERS = "manage_users"
    MANAGE_ORGANISATION = "manage_organisation"
    MANAGE_BACKUPS = "manage_backups"
    VIEW_AUDIT = "view_audit"
    VIEW_CASES = "view_cases"
    REVEAL_PERSONAL_DATA = "reveal_personal_data"
    REGISTER_CASE = "register_case"
    CHANGE_CASE_STATUS = "change_case_status"
    MANAGE_EVIDENCE = "manage_evidence"
    EXPORT_EVIDENCE = "export_evidence"
    CONDUCT_MEDIATION = "conduct_mediation"
    CONDUCT_ARBITRATION = "conduct_arbitration"
    DRAFT_AWARD = "draft_award"
    APPROVE_AWARD = "approve_award"
    REFER_LEGAL_AID = "refer_legal_aid"
    HANDLE_LEGAL_AID = "handle_legal_aid"
    VIEW_STATISTICS = "view_statistics"
    RECORD_COURT_OUTCOME = "record_court_outcome"
    HANDOFF = "handoff"


# The permission matrix of docs/permissions.md. A role's permissions say what kind of act it may do;
# which cases it may do it on is decided per case in ``services.access`` (a lawyer: only the cases
# referred to them; an arbitrator's decisions on a case with a tribunal: only as its member).
_CASE_STAFF = {Permission.VIEW_CASES, Permission.REVEAL_PERSONAL_DATA, Permission.REGISTER_CASE,
               Permission.CHANGE_CASE_STATUS, Permission.MANAGE_EVIDENCE, Permission.EXPORT_EVIDENCE,
               Permission.REFER_LEGAL_AID, Permission.VIEW_STATISTICS, Permission.HANDOFF}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset({Permission.MANAGE_USERS, Permission.MANAGE_ORGANISATION,
                                   Permission.MANAGE_BACKUPS, Permission.VIEW_AUDIT, Permission.VIEW_CASES,
                                   Permission.VIEW_STATISTICS}),
    Role.MEDIATOR: frozenset(_CASE_STAFF | {Permission.CONDUCT_MEDIATION, Permission.RECORD_COURT_OUTCOME}),
    Role.ARBITRATOR: frozenset(_CASE_STAFF | {Permission.CONDUCT_MEDIATION, Permission.CONDUCT_ARBITRATION,
                                              Permission.DRAFT_AWARD, Permission.APPROVE_AWARD,
                                              Permission.RECORD_COURT_OUTCOME}),
    Role.CLERK: frozenset(_CASE_STAFF | {Permission.CONDUCT_MEDIATION, Permission.CONDUCT_ARBITRATION,
                                        Permission.RECORD_COURT_OUTCOME}),
    Role.LEGAL_AID_LAWYER: frozenset({Permission.VIEW_CASES, Permission.MANAGE_EVIDENCE,
                                      Permission.EXPORT_EVIDENCE, Permission.HANDLE_LEGAL_AID, Permission.HANDOFF}),
}

# Roles whose case work is limited to the cases referred to them (legal-aid referrals).
REFERRAL_SCOPED_ROLES = frozenset({Role.LEGAL_AID_LAWYER})

PERMISSION_LABELS = {
    Permission.MANAGE_USERS: "管理用户",
    Permission.MANAGE_ORGANISATION: "修改机构信息",
    Permission.MANAGE_BACKUPS: "管理备份",
    Permission.VIEW_AUDIT: "查看审计记录",
    Permission.VIEW_CASES: "查看案件",
    Permission.REVEAL_PERSONAL_DATA: "查看完整证件号码和电话",
    Permission.REGISTER_CASE: "登记案件",
    Permission.CHANGE_CASE_STATUS: "变更案件状态和记录案件事件",
    Permission.MANAGE_EVIDENCE: "登记和修改证据、制作文书",
    Permission.EXPORT_EVIDENCE: "导出证据和文书",
    Permission.CONDUCT_MEDIATION: "办理调解",
    Permission.CONDUCT_ARBITRATION: "办理仲裁程序",
    Permission.DRAFT_AWARD: "起草仲裁裁决",
    Permission.APPROVE_AWARD: "审批仲裁裁决",
    Permission.REFER_LEGAL_AID: "转介法律援助",
    Permission.HANDLE_LEGAL_AID: "办理法律援助",
    Permission.VIEW_STATISTICS: "查看统计报表",
    Permission.RECORD_COURT_OUTCOME: "记录法院立案和裁判结果",
    Permission.HANDOFF: "向人民法院移交案件材料",
}

PERMISSION_ENGLISH = {
    Permission.CHANGE_CASE_STATUS: "change a case's status or record case events",
    Permission.MANAGE_EVIDENCE: "manage evidence or prepare documents",
    Permission.EXPORT_EVIDENCE: "export evidence or documents",
    Permission.REVEAL_PERSONAL_DATA: "see full ID and telephone numbers",
    Permission.VIEW_STATISTICS: "see the statistics of the whole book",
    Permission.RECORD_COURT_OUTCOME: "record a court's filing and decision",
    Permission.HANDOFF: "send case packages to a court",
}


@dataclass(frozen=True)
class Principal:
    """Who is acting: a logged-in user, or the administrator at the command line."""

    user_id: int | None
    username: str
    display_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"{self.role.label}“{self.display_name}”无权{PERMISSION_LABELS[permission]}。",
                f"{self.display_name} ({self.role.value}) may not "
                f"{PERMISSION_ENGLISH.get(permission, permission.value.replace('_', ' '))}.",
            )


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    last_login_at: datetime | None


@dataclass(frozen=True)
class OrganisationView:
    name: str
    kind: OrgKind
    doc_prefix: str
    address: str
    phone: str
