"""The threshold drag at 100,000 customers, this tree against an earlier revision, side
by side in one run (issue 9: "nothing gets slower").

    python benchmarks/bench_before_after.py --before ac7833f [--rounds 3] [--moves 120]

The earlier revision is checked out into a temporary git worktree; each round runs one
window per tree in a fresh process, alternating, so that both see the same machine.  A
move is timed from the synthetic mouse event until the chart and the table have
handled it (offscreen Qt); also the CPU time per move, which is less sensitive to the
neighbours on a shared machine, and the full figure redraws during the drag (must be 0).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CHILD = r"""
import json, os, statistics, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from segmenter_app.ui.app import create_application, create_window

path, moves_wanted, data = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
app = create_application()
QCoreApplication.setOrganizationName("SegmenterBenchmark")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data / "settings"))
window = create_window(app)
window.resize(1366, 768)
window.show()
opened = []
window.document_opened.connect(opened.append)
window.open_file(path)
while not opened:
    app.processEvents(); time.sleep(0.01)
chart = window.workspace.chart
ready = lambda: chart.ready if hasattr(type(chart), "ready") else chart._background is not None
busy = lambda: chart.busy if hasattr(type(chart), "busy") else chart._update_scheduled
while not ready():
    app.processEvents()
settle = time.monotonic() + 1.0
while time.monotonic() < settle:
    app.processEvents(); time.sleep(0.01)
document = opened[0]
t_sow, t_kzi = document.resolved_thresholds()

def point(x, y):
    dx, dy = chart.axes.transData.transform((x, y))
    ratio = chart.devicePixelRatioF() or 1.0
    return QPoint(int(dx / ratio), int(chart.height() - dy / ratio))

draws = chart.draw_count
QTest.mousePress(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point(50, t_kzi))
wall, cpu = [], []
for step in range(moves_wanted):
    # up and down again: the line crosses customers both ways
    phase = (step + 1) / moves_wanted * 2
    offset = 25 * (phase if phase <= 1 else 2 - phase)
    target = point(50, t_kzi + offset)
    started, started_cpu = time.perf_counter(), time.process_time()
    QTest.mouseMove(chart, target)
    while busy():
        app.processEvents()
    app.processEvents()
    wall.append((time.perf_counter() - started) * 1000)
    cpu.append((time.process_time() - started_cpu) * 1000)
QTest.mouseRelease(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
app.processEvents()
print(json.dumps({"wall": wall, "cpu": cpu, "redraws": chart.draw_count - draws}))
from PySide6.QtWidgets import QMessageBox
QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Discard
window.close()
"""


def run(tree: Path, path: Path, moves: int, data: Path) -> dict:
    environment = dict(os.environ, PYTHONPATH=str(tree), SEGMENTER_DATA_DIR=str(data / "app-data"))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(moves), str(data)],
        cwd=tree,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise SystemExit(f"{tree}: the benchmark window failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="the earlier git revision")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--moves", type=int, default=120)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate_lists import customer_frame, write_xlsx

    data = Path("/tmp/segmenter-bench")
    data.mkdir(parents=True, exist_ok=True)
    path = data / "customers_100000.xlsx"
    if not path.exists():
        write_xlsx(customer_frame(100_000), path)
    with tempfile.TemporaryDirectory(prefix="segmenter-before-") as folder:
        before = Path(folder) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(before), args.before],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        try:
            results: dict[str, list[dict]] = {"before": [], "after": []}
            for _round in range(args.rounds):
                results["before"].append(run(before, path, args.moves, data))
                results["after"].append(run(ROOT, path, args.moves, data))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(before)], cwd=ROOT, check=False)
    print(f"threshold drag at 100,000 customers, {args.rounds} windows × {args.moves} moves each (offscreen)")
    print(f"{'':8} {'median':>8} {'p95':>8} {'CPU median':>11} {'redraws':>8}")
    for label, runs in results.items():
        wall = [m for r in runs for m in r["wall"]]
        cpu = [m for r in runs for m in r["cpu"]]
        redraws = sum(r["redraws"] for r in runs)
        print(
            f"{label:8} {statistics.median(wall):6.1f}ms {percentile(wall, 0.95):6.1f}ms "
            f"{statistics.median(cpu):9.1f}ms {redraws:8d}"
        )


if __name__ == "__main__":
    main()
