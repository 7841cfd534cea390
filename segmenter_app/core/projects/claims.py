"""A project as one Segmenter has it open: its lock and what the file was.

The session (or the window) asks :func:`claim` when it opens a project, :func:`check_save`
before it saves, :func:`saved` after, and :func:`release` when it closes.  The choices —
open read-only, open as a copy, overwrite a file changed on disk — are the user's; this
module only says when one is needed, by raising:

- :class:`ProjectLocked` (from :mod:`.locks`) at :func:`claim`: another running Segmenter
  has the project; its holder (user, host, process, since when) is in the exception.
  The caller may then claim it ``read_only`` (no lock taken, no save to this path) or
  open it as a copy (never saved to this path; "save" asks for a new name).
- ``ProjectError("changed_on_disk")`` at :func:`check_save`: the file on disk is not the
  one this session opened or last saved (another copy of the app, a sync tool, a
  colleague on the share saved it); saving would throw their work away.  The caller
  asks, and saves with ``overwrite_changed=True`` only when the user says so.
- ``ProjectError("locked")`` at :func:`check_save`: saving to a path another running
  Segmenter holds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from segmenter_app.core.errors import ProjectError
from segmenter_app.core.fileio import FileStamp, same_file
from segmenter_app.core.projects.locks import (
    LockHolder,
    ProjectLock,
    ProjectLocked,
    holder_elsewhere,
)

__all__ = ["ProjectClaim", "ProjectLocked", "check_save", "claim", "holder_elsewhere", "release", "saved"]


@dataclass(frozen=True)
class ProjectClaim:
    path: Path
    lock: ProjectLock | None
    stamp: FileStamp | None
    read_only: bool = False
    #: a stale lock this claim took over (its Segmenter had crashed): tell the user
    took_over: LockHolder | None = None


def claim(path: Path | str, *, read_only: bool = False) -> ProjectClaim:
    """Lock ``path`` for this process (or, ``read_only``, only note what it is)."""
    path = Path(path)
    if read_only:
        return ProjectClaim(path, None, FileStamp.of(path), read_only=True)
    lock = ProjectLock.acquire(path)
    return ProjectClaim(path, lock, FileStamp.of(path), took_over=lock.took_over)


def check_save(current: ProjectClaim | None, target: Path | str, *, overwrite_changed: bool = False) -> None:
    """Raise when saving ``target`` would lose someone's work (see the module doc)."""
    target = Path(target)
    holder = holder_elsewhere(target)
    if holder is not None:
        raise ProjectError("locked", target, user=holder.user, host=holder.host, since=holder.since)
    if current is None or overwrite_changed or not same_file(current.path, target):
        return
    if current.read_only:
        raise ProjectError("read_only", target)
    now = FileStamp.of(target)
    if now is not None and now != current.stamp:
        raise ProjectError("changed_on_disk", target)


def saved(current: ProjectClaim | None, target: Path | str) -> ProjectClaim:
    """The claim after a save to ``target``: its new stamp, and the lock moved there
    when it is another file (Save as)."""
    target = Path(target)
    if current is not None and same_file(current.path, target) and not current.read_only:
        return replace(current, stamp=FileStamp.of(target), took_over=None)
    release(current)
    try:
        lock = ProjectLock.acquire(target)
    except ProjectLocked:  # check_save said no one holds it; a race lost: save stays
        lock = None
    return ProjectClaim(target, lock, FileStamp.of(target))


def release(current: ProjectClaim | None) -> None:
    if current is not None and current.lock is not None:
        current.lock.release()
