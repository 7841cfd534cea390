"""The one way Segmenter writes a file, and the checks every writer makes first.

:func:`write_atomically` builds the new file as a temporary file in the target's own
folder, flushes it to disk and renames it over the target: a crash, a kill or a full
disk leaves the old file (or none), never half a file.  The temporary file is removed
on every failure, and a failure of that clean-up never hides the real error (on a
read-only file system both fail).  The new file gets the mode the user's umask gives a
new file (the OS applies it as the file is created; the process-wide umask is never
changed, so worker threads writing at the same time are safe), or the old file's mode.

A target that is a symbolic link is written through it: the file it names is
replaced, and the link stays a link.

Temporary files are named ``.<name>.<pid>-<host><random>.saving``: hidden, never
ending in the target's extension, and telling which process on which machine made
them, so :func:`remove_stale_temporaries` can clear what a killed process left.

Every file Segmenter reads is opened with :func:`open_regular`: a FIFO, a device or a
socket would block ``open()`` forever or stream without end, so it is refused before
any byte is read.
"""

from __future__ import annotations

import contextlib
import errno as errno_codes
import hashlib
import os
import re
import socket
import stat
import sys
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from segmenter_app.core.errors import ExportError, WriteError

TEMPORARY_SUFFIX = ".saving"
#: The second half of a long CSV, written at once beside the first (``csv_cells``).
PART_SUFFIX = "-part"
#: Files a writer makes beside its temporary file, named by its name and one of these:
#: SQLite's journals (a project) and a CSV's second half.  They go with the temporary
#: file, on a failure and after a kill.
COMPANION_SUFFIXES = ("-journal", "-wal", "-shm", PART_SUFFIX)
#: The longest file name (bytes) most file systems allow (ext4, NTFS, APFS, SMB).
NAME_MAX_BYTES = 255
_TEMP_OVERHEAD = 40  # "." + "." + pid + "-" + host + random + ".saving" + "-journal"


def host_tag() -> str:
    """Six hex digits naming this machine (temporary files on a shared folder)."""
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


def temporary_path(target: Path) -> Path:
    """A fresh temporary name beside ``target`` (short enough for any target name)."""
    folder = target.parent if str(target.parent) else Path(".")
    name = shorten_name(target.name, NAME_MAX_BYTES - _TEMP_OVERHEAD)
    return folder / f".{name}.{os.getpid()}-{host_tag()}{uuid.uuid4().hex[:6]}{TEMPORARY_SUFFIX}"


#: Temporary files this process is writing right now (other threads' writes are not
#: "stale" because their process, this one, is alive).
_IN_FLIGHT: set[str] = set()


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> None:
    """Call ``write(temporary)`` and rename the temporary file over ``path``.

    Raises :class:`WriteError` (with the OS reason and ``errno``) for every failure to
    write; any other exception of ``write`` (a cancel) passes through after the
    temporary file is removed.  Temporaries that killed writers left in the folder
    are removed first."""
    path = Path(path)
    if path.is_symlink():
        # Written through the link: the file it names is replaced, the link stays (a
        # rename over the link would leave the real file as it was, and the link gone).
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_temporaries(folder)
    temporary = temporary_path(path)
    _IN_FLIGHT.add(temporary.name)
    try:
        _write_through(path, folder, temporary, write)
    finally:
        _IN_FLIGHT.discard(temporary.name)


def _write_through(path: Path, folder: Path, temporary: Path, write: Callable[[Path], None]) -> None:
    try:
        # 0o666 minus the umask, applied by the OS: what a new file of this user gets.
        descriptor = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
        )
        os.close(descriptor)
    except OSError as error:
        raise _write_error(path, error) from None
    try:
        write(temporary)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        _fsync(temporary)
        os.replace(temporary, path)
        fsync_folder(folder)
    except OSError as error:
        _discard(temporary)
        raise _write_error(path, error) from None
    except BaseException as error:
        _discard(temporary)
        cause = _os_error_inside(error)
        if cause is not None:
            raise _write_error(path, cause) from None
        raise


def _write_error(path: Path, error: OSError) -> WriteError:
    return WriteError(path, error.strerror or str(error), errno=error.errno)


def _discard(temporary: Path) -> None:
    """Remove a temporary file and its companions; a failure here (a read-only file
    system) must not replace the error the caller is raising."""
    for suffix in ("", *COMPANION_SUFFIXES):
        with contextlib.suppress(OSError):
            Path(str(temporary) + suffix).unlink()


def _os_error_inside(error: BaseException) -> OSError | None:
    """The OSError a writer wrapped in its own exception (xlsxwriter's FileCreateError
    for a full disk, a file too large): the user needs the reason, not the wrapper."""
    seen = 0
    current: BaseException | None = error
    while current is not None and seen < 5:
        if isinstance(current, OSError):
            return current
        inner = current.args[0] if current.args and isinstance(current.args[0], BaseException) else None
        current = inner or current.__cause__ or current.__context__
        seen += 1
    return None


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows cannot open a folder)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def append_file(target: Path | str, source: Path | str) -> None:
    """Append the bytes of ``source`` to ``target``: by the kernel where it can (Linux's
    ``copy_file_range``: nothing passes through this process), else in blocks of 1 MB."""
    binary = getattr(os, "O_BINARY", 0)
    reading = os.open(source, os.O_RDONLY | binary)
    try:
        writing = os.open(target, os.O_WRONLY | binary)  # not O_APPEND: the kernel's copy refuses it
        try:
            os.lseek(writing, 0, os.SEEK_END)
            left = os.fstat(reading).st_size
            copy = getattr(os, "copy_file_range", None)
            while copy is not None and left > 0:
                try:
                    copied = copy(reading, writing, left)
                except OSError:  # another file system, an old kernel: in blocks from here
                    break
                if copied == 0:
                    break
                left -= copied
            while block := os.read(reading, 1 << 20):
                view = memoryview(block)
                while view:
                    view = view[os.write(writing, view) :]
        finally:
            os.close(writing)
    finally:
        os.close(reading)


# --------------------------------------------------------------------------- clean-up

_TEMPORARY = re.compile(
    r"^\.(?P<name>.+)\.(?P<pid>\d+)-(?P<host>[0-9a-f]{6})[0-9a-f]{6}"
    + re.escape(TEMPORARY_SUFFIX)
    + f"(?:{'|'.join(map(re.escape, COMPANION_SUFFIXES))})?$"
)
#: The names of the first version (``.<name>.<pid>-<8 hex>.saving``).
_OLD_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.saving(?:-journal|-wal|-shm)?$")


def remove_stale_temporaries(folder: Path | str) -> list[Path]:
    """Remove temporary files a killed save left in ``folder``: only this machine's, and
    only when the process that made them is gone.  Returns what was removed."""
    removed: list[Path] = []
    mine = host_tag()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if entry.name.split(TEMPORARY_SUFFIX)[0] + TEMPORARY_SUFFIX in _IN_FLIGHT:
            continue  # another thread of this process is writing it
        match = _TEMPORARY.match(entry.name)
        if match is not None:
            if match["host"] != mine:
                continue
        else:
            match = _OLD_TEMPORARY.match(entry.name)
            if match is None:
                continue
        pid = int(match["pid"])
        if process_alive(pid):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def process_alive(pid: int) -> bool:
    """Is a process with this id running on this machine?  This process counts as gone
    when asked about its temporaries (those it is writing now are in ``_IN_FLIGHT``;
    any other one is from a failed earlier write)."""
    if pid == os.getpid():
        return False
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # LIMITED_QUERY_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to someone else
    return True


# --------------------------------------------------------------------------- names


#: Bidirectional controls: a name with U+202E shows "gpj.exe" as "exe.jpg".
_BIDI_CONTROLS = dict.fromkeys([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)


def strip_bidi(text: str) -> str:
    return text.translate(_BIDI_CONTROLS)


#: Names Windows keeps for devices: the name before its first dot, whatever follows
#: (``con.txt``, ``prn.tar.gz``), trailing spaces ignored, in any case; ``COM0``/``LPT0``
#: and the superscript digits (``COM¹``, ``LPT³``) too.
_DEVICE_NAMES = frozenset(
    {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        "CONIN$",
        "CONOUT$",
        "CLOCK$",
        *(f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789\u00b9\u00b2\u00b3"),
    }
)


def portable_name(name: str) -> str:
    """``name`` as a file name every system keeps as it is: NFC-normalised (macOS stores
    the decomposed form: "Müller" typed two ways must be one name everywhere, and two
    managers two names), and never a Windows device name — ``con.txt`` becomes
    ``con_.txt``."""
    name = unicodedata.normalize("NFC", name)
    base, dot, rest = name.partition(".")
    if base.rstrip(" ").upper() in _DEVICE_NAMES:
        return base.rstrip(" ") + "_" + dot + rest
    return name


def shorten_name(name: str, limit: int = NAME_MAX_BYTES, *, keep_extension: bool = True) -> str:
    """``name`` as it is when its UTF-8 form fits in ``limit`` bytes; else cut at a
    character boundary and given a suffix made from the whole name, so two long names
    that start alike still get two names, and the same name always the same one.  The
    extension (``.xlsx``) is kept."""
    if len(name.encode("utf-8")) <= limit:
        return name
    stem, dot, extension = name.rpartition(".")
    if not keep_extension or not dot or len(extension) > 8 or not stem:
        stem, extension = name, ""
    ending = ("." + extension) if extension else ""
    suffix = "~" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    room = limit - len((suffix + ending).encode("utf-8"))
    encoded = stem.encode("utf-8", "surrogatepass")[: max(room, 1)]
    cut = encoded.decode("utf-8", "ignore").rstrip(" .")
    return cut + suffix + ending


# --------------------------------------------------------------------------- checks


def same_file(a: Path | str | None, b: Path | str | None) -> bool:
    """Do two paths name one file (links, case-insensitive folders, ``..``)?"""
    if a is None or b is None or not str(a) or not str(b):
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def inputs_among(outputs: Iterable[Path | str], inputs: Iterable[Path | str | None]) -> list[Path]:
    """The outputs that would replace one of the inputs: an input is never an output."""
    sources = [Path(p) for p in inputs if p is not None and str(p)]
    return [Path(out) for out in outputs if any(same_file(out, source) for source in sources)]


def check_output_file(path: Path, force: bool, inputs: Iterable[Path | str | None] = ()) -> None:
    """One file about to be written: never an input (whatever ``force`` says), replaced
    only with ``force`` (ExportError ``is_input`` / ``exists``).  Its folder is not made:
    a folder that is missing is the caller's slip."""
    if inputs_among([path], inputs):
        raise ExportError("is_input", path=str(path))
    if Path(path).exists() and not force:
        raise ExportError("exists", paths=[str(path)], count=1)


def open_regular(path: Path | str):
    """Open ``path`` for reading in binary mode, refusing anything but a regular file.

    Checked before the open and again on the open descriptor (a file swapped for a FIFO
    in between is caught), and the open itself cannot block: it is non-blocking."""
    path = Path(path)
    flags = (
        os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    )
    before = os.stat(path)
    if not stat.S_ISREG(before.st_mode):
        raise NotRegularFile(path, before.st_mode)
    descriptor = os.open(path, flags)
    try:
        after = os.fstat(descriptor)
        if not stat.S_ISREG(after.st_mode):
            raise NotRegularFile(path, after.st_mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


class NotRegularFile(OSError):
    """A path that names a FIFO, a device, a socket or a folder, not a file."""

    def __init__(self, path: Path, mode: int) -> None:
        kind = (
            "folder"
            if stat.S_ISDIR(mode)
            else "fifo"
            if stat.S_ISFIFO(mode)
            else "socket"
            if stat.S_ISSOCK(mode)
            else "device"
        )
        super().__init__(errno_codes.EINVAL, f"not a regular file ({kind})", str(path))
        self.kind = kind


def usable_folder(folder: Path | str) -> OSError | None:
    """None when ``folder`` is a folder (made if missing) that a file can be written in;
    else why not (it is a file, it cannot be made, it is read-only, the disk is full)."""
    folder = Path(folder)
    try:
        if folder.exists() and not folder.is_dir():
            raise NotADirectoryError(errno_codes.ENOTDIR, "a file, not a folder", str(folder))
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".segmenter-probe-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(descriptor, b"ok")
        finally:
            os.close(descriptor)
            with contextlib.suppress(OSError):
                probe.unlink()
    except OSError as error:
        return error
    return None


def is_regular_file(path: Path | str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


# --------------------------------------------------------------------------- stamps


@dataclass(frozen=True)
class FileStamp:
    """What a file was when it was opened or saved: a later save over it can tell
    whether someone else changed it in between."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path | str) -> FileStamp | None:
        try:
            info = os.stat(path)
        except OSError:
            return None
        return cls(info.st_size, info.st_mtime_ns, info.st_ino)
