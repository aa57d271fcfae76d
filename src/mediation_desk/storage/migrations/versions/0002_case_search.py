"""Case search (FTS5 trigram index plus a 1-/2-gram index for short queries); group disputes
(representatives, each worker's own claims), agents' authority, the working of a claim's amount,
and the open statutory deadlines of each case.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""
import unicodedata

from alembic import op
import sqlalchemy as sa

from mediation_desk.storage.dialect import on_sqlite

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FIELDS = "number, worker_name, applicant_names, respondent_names, platform, facts"


def _norm(text):
    text = unicodedata.normalize("NFKC", text or "").lower()
    return "".join(ch for ch in text if ch.isalnum())


def _grams(short_fields, long_fields):
    # Frozen copy of domain.search.short_grams as of this revision.
    tokens = {}
    for field in short_fields:
        s = _norm(field)
        for ch in s:
            tokens[ch] = None
        for i in range(len(s) - 1):
            tokens[s[i:i + 2]] = None
    for field in long_fields:
        s = _norm(field)
        for i in range(len(s) - 1):
            tokens[s[i:i + 2]] = None
        if len(s) == 1:
            tokens[s] = None
    return " ".join(tokens)


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild), so triggers on ``cases`` are never dropped.
    op.add_column("cases", sa.Column("is_group", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("cases", sa.Column("applicant_count", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("cases", sa.Column("applicant_names", sa.Text(), nullable=False, server_default=""))
    op.execute("UPDATE cases SET applicant_names = worker_name")
    op.add_column("parties", sa.Column("is_representative", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("parties", sa.Column("authority", sa.String(length=16), nullable=False, server_default=""))
    op.add_column("parties", sa.Column("scope", sa.Text(), nullable=False, server_default=""))
    op.add_column("parties", sa.Column("agent_kind", sa.String(length=32), nullable=False, server_default=""))
    with op.batch_alter_table("claims") as b:
        b.add_column(sa.Column("party_id", sa.Integer(), nullable=True))
        b.add_column(sa.Column("calculation", sa.Text(), nullable=False, server_default=""))
        b.create_index("ix_claims_party_id", ["party_id"])
        b.create_foreign_key("fk_claims_party_id_parties", "parties", ["party_id"], ["id"], ondelete="CASCADE")

    op.create_table(
        "case_deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("start_event", sa.String(length=48), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("day_kind", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("problem", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_case_deadlines_case_id", "case_deadlines", ["case_id"])
    op.create_index("ix_case_deadlines_due_date", "case_deadlines", ["due_date"])

    # Case events are named by the statutory-deadline vocabulary from this revision on.
    op.execute("""UPDATE case_events SET kind = COALESCE((SELECT CASE o.kind
                      WHEN 'arbitration' THEN 'arbitration_application_received'
                      WHEN 'mediation' THEN 'mediation_application_received'
                      ELSE 'consultation_received' END FROM organisation o WHERE o.id = 1),
                  'mediation_application_received') WHERE kind = 'received'""")
    op.execute("UPDATE case_events SET kind = 'status_changed' WHERE kind = 'status'")

    if not on_sqlite(op.get_bind()):
        return  # the search index of PostgreSQL is made by a later revision (docs/architecture.md, "Two stores")
    op.execute(f"CREATE VIRTUAL TABLE case_fts USING fts5({_FIELDS}, content='cases', content_rowid='id', "
               "tokenize='trigram')")
    op.execute("CREATE VIRTUAL TABLE case_grams USING fts5(grams, content='', contentless_delete=1, "
               "tokenize='unicode61 remove_diacritics 0')")
    op.execute(f"""CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
        INSERT INTO case_fts(rowid, {_FIELDS}) VALUES (new.id, new.number, new.worker_name, new.applicant_names,
                                                      new.respondent_names, new.platform, new.facts);
    END""")
    op.execute(f"""CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
        INSERT INTO case_fts(case_fts, rowid, {_FIELDS}) VALUES ('delete', old.id, old.number, old.worker_name,
                                                                 old.applicant_names, old.respondent_names,
                                                                 old.platform, old.facts);
        DELETE FROM case_grams WHERE rowid = old.id;
    END""")
    op.execute(f"""CREATE TRIGGER cases_fts_update AFTER UPDATE OF {_FIELDS} ON cases BEGIN
        INSERT INTO case_fts(case_fts, rowid, {_FIELDS}) VALUES ('delete', old.id, old.number, old.worker_name,
                                                                 old.applicant_names, old.respondent_names,
                                                                 old.platform, old.facts);
        INSERT INTO case_fts(rowid, {_FIELDS}) VALUES (new.id, new.number, new.worker_name, new.applicant_names,
                                                      new.respondent_names, new.platform, new.facts);
    END""")
    op.execute("INSERT INTO case_fts(case_fts) VALUES ('rebuild')")
    conn = op.get_bind()
    rows = conn.execute(sa.text(f"SELECT id, {_FIELDS} FROM cases")).all()
    if rows:
        conn.execute(sa.text("INSERT INTO case_grams(rowid, grams) VALUES (:id, :grams)"),
                     [{"id": r[0], "grams": _grams([r[1], r[2], r[3], r[4], r[5]], [r[6]])} for r in rows])


def downgrade() -> None:
    op.drop_table("case_deadlines")
    with op.batch_alter_table("claims") as b:
        b.drop_constraint("fk_claims_party_id_parties", type_="foreignkey")
        b.drop_index("ix_claims_party_id")
        b.drop_column("party_id")
        b.drop_column("calculation")
    for col in ("agent_kind", "scope", "authority", "is_representative"):
        op.drop_column("parties", col)
    if on_sqlite(op.get_bind()):
        for trigger in ("cases_fts_insert", "cases_fts_delete", "cases_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS case_grams")
        op.execute("DROP TABLE IF EXISTS case_fts")
    for col in ("applicant_names", "applicant_count", "is_group"):
        op.drop_column("cases", col)
