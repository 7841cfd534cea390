"""The one file-writing path (core/fileio.py): atomic, no umask race, honest errors,
stale temporaries cleared, names that fit, only regular files read."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

from segmenter_app.core import fileio
from segmenter_app.core.errors import ProjectError, WriteError
from segmenter_app.core.fileio import (
    open_regular,
    remove_stale_temporaries,
    shorten_name,
    temporary_path,
    write_atomically,
)
from segmenter_app.core.outputs.classify_output import write_table


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"customer_id": ["1", "2"], "revenue": [1.0, 2.0]})


def test_writing_never_changes_the_process_umask(tmp_path: Path, monkeypatch) -> None:
    # A umask changed for a moment by one thread makes files of every other thread
    # world-writable: the writer must never touch it.
    def no_umask(_mask: int) -> int:
        raise AssertionError("os.umask called while writing")

    monkeypatch.setattr(os, "umask", no_umask)
    for suffix in (".csv", ".xlsx", ".json"):
        write_table(_frame(), tmp_path / f"out{suffix}")
        assert (tmp_path / f"out{suffix}").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_files_written_by_threads_get_the_users_mode(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    os.umask(mask)
    try:
        os.umask(0o022)
        stop = threading.Event()
        made: list[Path] = []

        def create_plain_files() -> None:
            index = 0
            while not stop.is_set():
                path = tmp_path / f"plain{index}.txt"
                path.write_text("x")
                made.append(path)
                index += 1

        other = threading.Thread(target=create_plain_files)
        other.start()
        try:
            for index in range(40):
                write_table(_frame(), tmp_path / f"out{index}.csv")
        finally:
            stop.set()
            other.join()
        modes = {p.stat().st_mode & 0o777 for p in made + list(tmp_path.glob("out*.csv"))}
        assert modes == {0o644}
    finally:
        os.umask(mask)


def test_an_existing_files_mode_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    os.chmod(target, 0o600)
    write_table(_frame(), target)
    assert target.stat().st_mode & 0o777 == 0o600
    assert "customer_id" in target.read_text()


def _read_only_file_system(monkeypatch) -> None:
    """os.replace and every unlink fail as on a file system mounted read-only."""

    def refuse(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(os, "unlink", refuse)
    monkeypatch.setattr(Path, "unlink", refuse)


def test_a_read_only_file_system_gives_one_clear_error_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    _read_only_file_system(monkeypatch)
    with pytest.raises(WriteError) as caught:
        write_table(_frame(), target)
    assert caught.value.errno == errno.EROFS
    assert "Read-only" in caught.value.reason
    assert target.read_text() == "old"


def test_saving_a_project_on_a_read_only_file_system_is_a_project_error(tmp_path: Path, monkeypatch) -> None:
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.projects.project import save_project
    from segmenter_app.core.resources import sample_list

    document = CustomerDocument(load_customers(sample_list("en")))
    target = tmp_path / "p.segmenter"
    save_project(document, target)
    before = target.read_bytes()
    _read_only_file_system(monkeypatch)
    with pytest.raises(ProjectError) as caught:
        save_project(document, target)
    assert caught.value.code == "cannot_write"
    assert "Read-only" in caught.value.params["reason"]
    monkeypatch.undo()
    assert target.read_bytes() == before


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    def fail(target: Path) -> None:
        target.write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(WriteError) as caught:
        write_atomically(tmp_path / "x.csv", fail)
    assert caught.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []


def test_temporaries_of_a_killed_process_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        host = fileio.host_tag()
        name = "abc.segmenter-recovery"
        stale = [
            tmp_path / f".{name}.{dead.pid}-{host}a1b2c3.saving",
            tmp_path / f".{name}.{dead.pid}-{host}a1b2c3.saving-journal",
            tmp_path / f".kunden.csv.{dead.pid}-{host}a1b2c3.saving-part",  # a CSV's second half
            tmp_path / f".{name}.{dead.pid}-1234abcd.saving",  # the first version's names
        ]
        kept = [
            tmp_path / f".{name}.{live.pid}-{host}d4e5f6.saving",
            tmp_path / f".{name}.{dead.pid}-ffffffa1b2c3.saving",  # another machine's
            tmp_path / name,
        ]
        for path in stale + kept:
            path.write_bytes(b"x" * 100)
        removed = remove_stale_temporaries(tmp_path)
        assert sorted(removed) == sorted(stale)
        assert all(p.exists() for p in kept)
    finally:
        live.kill()
        live.wait()


def test_temporary_names_fit_for_any_target_name(tmp_path: Path) -> None:
    target = tmp_path / ("客" * 84 + ".xlsx")  # 252 + 5 bytes: the longest that fits
    assert len(temporary_path(target).name.encode()) <= 255
    write_atomically(tmp_path / shorten_name(target.name), lambda t: t.write_text("x"))
    assert len(list(tmp_path.iterdir())) == 1


def test_long_names_are_cut_by_bytes_stable_and_unique() -> None:
    a = "客" * 90 + ".xlsx"
    b = "客" * 89 + "户.xlsx"
    emoji = "😀" * 70 + ".pdf"
    for name in (a, b, emoji):
        short = shorten_name(name)
        assert len(short.encode("utf-8")) <= 255
        assert short == shorten_name(name)
        assert short.endswith(name[name.rindex(".") :])
    assert shorten_name(a) != shorten_name(b)
    assert shorten_name("Anna Becker.xlsx") == "Anna Becker.xlsx"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    with pytest.raises(fileio.NotRegularFile) as caught:
        open_regular(fifo)
    assert caught.value.kind == "fifo"
    with pytest.raises(fileio.NotRegularFile):
        open_regular(tmp_path)
