"""Reader children forked by the fork server (Linux): the same answers, limits and ends
as children started fresh, one server per process, nothing left behind.  (The memory
cap in a forked child: ``test_reading``'s dense file, refused as out of memory.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from segmenter_app.core.errors import ReadError
from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.reading import fork_server, sandbox
from segmenter_app.core.reading.reader import read_workbook

from .conftest import write_xlsx

pytestmark = pytest.mark.skipif(
    not fork_server.supported(), reason="reader children are forked on Linux only"
)

ROWS = [
    ["Kundennummer", "Kunde", "Außendienst", "Umsatz", "Einkaufsvolumen", "KZI"],
    ["000123", "Müller GmbH", "Anna", 1200.5, 4000, 4.5],
    ["10023", "Özdemir AG", "Ben", 99.0, 1000, 2.0],
    ["10024", "Kraus KG", "Anna", "k.A.", 500, 3.5],
]

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample_customers_de.xlsx"


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _gone(pid: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.02)
    return False


def _table(result) -> list:
    return result.table.astype(str).to_numpy().tolist()


def test_forked_children_answer_as_started_ones(monkeypatch) -> None:
    forked = load_customers(SAMPLE)
    monkeypatch.setenv(fork_server.SWITCH, "0")
    started = load_customers(SAMPLE)
    assert _table(forked) == _table(started)
    assert forked.report == started.report


def test_one_server_forks_a_child_per_read(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    pids = []
    servers = set()
    for _ in range(3):
        reader = sandbox.ChildReader(path, "xlsx")
        assert isinstance(reader.process, fork_server.ForkedChild)
        pids.append(reader.process.pid)
        servers.add(fork_server._server.process.pid)
        reader.send({})
        assert reader.wait()[0] == "ok"
        assert reader.process.wait(10) == 0
    assert len(servers) == 1
    assert len(set(pids)) == 3
    assert not any(_alive(pid) for pid in pids)


def test_a_child_not_asked_is_stopped(tmp_path: Path) -> None:
    reader = sandbox.ChildReader(write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS}), "xlsx")
    pid = reader.process.pid
    assert _alive(pid)
    reader.close()
    assert reader.process.wait(10) in (0, -9)  # its stdin ended, or the kill came first
    assert _gone(pid)


def test_a_child_at_its_time_limit_is_killed(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    reader = sandbox.ChildReader(path, "xlsx", timeout=0.5)
    pid = reader.process.pid
    # Never sent: the child waits on its stdin, as a hung read would, past its limit.
    reader.deadline = time.monotonic() + 0.5
    reader._asked = True
    with pytest.raises(ReadError) as caught:
        reader.wait()
    assert caught.value.code == "timeout"
    assert reader.process.wait(10) == -9
    assert _gone(pid)


def test_a_child_that_dies_is_told_by_its_exit_status() -> None:
    child = fork_server.fork(sandbox._child_environment())
    child.stdin.write(b"not json\n")
    child.stdin.close()
    assert child.wait(10) == 1  # the request could not be read: an error exit, not a signal
    assert child.stdout.read() == b""
    child.stdout.close()


def test_a_server_that_ended_is_started_anew_and_its_children_count_as_crashed(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    waiting = sandbox.ChildReader(path, "xlsx")
    first = fork_server._server
    first.process.kill()
    assert waiting.process.wait(10) == 1
    assert _gone(waiting.process.pid)  # the kernel ends a child with its server
    waiting.close()
    reader = sandbox.ChildReader(path, "xlsx")
    reader.send({})
    assert reader.wait()[0] == "ok"
    assert fork_server._server is not first


#: A server whose children write one variable of their environment and end.
PROBE = (
    "import os, sys\n"
    "from segmenter_app.core.reading import fork_server\n"
    "def probe():\n"
    "    os.write(1, os.environ.get('SEGMENTER_TEST_MARK', '-').encode())\n"
    "fork_server.serve(int(sys.argv[1]), target=probe)\n"
)


def test_a_child_gets_the_environment_of_its_read(monkeypatch) -> None:
    server = fork_server.ForkServer(
        dict(os.environ), command=lambda fd, warm_for=None: [sys.executable, "-c", PROBE, str(fd)]
    )
    try:
        answers = []
        for mark in ("ä1", None, "zwei"):
            if mark is None:
                monkeypatch.delenv("SEGMENTER_TEST_MARK", raising=False)
            else:
                monkeypatch.setenv("SEGMENTER_TEST_MARK", mark)
            child = server.fork(sandbox._child_environment())
            child.stdin.close()
            answers.append(child.stdout.read().decode())
            child.stdout.close()
            assert child.wait(10) == 0
        assert answers == ["ä1", "-", "zwei"]
    finally:
        server.shut_down()


def test_one_server_for_every_environment(tmp_path: Path, monkeypatch) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    read_workbook(path)
    first = fork_server._server
    monkeypatch.setenv("SEGMENTER_DATA_DIR", str(tmp_path))
    read_workbook(path)
    assert fork_server._server is first


def test_many_reads_leave_no_descriptor_or_process_behind(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    read_workbook(path)
    descriptors = len(os.listdir("/proc/self/fd"))
    server = fork_server._server.process.pid
    for _ in range(60):
        read_workbook(path)
    time.sleep(0.2)  # the last child is reaped in the background
    assert len(os.listdir("/proc/self/fd")) <= descriptors + 2
    children = Path(f"/proc/{server}/task/{server}/children").read_text().split()
    assert all(not _alive(int(pid)) for pid in children)


def test_the_server_ends_with_its_process_and_takes_its_children(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    script = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from segmenter_app.core.reading import fork_server, sandbox\n"
        "from segmenter_app.core.reading.reader import read_workbook\n"
        "read_workbook(Path(sys.argv[1]))\n"
        "waiting = sandbox.ChildReader(Path(sys.argv[1]), 'xlsx')\n"
        "print(json.dumps([fork_server._server.process.pid, waiting.process.pid]), flush=True)\n"
        "import os, signal; os.kill(os.getpid(), signal.SIGKILL)\n"  # the app killed outright
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60
    )
    server, child = json.loads(out.stdout)
    assert _gone(server)
    assert _gone(child)


def test_the_server_outlives_the_thread_that_started_it(tmp_path: Path) -> None:
    """The window reads in pool threads that end when idle: the server stays."""
    path = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    fork_server.shut_down()
    first = threading.Thread(target=read_workbook, args=(path,))
    first.start()
    first.join()
    server = fork_server._server
    time.sleep(0.3)
    assert server.process.poll() is None
    read_workbook(path)
    assert fork_server._server is server


def test_a_child_reads_in_the_working_folder_of_its_read(tmp_path: Path, monkeypatch) -> None:
    read_workbook(write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS}))  # the server exists
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write_xlsx(elsewhere / "b.xlsx", {"Kunden": ROWS})
    monkeypatch.chdir(elsewhere)
    workbook = read_workbook(Path("b.xlsx"))
    assert workbook.sheets[0].cell(1, 1) == "Müller GmbH"


def test_a_copy_of_the_app_made_by_fork_starts_a_server_of_its_own(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    read_workbook(path)
    server = fork_server._server
    pid = os.fork()
    if pid == 0:
        os._exit(0 if fork_server._server is None else 1)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0
    read_workbook(path)  # the app's own server is untouched by the copy
    assert fork_server._server is server


#: The long workbook's bytes, written once per test process (writing takes 0.4 s).
_LONG_BYTES: list[bytes] = []


def _long_xlsx(path: Path) -> Path:
    """A workbook whose sheet is longer than the preview holds (its XML over 512 KiB)."""
    if _LONG_BYTES:
        path.write_bytes(_LONG_BYTES[0])
        return path
    rows = [ROWS[0]] + [[f"K{i:05d}", f"Kunde {i}", "Anna", 1000.0 + i, 5000, 3.5] for i in range(1, 6001)]
    write_xlsx(path, {"Kunden": rows})
    from segmenter_app.core.reading.xlsx_preview import WHOLE_SHEET_BYTES

    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size > WHOLE_SHEET_BYTES
    _LONG_BYTES.append(path.read_bytes())
    return path


#: A server whose children write their pid, whether pyarrow is imported in them (and
#: numpy marked absent: the reader never needs it), and one variable of their
#: environment.
WARM_PROBE = (
    "import os, sys\n"
    "from segmenter_app.core.reading import fork_server\n"
    "def probe():\n"
    "    warm = 'pyarrow' in sys.modules and sys.modules.get('numpy', 'absent') is None\n"
    "    os.write(1, f\"{os.getpid()} {warm} {os.environ.get('SEGMENTER_TEST_MARK', '-')}\".encode())\n"
    "argv = sys.argv[1:]\n"
    "warm_for = argv[argv.index(fork_server.WARM_FLAG) + 1] if fork_server.WARM_FLAG in argv else None\n"
    "fork_server.serve(int(argv[0]), target=probe, warm_for=warm_for)\n"
)


def _probe_server(warm_for: Path | None) -> fork_server.ForkServer:
    def command(fd: int, warm_for: str | None = None) -> list[str]:
        return [
            sys.executable,
            "-c",
            WARM_PROBE,
            str(fd),
            *([fork_server.WARM_FLAG, warm_for] if warm_for else []),
        ]

    return fork_server.ForkServer(
        dict(os.environ), command=command, warm_for=str(warm_for) if warm_for else None
    )


def _children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _ask(server: fork_server.ForkServer) -> tuple[int, str, str]:
    child = server.fork(sandbox._child_environment())
    child.stdin.close()
    pid, warm, mark = child.stdout.read().decode().split()
    child.stdout.close()
    assert child.wait(10) == 0
    return int(pid), warm, mark


def _spare_of(server: fork_server.ForkServer) -> int:
    deadline = time.monotonic() + 10
    while not _children(server.process.pid):
        assert time.monotonic() < deadline, "no child forked ahead"
        time.sleep(0.02)
    [spare] = _children(server.process.pid)
    return spare


def test_a_warm_server_hands_its_first_request_to_a_child_forked_ahead(tmp_path: Path, monkeypatch) -> None:
    """``segmenter classify`` starts the server warm: its first child has imported the
    workbook readers before the request (its list has a long sheet); the request is its
    own (environment, pipes)."""
    server = _probe_server(_long_xlsx(tmp_path / "lang.xlsx"))
    try:
        spare = _spare_of(server)  # forked before any request
        monkeypatch.setenv("SEGMENTER_TEST_MARK", "erste")
        assert _ask(server) == (spare, "True", "erste")
        monkeypatch.setenv("SEGMENTER_TEST_MARK", "zweite")
        pid, warm, mark = _ask(server)  # later requests are forked as ever
        assert pid != spare and (warm, mark) == ("False", "zweite")
        assert _gone(spare) and _gone(pid)
    finally:
        server.shut_down()
    # A short list is read whole by the preview: its child is ready, without pyarrow.
    short = _probe_server(write_xlsx(tmp_path / "kurz.xlsx", {"Kunden": ROWS}))
    try:
        spare = _spare_of(short)
        assert _ask(short)[:2] == (spare, "False")
    finally:
        short.shut_down()
    cold = _probe_server(None)
    try:
        time.sleep(0.3)
        assert _children(cold.process.pid) == []
        assert _ask(cold)[1] == "False"
    finally:
        cold.shut_down()


def test_a_warm_child_that_died_is_replaced_and_an_unused_one_ends_with_the_server(tmp_path: Path) -> None:
    server = _probe_server(_long_xlsx(tmp_path / "lang.xlsx"))
    try:
        spare = _spare_of(server)
        os.kill(spare, 9)
        assert _gone(spare)
        deadline = time.monotonic() + 10
        while Path(f"/proc/{spare}").exists():  # reaped at once, not left a zombie
            assert time.monotonic() < deadline
            time.sleep(0.02)
        pid, warm, _mark = _ask(server)  # forked anew, answered all the same
        assert pid != spare and warm == "False"
    finally:
        server.shut_down()
    unused = _probe_server(tmp_path / "lang.xlsx")
    spare = _spare_of(unused)
    unused.shut_down()
    assert _gone(spare)


def test_a_command_gets_its_reader_ready_before_reading_its_arguments(tmp_path: Path, monkeypatch) -> None:
    """The reader's server starts first thing for a workbook named, warm for that list
    (its first child imports the native readers if the list needs them); a text list
    (read in the command's process), a project, the output, the window's command start
    none, and collect's server (its returned workbooks need no native reader) is cold."""
    from segmenter_app import cli

    started = []
    monkeypatch.setattr(
        fork_server, "start", lambda environment, warm_for=None, copy=False: started.append((warm_for, copy))
    )
    monkeypatch.chdir(tmp_path)
    write_xlsx(tmp_path / "Kurz.XLSX", {"Kunden": ROWS})
    write_xlsx(tmp_path / "lang.xlsx", {"Kunden": ROWS})
    (tmp_path / "kunden.csv").write_text("Kunde;Umsatz\nA;1\n", encoding="utf-8")
    (tmp_path / "team.segmenter").write_bytes(b"")
    lang, kurz = str(tmp_path / "lang.xlsx"), str(tmp_path / "Kurz.XLSX")
    runs = {
        ("classify", "lang.xlsx", "-o", "out.csv"): [lang],
        ("team", "--sheet", "Kunden", "Kurz.XLSX", "-o", "team.json"): [kurz],
        ("classify", "kunden.csv", "-o", "lang.xlsx", "--force"): [],  # read here; the output skipped
        ("classify", "team.segmenter", "-o", "lang.xlsx", "--force"): [],
        ("collect", "team.segmenter", "lang.xlsx"): [None],
        ("classify", "missing.xlsx", "-o", "out.csv"): [],
        ("open", "lang.xlsx"): [],
        ("--help",): [],
    }
    for argv, expected in runs.items():
        started.clear()
        cli._prepare_reading(list(argv))
        assert started == [(warm_for, True) for warm_for in expected], argv  # a copy of the command
    os.mkfifo(tmp_path / "rohr.xlsx")  # looked at without blocking, and left alone
    started.clear()
    sandbox.prepare(tmp_path / "rohr.xlsx")
    assert started == []


def test_the_command_s_first_step_comes_before_the_rest_of_the_command_line() -> None:
    """The reader's server is copied from the command before the command line's own
    modules are imported: importing the package ``segmenter_app.cli`` loads nothing of
    Segmenter but the commands' names."""
    script = (
        "import sys, segmenter_app.cli\n"
        "print(sorted(name for name in sys.modules if name.startswith('segmenter_app')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "['segmenter_app', 'segmenter_app.cli', 'segmenter_app.cli.names']"


def test_a_workbook_read_after_a_warm_start_is_read_by_the_child_forked_ahead(tmp_path: Path) -> None:
    path = _long_xlsx(tmp_path / "a.xlsx")
    fork_server.shut_down()
    sandbox.prepare(path)
    server = fork_server._server
    spare = _spare_of(server)
    reader = sandbox.ChildReader(path, "xlsx")
    assert reader.process.pid == spare
    reader.send({})
    assert reader.wait()[0] in ("ok", "fast")
    assert reader.process.wait(10) == 0
    assert read_workbook(path).sheets[0].cell(1, 1) == "Kunde 1"  # the next one forked
    assert fork_server._server is server


#: A command's first step in a process of its own (one thread, as a command starts):
#: its reader's server, what that server holds, a read through it, and its end.
COPY_PROBE = (
    "import json, os, sys, threading\n"
    "from pathlib import Path\n"
    "from segmenter_app.core.reading import fork_server, sandbox\n"
    "if sys.argv[2] == 'thread':\n"
    "    threading.Thread(target=threading.Event().wait, daemon=True).start()\n"
    "if sys.argv[2] == 'native':  # a thread of native code's: threading does not list it\n"
    "    import faulthandler; faulthandler.dump_traceback_later(600)\n"
    "if sys.argv[2] == 'refused':  # a machine out of processes refuses the fork\n"
    "    def refused():\n"
    "        raise OSError(11, 'Resource temporarily unavailable')\n"
    "    os.fork = refused\n"
    "if sys.argv[2] == 'large':\n"
    "    ballast = bytearray(fork_server.COPY_MAX_BYTES + (64 << 20))\n"
    "held, _ = os.pipe()  # a descriptor of the command's: a pipe to its caller, say\n"
    "path = Path(sys.argv[1])\n"
    "sandbox.prepare(path)\n"
    "process = fork_server._server.process\n"
    "reader = sandbox.ChildReader(path, 'xlsx')\n"
    "reader.send({})\n"
    "answer = reader.wait()[0]\n"
    "folder = f'/proc/{process.pid}/fd'\n"
    "fds = {int(fd): os.readlink(f'{folder}/{fd}') for fd in os.listdir(folder)}\n"
    "command = open(f'/proc/{process.pid}/cmdline').read() == open('/proc/self/cmdline').read()\n"
    "name = open(f'/proc/{process.pid}/comm').read().strip()\n"
    "fork_server.shut_down()\n"
    "print(json.dumps({'kind': type(process).__name__, 'answer': answer, 'fds': fds, 'name': name,\n"
    "    'held': os.readlink(f'/proc/self/fd/{held}'), 'copy': command,\n"
    "    'returncode': process.returncode, 'pid': process.pid, 'reader': reader.process.pid}))\n"
)


def _first_step(path: Path, threads: str = "one") -> dict:
    out = subprocess.run(
        [sys.executable, "-c", COPY_PROBE, str(path), threads], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_a_command_s_server_is_a_copy_of_it_that_holds_none_of_its_descriptors(tmp_path: Path) -> None:
    """A command at its first step (one thread) makes its server by ``os.fork`` alone: no
    interpreter to start.  The copy has what a started server has — stdin, stdout and
    stderr to nowhere, its socket and its own pipes — and none of the command's other
    descriptors (a caller waiting for the command's output would wait for the server
    too); it reads as a started one does and ends when it is shut down."""
    probe = _first_step(_long_xlsx(tmp_path / "lang.xlsx"))
    assert probe["kind"] == "ServerCopy" and probe["copy"]
    assert probe["name"] == "segmenter-serve"  # what ``top`` shows, not the command's name
    assert probe["answer"] in ("ok", "fast")
    fds = {int(fd): target for fd, target in probe["fds"].items()}
    assert [fds[fd] for fd in (0, 1, 2)] == ["/dev/null"] * 3
    others = [target for fd, target in fds.items() if fd > 2]
    assert probe["held"] not in others
    assert all(target.startswith(("socket:", "pipe:")) for target in others), others
    assert probe["returncode"] == 0
    assert _gone(probe["pid"]) and _gone(probe["reader"])


@pytest.mark.parametrize("state", ["thread", "native", "large", "refused"])
def test_a_process_with_threads_or_much_memory_starts_its_server_as_a_new_process(
    tmp_path: Path, state: str
) -> None:
    """A forked copy of a running thread's lock can hang, and a copy of a large process
    carries its memory into every reader (under the reader's cap): with a second thread
    running (the window's, or one native code started that ``threading`` does not list)
    or much loaded, the server is started as a new interpreter — as it is when the
    machine refuses the copy's fork."""
    probe = _first_step(_long_xlsx(tmp_path / "lang.xlsx"), state)
    assert probe["kind"] == "Popen" and not probe["copy"]
    assert probe["answer"] in ("ok", "fast")
    assert _gone(probe["pid"])


def test_a_command_killed_outright_takes_its_server_copy_and_reader_with_it(tmp_path: Path) -> None:
    path = _long_xlsx(tmp_path / "lang.xlsx")
    script = (
        "import json, os, signal, sys\n"
        "from pathlib import Path\n"
        "from segmenter_app.core.reading import fork_server, sandbox\n"
        "sandbox.prepare(Path(sys.argv[1]))\n"
        "waiting = sandbox.ChildReader(Path(sys.argv[1]), 'xlsx')\n"
        "print(json.dumps([type(fork_server._server.process).__name__, fork_server._server.process.pid,\n"
        "    waiting.process.pid]), flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60
    )
    kind, server, child = json.loads(out.stdout)
    assert kind == "ServerCopy"
    assert _gone(server)
    assert _gone(child)


def test_a_server_copy_is_waited_for_and_killed_like_a_started_one() -> None:
    """``ServerCopy`` stands where ``subprocess.Popen`` stood: ``poll``, ``wait`` with a
    time limit, ``kill`` and the return code (in a process of one thread)."""
    script = (
        "import socket, subprocess\n"
        "from segmenter_app.core.reading import fork_server\n"
        "ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)\n"
        "copy = fork_server.ServerCopy(theirs.detach(), {}, None)\n"
        "try:\n"
        "    copy.wait(0.2)\n"
        "except subprocess.TimeoutExpired:\n"
        "    print('waiting', copy.poll())\n"
        "copy.kill()\n"
        "print('killed', copy.wait(10), copy.poll())\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.stdout.split("\n")[:2] == ["waiting None", "killed -9 -9"], out.stderr


def test_a_reader_reads_a_long_list_into_arrow_without_numpy(tmp_path: Path) -> None:
    """A reader process marks numpy absent (pyarrow would import it for nothing): the
    fast path's Arrow answer is made without it; a process that has numpy keeps it."""
    path = _long_xlsx(tmp_path / "lang.xlsx")
    script = (
        "import io, sys\n"
        "from segmenter_app.core.reading import child\n"
        "if sys.argv[2] == 'numpy':\n"
        "    import numpy\n"
        "child.leave_out_numpy()\n"
        "frames = []\n"
        "def keep(batch):\n"
        "    frames.append(batch)\n"
        "    return len(frames) - 1\n"
        "answer = child._read_fast(sys.argv[1], None, None, 10**8, None, keep)\n"
        "print(answer[0], frames[0].num_rows, sys.modules.get('numpy') is not None)\n"
    )
    for state, numpy in (("fresh", "False"), ("numpy", "True")):
        out = subprocess.run(
            [sys.executable, "-c", script, str(path), state], capture_output=True, text=True, timeout=60
        )
        assert out.stdout.split() == ["fast", "6000", numpy], out.stderr


def test_a_command_with_its_standard_streams_closed_keeps_its_server(tmp_path: Path) -> None:
    """Started with stdin and stdout closed, the command's socket to its server gets
    descriptor 0 or 1; the server moves it above stderr before it points 0–2 at
    nowhere, so the read is forked by that server (not by a second one started after)."""
    path = _long_xlsx(tmp_path / "lang.xlsx")
    report = tmp_path / "report.json"
    script = (
        "import json, os, sys\n"
        "from pathlib import Path\n"
        "from segmenter_app.core.reading import fork_server, sandbox\n"
        "sandbox.prepare(Path(sys.argv[1]))\n"
        "first = fork_server._server\n"
        "reader = sandbox.ChildReader(Path(sys.argv[1]), 'xlsx')\n"
        "reader.send({})\n"
        "answer = reader.wait()[0]\n"
        "Path(sys.argv[2]).write_text(json.dumps([answer, fork_server._server is first,\n"
        "    first.process.poll(), type(first.process).__name__]))\n"
    )
    done = subprocess.run(
        [
            "sh",
            "-c",
            'exec <&- >&-; exec "$0" -c "$1" "$2" "$3"',
            sys.executable,
            script,
            str(path),
            str(report),
        ],
        timeout=60,
    )
    assert done.returncode == 0
    answer, same_server, server_status, kind = json.loads(report.read_text())
    assert answer in ("ok", "fast")
    assert (same_server, server_status, kind) == (True, None, "ServerCopy")
