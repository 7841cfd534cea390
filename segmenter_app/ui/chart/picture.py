"""The chart saved as a picture (PNG or SVG): the window's chart as it is — customers,
bubbles, selection, names, movements, counts — at a fixed, print-friendly landscape size
(:data:`~segmenter_app.core.outputs.chart_style.PICTURE_INCHES`), not the window's shape.

A mixin of :class:`~segmenter_app.ui.chart.canvas.QuadrantChart`.
"""

from __future__ import annotations

from segmenter_app.core.outputs.chart_style import PICTURE_DPI, PICTURE_INCHES


class ChartPicture:
    #: True while a picture is drawn: the window's draw handler (which copies the
    #: background and draws the animated artists over everything) must stay out.
    _saving = False

    def save_picture(self, path: str) -> None:
        """PNG or SVG (by the file's extension), the animated artists, the counts in
        their opaque corner boxes and the names of the selected customers included."""
        figure = self.figure
        artists = self.animated_artists()
        texts_shown = [*self._labels.values(), self._threshold_text]
        self._threshold_text.set_text(self._threshold_overlay.text())
        size = figure.get_size_inches().copy()
        names = []
        self._saving = True
        for artist in artists:
            artist.set_animated(False)
        for text in texts_shown:
            text.set_visible(self.document is not None)
        unplaced = self._unplaced
        try:
            figure.set_size_inches(*PICTURE_INCHES, forward=False)
            figure.draw_without_rendering()  # the layout for the picture's size
            if self.document is not None:
                names = self.picture_labels(self.get_renderer())
                # The note counts the names this picture left out.
                self._unplaced = len(self._label_rows) - len(names)
            note = self.chart_note() if self.document is not None else ""
            self._note_text.set_text(note)
            self._note_text.set_visible(bool(note))
            figure.savefig(path, dpi=PICTURE_DPI)
        finally:
            for name in names:
                name.remove()
            figure.set_size_inches(*size, forward=False)
            for artist in artists:
                artist.set_animated(True)
            for text in [*texts_shown, self._note_text]:
                text.set_visible(False)
            self._saving = False
            self._unplaced = unplaced
            self.draw_idle()
