"""The column registry (core/columns.py) is the one home of the roles: a role added
there is found, read, shown, searched, compared, edited and written everywhere."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from segmenter_app.core import columns as registry

from .list_kinds import REGION_LIST

#: A list with a region column, a role the app does not have.
NEWER_LIST = REGION_LIST.replace("4;Delta OHG;West", "4;Delta OHG;Ost")

#: Registers ``region`` the way a plug-in would, before anything reads the registry,
#: then drives the app's core and command line and reports what each part did.
REGION_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from segmenter_app.core import columns

    columns.register(
        columns.ColumnRole(
            "region",
            "text",
            "Region",
            "region",
            words={"en": ("region", "sales region"), "de": ("region", "gebiet", "vertriebsgebiet")},
            editable=True,
            searched=True,
            compared=True,
            places=(
                columns.Place("table", 75, title="Region", style="text", edits="region"),
                columns.Place("classify", 35),
                columns.Place("workbook", 55, title="Region", width=12),
            ),
        )
    )

    folder = Path(sys.argv[1])
    found = {}
    from segmenter_app.core.headers.roles import match_roles
    found["match"] = [m.role for m in match_roles("Vertriebsgebiet")]

    from segmenter_app.core.importing.importer import load_customers
    imported = load_customers(folder / "list.csv")
    found["mapping"] = imported.report.mapping.get("region")
    found["table"] = imported.table["region"].tolist() if "region" in imported.table else None
    found["extras"] = [c for c in imported.table.columns if c.startswith("x:")]

    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.model.view_state import ViewState
    document = CustomerDocument(imported)
    state = ViewState()
    state.set_document(document)
    state.set_search("süd")
    found["search"] = [int(r) for r in state.search_mask().nonzero()[0]]
    found["edited"] = document.edit_value(0, "region", "Nordost")
    found["after_edit"] = str(document.table["region"].iat[0])
    document.undo_stack.undo()

    from segmenter_app.core.projects.updating import compare
    report = compare(document, load_customers(folder / "newer.csv"))
    found["changed"] = report.changes[["column", "old", "new"]].astype(str).values.tolist()

    from segmenter_app.core.outputs.report_data import manager_reports
    rows = manager_reports(document, "en")[0].rows
    found["report_rows"] = rows["region"].tolist() if "region" in rows else None

    from segmenter_app.core.text import texts
    found["noun"] = texts.ROLE_NAMES.get("region")

    from segmenter_app.cli import build_parser, main
    found["help"] = build_parser().format_help() + build_parser()._subparsers._group_actions[0].choices[
        "classify"
    ].format_help()
    found["classify"] = main(
        ["classify", str(folder / "list.csv"), "-o", str(folder / "out.csv"), "-q",
         "--map", "region=Vertriebsgebiet"]
    )
    found["export"] = main(["export", str(folder / "list.csv"), "--out-dir", str(folder / "books"), "-q"])

    try:
        columns.register(columns.ColumnRole("late", "text"))
        found["late"] = "accepted"
    except RuntimeError:
        found["late"] = "refused"
    print(json.dumps(found))
    """
)


@pytest.fixture(scope="module")
def region_run(tmp_path_factory) -> tuple[dict, Path]:
    """The registry changed in a process of its own (it is the process's), once for the
    tests that read what that process found."""
    tmp_path = tmp_path_factory.mktemp("region")
    (tmp_path / "list.csv").write_text(REGION_LIST, encoding="utf-8")
    (tmp_path / "newer.csv").write_text(NEWER_LIST, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", REGION_SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]), tmp_path


@pytest.mark.slow
def test_a_role_added_to_the_registry_is_read_searched_compared_and_edited(region_run) -> None:
    found, _folder = region_run
    assert found["match"][0] == "region"
    assert found["mapping"] == "Vertriebsgebiet"
    assert found["table"] == ["Nord", "Süd", "Nord", "West"]
    assert found["extras"] == []  # a role now, no longer an "other column"
    assert found["search"] == [1]
    assert found["edited"] is True and found["after_edit"] == "Nordost"
    assert ["region", "West", "Ost"] in found["changed"]
    assert found["report_rows"] is not None and "Nord" in found["report_rows"]
    assert found["noun"] == "region"
    assert "region" in found["help"]
    assert found["late"] == "refused"


@pytest.mark.slow
def test_a_role_added_to_the_registry_is_written_by_classify_and_the_workbooks(region_run) -> None:
    import csv

    import openpyxl

    found, folder = region_run
    assert found["classify"] == 0
    with (folder / "out.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    header = list(rows[0])
    # Where its place says: after the account manager.
    assert header[header.index("account_manager") + 1] == "region"
    assert [row["region"] for row in rows] == ["Nord", "Süd", "Nord", "West"]
    assert found["export"] == 0
    book = openpyxl.load_workbook(next((folder / "books").glob("*Anna*.xlsx")), read_only=True)
    values = [cell for row in book.worksheets[0].iter_rows(values_only=True) for cell in row]
    book.close()
    assert "Region" in values and "Süd" in values


def test_every_consumer_reads_the_registry() -> None:
    """The lists the app used to keep by hand are the registry's, in its order."""
    from segmenter_app.core.headers import roles, sheet_set
    from segmenter_app.core.importing import importer
    from segmenter_app.core.model import document, view_state
    from segmenter_app.core.outputs import classify_output, report_data
    from segmenter_app.core.projects import updating
    from segmenter_app.core.text import export_columns, texts

    assert set(roles.SYNONYMS) == {role.key for role in registry.roles()}
    assert importer.TABLE_COLUMNS[1:] == tuple(
        role.table_column for role in registry.roles() if role.kind != "date"
    )
    assert set(document.EDITABLE) == set(registry.columns_with("editable"))
    assert set(registry.columns_with("moves")) == document.MEASURE_INPUTS
    assert registry.columns_with("searched") == view_state.SEARCHED
    assert registry.columns_with("compared") == updating.COMPARED_COLUMNS
    assert {role.key for role in registry.with_flag("shape")} == sheet_set.SHAPE_ROLES
    assert registry.output_names("classify") == classify_output.CLASSIFY_COLUMNS
    assert tuple(key for key, _title in export_columns.COLUMNS) == registry.output_names("workbook")
    assert tuple(column.key for column in report_data.SHEET_COLUMNS) == registry.output_names("sheet")
    assert set(texts.ROLE_NAMES) == set(registry.role_keys())


def test_each_role_has_words_a_label_and_a_noun_and_each_app_column_none() -> None:
    for role in registry.roles():
        assert role.words.get("en") and role.words.get("de"), role.key
        assert role.label and role.noun, role.key
    for column in registry.entries():
        if not column.read:
            assert not column.words, column.key


def test_a_column_of_an_unknown_kind_or_output_is_refused() -> None:
    with pytest.raises(ValueError):
        registry.ColumnRole("region", "colour")
    with pytest.raises(ValueError):
        registry.ColumnRole("region", "text", places=(registry.Place("poster", 1),))


@pytest.mark.parametrize(
    ("header", "counts"),
    [
        ("Besuche 2025", "visits"),
        ("Kundenbesuche", "visits"),
        ("Anzahl Kontakte", "visits"),
        ("Sales calls", "calls"),  # a call is no visit: no capacity from it
        ("Betreuungsstunden", "hours"),
        ("Hours (last year)", "hours"),
        ("Aufwand", None),
        ("Effort", None),
    ],
)
def test_the_registry_says_whether_an_effort_header_counts_visits_or_hours(header, counts) -> None:
    from segmenter_app.core.headers.roles import counted_by

    assert counted_by("effort", header) == counts
