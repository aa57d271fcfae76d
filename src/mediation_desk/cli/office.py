"""``mediation-desk office setup``: prepare an office's PostgreSQL server (database, roles, grants,
extensions, migrations) in one command, run by the server's administrator (``storage.office_setup``)."""

from __future__ import annotations

import argparse

from mediation_desk.cli.common import _lang, _say, _secret

ADMIN_PASSWORD_ENV = "MEDIATION_DESK_DB_ADMIN_PASSWORD"
APP_PASSWORD_ENV = "MEDIATION_DESK_DB_APP_PASSWORD"


def cmd_office_setup(args: argparse.Namespace) -> int:
    from mediation_desk.storage.office_setup import setup_office

    admin_password = _secret(args.admin_password_file, ADMIN_PASSWORD_ENV,
                             "数据库管理员密码 / database administrator's password: ")
    app_password = _secret(args.app_password_file, APP_PASSWORD_ENV,
                           f"工作站角色 {args.app_role} 的新密码（留空则不改）/ new password of {args.app_role} "
                           "(empty: unchanged): ", confirm=True, required=False) or None
    result = setup_office(args.admin_url, admin_password, database=args.database, owner_role=args.owner_role,
                          app_role=args.app_role, app_password=app_password)
    if result.created_book:
        _say(f"已准备好服务器版案件库：数据库 {result.database}（数据结构版本 {result.revision}）。",
             f"Office book prepared: database {result.database} (schema {result.revision}).")
    elif result.upgraded_from:
        _say(f"案件库已从数据结构版本 {result.upgraded_from} 升级到 {result.revision}。",
             f"Office book upgraded from schema {result.upgraded_from} to {result.revision}.")
    else:
        _say(f"案件库已是最新（数据结构版本 {result.revision}），角色和授权已核对。",
             f"The office book is up to date (schema {result.revision}); roles and grants checked.")
    _say(f"表的所有者：{result.owner_role}（不能登录）；工作站角色：{result.app_role}（只能增删改查，不能改表结构）。",
         f"Tables owned by {result.owner_role} (cannot log in); desks use {result.app_role} (rows only, no DDL).")
    _say("交给各工作站的连接信息：", "Give the desks:")
    print(f"  {result.desk_url}")
    if _lang() == "en":
        print("  <CA> = the path, on the desk, of the CA certificate that signed the server's certificate "
              "(copy ca.crt, never the server's key).")
        print(f"  The password of {result.app_role} is handed over separately; the desks keep it in the keyring "
              "or type it.")
        if result.local_admin_host:
            print("  Use the server's network name as written in its certificate instead of localhost.")
        print("  The first desk to connect sets up the organisation and its administrator (or: mediation-desk init "
              "--database URL).")
    else:
        print("  <CA> 换成工作站上 CA 证书文件的路径（签发服务器证书的 ca.crt，切勿复制服务器私钥）。")
        print(f"  {result.app_role} 的密码另行交付；工作站可把它保存在系统密钥环中，或每次输入。")
        if result.local_admin_host:
            print("  主机名请换成服务器证书上写明的服务器网络名称，而不是 localhost。")
        print("  第一台连接的工作站在“开始使用”中设立机构和管理员（或运行 mediation-desk init --database URL）。")
    return 0


def add_office_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    office = sub.add_parser("office", help="服务器版案件库 / the office edition's server")
    office_sub = office.add_subparsers(dest="office_verb", metavar="VERB", required=True)
    s = office_sub.add_parser(
        "setup", help="在 PostgreSQL 服务器上创建（或升级）案件库数据库及其角色 / prepare or upgrade the office "
                      "book's database and roles on the PostgreSQL server")
    s.add_argument("--admin-url", required=True, metavar="URL",
                   help="超级用户的连接地址（不含密码），如 postgresql://postgres@db.example:5432/postgres"
                        "?sslmode=verify-full&sslrootcert=ca.crt")
    s.add_argument("--admin-password-file", metavar="FILE", help=f"管理员密码文件（或环境变量 {ADMIN_PASSWORD_ENV}）")
    s.add_argument("--database", required=True, metavar="NAME", help="案件库数据库名 / the book's database")
    s.add_argument("--owner-role", metavar="ROLE", help="表的所有者角色（默认 <数据库名>_owner）")
    s.add_argument("--app-role", metavar="ROLE", help="工作站使用的角色（默认 <数据库名>_desk）")
    s.add_argument("--app-password-file", metavar="FILE",
                   help=f"工作站角色的新密码文件（或环境变量 {APP_PASSWORD_ENV}）")
    s.set_defaults(func=_with_default_roles)


def _with_default_roles(args: argparse.Namespace) -> int:
    args.owner_role = args.owner_role or f"{args.database}_owner"
    args.app_role = args.app_role or f"{args.database}_desk"
    return cmd_office_setup(args)
