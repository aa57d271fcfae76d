"""A 1 GB evidence file is added, read back and checked in bounded memory (peak RSS under 300 MB)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.books import create_test_book

ROOT = Path(__file__).resolve().parents[2]
SIZE = 1 << 30
BLOCK = 1 << 20
RSS_LIMIT_MB = 300
NEEDED_FREE = 3 * (1 << 30)  # the source, its encrypted copy, and room to spare

pytestmark = pytest.mark.slow

# Linux keeps a process's ru_maxrss across fork and exec (it starts from the forking process's
# high-water mark), so the worker is started by a bare launcher: its figure is then its own, not
# that of the test runner that launched it.
LAUNCHER = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"

SCRIPT = r"""
import hashlib, json, resource, sys, time
from pathlib import Path
from mediation_desk.domain.evidence import EvidenceInput, EvidenceType
from mediation_desk.services import evidence as ev
from mediation_desk.storage.vault import Vault
from tests.support.books import case_worker, reopen

data_dir, source = Path(sys.argv[1]), Path(sys.argv[2])
book = reopen(data_dir)
admin = case_worker(book)
vault = Vault(book)
ticks = []
t = time.perf_counter()
item = ev.add_evidence(book.uow, vault, admin, source_path=source, progress=lambda d, n: ticks.append(d) or True,
                       evidence=EvidenceInput(case_id=1, type=EvidenceType.AUDIO_VISUAL, title="配送过程录像",
                                              purpose="证明平台对配送路线和时间的管理"))
add_s = time.perf_counter() - t
with book.uow.read() as tx:
    file = tx.evidence.file_of(item.id)
t = time.perf_counter()
h = hashlib.sha256()
n = 0
for chunk in vault.open_plaintext_stream(file):
    h.update(chunk)
    n += len(chunk)
read_s = time.perf_counter() - t
t = time.perf_counter()
check = ev.check_evidence(book.uow, vault, admin, item_id=item.id)
check_s = time.perf_counter() - t
stored = vault.path_of(file.uid).stat().st_size
book.close()
hwm = 0.0
try:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1]) / 1024
except OSError:
    pass
print(json.dumps({"vmhwm_mb": hwm, "size": item.size, "sha256": item.sha256, "read_size": n, "read_sha256": h.hexdigest(),
                  "check": check.status.value, "ticks": len(ticks), "stored": stored,
                  "add_s": add_s, "read_s": read_s, "check_s": check_s,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def test_one_gigabyte_file_in_bounded_memory(tmp_path) -> None:
    free = shutil.disk_usage(tmp_path).free
    if free < NEEDED_FREE:
        pytest.skip(f"needs 3 GB free on the test disk for a 1 GB file and its encrypted copy; {free / 2**30:.1f} GB free")
    book, _admin = create_test_book(tmp_path / "book", cases=1)
    book.close()
    source = tmp_path / "recording.mp4"
    rng = random.Random(20261129)
    h = hashlib.sha256()
    try:
        with open(source, "wb") as fh:  # streamed: the 1 GB never exists in memory
            for _ in range(SIZE // BLOCK):
                block = rng.randbytes(BLOCK)
                h.update(block)
                fh.write(block)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
        proc = subprocess.run([sys.executable, "-c", LAUNCHER, sys.executable, "-c", SCRIPT, str(book.paths.data_dir),
                               str(source)], env=env, capture_output=True, text=True, timeout=240, cwd=ROOT)
    finally:
        source.unlink(missing_ok=True)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"1 GB: add {result['add_s']:.1f} s, read {result['read_s']:.1f} s, check {result['check_s']:.1f} s, "
          f"peak RSS {result['maxrss_mb']:.0f} MB (VmHWM {result['vmhwm_mb']:.0f} MB)")
    assert result["size"] == result["read_size"] == SIZE
    assert result["sha256"] == result["read_sha256"] == h.hexdigest()
    assert result["check"] == "ok" and result["ticks"] >= SIZE // BLOCK
    assert result["stored"] > SIZE
    assert result["maxrss_mb"] < RSS_LIMIT_MB, result
    assert result["vmhwm_mb"] < RSS_LIMIT_MB, result
