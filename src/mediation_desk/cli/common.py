"""What every verb shares: messages in the user's language, secrets from files or the
environment (never argv), and opening the book of ``--data-dir``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from mediation_desk.config import DB_PASSWORD_ENV, PASSPHRASE_ENV, AppPaths
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.first_start import DEMO_PASSPHRASE, DEMO_PASSWORD

__all__ = ["DEMO_PASSPHRASE", "DEMO_PASSWORD", "CliError"]


class CliError(AppError):
    pass


def _lang() -> str:
    return "en" if os.environ.get("MEDIATION_DESK_LANG", "zh").startswith("en") else "zh"


def _say(zh: str, en: str) -> None:
    print(en if _lang() == "en" else zh)


def _read_secret_file(path: str) -> str:
    try:
        return Path(path).read_text("utf-8").rstrip("\r\n")
    except OSError as exc:
        raise CliError(f"无法读取口令文件：{path}（{exc.strerror}）", f"Cannot read {path}: {exc.strerror}") from None


def _secret(file_arg: str | None, env: str, prompt: str, *, confirm: bool = False, required: bool = True) -> str | None:
    if file_arg:
        return _read_secret_file(file_arg)
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("再输入一次 / again: ") != value:
            raise CliError("两次输入不一致。", "The two entries differ.")
        return value
    if required:
        raise CliError(f"需要口令：请用 --passphrase-file 或环境变量 {env} 提供。",
                       f"A secret is needed: use a file option or the {env} environment variable.")
    return None


def _paths(args: argparse.Namespace) -> AppPaths:
    return AppPaths.resolve(args.data_dir)


def _database(args: argparse.Namespace) -> str | None:
    """The ``--database`` URL of an office book, or None for the single-PC book of ``--data-dir``."""
    url = getattr(args, "database", None)
    if url and getattr(args, "data_dir", None):
        raise CliError("--database 与 --data-dir 只能选一个。", "Give either --database or --data-dir, not both.")
    return url or None


def _db_password(args: argparse.Namespace) -> str:
    """The database role's password: ``--db-password-file``, the environment variable, or asked."""
    password = _secret(getattr(args, "db_password_file", None), DB_PASSWORD_ENV, "数据库密码 / database password: ",
                       required=False)
    if password is None:
        raise CliError(f"需要数据库密码：请用 --db-password-file 或环境变量 {DB_PASSWORD_ENV} 提供，或在终端中输入。",
                       f"The database password is needed: use --db-password-file, {DB_PASSWORD_ENV}, or a terminal.")
    return password


def _open(args: argparse.Namespace, *, upgrade: bool = True):  # noqa: ANN202
    from mediation_desk.storage.book import NeedPassphrase, open_book
    from mediation_desk.storage.maintenance import backup_to_folder

    url = _database(args)
    if url is not None:
        from mediation_desk.storage.office import open_office_book

        office = open_office_book(url, _db_password(args), upgrade=upgrade)
        if office.upgraded_from:
            _say(f"案件库已从版本 {office.upgraded_from} 升级。", f"Upgraded from schema {office.upgraded_from}.")
        return office, None
    paths = _paths(args)
    if not paths.db_path.exists():
        raise CliError(f"此位置没有案件库：{paths.data_dir}（先运行 init 或 demo）",
                       f"No case book in {paths.data_dir} (run init or demo first)")

    def backup_first(book):  # noqa: ANN001, ANN202
        return backup_to_folder(book, paths.backups_dir, keep=1000).path

    passphrase = _secret(getattr(args, "passphrase_file", None), PASSPHRASE_ENV, "案件库口令 / passphrase: ",
                         required=False)
    try:
        book = open_book(paths, passphrase, backup_before_upgrade=backup_first, upgrade=upgrade)
    except NeedPassphrase:
        passphrase = _secret(getattr(args, "passphrase_file", None), PASSPHRASE_ENV, "案件库口令 / passphrase: ")
        book = open_book(paths, passphrase, backup_before_upgrade=backup_first, upgrade=upgrade)
    for note in book.notices:
        print(note, file=sys.stderr)
    if book.upgraded_from:
        _say(f"案件库已从版本 {book.upgraded_from} 升级；升级前的备份：{book.pre_upgrade_backup}",
             f"Upgraded from schema {book.upgraded_from}; backup taken first: {book.pre_upgrade_backup}")
    return book, passphrase


def _progress_printer(label: str):  # noqa: ANN202
    last = [-1]

    def progress(done: int, total: int) -> bool:
        pct = int(done * 100 / total) if total else 100
        if pct // 10 != last[0] // 10 and sys.stderr.isatty():
            print(f"{label} {pct}%", file=sys.stderr)
        last[0] = pct
        return True

    return progress
