"""Locks, names and copies attacked (issue 26): lock files that hang, eat memory or lock
out; a process that gets its crashed predecessor's id again; a project reached through a
link; a manager's copy saved over the project; file names Windows or macOS would not
keep apart."""

from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path

import pytest

from segmenter_app.core.errors import ProjectError
from segmenter_app.core.importing.importer import ImportResult, load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs.export_jobs import export_workbooks
from segmenter_app.core.outputs.report_data import safe_file_name
from segmenter_app.core.projects import claims
from segmenter_app.core.projects.claims import ProjectLocked
from segmenter_app.core.projects.locks import lock_path_for
from segmenter_app.core.projects.manager_copy import save_manager_copy
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.resources import sample_list

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and links as POSIX has them")


@pytest.fixture(scope="module")
def imported() -> ImportResult:
    return load_customers(sample_list("en"))


@pytest.fixture
def project(imported, tmp_path: Path) -> Path:
    path = tmp_path / "team.segmenter"
    save_project(CustomerDocument(ImportResult(imported.table.copy(), imported.report)), path)
    return path


def _within(seconds: float, action):
    """``action()``'s result, or a failure when it does not return in time (it hung)."""
    result: list = []
    worker = threading.Thread(target=lambda: result.append(_outcome(action)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s: it hangs"
    kind, value = result[0]
    if kind == "error":
        raise value
    return value


def _outcome(action):
    try:
        return ("ok", action())
    except BaseException as error:  # noqa: BLE001 - handed to the test's thread
        return ("error", error)


def _claim_and_save(project: Path) -> None:
    claim = claims.claim(project)
    try:
        claims.check_save(claim, project)
        save_project(open_project(project).document, project)
    finally:
        claims.release(claim)


# --------------------------------------------------------------------------- lock files


@posix_only
def test_a_lock_file_that_is_a_fifo_never_hangs(project: Path) -> None:
    os.mkfifo(lock_path_for(project))
    _within(20, lambda: _claim_and_save(project))
    assert not lock_path_for(project).exists()  # taken, then let go


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_lock_linked_to_a_device_is_never_read(project: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    lock_path_for(project).symlink_to(device)
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _within(20, lambda: _claim_and_save(project))
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # kB
    assert Path(device).exists()  # the link was removed, never what it named


def test_a_huge_sparse_lock_is_never_read_whole(project: Path) -> None:
    lock = lock_path_for(project)
    with open(lock, "wb") as handle:
        handle.truncate(3 << 30)  # 3 GB of nothing, a few blocks on disk
    os.utime(lock, (1, 1))  # left long ago
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _within(20, lambda: _claim_and_save(project))
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # kB


def test_a_lock_that_is_a_folder_never_locks_out(project: Path) -> None:
    lock = lock_path_for(project)
    lock.mkdir()
    _claim_and_save(project)  # an empty folder: removed, the lock taken
    lock.mkdir()
    (lock / "something").write_text("not ours")
    claim = claims.claim(project)  # a folder with things in it: opened, no lock possible
    try:
        claims.check_save(claim, project)
        save_project(open_project(project).document, project)
    finally:
        claims.release(claim)
    assert (lock / "something").read_text() == "not ours"


@pytest.mark.parametrize("pid", [2**70, -5, 0, "12", 1.5, True, None, 10**400])
def test_a_lock_with_an_impossible_process_id_is_no_lock(project: Path, pid) -> None:
    lock = lock_path_for(project)
    text = json.dumps({"user": "x", "host": socket.gethostname(), "pid": pid, "since": "2026-01-01"})
    lock.write_text(text)
    os.utime(lock, (1, 1))
    _claim_and_save(project)  # no OverflowError, no "held by ?" for ever
    assert claims.holder_elsewhere(project) is None


def test_a_restart_with_the_crashed_processes_id_takes_its_lock_over(project: Path) -> None:
    """In a container or a Flatpak the app restarted after a crash gets the same process
    id (often 2): the lock of the crashed one named this very process and locked it out
    for ever ("held by root (process 2)")."""
    lock = lock_path_for(project)
    crashed = {
        "user": "root",
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": "2026-11-30T08:00:00+00:00",
        "boot": "",
        "started": "1",
        "token": "the crashed process's word",
    }
    lock.write_text(json.dumps(crashed))
    claim = claims.claim(project)
    assert claim.took_over is not None and claim.took_over.pid == os.getpid()
    claims.release(claim)
    # But this process's own claim still says "open here already" to a second claim.
    claim = claims.claim(project)
    try:
        with pytest.raises(ProjectLocked):
            claims.claim(project)
    finally:
        claims.release(claim)


def test_a_lock_of_an_earlier_boot_is_stale(project: Path) -> None:
    from segmenter_app.core.projects import locks

    if not locks._BOOT:
        pytest.skip("no boot id on this system")
    lock = lock_path_for(project)
    lock.write_text(
        json.dumps(
            {
                "user": "x",
                "host": socket.gethostname(),
                "pid": 1,
                "since": "2026-01-01",
                "boot": "another boot",
            }
        )
    )
    claim = claims.claim(project)
    assert claim.took_over is not None and claim.took_over.pid == 1
    claims.release(claim)


# --------------------------------------------------------------------------- a project through a link


@posix_only
def test_a_project_reached_through_a_link_is_saved_through_it_and_locked_once(
    project: Path, tmp_path
) -> None:
    link = tmp_path / "elsewhere" / "link.segmenter"
    link.parent.mkdir()
    link.symlink_to(project)
    claim = claims.claim(link)
    try:
        with pytest.raises(ProjectLocked):
            claims.claim(project)  # the same project by its real path: held already
        document = open_project(link).document
        document.edit_value(3, "notes", "durch den Link gespeichert")
        claims.check_save(claim, link)
        save_project(document, link)
    finally:
        claims.release(claim)
    assert link.is_symlink() and os.readlink(link) == str(project)
    assert open_project(project).document.table["notes"].iat[3] == "durch den Link gespeichert"
    assert not lock_path_for(project).exists()


# --------------------------------------------------------------------------- a manager's copy


def test_a_copy_is_never_saved_over_the_open_project(imported, project: Path) -> None:
    before = project.read_bytes()
    claim = claims.claim(project)  # the window has it open
    try:
        document = open_project(project).document
        manager = document.managers[0]
        with pytest.raises(ProjectError) as refused:
            save_manager_copy(document, manager, project, open_project=project)
        assert refused.value.code == "copy_over_open"
        with pytest.raises(ProjectError) as refused:
            save_manager_copy(document, manager, project)  # locked, even by this process
        assert refused.value.code == "locked"
    finally:
        claims.release(claim)
    with pytest.raises(ProjectError) as refused:  # closed: still a project, not a copy
        save_manager_copy(document, manager, project)
    assert refused.value.code == "copy_over_project"
    assert project.read_bytes() == before
    # An older copy of the manager's is replaced, as before.
    target = project.with_name("copy.segmenter")
    save_manager_copy(document, manager, target)
    save_manager_copy(document, manager, target)
    assert open_project(target).document.managers == [manager]


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    "name",
    [
        "con.txt",
        "prn.tar.gz",
        "COM0",
        "LPT0",
        "COM¹",
        "lpt³",
        "Aux.anything",
        "nul",
        "CON .txt",
        "conin$",
        "clock$",
    ],
)
def test_windows_device_names_never_become_file_names(name: str) -> None:
    safe = safe_file_name(name)
    base = safe.split(".")[0].rstrip(" ").upper()
    devices = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    devices |= {f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789¹²³"}
    assert base not in devices and safe


def test_a_name_typed_two_ways_is_one_name_and_two_managers_two_files(imported, tmp_path: Path) -> None:
    composed, decomposed = "M\u00fcller", "Mu\u0308ller"
    assert safe_file_name(composed) == safe_file_name(decomposed) == composed
    table = imported.table.copy()
    managers = table["account_manager"].unique()
    table.loc[table["account_manager"] == managers[0], "account_manager"] = composed
    table.loc[table["account_manager"] == managers[1], "account_manager"] = decomposed
    document = CustomerDocument(ImportResult(table, imported.report))
    result = export_workbooks(document, tmp_path / "out", managers=[composed, decomposed], force=True)
    names = sorted(path.name for path in result.paths)
    assert names == ["M\u00fcller (2).xlsx", "M\u00fcller.xlsx"]
    assert len(list((tmp_path / "out").iterdir())) == 2  # two files, as on macOS too
