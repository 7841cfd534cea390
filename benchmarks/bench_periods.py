"""Measure periods at 100,000 customers × 8 periods (PRODUCT.md §8, issue 22):

* opening the project: ≤ 2 s (the current period ready; the past ones built later);
* the data the chart and the table need when the period shown switches: ≤ 100 ms for
  the window's redraw, so "well under" that — once the past periods are built (the
  window builds them in a worker after opening), and the cost of one built cold;
* the project file: ≤ 8 × the size of the same project with one period.

    python benchmarks/bench_periods.py [--runs 5] [--periods 8] [--data /tmp/segmenter-bench]

The first period is ``generate_lists.py``'s 100,000-customer list, read once; each
next period is that team a year later, made in memory: about 5 % of the customers
gone and as many new, revenue and satisfaction drifting, a visits column (the effort).
Each time is the median and the best of ``--runs`` runs; the load average is printed
beside them (this machine's 2 cores are shared).
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.bench_project import customer_list  # noqa: E402
from segmenter_app.core.importing.importer import ImportResult, load_customers  # noqa: E402
from segmenter_app.core.model.document import CustomerDocument  # noqa: E402
from segmenter_app.core.projects.periods import ProjectPeriods, next_period  # noqa: E402
from segmenter_app.core.projects.project import open_project, save_project  # noqa: E402
from segmenter_app.core.projects.updating import compare  # noqa: E402

BUDGETS = {"open_project": 2.0, "switch (built)": 0.050, "size ratio": 8.0}


def a_year_later(imported: ImportResult, year: int, rng: np.random.Generator) -> ImportResult:
    """The team's list a year later: 5 % gone, as many new, values drifting, visits."""
    table = imported.table
    size = len(table)
    kept = table[rng.random(size) >= 0.05].reset_index(drop=True)
    fresh = kept.sample(n=size - len(kept), random_state=year, replace=True).reset_index(drop=True)
    fresh["customer_id"] = [f"N{year}-{n:06d}" for n in range(len(fresh))]
    fresh["customer_name"] = [f"Neukunde {year}-{n}" for n in range(len(fresh))]
    newer = pd.concat([kept, fresh], ignore_index=True)
    newer["revenue"] = np.round(newer["revenue"].to_numpy() * rng.uniform(0.8, 1.3, len(newer)), 2)
    grades = newer["satisfaction_input"].to_numpy() + rng.normal(0, 0.5, len(newer))
    newer["satisfaction_input"] = np.clip(np.round(grades, 1), 1.0, 5.0)
    newer["effort"] = rng.integers(0, 14, len(newer)).astype(np.float64)
    report = copy.copy(imported.report)
    report.mapping = {**report.mapping, "effort": "Besuche"}
    report.path = Path(f"Kunden {year}.xlsx")
    report.sheet = f"Kunden {year}"
    return ImportResult(newer, report)


def timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def load() -> str:
    return "load average " + " ".join(f"{value:.1f}" for value in os.getloadavg())


def report(name: str, times: list[float], budget: float | None = None) -> None:
    median, best = statistics.median(times), min(times)
    verdict = "" if budget is None else ("  ok" if median <= budget else "  OVER BUDGET")
    limit = "" if budget is None else f"  (budget {budget * 1000:.0f} ms)"
    figures = f"median {median * 1000:8.1f} ms   best {best * 1000:8.1f} ms"
    print(f"  {name:<30} {figures}{limit}{verdict}  [{load()}]", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--periods", type=int, default=8)
    parser.add_argument("--data", type=Path, default=Path("/tmp/segmenter-bench"))
    args = parser.parse_args(argv)

    source = customer_list(args.data)
    first = load_customers(source)
    rng = np.random.default_rng(2026)
    started = time.perf_counter()
    periods = ProjectPeriods.single(CustomerDocument(first))
    lists = [first]
    for year in range(1, args.periods):
        newer = a_year_later(lists[-1], 2018 + year, rng)
        lists.append(newer)
        periods = next_period(periods, newer, newer.report.path, compare(periods.document, newer))
    print(
        f"{len(periods.document):,} customers × {len(periods)} periods made in "
        f"{time.perf_counter() - started:.0f} s; {args.runs} runs each",
        flush=True,
    )

    with tempfile.TemporaryDirectory(prefix="segmenter-bench-") as folder:
        # One period's size: a project of one list alone, the first (no visits column)
        # and the last (the columns of the others).
        singles = []
        for name, imported in (("first", first), ("last", lists[-1])):
            one = Path(folder) / f"one_{name}.segmenter"
            save_project(CustomerDocument(imported), one)
            singles.append(one.stat().st_size)
        path = Path(folder) / "periods.segmenter"
        report(
            "save_project (all new)", timed(lambda: save_project(periods.document, path, periods=periods), 1)
        )
        report(
            "save_project (again)", timed(lambda: save_project(periods.document, path, periods=periods), 1)
        )
        size = path.stat().st_size
        ratio = size / singles[1]
        verdict = "ok" if ratio <= BUDGETS["size ratio"] else "OVER BUDGET"
        first_mb, last_mb = singles[0] / 1e6, singles[1] / 1e6
        sizes = f"{size / 1e6:.1f} MB; one period {first_mb:.1f} (first) / {last_mb:.1f} MB (last)"
        limit = BUDGETS["size ratio"]
        print(
            f"  {'file size':<30} {sizes}; ratio {ratio:.2f} to the last, {size / singles[0]:.2f} to the 1st"
        )
        print(f"  {'':<30} (budget {limit:.0f}) {verdict}", flush=True)

        report("open_project", timed(lambda: open_project(path), args.runs), BUDGETS["open_project"])
        opened = open_project(path).periods

        def one_cold() -> None:
            fresh = open_project(path).periods
            started = time.perf_counter()
            fresh.figures(0)
            fresh.before(1)
            cold.append(time.perf_counter() - started)

        cold: list[float] = []
        for _ in range(args.runs):
            one_cold()
        report("one past period built (cold)", cold)
        report("all periods built (a worker)", timed(lambda: open_project(path).periods.build(), 1))
        opened.build()

        def switch() -> None:
            # What the window asks when the period shown switches: the document (chart
            # and table), its figures, and who moved into it (the table's columns).
            for index in range(len(opened)):
                opened.document_of(index)
                opened.figures(index)
                opened.before(index)

        times = [t / len(opened) for t in timed(switch, args.runs)]
        report("switch (built)", times, BUDGETS["switch (built)"])
        report("movement first → last", timed(lambda: opened.movement(0, len(opened) - 1), 1))
        report("did it work k → k+1", timed(lambda: opened.effect(len(opened) - 2), args.runs))
        report(
            "trails of 10 customers", timed(lambda: opened.trails(list(opened.document.keys)[:10]), args.runs)
        )


if __name__ == "__main__":
    main()
