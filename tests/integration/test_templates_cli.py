"""``mediation-desk templates check|export|import``: the check needs no book and exits 1 naming each
problem; export and import go through the book with an administrator's log-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_cli import PASSPHRASE, PASSWORD, run
from tests.support.template_edits import add_field, add_paragraphs, builtin, edit_paragraph

CODE = "mediation_termination"
SECRETS = {"MEDIATION_DESK_PASSPHRASE": PASSPHRASE, "MEDIATION_DESK_PASSWORD": PASSWORD}


def test_check_every_builtin_template_is_clean() -> None:
    r = run("templates", "check")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "共检查30个模板，0个不能使用" in r.stdout
    assert "《调解终止告知书》（mediation_termination）：可以使用" in r.stdout
    # declared fields a template does not print are listed as warnings, not problems
    assert "agreement_items[].content" in r.stdout


def test_check_a_file_lists_undeclared_variables_and_forbidden_content(tmp_path: Path) -> None:
    path = tmp_path / f"{CODE}.docx"
    path.write_bytes(add_field(add_paragraphs(builtin(CODE), "{{ case.secret_note }}"), 'INCLUDETEXT "C:\\\\a.docx"'))
    r = run("templates", "check", str(path))
    assert r.returncode == 1
    assert "不能使用" in r.stdout and "case.secret_note" in r.stdout, r.stdout
    # the package checks stop at the first forbidden part: the field is reported on its own
    field_only = tmp_path / "edited.docx"
    field_only.write_bytes(add_field(builtin(CODE), 'INCLUDETEXT "C:\\\\a.docx"'))
    r = run("templates", "check", str(field_only), "--code", CODE)
    assert r.returncode == 1 and "INCLUDETEXT" in r.stdout
    r = run("templates", "check", str(field_only), env={"MEDIATION_DESK_LANG": "en"})
    assert r.returncode == 1 and "give --code" in r.stderr
    r = run("templates", "check", str(field_only), "--code", CODE, env={"MEDIATION_DESK_LANG": "en"})
    assert r.returncode == 1 and "refused" in r.stdout and "INCLUDETEXT" in r.stdout


def test_check_a_clean_edit_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "我的告知书.docx"
    path.write_bytes(edit_paragraph(builtin(CODE), 10, "特此告知，请妥善保管。"))
    r = run("templates", "check", "--code", CODE, str(path))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "可以使用" in r.stdout


@pytest.fixture(scope="module")
def book_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("templates-cli") / "book"
    r = run("init", "--org-name", "南昌市新建区劳动争议调解中心", "--doc-prefix", "洪新调字", "--admin-user", "chief",
            data_dir=d, env=SECRETS)
    assert r.returncode == 0, r.stderr
    return d


def test_export_edit_import_with_a_book(book_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "exported.docx"
    r = run("templates", "export", "--code", CODE, "--output", str(out), "--user", "chief", data_dir=book_dir,
            env=SECRETS)
    assert r.returncode == 0, r.stdout + r.stderr
    assert out.read_bytes() == builtin(CODE)
    edited = tmp_path / "edited.docx"
    edited.write_bytes(edit_paragraph(out.read_bytes(), 10, "特此告知，请妥善保管。"))
    r = run("templates", "import", "--code", CODE, str(edited), "--user", "chief", "--dry-run", data_dir=book_dir,
            env=SECRETS)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "+ 特此告知，请妥善保管。" in r.stdout and "- 特此告知。" in r.stdout and "未保存" in r.stdout
    bad = tmp_path / "bad.docx"
    bad.write_bytes(add_paragraphs(builtin(CODE), "{{ org.__class__ }}"))
    r = run("templates", "import", "--code", CODE, str(bad), "--user", "chief", data_dir=book_dir, env=SECRETS)
    assert r.returncode == 1 and "内部属性" in r.stdout
    r = run("templates", "import", "--code", CODE, str(edited), "--user", "chief", "--note", "加保管提示",
            data_dir=book_dir, env=SECRETS)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "已保存为本机构 v1" in r.stdout
    again = tmp_path / "again.docx"
    r = run("templates", "export", "--code", CODE, "--output", str(again), "--user", "chief", data_dir=book_dir,
            env=SECRETS)
    assert r.returncode == 0 and again.read_bytes() == edited.read_bytes()
