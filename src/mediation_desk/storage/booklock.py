"""One program per book: an operating-system lock on the book's folder, and who holds it.

Every program that opens a book holds a lock on ``<book>/casebook.lock``: shared for desks
and readers (several may work side by side; SQLite serialises their writes), exclusive for
restore, re-key and schema upgrade. The lock belongs to the open file, so the kernel drops it
when the program ends, even after a kill. Beside it, each holder keeps a small description of
itself (user, host, process id, since when, what for) in ``<book>/casebook.lock.<pid>-<random>.json``; the
holder also locks its own description file, so a description whose file can be locked by
someone else belongs to a program that is gone and is removed.

POSIX: ``fcntl.flock``. Windows: ``LockFileEx`` on one byte far past the end of the file
(shared or exclusive), which does not stop anyone reading the file; this part is written to
the documented API and is not exercised by the test suite. Changing a held lock between
shared and exclusive is not atomic on either system: the lock is released and taken again,
and if the new mode cannot be had the old one is taken back.
"""

from __future__ import annotations

import getpass
import json
import os
import secrets
import shutil
import socket
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mediation_desk.domain import clock
from mediation_desk.domain.errors import BookError

LOCK_NAME = "casebook.lock"
HOLDER_PREFIX = "casebook.lock."  # casebook.lock.<pid>-<random>.json: one per holder
SHARED, EXCLUSIVE = "shared", "exclusive"
PURPOSES = {  # what a holder is doing, in words (zh, en)
    "desk": ("正在使用案件库", "working in the book"),
    "restore": ("正在恢复备份", "restoring a backup"),
    "rekey": ("正在更换数据密钥", "re-keying the book"),
    "upgrade": ("正在升级数据结构", "upgrading the schema"),
    "verify": ("正在校验案件库", "verifying the book"),
}
_FAR = 1 << 40  # Windows: the byte that is locked, far past any content

if os.name == "nt":  # pragma: no cover - not run by the test suite
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _OVERLAPPED(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD), ("hEvent", wintypes.HANDLE)]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LOCKFILE_FAIL_IMMEDIATELY, _LOCKFILE_EXCLUSIVE_LOCK = 0x1, 0x2

    def _overlapped() -> _OVERLAPPED:
        ov = _OVERLAPPED()
        ov.Offset, ov.OffsetHigh = _FAR & 0xFFFFFFFF, _FAR >> 32
        return ov

    def _try_lock(fd: int, exclusive: bool) -> bool:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        ov = _overlapped()
        handle = msvcrt.get_osfhandle(fd)
        return bool(_kernel32.LockFileEx(wintypes.HANDLE(handle), flags, 0, 1, 0, ctypes.byref(ov)))

    def _unlock(fd: int) -> None:
        ov = _overlapped()
        _kernel32.UnlockFileEx(wintypes.HANDLE(msvcrt.get_osfhandle(fd)), 0, 1, 0, ctypes.byref(ov))
else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _open_private(path: Path, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0), 0o600)


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by its owner only; tighten it if it exists (POSIX)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    make_private(path)


def make_private(path: Path) -> None:
    """Owner-only permissions on one file (0600) or folder (0700); POSIX only, never raises."""
    if os.name != "posix":
        return
    try:
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid():
            return
        want = 0o700 if stat.S_ISDIR(st.st_mode) else 0o600
        if stat.S_IMODE(st.st_mode) & 0o077:
            os.chmod(path, stat.S_IMODE(st.st_mode) & want)
    except OSError:
        pass


def make_tree_private(root: Path) -> None:
    """Tighten every file and folder under ``root`` (books made before files were created private)."""
    if os.name != "posix" or not root.is_dir():
        return
    make_private(root)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            make_private(Path(dirpath) / name)


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: datetime | None
    purpose: str
    mode: str

    def describe(self) -> tuple[str, str]:
        zh_what, en_what = PURPOSES.get(self.purpose, PURPOSES["desk"])
        when_zh = (f"自{self.since.year}年{self.since.month}月{self.since.day}日 {self.since:%H:%M}起"
                   if self.since else "")
        when_en = f" since {self.since:%Y-%m-%d %H:%M}" if self.since else ""
        return (f"用户 {self.user}（计算机 {self.host}，进程 {self.pid}）{when_zh}{zh_what}",
                f"user {self.user} on {self.host}, process {self.pid}, {en_what}{when_en}")


class BookLocked(BookError):
    """Another program holds the book in a way that excludes what was asked."""

    def __init__(self, zh: str, en: str, holders: list[Holder]) -> None:
        super().__init__(zh, en)
        self.holders = holders


class BookReplaced(BookError):
    """The book this program opened was moved away or replaced; it stops writing."""


def _me(purpose: str, mode: str) -> dict:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return {"user": user, "host": socket.gethostname(), "pid": os.getpid(),
            "since": clock.now().isoformat(timespec="seconds"), "purpose": purpose, "mode": mode}


def _read_holder(path: Path) -> Holder | None:
    try:
        obj = json.loads(path.read_text("utf-8"))
        since = datetime.fromisoformat(obj["since"]) if obj.get("since") else None
        return Holder(str(obj["user"]), str(obj["host"]), int(obj["pid"]), since, str(obj.get("purpose", "desk")),
                      str(obj.get("mode", SHARED)))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def live_holders(data_dir: Path, *, exclude: Path | None = None) -> list[Holder]:
    """Descriptions of the programs holding the book now; descriptions left by ended programs are removed."""
    out: list[Holder] = []
    for p in sorted(Path(data_dir).glob(f"{HOLDER_PREFIX}*.json")):
        if exclude is not None and p == exclude:
            continue
        try:
            fd = _open_private(p, os.O_RDWR)
        except OSError:
            continue
        try:
            if _try_lock(fd, exclusive=False):  # nobody keeps it locked: its program is gone
                _unlock(fd)
                try:
                    p.unlink()
                except OSError:
                    pass
                continue
        finally:
            os.close(fd)
        holder = _read_holder(p)
        if holder is not None:
            out.append(holder)
    return out


def _refusal(data_dir: Path, wanted: str, exclude: Path | None) -> BookLocked:
    holders = live_holders(data_dir, exclude=exclude)
    what_zh, what_en = PURPOSES.get(wanted, PURPOSES["desk"])
    if holders:
        zh = "；".join(h.describe()[0] for h in holders)
        en = "; ".join(h.describe()[1] for h in holders)
    else:
        zh, en = "另一个程序", "another program"
    return BookLocked(f"案件库正被另一个程序使用，现在不能{what_zh.removeprefix('正在')}：{zh}。请等它结束或关闭它后再试，"
                      "案件库未被改动。",
                      f"The case book is in use by another program, so this program cannot start {what_en}: {en}. "
                      "Wait for it to finish or close it and try again; the book was not changed.", holders)


class BookLock:
    """A held lock on one book's folder (see the module's docstring)."""

    def __init__(self, data_dir: Path, fd: int, mode: str, purpose: str, holder_path: Path | None,
                 holder_fd: int | None) -> None:
        self.data_dir = Path(data_dir)
        self._fd: int | None = fd
        self.mode = mode
        self.purpose = purpose
        self._holder_path = holder_path
        self._holder_fd = holder_fd
        self._ino = os.fstat(fd).st_ino

    @property
    def path(self) -> Path:
        return self.data_dir / LOCK_NAME

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def acquire(cls, data_dir: Path, mode: str = SHARED, purpose: str = "desk", *,
                clean: bool = True) -> "BookLock":
        """Take the lock or raise :class:`BookLocked` naming the holders. The folder must exist.

        With ``clean``, a program that finds itself alone (the exclusive lock is free) first removes
        what killed programs left behind (``clean_leftovers``), then keeps the mode asked for.
        """
        data_dir = Path(data_dir)
        make_private(data_dir)
        try:
            fd = _open_private(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT)
        except OSError as exc:
            raise BookError(f"无法锁定案件库文件夹：{exc.strerror or exc}", f"Cannot lock the case book: {exc}",
                            detail=str(exc)) from None
        try:
            if _try_lock(fd, exclusive=True):
                if clean:
                    clean_leftovers(data_dir)
                if mode == SHARED:
                    _unlock(fd)
                    if not _try_lock(fd, exclusive=False):
                        raise _refusal(data_dir, purpose, None)
            elif mode == EXCLUSIVE or not _try_lock(fd, exclusive=False):
                raise _refusal(data_dir, purpose, None)
            holder_path, holder_fd = _write_holder(data_dir, purpose, mode)
        except BaseException:
            os.close(fd)
            raise
        return cls(data_dir, fd, mode, purpose, holder_path, holder_fd)

    def change(self, mode: str, purpose: str) -> None:
        """Switch between shared and exclusive; raises :class:`BookLocked` (keeping the old mode) if refused."""
        if self._fd is None:
            raise BookReplaced("案件库已关闭。", "The case book is closed.")
        if mode == self.mode:
            return
        old = self.mode
        if os.name == "nt":  # pragma: no cover - a Windows lock changes mode only by unlocking first
            _unlock(self._fd)
        if not _try_lock(self._fd, exclusive=mode == EXCLUSIVE):
            refusal = _refusal(self.data_dir, purpose, self._holder_path)
            if not _try_lock(self._fd, exclusive=old == EXCLUSIVE):
                self.release()
                raise BookReplaced("另一个程序在本程序之间取得了案件库的独占锁，本程序已停止使用案件库，请重新打开。",
                                   "Another program took the book's exclusive lock meanwhile; this program stopped "
                                   "using the book. Open it again.")
            raise refusal
        self.mode, self.purpose = mode, purpose
        self._rewrite_holder()

    def before_rename(self) -> None:
        """Windows cannot rename a folder with open files in it: the lock is let go just before a restore
        moves the book aside (a window of a few milliseconds in which another program could open the old
        book; it would then be stopped by ``check`` at its first transaction). POSIX keeps the lock."""
        if os.name == "nt":  # pragma: no cover - not run by the test suite
            self.release()

    def moved_to(self, data_dir: Path) -> None:
        """The folder this lock is in was renamed (a restore moved the old book aside)."""
        data_dir = Path(data_dir)
        if self._holder_path is not None:
            self._holder_path = data_dir / self._holder_path.relative_to(self.data_dir)
        self.data_dir = data_dir

    def _rewrite_holder(self) -> None:
        if self._holder_fd is None:
            return
        try:
            data = json.dumps(_me(self.purpose, self.mode), ensure_ascii=False).encode("utf-8")
            os.lseek(self._holder_fd, 0, os.SEEK_SET)
            os.ftruncate(self._holder_fd, 0)
            os.write(self._holder_fd, data)
        except OSError:
            pass

    def still_ours(self) -> bool:
        """True while the folder's lock file is the one this lock holds (the book was not moved or replaced)."""
        if self._fd is None:
            return False
        try:
            return os.stat(self.path).st_ino == self._ino
        except OSError:
            return False

    def check(self) -> None:
        """Raise :class:`BookReplaced` if the book was moved away or replaced under this program."""
        if self._fd is None:
            return  # released by ``Book.close``: a task finishing during shutdown is not a replaced book
        if not self.still_ours():
            raise BookReplaced(
                "案件库文件夹已被移走或替换（例如另一个程序从备份恢复了案件库）。本程序已停止写入，没有保存这次操作；"
                "请关闭程序后重新打开案件库。",
                "The case book's folder was moved away or replaced (for example another program restored a "
                "backup). This program has stopped writing and did not save this action; close it and open the "
                "book again.")

    def release(self) -> None:
        if self._holder_fd is not None:
            try:
                if self._holder_path is not None:
                    self._holder_path.unlink()
            except OSError:
                pass
            os.close(self._holder_fd)
            self._holder_fd = None
        if self._fd is not None:
            try:
                _unlock(self._fd)
            except OSError:
                pass
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "BookLock":
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _write_holder(data_dir: Path, purpose: str, mode: str) -> tuple[Path | None, int | None]:
    """This program's description, locked by it; written under a temp name, locked, then renamed."""
    name = f"{HOLDER_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    try:
        tmp = data_dir / f".{name}.tmp"
        fd = _open_private(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL)
    except OSError:
        return None, None  # a read-only folder: the lock still works, only its description is missing
    try:
        _try_lock(fd, exclusive=True)
        os.write(fd, json.dumps(_me(purpose, mode), ensure_ascii=False).encode("utf-8"))
        final = data_dir / f"{name}.json"
        os.replace(tmp, final)
    except OSError:
        os.close(fd)
        return None, None
    return final, fd


def is_lock_artefact(path: Path) -> bool:
    return path.name == LOCK_NAME or path.name.startswith(HOLDER_PREFIX) or path.name.startswith(f".{HOLDER_PREFIX}")


# --------------------------------------------------------------------------- leftovers of killed programs


def restore_staging_glob(data_dir: Path) -> str:
    return f".{Path(data_dir).name}.restore-*"


def clean_leftovers(data_dir: Path) -> list[Path]:
    """Remove what killed programs left: evidence temp files (``.part``), restore staging folders beside
    the book, stale holder descriptions. Only called with the book's exclusive lock held, so their
    owners are gone. Returns what was removed."""
    from mediation_desk.storage.vault import TEMP_NAME_RE

    data_dir = Path(data_dir)
    removed: list[Path] = []
    vault = data_dir / "vault"
    if vault.is_dir():
        for p in vault.rglob(".*"):
            if TEMP_NAME_RE.match(p.name) and p.is_file() and not p.is_symlink():
                try:
                    p.unlink()
                    removed.append(p)
                except OSError:
                    pass
    if data_dir.parent.is_dir():
        for p in data_dir.parent.glob(restore_staging_glob(data_dir)):
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p)
    for p in list(data_dir.glob(f"{HOLDER_PREFIX}*")) + list(data_dir.glob(f".{HOLDER_PREFIX}*")):
        try:
            p.unlink()
            removed.append(p)
        except OSError:
            pass
    return removed
