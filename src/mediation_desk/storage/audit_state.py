"""Binding the audit trail to the data it describes.

Every audit row written by the unit of work carries, in ``audit_log.states``, the hash of the
stored state of what it is about, taken at the end of its transaction:

* ``case:<id>``: the whole case file: the case row (with the summary columns the case list shows,
  written only with the parties and claims they summarise) and every row the case
  owns (parties, claims, events, evidence register, documents, worksheets, work-record imports,
  mediation, legal aid, arbitration, service records, labour-inspection referrals, court proceedings and
  their results per award item, hand-off packages and the outbox). An audit row about evidence, a document, a
  worksheet, an import or a legal-aid referral binds the state of its case as well;
* ``user:<id>``, ``organisation:<id>`` and ``handoff_key:<id>`` (a signing key, without its wrapped
  private half, which a re-key rewrites): that row.

Derived data rewritten without an audit row of its own is left out: a case's ``updated_at``, the
search index, ``case_deadlines`` (recomputed from the events), an evidence
item's last check time and its key wraps (rewritten by a re-key), a document's bytes (covered by
its SHA-256 column, which ``verify`` checks against the bytes).

``verify`` recomputes the state of every current case, user and organisation and compares it
with the latest audit row that bound it, so a change made directly in the database (with the key)
is named: the case, and the table and row that differ.

Everything here is plain SQL over a ``query(sql, params) -> rows`` callable, so the same code
serves the unit of work (SQLAlchemy session), ``verify`` (a DB-API connection) and migrations.
"""

from __future__ import annotations

import hashlib
import json
from datetime import timezone
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mediation_desk.domain import clock
from mediation_desk.domain.audit import GENESIS, canonical_changes, entry_hash

Query = Callable[[str, Sequence[Any]], list[tuple]]

ROW_DIGEST_CHARS = 12


@dataclass(frozen=True)
class Part:
    """One table of the case file. ``via``: (parent table, this table's column naming the parent)
    when the case id sits on the parent row."""

    table: str
    zh: str
    en: str
    case_col: str = "case_id"
    via: tuple[str, str] | None = None
    exclude: frozenset[str] = frozenset()


CASE_PARTS: tuple[Part, ...] = (
    Part("cases", "案件基本信息", "case record", case_col="id", exclude=frozenset({"updated_at", "version"})),
    Part("parties", "当事人", "party"),
    Part("claims", "请求事项", "claim"),
    Part("case_events", "案件事件", "case event"),
    Part("evidence_items", "证据", "evidence item",
         exclude=frozenset({"checked_at", "wrapped_dek", "dek_key_id", "wrapped_dek_next", "dek_next_key_id"})),
    Part("documents", "文书", "document", exclude=frozenset({"content"})),
    Part("worksheets", "劳动关系认定表", "relationship worksheet"),
    Part("work_record_imports", "工作记录导入", "work-record import"),
    Part("mediation_sessions", "调解笔录", "mediation session"),
    Part("mediation_proposals", "调解方案", "mediation proposal"),
    Part("mediation_outcomes", "调解结果", "mediation outcome"),
    Part("agreement_items", "调解协议事项", "agreement item"),
    Part("agreement_performances", "协议履行记录", "agreement performance", via=("agreement_items", "item_id")),
    Part("legal_aid_referrals", "法律援助转介", "legal-aid referral"),
    Part("arbitration_reviews", "受理审查", "acceptance review"),
    Part("arbitration_tribunals", "仲裁庭组成", "tribunal"),
    Part("arbitration_hearings", "开庭安排", "hearing"),
    Part("arbitration_hearing_arbitrators", "开庭仲裁员", "hearing arbitrator",
         via=("arbitration_hearings", "hearing_id")),
    Part("arbitration_suspensions", "中止与公告期间", "suspension"),
    Part("arbitration_awards", "裁决书", "award"),
    Part("service_records", "送达记录", "service record"),
    Part("inspection_referrals", "劳动保障监察转送", "labour-inspection referral"),
    Part("court_proceedings", "法院程序与裁判结果", "court proceeding"),
    Part("court_outcome_items", "法院逐项裁判结果", "court result per award item"),
    Part("handoff_outbox", "法院衔接发件箱", "court hand-off outbox item",
         exclude=frozenset({"wrapped_dek", "dek_key_id", "wrapped_dek_next", "dek_next_key_id"})),
    Part("handoff_packages", "法院衔接材料", "court hand-off package"),
)

# Tables holding a case id that are derived from the bound ones and rewritten without an audit row.
DERIVED_CASE_TABLES = frozenset({"case_deadlines", "case_stat_facts", "case_stat_states",
                                 "case_search"})  # case_search: PostgreSQL only

# Audited entities whose rows belong to a case: their audit rows bind the case file too.
CHILD_ENTITIES: dict[str, str] = {
    "evidence": "evidence_items", "document": "documents", "worksheet": "worksheets",
    "work_record_import": "work_record_imports", "legal_aid_referral": "legal_aid_referrals",
    "inspection_referral": "inspection_referrals", "handoff_outbox": "handoff_outbox",
    "handoff_package": "handoff_packages",
}

# Audited entities bound as one row of their own table.
ROW_ENTITIES: dict[str, tuple[str, str, str, frozenset[str]]] = {
    "user": ("users", "用户", "user", frozenset()),
    "organisation": ("organisation", "机构信息", "organisation", frozenset()),
    "handoff_key": ("handoff_keys", "移交包签名密钥", "hand-off signing key",
                    frozenset({"wrapped_private", "wrap_key_id", "wrapped_next", "next_key_id"})),
}


class Schema:
    """The columns of the bound tables as they are in this database (read once)."""

    def __init__(self, query: Query) -> None:
        self.query = query
        self._cols: dict[str, tuple[str, ...] | None] = {}

    def columns(self, table: str, exclude: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
        if table not in self._cols:
            rows = self.query(f"PRAGMA table_info({table})", ())
            self._cols[table] = tuple(sorted(str(r[1]) for r in rows)) or None
        cols = self._cols[table]
        return None if cols is None else tuple(c for c in cols if c not in exclude)


def _norm(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, float):
        return repr(value)
    return value


def row_digest(cols: Sequence[str], values: Sequence[Any]) -> str:
    """NULL columns are left out, so a migration adding a nullable column leaves every state as it was."""
    body = json.dumps([[c, _norm(v)] for c, v in zip(cols, values) if v is not None], ensure_ascii=False, separators=(",", ":"),
                      default=str)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass
class State:
    """The state of one bound thing: its hash, and per table the digest of each row (to name rows)."""

    hash: str
    rows: dict[str, dict[int, str]] = field(default_factory=dict)

    def to_json(self, *, with_rows: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"h": self.hash}
        if with_rows and self.rows:
            out["r"] = {t: ",".join(f"{i}:{d[:ROW_DIGEST_CHARS]}" for i, d in sorted(rows.items()))
                        for t, rows in self.rows.items()}
        return out


def _state(tables: dict[str, dict[int, str]]) -> State:
    parts = []
    for table in sorted(tables):
        lines = "".join(f"{i}:{d}\n" for i, d in sorted(tables[table].items()))
        parts.append([table, hashlib.sha256(lines.encode("ascii")).hexdigest()])
    return State(hashlib.sha256(json.dumps(parts, separators=(",", ":")).encode("ascii")).hexdigest(), tables)


def _part_sql(part: Part, cols: Sequence[str], *, one: bool) -> str:
    sel = ", ".join(f"t.{c}" for c in cols)
    if part.via is None:
        case_expr, frm = f"t.{part.case_col}", f"{part.table} t"
    else:
        parent, fk = part.via
        case_expr, frm = "p.case_id", f"{part.table} t JOIN {parent} p ON p.id = t.{fk}"
    where = f" WHERE {case_expr} = ?" if one else ""
    return f"SELECT {case_expr}, t.id, {sel} FROM {frm}{where} ORDER BY {case_expr}, t.id"


def _case_tables(schema: Schema, case_id: int | None) -> dict[int, dict[str, dict[int, str]]]:
    """case id -> table -> row id -> row digest; one case or, with ``case_id=None``, all of them."""
    out: dict[int, dict[str, dict[int, str]]] = {}
    for part in CASE_PARTS:
        cols = schema.columns(part.table, part.exclude)
        if cols is None or (part.via is not None and schema.columns(part.via[0]) is None):
            continue  # a table this book does not have yet
        params = () if case_id is None else (case_id,)
        for row in schema.query(_part_sql(part, cols, one=case_id is not None), params):
            cid, rid = int(row[0]), int(row[1])
            out.setdefault(cid, {}).setdefault(part.table, {})[rid] = row_digest(cols, row[2:])
    return out


def case_state(schema: Schema, case_id: int) -> State | None:
    tables = _case_tables(schema, case_id).get(case_id)
    if not tables or "cases" not in tables:
        return None
    return _state(tables)


def all_case_states(schema: Schema) -> dict[int, State]:
    return {cid: _state(t) for cid, t in _case_tables(schema, None).items() if "cases" in t}


def _row_states(schema: Schema, entity: str, entity_id: int | None) -> dict[int, State]:
    table, _zh, _en, exclude = ROW_ENTITIES[entity]
    cols = schema.columns(table, exclude)
    if cols is None:
        return {}
    sql = f"SELECT id, {', '.join(cols)} FROM {table}" + ("" if entity_id is None else " WHERE id = ?")
    rows = schema.query(sql, () if entity_id is None else (entity_id,))
    return {int(r[0]): _state({table: {int(r[0]): row_digest(cols, r[1:])}}) for r in rows}


def _int(value: Any) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def keys_of(schema: Schema, entity: str, entity_id: Any) -> list[str]:
    """The bound things an audit row about (entity, entity_id) speaks for."""
    eid = _int(entity_id)
    if eid is None:
        return []
    if entity == "case":
        return [f"case:{eid}"]
    if entity in ROW_ENTITIES:
        return [f"{entity}:{eid}"]
    if entity in CHILD_ENTITIES and schema.columns(CHILD_ENTITIES[entity]) is not None:
        rows = schema.query(f"SELECT case_id FROM {CHILD_ENTITIES[entity]} WHERE id = ?", (eid,))
        return [f"case:{int(rows[0][0])}"] if rows and rows[0][0] is not None else []
    return []


def state_of(schema: Schema, key: str) -> State | None:
    kind, _, raw = key.partition(":")
    if kind == "case":
        return case_state(schema, int(raw))
    return _row_states(schema, kind, int(raw)).get(int(raw))


def states_json(states: dict[str, dict[str, Any]]) -> str | None:
    return canonical_changes(states) if states else None


# ---- writing audit rows ----

@dataclass
class _Pending:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    changes: str


class AuditWriter:
    """Audit rows of one write transaction: numbered when appended, hashed and bound to the state
    they leave behind when the transaction is sealed (just before commit)."""

    def __init__(self, query: Query, insert: Callable[[str, Sequence[Any]], None]) -> None:
        self.query = query
        self.insert = insert
        self.pending: list[_Pending] = []

    def _last(self) -> tuple[int, str]:
        row = self.query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", ())
        return (int(row[0][0]), str(row[0][1])) if row else (0, GENESIS)

    def append(self, *, actor: str, action: str, entity: str, entity_id: Any, changes: dict[str, Any]) -> int:
        new_id = (self.pending[-1].id if self.pending else self._last()[0]) + 1
        at = _utc_now()
        self.pending.append(_Pending(new_id, at, actor, action, entity, str(entity_id), canonical_changes(changes)))
        return new_id

    def seal(self) -> tuple[int, str] | None:
        """Write the pending rows; returns the new chain head (or None if nothing was appended)."""
        if not self.pending:
            return None
        schema = Schema(self.query)
        bound = schema.columns("audit_log") is not None and "states" in (schema.columns("audit_log") or ())
        cache: dict[str, State | None] = {}
        last_id, prev = self._last()
        for p in self.pending:
            states_text = None
            if bound:
                states: dict[str, dict[str, Any]] = {}
                for key in keys_of(schema, p.entity, p.entity_id):
                    if key not in cache:
                        cache[key] = state_of(schema, key)
                    st = cache[key]
                    if st is not None:
                        states[key] = st.to_json()
                states_text = states_json(states)
            digest = entry_hash(id=p.id, at=p.at, actor=p.actor, action=p.action, entity=p.entity,
                                entity_id=p.entity_id, changes=p.changes, prev_hash=prev, states=states_text)
            if bound:
                self.insert("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, changes, prev_hash, "
                            "hash, states) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (p.id, p.at, p.actor, p.action, p.entity, p.entity_id, p.changes, prev, digest,
                             states_text))
            else:
                self.insert("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, changes, prev_hash, "
                            "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (p.id, p.at, p.actor, p.action, p.entity, p.entity_id, p.changes, prev, digest))
            prev, last_id = digest, p.id
        head = json.dumps([last_id, prev])
        self.insert("INSERT INTO book_meta (key, value) VALUES ('audit_head', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (head,))
        self.pending.clear()
        return last_id, prev


def _utc_now() -> str:
    return clock.now().astimezone(timezone.utc).isoformat(timespec="microseconds")


def append_sealed(query: Query, insert: Callable[[str, Sequence[Any]], None], *, actor: str, action: str,
                  entity: str, entity_id: Any, changes: dict[str, Any]) -> tuple[int, str]:
    """One audit row written and sealed at once (for code outside a unit of work: restore, migrations)."""
    writer = AuditWriter(query, insert)
    writer.append(actor=actor, action=action, entity=entity, entity_id=entity_id, changes=changes)
    head = writer.seal()
    assert head is not None
    return head


def bind_all(query: Query, insert: Callable[[str, Sequence[Any]], None], *, reason: str) -> tuple[int, str] | None:
    """One audit row binding the current state of every case, user and organisation as found
    (schema upgrades that start or change the binding). Nothing is written to an empty book."""
    schema = Schema(query)
    states: dict[str, dict[str, Any]] = {}
    for cid, st in all_case_states(schema).items():
        states[f"case:{cid}"] = st.to_json(with_rows=False)
    for entity in ROW_ENTITIES:
        for rid, st in _row_states(schema, entity, None).items():
            states[f"{entity}:{rid}"] = st.to_json(with_rows=False)
    if not states:
        return None
    writer = AuditWriter(query, insert)
    writer.append(actor="system", action="audit.bind", entity="book", entity_id="audit",
                  changes={"reason": reason, "cases": sum(1 for k in states if k.startswith("case:")),
                           "users": sum(1 for k in states if k.startswith("user:"))})
    # the states of this row are the whole book's, not those of (book, audit)
    p = writer.pending[0]
    last_id, prev = writer._last()
    text = states_json(states)
    digest = entry_hash(id=p.id, at=p.at, actor=p.actor, action=p.action, entity=p.entity, entity_id=p.entity_id,
                        changes=p.changes, prev_hash=prev, states=text)
    insert("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, changes, prev_hash, hash, states) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
           (p.id, p.at, p.actor, p.action, p.entity, p.entity_id, p.changes, prev, digest, text))
    insert("INSERT INTO book_meta (key, value) VALUES ('audit_head', ?) "
           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (json.dumps([p.id, digest]),))
    return p.id, digest


# ---- checking ----

@dataclass(frozen=True)
class BindingProblem:
    key: str
    zh: str
    en: str
    row_id: int | None = None


def _latest_bindings(query: Query) -> dict[str, tuple[int, dict[str, Any]]]:
    latest: dict[str, tuple[int, dict[str, Any]]] = {}
    for row_id, text in query("SELECT id, states FROM audit_log WHERE states IS NOT NULL ORDER BY id", ()):
        try:
            obj = json.loads(text)
        except ValueError:
            continue  # an altered row: the chain check names it
        if isinstance(obj, dict):
            for key, st in obj.items():
                if isinstance(st, dict):
                    latest[key] = (int(row_id), st)
    return latest


def _parse_rows(raw: Any) -> dict[str, dict[int, str]] | None:
    if not isinstance(raw, dict):
        return None
    out: dict[str, dict[int, str]] = {}
    for table, text in raw.items():
        rows: dict[int, str] = {}
        for item in str(text).split(","):
            if ":" in item:
                i, d = item.split(":", 1)
                rows[int(i)] = d
        out[table] = rows
    return out


_LABELS = {p.table: (p.zh, p.en) for p in CASE_PARTS}


def _row_differences(bound: dict[str, dict[int, str]], now: dict[str, dict[int, str]]) -> tuple[list[str], list[str]]:
    zh: list[str] = []
    en: list[str] = []
    for table in [p.table for p in CASE_PARTS]:
        before, after = bound.get(table, {}), now.get(table, {})
        lz, le = _LABELS[table]
        changed = [i for i in after if i in before and not after[i].startswith(before[i])]
        added = [i for i in after if i not in before]
        removed = [i for i in before if i not in after]
        for ids, wz, we in ((changed, "被改动", "changed"), (added, "被添加", "added"), (removed, "被删除", "deleted")):
            if ids:
                zh.append(f"{lz}（记录{'、'.join(str(i) for i in sorted(ids)[:10])}）{wz}")
                en.append(f"{le} {', '.join(str(i) for i in sorted(ids)[:10])} {we}")
    return zh, en


def _case_numbers(query: Query) -> dict[int, str]:
    return {int(i): str(n) for i, n in query("SELECT id, number FROM cases", ())}


def check_bindings(query: Query) -> list[BindingProblem]:
    """Compare the stored state of every case, user and organisation with the latest audit row that
    bound it; also every document's bytes with its recorded SHA-256."""
    schema = Schema(query)
    cols = schema.columns("audit_log") or ()
    if "states" not in cols:
        return []  # a book before the binding: the schema check names its revision
    latest = _latest_bindings(query)
    current: dict[str, State] = {f"case:{cid}": st for cid, st in all_case_states(schema).items()}
    for entity in ROW_ENTITIES:
        current.update({f"{entity}:{rid}": st for rid, st in _row_states(schema, entity, None).items()})
    numbers = _case_numbers(query)
    problems: list[BindingProblem] = []

    def name(key: str) -> tuple[str, str]:
        kind, _, raw = key.partition(":")
        if kind == "case":
            number = numbers.get(int(raw))
            return ((f"案件 {number}", f"case {number}") if number else
                    (f"案件（内部编号 {raw}）", f"case with internal id {raw}"))
        _t, zh, en, _x = ROW_ENTITIES.get(kind, ("", kind, kind, frozenset()))
        return f"{zh}（编号 {raw}）", f"{en} {raw}"

    for key, st in current.items():
        nz, ne = name(key)
        if key not in latest:
            problems.append(BindingProblem(
                key, f"{nz}没有任何审计记录：它是绕过程序直接写入数据库的。",
                f"{ne.capitalize()} has no audit record: it was written into the database outside the application."))
            continue
        row_id, bound = latest[key]
        if bound.get("h") == st.hash:
            continue
        detail_zh, detail_en = [], []
        rows = _parse_rows(bound.get("r"))
        if rows is not None:
            detail_zh, detail_en = _row_differences(rows, st.rows)
        problems.append(BindingProblem(
            key, f"{nz}的数据与最近一条审计记录（第{row_id}条）不符，是绕过程序直接改动的"
                 + (f"：{'；'.join(detail_zh)}。" if detail_zh else "。"),
            f"{ne.capitalize()} does not match its latest audit record (row {row_id}); it was changed outside the "
            "application" + (f": {'; '.join(detail_en)}." if detail_en else "."), row_id=row_id))
    for key, (row_id, bound) in latest.items():
        if key not in current and bound.get("h") is not None and key.partition(":")[0] in ("case", *ROW_ENTITIES):
            nz, ne = name(key)
            problems.append(BindingProblem(
                key, f"{nz}已从数据库中删除，但没有相应的审计记录（最近一条为第{row_id}条）。",
                f"{ne.capitalize()} was deleted from the database without an audit record (last: row {row_id}).",
                row_id=row_id))
    problems.extend(_document_bytes(schema, numbers))
    return problems


def _document_bytes(schema: Schema, numbers: dict[int, str]) -> Iterable[BindingProblem]:
    cols = schema.columns("documents") or ()
    if not {"content", "sha256", "case_id", "title"} <= set(cols):
        return []
    out = []
    for doc_id, case_id, title, sha, content in schema.query(
            "SELECT id, case_id, title, sha256, content FROM documents ORDER BY id", ()):
        if content is not None and hashlib.sha256(bytes(content)).hexdigest() != sha:
            number = numbers.get(int(case_id), str(case_id))
            out.append(BindingProblem(f"case:{case_id}", f"案件 {number} 的文书“{title}”（记录{doc_id}）的内容与登记的校验值不符：文件内容被绕过程序改动。",
                                      f"Case {number}, document \"{title}\" ({doc_id}): its bytes do not match the "
                                      "recorded SHA-256; they were changed outside the application."))
    return out
