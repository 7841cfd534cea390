"""Measure the collect budget (issue 13): 200 returned workbooks of 500 customers each
collected in ≤ 10 s — read, three-way planned against their baselines and applied as one
undo step.  A tenth of the files are edited (five customers each: a next step, a due
date as text, a status, a note with a formula, a corrected wallet), the rest come back
unedited.

    python benchmarks/bench_collect.py [--runs 3]

Timed from a loaded project to the plan applied (the export that makes the files and
the edits are set-up, not timed).  The workbooks are read in reader child processes
(two side by side): the CPU time is reported for this process and for them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.bench_export import load  # noqa: E402

FOLDER = Path("/tmp/segmenter-bench/returned")


def prepare(document) -> list[Path]:
    from openpyxl import load_workbook

    from segmenter_app.core.outputs.export_jobs import export_workbooks

    if FOLDER.exists():
        shutil.rmtree(FOLDER)
    result = export_workbooks(document, FOLDER, language="de", force=True)
    for path in result.paths[::10]:
        book = load_workbook(path)
        sheet = book.worksheets[0]
        header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Priorität")
        titles = {" ".join(str(c.value or "").replace("-\n", "").split()): c.column for c in sheet[header]}
        for row in range(header + 1, header + 6):
            sheet.cell(row, titles["Nächster Schritt"]).value = "Angebot nachfassen"
            sheet.cell(row, titles["Fällig am"]).value = "15.1.27"
            sheet.cell(row, titles["Status"]).value = "offen"
            sheet.cell(row, titles["Notiz"]).value = "=A1+1"
            sheet.cell(row, titles["Einkaufsvolumen"]).value = 123456
        book.save(path)
    return result.paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from segmenter_app.core.projects.collect import apply_collect, plan_collect

    document = load(100_000, 200)
    paths = prepare(document)
    print(f"{len(paths)} workbooks, {len(document)} customers")
    times, plan_times, cpu_times, child_times, loads = [], [], [], [], []
    for _ in range(args.runs):
        loads.append(os.getloadavg()[0])
        cpu_started = time.process_time()
        children_started = _children_cpu()
        started = time.perf_counter()
        plan = plan_collect(document, paths)
        planned = time.perf_counter()
        apply_collect(document, plan)
        done = time.perf_counter()
        cpu_times.append(time.process_time() - cpu_started)
        document.undo_stack.undo()
        time.sleep(0.5)  # (not timed) the reader children are reaped in the background
        child_times.append(_children_cpu() - children_started)
        times.append(done - started)
        plan_times.append(planned - started)
        print(
            f"  collect {done - started:6.2f} s (plan {planned - started:.2f} s; CPU {cpu_times[-1]:.2f} s here "
            f"+ {child_times[-1]:.2f} s in reader children; load {loads[-1]:.1f}): "
            f"{len(plan.taken)} taken, {len(plan.suggestions)} suggestions, {len(plan.refused)} refused"
        )
    print(
        f"collect 200 × 500: median {statistics.median(times):.2f} s, best {min(times):.2f} s, "
        f"CPU median {statistics.median(cpu_times):.2f} s here + {statistics.median(child_times):.2f} s in "
        "the reader children (budget ≤ 10 s; wall time on a shared machine follows its load)"
    )
    print(f"load average (1 min) at the runs' starts: {', '.join(f'{load:.1f}' for load in loads)}")
    dialog_opens(plan)


def _children_cpu() -> float:
    """CPU time of this process's finished children (the reader processes)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def dialog_opens(plan) -> None:
    """The review dialog of that collect: built and shown (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return
    from segmenter_app.ui.dialogs.collect_dialog import CollectDialog

    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(5):
        started = time.perf_counter()
        dialog = CollectDialog(plan, "de")
        dialog.show()
        app.processEvents()
        times.append(time.perf_counter() - started)
        dialog.close()
    print(
        f"review dialog shown: median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
