"""Verifying a book: SQLCipher page HMACs, SQLite integrity, schema revision, the audit chain
and every evidence file of the vault."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from mediation_desk.domain.audit import AuditEntry, verify_chain
from mediation_desk.domain.errors import BookError
from mediation_desk.services.ports import EvidenceFile
from mediation_desk.storage import schema
from mediation_desk.storage.engine import BUSY_TIMEOUT_MS, key_pragma
from mediation_desk.storage.keys import KeyFile, db_key, key_id
from mediation_desk.storage.vault import ORPHAN_GRACE_S, Stray, Vault
from mediation_desk.storage.maintenance.anchor import check_data_against_trail
from mediation_desk.storage.maintenance.findings import Finding, audit_entries as _audit_entries
from mediation_desk.storage.maintenance.archive import Progress, _check_progress, _parse_head


@dataclass
class VerifyReport:
    findings: list[Finding] = field(default_factory=list)
    case_count: int | None = None
    audit_rows: int | None = None
    schema_revision: str | None = None

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


def _open_keyed(path: Path, raw_key: bytes) -> sqlcipher.Connection:
    """A keyed connection without the book's PRAGMAs (used for the backup copy)."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(key_pragma(raw_key))
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _db_facts(conn: sqlcipher.Connection) -> tuple[str | None, int, tuple[int, str] | None, dict[str, str]]:
    """(schema revision, case count, audit head, book_meta) of a keyed connection."""
    meta = {k: v for k, v in conn.execute("SELECT key, value FROM book_meta")}
    return _revision(conn), _case_count(conn), _parse_head(meta.get("audit_head")), meta


def _revision(conn: sqlcipher.Connection) -> str | None:
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if rows else None


def _case_count(conn: sqlcipher.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])


_PAGE_RE = re.compile(r"page (\d+)")


def _page_list(pages: list[str]) -> str:
    shown = "、".join(pages[:5])
    return shown + (f"等{len(pages)}页" if len(pages) > 5 else "页")


def _damaged(check: str, what_zh: str, what_en: str, exc: Exception) -> Finding:
    return Finding("error", f"{what_zh}无法完成：数据库文件已损坏，请从备份恢复。",
                   f"{what_en} could not finish: the database file is damaged ({exc}); restore from a backup.",
                   check=check)


def _check_pages(conn: sqlcipher.Connection, add: Callable[[Finding], None]) -> set[int]:
    """``cipher_integrity_check``: the HMAC of every page (also works when page 1 is damaged)."""
    hmac: list[str] = []
    short: list[str] = []
    try:
        for (msg,) in conn.execute("PRAGMA cipher_integrity_check"):
            msg = str(msg)
            m = _PAGE_RE.search(msg)
            if m and "HMAC" in msg:
                hmac.append(m.group(1))
            elif m and "size" in msg:
                short.append(m.group(1))
            else:
                add(Finding("error", f"数据库加密校验发现问题：{msg}", f"Encryption check found a problem: {msg}",
                            check="cipher"))
    except sqlcipher.DatabaseError as exc:
        add(_damaged("cipher", "数据库加密校验", "The encryption check", exc))
    if hmac:
        add(Finding("error", f"数据库第{_page_list(hmac)}的加密校验失败：文件被改动或已损坏，请从备份恢复。",
                    f"Page HMAC verification failed for page(s) {', '.join(hmac[:20])}: the file was altered or is "
                    "damaged; restore from a backup.", check="cipher"))
    if short:
        add(Finding("error", f"数据库文件不完整：第{_page_list(short)}被截断，请从备份恢复。",
                    f"The database file is truncated at page(s) {', '.join(short[:20])}; restore from a backup.",
                    check="cipher"))
    return {int(p) for p in hmac + short}


def _check_database(db_path: Path, raw_key: bytes, *, expected_head: tuple[int, str] | None | str = "meta",
                    require_head_revision: bool = True, key_known_good: bool = True) -> VerifyReport:
    """Every check of one database file with its key, as findings; never raises for damage it finds.

    ``expected_head`` is the audit chain head to hold the rows against: ``"meta"`` takes
    ``book_meta.audit_head`` from the database itself. ``key_known_good`` says the key is
    the one the book was opened with, so a page 1 that does not decrypt means damage.
    """
    report = VerifyReport()
    add = report.findings.append
    if not db_path.exists():
        add(Finding("error", f"找不到数据库文件：{db_path.name}", f"Database file not found: {db_path}", check="open"))
        return report
    try:
        conn = sqlcipher.connect(str(db_path), isolation_level=None, check_same_thread=False)
        conn.execute(key_pragma(raw_key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlcipher.Error as exc:
        add(Finding("error", "无法打开数据库文件。", f"The database file cannot be opened ({exc}).", check="open"))
        return report
    try:
        bad_pages = _check_pages(conn, add)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            if bad_pages:
                pass  # already named by the page check
            elif "not a database" in str(exc) and not key_known_good:
                add(Finding("error", "密钥不能解开这个数据库。", "The key does not open this database.", check="open"))
            elif "not a database" in str(exc):
                add(Finding("error", "数据库文件头无法解密：文件被改动、替换或已损坏，请从备份恢复。",
                            f"The database header cannot be decrypted ({exc}); restore from a backup.", check="open"))
            else:
                add(_damaged("open", "读取数据库", "Reading the database", exc))
            return report
        # SQLite's own structure check
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                lines = [ln for p in problems for ln in p.splitlines() if ln.strip() and not ln.startswith("***")]
                pages = sorted({int(x) for ln in lines for x in _PAGE_RE.findall(ln)})
                where = f"，涉及第{_page_list([str(p) for p in pages])}" if pages else ""
                add(Finding("error", f"数据库内部结构检查发现{len(lines)}处问题{where}，请从备份恢复。",
                            f"integrity_check found {len(lines)} problem(s): {'; '.join(lines[:3])}",
                            check="integrity"))
        except sqlcipher.DatabaseError as exc:
            add(_damaged("integrity", "数据库内部结构检查", "integrity_check", exc))
        # schema revision
        try:
            revision = _revision(conn)
            report.schema_revision = revision
            head = schema.head_revision()
            if revision != head:
                if revision is not None and revision not in schema.known_revisions():
                    add(Finding("error", f"案件库的数据结构版本 {revision} 比本程序新，请升级程序。",
                                f"The schema revision {revision} is newer than this program.", check="schema"))
                elif require_head_revision:
                    add(Finding("error", f"案件库的数据结构版本为 {revision or '无'}，应为 {head}。",
                                f"The schema revision is {revision or 'none'}, expected {head}.", check="schema"))
        except sqlcipher.DatabaseError as exc:
            add(_damaged("schema", "读取数据结构版本", "Reading the schema revision", exc))
        try:
            report.case_count = _case_count(conn)
        except sqlcipher.DatabaseError as exc:
            add(_damaged("cases", "统计案件", "Counting the cases", exc))
        # the audit chain
        try:
            meta_head = _parse_head(dict(conn.execute("SELECT key, value FROM book_meta")).get("audit_head"))
        except (sqlcipher.DatabaseError, ValueError) as exc:
            add(Finding("error", "无法读取审计链头（元数据已损坏）。", f"The audit chain head cannot be read ({exc}).",
                        check="audit"))
            return report
        if expected_head != "meta" and meta_head != expected_head:
            add(Finding("error", "案件库记录的审计链头与备份文件头不一致。",
                        "The audit chain head in the database differs from the backup header.", check="audit"))
        head_to_check = meta_head if expected_head == "meta" else expected_head
        rows = 0

        def counted() -> Iterator[AuditEntry]:
            nonlocal rows
            for e in _audit_entries(conn):
                rows += 1
                yield e

        try:
            for p in verify_chain(counted(), head_to_check):  # type: ignore[arg-type]
                add(Finding("error", p.zh, p.en, row_id=p.row_id, check="audit"))
            report.audit_rows = rows
        except sqlcipher.DatabaseError as exc:
            add(Finding("error", f"审计记录读到第{rows}条后无法继续：数据库已损坏，请从备份恢复。",
                        f"The audit rows cannot be read past row {rows} ({exc}).", check="audit"))
            return report
        check_data_against_trail(conn, add)
    finally:
        conn.close()
    return report


def verify_book(book, progress: Progress | None = None) -> VerifyReport:  # noqa: ANN001 - storage.book.Book
    """Check an open book: page HMACs, SQLite structure, schema revision, audit chain, key file, and
    every evidence file (exists, decrypts, matches its SHA-256; files that belong to no item).

    ``progress(done_bytes, total_bytes)`` follows the evidence check; returning False cancels it
    (:class:`OperationCancelled`).
    """
    report = _check_database(book.paths.db_path, db_key(book.master_key))
    try:
        keyfile = KeyFile.load(book.paths.key_path)
        current = keyfile.slots.get("current", {}).get("key_id")
        if keyfile.book_id != book.book_id:
            report.findings.append(Finding("error", "密钥文件属于另一个案件库。",
                                           "The key file belongs to another case book.", check="keyfile"))
        elif current != key_id(book.master_key) and keyfile.slots.get("pending", {}).get("key_id") != key_id(
                book.master_key):
            report.findings.append(Finding("warning", "密钥文件中的口令保护密钥与当前密钥不符：请重新设置口令。",
                                           "The key file does not hold the current key; set the passphrase again.",
                                           check="keyfile"))
    except BookError as exc:
        report.findings.append(Finding("error", exc.zh, exc.en, check="keyfile"))
    if report.ok and report.schema_revision == schema.head_revision():
        _check_statistics_rows(book, report)
    _check_vault(book, report, progress)
    return report


def _check_statistics_rows(book, report: VerifyReport) -> None:  # noqa: ANN001 - storage.book.Book
    """The derived statistics rows equal a fresh computation from the cases' records (a difference
    means the statistics would count a case wrongly; ``mediation-desk rebuild-statistics`` rewrites them)."""
    from mediation_desk.storage import statistics_facts_repo
    from mediation_desk.storage.engine import create_book_engine

    engine = book.engine if book.engine is not None else create_book_engine(book.paths.db_path, db_key(book.master_key))
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'case_stat_facts'"
                                ).fetchone() is None:
            return  # a book before the derived rows: the schema check names its revision
        stale = statistics_facts_repo.stale_cases(conn)
        numbers = dict(conn.exec_driver_sql("SELECT id, number FROM cases").fetchall()) if stale else {}
    if engine is not book.engine:
        engine.dispose()
    if stale:
        names = [str(numbers.get(i) or i) for i in stale[:10]]
        more = f"等{len(stale)}件" if len(stale) > 10 else ""
        report.findings.append(Finding(
            "error", f"统计用的派生数据与案件记录不一致：案件 {'、'.join(names)}{more}。请运行 mediation-desk rebuild-statistics 重新生成。",
            f"The derived statistics rows differ from the case records for {len(stale)} case(s): {', '.join(names)}. "
            "Run mediation-desk rebuild-statistics to rewrite them.", check="statistics"))


_EVIDENCE_SQL = ("SELECT e.id, e.uid, e.case_id, c.number, e.number, e.title, e.size, e.sha256, e.wrapped_dek, "
                 "e.dek_key_id, e.wrapped_dek_next, e.dek_next_key_id, e.format_version "
                 "FROM evidence_items e LEFT JOIN cases c ON c.id = e.case_id ORDER BY e.id")


def _check_vault(book, report: VerifyReport, progress: Progress | None, *,  # noqa: ANN001
                 db_path: Path | None = None, strays: bool = True) -> None:
    """Each registered item's file, then files that no item owns; damage to one item spares the others.

    ``db_path``: the register to check against (a backup's snapshot of the database); the book's by default.
    """
    add = report.findings.append
    try:
        conn = sqlcipher.connect(str(db_path or book.paths.db_path), isolation_level=None, check_same_thread=False)
    except sqlcipher.Error:
        return  # already reported by the database check
    try:
        conn.execute(key_pragma(db_key(book.master_key)))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'evidence_items'"
                            ).fetchone() is None:
                return  # a book from before the vault
            rows = conn.execute(_EVIDENCE_SQL).fetchall()
            packages = _outbox_rows(conn)
            other_uids = {str(r[1]) for r in packages}
        except sqlcipher.DatabaseError as exc:
            if report.ok:
                add(_damaged("vault", "读取证据登记", "Reading the evidence register", exc))
            return
    finally:
        conn.close()
    vault = Vault(book)
    total = sum(int(r[6]) for r in rows)
    done = 0
    _check_progress(progress, done, total)
    for (item_id, uid, case_id, case_number, number, title, size, sha, w, kid, wn, kidn, version) in rows:
        wraps = ((kid, bytes(w)),) + (((kidn, bytes(wn)),) if wn is not None and kidn else ())
        file = EvidenceFile(uid=uid, case_id=case_id, size=int(size), sha256=sha, wrapped_keys=wraps,
                            format_version=int(version), item_id=item_id)
        base = done
        try:
            result = vault.check_item(file, progress=None if progress is None else
                                      (lambda d, _t, base=base: progress(base + d, total)))
        except ValueError as exc:  # a uid that is not ours: the row itself was tampered with
            result = None
            add(Finding("error", f"案件 {case_number or case_id} 的证据{number}“{title}”：登记的文件编号无效。",
                        f"Case {case_number or case_id}, evidence {number} \"{title}\": invalid file id ({exc}).",
                        check="vault", evidence_id=item_id))
        done = base + int(size)
        if result is not None and not result.ok:
            add(Finding("error", f"案件 {case_number or case_id} 的证据{number}“{title}”：{result.zh}",
                        f"Case {case_number or case_id}, evidence {number} \"{title}\": {result.en}"
                        + (f" ({result.detail})" if result.detail else ""),
                        check="vault", evidence_id=item_id))
        _check_progress(progress, done, total)
    _check_packages(vault, packages, add)
    if not strays:
        return
    found_strays = _settled_strays(book, vault.stray_files({r[1] for r in rows} | other_uids))
    for kind, zh, en in _STRAY_TEXT:
        found = [s.relative for s in found_strays if s.kind == kind]
        if found:
            names = "、".join(found[:5]) + (f"等{len(found)}个文件" if len(found) > 5 else "")
            add(Finding("warning", f"{zh}：{names}", f"{en}: {', '.join(found[:20])}", check="vault"))


def _outbox_rows(conn) -> list[tuple]:  # noqa: ANN001
    """The hand-off packages kept in the vault for the outbox (docs/outbox.md)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'handoff_outbox'").fetchone() is None:
        return []
    return conn.execute("SELECT o.id, o.uid, COALESCE(o.case_id, 0), c.number, o.title, o.size, o.sha256, "
                        "o.wrapped_dek, o.dek_key_id, o.wrapped_dek_next, o.dek_next_key_id, o.format_version "
                        "FROM handoff_outbox o LEFT JOIN cases c ON c.id = o.case_id ORDER BY o.id").fetchall()


def _check_packages(vault: Vault, rows: list[tuple], add) -> None:  # noqa: ANN001
    for (item_id, uid, case_id, case_number, title, size, sha, w, kid, wn, kidn, version) in rows:
        wraps = ((kid, bytes(w)),) + (((kidn, bytes(wn)),) if wn is not None and kidn else ())
        where_zh = f"案件 {case_number} 的" if case_number else ""
        where_en = f"Case {case_number}, " if case_number else ""
        try:
            result = vault.check_item(EvidenceFile(uid=uid, case_id=case_id, size=int(size), sha256=sha,
                                                   wrapped_keys=wraps, format_version=int(version)))
        except ValueError as exc:
            add(Finding("error", f"{where_zh}法院衔接发件箱第{item_id}项“{title}”：登记的文件编号无效。",
                        f"{where_en}outbox item {item_id} \"{title}\": invalid file id ({exc}).", check="vault"))
            continue
        if not result.ok:
            add(Finding("error", f"{where_zh}法院衔接发件箱第{item_id}项“{title}”：{result.zh}",
                        f"{where_en}outbox item {item_id} \"{title}\": {result.en}", check="vault"))


def _outbox_uids(conn) -> set[str]:  # noqa: ANN001
    """Vault files of the hand-off packages in the outbox (not evidence, not strays)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'handoff_outbox'").fetchone() is None:
        return set()
    return {str(r[0]) for r in conn.execute("SELECT uid FROM handoff_outbox")}


def _settled_strays(book, strays: list[Stray]) -> list[Stray]:  # noqa: ANN001
    """Strays that are really strays: the evidence register is read again after the folder was listed (an add
    renames its file into place just before its commit, so a file listed after the first read may be committed
    by now), and a file placed less than ``ORPHAN_GRACE_S`` ago is left to the add that is still committing."""
    candidates = [s for s in strays if s.kind == "orphan"]
    if not candidates:
        return strays
    committed: set[str] = set()
    try:
        conn = sqlcipher.connect(str(book.paths.db_path), isolation_level=None, check_same_thread=False)
        try:
            conn.execute(key_pragma(db_key(book.master_key)))
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            uids = [s.uid for s in candidates]
            for i in range(0, len(uids), 500):
                part = uids[i:i + 500]
                committed.update(r[0] for r in conn.execute(
                    f"SELECT uid FROM evidence_items WHERE uid IN ({','.join('?' * len(part))})", part))
            committed |= _outbox_uids(conn)
        finally:
            conn.close()
    except sqlcipher.Error:
        pass  # the first read worked; damage found now is reported by the database check
    young = time.time() - ORPHAN_GRACE_S
    return [s for s in strays if s.kind != "orphan" or (s.uid not in committed and s.mtime <= young)]


_STRAY_TEXT = (
    ("orphan", "证据库中有不属于任何证据的加密文件（中断的添加留下的，密钥未保存，无法解密，可以删除）",
     "Encrypted files in the evidence vault belong to no item (left by an interrupted add; their key was never "
     "saved, they cannot be decrypted and may be removed)"),
    ("temp", "证据库中有中断的添加留下的临时文件（已加密，可以删除）",
     "Temporary files left in the evidence vault by an interrupted add (encrypted; they may be removed)"),
    ("unknown", "证据库文件夹中有不属于证据库的文件", "Files in the evidence vault folder that are not vault files"),
)

