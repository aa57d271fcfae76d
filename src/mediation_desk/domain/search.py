"""Search terms for the case list: normalisation and the short-gram tokens.

Queries of three or more characters use SQLite's FTS5 trigram index over the case's number,
names, platform and facts. One- and two-character queries (a surname, 押金) cannot use
trigrams, so each case also carries a list of 1-grams (short fields only) and 2-grams (all
fields), which FTS5 indexes as ordinary tokens.
"""

from __future__ import annotations

import unicodedata


def normalise(text: str) -> str:
    """NFKC (full-width to half-width), lower case, letters/digits/CJK only."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if ch.isalnum())


def query_terms(text: str) -> list[str]:
    """Whitespace-separated terms, normalised; empty terms dropped."""
    terms = [normalise(part) for part in text.split()]
    return [t for t in terms if t]


def short_grams(short_fields: list[str], long_fields: list[str]) -> str:
    """Space-separated distinct tokens: 1- and 2-grams of short fields, 2-grams of long ones."""
    tokens: dict[str, None] = {}
    for field in short_fields:
        s = normalise(field)
        for ch in s:
            tokens[ch] = None
        for i in range(len(s) - 1):
            tokens[s[i:i + 2]] = None
    for field in long_fields:
        s = normalise(field)
        for i in range(len(s) - 1):
            tokens[s[i:i + 2]] = None
        if len(s) == 1:
            tokens[s] = None
    return " ".join(tokens)
