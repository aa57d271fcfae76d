"""Every hostile package of the corpus is refused, each with its own one-sentence reason, before
anything is handed out, and the reader writes nothing."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from mediation_desk.domain.errors import HandoffRefused
from mediation_desk.handoff.reader import ZipPackageReader
from tests.support.hostile_packages import CORPUS, SIGNER, good, write_corpus


def _listing(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, write_corpus(folder)


def test_the_corpus_holds_at_least_32_distinct_attacks() -> None:
    names = [h.name for h in CORPUS]
    assert len(names) >= 32
    assert len(set(names)) == len(names)


def test_the_good_package_of_the_corpus_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "good.mdpkg"
    path.write_bytes(good())
    verified = ZipPackageReader().open_verified(path, trusted_keys=[SIGNER.public_key()])
    assert b"".join(verified.read("records/record.txt")).startswith("调解笔录".encode())


@pytest.mark.parametrize("hostile", CORPUS, ids=[h.name for h in CORPUS])
def test_each_hostile_package_is_refused_with_its_reason_and_nothing_written(
        corpus: tuple[Path, dict[str, Path]], hostile, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder, paths = corpus
    monkeypatch.chdir(tmp_path)
    before, cwd_before = _listing(folder), os.listdir(tmp_path)
    with pytest.raises(HandoffRefused) as caught:
        ZipPackageReader().open_verified(paths[hostile.name], trusted_keys=[SIGNER.public_key()])
    assert hostile.fragment in caught.value.zh
    assert caught.value.en and caught.value.en != caught.value.zh
    assert "\n" not in caught.value.zh and "\n" not in caught.value.en
    assert _listing(folder) == before
    assert os.listdir(tmp_path) == cwd_before


def test_every_refusal_says_something_of_its_own(corpus: tuple[Path, dict[str, Path]]) -> None:
    _, paths = corpus
    said: dict[str, str] = {}
    for hostile in CORPUS:
        try:
            ZipPackageReader().open_verified(paths[hostile.name], trusted_keys=[SIGNER.public_key()])
        except HandoffRefused as exc:
            said[hostile.name] = exc.zh
        else:
            pytest.fail(f"{hostile.name} was accepted")
    by_message: dict[str, list[str]] = {}
    for name, message in said.items():
        by_message.setdefault(message, []).append(name)
    shared = {m: names for m, names in by_message.items() if len(names) > 1}
    # a reader cannot tell a manifest altered after signing from one signed by another key
    assert list(shared.values()) in ([], [["signature_by_another_key", "manifest_altered_after_signing"]]), shared
