"""Document rendering speed: the sandboxed engine beside a bare docxtpl render, and a 500-item PDF.

    python bench/documents.py [--repeat 30] [--items 500]

Makes a throwaway book with one demo dispute (the demo organisation, a worker with an agent, two
enterprises, three claims) and measures, median of --repeat:

* bare docxtpl: ``DocxTemplate(...).render(context, jinja_env=sandbox)`` and ``save`` in this
  process, with the same template (调解协议书), context and sandboxed environment;
* engine (warm worker): ``DocxRenderer.render`` = the template's safety check (cached by hash),
  the request to the warm worker process, its sandboxed render and the answer back. This is
  what ``render_document`` pays per document once the worker runs; goal: within 1.5x of bare;
* engine (cold): the first render of a new renderer, including starting the worker process
  (paid once per session; ``DocumentEngine.warm()`` starts it in the background at log-in);
* render_document: the whole service call (context from the case, field check, numbering in
  its own transaction, render, storing the version with its hash and audit row);
* evidence list PDF with --items items (reportlab, embedded font, paginated).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never touch the desktop keyring

PASSPHRASE = "bench-passphrase"
TODAY = date(2026, 11, 29)
OVERRIDES = {
    "agreement_items": [
        {"content": "被申请人向申请人支付2025年4月至5月保底工资", "amount": Decimal("2430.50"), "due_date": date(2026, 12, 15)},
        {"content": "被申请人向申请人退还违规扣款", "amount": Decimal("770.00"), "due_date": date(2026, 12, 15)},
        {"content": "申请人放弃其他调解请求，双方就本争议再无其他争议"}],
    "agreement_total": Decimal("3200.50"),
    "performance": "被申请人于2026年12月15日前将上述款项一次性转入申请人本人的银行账户。",
    "mediator": "刘思远",
}


def make_book(folder: Path):  # noqa: ANN201
    from mediation_desk.config import AppPaths
    from mediation_desk.services.demo import DEMO_NUMBER_PREFIX, DEMO_ORGANISATION_NAME, generate_intakes
    from mediation_desk.domain.users import OrganisationView, OrgKind
    from mediation_desk.services.accounts import setup_organisation
    from mediation_desk.services.cases import register_intake
    from mediation_desk.storage.book import create_book

    book = create_book(AppPaths(folder), PASSPHRASE)
    admin = setup_organisation(book.uow, org=OrganisationView(name=DEMO_ORGANISATION_NAME, kind=OrgKind.MEDIATION,
                                                              doc_prefix=DEMO_NUMBER_PREFIX, address="南昌市红谷滩区",
                                                              phone="0791-86000000"),
                               admin_username="admin", admin_display_name="刘思远", admin_password="bench-password-1")
    case_id = register_intake(book.uow, admin, list(generate_intakes(6, seed=2026))[5])
    return book, admin, case_id


def median_ms(fn, repeat: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def evidence_items(n: int) -> list[dict]:
    return [{"number": i, "label": f"证据{i}", "title": f"第{i}周订单与收入截图（速达外卖App）", "type_label": "电子数据",
             "source": "手机截图", "provided_by": "申请人",
             "purpose": "证明申请人接受被申请人的排班管理、考勤打卡和奖惩，报酬由被申请人按月结算。" * (1 + i % 3),
             "original_seen": i % 2 == 0, "filename": f"week-{i:03d}.png", "size": 120_000 + i,
             "sha256": f"{i:08x}" * 8} for i in range(1, n + 1)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--items", type=int, default=500)
    args = ap.parse_args(argv)

    from docxtpl import DocxTemplate

    from mediation_desk.documents.engine import DocumentEngine
    from mediation_desk.documents.render_docx import DocxRenderer
    from mediation_desk.documents.sandbox import make_environment
    from mediation_desk.domain.documents import plain_context, with_defaults
    from mediation_desk.services import documents as sd
    from mediation_desk.services.accounts import get_organisation
    from mediation_desk.services.cases import get_case

    with tempfile.TemporaryDirectory(prefix="bench-documents-") as tmp:
        book, admin, case_id = make_book(Path(tmp) / "book")
        engine = DocumentEngine()
        spec = engine.spec("mediation_agreement")
        template = engine.registry.template_bytes("mediation_agreement")
        detail = get_case(book.uow, admin, case_id)
        ctx = sd.build_case_context(detail, get_organisation(book.uow), today=TODAY)
        ctx.update(OVERRIDES, doc_number="洪新调协字〔2026〕第1号", doc_title=spec.title)
        ctx = plain_context(with_defaults(spec, ctx))

        def bare() -> None:
            doc = DocxTemplate(io.BytesIO(template))
            doc.render(ctx, jinja_env=make_environment())
            doc.save(io.BytesIO())

        cold_start = time.perf_counter()
        with DocxRenderer() as cold:
            cold.render(template, ctx)
        cold_ms = (time.perf_counter() - cold_start) * 1000

        renderer = engine.docx
        renderer.render(template, ctx)  # start the worker, cache the template check
        bare()  # warm this process's imports and caches alike
        engine_ms = median_ms(lambda: renderer.render(template, ctx), args.repeat)
        bare_ms = median_ms(bare, args.repeat)
        service_ms = median_ms(lambda: sd.render_document(book.uow, engine, admin, case_id=case_id,
                                                          template="mediation_agreement",
                                                          context_overrides=OVERRIDES, today=TODAY), args.repeat)

        pdf_ctx = plain_context({**ctx, "evidence": evidence_items(args.items), "doc_number": detail.summary.number})
        engine.render("evidence_list_pdf", pdf_ctx)  # font registration
        pdf_times = []
        pages = 0
        for _ in range(3):
            start = time.perf_counter()
            data = engine.render("evidence_list_pdf", pdf_ctx)
            pdf_times.append(time.perf_counter() - start)
            pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
        engine.close()
        book.close()

    ratio = engine_ms / bare_ms
    print("调解协议书 DOCX (median of %d)" % args.repeat)
    print(f"  bare docxtpl render + save, in process     {bare_ms:8.1f} ms")
    print(f"  engine, warm worker process (measured)     {engine_ms:8.1f} ms   {ratio:.2f}x bare  "
          f"({'within' if ratio <= 1.5 else 'over'} the 1.5x goal)")
    print(f"  engine, cold (starts the worker)           {cold_ms:8.1f} ms   (once per session)")
    print(f"  render_document (numbering, store, audit)  {service_ms:8.1f} ms")
    print(f"证据目录 PDF, {args.items} items ({pages} pages), median of 3: {statistics.median(pdf_times) * 1000:8.1f} ms "
          f"({len(data) / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
