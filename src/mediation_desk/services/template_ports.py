"""The ports of the organisation's own templates: the storage of their versions
(``storage.org_template_repo.SqlOrgTemplateRepo``) and what the document engine offers to check
them (``documents.engine.DocumentEngine``)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from mediation_desk.domain.documents import TemplateSpec
from mediation_desk.domain.templates import OrgTemplateVersion, TemplateReview


class OrgTemplateRepo(Protocol):
    def versions(self, code: str) -> list[OrgTemplateVersion]: ...  # newest first
    def active_versions(self) -> list[OrgTemplateVersion]: ...
    def version_counts(self) -> dict[str, int]: ...
    def get(self, version_id: int) -> OrgTemplateVersion | None: ...
    def content(self, version_id: int) -> bytes | None: ...
    def active_content(self, code: str) -> bytes | None: ...
    def add(self, *, code: str, content: bytes, sha256: str, based_on_builtin_sha256: str, imported_at: datetime,
            imported_by: str, note: str) -> OrgTemplateVersion: ...  # the next version, made active
    def deactivate(self, code: str) -> None: ...  # the built-in is used again


class TemplateReviewer(Protocol):
    """The checks of a template file (the document engine implements it)."""

    def builtin_template(self, code: str) -> bytes: ...  # the built-in DOCX of ``code``
    def review_template(self, code: str, data: bytes) -> TemplateReview: ...  # raises TemplateInvalid if not a DOCX


class TemplateEngine(TemplateReviewer, Protocol):
    """The document engine as the template services use it."""

    def specs(self) -> list[TemplateSpec]: ...
    def spec(self, code: str) -> TemplateSpec: ...
