"""Hostile spreadsheets and templates: outcome, time and peak memory of each attack.

Each spreadsheet is read by the work-record import in a child process limited to 3 GB of address
space (peak = the child's VmHWM); each template is rendered by a fresh render worker (peak = the
worker's VmHWM, sampled while it renders). Linux only (``/proc``).

    python bench/hostile_inputs.py [imports|templates] [name ...]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.support import hostile_files as hf  # noqa: E402

SHEETS = {
    "wide_declared.xlsx": hf.wide_declared_xlsx,
    "wide_rows.xlsx": hf.wide_rows_xlsx,
    "many_cells_row.xlsx": hf.many_cells_row_xlsx,
    "long_cell_64MB.xlsx": hf.long_cell_xlsx,
    "long_cell_700MB.xlsx": lambda p: hf.long_cell_xlsx(p, chars=700 * 1024 * 1024),
    "bomb_1GB.xlsx": hf.bomb_xlsx,
    "billion_laughs.xlsx": hf.billion_laughs_xlsx,
    "xxe.xlsx": lambda p: hf.xxe_xlsx(p, Path("/etc/hostname")),
    "huge_200MB.csv": hf.huge_csv,
    "long_cell_8MB.csv": hf.long_cell_csv,
    "wide_1M.csv": hf.wide_csv,
}

_CHILD = r"""
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
from pathlib import Path
from mediation_desk.services.work_records import read_work_record_source
t = time.monotonic()
try:
    s = read_work_record_source(Path(sys.argv[1]))
    out = f"read {len(s.rows)} rows x {s.width} columns"
except MemoryError:
    out = "MemoryError"
except Exception as e:
    out = f"{type(e).__name__}: {getattr(e, 'zh', str(e))[:90]}"
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) // 1024
print(f"{out} | {time.monotonic() - t:.1f} s | peak {peak} MB")
"""


def bench_imports(names: list[str]) -> None:
    folder = Path(tempfile.mkdtemp())
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for name in names or list(SHEETS):
        path = SHEETS[name](folder / name)
        try:
            r = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True,
                               timeout=120, env=env)
            result = r.stdout.strip() or (r.stderr.strip().splitlines() or ["died"])[-1]
        except subprocess.TimeoutExpired:
            result = "timeout 120 s"
        print(f"{name:24} {path.stat().st_size // 1024:>8} KB  {result}", flush=True)
        path.unlink()


def _templates() -> dict:
    from tests.integration.test_documents import _template
    from tests.integration.test_hostile_templates import GROWING, with_field

    out = {
        "includepicture_assembled": lambda: with_field(" {{ 'INCLUDE' ~ 'PICTURE' }} \"http://evil.example/p.png\" "),
        "includepicture_split_runs": lambda: with_field(" INCLUDE", '<w:r><w:instrText xml:space="preserve">PICTURE '
                                                                    '"http://evil.example/p.png" </w:instrText></w:r>'),
        "fldsimple_via_safe": lambda: _template(body="{{ '</w:t></w:r><w:fldSimple w:instr=\"INCLUDETEXT c:/x\"/>"
                                                     "<w:r><w:t>'|safe }}"),
    }
    out.update({name: (lambda body=body: _template(body=body)) for name, body in GROWING.items()})
    return out


def _hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def bench_templates(names: list[str]) -> None:
    from mediation_desk.documents.render_docx import DocxRenderer
    from mediation_desk.domain.documents import DocumentError

    cases = _templates()
    for name in names or list(cases):
        data = cases[name]()
        renderer = DocxRenderer(timeout=20)
        renderer.warm()
        pid = renderer._worker.proc.pid  # type: ignore[union-attr]
        peak = [0]
        stop = threading.Event()

        def watch() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], _hwm(pid))
                time.sleep(0.05)

        watcher = threading.Thread(target=watch)
        watcher.start()
        start = time.monotonic()
        try:
            result = f"RENDERED {len(renderer.render(data, {'name': '杨娟'}))} bytes"
        except DocumentError as exc:
            result = f"{type(exc).__name__}: {exc.zh[:70]}"
        elapsed = time.monotonic() - start
        stop.set()
        watcher.join()
        renderer.close()
        print(f"{name:28} {result} | {elapsed:.1f} s | worker peak {peak[0]} MB", flush=True)


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    rest = sys.argv[2:]
    if which in ("imports", "all"):
        bench_imports(rest)
    if which in ("templates", "all"):
        bench_templates(rest)
