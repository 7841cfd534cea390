"""The chart's and the Team view's constrained layout is worked out once per size and
axis words, and a second window reuses it: it looks the same and measures no text."""

from __future__ import annotations

from matplotlib.layout_engine import ConstrainedLayoutEngine
from PySide6.QtCore import QSettings

from segmenter_app.core.resources import sample_list
from segmenter_app.ui.figure_layout import forget_layouts

from .conftest import new_window, open_list


def _opened(qtbot, qapp, language: str):
    window = new_window(qtbot, qapp)
    window.set_language(language)
    open_list(qtbot, window, sample_list("de"))
    team = window.team
    qtbot.waitUntil(lambda: team.canvas.draw_count > 0 or not team.canvas.isVisible(), timeout=10_000)
    return window


def _layouts_measured(monkeypatch) -> list:
    measured = []
    execute = ConstrainedLayoutEngine.execute

    def counted(engine, figure):
        measured.append(figure)
        return execute(engine, figure)

    monkeypatch.setattr(ConstrainedLayoutEngine, "execute", counted)
    return measured


def test_a_second_window_reuses_the_layout_and_looks_the_same(qtbot, qapp, monkeypatch):
    first = _opened(qtbot, qapp, "en")
    chart = first.workspace.chart
    picture = chart.grab().toImage()
    size = chart.size()
    first.close()
    QSettings().clear()  # the window state the first one saved: the second starts as it did

    measured = _layouts_measured(monkeypatch)
    second = _opened(qtbot, qapp, "en")
    again = second.workspace.chart
    assert again.size() == size and again.draw_count >= 1
    assert again.figure not in measured and second.team.canvas.figure not in measured
    assert again.grab().toImage() == picture


def test_other_words_are_laid_out_anew_and_fit(qtbot, qapp, monkeypatch):
    forget_layouts()  # the layouts earlier tests in this process kept
    _opened(qtbot, qapp, "en").close()
    QSettings().clear()
    measured = _layouts_measured(monkeypatch)
    german = _opened(qtbot, qapp, "de")
    chart = german.workspace.chart
    assert chart.figure in measured  # the German axis words: measured, not the English layout
    renderer = chart.figure.canvas.get_renderer()
    figure_box = chart.figure.bbox
    for label in (chart.axes.xaxis.label, chart.axes.yaxis.label):
        box = label.get_window_extent(renderer)
        assert figure_box.x0 - 1 <= box.x0 and box.x1 <= figure_box.x1 + 1, label.get_text()
        assert figure_box.y0 - 1 <= box.y0 and box.y1 <= figure_box.y1 + 1, label.get_text()
