"""The hand-off package format, version 1 (docs/handoff-format.md): its names, limits and the
canonical bytes of ``manifest.json``.

A package is one ZIP file holding ``manifest.json``, its detached Ed25519 signature
``manifest.sig`` and the files the manifest lists. Everything a reader refuses is measured
against the limits here.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

FORMAT_NAME = "mediation-desk-handoff"
VERSION = 1  # the version this program writes
SUPPORTED_VERSIONS = (1,)  # every version this program reads (each has its schema file)
EXTENSION = ".mdpkg"
MEDIA_TYPE = "application/vnd.mediation-desk.handoff+zip"
ALGORITHM = "Ed25519"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
FOLDERS = ("documents", "evidence", "identity", "records")

KINDS: dict[str, tuple[str, str]] = {
    "judicial_confirmation": ("司法确认申请", "application for judicial confirmation"),
    "payment_order": ("支付令申请", "application for a payment order"),
    "case_file": ("卷宗移送", "case file for litigation"),
    "preservation": ("财产保全申请转交", "forwarded property-preservation application"),
    "court_guidance": ("引导诉讼函", "letter guiding the worker to court"),
    "entrusted_result": ("委派/委托调解结果", "result of court-entrusted mediation"),
    "court_outcome": ("法院裁判结果", "the court's outcome"),
    "court_referral": ("法院委派/委托调解", "case referred by a court for mediation"),
}
ROLES: dict[str, tuple[str, str]] = {
    "application": ("申请书", "application"),
    "agreement": ("调解协议", "agreement"),
    "award": ("裁决书", "award"),
    "notice": ("通知书", "notice"),
    "record": ("笔录/记录", "record"),
    "evidence": ("证据", "evidence"),
    "identity": ("身份证明", "identity document"),
    "receipt": ("送达回证", "service receipt"),
    "judgment": ("判决/裁定书", "judgment"),
    "letter": ("函", "letter"),
    "list": ("清单", "list"),
    "other": ("其他", "other"),
}
SENDER_KINDS = ("mediation", "arbitration", "legal_aid", "court")
PARTY_ROLES = ("applicant", "respondent", "third_party")
PARTY_KINDS = ("person", "organisation")
FINALITY = ("final", "non_final", "mixed")
ITEM_RESULTS = ("upheld", "changed", "set_aside")
REFERRAL_MODES = ("delegated", "entrusted")

# ---- limits (what a reader accepts; the writer never goes beyond them) ----
MIB = 1024 * 1024
MAX_ENTRIES = 2000  # ZIP members, manifest and signature included
MAX_MANIFEST_BYTES = 1 * MIB
MAX_SIGNATURE_BYTES = 1024
MAX_JSON_DEPTH = 16  # the version-1 manifest is 5 deep
MAX_NAME_LENGTH = 180
MAX_FILE_BYTES = (1 << 31) - 1  # one member (2 GiB, no ZIP64 member sizes)
MAX_TOTAL_BYTES = 8 * 1024 * MIB  # all members together, uncompressed
MAX_RATIO = 100  # uncompressed : compressed of one deflated member …
RATIO_FLOOR = 1 * MIB  # … once it has grown past this many bytes
CHUNK = 1 * MIB  # streaming unit

# Media stored as they are (already compressed); everything else is deflated.
STORED_MEDIA = frozenset({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/zip",
    "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/tiff",
    "audio/mpeg", "audio/mp4", "audio/aac", "audio/amr", "video/mp4", "video/quicktime",
})

_SEGMENT = r"[A-Za-z0-9_()-][A-Za-z0-9._()-]*"
NAME_PATTERN = rf"^({'|'.join(FOLDERS)})/{_SEGMENT}(/{_SEGMENT})*$"
_NAME_RE = re.compile(NAME_PATTERN)
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


def stored(media_type: str) -> bool:
    """Whether a member of this media type is written without compression."""
    return media_type.split(";")[0].strip().lower() in STORED_MEDIA or media_type.startswith(("image/", "video/", "audio/"))


def name_problem(name: str) -> tuple[str, str] | None:
    """Why ``name`` may not be a file's name in a package (Chinese, English), or None when it may.
    Names are relative ASCII paths under one of ``FOLDERS``: letters, digits, ``-_.()`` and ``/``."""
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "含控制字符", "contains control characters"
    if "\\" in name:
        return "含反斜杠", "contains a backslash"
    if name.startswith("/"):
        return "是绝对路径", "is an absolute path"
    if _DRIVE_RE.match(name):
        return "含盘符", "starts with a drive letter"
    if ".." in name.split("/"):
        return "含“..”（路径穿越）", "contains \"..\" (path traversal)"
    if name.endswith("/"):
        return "是文件夹条目", "is a folder entry"
    if len(name) > MAX_NAME_LENGTH:
        return f"超过 {MAX_NAME_LENGTH} 个字符", f"is longer than {MAX_NAME_LENGTH} characters"
    if not name.isascii():
        return "含非 ASCII 字符", "contains non-ASCII characters"
    if not _NAME_RE.match(name) or any(seg in (".", "") for seg in name.split("/")):
        return (f"不在 {'/、'.join(FOLDERS)}/ 之下或含不允许的字符",
                f"is not under {'/, '.join(FOLDERS)}/ or has characters that are not allowed")
    return None


def fold_name(name: str) -> str:
    """The form two names are compared in for duplicates (case and Unicode compatibility folded)."""
    return unicodedata.normalize("NFKC", name).casefold()


def key_id_of(public_key: bytes) -> str:
    """A signing key's id: the first 16 hex digits of the SHA-256 of its raw 32 bytes."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def canonical_manifest(manifest: Mapping[str, Any]) -> bytes:
    """The bytes of ``manifest.json`` as written (and signed) once."""
    return json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def schema_text(version: int = VERSION) -> str:
    return resources.files("mediation_desk.handoff").joinpath(f"schema/manifest-{version}.schema.json").read_text("utf-8")


@lru_cache(maxsize=None)
def schema(version: int = VERSION) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a manifest of ``version``."""
    loaded: dict[str, Any] = json.loads(schema_text(version))
    return loaded


def schema_problem(manifest: Mapping[str, Any], version: int = VERSION) -> tuple[str, str] | None:
    """The first schema violation of ``manifest`` as (field path, what is wrong), or None."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(schema(version))
    error = best_match(validator.iter_errors(manifest))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "(根 / top level)"
    return where, error.message[:200]


def depth_of(text: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (strings skipped), without parsing it."""
    depth = deepest = 0
    for m in _DEPTH_RE.finditer(text):
        c = m.group()
        if c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth -= 1
    return deepest


_DEPTH_RE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.S)
