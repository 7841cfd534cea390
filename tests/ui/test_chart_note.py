"""The note at the foot of the chart is whole on a narrow chart: it wraps, never cut
("…, the othe" at 100,000 customers with bubbles, issue 24)."""

from __future__ import annotations

import numpy as np


def test_a_long_note_wraps_whole_on_a_narrow_chart(qtbot, opened, monkeypatch):
    from segmenter_app.ui.chart import artists

    # The 400 customers of the sample stand for 100,000: bubbles for the largest 100.
    monkeypatch.setattr(artists, "BUBBLE_LIMIT", 100)
    window, chart = opened, opened.workspace.chart
    window.set_language("de")
    document = window.document
    window.workspace.select_rows(np.flatnonzero(document.prepared.classified)[:44])
    window.workspace.bubble_actions["revenue"].trigger()
    sizes = window.workspace.splitter.sizes()
    window.workspace.splitter.setSizes([sum(sizes) - 300, 300])  # the chart pane as narrow as it goes
    chart.draw()
    note = chart.labels.note_label()
    qtbot.waitUntil(note.isVisible)
    text = chart.shown_note()
    assert "44 ausgewählt" in text and "die übrigen als Punkte" in text
    ratio = chart.devicePixelRatioF() or 1.0
    axes = chart.axes.get_window_extent()
    # Inside the axes, and as tall as its wrapped text needs: every word shows.
    assert axes.x0 / ratio - 1 <= note.geometry().left() and note.geometry().right() <= axes.x1 / ratio + 1
    assert note.heightForWidth(note.width()) <= note.height()
    # Longer than the chart is wide: on two lines.
    assert note.fontMetrics().horizontalAdvance(text) > note.width()
    assert note.height() >= 2 * note.fontMetrics().lineSpacing()
