"""Where a case book lives on disk, and the few settings read before a book is open. No Qt."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "mediation-desk"
PASSPHRASE_ENV = "MEDIATION_DESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "MEDIATION_DESK_NEW_PASSPHRASE"
PASSWORD_ENV = "MEDIATION_DESK_PASSWORD"
DEMO_FOLDER_SUFFIX = "-demo"
LOCATION_FILE = "book-location.txt"  # in the default folder: where the book chosen at first start is
KEYRING_EXPLAINED_FILE = "keyring-explained.txt"  # in the book's folder: the no-keyring explanation was given
OFFICE_PROFILE_FILE = "office-connection.json"  # in the data folder: the office server the desk connects to
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

    @property
    def location_file(self) -> Path:
        return self.data_dir / LOCATION_FILE

    @property
    def keyring_explained_file(self) -> Path:
        return self.data_dir / KEYRING_EXPLAINED_FILE

    def demo(self) -> "AppPaths":
        """The demo's own folder, beside this one (never this one: the demo never mixes with real cases)."""
        if self.data_dir.name.endswith(DEMO_FOLDER_SUFFIX):
            return self
        return AppPaths(self.data_dir.with_name(self.data_dir.name + DEMO_FOLDER_SUFFIX))

    def is_demo_folder(self) -> bool:
        return self.data_dir.name.endswith(DEMO_FOLDER_SUFFIX)

    def remembered(self) -> "AppPaths":
        """The book folder chosen at first start ("open an existing book"), when this folder has no book
        but remembers one; otherwise this folder."""
        if self.book_exists() or not self.location_file.is_file():
            return self
        try:
            target = Path(self.location_file.read_text("utf-8").strip())
        except (OSError, UnicodeDecodeError):
            return self
        chosen = AppPaths(target)
        return chosen if target.is_absolute() and chosen.book_exists() else self

    def remember(self, chosen: "AppPaths") -> None:
        """Start in ``chosen`` from now on (written into this, the default, folder)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.location_file.write_text(str(chosen.data_dir) + "\n", "utf-8")

    def book_exists(self) -> bool:
        return self.db_path.exists() and self.key_path.exists()

    def owned_files(self) -> list[Path]:
        """Files besides the database that belong to the book and go into a backup."""
        files = [self.key_path]
        if self.vault_dir.exists():
            files.extend(sorted(p for p in self.vault_dir.rglob("*") if p.is_file()))
        return files
