"""Templates each organisation owns: an administrator exports a template (the organisation's
active version, or the built-in), edits it in Word or WPS and imports it back. The import is
checked (``TemplateEngine.review_template``: the fields against the registry entry, no external
links, fields, macros or embedded objects, the sandbox's rules) and shows what changed against
the version in use before it is saved as a new version; older versions are kept, any can be
restored (as a new version with its content), and the organisation can go back to the built-in.

The versions live in the book (table ``org_templates``), inside its encryption: they travel in
its backups and are untouched by an upgrade of the program. An upgrade that brings a changed
built-in template is *offered* (:attr:`TemplateStatus.newer_builtin`, :func:`builtin_difference`,
:func:`adopt_builtin`), never applied over the organisation's own.

Rendering uses the active version: whoever opens the book gives the document engine
:func:`template_source`. Every call here is one transaction and one audit row.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mediation_desk.domain.errors import BookError, ConflictError, NotFound, ValidationError
from mediation_desk.domain.templates import (MAX_NOTE_CHARS, MAX_ORG_TEMPLATE_BYTES, MAX_VERSIONS_PER_CODE,
                                             OrgTemplateVersion, TemplateDiff, TemplateReview, TemplateStatus,
                                             diff_reviews)
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.clock import now
from mediation_desk.services.ports import UnitOfWork
from mediation_desk.services.template_ports import TemplateEngine

__all__ = ["ImportPreview", "adopt_builtin", "builtin_difference", "export_template", "import_template",
           "list_templates", "list_versions", "preview_import", "read_template_file", "restore_version",
           "revert_to_builtin", "template_source"]


@dataclass(frozen=True)
class ImportPreview:
    """What an import would save: the check, and the difference from the version in use."""

    code: str
    title: str
    review: TemplateReview
    diff: TemplateDiff
    current: str  # what it is compared with: 内置 / 本机构 vN
    data: bytes
    current_version: int | None = None  # the organisation's version in use (None: the built-in)

    @property
    def ok(self) -> bool:
        return self.review.ok


def template_source(uow: UnitOfWork) -> Callable[[str], bytes | None]:
    """``code`` → the organisation's active version of the template (None: use the built-in)."""

    def source(code: str) -> bytes | None:
        with uow.read() as tx:
            return tx.org_templates.active_content(code)

    return source


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _docx_spec_title(engine: TemplateEngine, code: str) -> str:
    spec = engine.spec(code)
    if spec.format != "docx":
        raise ValidationError({"code": f"《{spec.title}》由程序绘制，没有可编辑的Word模板"},
                              en=f"{code} is drawn by the program and has no Word template.")
    return spec.title


def _note(note: str) -> str:
    note = (note or "").strip()
    if len(note) > MAX_NOTE_CHARS:
        raise ValidationError({"note": f"说明不能超过{MAX_NOTE_CHARS}字"})
    return note


def read_template_file(path: Path | str) -> bytes:
    """A template file's bytes, refused before reading when it is too large."""
    p = Path(path).expanduser()
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_ORG_TEMPLATE_BYTES + 1)
    except OSError as exc:
        raise ValidationError({"file": f"无法读取文件 {p.name}（{exc.strerror or exc}）"},
                              en=f"Cannot read {p}: {exc}") from None
    if len(data) > MAX_ORG_TEMPLATE_BYTES:
        raise ValidationError({"file": f"模板文件过大（超过{MAX_ORG_TEMPLATE_BYTES // (1024 * 1024)} MB）"},
                              en="The template file is too large.")
    return data


def list_templates(uow: UnitOfWork, engine: TemplateEngine, actor: Principal) -> list[TemplateStatus]:
    """Every Word template: its title, the organisation's active version (if any), how many versions
    are stored, and whether the built-in has changed since that version was derived from it."""
    actor.require(Permission.MANAGE_ORGANISATION)
    with uow.read() as tx:
        active = {v.code: v for v in tx.org_templates.active_versions()}
        counts = tx.org_templates.version_counts()
    return [TemplateStatus(code=s.code, title=s.title, builtin_sha256=_sha(engine.builtin_template(s.code)),
                           active=active.get(s.code), versions=counts.get(s.code, 0))
            for s in engine.specs() if s.format == "docx"]


def list_versions(uow: UnitOfWork, actor: Principal, *, code: str) -> list[OrgTemplateVersion]:
    """The organisation's stored versions of ``code``, newest first."""
    actor.require(Permission.MANAGE_ORGANISATION)
    with uow.read() as tx:
        return tx.org_templates.versions(code)


def _current(uow: UnitOfWork, engine: TemplateEngine, code: str) -> tuple[bytes, OrgTemplateVersion | None]:
    with uow.read() as tx:
        versions = tx.org_templates.versions(code)
        active = next((v for v in versions if v.active), None)
        data = tx.org_templates.content(active.id) if active is not None else None
    return (data if data is not None else engine.builtin_template(code)), active


def export_template(uow: UnitOfWork, engine: TemplateEngine, actor: Principal, *, code: str,
                    target_path: Path | str, overwrite: bool = False, builtin: bool = False) -> Path:
    """Write the template in use for ``code`` (the organisation's active version, or the built-in;
    ``builtin=True``: always the built-in) to ``target_path`` for editing in Word or WPS. Safe save
    (temporary file, fsync, rename) together with its audit row."""
    actor.require(Permission.MANAGE_ORGANISATION)
    title = _docx_spec_title(engine, code)
    if builtin:
        data, active = engine.builtin_template(code), None
    else:
        data, active = _current(uow, engine, code)
    target = Path(target_path).expanduser().absolute()
    if target.is_dir():
        raise ValidationError({"target_path": "请填写文件名，而不是文件夹"})
    if target.suffix.lower() != ".docx":
        raise ValidationError({"target_path": "模板应保存为 .docx 文件"})
    if target.exists() and not overwrite:
        raise ConflictError(f"目标文件已存在：{target.name}", f"The target file exists: {target}")
    temp = target.with_name(f".{target.name}.part-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(temp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with uow.write() as tx:
            tx.audit.append(actor=actor.username, action="template.export", entity="template", entity_id=code,
                            changes={"title": title, "version": active.version if active else "builtin",
                                     "sha256": _sha(data), "target": str(target)})
            os.replace(temp, target)
    except OSError as exc:
        _unlink(temp)
        raise BookError(f"无法写入导出文件：{target}（{exc.strerror or exc}），未导出。",
                        f"Cannot write {target}: {exc}; nothing was exported.", detail=str(exc)) from None
    except BaseException:
        _unlink(temp)
        raise
    return target


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def preview_import(uow: UnitOfWork, engine: TemplateEngine, actor: Principal, *, code: str,
                   data: bytes) -> ImportPreview:
    """Check ``data`` as the template of ``code`` and compare it with the version in use. Saves
    nothing; raises ``TemplateInvalid`` for a file that is not a Word document at all."""
    actor.require(Permission.MANAGE_ORGANISATION)
    title = _docx_spec_title(engine, code)
    if len(data) > MAX_ORG_TEMPLATE_BYTES:
        raise ValidationError({"file": f"模板文件过大（超过{MAX_ORG_TEMPLATE_BYTES // (1024 * 1024)} MB）"})
    review = engine.review_template(code, data)
    current_data, active = _current(uow, engine, code)
    try:
        current = engine.review_template(code, current_data)
    except Exception:  # noqa: BLE001 - a stored version the checks of today refuse to open: compare with nothing
        current = None
    return ImportPreview(code=code, title=title, review=review, diff=diff_reviews(current, review),
                         current="内置" if active is None else f"本机构 v{active.version}", data=data,
                         current_version=active.version if active is not None else None)


def _refuse(review: TemplateReview) -> None:
    if not review.ok:
        raise ValidationError({"file": "；".join(review.problems())},
                              zh=f"《{review.title}》的模板不能使用：" + "；".join(review.problems()),
                              en="The template cannot be used: " + "; ".join(
                                  [*review.forbidden_en, *(["fields not declared: " + ", ".join(review.undeclared)]
                                                           if review.undeclared else [])]))


def _add(uow: UnitOfWork, actor: Principal, *, code: str, title: str, data: bytes, based_on: str, note: str,
         action: str, extra: dict[str, object]) -> OrgTemplateVersion:
    with uow.write() as tx:
        versions = tx.org_templates.versions(code)
        active = next((v for v in versions if v.active), None)
        if active is not None and active.sha256 == _sha(data):
            raise ConflictError(f"《{title}》正在使用的本机构 v{active.version} 与该文件内容相同，未保存新版本。",
                                f"The version in use (v{active.version}) has the same content; nothing saved.")
        if len(versions) >= MAX_VERSIONS_PER_CODE:
            raise ConflictError(f"《{title}》已保存{len(versions)}个版本，已达上限。",
                                f"{code} already has {len(versions)} versions.")
        view = tx.org_templates.add(code=code, content=data, sha256=_sha(data), based_on_builtin_sha256=based_on,
                                    imported_at=now(), imported_by=actor.username, note=note)
        tx.audit.append(actor=actor.username, action=action, entity="template", entity_id=code,
                        changes={"title": title, "version": view.version, "sha256": view.sha256,
                                 "size": view.size, "based_on_builtin_sha256": based_on, "note": note,
                                 "previous": active.version if active else "builtin", **extra})
    return view


def import_template(uow: UnitOfWork, engine: TemplateEngine, actor: Principal, *, code: str, data: bytes,
                    note: str = "", source_name: str = "") -> OrgTemplateVersion:
    """Save ``data`` as the organisation's next version of ``code`` and use it from now on. The
    file is checked again here (whatever a preview said); a refused file saves nothing."""
    actor.require(Permission.MANAGE_ORGANISATION)
    title = _docx_spec_title(engine, code)
    note = _note(note)
    if len(data) > MAX_ORG_TEMPLATE_BYTES:
        raise ValidationError({"file": f"模板文件过大（超过{MAX_ORG_TEMPLATE_BYTES // (1024 * 1024)} MB）"})
    review = engine.review_template(code, data)
    _refuse(review)
    return _add(uow, actor, code=code, title=title, data=data, based_on=_sha(engine.builtin_template(code)),
                note=note, action="template.import",
                extra={"file": source_name[:255], "unused_fields": list(review.unused)})


def restore_version(uow: UnitOfWork, engine: TemplateEngine, actor: Principal, *, code: str, version_id: int,
                    note: str = "") -> OrgTemplateVersion:
    """Use an older version again: a new version with its content (checked again with today's
    checks), derived from the same built-in as the old one."""
    actor.require(Permission.MANAGE_ORGANISATION)
    title = _docx_spec_title(engine, code)
    with uow.read() as tx:
        old = tx.org_templates.get(version_id)
        data = tx.org_templates.content(version_id) if old is not None else None
    if old is None or data is None or old.code != code:
        raise NotFound("找不到该模板版本。", "Template version not found.")
    if _sha(data) != old.sha256:
        raise BookError(f"《{title}》v{old.version} 的内容与登记的哈希值不符，请从备份恢复。",
                        f"Version {old.version} of {code} does not match its hash; restore a backup.")
    _refuse(engine.review_template(code, data))
    return _add(uow, actor, code=code, title=title, data=data, based_on=old.based_on_builtin_sha256,
                note=_note(note) or f"恢复 v{old.version}", action="template.restore",
                extra={"restored_version": old.version})


def revert_to_builtin(uow: UnitOfWork, engine: TemplateEngine, actor: Principal, *, code: str) -> None:
    """Use the built-in template again (the organisation's versions are kept)."""
    actor.require(Permission.MANAGE_ORGANISATION)
    title = _docx_spec_title(engine, code)
    with uow.write() as tx:
        active = next((v for v in tx.org_templates.versions(code) if v.active), None)
        if active is None:
            raise ConflictError(f"《{title}》已在使用内置模板。", f"{code} already uses the built-in template.")
        tx.org_templates.deactivate(code)
        tx.audit.append(actor=actor.username, action="template.revert", entity="template", entity_id=code,
                        changes={"title": title, "previous": active.version,
                                 "builtin_sha256": _sha(engine.builtin_template(code))})


def builtin_difference(uow: UnitOfWork, engine: TemplateEngine, actor: Principal, *, code: str) -> TemplateDiff:
    """What the built-in template of this program has that the organisation's version in use has not
    (and the reverse): the difference from the organisation's version to the built-in."""
    actor.require(Permission.MANAGE_ORGANISATION)
    _docx_spec_title(engine, code)
    current_data, active = _current(uow, engine, code)
    builtin = engine.review_template(code, engine.builtin_template(code))
    if active is None:
        return diff_reviews(builtin, builtin)
    return diff_reviews(engine.review_template(code, current_data), builtin)


def adopt_builtin(uow: UnitOfWork, engine: TemplateEngine, actor: Principal, *, code: str,
                  note: str = "") -> OrgTemplateVersion:
    """Take the program's (newer) built-in template as the organisation's next version: done only
    when an administrator asks for it, never by an upgrade."""
    actor.require(Permission.MANAGE_ORGANISATION)
    title = _docx_spec_title(engine, code)
    data = engine.builtin_template(code)
    return _add(uow, actor, code=code, title=title, data=data, based_on=_sha(data),
                note=_note(note) or "采用新的内置模板", action="template.adopt", extra={})
