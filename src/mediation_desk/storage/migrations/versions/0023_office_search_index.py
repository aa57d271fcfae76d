"""Case search on PostgreSQL through an index: ``case_search`` holds each case's normalised text
(``body``, for terms of three or more characters, GIN with pg_trgm's ``gin_trgm_ops``) and its
1-/2-grams and keys (``tokens``, a text array, GIN), the same text and tokens the single-PC book
keeps in its FTS5 tables (revision 0013). Filled here for every existing case; afterwards the
program writes a case's row in the transaction that writes the case. On SQLite nothing changes.

Revision ID: 0023
Revises: 0024
Create Date: 2026-12-03
"""
import importlib.util
from decimal import Decimal
from pathlib import Path

from alembic import op
import sqlalchemy as sa

from mediation_desk.storage.dialect import on_sqlite

revision = "0023"
down_revision = "0024"
branch_labels = None
depends_on = None


def _frozen_0013():
    # The normaliser and index entry frozen by revision 0013 (what the FTS5 tables were filled with):
    # a later change of the program must not change what this revision writes.
    path = next(Path(__file__).parent.glob("0013_*.py"))
    spec = importlib.util.spec_from_file_location("_mediation_desk_rev_0013", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    if on_sqlite(op.get_bind()):
        return  # the single-PC book keeps its FTS5 tables (0013)
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("""CREATE TABLE case_search (
        case_id integer NOT NULL,
        body text NOT NULL,
        tokens text[] NOT NULL,
        CONSTRAINT case_search_pkey PRIMARY KEY (case_id),
        CONSTRAINT case_search_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE)""")
    # A case's tokens (a few hundred grams) would be moved out of line (TOAST), which the planner does
    # not count: a sequential scan would look ten times cheaper than it is (it fetches and
    # decompresses every case's tokens) and be chosen over the index on books of a few thousand
    # cases. Kept in the row, compressed, the table's size is what a scan really reads.
    op.execute("ALTER TABLE case_search ALTER COLUMN tokens SET STORAGE MAIN, ALTER COLUMN body SET STORAGE MAIN")
    op.execute("CREATE INDEX ix_case_search_body ON case_search USING gin (body gin_trgm_ops)")
    op.execute("CREATE INDEX ix_case_search_tokens ON case_search USING gin (tokens)")
    frozen = _frozen_0013()
    conn = op.get_bind()
    kinds, amounts, ids, phones, codes = {}, {}, {}, {}, {}
    for case_id, kind, fen in conn.execute(sa.text("SELECT case_id, kind, amount FROM claims ORDER BY case_id, position")):
        kinds.setdefault(case_id, []).append(kind)
        if fen is not None:
            amounts.setdefault(case_id, []).append(Decimal(int(fen)) / 100)
    for case_id, side, is_person, id_number, phone, code in conn.execute(sa.text(
            "SELECT case_id, side, is_person, id_number, phone, credit_code FROM parties ORDER BY case_id, position")):
        if side == "applicant" and is_person:
            if id_number:
                ids.setdefault(case_id, []).append(id_number)
            if phone:
                phones.setdefault(case_id, []).append(phone)
        elif side == "respondent" and code:
            codes.setdefault(case_id, []).append(code)
    insert = sa.text("INSERT INTO case_search (case_id, body, tokens) VALUES (:id, :body, :tokens)")
    last = 0
    while True:
        rows = conn.execute(sa.text("SELECT id, number, worker_name, applicant_names, respondent_names, platform, "
                                    "facts, total_claimed FROM cases WHERE id > :last ORDER BY id LIMIT 2000"),
                            {"last": last}).all()
        if not rows:
            break
        batch = []
        for r in rows:
            case_id = r[0]
            total = [Decimal(int(r[7])) / 100] if r[7] is not None else []
            text, tokens = frozen._entry(tuple(v or "" for v in r[1:7]), kinds.get(case_id, []),
                                         amounts.get(case_id, []) + total, ids.get(case_id, []),
                                         phones.get(case_id, []), codes.get(case_id, []))
            batch.append({"id": case_id, "body": " ".join(text), "tokens": tokens.split()})
        conn.execute(insert, batch)
        last = rows[-1][0]
    op.execute("ANALYZE case_search")


def downgrade() -> None:
    if on_sqlite(op.get_bind()):
        return
    op.execute("DROP TABLE IF EXISTS case_search")
