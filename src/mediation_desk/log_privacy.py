"""Keeping personal data out of the log file (and out of any traceback text this program writes).

The log lives outside the encrypted book, so what reaches it must not identify a worker:

* ID numbers (15 or 18 digits, or any run of 15 or more digits such as a bank card), mobile
  numbers (11 digits starting 13-19, with or without +86 or separators) are masked wherever they
  appear: in a message, its arguments, an exception's text, a stack;
* a traceback is rebuilt from its frames (file, line, function and source line: never the frames'
  local variables) and each exception's text is judged on its own:

  - a database error (SQLAlchemy, sqlite3, SQLCipher) keeps only its class: its text carries the
    statement and, unless hidden, its parameters (names, ID numbers); the driver's own message is
    kept only when it is one of SQLite's plain lower-case sentences ("database disk image is
    malformed"), never when it quotes something (``fts5: syntax error near "…"``);
  - any other exception keeps its text with the numbers masked and every run of Chinese
    characters replaced: Python's and the libraries' messages are English, so Chinese in them is
    data (a name, an address) that an error happened to quote;
  - notes added to exceptions are dropped.

:class:`PersonalDataFilter` does this to every record of the handler it is attached to;
:func:`format_exception` gives the same text for other writers (the command line's crash log).
"""

from __future__ import annotations

import logging
import re
import traceback
from types import TracebackType

_LONG_NUMBER = re.compile(r"(?<![0-9])(?:\d[ -]?){14,18}\d(?:[Xx](?![A-Za-z]))?(?![0-9])")
_ID_NUMBER = re.compile(r"(?<![0-9])\d{17}[0-9Xx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![0-9])")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_SAFE_DB_MESSAGE = re.compile(r"^[a-z][a-z0-9 _.,:()/-]{0,200}$")
_DB_MODULES = ("sqlalchemy", "sqlite3", "sqlcipher3", "pysqlcipher3", "_sqlite3")

MASK_ID = "<身份证号已隐去>"
MASK_PHONE = "<手机号已隐去>"
MASK_NUMBER = "<号码已隐去>"
MASK_TEXT = "<…>"
DB_TEXT_REMOVED = "(statement, parameters and message removed)"


def mask_numbers(text: str) -> str:
    """``text`` with ID numbers, mobile numbers and other long digit runs masked."""
    text = _ID_NUMBER.sub(MASK_ID, text)
    text = _LONG_NUMBER.sub(MASK_NUMBER, text)
    return _MOBILE.sub(MASK_PHONE, text)


def _is_database_error(exc: BaseException) -> bool:
    return any(cls.__module__.split(".")[0] in _DB_MODULES for cls in type(exc).__mro__)


def exception_text(exc: BaseException) -> str:
    """What the log may say about one exception (its class name is written separately)."""
    if _is_database_error(exc):
        if type(exc).__module__.split(".")[0] == "sqlalchemy":
            return DB_TEXT_REMOVED
        try:
            message = str(exc)
        except Exception:  # noqa: BLE001 - an exception whose text itself fails
            return DB_TEXT_REMOVED
        return mask_numbers(message) if _SAFE_DB_MESSAGE.match(message) else DB_TEXT_REMOVED
    try:
        message = str(exc)
    except Exception:  # noqa: BLE001
        return "(no text)"
    return mask_numbers(_CJK.sub(MASK_TEXT, message))[:1000]


def app_error_text(exc: BaseException) -> str:
    """An error shown to the user, as the log may say it: its English text with any Chinese (a
    file's or a person's name the message quotes) and numbers masked."""
    text = getattr(exc, "en", "") or ""
    return mask_numbers(_CJK.sub(MASK_TEXT, str(text)))[:1000] if text else exception_text(exc)


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and its causes, oldest first (as Python prints them)."""
    out: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        out.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return out[::-1]


def format_exception(exc: BaseException, tb: TracebackType | None = None) -> str:
    """A traceback of ``exc`` and its causes with no personal data: frames without locals, and
    each exception's text as :func:`exception_text` allows."""
    parts: list[str] = []
    chain = _chain(exc)
    for i, e in enumerate(chain):
        if i:
            caused = chain[i].__cause__ is chain[i - 1]
            parts.append("\nThe above exception was the direct cause of the following exception:\n\n" if caused else
                         "\nDuring handling of the above exception, another exception occurred:\n\n")
        frames = tb if (e is exc and tb is not None) else e.__traceback__
        if frames is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_list(traceback.extract_tb(frames, limit=None)))
        cls = type(e)
        name = cls.__qualname__ if cls.__module__ in ("builtins", "__main__") else f"{cls.__module__}.{cls.__qualname__}"
        parts.append(f"{name}: {exception_text(e)}\n")
    return mask_numbers("".join(parts))


class PersonalDataFilter(logging.Filter):
    """Scrubs every record before a handler writes it (attach it to the handler)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not lose the record
            message = str(record.msg)
        record.msg = mask_numbers(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = format_exception(record.exc_info[1], record.exc_info[2])
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = mask_numbers(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_numbers(record.stack_info)
        return True


__all__ = ["PersonalDataFilter", "app_error_text", "exception_text", "format_exception", "mask_numbers"]
