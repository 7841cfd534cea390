"""Two copies of Segmenter on one project (issue 10): a lock beside the project says
who has it; a second opener gets read-only or a copy; a stale lock of a crashed app is
taken over; a save over a file changed on disk since it was opened is refused until
the user agrees."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from segmenter_app.core.errors import ProjectError
from segmenter_app.core.importing.importer import ImportResult, load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects import claims
from segmenter_app.core.projects.claims import ProjectLocked
from segmenter_app.core.projects.locks import lock_path_for
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.resources import sample_list

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def imported() -> ImportResult:
    return load_customers(sample_list("en"))


@pytest.fixture
def project(imported, tmp_path: Path) -> Path:
    path = tmp_path / "team.segmenter"
    save_project(CustomerDocument(ImportResult(imported.table.copy(), imported.report)), path)
    return path


_OTHER_APP = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {repository!r})
    from segmenter_app.core.projects import claims
    claim = claims.claim(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def other_app(project: Path):
    """Another Segmenter process that has ``project`` open."""
    process = subprocess.Popen(
        [sys.executable, "-c", _OTHER_APP.format(repository=str(REPOSITORY)), str(project)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "holding"
    yield process
    process.kill()
    process.wait()
    process.stdin.close()
    process.stdout.close()


def test_a_second_opener_is_told_who_has_the_project(project: Path, other_app) -> None:
    with pytest.raises(ProjectLocked) as locked:
        claims.claim(project)
    holder = locked.value.holder
    assert holder.pid == other_app.pid and holder.host == socket.gethostname() and holder.since
    assert lock_path_for(project).exists()


def test_a_second_copy_cannot_save_over_the_first(imported, project: Path, other_app) -> None:
    # The data-loss story: A has the project; B opens it anyway and saves.
    before = project.read_bytes()
    second = claims.claim(project, read_only=True)
    document = open_project(project).document
    document.edit_value(1, "notes", "B's note")
    with pytest.raises(ProjectError) as refused:
        claims.check_save(second, project)
    assert refused.value.code == "locked" and refused.value.params["host"] == socket.gethostname()
    with pytest.raises(ProjectError) as refused:
        save_project(document, project)  # any writer, not only the window
    assert refused.value.code == "locked"
    assert project.read_bytes() == before
    # As a copy under another name it saves.
    copy = project.with_name("team (copy).segmenter")
    claims.check_save(second, copy)
    save_project(document, copy)
    assert open_project(copy).document.table["notes"].iat[1] == "B's note"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_stale_lock_after_a_crash_is_taken_over(project: Path, other_app) -> None:
    os.kill(other_app.pid, signal.SIGKILL)
    other_app.wait()
    assert lock_path_for(project).exists()  # a crash leaves it
    claim = claims.claim(project)
    assert claim.took_over is not None and claim.took_over.pid == other_app.pid
    claims.release(claim)
    assert not lock_path_for(project).exists()


def test_a_lock_whose_process_id_was_reused_is_stale(project: Path) -> None:
    # Our own parent process is alive, but holds no lock: the id was "reused".
    lock_path_for(project).write_text(
        json.dumps({"user": "x", "host": socket.gethostname(), "pid": os.getppid(), "since": "2026-01-01"})
    )
    claim = claims.claim(project)
    assert claim.took_over is not None and claim.took_over.pid == os.getppid()
    claims.release(claim)


def test_a_lock_of_another_machine_is_honoured(project: Path) -> None:
    # On a network share the other machine's process cannot be checked: its lock holds.
    lock_path_for(project).write_text(
        json.dumps({"user": "anna", "host": "laptop-of-anna", "pid": 4242, "since": "2026-11-30T08:00:00"})
    )
    with pytest.raises(ProjectLocked) as locked:
        claims.claim(project)
    assert locked.value.holder.user == "anna" and locked.value.holder.host == "laptop-of-anna"
    with pytest.raises(ProjectError) as refused:
        save_project(open_project(project).document, project)
    assert refused.value.code == "locked"


def test_saving_over_a_file_changed_on_disk_asks_first(imported, project: Path, tmp_path: Path) -> None:
    mine = claims.claim(project)
    document = open_project(project).document
    # Someone else replaces the file (another tool, a colleague's older Segmenter).
    theirs = CustomerDocument(ImportResult(imported.table.copy(), imported.report))
    theirs.edit_value(0, "notes", "their note")
    elsewhere = tmp_path / "elsewhere.segmenter"
    save_project(theirs, elsewhere)
    shutil.copyfile(elsewhere, project)
    document.edit_value(0, "notes", "my note")
    with pytest.raises(ProjectError) as refused:
        claims.check_save(mine, project)
    assert refused.value.code == "changed_on_disk"
    assert open_project(project).document.table["notes"].iat[0] == "their note"
    claims.check_save(mine, project, overwrite_changed=True)  # the user said "replace"
    save_project(document, project)
    mine = claims.saved(mine, project)
    claims.check_save(mine, project)  # our own save is no change by someone else
    claims.release(mine)


def test_save_as_moves_the_lock(imported, project: Path) -> None:
    mine = claims.claim(project)
    other = project.with_name("other.segmenter")
    save_project(open_project(project).document, other)
    mine = claims.saved(mine, other)
    assert lock_path_for(other).exists() and not lock_path_for(project).exists()
    claims.release(mine)
    assert not lock_path_for(other).exists()


def test_two_sessions_on_one_project_lose_nothing(imported, project: Path, tmp_path: Path, other_app) -> None:
    """The session (what the window drives) with another Segmenter holding the project:
    it opens read-only, refuses to save over it, and saves a copy elsewhere."""
    from segmenter_app.core.projects.session import ProjectSession

    folder = tmp_path / "recovery"
    folder.mkdir()
    session = ProjectSession(lambda: folder)
    with pytest.raises(ProjectLocked):
        session.claim_project(project)
    session.claim_project(project, read_only=True)
    opened = open_project(project)
    session.show(opened.document, project, project_path=project, base=project)
    assert session.read_only
    opened.document.edit_value(0, "notes", "mine")
    before = project.read_bytes()
    with pytest.raises(ProjectError) as refused:
        session.save(project)
    assert refused.value.code == "locked" and project.read_bytes() == before
    copy = tmp_path / "mine.segmenter"
    session.save(copy)
    assert not session.read_only and lock_path_for(copy).exists()
    session.close()
    assert not lock_path_for(copy).exists() and lock_path_for(project).exists()  # the other's stays


def test_a_session_asks_before_saving_over_a_changed_file(imported, project: Path, tmp_path: Path) -> None:
    from segmenter_app.core.projects.session import ProjectSession

    folder = tmp_path / "recovery"
    folder.mkdir()
    session = ProjectSession(lambda: folder)
    session.claim_project(project)
    opened = open_project(project)
    session.show(opened.document, project, project_path=project, base=project)
    assert lock_path_for(project).exists()
    theirs = CustomerDocument(ImportResult(imported.table.copy(), imported.report))
    theirs.edit_value(0, "notes", "their note")
    elsewhere = tmp_path / "elsewhere.segmenter"
    save_project(theirs, elsewhere)
    shutil.copyfile(elsewhere, project)
    opened.document.edit_value(1, "notes", "my note")
    with pytest.raises(ProjectError) as refused:
        session.save(project)
    assert refused.value.code == "changed_on_disk"
    session.save(project, overwrite_changed=True)
    opened.document.edit_value(2, "notes", "again")
    session.save(project)  # our own save is no change by someone else
    session.close()
    assert not lock_path_for(project).exists()
