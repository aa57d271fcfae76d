"""Hand-off package throughput and memory, beside a bare script doing the same I/O and hashing.

    python bench/handoff_package.py [--files 200] [--mb 500] [--dir FOLDER] [--keep]

Makes --files evidence files of random (incompressible) bytes totalling --mb MiB in a temp
folder under --dir (default the system temp folder; needs about three times --mb free), then
measures, each in a child process of its own so that each peak resident set is its own:
* bare zip: a plain script writing the files into a ZIP (ZIP_STORED) in 1 MiB blocks while
  hashing each with SHA-256 — the yardstick for building;
* build: ``ZipPackageWriter.write`` of a case-file package with those files as evidence
  (streamed from disk, hashed while written, manifest, Ed25519 signature, fsync, rename);
* bare unzip: a plain script reading every member of the bare ZIP and hashing it — the
  yardstick for verifying;
* verify: ``ZipPackageReader.open_verified`` (every structure check, the signature, the schema
  and every file's SHA-256).
Prints seconds, MiB/s and peak RSS (VmHWM) of each, then whether peak RSS < 300 MB and
throughput >= 0.5 x bare for build and verify. Each pair runs in that order, so the files are as
warm in the page cache for the yardstick as for the program. The temp folder is deleted at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

BLOCK = 1 << 20
MB = 1024 * 1024
RSS_LIMIT_MB = 300


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_files(folder: Path, count: int, total_mb: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    total = total_mb * MB
    sizes = [total // count] * count
    sizes[-1] += total - sum(sizes)
    paths = []
    for i, size in enumerate(sizes):
        path = folder / f"e{i + 1:03d}.jpg"
        with open(path, "wb") as fh:
            left = size
            while left:
                n = min(BLOCK, left)
                fh.write(os.urandom(n))
                left -= n
        paths.append(path)
    return paths


def _stream(path: Path):  # noqa: ANN202
    with open(path, "rb") as fh:
        while chunk := fh.read(BLOCK):
            yield chunk


# ---- the four measured runs (each in its own process) ----

def run_bare_zip(sources: list[Path], out: Path) -> None:
    with zipfile.ZipFile(out, "w") as zf:
        for path in sources:
            hasher = hashlib.sha256()
            with zf.open(zipfile.ZipInfo(f"evidence/{path.name}"), "w") as member:
                for chunk in _stream(path):
                    hasher.update(chunk)
                    member.write(chunk)
            hasher.hexdigest()
    with open(out, "rb+") as fh:
        os.fsync(fh.fileno())


def run_bare_unzip(package: Path) -> None:
    with zipfile.ZipFile(package) as zf:
        for info in zf.infolist():
            hasher = hashlib.sha256()
            with zf.open(info) as member:
                while chunk := member.read(BLOCK):
                    hasher.update(chunk)
            hasher.hexdigest()


class _Signer:
    def __init__(self) -> None:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        self._key = Ed25519PrivateKey.generate()

    @property
    def key_id(self) -> str:
        from mediation_desk.handoff.format import key_id_of

        return key_id_of(self.public_key())

    def public_key(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self._key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)


def _content() -> dict[str, Any]:
    return {
        "kind": "case_file", "title": "卷宗移送材料",
        "sender": {"name": "南昌市劳动人事争议仲裁委员会", "kind": "arbitration", "address": "", "phone": ""},
        "court": {"name": "南昌市中级人民法院", "reference": ""},
        "case": {"number": "洪劳人仲案字〔2026〕第1号", "received_on": "2026-10-08", "cause": "劳动报酬争议",
                 "status": "已裁决", "relates_to": None},
        "parties": [{"role": "applicant", "kind": "person", "name": "张三", "id_type": "居民身份证",
                     "id_number": "360102199001011234", "phone": "", "address": ""}],
        "claims": [{"no": 1, "kind": "wages", "title": "支付劳动报酬", "amount": "8600.00"}],
        "award": {"number": "洪劳人仲案字〔2026〕第1号", "date": "2026-11-10", "finality": "final",
                  "items": [{"no": 1, "text": "支付劳动报酬", "payer": "某公司", "payee": "张三", "amount": "8600.00",
                             "final": True}]},
        "agreement": None, "dates": [], "periods": [], "outcome": None, "referral": None, "audit_anchor": None,
        "notes": "",
    }


def run_build(sources: list[Path], out: Path) -> None:
    from mediation_desk.handoff.writer import ZipPackageWriter
    from mediation_desk.services.handoff_ports import PackageFile

    files = [PackageFile(name=f"evidence/{p.name}", title=f"证据{i + 1}", role="evidence", media_type="image/jpeg",
                         open=lambda p=p: _stream(p)) for i, p in enumerate(sources)]
    ZipPackageWriter().write(out, _content(), files, _Signer())


def run_verify(package: Path) -> None:
    from mediation_desk.handoff.reader import ZipPackageReader

    ZipPackageReader().open_verified(package)


def child(args: argparse.Namespace) -> None:
    folder = Path(args.child_dir)
    sources = sorted((folder / "src").iterdir())
    start = time.perf_counter()
    if args.child == "bare_zip":
        run_bare_zip(sources, folder / "bare.zip")
    elif args.child == "build":
        run_build(sources, folder / "case.mdpkg")
    elif args.child == "bare_unzip":
        run_bare_unzip(folder / "bare.zip")
    elif args.child == "verify":
        run_verify(folder / "case.mdpkg")
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak_rss_mb()}))


def measure(step: str, folder: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--child", step, "--child-dir", str(folder)],
                          check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--files", type=int, default=200)
    p.add_argument("--mb", type=int, default=500)
    p.add_argument("--dir", default=tempfile.gettempdir())
    p.add_argument("--keep", action="store_true", help="keep the temp folder")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--child-dir", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="handoff-bench-", dir=args.dir))
    try:
        t0 = time.perf_counter()
        make_files(folder / "src", args.files, args.mb)
        print(f"{args.files} files, {args.mb} MiB of random bytes made in {time.perf_counter() - t0:.1f} s")
        results = {step: measure(step, folder) for step in ("bare_zip", "build", "bare_unzip", "verify")}
        print(f"{'run':<12}{'seconds':>9}{'MiB/s':>9}{'peak RSS MB':>13}")
        for step, r in results.items():
            print(f"{step:<12}{r['seconds']:>9.2f}{args.mb / r['seconds']:>9.1f}{r['peak_rss_mb']:>13.1f}")
        package = folder / "case.mdpkg"
        print(f"package: {package.stat().st_size / MB:.1f} MiB")
        ok = True
        for step, bare in (("build", "bare_zip"), ("verify", "bare_unzip")):
            ratio = results[bare]["seconds"] / results[step]["seconds"]
            rss = results[step]["peak_rss_mb"]
            print(f"{step}: peak RSS {rss:.0f} MB < {RSS_LIMIT_MB} MB: {'yes' if rss < RSS_LIMIT_MB else 'NO'}; "
                  f"throughput {ratio:.2f} x bare >= 0.5: {'yes' if ratio >= 0.5 else 'NO'}")
            ok = ok and rss < RSS_LIMIT_MB and ratio >= 0.5
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
