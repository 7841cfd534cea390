"""Measure the project file's budgets with 100,000 customers and 5,000 notes:

* ``save_project``: ≤ 2 s;
* ``open_project``: ≤ 3 s (the document rebuilt and segmented);
* one note edit reaching the recovery journal: ≤ 50 ms (median of 50 edits).

    python benchmarks/bench_project.py [--runs 5] [--data /tmp/segmenter-bench]

The list is made by ``generate_lists.py`` once and kept in ``--data``.  This machine's
speed varies from run to run: each time is the median and the best of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.generate_lists import customer_frame, write_xlsx  # noqa: E402
from segmenter_app.core.importing.importer import load_customers  # noqa: E402
from segmenter_app.core.model.document import CustomerDocument  # noqa: E402
from segmenter_app.core.projects.project import open_project, save_project  # noqa: E402
from segmenter_app.core.projects.recovery import RecoveryJournal  # noqa: E402
from segmenter_app.core.projects.restore import recover  # noqa: E402

ROWS = 100_000
NOTES = 5_000
BUDGETS = {"save_project": 2.0, "open_project": 3.0, "journal base": None, "note → journal": 0.050}


def customer_list(folder: Path) -> Path:
    path = folder / f"customers_{ROWS}.xlsx"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        write_xlsx(customer_frame(ROWS), path)
        print(f"  generated {path.name} in {time.perf_counter() - started:.0f} s")
    return path


def timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def report(name: str, times: list[float]) -> None:
    budget = BUDGETS.get(name)
    median, best = statistics.median(times), min(times)
    verdict = "" if budget is None else ("  ok" if median <= budget else "  OVER BUDGET")
    limit = "" if budget is None else f"  (budget {budget * 1000:.0f} ms)"
    print(f"  {name:<16} median {median * 1000:8.1f} ms   best {best * 1000:8.1f} ms{limit}{verdict}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=Path("/tmp/segmenter-bench"))
    args = parser.parse_args(argv)

    source = customer_list(args.data)
    document = CustomerDocument(load_customers(source))
    for row in range(0, ROWS, ROWS // NOTES):
        document.edit_value(row, "notes", f"Rückruf vereinbart, Angebot {row} nachfassen")
    document.set_pinned(3, True)
    print(f"{ROWS:,} customers, {NOTES:,} notes edited, {args.runs} runs each")

    with tempfile.TemporaryDirectory(prefix="segmenter-bench-") as folder:
        path = Path(folder) / "kunden.segmenter"
        report("save_project", timed(lambda: save_project(document, path, source_path=source), args.runs))
        print(f"  {'file size':<16} {path.stat().st_size / 1e6:.1f} MB")
        report("open_project", timed(lambda: open_project(path), args.runs))

        journals = Path(folder) / "recovery"
        journals.mkdir()
        bases: list[float] = []
        notes: list[float] = []
        for run in range(args.runs):
            started = time.perf_counter()
            journal = RecoveryJournal(journals, document, source_path=source)
            bases.append(time.perf_counter() - started)
            for edit in range(50):
                started = time.perf_counter()
                document.edit_value(7 + edit * 13, "notes", f"Lauf {run}, Notiz {edit}")
                notes.append(time.perf_counter() - started)
            journal.close()
            if run == args.runs - 1:
                started = time.perf_counter()
                recovered = recover(journal.path).document
                elapsed = time.perf_counter() - started
                assert recovered.table["notes"].iat[7 + 49 * 13] == f"Lauf {run}, Notiz 49"
                print(f"  {'recover':<16} {elapsed * 1000:8.1f} ms (base + {journal.changes} changes)")
            journal.discard()
        report("journal base", bases)
        report("note → journal", notes)


if __name__ == "__main__":
    main()
