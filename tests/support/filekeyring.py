"""A keyring backend for tests: entries in a JSON file named by ``MEDIATION_DESK_TEST_KEYRING``.

Use it in-process with ``keyring.set_keyring(FileKeyring())``, or in a subprocess with
``PYTHON_KEYRING_BACKEND=tests.support.filekeyring.FileKeyring`` and the repository root on
``PYTHONPATH``. Its priority is 1 while the environment variable is set; without it the
backend declares itself unusable, so keyring never picks it on its own.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringError, PasswordDeleteError

ENV_VAR = "MEDIATION_DESK_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805
        if not os.environ.get(ENV_VAR):
            raise RuntimeError(f"{ENV_VAR} is not set")
        return 1

    @staticmethod
    def _path() -> Path:
        value = os.environ.get(ENV_VAR)
        if not value:
            raise KeyringError(f"{ENV_VAR} is not set")
        return Path(value)

    def _load(self) -> dict[str, dict[str, str]]:
        path = self._path()
        if not path.exists():
            return {}
        return json.loads(path.read_text("utf-8") or "{}")

    def _save(self, data: dict[str, dict[str, str]]) -> None:
        path = self._path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True), "utf-8")
        os.replace(tmp, path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data.setdefault(service, {})[username] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if username not in data.get(service, {}):
            raise PasswordDeleteError("no such entry")
        del data[service][username]
        self._save(data)
