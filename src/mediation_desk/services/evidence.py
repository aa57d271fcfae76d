"""Evidence of a case: adding files to the encrypted vault, listing and editing their register
entries, previewing in memory, exporting on purpose, and checking that every file is intact.

The vault is a port (``services.ports.EvidenceVault``): this module never sees a key or a path
inside the book. Each change is one transaction with its audit row; a file is part of the vault
only if its row committed.
"""

from __future__ import annotations

import mimetypes
from dataclasses import replace
from pathlib import Path

from mediation_desk.services import clock
from mediation_desk.domain.errors import AppError, NotFound, OperationCancelled, PermissionDenied
from mediation_desk.domain.evidence import (PREVIEW_LIMIT, EvidenceDamaged, EvidenceEdit, EvidenceInput,
                                            EvidenceItem, IntegrityCheck, PreviewTooLarge, VaultCheckReport,
                                            clean_filename, edit_changes, validate_edit, validate_evidence)
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.access import referral_scoped, require_case
from mediation_desk.services.clock import now
from mediation_desk.services.ports import EvidenceFile, EvidenceVault, Progress, UnitOfWork

PAGE = 200


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def _item_and_file(uow: UnitOfWork, actor: Principal, item_id: int) -> tuple[EvidenceItem, EvidenceFile]:
    with uow.read() as tx:
        item = tx.evidence.get(item_id)
        file = tx.evidence.file_of(item_id) if item else None
        if item is not None:
            require_case(tx, actor, item.case_id)
    if item is None or file is None:
        raise NotFound("找不到该证据。", "Evidence item not found.")
    return item, file


def _named(item: EvidenceItem, exc: EvidenceDamaged) -> EvidenceDamaged:
    check = IntegrityCheck.of(item.id, exc.status)
    return EvidenceDamaged(f"{item.describe()}：{check.zh}。请从备份恢复。",
                           f"Case {item.case_number}, evidence {item.number} \"{item.title}\": {check.en}. "
                           "Restore it from a backup.", status=exc.status, detail=exc.detail)


def _record(uow: UnitOfWork, actor: Principal, results: list[tuple[EvidenceItem, IntegrityCheck]]) -> None:
    """Store each item's latest check; a change of status is audited."""
    if not results:
        return
    stamp = now()
    with uow.write() as tx:
        for item, check in results:
            tx.evidence.set_integrity(item.id, check.status, checked_at=stamp)
            if check.status is not item.integrity:
                tx.audit.append(actor=actor.username, action="evidence.integrity", entity="evidence",
                                entity_id=item.id,
                                changes={"case": item.case_number, "evidence": item.number,
                                         "status": [item.integrity.value, check.status.value],
                                         "detail": check.detail})


def _record_damage(uow: UnitOfWork, actor: Principal, item: EvidenceItem, exc: EvidenceDamaged) -> EvidenceDamaged:
    """Note the damage found while reading (best effort: the damage is what the user must see)."""
    try:
        _record(uow, actor, [(item, IntegrityCheck.of(item.id, exc.status, exc.detail or ""))])
    except AppError:
        pass
    return _named(item, exc)


# --------------------------------------------------------------------------- adding and editing


def add_evidence(uow: UnitOfWork, vault: EvidenceVault, actor: Principal, *, evidence: EvidenceInput,
                 source_path: Path | str, progress: Progress | None = None) -> EvidenceItem:
    """Encrypt ``source_path`` into the vault and register it under the next number of its case.

    The file is encrypted to a temp name first (``progress(done_bytes, total_bytes)``; False
    cancels with :class:`OperationCancelled`), then one transaction adds the row and its audit
    row and moves the file into place as its last step. On any failure or cancel no file and no
    row remain.
    """
    actor.require(Permission.MANAGE_EVIDENCE)
    source_path = Path(source_path)
    if not evidence.original_filename:
        evidence = replace(evidence, original_filename=source_path.name)
    if not evidence.media_type:
        guessed = mimetypes.guess_type(clean_filename(evidence.original_filename) or "x")[0]
        evidence = replace(evidence, media_type=guessed or "application/octet-stream")
    evidence = validate_evidence(evidence, today=clock.today())
    with uow.read() as tx:
        if tx.cases.get(evidence.case_id) is None:
            raise NotFound("找不到该案件。", "Case not found.")
        require_case(tx, actor, evidence.case_id, Permission.MANAGE_EVIDENCE)
    staged = vault.stage(case_id=evidence.case_id, source=source_path, progress=progress)
    try:
        with uow.write() as tx:
            case = tx.cases.get(evidence.case_id)
            if case is None:
                raise NotFound("找不到该案件。", "Case not found.")
            number = tx.evidence.next_number(evidence.case_id)
            stamp = now()
            item_id = tx.evidence.add(evidence, number=number, file=staged.file, added_by=actor.username, now=stamp)
            tx.audit.append(actor=actor.username, action="evidence.add", entity="evidence", entity_id=item_id,
                            changes={"case": case.summary.number, "evidence": number, "type": evidence.type.value,
                                     "title": evidence.title, "purpose": evidence.purpose,
                                     "provided_by": evidence.provided_by, "source": evidence.source,
                                     "collected_on": evidence.collected_on.isoformat() if evidence.collected_on
                                     else None,
                                     "original_seen": evidence.original_seen,
                                     "cross_exam_opinion": evidence.cross_exam_opinion,
                                     "filename": evidence.original_filename, "media_type": evidence.media_type,
                                     "size": staged.file.size, "sha256": staged.file.sha256})
            item = tx.evidence.get(item_id)
            staged.place()  # last: the commit follows; if it fails the file is removed below
    except BaseException:
        staged.discard()
        raise
    assert item is not None
    return item


def update_evidence(uow: UnitOfWork, actor: Principal, *, item_id: int, edit: EvidenceEdit) -> EvidenceItem:
    """Change the register entry (e.g. the 质证意见); audited with each field's before and after."""
    actor.require(Permission.MANAGE_EVIDENCE)
    edit = validate_edit(edit, today=clock.today())
    with uow.write() as tx:
        before = tx.evidence.get(item_id)
        if before is None:
            raise NotFound("找不到该证据。", "Evidence item not found.")
        require_case(tx, actor, before.case_id, Permission.MANAGE_EVIDENCE)
        changes = edit_changes(before, edit)
        if not changes:
            return before
        tx.evidence.update(item_id, edit, now=now())
        tx.audit.append(actor=actor.username, action="evidence.update", entity="evidence", entity_id=item_id,
                        changes={"case": before.case_number, "evidence": before.number, **changes})
        after = tx.evidence.get(item_id)
    assert after is not None
    return after


# --------------------------------------------------------------------------- reading


def list_evidence(uow: UnitOfWork, actor: Principal, *, case_id: int) -> list[EvidenceItem]:
    """The case's items in number order."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        require_case(tx, actor, case_id)
        return tx.evidence.list_for_case(case_id)


def get_evidence(uow: UnitOfWork, actor: Principal, *, item_id: int) -> EvidenceItem:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        item = tx.evidence.get(item_id)
        if item is not None:
            require_case(tx, actor, item.case_id)
    if item is None:
        raise NotFound("找不到该证据。", "Evidence item not found.")
    return item


def read_for_preview(uow: UnitOfWork, vault: EvidenceVault, actor: Principal, *, item_id: int,
                     limit: int = PREVIEW_LIMIT) -> bytes:
    """The whole file in memory (never on disk) for showing an image, PDF or text in the program.

    Files larger than ``limit`` raise :class:`PreviewTooLarge` (export them instead); a damaged
    file raises :class:`EvidenceDamaged` naming the case and item, and its status is recorded.
    """
    actor.require(Permission.VIEW_CASES)
    item, file = _item_and_file(uow, actor, item_id)
    if file.size > limit:
        raise PreviewTooLarge(f"{item.describe()}的文件有{_mb(file.size)}，超过预览上限{_mb(limit)}，请导出后查看。",
                              f"The file is {_mb(file.size)}, more than the preview limit of {_mb(limit)}; export it.")
    buf = bytearray()
    stream = vault.open_plaintext_stream(file)
    try:
        for chunk in stream:
            buf += chunk
    except EvidenceDamaged as exc:
        raise _record_damage(uow, actor, item, exc) from None
    finally:
        stream.close()
    return bytes(buf)


def export_evidence(uow: UnitOfWork, vault: EvidenceVault, actor: Principal, *, item_id: int,
                    target_path: Path | str, progress: Progress | None = None, overwrite: bool = False) -> Path:
    """Write the decrypted file to ``target_path`` on the user's explicit request; audited (who, what, where).

    The copy is checked against the registered SHA-256 before it is moved into place, and the
    audit row and the move happen together: no audit row, no exported file.
    """
    actor.require(Permission.EXPORT_EVIDENCE)
    item, file = _item_and_file(uow, actor, item_id)
    try:
        staged = vault.export_to(file, Path(target_path), progress=progress, overwrite=overwrite)
    except EvidenceDamaged as exc:
        raise _record_damage(uow, actor, item, exc) from None
    try:
        with uow.write() as tx:
            tx.audit.append(actor=actor.username, action="evidence.export", entity="evidence", entity_id=item.id,
                            changes={"case": item.case_number, "evidence": item.number, "title": item.title,
                                     "target": str(staged.target), "size": staged.size, "sha256": staged.sha256})
            staged.place()
    except BaseException:
        staged.discard()
        raise
    return staged.target


# --------------------------------------------------------------------------- checking


def check_evidence(uow: UnitOfWork, vault: EvidenceVault, actor: Principal, *, item_id: int,
                   progress: Progress | None = None) -> IntegrityCheck:
    """Decrypt and re-hash one item's file; the result is stored on the item (a change is audited)."""
    actor.require(Permission.VIEW_CASES)
    item, file = _item_and_file(uow, actor, item_id)
    result = vault.check_item(file, progress=progress)
    _record(uow, actor, [(item, result)])
    return result


def check_vault(uow: UnitOfWork, vault: EvidenceVault, actor: Principal, *, case_id: int | None = None,
                progress: Progress | None = None) -> VaultCheckReport:
    """Check every item (of one case, or of the whole book); ``progress(done_bytes, total_bytes)``.

    Results are stored as they are known; on cancel those checked so far are kept and
    :class:`OperationCancelled` is raised.
    """
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        if case_id is not None:
            require_case(tx, actor, case_id)
        elif referral_scoped(actor):
            raise PermissionDenied("只能检查转介给本人的案件的证据。", "You may check only the evidence of cases referred to you.")
        _count, total = tx.evidence.totals(case_id)
    done = 0
    checked = 0
    problems: list[tuple[EvidenceItem, IntegrityCheck]] = []
    after = 0
    while True:
        with uow.read() as tx:
            page = tx.evidence.page(after_id=after, limit=PAGE, case_id=case_id)
        if not page:
            break
        results: list[tuple[EvidenceItem, IntegrityCheck]] = []
        try:
            for item, file in page:
                base = done
                sub = None if progress is None else (lambda d, _t, base=base: progress(base + d, max(total, 1)))
                result = vault.check_item(file, progress=sub)
                results.append((item, result))
                checked += 1
                done = base + file.size
                after = item.id
                if not result.ok:
                    problems.append((item, result))
        except OperationCancelled:
            _record(uow, actor, results)
            raise
        _record(uow, actor, results)
    if progress is not None:
        progress(done, max(total, done))
    return VaultCheckReport(checked=checked, problems=tuple(problems), bytes_checked=done)
