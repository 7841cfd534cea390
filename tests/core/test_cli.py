"""``segmenter classify`` end to end: ``main`` with its own output, the files written and
read back; the console script in a process of its own (``tests/command_line.py``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from segmenter_app.core.outputs.classify_output import CLASSIFY_COLUMNS
from segmenter_app.core.resources import sample_list
from tests.command_line import segmenter

from .conftest import GERMAN_HEADER


@pytest.fixture
def german_list(make_xlsx) -> Path:
    return make_xlsx(
        [
            ["Kundenliste"],
            [],
            GERMAN_HEADER,
            ["000123", "Müller GmbH", "Anna", 800, 1000, 5, '=HYPERLINK("x")'],
            ["10023", "Özdemir AG", "Anna", 800, 1000, 1, ""],
            ["3", "Fischer KG", "Jonas", 100, 1000, 5, ""],
            ["4", "Weber AG", "Jonas", 100, 1000, 1, ""],
            ["5", "Ohne KZI", "Jonas", 100, 1000, None, ""],
            ["", "Summe", "", 1900, 5000, None, ""],
        ]
    )


def test_classify_writes_csv_with_exactly_the_columns(german_list: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    done = segmenter("classify", german_list, "-o", out, "--lang", "en")
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, dtype={"customer_id": str}, keep_default_na=False)
    assert tuple(frame.columns) == CLASSIFY_COLUMNS
    assert frame.customer_id.tolist() == ["000123", "10023", "3", "4", "5"]
    assert frame.segment.tolist() == ["MODEL", "FIX", "GROW", "MOVE", ""]
    assert pd.to_numeric(frame.share_of_wallet).tolist()[:2] == [0.8, 0.8]
    assert pd.to_numeric(frame.satisfaction[:4]).tolist() == [100, 0, 100, 0]
    assert frame.priority.astype(str).tolist() == ["2", "1", "1", "2", ""]  # FIX before MODEL
    assert frame.problems[4] == "no satisfaction value"
    assert "5 customers" in done.stderr and "1 total" in done.stderr
    assert "MODEL 1 · FIX 1 · GROW 1 · MOVE 1" in done.stderr


def test_classify_writes_xlsx_and_json(german_list: Path, tmp_path: Path) -> None:
    assert segmenter("classify", german_list, "-o", tmp_path / "o.xlsx", "-q").returncode == 0
    sheet = load_workbook(tmp_path / "o.xlsx").active
    header = [c.value for c in sheet[1]]
    assert tuple(header) == CLASSIFY_COLUMNS
    assert sheet["A2"].value == "000123" and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == "Müller GmbH"
    assert segmenter("classify", german_list, "-o", tmp_path / "o.json", "-q").returncode == 0
    records = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert records[0]["customer_id"] == "000123" and records[4]["segment"] == ""
    assert records[4]["satisfaction"] is None and records[0]["priority"] == 2


def test_thresholds_scale_sheet_and_map_options(german_list: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    done = segmenter(
        "classify",
        german_list,
        "-o",
        out,
        "--sow-threshold",
        "90%",
        "--kzi-threshold",
        "p50",
        "--kzi-scale",
        "1-10",
        "--sheet",
        "Kunden",
        "--map",
        "notes=",
        "-q",
    )
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, keep_default_na=False)
    assert set(frame.segment[:4]) <= {"GROW", "MOVE"}
    assert float(frame.satisfaction[0]) == pytest.approx(44.4444, abs=1e-3)


@pytest.mark.parametrize(
    "args",
    [
        ["classify"],
        ["classify", "x.xlsx"],
        ["classify", "x.xlsx", "-o", "out.txt"],
        ["--bogus"],
        ["classify", "{list}", "-o", "{out}", "--sow-threshold", "lots"],
        ["classify", "{list}", "-o", "{out}", "--map", "colour=Farbe"],
        ["classify", "{list}", "-o", "{out}", "--map", "revenue"],
        ["classify", "{list}", "-o", "{out}", "--sheet", "Nope"],
        ["classify", "{list}", "-o", "{out}", "--map", "revenue=Farbe"],
        ["classify", "{list}", "-o", "{list}"],
    ],
)
def test_usage_errors_exit_2_without_output(args, german_list: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    before = german_list.read_bytes()
    args = [a.replace("{list}", str(german_list)).replace("{out}", str(out)) for a in args]
    done = segmenter(*args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert german_list.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"%PDF-1.7 fake", "PDF"),
        (b"", "empty"),
        (b"PK\x03\x04garbage", "damaged"),
    ],
)
def test_unreadable_input_exits_3_with_one_line(tmp_path: Path, content: bytes, words: str) -> None:
    source = tmp_path / "kunden.xlsx"
    source.write_bytes(content)
    out = tmp_path / "out.csv"
    done = segmenter("classify", source, "-o", out, "--lang", "en")
    assert done.returncode == 3
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "kunden.xlsx" in lines[0]
    assert not out.exists()


def test_missing_input_and_missing_roles_exit_3(tmp_path: Path, make_xlsx) -> None:
    done = segmenter("classify", tmp_path / "none.xlsx", "-o", tmp_path / "o.csv")
    assert done.returncode == 3 and "does not exist" in done.stderr
    only_names = make_xlsx([["Kunde", "Umsatz"], ["A", 1]])
    done = segmenter("classify", only_names, "-o", tmp_path / "o.csv", "--lang", "en")
    assert done.returncode == 3 and "--map" in done.stderr
    assert not (tmp_path / "o.csv").exists()


def test_an_existing_output_is_replaced_whole_only_with_force(german_list: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    out.write_text("old")
    refused = segmenter("classify", german_list, "-o", out, "-q")
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert out.read_text() == "old"
    assert segmenter("classify", german_list, "-o", out, "-q", "--force").returncode == 0
    assert out.read_text(encoding="utf-8").startswith("customer_id") or out.read_text(
        encoding="utf-8"
    ).startswith('"customer_id"')
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".o-")]


def test_unwritable_output_exits_1_and_leaves_nothing(german_list: Path, tmp_path: Path) -> None:
    done = segmenter("classify", german_list, "-o", tmp_path / "missing" / "o.csv")
    assert done.returncode == 1 and "cannot write" in done.stderr


def test_german_messages(tmp_path: Path) -> None:
    source = tmp_path / "kunden.xlsx"
    source.write_bytes(b"%PDF")
    done = segmenter("classify", source, "-o", tmp_path / "o.csv", "--lang", "de")
    assert done.returncode == 3 and "PDF-Dokument" in done.stderr


@pytest.mark.slow
def test_the_bundled_samples_classify(tmp_path: Path) -> None:
    for language in ("de", "en"):
        out = tmp_path / f"{language}.csv"
        # In a process of its own, through the console script's module, as a user runs it.
        done = segmenter("classify", sample_list(language), "-o", out, "--lang", "en", process=True)
        assert done.returncode == 0, done.stderr
        frame = pd.read_csv(out, keep_default_na=False)
        assert len(frame) in (400, 120)
        assert set(frame.segment) >= {"MODEL", "FIX", "GROW", "MOVE"}


def test_help_and_version() -> None:
    done = segmenter("--help", process=True)
    assert done.returncode == 0 and "classify" in done.stdout
    assert segmenter("--version", process=True).stdout.startswith("segmenter ")


@pytest.mark.slow
def test_export_writes_workbooks_overview_and_pdfs(german_list: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = segmenter("export", german_list, "--out-dir", out, "--pdf", "--lang", "en")
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["Anna.pdf", "Anna.xlsx", "Jonas.pdf", "Jonas.xlsx", "Overview.xlsx"]
    assert "Wrote 5 files for 2 account managers" in done.stderr
    again = segmenter("export", german_list, "--out-dir", out)
    assert again.returncode == 1 and "--force" in again.stderr
    assert segmenter("export", german_list, "--out-dir", out, "--force", "-q").returncode == 0
    sheets = segmenter(
        "export",
        german_list,
        "--out-dir",
        tmp_path / "one",
        "--layout",
        "sheets",
        "--no-overview",
        "--lang",
        "de",
    )
    assert sheets.returncode == 0
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["Prioritätenlisten.xlsx"]
    assert f"{tmp_path / 'one' / 'Prioritätenlisten.xlsx'} geschrieben." in sheets.stderr
    # One manager: named, not "1 account managers".
    anna_dir = tmp_path / "single"
    anna = segmenter("export", german_list, "--out-dir", anna_dir, "--manager", "Anna", "--lang", "en")
    assert f"Wrote 2 files for account manager Anna to {anna_dir}." in anna.stderr, anna.stderr
    only = segmenter(
        "export", german_list, "--out-dir", tmp_path / "anna", "--manager", "Anna", "-q", "--no-overview"
    )
    assert only.returncode == 0 and [p.name for p in (tmp_path / "anna").iterdir()] == ["Anna.xlsx"]
    unknown = segmenter("export", german_list, "--out-dir", tmp_path / "x", "--manager", "Nobody")
    assert unknown.returncode == 2 and "Nobody" in unknown.stderr
    unreadable = tmp_path / "bad.xlsx"
    unreadable.write_bytes(b"%PDF")
    assert segmenter("export", unreadable, "--out-dir", tmp_path / "y").returncode == 3
    assert not (tmp_path / "y").exists()


PROJECT_V1 = Path(__file__).resolve().parents[1] / "data" / "project_v1.segmenter"


@pytest.mark.slow
def test_a_project_file_is_an_input_too(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    done = segmenter("classify", PROJECT_V1, "-o", out, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "fixed" in done.stderr  # the project's own thresholds
    assert len(pd.read_csv(out)) == 400
    overridden = segmenter(
        "classify", PROJECT_V1, "-o", tmp_path / "o2.csv", "--kzi-threshold", "median", "--lang", "en"
    )
    assert "KZI 62.5 (median)" in overridden.stderr
    exported = segmenter("export", PROJECT_V1, "--out-dir", tmp_path / "x", "--no-overview", "-q")
    assert exported.returncode == 0 and len(list((tmp_path / "x").iterdir())) == 9


def test_a_damaged_project_exits_3_and_is_not_changed(tmp_path: Path) -> None:
    damaged = tmp_path / "broken.segmenter"
    data = PROJECT_V1.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    done = segmenter("classify", damaged, "-o", tmp_path / "o.csv", "--lang", "en")
    assert done.returncode == 3 and "damaged" in done.stderr and "Traceback" not in done.stderr
    assert damaged.read_bytes() == data[: len(data) // 2]


def test_the_reader_starts_before_pandas_is_imported(german_list: Path, tmp_path: Path) -> None:
    """classify's speed rests on the workbook being parsed in the reader process while
    this one imports pandas: nothing before start_reading may pull pandas in."""
    probe = (
        "import sys\n"
        "import segmenter_app.core.reading.reader as reading\n"
        "def start_reading(*args, **kwargs):\n"
        "    print('pandas' in sys.modules, flush=True)\n"
        "    raise SystemExit(0)\n"
        "reading.start_reading = start_reading\n"
        "from segmenter_app import cli\n"
        f"cli.main(['classify', {str(german_list)!r}, '-o', {str(tmp_path / 'out.csv')!r}])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stdout + done.stderr


@pytest.mark.parametrize("closed", ["stdout", "stderr", "stdin and stdout"])
def test_a_command_whose_caller_closed_its_streams_writes_its_output_without_a_traceback(
    german_list: Path, tmp_path: Path, closed: str
) -> None:
    """Started with a standard stream closed (a scheduler, a service), the command still
    writes its output, exits 0 and prints no traceback; its reader still answers through
    the server, whose socket lands where a closed stream was."""
    out = tmp_path / "out.csv"
    close = {"stdout": ">&-", "stderr": "2>&-", "stdin and stdout": "<&- >&-"}[closed]
    log = tmp_path / "log.txt"
    script = f'exec {close}; exec "$0" -m segmenter_app classify "$1" -o "$2" 2>>"$3"'
    if closed == "stderr":
        script = f'exec {close}; exec "$0" -m segmenter_app classify "$1" -o "$2" >>"$3"'
    done = subprocess.run(
        ["sh", "-c", script, sys.executable, str(german_list), str(out), str(log)], timeout=120
    )
    assert done.returncode == 0
    assert "Traceback" not in log.read_text(encoding="utf-8")
    assert len(pd.read_csv(out, keep_default_na=False)) > 0


def test_ctrl_c_before_the_command_runs_ends_it_with_130_and_no_traceback(tmp_path: Path) -> None:
    """Ctrl+C while the command is still importing (before its own handling of it) ends
    it quietly with the shell's status for an interrupt."""
    script = (
        "import sys\n"
        "from segmenter_app import cli\n"
        "def interrupted(argv):\n"
        "    raise KeyboardInterrupt\n"
        "cli._prepare_reading = interrupted\n"
        "sys.argv = ['segmenter', 'classify', 'kunden.xlsx', '-o', 'out.csv']\n"
        "cli.entry()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert (done.returncode, done.stderr) == (130, "")
