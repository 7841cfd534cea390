"""The window's own storage attacked (issue 26): a data or settings folder that is a file,
text where the window's geometry belongs, JSON nested 30,000 deep where the remembered
thresholds belong — the window starts, lists open, and it says so once.  And a manager's
copy saved over the open project by one slip in the "replace?" prompt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from segmenter_app.core.resources import sample_list

from .conftest import new_window, open_list


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def test_a_data_folder_that_is_a_file_is_said_once_and_lists_open(
    qtbot, qapp, tmp_path: Path, monkeypatch, warnings
) -> None:
    blocked = tmp_path / "data-is-a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("SEGMENTER_DATA_DIR", str(blocked))
    window = new_window(qtbot, qapp)
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=10_000)
    assert str(blocked) in warnings[0] and "this session only" in warnings[0]
    window.projects.check_recoveries()  # what a start does next: no exception, no second word
    open_list(qtbot, window, sample_list("de"))
    assert window.document is not None and window.projects.journal is not None  # autosave works elsewhere
    open_list(qtbot, window, sample_list("en"))
    assert len(warnings) == 1
    assert blocked.read_text() == "not a folder"


def test_settings_that_cannot_be_saved_are_said_once(qtbot, qapp, tmp_path: Path, warnings) -> None:
    folder = Path(QSettings().fileName()).parents[1]  # the test's own settings folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("a file where the settings folder goes")
    window = new_window(qtbot, qapp)
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=10_000)
    assert "cannot save its settings" in warnings[0]
    open_list(qtbot, window, sample_list("de"))
    assert window.document is not None and len(warnings) == 1


def test_text_where_the_geometry_belongs_never_stops_the_start(qtbot, qapp, warnings) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", "hello world")
    settings.setValue("window/state", 12)
    settings.setValue("window/splitter", ["a", "b"])
    settings.setValue("recent", {"not": "a list"})
    settings.sync()
    window = new_window(qtbot, qapp)
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=10_000)
    assert "window/geometry" in warnings[0] and "window/state" in warnings[0] and "recent" in warnings[0]
    open_list(qtbot, window, sample_list("de"))
    assert QSettings().value("window/geometry") is None or not isinstance(
        QSettings().value("window/geometry"), str
    )  # removed: the next start is clean
    assert len(warnings) == 1


def test_deep_json_in_the_remembered_thresholds_never_keeps_a_list_from_showing(
    qtbot, qapp, warnings
) -> None:
    settings = QSettings()
    settings.setValue("default_thresholds", "[" * 30_000 + "]" * 30_000)
    settings.sync()
    window = new_window(qtbot, qapp)
    open_list(qtbot, window, sample_list("de"))
    assert window.document is not None
    assert window.document.thresholds.sow.mode == "median"  # the default
    assert len(warnings) == 1 and "default_thresholds" in warnings[0]
    open_list(qtbot, window, sample_list("en"))
    assert len(warnings) == 1  # said once; the bad value is gone


def test_a_copy_is_never_saved_over_the_open_project(qtbot, opened, tmp_path: Path, warnings) -> None:
    window = opened
    project = tmp_path / "team.segmenter"
    window.projects.session.save(project)
    window.document.edit_value(4, "notes", "not saved yet")
    before = project.read_bytes()
    manager = window.document.managers[0]
    assert not window.collect.save_copy_for(manager, path=project)  # the slip: "replace? — yes"
    assert project.read_bytes() == before
    assert len(warnings) == 1 and "open in this window" in warnings[0]
    assert window.projects.is_modified()  # it still knows its work is not saved
    assert window.projects.journal is not None  # and keeps recording it
    copy = tmp_path / "copy.segmenter"
    assert window.collect.save_copy_for(manager, path=copy)


@pytest.mark.parametrize("kind", ["deep json", "pipe"])
def test_remembered_mappings_that_are_no_mappings_never_keep_a_list_from_opening(
    qtbot, qapp, tmp_path: Path, kind: str, warnings
) -> None:
    import os

    memory = tmp_path / "data" / "segmenter-mappings.json"
    memory.parent.mkdir(parents=True, exist_ok=True)
    if kind == "pipe":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(memory)  # opening it to read would wait for a writer for ever
    else:
        memory.write_text("[" * 30_000 + "]" * 30_000)
    window = new_window(qtbot, qapp)
    open_list(qtbot, window, sample_list("de"))
    assert window.document is not None
