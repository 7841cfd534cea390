"""Measure the engine's budgets (issue "The engine and the command line"):

* ``segmenter classify`` of a 100,000-row .xlsx, process start to output written:
  ≤ 3 s, and ≥ 10× faster than ``pandas.read_excel(engine="openpyxl")`` alone on the
  same file, measured side by side in this run;
* re-segmenting 100,000 customers after a threshold change: ≤ 30 ms;
* peak memory for 100,000 rows (the command and its reader process together): ≤ 400 MB;
* how classify time grows from 10,000 to 1,000,000 rows.

    python benchmarks/bench_engine.py                  # all of it (about 3 minutes)
    python benchmarks/bench_engine.py --quick          # 10k and 100k, no openpyxl run

The lists are made by ``generate_lists.py`` (19 columns, shared strings, a title row)
and kept in ``--data`` between runs.  Times are the median (and best) of several runs:
this machine's speed varies from run to run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.generate_lists import customer_frame, write_xlsx  # noqa: E402


def make_list(folder: Path, rows: int) -> Path:
    path = folder / f"customers_{rows}.xlsx"
    if not path.exists():
        started = time.perf_counter()
        write_xlsx(customer_frame(rows), path)
        print(f"  generated {path.name} in {time.perf_counter() - started:.0f} s")
    return path


def run_classify(path: Path, output: Path) -> tuple[float, float]:
    """Wall time and peak memory (MB, the whole process tree) of one classify run."""
    started = time.perf_counter()
    process = psutil.Popen(
        [sys.executable, "-m", "segmenter_app", "classify", str(path), "-o", str(output), "-q"]
    )
    peak = 0
    while process.poll() is None:
        try:
            tree = [process] + process.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"classify failed on {path}")
    return elapsed, peak / 1e6


def bench_classify(path: Path, folder: Path, runs: int) -> tuple[float, float, float]:
    times, peaks = [], []
    for _ in range(runs):
        elapsed, peak = run_classify(path, folder / "out.csv")
        times.append(elapsed)
        peaks.append(peak)
    return statistics.median(times), min(times), max(peaks)


def bench_openpyxl(path: Path) -> float:
    code = (
        "import time, pandas as pd\nt = time.perf_counter()\n"
        f"pd.read_excel({str(path)!r}, engine='openpyxl', header=None)\n"
        "print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def bench_resegment(path: Path) -> tuple[float, float]:
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.model.segmentation import Threshold, Thresholds, prepare, segment

    imported = load_customers(path)
    prepared = prepare(imported.table, imported.report.scale)
    segment(prepared, Thresholds())
    times = []
    for step in range(60):
        thresholds = Thresholds(
            sow=Threshold("fixed", 0.2 + step * 0.005), kzi=Threshold("fixed", 40 + step * 0.3)
        )
        started = time.perf_counter()
        result = segment(prepared, thresholds)
        times.append(time.perf_counter() - started)
    assert result.counts.sum() + result.unclassified == len(imported.table)
    return statistics.median(times) * 1000, min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/segmenter-bench"))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    print(f"machine: {psutil.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GB")
    lists = {rows: make_list(args.data, rows) for rows in sizes}

    print("\nclassify, process start to output written (median / best of runs, peak MB):")
    results = {}
    for rows, path in lists.items():
        runs = args.runs if rows <= 100_000 else 2
        median, best, peak = bench_classify(path, args.data, runs)
        results[rows] = median
        print(
            f"  {rows:>9,} rows: {median:6.2f} s / {best:5.2f} s   peak {peak:6.0f} MB"
            f"   {median / rows * 1e6:6.1f} µs per row"
        )
    base = results[10_000]
    for rows, median in results.items():
        print(f"  growth {rows:>9,} / 10,000 rows: {median / base:5.1f}× time for {rows / 10_000:.0f}× rows")

    hundred = lists[100_000]
    if not args.quick:
        openpyxl_time = bench_openpyxl(hundred)
        print(f"\npandas.read_excel(engine='openpyxl') alone, 100,000 rows: {openpyxl_time:.1f} s")
        print(f"classify is {openpyxl_time / results[100_000]:.1f}× faster end to end (budget: ≥ 10×)")

    median, best = bench_resegment(hundred)
    print(
        f"\nre-segment 100,000 customers after a threshold change: {median:.1f} ms median, "
        f"{best:.1f} ms best (budget: ≤ 30 ms)"
    )


if __name__ == "__main__":
    main()
