"""``handoff import`` and ``handoff outcome``: what comes in from a court or another organisation,
and the court side's answer (docs/handoff-import.md).

``handoff import FILE`` verifies the package and records it in the book of ``--data-dir`` in one
transaction; on refusal it exits 1 with one line and the book is unchanged. ``handoff outcome``
writes the ``court_outcome`` package answering a package this book received."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from mediation_desk.cli.common import CliError, _open, _progress_printer, _say, _secret
from mediation_desk.config import PASSWORD_ENV


def add_handoff_import_verbs(handoff_sub: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """``import`` and ``outcome`` under the ``handoff`` verb."""
    from mediation_desk.domain.court import BroughtBy, CourtDecision

    i = handoff_sub.add_parser("import", parents=list(parents),
                               help="验证并导入移交包 / verify and import a package")
    i.add_argument("file", metavar="FILE", help="移交包文件（.mdpkg）/ the package file")
    i.add_argument("--trust-new-key", action="store_true",
                   help="信任本簿册尚未信任的签名密钥（先向发送方核对密钥编号）/ trust the sender's new key")
    i.add_argument("--public-key", metavar="F", help="发送方的公钥文件（本次导入信任其中的密钥）/ sender's public key file")
    i.add_argument("--user", required=True, metavar="USERNAME", help="导入人的用户名 / the staff member importing it")
    i.add_argument("--password-file", metavar="FILE", help=f"登录密码文件（或环境变量 {PASSWORD_ENV}）")
    i.set_defaults(func=cmd_handoff_import)

    o = handoff_sub.add_parser("outcome", parents=list(parents),
                               help="对收到的移交包作出裁判结果移交包 / answer a received package with the court's outcome")
    o.add_argument("--received", required=True, metavar="PACKAGE_ID", help="所收移交包的编号 / the received package's id")
    o.add_argument("--decision", required=True, choices=[d.value for d in CourtDecision],
                   help="; ".join(f"{d.value}: {d.label}" for d in CourtDecision))
    o.add_argument("--decided-on", required=True, metavar="DATE", help="裁判日期 YYYY-MM-DD / date of the decision")
    o.add_argument("--filed-on", metavar="DATE", help="立案日期（默认为收到移交包之日）/ the day the court accepted it")
    o.add_argument("--brought-by", choices=[b.value for b in BroughtBy], help="起诉或申请的一方 / who brought it")
    o.add_argument("--judgment-number", required=True, metavar="N", help="裁判文书文号 / judgment number")
    o.add_argument("--court-case-number", required=True, metavar="N", help="法院案号 / the court's case number")
    o.add_argument("--item", action="append", default=[], metavar="NO=RESULT",
                   help="逐项结果：1=upheld、2=changed:1234.50、3=set_aside / the result per award item")
    o.add_argument("--judgment", required=True, metavar="FILE.pdf", help="裁判文书PDF / the judgment's PDF")
    o.add_argument("--output", required=True, metavar="F", help="移交包文件（.mdpkg）/ the package file")
    o.add_argument("--note", default="", help="备注 / note")
    o.add_argument("--user", required=True, metavar="USERNAME", help="发送人的用户名 / the staff member sending it")
    o.add_argument("--password-file", metavar="FILE", help=f"登录密码文件（或环境变量 {PASSWORD_ENV}）")
    o.set_defaults(func=cmd_handoff_outcome)


def _day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{option} 日期无效：{text}（格式为 YYYY-MM-DD）", f"{option}: not a date: {text}") from None


def cmd_handoff_import(args: argparse.Namespace) -> int:
    from mediation_desk.handoff.keys_file import load_public_keys
    from mediation_desk.handoff.reader import ZipPackageReader
    from mediation_desk.services import accounts
    from mediation_desk.services.handoff_import import import_package
    from mediation_desk.storage.vault import Vault

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"找不到移交包文件：{source}", f"No such package file: {source}")
    keys = load_public_keys(Path(args.public_key).expanduser()) if args.public_key else []
    password = _secret(args.password_file, PASSWORD_ENV, f"{args.user} 的登录密码 / password: ")
    book, _ = _open(args)
    try:
        actor = accounts.log_in(book.uow, username=args.user, password=password or "")
        result = import_package(book.uow, ZipPackageReader(), Vault(book), actor, path=source, trusted_keys=keys,
                                trust_new_key=args.trust_new_key, progress=_progress_printer("移交包 / package"))
    finally:
        book.close()
    _say(f"{result.summary_zh}\n案号：{result.case_number}\n移交包编号：{result.package_id}",
         f"{result.summary_en}\nCase: {result.case_number}\nPackage id: {result.package_id}")
    return 0


def cmd_handoff_outcome(args: argparse.Namespace) -> int:
    from mediation_desk.handoff.writer import ZipPackageWriter
    from mediation_desk.services import accounts
    from mediation_desk.services.handoff_outcome import build_outcome_package, parse_item
    from mediation_desk.storage.handoff_keys import BookSigner
    from mediation_desk.storage.maintenance.anchor import handoff_anchor
    from mediation_desk.storage.vault import Vault

    output = Path(args.output).expanduser().resolve()
    if output.is_dir():
        raise CliError(f"--output 应是文件名，不是文件夹：{output}", f"--output must be a file, not a folder: {output}")
    if not output.parent.is_dir():
        raise CliError(f"输出文件夹不存在：{output.parent}", f"No such folder: {output.parent}")
    if output.exists():
        raise CliError(f"文件已存在，未覆盖：{output}", f"{output} exists; not overwritten")
    decided_on = _day(args.decided_on, "--decided-on")
    assert decided_on is not None
    filed_on = _day(args.filed_on, "--filed-on")
    items = [parse_item(text) for text in args.item]
    password = _secret(args.password_file, PASSWORD_ENV, f"{args.user} 的登录密码 / password: ")
    book, _ = _open(args)
    try:
        actor = accounts.log_in(book.uow, username=args.user, password=password or "")
        written = build_outcome_package(
            book.uow, Vault(book), ZipPackageWriter(), BookSigner(book, actor=actor.username), actor,
            received_package_id=args.received, decision=args.decision, decided_on=decided_on,
            judgment_number=args.judgment_number, court_case_number=args.court_case_number, items=items,
            judgment=Path(args.judgment).expanduser(), target=output, filed_on=filed_on, brought_by=args.brought_by,
            anchor=handoff_anchor(book), notes=args.note, progress=_progress_printer("移交包 / package"))
    finally:
        book.close()
    _say(f"裁判结果移交包已写入：{written.path}\n编号：{written.package_id}\n签名密钥：{written.key_id}",
         f"Court outcome package written: {written.path}\nId: {written.package_id}\nSigning key: {written.key_id}")
    return 0
