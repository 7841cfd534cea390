"""The reader child process: start it, ask it one thing, wait with limits.

Workbooks are parsed by native code (calamine, through fastexcel or python-calamine)
that can abort the whole process on a hostile file.  So they are parsed in a child
process (``_reader_child``) with a memory cap; this side kills it on cancel or after
the time limit and turns a dead child into a :class:`ReadError`.  The child is started
as soon as the file is known to be a workbook, so that it imports its libraries while
this process finds the header row.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import queue
import stat
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from segmenter_app.core.errors import ReadCancelled, ReadError
from segmenter_app.core.reading import fork_server

#: The child may use this much memory (more for very large files, see memory_cap)...
CHILD_MEMORY_BYTES = int(1.5 * (1 << 30))
#: ...up to this many times the file's size...
MEMORY_PER_FILE_BYTE = 25
#: ...but never more than this part of the machine's memory.
MAX_MEMORY_SHARE = 0.5
#: ...and this much time per request (more for very large files, see time_limit).
READ_TIMEOUT_SECONDS = 30.0
#: A list of a million rows is about 120 MB and parses in about 4 s on a laptop; a slow
#: or busy one gets this much time per megabyte of file, a small file 30 s.
SECONDS_PER_MEGABYTE = 1.0
CHILD_FLAG = "--segmenter-reader-child"
#: Refuse a sheet or table with more cells than this (about 1 million rows × 50 columns).
MAX_CELLS = 50_000_000


def memory_cap(path: Path) -> int:
    """The child's memory cap for a file: 1.5 GB, or 25× the file's size for a list of a
    million rows (whose parse needs about 14× its size), at most half the machine's
    memory.  A zip bomb is small on disk, so it stays under the 1.5 GB cap."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    cap = max(CHILD_MEMORY_BYTES, size * MEMORY_PER_FILE_BYTE)
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        physical = 0
    if physical:
        cap = min(cap, max(CHILD_MEMORY_BYTES, int(physical * MAX_MEMORY_SHARE)))
    return cap


def time_limit(path: Path) -> float:
    """The child's time for a file: 30 s, or a second per megabyte for a large list (a
    file that unpacks to much more than its size is refused before, as a zip bomb)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return max(READ_TIMEOUT_SECONDS, size / 1e6 * SECONDS_PER_MEGABYTE)


def child_command() -> list[str]:
    """This interpreter with the child module, or the frozen app with a flag its entry
    point recognises (see ``cli.main``)."""
    return _reader_command()


def _reader_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "segmenter_app.core.reading.child"]


def _child_environment() -> dict[str, str]:
    environment = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])
    existing = environment.get("PYTHONPATH")
    environment["PYTHONPATH"] = package_root + (os.pathsep + existing if existing else "")
    environment["RUST_BACKTRACE"] = "0"
    return environment


#: A reader child: started, or forked by the fork server (the same handling).
Process = subprocess.Popen | fork_server.ForkedChild

#: A frame's header with this length: an Arrow IPC stream follows (see child.py).
ARROW_FRAME = 2**64 - 1


def _pump(stream, put: Callable[[Any], None]) -> None:
    """Reader thread: frames from the child's stdout to ``put``; None at the end.  An
    Arrow frame arrives as ``("arrow", record batch)``, read straight off the pipe."""
    try:
        while True:
            header = stream.read(8)
            if len(header) < 8:
                break
            (size,) = struct.unpack("<Q", header)
            if size == ARROW_FRAME:
                put(("arrow", _arrow_batch(stream)))
                continue
            payload = stream.read(size)
            if len(payload) < size:
                break
            put(pickle.loads(payload))
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass
    finally:
        put(None)


def _arrow_batch(stream):
    """The one record batch of an Arrow IPC stream on ``stream`` (read to its end)."""
    import pyarrow as pa

    batches = list(pa.ipc.open_stream(pa.PythonFile(stream, mode="r")))
    if len(batches) == 1:
        return batches[0]
    return pa.Table.from_batches(batches).combine_chunks().to_batches()[0]


#: The first bytes of an OLE file (.xls, or an encrypted workbook).
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The first bytes of the workbooks a reader process reads (zip packages, OLE files).
WORKBOOK_MAGIC = (b"PK\x03\x04", OLE_MAGIC)


def prepare(path: Path, warm: bool = True) -> bool:
    """Get a reader ready for the list at ``path`` before it is asked for it (a command
    calls this first thing, before it parses its arguments): for a workbook the fork
    server is started now, as a copy of the caller (which has one thread and has loaded
    little at that point), so that its start overlaps the caller's own; ``warm``: its
    first child gets ready for this list (``fork_server.start``).  A text list is read
    in the caller's process: nothing is started.  True when ``path`` is a workbook.
    Never fails: the read tells."""
    if not (fork_server.supported() and child_command() == _reader_command()):
        return False
    # Only a regular file is looked at, without blocking on a FIFO named like a list:
    # ``fileio.open_regular``'s check, written out here because importing ``fileio``
    # (its temporary names need uuid, hashlib, socket) would delay the reader by 10 ms.
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            head = os.read(descriptor, 8) if stat.S_ISREG(os.fstat(descriptor).st_mode) else b""
        finally:
            os.close(descriptor)
    except OSError:
        return False
    if not head.startswith(WORKBOOK_MAGIC):
        return False
    fork_server.start(_child_environment(), warm_for=os.path.abspath(path) if warm else None, copy=True)
    return True


def _start_child(path: Path, put: Callable[[Any], None]) -> Process:
    """The child process, its messages pumped to ``put`` by a thread: forked by the fork
    server where there is one (``fork_server``), else started.  A reader command set
    from outside (``child_command``) is always started as it is."""
    command = child_command()
    environment = _child_environment()
    process = None
    if fork_server.supported() and command == _reader_command():
        with contextlib.suppress(OSError):
            process = fork_server.fork(environment)
    if process is None:
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=environment,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as error:
            raise ReadError("crashed", path, detail=str(error), exitcode=None) from None
    _widen_pipe(process.stdout)
    threading.Thread(target=_pump, args=(process.stdout, put), daemon=True).start()
    return process


#: The child's stdout pipe holds this much (Linux; the default is 64 kB): a loaded
#: sheet's Arrow stream (85 MB at a million rows) crosses in fewer, larger writes and
#: reads, about 0.1 s less at a million rows.
PIPE_BYTES = 1 << 20


def _widen_pipe(stream) -> None:
    try:
        import fcntl

        fcntl.fcntl(stream.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass  # another system, or a lower limit: the default pipe works, only slower


def _send(process: Process, request: dict[str, Any]) -> None:
    try:
        process.stdin.write((json.dumps(request) + "\n").encode("utf-8"))
        process.stdin.close()
    except OSError:
        pass  # the child died at once; its end is reported


def _death(process: Process, path: Path, limit: int) -> ReadError:
    """What a child that died without a word means: out of memory, or a crash."""
    returncode = process.wait()
    code = "out_of_memory" if returncode in (-6, -9, 134, 137) else "crashed"
    return ReadError(code, path, limit=limit, exitcode=returncode)


def _reap(process: Process) -> None:
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    finally:
        process.stdout.close()


class ChildReader:
    """One child process, started at once, answering one request."""

    def __init__(
        self, path: Path, kind: str, *, timeout: float | None = None, memory_limit: int | None = None
    ) -> None:
        self.path = path
        self.kind = kind
        self.timeout = time_limit(path) if timeout is None else timeout
        self.memory_limit = memory_cap(path) if memory_limit is None else memory_limit
        self.messages: queue.Queue = queue.Queue()
        #: the Arrow frames the child sent before its answer, by number
        self.frames: list = []
        self.process = _start_child(path, self.messages.put)
        self._asked = False
        self._finished = False
        self.deadline = time.monotonic() + self.timeout

    def send(self, request: dict[str, Any]) -> None:
        """Send the one request; the child starts on it at once."""
        if self._asked:
            raise RuntimeError("a reader child answers one request")
        self._asked = True
        request = {
            "path": str(self.path),
            "kind": self.kind,
            "max_bytes": self.memory_limit,
            "max_cells": MAX_CELLS,
            **request,
        }
        self.deadline = time.monotonic() + self.timeout
        _send(self.process, request)

    def wait(
        self, progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> tuple:
        """The child's answer; ReadError for an error, a crash or the time limit."""
        answer: tuple | None = None
        try:
            while True:
                if cancelled is not None and cancelled():
                    raise ReadCancelled()
                if time.monotonic() > self.deadline:
                    raise ReadError("timeout", self.path, seconds=int(self.timeout))
                try:
                    message = self.messages.get(timeout=0.05)
                except queue.Empty:
                    continue
                if message is None:
                    break
                if message[0] == "progress":
                    if progress is not None and message[2]:
                        progress(message[1] / message[2])
                elif message[0] == "arrow":
                    self.frames.append(message[1])
                else:
                    answer = message
                    break
        finally:
            self._finish(answer is None)
        if answer is None:
            # The child died without a word: the reader aborted (out of memory, a crash).
            raise _death(self.process, self.path, self.memory_limit)
        if answer[0] == "error":
            code, detail = answer[1], answer[2]
            if code == "too_many_cells":
                sheet, rows, cols = detail.split("|")
                raise ReadError(code, self.path, sheet=sheet, rows=int(rows), cols=int(cols), limit=MAX_CELLS)
            if code == "import_failure":
                from segmenter_app.core.headers.search import ImportFailure

                failure_code, params = json.loads(detail)
                raise ImportFailure(failure_code, **params)
            raise ReadError(code, self.path, detail=detail, limit=self.memory_limit)
        return answer

    def _finish(self, kill: bool) -> None:
        self._finished = True
        _finish(self.process, kill)

    def close(self) -> None:
        """Stop a child whose answer will not be taken: never asked, or not waited for
        (its answer would wait in the pipe, and the child with it)."""
        if self._finished:
            return
        self._asked = True
        with contextlib.suppress(OSError):
            self.process.stdin.close()
        self._finish(kill=True)


def _finish(process: Process, kill: bool) -> None:
    if kill and process.poll() is None:
        process.kill()
    # Reap in the background: Popen.wait(timeout) polls with sleeps, and a child that
    # has answered exits on its own.
    threading.Thread(target=_reap, args=(process,), daemon=True).start()


# --------------------------------------------------------------------------- batches


@dataclass
class _Worker:
    """One child at a time working through its share of a batch."""

    number: int
    items: list[int]  #: indexes into the batch, in the order the child reads them
    process: Process | None = None
    sent: list[int] = field(default_factory=list)  #: what the running child was given
    current: int | None = None  #: the item it is reading (None: between items)
    deadline: float = 0.0
    limit: int = 0  #: the running child's memory cap
    generation: object = None  #: tells the running child's messages from a killed one's


def read_batch(
    paths: list[Path],
    request: dict[str, Any],
    *,
    workers: int = 2,
    timeout: float | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    each: Callable[[int, Any], Any] | None = None,
) -> list[Any]:
    """Many files read by reader children: the answer per file (the child's payload),
    or the :class:`ReadError` that file met; ``each(index, answer)``, when given, turns
    an answer into the result as it arrives (while the children read on).

    Each file gets the limits a list gets — the memory cap of its size and
    ``timeout`` seconds — but a child is started only once per share of the batch
    (``workers`` children side by side, at most one per core): a file that kills its
    child (memory, a crash) or overruns its time is that file's error, and a new child
    goes on with the files after it.  ``request`` is the job (``{"job": …}``) without
    the paths."""
    timeout = READ_TIMEOUT_SECONDS if timeout is None else timeout
    results: list[Any] = [None] * len(paths)
    count = max(1, min(workers, os.cpu_count() or 1, len(paths)))
    pool = [_Worker(number, list(range(number, len(paths), count))) for number in range(count)]
    messages: queue.Queue = queue.Queue()
    done = 0

    def start(worker: _Worker) -> None:
        if not worker.items:
            worker.process = None
            return
        worker.sent = list(worker.items)
        limit = worker.limit = max(memory_cap(paths[i]) for i in worker.sent)
        generation = worker.generation = object()
        worker.process = _start_child(
            paths[worker.sent[0]],
            lambda message: messages.put((worker.number, generation, message, time.monotonic())),
        )
        worker.current = worker.sent[0]
        worker.deadline = time.monotonic() + timeout
        _send(
            worker.process,
            {
                **request,
                "paths": [str(paths[i]) for i in worker.sent],
                "max_bytes": limit,
                "max_cells": request.get("max_cells", MAX_CELLS),
            },
        )

    def settle(worker: _Worker, index: int, result: Any) -> None:
        nonlocal done
        results[index] = result if each is None else each(index, result)
        worker.items.remove(index)
        # The child goes on with the next file at once: its time runs from now.
        worker.current = worker.items[0] if worker.items else None
        worker.deadline = time.monotonic() + timeout
        done += 1
        if progress is not None:
            progress(done / len(paths))

    for worker in pool:
        start(worker)
    try:
        while any(worker.process is not None for worker in pool):
            if cancelled is not None and cancelled():
                raise ReadCancelled()
            try:
                number, generation, message, arrived = messages.get(timeout=0.05)
            except queue.Empty:
                # Every message that came is handled: a child still on its file past the
                # limit overran it (never a child whose word waited here).
                now = time.monotonic()
                for worker in pool:
                    if worker.process is not None and worker.current is not None and now > worker.deadline:
                        _finish(worker.process, kill=True)
                        settle(
                            worker,
                            worker.current,
                            ReadError("timeout", paths[worker.current], seconds=int(timeout)),
                        )
                        start(worker)
                continue
            worker = pool[number]
            if generation is not worker.generation:
                continue  # from a child already given up on
            if message is None:
                process = worker.process
                if worker.current is not None:
                    settle(worker, worker.current, _death(process, paths[worker.current], worker.limit))
                _finish(process, kill=True)
                start(worker)  # the rest, if any, in a new child
                continue
            kind, position = message[0], message[1]
            if not 0 <= position < len(worker.sent):
                continue
            index = worker.sent[position]
            if kind == "item":
                worker.current = index
                worker.deadline = arrived + timeout
            elif kind == "answer":
                settle(worker, index, message[2])
            elif kind == "failed":
                code, detail, params = message[2], message[3], message[4]
                if code in ("out_of_memory", "too_large"):
                    params = {"limit": worker.limit, **params}
                settle(worker, index, ReadError(code, paths[index], detail=detail, **params))
    finally:
        for worker in pool:
            if worker.process is not None:
                _finish(worker.process, kill=True)
                worker.process = None
    return results
