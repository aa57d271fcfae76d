"""The book's master key: random 256 bits, kept in the OS keyring and wrapped by a passphrase.

Layout (see docs/architecture.md, "Keys"):
* master key (MK): 32 random bytes, one per book;
* SQLCipher raw key = HKDF-SHA256(MK, "mediation-desk db-v1"), so no KDF runs per connection;
* other purposes (vault, backups) derive their own keys from MK with their own labels;
* the key file beside the database holds MK wrapped with AES-256-GCM under an Argon2id
  key derived from the administrator's passphrase (RFC 9106 low-memory profile), the
  associated data binding it to the book id and slot name;
* during a re-key the file briefly holds a second, ``pending`` slot, so a crash at any
  point leaves either the old or the new key able to open the book.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mediation_desk.domain.errors import BookError, WrongKey
from mediation_desk.storage.fsutil import atomic_write_bytes

KEYFILE_FORMAT = "mediation-desk-keyfile"
KEYFILE_VERSION = 1
ARGON2_PARAMS = {"t": 3, "m": 65536, "p": 4}  # RFC 9106 second recommended (low memory) option
# What a key file may ask of Argon2id: a doctored file must not make the unlock run for minutes
# or take all memory. The upper bounds are 4x this program's own parameters (t and m) and 8 lanes.
ARGON2_LIMITS = {"t": (1, 12), "m": (8 * 1024, 256 * 1024), "p": (1, 8)}
MIN_PASSPHRASE_LEN = 8
KEYRING_SERVICE = "mediation-desk"


def new_master_key() -> bytes:
    return os.urandom(32)


def derive_key(master_key: bytes, label: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=f"mediation-desk {label}".encode()).derive(master_key)


def db_key(master_key: bytes) -> bytes:
    return derive_key(master_key, "db-v1")


def key_id(master_key: bytes) -> str:
    return hashlib.sha256(derive_key(master_key, "key-id")).hexdigest()[:16]


def check_passphrase_strength(passphrase: str) -> None:
    from mediation_desk.domain.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE_LEN:
        raise ValidationError(
            {"passphrase": f"口令至少需要{MIN_PASSPHRASE_LEN}个字符"},
            zh=f"口令太短：至少需要{MIN_PASSPHRASE_LEN}个字符。",
            en=f"Passphrase too short: at least {MIN_PASSPHRASE_LEN} characters.",
        )


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


def _kek(passphrase: str, salt: bytes, params: dict) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, time_cost=params["t"], memory_cost=params["m"],
        parallelism=params["p"], hash_len=32, type=Type.ID,
    )


def wrap_master_key(master_key: bytes, passphrase: str, book_id: str, slot: str) -> dict:
    salt, nonce = os.urandom(16), os.urandom(12)
    aad = f"{KEYFILE_FORMAT}/{KEYFILE_VERSION}/{book_id}/{slot}".encode()
    ct = AESGCM(_kek(passphrase, salt, ARGON2_PARAMS)).encrypt(nonce, master_key, aad)
    return {"kdf": "argon2id", **ARGON2_PARAMS, "salt": _b64(salt), "nonce": _b64(nonce),
            "ciphertext": _b64(ct), "key_id": key_id(master_key)}


def _argon2_params(entry: dict) -> dict[str, int]:
    """The key file's Argon2id parameters, refused when outside ``ARGON2_LIMITS``."""
    if entry.get("kdf", "argon2id") != "argon2id":
        raise ValueError(f"unknown key derivation {entry.get('kdf')!r}")
    params = {k: int(entry[k]) for k in ("t", "m", "p")}
    for name, (low, high) in ARGON2_LIMITS.items():
        if not low <= params[name] <= high:
            raise ValueError(f"argon2 parameter {name}={params[name]} outside {low}..{high}")
    return params


def unwrap_master_key(entry: dict, passphrase: str, book_id: str, slot: str) -> bytes:
    from cryptography.exceptions import InvalidTag

    aad = f"{KEYFILE_FORMAT}/{KEYFILE_VERSION}/{book_id}/{slot}".encode()
    try:
        kek = _kek(passphrase, _unb64(entry["salt"]), _argon2_params(entry))
        return AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["ciphertext"]), aad)
    except InvalidTag:
        raise WrongKey("口令不正确。案件库文件未被改动。", "Wrong passphrase. The case book was not changed.") from None
    except (KeyError, ValueError, TypeError) as exc:
        raise BookError("密钥文件已损坏，无法读取。请使用备份或恢复密钥。",
                        "The key file is damaged. Restore it from a backup.", detail=str(exc)) from None


def _content_check(book_id: str, slots: dict) -> str:
    """SHA-256 of the key file's content: a changed byte reads as damage, not as a wrong passphrase."""
    canonical = json.dumps({"book_id": book_id, "slots": slots}, ensure_ascii=True, sort_keys=True,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


@dataclass
class KeyFile:
    book_id: str
    slots: dict[str, dict]
    checked: bool = True  # False for a file written before key files carried their content's check

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise BookError(f"找不到密钥文件：{path.name}。", f"Key file not found: {path.name}.") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise BookError("密钥文件已损坏，无法读取。", "The key file is damaged.", detail=str(exc)) from None
        if data.get("format") != KEYFILE_FORMAT or "current" not in data.get("slots", {}):
            raise BookError("这不是本程序的密钥文件。", "This is not a mediation-desk key file.")
        if int(data.get("version", 0)) > KEYFILE_VERSION:
            raise BookError("密钥文件由更新版本的程序创建，请升级程序。", "The key file comes from a newer version.")
        check = data.get("check")
        if check is not None and check != _content_check(str(data.get("book_id")), data["slots"]):
            raise BookError("密钥文件已损坏（内容校验不符），与口令无关。请从备份恢复密钥文件（备份中带有密钥文件）。",
                            "The key file is damaged (its content check fails); the passphrase is not the problem. "
                            "Restore the key file from a backup (backups include it).")
        return cls(book_id=str(data["book_id"]), slots=dict(data["slots"]), checked=check is not None)

    def to_bytes(self) -> bytes:
        return json.dumps({"format": KEYFILE_FORMAT, "version": KEYFILE_VERSION, "book_id": self.book_id,
                           "slots": self.slots, "check": _content_check(self.book_id, self.slots)},
                          ensure_ascii=False, indent=2).encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())

    def unwrap_all(self, passphrase: str) -> list[tuple[str, bytes]]:
        """Every master key the passphrase opens, current first. Raises WrongKey if none."""
        found: list[tuple[str, bytes]] = []
        for slot in ("current", "pending"):
            if slot in self.slots:
                try:
                    found.append((slot, unwrap_master_key(self.slots[slot], passphrase, self.book_id, slot)))
                except WrongKey:
                    continue
        if not found:
            raise WrongKey("口令不正确。案件库文件未被改动。", "Wrong passphrase. The case book was not changed.")
        return found


class KeyringStore:
    """The OS keyring (Secret Service, Windows Credential Locker, macOS Keychain), if one works."""

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self.service = service
        self._reason: str | None = None
        self._backend = None
        try:
            import keyring
            from keyring.backends import fail

            backend = keyring.get_keyring()
            name = type(backend).__module__
            if isinstance(backend, fail.Keyring) or name.startswith(("keyrings.alt", "keyring.backends.null")):
                self._reason = "本机没有可用的系统密钥环"
            elif getattr(backend, "priority", 1) <= 0 and not name.startswith("tests."):
                self._reason = "本机没有可用的系统密钥环"
            else:
                self._backend = backend
        except Exception as exc:  # keyring raises many kinds of errors on broken desktops
            self._reason = f"系统密钥环不可用（{type(exc).__name__}）"

    @property
    def available(self) -> bool:
        return self._backend is not None

    @property
    def unavailable_reason(self) -> str:
        return self._reason or ""

    def get(self, book_id: str) -> bytes | None:
        if self._backend is None:
            return None
        try:
            value = self._backend.get_password(self.service, book_id)
            return _unb64(value) if value else None
        except Exception as exc:
            self._reason, self._backend = f"读取系统密钥环失败（{type(exc).__name__}）", None
            return None

    def set(self, book_id: str, master_key: bytes) -> bool:
        if self._backend is None:
            return False
        try:
            self._backend.set_password(self.service, book_id, _b64(master_key))
            return True
        except Exception as exc:
            self._reason, self._backend = f"写入系统密钥环失败（{type(exc).__name__}）", None
            return False

    def delete(self, book_id: str) -> None:
        if self._backend is None:
            return
        try:
            self._backend.delete_password(self.service, book_id)
        except Exception:
            pass
