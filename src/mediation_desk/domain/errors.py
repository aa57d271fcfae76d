"""One error path: every error a user can see carries Chinese text and an English translation."""

from __future__ import annotations


class AppError(Exception):
    """Base of all errors that are the user's business. ``zh`` is shown by default."""

    def __init__(self, zh: str, en: str = "", *, detail: str | None = None) -> None:
        super().__init__(zh)
        self.zh = zh
        self.en = en or zh
        self.detail = detail

    def text(self, lang: str = "zh") -> str:
        return self.en if lang.startswith("en") else self.zh

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.zh


class ValidationError(AppError):
    """Input that cannot be saved. ``fields`` maps a field path to its message (Chinese)."""

    def __init__(self, fields: dict[str, str], zh: str | None = None, en: str | None = None) -> None:
        self.fields = dict(fields)
        summary = zh or "输入有误：" + "；".join(f"{v}" for v in self.fields.values())
        super().__init__(summary, en or "Invalid input: " + "; ".join(self.fields))


class PermissionDenied(AppError):
    pass


class NotFound(AppError):
    pass


class ConflictError(AppError):
    """The record changed or the action is not allowed in the current state."""


class BookError(AppError):
    """Problems opening or keeping the case book (keys, schema, integrity, backup)."""


class WrongKey(BookError):
    pass


class BookNewerThanApp(BookError):
    pass


class BackupInvalid(BookError):
    pass


class OperationCancelled(Exception):
    """Raised by long work when the user pressed Cancel. Not an error: shown silently."""


class HandoffRefused(AppError):
    """A hand-off package that is not taken: bad signature, wrong hash, unsafe ZIP, unknown format,
    already imported. ``zh``/``en`` say in one sentence why; nothing was written."""
