"""How the render worker process is started: as little of this program's world as it needs.

* **Command**: this interpreter in isolated mode (``-I``: no ``PYTHON*`` variables, no user
  site-packages, neither the working folder nor the script's folder on ``sys.path``), with the
  folder holding the ``mediation_desk`` package put on ``sys.path`` explicitly. A packaged build
  runs itself with its hidden ``render-worker`` verb.
* **Environment**: built from nothing, not copied: a locale, a search path for system
  libraries and a temporary folder. No home folder, no keyring, agent or session-bus address,
  no display, nothing of the desk's own settings.
* **Working folder**: a new empty folder readable by this user only, removed when the worker
  stops.
* **Memory**: on POSIX the worker limits its own address space and data segment
  (``render_worker._limit_memory``) before it reads any request. On Windows the parent puts the
  worker in a job object with a per-process memory limit, one process at most, and the worker
  killed when the job's handle closes (:class:`WindowsJob`); if Windows refuses the job the
  worker still runs, with only the sandbox's own limits and the timeout. The one-process limit
  fits the one-folder build (``packaging/mediation-desk.spec``); a one-file build, whose
  bootloader starts a second process, would need it raised to two.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding the mediation_desk package
MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes of memory one worker may use (address space on POSIX)

_BOOT = ("import sys; sys.path.insert(0, sys.argv[1]); "
         "from mediation_desk.documents.render_worker import main; main()")

# Variables copied from the desk's environment when present (the OS needs them to start a
# process on Windows); everything else is left behind.
_WINDOWS_KEEP = ("SYSTEMROOT", "WINDIR", "SYSTEMDRIVE", "NUMBER_OF_PROCESSORS", "PROCESSOR_ARCHITECTURE")


# The Windows bundle has a windowed program (no standard streams) and a console twin for the
# verbs; the worker talks over its standard streams, so it runs as the console twin.
WINDOWS_CONSOLE_EXE = "mediation-desk-cli.exe"


def worker_command() -> list[str]:
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        if sys.platform == "win32" and (executable.parent / WINDOWS_CONSOLE_EXE).is_file():
            executable = executable.parent / WINDOWS_CONSOLE_EXE
        return [str(executable), "render-worker"]
    return [sys.executable, "-I", "-c", _BOOT, str(PACKAGE_ROOT)]


def worker_env(workdir: Path) -> dict[str, str]:
    """The worker's whole environment."""
    if sys.platform == "win32":
        env = {k: os.environ[k] for k in _WINDOWS_KEEP if k in os.environ}
        system_root = env.get("SYSTEMROOT", r"C:\Windows")
        env["PATH"] = os.path.join(system_root, "System32")
        env["TEMP"] = env["TMP"] = str(workdir)
        return env
    return {"PATH": os.defpath, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TMPDIR": str(workdir)}


def make_workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="mediation-desk-render-"))  # mode 0700


def remove_workdir(workdir: Path | None) -> None:
    if workdir is not None:
        shutil.rmtree(workdir, ignore_errors=True)


def popen_worker(command: list[str], workdir: Path) -> subprocess.Popen:
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=worker_env(workdir), cwd=str(workdir), close_fds=True,
                            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))


# --------------------------------------------------------------------------- Windows job objects

JOB_OBJECT_LIMIT_ACTIVE_PROCESS = 0x00000008
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9


def job_structures():  # noqa: ANN201 - the ctypes structure class
    """``JOBOBJECT_EXTENDED_LIMIT_INFORMATION`` as ctypes declares it (defined on every platform so
    its layout can be checked anywhere: 144 bytes on 64-bit Windows, 112 on 32-bit)."""
    import ctypes

    class IO_COUNTERS(ctypes.Structure):  # noqa: N801 - the Windows name
        _fields_ = [(name, ctypes.c_ulonglong) for name in (
            "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
            "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

    class JOBOBJECT_BASIC_LIMIT_INFORMATION(ctypes.Structure):  # noqa: N801
        _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64),
                    ("PerJobUserTimeLimit", ctypes.c_int64),
                    ("LimitFlags", ctypes.c_uint32),
                    ("MinimumWorkingSetSize", ctypes.c_size_t),
                    ("MaximumWorkingSetSize", ctypes.c_size_t),
                    ("ActiveProcessLimit", ctypes.c_uint32),
                    ("Affinity", ctypes.c_size_t),
                    ("PriorityClass", ctypes.c_uint32),
                    ("SchedulingClass", ctypes.c_uint32)]

    class JOBOBJECT_EXTENDED_LIMIT_INFORMATION(ctypes.Structure):  # noqa: N801
        _fields_ = [("BasicLimitInformation", JOBOBJECT_BASIC_LIMIT_INFORMATION),
                    ("IoInfo", IO_COUNTERS),
                    ("ProcessMemoryLimit", ctypes.c_size_t),
                    ("JobMemoryLimit", ctypes.c_size_t),
                    ("PeakProcessMemoryUsed", ctypes.c_size_t),
                    ("PeakJobMemoryUsed", ctypes.c_size_t)]

    return JOBOBJECT_EXTENDED_LIMIT_INFORMATION


def job_limits(memory_limit: int = MEMORY_LIMIT):  # noqa: ANN201
    """The limits a worker's job gets: memory per process, one process, killed with the job."""
    info = job_structures()()
    info.BasicLimitInformation.LimitFlags = (JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_ACTIVE_PROCESS
                                             | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
                                             | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION)
    info.BasicLimitInformation.ActiveProcessLimit = 1
    info.ProcessMemoryLimit = memory_limit
    return info


class WindowsJob:
    """A job object holding one worker (Windows only; ``applied`` says whether it took)."""

    def __init__(self, proc: subprocess.Popen, memory_limit: int = MEMORY_LIMIT) -> None:
        self.handle = None
        self.applied = False
        if sys.platform != "win32":
            return
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        kernel32.CreateJobObjectW.argtypes = (wintypes.LPVOID, wintypes.LPCWSTR)
        kernel32.SetInformationJobObject.restype = wintypes.BOOL
        kernel32.SetInformationJobObject.argtypes = (wintypes.HANDLE, ctypes.c_int, wintypes.LPVOID, wintypes.DWORD)
        kernel32.AssignProcessToJobObject.restype = wintypes.BOOL
        kernel32.AssignProcessToJobObject.argtypes = (wintypes.HANDLE, wintypes.HANDLE)
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        self._kernel32 = kernel32
        handle = kernel32.CreateJobObjectW(None, None)
        if not handle:
            return
        self.handle = handle
        info = job_limits(memory_limit)
        if not kernel32.SetInformationJobObject(handle, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
                                                ctypes.byref(info), ctypes.sizeof(info)):
            return
        self.applied = bool(kernel32.AssignProcessToJobObject(handle, int(proc._handle)))  # type: ignore[attr-defined]

    def close(self) -> None:
        if self.handle is not None:
            self._kernel32.CloseHandle(self.handle)  # kills the worker if it is still running
            self.handle = None


__all__ = ["MEMORY_LIMIT", "PACKAGE_ROOT", "WindowsJob", "job_limits", "job_structures", "make_workdir",
           "popen_worker", "remove_workdir", "worker_command", "worker_env"]
