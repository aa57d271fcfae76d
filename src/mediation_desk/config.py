"""Where a case book lives on disk, and the few settings read before a book is open. No Qt."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "mediation-desk"
PASSPHRASE_ENV = "MEDIATION_DESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "MEDIATION_DESK_NEW_PASSPHRASE"
PASSWORD_ENV = "MEDIATION_DESK_PASSWORD"
DB_PASSWORD_ENV = "MEDIATION_DESK_DB_PASSWORD"  # the office edition: the database role's password


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class AppPaths:
    """The files of one organisation's case book, all inside ``data_dir``."""

    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None) -> "AppPaths":
        return cls(Path(data_dir).expanduser().resolve() if data_dir else default_data_dir())

    @property
    def db_path(self) -> Path:
        return self.data_dir / "casebook.db"

    @property
    def key_path(self) -> Path:
        return self.data_dir / "casebook.key"

    @property
    def vault_dir(self) -> Path:
        return self.data_dir / "vault"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def book_exists(self) -> bool:
        return self.db_path.exists() and self.key_path.exists()

    def owned_files(self) -> list[Path]:
        """Files besides the database that belong to the book and go into a backup."""
        files = [self.key_path]
        if self.vault_dir.exists():
            files.extend(sorted(p for p in self.vault_dir.rglob("*") if p.is_file()))
        return files
