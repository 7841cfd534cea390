"""Every file of the shared corpus is read or refused with one clear line, in bounded
time and memory, and never takes the process down."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from segmenter_app.core.errors import ReadError
from segmenter_app.core.headers.search import ImportFailure
from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.text.texts import read_error_message

#: Files that must be read (not refused): they are real lists in odd clothes.
MUST_READ = {
    "hostile/actually_html_table.xls",
    "hostile/actually_spreadsheetml2003.xls",
    "hostile/xls_named_xlsx.xlsx",
    "hostile/german_cp1252_semicolon.csv",
    "hostile/german_cp1252_semicolon.txt.csv",
    "hostile/million_rows_3cols.xlsx",
    "hostile/formula_injection.xlsx",
    "hostile/formula_injection.csv",
}
#: Files that must be refused, and the reason they must name.
MUST_REFUSE = {
    "hostile/actually_pdf.xlsx": "not_spreadsheet",
    "hostile/zipbomb_cells.xlsx": "zip_bomb",
    "hostile/zipbomb_whitespace.xlsx": "zip_bomb",
    "hostile/truncated_half.xlsx": "corrupt",
    "calamine__pass_protected.xlsx": "password",
    "edr__Test_git_issue_382_oom.xls": "out_of_memory",
    "phpss__XLS__oleloop.xls": "out_of_memory",
}


def corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name not in ("MANIFEST.tsv", "README.md"))


@pytest.mark.corpus
@pytest.mark.slow
def test_every_corpus_file_is_read_or_refused_clearly(corpus: Path) -> None:
    files = corpus_files(corpus)
    assert len(files) > 300
    outcomes: dict[str, str] = {}
    for path in files:
        name = path.relative_to(corpus).as_posix()
        started = time.monotonic()
        try:
            result = load_customers(path)
            outcomes[name] = "read"
            assert result.report.rows_read >= 0
        except ReadError as error:
            outcomes[name] = error.code
            message = read_error_message(error, "en")
            assert message and "\n" not in message and "{" not in message, (name, message)
        except ImportFailure as failure:  # no options given: cannot happen
            pytest.fail(f"{name}: {failure.code}")
        elapsed = time.monotonic() - started
        assert elapsed < 30, f"{name} took {elapsed:.1f} s"
    for name in MUST_READ:
        assert outcomes[name] == "read", name
    for name, code in MUST_REFUSE.items():
        assert outcomes[name] == code, (name, outcomes[name])
    # This process never held more than the app may: the native readers ran elsewhere.
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mb < 1536, peak_mb
    read = sum(1 for outcome in outcomes.values() if outcome == "read")
    assert read > 250, f"only {read} of {len(files)} corpus files were read"
