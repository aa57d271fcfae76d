"""The evidence vault: one encrypted file per item of evidence, inside the book's folder.

Layout::

    vault/<first two hex digits of uid>/<uid>.mdv      uid = 32 random hex digits, one per item

Each file is a ``storage.crypto_stream`` stream (AES-256-GCM in 1 MiB chunks, STREAM nonces)
under the item's own random 256-bit data key (DEK). Its associated data binds it to the item's
uid and case id, so a file copied over another item's, or moved to another case, fails
authentication. The DEK is stored in the item's database row wrapped by AES-256-GCM under
KEK = HKDF(master key, "vault-v1")::

    wrapped DEK = 0x01 | nonce (12) | AES-256-GCM(KEK, nonce, DEK, aad = label | uid | case id | key id)

with the id of the master key beside it. Rotating the master key re-wraps the DEKs (a few
bytes per item) and never rewrites a file; during a re-key a row briefly holds the DEK under
both keys (docs/architecture.md, "Evidence vault").

Writes are safe saves: a temp file (``.<uid>.mdv.part-…``) in the same folder, fsync, atomic
rename, fsync of the folder. The rename happens last inside the database transaction that adds
the row, so a row never exists without its file; a failure removes the file. Memory use is
bounded by a few chunks whatever the size of the file; the SHA-256 of the plaintext is
computed while writing and checked on every full read.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import stat
import time
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mediation_desk.domain.errors import BookError, ConflictError, OperationCancelled, ValidationError
from mediation_desk.domain.evidence import EvidenceDamaged, IntegrityCheck, IntegrityStatus
from mediation_desk.services.ports import EvidenceFile, Progress
from mediation_desk.storage.crypto_stream import (DEFAULT_CHUNK_SIZE, HEADER_LEN, StreamCorrupt, StreamHeader,
                                                  StreamReader, StreamWriter, ciphertext_size)
from mediation_desk.storage.fsutil import fsync_dir, private_opener
from mediation_desk.storage.keys import derive_key, key_id

VAULT_KEY_LABEL = "vault-v1"
FILE_SUFFIX = ".mdv"
FORMAT_VERSION = 1
CHUNK_SIZE = DEFAULT_CHUNK_SIZE
DEK_LEN = 32
_WRAP_VERSION = 1
_WRAP_LEN = 1 + 12 + DEK_LEN + 16
_DEK_LABEL = b"mediation-desk vault dek v1"
_FILE_LABEL = b"mediation-desk vault file v1"
_UID_RE = re.compile(r"^[0-9a-f]{32}$")
_FILE_RE = re.compile(r"^([0-9a-f]{2})/([0-9a-f]{32})\.mdv$")
TEMP_NAME_RE = re.compile(r"^\.[0-9a-f]{32}\.mdv\.part-\d+-[0-9a-f]+$")  # a file being written
TEMP_GRACE_S = 3600  # a temp file younger than this may belong to an add in progress
ORPHAN_GRACE_S = 600  # a placed file younger than this may belong to an add whose transaction is committing


# --------------------------------------------------------------------------- keys


def new_uid() -> str:
    return secrets.token_hex(16)


def _check_uid(uid: str) -> str:
    if not _UID_RE.match(uid or ""):
        raise ValueError(f"not a vault uid: {uid!r}")
    return uid


def file_aad(uid: str, case_id: int) -> bytes:
    return b"\x00".join([_FILE_LABEL, _check_uid(uid).encode("ascii"), str(int(case_id)).encode("ascii")])


def _dek_aad(uid: str, case_id: int, kid: str) -> bytes:
    return b"\x00".join([_DEK_LABEL, _check_uid(uid).encode("ascii"), str(int(case_id)).encode("ascii"),
                         kid.encode("ascii")])


def wrap_dek(master_key: bytes, dek: bytes, uid: str, case_id: int) -> tuple[str, bytes]:
    """(key id of ``master_key``, wrapped DEK)."""
    if len(dek) != DEK_LEN:
        raise ValueError("a data key is 32 bytes")
    kid = key_id(master_key)
    nonce = os.urandom(12)
    sealed = AESGCM(derive_key(master_key, VAULT_KEY_LABEL)).encrypt(nonce, dek, _dek_aad(uid, case_id, kid))
    return kid, bytes([_WRAP_VERSION]) + nonce + sealed


def unwrap_dek(master_key: bytes, wrapped: bytes, uid: str, case_id: int) -> bytes | None:
    """The DEK, or None when ``wrapped`` is not a DEK of this item under ``master_key``."""
    wrapped = bytes(wrapped)
    if len(wrapped) != _WRAP_LEN or wrapped[0] != _WRAP_VERSION:
        return None
    try:
        return AESGCM(derive_key(master_key, VAULT_KEY_LABEL)).decrypt(
            wrapped[1:13], wrapped[13:], _dek_aad(uid, case_id, key_id(master_key)))
    except InvalidTag:
        return None


def _dek_for(master_key: bytes, uid: str, case_id: int, wraps) -> bytes | None:  # noqa: ANN001
    kid = key_id(master_key)
    for wrap_kid, blob in wraps:
        if wrap_kid == kid and blob is not None:
            dek = unwrap_dek(master_key, blob, uid, case_id)
            if dek is not None:
                return dek
    return None


# --------------------------------------------------------------------------- re-keying the data keys


# Tables whose rows hold a vault file's wrapped data key (same columns; a NULL case id is 0 in the
# file's associated data): evidence items and the hand-off packages in the outbox.
KEYED_TABLES = ("evidence_items", "handoff_outbox")


def _has_table(conn, table: str = "evidence_items") -> bool:  # noqa: ANN001 - a DB-API connection in autocommit mode
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() \
        is not None


def _rows_sql(table: str) -> str:
    return (f"SELECT id, uid, COALESCE(case_id, 0), wrapped_dek, dek_key_id, wrapped_dek_next, dek_next_key_id "
            f"FROM {table}")


def prepare_rekey(conn, old_mk: bytes, new_mk: bytes) -> int:  # noqa: ANN001
    """Re-key step before ``PRAGMA rekey``: in one transaction, every data key that ``old_mk`` opens is
    kept wrapped under ``old_mk`` (``wrapped_dek``) and also wrapped under ``new_mk`` (``wrapped_dek_next``).

    The database still opens with ``old_mk`` only, and both wraps are readable by whichever key ends
    up opening it. Returns the number of rows prepared. ``conn`` is a DB-API connection without an
    open transaction.
    """
    tables = [t for t in KEYED_TABLES if _has_table(conn, t)]
    if not tables:
        return 0
    old_kid, new_kid = key_id(old_mk), key_id(new_mk)
    conn.execute("BEGIN IMMEDIATE")
    count = 0
    try:
        for table in tables:
            updates = []
            for row_id, uid, case_id, w, kid, wn, kidn in conn.execute(_rows_sql(table) + " ORDER BY id").fetchall():
                wraps = [(kid, w), (kidn, wn)]
                dek = _dek_for(old_mk, uid, case_id, wraps)
                if dek is None:
                    continue  # already unreadable (reported by verify); left as it is
                old_blob = next(bytes(b) for k, b in wraps if k == old_kid and b is not None)
                updates.append((old_blob, old_kid, wrap_dek(new_mk, dek, uid, case_id)[1], new_kid, row_id))
            conn.executemany(f"UPDATE {table} SET wrapped_dek = ?, dek_key_id = ?, wrapped_dek_next = ?, "
                             "dek_next_key_id = ? WHERE id = ?", updates)
            count += len(updates)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return count


def settle_keys(conn, master_key: bytes, *, previous: bytes | None = None) -> int:  # noqa: ANN001
    """After the database opens with ``master_key``: make its wrap the current one on every row.

    Rows whose ``next`` wrap is under ``master_key`` get it promoted (pure SQL). With ``previous``
    (the key before a re-key, known only to ``rekey`` itself), rows that still have only a wrap
    under ``previous`` (added after ``prepare_rekey``) are re-wrapped. Rows already settled are not
    touched; wraps under other keys are left alone (harmless, replaced by the next re-key).
    Returns the number of rows changed.
    """
    tables = [t for t in KEYED_TABLES if _has_table(conn, t)]
    if not tables:
        return 0
    kid = key_id(master_key)
    work = []
    for table in tables:
        pending = conn.execute(f"SELECT count(*) FROM {table} WHERE dek_next_key_id = ?", (kid,)).fetchone()[0]
        late: list = []
        if previous is not None:
            late = conn.execute(_rows_sql(table) + " WHERE dek_key_id = ? AND (dek_next_key_id IS NULL OR "
                                "dek_next_key_id != ?)", (key_id(previous), kid)).fetchall()
        if pending or late:
            work.append((table, late))
    if not work:
        return 0
    changed = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table, late in work:
            cur = conn.execute(f"UPDATE {table} SET wrapped_dek = wrapped_dek_next, dek_key_id = dek_next_key_id, "
                               "wrapped_dek_next = NULL, dek_next_key_id = NULL WHERE dek_next_key_id = ?", (kid,))
            changed += cur.rowcount
            updates = []
            for row_id, uid, case_id, w, k, wn, kn in late:
                dek = _dek_for(previous, uid, case_id, [(k, w), (kn, wn)])  # type: ignore[arg-type]
                if dek is not None:
                    updates.append((wrap_dek(master_key, dek, uid, case_id)[1], kid, row_id))
            conn.executemany(f"UPDATE {table} SET wrapped_dek = ?, dek_key_id = ?, wrapped_dek_next = NULL, "
                             "dek_next_key_id = NULL WHERE id = ?", updates)
            changed += len(updates)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return changed


# --------------------------------------------------------------------------- staged files


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass  # a file we cannot remove is encrypted under a key nobody kept; verify reports it


@dataclass
class StagedVaultFile:
    """An encrypted file under its temp name; ``place()`` renames it, ``discard()`` removes it."""

    file: EvidenceFile
    temp_path: Path
    final_path: Path
    placed: bool = False

    def place(self) -> None:
        if self.placed:
            return
        try:
            os.replace(self.temp_path, self.final_path)
            self.placed = True
            fsync_dir(self.final_path.parent)
        except OSError as exc:
            raise _write_error(exc) from None

    def discard(self) -> None:
        _unlink(self.temp_path)
        if self.placed:
            _unlink(self.final_path)
            self.placed = False
        try:
            fsync_dir(self.final_path.parent)
        except OSError:
            pass


@dataclass
class StagedExportFile:
    """A decrypted, checked copy under a temp name beside ``target``."""

    target: Path
    size: int
    sha256: str
    temp_path: Path
    placed: bool = field(default=False)

    def place(self) -> None:
        if self.placed:
            return
        try:
            os.replace(self.temp_path, self.target)
            self.placed = True
            fsync_dir(self.target.parent)
        except OSError as exc:
            raise BookError(f"无法写入导出文件：{self.target}（{exc.strerror or exc}）。",
                            f"Cannot write the exported file {self.target}: {exc}.", detail=str(exc)) from None

    def discard(self) -> None:
        _unlink(self.temp_path)
        if self.placed:
            _unlink(self.target)
            self.placed = False


@dataclass(frozen=True)
class Stray:
    """A file in the vault folder that no item owns.

    ``kind``: "orphan" (a vault file whose row was never committed: its key is lost, it cannot be
    decrypted), "temp" (a temp file older than the grace period, left by an interrupted add) or
    "unknown" (not named like a vault file at all).
    """

    relative: str
    kind: str
    size: int
    mtime: float = 0.0

    @property
    def uid(self) -> str | None:
        m = _FILE_RE.match(self.relative)
        return m.group(2) if m else None


def _write_error(exc: OSError) -> BookError:
    return BookError(f"无法写入证据库（磁盘已满或不可写：{exc.strerror or exc}），证据未保存。",
                     f"Cannot write to the evidence vault (disk full or not writable: {exc}); nothing was saved.",
                     detail=str(exc))


def _read_into(fh: BinaryIO, buf: bytearray) -> int:
    """Fill ``buf`` from ``fh``; fewer bytes only at the end of the file. Returns the count."""
    view = memoryview(buf)
    got = 0
    while got < len(buf):
        n = fh.readinto(view[got:])
        if not n:
            break
        got += n
    return got


def _check_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise OperationCancelled()


def _damaged(status: IntegrityStatus, detail: str = "") -> EvidenceDamaged:
    check = IntegrityCheck.of(None, status, detail)
    return EvidenceDamaged(f"证据文件{check.zh}。", f"The evidence file failed its check: {check.en}.",
                           status=status, detail=detail or None)


# --------------------------------------------------------------------------- the vault


class Vault:
    """Implements ``services.ports.EvidenceVault`` for one open book (``book.paths``, ``book.master_key``).

    The master key is read at each call, so the vault keeps working across a re-key.
    """

    def __init__(self, book, *, chunk_size: int = CHUNK_SIZE) -> None:  # noqa: ANN001 - storage.book.Book
        self._book = book
        self.chunk_size = chunk_size

    @property
    def root(self) -> Path:
        return Path(self._book.paths.vault_dir)

    def path_of(self, uid: str) -> Path:
        _check_uid(uid)
        return self.root / uid[:2] / f"{uid}{FILE_SUFFIX}"

    def holds(self, path: Path) -> bool:
        """True if ``path`` lies inside the book's folder (nothing is exported there)."""
        data_dir = Path(self._book.paths.data_dir).resolve()
        target = Path(path).expanduser().resolve()
        return target == data_dir or data_dir in target.parents

    def _dek(self, file: EvidenceFile) -> bytes | None:
        return _dek_for(self._book.master_key, file.uid, file.case_id, file.wrapped_keys)

    # ---- writing

    def _ensure_dir(self, folder: Path) -> None:
        """The vault folder and its sub-folder, created durably (the book's folder itself must exist)."""
        for d in (self.root, folder):
            if not d.is_dir():
                d.mkdir(mode=0o700, exist_ok=True)
                fsync_dir(d.parent)

    def stage(self, *, case_id: int, source: Path, progress: Progress | None = None) -> StagedVaultFile:
        """Encrypt ``source`` into a temp file of the vault; nothing remains if this raises."""
        source = Path(source)
        try:
            src = open(source, "rb", buffering=0)  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise ValidationError({"source_path": f"找不到要添加的文件：{source.name}"}) from None
        except IsADirectoryError:
            raise ValidationError({"source_path": "请选择一个文件，而不是文件夹"}) from None
        except PermissionError:
            raise ValidationError({"source_path": f"无权读取该文件：{source.name}"}) from None
        except OSError as exc:
            raise ValidationError({"source_path": f"无法读取该文件：{exc.strerror or exc}"}) from None
        with src:
            st = os.fstat(src.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise ValidationError({"source_path": "只能添加普通文件"})
            uid = new_uid()
            final = self.path_of(uid)
            temp = final.with_name(f".{uid}{FILE_SUFFIX}.part-{os.getpid()}-{secrets.token_hex(4)}")
            dek = os.urandom(DEK_LEN)
            try:
                self._ensure_dir(final.parent)
                with open(temp, "xb", opener=private_opener) as out:
                    size, digest = self._encrypt(src, out, dek, file_aad(uid, case_id), st.st_size, progress)
                    out.flush()
                    os.fsync(out.fileno())
            except BaseException as exc:
                _unlink(temp)
                if isinstance(exc, OSError) and not isinstance(exc, _SourceError):
                    raise _write_error(exc) from None
                if isinstance(exc, _SourceError):
                    raise ValidationError({"source_path": f"读取文件时出错：{exc.strerror or exc}"}) from None
                raise
        kid, wrapped = wrap_dek(self._book.master_key, dek, uid, case_id)
        file = EvidenceFile(uid=uid, case_id=case_id, size=size, sha256=digest, wrapped_keys=((kid, wrapped),),
                            format_version=FORMAT_VERSION)
        return StagedVaultFile(file=file, temp_path=temp, final_path=final)

    def _encrypt(self, src: BinaryIO, out: BinaryIO, dek: bytes, aad: bytes, total: int,
                 progress: Progress | None) -> tuple[int, str]:
        """Read one chunk ahead (so the last chunk is known) into two reused buffers, and seal each
        chunk straight from its buffer: no per-chunk allocation or copy of the plaintext."""
        size = self.chunk_size
        bufs = (bytearray(size), bytearray(size))

        def read_into(buf: bytearray) -> int:
            try:
                return _read_into(src, buf)
            except OSError as exc:
                raise _SourceError(exc.errno, exc.strerror) from None

        h = hashlib.sha256()
        writer = StreamWriter(out, dek, aad, chunk_size=size)
        _check_progress(progress, 0, total)
        done = 0
        cur = 0
        n = read_into(bufs[cur])
        while True:
            following = read_into(bufs[1 - cur]) if n == size else 0
            piece = memoryview(bufs[cur])[:n]
            h.update(piece)
            writer.write_chunk(piece, last=following == 0)
            done += n
            _check_progress(progress, done, max(total, done))
            if following == 0:
                return done, h.hexdigest()
            cur, n = 1 - cur, following

    # ---- reading

    def _open_checked(self, file: EvidenceFile) -> tuple[BinaryIO, bytes]:
        """The open file positioned at its start and its DEK, after the cheap checks (exists, size, key)."""
        path = self.path_of(file.uid)
        try:
            fh = open(path, "rb")  # noqa: SIM115 - handed to the caller
        except FileNotFoundError:
            raise _damaged(IntegrityStatus.MISSING) from None
        except OSError as exc:
            raise _damaged(IntegrityStatus.UNREADABLE, str(exc)) from None
        try:
            actual = os.fstat(fh.fileno()).st_size
            raw = fh.read(HEADER_LEN)
            if len(raw) < HEADER_LEN:
                raise _damaged(IntegrityStatus.TRUNCATED, f"{actual} bytes")
            try:
                header = StreamHeader.parse(raw)
            except StreamCorrupt as exc:
                raise _damaged(IntegrityStatus.CHANGED, exc.en) from None
            expected = ciphertext_size(file.size, header.chunk_size)
            if actual < expected:
                raise _damaged(IntegrityStatus.TRUNCATED, f"{actual} of {expected} bytes")
            if actual > expected:
                raise _damaged(IntegrityStatus.CHANGED, f"{actual - expected} bytes appended")
            dek = self._dek(file)
            if dek is None:
                raise _damaged(IntegrityStatus.UNREADABLE, "no data key opens with the current master key")
            fh.seek(0)
            return fh, dek
        except BaseException:
            fh.close()
            raise

    def open_plaintext_stream(self, file: EvidenceFile) -> Generator[bytes, None, None]:
        """Authenticated plaintext chunks of the item's file.

        Raises :class:`EvidenceDamaged` (missing, truncated, altered, swapped, wrong key) before the
        first chunk when the cheap checks fail, or at the end when the SHA-256 differs; a chunk is
        only yielded after its tag checked. Close the generator if it is not read to the end.
        """
        fh, dek = self._open_checked(file)
        with fh:
            h = hashlib.sha256()
            n = 0
            try:
                reader = StreamReader(fh, dek, file_aad(file.uid, file.case_id))
                for chunk in reader:
                    h.update(chunk)
                    n += len(chunk)
                    yield chunk
            except StreamCorrupt as exc:
                raise _damaged(IntegrityStatus.CHANGED, exc.en) from None
            except OSError as exc:
                raise _damaged(IntegrityStatus.UNREADABLE, str(exc)) from None
        if n != file.size or h.hexdigest() != file.sha256:
            raise _damaged(IntegrityStatus.CHANGED, "sha256 mismatch")

    def check_item(self, file: EvidenceFile, *, progress: Progress | None = None) -> IntegrityCheck:
        """Decrypt and re-hash the whole file; the status and the reason in words (never raises for damage)."""
        done = 0
        try:
            stream = self.open_plaintext_stream(file)
            try:
                for chunk in stream:
                    done += len(chunk)
                    _check_progress(progress, done, file.size)
            finally:
                stream.close()
        except EvidenceDamaged as exc:
            return IntegrityCheck.of(file.item_id, exc.status, exc.detail or "")
        return IntegrityCheck.of(file.item_id, IntegrityStatus.OK)

    def export_to(self, file: EvidenceFile, target: Path, *, progress: Progress | None = None,
                  overwrite: bool = False) -> StagedExportFile:
        """Decrypt into a temp file beside ``target`` (checked to the last byte); ``place()`` renames it."""
        target = Path(target).expanduser().absolute()
        if self.holds(target):
            raise ValidationError({"target_path": "不能导出到案件库文件夹内，请另选位置"})
        if target.is_dir():
            raise ValidationError({"target_path": "请填写文件名，而不是文件夹"})
        if target.exists() and not overwrite:
            raise ConflictError(f"目标文件已存在：{target.name}", f"The target file exists: {target}")
        temp = target.with_name(f".{target.name}.part-{os.getpid()}-{secrets.token_hex(4)}")
        h = hashlib.sha256()
        done = 0
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            stream = self.open_plaintext_stream(file)
            try:
                with open(temp, "xb") as out:
                    _check_progress(progress, 0, file.size)
                    for chunk in stream:
                        out.write(chunk)
                        h.update(chunk)
                        done += len(chunk)
                        _check_progress(progress, done, file.size)
                    out.flush()
                    os.fsync(out.fileno())
            finally:
                stream.close()
        except BaseException as exc:
            _unlink(temp)
            if isinstance(exc, OSError):
                raise BookError(f"无法写入导出文件：{target}（{exc.strerror or exc}），未导出。",
                                f"Cannot write the exported file {target}: {exc}; nothing was exported.",
                                detail=str(exc)) from None
            raise
        return StagedExportFile(target=target, size=done, sha256=h.hexdigest(), temp_path=temp)

    # ---- housekeeping

    def stray_files(self, known_uids: set[str], *, temp_grace_s: int = TEMP_GRACE_S) -> list[Stray]:
        """Files under the vault folder that no item owns, and temp files older than ``temp_grace_s``."""
        out: list[Stray] = []
        if not self.root.is_dir():
            return out
        now = time.time()
        for p in sorted(self.root.rglob("*")):
            try:
                if not p.is_file() or p.is_symlink():
                    continue
                st = p.stat()
            except OSError:
                continue
            rel = p.relative_to(self.root).as_posix()
            if TEMP_NAME_RE.match(p.name):
                if now - st.st_mtime > temp_grace_s:
                    out.append(Stray(rel, "temp", st.st_size, st.st_mtime))
                continue
            m = _FILE_RE.match(rel)
            if m and m.group(2).startswith(m.group(1)):
                if m.group(2) not in known_uids:
                    out.append(Stray(rel, "orphan", st.st_size, st.st_mtime))
                continue
            out.append(Stray(rel, "unknown", st.st_size, st.st_mtime))
        return out


class _SourceError(OSError):
    """Reading the file being added failed (as opposed to writing the vault)."""
