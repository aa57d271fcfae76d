"""The chain hash with and without bound states, and the anchor check."""

from mediation_desk.domain.audit import GENESIS, AuditEntry, check_anchor, entry_hash, verify_chain


def _chain(n: int, states: str | None = None) -> list[AuditEntry]:
    out, prev = [], GENESIS
    for i in range(1, n + 1):
        h = entry_hash(id=i, at="t", actor="a", action="x", entity="case", entity_id=str(i), changes="{}",
                       prev_hash=prev, states=states)
        out.append(AuditEntry(i, "t", "a", "x", "case", str(i), "{}", prev, h, states))
        prev = h
    return out


def test_rows_before_the_binding_hash_as_they_always_did():
    old = entry_hash(id=1, at="t", actor="a", action="x", entity="case", entity_id="1", changes="{}", prev_hash=GENESIS)
    assert old == entry_hash(id=1, at="t", actor="a", action="x", entity="case", entity_id="1", changes="{}",
                             prev_hash=GENESIS, states=None)
    assert old != entry_hash(id=1, at="t", actor="a", action="x", entity="case", entity_id="1", changes="{}",
                             prev_hash=GENESIS, states='{"case:1":{"h":"00"}}')


def test_states_are_covered_by_the_row_hash():
    rows = _chain(3, '{"case:1":{"h":"aa"}}')
    assert verify_chain(rows, (3, rows[-1].hash)) == []
    r = rows[1]
    rows[1] = AuditEntry(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.changes, r.prev_hash, r.hash,
                         '{"case:1":{"h":"bb"}}')
    assert [p.row_id for p in verify_chain(rows, (3, rows[-1].hash))] == [2]


def test_anchor_extended_rewritten_or_cut():
    rows = _chain(5)
    assert check_anchor(rows, (3, rows[2].hash), where_zh="备份", where_en="the backup") == []
    (p,) = check_anchor(rows, (3, "f" * 64), where_zh="备份", where_en="the backup")
    assert p.row_id == 3 and "被改写" in p.zh
    (p,) = check_anchor(rows[:2], (3, rows[2].hash), where_zh="备份", where_en="the backup")
    assert "已不存在" in p.zh and "至第2条" in p.zh
