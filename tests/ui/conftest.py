"""pytest-qt set-up: offscreen Qt, an own settings store per test, helpers that drive
the chart with real mouse events."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt  # noqa: E402

from segmenter_app.core.resources import sample_list  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp, monkeypatch):
    """No test reads or writes the user's settings or data: a test organisation, an INI
    store and a data folder (recovery files, remembered mappings) in the test's own
    folder, cleared afterwards."""
    monkeypatch.setenv("SEGMENTER_DATA_DIR", str(tmp_path / "data"))
    # A window closed at the end of a test with unsaved changes would ask and wait for
    # an answer: the answer is "Discard" unless a test says otherwise.
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    QCoreApplication.setOrganizationName("SegmenterTest")
    QCoreApplication.setApplicationName("SegmenterTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def window(qtbot, qapp):
    return new_window(qtbot, qapp)


def new_window(qtbot, qapp):
    """A main window in English on a laptop's screen, shown (a test may make one after
    it changed the settings the window starts from)."""
    from segmenter_app.ui.app import create_window

    main = create_window(qapp)
    main.set_language("en")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def open_list(qtbot, window, path: Path | str, timeout: int = 30_000):
    with qtbot.waitSignal(window.document_opened, timeout=timeout):
        window.open_file(path)
    chart = window.workspace.chart
    # The first list lays the window out (panel widths, the Team view folded on a low
    # screen): wait for the chart's final size and a background drawn at that size.
    qtbot.waitUntil(lambda: window.layout_settled, timeout=10_000)
    qtbot.waitUntil(lambda: chart.drawn_at_size, timeout=10_000)
    return window.document


@pytest.fixture
def opened(qtbot, window):
    """The window with the German sample list open."""
    open_list(qtbot, window, sample_list("de"))
    return window


def chart_point(chart, x: float, y: float) -> QPoint:
    """Data coordinates (SoW %, KZI points) → a point in the chart widget."""
    display_x, display_y = chart.axes.transData.transform((x, y))
    ratio = chart.devicePixelRatioF() or 1.0
    return QPoint(int(round(display_x / ratio)), int(round(chart.height() - display_y / ratio)))


def drag(
    qtbot, chart, start: QPoint, end: QPoint, steps: int = 6, modifier=Qt.KeyboardModifier.NoModifier
) -> None:
    """Press, move in steps and release, as a hand does; every move reaches the app."""
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, modifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        qtbot.mouseMove(chart, point)
        qtbot.waitUntil(lambda: not chart.busy, timeout=5000)
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, modifier, end)


def segment_counts(document) -> list[int]:
    return [int(c) for c in np.asarray(document.result.counts)]
