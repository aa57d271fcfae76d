"""A desk's connection to its office book: the profile (server, port, database, user, CA file; never
the password) kept as JSON in the local data folder, and the database password in the OS keyring when
the user asked to remember it (``KeyringStore``: never in a plain file; no keyring, no remembering)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

from mediation_desk.config import OFFICE_PROFILE_FILE as PROFILE_FILE
from mediation_desk.domain.errors import BookError
from mediation_desk.storage.keys import KeyringStore

PASSWORD_SERVICE = "mediation-desk-database"


@dataclass(frozen=True)
class OfficeProfile:
    host: str
    port: int
    database: str
    user: str
    ca_file: str

    def url(self) -> str:
        """The book's URL: TLS with the server's certificate verified against ``ca_file``."""
        return (f"postgresql://{quote(self.user, safe='')}@{self.host}:{self.port}/{quote(self.database, safe='')}"
                f"?sslmode=verify-full&sslrootcert={quote(self.ca_file, safe='/:')}")

    def check(self) -> dict[str, str]:
        """What is missing, by field (empty when the profile is complete)."""
        errors: dict[str, str] = {}
        for key in ("host", "database", "user"):
            if not getattr(self, key).strip():
                errors[key] = "必填"
        if not self.ca_file.strip():
            errors["ca_file"] = "必填"
        elif not Path(self.ca_file).expanduser().is_file():
            errors["ca_file"] = "找不到此文件"
        return errors


def profile_path(data_dir: Path) -> Path:
    return Path(data_dir) / PROFILE_FILE


def load_profile(data_dir: Path) -> OfficeProfile | None:
    path = profile_path(data_dir)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        return OfficeProfile(host=str(data["host"]), port=int(data["port"]), database=str(data["database"]),
                             user=str(data["user"]), ca_file=str(data["ca_file"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise BookError(f"服务器连接设置文件已损坏：{path}。请删除它后重新运行“开始使用”。",
                        f"The server connection file is damaged: {path}. Delete it and run the assistant again.") \
            from None


def save_profile(data_dir: Path, profile: OfficeProfile) -> Path:
    """Written 0600 into the data folder (made 0700); no password is in it."""
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = profile_path(folder)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(asdict(profile), f, ensure_ascii=False, indent=1)
    os.replace(tmp, path)
    return path


class DbPasswordStore:
    """The database password of one URL in the OS keyring, only when the user ticked 'remember'."""

    def __init__(self, keyring: KeyringStore | None = None) -> None:
        self.keyring = keyring or KeyringStore(PASSWORD_SERVICE)

    @property
    def available(self) -> bool:
        return self.keyring.available

    def get(self, url: str) -> str | None:
        raw = self.keyring.get(url)
        return raw.decode("utf-8") if raw else None

    def remember(self, url: str, password: str) -> bool:
        return self.keyring.set(url, password.encode("utf-8"))

    def forget(self, url: str) -> None:
        self.keyring.delete(url)
