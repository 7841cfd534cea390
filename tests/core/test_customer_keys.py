"""A customer is its key, never its row: how the key is made, the document's state by
key, and files of the code before the key (ba64780) opening on the right customers.

``tests/data/project_ba64780.segmenter`` and ``journal_ba64780.segmenter-recovery`` were
saved by the code at ba64780, which kept triage flips, pins and edited values by row;
``tests/data/make_ba64780_fixtures.py`` says how they were made.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from segmenter_app.core.importing.report import ImportResult
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.keys import CustomerKeys, customer_keys
from segmenter_app.core.model.plan_settings import PlanSettings
from segmenter_app.core.model.view_state import ViewState
from segmenter_app.core.model.wallet import WalletEstimate
from segmenter_app.core.projects.manager_copy import manager_document
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.projects.recovery import RecoveryJournal
from segmenter_app.core.projects.restore import find_recoveries, recover
from segmenter_app.core.projects.snapshot import SCHEMA_VERSION
from segmenter_app.core.projects.updating import apply_update, compare

from .conftest import GERMAN_HEADER

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_PROJECT = DATA / "project_ba64780.segmenter"
OLD_JOURNAL = DATA / "journal_ba64780.segmenter-recovery"
NAMELESS = "name:ohne nummer werkzeugbau kg"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def frame(ids: list, names: list) -> pd.DataFrame:
    return pd.DataFrame({"customer_id": pd.Series(ids, dtype=object), "customer_name": names})


def values_of(document: CustomerDocument, key: str) -> dict:
    row = document.keys.row(key)
    columns = ("customer_name", "notes", "next_step", "due", "status", "last_contact", "revenue")
    return {column: document.value(row, column) for column in columns}


# --------------------------------------------------------------------------- the key


def test_the_key_is_the_id_as_written_else_the_name() -> None:
    keys = customer_keys(frame(["000123", " K-7 ", None, "", ""], ["A", "B", " Müller GmbH ", "", None]))
    assert keys.tolist() == ["000123", "K-7", "name:müller gmbh", "name:", "name:#2"]


def test_customers_sharing_an_id_are_told_apart_by_their_order() -> None:
    table = frame(["K-7", "K-7", "1", "K-7", "K-7#2", "", ""], ["a", "b", "c", "d", "e", "Nord", "NORD"])
    keys = customer_keys(table)
    # The list's own id "K-7#2" keeps its key: the second K-7 takes the next free number.
    assert keys.tolist() == ["K-7", "K-7#3", "1", "K-7#4", "K-7#2", "name:nord", "name:nord#2"]
    assert len(set(keys.tolist())) == len(keys)
    assert customer_keys(table).tolist() == keys.tolist()  # the same list, the same keys


def test_ids_the_same_once_stripped_are_told_apart_and_distinct_ids_are_kept_as_written() -> None:
    import pyarrow as pa

    from segmenter_app.core.reading.rawdata import surely_distinct

    table = frame(["K1", " K1 ", "K2", "k1"], ["a", "b", "c", "d"])
    table["customer_id"] = table["customer_id"].astype("str")
    assert customer_keys(table).tolist() == ["K1", "K1#2", "K2", "k1"]
    table["customer_id"] = pd.Series([f"K{n:07d}" for n in range(4)], dtype="str")
    assert customer_keys(table).tolist() == ["K0000000", "K0000001", "K0000002", "K0000003"]
    # The hash test that spares the set: different cells are told apart, a repeated
    # one (or two missing cells) leaves the decision to the exact look.
    assert surely_distinct(pa.array(["", None, "a", "ab", "ba", "ä"]))
    assert not surely_distinct(pa.array(["a", "b", "a"], pa.large_string()))
    assert not surely_distinct(pa.array([None, "b", None]))
    assert surely_distinct(pa.chunked_array([pa.array(["x", "y"]), pa.array(["z"])]))


def test_customer_keys_must_be_unique() -> None:
    with pytest.raises(ValueError):
        CustomerKeys(["1", "2", "1"])
    keys = CustomerKeys(["1", "2"])
    assert keys.row("2") == 1 and keys[0] == "1" and "3" not in keys
    assert keys.rows(["2", "1"]).tolist() == [1, 0]


def test_the_same_customer_in_a_reordered_newer_list_has_the_same_key(make_xlsx) -> None:
    from segmenter_app.core.importing.importer import load_customers

    rows = [
        ["7", "Zeta Nord", "Jonas", 100, 1000, 5, ""],
        ["7", "Zeta Süd", "Jonas", 100, 1000, 5, ""],
        ["", "Ohne Nummer AG", "Anna", 800, 1000, 5, ""],
        ["1", "Alpha GmbH", "Anna", 800, 1000, 5, ""],
    ]
    old = load_customers(make_xlsx([GERMAN_HEADER, *rows]))
    renamed = ["", " OHNE NUMMER AG", "Anna", 1, 1, 1, ""]
    newer = load_customers(make_xlsx([GERMAN_HEADER, rows[3], renamed, *rows[:2]]))
    document = CustomerDocument(old)
    assert list(document.keys) == ["7", "7#2", "name:ohne nummer ag", "1"]
    document.set_pinned("7#2", True)
    document.set_triage("name:ohne nummer ag", sg.PRIORITISE)
    document.edit_value("1", "notes", "Alpha: Rahmenvertrag")
    updated = apply_update(document, newer, compare(document, newer))
    assert list(updated.keys) == ["1", "name:ohne nummer ag", "7", "7#2"]
    assert updated.pins == {"7#2"} and updated.pinned.tolist() == [False, False, False, True]
    assert updated.triage_overrides == {"name:ohne nummer ag": sg.PRIORITISE}
    assert values_of(updated, "1")["notes"] == "Alpha: Rahmenvertrag"
    assert values_of(updated, "7#2")["customer_name"] == "Zeta Süd"
    # A customer the next list leaves out is kept in the history with its key.
    latest = load_customers(make_xlsx([GERMAN_HEADER, rows[3], *rows[:2]]))
    [gone] = compare(updated, latest).history_record(latest).gone
    assert (gone.key, gone.customer_name) == ("name:ohne nummer ag", "OHNE NUMMER AG")


# --------------------------------------------------------------------------- the document


def test_the_document_keeps_its_work_by_key_and_a_renamed_customer_keeps_its_key(document) -> None:
    move = int(np.flatnonzero(document.result.segment == sg.MOVE)[0])
    key = document.keys[move]
    document.set_triage(key, sg.OBSERVE)
    document.set_pinned(3, True)
    document.edit_value(key, "customer_name", "Neuer Name GmbH")
    document.edit_value(5, "revenue", 1.0)
    assert document.triage_overrides == {key: sg.OBSERVE} and document.triage_override[move] == sg.OBSERVE
    assert document.pins == {document.keys[3]} and document.pinned[3]
    assert set(document.original_values) == {(key, "customer_name"), (document.keys[5], "revenue")}
    assert document.keys[move] == key and document.customer(move).key == key
    with pytest.raises(ValueError):
        document.pinned[0] = True  # a row array derived from the keys: read-only
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert set(document.original_values) == set()


def test_state_for_a_customer_the_table_lacks_is_refused(document) -> None:
    with pytest.raises(ValueError):
        CustomerDocument(ImportResult(document.table, document.report), pins=["no such customer"])
    with pytest.raises(KeyError):
        document.set_pinned("no such customer", True)


def test_a_manager_copy_keeps_the_keys_of_the_list(make_xlsx) -> None:
    from segmenter_app.core.importing.importer import load_customers

    rows = [["7", "Zeta Nord", "Anna", 100, 1000, 5, ""], ["7", "Zeta Süd", "Jonas", 100, 1000, 1, ""]]
    document = CustomerDocument(load_customers(make_xlsx([GERMAN_HEADER, *rows])))
    document.set_pinned("7#2", True)
    document.edit_value("7#2", "revenue", 50.0)
    copy = manager_document(document, "Jonas")
    assert list(copy.keys) == ["7#2"] and copy.pins == {"7#2"}
    assert copy.original_values == {("7#2", "revenue"): 100.0}


def test_the_view_state_selects_customers_by_key(document) -> None:
    state = ViewState()
    state.set_document(document)
    state.select([9, 4])
    assert state.selected_keys == (document.keys[4], document.keys[9])
    assert state.current_key == document.keys[4] and state.current == 4
    state.select_keys([document.keys[7]], document.keys[7])
    assert state.selection.tolist() == [7] and state.current == 7


def test_project_files_name_customers_by_key(document, tmp_path: Path) -> None:
    document.set_pinned(2, True)
    move = int(np.flatnonzero(document.result.segment == sg.MOVE)[0])
    document.set_triage(move, sg.OBSERVE)
    document.edit_value(4, "wallet", 99.0)
    path = tmp_path / "p.segmenter"
    save_project(document, path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert connection.execute("SELECT key FROM pins").fetchall() == [(document.keys[2],)]
        triage = connection.execute("SELECT key, value FROM triage").fetchall()
        assert triage == [(document.keys[move], sg.OBSERVE)]
        originals = connection.execute("SELECT key, col FROM originals").fetchall()
        assert originals == [(document.keys[4], "wallet")]
    connection.close()
    assert open_project(path).document.keys == document.keys


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO pins VALUES ('no such customer')",
        "INSERT INTO triage VALUES ('no such customer', 1)",
        "INSERT INTO originals VALUES ('no such customer', 'revenue', '1.0')",
        "UPDATE blobs SET data = x'00', crc = 1 WHERE name = 'keys'",
        "DELETE FROM blobs WHERE name = 'keys'",
    ],
)
def test_a_project_naming_a_customer_it_does_not_have_is_damaged(document, tmp_path: Path, statement) -> None:
    from segmenter_app.core.errors import ProjectError

    path = tmp_path / "p.segmenter"
    save_project(document, path)
    with sqlite3.connect(path) as connection:
        connection.execute(statement)
    connection.close()
    with pytest.raises(ProjectError) as refused:
        open_project(path)
    assert refused.value.code == "damaged"


def test_the_journal_names_customers_by_key(document, tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path, document)
    document.edit_value(3, "notes", "per Schlüssel")
    document.set_pinned(6, True)
    journal.close()
    with sqlite3.connect(journal.path) as connection:
        records = dict(connection.execute("SELECT kind, data FROM changes").fetchall())
    connection.close()
    assert f'"keys": ["{document.keys[3]}"]' in records["cells"].decode()
    assert f'"keys": ["{document.keys[6]}"]' in records["pins"].decode()
    [found] = find_recoveries(tmp_path)
    recovered = recover(found.path).document
    assert recovered.pins == {document.keys[6]} and recovered.value(3, "notes") == "per Schlüssel"


# --------------------------------------------------------------------------- files of ba64780


def test_a_project_saved_before_the_key_opens_with_every_change_on_its_customer(tmp_path: Path) -> None:
    before = digest(OLD_PROJECT)
    opened = open_project(OLD_PROJECT)
    document = opened.document
    assert opened.schema_version == 1 and len(document) == 402
    assert digest(OLD_PROJECT) == before  # migrated in memory only

    # The update put the customers on other rows; each change is on its customer.
    assert document.keys.row("010000") == 59
    assert values_of(document, "010000")["notes"] == "Rahmenvertrag verlängern"
    assert values_of(document, "010014")["notes"] == 'Umlaute äöüß, 100 € und "Anführung"\nzweite Zeile'
    twin = values_of(document, "012772#2")
    assert twin["customer_name"] == "Lehmann Feinkost Filiale Nord"
    assert twin["notes"] == "Filiale Nord: eigener Einkauf"
    assert values_of(document, "012772")["customer_name"] == "Lehmann Feinkost GmbH"
    assert values_of(document, NAMELESS)["notes"] == "Noch ohne Kundennummer"
    acting = values_of(document, "012793")
    assert (acting["next_step"], acting["due"], acting["status"], acting["last_contact"]) == (
        "Angebot nachfassen",
        "2026-03-15",
        "open",
        "2026-01-20",
    )
    collected = values_of(document, "010378")
    assert collected["notes"] == "Vom Kundenbetreuer: Termin im April"
    assert collected["next_step"] == "Muster schicken"
    assert document.pins == {"010007", "099999"}
    assert document.triage_overrides == {"012786": sg.PRIORITISE, "010784": sg.OBSERVE}
    assert document.triage_override[document.keys.row("012786")] == sg.PRIORITISE
    assert values_of(document, "010021")["revenue"] == 123456.0
    renamed = values_of(document, "010028")
    assert renamed["customer_name"] == "Umbenannt GmbH"
    assert document.original_values == {
        ("010021", "revenue"): 48435.94,
        ("010021", "wallet"): 103500.0,
        ("010028", "customer_name"): "Meier Molkerei eG",
        ("010000", "notes"): "",
        ("010014", "notes"): "",
        ("012772#2", "notes"): "",
        (NAMELESS, "notes"): "",
    }
    fixed = sg.Thresholds(sow=sg.Threshold("fixed", 0.4), kzi=sg.Threshold("fixed", 60.0))
    assert document.thresholds == fixed
    assert document.plan_settings == PlanSettings(capacity=180.0, capacity_of=(("Anna Becker", 120.0),))
    assert [record.kind for record in opened.history] == ["import", "update", "collect"]
    [gone] = opened.history[1].gone
    assert (gone.key, gone.customer_name) == ("012779", "Huber Spedition KG")
    assert document.previous_positions is not None

    # Saved again today: the same work, now by key.
    again = tmp_path / "wieder.segmenter"
    save_project(document, again, source_path=opened.source_path, history=opened.history)
    reopened = open_project(again).document
    assert reopened.keys == document.keys and reopened.pins == document.pins
    assert reopened.triage_overrides == document.triage_overrides
    assert reopened.original_values == document.original_values


def test_a_journal_written_before_the_key_restores_every_change_on_its_customer(tmp_path: Path) -> None:
    path = tmp_path / OLD_JOURNAL.name
    shutil.copyfile(OLD_JOURNAL, path)
    [found] = find_recoveries(tmp_path)
    assert found.changes == 11
    document = recover(found.path).document
    assert values_of(document, "010000")["notes"] == "Notiz im Journal"
    acting = values_of(document, "012793")
    assert (acting["next_step"], acting["status"]) == ("Rückruf", "open")
    assert document.pins == {"010014"}
    assert document.triage_overrides == {"012786": sg.PRIORITISE}
    assert values_of(document, "010021")["revenue"] == 1000.0
    assert values_of(document, "010028")["revenue"] == 2000.0  # the whole column, written at once
    assert values_of(document, "010035")["notes"] == ""  # undone before the crash
    assert document.original_values == {
        ("010000", "notes"): "",
        ("010021", "revenue"): 48435.94,
        ("010028", "revenue"): 58370.92,
    }
    assert document.wallet_estimate == WalletEstimate("x:Branche")
    assert document.thresholds == sg.Thresholds(
        sow=sg.Threshold("percentile", 60), kzi=sg.Threshold("fixed", 55.0)
    )
    assert digest(path) == digest(OLD_JOURNAL)  # the file as it was: lifted in memory


def as_schema_1(path: Path) -> None:
    """Turn a project of today into one as schema 1 wrote it: state by row, no keys."""
    connection = sqlite3.connect(path)
    rows = {key: row for row, key in enumerate(open_project(path).document.keys)}
    pins = [(rows[key],) for (key,) in connection.execute("SELECT key FROM pins")]
    originals = [(rows[k], c, v) for k, c, v in connection.execute("SELECT key, col, value FROM originals")]
    connection.executescript(
        "DROP TABLE pins; DROP TABLE originals; DELETE FROM blobs WHERE name = 'keys';"
        " CREATE TABLE pins (row INTEGER PRIMARY KEY);"
        " CREATE TABLE originals (row INTEGER NOT NULL, col TEXT NOT NULL, value TEXT NOT NULL,"
        " PRIMARY KEY (row, col)); DROP TABLE triage;"
        " CREATE TABLE triage (row INTEGER PRIMARY KEY, value INTEGER NOT NULL);"
        " ALTER TABLE gone DROP COLUMN key; DROP TABLE periods; PRAGMA user_version = 1;"
    )
    connection.executemany("INSERT INTO pins VALUES (?)", pins)
    connection.executemany("INSERT INTO originals VALUES (?, ?, ?)", originals)
    connection.commit()
    connection.close()


def test_an_old_project_keys_a_renamed_customer_by_the_name_its_list_had(make_xlsx, tmp_path: Path) -> None:
    from segmenter_app.core.importing.importer import load_customers

    rows = [["", "Ohne Nummer AG", "Anna", 100, 1000, 5, ""], ["", "Zweite KG", "Anna", 100, 1000, 1, ""]]
    document = CustomerDocument(load_customers(make_xlsx([GERMAN_HEADER, *rows])))
    document.edit_value(0, "customer_name", "Umbenannt AG")
    document.set_pinned(0, True)
    path = tmp_path / "alt.segmenter"
    save_project(document, path)
    as_schema_1(path)
    opened = open_project(path)
    assert opened.schema_version == 1
    assert list(opened.document.keys) == ["name:ohne nummer ag", "name:zweite kg"]
    assert opened.document.pins == {"name:ohne nummer ag"}
    assert opened.document.value(0, "customer_name") == "Umbenannt AG"


def test_an_old_journal_naming_a_row_outside_its_table_is_damaged(tmp_path: Path) -> None:
    from segmenter_app.core.errors import ProjectError

    path = tmp_path / OLD_JOURNAL.name
    shutil.copyfile(OLD_JOURNAL, path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE changes SET data = ? WHERE kind = 'pins'", (b'{"rows": [4000], "values": [1]}',)
        )
    connection.close()
    with pytest.raises(ProjectError) as refused:
        recover(path)
    assert refused.value.code == "damaged"
