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
    VIEW_CASES = "view_cases"
    REGISTER_CASE = "register_case"
    CHANGE_CASE_STATUS = "change_case_status"
    VIEW_AUDIT = "view_audit"
    MANAGE_EVIDENCE = "manage_evidence"
    EXPORT_EVIDENCE = "export_evidence"
    APPROVE_AWARD = "approve_award"


_ALL_CASE_WORK = {Permission.VIEW_CASES, Permission.REGISTER_CASE, Permission.CHANGE_CASE_STATUS,
                  Permission.MANAGE_EVIDENCE, Permission.EXPORT_EVIDENCE}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.MEDIATOR: frozenset(_ALL_CASE_WORK),
    Role.ARBITRATOR: frozenset(_ALL_CASE_WORK | {Permission.APPROVE_AWARD}),
    Role.CLERK: frozenset(_ALL_CASE_WORK),
    Role.LEGAL_AID_LAWYER: frozenset(_ALL_CASE_WORK),
}

PERMISSION_LABELS = {
    Permission.MANAGE_USERS: "管理用户",
    Permission.MANAGE_ORGANISATION: "修改机构信息",
    Permission.MANAGE_BACKUPS: "管理备份",
    Permission.VIEW_CASES: "查看案件",
    Permission.REGISTER_CASE: "登记案件",
    Permission.CHANGE_CASE_STATUS: "变更案件状态",
    Permission.VIEW_AUDIT: "查看审计记录",
    Permission.MANAGE_EVIDENCE: "登记和修改证据",
    Permission.EXPORT_EVIDENCE: "导出证据文件",
    Permission.APPROVE_AWARD: "审批仲裁裁决",
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
                f"{self.role.label}“{self.display_name}”无权{PERMISSION_LABELS[permission]}。",  # type: ignore[attr-defined]
                f"{self.display_name} ({self.role.value}) may not {permission.value.replace('_', ' ')}.",
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
