"""The audit chain: each row's hash covers its content and the previous row's hash.

Changing, inserting or deleting any row breaks the chain at that row; cutting rows off the
end is caught by the chain head kept separately (``book_meta.audit_head``). Someone holding the
book's key can recompute the whole chain: that is caught only against a chain head anchored
outside the book (a backup, a hand-off package, a checkpoint; see :func:`check_anchor`).

Rows written since the data binding (schema 0015) also carry ``states``: the hash of the stored
state of what they are about (storage.audit_state); it is part of the row's hash.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Iterable, Mapping

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    changes: str  # canonical JSON
    prev_hash: str
    hash: str
    states: str | None = None


def canonical_changes(changes: Mapping[str, object]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(*, id: int, at: str, actor: str, action: str, entity: str, entity_id: str, changes: str,
               prev_hash: str, states: str | None = None) -> str:
    fields: list[object] = [id, at, actor, action, entity, entity_id, changes, prev_hash]
    if states is not None:  # rows from before the binding hash as they always did
        fields.append(states)
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    row_id: int | None
    zh: str
    en: str


def verify_chain(entries: Iterable[AuditEntry], head: tuple[int, str] | None) -> list[ChainProblem]:
    """Check every row; returns the problems found, in row order (empty means intact)."""
    problems: list[ChainProblem] = []
    prev_hash, expected_id, last = GENESIS, 1, None
    for e in entries:
        if e.id != expected_id:
            problems.append(ChainProblem(e.id, f"审计记录第{expected_id}条至第{e.id - 1}条缺失（被删除）。",
                                         f"Audit rows {expected_id}..{e.id - 1} are missing (deleted)."))
        if e.prev_hash != prev_hash:
            problems.append(ChainProblem(e.id, f"审计记录第{e.id}条与前一条不衔接（前一条被改动或删除）。",
                                         f"Audit row {e.id} does not follow the previous row."))
        recomputed = entry_hash(id=e.id, at=e.at, actor=e.actor, action=e.action, entity=e.entity,
                                entity_id=e.entity_id, changes=e.changes, prev_hash=e.prev_hash, states=e.states)
        if recomputed != e.hash:
            problems.append(ChainProblem(e.id, f"审计记录第{e.id}条的内容被改动（{e.action}，{e.at}）。",
                                         f"Audit row {e.id} was altered ({e.action}, {e.at})."))
        prev_hash, expected_id, last = e.hash, e.id + 1, e
    if head is not None:
        head_id, head_hash = head
        if last is None or last.id < head_id:
            problems.append(ChainProblem(head_id, f"审计记录末尾被截去：应至少有{head_id}条。",
                                         f"Audit rows were cut off the end: expected at least {head_id}."))
        elif last.id > head_id:
            problems.append(ChainProblem(last.id, f"审计记录第{head_id + 1}条至第{last.id}条是绕过程序写入的。",
                                         f"Audit rows {head_id + 1}..{last.id} were added outside the application."))
        elif last.hash != head_hash:
            problems.append(ChainProblem(head_id, f"审计记录第{head_id}条与记录的链头不符。",
                                         f"Audit row {head_id} does not match the recorded chain head."))
    return problems


def check_anchor(entries: Iterable[AuditEntry], anchor: tuple[int, str], *, where_zh: str,
                 where_en: str) -> list[ChainProblem]:
    """Does the chain extend the anchored head? The row with the anchored id must still have the
    anchored hash (``verify_chain`` checks that the chain from there to the head is unbroken)."""
    anchor_id, anchor_hash = anchor
    last = None
    for e in entries:
        last = e
        if e.id == anchor_id:
            if e.hash == anchor_hash:
                return []
            return [ChainProblem(anchor_id, f"审计记录第{anchor_id}条与{where_zh}记录的不符：该条及之前的审计记录在{where_zh}之后被改写。",
                                 f"Audit row {anchor_id} differs from the one recorded in {where_en}: the trail up to it "
                                 "was rewritten after that.")]
    count = 0 if last is None else last.id
    return [ChainProblem(anchor_id, f"{where_zh}记录的审计记录第{anchor_id}条已不存在（现有记录至第{count}条）：审计记录被删除或整体改写。",
                         f"Audit row {anchor_id}, recorded in {where_en}, no longer exists (rows end at {count}): "
                         "the trail was cut or rewritten.")]
