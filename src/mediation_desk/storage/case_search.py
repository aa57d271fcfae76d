"""The case search index in the book and the SQL of a search term (see ``domain.search``).

``case_fts`` (FTS5 trigram, contentless) holds each case's normalised text; ``case_grams``
(FTS5 with ordinary tokens, contentless) holds its 1-/2-grams and keys. Both are written here,
in the transaction that writes the case, from the same normaliser the query uses; a delete
trigger on ``cases`` removes a case's rows from both.

An office book (PostgreSQL) has no index yet (a later step gives it the same n-gram tokens in a GIN
index): its search is :func:`fallback_term_sql`, a plain scan that finds what the index finds for
names, numbers, platforms, facts, ID numbers, phone numbers and credit codes, but not amounts or
claim kinds, and costs a pass over every case.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from mediation_desk.domain.cases import ClaimKind, PartySide
from mediation_desk.domain.search import INDEX_COLUMNS, CaseIndexInput, SearchTerm, index_entry
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
    if not on_sqlite(session):
        return  # an office book has no search index yet: see ``fallback_term_sql``
    entry = index_entry(entry_input)
    session.execute(text("DELETE FROM case_fts WHERE rowid = :id"), {"id": case_id})
    session.execute(text("DELETE FROM case_grams WHERE rowid = :id"), {"id": case_id})
    session.execute(text(f"INSERT INTO case_fts(rowid, {_COLUMNS}) VALUES (:id, {_VALUES})"),
                    {"id": case_id, **dict(zip(INDEX_COLUMNS, entry.text))})
    session.execute(text("INSERT INTO case_grams(rowid, grams) VALUES (:id, :grams)"),
                    {"id": case_id, "grams": entry.tokens})


@dataclass(frozen=True)
class TermSql:
    """One term as SQL: ``sql`` selects the rowids of the cases matching it; ``matches`` counts them."""

    matches: int
    sql: str
    params: dict[str, str]


def _match_expression(values: list[str]) -> str:
    # Phrases and keys are letters and digits only (domain.search), so quoting them is safe.
    return " OR ".join(f'"{v}"' for v in values)


def term_sql(session: Session, term: SearchTerm, i: int) -> TermSql | None:
    if not on_sqlite(session):
        return fallback_term_sql(session, term, i)
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


# Text columns a phrase is looked for in, each compared without case, spaces or punctuation as
# ``domain.search.normalise`` leaves a phrase (NFKC folding of full-width forms is not applied).
_FALLBACK_COLUMNS = ("number", "worker_name", "applicant_names", "respondent_names", "platform", "facts")


def _plain(column: str) -> str:
    return f"regexp_replace(lower({column}), '[^[:alnum:]]+', '', 'g')"


def fallback_term_sql(session: Session, term: SearchTerm, i: int) -> TermSql | None:
    """The term as a scan of ``cases`` and ``parties`` (PostgreSQL, until its index exists)."""
    alternatives, params = [], {}
    for j, phrase in enumerate(term.phrases):
        params[f"t{i}p{j}"] = f"%{phrase}%"
        alternatives += [f"{_plain('c.' + col)} LIKE :t{i}p{j}" for col in _FALLBACK_COLUMNS]
    for j, key in enumerate(term.keys):
        name = f"t{i}k{j}"
        if key.startswith("id"):
            column, side, value = "id_number", "applicant", f"%{key[2:]}"
        elif key.startswith("tel"):
            column, side, value = "phone", "applicant", f"%{key[3:]}"
        elif key.startswith("uscc"):
            column, side, value = "credit_code", "respondent", key[4:]
        else:
            continue  # amounts and claim kinds need the index
        params[name] = value
        alternatives.append(f"c.id IN (SELECT p.case_id FROM parties p WHERE p.side = '{side}' "
                            f"AND {_plain('p.' + column)} LIKE :{name})")
    if not alternatives:
        return None
    sql = f"SELECT c.id FROM cases c WHERE {' OR '.join(alternatives)}"
    matches = session.scalar(text(f"SELECT count(*) FROM ({sql}) AS m"), params) or 0
    return TermSql(matches=matches, sql=sql, params=params)
