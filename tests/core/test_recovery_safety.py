"""Recovery files are never lost (issue 10): files this version cannot use are moved
aside and reported, a newer version's files are left alone, live journals of another
process are never touched, and temporaries of killed saves are cleared at start."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from segmenter_app.core import fileio
from segmenter_app.core.importing.importer import ImportResult, load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.recovery import RecoveryJournal
from segmenter_app.core.projects.restore import recover, remove_recovery, scan_recoveries
from segmenter_app.core.projects.snapshot import SCHEMA_VERSION
from segmenter_app.core.resources import sample_list

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def imported() -> ImportResult:
    return load_customers(sample_list("en"))


def _crashed_journal(imported: ImportResult, folder: Path, notes: int = 30) -> Path:
    document = CustomerDocument(ImportResult(imported.table.copy(), imported.report))
    journal = RecoveryJournal(folder, document)
    for row in range(notes):
        document.edit_value(row, "notes", f"note {row}")
    journal.close()  # as a crash leaves it
    return journal.path


def _set_version(path: Path, version: int) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {version}")
    connection.close()


def test_unusable_recovery_files_are_moved_aside_never_deleted(imported, tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    folder.mkdir()
    old_schema = _crashed_journal(imported, folder)
    _set_version(old_schema, SCHEMA_VERSION - 1 if SCHEMA_VERSION > 1 else 0)
    truncated = _crashed_journal(imported, folder)
    data = truncated.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    sizes = {old_schema.name: old_schema.stat().st_size, truncated.name: truncated.stat().st_size}

    scan = scan_recoveries(folder)
    assert scan.found == []
    assert sorted(p.name for p in scan.set_aside) == sorted(sizes)
    assert scan.unusable_folder == folder / "unusable"
    for moved in scan.set_aside:
        assert moved.parent == scan.unusable_folder
        assert moved.stat().st_size == sizes[moved.name]
    # A second start does not move them again, nor lose them.
    again = scan_recoveries(folder)
    assert again.set_aside == [] and sorted(p.name for p in scan.unusable_folder.iterdir()) == sorted(sizes)


def test_a_newer_versions_recovery_file_is_left_alone(imported, tmp_path: Path) -> None:
    newer = _crashed_journal(imported, tmp_path)
    _set_version(newer, SCHEMA_VERSION + 1)
    before = newer.read_bytes()
    scan = scan_recoveries(tmp_path)
    assert scan.newer == [newer] and scan.found == [] and scan.set_aside == []
    assert newer.read_bytes() == before


def test_a_usable_crash_is_still_offered(imported, tmp_path: Path) -> None:
    path = _crashed_journal(imported, tmp_path, notes=3)
    [found] = scan_recoveries(tmp_path).found
    assert found.path == path and found.changes == 3 and found.worth_restoring
    assert recover(path).document.table["notes"].iat[2] == "note 2"


def test_temporaries_of_killed_saves_are_removed_at_start(imported, tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = tmp_path / f".abc.segmenter-recovery.{dead.pid}-{fileio.host_tag()}0a0b0c.saving"
    leftover.write_bytes(b"x" * 4096)
    Path(str(leftover) + "-journal").write_bytes(b"y")
    scan = scan_recoveries(tmp_path)
    assert sorted(scan.removed_temporaries) == sorted([leftover, Path(str(leftover) + "-journal")])
    assert list(tmp_path.iterdir()) == []


_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {repository!r})
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.projects.recovery import RecoveryJournal
    from segmenter_app.core.resources import sample_list

    imported = load_customers(sample_list("en"))
    folder = Path(sys.argv[1])
    journals = []
    for index in range({count}):
        document = CustomerDocument(imported)
        journal = RecoveryJournal(folder, document)
        document.edit_value(index % 100, "notes", f"live {{index}}")
        journals.append((journal, document))
    print("ready", flush=True)
    sys.stdin.readline()
    broken = 0
    for index, (journal, document) in enumerate(journals):
        document.edit_value((index + 1) % 100, "notes", "after the scan")
        if journal.error is not None or not journal.path.exists():
            broken += 1
    print("broken", broken, flush=True)
    """
)


@pytest.mark.slow
def test_live_journals_of_another_process_are_never_touched(imported, tmp_path: Path) -> None:
    count = 40
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER.format(repository=str(REPOSITORY), count=count), str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        # Scan while the other process creates its journals, and after.
        scans = []
        deadline = time.monotonic() + 120
        while holder.poll() is None and time.monotonic() < deadline:
            scans.append(scan_recoveries(tmp_path))
            if len(list(tmp_path.glob("*.segmenter-recovery"))) >= count:
                break
        assert holder.stdout.readline().strip() == "ready"
        scans.append(scan_recoveries(tmp_path))
        for scan in scans:
            assert scan.found == [] and scan.set_aside == [] and scan.newer == []
        live = sorted(tmp_path.glob("*.segmenter-recovery"))
        assert len(live) == count
        assert not any(remove_recovery(path) for path in live)
        assert not (tmp_path / "unusable").exists()
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "broken 0"
    finally:
        holder.kill()
        holder.wait()
        holder.stdin.close()
        holder.stdout.close()
    assert len(scans) >= 2
