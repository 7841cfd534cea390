"""The status bar's message never runs into the counts at its right (issue 24)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics


def test_a_long_message_ends_before_the_counts(qtbot, opened):
    window = opened
    window.set_language("de")
    window.update_title()
    bar, counts = window.statusBar(), window.status_label
    long = "400 Kunden aus „Kunden 2026“ gelesen. " + "Spalten wie zuvor zugeordnet. " * 12
    bar.showMessage(long, 15000)
    assert bar.currentMessage() == long and bar.toolTip() == long  # the whole text on hover
    qtbot.waitUntil(lambda: counts.isVisible() and counts.geometry().left() > 0)
    shown = bar.shown_message()
    assert shown.endswith("…") and long.startswith(shown[:-1])
    width = QFontMetrics(bar.font()).horizontalAdvance(shown)
    assert bar.message_rect().left() + width < counts.geometry().left()
    assert counts.text().endswith("Kundenbetreuer")
    # A short message shows whole.
    bar.showMessage("Diagramm gespeichert", 5000)
    assert bar.shown_message() == "Diagramm gespeichert"
