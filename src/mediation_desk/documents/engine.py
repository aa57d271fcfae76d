"""The document engine: the registry, the sandboxed DOCX renderer and the PDF generators behind one
object that implements ``services.ports.DocumentRenderer``. ``app.py`` makes one per open book
(it owns a worker process: call :meth:`close`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mediation_desk.documents import pdf
from mediation_desk.documents.registry import TemplateRegistry
from mediation_desk.documents.render_docx import DEFAULT_TIMEOUT_S, DocxRenderer
from mediation_desk.domain.documents import MAX_DOCUMENT_BYTES, RenderLimitExceeded, TemplateSpec


class DocumentEngine:
    def __init__(self, registry: TemplateRegistry | None = None, *, folder: Path | str | None = None,
                 docx: DocxRenderer | None = None, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.registry = registry or TemplateRegistry.load(folder, generators=pdf.GENERATORS)
        self.docx = docx or DocxRenderer(timeout=timeout)

    def specs(self) -> list[TemplateSpec]:
        return self.registry.specs()

    def spec(self, code: str) -> TemplateSpec:
        return self.registry.spec(code)

    def check_template(self, code: str) -> None:
        """Everything that can be checked before a number is drawn: the template file's safety, or the font."""
        spec = self.registry.spec(code)
        if spec.format == "docx":
            self.docx.check(self.registry.template_bytes(code))
        else:
            pdf.register_fonts()

    def render(self, code: str, context: Mapping[str, Any]) -> bytes:
        spec = self.registry.spec(code)
        if spec.format == "docx":
            return self.docx.render(self.registry.template_bytes(code), context)
        data = pdf.GENERATORS[spec.generator](context)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise RenderLimitExceeded("生成的PDF过大。", "The PDF is too large.", limit="output")
        return data

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
