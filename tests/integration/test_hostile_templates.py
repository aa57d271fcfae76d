"""Hostile DOCX templates: what a template assembles is checked in the rendered document; values
that grow are stopped before the memory is taken; the worker starts with nothing of ours."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from mediation_desk.documents import worker_process
from mediation_desk.documents.render_docx import DocxRenderer
from mediation_desk.documents.template_check import check_docx_template, check_rendered_docx
from mediation_desk.domain.documents import RenderLimitExceeded, TemplateSecurityError
from tests.integration.test_documents import _body_xml, _template

posix_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and resource limits")

_FIELD = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{a}</w:instrText>'
          '</w:r>{b}<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>图</w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:body>')


def with_field(instr: str, more_runs: str = "") -> bytes:
    return _body_xml(_template(body="{{ name }}"),
                     lambda b: b.replace(b"</w:body>", _FIELD.format(a=instr, b=more_runs).encode()))


@pytest.fixture(scope="module")
def renderer():
    r = DocxRenderer(timeout=20)
    yield r
    r.close()


def peak_mb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM"):
            return int(line.split()[1]) // 1024
    raise AssertionError("no VmHWM")


# --------------------------------------------------------------------------- the rendered document


def test_a_field_code_assembled_by_the_template_is_found_in_the_rendered_document(renderer) -> None:
    data = with_field(" {{ 'INCLUDE' ~ 'PICTURE' }} \"http://evil.example/p.png\" \\d ")
    check_docx_template(data)  # nothing to see in the template itself
    with pytest.raises(TemplateSecurityError) as err:
        renderer.render(data, {"name": "杨娟"})
    assert err.value.zh == "模板含有不允许的内容：引用外部内容的域代码（INCLUDEPICTURE）（出现在生成的文书中）"
    assert err.value.en.endswith("(in the rendered document)")


def test_raw_xml_through_safe_is_checked_in_the_rendered_document(renderer) -> None:
    data = _template(body="{{ '</w:t></w:r><w:fldSimple w:instr=\"INCLUDETEXT c:/secret.txt\"/><w:r><w:t>'|safe }}")
    with pytest.raises(TemplateSecurityError) as err:
        renderer.render(data, {})
    assert "INCLUDETEXT" in err.value.zh and "出现在生成的文书中" in err.value.zh


def test_a_field_code_split_across_runs_is_read_as_word_reads_it(renderer) -> None:
    data = with_field(" INCLUDE", '<w:r><w:instrText xml:space="preserve">PICTURE "http://evil.example/p.png" '
                                  "</w:instrText></w:r>")
    started = renderer.workers_started
    with pytest.raises(TemplateSecurityError) as err:
        renderer.render(data, {"name": "杨娟"})
    assert err.value.zh == "模板含有不允许的内容：引用外部内容的域代码（INCLUDEPICTURE）"
    assert renderer.workers_started == started  # refused before rendering


def test_ordinary_fields_still_render(renderer) -> None:
    out = renderer.render(with_field(" PAGE ", '<w:r><w:instrText xml:space="preserve"> \\* MERGEFORMAT</w:instrText>'
                                               "</w:r>"), {"name": "杨娟"})
    check_rendered_docx(out)


# --------------------------------------------------------------------------- values that grow

GROWING = {
    "printf_width": "{{ '%0999999999d'|format(1) }}",
    "printf_star_width": "{{ '%*d'|format(999999999, 1) }}",
    "printf_many_widths": "{{ ('%0900000d' * 300)|format(*range(300)) }}",
    "ljust": "{{ 'x'.ljust(10**9) }}",
    "zfill": "{{ '1'.zfill(10**9) }}",
    "str_format_width": "{{ '{:>999999999}'.format(1) }}",
    "str_format_nested_width": "{{ '{:>{w}}'.format(1, w=999999999) }}",
    "str_format_many_fields": "{{ ('{:>900000}' * 300).format(*range(300)) }}",
    "doubling_concat": ("{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
                        "{% endfor %}{{ ns.s|length }}"),
    "doubling_plus": ("{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}"
                      "{% endfor %}{{ ns.s|length }}"),
    "doubling_list": ("{% set ns = namespace(s=['x']) %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}"
                      "{% endfor %}{{ ns.s|length }}"),
    "replace_empty": "{{ ('x' * 40000).replace('', 'y' * 40000)|length }}",
    "replace_filter": "{{ ('x' * 40000)|replace('', 'y' * 40000)|length }}",
    "join_long_separator": "{{ ('y' * 900000).join(range(1000)|map('string')|list)|length }}",
    "batch_fill": "{{ [1]|batch(200000000, 'x')|list|length }}",
    "map_center": "{{ range(100000)|map('center', 900000)|list|length }}",
    "indent_many_lines": "{{ ('a\\n' * 400000)|indent(900000)|length }}",
    "string_of_shared_list": "{{ (['x' * 900000] * 2000)|length }}",
    "print_nested_list": "{% set big = 'x' * 900000 %}{{ [big, big, big] }}",
}


@posix_only
@pytest.mark.parametrize("name", list(GROWING))
def test_a_growing_value_is_stopped_before_it_takes_the_memory(renderer, name) -> None:
    renderer.close()  # a fresh worker: its high-water mark is this render's
    renderer.warm()
    pid = renderer._worker.proc.pid  # type: ignore[union-attr]
    start = time.monotonic()
    with pytest.raises(RenderLimitExceeded) as err:
        renderer.render(_template(body="{{ name }}" + GROWING[name]), {"name": "杨娟"})
    assert err.value.limit == "output" and "过大" in err.value.zh
    assert time.monotonic() - start < 5, name
    assert peak_mb(pid) < 150, (name, peak_mb(pid))  # about 40 MB idle; the attacks took 1.5-2 GB
    assert renderer.render(_template(body="{{ name }}"), {"name": "杨娟"})  # the same worker goes on


def test_honest_uses_of_the_same_operations_still_work(renderer) -> None:
    body = ("{{ '%05.2f'|format(3.14159) }}|{{ 'ab'.ljust(5, '.') }}|{{ '{:>6}'.format('x') }}|{{ '{:,}'.format(1234567) }}|"
            "{{ name ~ '：' ~ name }}|{{ [1, 2] + [3] }}|{{ 'a-b'.replace('-', '—') }}|{{ ['甲', '乙']|join('、') }}|"
            "{{ range(3)|map('string')|join(',') }}|{{ 'x' * 3 }}")
    out = renderer.render(_template(body=body), {"name": "杨娟"})
    import io
    import zipfile
    xml = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode()
    assert "03.14|ab...|     x|1,234,567|杨娟：杨娟|[1, 2, 3]|a—b|甲、乙|0,1,2|xxx" in xml


@posix_only
def test_many_values_alive_at_once_meet_the_workers_memory_limit(renderer) -> None:
    body = ("{% set ns = namespace(d={}) %}{% for i in range(1400) %}"
            "{% set ns.d = dict(ns.d, **{'k' ~ i: ('x' * 999000) ~ i}) %}{% endfor %}{{ ns.d|length }}")
    start = time.monotonic()
    with pytest.raises(RenderLimitExceeded):
        renderer.render(_template(body=body), {})
    assert time.monotonic() - start < 20
    assert renderer.render(_template(body="{{ name }}"), {"name": "杨娟"})


# --------------------------------------------------------------------------- the worker's world


@posix_only
def test_the_worker_starts_isolated_with_a_minimal_environment_in_an_empty_folder(tmp_path, monkeypatch) -> None:
    hook = tmp_path / "hook"
    hook.mkdir()
    marker = tmp_path / "MARKER"
    (hook / "sitecustomize.py").write_text(f"open({str(marker)!r}, 'w').write('imported')\n")
    (hook / "usercustomize.py").write_text(f"open({str(marker)!r}, 'w').write('imported')\n")
    for name, value in {"HOME": str(tmp_path), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus",
                        "GNOME_KEYRING_CONTROL": "/run/user/1000/keyring", "SSH_AUTH_SOCK": "/tmp/agent",
                        "XDG_RUNTIME_DIR": "/run/user/1000", "DISPLAY": ":0", "MEDIATION_DESK_PASSPHRASE": "secret",
                        "PYTHONSTARTUP": str(hook / "sitecustomize.py"), "PYTHONINSPECT": "1",
                        "PYTHONPATH": str(hook) + os.pathsep + os.environ.get("PYTHONPATH", "")}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(hook)
    with DocxRenderer(timeout=20) as r:
        r.warm()
        worker = r._worker
        assert worker is not None
        pid = worker.proc.pid
        env = dict(item.split("=", 1) for item in Path(f"/proc/{pid}/environ").read_text().split("\0") if item)
        assert set(env) == {"PATH", "LANG", "LC_ALL", "TMPDIR"}, env
        cwd = Path(os.readlink(f"/proc/{pid}/cwd"))
        assert cwd == worker.workdir and env["TMPDIR"] == str(cwd) and list(cwd.iterdir()) == []
        assert cwd.stat().st_mode & 0o777 == 0o700
        argv = Path(f"/proc/{pid}/cmdline").read_text().split("\0")
        assert argv[1] == "-I" and argv[-2] == str(worker_process.PACKAGE_ROOT)
        limits = Path(f"/proc/{pid}/limits").read_text()
        for label in ("Max address space", "Max data size"):
            line = next(ln for ln in limits.splitlines() if ln.startswith(label))
            assert line.split()[3] == str(worker_process.MEMORY_LIMIT), line
        assert r.render(_template(body="{{ name }}"), {"name": "杨娟"})
    assert not marker.exists()  # neither PYTHONPATH nor PYTHONSTARTUP reached the worker
    assert not cwd.exists()  # its folder is removed with it


def test_the_windows_job_limits_are_laid_out_as_windows_expects() -> None:
    import ctypes

    info = worker_process.job_limits(512 * 1024 * 1024)
    assert ctypes.sizeof(info) == (144 if ctypes.sizeof(ctypes.c_void_p) == 8 else 112)
    assert info.ProcessMemoryLimit == 512 * 1024 * 1024
    assert info.BasicLimitInformation.ActiveProcessLimit == 1
    flags = info.BasicLimitInformation.LimitFlags
    assert flags & worker_process.JOB_OBJECT_LIMIT_PROCESS_MEMORY
    assert flags & worker_process.JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    if sys.platform != "win32":
        class _Proc:
            _handle = 0
        job = worker_process.WindowsJob(_Proc())  # type: ignore[arg-type]
        assert job.applied is False and job.handle is None
        job.close()
