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
        dict(os.environ), command=lambda fd: [sys.executable, "-c", PROBE, str(fd)]
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
