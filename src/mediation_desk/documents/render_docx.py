"""Rendering DOCX templates in a separate process, with a timeout and an output cap.

:class:`DocxRenderer` keeps one warm worker process (``documents.render_worker``) and sends it
one template and one context at a time. The template is checked first
(``template_check.check_docx_template``: external links, macros, attached templates, oversized
parts...), and so is what comes back (``check_rendered_docx``). The worker (started as
``documents.worker_process`` describes: isolated, minimal environment, empty folder, memory
limit) renders in the Jinja2 sandbox with an output budget; if it has not
answered within ``timeout`` seconds it is killed (a loop that prints nothing) and the next render
starts a fresh one. Answers larger than ``output_bytes`` are refused without being read.

Errors come back as :class:`~mediation_desk.domain.documents.DocumentError` subclasses with
Chinese text; no traceback from the worker ever reaches the caller.
"""

from __future__ import annotations

import hashlib
import queue
import subprocess
import threading
import time
import weakref
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mediation_desk.documents.render_worker import HEADER, read_frame, write_frame
from mediation_desk.documents.sandbox import DEFAULT_OUTPUT_CHARS
from mediation_desk.documents.template_check import check_docx_template, check_rendered_docx
from mediation_desk.documents.worker_process import (WindowsJob, make_workdir, popen_worker, remove_workdir,
                                                     worker_command)
from mediation_desk.domain.documents import (MAX_DOCUMENT_BYTES, DocumentError, RenderLimitExceeded,
                                             TemplateInvalid, TemplateSecurityError)

DEFAULT_TIMEOUT_S = 20.0
START_TIMEOUT_S = 60.0
_MAX_ANSWER_JSON = 1024 * 1024


def _stop(proc: subprocess.Popen, job: WindowsJob | None = None, workdir: Path | None = None) -> None:
    if proc.poll() is None:
        try:
            proc.kill()
        except OSError:
            pass
    for stream in (proc.stdin, proc.stdout):
        try:
            if stream is not None:
                stream.close()
        except OSError:
            pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover - kill does not fail on the platforms we ship
        pass
    if job is not None:
        job.close()
    remove_workdir(workdir)


class _Worker:
    """One worker process and the thread that reads its answers."""

    def __init__(self, command: list[str], output_bytes: int) -> None:
        self.answers: queue.Queue = queue.Queue()
        self.workdir = make_workdir()
        try:
            self.proc = popen_worker(command, self.workdir)
        except BaseException:
            remove_workdir(self.workdir)
            raise
        self.job = WindowsJob(self.proc)  # before any request reaches the worker
        self._finalizer = weakref.finalize(self, _stop, self.proc, self.job, self.workdir)
        self.reader = threading.Thread(target=self._read, args=(output_bytes,), daemon=True,
                                       name="docx-render-reader")
        self.reader.start()

    def _read(self, output_bytes: int) -> None:
        stream = self.proc.stdout
        assert stream is not None
        try:
            while True:
                self.answers.put(read_frame(stream, max_json=_MAX_ANSWER_JSON, max_body=output_bytes + 4096))
        except ValueError:
            self.answers.put(("too-large", b""))
        except (EOFError, OSError, UnicodeDecodeError, Exception):  # noqa: BLE001 - the worker died
            self.answers.put(None)

    def send(self, header: dict[str, Any], body: bytes = b"") -> None:
        assert self.proc.stdin is not None
        write_frame(self.proc.stdin, header, body)

    def wait(self, deadline: float):  # noqa: ANN201 - (header, body) | "too-large" marker | None
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise queue.Empty
        return self.answers.get(timeout=remaining)

    def stop(self) -> None:
        self._finalizer()
        self.reader.join(timeout=5)

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None


class DocxRenderer:
    """Renders DOCX templates in a warm, killable worker process (thread-safe, one render at a time)."""

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT_S, output_chars: int = DEFAULT_OUTPUT_CHARS,
                 output_bytes: int = MAX_DOCUMENT_BYTES, command: list[str] | None = None) -> None:
        self.timeout = timeout
        self.output_chars = output_chars
        self.output_bytes = output_bytes
        self.command = command or worker_command()
        self._worker: _Worker | None = None
        self._lock = threading.Lock()
        self._checked: set[str] = set()
        self.workers_started = 0

    # ---- the worker

    def _start(self) -> _Worker:
        worker = _Worker(self.command, self.output_bytes)
        self.workers_started += 1
        try:
            answer = worker.wait(time.monotonic() + START_TIMEOUT_S)
        except queue.Empty:
            answer = None
        if not answer or not isinstance(answer, tuple) or not answer[0].get("ready"):
            worker.stop()
            raise DocumentError("无法启动文书生成进程，请重新安装本程序。",
                                "The document rendering process could not be started.",
                                detail=" ".join(self.command))
        return worker

    def warm(self) -> None:
        """Start the worker now, so the first render does not wait for it."""
        with self._lock:
            if self._worker is None or not self._worker.alive:
                self._worker = self._start()

    def close(self) -> None:
        with self._lock:
            if self._worker is not None:
                try:
                    if self._worker.alive:
                        self._worker.send({"op": "exit"})
                except OSError:
                    pass
                self._worker.stop()
                self._worker = None

    def __enter__(self) -> "DocxRenderer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- rendering

    def check(self, template: bytes) -> None:
        """The template's static checks (cached by content hash)."""
        digest = hashlib.sha256(template).hexdigest()
        if digest in self._checked:
            return
        check_docx_template(template)
        self._checked.add(digest)

    def render(self, template: bytes, context: Mapping[str, Any]) -> bytes:
        """The rendered DOCX. ``context`` must hold plain JSON values (see ``domain.documents.plain_context``)."""
        self.check(template)
        request = {"op": "render", "context": dict(context), "output_chars": self.output_chars,
                   "output_bytes": self.output_bytes}
        body = self._exchange(request, template, what="生成文书")
        check_rendered_docx(body)  # what the template assembled, as Word would open it
        return body

    def to_pdf(self, document: bytes) -> bytes:
        """The PDF rendition of a DOCX (``documents.docx_pdf``), made in the worker: the DOCX may come from
        an organisation's own template, so it is read with the same limits and isolation as a render."""
        check_rendered_docx(document)
        return self._exchange({"op": "pdf", "output_bytes": self.output_bytes}, document, what="转换PDF")

    def _exchange(self, request: dict[str, Any], body: bytes, *, what: str) -> bytes:
        with self._lock:
            for attempt in (1, 2):
                if self._worker is None or not self._worker.alive:
                    self._worker = self._start()
                worker = self._worker
                try:
                    worker.send(request, body)
                except (OSError, ValueError):
                    worker.stop()  # it died between renders: one retry with a fresh worker
                    self._worker = None
                    if attempt == 2:
                        raise DocumentError("文书生成进程意外退出。", "The rendering process exited.") from None
                    continue
                try:
                    answer = worker.wait(time.monotonic() + self.timeout)
                except queue.Empty:
                    worker.stop()
                    self._worker = None
                    if request["op"] == "pdf":
                        raise RenderLimitExceeded(f"{what}超时（超过{self.timeout:g}秒），已停止。",
                                                  f"Converting to PDF took longer than {self.timeout:g} s and was "
                                                  "stopped.", limit="timeout") from None
                    raise RenderLimitExceeded(
                        f"生成文书超时（超过{self.timeout:g}秒），已停止：模板可能含有无限循环。",
                        f"Rendering took longer than {self.timeout:g} s and was stopped (an endless loop?).",
                        limit="timeout") from None
                break
        if answer is None:
            worker.stop()
            self._worker = None
            raise RenderLimitExceeded(f"{what}时进程意外退出（可能内存不足），已停止。",
                                      "The rendering process died (out of memory?).", limit="output")
        if answer[0] == "too-large":
            worker.stop()
            self._worker = None
            raise RenderLimitExceeded("生成的文书过大，已停止（模板可能含有失控的循环）。",
                                      "The document grew too large and rendering was stopped.", limit="output")
        header, data = answer
        if header.get("ok"):
            return data
        error = header.get("error") or {}
        kind, zh, en, detail = (error.get("kind"), error.get("zh") or "无法生成文书。", error.get("en") or "",
                                error.get("detail") or None)
        if kind == "security":
            raise TemplateSecurityError(zh.removeprefix("模板含有不允许的内容："),
                                        en.removeprefix("The template contains something not allowed: "),
                                        detail=detail)
        if kind == "limit":
            raise RenderLimitExceeded(zh, en, limit="output", detail=detail)
        if request["op"] == "pdf":
            raise DocumentError(zh, en, detail=detail)
        raise TemplateInvalid(zh, en, detail=detail)


__all__ = ["DocxRenderer", "worker_command", "DEFAULT_TIMEOUT_S", "HEADER"]
