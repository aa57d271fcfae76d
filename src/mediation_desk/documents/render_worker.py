"""The process user templates render in: ``python -m mediation_desk.documents.render_worker``.

It reads requests from stdin and writes answers to stdout, one frame each::

    frame = 8-byte header (big-endian uint32 JSON length, uint32 body length) | JSON | body

A request is ``{"op": "render", "context": {...}, "output_chars": N, "output_bytes": M}`` with
the DOCX template as body; the answer is ``{"ok": true}`` with the rendered DOCX as body, or
``{"ok": false, "error": {"kind": ..., "zh": ..., "en": ..., "detail": ...}}`` where ``kind`` is
``security``, ``invalid`` or ``limit``. ``{"op": "pdf", "output_bytes": M}`` with a rendered DOCX as body answers with its PDF rendition
(``documents.docx_pdf``) as body. ``{"op": "ping"}`` answers ``{"ok": true}``. Nothing but
frames is written to the real stdout (stray prints go to stderr) and no traceback ever crosses.

Rendering uses docxtpl with ``documents.sandbox.DocumentEnvironment`` (an
``ImmutableSandboxedEnvironment(autoescape=True)``) for the body, headers, footers, footnotes
and core properties. The parent process (``render_docx.DocxRenderer``) enforces the timeout by
killing this process; on POSIX the process also limits its own address space.
"""

from __future__ import annotations

import io
import json
import os
import re
import struct
import sys
from typing import Any, BinaryIO

HEADER = struct.Struct(">II")
MAX_REQUEST_JSON = 64 * 1024 * 1024
MAX_REQUEST_BODY = 16 * 1024 * 1024
MEMORY_LIMIT = 1024 * 1024 * 1024  # address space and data segment, POSIX (worker_process.MEMORY_LIMIT)


def read_exact(stream: BinaryIO, n: int) -> bytes:
    chunks = []
    while n:
        chunk = stream.read(n)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: BinaryIO, *, max_json: int, max_body: int) -> tuple[dict[str, Any], bytes]:
    json_len, body_len = HEADER.unpack(read_exact(stream, HEADER.size))
    if json_len > max_json or body_len > max_body:
        raise ValueError(f"frame too large ({json_len}, {body_len})")
    header = json.loads(read_exact(stream, json_len).decode("utf-8"))
    body = read_exact(stream, body_len) if body_len else b""
    if not isinstance(header, dict):
        raise ValueError("frame header is not an object")
    return header, body


def write_frame(stream: BinaryIO, header: dict[str, Any], body: bytes = b"") -> None:
    raw = json.dumps(header, ensure_ascii=False).encode("utf-8")
    stream.write(HEADER.pack(len(raw), len(body)) + raw)
    if body:
        stream.write(body)
    stream.flush()


def _error(kind: str, zh: str, en: str, detail: str = "") -> dict[str, Any]:
    return {"ok": False, "error": {"kind": kind, "zh": zh, "en": en, "detail": detail[:2000]}}


_UNSAFE_ATTR = re.compile(r"access to attribute '([^']+)' of '([^']+)' object is unsafe")
_UNDEFINED = re.compile(r"'([^']+)' is undefined")
_NO_ATTR = re.compile(r"has no attribute '([^']+)'")


def _security_text(message: str) -> tuple[str, str]:
    m = _UNSAFE_ATTR.search(message)
    if m:
        return f"访问对象的内部属性“{m.group(1)}”", f"access to the internal attribute {m.group(1)!r}"
    if "template loading is not allowed" in message:
        return ("引用其他模板或文件（import/include/extends）",
                "loading other templates or files (import/include/extends)")
    if "% formatting" in message:
        return "字符串的%格式化", "string % formatting"
    if "unsafe" in message and "call" in message:
        return "调用不安全的函数", "calling an unsafe function"
    if "immutable" in message or "modif" in message:
        return "修改数据", "modifying data"
    return "不安全的操作", message


def render(template: bytes, context: dict[str, Any], *, output_chars: int, output_bytes: int) -> dict[str, Any] | bytes:
    """The rendered DOCX, or an error answer (never raises for a template's fault)."""
    from docxtpl import DocxTemplate
    from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError

    from mediation_desk.documents.sandbox import OutputTooLarge, make_environment

    env = make_environment(output_chars)
    limit_zh = "生成的文书过大，已停止（模板可能含有失控的循环）。"
    limit_en = "The document grew too large and rendering was stopped (a runaway loop in the template?)."
    try:
        doc = DocxTemplate(io.BytesIO(template))
        doc.render(context, jinja_env=env)
        out = io.BytesIO()
        doc.save(out)
        data = out.getvalue()
    except SecurityError as exc:
        zh, en = _security_text(str(exc))
        return _error("security", f"模板含有不允许的内容：{zh}", f"The template contains something not allowed: {en}",
                      str(exc))
    except (OutputTooLarge, MemoryError) as exc:
        return _error("limit", limit_zh, limit_en, type(exc).__name__)
    except OverflowError as exc:
        return _error("limit", "模板中的循环次数超过上限，已停止。", "A loop in the template is too long.", str(exc))
    except UndefinedError as exc:
        message = str(exc)
        m = _UNDEFINED.search(message) or _NO_ATTR.search(message)
        name = m.group(1) if m else message
        return _error("invalid", f"模板使用了未声明的字段“{name}”，请在模板登记表中声明或改正模板。",
                      f"The template uses an undeclared field {name!r}.", message)
    except TemplateSyntaxError as exc:
        return _error("invalid", f"模板的标记有误（{exc.message}）。",
                      f"The template's tags are invalid ({exc.message}).", str(exc))
    except RecursionError:
        return _error("limit", "模板递归过深，已停止。", "The template recursed too deeply.")
    except Exception as exc:  # noqa: BLE001 - a broken template, reported in words
        return _error("invalid", "无法按此模板生成文书：模板格式有误。", "The template could not be rendered.",
                      f"{type(exc).__name__}: {exc}")
    if len(data) > output_bytes:
        return _error("limit", limit_zh, limit_en, f"{len(data)} bytes")
    return data


def to_pdf(data: bytes, *, output_bytes: int) -> dict[str, Any] | bytes:
    """The PDF rendition of a DOCX, or an error answer (never raises for the document's fault)."""
    from mediation_desk.documents.docx_pdf import docx_to_pdf
    from mediation_desk.domain.documents import DocumentError, RenderLimitExceeded

    try:
        pdf = docx_to_pdf(data)
    except RenderLimitExceeded as exc:
        return _error("limit", exc.text("zh"), exc.text("en"), exc.detail or "")
    except DocumentError as exc:
        return _error("invalid", exc.text("zh"), exc.text("en"), exc.detail or "")
    except (MemoryError, RecursionError) as exc:
        return _error("limit", "文书过大或过于复杂，不能转换为PDF。", "The document is too large or complex to convert.",
                      type(exc).__name__)
    except Exception as exc:  # noqa: BLE001 - reported in words
        return _error("invalid", "无法将该文书转换为PDF。", "The document could not be converted to PDF.",
                      f"{type(exc).__name__}: {exc}")
    if len(pdf) > output_bytes:
        return _error("limit", "生成的PDF过大。", "The PDF is too large.", f"{len(pdf)} bytes")
    return pdf


def _limit_memory(limit: int = MEMORY_LIMIT) -> None:
    """Cap this process's address space and data segment (POSIX; on Windows the parent puts the
    worker in a job object with a memory limit instead)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    for name in ("RLIMIT_AS", "RLIMIT_DATA"):
        which = getattr(resource, name, None)
        if which is None:
            continue
        try:
            _soft, hard = resource.getrlimit(which)
            value = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
            resource.setrlimit(which, (value, hard))
        except (ValueError, OSError):
            pass


def serve(inp: BinaryIO, out: BinaryIO) -> None:
    while True:
        try:
            header, body = read_frame(inp, max_json=MAX_REQUEST_JSON, max_body=MAX_REQUEST_BODY)
        except EOFError:
            return
        op = header.get("op")
        if op == "ping":
            write_frame(out, {"ok": True, "pid": os.getpid()})
        elif op == "render":
            result = render(body, header.get("context") or {}, output_chars=int(header["output_chars"]),
                            output_bytes=int(header["output_bytes"]))
            if isinstance(result, bytes):
                write_frame(out, {"ok": True}, result)
            else:
                write_frame(out, result)
        elif op == "pdf":
            result = to_pdf(body, output_bytes=int(header["output_bytes"]))
            if isinstance(result, bytes):
                write_frame(out, {"ok": True}, result)
            else:
                write_frame(out, result)
        elif op == "exit":
            return
        else:
            write_frame(out, _error("invalid", "未知的请求。", f"Unknown request {op!r}."))


def main() -> None:
    # The protocol owns the real stdout; anything else printed goes to stderr.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    inp = os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    _limit_memory()
    import docxtpl  # noqa: F401 - warm: the first render should not pay for the imports

    from mediation_desk.documents import sandbox  # noqa: F401
    write_frame(out, {"ok": True, "ready": True, "pid": os.getpid()})
    try:
        serve(inp, out)
    except (BrokenPipeError, ValueError, json.JSONDecodeError, struct.error):
        return


if __name__ == "__main__":
    main()
