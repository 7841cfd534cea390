"""The Team view and the overview's Team sheet say the same words for the same columns
(one definition: ``core/outputs/team_output.py``), in English and in German."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from segmenter_app.core.model.segmentation import SEGMENTS
from segmenter_app.core.outputs.overview import export_overview
from segmenter_app.core.resources import sample_list

from .conftest import open_list


def test_the_team_view_and_the_overview_share_their_headers(qtbot, window, tmp_path: Path) -> None:
    """Every header of the Team view but the segments' is a header of the team table
    the overview writes (the view said "Overflow", the file "Beyond capacity")."""
    document = open_list(qtbot, window, sample_list("en"))
    for language, overflow in (("en", "Overflow"), ("de", "Über Kapazität")):
        window.set_language(language)
        model = window.team.model
        # (a long header is set on two lines: the same words)
        shown = {
            " ".join(model.headerData(column, Qt.Orientation.Horizontal).split())
            for column in range(model.columnCount())
        }
        path = export_overview(document, tmp_path / f"{language}.xlsx", language=language)
        written = {cell.value for cell in load_workbook(path).worksheets[-1][5]}
        assert overflow in shown and overflow in written
        assert shown - set(SEGMENTS) <= written, shown - set(SEGMENTS) - written
