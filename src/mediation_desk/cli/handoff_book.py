"""``handoff export`` and ``handoff key export``: the verbs of the court hand-off that need the book
(a package is made from a case and signed with the organisation's key; the public keys are written
for the courts to pin). ``handoff verify`` needs no book and lives in ``cli/handoff.py``."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from mediation_desk.cli.common import CliError, _open, _progress_printer, _say, _secret
from mediation_desk.config import PASSWORD_ENV

PUBLIC_KEYS_FORMAT = "mediation-desk-public-keys"


def add_handoff_book_verbs(handoff_sub: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """``export`` and ``key`` under the ``handoff`` verb (``verify`` is added beside them)."""
    from mediation_desk.domain.handoff import OUTGOING_KINDS, PRESERVATION_COURT_BASES

    h = handoff_sub.add_parser("export", parents=list(parents),
                               help="从案件生成签名的移交包 / make a signed package from a case")
    h.add_argument("--case", required=True, metavar="NUMBER", help="案号 / case number")
    h.add_argument("--kind", required=True, choices=[k.value for k in OUTGOING_KINDS],
                   help="; ".join(f"{k.value}: {k.label}" for k in OUTGOING_KINDS))
    h.add_argument("--output", required=True, metavar="FILE", help="移交包文件（.mdpkg）/ the package file")
    h.add_argument("--court", metavar="NAME", help="接收的人民法院 / the court it goes to")
    h.add_argument("--court-reference", default="", metavar="REF", help="法院案号（委托调解等）/ the court's reference")
    h.add_argument("--user", required=True, metavar="USERNAME", help="发送人的用户名 / the staff member sending it")
    h.add_argument("--password-file", metavar="FILE", help=f"发送人的登录密码文件（或环境变量 {PASSWORD_ENV}）")
    h.add_argument("--note", default="", help="备注 / note")
    h.add_argument("--reason", default="", help="卷宗移送的事由 / why the case file is sent")
    h.add_argument("--preservation-applicant", metavar="NAME")
    h.add_argument("--preservation-respondent", metavar="NAME")
    h.add_argument("--preservation-amount", metavar="YUAN")
    h.add_argument("--preservation-property", metavar="TEXT")
    h.add_argument("--preservation-court-basis", choices=list(PRESERVATION_COURT_BASES), default="domicile")
    h.add_argument("--preservation-reason", default="")
    h.add_argument("--preservation-applied-on", metavar="DATE")
    h.add_argument("--preservation-evidence", type=int, metavar="N",
                   help="财产保全申请书扫描件的证据序号 / evidence number of the signed application")
    h.set_defaults(func=cmd_handoff_export)

    k = handoff_sub.add_parser("key", parents=list(parents), help="本机构的签名密钥 / the organisation's signing key")
    k.add_argument("action", choices=["export"])
    k.add_argument("--output", required=True, metavar="FILE", help="公钥文件（JSON）/ public key file")
    k.add_argument("--rotate", action="store_true",
                   help="先更换签名密钥（旧密钥仍列出）/ rotate the key first (the old one stays listed)")
    k.set_defaults(func=cmd_handoff_key)


def _package_writer() -> Any:
    """The package format's writer (``mediation_desk.handoff.writer``, docs/handoff-format.md)."""
    from mediation_desk.handoff.writer import ZipPackageWriter

    return ZipPackageWriter()


def _case_id(book: Any, actor: Any, number: str) -> int:
    from mediation_desk.domain.cases import CaseQuery
    from mediation_desk.services.cases import list_cases

    found = [c for c in list_cases(book.uow, actor, CaseQuery(text=number.strip()), offset=0, limit=50)
             if c.number == number.strip()]
    if not found:
        raise CliError(f"找不到案号为“{number}”的案件。", f"No case numbered {number}.")
    return found[0].id


def _preservation(args: argparse.Namespace) -> Any:
    from mediation_desk.domain.handoff import PreservationRequest

    if args.kind != "preservation":
        return None
    if not args.preservation_amount:
        raise CliError("移送财产保全申请需要 --preservation-applicant、--preservation-respondent、"
                       "--preservation-amount 和 --preservation-property。",
                       "A preservation package needs --preservation-applicant, --preservation-respondent, "
                       "--preservation-amount and --preservation-property.")
    try:
        amount = Decimal(args.preservation_amount)
    except InvalidOperation:
        raise CliError(f"--preservation-amount 不是金额：{args.preservation_amount}",
                       f"--preservation-amount is not an amount: {args.preservation_amount}") from None
    applied = None
    if args.preservation_applied_on:
        try:
            applied = date.fromisoformat(args.preservation_applied_on)
        except ValueError:
            raise CliError(f"--preservation-applied-on 日期无效：{args.preservation_applied_on}（格式为 YYYY-MM-DD）",
                           f"--preservation-applied-on: not a date: {args.preservation_applied_on}") from None
    return PreservationRequest(applicant=(args.preservation_applicant or "").strip(),
                               respondent=(args.preservation_respondent or "").strip(), amount=amount,
                               property=(args.preservation_property or "").strip(),
                               court_basis=args.preservation_court_basis, reason=args.preservation_reason.strip(),
                               applied_on=applied, document_evidence=args.preservation_evidence)


def cmd_handoff_export(args: argparse.Namespace) -> int:
    from mediation_desk.documents.engine import DocumentEngine
    from mediation_desk.services import accounts
    from mediation_desk.services.handoff_export import export_package
    from mediation_desk.services.org_templates import template_source
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
    preservation = _preservation(args)
    writer = _package_writer()
    password = _secret(args.password_file, PASSWORD_ENV, f"{args.user} 的登录密码 / password: ")
    book, _ = _open(args)
    try:
        actor = accounts.log_in(book.uow, username=args.user, password=password or "")
        case_id = _case_id(book, actor, args.case)
        with DocumentEngine(template_source=template_source(book.uow)) as engine:
            written = export_package(book.uow, engine, Vault(book), writer, BookSigner(book, actor=actor.username),
                                     actor, case_id=case_id, kind=args.kind, target=output,
                                     court_name=args.court or "", court_reference=args.court_reference,
                                     anchor=handoff_anchor(book), progress=_progress_printer("移交包 / package"),
                                     preservation=preservation, notes=args.note, transfer_reason=args.reason)
    finally:
        book.close()
    _say(f"移交包已写入：{written.path}\n编号：{written.package_id}\n文件：{written.files}个，{written.size}字节\n"
         f"清单SHA-256：{written.manifest_sha256}\n签名密钥：{written.key_id}",
         f"Package written: {written.path}\nId: {written.package_id}\nFiles: {written.files}, {written.size} bytes\n"
         f"Manifest SHA-256: {written.manifest_sha256}\nSigning key: {written.key_id}")
    return 0


def _write_public_keys(path: Path, keys: Sequence[Mapping[str, Any]]) -> None:
    from mediation_desk.handoff.keys_file import write_public_keys

    write_public_keys(path, keys)


def cmd_handoff_key(args: argparse.Namespace) -> int:
    from mediation_desk.domain.users import Permission
    from mediation_desk.services import accounts
    from mediation_desk.storage.handoff_keys import BookSigner

    output = Path(args.output).expanduser().resolve()
    if output.is_dir():
        raise CliError(f"--output 应是文件名，不是文件夹：{output}", f"--output must be a file, not a folder: {output}")
    if not output.parent.is_dir():
        raise CliError(f"输出文件夹不存在：{output.parent}", f"No such folder: {output.parent}")
    book, _ = _open(args)
    try:
        admin = accounts.administrator_principal(book.uow)
        signer = BookSigner(book, actor=admin.username)
        if args.rotate:
            admin.require(Permission.MANAGE_ORGANISATION)
            signer.rotate()
        current = signer.ensure()
        keys = signer.public_keys()
        entries = [k.entry() for k in keys]
        _write_public_keys(output, entries)
        with book.uow.write() as tx:
            tx.audit.append(actor=admin.username, action="handoff_key.export", entity="book", entity_id=book.book_id,
                            changes={"file": output.name, "keys": [k.key_id for k in keys], "current": current.key_id})
    finally:
        book.close()
    _say(f"公钥已写入：{output}（{len(entries)}个，当前密钥 {current.key_id}）",
         f"Public keys written: {output} ({len(entries)}, current key {current.key_id})")
    return 0
