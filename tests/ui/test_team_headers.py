"""The Team view and the overview's Team sheet say the same words for the same columns
(one definition: ``core/outputs/team_output.py``), in English and in German."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from segmenter_app.core.outputs.overview import export_overview
from segmenter_app.core.outputs.team_output import TEAM_COLUMNS
from segmenter_app.core.resources import sample_list
from segmenter_app.ui.team_view import KEYS

from .conftest import open_list


def test_the_team_view_and_the_overview_share_their_headers(qtbot, window, tmp_path: Path) -> None:
    document = open_list(qtbot, window, sample_list("en"))
    for language in ("en", "de"):
        window.set_language(language)
        model = window.team.model
        shown = {key: model.headerData(column, Qt.Orientation.Horizontal) for column, key in enumerate(KEYS)}
        shown["account_manager"] = shown.pop("manager")
        path = export_overview(document, tmp_path / f"{language}.xlsx", language=language)
        sheet = load_workbook(path).worksheets[-1]
        written = dict(zip(TEAM_COLUMNS, (cell.value for cell in sheet[5])))
        shared = set(shown) & set(written)
        assert {"account_manager", "overflow", "effort_share", "potential_share"} <= shared
        assert {key: shown[key] for key in shared} == {key: written[key] for key in shared}
    assert written["overflow"] == "Über Kapazität"
