"""The case search index in the book and the SQL of a search term (see ``domain.search``).

A single-PC book (SQLite): ``case_fts`` (FTS5 trigram, contentless) holds each case's normalised
text; ``case_grams`` (FTS5 with ordinary tokens, contentless) holds its 1-/2-grams and keys; a delete
trigger on ``cases`` removes a case's rows from both.

An office book (PostgreSQL, revision 0023): one row per case in ``case_search`` with the same
normalised text in ``body`` (GIN, pg_trgm's ``gin_trgm_ops``: a term of three or more characters is
``body LIKE '%term%'``) and the same grams and keys in ``tokens`` (a text array, GIN: one- and
two-character terms and keys are ``tokens && ARRAY[...]``); deleting a case deletes its row (foreign
key, ON DELETE CASCADE).

Both are written here, in the transaction that writes the case, from the same normaliser the query
uses (``domain.search.index_entry``), so both stores find the same cases for the same query.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from mediation_desk.domain.cases import ClaimKind, PartySide
from mediation_desk.domain.search import INDEX_COLUMNS, CaseIndexEntry, CaseIndexInput, SearchTerm, index_entry
from mediation_desk.storage import orm
from mediation_desk.storage.dialect import on_sqlite

_COLUMNS = ", ".join(INDEX_COLUMNS)
_VALUES = ", ".join(f":{c}" for c in INDEX_COLUMNS)


def _kinds(values: list[str]) -> tuple[ClaimKind, ...]:
    out = []
    for v in values:
        try:
            out.append(ClaimKind(v))
        except ValueError:
            continue
    return tuple(out)


def index_input(case: orm.Case) -> CaseIndexInput:
    applicants = [p for p in case.parties if p.side == PartySide.APPLICANT.value]
    amounts = [c.amount for c in case.claims if c.amount is not None]
    if case.total_claimed is not None:
        amounts.append(case.total_claimed)
    return CaseIndexInput(
        number=case.number, worker_name=case.worker_name, applicant_names=case.applicant_names,
        respondent_names=case.respondent_names, platform=case.platform, facts=case.facts,
        claim_kinds=_kinds([c.kind for c in case.claims]), amounts=tuple(Decimal(a) for a in amounts),
        id_numbers=tuple(p.id_number for p in applicants if p.is_person and p.id_number),
        phones=tuple(p.phone for p in applicants if p.is_person and p.phone),
        credit_codes=tuple(p.credit_code for p in case.parties
                           if p.side == PartySide.RESPONDENT.value and p.credit_code))


def write_index(session: Session, case_id: int, entry_input: CaseIndexInput) -> None:
    entry = index_entry(entry_input)
    if not on_sqlite(session):
        session.execute(text("INSERT INTO case_search (case_id, body, tokens) VALUES (:id, :body, :tokens) "
                             "ON CONFLICT (case_id) DO UPDATE SET body = excluded.body, tokens = excluded.tokens"),
                        {"id": case_id, "body": pg_body(entry), "tokens": entry.tokens.split()})
        return
    session.execute(text("DELETE FROM case_fts WHERE rowid = :id"), {"id": case_id})
    session.execute(text("DELETE FROM case_grams WHERE rowid = :id"), {"id": case_id})
    session.execute(text(f"INSERT INTO case_fts(rowid, {_COLUMNS}) VALUES (:id, {_VALUES})"),
                    {"id": case_id, **dict(zip(INDEX_COLUMNS, entry.text))})
    session.execute(text("INSERT INTO case_grams(rowid, grams) VALUES (:id, :grams)"),
                    {"id": case_id, "grams": entry.tokens})


@dataclass(frozen=True)
class TermSql:
    """One term as SQL: ``sql`` selects the ids of the cases matching it; ``matches`` counts them."""

    matches: int
    sql: str
    params: dict[str, Any]


def _match_expression(values: list[str]) -> str:
    # Phrases and keys are letters and digits only (domain.search), so quoting them is safe.
    return " OR ".join(f'"{v}"' for v in values)


def term_sql(session: Session, term: SearchTerm, i: int) -> TermSql | None:
    if not on_sqlite(session):
        return pg_term_sql(session, term, i)
    trigram = [p for p in term.phrases if len(p) >= 3]
    tokens = [p for p in term.phrases if len(p) < 3] + list(term.keys)
    parts, params = [], {}
    if trigram:
        parts.append(f"SELECT rowid FROM case_fts WHERE case_fts MATCH :t{i}a")
        params[f"t{i}a"] = _match_expression(trigram)
    if tokens:
        parts.append(f"SELECT rowid FROM case_grams WHERE case_grams MATCH :t{i}b")
        params[f"t{i}b"] = _match_expression(tokens)
    if not parts:
        return None
    sql = " UNION ".join(parts)
    if len(parts) == 1:
        count_sql = sql.replace("SELECT rowid", "SELECT count(*)", 1)
    else:
        count_sql = f"SELECT count(*) FROM ({sql}) AS m"
    matches = session.scalar(text(count_sql), params) or 0
    return TermSql(matches=matches, sql=sql, params=params)


def pg_body(entry: CaseIndexEntry) -> str:
    """The text columns in one: a phrase has no spaces, so it is found in ``body`` exactly when the
    trigram table would find it in one of the columns."""
    return " ".join(entry.text)


def pg_term_sql(session: Session, term: SearchTerm, i: int) -> TermSql | None:
    """The term on PostgreSQL: phrases of three or more characters through the trigram index of
    ``body``, shorter phrases and keys through the GIN index of ``tokens``; one statement, whose
    alternatives the planner combines as a BitmapOr of the two indexes."""
    alternatives: list[str] = []
    params: dict[str, Any] = {}
    for j, phrase in enumerate(p for p in term.phrases if len(p) >= 3):
        # Phrases are letters and digits only (domain.search), so they hold no LIKE wildcard.
        params[f"t{i}p{j}"] = f"%{phrase}%"
        alternatives.append(f"body LIKE :t{i}p{j}")
    tokens = [p for p in term.phrases if len(p) < 3] + list(term.keys)
    if tokens:
        params[f"t{i}k"] = tokens
        alternatives.append(f"tokens && CAST(:t{i}k AS text[])")
    if not alternatives:
        return None
    where = " OR ".join(alternatives)
    matches = session.scalar(text(f"SELECT count(*) FROM case_search WHERE {where}"), params) or 0
    return TermSql(matches=matches, sql=f"SELECT case_id FROM case_search WHERE {where}", params=params)
