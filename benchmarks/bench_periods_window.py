"""Switching the period shown, with 100,000 customers × 8 periods (issue 22's budget:
≤ 100 ms from the selection to the frame drawn).

    python benchmarks/bench_periods_window.py                   # offscreen Qt
    python benchmarks/bench_periods_window.py --display :62     # an X display (Xvfb started if none)

The project is made once (``--data``, kept between runs): the 100,000-customer list of
``generate_lists.py`` as the first period, then seven more whose revenue and
satisfaction drift, each added as an update from a newer list.  The window opens it,
builds the past periods in its worker, and then switches from period to period: the
period bar's ▶ and ◀ (offscreen: the bar's own choice; on X: a click sent through the
X server with XTEST, as xdotool does).  Each switch is timed from the selection until
the chart has blitted the new period and every widget's paint event has run — on X,
until a pixel of the chart has been read back from the X server after that, so the
frame is on the screen.  With 3 customers selected (their trails drawn) and without.

The load average is printed beside the numbers: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
# A fresh app-data folder per run: recovery files left by a run that was stopped would
# make the window ask to recover them (a modal question that no one answers here).
os.environ.setdefault("SEGMENTER_DATA_DIR", tempfile.mkdtemp(prefix="segmenter-bench-app-"))

from benchmarks.generate_lists import customer_frame, write_xlsx  # noqa: E402

PERIODS = 8
ROWS = 100_000
BUDGET_MS = 100.0


def make_project(data: Path) -> Path:
    """The 100,000 × 8 project (made once)."""
    import numpy as np

    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.importing.report import ImportResult
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.projects.session import ProjectSession

    target = data / f"periods_{ROWS}x{PERIODS}.segmenter"
    if target.exists():
        return target
    source = data / f"customers_{ROWS}.xlsx"
    if not source.exists():
        write_xlsx(customer_frame(ROWS), source)
    started = time.perf_counter()
    first = load_customers(source)
    recovery = data / "app-data" / "bench-recovery"
    recovery.mkdir(parents=True, exist_ok=True)
    session = ProjectSession(lambda: recovery)
    session.show(CustomerDocument(first), source, source_path=source)
    rng = np.random.default_rng(3)
    table = first.table
    for year in range(2026 - PERIODS + 1, 2026):
        table = table.copy()
        table["revenue"] = table["revenue"] * rng.uniform(0.7, 1.4, len(table))
        grades = table["satisfaction_input"].to_numpy(dtype=float)
        table["satisfaction_input"] = np.clip(np.round(grades + rng.normal(0, 0.5, len(table)), 1), 1, 5)
        path = data / f"Kunden {year}.xlsx"  # the label's source; never written
        newer = ImportResult(table, replace(first.report, path=path))
        session.update(newer, path, session.compare(newer))
    session.save(target)
    session.close()
    print(f"made {target.name} in {time.perf_counter() - started:.0f} s")
    return target


def load_average() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", default=None, help="an X display (else offscreen)")
    parser.add_argument("--switches", type=int, default=40)
    parser.add_argument("--data", type=Path, default=Path("/tmp/segmenter-bench"))
    arguments = parser.parse_args()
    arguments.data.mkdir(parents=True, exist_ok=True)
    project = make_project(arguments.data)
    server = None
    if arguments.display:
        from benchmarks.bench_drag_x11 import ensure_x_server

        server = ensure_x_server(arguments.display)
        os.environ["DISPLAY"] = arguments.display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    else:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        run(project, arguments)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)


def run(project: Path, arguments) -> None:
    from PySide6.QtCore import QCoreApplication, QPoint, QSettings
    from PySide6.QtGui import QGuiApplication

    from segmenter_app.ui.app import create_application, create_window

    app = create_application()
    QCoreApplication.setOrganizationName("SegmenterBenchmark")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(arguments.data / "settings"))
    window = create_window(app)
    window.move(0, 0)
    window.resize(1366, 768)
    window.show()
    opened = []
    window.document_opened.connect(opened.append)
    started = time.perf_counter()
    window.open_file(project)
    while not opened:
        app.processEvents()
        time.sleep(0.005)
    chart = window.workspace.chart
    while not chart.ready:
        app.processEvents()
    print(f"project opened and shown: {time.perf_counter() - started:.2f} s")
    view = window.period_view
    while view.building:  # the past periods are built in the worker
        app.processEvents()
        time.sleep(0.01)
    print(f"past periods built: {time.perf_counter() - started:.2f} s")
    settle = time.monotonic() + 1.0
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.01)
    bar = window.workspace.period_bar
    screen = QGuiApplication.primaryScreen()
    pointer = None
    if arguments.display:
        from benchmarks.bench_drag_x11 import XTest

        pointer = XTest(arguments.display)

    def click(button) -> None:
        centre = button.mapToGlobal(QPoint(button.width() // 2, button.height() // 2))
        pointer.move(centre.x(), centre.y())
        pointer.button(True)
        pointer.button(False)

    def switch(forward: bool) -> float:
        """One switch, timed from the selection to the frame drawn (ms)."""
        target = bar.shown + (1 if forward else -1)
        blits = chart.blit_count
        began = time.perf_counter()
        if pointer is None:
            bar.choose(target)
        else:
            click(bar.next if forward else bar.previous)
        while view.shown_index != target or chart.blit_count == blits:
            app.processEvents()
        app.processEvents()  # the paint events the switch posted
        if pointer is not None:
            # A read back from the X server: the frame it was sent is in its buffer.
            corner = chart.mapToGlobal(QPoint(chart.width() // 2, chart.height() // 2))
            screen.grabWindow(0, corner.x(), corner.y(), 1, 1)
        return (time.perf_counter() - began) * 1000

    for label, selected in (("nothing selected", 0), ("3 customers selected (trails)", 3)):
        state = window.workspace.state
        state.select(list(range(selected)))
        while bar.shown > 0:
            switch(False)
        times = []
        forward = True
        for _ in range(arguments.switches):
            if bar.shown == PERIODS - 1:
                forward = False
            elif bar.shown == 0:
                forward = True
            times.append(switch(forward))
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        print(
            f"switch period, {label} ({'X display ' + arguments.display if pointer else 'offscreen'}, "
            f"{len(times)} switches): median {statistics.median(times):.1f} ms, 95th percentile "
            f"{p95:.1f} ms, slowest {times[-1]:.1f} ms (budget ≤ {BUDGET_MS:.0f} ms); "
            f"full redraws {chart.draw_count}; load average {load_average()}"
        )
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.question = lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    window.close()


if __name__ == "__main__":
    main()
