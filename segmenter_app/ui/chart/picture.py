"""The chart saved as a picture (PNG or SVG): the window's chart as it is — customers,
bubbles, selection, names, movements, counts — at a fixed, print-friendly landscape size
(:data:`~segmenter_app.core.outputs.chart_style.PICTURE_INCHES`), not the window's shape.
"""

from __future__ import annotations

from segmenter_app.core.outputs.chart_style import PICTURE_DPI, PICTURE_INCHES
from segmenter_app.ui.chart.artists import ChartArtists
from segmenter_app.ui.chart.labels import NameLabels


class ChartPicture:
    def __init__(self, canvas, artists: ChartArtists, labels: NameLabels) -> None:
        self._canvas = canvas
        self._artists = artists
        self._labels = labels
        self._saving = False

    @property
    def saving(self) -> bool:
        """A picture is being drawn: the canvas's draw handler (which copies the
        background and draws the animated artists over everything) must stay out."""
        return self._saving

    def save(self, path: str) -> None:
        """PNG or SVG (by the file's extension), the animated artists, the counts in
        their opaque corner boxes and the names of the selected customers included."""
        canvas, artists, labels = self._canvas, self._artists, self._labels
        figure = canvas.figure
        animated = artists.animated()
        size = figure.get_size_inches().copy()
        names = []
        self._saving = True
        for artist in animated:
            artist.set_animated(False)
        if canvas.document is not None:
            artists.counts.show_in_picture()
        try:
            figure.set_size_inches(*PICTURE_INCHES, forward=False)
            canvas.fit_y_words(figure.bbox.height)  # the picture's own height
            figure.draw_without_rendering()  # the layout for the picture's size
            names = labels.add_to_picture(canvas.get_renderer())
            figure.savefig(path, dpi=PICTURE_DPI)
        finally:
            labels.end_picture(names)
            figure.set_size_inches(*size, forward=False)
            for artist in animated:
                artist.set_animated(True)
            artists.counts.end_picture()
            self._saving = False
            canvas.draw_idle()
