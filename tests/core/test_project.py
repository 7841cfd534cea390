"""The project file, autosave and crash recovery: round trips, damaged files, and real
processes killed in the middle of their work.

``tests/data/project_v1.segmenter`` is the first schema's file, made once by
``python -m tests.core.test_project`` (see :func:`make_v1_fixture`); every later
version of Segmenter must keep opening it.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from segmenter_app import __version__
from segmenter_app.core.importing.importer import ImportResult, load_customers
from segmenter_app.core.importing.scales import SCALES
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects import project as project_module
from segmenter_app.core.projects.project import (
    ImportRecord,
    ProjectError,
    is_project_file,
    open_project,
    save_project,
)
from segmenter_app.core.projects.recovery import RecoveryJournal
from segmenter_app.core.projects.restore import find_recoveries, recover, remove_recovery
from segmenter_app.core.projects.snapshot import SCHEMA_VERSION
from segmenter_app.core.resources import sample_list

REPOSITORY = Path(__file__).resolve().parents[2]
V1_FIXTURE = REPOSITORY / "tests" / "data" / "project_v1.segmenter"
KILL = getattr(signal, "SIGKILL", None)
needs_sigkill = pytest.mark.skipif(KILL is None, reason="no SIGKILL on this platform")


@pytest.fixture(scope="module")
def imported() -> ImportResult:
    return load_customers(sample_list("de"))


def fresh(imported: ImportResult) -> CustomerDocument:
    return CustomerDocument(ImportResult(imported.table.copy(), imported.report))


def work_on(document: CustomerDocument) -> dict:
    """A user's morning: notes, a pin, a triage flip, an edited value, fixed thresholds,
    another group order and band.  Returns what was done, for the checks."""
    document.edit_value(0, "notes", "Rahmenvertrag verlängern")
    document.edit_value(10, "notes", "Neuer Einkaufsleiter – Termin im März")
    document.edit_value(20, "notes", 'Umlaute äöüß, 100 € und "Anführung"\nzweite Zeile')
    document.set_pinned(30, True)
    move = int(np.flatnonzero(document.result.segment == sg.MOVE)[0])
    flipped = sg.OBSERVE if document.result.triage[move] == sg.PRIORITISE else sg.PRIORITISE
    document.set_triage(move, flipped)
    original_revenue = float(document.table["revenue"].iat[40])
    document.edit_value(40, "revenue", 12345.0)
    document.set_thresholds(sg.Thresholds(sow=sg.Threshold("fixed", 0.4), kzi=sg.Threshold("fixed", 60.0)))
    document.set_group_order(("FIX", "GROW", "MOVE_PRIORITISE", "MODEL", "MOVE_OBSERVE"))
    document.set_band(7.5)
    return {"move": move, "flipped": flipped, "original_revenue": original_revenue}


def assert_same_document(actual: CustomerDocument, expected: CustomerDocument) -> None:
    pd.testing.assert_frame_equal(actual.table, expected.table, check_exact=True)
    assert actual.thresholds == expected.thresholds
    assert actual.group_order == expected.group_order
    assert actual.band_points == expected.band_points
    assert actual.scale == expected.scale
    assert np.array_equal(actual.triage_override, expected.triage_override)
    assert np.array_equal(actual.pinned, expected.pinned)
    assert actual.original_values.keys() == expected.original_values.keys()
    for key, value in expected.original_values.items():
        assert actual.original_values[key] == value or (
            isinstance(value, float) and np.isnan(value) and np.isnan(actual.original_values[key])
        )
    for name in ("segment", "triage", "priority"):
        assert np.array_equal(getattr(actual.result, name), getattr(expected.result, name)), name
    assert actual.report.mapping == expected.report.mapping
    assert actual.report.headers == expected.report.headers
    assert actual.report.scale == expected.report.scale
    assert actual.report.skipped == expected.report.skipped
    assert actual.undo_stack.is_clean and not actual.undo_stack.can_undo


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- round trips


def test_save_and_open_give_the_same_document(imported, tmp_path: Path) -> None:
    document = fresh(imported)
    work_on(document)
    document.set_scale(SCALES["1-7"])
    path = tmp_path / "Kunden.segmenter"
    save_project(document, path, source_path=sample_list("de"))

    opened = open_project(path)
    assert_same_document(opened.document, document)
    table = opened.document.table
    assert table["customer_id"].iat[0] == "010000"  # zeros kept, text stays text
    assert table["customer_id"].dtype == imported.table["customer_id"].dtype
    assert table["notes"].iat[20].endswith("zweite Zeile")
    assert opened.source_path == sample_list("de")
    assert opened.app_version == __version__ and opened.schema_version == SCHEMA_VERSION
    assert [record.rows for record in opened.history] == [400]
    assert opened.history[0].signature == imported.report.signature
    assert sorted(os.listdir(tmp_path)) == ["Kunden.segmenter"]  # no temporary file left


def test_every_kind_of_column_comes_back(imported, tmp_path: Path) -> None:
    table = imported.table.copy()
    size = len(table)
    mixed = pd.Series([1.5, "abc", np.nan, 7.0] * (size // 4), dtype=object)
    table["x:Gemischt"] = mixed
    table["x:Nur Zahlen"] = np.where(np.arange(size) % 3 == 0, np.nan, np.arange(size, dtype=np.float64))
    table["x:Leer"] = pd.Series([""] * size, dtype="str")
    table["customer_name"] = table["customer_name"].astype(object)  # as after an edit
    table.loc[5, "customer_id"] = "000123"
    document = CustomerDocument(ImportResult(table, imported.report))
    path = tmp_path / "p.segmenter"
    save_project(document, path)
    back = open_project(path).document.table
    pd.testing.assert_frame_equal(back, table, check_exact=True)
    assert back["x:Gemischt"].dtype == object and back["customer_name"].dtype == object
    assert [type(v) for v in back["x:Gemischt"].iloc[:2]] == [float, str]
    assert back["customer_id"].iat[5] == "000123"


def test_saving_replaces_the_file_and_cleans_up_after_a_killed_save(imported, tmp_path: Path) -> None:
    path = tmp_path / "p.segmenter"
    document = fresh(imported)
    save_project(document, path)
    # A save killed earlier left its temporary file behind (its process is gone).
    stale = tmp_path / ".p.segmenter.999999999-deadbeef.saving"
    stale.write_bytes(b"half a database")
    document.edit_value(1, "notes", "zweite Fassung")
    save_project(document, path)
    assert open_project(path).document.table["notes"].iat[1] == "zweite Fassung"
    assert sorted(os.listdir(tmp_path)) == ["p.segmenter"]


def test_a_project_never_overwrites_its_customer_list(imported, tmp_path: Path) -> None:
    listing = tmp_path / "liste.xlsx"
    shutil.copyfile(sample_list("de"), listing)
    document = CustomerDocument(load_customers(listing))
    before = digest(listing)
    with pytest.raises(ProjectError) as refused:
        save_project(document, listing)
    assert refused.value.code == "would_overwrite_source"
    with pytest.raises(ProjectError) as refused:
        save_project(document, tmp_path)
    assert refused.value.code == "not_a_file"
    with pytest.raises(ProjectError) as refused:
        save_project(document, tmp_path / "no such folder" / "p.segmenter")
    assert refused.value.code == "cannot_write"
    assert digest(listing) == before


def test_is_project_file(imported, tmp_path: Path) -> None:
    path = tmp_path / "p.segmenter"
    save_project(fresh(imported), path)
    assert is_project_file(path)
    assert is_project_file(V1_FIXTURE)
    assert not is_project_file(sample_list("de"))
    assert not is_project_file(tmp_path / "missing.segmenter")
    assert not is_project_file(tmp_path)


# --------------------------------------------------------------------------- versions


def test_the_first_versions_file_still_opens() -> None:
    before = digest(V1_FIXTURE)
    opened = open_project(V1_FIXTURE)
    document = opened.document
    assert opened.schema_version == 1 and opened.app_version == "0.1.0"
    assert len(document) == 400
    table = document.table
    by_id = dict(zip(table["customer_id"], range(len(table))))
    assert table["customer_id"].iat[0] == "010000"
    assert table["notes"].iat[by_id["010000"]] == "Rahmenvertrag verlängern"
    assert table["notes"].iat[10] == "Neuer Einkaufsleiter – Termin im März"
    assert table["notes"].iat[20].startswith("Umlaute äöüß, 100 €")
    assert document.pinned.sum() == 1 and document.pinned[30]
    flipped = np.flatnonzero(document.triage_override >= 0)
    assert flipped.tolist() == [V1_FACTS["move"]]
    assert int(document.triage_override[V1_FACTS["move"]]) == V1_FACTS["flipped"]
    assert document.table["revenue"].iat[40] == 12345.0
    assert document.original_values[(document.keys[40], "revenue")] == V1_FACTS["original_revenue"]
    fixed = sg.Thresholds(sow=sg.Threshold("fixed", 0.4), kzi=sg.Threshold("fixed", 60.0))
    assert document.thresholds == fixed
    assert document.group_order == ("FIX", "GROW", "MOVE_PRIORITISE", "MODEL", "MOVE_OBSERVE")
    assert document.band_points == 7.5
    assert document.scale == SCALES["1-5"]
    assert document.result.priority[30] == 1  # the pin still puts the customer first
    assert len(opened.history) == 1 and opened.history[0].rows == 400
    assert digest(V1_FIXTURE) == before


#: What make_v1_fixture did to the sample (the file must keep saying so).
V1_FACTS = {"move": 1, "flipped": sg.PRIORITISE, "original_revenue": 604454.43}


def test_a_file_from_a_newer_segmenter_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "neu.segmenter"
    shutil.copyfile(V1_FIXTURE, path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = digest(path)
    with pytest.raises(ProjectError) as refused:
        open_project(path)
    assert refused.value.code == "too_new"
    assert refused.value.params == {"version": 99, "supported": SCHEMA_VERSION}
    assert digest(path) == before


def test_an_older_schema_is_migrated_in_memory_only(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "alt.segmenter"
    shutil.copyfile(V1_FIXTURE, path)
    before = digest(path)
    steps = []

    def lift_to_next(connection: sqlite3.Connection) -> None:
        steps.append(SCHEMA_VERSION)
        connection.execute("INSERT INTO meta VALUES ('lifted', 'yes')")

    # A schema after today's: the file is lifted through every step, the last one this.
    monkeypatch.setattr(project_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    migrations = {**project_module.MIGRATIONS, SCHEMA_VERSION: lift_to_next}
    monkeypatch.setattr(project_module, "MIGRATIONS", migrations)
    opened = open_project(path)
    assert steps == [SCHEMA_VERSION] and opened.meta["lifted"] == "yes" and opened.schema_version == 1
    assert len(opened.document) == 400
    assert digest(path) == before and sorted(os.listdir(tmp_path)) == ["alt.segmenter"]


# --------------------------------------------------------------------------- damaged files


def _truncated(path: Path) -> None:
    data = V1_FIXTURE.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncated_at_a_page(path: Path) -> None:
    data = V1_FIXTURE.read_bytes()
    path.write_bytes(data[: 4096 * 3])


def _scribbled(path: Path) -> None:
    data = bytearray(V1_FIXTURE.read_bytes())
    for offset in range(len(data) // 2, len(data) // 2 + 2000):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(3).randbytes(50_000))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _other_program(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE addresses (name TEXT, city TEXT)")
    connection.execute("INSERT INTO addresses VALUES ('Anna', 'Köln')")
    connection.commit()
    connection.close()


def _spreadsheet(path: Path) -> None:
    shutil.copyfile(sample_list("de"), path)


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (_truncated, "damaged"),
        (_truncated_at_a_page, "damaged"),
        (_scribbled, "damaged"),
        (_random_bytes, "not_a_project"),
        (_empty, "not_a_project"),
        (_other_program, "not_a_project"),
        (_spreadsheet, "not_a_project"),
    ],
)
def test_a_damaged_or_foreign_file_is_refused_and_left_as_it_was(tmp_path: Path, make, code) -> None:
    path = tmp_path / "kaputt.segmenter"
    make(path)
    before = digest(path)
    with pytest.raises(ProjectError) as refused:
        open_project(path)
    assert refused.value.code == code
    assert refused.value.path == path
    assert digest(path) == before
    assert sorted(os.listdir(tmp_path)) == ["kaputt.segmenter"]  # no journal, no -wal beside it


def test_a_folder_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectError) as refused:
        open_project(tmp_path)
    assert refused.value.code == "not_a_file"
    with pytest.raises(ProjectError) as refused:
        open_project(tmp_path / "fehlt.segmenter")
    assert refused.value.code == "not_found"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gesperrt.segmenter"
    shutil.copyfile(V1_FIXTURE, path)
    path.chmod(0)
    try:
        with pytest.raises(ProjectError) as refused:
            open_project(path)
        assert refused.value.code == "permission"
    finally:
        path.chmod(0o644)


# --------------------------------------------------------------------------- recovery


def test_the_journal_brings_back_every_change(imported, tmp_path: Path) -> None:
    document = fresh(imported)
    journal = RecoveryJournal(tmp_path, document, source_path=sample_list("de"))
    assert find_recoveries(tmp_path) == []  # in use by this "app"
    work_on(document)
    document.edit_value(41, "notes", "wird zurückgenommen")
    document.undo_stack.undo()
    document.set_scale(SCALES["1-10"])  # a change of every row's KZI
    journal.close()  # as a crash would leave it

    [found] = find_recoveries(tmp_path)
    assert found.path == journal.path and found.changes >= 9
    assert found.source_path == sample_list("de") and found.project_path is None
    assert found.rows == 400 and found.last_change_at >= found.started_at
    recovered = recover(found.path)
    assert_same_document(recovered.document, document)
    assert recovered.changes == found.changes

    remove_recovery(found.path)
    assert find_recoveries(tmp_path) == [] and os.listdir(tmp_path) == []


def test_discard_and_rebase(imported, tmp_path: Path) -> None:
    document = fresh(imported)
    folder = tmp_path / "recovery"
    folder.mkdir()
    journal = RecoveryJournal(folder, document)
    document.edit_value(2, "notes", "vor dem Speichern")
    project = tmp_path / "p.segmenter"
    save_project(document, project)
    journal.rebase(project)
    document.edit_value(3, "notes", "nach dem Speichern")
    journal.close()
    [found] = find_recoveries(folder)
    assert found.changes == 1 and found.project_path == project
    assert_same_document(recover(found.path).document, document)
    journal = RecoveryJournal(found.path, document)
    journal.discard()
    assert os.listdir(folder) == []


def test_a_base_with_unsaved_work_is_worth_restoring_without_changes(imported, tmp_path: Path) -> None:
    # A restored or updated document: its base is work no file has.
    document = fresh(imported)
    document.edit_value(2, "notes", "nur hier")
    journal = RecoveryJournal(tmp_path, document, unsaved_base=True)
    journal.close()  # the app dies before the next change
    [found] = find_recoveries(tmp_path)
    assert found.changes == 0 and found.unsaved_base and found.worth_restoring
    assert recover(found.path).document.table["notes"].iat[2] == "nur hier"
    # Saved: the base is the project now, nothing left to restore.
    journal = RecoveryJournal(found.path, document, unsaved_base=True)
    project = tmp_path / "p.segmenter"
    save_project(document, project)
    journal.rebase(project)
    journal.close()
    [found] = find_recoveries(tmp_path)
    assert not found.unsaved_base and not found.worth_restoring


def test_a_rebase_that_cannot_write_stops_recording_and_says_so(
    imported, tmp_path: Path, monkeypatch
) -> None:
    document = fresh(imported)
    folder = tmp_path / "recovery"
    folder.mkdir()
    journal = RecoveryJournal(folder, document)
    document.edit_value(2, "notes", "vor dem Speichern")
    project = tmp_path / "p.segmenter"
    save_project(document, project)
    failures = []
    journal.failed.connect(failures.append)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", disk_full)
    journal.rebase(project)  # no exception reaches the window
    assert [error.code for error in failures] == ["cannot_write"] and journal.error is failures[0]
    # The old file still holds the work (read once the app is gone: while it runs, its
    # journal stays locked against other processes).
    journal.close()
    assert recover(journal.path).document.table["notes"].iat[2] == "vor dem Speichern"


def test_a_note_reaches_the_journal_quickly(imported, tmp_path: Path) -> None:
    document = fresh(imported)
    journal = RecoveryJournal(tmp_path, document)
    timings = []
    for row in range(30):
        started = time.perf_counter()
        document.edit_value(row, "notes", f"Notiz {row}")
        timings.append(time.perf_counter() - started)
    assert sorted(timings)[len(timings) // 2] < 0.05
    journal.close()
    assert recover(journal.path).document.table["notes"].iat[29] == "Notiz 29"


def test_a_journal_that_cannot_write_stops_but_editing_goes_on(imported, tmp_path: Path) -> None:
    document = fresh(imported)
    journal = RecoveryJournal(tmp_path, document)
    failures = []
    journal.failed.connect(failures.append)
    document.edit_value(0, "notes", "gesichert")
    journal._connection.close()  # as a full disk or a vanished folder would
    document.edit_value(1, "notes", "nicht mehr gesichert")
    assert document.table["notes"].iat[1] == "nicht mehr gesichert"
    assert [error.code for error in failures] == ["cannot_write"] and journal.error is failures[0]
    document.edit_value(2, "notes", "auch nicht")
    assert len(failures) == 1
    journal.close()  # the app is gone; its journal is unlocked
    recovered = recover(journal.path).document  # every change up to the failure, none after
    assert recovered.table["notes"].iloc[:3].tolist() == ["gesichert", "", ""]
    assert remove_recovery(journal.path)
    assert os.listdir(tmp_path) == []


CHILD_EDITS = """
import json, sys, time
import numpy as np
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.projects.recovery import RecoveryJournal
from segmenter_app.core.resources import sample_list

document = CustomerDocument(load_customers(sample_list("de")))
journal = RecoveryJournal(sys.argv[1], document, source_path=sample_list("de"))
document.edit_value(0, "notes", "Notiz eins")
document.edit_value(199, "notes", "Notiz zwei")
document.edit_value(2, "revenue", 123.0)
move = int(np.flatnonzero(document.result.segment == sg.MOVE)[0])
document.set_triage(move, sg.OBSERVE if document.result.triage[move] else sg.PRIORITISE)
document.set_pinned(5, True)
document.set_thresholds(sg.Thresholds(sow=sg.Threshold("percentile", 60), kzi=sg.Threshold("fixed", 55.0)))
print(json.dumps({
    "notes": document.table["notes"].tolist(),
    "triage": document.triage_override.tolist(),
    "pinned": document.pinned.tolist(),
    "revenue": document.table["revenue"].iat[2],
    "originals": [[row, column, value] for (row, column), value in document.original_values.items()],
    "segment": document.result.segment.tolist(),
}))
print("ready", flush=True)
time.sleep(600)
"""


@needs_sigkill
def test_a_killed_app_leaves_a_recovery_with_all_its_work(tmp_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_EDITS, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPOSITORY,
    )
    try:
        state = json.loads(child.stdout.readline() or "null")
        assert state is not None, child.stderr.read()
        assert child.stdout.readline().strip() == "ready"
        assert find_recoveries(tmp_path) == []  # the running app holds its file
    finally:
        os.kill(child.pid, KILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()

    [found] = find_recoveries(tmp_path)
    assert found.changes >= 6
    recovered = recover(found.path).document
    assert recovered.table["notes"].tolist() == state["notes"]
    assert recovered.triage_override.tolist() == state["triage"]
    assert recovered.pinned.tolist() == state["pinned"]
    assert recovered.table["revenue"].iat[2] == state["revenue"] == 123.0
    assert recovered.original_values == {(row, column): value for row, column, value in state["originals"]}
    assert recovered.original_values[(recovered.keys[2], "revenue")] == 154672.04
    assert recovered.thresholds == sg.Thresholds(
        sow=sg.Threshold("percentile", 60), kzi=sg.Threshold("fixed", 55.0)
    )
    assert recovered.result.segment.tolist() == state["segment"]


CHILD_SAVES = """
import sys, time
from pathlib import Path
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.projects.project import open_project, save_project

listing, target = Path(sys.argv[1]), Path(sys.argv[2])
if target.exists():
    document = open_project(target).document
    number = int(document.table["notes"].iat[0].split()[-1])
else:
    document, number = CustomerDocument(load_customers(listing)), 0
while True:
    number += 1
    document.edit_value(0, "notes", f"Fassung {number}")
    started = time.perf_counter()
    save_project(document, target)
    print(number, time.perf_counter() - started, flush=True)
"""


@pytest.mark.slow
@needs_sigkill
def test_a_save_killed_at_any_moment_leaves_the_previous_file(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPOSITORY))
    try:
        from benchmarks.generate_lists import customer_frame, write_csv
    finally:
        sys.path.remove(str(REPOSITORY))
    listing = tmp_path / "kunden.csv"
    write_csv(customer_frame(50_000), listing)
    folder = tmp_path / "projekte"
    folder.mkdir()
    target = folder / "groß.segmenter"
    rng = random.Random(11)
    for _round in range(4):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD_SAVES, str(listing), str(target)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPOSITORY,
        )
        try:
            line = child.stdout.readline()
            assert line, child.stderr.read()
            saved, duration = int(line.split()[0]), float(line.split()[1])
            time.sleep(rng.uniform(0.0, 1.5 * duration))
        finally:
            os.kill(child.pid, KILL)
            child.wait(timeout=30)
            saved = max([saved] + [int(line.split()[0]) for line in child.stdout.read().splitlines()])
            child.stdout.close()
            child.stderr.close()
        opened = open_project(target)
        assert len(opened.document) == 50_000
        number = int(opened.document.table["notes"].iat[0].split()[-1])
        assert number in (saved, saved + 1)  # the last save, or the one the kill let finish
        others = [name for name in os.listdir(folder) if name != target.name]
        assert all(name.startswith(".") and name.endswith(".saving") for name in others), others
    save_project(opened.document, target)  # the next save clears what killed saves left
    assert os.listdir(folder) == [target.name]


# --------------------------------------------------------------------------- the fixture


def make_v1_fixture(path: Path = V1_FIXTURE) -> None:
    """Write ``tests/data/project_v1.segmenter`` (run once, for schema version 1)."""
    document = CustomerDocument(load_customers(sample_list("de")))
    facts = work_on(document)
    assert facts == V1_FACTS, facts
    path.parent.mkdir(parents=True, exist_ok=True)
    save_project(
        document,
        path,
        source_path="sample_customers_de.xlsx",
        history=[
            ImportRecord.from_report(document.report, "sample_customers_de.xlsx", "2026-01-15T09:30:00+00:00")
        ],
    )


if __name__ == "__main__":
    make_v1_fixture()
    print(f"{V1_FIXTURE} ({V1_FIXTURE.stat().st_size} bytes)")
