"""Locks: one file is worked on by one Segmenter at a time.

Two kinds:

- :class:`OsLock`, an operating-system lock (``flock`` on POSIX, ``msvcrt.locking`` on
  Windows) on a small file, held for as long as the process has the file open.  It goes
  with its process, so a crash never leaves it behind.  Recovery journals use it: a live
  journal is never read, moved or deleted by another process.
- :class:`ProjectLock`, a lock file beside a project (``.~lock.<name>#``, as LibreOffice
  names its own), saying who holds it — user, host, process id, time.  It is a plain
  file created with ``O_EXCL``, so it works on a network share where ``flock`` may not,
  and another user's Segmenter can say who has the project.  A lock left by a crash on
  this machine (its process is gone) is *stale* and is taken over, and the caller is
  told so; a lock of another machine is honoured (its process cannot be checked from
  here).  The lock file also holds an :class:`OsLock` while its holder runs, so a stale
  lock is told from a live one even when the process id was reused.
"""

from __future__ import annotations

import contextlib
import datetime
import getpass
import json
import os
import socket
import stat
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from segmenter_app.core.fileio import process_alive, shorten_name

#: The paths this process holds an OsLock on (a POSIX lock would also let this process
#: "take" its own lock a second time; the registry says no).
_HELD: dict[str, OsLock] = {}


class OsLock:
    """An exclusive, non-blocking OS lock on ``path`` (created if missing)."""

    def __init__(self, path: Path, handle) -> None:
        self.path = path
        self._handle = handle

    @classmethod
    def try_acquire(cls, path: Path | str) -> OsLock | None:
        """The lock, or None when another process (or this one) holds it."""
        path = Path(path)
        key = _key(path)
        if key in _HELD:
            return None
        for _attempt in range(5):
            handle = _open_lock_file(path)
            if handle is None:
                return None
            try:
                if sys.platform == "win32":
                    import msvcrt

                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    # The holder before us may have removed the file as it let go: a
                    # lock on a removed file locks nothing, so start again.
                    if os.fstat(handle.fileno()).st_ino != os.stat(path).st_ino:
                        handle.close()
                        continue
            except OSError:
                handle.close()
                return None
            lock = cls(path, handle)
            _HELD[key] = lock
            return lock
        return None

    @classmethod
    def acquire(cls, path: Path | str, timeout: float = 5.0) -> OsLock | None:
        """:meth:`try_acquire`, trying again for up to ``timeout`` seconds: a Segmenter
        scanning the recovery folder holds a lock for a moment only."""
        deadline = time.monotonic() + timeout
        while True:
            lock = cls.try_acquire(path)
            if lock is not None or time.monotonic() >= deadline or _key(Path(path)) in _HELD:
                return lock
            time.sleep(0.01)

    def release(self, *, remove: bool = False) -> None:
        if self._handle is None:
            return
        if remove:
            # Removed while still locked: no other process can lock it in between.
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            self._handle.close()
        self._handle = None
        _HELD.pop(_key(self.path), None)

    @property
    def held(self) -> bool:
        return self._handle is not None


def _open_lock_file(path: Path):
    """``path`` opened to lock it (created if missing), or None: a link, a FIFO, a
    device, a folder is no lock file — opening a FIFO would block for ever, and a link
    could point anywhere."""
    flags = (
        os.O_RDWR
        | os.O_CREAT
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_NOCTTY", 0)
        | getattr(os, "O_BINARY", 0)
    )
    try:
        descriptor = os.open(path, flags, 0o644)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            os.close(descriptor)
            return None
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "a+b")
    except OSError:
        with contextlib.suppress(OSError):
            os.close(descriptor)
        return None


def held_by_this_process(path: Path | str) -> bool:
    return _key(Path(path)) in _HELD


def is_locked_elsewhere(path: Path | str) -> bool:
    """Does another process (or another part of this one) hold an OsLock on ``path``?"""
    return os_lock_state(path) != "free"


def os_lock_state(path: Path | str) -> str:
    """``"free"`` (nobody holds an OS lock on ``path``, or it does not exist), ``"held"``
    (a process, maybe this one, holds it) or ``"unknown"`` (it cannot be told: no lock
    file, or a file system without OS locks)."""
    path = Path(path)
    if held_by_this_process(path):
        return "held"
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return "unknown"
    except FileNotFoundError:
        return "free"
    except OSError:
        return "unknown"
    handle = _open_lock_file(path)
    if handle is None:
        return "unknown"
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return "free"
    except BlockingIOError:
        return "held"
    except PermissionError:
        return "held"  # Windows: locked by another process
    except OSError:
        return "unknown"  # no OS locks here (some network shares)
    finally:
        handle.close()


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


# --------------------------------------------------------------------------- projects


@dataclass(frozen=True)
class LockHolder:
    """Who holds a project (as its lock file says)."""

    user: str
    host: str
    pid: int
    since: str  #: ISO 8601, UTC
    #: the machine's boot (Linux: /proc/sys/kernel/random/boot_id): a lock of an earlier
    #: boot is stale whatever its process id says
    boot: str = ""
    #: when the holding process started (Linux: clock ticks after boot), to tell it from
    #: another process that got the same id
    started: str = ""
    #: a random word of the holding process: this process knows its own lock by it, not
    #: by a process id that a restart in a container or a Flatpak may get again
    token: str = ""

    @property
    def this_machine(self) -> bool:
        return self.host == socket.gethostname()

    @property
    def this_process(self) -> bool:
        return self.this_machine and bool(self.token) and self.token == _TOKEN


class ProjectLocked(Exception):
    """The project is open in another Segmenter; ``holder`` says whose."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(f"{path}: held by {holder.user} on {holder.host} (process {holder.pid})")
        self.path = path
        self.holder = holder


def lock_path_for(project: Path | str) -> Path:
    """The lock file of ``project``, beside the file itself: a project opened through a
    link (or two links) has one lock, beside the file they name."""
    project = Path(os.path.realpath(project))
    return project.with_name(shorten_name(f".~lock.{project.name}#"))


class ProjectLock:
    """The lock of one project file, held by this process.

    :meth:`acquire` raises :class:`ProjectLocked` when a live Segmenter holds it; it
    takes over a stale lock (its process on this machine is gone) and says so in
    :attr:`took_over` (the holder that crashed)."""

    def __init__(self, project: Path, os_lock: OsLock | None, took_over: LockHolder | None) -> None:
        self.project = project
        self.path = lock_path_for(project)
        self._os_lock = os_lock
        self.took_over = took_over

    @classmethod
    def acquire(cls, project: Path | str) -> ProjectLock:
        project = Path(project)
        path = lock_path_for(project)
        took_over: LockHolder | None = None
        for _attempt in range(3):
            if held_by_this_process(path):
                raise ProjectLocked(project, read_holder(path) or _holder_of_me())  # open here already
            if not _clear_non_file(path):
                # A folder full of something sits where the lock goes: no lock can be
                # taken there (as on a read-only share); the save checks still hold.
                return cls(project, None, took_over)
            holder = read_holder(path)
            if holder is not None:
                if holder.this_process or not is_stale(path, holder):
                    raise ProjectLocked(project, holder)
                took_over = holder
                with contextlib.suppress(OSError):
                    path.unlink()
            elif path.exists() and not _stale_unreadable(path):
                # Being written this instant by another Segmenter, or not ours to judge.
                raise ProjectLocked(project, LockHolder("?", "?", 0, ""))
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
            try:
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                continue  # another Segmenter was quicker: look again
            except OSError:
                # A folder we cannot write to (a read-only share): no lock can be
                # taken, and no save can happen there either; open without one.
                return cls(project, None, took_over)
            os_lock = None
            try:
                os.write(descriptor, json.dumps(_me(), ensure_ascii=False).encode("utf-8"))
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
            os_lock = OsLock.try_acquire(path)
            return cls(project, os_lock, took_over)
        holder = read_holder(path) or LockHolder("?", "?", 0, "")
        raise ProjectLocked(project, holder)

    def release(self) -> None:
        """Remove the lock file (only if it is still ours)."""
        holder = read_holder(self.path)
        mine = holder is not None and holder.this_process
        if self._os_lock is not None:
            self._os_lock.release(remove=mine)
            self._os_lock = None
        elif mine:
            with contextlib.suppress(OSError):
                self.path.unlink()

    @property
    def held(self) -> bool:
        return self.path.exists() and (self._os_lock is not None and self._os_lock.held)


def holder_elsewhere(project: Path | str) -> LockHolder | None:
    """The live Segmenter (not this process) that holds ``project``, if any."""
    lock_file = lock_path_for(Path(project))
    holder = read_holder(lock_file)
    if holder is None or holder.this_process:
        return None
    return None if is_stale(lock_file, holder) else holder


def holder_anywhere(project: Path | str) -> LockHolder | None:
    """The live Segmenter that holds ``project``, this process included, if any."""
    lock_file = lock_path_for(Path(project))
    if held_by_this_process(lock_file):
        return read_holder(lock_file) or _holder_of_me()
    holder = read_holder(lock_file)
    if holder is None or (not holder.this_process and is_stale(lock_file, holder)):
        return None
    return holder


#: A lock file is a few hundred bytes: anything much larger (a sparse 3 GB file, a link
#: to /dev/zero) is not one of ours and is never read whole.
MAX_LOCK_BYTES = 16 << 10
#: The largest process id any system gives (Linux: 2**22; Windows: a DWORD).
MAX_PID = 2**32 - 1


def read_holder(path: Path) -> LockHolder | None:
    """Who the lock file says holds the project; None when it is no lock of ours (not a
    regular file, too large, not our JSON, a process id no system gives)."""
    flags = (
        os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    )
    try:
        descriptor = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_LOCK_BYTES:
            return None
        raw = os.read(descriptor, MAX_LOCK_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    pid = data.get("pid")
    if type(pid) is not int or not 0 < pid <= MAX_PID:
        return None
    texts = [data.get(key, "") for key in ("user", "host", "since", "boot", "started", "token")]
    if not all(isinstance(text, str) for text in texts) or not texts[1]:
        return None
    user, host, since, boot, started, token = (text[:256] for text in texts)
    return LockHolder(user, host, pid, since, boot, started, token)


def is_stale(path: Path, holder: LockHolder) -> bool:
    """A lock whose holder is gone.  Another machine's lock is never stale (its process
    cannot be checked from here).  On this machine: a lock of an earlier boot is stale;
    else the OS lock decides — its holder keeps it while it runs, whatever process id a
    container or a Flatpak gives it — and where OS locks cannot be told (some shares),
    the process: gone, or another process with the same id (a different start)."""
    if not holder.this_machine:
        return False
    if holder.boot and _BOOT and holder.boot != _BOOT:
        return True
    state = os_lock_state(path)
    if state != "unknown":
        return state == "free"
    if holder.pid == os.getpid() or not process_alive(holder.pid):
        return True
    started = process_started(holder.pid)
    return bool(holder.started and started and holder.started != started)


def _clear_non_file(path: Path) -> bool:
    """Remove what is not a lock file where the lock goes (a link, a FIFO, a socket, a
    device, an empty folder): True when the place is free or holds a regular file."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if stat.S_ISREG(mode):
        return True
    try:
        if stat.S_ISDIR(mode):
            os.rmdir(path)
        else:
            os.unlink(path)  # the link itself, never what it points to
    except OSError:
        return False
    return True


def _stale_unreadable(path: Path) -> bool:
    """A lock file that says nothing readable: stale once nobody holds its OS lock and
    it is older than a few seconds (a holder writes it within milliseconds)."""
    try:
        age = datetime.datetime.now().timestamp() - path.stat().st_mtime
    except OSError:
        return True
    return age > 5 and not is_locked_elsewhere(path)


def _me() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        user = "?"
    return {
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "boot": _BOOT,
        "started": process_started(os.getpid()),
        "token": _TOKEN,
        "app": "Segmenter",
    }


def _holder_of_me() -> LockHolder:
    me = _me()
    return LockHolder(str(me["user"]), str(me["host"]), os.getpid(), str(me["since"]), _BOOT, "", _TOKEN)


def _boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            return handle.read(64).strip()
    except OSError:
        return ""


def process_started(pid: int) -> str:
    """When process ``pid`` started, as a word to compare (Linux: clock ticks after boot,
    from /proc; "" where it cannot be told)."""
    try:
        with open(f"/proc/{int(pid)}/stat", "rb") as handle:
            text = handle.read(4096)
    except (OSError, ValueError, OverflowError):
        return ""
    # The command name (field 2) may hold spaces and parentheses: count after the last ")".
    fields = text[text.rfind(b")") + 2 :].split()
    return fields[19].decode("ascii", "replace") if len(fields) > 19 else ""


_BOOT = _boot_id()
#: This process's own word in its lock files (see LockHolder.token).
_TOKEN = uuid.uuid4().hex
