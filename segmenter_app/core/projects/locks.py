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
import sys
import time
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
            try:
                handle = open(path, "a+b")  # noqa: SIM115 - held for the lock's life
            except OSError:
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


def held_by_this_process(path: Path | str) -> bool:
    return _key(Path(path)) in _HELD


def is_locked_elsewhere(path: Path | str) -> bool:
    """Does another process (or another part of this one) hold an OsLock on ``path``?"""
    if not Path(path).exists():
        return False
    lock = OsLock.try_acquire(path)
    if lock is None:
        return True
    lock.release()
    return False


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


# --------------------------------------------------------------------------- projects


@dataclass(frozen=True)
class LockHolder:
    """Who holds a project (as its lock file says)."""

    user: str
    host: str
    pid: int
    since: str  #: ISO 8601, UTC

    @property
    def this_machine(self) -> bool:
        return self.host == socket.gethostname()


class ProjectLocked(Exception):
    """The project is open in another Segmenter; ``holder`` says whose."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(f"{path}: held by {holder.user} on {holder.host} (process {holder.pid})")
        self.path = path
        self.holder = holder


def lock_path_for(project: Path | str) -> Path:
    project = Path(project)
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
            holder = read_holder(path)
            if holder is not None:
                if holder.pid == os.getpid() and holder.this_machine:
                    raise ProjectLocked(project, holder)  # this process has it open already
                if not is_stale(path, holder):
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
        mine = holder is not None and holder.pid == os.getpid() and holder.this_machine
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
    if holder is None:
        return None
    if holder.this_machine and holder.pid == os.getpid():
        return None
    return None if is_stale(lock_file, holder) else holder


def read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(path: Path, holder: LockHolder) -> bool:
    """A lock whose holder is gone: on this machine, its process has ended (or its OS
    lock is free, which also catches a process id reused by another program)."""
    if not holder.this_machine:
        return False
    if not process_alive(holder.pid):
        return True
    return not is_locked_elsewhere(path)


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
        "app": "Segmenter",
    }
