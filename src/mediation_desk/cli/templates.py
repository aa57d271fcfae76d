"""``templates check [FILE] [--code CODE]`` (no book needed), ``templates export`` and
``templates import`` (the organisation's own templates, in the book).

``check`` reads a DOCX and checks it against the registry entry its file name names (or
``--code``): the variables it uses that the entry does not declare, the declared fields it never
uses (a warning), and forbidden content (external links, fields that fetch content or link out,
macros, embedded objects, Jinja constructs the sandbox does not allow). Without FILE it checks
every built-in template. Exit 0: every file may be used; 1: a problem was found.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mediation_desk.cli.common import CliError, _lang, _open, _say, _secret
from mediation_desk.config import PASSWORD_ENV


def _lines(review: Any, diff: Any = None) -> list[str]:
    if _lang() != "en":
        lines = list(review.report_lines())
        if diff is not None:
            lines.append("与当前使用的版本相比：")
            lines += [f"  {line}" for line in diff.lines()]
        return lines
    lines = [f"{review.code} ({review.title}): " + ("may be used" if review.ok else "refused")]
    lines += [f"  x {what}" for what in review.forbidden_en]
    if review.undeclared:
        lines.append("  x fields the registry does not declare for this document: " + ", ".join(review.undeclared))
    if review.unused:
        lines.append("  ! declared fields the template never uses: " + ", ".join(review.unused))
    if diff is not None:
        lines.append("Compared with the version in use:")
        lines += [f"  + field {v}" for v in diff.added_variables] + [f"  - field {v}" for v in diff.removed_variables]
        lines += [f"  - {p}" for p in diff.removed_paragraphs] + [f"  + {p}" for p in diff.added_paragraphs]
    return lines


def _code_for(registry: Any, path: Path, code: str | None) -> str:
    docx_specs = [s for s in registry.specs() if s.format == "docx"]
    if code:
        if code not in {s.code for s in docx_specs}:
            raise CliError(f"没有名为“{code}”的Word文书模板。", f"No Word template with the code {code!r}.")
        return code
    for spec in docx_specs:
        if path.stem == spec.code or path.name == spec.file:
            return spec.code
    raise CliError(f"无法从文件名 {path.name} 判断是哪个文书的模板，请用 --code 指定。",
                   f"Cannot tell from the name {path.name} which document this is; give --code.")


def cmd_templates_check(args: argparse.Namespace) -> int:
    from mediation_desk.documents import pdf
    from mediation_desk.documents.registry import TemplateRegistry
    from mediation_desk.documents.template_review import review_docx
    from mediation_desk.services.org_templates import read_template_file

    registry = TemplateRegistry.load(generators=pdf.GENERATORS)
    if args.file:
        path = Path(args.file).expanduser()
        code = _code_for(registry, path, args.code)
        reviews = [review_docx(read_template_file(path), registry.spec(code))]
    else:
        if args.code:
            codes = [_code_for(registry, Path(""), args.code)]
        else:
            codes = [s.code for s in registry.specs() if s.format == "docx"]
        reviews = [review_docx(registry.template_bytes(c), registry.spec(c)) for c in codes]
    for review in reviews:
        print("\n".join(_lines(review)))
    bad = [r for r in reviews if not r.ok]
    if len(reviews) > 1:
        _say(f"共检查{len(reviews)}个模板，{len(bad)}个不能使用。", f"{len(reviews)} templates checked, {len(bad)} refused.")
    return 1 if bad else 0


def _login(args: argparse.Namespace, book: Any) -> Any:
    from mediation_desk.services import accounts

    password = _secret(args.password_file, PASSWORD_ENV, f"{args.user} 的登录密码 / password: ")
    return accounts.log_in(book.uow, username=args.user, password=password or "")


def cmd_templates_export(args: argparse.Namespace) -> int:
    from mediation_desk.documents.engine import DocumentEngine
    from mediation_desk.services import org_templates

    book, _ = _open(args)
    try:
        actor = _login(args, book)
        with DocumentEngine() as engine:
            target = org_templates.export_template(book.uow, engine, actor, code=args.code, target_path=args.output,
                                                   builtin=args.builtin)
    finally:
        book.close()
    _say(f"模板已导出：{target}", f"Template written: {target}")
    return 0


def cmd_templates_import(args: argparse.Namespace) -> int:
    from mediation_desk.documents.engine import DocumentEngine
    from mediation_desk.services import org_templates

    path = Path(args.file).expanduser()
    data = org_templates.read_template_file(path)
    book, _ = _open(args)
    try:
        actor = _login(args, book)
        with DocumentEngine() as engine:
            preview = org_templates.preview_import(book.uow, engine, actor, code=args.code, data=data)
            print("\n".join(_lines(preview.review, preview.diff)))
            if not preview.ok:
                return 1
            if args.dry_run:
                _say("仅检查（--dry-run），未保存。", "Checked only (--dry-run); nothing saved.")
                return 0
            version = org_templates.import_template(book.uow, engine, actor, code=args.code, data=data,
                                                    note=args.note, source_name=path.name)
    finally:
        book.close()
    _say(f"已保存为本机构 v{version.version}，此后生成《{preview.title}》使用该版本。",
         f"Saved as the organisation's version {version.version}; {args.code} is made from it from now on.")
    return 0


def add_templates_parser(sub: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """The ``templates`` verb and its sub-verbs (``sub``: the top-level sub-parsers)."""
    t = sub.add_parser("templates", help="文书模板 / document templates")
    tsub = t.add_subparsers(dest="templates_verb", metavar="VERB", required=True)
    c = tsub.add_parser("check", help="检查模板（无需案件库）/ check a template (no book needed)")
    c.add_argument("file", nargs="?", metavar="FILE",
                   help="要检查的 .docx；省略时检查全部内置模板 / the .docx; without it every built-in template")
    c.add_argument("--code", metavar="CODE", help="文书代码（文件名不是代码时）/ the document's code")
    c.set_defaults(func=cmd_templates_check)

    user = argparse.ArgumentParser(add_help=False)
    user.add_argument("--user", required=True, metavar="USERNAME", help="管理员用户名 / an administrator")
    user.add_argument("--password-file", metavar="FILE", help=f"登录密码文件（或环境变量 {PASSWORD_ENV}）")
    e = tsub.add_parser("export", parents=[*parents, user],
                        help="导出正在使用的模板以便编辑 / write the template in use for editing")
    e.add_argument("--code", required=True, metavar="CODE")
    e.add_argument("--output", required=True, metavar="FILE")
    e.add_argument("--builtin", action="store_true", help="导出内置模板 / the built-in template")
    e.set_defaults(func=cmd_templates_export)
    i = tsub.add_parser("import", parents=[*parents, user],
                        help="检查并保存为本机构的新版本 / check and save as the organisation's next version")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--code", required=True, metavar="CODE")
    i.add_argument("--note", default="", help="版本说明 / what changed")
    i.add_argument("--dry-run", action="store_true", help="只检查并显示差异 / check and show the difference only")
    i.set_defaults(func=cmd_templates_import)


__all__ = ["add_templates_parser", "cmd_templates_check", "cmd_templates_export", "cmd_templates_import"]
