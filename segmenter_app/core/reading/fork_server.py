"""Reader children forked from a process that has imported the reader already.

Each workbook is parsed in a child process of its own (``sandbox``).  Started fresh, a
child spends most of its time on a small list starting Python and importing the reader
(0.1–0.2 s of CPU, more where bytecode is not cached); the window opens many lists in a
session and a collect reads hundreds.  So on Linux a **fork server** is started with the
first read: one process that imports the reader's pure-Python modules once and then
forks a child per read.  A forked child is the same sandbox as a started one: a process
of its own, its own memory cap (set by the child itself from its request), its stdin
and stdout pipes made by this side, killed by this side's request, its exit status
reported back, so that a crash or the memory cap is told as before.

The server imports nothing native that starts threads (no numpy, pyarrow, fastexcel or
calamine: a forked copy of a threaded library can hang), so a child imports those itself,
as a started child does, when its file needs them.  Windows has no fork, and macOS
frameworks are not safe to fork, so there — and with ``SEGMENTER_FORK_SERVER=0`` — every
child is started as before.

Protocol, over a ``SOCK_SEQPACKET`` socket pair (one message per packet):

- this side → server: ``fork N``, a line, then the child's environment and working
  folder (this process's, at the read) as JSON, with two file descriptors (the child's
  stdin and stdout); ``kill N``;
- server → this side: ``pid N PID``, then ``exit N RETURNCODE`` once the child is reaped
  (``-SIGNAL`` for a signal, as :mod:`subprocess` gives it).

A command that reads one workbook (``segmenter classify``) starts the server **warm**
(:func:`start`, first thing, while it reads its own arguments), as a **copy of itself**
made by ``os.fork`` (:class:`ServerCopy`: no second interpreter to start, about 0.1 s
sooner; only a process of one thread that has loaded little is copied, else the server
is started as a new process): the server forks its first child at once, before it
imports anything, and that child imports the native readers (fastexcel, pyarrow) while
the command is still getting ready — when the workbook has a sheet longer than the
preview holds, which only they load — and the reader's modules, then waits for its
request on a socket of its own.  The request is handed to it as it would be to a new
child (the same message and descriptors); later requests are forked as above, once the
server has imported the reader's modules.  The window starts its server cold: most
lists it opens need no native reader, and a spare child would cost each of them memory
and CPU.

The server ends when this side's end of the socket closes (this process ended or shut
it down): it kills the children still running, reaps them and exits, so that nothing it
forked outlives the app.  Should the server be killed outright, the kernel ends its
children (``PR_SET_PDEATHSIG``); the app killed outright closes its end all the same.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable

#: The frozen app starts the server with this flag (see ``cli.main``).
SERVER_FLAG = "--segmenter-fork-server"
#: Set to "0" to start every reader child fresh (no fork server).
SWITCH = "SEGMENTER_FORK_SERVER"
#: What the server imports before it forks: the reader's pure-Python modules.
PRELOAD = (
    "segmenter_app.core.reading.child",
    "segmenter_app.core.reading.xlsx_preview",
    "segmenter_app.core.reading.xlsx_cells",
    "segmenter_app.core.headers.search",
    "segmenter_app.core.headers.sheet_set",
    "segmenter_app.core.errors",
)
#: The largest packet the server takes (a fork request carries the environment).
PACKET_BYTES = 1 << 20
#: A fork request not answered within this many seconds means the server is stuck.
ANSWER_SECONDS = 30.0


def supported() -> bool:
    """True where reader children are forked from the server (Linux, not switched off)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and os.environ.get(SWITCH, "1") != "0"


#: The server's flag to fork its first child at once, for the list that follows it
#: (see :func:`start`).
WARM_FLAG = "--warm"
#: What a warm child imports before its request when its list needs the native readers.
WARM_IMPORTS = ("fastexcel", "pyarrow")


def server_command(fd: int, warm_for: str | None = None) -> list[str]:
    extra = [WARM_FLAG, warm_for] if warm_for else []
    if getattr(sys, "frozen", False):
        return [sys.executable, SERVER_FLAG, str(fd), *extra]
    return [sys.executable, "-m", "segmenter_app.core.reading.fork_server", str(fd), *extra]


# --------------------------------------------------------------------------- this side


class ForkedChild:
    """A reader child forked by the server, used like :class:`subprocess.Popen`: its
    ``stdin`` and ``stdout``, ``poll``, ``wait``, ``kill`` and ``returncode``."""

    def __init__(self, server: ForkServer, number: int, stdin, stdout) -> None:
        self._server = server
        self.number = number
        self.stdin = stdin
        self.stdout = stdout
        self.returncode: int | None = None
        self._pid: int | None = None
        self._known = threading.Event()  #: the pid is known (or the fork failed)
        self._ended = threading.Event()

    @property
    def pid(self) -> int | None:
        self._known.wait(ANSWER_SECONDS)
        return self._pid

    def poll(self) -> int | None:
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if not self._ended.wait(timeout):
            raise subprocess.TimeoutExpired("reader child", timeout)
        return self.returncode

    def kill(self) -> None:
        if self.returncode is None:
            self._server.send(f"kill {self.number}")

    def _started(self, pid: int) -> None:
        self._pid = pid
        self._known.set()

    def _end(self, returncode: int) -> None:
        self.returncode = returncode
        self._known.set()
        self._ended.set()


class ForkServer:
    """The server process and this side of its socket; a thread takes its messages."""

    def __init__(
        self,
        environment: dict[str, str],
        command: Callable[..., list[str]] = server_command,
        warm_for: str | None = None,
        copy: bool = False,
    ) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        theirs = _above_standard_streams(theirs)
        self._socket = ours
        self._lock = threading.Lock()
        self._children: dict[int, ForkedChild] = {}
        self._count = 0
        self.alive = True
        try:
            self.process = _start_server(theirs.fileno(), environment, command, warm_for, copy)
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        threading.Thread(target=self._listen, name="reader fork server", daemon=True).start()

    def fork(self, environment: dict[str, str]) -> ForkedChild:
        """A new child with this environment, its pipes ready: what is written to its
        stdin waits there until the server has forked it.  OSError when the server is
        gone (or the environment does not fit a packet)."""
        request = json.dumps({"environment": environment, "directory": os.getcwd()}).encode()
        child_in, to_child = os.pipe()
        from_child, child_out = os.pipe()
        child = ForkedChild(self, 0, os.fdopen(to_child, "wb"), os.fdopen(from_child, "rb"))
        try:
            with self._lock:
                if not self.alive:
                    raise OSError("the reader fork server has ended")
                self._count += 1
                child.number = self._count
                self._children[child.number] = child
                try:
                    message = f"fork {child.number}\n".encode() + request
                    socket.send_fds(self._socket, [message], [child_in, child_out])
                except OSError:
                    del self._children[child.number]
                    raise
        except BaseException:
            child.stdin.close()
            child.stdout.close()
            raise
        finally:
            # The child's ends are the server's now (or nobody's).
            os.close(child_in)
            os.close(child_out)
        return child

    def send(self, message: str) -> None:
        with self._lock, contextlib.suppress(OSError):
            self._socket.send(message.encode())

    def _listen(self) -> None:
        try:
            while True:
                packet = self._socket.recv(256)
                if not packet:
                    break
                word, number, value = packet.decode().split()
                with self._lock:
                    child = self._children.get(int(number))
                    if word == "exit":
                        self._children.pop(int(number), None)
                if child is None:
                    continue
                if word == "pid":
                    child._started(int(value))
                elif word == "exit":
                    child._end(int(value))
        except (OSError, ValueError):
            pass
        finally:
            self._gone()

    def _gone(self) -> None:
        """The server ended: its children's ends are unknown, so they count as crashed."""
        with self._lock:
            self.alive = False
            orphans = list(self._children.values())
            self._children.clear()
        for child in orphans:
            child._end(1)

    def shut_down(self, timeout: float = 5.0) -> None:
        """End the server (it kills and reaps its children) and wait for it."""
        with self._lock:
            self.alive = False
            with contextlib.suppress(OSError):
                self._socket.shutdown(socket.SHUT_RDWR)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._socket.close()


#: A copy carries this process's memory into the server and every reader it forks, and
#: a reader's memory cap counts it: only a process this small is copied (a command at
#: its first step has about 20 MB of address space; one with pandas and Qt, 500 MB).
COPY_MAX_BYTES = 128 << 20


def _start_server(
    fd: int, environment: dict[str, str], command: Callable[..., list[str]], warm_for: str | None, copy: bool
) -> subprocess.Popen | ServerCopy:
    """The server on the socket ``fd``: a copy of this process where one may be made
    (and the fork succeeds: a machine out of processes or memory refuses it, while a
    new process may still start), else a new process."""
    if copy and _may_copy():
        with contextlib.suppress(OSError):
            return ServerCopy(fd, environment, warm_for)
    return subprocess.Popen(
        command(fd, warm_for),
        pass_fds=(fd,),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=environment,
    )


def _above_standard_streams(end: socket.socket) -> socket.socket:
    """``end`` on a descriptor above stderr.  A command started with its standard
    streams closed gets its first descriptors there, and the server points 0–2 at
    nowhere: its socket would be gone (the reads then fall back to a new server)."""
    if end.fileno() > 2:
        return end
    import fcntl

    moved = fcntl.fcntl(end.fileno(), fcntl.F_DUPFD_CLOEXEC, 3)
    end.close()
    return socket.socket(fileno=moved)


def _may_copy() -> bool:
    """True when this process may become the server by ``os.fork`` alone: no thread but
    this one runs (a forked copy of a running thread's lock can hang) — counted by the
    kernel, so that a thread started by native code, which :mod:`threading` does not
    know, counts too — and it has loaded little (:data:`COPY_MAX_BYTES`)."""
    if not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    fields: dict[bytes, int] = {}
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                name, _, value = line.partition(b":")
                if name in (b"Threads", b"VmSize"):
                    fields[name] = int(value.split()[0])
    except (OSError, ValueError, IndexError):
        return False
    size = fields.get(b"VmSize")
    return fields.get(b"Threads") == 1 and size is not None and size * 1024 <= COPY_MAX_BYTES


class ServerCopy:
    """The server as a copy of this process made by ``os.fork`` (see :func:`start`): no
    interpreter to start and nothing to import again, about 0.1 s sooner than a new
    process on a laptop.  Its descriptors are the started server's: its socket, and
    stdin, stdout and stderr to nowhere, so that a pipe this process writes to is not
    held open by the server.  Used like :class:`subprocess.Popen` (``pid``, ``poll``,
    ``wait``, ``kill``)."""

    def __init__(self, fd: int, environment: dict[str, str], warm_for: str | None) -> None:
        self.returncode: int | None = None
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                stream.flush()  # what is buffered is this process's to write, once
        self.pid = os.fork()
        if self.pid == 0:
            _exit_after(lambda: _serve_as_copy(fd, environment, warm_for))

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = 1  # reaped elsewhere: its end is unknown
            else:
                if pid:
                    self.returncode = _returncode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.001
        while self.poll() is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired("reader fork server", timeout)
            time.sleep(delay)
            delay = min(2 * delay, 0.05)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)


def _serve_as_copy(fd: int, environment: dict[str, str], warm_for: str | None) -> None:
    """The copy's first steps: the descriptors, standard streams and environment a
    started server has, then serve.  The command's own stream objects may be anything
    (a test's captured output, a wrapper of its own): the children read their request
    from ``sys.stdin``.  The objects of this process that held the closed descriptors
    are never collected here: the copy ends with ``os._exit`` inside this call."""
    _name_process(b"segmenter-serve")
    devnull = os.open(os.devnull, os.O_RDWR)
    for standard in (0, 1, 2):
        os.dup2(devnull, standard)
    _close_all_but(fd)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - the process's stream, never closed
    sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
    os.environ.clear()
    os.environ.update(environment)
    serve(fd, warm_for=warm_for)


def _close_all_but(keep: int) -> None:
    """Close every descriptor above stderr but ``keep``: those this process has open
    (Linux lists them), without a call per possible descriptor."""
    try:
        open_now = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        os.closerange(3, keep)
        os.closerange(keep + 1, 1 << 16)
        return
    for descriptor in open_now:
        if descriptor > 2 and descriptor != keep:
            with contextlib.suppress(OSError):  # the listing's own, closed already
                os.close(descriptor)


_server: ForkServer | None = None
_server_lock = threading.Lock()


def _forget_server() -> None:
    """In a copy of this process made by ``os.fork``: the server and its socket are the
    original's (the copy has no thread listening), so the copy starts its own."""
    global _server, _server_lock
    if _server is not None:
        with contextlib.suppress(OSError):
            _server._socket.close()  # the copy's descriptor only: the server keeps the app's
    _server = None
    _server_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_server)


def _running_server(
    environment: dict[str, str], warm_for: str | None = None, copy: bool = False
) -> ForkServer:
    global _server
    with _server_lock:
        server = _server
        if server is None or not server.alive:
            if server is not None:
                server.shut_down()
            server = _server = ForkServer(environment, warm_for=warm_for, copy=copy)
    return server


def start(environment: dict[str, str], warm_for: str | None = None, copy: bool = False) -> None:
    """Start this process's server now, unless one runs, so that its start overlaps this
    process's own work; ``warm_for``: the list about to be read — the server forks its
    first child at once, which imports the native readers if that list will need them
    (a sheet longer than the preview holds) before its request comes.  ``copy``: the
    server is this process copied by ``os.fork`` (:class:`ServerCopy`) — for a command
    at its first step, which has imported little and started no thread (else, or with
    another thread running, it is started as a new process)."""
    with contextlib.suppress(OSError):
        _running_server(environment, warm_for, copy)


def fork(environment: dict[str, str]) -> ForkedChild:
    """A reader child forked by this process's server with this environment; the server
    is started on first use (and anew when it has ended).  The server's own environment
    is the first child's: it imports only modules that read none at import."""
    return _running_server(environment).fork(environment)


def shut_down() -> None:
    """End this process's server, if any, and wait for it (its children's resource use
    then counts as this process's children's)."""
    global _server
    with _server_lock:
        server, _server = _server, None
    if server is not None:
        server.shut_down()


atexit.register(shut_down)


# --------------------------------------------------------------------------- the server


def serve(fd: int, target: Callable[[], None] | None = None, warm_for: str | None = None) -> None:
    """The server's loop on the socket ``fd``: fork a child per request, report ends.  A
    child runs ``target`` (the reader child's ``main``) on its stdin and stdout.
    ``warm_for``: the first child is forked before the first request (:func:`_spare`),
    first thing: it imports what it needs itself, and the server imports
    :data:`PRELOAD` only when it forks a child of its own (a command reads one list:
    the import would only take CPU from the spare)."""
    channel = socket.socket(fileno=fd)
    # The server ends when the app's end of the socket closes, however the app ended (a
    # parent-death signal would come when the *thread* that started it ended); Ctrl+C
    # in a terminal is the app's to handle.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    preloaded = not warm_for
    if preloaded:
        _preload()
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_read, False)
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    running: dict[int, int] = {}  #: pid → the request's number
    server_fds = (channel.fileno(), wake_read, wake_write)
    spare = _fork_spare(server_fds, target, warm_for) if warm_for else None

    def reap() -> None:
        # Every child that ended, a spare that died before its request too.
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            number = running.pop(pid, None)
            if number is not None:
                with contextlib.suppress(OSError):
                    channel.send(f"exit {number} {_returncode(status)}".encode())

    try:
        while True:
            # A signal (SIGCHLD) wakes the select through the wake-up pipe (PEP 475
            # retries the call itself).
            ready, _, _ = select.select([channel, wake_read], [], [])
            if wake_read in ready:
                with contextlib.suppress(OSError):
                    while os.read(wake_read, 512):
                        pass
                reap()
            if channel not in ready:
                continue
            packet, fds, _, _ = socket.recv_fds(channel, PACKET_BYTES, 2)
            if not packet:
                break
            line, _, rest = packet.partition(b"\n")
            word, number = line.decode().split()
            if word == "fork":
                pid = _hand_to(spare, fds, rest) if spare is not None else None
                spare = None  # one spare only: it was the first request's
                if pid is None:
                    if not preloaded:
                        _preload()
                        preloaded = True
                    pid = _fork_child(fds, json.loads(rest), server_fds, target)
                if pid is None:
                    channel.send(f"exit {number} 1".encode())
                else:
                    running[pid] = int(number)
                    channel.send(f"pid {number} {pid}".encode())
            elif word == "kill":
                for pid, child_number in running.items():
                    if child_number == int(number):
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGKILL)
            reap()
    except OSError:
        pass
    finally:
        if spare is not None:  # never asked for: it ends when its socket closes
            spare[1].close()
        for pid in running:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        for _ in list(running):
            with contextlib.suppress(ChildProcessError):
                os.wait()


def _preload() -> None:
    _import_all(("ctypes", *PRELOAD))


def _import_all(names: tuple[str, ...]) -> None:
    """Import these modules now; one that is missing is the reader's to report."""
    import importlib

    for name in names:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def _fork_child(
    fds: list[int], request: dict, server_fds: tuple[int, ...], target: Callable[[], None] | None
) -> int | None:
    """Fork a child that answers one request on ``fds`` (stdin, stdout); its pid, or None
    when the fork failed (the pipes are closed, so this side sees the child end)."""
    if len(fds) != 2:
        for fd in fds:
            os.close(fd)
        return None
    server = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        pid = None
    if pid == 0:
        _child(fds, request, server, server_fds, target)  # never returns
    for fd in fds:
        os.close(fd)
    return pid


def _fork_spare(
    server_fds: tuple[int, ...], target: Callable[[], None] | None, path: str
) -> tuple[int, socket.socket] | None:
    """Fork a child that gets ready for the list at ``path`` now and then waits on a
    socket of its own for its request: (its pid, the server's end), or None when the
    fork failed (the first request is then forked as any other)."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    server = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        ours.close()
        theirs.close()
        return None
    if pid == 0:
        ours.close()
        _spare(theirs, server, server_fds, target, path)  # never returns
    theirs.close()
    return pid, ours


def _spare(channel: socket.socket, server: int, server_fds: tuple[int, ...], target, path: str) -> None:
    """The warm child: import the native readers when the list will need them and the
    reader's own modules, take the request handed over (the message and descriptors a
    new child gets) and carry it out as a forked child does."""

    def work() -> None:
        _leave_server(server, server_fds)
        from segmenter_app.core.reading.xlsx_preview import has_long_sheet

        if has_long_sheet(path):  # a short sheet is read whole by the preview
            from segmenter_app.core.reading.child import leave_out_numpy

            leave_out_numpy()
            _import_all(WARM_IMPORTS)
        _preload()  # the server has not: the spare was forked first
        packet, fds, _, _ = socket.recv_fds(channel, PACKET_BYTES, 2)
        channel.close()
        if not packet or len(fds) != 2:
            os._exit(0)  # the server ended (or sent nothing to read): nothing to do
        _read(fds, json.loads(packet), target)

    _exit_after(work)


def _hand_to(spare: tuple[int, socket.socket], fds: list[int], request: bytes) -> int | None:
    """Give a fork request to the warm child: its pid, or None when it is gone (the
    request is then forked anew; the descriptors stay the server's until then)."""
    pid, channel = spare
    try:
        if len(fds) != 2:
            return None
        socket.send_fds(channel, [request], fds)
    except OSError:
        return None
    finally:
        channel.close()
    for fd in fds:
        os.close(fd)
    return pid


def _leave_server(server: int, server_fds: tuple[int, ...]) -> None:
    """A forked child's first steps: die with the server, drop its signal handling and
    close its descriptors."""
    _die_with(server)
    _name_process(b"segmenter-read")
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for fd in server_fds:
        os.close(fd)


def _child(
    fds: list[int], request: dict, server: int, server_fds: tuple[int, ...], target: Callable[[], None] | None
) -> None:
    def work() -> None:
        _leave_server(server, server_fds)
        _read(fds, request, target)

    _exit_after(work)


def _exit_after(work: Callable[[], None]) -> None:
    """Run a forked child's ``work``, then end the process with its status (1 for any
    exception): a forked child never returns into the server's loop."""
    code = 1
    try:
        work()
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException:  # noqa: BLE001 - a forked child never returns into the server
        code = 1
    finally:
        os._exit(code)


def _read(fds: list[int], request: dict, target: Callable[[], None] | None) -> None:
    """Take the request's environment, folder and pipes (stdin, stdout), then read."""
    os.environ.clear()
    os.environ.update(request["environment"])
    os.chdir(request["directory"])
    os.dup2(fds[0], 0)
    os.dup2(fds[1], 1)
    os.close(fds[0])
    os.close(fds[1])
    if target is None:
        from segmenter_app.core.reading.child import main as target
    target()


#: Linux ``prctl`` option: a signal for this process when its parent ends.
PR_SET_PDEATHSIG = 1


def _die_with(server: int) -> None:
    """Be killed when the server ends, however it ends, so that no reader outlives it
    (its time limit is kept through the server).  A server that ended between the fork
    and this call has already left the child to another parent: then end at once."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError, ImportError):
        pass
    if os.getppid() != server:
        os._exit(1)


#: Linux ``prctl`` option: the process's name, as ``top`` and ``ps -o comm`` show it.
PR_SET_NAME = 15


def _name_process(name: bytes) -> None:
    """Name this process (15 bytes at most): a copy of the command, or a reader forked
    from it, would otherwise show as the command itself, and a user looking for the
    reader that holds a gigabyte could not tell it."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_NAME, name[:15], 0, 0, 0)
    except (OSError, AttributeError, ImportError):
        pass


def _returncode(status: int) -> int:
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    warm_for = argv[argv.index(WARM_FLAG) + 1] if WARM_FLAG in argv[1:-1] else None
    serve(int(argv[0]), warm_for=warm_for)


if __name__ == "__main__":
    main()
