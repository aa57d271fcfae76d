"""`mediation-desk <verb>`: the GUI (no verb) and the administrators' verbs.

Exit codes: 0 ok, 1 failure (one line in the user's language, no traceback), 2 usage.
Passphrases and passwords never come from argv: ``--passphrase-file`` or the environment.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from mediation_desk.cli.common import (DEMO_PASSPHRASE, DEMO_PASSWORD, CliError, _database, _db_password, _lang,
                                       _open, _paths, _progress_printer, _say, _secret)
from mediation_desk.cli.handoff import add_verify_parser
from mediation_desk.cli.report import cmd_report
from mediation_desk.config import DB_PASSWORD_ENV, NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, PASSWORD_ENV, AppPaths
from mediation_desk.domain.errors import AppError, OperationCancelled, ValidationError

# The verbs that work on an office book (--database) so far; the others refuse it (docs/architecture.md).
OFFICE_VERBS = frozenset({"init", "demo", "verify", "users", "report", "office"})

__all__ = ["CliError", "DEMO_PASSPHRASE", "DEMO_PASSWORD", "build_parser", "main"]


# ---- verbs ----

def cmd_gui(args: argparse.Namespace) -> int:
    from mediation_desk.app import main_gui

    return main_gui(Path(args.data_dir) if args.data_dir else None, lang=args.lang or _lang(),
                    passphrase_from_env=args.passphrase_from_env, database=getattr(args, "database", None))


def _org_from_args(args: argparse.Namespace):  # noqa: ANN202
    from mediation_desk.domain.users import OrganisationView, OrgKind

    missing = [flag for flag, value in (("--org-name", args.org_name), ("--doc-prefix", args.doc_prefix)) if not value]
    if missing:
        raise ValidationError({m: "必填" for m in missing}, zh=f"缺少参数：{'、'.join(missing)}",
                              en=f"Missing: {', '.join(missing)}")
    return OrganisationView(name=args.org_name, kind=OrgKind(args.org_kind), doc_prefix=args.doc_prefix,
                            address=args.org_address or "", phone=args.org_phone or "")


def _create_new_book(paths: AppPaths, passphrase: str, populate, *, demo: bool = False) -> list[str]:  # noqa: ANN001
    """Build the book in a sibling folder and move it into place only when complete."""
    import shutil

    from mediation_desk.storage.book import create_book

    if paths.db_path.exists():
        raise CliError(f"此位置已有案件库：{paths.data_dir}", f"A case book already exists in {paths.data_dir}")
    staging = AppPaths(paths.data_dir.with_name(paths.data_dir.name + ".creating"))
    shutil.rmtree(staging.data_dir, ignore_errors=True)
    try:
        book = create_book(staging, passphrase, demo=demo)
        try:
            populate(book)
        finally:
            book.close()
        paths.data_dir.parent.mkdir(parents=True, exist_ok=True)
        if paths.data_dir.exists():
            paths.data_dir.rmdir()  # only an empty folder may be replaced
        staging.data_dir.rename(paths.data_dir)
    except OSError as exc:
        raise CliError(f"无法在 {paths.data_dir} 创建案件库：{exc.strerror}", f"Cannot create the book: {exc}") from None
    finally:
        shutil.rmtree(staging.data_dir, ignore_errors=True)
    return book.notices


def _create_office_book(url: str, password: str, populate) -> str:  # noqa: ANN001
    """The schema in an empty database, then ``populate``; a failure leaves the database empty again."""
    from mediation_desk.services import accounts
    from mediation_desk.storage.office import (OfficeBookExists, create_office_book, discard_office_book,
                                               open_office_book)

    try:
        book = create_office_book(url, password)
    except OfficeBookExists:  # prepared by ``office setup``: the schema is there, the organisation not yet
        book = open_office_book(url, password)
        try:
            if accounts.is_set_up(book.uow):
                raise CliError(f"此数据库中已有案件库：{book.location}", f"A case book already exists in {book.location}")
            populate(book)  # one transaction: a failure leaves the prepared book as it was
        finally:
            book.close()
        return book.location
    try:
        populate(book)
    except BaseException:
        discard_office_book(book)
        raise
    finally:
        book.close()
    return book.location


def cmd_init(args: argparse.Namespace) -> int:
    from mediation_desk.services import accounts

    url = _database(args)
    paths = None if url else _paths(args)
    org = _org_from_args(args)
    db_password = _db_password(args) if url else None
    passphrase = None if url else _secret(args.passphrase_file, PASSPHRASE_ENV, "设定案件库口令 / new passphrase: ",
                                          confirm=True)
    admin_password = _secret(args.admin_password_file, PASSWORD_ENV, "管理员登录密码 / admin password: ", confirm=True)
    accounts.validate_organisation(org)
    accounts.hash_password(admin_password)  # length check before anything is written

    def populate(book):  # noqa: ANN001, ANN202
        accounts.setup_organisation(book.uow, org=org, admin_username=args.admin_user,
                                    admin_display_name=args.admin_name or args.admin_user,
                                    admin_password=admin_password)

    if url:
        where = _create_office_book(url, db_password, populate)
        _say(f"已在数据库中创建案件库：{where}", f"Case book created in the database {where}")
        return 0
    notices = _create_new_book(paths, passphrase, populate)
    for note in notices:
        print(note, file=sys.stderr)
    _say(f"已创建案件库：{paths.data_dir}", f"Case book created in {paths.data_dir}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from mediation_desk.services.demo import create_demo

    url = _database(args)
    password = os.environ.get(PASSWORD_ENV) or DEMO_PASSWORD
    if args.cases < 0:
        raise CliError("--cases 不能是负数。", "--cases cannot be negative.")

    def populate(book):  # noqa: ANN001, ANN202
        create_demo(book.uow, cases=args.cases, password=password, progress=_progress_printer("演示案件"),
                    kind=args.kind)

    if url:
        where = _create_office_book(url, _db_password(args), populate)
        _say(f"已在数据库中创建演示案件库：{where}，{args.cases} 件案件。登录：admin / mediator / arbitrator / clerk / lawyer"
             + ("，密码 " + DEMO_PASSWORD if password == DEMO_PASSWORD else ""),
             f"Demo case book with {args.cases} cases in the database {where}.")
        return 0
    # without --data-dir the demo goes into its own folder beside the real one, never into it
    paths = _paths(args) if args.data_dir else AppPaths.resolve(None).demo()
    if paths.data_dir == AppPaths.resolve(None).data_dir:
        raise CliError(f"演示案件库不能放在正式数据文件夹：{paths.data_dir}。不加 --data-dir 时演示数据放在单独的文件夹。",
                       f"The demo cannot go into the real data folder {paths.data_dir}; without --data-dir it "
                       f"gets its own folder.")
    passphrase = _secret(args.passphrase_file, PASSPHRASE_ENV, "", required=False) or DEMO_PASSPHRASE
    _create_new_book(paths, passphrase, populate, demo=True)
    _say(f"已创建演示案件库：{paths.data_dir}，{args.cases} 件案件。登录：admin / mediator / arbitrator / clerk / lawyer"
         + ("，密码 " + DEMO_PASSWORD if password == DEMO_PASSWORD else "")
         + ("；案件库口令 " + DEMO_PASSPHRASE if passphrase == DEMO_PASSPHRASE else ""),
         f"Demo case book with {args.cases} cases in {paths.data_dir}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from mediation_desk.storage.book import NeedPassphrase, unlock_for_verify
    from mediation_desk.storage.maintenance import verify_book
    from mediation_desk.storage.maintenance.anchor import check_against, read_anchor

    if _database(args):
        return _verify_office(args)
    paths = _paths(args)
    if not paths.db_path.exists():
        raise CliError(f"此位置没有案件库：{paths.data_dir}", f"No case book in {paths.data_dir}")
    passphrase = _secret(args.passphrase_file, PASSPHRASE_ENV, "案件库口令 / passphrase: ", required=False)
    try:  # not through open_book: a book too damaged to open is still checked and its damage named
        book = unlock_for_verify(paths, passphrase)
    except NeedPassphrase:
        book = unlock_for_verify(paths, _secret(args.passphrase_file, PASSPHRASE_ENV, "案件库口令 / passphrase: "))
    anchor = None
    try:
        report = verify_book(book)
        if args.against:
            anchor = read_anchor(Path(args.against).expanduser(), book.master_key)
            report.findings.extend(check_against(book, anchor))
    finally:
        book.close()
    lang = _lang()
    for f in report.findings:
        print(f.en if lang == "en" else f.zh)
    if report.ok:
        _say("校验通过：案件库完整，数据结构为最新版本，审计链未被改动，数据与审计记录一致。",
             "Verified: the book is intact, its schema is current, the audit chain is unbroken and the data "
             "matches it.")
        if anchor is not None:
            where_zh, where_en = anchor.where
            _say(f"审计记录延续了{where_zh}锚定的链头（第{anchor.head_id}条），此后未被改写。",
                 f"The audit trail extends the head anchored in {where_en} (row {anchor.head_id}); nothing up to "
                 "it was rewritten.")
        return 0
    return 1


def _verify_office(args: argparse.Namespace) -> int:
    from mediation_desk.storage.maintenance.office_verify import verify_office_book

    if args.against:
        raise CliError("服务器版案件库暂不支持 --against（后续版本提供）。", "--against is not supported for an office "
                       "book yet.")
    book, _ = _open(args, upgrade=False)
    try:
        report = verify_office_book(book)
    finally:
        book.close()
    for f in report.findings:
        print(f.en if _lang() == "en" else f.zh)
    if report.ok:
        _say(f"校验通过：数据结构为最新版本，审计链（{report.audit_rows} 条）未被改动，数据与审计记录一致。"
             "服务器版案件库的文件由数据库服务器保管，不做文件校验。",
             f"Verified: the schema is current, the audit chain ({report.audit_rows} rows) is unbroken and the data "
             "matches it. The database server keeps an office book's files; there is no file check.")
        return 0
    return 1


def cmd_audit(args: argparse.Namespace) -> int:
    from mediation_desk.services import accounts
    from mediation_desk.storage.maintenance.anchor import write_checkpoint

    book, _ = _open(args, upgrade=False)
    try:
        output = Path(args.output).expanduser().resolve()
        if output.is_dir():
            raise CliError(f"--output 应是文件名，不是文件夹：{output}", f"--output must be a file, not a folder: {output}")
        data = write_checkpoint(book, output)
        with book.uow.write() as tx:
            tx.audit.append(actor=accounts.administrator_principal(book.uow).username, action="audit.checkpoint",
                            entity="book", entity_id=book.book_id,
                            changes={"file": output.name, "head": [data["head_id"], data["head_hash"]],
                                     "digest": data["digest"]})
    finally:
        book.close()
    _say(f"审计检查点已写入：{output}\n案件库标识：{data['book_id']}\n审计链头：第{data['head_id']}条 {data['head_hash']}\n"
         f"检查点摘要（请抄录或打印，与文件分开保存）：{data['digest']}",
         f"Audit checkpoint written: {output}\nBook: {data['book_id']}\nChain head: row {data['head_id']} "
         f"{data['head_hash']}\nCheckpoint digest (write it down or print it; keep it apart from the file): "
         f"{data['digest']}")
    return 0


def cmd_rebuild_statistics(args: argparse.Namespace) -> int:
    from mediation_desk.storage import statistics_facts_repo

    book, _ = _open(args)
    try:
        with book.engine.begin() as conn:
            n = statistics_facts_repo.rebuild(conn, progress=_progress_printer("重新生成"))
    finally:
        book.close()
    _say(f"已按案件记录重新生成 {n} 件案件的统计派生数据。", f"Rewrote the derived statistics rows of {n} case(s).")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from mediation_desk.services import accounts, backups
    from mediation_desk.storage.maintenance import backup_book

    book, _ = _open(args)
    try:
        output = Path(args.output).expanduser().resolve()
        if output.is_dir():
            raise CliError(f"--output 应是文件名，不是文件夹：{output}", f"--output must be a file, not a folder: {output}")
        info = backup_book(book, output, progress=_progress_printer("备份"))
        backups.record_backup(book.uow, accounts.administrator_principal(book.uow), info)
    finally:
        book.close()
    _say(f"备份完成：{info.path}", f"Backup written: {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from mediation_desk.storage.maintenance import read_backup_header, restore_book

    paths = _paths(args)
    source = Path(args.input).expanduser().resolve()
    read_backup_header(source)
    passphrase = _secret(args.passphrase_file, PASSPHRASE_ENV, "备份所属案件库的口令 / passphrase: ", required=False)
    result = restore_book(source, paths, passphrase, progress=_progress_printer("恢复"),
                          replace_other_book=args.replace_other_book)
    moved = getattr(result, "moved_aside", None)
    _say(f"已恢复到：{paths.data_dir}" + (f"；原案件库已移到：{moved}" if moved else ""),
         f"Restored into {paths.data_dir}" + (f"; the previous book was moved to {moved}" if moved else ""))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from mediation_desk.services import accounts
    from mediation_desk.storage.book import change_passphrase, open_book

    paths = _paths(args)
    old = _secret(args.passphrase_file, PASSPHRASE_ENV, "当前口令 / current passphrase: ")
    new = _secret(args.new_passphrase_file, NEW_PASSPHRASE_ENV, "新口令 / new passphrase: ", confirm=True)
    book = open_book(paths, old, upgrade=False)
    try:
        change_passphrase(paths, old, new)
        with book.uow.write() as tx:
            tx.audit.append(actor=accounts.administrator_principal(book.uow).username, action="book.passphrase",
                            entity="book", entity_id=book.book_id, changes={"passphrase": "changed"})
    finally:
        book.close()
    _say("口令已更改。请妥善保管新口令：遗失后无法打开案件库。", "Passphrase changed. Keep it safe: it cannot be recovered.")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    from mediation_desk.services import accounts
    from mediation_desk.storage.book import rekey

    book, passphrase = _open(args, upgrade=False)
    if passphrase is None:
        passphrase = _secret(args.passphrase_file, PASSPHRASE_ENV, "案件库口令 / passphrase: ")
    try:
        old_id = book.book_id
        new_id = rekey(book, passphrase)
        with book.uow.write() as tx:
            tx.audit.append(actor=accounts.administrator_principal(book.uow).username, action="book.rekey",
                            entity="book", entity_id=old_id, changes={"key_id": new_id})
    finally:
        book.close()
    _say(f"数据密钥已更换（新密钥编号 {new_id}）。旧备份仍需旧口令恢复。",
         f"Data key rotated (new key id {new_id}). Old backups still need the old passphrase.")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    from mediation_desk.domain.users import Role
    from mediation_desk.services import accounts

    book, _ = _open(args)
    try:
        uow = book.uow
        admin = accounts.administrator_principal(uow)
        users = {u.username: u for u in accounts.list_users(uow, admin)}

        def target():  # noqa: ANN202
            if args.username not in users:
                raise CliError(f"没有用户“{args.username}”。", f"No user {args.username}.")
            return users[args.username]

        if args.action == "list":
            for u in users.values():
                state = "启用" if u.active else "停用"
                print(f"{u.username}\t{u.display_name}\t{u.role.label}\t{state}")
        elif args.action == "add":
            password = _secret(args.password_file, PASSWORD_ENV, "登录密码 / password: ", confirm=True)
            accounts.create_user(uow, admin, username=args.username, display_name=args.name or args.username,
                                 role=Role(args.role), password=password)
            _say(f"已添加用户 {args.username}。", f"User {args.username} added.")
        elif args.action == "set-role":
            accounts.set_user_role(uow, admin, user_id=target().id, role=Role(args.role))
        elif args.action in ("disable", "enable"):
            accounts.set_user_active(uow, admin, user_id=target().id, active=args.action == "enable")
        elif args.action == "reset-password":
            password = _secret(args.password_file, PASSWORD_ENV, "新登录密码 / new password: ", confirm=True)
            accounts.reset_password(uow, admin, user_id=target().id, password=password)
    finally:
        book.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    from mediation_desk.domain.users import OrgKind, Role

    top = argparse.ArgumentParser(add_help=False)
    top.add_argument("--data-dir", metavar="DIR", help="案件库所在文件夹 / folder of the case book")
    top.add_argument("--database", metavar="URL",
                     help="在服务器版案件库上启动窗口 postgresql://用户@主机:端口/数据库?sslmode=verify-full&sslrootcert=CA "
                          "/ start the window on an office book")
    # the verbs take --data-dir too; theirs has no default, so one given before the verb still holds
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="案件库所在文件夹 / folder of the case book")
    common.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                        help="服务器版案件库的数据库地址 postgresql://用户@主机:端口/数据库（不含密码）/ an office book's "
                             "database, postgresql://user@host:port/database (no password)")
    common.add_argument("--db-password-file", metavar="FILE",
                        help=f"从文件读取数据库密码（或用环境变量 {DB_PASSWORD_ENV}，或在终端输入）")
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument("--passphrase-file", metavar="FILE",
                        help=f"从文件读取案件库口令（或用环境变量 {PASSPHRASE_ENV}）")

    p = argparse.ArgumentParser(prog="mediation-desk", parents=[top],
                                description="新就业形态劳动争议调解与仲裁案件管理 / case desk for gig workers' labour disputes")
    p.add_argument("--lang", choices=["zh", "en"], help="界面语言 / interface language")
    p.add_argument("--passphrase-from-env", action="store_true",
                   help=f"图形界面从环境变量 {PASSPHRASE_ENV} 读取案件库口令（仅用于自助终端和测试）/ the window "
                        f"takes the book passphrase from {PASSPHRASE_ENV} (kiosks and tests only)")
    p.add_argument("--self-test", action="store_true",
                   help="检查本机能否运行本程序（数据库加密、文书、界面），不动任何数据 / check this PC's native parts")
    sub = p.add_subparsers(dest="verb", metavar="VERB")

    s = sub.add_parser("init", parents=[common, secret], help="创建新案件库 / create a new case book")
    s.add_argument("--org-name", help="机构全称")
    s.add_argument("--org-kind", choices=[k.value for k in OrgKind], default=OrgKind.MEDIATION.value)
    s.add_argument("--doc-prefix", help="文书字号前缀，如 洪劳人仲案字")
    s.add_argument("--org-address")
    s.add_argument("--org-phone")
    s.add_argument("--admin-user", default="admin")
    s.add_argument("--admin-name", help="管理员姓名")
    s.add_argument("--admin-password-file", metavar="FILE", help=f"管理员密码文件（或环境变量 {PASSWORD_ENV}）")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("demo", parents=[common, secret], help="创建演示案件库 / create a demo case book")
    s.add_argument("--cases", type=int, default=300, metavar="N")
    s.add_argument("--kind", choices=["mediation", "arbitration"], default="mediation",
                   help="调解组织或仲裁委员会的演示案件库 / a mediation centre's or an arbitration commission's book")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("verify", parents=[common, secret], help="校验案件库 / verify the case book")
    s.add_argument("--against", metavar="FILE",
                   help="并核对审计记录延续了该备份、移交包或审计检查点锚定的链头 / also prove the trail extends the "
                        "head anchored in this backup, hand-off package or checkpoint")
    s.set_defaults(func=cmd_verify)

    s = sub.add_parser("rebuild-statistics", parents=[common, secret],
                       help="按案件记录重新生成统计派生数据 / rewrite the derived statistics rows from the case records")
    s.set_defaults(func=cmd_rebuild_statistics)

    s = sub.add_parser("audit", parents=[common, secret], help="审计记录 / the audit trail")
    s.add_argument("action", choices=["checkpoint"])
    s.add_argument("--output", required=True, metavar="FILE", help="检查点文件 / checkpoint file (JSON)")
    s.set_defaults(func=cmd_audit)

    s = sub.add_parser("backup", parents=[common, secret], help="备份 / back up")
    s.add_argument("--output", required=True, metavar="FILE")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("restore", parents=[common, secret], help="从备份恢复 / restore from a backup")
    s.add_argument("--input", required=True, metavar="FILE")
    s.add_argument("--replace-other-book", action="store_true",
                   help="备份属于另一个案件库时也替换 / replace the book here even if the backup is of another book")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("passwd", parents=[common, secret], help="更改案件库口令 / change the passphrase")
    s.add_argument("--new-passphrase-file", metavar="FILE", help=f"新口令文件（或环境变量 {NEW_PASSPHRASE_ENV}）")
    s.set_defaults(func=cmd_passwd)

    s = sub.add_parser("rekey", parents=[common, secret], help="更换数据密钥 / rotate the data key")
    s.set_defaults(func=cmd_rekey)

    s = sub.add_parser("report", parents=[common, secret], help="统计报表 / statistics reports")
    s.add_argument("kind", choices=["disputes", "platforms", "court"],
                   help="disputes: 劳动争议案件统计表 / the dispute tables; "
                        "platforms: 平台企业用工情况 / the platform-enterprise report; "
                        "court: 裁审衔接统计 / what the courts did with the awards")
    s.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="开始日 YYYY-MM-DD")
    s.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="结束日 YYYY-MM-DD（含）")
    s.add_argument("--format", choices=["json", "xlsx", "pdf"], default="json")
    s.add_argument("--by", choices=["organisation", "arbitrator"], help="分组 / group by")
    s.add_argument("--basis", choices=["award", "outcome"],
                   help="court: 按裁决日期（默认）或按法院立案和裁判日期 / by award date (default) or by court date")
    s.add_argument("--output", required=True, metavar="FILE")
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("users", parents=[common, secret], help="用户管理 / manage users")
    s.add_argument("action", choices=["list", "add", "set-role", "disable", "enable", "reset-password"])
    s.add_argument("username", nargs="?")
    s.add_argument("--name", help="姓名")
    s.add_argument("--role", choices=[r.value for r in Role], default=Role.MEDIATOR.value)
    s.add_argument("--password-file", metavar="FILE", help=f"登录密码文件（或环境变量 {PASSWORD_ENV}）")
    s.set_defaults(func=cmd_users)

    # the court hand-off: export and key export need the book (cli/handoff_book.py); verify does not
    from mediation_desk.cli.handoff_book import add_handoff_book_verbs
    from mediation_desk.cli.handoff_import import add_handoff_import_verbs
    from mediation_desk.cli.handoff_outbox import add_outbox_parser

    handoff = sub.add_parser("handoff", help="法院衔接移交包 / court hand-off packages")
    handoff_sub = handoff.add_subparsers(dest="handoff_verb", metavar="VERB", required=True)
    add_verify_parser(handoff_sub)
    add_handoff_book_verbs(handoff_sub, [common, secret])
    add_outbox_parser(handoff_sub, [common, secret])
    add_handoff_import_verbs(handoff_sub, [common, secret])

    # document templates: check needs no book (cli/templates.py)
    from mediation_desk.cli.templates import add_templates_parser

    add_templates_parser(sub, [common, secret])

    from mediation_desk.cli.office import add_office_parser

    add_office_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    raw = sys.argv[1:] if argv is None else argv
    if raw[:1] == ["render-worker"]:  # hidden: the document worker process of a packaged build
        from mediation_desk.documents.render_worker import main as render_worker_main

        render_worker_main()
        return 0
    if raw[:1] == ["--self-test"]:  # before anything else is imported or read
        return _self_test(raw[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help
        return int(exc.code or 0)
    if args.self_test:
        if args.verb:
            parser.print_usage(sys.stderr)
            return 2
        if args.lang:
            os.environ["MEDIATION_DESK_LANG"] = args.lang
        return _self_test([])
    if args.verb == "users" and args.action != "list" and not args.username:
        parser.print_usage(sys.stderr)
        print("users: 需要用户名 / a user name is required", file=sys.stderr)
        return 2
    func = getattr(args, "func", cmd_gui)
    if getattr(args, "database", None) and args.verb is not None and args.verb not in OFFICE_VERBS:
        print(f"{args.verb}: 服务器版案件库暂不支持此命令（后续版本提供）/ not supported for an office book yet",
              file=sys.stderr)
        return 1
    try:
        return func(args)
    except AppError as exc:
        print(exc.text(_lang()), file=sys.stderr)
        return 1
    except OperationCancelled:
        _say("已取消。", "Cancelled.")
        return 1
    except KeyboardInterrupt:
        return 1
    except Exception as exc:  # last resort: one line here, the details in the log file
        from mediation_desk.log_privacy import exception_text

        where = _log_unexpected(args)
        said = exception_text(exc)  # the same masked text the log gets
        print(f"意外错误：{type(exc).__name__}：{said}（详情见 {where}）" if _lang() == "zh"
              else f"Unexpected error: {type(exc).__name__}: {said} (details in {where})", file=sys.stderr)
        return 1


def _self_test(rest: list[str]) -> int:
    from mediation_desk import selftest

    return selftest.main(rest)


def _log_unexpected(args: argparse.Namespace) -> Path:
    import tempfile

    from mediation_desk.log_privacy import format_exception

    try:
        folder = _paths(args).log_dir
        folder.mkdir(parents=True, exist_ok=True)
    except Exception:
        folder = Path(tempfile.gettempdir())
    target = folder / "mediation-desk.log"
    exc = sys.exc_info()[1]
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(format_exception(exc) if exc is not None else "")
    return target
