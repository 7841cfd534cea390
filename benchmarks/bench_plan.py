"""Measure the visit plan's budgets (issue "Resources in proportion to potential"):

* plan (minimums, then visits by worth), segment shares, both misallocation indexes and
  the service flags for 100,000 customers and 200 managers (the re-plan after a
  threshold drag), capacities from the list's visits: ≤ 40 ms;
* the Team view's refresh (its table and picture brought up to date, the table
  repainted): ≤ 50 ms;
* ``segmenter team`` on a 100,000-row .xlsx within 10 % of ``segmenter classify`` on
  the same file (process start to output written, run alternately).

    python benchmarks/bench_plan.py            # about a minute
    python benchmarks/bench_plan.py --runs 3

The list is ``generate_lists.py``'s with a "Besuche 2025" column (visits, more where
the share is high), kept in ``--data`` between runs.  Times are medians (and best) of
several runs: this machine's speed varies from run to run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.generate_lists import HEADER, customer_frame, write_xlsx  # noqa: E402

VISITS = "Besuche 2025"


def make_list(folder: Path, rows: int) -> Path:
    path = folder / f"customers_{rows}_visits.xlsx"
    if not path.exists():
        columns = customer_frame(rows, 200)
        rng = np.random.default_rng(11)
        share = columns["Umsatz 2025 (€)"] / columns["Einkaufsvolumen (€)"]
        columns[VISITS] = np.round(rng.poisson(2 + 10 * share)).astype(np.int64)
        write_xlsx(columns, path, [*HEADER, VISITS])
    return path


def timed(action, runs: int) -> tuple[float, float, float]:
    """Median and best wall time, and the median CPU time of this process (the machine
    is shared: wall time includes waiting for a core)."""
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(times), min(times), statistics.median(cpu)


def bench_plan(path: Path, runs: int):
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.model.plan import plan_inputs, plan_visits

    document = CustomerDocument(load_customers(path))
    assert document.plan.has_effort and len(document.managers) == 200, document.managers[:3]
    assert document.plan.team.capacity_source == "list"  # "Besuche 2025": each manager's visits
    # As the document re-plans after a drag: the columns were read at the data change.
    inputs = plan_inputs(document.table, document.prepared, document.report.mapping.get("effort"))

    def plan():
        plan_visits(document.prepared, document.result, inputs, document.plan_settings)

    return document, timed(plan, runs)


def bench_team_view(document, runs: int):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from segmenter_app.ui.widgets.team_view import TeamView

    app = QApplication.instance() or QApplication([])
    view = TeamView()
    view.resize(1300, 300)
    view.show()
    view.set_document(document, "en")
    app.processEvents()

    def refresh():
        view.refresh(force=True)
        view.table.viewport().repaint()

    def replan_and_refresh():
        document._plan = None  # as after a re-ranking: the plan is computed anew
        refresh()

    refreshed = timed(refresh, runs)
    replanned = timed(replan_and_refresh, runs)
    drawn = timed(lambda: view.canvas.draw(), max(3, runs // 3))
    return refreshed, replanned, drawn


def run(command: str, path: Path, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "segmenter_app",
            command,
            str(path),
            "-o",
            str(out),
            "-q",
            *(["--force"] if command == "team" else []),
        ],
        check=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/segmenter-bench"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plan-only", action="store_true", help="only the plan's budget")
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    path = make_list(args.data, 100_000)
    document, (median, best, cpu) = bench_plan(path, max(args.runs * 3, 9))
    ms = lambda value: f"{value * 1000:.1f} ms"  # noqa: E731
    print(
        f"plan + shares + index, 100,000 customers / 200 managers: median {ms(median)}, best {ms(best)}, CPU {ms(cpu)} (budget 40 ms)"
    )
    if args.plan_only:
        return
    refreshed, replanned, drawn = bench_team_view(document, max(args.runs * 3, 9))
    print(
        f"Team view refresh (table repainted): median {ms(refreshed[0])}, best {ms(refreshed[1])}, CPU {ms(refreshed[2])} (budget 50 ms)"
    )
    print(
        f"re-plan + Team view refresh: median {ms(replanned[0])}, best {ms(replanned[1])}, CPU {ms(replanned[2])}"
    )
    print(f"  the picture drawn (Agg, when a share moved): median {ms(drawn[0])}, best {ms(drawn[1])}")
    team, classify = [], []
    for _ in range(args.runs):
        classify.append(run("classify", path, args.data / "classified.csv"))
        team.append(run("team", path, args.data / "team.csv"))
    ratio = statistics.median(team) / statistics.median(classify)
    print(
        f"segmenter team, 100,000-row .xlsx: median {statistics.median(team):.2f} s (best {min(team):.2f}); "
        f"classify {statistics.median(classify):.2f} s (best {min(classify):.2f}); team/classify {ratio:.2f} (budget ≤ 1.10)"
    )


if __name__ == "__main__":
    main()
