"""The public-key file a court pins (docs/handoff-format.md, "Public-key file"): JSON

    {"format": "mediation-desk-public-keys", "version": 1,
     "keys": [{"key_id", "algorithm": "Ed25519", "public_key": base64, "created_at", "retired_at"}]}

or one or more PEM blocks "-----BEGIN PUBLIC KEY-----" (Ed25519 SubjectPublicKeyInfo)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from mediation_desk.domain.errors import BookError, ValidationError
from mediation_desk.handoff import format as fmt

KEYS_FORMAT = "mediation-desk-public-keys"
KEYS_VERSION = 1
MAX_KEYS_FILE_BYTES = 256 * 1024


def _bad(path: Path, zh: str, en: str) -> ValidationError:
    return ValidationError({"public_key_file": zh}, f"公钥文件 {path.name} 无效：{zh}。",
                           f"The public-key file {path.name} is not valid: {en}.")


def _raw_key(value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        raw = bytes(value)
    else:
        raw = base64.b64decode(str(value), validate=True)
    if len(raw) != 32:
        raise ValueError("not 32 bytes")
    return raw


def public_keys_document(keys: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The JSON content for ``keys``: each mapping has ``public_key`` (raw bytes or base64) and
    optionally ``created_at`` and ``retired_at`` (ISO text, or None); ``key_id`` is computed."""
    listed = []
    for key in keys:
        raw = _raw_key(key["public_key"])
        if key.get("key_id") not in (None, "", fmt.key_id_of(raw)):
            raise ValueError(f"key id {key.get('key_id')} does not match its public key")
        listed.append({"key_id": fmt.key_id_of(raw), "algorithm": fmt.ALGORITHM,
                       "public_key": base64.b64encode(raw).decode("ascii"),
                       "created_at": _text_or_none(key.get("created_at")),
                       "retired_at": _text_or_none(key.get("retired_at"))})
    return {"format": KEYS_FORMAT, "version": KEYS_VERSION, "keys": listed}


def _text_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    iso = getattr(value, "isoformat", None)
    return str(iso()) if callable(iso) else str(value)


def write_public_keys(path: Path, keys: Sequence[Mapping[str, Any]]) -> None:
    """Write the public-key file atomically (a temporary file in the same folder, then renamed)."""
    path = Path(path)
    data = (json.dumps(public_keys_document(keys), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    temp = path.parent / f".{path.name}.{uuid.uuid4().hex[:12]}.part"
    try:
        with open(temp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise BookError(f"无法写入公钥文件：{path}（{exc.strerror or exc}）",
                        f"Cannot write the public-key file {path}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def load_public_keys(path: Path) -> list[bytes]:
    """The raw Ed25519 public keys in a public-key file (JSON or PEM); retired keys included, since
    they still verify the packages signed before their retirement."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_KEYS_FILE_BYTES + 1)
    except OSError as exc:
        raise ValidationError({"public_key_file": "无法读取"}, f"无法读取公钥文件：{path.name}（{exc.strerror or exc}）",
                              f"Cannot read the public-key file {path.name}: {exc.strerror or exc}") from None
    if len(data) > MAX_KEYS_FILE_BYTES:
        raise _bad(path, "文件过大", "the file is too large")
    if b"-----BEGIN PUBLIC KEY-----" in data:
        return _load_pem(path, data)
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad(path, "既不是 JSON 也不是 PEM 公钥", "it is neither JSON nor a PEM public key") from None
    if not isinstance(doc, dict) or doc.get("format") != KEYS_FORMAT or not isinstance(doc.get("keys"), list):
        raise _bad(path, f"不是 {KEYS_FORMAT} 格式", f"it is not in the {KEYS_FORMAT} format")
    keys: list[bytes] = []
    for entry in doc["keys"]:
        try:
            if not isinstance(entry, dict) or entry.get("algorithm") != fmt.ALGORITHM:
                raise ValueError("algorithm")
            raw = _raw_key(entry.get("public_key"))
        except (ValueError, binascii.Error):
            raise _bad(path, "含无效的 Ed25519 公钥", "it holds a key that is not an Ed25519 public key") from None
        if entry.get("key_id") not in (None, fmt.key_id_of(raw)):
            raise _bad(path, f"密钥编号 {entry.get('key_id')} 与公钥不符", f"key id {entry.get('key_id')} does not match its key")
        keys.append(raw)
    if not keys:
        raise _bad(path, "没有任何公钥", "it holds no key")
    return keys


def _load_pem(path: Path, data: bytes) -> list[bytes]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    keys: list[bytes] = []
    begin, end = b"-----BEGIN PUBLIC KEY-----", b"-----END PUBLIC KEY-----"
    rest = data
    while begin in rest:
        start = rest.index(begin)
        stop = rest.find(end, start)
        if stop < 0:
            raise _bad(path, "PEM 块不完整", "a PEM block is incomplete")
        block, rest = rest[start:stop + len(end)], rest[stop + len(end):]
        try:
            key = serialization.load_pem_public_key(block)
        except ValueError:
            raise _bad(path, "PEM 公钥无法读取", "a PEM public key cannot be read") from None
        if not isinstance(key, Ed25519PublicKey):
            raise _bad(path, "不是 Ed25519 公钥", "a key is not an Ed25519 public key")
        keys.append(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
    return keys


def public_key_pem(public_key: bytes) -> str:
    """One raw Ed25519 public key as a PEM "PUBLIC KEY" block."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = Ed25519PublicKey.from_public_bytes(public_key)
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
