"""Projects in the window when something else touches them (issue 10): another
Segmenter has the project, the file changed on disk, the disk is read-only, recovery
files this version cannot use."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.resources import sample_list

from .conftest import open_list

REPOSITORY = Path(__file__).resolve().parents[2]

_OTHER_APP = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {repository!r})
    from segmenter_app.core.projects import claims
    claim = claims.claim(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "team.segmenter"
    save_project(CustomerDocument(load_customers(sample_list("en"))), path)
    return path


def _open_project(qtbot, window, path: Path) -> None:
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.open_file(path)


def test_a_project_open_in_another_segmenter_opens_read_only_and_is_never_saved_over(
    qtbot, window, project: Path, tmp_path: Path, monkeypatch
) -> None:
    other = subprocess.Popen(
        [sys.executable, "-c", _OTHER_APP.format(repository=str(REPOSITORY)), str(project)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline().strip() == "holding"
        asked = []
        monkeypatch.setattr(
            type(window.projects.claims),
            "ask_locked",
            lambda self, path, holder: asked.append(holder) or "read_only",
        )
        before = project.read_bytes()
        _open_project(qtbot, window, project)
        assert [holder.pid for holder in asked] == [other.pid]
        assert window.projects.read_only
        window.document.edit_value(1, "notes", "mine")
        copy = tmp_path / "mine.segmenter"
        offered = []

        def save_dialog(*args, **kwargs):
            offered.append(args)
            return str(copy), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
        monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: None)
        window.action("file.save").trigger()  # Ctrl+S on a read-only project asks for a new name
        assert offered and copy.exists() and project.read_bytes() == before
        assert open_project(copy).document.table["notes"].iat[1] == "mine"
        assert not window.projects.read_only and window.projects.project_path == copy
    finally:
        other.kill()
        other.wait()
        other.stdin.close()
        other.stdout.close()


def test_a_project_open_in_another_segmenter_can_be_opened_as_a_copy(
    qtbot, window, project: Path, monkeypatch
) -> None:
    other = subprocess.Popen(
        [sys.executable, "-c", _OTHER_APP.format(repository=str(REPOSITORY)), str(project)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline().strip() == "holding"
        monkeypatch.setattr(type(window.projects.claims), "ask_locked", lambda self, path, holder: "copy")
        _open_project(qtbot, window, project)
        assert window.projects.project_path is None and not window.projects.read_only
        cancel = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: cancel.append(1) or ("", ""))
        assert not window.projects.save() and cancel == [1]  # a copy is saved under a new name
    finally:
        other.kill()
        other.wait()
        other.stdin.close()
        other.stdout.close()


def test_saving_over_a_project_changed_on_disk_asks_first(
    qtbot, window, project: Path, tmp_path: Path, monkeypatch
) -> None:
    _open_project(qtbot, window, project)
    theirs = CustomerDocument(load_customers(sample_list("en")))
    theirs.edit_value(0, "notes", "their note")
    elsewhere = tmp_path / "elsewhere.segmenter"
    save_project(theirs, elsewhere)
    shutil.copyfile(elsewhere, project)  # a colleague's save lands on the share
    window.document.edit_value(0, "notes", "my note")
    answers = [False, True]
    asked = []
    monkeypatch.setattr(
        type(window.projects.claims),
        "ask_changed_on_disk",
        lambda self, path: asked.append(path) or answers.pop(0),
    )
    assert not window.projects.save()
    assert open_project(project).document.table["notes"].iat[0] == "their note"
    assert window.projects.save()  # the user chose "Replace their changes"
    assert asked == [project, project]
    assert open_project(project).document.table["notes"].iat[0] == "my note"
    window.document.edit_value(0, "notes", "later")
    assert window.projects.save() and len(asked) == 2  # our own save is no change by someone else


def test_save_as_on_a_read_only_file_system_says_so_once(
    qtbot, opened, tmp_path: Path, monkeypatch, capsys
) -> None:
    target = tmp_path / "p.segmenter"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args))

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only)
    monkeypatch.setattr(os, "unlink", read_only)
    monkeypatch.setattr(Path, "unlink", read_only)
    assert not opened.projects.save_as()
    monkeypatch.undo()
    assert len(warnings) == 1 and "Read-only file system" in warnings[0][2]
    assert "Traceback" not in capsys.readouterr().err
    assert not target.exists()


def test_unusable_recovery_files_are_reported_and_kept(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    folder = window.projects.recovery_dir()
    damaged = folder / "0123456789abcdef.segmenter-recovery"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)  # cut short by a crash
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: shown.append(args))
    window.projects.check_recoveries()
    assert len(shown) == 1 and str(folder / "unusable") in shown[0][2]
    assert not damaged.exists() and (folder / "unusable" / damaged.name).exists()
    assert window.document is None  # nothing to restore, nothing opened


def test_the_lock_goes_with_the_window(qtbot, window, project: Path) -> None:
    from segmenter_app.core.projects.locks import lock_path_for

    _open_project(qtbot, window, project)
    assert lock_path_for(project).exists()
    open_list(qtbot, window, sample_list("en"))  # another file in the same window
    assert not lock_path_for(project).exists()
    _open_project(qtbot, window, project)
    window.close()
    assert not lock_path_for(project).exists()


def test_the_windows_chart_draws_names_with_dollars_literally(qtbot, opened) -> None:
    # "$\foo$" would be mathtext (an unknown symbol: an exception at draw time) and
    # "Pay $5 or $6" would lose its dollars.
    document, chart, workspace = opened.document, opened.workspace.chart, opened.workspace
    import numpy as np

    rows = np.flatnonzero(document.prepared.classified)[:2]
    document.edit_value(int(rows[0]), "customer_name", "A $\\foo$ B")
    document.edit_value(int(rows[1]), "customer_name", "Pay $5 or $6 Ltd")
    workspace.select_rows(rows)
    chart.draw()  # the whole figure, mathtext would raise here
    # The names are Qt labels in plain text: shown as typed, never as markup or maths.
    labels = chart.name_labels()
    assert sorted(label.text() for label in labels) == ["A $\\foo$ B", "Pay $5 or $6 Ltd"]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    # The corner summaries and the rest of the chart's text are matplotlib's: literal too.
    assert all(not text.get_parse_math() for text in chart.axes.texts)


def test_the_window_never_writes_a_picture_or_pdf_over_the_list_it_shows(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    # A list can be named anything (its content decides its format): an .svg, a .pdf.
    from openpyxl import load_workbook

    source = tmp_path / "kunden.svg"
    workbook = load_workbook(sample_list("en"))
    sheet = workbook.active
    rows = ["\t".join("" if v is None else str(v) for v in row) for row in sheet.iter_rows(values_only=True)]
    source.write_text("\n".join(rows), encoding="utf-8")
    open_list(qtbot, window, source)
    before = source.read_bytes()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(source), ""))
    window.action("file.save_chart").trigger()
    assert len(warnings) == 1 and "never overwritten" in warnings[0][2]
    assert source.read_bytes() == before
