"""Organisation set-up, users, roles, log-in."""

from __future__ import annotations

import re
from dataclasses import replace

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from mediation_desk.domain.errors import AppError, ConflictError, NotFound, ValidationError
from mediation_desk.domain.first_start import DEMO_SETTING, demo_name, is_demo_secret, refuse_demo_secret
from mediation_desk.domain.users import OrganisationView, Permission, Principal, Role, UserView
from mediation_desk.services import deadlines
from mediation_desk.services.clock import now
from mediation_desk.services.ports import Tx, UnitOfWork, UserRecord

_hasher = PasswordHasher()  # argon2id, library defaults (RFC 9106 low-memory profile)
MIN_PASSWORD_LEN = 8
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")


class LoginFailed(AppError):
    pass


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LEN:
        raise ValidationError({"password": f"密码至少需要{MIN_PASSWORD_LEN}个字符"})
    return _hasher.hash(password)


def _check_username(username: str) -> str:
    username = username.strip()
    if not USERNAME_RE.match(username):
        raise ValidationError({"username": "用户名只能用2-32个英文字母、数字、点、下划线或连字符"})
    return username


def _check_display_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 50:
        raise ValidationError({"display_name": "请填写姓名（不超过50个字）"})
    return name


def validate_organisation(org: OrganisationView) -> OrganisationView:
    errors: dict[str, str] = {}
    name, prefix = org.name.strip(), org.doc_prefix.strip()
    if len(name) < 4:
        errors["name"] = "请填写机构全称"
    if not (1 <= len(prefix) <= 20) or any(ch in prefix for ch in "〔〕[]()（）0123456789"):
        errors["doc_prefix"] = "文书字号前缀应为“洪劳人仲案字”这样的文字，不含年份和数字"
    if errors:
        raise ValidationError(errors)
    return OrganisationView(name=name, kind=org.kind, doc_prefix=prefix, address=org.address.strip(),
                            phone=org.phone.strip())


def _is_demo(tx: Tx) -> bool:
    return bool(tx.settings.get(DEMO_SETTING, False))


def _refuse_demo_password(tx: Tx, password: str) -> None:
    if is_demo_secret(password) and not _is_demo(tx):
        refuse_demo_secret(password, "password")


def is_demo_book(uow: UnitOfWork) -> bool:
    """The demo's book: its organisation's name carries 【演示数据】 and its published password is allowed."""
    with uow.read() as tx:
        return _is_demo(tx)


def validate_setup(*, org: OrganisationView, admin_username: str, admin_display_name: str,
                   admin_password: str) -> None:
    """Every check :func:`setup_organisation` makes of a real book's input, with nothing written: run before
    the book itself is created, so a refusal leaves no half-made book."""
    errors: dict[str, str] = {}
    for check in (lambda: validate_organisation(org), lambda: _check_username(admin_username),
                  lambda: _check_display_name(admin_display_name), lambda: hash_password(admin_password),
                  lambda: refuse_demo_secret(admin_password, "password")):
        try:
            check()
        except ValidationError as exc:
            errors.update({k: v for k, v in exc.fields.items() if k not in errors})
    if errors:
        raise ValidationError(errors)


def setup_organisation(uow: UnitOfWork, *, org: OrganisationView, admin_username: str, admin_display_name: str,
                       admin_password: str, demo: bool = False) -> Principal:
    """First run: the organisation and its first administrator, in one transaction. ``demo``: the demo's
    book, marked as such (the name shows 演示数据 in every window and document); a real book may not use
    the demo's published password."""
    org = validate_organisation(org)
    if demo:
        org = replace(org, name=demo_name(org.name))
    else:
        refuse_demo_secret(admin_password, "password")
    username = _check_username(admin_username)
    display = _check_display_name(admin_display_name)
    pw_hash = hash_password(admin_password)
    with uow.write() as tx:
        if tx.org.get() is not None:
            raise ConflictError("机构已设置，不能重复初始化。", "The organisation is already set up.")
        if demo:
            tx.settings.set(DEMO_SETTING, True)
        tx.org.save(org)
        # a new book's deadlines are all computed under the rules and holidays in force now
        tx.settings.set(deadlines.RULES_STAMP_KEY, deadlines.rules_stamp())
        uid = tx.users.add(username=username, display_name=display, role=Role.ADMINISTRATOR,
                           password_hash=pw_hash, created_at=now())
        actor = f"setup:{username}"
        tx.audit.append(actor=actor, action="organisation.setup", entity="organisation", entity_id=1,
                        changes={"name": org.name, "kind": org.kind.value, "doc_prefix": org.doc_prefix})
        tx.audit.append(actor=actor, action="user.create", entity="user", entity_id=uid,
                        changes={"username": username, "display_name": display, "role": Role.ADMINISTRATOR.value})
    return Principal(user_id=uid, username=username, display_name=display, role=Role.ADMINISTRATOR)


def is_set_up(uow: UnitOfWork) -> bool:
    with uow.read() as tx:
        return tx.org.get() is not None


def get_organisation(uow: UnitOfWork) -> OrganisationView | None:
    with uow.read() as tx:
        return tx.org.get()


def update_organisation(uow: UnitOfWork, actor: Principal, *, org: OrganisationView) -> None:
    actor.require(Permission.MANAGE_ORGANISATION)
    org = validate_organisation(org)
    with uow.write() as tx:
        if _is_demo(tx):  # a demo stays visibly a demo under any name
            org = replace(org, name=demo_name(org.name))
        before = tx.org.get()
        tx.org.save(org)
        changes = {k: [getattr(before, k) if before else None, getattr(org, k)]
                   for k in ("name", "doc_prefix", "address", "phone") if not before or getattr(before, k) != getattr(org, k)}
        if before and before.kind != org.kind:
            changes["kind"] = [before.kind.value, org.kind.value]
        tx.audit.append(actor=actor.username, action="organisation.update", entity="organisation", entity_id=1,
                        changes=changes)


def log_in(uow: UnitOfWork, *, username: str, password: str) -> Principal:
    """Check a password. The same message for unknown users and wrong passwords."""
    failed = LoginFailed("用户名或密码不正确。", "Wrong user name or password.")
    with uow.read() as tx:
        user = tx.users.by_username(username.strip())
    if user is None:
        _hasher.hash("timing-equaliser")  # costs the same as a real check
        raise failed
    try:
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        with uow.write() as tx:
            tx.audit.append(actor=user.username, action="user.login_failed", entity="user", entity_id=user.id, changes={})
        raise failed from None
    if not user.active:
        raise LoginFailed("此账号已停用，请联系管理员。", "This account is disabled.")
    with uow.write() as tx:
        fields: dict[str, object] = {"last_login_at": now()}
        if _hasher.check_needs_rehash(user.password_hash):
            fields["password_hash"] = _hasher.hash(password)
        tx.users.update(user.id, **fields)
        tx.audit.append(actor=user.username, action="user.login", entity="user", entity_id=user.id, changes={})
    return Principal(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role)


def list_users(uow: UnitOfWork, actor: Principal) -> list[UserView]:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        return tx.users.list()


def create_user(uow: UnitOfWork, actor: Principal, *, username: str, display_name: str, role: Role,
                password: str) -> int:
    actor.require(Permission.MANAGE_USERS)
    username = _check_username(username)
    display = _check_display_name(display_name)
    pw_hash = hash_password(password)
    with uow.write() as tx:
        _refuse_demo_password(tx, password)
        if tx.users.by_username(username) is not None:
            raise ValidationError({"username": f"用户名“{username}”已被使用"})
        uid = tx.users.add(username=username, display_name=display, role=role, password_hash=pw_hash, created_at=now())
        tx.audit.append(actor=actor.username, action="user.create", entity="user", entity_id=uid,
                        changes={"username": username, "display_name": display, "role": role.value})
    return uid


def _require_user(tx: Tx, user_id: int) -> UserRecord:
    user = tx.users.by_id(user_id)
    if user is None:
        raise NotFound("找不到该用户。", "User not found.")
    return user


def _keep_one_admin(tx: Tx, user: UserRecord, *, new_role: Role | None = None, deactivate: bool = False) -> None:
    losing_admin = user.role is Role.ADMINISTRATOR and user.active and (deactivate or (new_role and new_role is not Role.ADMINISTRATOR))
    if losing_admin and tx.users.count_active(Role.ADMINISTRATOR) <= 1:
        raise ConflictError("至少要保留一名启用的管理员。", "At least one active administrator must remain.")


def set_user_role(uow: UnitOfWork, actor: Principal, *, user_id: int, role: Role) -> None:
    actor.require(Permission.MANAGE_USERS)
    with uow.write() as tx:
        user = _require_user(tx, user_id)
        _keep_one_admin(tx, user, new_role=role)
        tx.users.update(user_id, role=role)
        tx.audit.append(actor=actor.username, action="user.role", entity="user", entity_id=user_id,
                        changes={"role": [user.role.value, role.value]})


def set_user_active(uow: UnitOfWork, actor: Principal, *, user_id: int, active: bool) -> None:
    actor.require(Permission.MANAGE_USERS)
    with uow.write() as tx:
        user = _require_user(tx, user_id)
        if not active:
            _keep_one_admin(tx, user, deactivate=True)
        tx.users.update(user_id, active=active)
        tx.audit.append(actor=actor.username, action="user.activate" if active else "user.deactivate",
                        entity="user", entity_id=user_id, changes={"active": [user.active, active]})


def reset_password(uow: UnitOfWork, actor: Principal, *, user_id: int, password: str) -> None:
    if actor.user_id != user_id:
        actor.require(Permission.MANAGE_USERS)
    pw_hash = hash_password(password)
    with uow.write() as tx:
        _refuse_demo_password(tx, password)
        _require_user(tx, user_id)
        tx.users.update(user_id, password_hash=pw_hash)
        tx.audit.append(actor=actor.username, action="user.password", entity="user", entity_id=user_id,
                        changes={"password": "changed"})


def administrator_principal(uow: UnitOfWork, username: str | None = None) -> Principal:
    """The command line acts as an administrator of the book (whoever holds the passphrase)."""
    with uow.read() as tx:
        users = [u for u in tx.users.list() if u.role is Role.ADMINISTRATOR and u.active]
    if username:
        users = [u for u in users if u.username == username]
    if not users:
        raise NotFound("案件库中没有启用的管理员账号。", "No active administrator in this book.")
    u = users[0]
    return Principal(user_id=u.id, username=f"cli:{u.username}", display_name=u.display_name, role=Role.ADMINISTRATOR)
