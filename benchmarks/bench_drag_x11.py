"""The threshold drag measured end to end on a real X display: a mouse event sent to the
X server (XTEST, as xdotool does) → Qt reads it → the chart recolours and blits → the
pixels are in the X server's frame buffer.  Each move is timed until a pixel on the
line's new position has turned dark on the screen (read back from the X server), so
nothing of the path is left out — unlike ``bench_window.py``, which runs offscreen and
stops when the chart has blitted into its own buffer.

    python benchmarks/bench_drag_x11.py --display :108   # starts Xvfb there if none runs

100,000 customers, with and without bubbles and name labels (the same cases as
``bench_window.py``).  Needs Xvfb (or any X server), libX11 and libXtst.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
# A fresh app-data folder per run: recovery files left by a run that was stopped would
# make the window ask to recover them (a modal question that no one answers here).
os.environ.setdefault("SEGMENTER_DATA_DIR", tempfile.mkdtemp(prefix="segmenter-bench-app-"))

from benchmarks.bench_window import DRAG_CASES, configure, percentile  # noqa: E402
from benchmarks.generate_lists import customer_frame, write_xlsx  # noqa: E402

#: A pixel is the threshold line's when all its channels are at most this (#222222).
DARK = 90


class XTest:
    """Fake pointer events through the X server (its own connection, as xdotool)."""

    def __init__(self, display: str) -> None:
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeMotionEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self.xtst.XTestFakeButtonEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self.display = self.x11.XOpenDisplay(display.encode())
        if not self.display:
            raise SystemExit(f"cannot open X display {display}")

    def move(self, x: int, y: int) -> None:
        self.xtst.XTestFakeMotionEvent(self.display, -1, x, y, 0)
        self.x11.XFlush(self.display)

    def button(self, pressed: bool) -> None:
        self.xtst.XTestFakeButtonEvent(self.display, 1, 1 if pressed else 0, 0)
        self.x11.XFlush(self.display)


def ensure_x_server(display: str) -> subprocess.Popen | None:
    """Start Xvfb on ``display`` unless an X server answers there already."""
    number = display.lstrip(":").split(".")[0]
    if Path(f"/tmp/.X11-unix/X{number}").exists():
        return None
    if not shutil.which("Xvfb"):
        raise SystemExit("no X server on {display} and no Xvfb to start one")
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            raise SystemExit(f"Xvfb did not start on {display}")
        time.sleep(0.05)
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", default=os.environ.get("SEGMENTER_BENCH_DISPLAY", ":108"))
    parser.add_argument("--moves", type=int, default=50)
    arguments = parser.parse_args()
    server = ensure_x_server(arguments.display)
    os.environ["DISPLAY"] = arguments.display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        run(arguments.display, arguments.moves)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)


def run(display: str, steps: int) -> None:
    data = Path("/tmp/segmenter-bench")
    data.mkdir(parents=True, exist_ok=True)
    path = data / "customers_100000.xlsx"
    if not path.exists():
        write_xlsx(customer_frame(100_000), path)

    from PySide6.QtCore import QCoreApplication, QPoint, QSettings
    from PySide6.QtGui import QGuiApplication

    from segmenter_app.ui.app import create_application, create_window

    app = create_application()
    QCoreApplication.setOrganizationName("SegmenterBenchmark")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # Settings of its own: a geometry saved by an offscreen benchmark is refused on X
    # (reported in a message box that would wait for a click).
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="segmenter-bench-x11-")
    )
    window = create_window(app)
    window.move(0, 0)
    window.resize(1366, 768)
    window.show()
    opened = []
    window.document_opened.connect(opened.append)
    window.open_file(path)
    deadline = time.monotonic() + 90
    while not opened and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    chart = window.workspace.chart
    while not chart.ready:
        app.processEvents()
    document = opened[0]
    settle = time.monotonic() + 1.5
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.01)
    screen = QGuiApplication.primaryScreen()
    pointer = XTest(display)
    print(
        f"X display {display} ({screen.size().width()}×{screen.size().height()}), "
        f"{len(document):,} customers, chart mode: {chart.mode}"
    )

    def on_screen(x: float, y: float) -> QPoint:
        dx, dy = chart.axes.transData.transform((x, y))
        ratio = chart.devicePixelRatioF() or 1.0
        return chart.mapToGlobal(QPoint(int(dx / ratio), int(chart.height() - dy / ratio)))

    def dark_at(point: QPoint) -> bool:
        # A grab reads the X server's frame buffer: what is on the screen.
        image = screen.grabWindow(0, point.x(), point.y() - 1, 1, 3).toImage()
        for row in range(image.height()):
            colour = image.pixelColor(0, row)
            if max(colour.red(), colour.green(), colour.blue()) <= DARK:
                return True
        return False

    def settle_for(seconds: float) -> None:
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            app.processEvents()

    for label, bubble, selected in DRAG_CASES:
        configure(app, window, bubble, selected)
        settle_for(0.5)
        t_sow, t_kzi = document.resolved_thresholds()
        start = on_screen(50, t_kzi)
        pointer.move(start.x(), start.y())
        settle_for(0.1)
        pointer.button(True)
        settle_for(0.1)
        times, missed = [], 0
        # Five pixels a move (a hand's pace): the line leaves the pixels it covered.
        ratio = chart.devicePixelRatioF() or 1.0
        per_pixel = (
            chart.axes.transData.inverted().transform((0, 5 * ratio))
            - chart.axes.transData.inverted().transform((0, 0))
        )[1]
        for step in range(steps):
            kzi = t_kzi + per_pixel * (step + 1)
            # A column of the new line's row that is not dark yet (no name, no line).
            target = None
            for sow in (50, 30, 70, 15, 85, 40, 60):
                candidate = on_screen(sow, kzi)
                if not dark_at(candidate):
                    target = candidate
                    break
            if target is None:
                missed += 1
                continue
            started = time.perf_counter()
            pointer.move(start.x(), target.y())
            while not dark_at(target):
                app.processEvents()
                if time.perf_counter() - started > 5:
                    missed += 1
                    break
            else:
                times.append((time.perf_counter() - started) * 1000)
        pointer.button(False)
        settle_for(0.3)
        while document.undo_stack.can_undo:
            document.undo_stack.undo()
        settle_for(0.3)
        print(
            f"threshold drag end to end, {label}: median {statistics.median(times):.1f} ms, "
            f"95th percentile {percentile(times, 95):.1f} ms over {len(times)} moves"
            + (f" ({missed} not measured)" if missed else "")
        )
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.question = lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    window.close()


if __name__ == "__main__":
    main()
