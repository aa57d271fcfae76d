"""Case search over normalised text: the trigram table holds the case's text normalised as the
query is (a printed case number such as 洪东劳调字〔2026〕第1号 is found whole), and the token table
gains keys for identity-number tails, phone numbers, amounts, claim kinds and credit codes. Both
tables are written by the program (no insert/update triggers); they are rebuilt here for every
existing case.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""
import re
import unicodedata
from decimal import Decimal

from alembic import op
import sqlalchemy as sa

from mediation_desk.storage.dialect import on_sqlite

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_OLD_FIELDS = "number, worker_name, applicant_names, respondent_names, platform, facts"
_COLUMNS = ("number", "names", "platform", "facts", "claims")

# Frozen copy of domain.search (normalise, index_entry) and of the claim kinds' labels as of this
# revision: a later change of the program must not change what this revision wrote.
_CLAIM_LABELS = {
    "unpaid_pay": "拖欠劳动报酬", "below_minimum_wage": "低于最低工资标准差额", "overtime_pay": "加班费",
    "holiday_pay": "法定节假日加班工资", "deposit_refund": "退还押金、保证金",
    "unlawful_deduction": "返还违法罚款、扣款", "confirm_relationship": "确认劳动关系",
    "double_pay": "未签书面劳动合同二倍工资差额", "economic_compensation": "解除劳动合同经济补偿",
    "unlawful_termination_damages": "违法解除劳动合同赔偿金", "social_insurance": "社会保险",
    "work_injury": "工伤（职业伤害）待遇", "return_documents": "返还扣押的证件", "other": "其他",
}
_CASE_NUMBER = re.compile(r"[〔\[(【]\s*(\d{4})\s*[〕\])】]\s*第?\s*(\d+)\s*号")
_AMOUNT_IN_TEXT = re.compile(r"(?:¥\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*元")
_CREDIT_CODE = re.compile(r"^[0-9a-z]{18}$")


def _nfkc(text):
    return unicodedata.normalize("NFKC", text or "")


def _norm(text):
    text = _CASE_NUMBER.sub(r"\1第\2号", _nfkc(text)).lower()
    return "".join(ch for ch in text if ch.isalnum())


def _grams(tokens, text, singles):
    if singles or len(text) == 1:
        for ch in text:
            tokens[ch] = None
    for i in range(len(text) - 1):
        tokens[text[i:i + 2]] = None


def _amount_keys(value):
    value = value.quantize(Decimal("0.01"))
    if value < 0:
        return []
    whole, _, fen = f"{value:f}".partition(".")
    whole = str(int(whole))
    return [f"yuan{whole}", f"yuan{whole}p{fen or '00'}"]


def _phone_keys(phone):
    digits = "".join(ch for ch in _nfkc(phone) if ch.isdigit())
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    if len(digits) < 4:
        return []
    keys = [f"tel{digits}", f"tel{digits[-4:]}"]
    if digits.startswith("0") and len(digits) >= 10:
        keys += [f"tel{digits[-8:]}", f"tel{digits[-7:]}"]
    return keys


def _entry(case, kinds, amounts, ids, phones, codes):
    number, worker, applicants, respondents, platform, facts = case
    kinds = [k for k in dict.fromkeys(kinds) if k in _CLAIM_LABELS]
    names = " ".join(_norm(n) for n in (worker, applicants, respondents))
    text = (_norm(number), names, _norm(platform), _norm(facts), " ".join(_norm(_CLAIM_LABELS[k]) for k in kinds))
    tokens = {}
    for field in (number, worker, applicants, respondents, platform):
        _grams(tokens, _norm(field), True)
    _grams(tokens, text[3], False)
    for kind in kinds:
        _grams(tokens, _norm(_CLAIM_LABELS[kind]), False)
        tokens["claim" + kind.replace("_", "")] = None
    in_text = [Decimal(m.group(1).replace(",", "") + "." + (m.group(2) or "0"))
               for m in _AMOUNT_IN_TEXT.finditer(_nfkc(facts))]
    for amount in list(amounts) + in_text:
        for key in _amount_keys(amount):
            tokens[key] = None
    for value in ids:
        s = _norm(value)
        for n in range(4, len(s) + 1):
            tokens[f"id{s[-n:]}"] = None
    for value in phones:
        for key in _phone_keys(value):
            tokens[key] = None
    for value in codes:
        s = _norm(value)
        if _CREDIT_CODE.match(s):
            tokens[f"uscc{s}"] = None
    return text, " ".join(tokens)


def _create_tables() -> None:
    op.execute(f"CREATE VIRTUAL TABLE case_fts USING fts5({', '.join(_COLUMNS)}, content='', contentless_delete=1, "
               "tokenize='trigram')")
    op.execute("CREATE VIRTUAL TABLE case_grams USING fts5(grams, content='', contentless_delete=1, "
               "tokenize='unicode61 remove_diacritics 0')")
    op.execute("""CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
        DELETE FROM case_fts WHERE rowid = old.id;
        DELETE FROM case_grams WHERE rowid = old.id;
    END""")


def upgrade() -> None:
    if not on_sqlite(op.get_bind()):
        return  # the search index of PostgreSQL is made by a later revision (docs/architecture.md, "Two stores")
    for trigger in ("cases_fts_insert", "cases_fts_delete", "cases_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS case_fts")
    op.execute("DROP TABLE IF EXISTS case_grams")
    _create_tables()
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
    fts_insert = sa.text(f"INSERT INTO case_fts(rowid, {', '.join(_COLUMNS)}) "
                         f"VALUES (:id, {', '.join(':' + c for c in _COLUMNS)})")
    grams_insert = sa.text("INSERT INTO case_grams(rowid, grams) VALUES (:id, :grams)")
    last = 0
    while True:
        rows = conn.execute(sa.text(f"SELECT id, {_OLD_FIELDS}, total_claimed FROM cases WHERE id > :last "
                                    "ORDER BY id LIMIT 2000"), {"last": last}).all()
        if not rows:
            break
        fts_rows, gram_rows = [], []
        for r in rows:
            case_id = r[0]
            total = [Decimal(int(r[7])) / 100] if r[7] is not None else []
            text, tokens = _entry(tuple(v or "" for v in r[1:7]), kinds.get(case_id, []),
                                  amounts.get(case_id, []) + total, ids.get(case_id, []),
                                  phones.get(case_id, []), codes.get(case_id, []))
            fts_rows.append({"id": case_id, **dict(zip(_COLUMNS, text))})
            gram_rows.append({"id": case_id, "grams": tokens})
        conn.execute(fts_insert, fts_rows)
        conn.execute(grams_insert, gram_rows)
        last = rows[-1][0]


def downgrade() -> None:
    # Back to 0002's tables: external-content trigram table kept by triggers, plain 1-/2-grams.
    if not on_sqlite(op.get_bind()):
        return
    op.execute("DROP TRIGGER IF EXISTS cases_search_delete")
    op.execute("DROP TABLE IF EXISTS case_fts")
    op.execute("DROP TABLE IF EXISTS case_grams")
    op.execute(f"CREATE VIRTUAL TABLE case_fts USING fts5({_OLD_FIELDS}, content='cases', content_rowid='id', "
               "tokenize='trigram')")
    op.execute("CREATE VIRTUAL TABLE case_grams USING fts5(grams, content='', contentless_delete=1, "
               "tokenize='unicode61 remove_diacritics 0')")
    op.execute(f"""CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
        INSERT INTO case_fts(rowid, {_OLD_FIELDS}) VALUES (new.id, new.number, new.worker_name, new.applicant_names,
                                                          new.respondent_names, new.platform, new.facts);
    END""")
    op.execute(f"""CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
        INSERT INTO case_fts(case_fts, rowid, {_OLD_FIELDS}) VALUES ('delete', old.id, old.number, old.worker_name,
                                                                     old.applicant_names, old.respondent_names,
                                                                     old.platform, old.facts);
        DELETE FROM case_grams WHERE rowid = old.id;
    END""")
    op.execute(f"""CREATE TRIGGER cases_fts_update AFTER UPDATE OF {_OLD_FIELDS} ON cases BEGIN
        INSERT INTO case_fts(case_fts, rowid, {_OLD_FIELDS}) VALUES ('delete', old.id, old.number, old.worker_name,
                                                                     old.applicant_names, old.respondent_names,
                                                                     old.platform, old.facts);
        INSERT INTO case_fts(rowid, {_OLD_FIELDS}) VALUES (new.id, new.number, new.worker_name, new.applicant_names,
                                                          new.respondent_names, new.platform, new.facts);
    END""")
    op.execute("INSERT INTO case_fts(case_fts) VALUES ('rebuild')")
    conn = op.get_bind()
    rows = conn.execute(sa.text(f"SELECT id, {_OLD_FIELDS} FROM cases")).all()
    grams = []
    for r in rows:
        tokens = {}
        for field in r[1:6]:
            _grams(tokens, "".join(ch for ch in _nfkc(field).lower() if ch.isalnum()), True)
        _grams(tokens, "".join(ch for ch in _nfkc(r[6]).lower() if ch.isalnum()), False)
        grams.append({"id": r[0], "grams": " ".join(tokens)})
    if grams:
        conn.execute(sa.text("INSERT INTO case_grams(rowid, grams) VALUES (:id, :grams)"), grams)
