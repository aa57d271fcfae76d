"""The document engine: the registry, the sandboxed DOCX renderer and the PDF generators behind one
object that implements ``services.ports.DocumentRenderer``. ``app.py`` makes one per open book
(it owns a worker process: call :meth:`close`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from mediation_desk.documents import pdf
from mediation_desk.documents.registry import TemplateRegistry
from mediation_desk.documents.render_docx import DEFAULT_TIMEOUT_S, DocxRenderer
from mediation_desk.domain.documents import MAX_DOCUMENT_BYTES, RenderLimitExceeded, TemplateSpec
from mediation_desk.domain.templates import TemplateReview

# The organisation's own template of a code (its DOCX bytes, from the book), or None for the built-in.
TemplateSource = Callable[[str], "bytes | None"]


class DocumentEngine:
    """``template_source`` (set by whoever opens the book: ``services.org_templates.template_source``)
    gives the organisation's active version of a template; the built-in is used when it gives None.
    Either way the template passes the same checks and renders in the same sandboxed worker."""

    def __init__(self, registry: TemplateRegistry | None = None, *, folder: Path | str | None = None,
                 docx: DocxRenderer | None = None, timeout: float = DEFAULT_TIMEOUT_S,
                 template_source: TemplateSource | None = None) -> None:
        self.registry = registry or TemplateRegistry.load(folder, generators=pdf.GENERATORS)
        self.docx = docx or DocxRenderer(timeout=timeout)
        self.template_source = template_source

    def set_template_source(self, source: TemplateSource | None) -> None:
        self.template_source = source

    def _template(self, code: str) -> bytes:
        own = self.template_source(code) if self.template_source is not None else None
        return own if own is not None else self.registry.template_bytes(code)

    def builtin_template(self, code: str) -> bytes:
        """The built-in DOCX of ``code`` (the program's own, whatever the organisation uses)."""
        return self.registry.template_bytes(code)

    def review_template(self, code: str, data: bytes) -> TemplateReview:
        """Check ``data`` as the template of ``code`` (``documents.template_review``)."""
        from mediation_desk.documents.template_review import review_docx

        return review_docx(data, self.registry.spec(code))

    def specs(self) -> list[TemplateSpec]:
        return self.registry.specs()

    def spec(self, code: str) -> TemplateSpec:
        return self.registry.spec(code)

    def check_template(self, code: str) -> None:
        """Everything that can be checked before a number is drawn: the template file's safety, or the font."""
        spec = self.registry.spec(code)
        if spec.format == "docx":
            self.docx.check(self._template(code))
        else:
            pdf.register_fonts()

    def render(self, code: str, context: Mapping[str, Any]) -> bytes:
        spec = self.registry.spec(code)
        if spec.format == "docx":
            return self.docx.render(self._template(code), context)
        data = pdf.GENERATORS[spec.generator](context)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise RenderLimitExceeded("生成的PDF过大。", "The PDF is too large.", limit="output")
        return data

    def docx_to_pdf(self, data: bytes) -> bytes:
        """The PDF rendition of a DOCX the program made (``documents.docx_pdf``), drawn in the render worker."""
        return self.docx.to_pdf(data)

    def backup_recovery_sheet(self, data: Mapping[str, Any]) -> bytes:
        return pdf.backup_recovery_sheet(data)

    def book_recovery_sheet(self, data: Mapping[str, Any]) -> bytes:
        from mediation_desk.documents.book_sheet import book_recovery_sheet

        return book_recovery_sheet(data)

    def warm(self) -> None:
        self.docx.warm()
        pdf.register_fonts()

    def close(self) -> None:
        self.docx.close()

    def __enter__(self) -> "DocumentEngine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
