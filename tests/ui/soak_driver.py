"""One long session in the window, in a process of its own (tests/ui/test_soak.py starts
it), so that a crash of Qt or Python fails a test instead of killing pytest.

    python tests/ui/soak_driver.py drag 2000 LIST    threshold drags by synthetic mouse events
    python tests/ui/soak_driver.py edit 2000 LIST    cell edits typed into the table's editors
    python tests/ui/soak_driver.py open 50 LIST      the list opened again and again

Everything goes through the window as a person's input does (mouse events on the chart,
keys in the cell editor, File ▸ Open's path), and every wait runs Qt's event loop, as
the application does, so deferred deletions happen.  The measurements are printed as one
``SOAK {json}`` line on stdout at the end; a settings store and data folder of its own
come from ``--home``.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMessageBox  # noqa: E402

from segmenter_app.ui.app import create_application, create_window  # noqa: E402

PROCESS = psutil.Process()


def rss_mb() -> float:
    gc.collect()
    return PROCESS.memory_info().rss / 2**20


def spin(milliseconds: int = 0) -> None:
    """Run the event loop once (or for a while), as the application's own loop does."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_until(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {condition.__doc__ or condition}")
        spin()


class Session:
    def __init__(self, home: Path) -> None:
        os.environ["SEGMENTER_DATA_DIR"] = str(home / "data")
        self.app = create_application()
        QCoreApplication.setOrganizationName("SegmenterSoak")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
        # The session ends with unsaved work; the question on closing is answered
        # "Discard" (there is nobody to click it).
        QMessageBox.question = lambda *args, **kwargs: QMessageBox.StandardButton.Discard
        self.window = create_window(self.app)
        self.window.set_language("en")
        self.window.resize(1366, 768)
        self.window.show()
        spin()

    def open(self, path: Path) -> None:
        opened = []
        self.window.document_opened.connect(opened.append)
        self.window.open_file(path)
        wait_until(lambda: bool(opened))
        self.window.document_opened.disconnect(opened.append)
        chart = self.window.workspace.chart
        wait_until(lambda: chart.ready)
        spin()

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        spin()


def chart_point(chart, x: float, y: float) -> QPoint:
    display_x, display_y = chart.axes.transData.transform((x, y))
    ratio = chart.devicePixelRatioF() or 1.0
    return QPoint(int(round(display_x / ratio)), int(round(chart.height() - display_y / ratio)))


def soak_drag(session: Session, moves: int) -> dict:
    """Drags of 100 moves each, the KZI line and the SoW line in turn, each line up and
    down across a band around its threshold; the time of every move, everything that
    follows it included (recolouring, the table, the counts, the blit)."""
    chart = session.window.workspace.chart
    document = session.window.document
    wall, cpu, memory = [], [], []
    none_before = sys.getrefcount(None)
    done, drag = 0, 0
    while done < moves:
        t_sow, t_kzi = document.resolved_thresholds()
        along_kzi = drag % 2 == 0
        # Grab the line away from the other one, and move it towards the middle.
        if along_kzi:
            line, across = t_kzi, (5 if t_sow * 100 > 30 else 95)
        else:
            line, across = t_sow * 100, (5 if t_kzi > 30 else 95)
        sign = 1 if line < 50 else -1

        def where(offset: float, along_kzi=along_kzi, line=line, across=across, sign=sign) -> QPoint:
            value = line + sign * offset
            return chart_point(chart, across, value) if along_kzi else chart_point(chart, value, across)

        start = where(0)
        QTest.mousePress(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        point = start
        steps = min(100, moves - done)
        for step in range(steps):
            # Out 20 points and back, twice, as a hand looking for the right place does.
            point = where(20 - abs(20 - (step * 40 / 50) % 40))
            started, started_cpu = time.perf_counter(), time.thread_time()
            QTest.mouseMove(chart, point)
            while chart.busy:
                session.app.processEvents()
            wall.append(time.perf_counter() - started)
            cpu.append(time.thread_time() - started_cpu)
            if step == 25:  # 20 points out: the line (and the segments) must have followed
                now_sow, now_kzi = document.resolved_thresholds()
                moved = abs((now_kzi if along_kzi else now_sow * 100) - line)
                if moved < 10:
                    raise SystemExit(f"drag {drag}: the line moved {moved:.1f} points, not 20")
        QTest.mouseRelease(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        spin()
        done += steps
        drag += 1
        memory.append(rss_mb())
    return {
        "moves": len(wall),
        "drags": drag,
        "wall_ms": [round(t * 1000, 3) for t in wall],
        "cpu_ms": [round(t * 1000, 3) for t in cpu],
        "rss_mb": memory,
        "none_refs_change": sys.getrefcount(None) - none_before,
    }


def soak_edit(session: Session, edits: int) -> dict:
    """Cell edits as a person makes them: the cell's editor opened, all selected, a new
    value typed, Enter; revenue, satisfaction, notes and name in turn, down the rows."""
    workspace = session.window.workspace
    model, table = workspace.model, workspace.table
    document = session.window.document
    columns = ["revenue", "satisfaction_input", "notes", "customer_name"]
    rows = min(len(document), 200)
    times, cpu, memory = [], [], []
    none_before = sys.getrefcount(None)
    for number in range(edits):
        key = columns[number % len(columns)]
        row = model.document_row(number // len(columns) % rows)
        if key == "revenue":
            value = str(10_000 + number)
        elif key == "satisfaction_input":  # 1-5, never the value the cell has
            current = float(document.table[key].iat[row])
            value = str(int(current) % 5 + 1 if math.isfinite(current) else 3)
        else:
            value = f"call {number}" if key == "notes" else f"C {number}"
        started, started_cpu = time.perf_counter(), time.thread_time()
        index = model.index(model.view_row(row), model.column_of(key))
        table.setCurrentIndex(index)
        table.edit(index)
        editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
        if len(editors) != 1:
            raise SystemExit(f"edit {number}: {len(editors)} editors open on {key}")
        editor = editors[0]
        QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(editor, value)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        expected = float(value) if key in ("revenue", "satisfaction_input") else value
        # The view commits and closes the editor on its next event loop turn.
        wait_until(
            lambda row=row, key=key, expected=expected: (
                table.state() != QAbstractItemView.State.EditingState
                and document.table[key].iat[row] == expected
            )
        )
        times.append(time.perf_counter() - started)
        cpu.append(time.thread_time() - started_cpu)
        if number % 100 == 99:
            memory.append(rss_mb())
    return {
        "edits": len(times),
        "wall_ms": [round(t * 1000, 3) for t in times],
        "cpu_ms": [round(t * 1000, 3) for t in cpu],
        "rss_mb": memory,
        "none_refs_change": sys.getrefcount(None) - none_before,
    }


def soak_open(session: Session, opens: int, path: Path) -> dict:
    """The same list opened again and again in one window, as File ▸ Open does."""
    from segmenter_app.ui import workers

    jobs = []
    original = workers.Job.__init__

    def recording_init(self, *args, **kwargs):  # weak references only: counting must not keep them
        import weakref

        original(self, *args, **kwargs)
        jobs.append(weakref.ref(self))

    workers.Job.__init__ = recording_init
    memory, seconds = [], []
    for _ in range(opens):
        started = time.perf_counter()
        session.open(path)
        seconds.append(time.perf_counter() - started)
        memory.append(rss_mb())
    spin()
    gc.collect()
    return {
        "opens": opens,
        "rss_mb": memory,
        "open_s": [round(s, 3) for s in seconds],
        "jobs_started": len(jobs),
        "jobs_alive": sum(1 for job in jobs if job() is not None),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["drag", "edit", "open"])
    parser.add_argument("count", type=int)
    parser.add_argument("list", type=Path)
    parser.add_argument("--home", type=Path, required=True)
    options = parser.parse_args(argv)
    started = time.perf_counter()
    session = Session(options.home)
    result: dict = {"mode": options.mode, "rss_mb_start": rss_mb()}
    if options.mode != "open":
        session.open(options.list)
        result |= {"rss_mb_opened": rss_mb(), "customers": len(session.window.document)}
    if options.mode == "drag":
        result |= soak_drag(session, options.count)
    elif options.mode == "edit":
        result |= soak_edit(session, options.count)
    else:
        result |= soak_open(session, options.count, options.list)
    session.close()
    result["seconds"] = round(time.perf_counter() - started, 1)
    print("SOAK " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
