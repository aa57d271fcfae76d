"""``handoff outbox list|send|retry ID|endpoint NAME``: the outbox of hand-off packages from the command
line (as the administrator, who runs the desk's connection to the court's system; docs/outbox.md).

``send`` posts every package whose time has come and exits 1 when one of them failed for good, so a
scheduled task can tell someone.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mediation_desk.cli.common import CliError, _lang, _open, _say


def _when(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"


def _print_rows(rows: list[Any]) -> None:
    en = _lang() == "en"
    if not rows:
        _say("发件箱是空的。", "The outbox is empty.")
        return
    for r in rows:
        i = r.item
        state = r.state_label_en if en else r.state_label
        line = (f"#{i.id}\t{state}\t{i.case_number or '-'}\t{i.title}\t{r.destination_label}\t"
                f"{'attempts' if en else '已尝试'} {i.attempts}\t{i.package_id}")
        if i.state.value == "waiting" and i.destination:
            line += f"\t{'next' if en else '下次发送'} {_when(i.next_attempt_at)}"
        if i.reference:
            line += f"\t{'reference' if en else '法院编号'} {i.reference}"
        if i.last_error:
            line += f"\t{i.last_error}"
        print(line)


def _item_id(args: argparse.Namespace) -> int:
    if args.item is None:
        raise CliError("请给出发件箱项目编号（见 handoff outbox list）。", "Give the outbox item number (see list).")
    try:
        return int(str(args.item).lstrip("#"))
    except ValueError:
        raise CliError(f"项目编号无效：{args.item}", f"Not an item number: {args.item}") from None


def _send(book: Any, admin: Any) -> int:
    from mediation_desk.domain.outbox import Verdict
    from mediation_desk.handoff.transport import HttpsTransport
    from mediation_desk.services import clock, outbox
    from mediation_desk.storage.vault import Vault

    report = outbox.send_due(book.uow, Vault(book), admin, HttpsTransport(), now=clock.now())
    for item_id, verdict, message in report.results:
        if message:
            print(f"#{item_id}\t{message}", file=sys.stderr if verdict is Verdict.FAILED else sys.stdout)
    n = {v: report.count(v) for v in Verdict}
    _say(f"本次发送：已发送{n[Verdict.SENT]}个，法院已签收{n[Verdict.ACKNOWLEDGED]}个，"
         f"等待重试{n[Verdict.RETRY]}个，失败{n[Verdict.FAILED]}个"
         + (f"；{report.recovered}个中断的发送已重新排队" if report.recovered else "") + "。",
         f"Sent {n[Verdict.SENT]}, acknowledged {n[Verdict.ACKNOWLEDGED]}, retrying {n[Verdict.RETRY]}, "
         f"failed {n[Verdict.FAILED]}" + (f"; {report.recovered} interrupted sends re-queued" if report.recovered
                                          else "") + ".")
    return 1 if n[Verdict.FAILED] else 0


def cmd_handoff_outbox(args: argparse.Namespace) -> int:
    from mediation_desk.domain.outbox import Endpoint, OutboxState
    from mediation_desk.services import accounts, outbox

    book, _ = _open(args)
    try:
        admin = accounts.administrator_principal(book.uow)
        if args.action == "list":
            states = [OutboxState(args.state)] if args.state else []
            _print_rows(outbox.list_items(book.uow, admin, states=states))
            for e in outbox.list_endpoints(book.uow, admin):
                _say(f"接收地址“{e.name}”：{e.url}", f"Endpoint {e.name}: {e.url}")
            return 0
        if args.action == "send":
            return _send(book, admin)
        if args.action == "retry":
            item = outbox.retry(book.uow, admin, _item_id(args))
            _say(f"第{item.id}项已重新排队，现在发送。", f"Item {item.id} queued again; sending now.")
            return _send(book, admin)
        if args.action == "endpoint":
            if not args.item or not args.url:
                raise CliError("用法：handoff outbox endpoint 名称 --url https://… [--ca-file F] [--client-cert F "
                               "--client-key F] [--default]",
                               "Usage: handoff outbox endpoint NAME --url https://… [--ca-file F] …")
            saved = outbox.set_endpoint(book.uow, admin, Endpoint(
                name=str(args.item), url=args.url, ca_file=args.ca_file or "", client_cert=args.client_cert or "",
                client_key=args.client_key or "", timeout_s=args.timeout), make_default=args.default)
            _say(f"已保存接收地址“{saved.name}”：{saved.url}", f"Endpoint {saved.name} saved: {saved.url}")
            return 0
        raise CliError(f"未知操作：{args.action}", f"Unknown action: {args.action}")
    finally:
        book.close()


def add_outbox_parser(handoff_sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """``handoff outbox …`` under the ``handoff`` sub-parser."""
    s = handoff_sub.add_parser("outbox", parents=parents, help="法院衔接发件箱 / the hand-off outbox")
    s.add_argument("action", choices=["list", "send", "retry", "endpoint"],
                   help="list: 列出 / send: 发送到期的移交包 / retry ID: 立即重新发送 / endpoint NAME: 设置接收地址")
    s.add_argument("item", nargs="?", help="发件箱项目编号（retry）或接收地址名称（endpoint）")
    s.add_argument("--state", choices=[st for st in ("waiting", "sending", "sent", "acknowledged", "failed",
                                                     "exported")])
    s.add_argument("--url", help="接收地址（仅 https）")
    s.add_argument("--ca-file", metavar="FILE", help="验证法院服务器证书的CA证书文件（不填用系统证书）")
    s.add_argument("--client-cert", metavar="FILE", help="本机构的客户端证书文件（双向TLS）")
    s.add_argument("--client-key", metavar="FILE", help="客户端私钥文件（只保存路径，不保存私钥本身）")
    s.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS")
    s.add_argument("--default", action="store_true", help="设为新移交包的默认接收地址")
    s.set_defaults(func=cmd_handoff_outbox)
