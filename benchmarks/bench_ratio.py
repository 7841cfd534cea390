"""Issue 25's reading budget: ``segmenter classify`` of a 100,000-row and a 1,000,000-row
.xlsx within 1.5× fastexcel's bare read of the same file, and at a million rows no
process over 1.0 GB.

    python benchmarks/bench_ratio.py                       # 100,000 and 1,000,000 rows, 3 runs
    python benchmarks/bench_ratio.py --rows 100000 --runs 5
    python benchmarks/bench_ratio.py --before /tmp/old-checkout   # that code too, in turn

The runs are **interleaved** — bare read, classify (, the other checkout's classify),
then the next round — so that a shared machine's load falls on each alike; the ratio is
taken from the medians of one run.  The bare read is the issue's command::

    python -c "import fastexcel,sys; fastexcel.read_excel(sys.argv[1]).load_sheet(0).to_arrow()" FILE

The package's bytecode is compiled first (``--bytecode compiled``, into each checkout's
``__pycache__``), as ``pip install .`` compiles it for an installed app and as the bare
read's libraries have theirs; where ``PYTHONDONTWRITEBYTECODE`` is set and the checkout
is an editable install, Python would otherwise compile Segmenter's modules at every
start (about 0.2 s of CPU over the command and its reader).  ``--bytecode removed``
measures that case: it deletes the checkouts' ``__pycache__`` folders first.

Memory is each process's own peak (its max RSS, as ``/usr/bin/time -f %M`` reports):
this script makes itself the subreaper of everything it starts (Linux ``prctl``), so the
reader child, which outlives the command by a moment, is reaped here and its peak
counted as well.  The load average is printed before and after.
"""

from __future__ import annotations

import argparse
import compileall
import ctypes
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

BARE = "import fastexcel,sys; fastexcel.read_excel(sys.argv[1]).load_sheet(0).to_arrow()"
PR_SET_CHILD_SUBREAPER = 36


@dataclass
class Runs:
    label: str
    walls: list[float] = field(default_factory=list)
    #: per run, the peak RSS (MB) of each process it started, largest first
    peaks: list[list[float]] = field(default_factory=list)

    def median(self) -> float:
        return statistics.median(self.walls)

    def largest(self) -> float:
        return max(max(run) for run in self.peaks)


def become_subreaper() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def run(
    command: list[str], environment: dict[str, str] | None = None, cwd: Path | None = None
) -> tuple[float, list[float]]:
    """Wall time until ``command`` exits, and the peak RSS (MB) of it and of every
    process it left behind (reaped here as their subreaper)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, cwd=cwd, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}")
    peaks = [usage.ru_maxrss / 1024]
    while True:
        try:
            _pid, _status, usage = os.wait4(-1, 0)
        except ChildProcessError:
            break
        peaks.append(usage.ru_maxrss / 1024)
    return wall, sorted(peaks, reverse=True)


def classify_command(path: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "segmenter_app", "classify", str(path), "-o", str(out), "-q", "--force"]


def checkout_environment(root: Path) -> dict[str, str]:
    environment = dict(os.environ, PYTHONPATH=str(root))
    environment.pop("SEGMENTER_TRACE", None)
    return environment


def make_list(folder: Path, rows: int) -> Path:
    """The list, written by a process of its own: a process started from this one would
    otherwise report this one's peak as its own (Linux keeps the high-water mark of the
    memory a process replaces by exec), and a million rows take gigabytes to write."""
    path = folder / f"customers_{rows}.xlsx"
    if not path.exists():
        started = time.perf_counter()
        script = (
            "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
            "from benchmarks.generate_lists import customer_frame, write_xlsx;"
            "write_xlsx(customer_frame(int(sys.argv[2])), Path(sys.argv[3]))"
        )
        subprocess.run([sys.executable, "-c", script, str(ROOT), str(rows), str(path)], check=True)
        print(f"  generated {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def prepare_bytecode(checkout: Path, mode: str) -> None:
    """The checkout's package with its bytecode compiled (as installed) or without any."""
    package = checkout / "segmenter_app"
    if mode == "compiled":
        compileall.compile_dir(package, quiet=1)
    else:
        for cache in package.rglob("__pycache__"):
            shutil.rmtree(cache)


def load() -> str:
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def measure(path: Path, folder: Path, runs: int, before: Path | None) -> list[Runs]:
    # Each classify runs in its checkout's folder: ``python -m`` looks there before
    # PYTHONPATH, so run from another checkout it would measure that one's code.
    variants = [
        ("fastexcel bare read", [sys.executable, "-c", BARE, str(path)], None, None),
        (
            "segmenter classify",
            classify_command(path, folder / "ratio_out.csv"),
            checkout_environment(ROOT),
            ROOT,
        ),
    ]
    if before is not None:
        variants.append(
            (
                f"classify of {before}",
                classify_command(path, folder / "ratio_out_before.csv"),
                checkout_environment(before),
                before,
            )
        )
    results = [Runs(label) for label, _command, _environment, _cwd in variants]
    for round_ in range(runs):
        for (label, command, environment, cwd), result in zip(variants, results):
            wall, peaks = run(command, environment, cwd)
            result.walls.append(wall)
            result.peaks.append(peaks)
            processes = " + ".join(f"{peak:.0f}" for peak in peaks)
            print(f"  run {round_ + 1}  {label:<28} {wall:6.2f} s   max RSS {processes} MB", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/segmenter-bench"))
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, default=None, help="another checkout, measured in turn")
    parser.add_argument(
        "--bytecode",
        choices=("compiled", "removed"),
        default="compiled",
        help="the package's bytecode: compiled first, as installed (default), or removed",
    )
    args = parser.parse_args()
    args.data = args.data.resolve()  # the classify commands run in their checkout's folder
    args.before = args.before.resolve() if args.before is not None else None
    args.data.mkdir(parents=True, exist_ok=True)
    if not become_subreaper():
        print("(not Linux: the reader child's memory is not counted)")
    for checkout in (ROOT, args.before):
        if checkout is not None:
            prepare_bytecode(checkout, args.bytecode)
    print(f"Segmenter's bytecode: {args.bytecode}")
    print(f"load average at the start: {load()}")
    summary = []
    for rows in args.rows:
        path = make_list(args.data, rows)
        print(f"\n{rows:,} rows ({path.stat().st_size / 1e6:.0f} MB), {args.runs} interleaved runs:")
        results = measure(path, args.data, args.runs, args.before)
        bare = results[0]
        for result in results[1:]:
            ratio = result.median() / bare.median()
            summary.append(
                f"{rows:>9,} rows  {result.label:<28} {result.median():6.2f} s / bare {bare.median():5.2f} s"
                f" = {ratio:4.2f}× (≤ 1.5×)   largest process {result.largest():5.0f} MB"
                f" (bare read {bare.largest():.0f} MB)"
            )
    print(f"\nload average at the end: {load()}\nmedians:")
    for line in summary:
        print("  " + line)


if __name__ == "__main__":
    main()
