"""The output registry: every output registered whole, written through it as the window
would, and the command line built from it (a new registration is a new command)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from segmenter_app.core.errors import ExportError
from segmenter_app.core.output_registry import (
    CHOICE,
    CONTEXT,
    EXCLUDE,
    INCLUDE,
    commands,
    get,
    outputs,
)
from segmenter_app.core.outputs.team_output import HEADERS, TEAM_COLUMNS
from segmenter_app.core.resources import sample_list
from segmenter_app.core.text.catalog import tr


def test_every_output_is_registered_whole_and_worded_in_german() -> None:
    keys = [entry.key for entry in outputs()]
    assert keys == [
        "classify_table",
        "manager_workbooks",
        "overview",
        "priority_sheets",
        "team_table",
        "history_table",
    ]
    assert [entry.command for entry in commands()] == ["classify", "export", "team", "history"]
    for entry in outputs():
        assert entry.kinds and all(kind.suffix.startswith(".") for kind in entry.kinds), entry.key
        assert tr(entry.label, "de", CONTEXT) != entry.label, entry.label
        for kind in entry.kinds:
            assert tr(kind.label, "de", CONTEXT) != kind.label, kind.label
        for option in entry.options:
            assert option.flag.startswith("--") and option.help, option.key
            assert tr(option.label, "de", CONTEXT) != option.label, option.label
            if option.kind in (INCLUDE, EXCLUDE):
                assert get(option.part).command is None, option.part  # written as a part
            if option.kind == CHOICE:
                assert option.default in {value for value, _label in option.choices}
        if entry.command:
            assert entry.help and entry.description


def test_a_file_dialog_filter_in_the_users_language() -> None:
    assert get("team_table").file_filter("de") == (
        "CSV-Tabelle (*.csv);;Excel-Arbeitsmappe (*.xlsx);;JSON-Datensätze (*.json)"
    )
    assert get("priority_sheets").file_filter("en") == "PDF document (*.pdf)"


def test_outputs_written_through_the_registry_as_the_window_would(document, tmp_path: Path) -> None:
    team = get("team_table")
    target = tmp_path / "team.csv"
    written = team.write(document, target, language="de")
    assert written.paths == [target]
    assert written.lines[-1] == f"{target} geschrieben ({len(document.managers) + 1} Zeilen)."
    with target.open(encoding="utf-8") as stream:
        assert tuple(next(csv.reader(stream))) == TEAM_COLUMNS
    with pytest.raises(ExportError) as refused:
        team.write(document, target)
    assert refused.value.code == "exists"
    team.write(document, target, force=True)
    with pytest.raises(ExportError) as refused:
        team.write(document, document.report.path, force=True)
    assert refused.value.code == "is_input"
    with pytest.raises(ExportError) as refused:
        team.write(document, tmp_path / "team.txt")
    assert refused.value.code == "wrong_kind" and refused.value.params["kinds"] == [".csv", ".xlsx", ".json"]
    with pytest.raises(KeyError):
        team.write(document, tmp_path / "t.csv", options={"layout": "files"})
    assert not (tmp_path / "t.csv").exists()

    sheets = get("priority_sheets")
    manager = document.managers[0]
    with pytest.raises(ExportError) as refused:
        sheets.write(document, tmp_path / "one.pdf", options={"managers": ["Nobody"]})
    assert refused.value.code == "unknown_manager" and refused.value.params["option"] == "managers"
    assert not (tmp_path / "one.pdf").exists()
    pdf = sheets.write(document, tmp_path / "one.pdf", options={"managers": [manager]}).paths[0]
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_overview_and_the_window_share_the_team_tables_words(document, tmp_path: Path) -> None:
    """One wording for the team table: the overview's Team sheet says what
    ``team_output.HEADERS`` says (the window's Team view reads the same entries)."""
    for language, overflow in (("en", "Overflow"), ("de", "Über Kapazität")):
        path = get("overview").write(document, tmp_path / f"{language}.xlsx", language=language).paths[0]
        sheet = load_workbook(path).worksheets[-1]
        assert [cell.value for cell in sheet[5]] == [tr(HEADERS[key], language) for key in TEAM_COLUMNS]
        assert overflow in [cell.value for cell in sheet[5]]


@pytest.mark.slow
def test_a_registered_output_is_a_command_of_the_command_line(tmp_path: Path) -> None:
    """Adding an output is one registration and its writer: the command line then has
    its command, its options, --force and the input's options, and its failures."""
    out = tmp_path / "managers.csv"
    script = """
import sys
from pathlib import Path
from segmenter_app.core.output_registry import CHOICE, CSV, FILE, Option, Written, output

@output(
    "manager_names",
    label="Manager names",
    kinds=(CSV,),
    target=FILE,
    command="managers",
    help="write the account managers' names",
    options=(Option("case", CHOICE, "--case", "upper or lower", choices=(("upper", ""), ("lower", "")),
                    default="lower"),),
)
def write_names(request):
    names = [getattr(name, request.options["case"])() for name in request.document.managers]
    request.target.write_text("\\n".join(names), encoding="utf-8")
    return Written([request.target], [f"{len(names)} names"])

from segmenter_app.cli import main
sys.exit(main(sys.argv[1:]))
"""
    sample = str(sample_list("en"))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120
        )

    helped = run("managers", "--help")
    assert (
        helped.returncode == 0 and "--case {upper,lower}" in helped.stdout and "--kzi-scale" in helped.stdout
    )
    done = run("managers", sample, "-o", str(out), "--case", "upper", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "5 names" in done.stderr and "MODEL" in done.stderr  # its lines after the list's summary
    assert out.read_text(encoding="utf-8").splitlines()[0].isupper()
    again = run("managers", sample, "-o", str(out))
    assert again.returncode == 1 and "already exists; use --force" in again.stderr
    wrong = run("managers", sample, "-o", str(tmp_path / "m.xlsx"))
    assert wrong.returncode == 2 and "the output must end in .csv" in wrong.stderr


def test_an_output_file_is_checked_against_its_own_kinds(tmp_path: Path) -> None:
    """The team table is no project: ``team -o x.segmenter`` is a usage error before the
    list is read (it used to fail at writing, with exit status 1)."""
    out = tmp_path / "team.segmenter"
    done = subprocess.run(
        [sys.executable, "-m", "segmenter_app", "team", str(sample_list("en")), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[-1] == f"segmenter: {out}: the output must end in .csv, .xlsx, .json"
    assert not out.exists()
